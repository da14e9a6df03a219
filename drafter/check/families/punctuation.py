"""Paragraph-final punctuation: preambular and operative ends, chapeaux, sub-paragraph ends, the final full
stop, and full stops inside a paragraph."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.punctuation import CJK, FULL_TO_HALF, HALF_TO_FULL
from drafter.structure import Node, fold_spelling
from drafter.word.edit import Replace

FOOTNOTE_MARK = re.compile(r"([,;.:，；。：])\s?\d{1,3}(?:[,、]\s?\d{1,3})*$")  # a typed footnote number after the mark
LIST_JOINERS = ("; and", "; or", ";and", ";or", "；以及", "；和", "；或", "；并")
ENDS_EN = (",", ";", ".", ":")
ABBREVIATIONS = {"no", "nos", "art", "arts", "para", "paras", "rev", "add", "corr", "vol", "e.g", "i.e", "etc", "st",
                 "mr", "mrs", "ms", "dr", "p", "pp", "v", "vs", "al", "chap", "sect", "u.s", "u.n", "inc", "co", "ltd"}


def check(ctx: Context) -> None:
    """Every preambular paragraph, operative paragraph and sub-paragraph ends with its mark; no stray full stops."""
    for part in ctx.tree.preamble:
        if part.content.strip():
            require_end(ctx, part, "preambular-end", ctx.end["preambular"])
    operatives = ctx.tree.operative
    last_index = len(operatives) - 1
    for i, op in enumerate(operatives):
        is_last = i == last_index
        if op.continuation:
            continue  # quoted or continued text: its end is the end of the last continuation
        if op.children:
            _chapeau(ctx, op)
            _subs(ctx, op.children, is_last)
        else:
            require_end(ctx, op, "final-stop" if is_last else "operative-end",
                        ctx.end["last"] if is_last else ctx.end["operative"])
    for part in ctx.tree.preamble + list(ctx.tree.walk()):
        _stray_stops(ctx, part)
    if ctx.profile != "un":  # UN texts quote passages of several paragraphs, each opening with “
        for part in ctx.tree.heading + ctx.tree.preamble + list(ctx.tree.walk()):
            _unclosed_quote(ctx, part)
    if ctx.lang == "en" and ctx.profile != "un":  # UN texts join related decisions in one paragraph with ";"
        for part in ctx.tree.preamble:
            _stray_semicolon(ctx, part, preambular=True)
        for op in operatives:
            _stray_semicolon(ctx, op, preambular=False)


def require_end(ctx: Context, part: Node, rule_id: str, end: str, colon_fixable: bool = False,
                **fields: object) -> None:
    """A finding of ``rule_id`` unless ``part`` ends with ``end`` (a typed footnote number after it aside);
    the fix replaces a wrong mark or adds the missing one. A colon announces what follows (sub-paragraphs the
    structure did not see?): the fix leaves it to a person unless ``colon_fixable``."""
    text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
    if not text:
        return
    last = text[-1]
    if last == end:
        return
    fields.setdefault("end", end)
    if last in ":：" and not colon_fixable:
        ctx.add(rule_id, part, len(text), fix="", edits=(), **fields)
        return
    replaceable = last in ",;.:，；。：" or last in FULL_TO_HALF or last in HALF_TO_FULL
    start = len(text) - 1 if replaceable else len(text)
    stop = len(text)
    if end in FULL_TO_HALF:  # a full-width mark carries its own space: it takes the spaces around it
        while replaceable and start > 0 and part.text[start - 1] in " \u00a0":
            start -= 1
        if not part.text[stop:].strip(" \u00a0"):
            stop = len(part.text)
    ctx.add(rule_id, part, len(text), fix=f"end it with {end!r}", edits=[Replace(start, stop, end)], **fields)


def _chapeau(ctx: Context, part: Node) -> None:
    """A paragraph introducing sub-paragraphs ends with a colon, or with a word ("… shall")."""
    text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
    if text and (text[-1].isalnum() or CJK.match(text[-1])):
        return
    require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"])


def _subs(ctx: Context, subs: list[Node], last_paragraph: bool, closes_clause: bool = True) -> None:
    """Sub-paragraphs end with a semicolon (or a list joiner), the very last one with the final full stop.
    Outside UN style a sub-clause may end with a comma, except the one that closes its operative clause: it
    carries the clause's semicolon (MUN-F06). ``closes_clause``: the last of ``subs`` ends the clause."""
    for j, sub in enumerate(subs):
        last_here = j == len(subs) - 1
        final = last_paragraph and last_here
        if sub.continuation:
            continue
        if sub.children:
            _chapeau(ctx, sub)
            _subs(ctx, sub.children, final, closes_clause and last_here)
            continue
        text = FOOTNOTE_MARK.sub(r"\1", sub.text.rstrip())
        if final:
            require_end(ctx, sub, "final-stop", ctx.end["last"])
        elif text.endswith(LIST_JOINERS) or (sub.kind == "bullet" and text[-1:] in ",，;；"):
            continue
        elif ctx.profile != "un" and text.endswith("," if ctx.lang == "en" else "，") \
                and not (closes_clause and last_here):
            continue  # MUN-F06: sub-clauses may end with a comma outside UN style
        elif not last_here or not last_paragraph:
            require_end(ctx, sub, "sub-end", ctx.end["sub"])


def _stray_stops(ctx: Context, part: Node) -> None:
    """A full stop that ends a sentence inside the paragraph (quotations and abbreviations aside)."""
    text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
    body = text[:-1] if text.endswith((".", "。")) else text
    if ctx.lang == "zh":
        outside = _outside_quotes(body)
        for m in re.finditer("。", outside[part.offset:]):
            ctx.add("stray-full-stop", part, part.offset + m.start() + 1)
            return
        return
    outside = _outside_quotes(body)
    for m in re.finditer(r"\.(?=\s+[A-Z])", outside):
        if m.start() < part.offset:
            continue
        word = re.findall(r"([A-Za-z.]+)$", body[: m.start()])
        token = word[0].casefold() if word else ""
        if token in ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"([a-z]\.)+[a-z]", token):
            continue
        ctx.add("stray-full-stop", part, m.start() + 1)
        return


STRAY_SEMICOLON = {
    "preambular": ("splits the preambular paragraph (it is one phrase ending with ',')",
                   "序言段是以逗号结尾的一个短语"),
    "operative": ("a second operative verb after it ({verb!r}) makes a second clause; give it its own number",
                  "其后的第二个执行性动词（“{verb}”）构成另一条款，应单独编号"),
}
# words after a verb that make it one ("; declares that", "; requests the", "; calls upon")
VERB_OBJECT = {"that", "the", "all", "upon", "on", "its", "member", "states", "to", "further", "also", "a", "an"}


def _stray_semicolon(ctx: Context, part: Node, preambular: bool) -> None:
    """A semicolon inside a preambular paragraph (before lower-case text), or before a second operative verb
    inside an operative paragraph (MUN-F04, MUN-F05: one idea per clause). Quotations, brackets and the items
    of a list after a colon aside."""
    text = part.text.rstrip()
    body = _outside_brackets(_outside_quotes(text[:-1] if text[-1:] in ENDS_EN else text))
    for m in re.finditer(r";\s+(?:and\s+)?([a-z][a-z-]*)(?:\s+([A-Za-z]+))?", body):
        if m.start() < part.offset or ":" in body[part.offset: m.start()]:
            continue  # semicolons that separate the items of a list after a colon
        if preambular:
            before = f"before {m.group(1)!r}" if ctx.msg_lang == "en" else f"（“{m.group(1)}”之前）"
            ctx.add("stray-semicolon", part, m.start() + 1, before=before, what=STRAY_SEMICOLON["preambular"][
                ctx.msg_lang == "zh"])
            return
        verb, following = m.group(1), (m.group(2) or "").casefold()
        folded = fold_spelling(verb)
        operative = folded in ctx.phrases.first_words("operative") and folded not in ctx.phrases.first_words(
            "preambular")
        if operative and verb.endswith("s") and following in VERB_OBJECT:
            before = f"before {verb!r}" if ctx.msg_lang == "en" else f"（“{verb}”之前）"
            ctx.add("stray-semicolon", part, m.start() + 1, before=before,
                    what=STRAY_SEMICOLON["operative"][ctx.msg_lang == "zh"].format(verb=verb))
            return


def _unclosed_quote(ctx: Context, part: Node) -> None:
    """A quotation mark opened in the paragraph and never closed (“…, 「…, or an odd straight double quote)."""
    text = part.text
    for opening, closing in (("“", "”"), ("「", "」")):
        depth, unmatched = 0, -1
        for i, char in enumerate(text):
            if char == opening:
                depth, unmatched = depth + 1, i if depth == 0 else unmatched
            elif char == closing and depth:
                depth -= 1
        if depth:
            ctx.add("quote-unclosed", part, unmatched + 1)
            return
    if text.count('"') % 2:
        ctx.add("quote-unclosed", part, text.rindex('"') + 1)


def _outside_brackets(text: str) -> str:
    """Text with bracketed passages blanked out (same length)."""
    out = list(text)
    depth = 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
            out[i] = " "
            continue
        if depth:
            out[i] = " "
    return "".join(out)


def _outside_quotes(text: str) -> str:
    """Text with quoted passages blanked out (same length), so marks inside quotations are ignored."""
    out = list(text)
    depth = 0
    for i, char in enumerate(text):
        if char in "“「《":
            depth += 1
        elif char in "”」》" and depth:
            depth -= 1
            continue
        if depth:
            out[i] = " "
    return "".join(out)
