"""``drafter build``: answers files in, documents out (:mod:`drafter.commands.batch`), or one document on
standard output."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.library import Library

FORMATS = ("docx", "md", "txt", "pdf")

def add_parsers(sub: common.Subparsers) -> None:
    """Add ``build``."""
    build = sub.add_parser("build", help="build documents from answers files",
                           description="Build drafts from answers files (YAML). Every file is checked first; "
                                       "if any has a problem, all problems are listed and nothing is written.")
    build.add_argument("answers", nargs="+", metavar="ANSWERS.yaml")
    build.add_argument("--out", metavar="FILE", help="output file (one answers file only); - for standard output (md, txt)")
    build.add_argument("--out-dir", metavar="DIR", help="write every document into DIR")
    build.add_argument("--format", choices=FORMATS,
                       help="docx (default, or what --out's extension names); md or txt for quick previews; "
                            "pdf through LibreOffice")
    build.add_argument("--template", metavar="REF.docx", help="a reference document with drafter's styles")
    build.add_argument("--force", action="store_true", help="replace existing files")
    build.add_argument("--lang", choices=["en", "zh"], help="language of the messages (default: the document's)")
    common.library_option(build)
    build.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Build the answers files to files (:func:`drafter.commands.batch.run`), or with ``--out -`` to standard
    output."""
    # loaded on use: keeps start-up fast
    from drafter.commands import batch
    from drafter.files import check_name, check_not_inputs

    if args.out is not None:
        check_name(args.out, "--out")
    paths = [env.resolve(p) for p in args.answers]
    if args.out not in (None, "-"):
        check_not_inputs([env.resolve(args.out)], paths)
    args.format = output_format(args.format, args.out)
    lib = common.load_library(args, env)
    if args.out == "-":
        return to_stdout(paths, lib, args, env)
    return batch.run(paths, lib, env, fmt=args.format, out=env.resolve(args.out) if args.out else None,
                     out_dir=env.resolve(args.out_dir) if args.out_dir else None, force=args.force,
                     template=env.resolve(args.template) if args.template else None, lang=args.lang or "")


def output_format(given: str | None, out: str | None) -> str:
    """The format to build: ``--format``, else the one ``--out``'s extension names, else docx; a clear error
    when they disagree (``--format docx --out x.pdf``)."""
    named = Path(out).suffix.lower().lstrip(".") if out and out != "-" else ""
    if named and named not in FORMATS:
        if given is None:
            raise DrafterError(f"--out {out}: drafter writes {', '.join(FORMATS)} files; give --format or a name "
                               f"ending in one of {', '.join('.' + f for f in FORMATS)}",
                               zh=f"--out {out}：drafter 写入 {'、'.join(FORMATS)} 文件；请给出 --format，或以 "
                                  f"{'、'.join('.' + f for f in FORMATS)} 之一结尾的文件名")
        return given
    if given and named and given != named:
        raise DrafterError(f"--out {out} names a {named} file but --format is {given}; make them agree",
                           zh=f"--out {out} 是 {named} 文件，但 --format 是 {given}；请使二者一致")
    return given or named or "docx"


def to_stdout(paths: list[Path], lib: Library, args: argparse.Namespace, env: Environment) -> int:
    """``--out -``: one answers file, rendered as md or txt on standard output."""
    # loaded on use: keeps start-up fast
    from drafter.compose import answers as answers_mod
    from drafter.compose.assemble import assemble
    from drafter.compose.preview import to_text

    if args.format not in ("md", "txt"):
        raise DrafterError(f"--out - writes to standard output, which can take md or txt only; a {args.format} "
                           f"file needs a name: use --out FILE.{args.format}, or add --format md / --format txt",
                           zh=f"--out - 写到标准输出，只能是 md 或 txt；{args.format} 文件需要文件名：请用 "
                              f"--out FILE.{args.format}，或加上 --format md 或 --format txt")
    if len(paths) != 1 or args.out_dir:
        raise DrafterError("--out - writes one document to standard output: give one answers file and no --out-dir",
                           zh="--out - 只把一份文档写到标准输出：请只给一个答案文件，且不用 --out-dir")
    draft = assemble(answers_mod.read(paths[0], lib), lib)
    env.stdout.write(to_text(draft, markdown=args.format == "md").rstrip("\n") + "\n")
    return ExitStatus.OK
