"""Wrong advice of the checker on the blind set holdout85 (#20), held by sentences of our own: an operative clause
opened by the pronoun "I" ("I propose that …", "I suggest …") was read as the bare verb "I" and told to open with
"Is", where "We propose" is told to open with "Proposes" (UN-B06); and a clause opened by a quantity and a noun
("More solar lamps in …", "Less diesel …"), no verb at all, was told to open with "Mores" / "Lesses" instead of being
told it has no operative verb (UN-B06, MUN-F05)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Economic and Social Council", "Topic: Solar lighting in rural villages",
        "Sponsors: Peru, Kenya", "Signatories: Chile, Ghana, India", "The Economic and Social Council,",
        "Noting that many villages have no street lights after dark,"]
FIRST = "1. Encourages Member States to install solar street lights in villages;"
LAST = "4. Requests the Secretary-General to report on progress at the next session."


def messages(path: Path, lib: library.Library, rule: str) -> dict[int, str]:
    """The message of each finding of ``rule``, by paragraph."""
    report, _ = check.check_file(path, lib)
    return {f.paragraph: f.message for f in report.findings if f.rule == rule}


def test_a_clause_opened_by_i_is_told_its_verb(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, FIRST, "2. I propose that the World Bank lend money for solar lamps;",
            "3. I suggest a fund for the repair of the lamps;", LAST]
    found = messages(make(tmp_path, body), lib, "lead-form")
    assert sorted(found) == [8, 9]
    assert "'I propose'" in found[8] and "'Proposes'" in found[8] and "'Is'" not in found[8]
    assert "'I suggest'" in found[9] and "'Suggests'" in found[9]


def test_a_clause_opened_by_a_quantity_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, FIRST, "2. More solar lamps in schools and clinics;",
            "3. Less diesel generators in the villages of the region;", LAST]
    found = rules(make(tmp_path, body), lib)
    assert found.get("operative-no-verb") == [8, 9]
    assert "lead-form" not in found


def test_a_bare_verb_is_still_told_its_form(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, FIRST, "2. Urge donors to pay for the lamps of village schools;",
            "3. Invites the regional banks to give small loans for lamps;", LAST]
    found = messages(make(tmp_path, body), lib, "lead-form")
    assert sorted(found) == [8] and "'Urges'" in found[8]


def test_a_sponsors_line_under_the_last_clause_does_not_make_the_draft_thimun(lib: library.Library,
                                                                             tmp_path: Path) -> None:
    # a title alone above the text and "Submitted by:" signed under it: no THIMUN heading, a conference draft whose
    # missing heading fields are named as UNA-USA's (MUN-H01)
    body = ["Solar Lighting in Rural Villages", "The Economic and Social Council,",
            "Noting that many villages have no street lights after dark,", FIRST,
            "2. Invites the regional banks to give small loans for lamps;",
            "3. Requests the Secretary-General to report on progress at the next session.",
            "Submitted by: Peru, Kenya and Chile"]
    report, _ = check.check_file(make(tmp_path, body), lib)
    assert report.profile == "una-usa", report.profile
    # a THIMUN heading is still read as one when its "SUBMITTED BY:" stands above the text
    thimun = ["FORUM: Economic and Social Council", "QUESTION OF: Solar lighting in rural villages",
              "SUBMITTED BY: Peru", "THE ECONOMIC AND SOCIAL COUNCIL,", *body[2:6]]
    report, _ = check.check_file(make(tmp_path, thimun, "thimun.docx"), lib)
    assert report.profile == "thimun", report.profile


def test_a_preambular_sentence_opened_by_a_quantity_has_no_lead(lib: library.Library, tmp_path: Path) -> None:
    # "Many children cannot study after dark,": a sentence about the world where a participle belongs (UN-B03)
    body = [*HEAD, "Many children in these villages cannot study after dark,",
            "More than half of the rural clinics have no power at night,",
            "Aware that most families cannot afford a generator,", FIRST, LAST]
    found = messages(make(tmp_path, body), lib, "lead-form")
    assert sorted(found) == [7, 8]
    assert "'Many'" in found[7] and "'More'" in found[8]
