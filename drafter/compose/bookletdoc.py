"""The booklet of adopted resolutions as a document model: a cover, a table of contents and one resolution after
another, each with the paragraphs of its text as read from the draft (runs with their emphasis, numbering labels
as shown). :mod:`drafter.compose.bookletword` writes it as .docx; :mod:`drafter.booklet` fills it from drafts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockRole = Literal["organ", "preambular", "operative", "sub", "section", "continuation", "closing", "annex",
                    "sponsors"]


@dataclass(frozen=True)
class Piece:
    """A run of text with the emphasis it had in the draft."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Block:
    """One paragraph: its part of the resolution, its runs, the label Word numbering showed before it ("1.",
    "(a)"; "" when the label is typed in the text or there is none) and its depth (0, or 1.. for sub-paragraphs)."""

    role: BlockRole
    pieces: tuple[Piece, ...]
    label: str = ""
    level: int = 0
    labelled: bool = False  # carries a label, shown by Word or typed: set with a hanging indent

    @property
    def text(self) -> str:
        """The paragraph's text as shown: the Word label and a tab, then the runs."""
        return self.label + ("\t" if self.label else "") + "".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class Resolution:
    """One adopted resolution: its number or symbol as printed ("Resolution 1.1", "A/RES/74/247", "第1.1号决议";
    "" when none), its title, committee, the sponsor lines kept (none when the rules remove them), the vote line
    ("" when no vote was given) and the paragraphs of its text."""

    number: str
    title: str
    committee: str
    sponsors: tuple[Block, ...]
    vote: str
    body: tuple[Block, ...]
    source: str = ""  # the draft file it was read from


@dataclass(frozen=True)
class Booklet:
    """The whole booklet, in one language."""

    language: str
    conference: str
    committees: tuple[str, ...]
    date: str
    resolutions: tuple[Resolution, ...]

    @property
    def zh(self) -> bool:
        """A Chinese booklet."""
        return self.language == "zh"
