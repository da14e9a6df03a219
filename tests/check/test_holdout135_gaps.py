"""Gaps of the blind set holdout135 (#20, round 34: English drafts looked for by conference and committee names),
held by sentences of our own with passing drafts beside them:

* a roman label past the first ("ii)") after lettered items "a)" "b)" whose last announces nothing (no colon, no
  items) is a mislabelled item of the letters' list, not the first item of a list under "b)": the label is the
  fault (`sub-label-sequence`, expected "c)"), "b)" owes no colon (no `chapeau-colon`) and "ii)" is no single
  sub-clause; a roman list that goes on ("ii)" "iii)") and one under an item ending with ":" stay lists of their own;
* two separators with no name between them in a list of States ("Japan, ;", "Chile, , Peru") leave an empty place
  (`list-empty-item`, UN-H06; a suggestion, once a list); a mark closing the list alone ("…, Japan;") passes.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["FORUM: General Assembly Second Committee", "QUESTION OF: Saving mangrove forests",
        "SUBMITTED BY: Indonesia", "CO-SUBMITTERS: Brazil, Kenya", "THE GENERAL ASSEMBLY,",
        "Aware that mangroves shelter coasts from storm surges,"]
END = ["2. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- a roman label after lettered items that announce nothing -----------------------------------------------------------

def test_roman_label_after_letters_is_their_mislabelled_item(lib: library.Library, tmp_path: Path) -> None:
    clause = ["1. Encourages coastal States to protect mangroves by:",
              "a) mapping the remaining forests with satellite images,",
              "b) paying fishing villages to replant cleared shores,",
              "ii) banning new shrimp ponds in mangrove areas;"]
    found = rules(_draft(tmp_path, [*HEAD, *clause, *END]), lib)
    assert found.get("sub-label-sequence") == [10]
    assert "chapeau-colon" not in found
    assert "sub-clause-single" not in found


def test_roman_list_under_a_lettered_item_stays_its_own(lib: library.Library, tmp_path: Path) -> None:
    going_on = ["1. Encourages coastal States to protect mangroves by:",
                "a) mapping the remaining forests with satellite images,",
                "b) paying fishing villages to replant cleared shores,",
                "ii) in the dry season,",
                "iii) in the wet season;"]
    assert rules(_draft(tmp_path, [*HEAD, *going_on, *END]), lib).get("chapeau-colon") == [9]
    announced = ["1. Encourages coastal States to protect mangroves by:",
                 "a) mapping the remaining forests with satellite images,",
                 "b) paying fishing villages to replant cleared shores through:",
                 "ii) a national fund;"]
    found = rules(_draft(tmp_path, [*HEAD, *announced, *END]), lib)
    assert "chapeau-colon" not in found
    assert found.get("sub-label-sequence") == [10]


def test_roman_list_over_the_letters_goes_on(lib: library.Library, tmp_path: Path) -> None:
    # the Security Council's mandate layout (S/RES/2556 (2020)): "(i)" heads the letters, "(ii)" the next group
    mandate = ["1. Decides that the mandate shall include the following priority tasks:",
               "(i) Protection of civilians",
               "(a) Take all necessary measures to protect civilians;",
               "(b) Maintain a mobile and robust posture;",
               "(ii) Support to the stabilisation of State institutions",
               "(a) Provide coordination between the Government and its partners;"]
    found = rules(_draft(tmp_path, [*HEAD, *mandate, *END]), lib)
    assert "sub-label-sequence" not in found



# -- list-empty-item: two marks with no name between them --------------------------------------------------------------

def test_empty_place_in_a_list_of_states_is_found(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. Encourages coastal States to replant mangroves;", *END]
    trailing = ["Committee: Second Committee", "Topic: Saving mangrove forests", "Sponsors: Indonesia, Brazil",
                "Signatories: Kenya, Viet Nam, Ecuador, ;", "The General Assembly,", HEAD[-1], *body]
    assert rules(_draft(tmp_path, trailing), lib).get("list-empty-item") == [4]
    inner = ["Committee: Second Committee", "Topic: Saving mangrove forests", "Sponsors: Indonesia, , Brazil",
             "Signatories: Kenya, Viet Nam", "The General Assembly,", HEAD[-1], *body]
    assert rules(_draft(tmp_path, inner), lib).get("list-empty-item") == [3]


def test_list_closed_by_one_mark_passes(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. Encourages coastal States to replant mangroves;", *END]
    closed = ["Committee: Second Committee", "Topic: Saving mangrove forests", "Sponsors: Indonesia, Brazil;",
              "Signatories: Kenya, Viet Nam, Ecuador;", "The General Assembly,", HEAD[-1], *body]
    assert "list-empty-item" not in rules(_draft(tmp_path, closed), lib)
