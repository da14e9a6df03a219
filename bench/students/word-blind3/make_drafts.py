"""Build the word-blind3 drafts: Word files shaped by routes the earlier Word sets never took.

    python bench/students/word-blind3/make_drafts.py [--list] [--render DIR]

drafts_en.py and drafts_zh.py describe each draft with the helpers of wordxml.py (raw WordprocessingML written with
plain strings and zipfile, independently of drafter); zh-e10 is a flat ODF text converted by LibreOffice
(``soffice --convert-to odt``, then ``--convert-to docx``). The faults a chair marks are written next to each
paragraph and stored as ``annotations.yaml`` with the body paragraph index (every w:p of the body, table-cell and
content-control paragraphs included, in order; a text box's lines belong to the paragraph that anchors it).
``--list`` prints every body paragraph with the text the page shows (tracked changes accepted, hidden text and
field codes left out, ⏎ = manual line break); ``--render DIR`` writes PDF and PNG pages through LibreOffice.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from drafts_en import DRAFTS_EN  # noqa: E402
from drafts_zh import DRAFTS_ZH, ODT_ZH, fodt  # noqa: E402
from wordxml import body_paragraphs, visible_text, write  # noqa: E402

ODT_NAME = "zh-e10-odt-bullet-sub-labels-and-new-list"
HEAD = """\
# Annotations of true format faults in the word-blind3 drafts of this folder (built by make_drafts.py), written
# before drafter's checker ran on any of them. Same shape and kinds as ../word-blind2/annotations.yaml.
# paragraph = 1-based index of the body paragraph as Word holds them: every w:p of the body, empty ones, the
# paragraphs of table cells and of content controls included, in order (a text box's lines belong to the paragraph
# that anchors it). Judged on the page as Word shows it with every tracked change ACCEPTED ("No Markup"), hidden
# text not shown and fields showing their results. "..." quotes the draft; «...» is the form FORMAT.md expects.
"""


def _soffice(args: list[str]) -> None:
    subprocess.run(["soffice", "--headless", *args], check=True, capture_output=True, timeout=180)


def build_odt() -> list[tuple[int, str, str]]:
    """Convert zh-e10's flat ODF text and find its faults' paragraphs by their text."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{ODT_NAME}.fodt"
        src.write_text(fodt(ODT_ZH), encoding="utf-8")
        (HERE / "src").mkdir(exist_ok=True)
        (HERE / "src" / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        _soffice(["--convert-to", "odt", "--outdir", tmp, str(src)])
        _soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(HERE), str(Path(tmp) / f"{ODT_NAME}.odt")])
    texts = [visible_text(p) for p in _paragraphs(HERE / f"{ODT_NAME}.docx")]
    out = []
    for _kind, markup, faults in ODT_ZH:
        plain = markup.replace("<b>", "").replace("</b>", "").replace("<u>", "").replace("</u>", "")
        index = next(i for i, t in enumerate(texts, 1) if t.strip() == plain)
        out += [(index, kind, note) for kind, note in faults]
    return out


def _paragraphs(path: Path) -> list[etree._Element]:
    return body_paragraphs(etree.fromstring(zipfile.ZipFile(path).read("word/document.xml")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each body paragraph as the page shows it")
    parser.add_argument("--render", type=Path, help="write PDF and PNG pages of every draft here")
    args = parser.parse_args()
    results: dict[str, list[tuple[int, str, str]]] = {}
    for name, make in {**DRAFTS_EN, **DRAFTS_ZH}.items():
        results[name] = write(make(), HERE / f"{name}.docx")
    results[ODT_NAME] = build_odt()
    lines = [HEAD]
    for name in sorted(results):
        lines.append(f"{name}.docx:")
        if not results[name]:
            lines.append("  faults: []")
            continue
        lines.append("  faults:")
        for index, kind, note in results[name]:
            lines.append(f"    - {{paragraph: {index}, kind: {kind}, note: '{note.replace(chr(39), chr(39) * 2)}'}}")
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.list:
        for path in sorted(HERE.glob("*.docx")):
            print(f"== {path.name}")
            for i, p in enumerate(_paragraphs(path), 1):
                boxed = any(True for _ in p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                                                 "txbxContent"))
                print(f"{i:3} {'[text box] ' if boxed else ''}{visible_text(p)[:120]}")
    if args.render:
        args.render.mkdir(parents=True, exist_ok=True)
        for path in sorted(HERE.glob("*.docx")):
            _soffice(["--convert-to", "pdf", "--outdir", str(args.render), str(path)])
            pdf = args.render / f"{path.stem}.pdf"
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(args.render / path.stem)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
