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
    children: list["SubParagraph"] = field(default_factory=list)


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
class Section:
    """A titled section of a position paper."""

    heading: str
    paragraphs: list[str]


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

    def plain_paragraphs(self) -> list[str]:
        """Every paragraph as text, in reading order (labels of Word numbering included)."""
        from drafter.numbering import label

        sep = "" if self.language == "zh" else " "
        out = [line.full for line in self.heading]
        if self.kind == "position-paper":
            for section in self.sections:
                out.append(section.heading)
                out.extend(section.paragraphs)
            return out
        if self.organ:
            out.append(self.organ + self.organ_end)
        out += [f"{p.lead}{sep}{p.body}{p.end}" for p in self.preambular]

        def walk(items: list[SubParagraph], depth: int) -> None:
            for i, sub in enumerate(items, 1):
                out.append(f"{label(i, depth, self.language)} {sub.body}{sub.end}")
                walk(sub.children, depth + 1)

        for n, para in enumerate(self.operative, 1):
            out.append(f"{n}. {para.lead}{sep}{para.body}{para.end}")
            walk(para.subparagraphs, 1)
        return out
