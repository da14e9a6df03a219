"""A stable text form of a .docx for golden tests: style, numbering level and label, lead emphasis, text; then
the page headers and footers, with fields shown as {PAGE}."""

from __future__ import annotations

from pathlib import Path

from drafter.word import reader


def dump(path: Path) -> str:
    doc = reader.read(path)
    lines = []
    for p in doc.paragraphs:
        if not p.text.strip():
            continue
        level = "-" if p.level is None else str(p.level)
        first = p.runs[0] if p.runs else None
        emphasis = "".join(k for k, on in (("i", first.italic), ("b", first.bold), ("u", first.underline)) if on) if first else ""
        lead = first.text if first is not None and emphasis else ""
        lines.append(f"{p.style} | L{level} {p.label or '-'} | {emphasis or '-'}:{lead} | {p.text}")
    lines += page_parts(doc.docx)
    return "\n".join(lines) + "\n"


def page_parts(docx) -> list[str]:
    """One line per header or footer paragraph: which page(s), alignment, text with fields as {CODE}."""
    W = reader.W
    out = []
    section = docx.sections[0]
    if section.different_first_page_header_footer:
        out.append("page setup | different first page")
    if docx.settings.odd_and_even_pages_header_footer:
        out.append("page setup | different odd and even pages")
    for name in ("header", "footer", "first_page_header", "first_page_footer", "even_page_header", "even_page_footer"):
        part = getattr(section, name)
        if part.is_linked_to_previous:
            continue
        for p in part._element.iter(f"{W}p"):
            text, in_result = [], False
            for node in p.iter(f"{W}t", f"{W}instrText", f"{W}fldChar"):
                if node.tag == f"{W}fldChar":
                    in_result = node.get(f"{W}fldCharType") == "separate"
                elif node.tag == f"{W}instrText":
                    text.append("{" + node.text.strip() + "}")
                elif not in_result:  # a field's cached result is not part of the document's text
                    text.append(node.text)
            jc = p.find(f"{W}pPr/{W}jc")
            align = jc.get(f"{W}val") if jc is not None else "-"
            out.append(f"{name} | {align} | {''.join(text).replace(chr(0x2060), '')}")
    return out
