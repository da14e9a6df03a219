"""``strike``: a paragraph and everything under it struck as tracked deletions."""

from __future__ import annotations

from drafter.revise.step import ActionProblem, Step
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import revisions as rv
from drafter.word import tracked_paragraphs


def strike(view: DraftView, step: Step) -> str:
    """Strike the paragraph the action names, with its sub-paragraphs."""
    action = step.action
    node = view.find(action.path, step.numbering, action.address)
    where = view.address(node)
    strike_block(view, node, step.author)
    if not view.visible(view.top, "current"):
        raise ActionProblem("striking it would leave the draft without operative paragraphs")
    step.structural = True
    return f"struck {where}"


def strike_block(view: DraftView, node: Node, author: rv.Author) -> None:
    """Strike ``node``, its continuation paragraphs and every sub-paragraph not struck yet."""
    for child in node.children:
        if view.live[child].struck_by is None:
            strike_block(view, child, author)
    for p in [node.para.element, *(c.para.element for c in node.continuation)]:
        tracked_paragraphs.strike_paragraph(p, author)
    view.live[node].struck_by = author
