"""Sub-paragraph labels: in sequence at each depth, in the label style the profile uses there, nested, and
(under the MUN profiles) never a single sub-clause alone under its paragraph.

Word-numbered sub-paragraphs are judged by the labels Word shows once the fixes found so far are made
(:mod:`drafter.check.lists`). A sub-list that continues or restarts the wrong Word list is one finding at its
first wrong label, whose fix moves it (and the sub-paragraphs after it in that list) into the right list; a
group of sub-paragraphs numbered at level 0 of a list of their own (at the margin, beside the clauses) is one
finding, whose fix makes them a lower level of the clause's list.
"""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.report import Correction
from drafter.labelkinds import expected_label, label_value, renumbered
from drafter.structure import LabelKind, Node, word_label_kind
from drafter.word.edit import Replace
from drafter.word.numbering import Assignment

LETTERED = {"letter", "letter-dot", "letter-close"}
ROMAN = {"roman", "roman-dot", "roman-close"}
STYLED_KINDS = LETTERED | ROMAN | {"zh-circled", "zh-paren"}
UN_UNSTYLED = {"bullet", "number-paren"}  # lists adopted Security Council texts also use ("•", "–", "(1)")


def check(ctx: Context, subs: list[Node], depth: int) -> None:
    """The labels of ``subs`` (sub-paragraphs at ``depth``, 1 under an operative paragraph) and of their children."""
    if subs and all(not s.label and not s.auto for s in subs):
        return  # items of a draft without any labels: its numbering-absent finding covers them
    if len(subs) == 1 and ctx.profile != "un":  # MUN-F06; adopted UN texts do have single sub-paragraphs
        ctx.add("sub-clause-single", subs[0])
    counts: dict[str, int] = {}
    previous: Node | None = None
    off = False  # the sibling before was a Word label out of sequence, reported or following one that was
    relabelled: set[int] = set()  # typed labels that count on from a slip before them (one slip, one finding)
    for sub in subs:
        label, kind = shown(ctx, sub)
        counts[kind] = counts.get(kind, 0) + 1
        n = counts[kind]
        expected = expected_label(kind, n)
        wrong = expected is not None and label_value(label, kind) != n
        if sub.auto and _at_margin(ctx, sub):
            if previous is None or not (_at_margin(ctx, previous) and _same_list(ctx, previous, sub)):
                edits = _move(ctx, sub, _nested_place(ctx, sub), counts, kind)
                fix = "make the group a lower level of the clause's list" if edits else ""
                _recount(ctx, sub, counts, kind, edits)
                if wrong:
                    ctx.add("sub-label-sequence", sub, fix=fix, edits=edits, found=label,
                            expected=renumbered(label, n, kind))
                else:
                    ctx.add("sub-label-level", sub, fix=fix, edits=edits, found=label)
        elif wrong and sub.auto:
            if not (off and previous is not None and _continues(ctx, previous, sub)):
                place = ctx.lists.assignment(previous.para.index) if previous is not None and previous.auto \
                    else _nested_place(ctx, sub)
                edits = _move(ctx, sub, place, counts, kind)
                _recount(ctx, sub, counts, kind, edits)
                ctx.add("sub-label-sequence", sub, fix="continue the right list" if edits else "", edits=edits,
                        found=label, expected=renumbered(label, n, kind))
                off = not edits
            previous = sub
            check(ctx, sub.children, depth + 1)
            continue
        elif wrong and id(sub) in relabelled:
            pass  # counts on from a slip before it: relabelled by that slip's fix
        elif wrong:
            fixed = renumbered(sub.label, n, sub.kind)
            start = sub.typed.start if sub.typed is not None else 0
            edits = [Correction(Replace(start, start + len(sub.label), fixed)), *_relabel_after(sub, subs, n)]
            relabelled |= {id(s) for s in subs if any(e.paragraph == s.para.index for e in edits[1:])}
            ctx.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}" + (
                " and the labels after it" if len(edits) > 1 else ""), edits=edits, found=sub.label, expected=fixed)

        elif kind not in allowed_kinds(ctx.profile, depth, ctx.lang) and (
                ctx.profile != "un" or kind not in UN_UNSTYLED):
            ctx.add("sub-label-style", sub, found=label, expected=example_label(ctx.profile, ctx.lang, depth),
                    profile=ctx.profile)
        off = False
        previous = sub
        check(ctx, sub.children, depth + 1)


def _relabel_after(sub: Node, subs: list[Node], n: int) -> list[Correction]:
    """The typed siblings after ``sub`` that count on from its wrong label ("ii." "ii." "iii."): each relabelled
    to follow ``n``, so one slip is one finding and its fix leaves the list in sequence."""
    shown = label_value(sub.label, sub.kind)
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
        fixed = renumbered(later.label, n + step, later.kind)
        start = later.typed.start
        edits.append(Correction(Replace(start, start + len(later.label), fixed), paragraph=later.para.index))
    return edits


def _recount(ctx: Context, sub: Node, counts: dict[str, int], kind: str, edits: list[Correction]) -> None:
    """Count ``sub`` under the kind of label it shows once moved (its siblings count on from it)."""
    if edits:
        counts[kind] -= 1
        moved_kind = shown(ctx, sub)[1]
        counts[moved_kind] = counts.get(moved_kind, 0) + 1


def shown(ctx: Context, sub: Node) -> tuple[str, LabelKind]:
    """The label a sub-paragraph shows, and its kind: for a Word-numbered one, once the planned fixes are made."""
    if not sub.auto:
        return sub.label, sub.kind
    label = ctx.lists.label(sub.para.index)
    if label is None or (label.text == sub.label and label.num_format == sub.para.num_format):
        return sub.label, sub.kind
    return label.text, word_label_kind(label.text, label.num_format)


def _at_margin(ctx: Context, sub: Node) -> bool:
    """Numbered by Word at level 0 (of a list of its own) although it is a sub-paragraph."""
    assignment = ctx.lists.assignment(sub.para.index)
    return sub.auto and assignment is not None and assignment[1] == 0


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


def _move(ctx: Context, sub: Node, place: Assignment, counts: dict[str, int], kind: str) -> list[Correction]:
    """Plan moving ``sub`` and the siblings after it that share its Word list to ``place`` when Word would then
    label them in sequence after the siblings before ``sub``; the edits, or none when it would not."""
    if place is None or sub.parent is None:
        return []
    current = ctx.lists.assignment(sub.para.index)
    siblings = sub.parent.children[sub.parent.children.index(sub):]
    moves: dict[int, Assignment] = {s.para.index: place for s in siblings
                                    if s.auto and ctx.lists.assignment(s.para.index) == current}
    labels = ctx.lists.trial(moves)
    tally = dict(counts)
    tally[kind] -= 1  # the count before ``sub``
    for index in moves:
        label = labels[index - 1]
        if label is None:
            return []
        moved_kind = word_label_kind(label.text, label.num_format)
        if moved_kind not in STYLED_KINDS:  # Word would show a clause number ("1.") or a bullet: no sub-label
            return []
        tally[moved_kind] = tally.get(moved_kind, 0) + 1
        if expected_label(moved_kind, tally[moved_kind]) is None or \
                label_value(label.text, moved_kind) != tally[moved_kind]:
            return []
    return ctx.lists.commit(moves)


def allowed_kinds(profile: str, depth: int, lang: str = "en") -> set[str]:
    """The label kinds ``profile`` accepts for sub-paragraphs at ``depth`` (UN-B10, MUN-F06; Chinese MUN drafts
    label sub-clauses with letters or roman numerals at any depth, and （一）, ZH-B04)."""
    if profile == "un":
        table = {1: {"letter"}, 2: {"roman", "zh-circled", "zh-paren"}, 3: {"letter-dot"}, 4: {"roman-dot"}}
    elif lang == "zh":  # ZH-B04: English letters or roman numerals; the UN's ㈠ (or （一）) below a letter
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
