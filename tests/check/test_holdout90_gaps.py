"""Misses and false alarms of the checker on the blind set holdout90 (#20), English drafts handed in on paper,
scanned and read back by OCR, each held by sentences of our own with the fault it must still find (or the right
text it must leave alone): a clause number whose digit the OCR read as a look-alike letter ("S." for "5.", "b." for
"6.", "B." for "8."), a lead with "VV" read for "W"."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Safe storage of grain after harvest",
        "Sponsors: Benin, Laos", "Signatories: Peru, Togo"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Noting that rodents and moulds spoil a large share of stored maize in humid regions,",
            "Aware that hermetic bags keep grain dry for a whole season,"]
CLAUSES = ["1. Encourages Member States to train farmers in the drying of grain before storage;",
           "2. Invites development banks to lend to village storage cooperatives;",
           "3. Calls upon seed companies to label the moisture limits of their varieties;",
           "4. Urges Member States to test stored grain for aflatoxins;"]


def _text(tmp_path: Path, lines: list[str], name: str = "scan.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- a clause number read as a look-alike letter ----------------------------------------------------------------------

def test_a_clause_number_read_as_a_look_alike_letter_is_a_number_in_the_wrong_form(lib: library.Library,
                                                                                 tmp_path: Path) -> None:
    """"S." where "5." stands, "b." where "6." stands: no sub-paragraphs under the clauses before them (no
    chapeau-colon, no sub-label-sequence), but a number in the wrong form on each."""
    fifth = "S. Recommends that storage cooperatives share drying equipment;"
    sixth = "b. Requests the Food and Agriculture Organization to report on losses after harvest."
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, fifth, sixth]), lib)
    start = len(HEAD) + 1 + len(PREAMBLE) + len(CLAUSES)
    assert found.get("numbering-form") == [start + 1, start + 2], found
    assert not {"chapeau-colon", "sub-label-sequence", "sub-clause-single", "numbering-sequence"} & set(found), found


def test_an_eight_read_as_capital_b_closes_the_draft(lib: library.Library, tmp_path: Path) -> None:
    more = ["5. Recommends that storage cooperatives share drying equipment;",
            "6. Encourages research on storage pests;",
            "7. Invites donors to fund village silos;",
            "B. Requests the Secretary-General to report at the next session."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, *more]), lib)
    last = len(HEAD) + 1 + len(PREAMBLE) + len(CLAUSES) + len(more)
    assert found.get("numbering-form") == [last], found
    assert "chapeau-colon" not in found and "sub-label-sequence" not in found, found

    # a clause that announces its items ("…, to:") keeps "a." "b." as its items, even a "b." whose letter looks like
    # the next clause's digit; and a letter that is not the look-alike of the digit expected stays a label
    chapeau = "5. Requests the Food and Agriculture Organization to:"
    items = ["a. Publish guidance on hermetic storage;", "b. Report on losses after harvest."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, chapeau, *items], "items.txt"), lib)
    assert "numbering-form" not in found and "sub-label-sequence" not in found, found
    wrong_letter = "G. Requests the Food and Agriculture Organization to report on losses after harvest."  # G is 6
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, wrong_letter], "g.txt"), lib)
    assert "numbering-form" not in found, found


# -- a lead with "VV" for "W" ------------------------------------------------------------------------------------------

def test_a_lead_with_two_vs_for_a_w_is_misspelled(lib: library.Library, tmp_path: Path) -> None:
    welcomes = "5. VVelcomes the offer of storage research centres to train extension workers."
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, welcomes]), lib)
    assert found.get("lead-misspelled") == [len(HEAD) + 1 + len(PREAMBLE) + len(CLAUSES) + 1], found


# -- pen marks read as characters ---------------------------------------------------------------------------------------

def test_pen_marks_read_by_the_scan_are_pasted_lines_and_the_label_after_a_margin_bar_is_read(
        lib: library.Library, tmp_path: Path) -> None:
    """A scribble read as "~~" on a line of its own and a margin bar "||" before a clause's number: both are the
    scan's, no part of the text (pasted-artefact), and the clause after the bar is clause 3 (no numbering-sequence on
    clause 4, no chapeau-colon on clause 2)."""
    lines = [*HEAD, ORGAN, *PREAMBLE, CLAUSES[0], CLAUSES[1], "~ ~", "|| " + CLAUSES[2], CLAUSES[3]]
    found = rules(_text(tmp_path, lines), lib)
    scribble = len(HEAD) + 1 + len(PREAMBLE) + 3
    assert found.get("pasted-artefact") == [scribble, scribble + 1], found
    assert not {"numbering-sequence", "chapeau-colon", "operative-unnumbered"} & set(found), found


# -- a roman sub-label with a small L read for its i --------------------------------------------------------------------

def test_a_roman_label_read_with_a_small_l_is_a_wrong_label_not_the_text_of_the_one_before(
        lib: library.Library, tmp_path: Path) -> None:
    """"il." where "ii." stands under "i.": the label is in the wrong form (sub-label-sequence), and "i." is no single
    item broken across two paragraphs (no sub-clause-single, no paragraph-broken)."""
    chapeau = "5. Recommends that storage cooperatives:"
    items = ["a. share drying equipment, in particular:", "i. solar dryers,", "il. moisture meters;",
             "b. keep records of losses."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES, chapeau, *items]), lib)
    third = len(HEAD) + 1 + len(PREAMBLE) + len(CLAUSES) + 4
    assert found.get("sub-label-sequence") == [third], found
    assert not {"sub-clause-single", "paragraph-broken"} & set(found), found


# -- a page's number read onto the line of the clause that opens the page -----------------------------------------------

def test_a_page_number_before_a_clause_number_is_a_pasted_page_number_and_the_count_goes_on(
        lib: library.Library, tmp_path: Path) -> None:
    """"3 3. Calls upon …": page 3 opens with clause 3; the page's number is reported, the clause is clause 3 (no
    numbering-sequence on clause 4, no stray full stop inside a clause)."""
    lines = [*HEAD, ORGAN, *PREAMBLE, CLAUSES[0], CLAUSES[1], "3 " + CLAUSES[2], CLAUSES[3]]
    found = rules(_text(tmp_path, lines), lib)
    assert found.get("pasted-artefact") == [len(HEAD) + 1 + len(PREAMBLE) + 3], found
    assert not {"numbering-sequence", "stray-full-stop", "operative-unnumbered"} & set(found), found


# -- a clause kept on its printed lines, the first ending with a list's comma -------------------------------------------

def test_a_middle_line_of_a_clause_is_no_section_heading(lib: library.Library, tmp_path: Path) -> None:
    """"Noting that … in sacks, in jute bags," / "in clay pots, in open cribs and in the roof space where the" /
    "smoke keeps insects away,": the middle line, in small letters with commas and no end mark, goes on with the
    clause (paragraph-broken on it) rather than heading a section."""
    lines = [*HEAD, ORGAN, "Noting that farmers store grain in many ways, in sacks, in jute bags,",
             "in clay pots, in open cribs and in the roof space where the", "smoke keeps insects away,",
             PREAMBLE[1], *CLAUSES]
    found = rules(_text(tmp_path, lines), lib)
    middle = len(HEAD) + 2 + 1
    assert middle in found.get("paragraph-broken", []), found
    assert "section-heading" not in found, found
