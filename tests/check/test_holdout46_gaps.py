"""General causes behind the misses and false alarms of the forty-sixth held-out student set
(bench/students/holdout46, real General Assembly drafts), each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import library

# -- UN-H03: an ordinal in a month-first date of a conference heading -------------------------------------------

@pytest.mark.parametrize(("line", "fixed"), [("Date: March 21st 2026", "21 March 2026"),
                                             ("Date: October 2nd, 2025", "2 October 2025")])
def test_an_ordinal_in_a_month_first_conference_date_is_a_warning(tmp_path: Path, lib: library.Library,
                                                                  line: str, fixed: str) -> None:
    """The conference may write its dates month first ("March 21, 2026"), but an ordinal is a slip either way."""
    report = [f for f in findings(make(tmp_path, [line, *EN_HEAD, ORGAN, PRE, OP1, OP2]), lib) if f.paragraph == 1]
    assert [(f.rule, f.severity) for f in report] == [("date-format", "warning")]
    assert repr(fixed) in report[0].message


# -- UN-B01: a template's instruction naming a part in capitals, left inside the preamble -------------------------

@pytest.mark.parametrize("line", ["Listing in PREAMBLE the facts that matter:",
                                  "Setting out in the PREAMBLE the problems we face:"])
def test_a_template_line_naming_a_part_in_capitals_is_a_section_heading(tmp_path: Path, lib: library.Library,
                                                                        line: str) -> None:
    """The line is a template's instruction, not a clause; a clause opening with a known lead that names the
    preamble in capitals and ends with a colon stays a clause with the wrong end mark."""
    second = [("Con", "i"), ("cerned", "i"), (" that ransomware attacks on hospitals are increasing,", "")]
    clause = [("Re", "i"), ("calling", "i"), (" the PREAMBLE of the Charter of the United Nations:", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, line, second, clause, OP1, OP2])
    assert (7, "section-heading") in found and (7, "preambular-end") not in found
    assert (9, "section-heading") not in found and (9, "preambular-end") in found


# -- MUN-F01: words before the organ's name and a committee after it, mended by one fix --------------------------

@pytest.mark.parametrize(("line", "fixed"), [
    ("The United Nations General Assembly Third Committee,", "The General Assembly,"),
    ("The UN General Assembly 2nd Committee,", "The General Assembly,"),
])
def test_one_fix_keeps_only_the_organs_name(tmp_path: Path, lib: library.Library, line: str, fixed: str) -> None:
    """The finding names the words before the name; its fix takes the committee after it too, so a second run of
    --fix has nothing left to mend."""
    from drafter import check
    from drafter.check import fix
    from drafter.word import reader

    report, doc = check.check_file(make(tmp_path, [*EN_HEAD, line, PRE, OP1, OP2]), lib)
    assert [f.rule for f in report.findings if f.paragraph == 5] == ["organ-line"]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[4].text == fixed
