"""A position paper's type: one size (12 points unless the conference says otherwise) and one font family
throughout (FORMAT.md PP-02, ZPP-03); in a Chinese paper, full-width punctuation, an East Asian font and title
marks, checked with the Chinese family's own functions (the sources list keeps the half-width marks of its
citation style)."""

from __future__ import annotations

import collections

from drafter.check.context import PaperContext
from drafter.check.families.chinese import east_asian_font, half_width, title_marks
from drafter.check.families.document import FONT_KINDS, LATIN, font_name, main_font
from drafter.punctuation import CJK
from drafter.word import reader
from drafter.word.fontnames import font_key


def check(ctx: PaperContext) -> None:
    """Font size and family over the header and text; Chinese typography in a Chinese paper."""
    paper = ctx.paper
    sources = [s.para for s in paper.sources if s.para is not None]
    headings = [s.heading for s in paper.headings if s.heading is not None]
    text = paper.header_paragraphs + paper.body
    _size(ctx, text)
    _fonts(ctx, text + headings + sources)
    if ctx.lang == "zh":
        for para in paper.header_paragraphs + headings + paper.body:
            half_width(ctx, para)
        everything = [p for p in ctx.doc.paragraphs if p.text.strip()]
        east_asian_font(ctx, everything)
        title_marks(ctx, paper.body)


def _size(ctx: PaperContext, paragraphs: list[reader.Paragraph]) -> None:
    """One finding for the text not set in the paper's size: at the first such paragraph, naming the others."""
    want = ctx.rules.font_size
    wrong: dict[int, float] = {}
    weights: collections.Counter[float] = collections.Counter()
    for para in paragraphs:
        sizes: collections.Counter[float] = collections.Counter()
        for run in para.runs:
            if run.size is not None and run.text.strip():
                sizes[run.size] += len(run.text.strip())
        if not sizes:
            continue
        size, _ = sizes.most_common(1)[0]
        if size != want:
            wrong[para.index] = size
            weights[size] += sum(sizes.values())
    if wrong:
        found = weights.most_common(1)[0][0]
        first = next(p for p in paragraphs if p.index in wrong)
        ctx.add("paper-font-size", first, found=_points(found), want=_points(want)).cover(wrong)


def _points(size: float) -> str:
    return str(int(size)) if size == int(size) else str(size)


def _fonts(ctx: PaperContext, paragraphs: list[reader.Paragraph]) -> None:
    """One finding per kind of font (Latin, East Asian) when the paper's paragraphs do not share one."""
    theme: dict[str, str] | None = None
    for slot, kind, letters in ((0, "latin", LATIN), (1, "east-asian", CJK)):
        fonts: dict[int, str] = {}
        for para in paragraphs:
            font = main_font(para, slot, letters)
            if font is not None:
                fonts[para.index] = font
        if len(set(fonts.values())) < 2:
            continue
        if theme is None:
            theme = reader.theme_fonts(ctx.doc)
        named = {index: font_name(font, theme) for index, font in fonts.items()}
        counts = collections.Counter(font_key(name) for name in named.values())
        if len(counts) < 2:
            continue
        main_key = counts.most_common(1)[0][0]
        shown = {font_key(name): name for name in named.values()}
        listing = ", ".join(f"{shown[k]} ({count})" for k, count in counts.most_common())
        others = [index for index, name in named.items() if font_key(name) != main_key]
        first = next(p for p in paragraphs if p.index == others[0])
        ctx.add("paper-fonts-mixed", first, kind=FONT_KINDS[kind], fonts=listing).cover(others)
