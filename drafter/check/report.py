"""What ``drafter check`` reports: findings, each with the edits ``--fix`` makes for it, and the report of a file,
with the words a report uses in English and in Chinese."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from drafter.bilingual import EMPTY, Text
from drafter.check.rules import SEVERITIES
from drafter.plurals import counted
from drafter.word.edit import Edit

SEVERITY_WORDS = {"en": {s: s for s in SEVERITIES}, "zh": {"error": "错误", "warning": "警告", "suggestion": "建议"}}
FIXABLE = {"en": "[fixable]", "zh": "（可自动修正）"}


@dataclass(frozen=True)
class Correction:
    """One edit ``--fix`` makes for a finding. It applies to the finding's own paragraph unless ``paragraph``
    names another one, or to every paragraph of the document when ``everywhere`` (a document-wide setting)."""

    edit: Edit
    paragraph: int | None = None
    everywhere: bool = False


@dataclass
class Finding:
    """One fault at a paragraph and column (both 1-based), with the rule's message and what --fix does, each said
    in English and in Chinese (``said``, ``fixes``); ``message`` and ``fix`` say them in ``lang``, the language of
    the report the finding is in (:meth:`Report.speaking` gives the report in the other).
    A finding about several paragraphs (leads unemphasised throughout, a numbering that goes off) names them
    all in ``paragraphs``; it always holds the finding's own paragraph."""

    rule: str
    severity: str
    paragraph: int
    column: int
    excerpt: str
    said: Text  # the message
    fixes: Text = EMPTY  # what --fix does, or "" when a person must decide
    edits: list[Correction] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    lang: str = "en"  # the language of ``message`` and ``fix``

    @property
    def message(self) -> str:
        """The message in the finding's language."""
        return self.said[self.lang]

    @property
    def fix(self) -> str:
        """What --fix does, in the finding's language ("" when a person must decide)."""
        return self.fixes[self.lang]

    def __post_init__(self) -> None:
        self.paragraphs = sorted({self.paragraph, *self.paragraphs})

    def cover(self, indices: Iterable[int]) -> Finding:
        """Name the paragraphs at ``indices`` as covered too; returns the finding."""
        self.paragraphs = sorted({*self.paragraphs, *indices})
        return self

    def cover_edited(self) -> None:
        """Add the paragraphs its edits change (other than its own) to ``paragraphs``."""
        self.paragraphs = sorted({*self.paragraphs, *(c.paragraph for c in self.edits if c.paragraph is not None)})

    def where(self, lang: str) -> str:
        """The paragraphs it covers, for people ("¶ 5, 7, 9–12" / "第5、7、9–12段"); "" for one paragraph."""
        if len(self.paragraphs) < 2:
            return ""
        return paragraph_list(self.paragraphs, lang)

    def speaking(self, lang: str) -> Finding:
        """The finding with its message and fix in ``lang``."""
        return replace(self, edits=list(self.edits), lang=lang)

    def as_json(self) -> dict[str, Any]:
        """The finding as ``drafter check --format json`` writes it."""
        return {"rule": self.rule, "severity": self.severity, "paragraph": self.paragraph, "column": self.column,
                "paragraphs": self.paragraphs, "excerpt": self.excerpt, "message": self.message,
                "fix": self.fix or None}


def paragraph_list(indices: Iterable[int], lang: str) -> str:
    """Paragraph numbers with runs compressed: "¶ 5, 7, 9–12" in English, "第5、7、9–12段" in Chinese."""
    spans: list[list[int]] = []
    for i in sorted(set(indices)):
        if spans and i == spans[-1][1] + 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in spans]
    return f"第{'、'.join(parts)}段" if lang == "zh" else f"¶ {', '.join(parts)}"


@dataclass
class Report:
    """The findings on one file, with the language and profile it was read in and the language its messages
    are in (``message_lang``: each finding speaks it). Its notes say how the document was read, in both
    languages (``remarks``); ``notes`` says them in ``message_lang``."""

    file: str
    language: str
    profile: str
    findings: list[Finding]
    remarks: list[Text] = field(default_factory=list)
    message_lang: str = "en"

    def __post_init__(self) -> None:
        for finding in self.findings:
            finding.lang = self.message_lang

    @property
    def notes(self) -> list[str]:
        """How the document was read, for the reader of the report, in ``message_lang``."""
        return [note[self.message_lang] for note in self.remarks]

    def speaking(self, lang: str) -> Report:
        """The same report with every message, fix and note in ``lang`` (this one is left as it is)."""
        return Report(self.file, self.language, self.profile, [f.speaking(lang) for f in self.findings],
                      list(self.remarks), lang)

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity == "error")

    def summary(self) -> dict[str, int]:
        """How many findings of each severity, most severe first."""
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}

    def counts_text(self) -> str:
        """The summary for people: "1 error, 0 warnings, 2 suggestions" / "1 个错误，0 个警告，2 个建议"."""
        counts = self.summary()
        if self.message_lang == "zh":
            return "，".join(f"{counts[s]} 个{SEVERITY_WORDS['zh'][s]}" for s in SEVERITIES)
        return ", ".join(counted(counts[s], s) for s in SEVERITIES)
