"""General causes behind the findings of the fifty-eighth held-out student set (bench/students/holdout58: a class
exercise's draft with the footnote numbers of its sources pasted into the text, and drafts typed after it), tested
with paragraphs of our own: a footnote number left at a paragraph's very end after its full stop ("… clinics.4") or
after its comma and one space ("… villages, 2"), as superscripts come out of a PDF; both are what a chair crosses out,
and the end rules already look past the number (the clause keeps its own mark); and the organ line set down after the
preamble with a full stop or a semicolon ("The General Assembly."), which is the organ line out of place, not a
preambular clause."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import findings, make, rules_at

from drafter import library

HEAD = ["Committee: Third Committee", "Topic: Health care in remote villages", "Sponsors: Peru, Bolivia",
        "Signatories: Chile"]
ORGAN = [("The General Assembly", "i"), (",", "")]
NOTING = [("Noting", "i"), (" that most villages have no nurse,", "")]
AWARE = [("Aware", "i"), (" that many clinics lack vaccines,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the World Health Organization to train village nurses;", "")]
OP2 = [("2. ", ""), ("Urges", "u"), (" Member States to build clinics.", "")]


def test_a_number_after_the_last_full_stop_is_a_pasted_footnote(tmp_path: Path, lib: library.Library) -> None:
    last = [("2. ", ""), ("Urges", "u"), (" Member States to build clinics.4", "")]
    found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, AWARE, OP1, last])
    assert (9, "digit-glued") in found, found
    assert (9, "final-stop") not in found, found  # the clause keeps its own full stop


def test_a_number_after_the_comma_and_a_space_is_a_pasted_footnote(tmp_path: Path, lib: library.Library) -> None:
    spaced = [("Noting", "i"), (" that most villages have no nurse, 2", "")]
    report = findings(make(tmp_path, [*HEAD, ORGAN, spaced, AWARE, OP1, OP2]), lib)
    glued = [f for f in report if f.rule == "digit-glued"]
    assert [f.paragraph for f in glued] == [6], glued
    assert "'2'" in glued[0].message, glued[0].message
    assert not [f for f in report if f.rule == "preambular-end" and f.paragraph == 6], report
    # numbers that end a clause of their own are left alone: a list of figures, and "No." (two letters) before one
    listed = [("Recalling", "i"), (" the targets set out in paragraphs 1, 2", "")]
    numbered = [("Recalling", "i"), (" the measures of Annex No.4", "")]
    for paragraph in (listed, numbered):
        found = rules_at(tmp_path, lib, [*HEAD, ORGAN, NOTING, paragraph, AWARE, OP1, OP2])
        assert (7, "digit-glued") not in found, found



def test_the_organ_line_set_down_after_the_preamble_with_a_full_stop(tmp_path: Path, lib: library.Library) -> None:
    for late in ("The General Assembly.", "The General Assembly;"):
        report = findings(make(tmp_path, [*HEAD, NOTING, AWARE, late, OP1, OP2]), lib)
        organ = [f for f in report if f.rule == "organ-line"]
        assert [f.paragraph for f in organ] == [7], organ  # the late line itself, not "no organ line" at ¶5
        assert "'The General Assembly,'" in organ[0].message, organ[0].message
        assert not [f for f in report if f.paragraph == 7 and f.rule in ("preambular-end", "lead-form")], report
