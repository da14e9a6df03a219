"""``drafter check``: its arguments, the run over the files (and ``--fix``), and the report in text, one line
per finding, or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.check import Report
    from drafter.word.reader import Document

PAINT = {"error": "\033[31m", "warning": "\033[33m", "suggestion": "\033[36m"}


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``check``."""
    check = sub.add_parser("check", help="check the format of .docx draft resolutions",
                           description="Check draft resolutions written in any editor. Exit 0 when there is no "
                                       "error, 1 when there are errors, 2 for usage errors, 3 for an unreadable file.")
    check.add_argument("files", nargs="+", metavar="FILE.docx")
    check.add_argument("--profile", choices=["un", "una-usa", "thimun", "cn-mun"],
                       help="format profile (default: guessed from the heading)")
    check.add_argument("--lang", choices=["en", "zh"], help="language of the messages (default: the document's)")
    check.add_argument("--format", choices=["text", "json", "line"], default="text",
                       help="text for people; json (a list, one object per file); line FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE")
    check.add_argument("--min-severity", choices=["error", "warning", "suggestion"], default="suggestion")
    check.add_argument("--disable", metavar="RULE", action="append", default=[], help="skip a rule (repeatable)")
    check.add_argument("--fix", metavar="OUT.docx", help="write a corrected copy (the original is never changed)")
    check.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    common.library_option(check)
    check.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Check every file and print its report; an unreadable file is reported and the others still checked.

    Exit FINDINGS when any file has an error, UNREADABLE when a file could not be read."""
    # loaded on use: keeps start-up fast
    from drafter import check as checker
    from drafter.check.rules import RULES

    unknown = [r for r in args.disable if r not in RULES]
    if unknown:
        raise DrafterError(f"unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
    if args.fix and len(args.files) > 1:
        raise DrafterError("--fix writes one corrected copy; check one file at a time with --fix")
    if args.fix:
        from drafter.files import check_name, check_not_inputs, check_writable  # loaded on use: keeps start-up fast

        check_name(args.fix, "--fix")
        check_not_inputs([env.resolve(args.fix)], [env.resolve(f) for f in args.files])
        check_writable(env.resolve(args.fix), args.force)  # refuse before the report, not after it
    lib = common.load_library(args, env)
    reports: list[Report] = []
    status, colour = ExitStatus.OK, env.colour and args.format == "text"
    for name in args.files:
        path = env.resolve(name)
        try:
            report, doc = checker.check_file(path, lib, profile=args.profile, lang=args.lang,
                                             disabled=args.disable, min_severity=args.min_severity)
        except DrafterError as exc:
            if exc.status != ExitStatus.UNREADABLE:
                raise
            env.error(f"drafter: {exc}")
            status = ExitStatus.UNREADABLE
            continue
        report.file = name
        reports.append(report)
        if report.errors and status == ExitStatus.OK:
            status = ExitStatus.FINDINGS
        if args.format == "line":
            for line in report_lines(report):
                env.print(line)
        elif args.format == "text":
            env.print(report_text(report, doc, colour))
        if args.fix:
            _fix(report, doc, args, env)
    if args.format == "json":
        common.print_json(env, [report_json(r) for r in reports])
    return status


def _fix(report: Report, doc: Document, args: argparse.Namespace, env: Environment) -> None:
    """``--fix``: write the corrected copy and say what was fixed and what needs a person."""
    from drafter.check import fix  # loaded on use: keeps start-up fast

    fixed, rest = fix.fix(report, doc, env.resolve(args.fix), args.force)
    env.error(f"wrote {args.fix}: fixed {len(fixed)} finding(s); {len(rest)} need a person")
    for f in fixed:
        env.error(f"  fixed  ¶{f.paragraph}:{f.column} {f.rule}: {f.fix}")
    for f in rest:
        env.error(f"  left   ¶{f.paragraph}:{f.column} {f.rule}: {f.message}")


def report_json(report: Report) -> dict[str, object]:
    """One file's report for ``--format json`` (shape: README.md)."""
    return {"file": report.file, "language": report.language, "profile": report.profile,
            "summary": report.summary(), "notes": report.notes, "findings": [f.as_json() for f in report.findings]}


def report_lines(report: Report) -> list[str]:
    """``--format line``: FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE, one line per finding."""
    return [f"{report.file}:{f.paragraph}:{f.column}:{f.rule}:{f.severity}:{f.message}" for f in report.findings]


def report_text(report: Report, doc: Document, colour: bool) -> str:
    """The report for people: a summary line, the notes, then the findings under an excerpt of their paragraph."""
    reset, dim = ("\033[0m", "\033[2m") if colour else ("", "")
    counts = report.summary()
    if report.profile == "position-paper":
        return f"{report.file} ({report.language}): a position paper; drafter check checks draft resolutions"
    head = (f"{report.file} ({report.language}, profile {report.profile}): "
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['suggestion']} suggestion(s)")
    lines = [head] + [f"  {dim}note: {note}{reset}" for note in report.notes]
    texts = {p.index: p.text for p in doc.paragraphs}
    current = None
    for f in report.findings:
        if f.paragraph != current:
            current = f.paragraph
            excerpt = texts.get(f.paragraph, "").strip().replace("\n", " ")
            lines.append(f"  {dim}¶{f.paragraph}  {excerpt[:70]}{'…' if len(excerpt) > 70 else ''}{reset}")
        colour_on = PAINT[f.severity] if colour else ""
        fixable = " [fixable]" if f.fix else ""
        lines.append(f"    {f.paragraph}:{f.column} {colour_on}{f.severity}{reset} {f.rule}: {f.message}{fixable}")
    return "\n".join(lines)
