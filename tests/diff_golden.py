"""Golden files of ``drafter diff`` (like black's golden tests): an input pair → the expected changes (JSON), report
lines (English and Chinese), tracked changes, and the texts that accept-all and reject-all give.

Each case is ``tests/revise/golden/diff/NAME.yaml``: ``old:`` and ``new:`` lists of paragraphs, ``*words*`` in italic and
``**words**`` in bold, a tab written as ``\\t``; ``tracked: true`` makes the new version a document that already
holds tracked changes (its ``new`` paragraphs written as insertions over ``old``; diff must read it as accepted).
The expected result is ``tests/revise/golden/diff/NAME.json``. The test never writes it: after a deliberate change of diff,
regenerate them on purpose and read the git diff of the .json files before committing:

    python tests/diff_golden.py --write        # rewrite every expected file
    python tests/diff_golden.py                # only list the cases whose result differs
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

GOLDEN = HERE / "revise" / "golden" / "diff"
DATE = "2027-05-21T10:00:00Z"
_MARKUP = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")


def cases() -> list[Path]:
    return sorted(GOLDEN.glob("*.yaml"))


def _runs(text: str) -> list[tuple[str, bool, bool]]:
    """(text, italic, bold) pieces of a paragraph written with ``*italic*`` and ``**bold**``."""
    out = []
    for piece in _MARKUP.split(text.replace("\\t", "\t")):
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            out.append((piece[2:-2], False, True))
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            out.append((piece[1:-1], True, False))
        elif piece:
            out.append((piece, False, False))
    return out


def document(paragraphs: list[str]) -> bytes:
    """A .docx of the paragraphs, emphasis as marked."""
    from docx import Document

    doc = Document()
    for text in paragraphs:
        p = doc.add_paragraph()
        for piece, italic, bold in _runs(text):
            run = p.add_run(piece)
            run.italic = italic or None
            run.bold = bold or None
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def tracked_document(old: list[str], new: list[str], lib: Any, folder: Path) -> bytes:
    """The new paragraphs as a document that holds them as tracked changes over the old ones (written by drafter
    diff itself, by another author): a version handed back with its changes still tracked."""
    from drafter.revise import diff
    from drafter.word.accept import revised_bytes

    (folder / "first.docx").write_bytes(document(old))
    (folder / "second.docx").write_bytes(document(new))
    o, n, changes, pairs, lang = diff.run(folder / "first.docx", folder / "second.docx", lib)
    diff.tracked(o, n, changes, pairs, lang, "Delegate", DATE)
    return revised_bytes(n.docx)


def marked(body: Any) -> list[str]:
    """Each paragraph as a line: ``{+inserted+}``, ``[-struck-]``, ``{>moved here>}``, ``[<moved away<]``,
    ``<~restyled (was plain)~>``, ``_italic_``, ``__bold__``; `` ¶+`` / `` ¶-`` for an inserted / struck mark."""
    from drafter.word.runtext import w

    def run_text(run: Any) -> str:
        pieces = {w("t"): None, w("delText"): None, w("tab"): "\t", w("br"): "\n"}
        return "".join((child.text or "") if pieces[child.tag] is None else pieces[child.tag]
                       for child in run if child.tag in pieces)

    lines = []
    for p in body.iter(w("p")):
        parts = []
        for run in p.iter(w("r")):
            text = run_text(run)
            if not text:
                continue
            rpr = run.find(w("rPr"))
            if rpr is not None and rpr.find(w("i")) is not None:
                text = f"_{text}_"
            if rpr is not None and rpr.find(w("b")) is not None:
                text = f"__{text}__"
            change = rpr.find(w("rPrChange")) if rpr is not None else None
            if change is not None:
                before = change.find(w("rPr"))
                was = [n for n, tag in (("italic", "i"), ("bold", "b"))
                       if before is not None and before.find(w(tag)) is not None]
                text = f"<~{text} (was {'+'.join(was) or 'plain'})~>"
            wrapper = run.getparent().tag.split("}")[1]
            text = {"ins": "{+%s+}", "del": "[-%s-]", "moveTo": "{>%s>}", "moveFrom": "[<%s<]"}.get(
                wrapper, "%s") % text
            parts.append(text)
        mark = p.find(f"{w('pPr')}/{w('rPr')}")
        suffix = ""
        if mark is not None:
            suffix = "".join(f" ¶{sign}" for tag, sign in (("ins", "+"), ("moveTo", "+"), ("del", "-"),
                                                          ("moveFrom", "-")) if mark.find(w(tag)) is not None)
        if parts or suffix:
            lines.append("".join(parts).replace("\t", "\\t") + suffix)
    return lines


def texts(data: bytes, how: str) -> list[str]:
    """The non-empty paragraphs once every change is accepted (or rejected) by drafter's own resolver."""
    from docx import Document

    from drafter.word import reader
    from drafter.word.accept import accept_all, reject_all

    doc = Document(io.BytesIO(data))
    (accept_all if how == "accept" else reject_all)(doc.element.body)
    return [p.text for p in reader.read_docx(doc, Path("x.docx")).paragraphs if p.text.strip()]


def result(case: Path, lib: Any, folder: Path) -> tuple[dict[str, Any], bytes]:
    """What diff makes of a case: the expected file's content, and the tracked .docx it wrote."""
    from drafter.revise import diff
    from drafter.word.accept import revised_bytes

    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    old_path, new_path = folder / f"{case.stem}-old.docx", folder / f"{case.stem}-new.docx"
    old_path.write_bytes(document(spec["old"]))
    new_path.write_bytes(tracked_document(spec["old"], spec["new"], lib, folder) if spec.get("tracked")
                         else document(spec["new"]))
    o, n, changes, pairs, lang = diff.run(old_path, new_path, lib)
    report = {"en": [c.line("en") for c in changes], "zh": [c.line("zh") for c in changes]}
    as_json = [c.as_json() for c in changes]
    diff.tracked(o, n, changes, pairs, lang, "drafter", DATE)
    data = revised_bytes(n.docx)
    from docx import Document

    expected = {"language": lang, "changes": as_json, "report": report,
                "tracked": marked(Document(io.BytesIO(data)).element.body),
                "accepted": texts(data, "accept"), "rejected": texts(data, "reject")}
    return expected, data


def _set_text(p, text: str) -> None:  # noqa: ANN001 - a python-docx paragraph
    """Keep the paragraph's first run (its typed number) and its second (the lead, emphasised), the lead now
    ``text``'s first word; the rest of ``text`` in one plain run."""
    runs = p.runs
    lead, _, rest = text.partition(" ")
    if len(runs) >= 2:
        runs[1].text = lead
        for run in runs[2:]:
            run._element.getparent().remove(run._element)
        p.add_run(" " + rest)
    else:
        p.add_run(text)


def edited_copy(source: Path, out: Path) -> None:
    """A copy of a real resolution with the edits of issue 21's list made by hand (python-docx)."""
    import copy

    from docx import Document
    from docx.text.paragraph import Paragraph

    doc = Document(str(source))
    zh = source.stem.endswith("_C")
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    operative = [p for p in paragraphs if p.text[:1].isdigit() and "\t" in p.text[:5]]
    first = paragraphs.index(operative[0])
    preamble = [p for p in paragraphs[:first] if p.runs and (p.runs[0].italic or p.runs[0].bold)][1:]
    # a paragraph rewritten in place
    _set_text(operative[1], "欢迎 越南提出主办电子证据区域讲习班；" if zh else
              "Welcomes the offer of Viet Nam to host a regional workshop on electronic evidence;")
    # a paragraph ending with an insertion, then a wholly inserted paragraph after it
    operative[2].add_run("又请秘书长提出建议" if zh else " also requests the Secretary-General to include recommendations")
    added = copy.deepcopy(operative[2]._element)
    operative[2]._element.addnext(added)
    _set_text(Paragraph(added, operative[2]._parent), "鼓励 各国交流良好做法信息；" if zh else
              "Encourages States to share information on good practices;")
    # a paragraph struck
    gone = operative[3]._element
    gone.getparent().remove(gone)
    # a paragraph moved to the end of the operative part, and changed
    moving = operative[4]
    if zh:
        moving.add_run("，并请其提出报告")
    else:
        moving.runs[-1].text = moving.runs[-1].text.replace(" the ", " all the ", 1)
    operative[-1]._element.addnext(moving._element)
    # a lead's emphasis removed; a space doubled (in Chinese: a space added)
    for run in preamble[0].runs[:1]:
        run.italic, run.bold = None, None
    run = preamble[1].runs[-1]
    run.text = run.text.replace("，", "， ", 1) if zh else run.text.replace(" ", "  ", 1)
    doc.save(str(out))


def dumps(expected: dict[str, Any]) -> str:
    return json.dumps(expected, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    import tempfile

    from drafter import library

    write = "--write" in argv
    lib = library.load([library.builtin_library()])
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases():
            expected, _ = result(case, lib, Path(tmp))
            target = case.with_suffix(".json")
            text = dumps(expected)
            if target.exists() and target.read_text(encoding="utf-8") == text:
                continue
            differ += 1
            print(f"{'wrote' if write else 'differs'}: {target.relative_to(HERE.parent)}")
            if write:
                target.write_text(text, encoding="utf-8")
    print(f"{len(cases())} cases, {differ} {'rewritten' if write else 'differ'}")
    return 1 if differ and not write else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
