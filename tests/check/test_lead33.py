"""The lead's own fixes of round 33, each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library
from drafter.check import fix

HEAD = ["Forum: General Assembly Third Committee", "Question of: Older persons in heat waves",
        "Submitted by: Ghana", "Co-submitters: Chile, Nepal, Norway", "The General Assembly,"]


def _fixed_twice(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> tuple[set[str], list[str]]:
    """The rules --fix mends on the draft, and those a second --fix on its output still finds to mend."""
    report, doc = check.check_file(make(tmp_path, paragraphs), lib)
    first, _ = fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    second, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    return {f.rule for f in first}, [f.rule for f in second]


def test_fixing_unemphasised_leads_emphasises_the_words_bound_to_them(lib: library.Library, tmp_path: Path) -> None:
    """MUN-F02, UN-B12: leads typed in capitals with no emphasis, two of them with "ALSO" after the verb: --fix
    emphasises "COGNIZANT ALSO" whole, so a second --fix finds no lead emphasised only in part."""
    paragraphs = [*HEAD,
                  "COGNIZANT of the heat waves of 2024 and 2025 in many cities,",
                  "COGNIZANT ALSO that older persons living alone are most at risk,",
                  "NOTING that few cities have a plan to protect them,",
                  "NOTING ALSO the work of the World Health Organization on heat and health,",
                  "1. URGES Member States to open cool rooms in public buildings during heat waves;",
                  "2. REQUESTS the Secretary-General to report on heat and older persons in 2028."]
    first, second = _fixed_twice(tmp_path, lib, paragraphs)
    assert first & {"lead-emphasis", "lead-emphasis-document"}
    assert second == []
