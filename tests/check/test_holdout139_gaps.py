"""Misses and false alarms of the checker on the blind set holdout139 (#20), English drafts whose structure a
student broke, each held by sentences of our own:

* a roman item lettered ("b)" between "i)" and "iii)" under "b)") was read as the outer letters' list again, so the
  numerals after it became letters ("expected 'd)'"); the numerals going on past it say it is theirs.
* a fourth roman numeral tallied in strokes ("iiii." after "iii.") was read as a letter opening a list under "iii."
  (a chapeau "must end with ':'", a single item); it is the numerals' next item, wrongly labelled.
* a clause typed as an item of the clause before it ("b) Further requests UNEP to …") was judged only for its capital;
  operative-sub-level says it now, as it does for a clause Word shows one level down.
* a clause split at its colon ("… the following in their plans:" + "stockpiles of …;") was read as a clause adopting a
  text; the rest in small letters is the clause's own words, and paragraph-broken says the split.
* a three-number outline label typed without its point ("2.1.1 to train …") was no label at all; it is read as one,
  and one whose numbers do not go on from the open item (after "3.1 …;") is that item's sibling.

Each with a draft that must stay as it was."""

from __future__ import annotations

import re
from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

THIMUN_HEAD = ["FORUM: Second Committee (GA2)", "QUESTION OF: Public debt of small island States",
               "SUBMITTED BY: Fiji", "CO-SUBMITTERS: Samoa, Tonga", "THE GENERAL ASSEMBLY,",
               "Concerned that storms leave island States with heavy debts,"]
HEAD = ["Committee: Second Committee", "Topic: Public debt of small island States", "Sponsors: Fiji, Samoa",
        "Signatories: Tonga, Palau", "The General Assembly,", "Concerned that storms leave island States with heavy debts,"]
LAST = "9. Requests the Secretary-General to report on island debt at the next session."


def _text(tmp_path: Path, lines: list[str], name: str = "islands.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _numbered(clauses: list[str]) -> list[str]:
    """The clauses as given, the last one numbered on from them."""
    count = sum(1 for c in clauses if re.match(r"\d+\. ", c))
    return [*clauses, LAST.replace("9.", f"{count + 1}.", 1)]


def test_roman_item_lettered_between_numerals(lib: library.Library, tmp_path: Path) -> None:
    """¶11 "b)" between "i)" and "iii)": one sub-label-sequence finding there, none on "i)", "iii)" or "c)"."""
    body = ["1. Recommends a regional fund for island States, with:",
            "a) a board chosen by the island States;",
            "b) an office in Suva which would:",
            "i) keep a register of the debts of each island State;",
            "b) publish a yearly list of the States at risk;",
            "iii) give advice without charge;",
            "c) clear rules on how the fund lends;"]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *_numbered(body)]), lib)
    assert found.get("sub-label-sequence") == [11]
    assert "sub-clause-single" not in found


def test_roman_list_in_order_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. Recommends a regional fund for island States, with:",
            "a) a board chosen by the island States;",
            "b) an office in Suva which would:",
            "i) keep a register of the debts of each island State;",
            "ii) publish a yearly list of the States at risk;",
            "iii) give advice without charge;",
            "c) clear rules on how the fund lends;"]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *_numbered(body)]), lib)
    assert not {"sub-label-sequence", "sub-clause-single", "sub-label-style"} & set(found)


def test_fourth_numeral_tallied(lib: library.Library, tmp_path: Path) -> None:
    """¶12 "iiii." after "iii.": sub-label-sequence there; "iii." is no chapeau and "iiii." no single item."""
    body = ["1. Encourages Member States to tax imported goods, with higher rates for:",
            "a) goods shipped by air, in particular:",
            "i. fresh flowers;",
            "ii. fruit out of season;",
            "iii. fish caught far away;",
            "iiii. meat from other continents;",
            "b) goods sold in plastic packaging;"]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *_numbered(body)]), lib)
    assert found.get("sub-label-sequence") == [12]
    assert "chapeau-colon" not in found and "sub-clause-single" not in found


def test_clause_typed_as_an_item(lib: library.Library, tmp_path: Path) -> None:
    """¶9 "b) Also invites the banks …" among clause 1's items: operative-sub-level, not a capital to lower."""
    body = ["1. Invites regional banks to offer loans for sea walls, including:",
            "a) loans at low interest for the poorest islands;",
            "b) Also invites the banks to publish the terms of their loans;",
            "c) grants for the repair of harbours;"]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *_numbered(body)]), lib)
    assert found.get("operative-sub-level") == [9]
    assert "sub-clause-capital-odd" not in found and "sub-clause-capital" not in found


def test_items_without_leads_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """Items that open in small letters, and a first item under a colon that opens with a capital noun."""
    body = ["1. Invites regional banks to offer loans for sea walls, including:",
            "a) loans at low interest for the poorest islands;",
            "b) the publication of the terms of their loans;",
            "c) grants for the repair of harbours;"]
    found = rules(_text(tmp_path, [*THIMUN_HEAD, *_numbered(body)]), lib)
    assert "operative-sub-level" not in found


def test_clause_split_at_its_colon(lib: library.Library, tmp_path: Path) -> None:
    """¶7 ends "… the following in their plans:" and ¶8 is its rest in small letters: paragraph-broken on ¶7."""
    body = ["1. Encourages island States to include the following in their disaster plans:",
            "reserves of food and water for three months, and agreements with shipping lines;",
            "2. Invites donors to fund these plans;"]
    found = rules(_text(tmp_path, [*HEAD, *_numbered(body)]), lib)
    assert found.get("paragraph-broken") == [7]


def test_clause_adopting_a_text_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """A clause that adopts the text after it, which opens with its title: not a split clause."""
    body = ["1. Adopts the following declaration:",
            "Declaration on the debt of island States",
            "The island States commit themselves to sharing their debt data.",
            "2. Invites donors to support the declaration;"]
    found = rules(_text(tmp_path, [*HEAD, *_numbered(body)]), lib)
    assert "paragraph-broken" not in found


def test_three_number_outline_label_in_the_wrong_clause(lib: library.Library, tmp_path: Path) -> None:
    """¶15 "2.1.1 to train …" in clause 3: read as an item (its label said), "3.1" not single."""
    body = ["1. Calls upon island States to protect their reefs;",
            "2. Encourages island States to build sea walls through:",
            "2.1 public works, in particular:",
            "2.1.1 walls of local stone;",
            "2.1.2 mangrove belts;",
            "2.2 loans from regional banks;",
            "3. Requests the regional commission:",
            "3.1 to set up a fund for sea walls;",
            "2.1.1 to train engineers from island States;"]
    found = rules(_text(tmp_path, [*HEAD, *_numbered(body)]), lib)
    assert 15 in found.get("sub-label-style", [])
    assert 14 not in found.get("sub-clause-single", []) and "chapeau-colon" not in found



def test_outline_labels_in_order_keep_their_clause_count(lib: library.Library, tmp_path: Path) -> None:
    """Three-number labels under their own two-number item: items of it, and the clauses' count goes on."""
    body = ["1. Encourages island States to build sea walls through:",
            "1.1 public works, in particular:",
            "1.1.1 walls of local stone;",
            "1.1.2 mangrove belts;",
            "1.2 loans from regional banks;"]
    found = rules(_text(tmp_path, [*HEAD, *_numbered(body)]), lib)
    assert not {"numbering-sequence", "sub-clause-single", "chapeau-colon", "sub-label-sequence"} & set(found)
