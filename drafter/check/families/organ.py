"""The organ line ("The General Assembly," / "大会，"): present before the body, ending with its mark."""

from __future__ import annotations

from drafter.check.context import Context
from drafter.check.families.punctuation import require_end
from drafter.punctuation import FINAL_MARKS


def check(ctx: Context) -> None:
    """The organ line is there and ends with a comma."""
    organ = next((p for p in ctx.nodes if p.role == "organ"), None)
    example = {"en": "The General Assembly,", "zh": "大会，"}[ctx.lang]
    if organ is None:
        first_body = next((p for p in ctx.nodes if p.role in ("preambular", "operative")), None)
        if first_body is not None:
            ctx.add("organ-line", first_body, end=ctx.end["organ"], example=example)
        return
    text = organ.text.rstrip()
    if not ctx.tree.preamble and ctx.tree.operative and text[-1:] not in FINAL_MARKS:
        return  # no preamble: the operative part follows the organ's name without a comma (UN Editorial Manual)
    if not text.endswith(ctx.end["organ"]):
        require_end(ctx, organ, "organ-line", ctx.end["organ"], example=example)
