"""General causes behind the findings of the hundred-and-fifty-seventh held-out student set (bench/students/holdout157:
typed English drafts approving an annexed political declaration "We, the Heads of State and Government …"), tested
with paragraphs of our own: the declaration's numbered paragraphs go on with the plain verb of "We" (UN-B06), so a
verb in the third person, a participle or a misspelt verb opening one is a slip; and the Assembly's "Decides to
consider the question at its … session" is its own decision on its sessions, not a word THIMUN reserves (MUN-F09)."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make

from drafter import library

HEAD = ["Committee: General Assembly Plenary", "Topic: Road safety", "Sponsors: Kenya, Sweden",
        "Signatories: Chile"]
ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that road traffic crashes kill some 1.2 million people every year,", "")]
OP1 = [("1. ", ""), ("Approves", "u"), (" the political declaration annexed to the present resolution.", "")]
WE = ("We, the Heads of State and Government and representatives of States and Governments, assembled at the United "
      "Nations on 14 October 2026,")


def _leads(tmp_path: Path, lib: library.Library, declaration: list[str]) -> list[tuple[int, str, str]]:
    paragraphs = [*HEAD, ORGAN, NOTING, OP1, "Annex", "Political declaration on road safety", WE, *declaration]
    report = findings(make(tmp_path, paragraphs), lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report if f.rule in ("lead-form", "lead-misspelled")]


def test_a_third_person_verb_or_a_participle_after_we_is_the_wrong_form(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    found = _leads(tmp_path, lib, ["1. Reaffirm our commitment to halve road deaths by 2030;",
                                   "2. Stresses the need for safer vehicles and roads;",
                                   "3. Promoting helmet and seat-belt laws in every country;",
                                   "4. Decide to review progress in 2030."])
    assert [(p, r) for p, r, _ in found] == [(12, "lead-form"), (13, "lead-form")], found
    assert "write 'Stress'" in found[0][2] and "write 'Promote'" in found[1][2], found


def test_a_misspelt_verb_after_we_is_a_misspelt_lead(tmp_path: Path, lib: library.Library) -> None:
    found = _leads(tmp_path, lib, ["1. Reafirm our commitment to halve road deaths by 2030;",
                                   "2. Encourage safer vehicles."])
    assert [(p, r) for p, r, _ in found] == [(11, "lead-misspelled")], found
    assert "'Reaffirm'" in found[0][2], found


def test_plain_verbs_and_participle_phrases_after_we_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    found = _leads(tmp_path, lib, ["1. Reaffirm our commitment to halve road deaths by 2030;",
                                   "2. Recognizing the role of cities, commit to safer streets;",
                                   "3. Following the Stockholm Declaration, call upon States to act;",
                                   "4. Commit also to protect pedestrians and cyclists;",
                                   "5. Urge Member States to adopt speed limits;",
                                   "6. Note with concern that deaths remain high."])
    assert found == [], found


def test_a_declaration_of_the_third_person_is_not_read_so(tmp_path: Path, lib: library.Library) -> None:
    paragraphs = [*HEAD, ORGAN, NOTING, OP1, "Annex", "Guidelines on road safety",
                  "1. States should adopt speed limits.", "2. Promoting safe roads is every State's task."]
    assert [f for f in findings(make(tmp_path, paragraphs), lib) if f.rule == "lead-form"] == []


THIMUN = ["FORUM: General Assembly Third Committee", "QUESTION OF: Road safety", "SUBMITTED BY: Kenya",
          "CO-SUBMITTED BY: Chile, Sweden"]


def _reserved(tmp_path: Path, lib: library.Library, last: str) -> list[int]:
    paragraphs = [*THIMUN, [("THE GENERAL ASSEMBLY", ""), (",", "")],
                  [("NOTING", ""), (" that road crashes kill many,", "")],
                  [("1. ", ""), ("URGES", ""), (" States to adopt speed limits;", "")], last]
    report = findings(make(tmp_path, paragraphs), lib, profile="thimun")
    return [f.paragraph for f in report if f.rule == "sc-only-phrase"]


def test_deciding_to_consider_the_question_at_a_session_is_the_assemblys_own(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    assert _reserved(tmp_path, lib, "2. DECIDES to consider the question at its eighty-second session.") == []
    assert _reserved(tmp_path, lib, "2. DECIDES to impose an arms embargo on all parties.") == [8]
