"""The document model: a draft resolution or position paper, independent of Word.

Writers (docx, markdown, text) and the checker's reader all speak this model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Emphasis = Literal["italic", "bold", "underline", "none"]
PROFILES = ("un", "una-usa", "thimun", "cn-mun")
DOCUMENT_KINDS = ("resolution", "position-paper")


@dataclass
class HeadingLine:
    """One line of the heading block: a labelled field ("Sponsors: …") or a bare line (a symbol)."""

    role: str  # symbol, organ-name, distr, date, language, original, committee, session, agenda-item, agenda-title,
    #            sponsors, signatories, topic, draft-number, title, forum, question, submitted-by, co-submitters
    text: str
    label: str = ""
    align: Literal["left", "right", "center"] = "left"
    bold: bool = False

    @property
    def full(self) -> str:
        return f"{self.label}{self.text}" if self.label else self.text


@dataclass
class SubParagraph:
    body: str
    end: str
    children: list[SubParagraph] = field(default_factory=list)


@dataclass
class PreambularParagraph:
    lead: str
    body: str
    end: str
    clause_id: str = ""


@dataclass
class OperativeParagraph:
    lead: str
    body: str
    end: str
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    clause_id: str = ""


@dataclass
class ListItem:
    """A numbered item of a position paper's list (level 0 "1.", level 1 "(a)")."""

    text: str
    children: list[ListItem] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a position paper as written, with the works it cites (reference ids, or ``seed:`` and
    ``doc:`` keys for a clause's source) and the facts it states ("KEN.uncc")."""

    text: str
    sources: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()


@dataclass
class Section:
    """A titled section of a position paper: its paragraphs, then an optional numbered list. ``sentences`` holds
    each paragraph's sentences with what they rest on (empty for text a delegate wrote), and ``item_sentences``
    those of each list item."""

    heading: str
    paragraphs: list[str]
    items: list[ListItem] = field(default_factory=list)
    sentences: list[list[Sentence]] = field(default_factory=list)
    item_sentences: list[list[Sentence]] = field(default_factory=list)
    kind: str = ""  # "references": the list of works cited, set smaller with hanging numbers


@dataclass
class Draft:
    """A whole document in one language under one format profile."""

    kind: str
    language: str
    profile: str
    heading: list[HeadingLine] = field(default_factory=list)
    organ: str = ""
    organ_end: str = ","
    preambular: list[PreambularParagraph] = field(default_factory=list)
    operative: list[OperativeParagraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    preambular_emphasis: Emphasis = "italic"
    operative_emphasis: Emphasis = "italic"
    organ_emphasis: Emphasis = "italic"
    title: str = ""
    running_head: str = ""  # the line at the top of every page after the first (UN: the document symbol)
