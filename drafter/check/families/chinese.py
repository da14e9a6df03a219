"""Chinese typography: full-width punctuation in Chinese text, and an East Asian font for Chinese runs."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.report import Correction
from drafter.punctuation import CJK, HALF_TO_FULL, half_width_in_chinese
from drafter.structure import Node
from drafter.word.edit import EastAsianFont, Replace


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
        for position, char in half_width_in_chinese(text):
            if part.role == "heading" and char == ":" and text.strip().startswith(("Distr", "Original")):
                continue
            if (text.endswith(char) and position == len(text.rstrip()) - 1
                    and part.role in ("preambular", "operative", "sub", "organ")):
                continue  # the paragraph-end rules report (and fix) the final mark
            full = HALF_TO_FULL[char]
            ctx.add("half-width-zh", part, position + 1, fix=f"'{char}' → '{full}'",
                    edits=[Replace(position, position + 1, full)], char=char, full=full)
        if any(CJK.search(r.text) and not r.east_asia for r in part.para.runs):
            missing_font.append(part)
    if missing_font:  # a document-wide setting: one finding, fixed everywhere
        ctx.add("east-asian-font", missing_font[0], fix="set the East Asian font to SimSun",
                edits=[Correction(EastAsianFont("SimSun"), everywhere=True)]).cover(p.para.index for p in missing_font)
