"""``drafter booklet``: the conference's booklet of adopted resolutions, as .docx or PDF."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``booklet``."""
    booklet = sub.add_parser(
        "booklet", help="the booklet of adopted resolutions (.docx or PDF)",
        description="Put adopted resolutions into one booklet: a cover, the contents with page numbers, each "
                    "resolution from a new page with its number and vote, page numbers at the foot. Drafts are .docx "
                    "files from any author (or answers files). A draft the votes file shows not adopted is left "
                    "out (exit 1); a draft that cannot be read stops the run and nothing is written (exit 2 or 3).")
    booklet.add_argument("drafts", nargs="+", metavar="DRAFT", help="the adopted drafts, in the booklet's order")
    booklet.add_argument("--out", metavar="BOOKLET.docx", required=True, help="the booklet to write")
    booklet.add_argument("--format", choices=["docx", "pdf"],
                         help="docx, or pdf through LibreOffice (default: from the name given to --out)")
    booklet.add_argument("--rules", metavar="CONF.yaml",
                         help="the conference's rules file: its name, committees, majority, booklet: {sponsors: …}")
    booklet.add_argument("--votes", metavar="VOTES.yaml",
                         help="each draft's vote: draft.docx: {for: 20, against: 10, abstain: 5} or an outcome")
    booklet.add_argument("--number", metavar="DRAFT=NUMBER", action="append", default=[],
                         help="a draft's number in the booklet (repeatable; default: the number or symbol its "
                              "heading gives)")
    booklet.add_argument("--title", help="the conference's name on the cover (default: the rules file's)")
    booklet.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the cover (default: today)")
    booklet.add_argument("--lang", choices=["en", "zh"], help="the booklet's language (default: the drafts')")
    booklet.add_argument("--force", action="store_true", help="replace the booklet if it exists")
    common.library_option(booklet)
    booklet.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Write the booklet; exit 1 when a draft was left out because it was not adopted."""
    # loaded on use: keeps start-up fast
    from drafter import conference, files
    from drafter.booklet import Request, assemble, read_drafts, read_votes
    from drafter.compose import bookletword, pdf

    said = common.user_language(args, env)
    fmt = args.format or ("pdf" if args.out.lower().endswith(".pdf") else "docx")
    files.check_output(args.out, "--out", (f".{fmt}",))
    out = env.resolve(args.out)
    files.check_writable(out, args.force)
    if fmt == "pdf":
        _need_soffice(said)
    rules = conference.load(env.resolve(args.rules)) if args.rules else None
    title = args.title or (rules.name if rules is not None else "")
    if not title.strip():
        raise DrafterError(common.said(said, "the cover needs the conference's name: give --title NAME or --rules "
                                             "CONF.yaml", "封面需要会议名称：请给出 --title 名称 或 --rules 规则文件"))
    day = _date(args.date, said)
    lib = common.load_library(args, env)
    paths = [env.resolve(d) for d in args.drafts]
    drafts = read_drafts(paths, lib)
    languages = {d.language for d in drafts}
    if args.lang is None and len(languages) > 1:
        raise DrafterError(common.said(said, "the drafts are in English and Chinese: give --lang en or --lang zh",
                                       "草案有中文也有英文：请给出 --lang zh 或 --lang en"))
    language = args.lang or languages.pop()
    numbers = _numbers(args.number, paths, env, language)
    try:
        votes = read_votes(env.resolve(args.votes), paths, lib.state_names) if args.votes else {}
    except DrafterError as exc:  # said in the drafts' language unless --lang says otherwise
        exc.language = exc.language or language
        raise
    made = assemble(Request(paths, language, title.strip(), day, rules, numbers, votes), drafts)
    for message in made.left_out:
        env.error(message)
    if not made.booklet.resolutions:
        raise DrafterError(common.said(language, "no adopted resolution to print: nothing was written",
                                       "没有可收入的已通过决议：未写入任何文件"), ExitStatus.FINDINGS)
    data = bookletword.to_docx(made.booklet)
    if fmt == "pdf":
        pdf.to_pdf(data, out, args.force)
    else:
        files.write_atomic(out, data, force=args.force)
    count = len(made.booklet.resolutions)
    env.error(common.said(language, f"wrote {out} ({count} resolution{'s' if count != 1 else ''})",
                          f"已写入 {out}（{count}项决议）"))
    return ExitStatus.FINDINGS if made.left_out else ExitStatus.OK


def _need_soffice(lang: str) -> None:
    import shutil

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        raise DrafterError(common.said(
            lang, "--format pdf needs LibreOffice (soffice), which is not installed: install it (apt-get install "
                  "libreoffice-writer-nogui) or write --format docx and export it from Word",
            "--format pdf 需要 LibreOffice（soffice），但本机未安装：请安装（apt-get install libreoffice-writer-nogui），"
            "或改用 --format docx 后在 Word 中导出"))


def _date(written: str | None, lang: str) -> dt.date:
    if not written:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(written)
    except ValueError:
        raise DrafterError(common.said(lang, f"--date {written!r}: write the date as YYYY-MM-DD",
                                       f"--date “{written}”：日期请写作 YYYY-MM-DD")) from None


def _numbers(given: list[str], paths: list[Path], env: Environment, lang: str) -> dict[Path, str]:
    """``--number DRAFT=NUMBER``: the draft named (as on the command line, or by its file name) and its number."""
    numbers: dict[Path, str] = {}
    for item in given:
        name, equals, number = item.rpartition("=")
        target = env.resolve(name).resolve() if name else None
        found = [p for p in paths if target is not None and p.resolve() == target] or \
            [p for p in paths if name and p.name == Path(name).name]
        if not equals or not number.strip() or len(found) != 1:
            raise DrafterError(common.said(
                lang, f"--number {item!r}: write DRAFT=NUMBER with DRAFT one of the drafts given (brazil.docx=GA1/1)",
                f"--number “{item}”：请写作 草案=编号，草案须为命令行中给出的草案之一（brazil.docx=1.1）"))
        numbers[found[0]] = number.strip()
    return numbers
