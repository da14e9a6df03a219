"""General causes behind faults the checker missed over every set we hold (round 32): dates of a conference heading
written in figures, with a two-digit year or with a superscript ordinal (UN-H03), and a cited document symbol typed
with a space beside its first slash (UN-H01, UN-B15). Each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import check, library

BODY: list[Para] = [[("The Commission on Narcotic Drugs", "i"), (",", "")],
                    [("Noting", "i"), (" the rise of synthetic opioids in the region,", "")],
                    [("1. ", ""), ("Urges", "i"), (" Member States to share seizure data;", "")],
                    [("2. ", ""), ("Requests", "i"), (" the Secretariat to report on progress.", "")]]


def _conference(date: str) -> list[Para]:
    """A conference draft whose heading bears ``date`` as its date line (paragraph 5)."""
    return ["Committee: Commission on Narcotic Drugs", "Topic: Synthetic opioids", "Sponsors: Chile, Ghana",
            "Signatories: Norway, Peru", date, *BODY]


def _date_fix(path: Path, lib: library.Library) -> str | None:
    report, _ = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "date-format"]
    return found[0].message if found else None


# -- a date line in figures in a conference heading: ambiguous (3 July or 7 March?), written in words (UN-H03) ------

def test_a_date_line_in_figures_under_a_conference_heading(tmp_path: Path, lib: library.Library) -> None:
    for i, date in enumerate(("Date: 04/11/2026", "11/23/2026", "Date: 2026-11-04")):
        path = make(tmp_path, _conference(date), f"figures{i}.docx")
        assert rules(path, lib).get("date-format") == [5], date
    message = _date_fix(make(tmp_path, _conference("11/23/2026"), "month-first.docx"), lib)
    assert message is not None and "23 November 2026" in message


def test_a_date_line_with_a_two_digit_year(tmp_path: Path, lib: library.Library) -> None:
    for i, date in enumerate(("Date: 4/11/26", "11-23-26")):
        path = make(tmp_path, _conference(date), f"short{i}.docx")
        assert rules(path, lib).get("date-format") == [5], date


def test_a_two_digit_year_is_not_guessed_by_fix(tmp_path: Path, lib: library.Library) -> None:
    # the century is not in the text: the finding names the date, --fix leaves the line to the delegate
    report, _ = check.check_file(make(tmp_path, _conference("Date: 4/11/26"), "short.docx"), lib)
    found = [f for f in report.findings if f.rule == "date-format"]
    assert found and not found[0].edits


def test_a_superscript_ordinal_in_a_conference_date(tmp_path: Path, lib: library.Library) -> None:
    # "4ᵗʰ November, 2026": the ordinal typed with superscript letters (a phone's or a web form's autocorrect)
    for i, date in enumerate(("Date: 4ᵗʰ November, 2026", "November 2ⁿᵈ, 2026", "1ˢᵗ December 2026")):
        path = make(tmp_path, _conference(date), f"ordinal{i}.docx")
        assert rules(path, lib).get("date-format") == [5], date
    message = _date_fix(make(tmp_path, _conference("Date: 4ᵗʰ November, 2026"), "ordinal.docx"), lib)
    assert message is not None and "4 November 2026" in message


def test_a_superscript_ordinal_in_a_clause(tmp_path: Path, lib: library.Library) -> None:
    draft = _conference("4 November 2026")
    draft[6] = [("Noting", "i"), (" the regional meeting held on 3ʳᵈ March 2026,", "")]
    assert rules(make(tmp_path, draft, "clause.docx"), lib).get("date-format") == [7]


def test_dates_written_the_un_way_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    for i, date in enumerate(("Date: 4 November 2026", "4 November 2026", "November 4, 2026",
                              "Session: 2/3", "Page 1/2")):
        path = make(tmp_path, _conference(date), f"clean{i}.docx")
        assert "date-format" not in rules(path, lib), date


# -- a symbol typed with a space beside its first slash: "A/ RES/36/100" (UN-H01) ----------------------------------

def test_a_symbol_with_a_space_after_its_first_slash(tmp_path: Path, lib: library.Library) -> None:
    for i, symbol in enumerate(("A/ RES/71/211", "A /RES/71/211", "S/ RES/2231")):
        draft = _conference("4 November 2026")
        draft[6] = [("Recalling", "i"), (f" the Declaration annexed to its resolution ({symbol}),", "")]
        assert rules(make(tmp_path, draft, f"symbol{i}.docx"), lib).get("resolution-citation") == [7], symbol


def test_a_symbol_typed_right_stays_clean(tmp_path: Path, lib: library.Library) -> None:
    draft = _conference("4 November 2026")
    draft[6] = [("Recalling", "i"), (" its resolutions (A/RES/71/211, S/RES/2231 (2015)) and the A / B test,", "")]
    assert "resolution-citation" not in rules(make(tmp_path, draft, "clean.docx"), lib)
