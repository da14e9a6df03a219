"""Build the word-blind drafts: student .docx files numbered by routes the other Word sets never took.

    python bench/students/word-blind/make_drafts.py [--list] [--labels]

Route (a): python-docx documents whose numbering.xml (and, for style-linked lists, styles.xml) is written by hand
with lxml the way Word writes it. Route (b): an .html or .rtf source in ``src/`` converted by LibreOffice
(``soffice --headless --convert-to docx``). Route (c): exports shaped like Google Docs' (every clause its own
``w:num``, every sub-list its own list). ``--labels`` stores LibreOffice's text export of each .docx as
``<name>.labels.txt`` (one line per paragraph, with the list labels LibreOffice shows); ``--list`` prints every
paragraph with the label Word shows, computed here by the OOXML rules (ECMA-376 §17.9), independently of drafter.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docxlists import HERE, lo_labels, word_labels  # noqa: E402
from drafts_en import DRAFTS_EN  # noqa: E402
from drafts_zh import DRAFTS_ZH  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with Word's label")
    parser.add_argument("--labels", action="store_true", help="store LibreOffice's text export as .labels.txt")
    args = parser.parse_args()
    for name, build in {**DRAFTS_EN, **DRAFTS_ZH}.items():
        if not args.list:
            build(name)
        path = HERE / f"{name}.docx"
        if args.labels:
            lines = lo_labels(path)
            (HERE / f"{name}.labels.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.list:
            doc = Document(str(path))
            print(f"== {name}")
            for i, (label, para) in enumerate(zip(word_labels(path), doc.paragraphs, strict=False), 1):
                print(f"{i:3} {label:>7} | {para.text[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
