"""A stable text form of a .docx for golden tests: style, numbering level and label, lead emphasis, text."""

from __future__ import annotations

from pathlib import Path

from drafter import reader


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
    return "\n".join(lines) + "\n"
