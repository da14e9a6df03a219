"""General causes behind the findings of the twenty-fourth held-out student set (bench/students/holdout24: drafts of
bodies other than the General Assembly's main committees), each tested with paragraphs of our own in the patterns
students write: labels typed with a full stop and a bracket ("1.)", "a.)"); a glued lead that is also an
operative verb opening a preambular paragraph ("Deploresthe"), respelled and emphasised in one fix; the end mark of a
paragraph whose label is typed twice ("ii. ii. paying …"); and two wrong dates on one heading line, fixed at once."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import make, rules_at

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader

HEAD = ["Committee: Economic and Social Council", "Topic: Safe drinking water in small towns",
        "Sponsors: Peru, Ghana", "Signatories: Nepal, Chile"]
ORGAN = [("The Economic and Social Council", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that one town in five lacks a tested water supply,", "")]
OP1 = [("1. ", ""), ("Encourages", "u"), (" Member States to test their wells each season;", "")]
OP2 = [("2. ", ""), ("Invites", "u"), (" donors to fund filters for rural clinics.", "")]


# -- labels with a full stop and a bracket: "1.)", "a.)" (UN-B07, UN-B10, MUN-F05, MUN-F06) -------------------------

def test_a_full_stop_and_a_bracket_make_one_label() -> None:
    for text, kind, value in [("3.) Invites donors", "number", 3), ("b.) training engineers;", "letter", 2),
                              ("ii.) in the hills;", "roman", 2)]:
        typed = read_typed(text)
        assert typed is not None and typed.kind == kind and typed.value == value, (text, typed)
        assert typed.shape == "close" and typed.stop_and_bracket and not typed.un_number, typed
    plain = read_typed("3) Invites donors")
    assert plain is not None and not plain.stop_and_bracket
    assert read_typed("e.g.) as in the annex") is None  # an abbreviation in brackets is no label
    assert read_typed("U.S.) dollars") is None


def test_clauses_numbered_with_a_full_stop_and_a_bracket_are_a_numbering_fault(tmp_path: Path,
                                                                               lib: library.Library) -> None:
    first = [("1.) ", ""), ("Encourages", "u"), (" Member States to test their wells each season;", "")]
    second = [("2.) ", ""), ("Invites", "u"), (" donors to fund filters for rural clinics.", "")]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, first, second])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert "lead-unknown" not in {rule for _, rule in found}, found  # ")" is no lead phrase


def test_sub_clauses_labelled_with_a_full_stop_and_a_bracket_are_a_style_fault(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Requests", "u"), (" the regional commissions:", "")]
    subs = ["a.) to map the wells of each district;", "b.) to train local engineers;"]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, chapeau, *subs, OP2])
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found
    # read as sub-clauses of clause 1: its chapeau ends rightly with ":", the sub-clauses are no broken paragraphs
    assert (7, "operative-end") not in found, found
    assert "paragraph-broken" not in {rule for _, rule in found}, found


def test_sub_clauses_in_the_right_form_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Requests", "u"), (" the regional commissions:", "")]
    subs = ["a) to map the wells of each district;", "b) to train local engineers;"]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, chapeau, *subs, OP2])
    assert "sub-label-style" not in {rule for _, rule in found}, found


def test_fix_drops_the_full_stop_of_the_mixed_labels(tmp_path: Path, lib: library.Library) -> None:
    first = [("1.) ", ""), ("Requests", "u"), (" the regional commissions:", "")]
    subs = ["a.) to map the wells of each district;", "b.) to train local engineers;"]
    path = make(tmp_path, [*HEAD, ORGAN, NOTING, first, *subs, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6].startswith("1. Requests"), texts[6]
    assert texts[7].startswith("a) to map") and texts[8].startswith("b) to train"), texts[7:9]
    report, _ = check.check_file(tmp_path / "fixed.docx", lib)
    assert not {f.rule for f in report.findings} & {"numbering-form", "sub-label-style"}, report.findings


# -- a glued lead that is an operative verb in the preamble: "Deploresthe" (UN-B03) ------------------------------

def test_a_glued_operative_verb_in_the_preamble_is_respelled_as_a_participle(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    glued = [("Deploresthe", "i"), (" closure of water points in the dry season,", "")]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, glued, OP1, OP2])
    assert (7, "lead-misspelled") in found and (7, "lead-form") in found, found
    path = make(tmp_path, [*HEAD, ORGAN, NOTING, glued, OP1, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    misspelled = next(f for f in report.findings if f.rule == "lead-misspelled")
    assert "Deploring the" in str(misspelled.message), misspelled.message
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6].startswith("Deploring the closure"), texts[6]
    report, _ = check.check_file(tmp_path / "fixed.docx", lib)
    assert not {f.rule for f in report.findings if f.paragraph == 7} & {"lead-form", "lead-misspelled"}, \
        report.findings


def test_a_glued_preambular_lead_keeps_its_own_respelling(tmp_path: Path, lib: library.Library) -> None:
    glued = [("Recallingthe", "i"), (" water charter of the region,", "")]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, glued, OP1, OP2])
    assert (7, "lead-misspelled") in found, found
    assert (7, "lead-form") not in found, found


def test_an_unemphasised_glued_lead_is_emphasised_over_its_whole_new_form(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    glued = [("Deploresthe closure of water points in the dry season,", "")]
    path = make(tmp_path, [*HEAD, ORGAN, NOTING, glued, OP1, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    fixed = reader.read(tmp_path / "fixed.docx").paragraphs[6]
    assert fixed.text.startswith("Deploring the closure"), fixed.text
    report, _ = check.check_file(tmp_path / "fixed.docx", lib)
    assert not [f for f in report.findings if f.paragraph == 7 and f.rule.startswith("lead")], report.findings


# -- the end of a paragraph whose label is typed twice: "i. i. train …" (MUN-F05) ---------------------------------

def test_a_label_typed_twice_before_words_still_asks_the_final_stop(tmp_path: Path, lib: library.Library) -> None:
    chapeau = [("1. ", ""), ("Requests", "u"), (" the regional commissions:", "")]
    subs = ["a. to map the wells of each district;", "b. to train engineers by:", "i. hiring instructors;",
            "ii. ii. paying the fees of trainees"]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, chapeau, *subs])
    assert (11, "label-doubled") in found and (11, "final-stop") in found, found
    path = make(tmp_path, [*HEAD, ORGAN, NOTING, chapeau, *subs])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[10].text.endswith("trainees."), "no final stop"
    # a paragraph holding a label alone still asks none
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, OP1, OP2, "3. "])
    assert (9, "final-stop") not in found and (9, "operative-end") not in found, found


# -- two dates written wrongly on one heading line (UN-H03) ---------------------------------------------------------

def test_every_wrong_date_of_a_heading_line_is_fixed_at_once(tmp_path: Path, lib: library.Library) -> None:
    head = [*HEAD, "Session: 3rd March 2025 - 5th March 2025"]
    found = rules_at(tmp_path, lib, [*head, ORGAN, NOTING, OP1, OP2])
    assert [rule for _, rule in found].count("date-format") == 1, found
    path = make(tmp_path, [*head, ORGAN, NOTING, OP1, OP2])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[4].text == "Session: 3 March 2025 - 5 March 2025"
