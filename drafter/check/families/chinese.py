"""Chinese typography: full-width punctuation in Chinese text, and an East Asian font for Chinese runs."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.report import Correction
from drafter.punctuation import CJK, HALF_TO_FULL, half_width_in_chinese
from drafter.structure import Node
from drafter.word.edit import EastAsianFont, Replace

SPACES = " \u00a0"


def check(ctx: Context) -> None:
    """Half-width marks next to Chinese characters; Chinese runs without an East Asian font (one finding,
    fixed for the whole document)."""
    if ctx.lang != "zh":
        return
    missing_font: list[Node] = []
    for part in ctx.nodes:
        if part.role in ("empty", "annex", "table"):
            continue
        text = part.text
        if not CJK.search(text):
            continue
        taken = 0  # where the last replaced span ends
        for position, char in half_width_in_chinese(text):
            if part.role == "heading" and char == ":" and text.strip().startswith(("Distr", "Original")):
                continue
            if position == len(text.rstrip()) - 1 and part.role in ("preambular", "operative", "sub", "organ"):
                continue  # the paragraph-end rules report (and fix) the final mark
            full = HALF_TO_FULL[char]
            start, end = _with_spaces(text, position, taken)
            taken = end
            ctx.add("half-width-zh", part, position + 1, fix=f"'{char}' → '{full}'",
                    edits=[Replace(start, end, full)], char=char, full=full)
        if any(CJK.search(r.text) and not r.east_asia for r in part.para.runs):
            missing_font.append(part)
    if missing_font:  # a document-wide setting: one finding, fixed everywhere
        ctx.add("east-asian-font", missing_font[0], fix="set the East Asian font to SimSun",
                edits=[Correction(EastAsianFont("SimSun"), everywhere=True)]).cover(p.para.index for p in missing_font)


def _with_spaces(text: str, position: int, taken: int) -> tuple[int, int]:
    """The span a full-width mark replaces: the half-width mark at ``position`` with the spaces around it
    (a full-width mark carries its own space: "时, 充分" becomes "时，充分"), not reaching back before ``taken``."""
    start, end = position, position + 1
    while start > taken and text[start - 1] in SPACES:
        start -= 1
    while end < len(text) and text[end] in SPACES:
        end += 1
    return start, end
