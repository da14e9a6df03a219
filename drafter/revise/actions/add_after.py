"""``add_after``: a new paragraph (with sub-paragraphs) after one, before the first, or after the last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.revise.actions.new import add_subparagraphs, new_node
from drafter.revise.step import ActionProblem, Said, Step, zh_address
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import placement, tracked_paragraphs

if TYPE_CHECKING:
    from lxml.etree import _Element


def add_after(view: DraftView, step: Step) -> Said:
    """Add the action's paragraph where its address says ("0": first, "last": last)."""
    action = step.action
    parent: Node | None
    placed_before: _Element | None
    if action.path == [0] or action.path == []:
        shown = view.visible(view.top, "current")
        if not shown:
            raise ActionProblem("the draft has no operative paragraphs to add to", zh="草案没有可供增补的执行部分段落")
        siblings, parent = view.top, None
        if action.path == [0]:
            position, like = view.top.index(shown[0]), shown[0]
            placed_before = view.parts(shown[0])[0]
        else:
            anchor = shown[-1]
            position, like, placed_before = view.top.index(anchor) + 1, anchor, None
    else:
        anchor = view.find(action.path, step.numbering, action.address)
        parent = anchor.parent
        siblings = view.siblings(anchor)
        position = siblings.index(anchor) + 1
        # keep paragraphs added after it by this amendment (and, in the original numbering, by earlier ones)
        # before the new one: its actions all count paragraphs of one text, and add in the order written
        while position < len(siblings) and view.live[siblings[position]].added_in >= (
                0 if step.numbering == "original" else view.amendment):
            position += 1
        like, placed_before = anchor, None
    if action.subparagraphs and like.level >= 3:
        raise ActionProblem("sub-paragraphs go at most three levels deep", zh="分段最多三层")
    node = new_node(view, step, like, action.text, action.phrase, parent, is_sub=like.level > 0)
    if placed_before is not None:
        placement.put_before(placed_before, node.para.element)
    else:
        previous = siblings[position - 1]
        placement.put_after(tracked_paragraphs.after_paragraph(view.last_p(previous)), node.para.element)
    siblings.insert(position, node)
    add_subparagraphs(view, step, node, action.subparagraphs)
    step.structural = True
    address, excerpt = view.address(node), view.excerpt(node)
    return Said(f"added {address}: {excerpt}", f"增加了{zh_address(address)}：{excerpt}")
