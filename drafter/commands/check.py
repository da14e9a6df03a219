"""``drafter check``: its arguments, the run over the files (with ``--fix`` and ``--comments``), and the report
in text, one line per finding, or JSON; for people in the messages' language (English or Chinese)."""

from __future__ import annotations

import argparse
import gc
from typing import TYPE_CHECKING

from drafter.commands import common, panel
from drafter.environment import Environment
from drafter.plurals import counted
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.check import Finding, Report
    from drafter.word.reader import Document

PAINT = {"error": "\033[31m", "warning": "\033[33m", "suggestion": "\033[36m"}


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``check``."""
    check = sub.add_parser("check", help="check the format of draft resolutions and position papers (.docx, or plain text)",
                           description="Check draft resolutions and position papers written in any editor (a "
                                       "position paper is recognised by its title or header fields). Exit 0 when "
                                       "there is no error, 1 when there are errors, 2 for usage errors, 3 for an "
                                       "unreadable file.",
                           epilog="A draft handed in as plain text (.txt, .text: UTF-8, UTF-16 or GB 18030) is "
                                  "read one paragraph per line; its emphasis, fonts and Word numbering are not "
                                  "judged. A Markdown draft (.md, .markdown) is read as a Markdown viewer shows it, "
                                  "its emphasis judged. --fix writes it back as text, or as a Word document when OUT "
                                  "ends in .docx.")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--profile", choices=["un", "una-usa", "thimun", "cn-mun"],
                       help="format profile (default: guessed from the heading)")
    check.add_argument("--lang", choices=["en", "zh"], help="language of the messages (default: the document's)")
    check.add_argument("--format", choices=["text", "json", "line"], default="text",
                       help="text for people; json (a list, one object per file); line FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE")
    check.add_argument("--min-severity", choices=["error", "warning", "suggestion"], default="suggestion")
    check.add_argument("--disable", metavar="RULE", action="append", default=[], help="skip a rule (repeatable, or several separated by commas)")
    check.add_argument("--fix", metavar="OUT.docx", help="write a corrected copy (the original is never changed)")
    check.add_argument("--comments", metavar="OUT.docx",
                       help="write a copy with each finding as a Word comment on its paragraph (with --fix: a "
                            "copy of the corrected draft, commented with what is left for a person)")
    check.add_argument("--author", metavar="NAME", default="Chair", help="author of the comments (default: Chair)")
    check.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    check.add_argument("--rules", metavar="CONF.yaml",
                       help="a conference's rules file: its signature, sponsor, cross-draft, language and length "
                            "rules are checked too, per draft and across the files, and its position-papers: rules "
                            "on papers (see conferences/)")
    check.add_argument("--present", metavar="N", type=int,
                       help="delegations present at roll call (with --rules; replaces the file's present:)")
    check.add_argument("--jobs", metavar="N", type=_positive,
                       help="check N files at a time, each in a process of its own (default: one process per "
                            "core, with 4 files or more each; 1 checks every file in this process)")
    common.library_option(check)
    check.set_defaults(handler=run)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of 1 or more, not {value!r}")
    return int(value)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Check every file and print its report; an unreadable file is reported and the others still checked.

    Exit FINDINGS when any file has an error, UNREADABLE when a file could not be read."""
    collecting = gc.isenabled()
    gc.disable()  # while the modules below make their objects: none is garbage yet, and collecting cost 4 % of a check
    try:
        # loaded on use: keeps start-up fast
        from drafter import check as checker
        from drafter.check.rules import RULES
        from drafter.commands import checkpool
        from drafter.structure.paper import PaperRules
    finally:
        if collecting:
            gc.enable()

    conference = panel.load_rules(args, env)
    known = [*RULES, *panel.rule_ids()] if conference else list(RULES)
    args.disable = [r.strip() for given in args.disable for r in given.split(",") if r.strip()]  # "a,b" as Vale
    unknown = [r for r in args.disable if r not in known]
    if unknown:
        import difflib  # loaded on use: keeps start-up fast

        near = {r: difflib.get_close_matches(r, known, n=1, cutoff=0.75) for r in unknown}
        if all(near.values()):  # each a slip of one rule: name it, not all of them
            raise DrafterError("--disable: " + "; ".join(f"unknown rule {r} (did you mean {near[r][0]}?)"
                                                         for r in unknown),
                               zh="--disable：" + "；".join(f"未知规则 {r}（是否指 {near[r][0]}？）" for r in unknown))
        named = "rule" if len(unknown) == 1 else "rules"
        raise DrafterError(f"--disable: unknown {named} {', '.join(unknown)}; rules: {', '.join(known)}",
                           zh=f"--disable：未知规则 {'、'.join(unknown)}；规则有：{'、'.join(known)}")
    _check_outputs(args, env)
    lib = common.load_library(args, env)
    reports: list[Report | dict[str, object]] = []
    status, colour = ExitStatus.OK, env.colour and args.format == "text"
    profile = args.profile or (conference.profile if conference else None)
    paper_rules = conference.paper_rules() if conference else PaperRules()

    def report(one: Report, doc: Document) -> None:
        nonlocal status
        reports.append(one)
        if one.errors and status == ExitStatus.OK:
            status = ExitStatus.FINDINGS
        for text in printed(one, doc):
            env.print(text)
        rest = _fix(one, doc, args, env) if args.fix else one.findings
        if args.comments:
            _comment(rest, one, doc, args, env)

    def printed(one: Report, doc: Document) -> list[str]:
        if args.format == "line":
            return report_lines(one)
        return [report_text(one, doc, colour, width)] if args.format == "text" else []

    def checked_file(name: str) -> tuple[Report, Document] | None:
        """The file's report and document; None when it cannot be read (said on standard error)."""
        nonlocal status
        try:
            one, doc = checker.check_file(env.resolve(name), lib, profile=profile, lang=args.lang,
                                          disabled=args.disable, min_severity=args.min_severity,
                                          paper_rules=paper_rules, writes=bool(args.fix or args.comments))
        except DrafterError as exc:
            if exc.status != ExitStatus.UNREADABLE:
                raise
            env.error(common.error_line(exc, common.user_language(args, env), common.error_columns(env)))
            status = ExitStatus.UNREADABLE
            return None
        one.file = name
        return one, doc

    def outcome(name: str) -> checkpool.Outcome:
        """A worker's check of one file of the batch."""
        try:
            one, doc = checker.check_file(env.resolve(name), lib, profile=profile, lang=args.lang,
                                          disabled=args.disable, min_severity=args.min_severity,
                                          paper_rules=paper_rules, writes=False)
        except DrafterError as exc:
            return checkpool.refused(name, exc, common.error_line(exc, common.user_language(args, env),
                                                                  common.error_columns(env)))
        one.file = name
        return checkpool.report_outcome(name, one, doc, printed, report_json if args.format == "json" else None)

    def said(done: checkpool.Outcome) -> None:
        nonlocal status
        reports.append(done.data or {})
        if done.errors and status == ExitStatus.OK:
            status = ExitStatus.FINDINGS
        for text in done.printed or []:
            env.print(text)

    width = common.columns(env) if args.format == "text" else 80
    # reported at once, so that a batch does not keep every document it has read; held back from the first
    # position paper on (their pages are counted together) and under --rules (the panel reads the whole batch)
    holding = conference is not None
    held: list[tuple[Report, Document] | checkpool.Outcome] = []
    jobs = 1
    if len(args.files) > 1 and not (args.fix or args.comments or conference):
        jobs = checkpool.workers(args.jobs, len(args.files))
    for index, name in enumerate(args.files):
        if jobs > 1 and index == 1:
            break  # the first file was checked here, which made every pattern the workers will share
        read = checked_file(name)
        if read is None:
            continue
        holding = holding or read[0].profile == "position-paper"
        if holding:
            held.append(read)
        else:
            report(*read)
    if jobs > 1:
        for done in checkpool.outcomes(args.files[1:], jobs, outcome):
            done.raise_refusal()
            if done.unreadable:
                env.error(done.unreadable)
                status = ExitStatus.UNREADABLE
                continue
            if done.held:  # a position paper: checked again here, where the batch's papers are counted together
                read = checked_file(done.name)
                if read is None:
                    continue
                holding = True
                held.append(read)
            elif holding:
                held.append(done)
            else:
                said(done)
    checked = [item for item in held if not isinstance(item, checkpool.Outcome)]
    if conference is not None:
        panel.add_findings(conference, checked, lib, args)
    papers = [(r, d) for r, d in checked if r.profile == "position-paper"]
    if papers:
        from drafter.check.paperlength import add_length_findings  # loaded on use: only position papers need it

        add_length_findings(papers, paper_rules, args.disable, args.min_severity)
    for item in held:
        if isinstance(item, checkpool.Outcome):
            said(item)
        else:
            report(*item)
    if args.format == "json":
        common.print_json(env, [r if isinstance(r, dict) else report_json(r) for r in reports])
    return status


def _check_outputs(args: argparse.Namespace, env: Environment) -> None:
    """Refuse --fix and --comments before any report: with several files, onto an input or onto each other,
    onto an existing file without --force; refuse an author name Word cannot hold."""
    outputs = [(option, value) for option, value in (("--fix", args.fix), ("--comments", args.comments)) if value]
    if not outputs:
        return
    from drafter.files import check_name, check_not_inputs, check_output, check_writable  # loaded on use

    for option, value in outputs:
        if len(args.files) > 1:
            raise DrafterError(f"{option} writes one copy; check one file at a time with {option}",
                               zh=f"{option} 只写入一份副本；使用 {option} 时请一次只检查一个文件")
        if option == "--comments":
            check_output(value, option, (".docx",))  # comments live in a Word document, whatever the draft was
        else:
            check_name(value, option)
    paths = [env.resolve(value) for _, value in outputs]
    check_not_inputs(paths, [env.resolve(f) for f in args.files])
    if len(paths) == 2:
        check_not_inputs(paths[1:], paths[:1])
    for path in paths:
        check_writable(path, args.force)  # refuse before the report, not after it
    if args.comments:
        author = args.author.strip()
        if not author or len(author) > 100 or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000
                                                  or c in "\ufffe\uffff" for c in author):
            raise DrafterError("--author: give a name of 1 to 100 characters without control characters",
                               zh="--author：请给出 1 至 100 个字符、不含控制字符的名字")
        args.author = author


def _fix(report: Report, doc: Document, args: argparse.Namespace, env: Environment) -> list[Finding]:
    """``--fix``: write the corrected copy and say what was fixed and what needs a person; return the latter."""
    from drafter.check import fix  # loaded on use: keeps start-up fast
    from drafter.word import fieldupdate  # loaded on use, as fix is

    fixed, rest = fix.fix(report, doc, env.resolve(args.fix), args.force)
    if report.message_lang == "zh":
        env.error(f"已写入 {args.fix}：自动修正 {len(fixed)} 处，{len(rest)} 处需人工处理")
        words, colon = ("已修正", "待处理"), "："
    else:
        env.error(f"wrote {args.fix}: fixed {counted(len(fixed), 'finding')}; {len(rest)} {'needs' if len(rest) == 1 else 'need'} a person")
        words, colon = ("fixed ", "left  "), ": "
    if fieldupdate.stale_contents(doc.docx.element):
        env.error("  目录已标记为待更新：Word 打开副本时重新生成；LibreOffice 中请用“工具 ▸ 更新 ▸ 全部更新”"
                  if report.message_lang == "zh" else
                  "  its table of contents is flagged for Word to update when the copy opens "
                  "(LibreOffice: Tools ▸ Update ▸ Update All)")
    for f in fixed:
        env.error(f"  {words[0]} ¶{f.paragraph}:{f.column} {f.rule}{colon}{f.fix}")
    for f in rest:
        env.error(f"  {words[1]} ¶{f.paragraph}:{f.column} {f.rule}{colon}{f.message}")
    return rest


def _comment(findings: list[Finding], report: Report, doc: Document, args: argparse.Namespace,
             env: Environment) -> None:
    """``--comments``: write the commented copy and say so."""
    from drafter.check import annotate  # loaded on use: keeps start-up fast

    count = annotate.annotate(findings, report, doc, env.resolve(args.comments), args.author, args.force)
    if report.message_lang == "zh":
        env.error(f"已写入 {args.comments}：{count} 条批注（批注人：{args.author}）")
    else:
        env.error(f"wrote {args.comments}: {counted(count, 'comment')} by {args.author}")


def report_json(report: Report) -> dict[str, object]:
    """One file's report for ``--format json`` (shape: README.md)."""
    return {"file": report.file, "language": report.language, "profile": report.profile,
            "summary": report.summary(), "notes": report.notes, "findings": [f.as_json() for f in report.findings]}


def report_lines(report: Report) -> list[str]:
    """``--format line``: FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE, one line per finding (the paragraphs a
    finding about several covers at the end of its message)."""
    lines = []
    for f in report.findings:
        where = f.where(report.message_lang)
        if where:
            where = f"（{where}）" if report.message_lang == "zh" else f" ({where})"
        lines.append(f"{report.file}:{f.paragraph}:{f.column}:{f.rule}:{f.severity}:{f.message}{where}")
    return lines


def report_text(report: Report, doc: Document, colour: bool, width: int = 80) -> str:
    """The report for people, in the messages' language: a summary line, the notes, then the findings under an
    excerpt of their paragraph, each wrapped to ``width`` columns under its location (hanging indent; Chinese
    broken by its line-breaking rules, English between words, a rule id never split)."""
    from drafter.check.report import FIXABLE, SEVERITY_WORDS  # loaded on use: keeps start-up fast
    from drafter.wrapping import display_width, truncate, wrap  # loaded on use: keeps start-up fast

    reset, dim = ("\033[0m", "\033[2m") if colour else ("", "")
    zh = report.message_lang == "zh"
    notes: list[str]
    if report.profile == "position-paper" and zh:
        head, notes = f"{report.file}（{report.language}，立场文件）：{report.counts_text()}", []
    elif report.profile == "position-paper":
        head, notes = f"{report.file} ({report.language}, position paper): {report.counts_text()}", []
    elif zh:
        head = f"{report.file}（{report.language}，格式 {report.profile}）：{report.counts_text()}"
        notes = [f"说明：{note}" for note in report.notes]
    else:
        head = f"{report.file} ({report.language}, profile {report.profile}): {report.counts_text()}"
        notes = [f"note: {note}" for note in report.notes]
    lines = wrap(head, width, indent="    ", first="")
    for note in notes:
        lines += [f"{dim}{line}{reset}" for line in wrap(note, width, indent="    ", first="  ")]
    lang = report.message_lang if report.message_lang in SEVERITY_WORDS else "en"
    texts = {p.index: p.text for p in doc.paragraphs}
    current = None
    for f in report.findings:
        if f.paragraph != current:
            current = f.paragraph
            excerpt = texts.get(f.paragraph, "").strip().replace("\n", " ")
            mark = f"  ¶{f.paragraph}  "
            lines.append(f"{dim}{mark}{truncate(excerpt, max(10, min(71, width - display_width(mark) - 1)))}{reset}")
        where = f.where(lang)
        if where:
            where = f"（{where}）" if zh else f" ({where})"
        severity = SEVERITY_WORDS[lang][f.severity]
        colon = "：" if zh else ": "
        located = f"    {f.paragraph}:{f.column} "
        hanging = " " * (len(located) + 2)
        rows = wrap(f"{severity} {f.rule}{colon}{f.message}{where}", width, indent=hanging, first=located)
        if f.fix:  # the mark stays whole: on the last row when it fits there, else on a row of its own
            tag = FIXABLE[lang] if zh else f" {FIXABLE[lang]}"
            if display_width(rows[-1] + tag) <= width:
                rows[-1] += tag
            else:
                rows.append(hanging + tag.strip())
        if colour:  # painted after wrapping: the escape codes take no columns
            rows[0] = rows[0].replace(severity, f"{PAINT[f.severity]}{severity}{reset}", 1)
        lines += rows
    return "\n".join(lines)
