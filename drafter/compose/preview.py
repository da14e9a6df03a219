"""A plain-text or Markdown preview of a draft, with the labels Word's numbering would show."""

from __future__ import annotations

from drafter.compose.draft import Draft, ListItem, SubParagraph
from drafter.compose.listformats import list_formats, paper_list_formats, preview_label
from drafter.labels import label
from drafter.punctuation import joiner


def to_text(draft: Draft, markdown: bool = False) -> str:
    """A plain-text or Markdown preview, with the labels Word's numbering would show."""

    def lead(text: str, emphasis: str) -> str:
        if not markdown or emphasis == "none":
            return text
        return {"italic": f"*{text}*", "bold": f"**{text}**", "underline": f"<u>{text}</u>"}[emphasis]

    def esc(text: str) -> str:
        if not markdown:
            return text
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace(">", "&gt;")

    lines: list[str] = []
    indent_unit = "" if markdown else "    "  # four spaces would make a Markdown code block

    def items(entries: list[ListItem], depth: int) -> None:
        for i, item in enumerate(entries, 1):
            number = preview_label(i, depth, paper_list_formats(draft.language))
            if markdown and number.endswith("."):
                number = number[:-1] + "\\."
            lines.extend([indent_unit * depth + f"{number} {esc(item.text)}", ""])
            items(item.children, depth + 1)

    for line in draft.heading:
        text = esc(line.full)
        if markdown and line.role == "title":
            text = f"**{text}**"
        lines.append(text + ("  " if markdown else ""))
    lines.append("")
    if draft.kind == "position-paper":
        for section in draft.sections:
            lines.append(f"## {esc(section.heading)}" if markdown else section.heading)
            lines.append("")
            for text in section.paragraphs:
                lines.append(esc(text))
                lines.append("")
            items(section.items, 0)
        return "\n".join(lines).rstrip() + "\n"
    if draft.organ:
        lines += [lead(esc(draft.organ), draft.organ_emphasis) + draft.organ_end, ""]
    for pre in draft.preambular:
        lines += [lead(esc(pre.lead), draft.preambular_emphasis) + joiner(draft.language, pre.body) + esc(pre.body)
                  + pre.end, ""]

    def walk(subs: list[SubParagraph], depth: int) -> None:
        for i, sub in enumerate(subs, 1):
            indent = indent_unit * depth
            shown = (label(i, depth, draft.language) if draft.profile == "un"
                     else preview_label(i, depth, list_formats(draft.profile, draft.language)))
            lines.append(f"{indent}{shown} {esc(sub.body)}{sub.end}")
            lines.append("")
            walk(sub.children, depth + 1)

    for n, op in enumerate(draft.operative, 1):
        number = f"{n}\\." if markdown else f"{n}."
        lines += [f"{number} {lead(esc(op.lead), draft.operative_emphasis)}{joiner(draft.language, op.body)}"
                  f"{esc(op.body)}{op.end}", ""]
        walk(op.subparagraphs, 1)
    return "\n".join(lines).rstrip() + "\n"
