"""The command line: parses arguments and hands each command to its module.

Heavy modules (python-docx, questionary, jinja2) are imported inside the commands that
need them, so ``drafter --help`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, Sequence

from drafter import __version__
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus

Command = Callable[[argparse.Namespace, Environment], int]

EPILOG = """\
exit codes: 0 ok, 1 findings (lint/check), 2 bad input or usage, 3 unreadable file, 130 interrupted
docs: README.md; clause library format: clauses/README.md"""


def _library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", metavar="DIR", action="append", default=[],
                        help="also load the clause library in DIR (repeatable; DRAFTER_LIBRARY works too)")


def _load_library(args: argparse.Namespace, env: Environment):
    from drafter import library

    dirs = library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
    return library.load(dirs)


# -- library lint -----------------------------------------------------------------------


def cmd_library_lint(args: argparse.Namespace, env: Environment) -> int:
    from drafter import library

    if args.dirs:
        dirs = [env.resolve(d) for d in args.dirs]
    else:
        dirs = library.library_dirs([env.resolve(d) for d in args.library], dict(env.variables))
    lib, problems = library.load_with_problems(dirs)
    if args.json:
        env.print(json.dumps([{"file": str(p.location.path), "line": p.location.line, "column": p.location.column,
                               "message": p.message, "hint": p.hint} for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            env.print(str(problem))
        kinds = {k: sum(1 for c in lib.clauses.values() if c.kind == k) for k in ("preambular", "operative")}
        summary = (f"{len(lib.clauses)} clauses ({kinds['preambular']} preambular, {kinds['operative']} operative), "
                   f"{len(lib.phrases)} phrases, {len(lib.countries)} countries, {len(lib.blocs)} blocs, "
                   f"{len(lib.topics)} topics in {len(dirs)} folder(s)")
        env.error(f"{len(problems)} problem(s); {summary}" if problems else f"clean: {summary}")
    return ExitStatus.FINDINGS if problems else ExitStatus.OK


# -- clauses ----------------------------------------------------------------------------


def _clause_json(lib: Any, clause: Any) -> dict[str, Any]:
    phrase = lib.phrases.get(clause.phrase)

    def subs(items: Sequence[Any]) -> list[dict[str, Any]]:
        return [{"en": s.text.en, "zh": s.text.zh, "subparagraphs": subs(s.children)} for s in items]

    return {
        "id": clause.id,
        "kind": clause.kind,
        "phrase": {"id": clause.phrase, "en": phrase.text.en if phrase else "", "zh": phrase.text.zh if phrase else ""},
        "text": {"en": clause.text.en, "zh": clause.text.zh},
        "subparagraphs": subs(clause.subparagraphs),
        "topics": list(clause.topics),
        "stances": dict(clause.stances),
        "placeholders": {n: {"en": p.question.en, "zh": p.question.zh, "default": p.default}
                         for n, p in clause.placeholders.items()},
        "source": {"seed": clause.source.seed, "ref": clause.source.ref, "symbol": clause.source.symbol,
                   "note": clause.source.note},
    }


def cmd_clauses(args: argparse.Namespace, env: Environment) -> int:
    from drafter import table

    lib = _load_library(args, env)
    words = list(args.words)
    if words and words[0] == "show":
        if len(words) != 2:
            raise DrafterError("usage: drafter clauses show ID")
        return _show_clause(lib, lib.clause(words[1]), args, env)
    for value, known, what in ((args.topic, lib.topics, "topic"), (args.bloc, lib.blocs, "bloc")):
        if value and value not in known:
            raise DrafterError(f"unknown {what} {value!r}; known: {', '.join(known)}")
    country = lib.country(args.country) if args.country else None
    found = lib.select(kind=args.kind, topic=args.topic, bloc=args.bloc, country=country,
                       text=" ".join(words) or None, lang=args.lang)
    if args.json:
        env.print(json.dumps([_clause_json(lib, c) for c in found], ensure_ascii=False, indent=2))
        return ExitStatus.OK
    langs = (args.lang,) if args.lang else ("en", "zh")
    rows = []
    for clause in found:
        phrase = lib.phrases.get(clause.phrase)
        for n, lg in enumerate(langs):
            lead = phrase.text[lg] if phrase else clause.phrase
            text = f"{lead}{' ' if lg == 'en' else ''}{clause.text[lg]}"
            first = n == 0
            rows.append([clause.id if first else "", clause.kind[:4] if first else "",
                         ",".join(clause.topics) if first else "", text])
    if rows:
        env.print(table.render(["id", "kind", "topics", "text"], rows, [0, 0, 28, 80]))
    env.error(f"{len(found)} clause(s)" + (f" that fit {country.name.en} ({', '.join(country.blocs)})" if country else ""))
    return ExitStatus.OK


def _show_clause(lib: Any, clause: Any, args: argparse.Namespace, env: Environment) -> int:
    if args.json:
        env.print(json.dumps(_clause_json(lib, clause), ensure_ascii=False, indent=2))
        return ExitStatus.OK
    phrase = lib.phrases.get(clause.phrase)
    env.print(f"{clause.id}  ({clause.kind}; topics: {', '.join(clause.topics)})")
    for lang in (args.lang,) if args.lang else ("en", "zh"):
        lead = phrase.text[lang] if phrase else clause.phrase
        env.print(f"  {lang}: {lead}{' ' if lang == 'en' else ''}{clause.text[lang]}")

        def walk(items: Sequence[Any], depth: int) -> None:
            for i, sub in enumerate(items):
                env.print(f"  {'    ' * depth}{_label(i, depth, lang)} {sub.text[lang]}")
                walk(sub.children, depth + 1)

        walk(clause.subparagraphs, 1)
    if clause.placeholders:
        env.print("  placeholders: " + ", ".join(f"{n} (default {p.default!r})" for n, p in clause.placeholders.items()))
    if clause.stances:
        env.print("  stances: " + ", ".join(f"{b}: {s}" for b, s in clause.stances.items()))
    env.print(f"  source: {clause.source}")
    env.print(f"  defined at: {clause.origin}")
    return ExitStatus.OK


def _label(index: int, depth: int, lang: str) -> str:
    from drafter.numbering import label

    return label(index + 1, depth, lang)


# -- countries --------------------------------------------------------------------------


def cmd_countries(args: argparse.Namespace, env: Environment) -> int:
    from drafter import table

    lib = _load_library(args, env)
    if args.bloc and args.bloc not in lib.blocs:
        raise DrafterError(f"unknown bloc {args.bloc!r}; known: {', '.join(lib.blocs)}")
    found = [c for c in lib.countries.values()
             if (not args.bloc or args.bloc in c.blocs)
             and (not args.group or args.group.casefold() in (g.casefold() for g in c.groups))]
    if args.json:
        env.print(json.dumps([{"iso3": c.iso3, "name": {"en": c.name.en, "zh": c.name.zh},
                               "formal": {"en": c.formal.en, "zh": c.formal.zh}, "observer": c.observer,
                               "regional_group": c.regional_group, "blocs": list(c.blocs), "groups": list(c.groups),
                               "facts": c.facts, "override_reason": c.override_reason} for c in found],
                             ensure_ascii=False, indent=2))
        return ExitStatus.OK
    rows = [[c.iso3, c.name.en + (" (observer)" if c.observer else ""), c.name.zh, ",".join(c.blocs),
             ",".join(c.groups)] for c in found]
    if rows:
        env.print(table.render(["iso3", "name", "中文名", "blocs", "groups"], rows, [0, 40, 24, 40, 50]))
    env.error(f"{len(found)} countr{'y' if len(found) == 1 else 'ies'}")
    return ExitStatus.OK


# -- build ------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace, env: Environment) -> int:
    from drafter import build

    lib = _load_library(args, env)
    paths = [env.resolve(p) for p in args.answers]
    return build.run(paths, lib, env, fmt=args.format, out=env.resolve(args.out) if args.out else None,
                     out_dir=env.resolve(args.out_dir) if args.out_dir else None, force=args.force,
                     template=env.resolve(args.template) if args.template else None)


def _register_build(sub: Any) -> None:
    build = sub.add_parser("build", help="build documents from answers files",
                           description="Build drafts from answers files (YAML). Every file is checked first; "
                                       "if any has a problem, all problems are listed and nothing is written.")
    build.add_argument("answers", nargs="+", metavar="ANSWERS.yaml")
    build.add_argument("--out", metavar="FILE", help="output file (one answers file only)")
    build.add_argument("--out-dir", metavar="DIR", help="write every document into DIR")
    build.add_argument("--format", choices=["docx", "md", "txt", "pdf"], default="docx",
                       help="docx (default); md or txt for quick previews; pdf through LibreOffice")
    build.add_argument("--template", metavar="REF.docx", help="a reference document with drafter's styles")
    build.add_argument("--force", action="store_true", help="replace existing files")
    _library_option(build)
    build.set_defaults(handler=cmd_build)


# -- check ------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace, env: Environment) -> int:
    from drafter import check as checker
    from drafter.rules import RULES

    unknown = [r for r in args.disable if r not in RULES]
    if unknown:
        raise DrafterError(f"unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
    if args.fix and len(args.files) > 1:
        raise DrafterError("--fix writes one corrected copy; check one file at a time with --fix")
    lib = _load_library(args, env)
    reports, status, colour = [], ExitStatus.OK, env.colour and args.format == "text"
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
            for f in report.findings:
                env.print(f"{name}:{f.paragraph}:{f.column}:{f.rule}:{f.severity}:{f.message}")
        elif args.format == "text":
            env.print(_text_report(report, doc, colour))
        if args.fix:
            from drafter import fix

            fixed, rest = fix.fix(report, doc, env.resolve(args.fix), args.force)
            env.error(f"wrote {args.fix}: fixed {len(fixed)} finding(s); {len(rest)} need a person")
            for f in fixed:
                env.error(f"  fixed  ¶{f.paragraph}:{f.column} {f.rule}: {f.fix}")
            for f in rest:
                env.error(f"  left   ¶{f.paragraph}:{f.column} {f.rule}: {f.message}")
    if args.format == "json":
        env.print(json.dumps([{"file": r.file, "language": r.language, "profile": r.profile,
                               "summary": _summary(r), "findings": [f.as_json() for f in r.findings]}
                              for r in reports], ensure_ascii=False, indent=2))
    return status


def _summary(report: Any) -> dict[str, int]:
    return {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "suggestion")}


def _text_report(report: Any, doc: Any, colour: bool) -> str:
    paint = {"error": "\033[31m", "warning": "\033[33m", "suggestion": "\033[36m"}
    reset, dim = ("\033[0m", "\033[2m") if colour else ("", "")
    counts = _summary(report)
    if report.profile == "position-paper":
        return f"{report.file} ({report.language}): a position paper; drafter check checks draft resolutions"
    head = (f"{report.file} ({report.language}, profile {report.profile}): "
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['suggestion']} suggestion(s)")
    lines = [head]
    texts = {p.index: p.text for p in doc.paragraphs}
    current = None
    for f in report.findings:
        if f.paragraph != current:
            current = f.paragraph
            excerpt = texts.get(f.paragraph, "").strip().replace("\n", " ")
            lines.append(f"  {dim}¶{f.paragraph}  {excerpt[:70]}{'…' if len(excerpt) > 70 else ''}{reset}")
        colour_on = paint[f.severity] if colour else ""
        fixable = " [fixable]" if f.fix else ""
        lines.append(f"    {f.paragraph}:{f.column} {colour_on}{f.severity}{reset} {f.rule}: {f.message}{fixable}")
    return "\n".join(lines)


def _register_check(sub: Any) -> None:
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
    _library_option(check)
    check.set_defaults(handler=cmd_check)


# -- new --------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace, env: Environment) -> int:
    from drafter import flow as flow_mod

    stdin_tty = getattr(env.stdin, "isatty", None)
    if not (stdin_tty and stdin_tty()):
        raise DrafterError("drafter new asks questions in a terminal; without one, write an answers file "
                           "and run drafter build (see README)")
    from drafter.questionnaire import TerminalAsker

    lib = _load_library(args, env)
    asker = TerminalAsker(env.stdout)
    if args.amendment:
        from drafter import amendflow

        amendment_flow = amendflow.AmendmentFlow(lib, asker, env.resolve(args.amendment), lang=args.lang or "",
                                                 cwd=env.cwd)
        return amendflow.interview(amendment_flow, env, env.resolve(args.out) if args.out else None, args.force)
    flow = flow_mod.Flow(lib, asker, lang=args.lang or "", cwd=env.cwd, force=args.force,
                         out=env.resolve(args.out) if args.out else None)
    if args.resume:
        resume_path = env.resolve(args.resume)
        flow.answers, flow.answered, flow.lang = flow_mod.load_resume(resume_path, lib)
        flow.answers.source = None
    else:
        if args.answers:
            flow.defaults = flow_mod.load_defaults(env.resolve(args.answers), lib)
        resume_path = _free_path(env.cwd / "drafter-resume.yaml")
    return flow_mod.interview(flow, env, resume_path)


def _free_path(path: Any) -> Any:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _register_new(sub: Any) -> None:
    new = sub.add_parser("new", help="draft a resolution or position paper by answering questions",
                         description="Answer questions in the terminal (English or Chinese) and get a .docx and the "
                                     "answers file that rebuilds it. Ctrl-C saves your answers for --resume.")
    new.add_argument("--lang", choices=["en", "zh"], help="language of the questions and the document")
    new.add_argument("--answers", metavar="FILE", help="start from an earlier answers file (its values become defaults)")
    new.add_argument("--resume", metavar="FILE", help="continue an interrupted questionnaire")
    new.add_argument("--out", metavar="FILE.docx", help="where to write the document (default: asked)")
    new.add_argument("--amendment", metavar="DRAFT", help="write an amendment to DRAFT (an answers file or .docx) "
                                                         "instead of a new draft")
    new.add_argument("--force", action="store_true", help="replace existing files")
    _library_option(new)
    new.set_defaults(handler=cmd_new)


# -- amendments, revisions, merging -----------------------------------------------------


def cmd_amend(args: argparse.Namespace, env: Environment) -> int:
    from drafter import amend, apply

    lib = _load_library(args, env)
    path = env.resolve(args.file)
    if args.sheet:
        from drafter.files import check_writable

        check_writable(env.resolve(args.sheet), args.force)
    amendment = amend.read(path, lib)
    draft, reviser = apply.validate(amendment, lib)
    for _, _, what in reviser.applied:
        env.print(f"  {what}")
    env.error(f"{args.file}: {len(amendment.actions)} action(s) on {amendment.draft}, all valid "
              f"({amendment.kind}, numbering of the {amendment.numbering} text)")
    if args.sheet:
        from drafter import sheet
        from drafter.files import write_atomic

        leads = {i: reviser.replaced_leads.get(id(a), "") for i, a in enumerate(amendment.actions)}
        lang = args.lang or draft.language
        write_atomic(env.resolve(args.sheet), sheet.render(amendment, draft, lib, lang, leads), force=args.force)
        env.error(f"wrote {args.sheet}")
    return ExitStatus.OK


def cmd_apply(args: argparse.Namespace, env: Environment) -> int:
    from drafter import apply

    lib = _load_library(args, env)
    reviser = apply.run(env.resolve(args.draft), [env.resolve(a) for a in args.amendments], lib,
                        env.resolve(args.out), accept=args.accept, force=args.force)
    for index, _, what in reviser.applied:
        env.print(f"{args.amendments[index]}: {what}")
    env.error(f"wrote {args.out}" + (" (changes accepted)" if args.accept else " (changes tracked)"))
    return ExitStatus.OK


def cmd_diff(args: argparse.Namespace, env: Environment) -> int:
    from drafter import diff
    from drafter.files import check_writable, write_atomic

    if args.out:
        check_writable(env.resolve(args.out), args.force)
    lib = _load_library(args, env)
    old, new, changes, pairs, lang = diff.run(env.resolve(args.old), env.resolve(args.new), lib, lang=args.lang,
                                              profile=args.profile)
    if args.format == "json":
        env.print(json.dumps({"old": args.old, "new": args.new, "language": lang,
                              "changes": [c.as_json() for c in changes]}, ensure_ascii=False, indent=2))
    else:
        for change in changes:
            env.print(change.line())
        env.error(f"{args.old} → {args.new}: {len(changes)} change(s)")
    if args.out:
        import io

        from drafter.revisions import timestamp

        diff.tracked(old, new, changes, pairs, lang, args.author, timestamp())
        buffer = io.BytesIO()
        new.docx.save(buffer)
        write_atomic(env.resolve(args.out), buffer.getvalue(), force=args.force)
        env.error(f"wrote {args.out}")
    return ExitStatus.FINDINGS if changes else ExitStatus.OK


def cmd_merge(args: argparse.Namespace, env: Environment) -> int:
    from drafter import merge

    lib = _load_library(args, env)
    _, report = merge.run([env.resolve(p) for p in args.answers], lib, env.resolve(args.out), args.force)
    for text in report.lines(lib):
        env.print(text)
    env.error(f"wrote {args.out}")
    return ExitStatus.FINDINGS if report.contradictions else ExitStatus.OK


def _register_revise(sub: Any) -> None:
    amend = sub.add_parser("amend", help="check an amendment file against its draft; write its sheet",
                           description="Check an amendment (YAML) against the draft it names: every paragraph "
                                       "it addresses must exist and every word it replaces must be there. "
                                       "--sheet writes the amendment sheet the dais collects.")
    amend.add_argument("file", metavar="AMENDMENT.yaml")
    amend.add_argument("--sheet", metavar="OUT.docx", help="write the amendment sheet")
    amend.add_argument("--lang", choices=["en", "zh"], help="language of the sheet (default: the draft's)")
    amend.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    _library_option(amend)
    amend.set_defaults(handler=cmd_amend)

    apply = sub.add_parser("apply", help="apply amendments to a draft as Word tracked changes",
                           description="Apply amendments in order; each change is a Word tracked change by the "
                                       "submitting delegation. Nothing is written if any amendment has a problem.")
    apply.add_argument("draft", metavar="DRAFT", help="the draft: a .docx or an answers file")
    apply.add_argument("amendments", nargs="+", metavar="AMENDMENT.yaml")
    apply.add_argument("--out", metavar="REVISED.docx", required=True)
    apply.add_argument("--accept", action="store_true", help="write the clean text with every change accepted")
    apply.add_argument("--force", action="store_true", help="replace REVISED.docx if it exists")
    _library_option(apply)
    apply.set_defaults(handler=cmd_apply)

    diff = sub.add_parser("diff", help="compare two versions of a draft",
                          description="Compare two versions of a draft paragraph by paragraph and word by word "
                                      "(characters in Chinese). Exit 0 when they are the same, 1 when they differ.")
    diff.add_argument("old", metavar="OLD.docx")
    diff.add_argument("new", metavar="NEW.docx")
    diff.add_argument("--out", metavar="CHANGES.docx", help="write NEW with tracked changes against OLD")
    diff.add_argument("--format", choices=["text", "json"], default="text")
    diff.add_argument("--author", default="drafter", help="author of the tracked changes (default: drafter)")
    diff.add_argument("--lang", choices=["en", "zh"], help="language of the drafts (default: guessed)")
    diff.add_argument("--profile", choices=["un", "una-usa", "thimun", "cn-mun"], help="format profile")
    diff.add_argument("--force", action="store_true", help="replace CHANGES.docx if it exists")
    _library_option(diff)
    diff.set_defaults(handler=cmd_diff)

    merge = sub.add_parser("merge", help="merge several blocs' answers files into one draft",
                           description="Merge draft resolutions given as answers files: sponsors united, clauses "
                                       "without duplicates, a report of what came from where. Exit 1 when "
                                       "clauses contradict each other (the blocs must choose).")
    merge.add_argument("answers", nargs="+", metavar="ANSWERS.yaml")
    merge.add_argument("--out", metavar="MERGED.yaml", required=True)
    merge.add_argument("--force", action="store_true", help="replace MERGED.yaml if it exists")
    _library_option(merge)
    merge.set_defaults(handler=cmd_merge)


# -- parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter",
        description="Draft UN-style resolutions and position papers in Chinese and English, and check drafts.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    lib = sub.add_parser("library", help="work with clause libraries", description="Work with clause libraries.")
    lib_sub = lib.add_subparsers(dest="library_command", metavar="ACTION")
    lint = lib_sub.add_parser("lint", help="validate clause library folders",
                              description="Validate library folders (default: the built-in library plus yours). "
                                          "Exit 0 when clean, 1 when there are findings.")
    lint.add_argument("dirs", nargs="*", metavar="DIR", help="library folders to check")
    lint.add_argument("--json", action="store_true", help="print findings as JSON")
    _library_option(lint)
    lint.set_defaults(handler=cmd_library_lint)
    lib.set_defaults(handler=lambda a, e: _usage(lib))

    clauses = sub.add_parser("clauses", help="list, search and show clauses",
                             description="List clauses matching filters and free text (both languages); "
                                         "'drafter clauses show ID' shows one clause in full.")
    clauses.add_argument("words", nargs="*", metavar="TEXT", help="free text to search, or: show ID")
    clauses.add_argument("--kind", choices=["preambular", "operative"])
    clauses.add_argument("--topic", help="topic id, e.g. capacity-building")
    clauses.add_argument("--bloc", help="only clauses this bloc supports")
    clauses.add_argument("--country", metavar="ISO3", help="only clauses none of this country's blocs opposes")
    clauses.add_argument("--lang", choices=["en", "zh"], help="search and show one language")
    clauses.add_argument("--json", action="store_true", help="print a JSON list")
    _library_option(clauses)
    clauses.set_defaults(handler=cmd_clauses)

    countries = sub.add_parser("countries", help="list member and observer States with their blocs",
                               description="List States with names in English and Chinese, blocs and groups.")
    countries.add_argument("--bloc", help="only countries in this bloc")
    countries.add_argument("--group", help="only countries in this group, e.g. BRICS, EU, G77")
    countries.add_argument("--json", action="store_true", help="print a JSON list")
    _library_option(countries)
    countries.set_defaults(handler=cmd_countries)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return ExitStatus.BAD_INPUT


_EXTRA_COMMANDS: list[Callable[[Any], None]] = [_register_build, _register_check, _register_new, _register_revise]


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run drafter with ``argv``; return the exit status."""
    env = env or Environment()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(env.stderr)
        return ExitStatus.BAD_INPUT
    try:
        return int(handler(args, env))
    except DrafterError as exc:
        env.error(f"drafter: {exc}")
        return int(exc.status)
    except KeyboardInterrupt:
        env.error("drafter: interrupted")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        return ExitStatus.OK
