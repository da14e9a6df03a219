"""The reviser's view of a draft: the structure's tree of operative paragraphs, addressed in the original or
the current numbering, with the little each paragraph needs beside its node while it is being edited.

The tree is the draft's own :class:`~drafter.structure.Structure`: a paragraph an amendment adds joins it as a
new :class:`~drafter.structure.Node` (in ``Structure.operative`` or its parent's ``children``, never in
``Structure.nodes``), and a struck one stays in it, marked. A node's label, offset, lead and text are as the
structure reader read them; where they stand in the paragraph's current text is in its :class:`Live` state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.labels import bare, format_address, letters_value, relabel, roman_value, zh_value
from drafter.revise.step import ActionProblem, zh_address
from drafter.structure import Node, Structure
from drafter.word import placement, reader, runsplit, runtext
from drafter.word import revisions as rv
from drafter.word.revisions import Author

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
    added_in: int = -1  # the index of the amendment that added it (-1: the draft had it)
    struck_in: int = -1  # the index of the amendment that struck it (-1: not struck)
    parts: list[_Element] = field(default_factory=list)  # the w:p whose current text makes up the paragraph


class DraftView:
    """The operative paragraphs and sub-paragraphs of a draft being revised."""

    def __init__(self, structure: Structure, lang: str) -> None:
        self.structure = structure
        self.lang = lang
        self.top = structure.operative  # the same list: paragraphs added at the top level join it
        self.live = {node: _live(node) for node in structure.walk()}
        self.live.update({c: _live(c) for node in structure.walk() for c in node.continuation})
        self.amendment = 0  # the index of the amendment being applied: "current" addresses count its text
        self.renumbered = False  # whether the text it addresses has its typed numbers put right (see begin)

    def begin(self, index: int, renumbered: bool) -> None:
        """Start applying the amendment at ``index``: its addresses name paragraphs of the text as it is now.
        ``renumbered``: an earlier amendment struck or added paragraphs, so that text is numbered afresh."""
        self.amendment = index
        self.renumbered = renumbered

    # -- reading ----------------------------------------------------------------------------------
    def parts(self, node: Node) -> list[_Element]:
        """The w:p elements that make up the paragraph once changes are accepted, as it was read (a paragraph
        whose mark an earlier revision struck joins the next one: its text is that one's)."""
        return self.live[node].parts or [node.para.element]

    def text(self, node: Node) -> str:
        """The paragraph's current text (every change made so far accepted)."""
        return "".join(runtext.current_text(p) for p in self.parts(node))

    def excerpt(self, node: Node, width: int = 60) -> str:
        """The start of the paragraph's current text, for telling a person which paragraph an action names."""
        text = " ".join(self.text(node)[self.live[node].content_start:].split())  # the address says the label
        return text if len(text) <= width else text[:width - 1].rstrip() + "…"

    @property
    def typed(self) -> bool:
        """Whether the draft numbers its operative paragraphs by hand."""
        return any(self.live[node].label for node in self.structure.walk())

    def siblings(self, node: Node) -> list[Node]:
        """The list ``node`` stands in: its parent's children, or the operative paragraphs."""
        return node.parent.children if node.parent is not None else self.top

    def visible(self, nodes: list[Node], numbering: str) -> list[Node]:
        """The paragraphs of ``nodes`` the original text has (``"original"``), the text the amendment being
        applied addresses has (``"current"``: every earlier amendment accepted, none of its own actions), or
        the text has now (``"now"``)."""
        if numbering == "original":
            return [n for n in nodes if self.live[n].added_by is None]
        if numbering == "current":
            return [n for n in nodes if self.live[n].added_in < self.amendment
                    and not 0 <= self.live[n].struck_in < self.amendment]
        return [n for n in nodes if self.live[n].struck_by is None]

    def block(self, node: Node) -> list[_Element]:
        """Every paragraph of this item: itself, its continuation paragraphs and its descendants'."""
        out = [*self.parts(node), *(p for c in node.continuation for p in self.parts(c))]
        for child in node.children:
            out += self.block(child)
        return out

    def last_p(self, node: Node) -> _Element:
        """The paragraph that closes this item's block, in document order."""
        last: _Element = placement.last_in_order(node.para.element, self.block(node))
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
                where_zh = "执行部分段落" if depth == 0 else f"{zh_address(format_address(path[:depth]))}的分段"
                have_zh = f"草案{'原编号中' if numbering == 'original' else ''}有 {len(shown)} 个{where_zh}" if shown \
                    else f"{zh_address(format_address(path[:depth]))}没有分段" if depth else "草案没有执行部分段落"
                raise ActionProblem(f"no paragraph {address}: {have}" +
                                    (" in its original numbering" if numbering == "original" else ""),
                                    zh=f"没有{zh_address(address)}：{have_zh}")
            node = shown[n - 1]
            self._unambiguous(shown, n, numbering, address)
            nodes = node.children
        assert node is not None
        live = self.live[node]
        if live.struck_by is not None:
            which = "this amendment" if live.struck_in == self.amendment else "an earlier amendment"
            which_zh = "本修正案" if live.struck_in == self.amendment else "之前的修正案"
            raise ActionProblem(f"paragraph {address} was struck by {which} ({live.struck_by.name})",
                                zh=f"{zh_address(address)}已被{which_zh}删去（{live.struck_by.name}）")
        return node

    def _unambiguous(self, shown: list[Node], n: int, numbering: str, address: str) -> None:
        """Refuse ``address`` when the draft's typed numbers have a slip and another paragraph than the
        ``n``-th of ``shown`` is typed with the number ``n``: the delegation may mean either."""
        if numbering != "original" and self.renumbered:
            return  # the text it addresses was renumbered after an earlier amendment: its numbers are positions
        others = [(i, m) for i, m in enumerate(shown, 1) if i != n and self.typed_number(m) == n]
        if not others:
            return  # no other paragraph shows the number n: the n-th is meant, whatever its own label shows
        named = [(n, shown[n - 1]), *others]
        which = " or ".join(f"the {_ordinal(i)} (typed {self.live[m].label!r}: {self.excerpt(m, 40)!r})"
                              for i, m in named)
        raise ActionProblem(f"paragraph {address} is ambiguous: the draft's typed numbers have a slip, and "
                            f"{address} may name {which}",
                            "correct the typed numbers of the draft first (drafter check shows the slip), "
                            "then address the paragraph by its number",
                            zh=f"{zh_address(address)}有歧义：草案手打的编号有误，{address} 可能指"
                               + "或".join(f"第 {i} 段（编号“{self.live[m].label}”：“{self.excerpt(m, 40)}”）"
                                          for i, m in named),
                            zh_hint="请先改正草案的编号（drafter check 会指出错处），再按编号指明段落")

    def typed_number(self, node: Node) -> int | None:
        """The number the paragraph's typed label shows (3 for "3.", 2 for "(b)"); None without one."""
        live = self.live[node]
        if not live.label or live.added_in >= 0:
            return None
        if node.level == 0:
            digits = re.search(r"\d+", live.label)
            value = int(digits.group()) if digits and len(digits.group()) <= 9 else None
        else:
            text = bare(live.label)
            value = zh_value(text) or (roman_value(text) if node.level == 2 else letters_value(text))
        return value if value and relabel(live.label, value, node.level) == live.label else None

    def address(self, node: Node, numbering: str = "now") -> str:
        """The paragraph's address in the text as it is ``now`` (or in another numbering): "5", "5(b)"."""
        path = []
        current: Node | None = node
        while current is not None:
            shown = self.visible(self.siblings(current), numbering)
            if current not in shown:
                return ""
            path.append(shown.index(current) + 1)
            current = current.parent
        return format_address(path[::-1])

    def current(self) -> list[tuple[str, Node]]:
        """Every operative paragraph and sub-paragraph of the text as it is now, with its address."""
        out: list[tuple[str, Node]] = []

        def walk(nodes: list[Node]) -> None:
            for node in self.visible(nodes, "now"):
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
        self.live[node] = Live(lead=lead, added_by=author, added_in=self.amendment, parts=[p])
        return node

    def strike(self, node: Node, author: Author) -> None:
        """Record that the amendment being applied struck ``node``."""
        self.live[node].struck_by = author
        self.live[node].struck_in = self.amendment

    # -- editing the current text (offsets count the whole paragraph, every part of it) -------------
    def locate(self, node: Node, offset: int) -> tuple[_Element, int]:
        """The w:p holding ``offset`` of the paragraph's current text and the offset inside it: the first
        part with text there, else the last part that starts at or before it."""
        start, fallback = 0, None
        for p in self.parts(node):
            length = len(runtext.current_text(p))
            if length and start <= offset <= start + length:
                return p, offset - start
            if start <= offset:
                fallback = (p, offset - start)
            start += length
        assert fallback is not None
        return fallback

    def spans(self, node: Node, start: int, end: int) -> list[tuple[_Element, int, int]]:
        """[start, end) of the paragraph's current text as ranges of its parts."""
        out, at = [], 0
        for p in self.parts(node):
            length = len(runtext.current_text(p))
            s, e = max(start, at), min(end, at + length)
            if s < e:
                out.append((p, s - at, e - at))
            at += length
        return out

    def run_at(self, node: Node, offset: int) -> _Element | None:
        """The run that gives formatting to text typed at ``offset`` (the one before it, else the first)."""
        p, local = self.locate(node, offset)
        run: _Element | None = rv.run_at(p, local)
        return run

    def delete(self, node: Node, start: int, end: int, author: Author) -> None:
        """Strike [start, end) of the paragraph's current text."""
        for p, s, e in self.spans(node, start, end):
            rv.delete_range(p, s, e, author)

    def insert(self, node: Node, offset: int, text: str, author: Author, like: _Element | None = None) -> None:
        """Insert ``text`` at ``offset`` of the paragraph's current text."""
        p, local = self.locate(node, offset)
        rv.insert_text(p, local, text, author, like=like)

    def replace(self, node: Node, start: int, end: int, text: str, author: Author, keep_format: bool = False) -> None:
        """Strike [start, end) and insert ``text`` in its place (formatted like the struck text if
        ``keep_format``)."""
        spans = self.spans(node, start, end)
        if len(spans) == 1:
            p, s, e = spans[0]
            rv.replace_range(p, s, e, text, author, keep_format=keep_format)
            return
        if not spans:
            p, local = self.locate(node, start)
            rv.replace_range(p, local, local, text, author, keep_format=keep_format)
            return
        like = None
        if keep_format:
            runs = runsplit.runs_between(spans[0][0], spans[0][1], spans[0][2])
            like = runs[0] if runs else None
        p, local = self.locate(node, start)
        self.delete(node, start, end, author)
        if text:
            rv.insert_text(p, local, text, author, like=like if like is not None else rv.run_at(p, local),
                           plain=not keep_format)


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _live(node: Node) -> Live:
    """Where the structure reader found the label and the lead phrase of ``node``, and the w:p elements its
    text was read from."""
    text = node.para.text
    element = node.para.element
    live = Live(content_start=node.offset, parts=(runtext.joined(element) or [element]) if element is not None else [])
    if node.label and not node.auto:
        start = text.find(node.label)
        if start >= 0:
            live.label, live.label_start = node.label, start
    if node.lead:
        start = text.find(node.lead, node.offset)
        if start >= 0:
            live.lead, live.lead_start = node.lead, start
    return live
