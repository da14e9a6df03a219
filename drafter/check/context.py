"""What every rule family reads, and the sink it adds findings to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from drafter.bilingual import Text
from drafter.check.fixtext import describe_zh
from drafter.check.lists import ListPlan
from drafter.check.report import Correction, Finding
from drafter.check.rules import RULES
from drafter.library import Library
from drafter.punctuation import END
from drafter.structure import Node, Phrases, Structure, read_structure
from drafter.structure.paper import Paper, PaperRules
from drafter.word import reader
from drafter.word.edit import Edit

# what differs in one slot of the body's fonts: the first paragraph set otherwise, the main font's name, each font
# with its count of characters, the indices of the paragraphs set otherwise
MixedFonts = tuple[Node, str, list[tuple[str, int]], list[int]]


@dataclass
class Context:
    """A document read as a resolution, the library, its language and profile; findings collect in ``findings``,
    each said in English and in Chinese."""

    doc: reader.Document
    lib: Library
    tree: Structure
    phrases: Phrases  # the library's lead phrases in the document's language
    lang: str  # the document's language
    profile: str
    lists: ListPlan  # the Word lists as the fixes found so far would leave them
    findings: list[Finding] = field(default_factory=list)
    # the label kinds round each list of sub-paragraphs (by the id of the paragraph it is under), worked out once
    taken_kinds: dict[int, set[str]] = field(default_factory=dict)
    # the emphasis the lead of a clause typed after a line break takes when a fix splits it off, by (paragraph
    # index, where the lead begins): the lead phrases family works it out, the numbering family's splits make it
    split_lead_emphasis: dict[tuple[int, int], Edit] = field(default_factory=dict)
    # the end mark due before each such line break once the split is made, by (paragraph index, the mark's
    # position), where another is typed: the half-width mark rule (Chinese) fixes a half-width one to it
    split_marks: dict[tuple[int, int], str] = field(default_factory=dict)
    # the organ line whose emphasis is judged once the leads' is known (a conference draft's, which is italic when
    # its preambular leads are): the organ family leaves it here when the line is otherwise in its usual form
    organ_pending: Node | None = None
    # the body's fonts of each slot (Latin, East Asian) where they differ, worked out once for the rules that read
    # them (fonts-mixed, east-asian-font): see drafter.check.families.document.mixed_fonts
    fonts_mixed: tuple[MixedFonts | None, MixedFonts | None] | None = None

    @classmethod
    def read(cls, doc: reader.Document, lib: Library, lang: str, profile: str,
             lists: ListPlan | None = None) -> Context:
        """Read ``doc``'s structure in ``lang`` and ``profile``; no findings yet. ``lists``: the plan of the Word
        lists the checks of the resolutions before this one in the same file left (their fixes add list instances
        this one's must not take again); a plan of its own when None."""
        return cls(doc, lib, read_structure(doc, lib, lang, profile), Phrases.of(lib, lang), lang, profile,
                   lists if lists is not None else ListPlan(doc))

    @property
    def nodes(self) -> list[Node]:
        """Every paragraph of the document with its role, in order."""
        return self.tree.nodes

    @property
    def end(self) -> dict[str, str]:
        """The mark each kind of paragraph ends with in the document's language."""
        return END[self.lang]

    def add(self, rule_id: str, where: Node | reader.Paragraph, column: int = 1, fix: str = "",
            edits: Iterable[Edit | Correction] = (), **fields: object) -> Finding:
        """Add a finding of ``rule_id`` at ``where`` and ``column`` (1-based); ``fields`` fill the rule's message
        in both languages (a :class:`~drafter.bilingual.Text` field gives each language its own words). A bare
        edit applies to the finding's own paragraph. ``fix`` says in English what the edits do (:meth:`finish`
        says it in Chinese). Returns the finding: a finding about several paragraphs names the others with
        :meth:`Finding.cover` (those its edits change count anyway)."""
        para = where.para if isinstance(where, Node) else where
        finding = new_finding(rule_id, para, column, fix=fix, edits=edits, **fields)
        self.findings.append(finding)
        return finding

    def finish(self) -> None:
        """Once every family has run: each finding names every paragraph its edits change, and says what
        --fix does in Chinese too."""
        finish(self.findings, self.doc)


class Sink(Protocol):
    """What a check adds its findings to: a resolution's :class:`Context` or a paper's context."""

    lib: Library

    def add(self, rule_id: str, where: Node | reader.Paragraph, column: int = 1, fix: str = "",
            edits: Iterable[Edit | Correction] = (), **fields: object) -> Finding: ...


def new_finding(rule_id: str, para: reader.Paragraph, column: int, *, fix: str = "",
                edits: Iterable[Edit | Correction] = (), **fields: object) -> Finding:
    """A finding of ``rule_id`` at ``para`` and ``column`` with its message in both languages (see
    :meth:`Context.add`); what --fix does is said in English until :func:`finish`."""
    rule = RULES[rule_id]
    start = max(0, column - 1 - 10)
    excerpt = para.text[start: start + 60].replace("\n", " ").strip()
    corrections = [e if isinstance(e, Correction) else Correction(e) for e in edits]
    return Finding(rule_id, rule.severity, para.index, column, excerpt, rule.said(**fields), Text(fix, ""),
                   corrections)


def finish(findings: list[Finding], doc: reader.Document) -> None:
    """Each finding names every paragraph its edits change, and says what --fix does in Chinese too (from its
    edits)."""
    paragraphs = doc.paragraphs

    def text(index: int) -> str:
        if 0 < index <= len(paragraphs) and paragraphs[index - 1].index == index:
            return paragraphs[index - 1].text
        return next((p.text for p in paragraphs if p.index == index), "")

    for finding in findings:
        finding.cover_edited()
        if finding.fixes.en:
            finding.fixes = Text(finding.fixes.en, describe_zh(finding.edits, finding.paragraph, text))


@dataclass
class PaperContext:
    """A document read as a position paper, the library, the paper's rules and its language; findings collect in
    ``findings``, each said in English and in Chinese."""

    doc: reader.Document
    lib: Library
    paper: Paper
    rules: PaperRules
    lang: str  # the document's language
    findings: list[Finding] = field(default_factory=list)

    def add(self, rule_id: str, where: Node | reader.Paragraph, column: int = 1, fix: str = "",
            edits: Iterable[Edit | Correction] = (), **fields: object) -> Finding:
        """Add a finding (as :meth:`Context.add`)."""
        para = where.para if isinstance(where, Node) else where
        finding = new_finding(rule_id, para, column, fix=fix, edits=edits, **fields)
        self.findings.append(finding)
        return finding

    def anchor(self) -> reader.Paragraph:
        """Where a finding about the whole paper stands: its first paragraph with text."""
        return next((p for p in self.doc.paragraphs if p.text.strip()), self.doc.paragraphs[0])
