"""Misses of the checker on the blind set holdout120 (#20), English drafts typed after the shapes of real drafts no
earlier typed set modelled, held by sentences of our own:

* operative clauses and their items drawn with the same dash (an online conference's Google Doc, its list marks kept
  as text): after "- Calls upon …:" and its lower-case "- …;" items, a "- " line opening with a capitalised operative
  lead is the next clause (unnumbered, like the first), not one more item in the wrong label style.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["FORUM: Economic and Social Council", "QUESTION OF: Clean cooking fuel in rural homes",
        "SUBMITTED BY: Malawi", "CO-SUBMITTERS: Nepal, Peru"]
ORGAN = "THE ECONOMIC AND SOCIAL COUNCIL,"
PREAMBLE = ["Noting that smoke from open fires indoors harms the health of women and children,"]


def _text(tmp_path: Path, lines: list[str], name: str = "stoves.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _body(second: str) -> list[str]:
    return ["- Calls upon Member States to support clean stoves by:",
            "- removing import duties on stoves that burn less wood;",
            "- training local workshops to repair them;",
            second,
            "- Invites development banks to lend to small stove makers."]


def test_dashed_clause_after_dashed_items(lib: library.Library, tmp_path: Path) -> None:
    """¶10 "- Requests …;" after the two lower-case items of ¶7 is operative clause 2, drawn with a dash like ¶7 and
    ¶11, not a third item of ¶7 whose dash is not in the THIMUN style (the items' own dashes are reported)."""
    body = _body("- Requests the World Health Organization to report on indoor air in 2027;")
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("sub-label-style") == [8, 9]
    assert "sub-clause-capital-odd" not in found
    assert found.get("numbering-form") == [7, 10, 11]


def test_dashed_item_in_lower_case_stays_an_item(lib: library.Library, tmp_path: Path) -> None:
    """A third item that opens in lower case stays an item of ¶7: its label is reported, no clause is added."""
    body = _body("- offering loans to families who buy a stove;")
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("sub-label-style") == [8, 9, 10]
    assert found.get("numbering-form") == [7, 11]


def test_dashed_items_led_by_verbs_stay_items(lib: library.Library, tmp_path: Path) -> None:
    """Under "- Calls upon …:", items that open with capitalised verbs of their own ("- Encourages …;") stay items of
    ¶7, as before: the last clause ends the list, nothing is read as a new clause."""
    body = ["- Calls upon Member States to:",
            "- Encourages families to cook outdoors where they can;",
            "- Supports stove makers with small loans;",
            "- Promotes gas cylinders sold in small sizes."]
    found = rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)
    assert found.get("numbering-form") == [7]
