"""The typed tree a document is read into: one :class:`Node` per paragraph, and the :class:`Structure` that
groups them (heading block, organ line, preamble, operative paragraphs with their sub-paragraphs, sections,
closing, annexes). :mod:`drafter.structure.build` builds it (with ``body``); the checker, ``--fix``, the revisers
and the importer walk it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeGuard, get_args

from drafter.labelkinds import Typed
from drafter.labels import bare
from drafter.library.model import Phrase
from drafter.word import reader

Role = Literal["heading", "organ", "preambular", "operative", "sub", "section", "continuation", "closing", "annex",
               "empty", "table", "struck", "contents", ""]
"""The part of the resolution a paragraph belongs to; "" only while the tree is being read (not yet placed); "struck":
a paragraph struck through whole, read as none; "contents": a line of a table of contents Word built from the
headings (a copy of a heading line or of a clause, with its page), read as none."""
# the roles of paragraphs that hold none of the resolution's text: blank, a table's cell, struck through whole, a
# table of contents' line
UNREAD: frozenset[Role] = frozenset({"empty", "table", "struck", "contents"})

LabelKind = Literal["letter", "letter-dot", "letter-close", "letter-dash", "roman", "roman-dot", "roman-close",
                    "roman-dash", "upper-paren", "upper-dot", "upper-close", "upper-dash", "upper-roman",
                    "upper-roman-dot", "upper-roman-close", "upper-roman-dash", "number-paren", "number-dot",
                    "number-close", "number-dash", "zh-paren", "zh-dot", "zh-close", "zh-circled", "circled", "article",
                    "stem", "stem-dot", "stem-close", "branch", "branch-dot", "branch-close", "bullet", "outline",
                    "other-script", "malformed", ""]
"""The kind of a sub-paragraph's label (as :func:`drafter.labelkinds.label_kind` names it: "(a)" letter, "a)"
letter-close, "A." upper-dot, "(1)" number-paren, "一、" zh-dot, "㈠" zh-circled, "①" circled, "（甲）" stem, "子、"
branch-dot, "1.1." outline, "б)" other-script: letters of another alphabet, "(a" malformed: a letter in a form no
style has, as a Word level whose lvlText lost a bracket shows it); "" for other paragraphs."""

LABEL_KINDS: frozenset[str] = frozenset(get_args(LabelKind))


def is_label_kind(text: str) -> TypeGuard[LabelKind]:
    """``text`` is one of the label kinds a node can carry."""
    return text in LABEL_KINDS


@dataclass(eq=False)
class Node:
    """One paragraph of the document with its role in the structure."""

    para: reader.Paragraph
    role: Role
    label: str = ""  # "3" for an operative paragraph ("三" for 第三条), "(b)" for a sub-paragraph, as shown
    number: int = 0  # 1-based position among its siblings
    level: int = 0  # 0 operative, 1.. sub-paragraph depth
    auto: bool = False  # numbered by Word rather than typed
    offset: int = 0  # first character of the content after a typed label
    kind: LabelKind = ""  # label kind of a sub-paragraph
    typed: Typed | None = None  # the label as typed, its kind and form ("1)", "第一条", "ii."); None when Word numbers it
    lead: str = ""
    phrase: Phrase | None = None
    emphasised: bool = False  # the lead phrase carries the emphasis
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    continuation: list[Node] = field(default_factory=list)  # unnumbered paragraphs that belong to this one
    misplaced: bool = False  # a preambular paragraph inside the operative part
    misspelled: str = ""  # the known form the lead misspells ("Encourges" → "Encourages")

    @property
    def text(self) -> str:
        """The paragraph's whole text, label included."""
        return self.para.text

    @property
    def content(self) -> str:
        """The text after a typed label (from the lead on, once the lead is found)."""
        return self.para.text[self.offset:]


@dataclass
class Structure:
    """A document read as a resolution: the tree every rule and command walks."""

    language: str
    profile: str
    nodes: list[Node] = field(default_factory=list)
    heading: list[Node] = field(default_factory=list)
    organ: Node | None = None
    organ_repeats: list[Node] = field(default_factory=list)  # the organ line written again further down
    preamble: list[Node] = field(default_factory=list)
    operative: list[Node] = field(default_factory=list)
    sections: list[Node] = field(default_factory=list)
    closing: list[Node] = field(default_factory=list)
    annexes: list[Node] = field(default_factory=list)
    by_phrases: bool = False  # no numbering found: roles were read from lead phrases
    # an unnumbered operative paragraph whose colon opens what follows: "Adopts the following declaration:" (the text
    # after it is read as an annex) or "Recommends the following …:" over the numbered clauses; its end is no fault
    adopts: Node | None = None
    # a decision written in one paragraph ("The Economic and Social Council, recalling …, decides:"): its organ line
    # and the chapeau of its items, the first operative paragraph (there is no organ line of its own)
    decision: Node | None = None

    def walk(self) -> Iterator[Node]:
        """Operative paragraphs and their sub-paragraphs, depth first, in document order."""
        def visit(node: Node) -> Iterator[Node]:
            yield node
            for child in node.children:
                yield from visit(child)
        for node in self.operative:
            yield from visit(node)

    def address(self, node: Node) -> str:
        """The paragraph's address as amendments write it: "5", "5(b)", "5(b)(ii)"."""
        path = []
        current: Node | None = node
        while current is not None:
            path.append(current)
            current = current.parent
        path.reverse()
        head = str(path[0].number)
        rest = "".join(f"({bare(n.label) or n.number})" for n in path[1:])
        return head + rest

    def find(self, address: str) -> Node | None:
        """The operative paragraph or sub-paragraph at an address like "5(b)(ii)"; None when absent."""
        match = re.fullmatch(r"\s*(\d+)\s*((?:\([^()]+\)\s*)*)", address)
        if not match:
            return None
        number = int(match.group(1))
        node = next((n for n in self.operative if n.number == number), None)
        for part in re.findall(r"\(([^()]+)\)", match.group(2)):
            if node is None:
                return None
            key = part.strip()
            node = next((c for c in node.children if bare(c.label) == key or str(c.number) == key), None)
        return node
