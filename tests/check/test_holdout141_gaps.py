"""Misses of the checker on the blind set holdout141 (#20), real English drafts of historical committees, each held
by sentences of our own:

* a first operative clause left without its number ("Welcomes …;") before "2." whose verb the phrase list lacks,
  with sub-clauses numbered as an outline ("2.1.", "2.2."): a typed "2.1." was read as the clause that opens the
  operative part (its value is its last number, 1), so the clauses before it were judged as preambular paragraphs
  and the items as clauses numbered "2.1." with no verb. An outline label numbers an item under its clause: it opens
  the operative part only when it is an item of clause 1; and a "2." that goes on from an unnumbered clause closed
  with ";" makes that clause clause 1, whatever verb the "2." opens with (unless a preambular one).
* an operative clause introducing sub-clauses whose words end with a bracketed abbreviation and no mark ("…
  Department (KCSD)"): its missing colon was not said, as the rule looked only at a letter or digit last.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Historical General Assembly", "Topic: Reopening of the Danube to shipping, 1947",
        "Sponsors: Austria, Czechoslovakia", "Signatories: Hungary, Yugoslavia", "The General Assembly,"]
PREAMBLE = ["Recalling the Convention of 1921 on the regime of the Danube,",
            "Concerned that bridges destroyed in the war still block the river,"]


def _text(tmp_path: Path, lines: list[str], name: str = "danube.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_outline_items_under_clause_two_after_an_unnumbered_first_clause(lib: library.Library, tmp_path: Path) -> None:
    """¶8 "Welcomes …;" is clause 1 without its number; "2.1." and "2.2." are items of clause 2, not clauses."""
    body = ["Welcomes the work of the riparian States in clearing the wrecks;",
            "2. Promotes , for the sake of trade, that the river be opened to every flag, including the promise that:",
            "2.1. No State should levy tolls on ships passing through its waters;",
            "2.2. No State should close its ports to ships of another bloc;",
            "3. Requests the Secretary-General to report on the traffic on the river."]
    found = rules(_text(tmp_path, [*HEAD, *PREAMBLE, *body]), lib)
    assert 8 in found.get("operative-unnumbered", [])
    assert 10 in found.get("sub-label-style", []) and 11 in found.get("sub-label-style", [])
    for rule in ("lead-form", "preambular-end", "numbering-form", "operative-no-verb", "stray-full-stop"):
        assert rule not in found, rule


def test_numbered_clauses_with_outline_items_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """The same clauses numbered "1." to "3.", with items "1.1." under clause 1: nothing of the structure is said."""
    body = ["1. Welcomes the work of the riparian States in clearing the wrecks, in particular:",
            "1.1. the raising of the bridge at Novi Sad;",
            "1.2. the dredging of the Iron Gates;",
            "2. Urges the riparian States to open the river to every flag;",
            "3. Requests the Secretary-General to report on the traffic on the river."]
    found = rules(_text(tmp_path, [*HEAD, *PREAMBLE, *body]), lib)
    for rule in ("operative-unnumbered", "lead-form", "preambular-end", "numbering-form", "numbering-sequence",
                 "operative-no-verb"):
        assert rule not in found, rule


def test_unnumbered_paragraph_before_two_with_a_preambular_lead_is_no_clause(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    """A preambular paragraph ending with ";" before "2. Noting …," stays in the preamble: no clause is numbered."""
    body = ["Welcoming the work of the riparian States in clearing the wrecks;",
            "2. Noting the report of the Danube Commission,",
            "1. Urges the riparian States to open the river to every flag;",
            "2. Requests the Secretary-General to report on the traffic on the river."]
    found = rules(_text(tmp_path, [*HEAD, *PREAMBLE, *body]), lib)
    assert "operative-unnumbered" not in found


def test_chapeau_ending_with_a_bracketed_abbreviation_lacks_its_colon(lib: library.Library, tmp_path: Path) -> None:
    """¶8 "… Danube Shipping Office (DSO)" over "a." "b.": its colon is missing."""
    body = ["1. Calls for the creation of a Danube Shipping Office (DSO)",
            "a. the office will register every ship on the river;",
            "b. the office will publish the depth of the channel;",
            "2. Requests the Secretary-General to report on the traffic on the river."]
    found = rules(_text(tmp_path, [*HEAD, *PREAMBLE, *body]), lib)
    assert 8 in found.get("chapeau-colon", [])


def test_chapeau_ending_with_a_colon_after_the_abbreviation_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    body = ["1. Calls for the creation of a Danube Shipping Office (DSO):",
            "a. the office will register every ship on the river;",
            "b. the office will publish the depth of the channel;",
            "2. Requests the Secretary-General to report on the traffic on the river."]
    found = rules(_text(tmp_path, [*HEAD, *PREAMBLE, *body]), lib)
    assert "chapeau-colon" not in found
