"""Sub-paragraph labels: in sequence at each depth, in the label style the profile uses there, and (under the MUN
profiles) never a single sub-clause alone under its paragraph."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.labelkinds import expected_label, label_value, renumbered
from drafter.structure import Node
from drafter.word.edit import Replace

LETTERED = {"letter", "letter-dot", "letter-close"}
ROMAN = {"roman", "roman-dot", "roman-close"}
STYLED_KINDS = LETTERED | ROMAN | {"zh-circled", "zh-paren"}
UN_UNSTYLED = {"bullet", "number-paren"}  # lists adopted Security Council texts also use ("•", "–", "(1)")


def check(ctx: Context, subs: list[Node], depth: int) -> None:
    """The labels of ``subs`` (sub-paragraphs at ``depth``, 1 under an operative paragraph) and of their children."""
    if len(subs) == 1 and ctx.profile != "un":  # MUN-F06; adopted UN texts do have single sub-paragraphs
        ctx.add("sub-clause-single", subs[0])
    counts: dict[str, int] = {}
    for sub in subs:
        counts[sub.kind] = counts.get(sub.kind, 0) + 1
        n = counts[sub.kind]
        expected = expected_label(sub.kind, n)
        if expected is not None and label_value(sub.label, sub.kind) != n:
            fixed = renumbered(sub.label, n, sub.kind)
            if sub.auto:
                ctx.add("sub-label-sequence", sub, found=sub.label, expected=fixed)
            else:
                start = sub.typed.start if sub.typed is not None else 0
                ctx.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}",
                        edits=[Replace(start, start + len(sub.label), fixed)], found=sub.label, expected=fixed)
        elif sub.kind not in allowed_kinds(ctx.profile, depth, ctx.lang) and (
                ctx.profile != "un" or sub.kind not in UN_UNSTYLED):
            ctx.add("sub-label-style", sub, found=sub.label, expected=example_label(ctx.profile, ctx.lang, depth),
                    profile=ctx.profile)
        check(ctx, sub.children, depth + 1)


def allowed_kinds(profile: str, depth: int, lang: str = "en") -> set[str]:
    """The label kinds ``profile`` accepts for sub-paragraphs at ``depth`` (UN-B10, MUN-F06; Chinese MUN drafts
    label sub-clauses with letters or roman numerals at any depth, and （一）, ZH-B04)."""
    if profile == "un":  # UN-B10's degrees (a) (i) a. i.; Security Council lists open with (a) or (i) and nest the
        # others in any order below ("(i)" over "(a)", "㈠" over "a.")
        first = {"letter", "roman", "zh-circled", "zh-paren"}
        return first if depth == 1 else first | {"letter-dot", "roman-dot"}
    if lang == "zh":
        return STYLED_KINDS
    if profile == "thimun":
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
