"""The command line: parses arguments and hands each command to its module.

Heavy modules (python-docx, questionary, jinja2) are imported inside the commands that
need them, so ``drafter --help`` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

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


class _LibraryLoading:
    """The library, loaded in a thread while the first questions (language, kind) wait for the delegate;
    the first use of an attribute waits for it, and a library error is raised there."""

    def __init__(self, args: argparse.Namespace, env: Environment) -> None:
        import threading

        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(args, env), daemon=True)
        self._thread.start()

    def _load(self, args: argparse.Namespace, env: Environment) -> None:
        try:
            self._result = _load_library(args, env)
        except BaseException as exc:  # handed to the main thread on first use
            self._error = exc

    def get(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


# -- library lint -----------------------------------------------------------------------


def cmd_library_lint(args: argparse.Namespace, env: Environment) -> int:
    from drafter import library

    if args.dirs:  # a user folder is linted with the built-in library it extends, unless --alone
        extra = [env.resolve(d) for d in args.library + args.dirs]
        dirs = library.library_dirs(extra, {k: v for k, v in env.variables.items() if k != "DRAFTER_LIBRARY"},
                                    include_builtin=not args.alone)
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
                   f"{len(lib.topics)} topics, {len(lib.contested)} contested questions in {len(lib.folders)} folder(s)")
        review = sum(1 for p in lib.phrases.values() if p.review)
        if review:
            summary += f"; {review} phrase(s) marked review: true (added by drafter library import; check them)"
        env.error(f"{len(problems)} problem(s); {summary}" if problems else f"clean: {summary}")
    return ExitStatus.FINDINGS if problems else ExitStatus.OK


def cmd_library_import(args: argparse.Namespace, env: Environment) -> int:
    from drafter import importer, library

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
    for line in report.documents:
        env.error(f"read {line}")
    for line in report.pairs:
        env.error(f"paired {line}")
    for line in report.mismatches:
        env.error(f"NOT PAIRED {line}")
    if report.left_out:
        env.error(f"left out ({len(report.left_out)}):")
        for line in report.left_out:
            env.error(f"  {line}")
    env.error(f"wrote {len(report.written)} file(s) to {args.out}: {report.clauses} clauses "
              f"({report.merged} repeated paragraph(s) merged into them), {report.new_phrases} new phrase(s) "
              f"marked for review" + (f"; agenda {report.agenda!r}" if report.agenda else ""))
    if report.others:
        env.error(f"also in {args.out}, not written by this import (they are loaded with it; delete any that an "
                  f"earlier import left): {', '.join(str(p.relative_to(out)) for p in report.others)}")
    env.error(f"next: drafter library lint {args.out}; drafter clauses --library {args.out}")
    return ExitStatus.OK


# -- clauses, countries, blocs, topics, groups ------------------------------------------


def _columns(env: Environment) -> int:
    """The terminal's width: $COLUMNS, else the terminal's own, else 80."""
    value = env.variables.get("COLUMNS", "")
    if value.isdigit() and int(value) >= 40:
        return int(value)
    if env.is_terminal:
        import os

        try:
            return max(40, os.get_terminal_size(env.stdout.fileno()).columns)
        except (OSError, AttributeError, ValueError):
            pass
    return 80


def _print_json(env: Environment, data: Any) -> int:
    env.print(json.dumps(data, ensure_ascii=False, indent=2))
    return ExitStatus.OK


def cmd_clauses(args: argparse.Namespace, env: Environment) -> int:
    from drafter.commands import browse
    from drafter.library import search

    lib = _load_library(args, env)
    words = list(args.words)
    if words and words[0] == "show":
        if len(words) != 2:
            raise DrafterError("usage: drafter clauses show ID")
        clause = lib.clause(words[1])
        if args.json:
            return _print_json(env, browse.clause_json(lib, clause))
        env.print(browse.clause_text(lib, clause, browse.languages(args.lang), _columns(env)))
        return ExitStatus.OK
    topic = lib.topic_id(args.topic) if args.topic else None
    bloc = lib.bloc_id(args.bloc) if args.bloc else None
    country = lib.country(args.country) if args.country else None
    pool = lib.select(kind=args.kind, topic=topic, bloc=bloc, country=country)
    hits = search.search(lib, words, lang=args.lang, clauses=pool)
    if args.json:
        return _print_json(env, [browse.clause_json(lib, h.clause, h) for h in hits])
    if hits:
        env.print(browse.clauses_table(lib, hits, browse.languages(args.lang), _columns(env), bool(words)))
    env.error(f"{len(hits)} clause(s)" + (f" that fit {country.name.en} ({', '.join(country.blocs)})" if country else "")
              + ("; best matches first" if words and hits else ""))
    return ExitStatus.OK


def cmd_countries(args: argparse.Namespace, env: Environment) -> int:
    from drafter.commands import browse

    lib = _load_library(args, env)
    if args.words:
        name = args.words[1:] if args.words[0] == "show" else args.words  # `countries DEU` works too
        if not name:
            raise DrafterError("usage: drafter countries show ISO3|NAME (a name may have spaces)")
        country = lib.country(" ".join(name))
        if args.json:
            return _print_json(env, browse.country_detail_json(lib, country))
        env.print(browse.country_text(lib, country, _columns(env)))
        return ExitStatus.OK
    bloc = lib.bloc_id(args.bloc) if args.bloc else None
    group = lib.group_name(args.group) if args.group else None
    found = [c for c in lib.countries.values() if (not bloc or bloc in c.blocs) and (not group or group in c.groups)]
    if args.json:
        return _print_json(env, [browse.country_json(c) for c in found])
    if found:
        env.print(browse.countries_table(found, _columns(env)))
    if bloc:
        described = lib.blocs[bloc]
        env.error(f"{described.name.en} / {described.name.zh}: {described.description.en}")
        if described.takes:
            env.error("takes: " + ", ".join(f"{q}: {side}" for q, side in described.takes.items()))
    env.error(f"{len(found)} countr{'y' if len(found) == 1 else 'ies'}")
    return ExitStatus.OK


def _listing(what: str, args: argparse.Namespace, env: Environment) -> int:
    """``drafter blocs`` / ``topics`` / ``groups``: a table for people, --json for tools, a hint on stderr."""
    from drafter.commands import browse

    lib = _load_library(args, env)
    if args.json:
        return _print_json(env, getattr(browse, f"{what}_json")(lib))
    env.print(getattr(browse, f"{what}_table")(lib, args.lang or "en", _columns(env)))
    count = len(lib.groups()) if what == "groups" else len(getattr(lib, what))
    hints = {"blocs": "bloc(s); members: drafter countries --bloc ID; why: drafter countries show ISO3",
             "topics": "topic(s); clauses of one: drafter clauses --topic ID",
             "groups": "group(s); members: drafter countries --group NAME"}
    env.error(f"{count} {hints[what]}")
    return ExitStatus.OK


def cmd_blocs(args: argparse.Namespace, env: Environment) -> int:
    return _listing("blocs", args, env)


def cmd_topics(args: argparse.Namespace, env: Environment) -> int:
    return _listing("topics", args, env)


def cmd_groups(args: argparse.Namespace, env: Environment) -> int:
    return _listing("groups", args, env)


def _register_browse(sub: Any) -> None:
    clauses = sub.add_parser("clauses", help="search, list and show clauses",
                             description="Search clauses: every word must match, in any order, with or without "
                                         "hyphens, in English or Chinese; best matches first (id, then lead phrase, "
                                         "text, topic, source). 'drafter clauses show ID' shows one clause in full.")
    clauses.add_argument("words", nargs="*", metavar="WORD", help="words to search for, or: show ID")
    clauses.add_argument("--kind", choices=["preambular", "operative"])
    clauses.add_argument("--topic", help="topic id or name, any case (drafter topics lists them)")
    clauses.add_argument("--bloc", help="only clauses this bloc supports: id or name, any case (drafter blocs)")
    clauses.add_argument("--country", metavar="ISO3|NAME", help="only clauses none of this country's blocs opposes")
    clauses.add_argument("--lang", choices=["en", "zh"], help="search and show one language")
    clauses.add_argument("--json", action="store_true", help="print a JSON list (shape: README.md)")
    _library_option(clauses)
    clauses.set_defaults(handler=cmd_clauses)

    countries = sub.add_parser("countries", help="list States, or show one with its blocs and why",
                               description="List States with names in English and Chinese, blocs and groups; "
                                           "'drafter countries show ISO3|NAME' shows one State in full.")
    countries.add_argument("words", nargs="*", metavar="show ISO3|NAME", help="show one State (code or name, en or zh)")
    countries.add_argument("--bloc", help="only countries in this bloc: id or name, any case")
    countries.add_argument("--group", help="only countries in this group, any case, e.g. BRICS, EU, G77")
    countries.add_argument("--json", action="store_true", help="print JSON (shape: README.md)")
    _library_option(countries)
    countries.set_defaults(handler=cmd_countries)

    for name, handler, what in (("blocs", cmd_blocs, "blocs of the debate with their member and clause counts"),
                                ("topics", cmd_topics, "topics with their clause counts"),
                                ("groups", cmd_groups, "groups of States (BRICS, EU, G77, …) with their members")):
        command = sub.add_parser(name, help=f"list the {what}", description=f"List the {what}.")
        command.add_argument("--lang", choices=["en", "zh"], help="language of the names (default en)")
        command.add_argument("--json", action="store_true", help="print a JSON list (shape: README.md)")
        _library_option(command)
        command.set_defaults(handler=handler)


# -- build ------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace, env: Environment) -> int:
    from drafter.commands import build
    from drafter.files import check_name

    if args.out is not None:
        check_name(args.out, "--out")
    lib = _load_library(args, env)
    paths = [env.resolve(p) for p in args.answers]
    if args.out == "-":
        return _build_to_stdout(paths, lib, args, env)
    return build.run(paths, lib, env, fmt=args.format, out=env.resolve(args.out) if args.out else None,
                     out_dir=env.resolve(args.out_dir) if args.out_dir else None, force=args.force,
                     template=env.resolve(args.template) if args.template else None)


def _build_to_stdout(paths: list[Any], lib: Any, args: argparse.Namespace, env: Environment) -> int:
    """``--out -``: one answers file, rendered as md or txt on standard output."""
    from drafter.compose import answers as answers_mod
    from drafter.compose.assemble import assemble
    from drafter.compose.render import to_text

    if args.format not in ("md", "txt"):
        raise DrafterError(f"--out - writes to standard output, which can take md or txt only; a {args.format} "
                           f"file needs a name: use --out FILE.{args.format}, or add --format md / --format txt")
    if len(paths) != 1 or args.out_dir:
        raise DrafterError("--out - writes one document to standard output: give one answers file and no --out-dir")
    draft = assemble(answers_mod.read(paths[0], lib), lib)
    env.stdout.write(to_text(draft, markdown=args.format == "md").rstrip("\n") + "\n")
    return ExitStatus.OK


def _register_build(sub: Any) -> None:
    build = sub.add_parser("build", help="build documents from answers files",
                           description="Build drafts from answers files (YAML). Every file is checked first; "
                                       "if any has a problem, all problems are listed and nothing is written.")
    build.add_argument("answers", nargs="+", metavar="ANSWERS.yaml")
    build.add_argument("--out", metavar="FILE", help="output file (one answers file only); - for standard output (md, txt)")
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
    from drafter.check.rules import RULES

    unknown = [r for r in args.disable if r not in RULES]
    if unknown:
        raise DrafterError(f"unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
    if args.fix and len(args.files) > 1:
        raise DrafterError("--fix writes one corrected copy; check one file at a time with --fix")
    if args.fix:
        from drafter.files import check_name, check_not_inputs, check_writable

        check_name(args.fix, "--fix")
        check_not_inputs([env.resolve(args.fix)], [env.resolve(f) for f in args.files])
        check_writable(env.resolve(args.fix), args.force)  # refuse before the report, not after it
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
            from drafter.check import fix

            fixed, rest = fix.fix(report, doc, env.resolve(args.fix), args.force)
            env.error(f"wrote {args.fix}: fixed {len(fixed)} finding(s); {len(rest)} need a person")
            for f in fixed:
                env.error(f"  fixed  ¶{f.paragraph}:{f.column} {f.rule}: {f.fix}")
            for f in rest:
                env.error(f"  left   ¶{f.paragraph}:{f.column} {f.rule}: {f.message}")
    if args.format == "json":
        env.print(json.dumps([{"file": r.file, "language": r.language, "profile": r.profile,
                               "summary": _summary(r), "notes": r.notes,
                               "findings": [f.as_json() for f in r.findings]}
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
    lines = [head] + [f"  {dim}note: {note}{reset}" for note in report.notes]
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
    from drafter.interview import flow as flow_mod
    from drafter.interview import session

    stdin_tty = getattr(env.stdin, "isatty", None)
    if not (stdin_tty and stdin_tty()):
        raise DrafterError("drafter new asks questions in a terminal; without one, write an answers file "
                           "and run drafter build (see README)")
    for option, value in (("--resume", args.resume), ("--answers", args.answers)):
        if value and env.resolve(value).is_dir():
            raise DrafterError(f"{option} {value}: is a folder, not an answers file")
    if args.out:
        from drafter.files import check_name

        check_name(args.out, "--out")
    from drafter.interview.questionnaire import TerminalAsker  # the widgets first: the library loads while they wait

    loading = _LibraryLoading(args, env)
    # a library of the user's own may well hold mistakes: those are reported before the first question
    own = bool(args.library or env.variables.get("DRAFTER_LIBRARY"))
    lib: Any = loading.get() if (own or args.amendment or args.resume or args.answers) else loading
    with _terminal(env) as (screen, app):
        asker = TerminalAsker(screen, args.lang or "", **app)
        if args.amendment:
            from drafter.interview import amendflow

            amendment_flow = amendflow.AmendmentFlow(lib, asker, env.resolve(args.amendment), lang=args.lang or "",
                                                     cwd=env.cwd)
            return amendflow.interview(amendment_flow, env, env.resolve(args.out) if args.out else None, args.force)
        flow = flow_mod.Flow(lib, asker, lang=args.lang or "", cwd=env.cwd, force=args.force,
                             out=env.resolve(args.out) if args.out else None)
        if args.resume:
            resume_path = env.resolve(args.resume)
            flow.answers, flow.answered, flow.lang = flow_mod.load_resume(resume_path, lib)
            flow.asker.language = flow.lang
            done = len(flow.answered)
            steps = ", ".join(flow.answered) or "none"
            env.error(f"继续 {args.resume}：已回答 {done} 个问题（{steps}）" if flow.lang == "zh" else
                      f"Resuming {args.resume}: {done} question(s) already answered ({steps})")
            flow.answers.source = None
        else:
            if args.answers:
                flow.defaults = flow_mod.load_defaults(env.resolve(args.answers), lib)
            resume_path = _free_path(env.cwd / "drafter-resume.yaml")
        return session.interview(flow, env, resume_path)


@contextlib.contextmanager
def _terminal(env: Environment) -> Any:
    """Where the questions go: stdout when it is the terminal, else the terminal itself (/dev/tty),
    so that ``drafter new > log`` still shows its prompts; only the final paths go to stdout."""
    if env.is_terminal:
        yield env.stdout, {}
        return
    try:
        tty_in = open("/dev/tty", encoding="utf-8")  # noqa: SIM115 - closed below
        tty_out = open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115
    except OSError:
        raise DrafterError("drafter new needs a terminal for its questions; stdout is redirected and there is "
                           "no /dev/tty. Run it in a terminal, or write an answers file and run drafter build") from None
    from drafter.interview.questionnaire import on_terminal

    with tty_in, tty_out:
        yield tty_out, on_terminal(tty_in, tty_out)


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
    from drafter.revise import amend, apply

    lib = _load_library(args, env)
    path = env.resolve(args.file)
    if args.sheet:
        from drafter.files import check_not_inputs, check_writable

        check_not_inputs([env.resolve(args.sheet)], [path])
        check_writable(env.resolve(args.sheet), args.force)
    amendment = amend.read(path, lib)
    draft, reviser = apply.validate(amendment, lib)
    for _, _, what in reviser.applied:
        env.print(f"  {what}")
    env.error(f"{args.file}: {len(amendment.actions)} action(s) on {amendment.draft}, all valid "
              f"({amendment.kind}, numbering of the {amendment.numbering} text)")
    if args.sheet:
        from drafter.files import write_atomic
        from drafter.revise import sheet

        leads = {i: reviser.replaced_leads.get(id(a), "") for i, a in enumerate(amendment.actions)}
        lang = args.lang or draft.language
        write_atomic(env.resolve(args.sheet), sheet.render(amendment, draft, lib, lang, leads), force=args.force)
        env.error(f"wrote {args.sheet}")
    return ExitStatus.OK


def cmd_apply(args: argparse.Namespace, env: Environment) -> int:
    from drafter.files import check_not_inputs
    from drafter.revise import apply

    check_not_inputs([env.resolve(args.out)], [env.resolve(p) for p in (args.draft, *args.amendments)])
    lib = _load_library(args, env)
    reviser = apply.run(env.resolve(args.draft), [env.resolve(a) for a in args.amendments], lib,
                        env.resolve(args.out), accept=args.accept, force=args.force)
    for index, _, what in reviser.applied:
        env.print(f"{args.amendments[index]}: {what}")
    for note in reviser.notes:
        env.error(f"note: {note}")
    env.error(f"wrote {args.out}" + (" (changes accepted)" if args.accept else " (changes tracked)"))
    return ExitStatus.OK


def cmd_diff(args: argparse.Namespace, env: Environment) -> int:
    from drafter.files import check_writable, write_atomic
    from drafter.revise import diff

    if args.out:
        from drafter.files import check_not_inputs

        check_not_inputs([env.resolve(args.out)], [env.resolve(args.old), env.resolve(args.new)])
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

        from drafter.word import ooxml
        from drafter.word.revisions import timestamp

        diff.tracked(old, new, changes, pairs, lang, args.author, timestamp())
        ooxml.track_revisions(new.docx)
        buffer = io.BytesIO()
        new.docx.save(buffer)
        write_atomic(env.resolve(args.out), buffer.getvalue(), force=args.force)
        env.error(f"wrote {args.out}")
    return ExitStatus.FINDINGS if changes else ExitStatus.OK


def cmd_merge(args: argparse.Namespace, env: Environment) -> int:
    from drafter.files import check_not_inputs
    from drafter.revise import merge

    check_not_inputs([env.resolve(args.out)], [env.resolve(p) for p in args.answers])
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
    diff.add_argument("old", metavar="OLD.docx", help="the earlier version (a .docx, or an answers file)")
    diff.add_argument("new", metavar="NEW.docx", help="the later version (a .docx, or an answers file)")
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
                              description="Validate library folders (default: the built-in library plus yours; folders given "
                                          "are linted together with the built-in library unless --alone). "
                                          "Exit 0 when clean, 1 when there are findings.")
    lint.add_argument("dirs", nargs="*", metavar="DIR", help="library folders to check")
    lint.add_argument("--json", action="store_true", help="print findings as JSON")
    lint.add_argument("--alone", action="store_true",
                      help="lint only the folders given, without the built-in library they extend")
    _library_option(lint)
    lint.set_defaults(handler=cmd_library_lint)
    imp = lib_sub.add_parser("import", help="build a clause library from adopted resolutions (.docx)",
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
    _library_option(imp)
    imp.set_defaults(handler=cmd_library_import)
    lib.set_defaults(handler=lambda a, e: _usage(lib))

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return ExitStatus.BAD_INPUT


_EXTRA_COMMANDS: list[Callable[[Any], None]] = [_register_browse, _register_build, _register_check, _register_new,
                                               _register_revise]


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
    except UnicodeEncodeError as exc:  # a console whose encoding has no Chinese characters
        encoding = getattr(env.stdout, "encoding", None) or exc.encoding
        env.error(f"drafter: this console's encoding ({encoding}) cannot show the text; "
                  "use a UTF-8 locale or set PYTHONIOENCODING=utf-8")
        return ExitStatus.BAD_INPUT
    except OSError as exc:  # a file the command needed could not be read or written
        where = f"{exc.filename}: " if exc.filename else ""
        env.error(f"drafter: {where}{exc.strerror or exc}")
        return ExitStatus.UNREADABLE
