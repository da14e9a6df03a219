"""Sub-paragraph labels: in sequence at each depth, in the label style the profile uses there."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.labels import bare, expected_label, normal, same_shape, zh_number
from drafter.structure import Node
from drafter.word.edit import Replace

STYLED_KINDS = {"letter", "roman", "letter-dot", "roman-dot", "letter-close", "roman-close", "zh-circled", "zh-paren"}


def check(ctx: Context, subs: list[Node], depth: int) -> None:
    """The labels of ``subs`` (sub-paragraphs at ``depth``, 1 under an operative paragraph) and of their children."""
    counts: dict[str, int] = {}
    for sub in subs:
        counts[sub.kind] = counts.get(sub.kind, 0) + 1
        n = counts[sub.kind]
        expected = expected_label(sub.kind, n)
        if expected is not None and normal(sub.label) != normal(expected) and not (
                sub.kind == "zh-paren" and bare(sub.label) == zh_number(n)):
            if sub.auto:
                ctx.add("sub-label-sequence", sub, found=sub.label, expected=expected)
            else:
                start = len(sub.text) - len(sub.text.lstrip())
                fixed = same_shape(sub.label, expected)
                ctx.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}",
                        edits=[Replace(start, start + len(sub.label), fixed)], found=sub.label, expected=fixed)
        elif sub.kind not in allowed_kinds(ctx.profile, depth) and sub.kind in STYLED_KINDS:
            ctx.add("sub-label-style", sub, found=sub.label, expected=example_label(ctx.profile, ctx.lang, depth),
                    profile=ctx.profile)
        check(ctx, sub.children, depth + 1)


def allowed_kinds(profile: str, depth: int) -> set[str]:
    """The label kinds ``profile`` accepts for sub-paragraphs at ``depth``."""
    if profile == "un":  # UN-B10's four degrees; Security Council lists start at any of them ("(i)" then "a.")
        return {"letter", "roman", "zh-circled", "zh-paren", "letter-dot", "roman-dot"}
    elif profile == "thimun":
        table = {1: {"letter-close", "letter", "letter-dot"}, 2: {"roman-dot", "roman", "roman-close"},
                 3: {"letter-dot"}, 4: {"roman-dot"}}
    else:
        table = {1: {"letter", "letter-dot", "letter-close"},
                 2: {"roman", "roman-dot", "roman-close", "zh-circled", "zh-paren"},
                 3: {"letter-dot", "letter"}, 4: {"roman-dot"}}
    return table.get(depth, STYLED_KINDS)


def example_label(profile: str, lang: str, depth: int) -> str:
    """The first label ``profile`` uses at ``depth``, to show in a message."""
    if profile == "thimun":
        return {1: "a)", 2: "i."}.get(depth, "a.")
    if profile == "un" and lang == "zh" and depth == 2:
        return "㈠"
    return {1: "(a)", 2: "(i)", 3: "a.", 4: "i."}.get(depth, "(a)")
