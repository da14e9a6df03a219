"""Faults of the blind set holdout106 (#20): English drafts from conferences in Africa, South and West Asia, the Gulf
and Latin America. Held by sentences of our own:

* a State's English name written with the accents of the State's own language ("Perú", "México", "Panamá",
  "Việt Nam") in a sponsors or signatories line is not the name the United Nations gives it: a suggestion naming the
  English short name (state-style), as for a name in the State's own language ("España"); the library's look-up,
  which takes no account of accents, read it as the right name and said nothing. A name the United Nations writes
  with its accent ("Côte d'Ivoire", "Türkiye") stays right, and so does one that leaves an accent out ("Cote
  d'Ivoire"). The bench does not score suggestions, and earlier sets (holdout31, holdout47) leave such names
  unannotated: the rule says what a chair would say without counting it a fault.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

BODY = ["The General Assembly,", "Recognizing that many rural clinics have no refrigerator for vaccines,",
        "Aware that solar fridges cost less every year,",
        "1. Encourages Member States to equip rural clinics with solar fridges;",
        "2. Requests the Secretary-General to report on the matter next year."]


def _found(path: Path, lib: library.Library) -> list[tuple[str, int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph, f.severity, f.message) for f in report.findings
            if f.rule in ("state-style", "state-name")]


@pytest.mark.parametrize(("written", "meant"), [("Perú", "Peru"), ("México", "Mexico"), ("Panamá", "Panama"),
                                                ("Việt Nam", "Viet Nam"), ("Haití", "Haiti")])
def test_a_state_name_with_its_own_language_accents(lib: library.Library, tmp_path: Path, written: str,
                                                    meant: str) -> None:
    head = ["Committee: Second Committee", "Topic: Cold chains for rural clinics", f"Sponsors: Chile, {written}",
            f"Signatories: Kenya, {written}, Nepal"]
    found = _found(make(tmp_path, [*head, *BODY]), lib)
    assert [(rule, paragraph, severity) for rule, paragraph, severity, _ in found] == [
        ("state-style", 3, "suggestion"), ("state-style", 4, "suggestion")]
    assert all(repr(meant) in message for *_, message in found), found


@pytest.mark.parametrize("written", ["Côte d'Ivoire", "Cote d'Ivoire", "Türkiye", "Peru", "Viet Nam"])
def test_names_the_united_nations_writes_so_stay_right(lib: library.Library, tmp_path: Path, written: str) -> None:
    head = ["Committee: Second Committee", "Topic: Cold chains for rural clinics", f"Sponsors: Chile, {written}",
            "Signatories: Kenya, Nepal"]
    assert _found(make(tmp_path, [*head, *BODY]), lib) == []
