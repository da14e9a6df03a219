"""Sub-paragraph labels: in sequence at each depth, in the label style the profile uses there, nested, and
(under the MUN profiles) never a single sub-clause alone under its paragraph.

Word-numbered sub-paragraphs are judged by the labels Word shows once the fixes found so far are made
(:mod:`drafter.check.lists`). A sub-list that continues or restarts the wrong Word list is one finding at its
first wrong label, whose fix moves it (and the sub-paragraphs after it in that list) into the right list; a
group of sub-paragraphs numbered at level 0 of a list of their own (at the margin, beside the clauses) is one
finding, whose fix makes them a lower level of the clause's list.
"""

from __future__ import annotations

from functools import partial

from drafter.bilingual import EMPTY, Text
from drafter.check.context import Context
from drafter.check.families.clause_marks import health_assembly, label_alone, security_council, without_footnote
from drafter.check.report import Correction
from drafter.labelkinds import (
    AUTOCORRECTED_LABELS,
    INSERTED_LETTER,
    Typed,
    expected_label,
    label_kind,
    label_only,
    label_value,
    plain_marks,
    read_label,
    read_typed,
    renumbered,
)
from drafter.labels import letters_value
from drafter.lookalike import described
from drafter.patterns import lazy
from drafter.structure import LabelKind, Node, word_label_kind
from drafter.structure.body import same_shape
from drafter.word.edit import Replace
from drafter.word.listdesign import LevelForm
from drafter.word.numbering import Assignment, Label

LETTERED = {"letter", "letter-dot", "letter-close"}
ROMAN = {"roman", "roman-dot", "roman-close"}
UNCOUNTED = {"bullet", "outline"}  # typed labels --fix counts by their place in the list, not by what they say
STYLED_KINDS = LETTERED | ROMAN | {"zh-circled", "zh-paren"}
TYPED_SUB_KINDS = {"letter", "roman", "number", "circled", "zh-number"}  # a typed label, not a dash or bullet
UN_UNSTYLED = {"number-paren"}  # lists adopted UN texts also use ("(1)")


def flat_items(subs: list[Node]) -> tuple[Node, list[Node]] | None:
    """Items left at the level of the sub-paragraph that announces them: a Word-numbered sub-paragraph ending with
    ":" with nothing under it, followed by Word-numbered siblings of its own list and level ("(b) … using covers
    that:" + "(c) resist heat;" "(d) …;", where "(i)" "(ii)" one level lower were meant: Enter after the colon and no
    Tab). The announcing sub-paragraph and the siblings after it; None when ``subs`` has none."""
    for j, sub in enumerate(subs):
        rest = subs[j + 1:]
        if not sub.auto or sub.children or sub.continuation or not rest \
                or without_footnote(sub.text).rstrip()[-1:] not in (":", "："):
            continue
        place = (sub.para.list_id, sub.para.level)
        if all(s.auto and not s.children and (s.para.list_id, s.para.level) == place for s in rest):
            return sub, rest
        return None
    return None


CLAUSE_ENDS = (";", "；", ".", "。")


def pushed_down(ctx: Context, op: Node) -> list[Node]:
    """Clauses a student pushed one level down Word's list (Tab), or put in the list that numbers the items (its own
    list, whose level 0 is lettered), under the Word-numbered operative paragraph ``op``: items that open with an
    emphasised operative lead, as the clauses do, and end as a clause ends, after items of the same list that open
    with none; Word shows each as the next sub-paragraph ("c)", "(c)"). The first item is such a clause too when
    ``op`` itself ends as a clause ends (";", not ":"), or with a comma (the clause's own slip for ";": a comma
    announces no items either): the "a." Word shows under it is the next clause moved down with Tab."""
    out: list[Node] = []
    if not op.auto or not op.emphasised:
        return out
    complete = without_footnote(op.text).rstrip()[-1:] in (";", "；", ",", "，")
    for j, sub in enumerate(op.children):
        # down a level of the clauses' list, or into the list that numbers the items ("(c)" of a list of its own)
        down = bool(sub.para.level) or sub.para.num_id != op.para.num_id
        if (j == 0 and not complete) or not sub.auto or not down or not sub.emphasised or sub.phrase is None:
            continue
        if any(s.emphasised for s in op.children[:j]) or sub.text.rstrip()[-1:] not in CLAUSE_ENDS:
            continue
        if sub.phrase.kind == "operative" or any(p.kind == "operative" for _, p in ctx.phrases.matches(sub.content)):
            out.append(sub)
    return out


def typed_clause_as_item(ctx: Context, sub: Node) -> bool:
    """``sub``, an English first-level item with a typed label, is the next clause typed as an item of the clause
    before it ("b) Further requests UNEP to fund a study …;" among "a) a definition of …;" "c) rules for …;"): it opens
    with a capital and an operative lead, as the clauses do, and ends as a clause ends, after items of its list that
    open with none, and the list's other items open in small letters. The first item only when its clause ends as a
    clause ends (";", not ":"): it announces no items. An item is the organ's words going on, never a new sentence of
    the organ's with its own verb (UN-B06, MUN-F06)."""
    op = sub.parent
    if ctx.lang != "en" or op is None or op.role != "operative" or sub.auto or sub.typed is None \
            or sub.phrase is None or sub.phrase.kind != "operative" or not sub.content.lstrip()[:1].isupper() \
            or sub.text.rstrip()[-1:] not in CLAUSE_ENDS:
        return False
    at = next((j for j, s in enumerate(op.children) if s is sub), 0)
    if at == 0 and without_footnote(op.text).rstrip()[-1:] not in (";", "；"):
        return False
    if any(s.phrase is not None and s.phrase.kind == "operative" for s in op.children[:at]):
        return False
    # the list's other items open in small letters: its capital is no style of the list's ("(c) Encourage …" among
    # "(a) Strengthen …" "(b) Develop …" under "requests the Secretary-General to:" in a Council text opens each so)
    return not any(s.content.lstrip()[:1].isupper() for s in op.children if s is not sub)


def _flat_items(ctx: Context, subs: list[Node], depth: int) -> None:
    """One finding on each item left at the level of the sub-paragraph announcing it (:func:`flat_items`), whose
    fix makes the items a lower level of their Word list when Word would then label them in the profile's style
    for that depth."""
    found = flat_items(subs)
    if found is None:
        return
    _restyle(ctx, depth + 1)  # the level the items go to as the fixes leave it ("(i" restyled "(i)"), not as it is
    chapeau, items = found
    place = ctx.lists.assignment(chapeau.para.index)
    moves: dict[int, Assignment] = {item.para.index: (place[0], place[1] + 1)
                                    for item in items} if place is not None and place[1] < 8 else {}
    labels = ctx.lists.trial(moves) if moves else []
    lower = [labels[item.para.index - 1] for item in items] if moves else []
    fits = bool(lower) and all(label is not None and word_label_kind(label.text, label.num_format) in
                               allowed_kinds(ctx.profile, depth + 1, ctx.lang) for label in lower)
    edits = ctx.lists.commit(moves) if fits else []
    for k, item in enumerate(items):
        label = lower[k] if fits else None
        expected = label.text if label is not None else example_label(ctx.profile, ctx.lang, depth + 1)
        ctx.add("sub-items-level", item, fix="make the items a lower level of the list" if fits else "",
                edits=[e for e in edits if e.paragraph == item.para.index], found=item.para.label, expected=expected)


def _next_label_alone(ctx: Context, sub: Node) -> bool:
    """The paragraph after ``sub`` (and what continues it) is a label of the same kind alone on its line: the
    second sub-paragraph, its words on the line after (label-alone says so), so ``sub`` is not single."""
    last = max(n.para.index for n in [sub, *sub.continuation, *sub.children])
    after = next((n for n in ctx.nodes if n.para.index > last), None)
    typed = label_only(after.para.text) if after is not None else None
    return typed is not None and sub.typed is not None and typed.kind == sub.typed.kind


def _item_left_above(ctx: Context, single: Node, depth: int) -> Node | None:
    """The item right after the single sub-paragraph ``single`` (at ``depth`` 2 or deeper) that stands at its
    parent's level although it most likely belongs under it ("b. …, in particular for:" / "i. …;" / "c. …;", Word's
    "ii." put a level too high): the parent's next sibling and the last item of the parent's list, with no items or
    paragraphs of its own, right after ``single``, the parent ending with the colon that introduces a list (MUN-F06:
    "i." cannot be the list's only item). None otherwise."""
    parent = single.parent
    if depth < 2 or parent is None or parent.parent is None or single.children or single.continuation:
        return None
    siblings = parent.parent.children
    at = next((k for k, node in enumerate(siblings) if node is parent), None)
    if at is None or at + 2 != len(siblings):
        return None
    after = siblings[-1]
    if after.children or after.continuation or parent.continuation:
        return None
    if not parent.content.rstrip().endswith((":", "：")):
        return None
    following = next((n for n in ctx.nodes if n.para.index > single.para.index), None)
    return after if following is after else None


# the colon that introduces a list, and the spaces after it, before a first item typed on the same line
_INTRODUCING_COLON = lazy(r"[:：][ \t\u3000]*")


def run_in_item(part: Node) -> tuple[int, str] | None:
    """The first item of ``part``'s list typed in ``part``'s own paragraph, right after the colon that introduces
    the list, while the items after it stand on paragraphs of their own ("3. Recommends that …: (a) deliver …;"
    over "(b) …", "(c) …"; "5. 促请各国提供：(a) ……；" over "(b) ……；"): its offset and label, when the first of
    ``part``'s own items is of the same kind and counts on from it. None otherwise."""
    if not part.children:
        return None
    first = part.children[0]
    text = part.text
    for colon in _INTRODUCING_COLON.finditer(text, part.offset):
        typed = read_typed(text[colon.end():])
        if typed is None or typed.kind not in ("letter", "roman", "zh-number", "circled") or "\n" in typed.text:
            continue
        kind = label_kind(typed.text)
        if kind != first.kind or label_value(typed.text, kind) != 1:
            continue
        if label_value(first.typed.text if first.typed is not None else first.label, kind) != 2:
            continue
        return colon.end() + typed.start, typed.text.strip()
    return None


def check(ctx: Context, subs: list[Node], depth: int) -> None:
    """The labels of ``subs`` (sub-paragraphs at ``depth``, 1 under an operative paragraph) and of their children."""
    if subs and all(not s.label and not s.auto for s in subs):
        return  # items of a draft without any labels: its numbering-absent finding covers them, and names them
    run_in = run_in_item(subs[0].parent) if subs and subs[0].parent is not None else None
    if run_in is not None:  # "…: (a) …;" in the clause's paragraph, "(b)" on its own: the first item is run in
        assert subs[0].parent is not None
        ctx.add("sub-run-in", subs[0].parent, run_in[0] + 1, found=run_in[1])
    if len(subs) == 1 and ctx.profile != "un" and run_in is None and not (  # MUN-F06; UN texts have single items
            depth == 1 and subs[0].parent is not None and subs[0] in pushed_down(ctx, subs[0].parent)) \
            and not _next_label_alone(ctx, subs[0]):
        # a clause moved down with Tab is reported as such (operative-sub-level)
        left = _item_left_above(ctx, subs[0], depth)
        if left is None:
            ctx.add("sub-clause-single", subs[0], also=EMPTY)
        else:  # "b. …: i. …;" then "c. …" ending the list: "c." is most likely the second item, a level too high
            label, kind = shown(ctx, subs[0])
            second = renumbered(label, 2, kind)
            ctx.add("sub-clause-single", subs[0], also=Text(
                f"; {shown(ctx, left)[0]!r} after it, the last item of the list above, may be its second item "
                f"({second!r}), a level too high",
                f"；其后的“{shown(ctx, left)[0]}”（上一级列表的最后一项）可能是其第二项（“{second}”），层级高了一级"),
            ).cover([left.para.index])
    _flat_items(ctx, subs, depth)
    flat = flat_items(subs)
    if flat is not None:
        subs = subs[:subs.index(flat[0]) + 1]  # the items after it are reported (and planned a level lower) there
    _restyle(ctx, depth)
    counts: dict[str, int] = {}
    parent = subs[0].parent if subs else None
    if run_in is not None:
        counts[subs[0].kind] = 1  # the item run into the clause's paragraph counts: the next one is "(b)"
    for bare in parent.continuation if parent is not None else []:
        # a label alone on a line before the first item, its words on the next (label-alone): it counts
        typed = label_alone(bare)
        if typed is not None and bare.para.index < subs[0].para.index and label_kind(typed.text) == subs[0].kind:
            counts[subs[0].kind] = counts.get(subs[0].kind, 0) + 1
    # clauses pushed down under the clause (operative-sub-level says so): the label Word shows them is no item's
    pushed = {id(n) for n in pushed_down(ctx, parent)} if depth == 1 and parent is not None else set()
    previous: Node | None = None
    off = False  # the sibling before was a Word label out of sequence, reported or following one that was
    relabelled: set[int] = set()  # typed labels that count on from a slip before them (one slip, one finding)
    for sub in subs:
        _typed_over_word(ctx, sub)
        if ("as-clause", sub.para.index) in ctx.lists.attempted and (
                not _at_margin(ctx, sub) or ("as-clause-kept", sub.para.index) in ctx.lists.attempted):
            previous = sub  # numbered as a clause, reported by numbered_as_clause (and moved, where it can be)
            counts[shown(ctx, sub)[1]] = counts.get(shown(ctx, sub)[1], 0) + 1
            check(ctx, sub.children, depth + 1)
            continue
        sibling = _typed_as_next_clause(sub, subs) if depth == 1 else None
        if sibling is not None:  # "3." under clause 2, then "(b)": the list is the second item's, "(a)" first
            assert sub.typed is not None
            kind = shown(ctx, sibling)[1]
            counts[kind] = 1
            _out_of_sequence(ctx, sub, renumbered(sibling.typed.text if sibling.typed is not None else sibling.label, 1,
                                             kind))
            off, previous = False, sub
            check(ctx, sub.children, depth + 1)
            continue
        label, kind = shown(ctx, sub)
        word_kind = _word_list_kind(ctx, sub, subs, depth) if id(sub) not in pushed else None
        if word_kind is not None:  # a typed item among Word's: its place in Word's list, in Word's style
            counts[word_kind] = counts.get(word_kind, 0) + 1
            retyped = _retyped(ctx, sub, depth, counts[word_kind])
            ctx.add("sub-label-style", sub, fix=f"write {retyped[0].text!r}" if retyped else "", edits=retyped,
                    found=label, expected=retyped[0].text.strip() if retyped else example_label(
                        ctx.profile, ctx.lang, depth), profile=ctx.profile, why=EMPTY)
            off, previous = False, sub
            check(ctx, sub.children, depth + 1)
            continue
        reshaped = _reshaped(subs[0], sub, counts)
        if reshaped is not None:  # "b)" after "a.": the list goes on in another form, relabelled in its first one
            counts[subs[0].kind] = counts.get(subs[0].kind, 0) + 1
            if subs[0].kind not in allowed_kinds(ctx.profile, depth, ctx.lang) and not _un_unstyled(ctx, subs[0].kind):
                # a form the profile does not take there ("二、" after "（一）"): the style the list's first label is
                # retyped to ("（b）"), as that label's own finding retypes it, so the fixed list reads as one
                style = _style_example(ctx, subs[0], depth, counts[subs[0].kind])
                reshaped = reshaped if style is None else renumbered(style, counts[subs[0].kind], label_kind(style))
            _out_of_sequence(ctx, sub, reshaped)
            off, previous = False, sub
            check(ctx, sub.children, depth + 1)
            continue
        if _after_case_slip(subs[0], sub, counts):  # "ii." after "I.": the list goes on; "I." is the slip
            counts[subs[0].kind] = counts.get(subs[0].kind, 0) + 1
            off, previous = False, sub
            check(ctx, sub.children, depth + 1)
            continue
        inverted = _inverted_label(ctx, sub, depth) \
            if label_value(label, kind) == counts.get(kind, 0) + 1 else None
        if inverted is not None:  # "(a)" under "(1)": the levels typed the other way round
            assert sub.typed is not None and sub.parent is not None
            counts[kind] = counts.get(kind, 0) + 1
            start = sub.typed.start
            ctx.add("sub-label-inverted", sub, start + 1, fix=f"write {inverted!r}",
                    edits=[Replace(start, start + len(sub.label), inverted)], found=sub.label,
                    parent=sub.parent.label, wanted=_style_examples(ctx, sub.parent, depth - 1)[0], expected=inverted)
            off, previous = False, sub
            check(ctx, sub.children, depth + 1)
            continue
        if sub.auto and sub.para.index in ctx.lists.reformed and id(sub) not in pushed:
            # Word's labels in another style, restyled
            before, edits = ctx.lists.reformed[sub.para.index]
            ctx.add("sub-label-style", sub, fix=f"restyle Word's list to show {label!r}", edits=edits,
                    found=before, expected=example_label(ctx.profile, ctx.lang, depth), profile=ctx.profile, why=EMPTY)
        counts[kind] = counts.get(kind, 0) + 1
        n = counts[kind]
        expected = expected_label(kind, n)
        lost = sub.typed is not None and not sub.auto and sub.typed.mark_lost  # "ii" after "i.": counted, its mark
        wrong = expected is not None and (sub.typed.value if lost and sub.typed is not None
                                          else label_value(label, kind)) != n
        if sub.auto and _at_margin(ctx, sub):
            if previous is None or not (_at_margin(ctx, previous) and _same_list(ctx, previous, sub)):
                edits = _move(ctx, sub, _nested_place(ctx, sub), counts, kind, depth)
                fix = "make the group a lower level of the clause's list" if edits else ""
                _recount(ctx, sub, counts, kind, edits)
                if wrong:
                    ctx.add("sub-label-sequence", sub, fix=fix, edits=edits, found=seen(ctx, sub, label),
                            expected=renumbered(label, n, kind))
                else:
                    ctx.add("sub-label-level", sub, fix=fix, edits=edits, found=seen(ctx, sub, label))
        elif wrong and sub.auto:
            if not (off and previous is not None and _continues(ctx, previous, sub)):
                place = ctx.lists.assignment(previous.para.index) if previous is not None and previous.auto \
                    else _nested_place(ctx, sub)
                edits = _move(ctx, sub, place, counts, kind, depth)
                fix = "continue the right list"
                if not edits and kind in STYLED_KINDS:
                    edits, fix = _restart(ctx, sub, counts, kind), f"number the list from {expected_label(kind, n)}"
                _recount(ctx, sub, counts, kind, edits)
                ctx.add("sub-label-sequence", sub, fix=fix if edits else "", edits=edits,
                        found=seen(ctx, sub, label), expected=renumbered(label, n, kind))
                off = not edits
            previous = sub
            check(ctx, sub.children, depth + 1)
            continue
        elif wrong and id(sub) in relabelled:
            pass  # counts on from a slip before it: relabelled by that slip's fix
        elif wrong:
            # a label also in a style the profile does not use there is relabelled in the style its list's other
            # labels are retyped to ("A." "C." → "i." "ii.", not "i." "B."): one kind per list, so the fixed
            # draft reads (and --fix finds) the same nesting
            style = _style_example(ctx, sub, depth) if kind not in allowed_kinds(ctx.profile, depth, ctx.lang) \
                and not _un_unstyled(ctx, kind) else None
            if style is None and _inserted_after(sub) and previous is not None and previous.typed is not None \
                    and previous.kind == sub.kind:
                style = previous.label  # "(c bis)" after "c)": relabelled "d)", in its list's own marks
            fixed = _relabelled(sub.label, sub.kind, n, style)
            start = sub.typed.start if sub.typed is not None else 0
            edits = [Correction(Replace(start, start + len(sub.label), fixed)), *_relabel_after(sub, subs, n, style)]
            relabelled |= {id(s) for s in subs if any(e.paragraph == s.para.index for e in edits[1:])}
            ctx.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}" + (
                " and the labels after it" if len(edits) > 1 else ""), edits=edits, found=sub.label, expected=fixed)

        elif (kind not in allowed_kinds(ctx.profile, depth, ctx.lang) and not _un_unstyled(ctx, kind)
              or _same_as_above(ctx, sub, depth)) and id(sub) not in pushed:
            # a bullet, an outline label, or one past the last its kind can count to (the eleventh stem after 癸),
            # is retyped at its place in the list, not at the value it names
            retyped = [] if sub.auto else _retyped(ctx, sub, depth, n if kind in UNCOUNTED or expected is None
                                                   else None)
            # the label the fix writes is the example the message gives ("a." for "1." when the profile takes
            # both "(a)" and "a."), so that the message and the fix agree
            ctx.add("sub-label-style", sub, fix=f"write {retyped[0].text!r}" if retyped else "", edits=retyped,
                    found=label, expected=retyped[0].text.strip() if retyped else example_label(
                        ctx.profile, ctx.lang, depth), profile=ctx.profile,
                    why=SAME_AS_ABOVE if _same_as_above(ctx, sub, depth) else EMPTY)
        elif sub.typed is not None and not sub.auto and sub.typed.mark_lost:
            _mark_lost(ctx, sub, kind)
        elif sub.typed is not None and not sub.auto and sub.typed.stop_and_bracket:
            _mixed_marks(ctx, sub)
        elif sub.typed is not None and not sub.auto and sub.typed.bracket_and_stop:
            _stop_after_bracket(ctx, sub)
        elif sub.typed is not None and not sub.auto and plain_marks(sub.typed.text, ctx.lang == "en") != sub.typed.text:
            _plain_marks(ctx, sub)
        elif sub.typed is not None and not sub.auto and sub.typed.kind in ("letter", "roman") \
                and sub.typed.text.endswith("、"):
            _enumeration_comma(ctx, sub)
        off = False
        previous = sub
        check(ctx, sub.children, depth + 1)


def line_items(ctx: Context, part: Node) -> None:
    """Sub-paragraphs typed after manual line breaks inside the paragraph of their clause ("… to:⏎(a) …;⏎(b) …;",
    a draft pasted from a web page or a chat, typed on a phone): their typed labels in sequence and in the profile's
    style, as if each were a paragraph of its own; one finding of each rule a paragraph, at the first label that breaks
    it. Numbers ("2.") after a break open a clause (``clause-after-break``), not an item. An item whose line ends
    with a colon introduces the items after it ("(b) on routes with:⏎(i) …;⏎(ii) …;"): a label of another kind
    after it opens the next level down, judged in that level's style, and a label of a list still open ("(c)" after
    "(ii)") goes back to it (UN-B10, MUN-F06)."""
    text = part.text
    if "\n" not in text[part.offset:]:
        return
    levels: list[_LineList] = []  # the lists open at the line, outermost first
    said: set[str] = set()
    introduced = False  # the line before ends with a colon
    at = text.index("\n", part.offset)
    while at >= 0:
        start = at + 1
        typed = read_typed(text[start:])
        at = text.find("\n", start)
        line = text[start:at if at >= 0 else len(text)]
        if typed is None or typed.kind not in ("letter", "roman", "zh-number", "circled"):
            continue
        place = _line_place(levels, typed, introduced)
        introduced = line.rstrip().endswith((":", "："))
        if place < len(levels):
            level = levels[place]
            del levels[place + 1:]
            kind = _line_kind(typed, level)
            if kind != level.kind and not typed.other_case_of(level.first):
                level = levels[place] = _LineList(kind, typed)  # another kind at the same depth: counted anew
        else:
            kind = _line_kind(typed)
            level = _LineList(kind, typed)
            levels.append(level)
        level.count += 1
        level.last = typed
        depth = place + 1
        n = level.count
        expected = expected_label(kind, n)
        column = start + typed.start + 1
        if "style" not in said and kind not in allowed_kinds(ctx.profile, depth, ctx.lang) \
                and not _un_unstyled(ctx, kind):
            said.add("style")
            ctx.add("sub-label-style", part, column, found=typed.text,
                    expected=example_label(ctx.profile, ctx.lang, depth), profile=ctx.profile, why=EMPTY)
        elif "sequence" not in said and expected is not None and label_value(typed.text, kind) != n:
            said.add("sequence")
            ctx.add("sub-label-sequence", part, column, found=typed.text, expected=renumbered(typed.text, n, kind))


class _LineList:
    """A list of items typed after line breaks: its kind (its first label's), that label, how many items it has
    counted and its last label."""

    def __init__(self, kind: str, first: Typed) -> None:
        self.kind, self.first, self.last, self.count = kind, first, first, 0


def _line_kind(typed: Typed, level: _LineList | None = None) -> str:
    """The kind of an item's label, read after the last item of ``level`` ("(i)" after "(h)" is a letter)."""
    return label_kind(typed.text, (level.kind, level.last.text) if level is not None and level.count else None)


def _line_place(levels: list[_LineList], typed: Typed, introduced: bool) -> int:
    """The depth (0-based) of an item typed after a line break: the open list it goes on with (its kind, or the
    other case of its first label: "(ii)" after "(I)"), else one level below the last when the line before
    introduces it with a colon, else the last level. After a colon, a label that opens a list of its own kind ("(i)"
    after "(h) … with:") opens the level below rather than going on with an open list it could also continue."""
    if introduced and levels:
        own = label_kind(typed.text)
        if own != levels[-1].kind and label_value(typed.text, own) == 1:
            return len(levels)
    for place, level in enumerate(levels):
        if _line_kind(typed, level) == level.kind or typed.other_case_of(level.first):
            return place
    if introduced or not levels:
        return len(levels)
    return len(levels) - 1


def _typed_as_next_clause(sub: Node, subs: list[Node]) -> Node | None:
    """The second item, when ``sub`` is the first item under an operative paragraph typed with the next clause's
    number ("3." under clause 2, the structure reads it as an item by its indent) and the item after it counts 2
    in a kind of its own ("(b)"): the list is that item's, and ``sub`` its first one mislabelled. None otherwise."""
    typed, parent = sub.typed, sub.parent
    if len(subs) < 2 or sub is not subs[0] or sub.auto or typed is None or typed.kind != "number" \
            or parent is None or parent.role != "operative" or typed.value != parent.number + 1:
        return None
    after = subs[1]
    if after.auto or after.typed is None or after.typed.kind in ("number", "bullet", "outline") or after.typed.value != 2:
        return None
    return after


def _reshaped(first: Node, sub: Node, counts: dict[str, int]) -> str | None:
    """The label ``sub`` should have when its list, opened by ``first`` ("a."), goes on with the next label in
    another form ("b)"): the same kind of token, the same case, the value the list has reached; or, when the label
    counts on neither the list nor a run of its own form ("(b)" after "a." "a."), the list's next label in its first
    form ("c."), since one in its own form would open a list of its own ("(a)") and be read a level lower. None
    otherwise (Word's labels, another kind, a run of its own form)."""
    own, opening = sub.typed, first.typed
    counted = ("letter", "roman", "number", "zh-number")
    if not (sub is first or sub.auto or first.auto or own is None or opening is None) and own.kind in counted \
            and opening.kind in counted and own.kind != opening.kind and own.shape == opening.shape \
            and own.value >= 2 and own.value == counts.get(first.kind, 0) + 1 and not counts.get(sub.kind):
        # "（2）" after "（i）": the list goes on with a label of another kind in its shape, counting its place (the
        # structure reads it so, :func:`drafter.structure.body._count_goes_on`): relabelled in the list's kind
        return renumbered(opening.text, own.value, first.kind)
    if sub is first or sub.auto or first.auto or own is None or opening is None \
            or own.kind not in counted or own.kind != opening.kind \
            or own.upper != opening.upper or same_shape(own, opening):
        return None
    reached = counts.get(first.kind, 0) + 1
    if own.value != reached:
        if not own.value or own.value == counts.get(sub.kind, 0) + 1:
            return None  # a label naming no place ("(c bis)"), or one of a run of its own form
        return renumbered(opening.text, reached, first.kind)
    return opening.text[: len(opening.text) - len(opening.text.lstrip("([（【"))] + own.token + \
        opening.text[opening.text.index(opening.token) + len(opening.token):]


def _after_case_slip(first: Node, sub: Node, counts: dict[str, int]) -> bool:
    """``sub`` ("ii.") goes on with the list ``first`` opened in the other case ("I.", Word's AutoCorrect capitalising
    an "i" alone at the start of a line; "A)" before "b)"): the same kind of token and shape, the value the list has
    reached. The slip is the first label's, which its own style finding names; ``sub`` is right."""
    own, opening = sub.typed, first.typed
    if sub is first or sub.auto or first.auto or own is None or opening is None \
            or not own.other_case_of(opening) or not opening.upper:
        return False
    return own.value == counts.get(first.kind, 0) + 1


def _mark_lost(ctx: Context, sub: Node, kind: str) -> None:
    """A label typed without the mark of its list ("ii No retention …" among "i." and "iii."): the label with it."""
    typed = sub.typed
    assert typed is not None
    fixed = expected_label(kind, typed.value) or typed.token
    ctx.add("sub-label-style", sub, typed.start + 1, fix=f"write {fixed!r}",
            edits=[Replace(typed.start, typed.start + len(typed.text), fixed)], found=typed.text, expected=fixed,
            profile=ctx.profile, why=EMPTY)


def _mixed_marks(ctx: Context, sub: Node) -> None:
    """A label typed with a full stop and a bracket ("a.)", "ii.)"): the style allows "a)", so the full stop goes."""
    typed = sub.typed
    assert typed is not None
    stop = typed.start + len(typed.text) - 2  # the full stop just before the bracket
    fixed = typed.text[:-2] + typed.text[-1]
    ctx.add("sub-label-style", sub, stop + 1, fix=f"write {fixed!r}", edits=[Replace(stop, stop + 1, "")],
            found=typed.text, expected=fixed, profile=ctx.profile, why=EMPTY)


def _stop_after_bracket(ctx: Context, sub: Node) -> None:
    """A label typed with a full stop or the enumeration comma after its brackets ("(a).", "(ii).", "(a)、"): the
    style has "(a)", so the mark goes (ZH-B04, UN-B10)."""
    typed = sub.typed
    assert typed is not None
    stop = typed.start + len(typed.text) - 1
    fixed = typed.text[:-1]
    ctx.add("sub-label-style", sub, stop + 1, fix=f"write {fixed!r}", edits=[Replace(stop, stop + 1, "")],
            found=typed.text, expected=fixed, profile=ctx.profile, why=EMPTY)


def _plain_marks(ctx: Context, sub: Node) -> None:
    """A label of an allowed kind typed with square or Chinese brackets ("[a]", "【b】"), or with full-width
    characters in an English draft ("（a）", "ａ．"): the same label in the profile's own characters."""
    typed = sub.typed
    assert typed is not None
    fixed = plain_marks(typed.text, ctx.lang == "en")
    ctx.add("sub-label-style", sub, typed.start + 1, fix=f"write {fixed!r}",
            edits=[Replace(typed.start, typed.start + len(typed.text), fixed)], found=typed.text, expected=fixed,
            profile=ctx.profile, why=_autocorrected(typed.text) or described(typed.text))
    # "с)": its Cyrillic с, which looks right, is said; "©": the sign Word made of "(c)" is said


def _autocorrected(label: str) -> Text | None:
    """What Word's AutoCorrect did to a label it turned into a sign ("©" for "(c)"), at the end of a message."""
    letters = AUTOCORRECTED_LABELS.get(label.strip())
    if letters is None:
        return None
    return Text(f"; Word's AutoCorrect turned {letters!r} into {label.strip()!r}",
                f"；Word 的自动更正把“{letters}”改成了“{label.strip()}”")


def _enumeration_comma(ctx: Context, sub: Node) -> None:
    """A letter or roman numeral typed with the Chinese enumeration comma ("a、", "ii、"), as Chinese items are
    counted (一、二、): the kind is allowed, its mark is not (ZH-B04: "(a)")."""
    typed = sub.typed
    assert typed is not None
    fixed = f"({typed.token})"
    ctx.add("sub-label-style", sub, typed.start + 1, fix=f"write {fixed!r}",
            edits=[Replace(typed.start, typed.start + len(typed.text), fixed)], found=typed.text, expected=fixed,
            profile=ctx.profile, why=EMPTY)


# an arabic number in the operative clauses' own form ("1." "1)" "1 -"): under a preambular paragraph it makes the
# item read as the first operative clause
CLAUSE_NUMBER_KINDS = {"number-dot", "number-close", "number-dash"}


def preambular_item_label(ctx: Context, item: Node, depth: int, position: int) -> None:
    """An item under a preambular paragraph labelled "1." like an operative clause (UN-B10, MUN-F06): besides the
    item itself (preambular-sub-clause under the MUN profiles), its label is not a sub-paragraph's; the fix retypes it
    in the profile's style at its ``position`` in the list. Letters, roman numerals and "(1)" are left to the item's
    own finding."""
    label, kind = shown(ctx, item)
    if kind not in CLAUSE_NUMBER_KINDS or kind in allowed_kinds(ctx.profile, depth, ctx.lang):
        return
    retyped = _retyped(ctx, item, depth, position)
    ctx.add("sub-label-style", item, fix=f"write {retyped[0].text!r}" if retyped else "", edits=retyped,
            found=label, expected=retyped[0].text.strip() if retyped else example_label(ctx.profile, ctx.lang, depth),
            profile=ctx.profile, why=EMPTY)


def numbered_as_clause(ctx: Context) -> None:
    """Sub-paragraphs Word numbers as the next clause (level 0 of the clauses' own list, "4." after "(a)": a
    sub-clause given the clause style): one finding each, whose fix makes it a lower level of that list. Run
    before the clauses' sequence is judged, so the clauses after it are counted as Word would once it is fixed."""
    for clause in ctx.tree.operative:
        for sub in _at_depth([clause], 1):
            own, top = ctx.lists.label(sub.para.index), ctx.lists.label(clause.para.index)
            if not sub.auto or own is None or top is None or (own.list_id, own.level) != (top.list_id, top.level):
                continue
            ctx.lists.attempted.add(("as-clause", sub.para.index))
            place = _nested_place(ctx, sub)
            trial = ctx.lists.trial({sub.para.index: place})[sub.para.index - 1] if place is not None else None
            nested = trial is not None and word_label_kind(trial.text, trial.num_format) in STYLED_KINDS
            edits: list[Correction | Replace] = list(ctx.lists.commit({sub.para.index: place})) if nested else []
            if not edits:  # its list has no lower level to put it on: it keeps the clause's number until a person acts
                ctx.lists.attempted.add(("as-clause-kept", sub.para.index))
            typed = read_typed(sub.para.text)
            if edits and typed is not None and not typed.upper and (
                    typed.kind in ("letter", "roman") or typed.name == "zh-paren"):
                edits.append(Replace(typed.start, typed.end, ""))  # "5. a) the date": Word's letter replaces it
            finding = ctx.add("sub-numbered-as-clause", sub, fix="make it a lower level of the list" if edits else "",
                              edits=edits, found=sub.para.label or own.text,
                              expected=trial.text if nested and trial is not None
                              else example_label(ctx.profile, ctx.lang, 1))
            if edits:  # the clauses after it show a number one too high until it is moved: its slip (UN-B07)
                finding.cover(_counted_on(ctx, sub, own))


def _counted_on(ctx: Context, sub: Node, own: Label) -> list[int]:
    """The clauses after ``sub`` that Word numbers at its level of its list: each shows a number one too high while
    ``sub`` is counted among the clauses ("(b)" shown "3.", the next clauses "4." "5."), and Word renumbers them once
    it is a lower level."""
    out = []
    for clause in ctx.tree.operative:
        label = ctx.lists.label(clause.para.index) if clause.para.index > sub.para.index else None
        if clause.auto and label is not None and (label.list_id, label.level) == (own.list_id, own.level):
            out.append(clause.para.index)
    return out


def typed_items_numbered(ctx: Context, clause: Node) -> list[Node]:
    """The items of an operative clause ending with a colon that are typed with the clauses' own numbers ("2. 呼吁各国："
    then "3. 确保……；" "4. 禁止……；", "2. Calls upon States to:" then "3. ensure …;"): the clauses right after it,
    numbered in the same typed form, whose words open with no lead phrase (nor a misspelt one) and nothing
    emphasised, in English with a small letter, as a chapeau's items do (UN-B10, ZH-B04); an English item may open
    with a preambular lead's participle in small letters ("5. encouraging nations to …", "ensuring that …"), the
    form a chapeau's items take, where no clause of the operative part opens so. Empty when ``clause`` has items of
    its own, runs on in later paragraphs, is Word-numbered, or ends otherwise."""
    if clause.children or clause.continuation or clause.auto or clause.typed is None \
            or without_footnote(clause.text).rstrip()[-1:] not in (":", "："):
        return []
    clauses = ctx.tree.operative
    at = next((i for i, n in enumerate(clauses) if n is clause), None)
    items: list[Node] = []
    for node in clauses[at + 1:] if at is not None else []:
        words = node.content.strip()
        if node.auto or node.children or node.continuation or node.typed is None \
                or node.typed.kind != clause.typed.kind or node.misspelled or not words \
                or (node.phrase is not None and (ctx.lang == "zh" or node.phrase.kind != "preambular")) \
                or node.emphasised or (ctx.lang != "zh" and not words[0].islower()):
            break
        items.append(node)
    return items


def typed_item(ctx: Context, node: Node) -> bool:
    """``node`` is one of the items a chapeau's clause holds typed with the clauses' own numbers
    (:func:`typed_items_numbered`): a sub-paragraph in all but its label, whose opening word is no lead phrase."""
    return node.role == "operative" and any(node is item for clause in ctx.tree.operative
                                            for item in typed_items_numbered(ctx, clause))


def typed_numbered_as_clause(ctx: Context) -> None:
    """Items under a chapeau typed with the clauses' own numbers (:func:`typed_items_numbered`): one
    ``sub-numbered-as-clause`` finding each, which a person mends (the clauses after them are renumbered too)."""
    said: set[int] = set()  # an item under a chapeau that is itself an item of the chapeau before: said once
    for clause in ctx.tree.operative:
        for position, item in enumerate(typed_items_numbered(ctx, clause)):
            assert item.typed is not None
            if item.para.index in said:
                continue
            said.add(item.para.index)
            first = example_label(ctx.profile, ctx.lang, 1)  # "(a)", "a)": the item's letter in that form
            ctx.add("sub-numbered-as-clause", item, found=item.typed.text.strip(),
                    expected=first.replace("a", chr(ord("a") + min(position, 25)), 1))


def _typed_over_word(ctx: Context, sub: Node) -> None:
    """A label typed at the start of a sub-paragraph that Word numbers ("(a)" then a typed "a."): the paragraph
    shows two labels; the fix removes the typed one."""
    typed = read_typed(sub.para.text) if sub.auto and sub.offset else None
    if typed is not None and typed.kind in TYPED_SUB_KINDS:
        ctx.add("sub-label-doubled", sub, typed.start + 1, fix="remove the typed label",
                edits=[Replace(typed.start, typed.end, "")], label=sub.para.label, typed=typed.text)


def _un_unstyled(ctx: Context, kind: str) -> bool:
    """A label kind the ``un`` profile lets stand outside UN-B10's styles: "(1)" lists, and the dashes and bullets
    Security Council resolutions list items with ("–", "•": S/RES/2531 (2020), 2550 (2020)); a bullet in any other
    draft is a sub-paragraph label to write as "(a)" (UN-B10). An English World Health Assembly draft's "(1)" lists
    are its organ's own (the Health Assembly labels its sub-paragraphs so), whatever the profile; a Chinese draft
    labels them with letters or roman numerals (ZH-B04)."""
    if kind in UN_UNSTYLED and ctx.lang == "en" and health_assembly(ctx):
        return True
    return ctx.profile == "un" and (kind in UN_UNSTYLED or (kind == "bullet" and security_council(ctx)))


def _restyle(ctx: Context, depth: int) -> None:
    """Once per depth: plan that every sub-paragraph Word labels at ``depth`` in a style the profile does not use
    there ("i." where "(a)" is wanted, "（一）", "1.1.") shows the profile's style, counting as it does (the
    draft's own brackets kept when that style allows them). Each one is remembered with the label it showed."""
    if ("restyle", depth) in ctx.lists.attempted:
        return
    ctx.lists.attempted.add(("restyle", depth))
    wrong = [(sub, label) for sub in _at_depth(ctx.tree.operative, depth)
             for label, kind in [shown(ctx, sub)]
             if sub.auto and kind not in allowed_kinds(ctx.profile, depth, ctx.lang) and not _un_unstyled(ctx, kind)
             # numbered as a clause and left there: not restyled; one numbered_as_clause nests stands at the level
             # restyled now, and is restyled with it ("4." nested as "（二）" where the level becomes "（a）"), or the
             # restyle would move the others to a list of their own and leave it behind
             and ("as-clause-kept", sub.para.index) not in ctx.lists.attempted]
    if not wrong:
        return
    wanted = example_label(ctx.profile, ctx.lang, depth)
    for example in dict.fromkeys([*_in_own_brackets(wrong[0][1], wanted), wanted]):
        if label_kind(example) not in allowed_kinds(ctx.profile, depth, ctx.lang):
            continue
        proposal = ctx.lists.restyle([sub.para.index for sub, _ in wrong], partial(LevelForm.like, example))
        if proposal is not None:
            edits = ctx.lists.adopt(proposal)
            for sub, label in wrong:
                ctx.lists.reformed[sub.para.index] = (label, edits)
            return
    _restyle_with_deeper(ctx, depth, wrong)


def _restyle_with_deeper(ctx: Context, depth: int, wrong: list[tuple[Node, str]]) -> None:
    """When the levels at ``depth`` cannot be restyled alone because the labels under them show their numbers
    (Word's legal outline: "4.2.1" holds the "2" of "4.2"), plan them restyled together with the deeper levels that
    are in a style the profile does not use either, each in the profile's style for its depth."""
    levels = {ctx.lists.assignment(sub.para.index) for sub, _ in wrong}
    if len(levels) != 1 or None in levels:
        return
    (num_id, base), = levels  # type: ignore[misc]
    deeper: list[tuple[Node, str]] = []
    for below in range(depth + 1, depth + 9):
        subs = [(sub, label) for sub in _at_depth(ctx.tree.operative, below) for label, kind in [shown(ctx, sub)]
                if sub.auto and kind not in allowed_kinds(ctx.profile, below, ctx.lang)
                and not _un_unstyled(ctx, kind)]
        if not subs:
            break
        deeper += subs

    def form_of(level: int) -> LevelForm | None:
        return LevelForm.like(example_label(ctx.profile, ctx.lang, depth + level - base), level) \
            if level >= base else None

    if not deeper:
        return
    proposal = ctx.lists.restyle([sub.para.index for sub, _ in wrong + deeper], form_of)
    if proposal is None:
        return
    edits = ctx.lists.adopt(proposal)
    for sub, label in wrong + deeper:
        ctx.lists.reformed[sub.para.index] = (label, edits)


def keeps_clause_form(ctx: Context, part: Node) -> bool:
    """``part``'s first sub-paragraph is typed "1." and --fix leaves it so (the profile takes that form there, or no
    free style can retype it): a clause of another form ("A.") retyped "1." would read as its sibling, not its
    parent, and the fixed draft would nest differently."""
    first = part.children[0] if part.children else None
    if first is None or first.auto or first.typed is None or first.kind != "number-dot":
        return False
    return first.kind in allowed_kinds(ctx.profile, 1, ctx.lang) or not _retyped(ctx, first, 1)


def _retyped(ctx: Context, sub: Node, depth: int, position: int | None = None) -> list[Replace]:
    """The edit that types ``sub``'s label in the profile's style at ``depth``, at the position it names ("ii." →
    "(b)", "（二）" → "（b）" in Chinese brackets) or, for a typed bullet or outline label, at its ``position`` among
    the labels of its kind in the list ("•" "•" → "(a)" "(b)"; "2.1." "2.3." → "(a)" "(b)": one fix mends the form
    and the count)."""
    value = position or label_value(sub.label, sub.kind)
    if sub.typed is None or not value:
        return []
    example = _style_example(ctx, sub, depth, value)
    if example is None:
        return []
    start = sub.typed.start
    return [Replace(start, start + len(sub.label), renumbered(example, value, label_kind(example)))]


def _style_example(ctx: Context, sub: Node, depth: int, value: int = 1) -> str | None:
    """The first label of the style ``sub``'s typed label is retyped in at ``depth`` (the profile's, in the
    draft's own brackets when that style allows them: "（一）" → "（a）"), or None when no allowed style can name
    position ``value``."""
    taken = _kinds_around(ctx, sub, depth)
    return next((example for example in _style_examples(ctx, sub, depth, value) if label_kind(example) not in taken),
                None)


def _style_examples(ctx: Context, sub: Node, depth: int, value: int = 1) -> list[str]:
    """The labels ``sub``'s typed label may be retyped like at ``depth``, best first (see :func:`_style_example`)."""
    wanted = example_label(ctx.profile, ctx.lang, depth)
    # no brackets of their own; round ones for square, half-width ones in an English draft (_plain_marks)
    own = [] if sub.kind in UNCOUNTED else [plain_marks(example, ctx.lang == "en")
                                            for example in _in_own_brackets(sub.label, wanted)]
    return [example for example in dict.fromkeys([*own, wanted])
            if label_kind(example) in allowed_kinds(ctx.profile, depth, ctx.lang)
            and expected_label(label_kind(example), value) is not None]


def _kinds_around(ctx: Context, sub: Node, depth: int) -> set[str]:
    """The label kinds of the lists round ``sub``'s: its enclosing sub-paragraphs' (as they are and as --fix
    retypes them) and those below it or below its siblings (as --fix retypes them: every item of a list is retyped
    alike). A label retyped to one of them would be read as an item of that list, not of its own, and the fixed
    draft would nest differently."""
    if sub.parent is None:
        return set()
    known = ctx.taken_kinds.get(id(sub.parent))
    if known is not None:
        return known
    taken = {_planned_kind(ctx, child, depth + child.level - sub.level) for sibling in sub.parent.children
             for child in _below(sibling) if child.typed is not None}
    parent: Node | None = sub.parent
    level = depth - 1
    while parent is not None and parent.level > 0 and level > 0:
        # an enclosing label --fix retypes takes the kind it is retyped to; the kind it had is free once it is
        example = _style_example(ctx, parent, level) if parent.typed is not None \
            and parent.kind not in allowed_kinds(ctx.profile, level, ctx.lang) else None
        taken.add(parent.kind if example is None else label_kind(example))
        parent, level = parent.parent, level - 1
    ctx.taken_kinds[id(sub.parent)] = taken
    return taken


SAME_AS_ABOVE = Text("; the level above is labelled in the same way, so the two levels read as one list",
                     "；上一级也是同样的编号，两级读来像同一个列表")


def _same_as_above(ctx: Context, sub: Node, depth: int) -> bool:
    """Under ``un``, a typed sub-paragraph below the first degree labelled in the family of the typed sub-paragraph
    it stands under: "(a)" "(b)" under "(c) …, in particular:", where UN-B10's next degree is "(i)" "(ii)". The
    profile lets a Security Council list nest letters under roman numerals or roman numerals under letters, in any
    form, but never a family under itself. An item whose label is the next of its parent's list ("(c)" after the
    "(a)" "(b)" under "(b)") may go on either list: it is left alone."""
    parent = sub.parent
    if ctx.profile != "un" or depth < 2 or parent is None or parent.level == 0 or sub.auto or parent.auto \
            or sub.typed is None or parent.typed is None or _family(sub.kind) not in ("letter", "roman") \
            or _family(sub.kind) != _family(parent.kind):
        return False
    above = label_value(parent.label, parent.kind)
    return above is None or label_value(sub.label, sub.kind) != above + 1


def _planned_kind(ctx: Context, sub: Node, depth: int) -> str:
    """The kind of label a typed sub-paragraph at ``depth`` shows once --fix has retyped it into the profile's style
    (its own kind when that style allows it or none can be written)."""
    inverted = _inverted_label(ctx, sub, depth)
    if inverted is not None:
        return label_kind(inverted)
    if sub.kind in allowed_kinds(ctx.profile, depth, ctx.lang) or _un_unstyled(ctx, sub.kind):
        return sub.kind
    examples = _style_examples(ctx, sub, depth)
    return label_kind(examples[0]) if examples else sub.kind


def _family(kind: str) -> str:
    """Letters and roman numerals in any of their forms ("(a)" "a." "a)") as one family; another kind as itself."""
    return "letter" if kind in LETTERED else "roman" if kind in ROMAN else kind


def _out_of_sequence(ctx: Context, sub: Node, fixed: str) -> None:
    """UN-B10: the typed label of ``sub`` goes out of its list's sequence; --fix writes ``fixed`` in its place."""
    assert sub.typed is not None
    start = sub.typed.start
    ctx.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}",
            edits=[Correction(Replace(start, start + len(sub.typed.text), fixed))], found=sub.typed.text,
            expected=fixed)


def _inverted_label(ctx: Context, sub: Node, depth: int) -> str | None:
    """The label a typed sub-paragraph at ``depth`` takes when its levels are inverted: its enclosing
    sub-paragraph is typed in a style the profile does not use at its depth ("(1)", "①") and is to be retyped in the
    family ``sub``'s own label already has ("(a)" under "(1)", which --fix makes "(a)"): the lower level takes the
    profile's next style instead ("(i)"; UN Chinese "㈠"), in its own brackets, at the position it names (UN-B10,
    ZH-B04). Only the plain case: the second level, right under a clause's sub-paragraphs, every item of it in one
    family and nothing below it (deeper lists would have to be retyped together). None when the levels are not
    inverted, or no other style can name the position."""
    parent = sub.parent
    if depth != 2 or parent is None or parent.level == 0 or sub.auto or parent.auto or sub.typed is None \
            or parent.typed is None or sub.kind not in allowed_kinds(ctx.profile, depth, ctx.lang) \
            or parent.kind in allowed_kinds(ctx.profile, depth - 1, ctx.lang) or _un_unstyled(ctx, parent.kind) \
            or any(s.children or s.auto or _family(s.kind) != _family(sub.kind) for s in parent.children):
        return None
    above = _style_examples(ctx, parent, depth - 1)
    value = label_value(sub.label, sub.kind)
    if not above or not value or _family(label_kind(above[0])) != _family(sub.kind):
        return None
    wanted = next((example for example in _style_examples(ctx, sub, depth, value)
                   if _family(label_kind(example)) != _family(sub.kind)), None)
    return renumbered(wanted, value, label_kind(wanted)) if wanted is not None else None


def _below(sub: Node) -> list[Node]:
    """The sub-paragraphs under ``sub``, at every depth."""
    return [node for child in sub.children for node in (child, *_below(child))]


def _relabelled(label: str, kind: str, n: int, style: str | None) -> str:
    """``label`` (of ``kind``) naming position ``n``: in the style of the label ``style`` when one is given."""
    if style is not None and expected_label(label_kind(style), n) is not None:
        return renumbered(style, n, label_kind(style))
    return renumbered(label, n, kind)


def _at_depth(nodes: list[Node], depth: int) -> list[Node]:
    """The sub-paragraphs ``depth`` levels below ``nodes`` (operative paragraphs), in document order."""
    for _ in range(depth):
        nodes = [child for node in nodes for child in node.children]
    return nodes


def _in_own_brackets(label: str, wanted: str) -> list[str]:
    """``wanted``'s first label written in the marks around ``label`` ("（一）" and "(a)" → "（a）"); none when
    ``label`` is not one label around one token, or has no marks of its own ("①", "•": its token alone, "a", is
    no label)."""
    typed, target = read_label(label), read_label(wanted)
    if typed is None or target is None or typed.shape in ("enclosed", "bare") or label.count(typed.token) != 1:
        return []
    if label.strip().endswith("、") and target.token.isascii():
        return []  # "甲、" → not "a、": the enumeration comma after a Latin letter is itself a wrong mark
    return [label.strip().replace(typed.token, target.token)]


def _relabel_after(sub: Node, subs: list[Node], n: int, style: str | None = None) -> list[Correction]:
    """The typed siblings after ``sub`` that count on from its wrong label ("ii." "ii." "iii."): each relabelled
    to follow ``n`` (in the style of the label ``style`` when one is given), so one slip is one finding and its
    fix leaves the list in sequence."""
    shown = label_value(sub.label, sub.kind) or _inserted_after(sub)
    if not shown:
        return []
    edits: list[Correction] = []
    step = 0
    for later in subs[subs.index(sub) + 1:]:
        if later.typed is None or later.kind != sub.kind:
            break
        step += 1
        if label_value(later.label, later.kind) != shown + step:
            break
        fixed = _relabelled(later.label, later.kind, n + step, style)
        start = later.typed.start
        edits.append(Correction(Replace(start, start + len(later.label), fixed), paragraph=later.para.index))
    return edits


def _inserted_after(sub: Node) -> int:
    """The place of the item an amendment inserted ``sub`` after, as its label names it ("(c bis)": 3, the items
    after it count on from (c)); 0 for any other label."""
    typed = sub.typed
    if typed is None or typed.kind != "letter" or not INSERTED_LETTER.fullmatch(typed.token.lower()):
        return 0
    return letters_value(typed.token[0].lower()) or 0


def _recount(ctx: Context, sub: Node, counts: dict[str, int], kind: str, edits: list[Correction]) -> None:
    """Count ``sub`` under the kind of label it shows once moved (its siblings count on from it)."""
    if edits:
        counts[kind] -= 1
        moved_kind = shown(ctx, sub)[1]
        counts[moved_kind] = counts.get(moved_kind, 0) + 1


def _word_list_kind(ctx: Context, sub: Node, subs: list[Node], depth: int) -> str | None:
    """The kind of the labels Word numbers ``sub``'s siblings with, when ``sub``'s own label was typed in a style
    the profile does not use there ("（一）" or "（二）" pasted as plain text among Word's "(a)" "(b)"): the typed item
    holds a place in Word's list, so the Word label after it counts on from it ("(a)" after a typed first item is
    the second, "(b)" where "(c)" stands). None when ``sub`` is Word's own, its kind is allowed, or no sibling is
    Word-numbered in an allowed style."""
    allowed = allowed_kinds(ctx.profile, depth, ctx.lang)
    if sub.auto or sub.typed is None or sub.kind in allowed:
        return None
    kinds = [shown(ctx, other)[1] for other in subs if other.auto]
    return kinds[0] if kinds and kinds[0] in allowed and kinds[0] != sub.kind else None


def shown(ctx: Context, sub: Node) -> tuple[str, LabelKind]:
    """The label a sub-paragraph shows, and its kind: for a Word-numbered one, once the planned fixes are made."""
    if not sub.auto:
        return sub.label, sub.kind
    label = ctx.lists.label(sub.para.index)
    if label is None or (label.text == sub.label and label.num_format == sub.para.num_format):
        return sub.label, sub.kind
    return label.text, word_label_kind(label.text, label.num_format)


def seen(ctx: Context, sub: Node, label: str) -> str:
    """The label the document shows on ``sub`` for a message: the one before a planned restyle of its Word list,
    else ``label``."""
    return ctx.lists.reformed[sub.para.index][0] if sub.para.index in ctx.lists.reformed else label


def _at_margin(ctx: Context, sub: Node) -> bool:
    """Numbered by Word at level 0 (of a list of its own) although it is a sub-paragraph, and standing where its
    paragraph stands: a list of its own indented further than its paragraph shows as nested (as documents
    exported from Google Docs do), which is right on the page."""
    assignment = ctx.lists.assignment(sub.para.index)
    if not (sub.auto and assignment is not None and assignment[1] == 0):
        return False
    parent = sub.parent.para.indent if sub.parent is not None else None
    return sub.para.indent is None or parent is None or sub.para.indent <= parent


def _same_list(ctx: Context, a: Node, b: Node) -> bool:
    first, second = ctx.lists.assignment(a.para.index), ctx.lists.assignment(b.para.index)
    return first is not None and second is not None and first[0] == second[0]


def _continues(ctx: Context, previous: Node, sub: Node) -> bool:
    """``sub`` counts on from ``previous`` in the same Word list and level (so it is off by the same amount)."""
    before, label = ctx.lists.label(previous.para.index), ctx.lists.label(sub.para.index)
    return before is not None and label is not None and (before.list_id, before.level) == (label.list_id, label.level) \
        and label.value == before.value + 1


def _nested_place(ctx: Context, sub: Node) -> Assignment:
    """The list and level a sub-paragraph belongs at: one level below its parent in the parent's Word list."""
    parent = sub.parent
    if parent is None or not parent.auto:
        return None
    place = ctx.lists.assignment(parent.para.index)
    return (place[0], place[1] + 1) if place is not None and place[1] < 8 else None


def _move(ctx: Context, sub: Node, place: Assignment, counts: dict[str, int], kind: str,
          depth: int) -> list[Correction]:
    """Plan moving ``sub`` (at ``depth``) and the siblings after it that share its Word list to ``place`` when Word
    would then label them in sequence after the siblings before ``sub``; the edits, or none when it would not."""
    if place is None or sub.parent is None:
        return []
    group = _group(ctx, sub)
    moves: dict[int, Assignment] = {index: place for index in group}
    moves.update(_nested_moves(ctx, sub, group, place))
    if _in_sequence(ctx.lists.trial(moves), group, counts, kind):
        return ctx.lists.commit(moves) + _restyle_moved(ctx, moves, place[1], depth)
    return []


def _restyle_moved(ctx: Context, moves: dict[int, Assignment], level: int, depth: int) -> list[Correction]:
    """The plan that paragraphs just moved into a list (``moves``; ``level``: the one the group moved to, at
    ``depth``) show the profile's own forms at their depths ("a)" and "i." under THIMUN, where the clauses' list
    shows "(a)" and "(i)"; the kind of label kept, its brackets aside), when its levels number no other
    paragraph; the edits, or none."""
    def example(at: int) -> str:
        return example_label(ctx.profile, ctx.lang, depth + at - level)

    targets = [index for index, place in moves.items() if place is not None
               and label_kind(ctx.lists.text(index)) != label_kind(example(place[1]))]  # "（a）" stays "（a）"
    if not targets:
        return []
    proposal = ctx.lists.restyle(targets, lambda at: LevelForm.like(example(at), at))
    if proposal is None or proposal.moves:  # other paragraphs at those levels: leave the list's forms as they are
        return []
    return ctx.lists.adopt(proposal)


def _nested_moves(ctx: Context, sub: Node, group: list[int], place: Assignment) -> dict[int, Assignment]:
    """The sub-paragraphs under the ``group`` of ``sub`` (moving to ``place``) that the group's Word list numbers at
    a deeper level (a bullet list's second level under its first): each moved with the group, as many levels below
    ``place`` as it was below the group, so the nesting stays; none past Word's last level."""
    current = ctx.lists.assignment(sub.para.index)
    if current is None or place is None or sub.parent is None:
        return {}
    moves: dict[int, Assignment] = {}

    def visit(node: Node) -> None:
        for child in node.children:
            assignment = ctx.lists.assignment(child.para.index) if child.auto else None
            if assignment is not None and assignment[0] == current[0] and assignment[1] > current[1]:
                level = place[1] + assignment[1] - current[1]
                if level <= 8:
                    moves[child.para.index] = (place[0], level)
            visit(child)

    for node in sub.parent.children:
        if node.para.index in group:
            visit(node)
    return moves


def _restart(ctx: Context, sub: Node, counts: dict[str, int], kind: str) -> list[Correction]:
    """Plan giving ``sub`` and the siblings after it that share its Word list a list instance of their own that
    counts from ``sub``'s place (Word's "Restart Numbering" / "Set Numbering Value") when Word would then label
    them in sequence; the edits, or none."""
    if sub.parent is None:
        return []
    group = _group(ctx, sub)
    proposal = ctx.lists.restart(group, counts[kind])
    if proposal is not None and _in_sequence(ctx.lists.trial_of(proposal), group, counts, kind):
        return ctx.lists.adopt(proposal)
    return []


def _group(ctx: Context, sub: Node) -> list[int]:
    """``sub`` and the siblings after it that Word numbers in the same list instance and level."""
    assert sub.parent is not None  # a sub-paragraph
    current = ctx.lists.assignment(sub.para.index)
    siblings = sub.parent.children[sub.parent.children.index(sub):]
    return [s.para.index for s in siblings if s.auto and ctx.lists.assignment(s.para.index) == current]


def _in_sequence(labels: list[Label | None], group: list[int], counts: dict[str, int], kind: str) -> bool:
    """Whether ``labels`` show the paragraphs ``group`` as sub-labels that count on from the siblings before them
    (``counts``, with the first of the group counted as ``kind``)."""
    tally = dict(counts)
    tally[kind] -= 1  # the count before the group
    for index in group:
        label = labels[index - 1]
        if label is None:
            return False
        moved_kind = word_label_kind(label.text, label.num_format)
        if moved_kind not in STYLED_KINDS:  # Word would show a clause number ("1.") or a bullet: no sub-label
            return False
        tally[moved_kind] = tally.get(moved_kind, 0) + 1
        if expected_label(moved_kind, tally[moved_kind]) is None or \
                label_value(label.text, moved_kind) != tally[moved_kind]:
            return False
    return True


def allowed_kinds(profile: str, depth: int, lang: str = "en") -> set[str]:
    """The label kinds ``profile`` accepts for sub-paragraphs at ``depth`` (UN-B10, MUN-F06; Chinese MUN drafts
    label sub-clauses with letters or roman numerals at any depth, and （一）, ZH-B04)."""
    if profile == "un":  # UN-B10's degrees (a) (i) a. i.; Security Council lists open with (a) or (i) and nest the
        # others in any order below ("(i)" over "(a)", "㈠" over "a.")
        first = {"letter", "roman", "zh-circled", "zh-paren"}
        return first if depth == 1 else first | {"letter-dot", "roman-dot"}
    if lang == "zh":  # ZH-B04: English letters or roman numerals; the UN's ㈠ (or （一）) below a letter
        table = {1: LETTERED | ROMAN, 2: LETTERED | ROMAN | {"zh-circled", "zh-paren"}}
    elif profile == "thimun":
        table = {1: LETTERED, 2: ROMAN, 3: {"letter-dot"}, 4: {"roman-dot"}}
    else:
        table = {1: set(LETTERED), 2: ROMAN | {"zh-circled", "zh-paren"}, 3: {"letter-dot", "letter"},
                 4: {"roman-dot"}}
    return table.get(depth, STYLED_KINDS)


def example_label(profile: str, lang: str, depth: int) -> str:
    """The first label ``profile`` uses at ``depth``, to show in a message."""
    if profile == "thimun":
        return {1: "a)", 2: "i."}.get(depth, "a.")
    if profile == "un" and lang == "zh" and depth == 2:
        return "㈠"
    return {1: "(a)", 2: "(i)", 3: "a.", 4: "i."}.get(depth, "(a)")
