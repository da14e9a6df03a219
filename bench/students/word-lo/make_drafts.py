"""Student drafts numbered by LibreOffice itself, for measuring drafter's Word-numbering reader and checker blind.

    python bench/students/word-lo/make_drafts.py [--list]

Each draft is a Flat ODT typed by hand in ``src/`` (text:list, text:list-style, start values, continued lists,
nested lists, outline numbering; clause text from the built-in library, clauses/cybercrime). LibreOffice
converts it to .docx ("MS Word 2007 XML"), so the numbering.xml is LibreOffice's, not drafter's or python-docx's.
LibreOffice's text export of that .docx is kept as ``<name>.labels.txt``: the labels LibreOffice shows, the
truth the reader is tested against. ``--list`` prints every paragraph with the label drafter's reader computes
(the index is the paragraph number ``annotations.yaml`` uses). Needs ``soffice`` on the PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from drafter.word import reader  # noqa: E402 - the repository root is put on the path first


def convert(sources: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """Run LibreOffice headless over ``sources`` (its own profile, so a running office is not disturbed)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("make_drafts.py: LibreOffice (soffice) is not installed")
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), *map(str, sources)], check=True, capture_output=True, timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with the label the reader computes")
    args = parser.parse_args()
    sources = sorted((HERE / "src").glob("*.fodt"))
    with tempfile.TemporaryDirectory() as tmp:
        convert(sources, 'docx:MS Word 2007 XML', HERE, Path(tmp) / "profile")
        drafts = [HERE / f"{source.stem}.docx" for source in sources]
        convert(drafts, "txt:Text (encoded):UTF8", Path(tmp), Path(tmp) / "profile")
        for draft in drafts:
            text = (Path(tmp) / f"{draft.stem}.txt").read_text(encoding="utf-8-sig")
            (HERE / f"{draft.stem}.labels.txt").write_text(text, encoding="utf-8")
    if args.list:
        for draft in drafts:
            print(f"== {draft.name}")
            for para in reader.read(draft).paragraphs:
                print(f"{para.index:3} {para.label or '-':>7}  {para.text[:70]}")
    print(f"{len(drafts)} drafts written to {HERE}")


if __name__ == "__main__":
    main()
