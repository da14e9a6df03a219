"""The reviser's view of a draft: the structure's tree of operative paragraphs, addressed in the original or
the current numbering, with the little each paragraph needs beside its node while it is being edited.

The tree is the draft's own :class:`~drafter.structure.Structure`: a paragraph an amendment adds joins it as a
new :class:`~drafter.structure.Node` (in ``Structure.operative`` or its parent's ``children``, never in
``Structure.nodes``), and a struck one stays in it, marked. A node's label, offset, lead and text are as the
structure reader read them; where they stand in the paragraph's current text is in its :class:`Live` state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.labels import format_address
from drafter.revise.step import ActionProblem
from drafter.structure import Node, Structure
from drafter.word import reader, runtext
from drafter.word.revisions import Author
from drafter.word.runtext import w

if TYPE_CHECKING:
    from lxml.etree import _Element


@dataclass
class Live:
    """Where a paragraph's typed label, content and lead phrase now stand in its current text, and which
    amendment added or struck it."""

    label: str = ""  # a typed label as written ("3", "(b)"); empty with Word numbering
    label_start: int = 0
    content_start: int = 0  # after a typed label and the space after it
    lead: str = ""
    lead_start: int = 0
    added_by: Author | None = None
    struck_by: Author | None = None


class DraftView:
    """The operative paragraphs and sub-paragraphs of a draft being revised."""

    def __init__(self, structure: Structure, lang: str) -> None:
        self.structure = structure
        self.lang = lang
        self.top = structure.operative  # the same list: paragraphs added at the top level join it
        self.live = {node: _live(node) for node in structure.walk()}

    # -- reading ----------------------------------------------------------------------------------
    def text(self, node: Node) -> str:
        """The paragraph's current text (every change made so far accepted)."""
        return runtext.current_text(node.para.element)

    @property
    def typed(self) -> bool:
        """Whether the draft numbers its operative paragraphs by hand."""
        return any(self.live[node].label for node in self.structure.walk())

    def siblings(self, node: Node) -> list[Node]:
        """The list ``node`` stands in: its parent's children, or the operative paragraphs."""
        return node.parent.children if node.parent is not None else self.top

    def visible(self, nodes: list[Node], numbering: str) -> list[Node]:
        """The paragraphs of ``nodes`` the original text has (``"original"``) or the current one has."""
        if numbering == "original":
            return [n for n in nodes if self.live[n].added_by is None]
        return [n for n in nodes if self.live[n].struck_by is None]

    def block(self, node: Node) -> list[_Element]:
        """Every paragraph of this item: itself, its continuation paragraphs and its descendants'."""
        out = [node.para.element, *(c.para.element for c in node.continuation)]
        for child in node.children:
            out += self.block(child)
        return out

    def last_p(self, node: Node) -> _Element:
        """The paragraph that closes this item's block, in document order."""
        first = node.para.element
        remaining = {id(p) for p in self.block(node)} - {id(first)}
        last: _Element = first
        for p in first.itersiblings():  # the block follows its first paragraph: stop once all of it is seen
            if not remaining:
                return last
            if id(p) in remaining:
                remaining.discard(id(p))
                last = p
        if not remaining:
            return last
        members = {id(p) for p in self.block(node)}  # a block not all after its paragraph: every paragraph
        for p in first.getparent().iter(w("p")):
            if id(p) in members:
                last = p
        return last

    # -- addresses --------------------------------------------------------------------------------
    def find(self, path: list[int], numbering: str, address: str) -> Node:
        """The paragraph at ``path`` counted in ``numbering``; a problem when there is none or it was struck."""
        nodes = self.top
        node: Node | None = None
        for depth, n in enumerate(path):
            shown = self.visible(nodes, numbering)
            if not 1 <= n <= len(shown):
                where = "operative paragraphs" if depth == 0 else f"sub-paragraphs in {format_address(path[:depth])}"
                have = f"the draft has {len(shown)} {where}" if shown else (
                    f"{format_address(path[:depth])} has no sub-paragraphs" if depth else "the draft has no operative paragraphs")
                raise ActionProblem(f"no paragraph {address}: {have}" +
                                    (" in its original numbering" if numbering == "original" else ""))
            node = shown[n - 1]
            nodes = node.children
        assert node is not None
        struck_by = self.live[node].struck_by
        if struck_by is not None:
            raise ActionProblem(f"paragraph {address} was struck by an earlier amendment ({struck_by.name})")
        return node

    def address(self, node: Node) -> str:
        """The paragraph's address in the current numbering: "5", "5(b)"."""
        path = []
        current: Node | None = node
        while current is not None:
            path.append(self.visible(self.siblings(current), "current").index(current) + 1)
            current = current.parent
        return format_address(path[::-1])

    def current(self) -> list[tuple[str, Node]]:
        """Every operative paragraph and sub-paragraph of the current text with its address."""
        out: list[tuple[str, Node]] = []

        def walk(nodes: list[Node]) -> None:
            for node in self.visible(nodes, "current"):
                out.append((self.address(node), node))
                walk(node.children)

        walk(self.top)
        return out

    # -- changing the tree ------------------------------------------------------------------------
    def added(self, p: _Element, level: int, parent: Node | None, author: Author, lead: str) -> Node:
        """A node for a paragraph an amendment adds (not yet placed in the tree); its paragraph was never
        read from the document (index 0)."""
        para = reader.Paragraph(index=0, runs=[reader.Run(runtext.current_text(p))], element=p)
        node = Node(para, "sub" if level else "operative", level=level, parent=parent)
        self.live[node] = Live(lead=lead, added_by=author)
        return node


def _live(node: Node) -> Live:
    """Where the structure reader found the label and the lead phrase of ``node``."""
    text = node.para.text
    live = Live(content_start=node.offset)
    if node.label and not node.auto:
        start = text.find(node.label)
        if start >= 0:
            live.label, live.label_start = node.label, start
    if node.lead:
        start = text.find(node.lead, node.offset)
        if start >= 0:
            live.lead, live.lead_start = node.lead, start
    return live
