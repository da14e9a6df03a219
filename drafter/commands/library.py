"""``drafter library lint`` and ``drafter library import``: validating clause libraries, and building one from
adopted resolutions."""

from __future__ import annotations

import argparse
import re

from drafter.commands import common
from drafter.environment import Environment
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
    if args.json:
        common.print_json(env, [{"file": str(p.location.path), "line": p.location.line, "column": p.location.column,
                                 "message": p.message, "hint": p.hint} for p in problems])
    else:
        for problem in problems:
            env.print(str(problem))
        kinds = {k: sum(1 for c in lib.clauses.values() if c.kind == k) for k in ("preambular", "operative")}
        counts = dict(clauses=len(lib.clauses), pre=kinds["preambular"], op=kinds["operative"],
                      phrases=len(lib.phrases), countries=len(lib.countries), blocs=len(lib.blocs),
                      topics=len(lib.topics), contested=len(lib.contested), folders=len(lib.folders))
        lang = common.user_language(args, env)
        summary = common.said(lang, "{clauses} clauses ({pre} preambular, {op} operative), {phrases} phrases, "
                                    "{countries} countries, {blocs} blocs, {topics} topics, {contested} contested "
                                    "questions in {folders} folder(s)",
                              "{clauses} 条条款（序言性 {pre} 条，行动性 {op} 条），{phrases} 个引导词，{countries} 个"
                              "国家，{blocs} 个集团，{topics} 个议题，{contested} 个争议问题，共 {folders} 个文件夹"
                              ).format(**counts)
        review = sum(1 for p in lib.phrases.values() if p.review)
        if review:
            summary += common.said(lang, f"; {review} phrase(s) marked review: true (added by drafter library import; "
                                         "check them)",
                                   f"；{review} 个引导词标为 review: true（由 drafter library import 添加，请核对）")
        if problems:
            env.error(common.said(lang, f"{len(problems)} problem(s); {summary}", f"{len(problems)} 个问题；{summary}"))
        else:
            env.error(common.said(lang, f"clean: {summary}", f"无问题：{summary}"))
    return ExitStatus.FINDINGS if problems else ExitStatus.OK


def run_import(args: argparse.Namespace, env: Environment) -> int:
    """Turn adopted resolutions into a library folder; report what was read, paired, left out and written."""
    from drafter import importer, library  # loaded on use: keeps start-up fast

    out = env.resolve(args.out)
    dirs = [d for d in library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
            if d.resolve() != out.resolve()]
    lib = library.load(dirs)
    options = importer.Options(files=[env.resolve(f) for f in args.files], out=out, topic=args.topic or "",
                               topic_names=list(args.topic_name),
                               pairs=[(env.resolve(a), env.resolve(b)) for a, b in args.pair],
                               committee=args.committee or "", force=args.force)
    if options.topic_names and not options.topic:
        raise DrafterError("--topic-name names the topic --topic ID creates: give --topic too")
    if options.topic and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", options.topic):
        raise DrafterError(f"--topic {options.topic!r}: use lower-case letters, digits and '-'")
    report = importer.run(options, lib)
    lang = common.user_language(args, env)
    for line in report.documents:
        env.error(common.said(lang, f"read {line}", f"已读取 {line}"))
    for line in report.pairs:
        env.error(common.said(lang, f"paired {line}", f"已配对 {line}"))
    for line in report.mismatches:
        env.error(common.said(lang, f"NOT PAIRED {line}", f"未配对 {line}"))
    if report.left_out:
        env.error(common.said(lang, f"left out ({len(report.left_out)}):", f"未收入（{len(report.left_out)} 段）："))
        for line in report.left_out:
            env.error(f"  {line}")
    if lang == "zh":
        env.error(f"已写入 {len(report.written)} 个文件到 {args.out}：{report.clauses} 条条款（其中合并了 "
                  f"{report.merged} 个重复段落），{report.new_phrases} 个新引导词待核对"
                  + (f"；议程“{report.agenda}”" if report.agenda else ""))
    else:
        env.error(f"wrote {len(report.written)} file(s) to {args.out}: {report.clauses} clauses "
                  f"({report.merged} repeated paragraph(s) merged into them), {report.new_phrases} new phrase(s) "
                  f"marked for review" + (f"; agenda {report.agenda!r}" if report.agenda else ""))
    if report.others:
        others = ", ".join(str(p.relative_to(out)) for p in report.others)
        env.error(common.said(lang, f"also in {args.out}, not written by this import (they are loaded with it; delete "
                                    f"any that an earlier import left): {others}",
                              f"{args.out} 中另有本次导入未写入的文件（会一并加载；请删除以前导入留下的文件）：{others}"))
    env.error(common.said(lang, f"next: drafter library lint {args.out}; drafter clauses --library {args.out}",
                          f"下一步：drafter library lint {args.out}；drafter clauses --library {args.out}"))
    return ExitStatus.OK
