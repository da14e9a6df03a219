"""Paragraph-final punctuation: preambular and operative ends, chapeaux, sub-paragraph ends and the final full
stop; then the marks inside a clause (:mod:`.clause_marks`)."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.families import clause_marks
from drafter.check.families.clause_marks import without_footnote
from drafter.check.families.parts import numbered_title
from drafter.check.families.sublabels import (
    flat_items,
    pushed_down,
    run_in_item,
    typed_clause_as_item,
    typed_items_numbered,
)
from drafter.check.rules import RULES
from drafter.labelkinds import read_label
from drafter.patterns import lazy
from drafter.punctuation import FULL_TO_HALF, HALF_TO_FULL, LIST_JOINER
from drafter.structure import Node
from drafter.structure.classify import CLOSING_QUOTES, quoted_paragraph
from drafter.structure.leadwords import reference_entry
from drafter.word import placement
from drafter.word.edit import Replace

# a list item's end that hands on to the next item ("…; and", "…, or", "…；以及")
# full stops that are never right at the end of a Chinese clause: the full-width "．" (U+FF0E) and the half-width
# ideographic "｡" (U+FF61) students type for 。; they are replaced like any wrong mark, never kept before the right one
OTHER_STOPS = "．｡"
WRONG_MARKS = ",;.，；。" + OTHER_STOPS  # a chapeau ending with one of these has the wrong mark; else a heading
# the clause marks that never stand right before a paragraph's own end mark: "……；。" ends twice ("etc.;" is an
# abbreviation's point, not a mark of its own, and is no such pair)
DOUBLED_BEFORE = tuple(",;:，；：")
# the word before a paragraph's closing full stop, and an initialism ("u.s", "e.g"): their point ends no sentence
WORD_BEFORE_STOP = lazy(r"([A-Za-z0-9.]+)\.$")
INITIALISM = lazy(r"(?:[a-z]\.)+[a-z]")
SMALL_WORD_END = lazy(r"(?<![\w-])[a-z]+$")  # … unless an operative paragraph stops on a word: "…, shall"
# a finite verb or modal: a sub-paragraph holding one is a sentence, not the heading of its list
# the opening of a quoted clause, with its own number or letter: "“4. Requests …", "\"8 bis. Urges …", "“(c) to …"
QUOTED_CLAUSE = lazy(r"\s*(?:\d{1,3}(?:\s?(?:bis|ter|quater))?\.|\([a-z]{1,2}\))\s+\S")
OPENING_QUOTE = {"”": "“", "\"": "\"", "’": "‘", "」": "「", "』": "『"}
FINITE_VERB = lazy(r"\b(?:will|shall|should|must|can|could|may|would|is|are|was|were|has|have|be)\b")  # "… be trained"
# the marks a bulleted item hands on to the next with, in the draft's own language (a bullet that ends with "；" in
# an English draft has the wrong mark: once --fix letters the item, the sub-paragraph rule wants ";")
HAND_ON = {"en": ",;", "zh": "，；"}
# the words a Chinese sub-paragraph ends on when it announces the items under it (……，报告应包括 / 特别是 / 如下):
# chapeau-colon's rule data; such an item is a sentence that lacks its colon, not the heading of its list
ANNOUNCING_ZH = sorted(RULES["chapeau-colon"].word_list("announcing-zh"), key=len, reverse=True)
WORDS = lazy(r"[^\W_]")  # a letter, a digit or a character: a paragraph without one holds no clause


def check(ctx: Context) -> None:
    """Every preambular paragraph, operative paragraph and sub-paragraph ends with its mark; then the marks
    inside each clause."""
    for part in ctx.tree.preamble:
        if part.children and part.text.rstrip()[-1:] in ":：":
            _preambular_items_end(ctx, part)
            continue  # its colon announces the items under it: those are the fault (MUN-F04), or UN usage
        last = (part.continuation or [part])[-1]
        if clause_marks.opens_quoted_list(ctx, last):
            continue  # its colon hands on to quoted items: the clause ends where the quotation closes
        if _announces_unlabelled_item(ctx, last):
            continue  # its colon announces the line after it, an item whose label is missing, not a clause
        if WORDS.search(part.content):  # a clause broken by a stray paragraph mark ends where its last part ends
            # ("." alone holds no clause to end: empty-clause says so)
            require_end(ctx, last, "preambular-end", ctx.end["preambular"])
    operatives = ctx.tree.operative
    last_index = len(operatives) - 1
    while last_index > 0 and not operatives[last_index].children and reference_entry(operatives[last_index].content):
        last_index -= 1  # "7. McAdam, J. (2012). …" numbered on after the last clause: a source, not a clause
    for i, op in enumerate(operatives[:last_index + 1]):
        is_last = i == last_index
        if not op.children and _quotation_closes(op):
            # "… to read as follows:" / "“Rule 128" / "“Each member …" / "“The results ….”;": the clause ends after
            # the quotation's last paragraph closes it, with the clause's own mark
            require_end(ctx, op.continuation[-1], "final-stop" if is_last else "operative-end",
                        ctx.end["last"] if is_last else ctx.end["operative"])
            continue
        if op.continuation and _words_beside(op):
            # a lead alone in its table cell, the clause's words in the next cell of the row ("请" | "联合国儿童基金
            # 会：" over its items): the clause ends where the words in that cell end
            last = op.continuation[-1]
            if op.children:
                _chapeau(ctx, last)
                _subs(ctx, op.children, is_last, True)
            elif not _introduces_table(ctx, last):
                require_end(ctx, last, "final-stop" if is_last else "operative-end",
                            ctx.end["last"] if is_last else ctx.end["operative"])
            continue
        if op.continuation and not op.children and op is not ctx.tree.adopts:
            # a clause broken by a stray paragraph mark ("3) Requests" over "the Commission to report …,"), or a
            # numbered line over the words of its clause: the clause ends where its last part ends, as a preambular
            # clause does
            last = op.continuation[-1]
            # only a clause whose first part ends with no mark: a line after a clause that has ended ("…;" over
            # "Notes from the sponsors:") is no part of it
            if op.text.rstrip()[-1:] not in ".;,:!?。；，：！？" and WORDS.search(last.text) \
                    and not _introduces_table(ctx, last) \
                    and not clause_marks.opens_quoted_list(ctx, last):
                require_end(ctx, last, "final-stop" if is_last else "operative-end",
                            ctx.end["last"] if is_last else ctx.end["operative"])
            continue
        if op.continuation or op is ctx.tree.adopts:
            continue  # quoted or continued text: its end is the end of the last continuation; adopted text follows
        if op.children and (op.children[0] in pushed_down(ctx, op) or typed_clause_as_item(ctx, op.children[0])):
            # "2. … school;" + "a. Calls upon …;": a clause moved down with Tab under it, or typed with an item's
            # label (operative-sub-level), which announces nothing: it ends as a clause does
            require_end(ctx, op, "operative-end", ctx.end["operative"])
            _subs(ctx, op.children, is_last, True)
        elif op.children:
            _chapeau(ctx, op)
            _subs(ctx, op.children, is_last, True)
        elif not _introduces_table(ctx, op) and not clause_marks.opens_quoted_list(ctx, op) \
                and not numbered_title(ctx, op) and not typed_items_numbered(ctx, op):
            # a title numbered as a clause: section-heading says it; a chapeau whose items are typed with the
            # clauses' numbers ends with its colon: sub-numbered-as-clause says what is wrong
            require_end(ctx, op, "final-stop" if is_last else "operative-end",
                        ctx.end["last"] if is_last else ctx.end["operative"])
    clause_marks.check(ctx)


def _words_beside(op: Node) -> bool:
    """``op``'s first continuation opens the table cell right after ``op``'s own in its row: a lead phrase's cell
    beside the rest of its clause, one line on the page."""
    first = op.continuation[0].para.element
    return op.para.element is not None and first is not None and placement.in_next_cell(op.para.element, first)


def _quotation_closes(op: Node) -> bool:
    """``op`` runs on in a quotation over several paragraphs that its last paragraph closes: each paragraph after it
    opens with a quotation mark that the one before hands on to (:func:`quoted_paragraph`), and only the last closes
    the quotation."""
    if not op.continuation:
        return False
    texts = [op.text, *(n.text for n in op.continuation)]
    if not all(quoted_paragraph(later, before) for before, later in zip(texts, texts[1:])):
        return False
    return all(clause_marks.open_quote(text) is not None for text in texts[1:-1]) \
        and clause_marks.open_quote(texts[-1]) is None


def _preambular_items_end(ctx: Context, part: Node) -> None:
    """The last item under a preambular paragraph closes that paragraph: it carries the paragraph's comma (UN-B05). An
    item ending with a comma or a colon hands on as items do; one with no mark at all or a full stop leaves the
    paragraph unclosed ("… a site for:" "1. agricultural sector" … "7. private firms"), and so does one with a
    semicolon, the mark of an operative clause or of an item with another after it: the preamble goes on after this
    last item, so it ends with the comma ("注意到以下情况：" "(a) ……，" "(b) ……；" → "(b) ……，", holdout-zh73)."""
    last = part.children[-1]
    while last.children:
        last = last.children[-1]
    last = (last.continuation or [last])[-1]
    text = without_footnote(last.text).rstrip(CLOSING_QUOTES)
    if not text[last.offset:].strip() or text[-1:] in ",:，：":
        return
    require_end(ctx, last, "preambular-end", ctx.end["preambular"])


# the opening of a line no lead opens: a small letter, a figure or a sign ("$", "("), a word in capitals of two to six
# letters ("UAE ($22,480), …", no lead in capitals, which the phrase list knows), as the item of a list whose label a
# copy dropped reads
NO_LEAD_OPENING = lazy(r"[a-z0-9$€£%(\[]|[A-Z]{2,6}\b")


def _announces_unlabelled_item(ctx: Context, part: Node) -> bool:
    """``part``, a preambular paragraph ending with a colon, is followed by a line no lead opens ("… their Per
    Capita GDP figures:" / "UAE ($22,480), Qatar ($20,820), …"): the line is its item, a label missing (a web page's
    copy drops them), and the colon before it is right (UN-B06, MUN-F04). A line a lead opens, a known one or a
    misspelt one, is the next clause, and the colon is the fault."""
    if ctx.lang != "en" or without_footnote(part.text).rstrip()[-1:] != ":":
        return False
    preamble = ctx.tree.preamble
    at = next((i for i, node in enumerate(preamble) if node is part or part in node.continuation), None)
    if at is None or at + 1 >= len(preamble):
        return False
    after = preamble[at + 1]
    content = after.content.lstrip()
    return after.phrase is None and not after.misspelled and not after.typed \
        and NO_LEAD_OPENING.match(content) is not None and not content.isupper()


def _introduces_table(ctx: Context, op: Node) -> bool:
    """``op`` ends with a colon and a table (of figures, targets) follows it: the colon introduces the table."""
    if without_footnote(op.text)[-1:] not in (":", "："):
        return False
    nodes = ctx.tree.nodes
    at = next((i for i, n in enumerate(nodes) if n is op), None)
    after = None if at is None else next((n for n in nodes[at + 1:] if n.role not in ("empty", "struck")), None)
    return after is not None and after.role == "table"


def stop_before(text: str, end: str) -> bool:
    """``text`` (a paragraph without its last mark, ``end``: ";" or ",") closes with a full stop typed before that
    mark ("… of domestic workers.;"), not with the point of an abbreviation ("… of the U.S.;", "… etc.;"), an
    initial or a number's label ("No.;")."""
    if end not in ",;" or not text.endswith(".") or text.endswith(".."):
        return False  # "… that follow...,": an ellipsis's points are no full stop
    word = WORD_BEFORE_STOP.search(text)
    token = word.group(1).casefold() if word is not None else ""
    return bool(token) and token not in clause_marks.ABBREVIATIONS and len(token) > 1 \
        and INITIALISM.fullmatch(token) is None


def joiner_start(text: str) -> int | None:
    """Where a list joiner ending ``text`` starts (", and" / "；以及"), else None."""
    tail = text[-12:]
    found = LIST_JOINER.search(tail)
    return None if found is None else len(text) - len(tail) + found.start()


def require_end(ctx: Context, part: Node, rule_id: str, end: str, colon_fixable: bool = False,
                fixable: bool = True, **fields: object) -> None:
    """A finding of ``rule_id`` unless ``part`` ends with ``end`` (a typed footnote number after it aside);
    the fix replaces a wrong mark (or a list joiner such as ", and") or adds the missing one. A colon announces what
    follows (sub-paragraphs the structure did not see?): the fix leaves it to a person unless ``colon_fixable``."""
    if clause_marks.label_left_above(ctx, part) is not None:
        return  # "… projects; 3.": the next clause's number left here, which label-alone reports
    text = without_footnote(part.text)
    trace = clause_marks.closing_trace(text, part.offset)
    if trace is not None and trace > part.offset:
        # "…of whales; (amended)": amendment-trace reports the note; the clause ends where it starts
        text = text[:trace].rstrip(" \u00a0")
    rest = text[part.offset:].strip()
    label = read_label(rest) if rest else None  # a label typed twice before words ("i. i. train …") is no label alone
    if len(text) <= part.offset or label is not None and not rest[label.end:].strip():
        return  # nothing after its typed label ("2. "): no end to mark, and the label's own stop is none
    last = text[-1]
    doubled = (last == end and (text[-2:-1] in DOUBLED_BEFORE or stop_before(text[:-1], end))) or (
        text[-2:-1] == end and last != end and last in ",;.:，；。：" + OTHER_STOPS)
    if doubled and len(text) - 1 > part.offset:
        # "……；。" at the end of the resolution, "…;." or "……，，": the right mark, and another clause mark typed
        # before it; "……；。" before the end: the right mark, and a full stop after it
        ctx.add("end-doubled", part, len(text) - 1, fix=f"end it with {end!r} alone",
                edits=[Replace(len(text) - 2, len(text), end)], marks=text[-2:], end=end)
        return
    if last == end and end in ",;，；":
        joined = joiner_start(text[:-1].rstrip(" \u00a0"))
        if joined is not None and joined > part.offset:
            # "…, and," / "…; or;": a list's joiner typed before the paragraph's own mark (a form's ", and" with the
            # comma added): the mark alone ends the paragraph, so the joiner and the mark are one wrong end
            fields.setdefault("end", end)
            stop = len(part.text) if not part.text[len(text):].strip(" \u00a0") else len(text)
            ctx.add(rule_id, part, joined + 1, fix=f"end it with {end!r}", edits=[Replace(joined, stop, end)],
                    **fields)
            return
    if last == end or text.rstrip(CLOSING_QUOTES)[-1:] == end and not _ends_quoted_clause(text):
        return  # also a mark set inside the closing quotation mark ("… or t,\""), unless it is a quoted clause's own
    fields.setdefault("end", end)
    before = without_footnote(text[:-1])
    number = text[len(before):-1].strip()
    figure = before[-2:-1].isdigit() and before[-1:] in ",." and len(number) == 3 and number.isdigit()  # "7,866."
    if fixable and last in ",;.:，；。：" and number and not figure and before.endswith(end):
        # "… 2010,2.": the right mark, a footnote number typed after it (digit-glued's), then a stray mark: the
        # stray mark goes, so that the number's own fix leaves the right mark last
        ctx.add(rule_id, part, len(text), fix=f"end it with {end!r}", edits=[Replace(len(text) - 1, len(text), "")],
                **fields)
        return
    if (last in ":：" and not colon_fixable) or not fixable:
        ctx.add(rule_id, part, len(text), fix="", edits=(), **fields)
        return
    joined = joiner_start(text)
    # the enumeration comma 、 ends no paragraph: typed for ， (安全理事會、), it is replaced, not kept before the mark
    replaceable = last in ",;.:，；。：、" + OTHER_STOPS or last in FULL_TO_HALF or last in HALF_TO_FULL
    start = joined if joined is not None else len(text) - 1 if replaceable else len(text)
    if joined is None and text.endswith(".."):
        start = max(len(text.rstrip(".")), part.offset)  # "… that follow...": the ellipsis goes with the wrong end
    stop = len(text)
    if end in FULL_TO_HALF:  # a full-width mark carries its own space: it takes the spaces around it
        while (replaceable or joined is not None) and start > 0 and part.text[start - 1] in " \u00a0":
            start -= 1
        if not part.text[stop:].strip(" \u00a0"):
            stop = len(part.text)
    ctx.add(rule_id, part, start + 1 if joined is not None else len(text), fix=f"end it with {end!r}",
            edits=[Replace(start, stop, end)], **fields)


def _ends_quoted_clause(text: str) -> bool:
    """``text`` ends with a quoted clause that has its own label ("… as follows: “4. Requests …;”"): the mark inside
    the closing quotation mark is that clause's, and the quoting paragraph still needs its own after it."""
    opening = OPENING_QUOTE.get(text[-1:])
    start = text.rfind(opening, 0, len(text) - 1) if opening else -1
    return start >= 0 and QUOTED_CLAUSE.match(text, start + 1) is not None


# what may close a clause's last words without ending its sentence: a bracket ("(KCSD)"), a quotation mark
_CLOSERS = ")）]】”’\"'"


def _chapeau(ctx: Context, part: Node) -> None:
    """A paragraph introducing sub-paragraphs ends with a colon, or a sub-paragraph reads as a heading of its list
    ("(b) Security Sector Reform (SSR)"); a UN sub-paragraph may also end with a comma like its sibling items.
    An operative paragraph whose sentence stops on a small word ("…, shall") lacks its colon."""
    text = without_footnote(part.text)
    if not text or run_in_item(part) is not None:
        return  # its colon stands before its first item, run into its paragraph (sub-run-in says so)
    if ctx.lang == "zh" and text[-1] == ":":  # a half-width colon ends a Chinese chapeau: "…多边开发银行:" (ZH-P01)
        require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"], colon_fixable=True)
        return
    if ctx.lang == "en" and text[-1] == "：":  # a full-width colon typed with a Chinese input method: "… to："
        require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"], colon_fixable=True)
        return
    if text[-1] not in WRONG_MARKS and not _sentence_cut(ctx, part, text):
        if ctx.profile != "un" and part.role == "operative" and text.rstrip(_CLOSERS)[-1:].isalnum():
            # MUN-F06: "… to be successful" + "a-"; "… Security Department (KCSD)" + "a.": a clause's words closed by
            # a bracket or a quotation mark end no sentence either
            require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"])
        elif ctx.profile != "un" and part.role == "sub" and _sub_sentence(ctx, text):
            require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"])  # "b. Members will meet in related countries"
        elif part.role == "sub" and _announces_zh(ctx, text):
            require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"])  # "（b）……报告应包括" + "（i）……；"
        return
    if ctx.profile == "un" and part.role == "sub" and text[-1] in ",，":
        return
    require_end(ctx, part, "chapeau-colon", ctx.end["chapeau"])


def _sentence_cut(ctx: Context, part: Node, text: str) -> bool:
    """An English operative paragraph that ends on a word in small letters: a sentence its sub-paragraphs go on,
    not a heading."""
    return ctx.lang == "en" and part.role == "operative" and SMALL_WORD_END.search(text) is not None


def _sub_sentence(ctx: Context, text: str) -> bool:
    """An English sub-paragraph without a final mark that is a sentence (a finite verb, its last word in small
    letters: "b. Members will meet in the countries concerned") rather than the heading of its items
    ("(b) Security Sector Reform (SSR)", "a. Financial support")."""
    return ctx.lang == "en" and SMALL_WORD_END.search(text) is not None and FINITE_VERB.search(text) is not None


def _announces_zh(ctx: Context, text: str) -> bool:
    """A Chinese sub-paragraph without a final mark that ends on a word announcing what follows (……包括, 特别是,
    如下): a sentence its items go on, which needs its colon (UN-B11, ZH-B04), not the heading of its list."""
    return ctx.lang == "zh" and text.rstrip(_CLOSERS).endswith(tuple(ANNOUNCING_ZH))


def _breaks_semicolons(ctx: Context, sub: Node, subs: list[Node], closes_paragraph: bool) -> bool:
    """UN-B11: under ``un`` a sub-paragraph ``sub`` ending with a comma where more of the other items of its list
    before the last end with a semicolon ("…;" or "…; and") than with a comma: the list has taken the semicolon,
    and the comma breaks it. The UN's own lists never mix the two (the Council's mandate lists hand on with commas
    throughout, and stay right); the last item carries its clause's mark and says nothing of the list's; and where
    the commas are as many or more, the semicolon is the odd one (a comma list whose item lacked its mark, given
    ";" by --fix: S/RES/2550 (2020) ¶30, which must not turn the five commas before it into findings). MUN-F06 lets
    "," and ";" mix in English; a Chinese sub-paragraph follows its clause's logic under every profile (ZH-B04:
    items end with "；"), so "（i）……，" among "；" items breaks its list there too, and the last item of a list that
    does not close its clause (an inner list, "（iii）……；" before "（b）") hands on like the others and counts."""
    if ctx.profile != "un" and ctx.lang != "zh":
        return False
    comma = "," if ctx.lang == "en" else "，"
    marks = {ctx.end["sub"]: 0, comma: 0}
    for other in subs if ctx.lang == "zh" and not closes_paragraph else subs[:-1]:
        if other is sub or other.children or other.continuation or other.kind == "bullet":
            continue
        text = without_footnote(other.text).rstrip()
        joined = joiner_start(text)
        end = text[joined] if joined is not None else text[-1:]
        if end in marks:
            marks[end] += 1
    return marks[ctx.end["sub"]] > marks[comma]


def _subs(ctx: Context, subs: list[Node], last_paragraph: bool, closes_paragraph: bool) -> None:
    """Sub-paragraphs end with a semicolon (or hand on with a comma or a list joiner); the one that closes its
    operative paragraph carries that paragraph's mark, the very last one the final full stop.
    ``closes_paragraph``: the last of ``subs`` is the last text of its operative paragraph."""
    announcing = flat_items(subs)
    for j, sub in enumerate(subs):
        closing = closes_paragraph and j == len(subs) - 1
        if sub.continuation:
            continue
        if announcing is not None and sub is announcing[0]:
            continue  # its ":" is right: the items after it stand at its level (sub-items-level)
        if sub.children:
            _chapeau(ctx, sub)
            _subs(ctx, sub.children, last_paragraph, closing)
            continue
        text = without_footnote(sub.text)
        if closing and last_paragraph:
            require_end(ctx, sub, "final-stop", ctx.end["last"])
        elif joiner_start(text) is not None and closing:
            # "(xiv) a yearly report; and" closing its paragraph: the list's joiner hands on to no item, and the
            # paragraph's own mark is missing (MUN-F06, UN-B11)
            require_end(ctx, sub, "sub-end", ctx.end["sub"])
        elif joiner_start(text) is not None or (sub.kind == "bullet" and text[-1:] in HAND_ON[ctx.lang]
                                                 and not (closing and text[-1:] in ",，")):
            continue  # a bullet closing its paragraph with a comma leaves the paragraph's own mark out (MUN-F06)
        elif text.endswith("," if ctx.lang == "en" else "，") and not closing:
            if _breaks_semicolons(ctx, sub, subs, closes_paragraph):
                require_end(ctx, sub, "sub-end", ctx.end["sub"])  # "(a) …; (b) …, (c) …;" under un (UN-B11)
            continue  # MUN-F06 and UN mandate lists: items hand on with a comma; the last carries the clause's mark
        else:
            require_end(ctx, sub, "sub-end", ctx.end["sub"])
