"""Citations in the body: 'resolution 2165 (2014)' in English, '第2165(2014)号决议' in Chinese; and a footnote number
pasted as text and glued to a word ("the Convention1", "the Part XI Agreement;23")."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.patterns import lazy
from drafter.structure import spelling
from drafter.word.edit import Replace

# a word of lower-case letters (after an optional capital) with digits glued to its end, or digits glued after a
# clause's own mark ("Agreement;23"): what a footnote reference becomes when a document is pasted as text
GLUED = lazy(r"\b([A-Z]?[a-z]{3,})(\d{1,3}(?:,\d{1,3})*)(?=[\s,;:.)\]]|$)|(?<=[a-z)][;,])(\d{1,3})(?=[;,.]?$|[;,.]?\s+[a-z])")
# what every GLUED match holds (a digit right after a letter or a mark): most paragraphs have none, and this
# simpler pattern rules them out in half the time GLUED takes to (looking behind only at digits: faster still)
MAY_GLUE = re.compile(r"\d(?<=[a-z;,]\d)")
# "Res. 48/3", "res 2250 (2015)", "Resol. 74/125": the word "resolution" cut short before a resolution's number, which
# the UN writes out (UN-B15); not the "RES" of a document symbol ("A/RES/74/125": a "/" before it)
SHORT_RESOLUTION = lazy(r"(?<![/\w.-])(?:[Rr]es|RES|[Rr]esol)(?:\.\s*|\s+)(?=\d{1,4}(?:/\d{1,4}\b|\s*\(\d{4}\)))")
# a resolution cited in title marks (《第1325(2000)号决议》): the UN's Chinese cites resolutions without them (ZH-P02)
TITLED_RESOLUTION = lazy(r"《([^《》]{0,24}?第[\d\s/()（）]+号(?:决议|決議))》")


def check(ctx: Context) -> None:
    """UN-B15: a resolution's number and year written the way the language cites them, in Chinese without 《》
    (ZH-P02) and, in the UN profile, with half-width parentheses (UN-B18; a MUN draft may use full-width ones);
    footnote numbers glued to words."""
    _glued_numbers(ctx)
    _short_word(ctx)
    if ctx.lang == "en":
        pattern = re.compile(r"\bresolutions? (\d{3,4})\((\d{4})\)")
        good = "{0} ({1})"
    elif ctx.profile == "un":
        pattern = re.compile(r"第(\d{3,4}) +\((\d{4})\)|第(\d{3,4})（(\d{4})）")
        good = "{0}({1})"
    else:  # UN-B18: MUN Chinese drafts may put the year in full-width （） too; a space before it is wrong either way
        pattern = re.compile(r"第(\d{3,4}) +[(（](\d{4})[)）]")
        good = "{0}({1})"
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        titled = list(TITLED_RESOLUTION.finditer(part.text)) if ctx.lang == "zh" else []
        for match in titled:  # one finding, whose fix also mends the citation inside
            fixed = pattern.sub(lambda m: _cited(m, good), match.group(1))
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)
        for match in pattern.finditer(part.text):
            if any(t.start() <= match.start() < t.end() for t in titled):
                continue
            fixed = _cited(match, good)
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)


def _cited(match: re.Match[str], good: str) -> str:
    """The citation ``match`` found, written the way its language cites (``good``: number, year)."""
    number = match.group(1) or match.group(3)
    year = match.group(2) or match.group(4)
    bad = match.group(0)
    return bad[: bad.index(number)] + good.format(number, year)


def _glued_numbers(ctx: Context) -> None:
    """A footnote number pasted as text: digits right after an English word the dictionary knows ("Convention1") or
    after a clause's comma or semicolon ("Agreement;23"). Codes keep their digits (G77, CO2, A/RES/74/247)."""
    if ctx.lang != "en":
        return
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        if not MAY_GLUE.search(part.text):
            continue
        for match in GLUED.finditer(part.text):
            if match.group(1) is not None and not spelling.known(match.group(1)):
                continue
            digits = match.group(2) or match.group(3)
            start = match.end() - len(digits)
            ctx.add("digit-glued", part, start + 1, fix="remove the number", edits=[Replace(start, match.end(), "")],
                    found=match.group(0))


def _short_word(ctx: Context) -> None:
    """UN-B15: "Res. 48/3" in an English clause: the word is "resolution", written out ("resolution 48/3")."""
    if ctx.lang != "en":
        return
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        for match in SHORT_RESOLUTION.finditer(part.text):
            number = re.match(r"[\d/]+(?:\s*\(\d{4}\))?", part.text[match.end():])
            found = match.group(0) + (number.group(0) if number else "")
            fixed = "resolution " + (number.group(0) if number else "")
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), "resolution ")], found=found, fixed=fixed)
