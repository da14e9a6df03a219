"""Build the word-blind2 drafts: student .docx files shaped the way real Word files are, beyond numbering.

    python bench/students/word-blind2/make_drafts.py [--list]

Each draft is written with python-docx and raw WordprocessingML (wordshapes.py): heading blocks in tables and text
boxes, a logo in the page header, tracked changes, comments, manual line breaks, section breaks and two columns,
character-style emphasis, soft hyphens, non-breaking spaces, a DATE field, WPS-style East Asian fonts. The faults
a chair marks are written next to the paragraphs (``F(kind, note)``) and stored as ``annotations.yaml`` with the
body paragraph index (every w:p of the body, table-cell paragraphs included, in order). ``--list`` prints every
body paragraph's index and text as the page shows it once tracked changes are accepted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from drafts_en import DRAFTS_EN  # noqa: E402
from drafts_zh import DRAFTS_ZH  # noqa: E402
from wordshapes import HERE, build  # noqa: E402

HEAD = """\
# Annotations of true format faults in the word-blind2 drafts of this folder (built by make_drafts.py), written
# before drafter's checker ran on any of them. Same shape and kinds as ../word-blind/annotations.yaml.
# paragraph = 1-based index of the body paragraph as Word holds them: every w:p of the body, empty ones and the
# paragraphs of table cells included, in order (a text box's lines belong to the paragraph that anchors it; a
# header's lines are no body paragraph). Judged on the text as it reads with every tracked change ACCEPTED (what
# the page shows in Word's "No Markup" view); comments are no part of the text. "..." quotes the draft; «...» is
# the form FORMAT.md expects.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each body paragraph (tracked changes accepted)")
    args = parser.parse_args()
    lines = [HEAD]
    for name, (blocks, options) in {**DRAFTS_EN, **DRAFTS_ZH}.items():
        faults = build(name, blocks, **options)
        lines.append(f"{name}.docx:")
        if not faults:
            lines.append("  faults: []")
            continue
        lines.append("  faults:")
        for index, kind, note in faults:
            quoted = note.replace("'", "''")
            lines.append(f"    - {{paragraph: {index}, kind: {kind}, note: '{quoted}'}}")
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.list:
        _list()
    return 0


def _list() -> None:
    """Each body paragraph's index and accepted text, read with lxml here (not with drafter)."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for path in sorted(HERE.glob("*.docx")):
        root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        print(f"== {path.name}")
        body = root.find(f"{w}body")
        paragraphs = []
        for child in body:
            if child.tag == f"{w}p":
                paragraphs.append(child)
            elif child.tag == f"{w}tbl":
                paragraphs += list(child.iter(f"{w}p"))
        for i, p in enumerate(paragraphs, 1):
            text = "".join(t.text or "" for t in p.iter(f"{w}t") if t.getparent().getparent().tag != f"{w}del")
            boxed = any(True for _ in p.iter(f"{w}txbxContent"))
            print(f"{i:3} {'[box] ' if boxed else ''}{text[:110]}")


if __name__ == "__main__":
    sys.exit(main())
