"""Word lists for tests: numbering.xml pieces (abstract lists, instances, overrides) and numbering paragraphs."""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml

from drafter.word import runtext

NS = f'xmlns:w="{runtext.W_NS}"'


def lvl(ilvl: int, fmt: str = "decimal", text: str | None = None, start: int | str = 1, restart: int | None = None,
        legal: bool = False, style: str = "", suff: str = "") -> str:
    """A w:lvl (lvlText defaults to "%n."; ``suff``: what follows the label, "tab" when not given)."""
    parts = [f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    if suff:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{text if text is not None else f"%{ilvl + 1}."}"/>')
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


CLAUSES = [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)"), lvl(2, "lowerRoman", "(%3)")]
LETTERS = [lvl(0, "lowerLetter", "%1."), lvl(1, "lowerRoman", "%2.")]


def abstract(abstract_id: int, levels: list[str], link: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{link}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def start_override(ilvl: int, value: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'


def set_lists(doc: Any, xml: str) -> None:
    """Replace the lists of a python-docx document with ``xml`` (w:abstractNum and w:num elements)."""
    part = doc.part.numbering_part.element
    for child in list(part):
        part.remove(child)
    for child in parse_xml(f"<w:numbering {NS}>{xml}</w:numbering>"):
        part.append(child)


def number(paragraph: Any, num_id: int, level: int = 0) -> None:
    """Number a python-docx paragraph with list ``num_id`` at ``level``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def numbered_draft(tmp_path: Any, paragraphs: list[Any], lists: str, numbered: dict[int, tuple[int, int]],
                   name: str = "draft.docx") -> Any:
    """A draft of ``paragraphs`` (see docmaker.make) with the lists ``lists`` (w:abstractNum and w:num) and the
    paragraphs ``numbered`` (0-based index -> (numId, level)); its path."""
    from docmaker import make
    from docx import Document

    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, lists)
    for index, (num_id, level) in numbered.items():
        number(doc.paragraphs[index], num_id, level)
    doc.save(str(path))
    return path
