"""``strike``: a paragraph and everything under it struck as tracked deletions."""

from __future__ import annotations

from drafter.revise.step import ActionProblem, Said, Step, zh_address
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import tracked_paragraphs
from drafter.word.revisions import Author


def strike(view: DraftView, step: Step) -> Said:
    """Strike the paragraph the action names, with its sub-paragraphs."""
    action = step.action
    node = view.find(action.path, step.numbering, action.address)
    was = view.excerpt(node)
    strike_block(view, node, step.author)
    if not view.visible(view.top, "now"):
        raise ActionProblem("striking it would leave the draft without operative paragraphs",
                            zh="删去它会使草案没有执行部分段落")
    step.structural = True
    return Said(f"struck {action.address}: {was}", f"删除了{zh_address(action.address)}：{was}")


def strike_block(view: DraftView, node: Node, author: Author) -> None:
    """Strike ``node``, its continuation paragraphs and every sub-paragraph not struck yet."""
    for child in node.children:
        if view.live[child].struck_by is None:
            strike_block(view, child, author)
    for item in [node, *node.continuation]:
        *earlier, p = view.parts(item)
        tracked_paragraphs.strike_paragraph(p, author, earlier)
    view.strike(node, author)
