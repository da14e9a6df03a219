"""The rules a check of one draft reports, with the paragraphs each names: what the blind-set gap tests compare."""

from __future__ import annotations

from pathlib import Path

from drafter import check, library


def rules(path: Path, lib: library.Library) -> dict[str, list[int]]:
    """Each rule that fires on ``path`` with the paragraphs of its findings, in report order."""
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for finding in report.findings:
        found.setdefault(finding.rule, []).append(finding.paragraph)
    return found
