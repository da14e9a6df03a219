"""What ``drafter check`` reports: findings, each with the edits ``--fix`` makes for it, and the report of a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.check.rules import SEVERITIES
from drafter.word.edit import Edit


@dataclass(frozen=True)
class Correction:
    """One edit ``--fix`` makes for a finding. It applies to the finding's own paragraph unless ``paragraph``
    names another one, or to every paragraph of the document when ``everywhere`` (a document-wide setting)."""

    edit: Edit
    paragraph: int | None = None
    everywhere: bool = False


@dataclass
class Finding:
    """One fault at a paragraph and column (both 1-based), with the rule's message and what --fix does."""

    rule: str
    severity: str
    paragraph: int
    column: int
    excerpt: str
    message: str
    fix: str = ""  # what --fix does, or "" when a person must decide
    edits: list[Correction] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The finding as ``drafter check --format json`` writes it."""
        return {"rule": self.rule, "severity": self.severity, "paragraph": self.paragraph, "column": self.column,
                "excerpt": self.excerpt, "message": self.message, "fix": self.fix or None}


@dataclass
class Report:
    """The findings on one file, with the language and profile it was read in."""

    file: str
    language: str
    profile: str
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)  # how the document was read, for the reader of the report

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity == "error")

    def summary(self) -> dict[str, int]:
        """How many findings of each severity, most severe first."""
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
