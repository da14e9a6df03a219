"""The organ line ("The General Assembly," / "大会，"): it opens the text before the preamble, names the organ
with its article in English, ends with a comma, and is emphasised where the profile wants it (UN-B01, UN-B02,
MUN-F01, ZH-B01).

A draft without one gets one finding: on the line that stands in for it further down ("Be It Hereby Resolved
That The General Assembly:"), else on the first paragraph of the body.
"""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.check.families.leads import emphasis_of
from drafter.check.families.punctuation import require_end
from drafter.hanzi import simplified
from drafter.punctuation import FINAL_MARKS
from drafter.structure import Node
from drafter.structure.classify import ORGANS
from drafter.word.edit import Emphasis, Emphasise, Replace

PROBLEMS = {
    "missing": ("is missing before the preamble", "缺失，正文应以机构名称开头"),
    "misplaced": ("must open the text before the preamble, as the organ's name and a comma",
                  "应位于正文开头、序言之前，写作机构名称加逗号"),
    "article": ("names the organ without 'The'", "缺少冠词“The”"),
    "end": ("does not end with {end!r}", "未以“{end}”结尾"),
}
# UN-B02: the organ line is italic in English; Chinese UN texts set it in bold (italic accepted)
EMPHASIS: dict[str, tuple[Emphasis, ...]] = {"en": ("italic",), "zh": ("bold", "italic")}
FULL_NAMES = {"安理会": "安全理事会"}
WANT = {"italic": ("in italics", "使用斜体"), "bold": ("in bold", "使用粗体")}


def check(ctx: Context) -> None:
    """The organ line is there, before the preamble, in its right form and emphasis."""
    organ = ctx.tree.organ
    example = _example(ctx, organ)
    if organ is None:
        first_body = next((p for p in ctx.nodes if p.role not in ("heading", "empty", "table")), None)
        if first_body is not None:
            ctx.add("organ-line", first_body, problem=_problem(ctx, "missing"), example=example)
        return
    if organ.misplaced:
        ctx.add("organ-line", organ, problem=_problem(ctx, "misplaced"), example=example)
        return
    text = organ.text
    name_start = len(text) - len(text.lstrip())
    if ctx.lang == "en" and not re.match(r"the\b", text[name_start:], re.IGNORECASE):
        article = "THE " if text.strip().isupper() else "The "
        ctx.add("organ-line", organ, name_start + 1, fix=f"begin it with {article.strip()!r}",
                edits=[Replace(name_start, name_start, article)], problem=_problem(ctx, "article"), example=example)
    no_preamble = not ctx.tree.preamble and ctx.tree.operative and text.rstrip()[-1:] not in FINAL_MARKS
    if not text.rstrip().endswith(ctx.end["organ"]) and not no_preamble:  # no preamble: no comma (Editorial Manual)
        require_end(ctx, organ, "organ-line", ctx.end["organ"], colon_fixable=True, example=example,
                    problem=_problem(ctx, "end").format(end=ctx.end["organ"]))
    if ctx.profile == "un":
        _emphasis(ctx, organ)


def _emphasis(ctx: Context, organ: Node) -> None:
    """UN-B02: the organ's name (its comma aside) is emphasised; a style's italics count."""
    text = organ.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip().rstrip(",，:：;；"))
    if end <= start:
        return
    wanted = EMPHASIS[ctx.lang]
    if emphasis_of(organ.para, start, end) & set(wanted):
        return
    words = WANT[wanted[0]]
    ctx.add("organ-emphasis", organ, start + 1, fix=f"set it {WANT[wanted[0]][0]}",
            edits=[Emphasise(start, end, wanted[0])], want=words[0] if ctx.msg_lang == "en" else words[1])


def _problem(ctx: Context, kind: str) -> str:
    en, zh = PROBLEMS[kind]
    return zh if ctx.msg_lang == "zh" else en


def _example(ctx: Context, organ: Node | None) -> str:
    """The organ line as it should read: the organ the line (or else the heading) names, else the General
    Assembly's."""
    comma = ctx.end["organ"]
    texts = [organ.text] if organ is not None else [n.text for n in ctx.tree.heading]
    for text in texts:
        folded = simplified(text).casefold()
        for name in sorted(ORGANS[ctx.lang], key=len, reverse=True):
            bare = name.casefold().removeprefix("the ")
            if bare and bare in folded:
                full = FULL_NAMES.get(name, name)
                return (full.upper() if text.strip().isupper() else full) + comma
    return ("The General Assembly" if ctx.lang == "en" else "大会") + comma
