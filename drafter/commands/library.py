"""``drafter library lint`` and ``drafter library import``: validating clause libraries, and building one from
adopted resolutions."""

from __future__ import annotations

import argparse
import re

from drafter.commands import common
from drafter.environment import Environment
from drafter.patterns import lazy
from drafter.plurals import counted
from drafter.status import DrafterError, ExitStatus


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``library`` with its actions ``lint`` and ``import``."""
    group = sub.add_parser("library", help="work with clause libraries", description="Work with clause libraries.")
    actions = group.add_subparsers(dest="library_command", metavar="ACTION")
    lint = actions.add_parser("lint", help="validate clause library folders",
                              description="Validate library folders (default: the built-in library plus yours; folders given "
                                          "are linted together with the built-in library unless --alone). "
                                          "Exit 0 when clean, 1 when there are findings.")
    lint.add_argument("dirs", nargs="*", metavar="DIR", help="library folders to check")
    lint.add_argument("--json", action="store_true", help="print findings as JSON")
    lint.add_argument("--alone", action="store_true",
                      help="lint only the folders given, without the built-in library they extend")
    common.language_option(lint)
    common.library_option(lint)
    lint.set_defaults(handler=run_lint)
    imp = actions.add_parser("import", help="build a clause library from adopted resolutions (.docx)",
                             description="Turn adopted resolutions (.docx, English and/or Chinese) into a clause "
                                         "library folder: every preambular and operative paragraph becomes a clause "
                                         "with its lead phrase, sub-paragraphs, topic and source. English and Chinese "
                                         "versions of one resolution (same symbol, or --pair) become bilingual "
                                         "clauses; a paragraph repeated across documents becomes one clause with "
                                         "every source. Headings, closing lines, annexes and tables are left out "
                                         "and listed.")
    imp.add_argument("files", nargs="*", metavar="FILE.docx")
    imp.add_argument("--out", required=True, metavar="DIR", help="the library folder to write")
    imp.add_argument("--topic", metavar="ID", help="file every clause under this topic (an existing one, or a new "
                                                   "one; default: one topic per document title)")
    imp.add_argument("--topic-name", metavar="TEXT", action="append", default=[],
                     help="the new topic's name; give it twice for English and Chinese")
    imp.add_argument("--pair", nargs=2, metavar=("EN.docx", "ZH.docx"), action="append", default=[],
                     help="the English and Chinese versions of one resolution (default: paired by symbol)")
    imp.add_argument("--committee", metavar="ID", help="an existing committee for the agenda (default: one for "
                                                       "the documents' organ, e.g. the General Assembly)")
    imp.add_argument("--votes", nargs=2, metavar=("SYMBOL", "VOTES.csv"), action="append", default=[],
                     help="stances from a recorded vote on one imported resolution (its symbol or file name): a CSV "
                          "with a State column (ISO3 code or name) and a vote column (yes/no/abstain, Y/N/A/NV)")
    imp.add_argument("--suggest-topics", action="store_true",
                     help="also give each clause the loaded libraries' topics its words point to (the words are "
                          "written beside each one)")
    imp.add_argument("--force", action="store_true", help="replace the files of an earlier import in DIR")
    common.language_option(imp)
    common.library_option(imp)
    imp.set_defaults(handler=run_import)
    group.set_defaults(handler=lambda args, env: common.usage(group))


def run_lint(args: argparse.Namespace, env: Environment) -> int:
    """Validate library folders; print every problem (or JSON) and a summary of what the library holds."""
    from drafter import library  # loaded on use: keeps start-up fast

    if args.dirs:  # a user folder is linted with the built-in library it extends, unless --alone
        extra = [env.resolve(d) for d in args.library + args.dirs]
        dirs = library.library_dirs(extra, {k: v for k, v in env.variables.items() if k != "DRAFTER_LIBRARY"},
                                    include_builtin=not args.alone)
    else:
        dirs = library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
    lib, problems = library.load_with_problems(dirs)
    if args.json:  # message and hint in the language of the report, as ``check --format json`` gives them
        chinese = common.user_language(args, env) == "zh"
        common.print_json(env, [{"file": str(p.location.path), "line": p.location.line, "column": p.location.column,
                                 "message": (p.zh or p.message) if chinese else p.message,
                                 "hint": (p.zh_hint or p.hint) if chinese else p.hint} for p in problems])
    else:
        lang = common.user_language(args, env)
        if lang == "zh":
            from drafter.library.problems_zh import line  # loaded on use: only for reports in Chinese

            for problem in problems:
                env.print(line(problem))
        else:
            for problem in problems:
                env.print(str(problem))
        kinds = {k: sum(1 for c in lib.clauses.values() if c.kind == k) for k in ("preambular", "operative")}
        counts = dict(clauses=len(lib.clauses), pre=kinds["preambular"], op=kinds["operative"],
                      phrases=len(lib.phrases), countries=len(lib.countries), blocs=len(lib.blocs),
                      topics=len(lib.topics), contested=len(lib.contested), folders=len(lib.folders))
        lang = common.user_language(args, env)
        english = (f"{counted(counts['clauses'], 'clause')} ({counts['pre']} preambular, {counts['op']} operative), "
                   f"{counted(counts['phrases'], 'phrase')}, {counted(counts['countries'], 'country', 'countries')}, "
                   f"{counted(counts['blocs'], 'bloc')}, {counted(counts['topics'], 'topic')}, "
                   f"{counted(counts['contested'], 'contested question')} in {counted(counts['folders'], 'folder')}")
        summary = common.said(lang, english,
                              "{clauses} 条条款（序言性 {pre} 条，行动性 {op} 条），{phrases} 个引导词，{countries} 个"
                              "国家，{blocs} 个集团，{topics} 个议题，{contested} 个争议问题，共 {folders} 个文件夹"
                              .format(**counts))
        review = sum(1 for p in lib.phrases.values() if p.review)
        if review:
            summary += common.said(lang, f"; {counted(review, 'phrase')} marked review: true (added by drafter library import; "
                                         "check them)",
                                   f"；{review} 个引导词标为 review: true（由 drafter library import 添加，请核对）")
        if problems:
            env.error(common.said(lang, f"{counted(len(problems), 'problem')}; {summary}", f"{len(problems)} 个问题；{summary}"))
        else:
            env.error(common.said(lang, f"clean: {summary}", f"无问题：{summary}"))
    return ExitStatus.FINDINGS if problems else ExitStatus.OK


def run_import(args: argparse.Namespace, env: Environment) -> int:
    """Turn adopted resolutions into a library folder; report what was read, paired, left out and written."""
    from drafter import importer, library  # loaded on use: keeps start-up fast

    out = env.resolve(args.out)
    if args.topic_name and not args.topic:
        raise DrafterError("--topic-name names the topic --topic ID creates: give --topic too",
                           zh="--topic-name 为 --topic ID 新建的议题命名：请同时给出 --topic")
    if args.topic and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", args.topic):
        raise DrafterError(f"--topic {args.topic!r}: use lower-case letters, digits and '-'",
                           zh=f"--topic“{args.topic}”：只能用小写字母、数字和 -")
    for name in args.topic_name:
        if CONTROL.search(name) or not name.strip():
            raise DrafterError(f"--topic-name {name!r}: " + ("a name cannot be empty" if not name.strip() else
                               "a control character cannot stand in a name"),
                               zh=f"--topic-name“{name.strip()}”：" + ("名称不能为空" if not name.strip() else
                                                                     "名称中不能有控制字符"))
    dirs = [d for d in library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
            if d.resolve() != out.resolve()]
    lib = library.load(dirs)
    options = importer.Options(files=[env.resolve(f) for f in args.files], out=out, topic=args.topic or "",
                               topic_names=list(args.topic_name),
                               pairs=[(env.resolve(a), env.resolve(b)) for a, b in args.pair],
                               committee=args.committee or "", force=args.force,
                               votes=[(symbol, env.resolve(path)) for symbol, path in args.votes],
                               suggest_topics=args.suggest_topics)
    if options.topic_names and not options.topic:
        raise DrafterError("--topic-name names the topic --topic ID creates: give --topic too",
                           zh="--topic-name 为 --topic ID 新建的议题命名：请同时给出 --topic")
    if options.topic and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", options.topic):
        raise DrafterError(f"--topic {options.topic!r}: use lower-case letters, digits and '-'",
                           zh=f"--topic“{options.topic}”：只能用小写字母、数字和 -")
    lang = common.user_language(args, env)
    bar = ProgressBar(env)
    try:
        report = importer.run(options, lib, bar.show)
    finally:
        bar.end()
    from drafter.commands import import_zh as zh  # loaded on use: keeps start-up fast
    for line in report.documents:
        env.error(common.said(lang, f"read {line}", f"已读取 {zh.document(line)}"))
    for line in report.pairs:
        env.error(common.said(lang, f"paired {line}", f"已配对 {line}"))
    for line in report.mismatches:
        env.error(common.said(lang, f"NOT PAIRED {line}", f"未配对 {zh.unpaired(line)}"))
    for line in report.repaired:
        env.error(common.said(lang, f"repaired {line}", f"已修复 {zh.repaired(line)}"))
    if report.left_out:
        env.error(common.said(lang, f"left out ({len(report.left_out)}):", f"未收入（{len(report.left_out)} 段）："))
        for line in report.left_out:
            env.error(f"  {zh.left_out(line) if lang == 'zh' else line}")
    for line in report.stances:
        env.error(common.said(lang, f"stances {line}", f"立场 {zh.stances(line)}"))
    if options.suggest_topics:
        env.error(common.said(lang, f"suggested topics: {counted(report.suggested, 'clause')} given a topic their words point "
                                    "to (marked '# suggested from the words' in the clauses files)",
                              f"建议的议题：{report.suggested} 条条款按其用词归入议题（在条款文件中标有"
                              "“# suggested from the words”）"))
    share = f"{100 * report.bilingual // report.clauses}" if report.clauses else "0"
    if lang == "zh":
        agendas_zh = (f"；议程“{report.agenda}”" if len(report.agendas) == 1 else
                      f"；{len(report.agendas)} 个议程" if report.agendas else "")
        env.error(f"已写入 {len(report.written)} 个文件到 {args.out}：{report.clauses} 条条款（中英文对照 "
                  f"{report.bilingual} 条，占 {share}%；其中合并了 {report.merged} 个重复段落），"
                  f"{report.new_phrases} 个新引导词待核对{agendas_zh}")
    else:
        agendas = (f"; agenda {report.agenda!r}" if len(report.agendas) == 1 else
                   f"; {len(report.agendas)} agendas ({', '.join(report.agendas[:3])}"
                   f"{', …' if len(report.agendas) > 3 else ''})" if report.agendas else "")
        env.error(f"wrote {counted(len(report.written), 'file')} to {args.out}: {counted(report.clauses, 'clause')} "
                  f"({report.bilingual} in English and Chinese, {share} %; "
                  f"{counted(report.merged, 'repeated paragraph')} merged into them), "
                  f"{counted(report.new_phrases, 'new phrase')} marked for review{agendas}")
    if report.others:
        others = ", ".join(str(p.relative_to(out)) for p in report.others)
        env.error(common.said(lang, f"also in {args.out}, not written by this import (they are loaded with it; delete "
                                    f"any that an earlier import left): {others}",
                              f"{args.out} 中另有本次导入未写入的文件（会一并加载；请删除以前导入留下的文件）：{others}"))
    env.error(common.said(lang, f"next: drafter library lint {args.out}; drafter clauses --library {args.out}",
                          f"下一步：drafter library lint {args.out}；drafter clauses --library {args.out}"))
    return ExitStatus.OK


CONTROL = lazy(r"[\x00-\x1f\x7f-\x9f]")


class ProgressBar:
    """What an import is doing, on one line of a terminal (nothing when standard error is not one)."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        isatty = getattr(env.stderr, "isatty", None)
        self.on = bool(isatty and isatty())
        self.shown = False

    def show(self, what: str, done: int, total: int) -> None:
        """Redraw the line: a bar, the count and what is being done."""
        if not self.on:
            return
        self.env.stderr.write(common.progress_line(self.env, done, total, what))
        self.env.stderr.flush()
        self.shown = True

    def end(self) -> None:
        """End the line, so that the report starts on its own."""
        if self.shown:
            self.env.stderr.write("\n")
            self.shown = False
