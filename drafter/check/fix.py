"""``drafter check --fix``: apply the findings' edits to a copy of the document.

Edits are text replacements and emphasis changes at character offsets of a paragraph. Runs
are split where an edit starts or ends inside one, so everything else keeps its formatting
and every character not covered by an edit is preserved.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from drafter.check import Finding, Report
from drafter.files import write_atomic
from drafter.status import DrafterError
from drafter.word import reader, runtext

W = runtext.W


def _runs_with_text(p: Any) -> list[tuple[Any, str]]:
    return [(r, runtext.run_text(r)) for r, _, _ in runtext.current_runs(p)]


def _rpr(r: Any) -> Any:
    from docx.oxml import OxmlElement

    rpr = r.find(f"{W}rPr")
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        r.insert(0, rpr)
    return rpr


def _emphasise(r: Any, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = _rpr(r)
    tag = {"italic": "w:i", "bold": "w:b", "underline": "w:u"}[kind]
    el = rpr.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        order = ["w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
                 "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
                 "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs",
                 "w:highlight", "w:u"]
        index = order.index(tag)
        later = {qn(t) for t in order[index + 1:]}
        for i, child in enumerate(list(rpr)):
            if child.tag in later:
                child.addprevious(el)
                break
        else:
            rpr.append(el)
    el.set(qn("w:val"), "single" if kind == "underline" else "1")


def apply_edit(p: Any, edit: tuple[Any, ...]) -> bool:
    """Apply one edit to a w:p element; False when it could not be applied safely."""
    kind, start, end, value = edit
    if kind == "numbering":  # drop the typed label, then number the paragraph with Word's list
        from drafter.word.ooxml import set_numbering

        if not apply_edit(p, ("replace", start, end, "")):
            return False
        set_numbering(p, int(value), 0)
        return True
    if kind == "east-asia-document":
        return True  # applied to every paragraph by fix()
    if kind == "east-asia":  # every run of the paragraph gets an explicit East Asian font
        from drafter.word.ooxml import set_run_fonts

        for r, _ in _runs_with_text(p):
            set_run_fonts(_rpr(r), east_asia=value)
        return True
    if not (runtext.split_at(p, start, strict=True) and runtext.split_at(p, end, strict=True)):
        return False
    runs = [(r, runtext.run_text(r)) for r, s, e in runtext.current_runs(p) if e > start and s < end]
    if kind == "emphasis":
        for r, _ in runs:
            _emphasise(r, value)
        return True
    if kind == "replace":
        if not runs:  # an insertion at the end (or start) of the paragraph
            all_runs = _runs_with_text(p)
            if not all_runs:
                return False
            pos = sum(len(t) for _, t in all_runs)
            r, _ = all_runs[-1] if start >= pos else all_runs[0]
            if not runtext.plain(r):
                return False
            raw = "".join(runtext.t_text_raw(t) for t in r if t.tag == f"{W}t")
            runtext.set_text(r, raw + value if start >= pos else value + raw)
            return True
        if not all(runtext.plain(r) for r, _ in runs):
            return False
        first, _ = runs[0]
        runtext.set_text(first, value)
        for r, _ in runs[1:]:
            r.getparent().remove(r)
        return True
    return False


def fix(report: Report, doc: reader.Document, out: Path, force: bool) -> tuple[list[Finding], list[Finding]]:
    """Write a fixed copy of ``doc`` to ``out``; return (fixed, needs a person)."""
    source = Path(report.file).resolve()
    if out.resolve() == source:
        raise DrafterError(f"{out}: --fix never changes the original; give another file name")
    by_paragraph: dict[int, list[tuple[tuple[Any, ...], Finding]]] = {}
    for finding in report.findings:
        for edit in finding.edits:  # an edit may name its own paragraph (document-wide findings)
            target = edit[4] if len(edit) > 4 else finding.paragraph
            by_paragraph.setdefault(target, []).append((edit[:4], finding))
    elements = {p.index: p.element for p in doc.paragraphs}
    for finding in report.findings:  # document-wide edits apply to every paragraph
        for edit in finding.edits:
            if edit[0] == "east-asia-document":
                for para in doc.paragraphs:
                    apply_edit(para.element, ("east-asia", 0, 0, edit[3]))
    done: set[int] = set()
    failed: set[int] = set()
    for index, edits in by_paragraph.items():
        p = elements[index]
        # right to left, so earlier offsets stay valid; emphasis before replacement at the same place
        edits.sort(key=lambda item: (item[0][1], item[0][0] == "emphasis"), reverse=True)
        for edit, finding in edits:
            (done if apply_edit(p, edit) else failed).add(id(finding))
    fixed = [f for f in report.findings if id(f) in done and id(f) not in failed]
    needs_person = [f for f in report.findings if id(f) not in done or id(f) in failed]
    buffer = io.BytesIO()
    doc.docx.save(buffer)
    write_atomic(out, buffer.getvalue(), force=force)
    return fixed, needs_person
