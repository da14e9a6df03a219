"""What round 36's first wave left (#20, round 36, second wave), held by sentences of our own with passing drafts
beside them:

* an organ line with words before the organ's name and no article ("United Nations Human Rights Council,") is one
  fault, one finding: the words before the name, whose fix writes "The" too; a line without the article alone
  ("Human Rights Council,") still gets the article's finding;
* an English State's name in a sponsor list one letter off two States ("Nigera": Niger and Nigeria) is a slip of one
  of them, said with both, as a Chinese one is; a dictionary word there ("Chad", "Mail") and a State's name stay as
  they were;
* a preambular paragraph ending with a colon before a line no lead opens (figures, a list of States in capitals'
  initials, a line in small letters) announces that line, an item whose label a copy dropped: no preambular-end; a
  colon before the next clause's lead still is one.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEADING = ["Committee: Human Rights Council", "Topic: Access to clean drinking water in prisons",
           "Sponsors: Uruguay, Jordan", "Signatories: Chile, Ghana, Nepal"]
BODY = ["Concerned by reports of prisons where inmates wait days for drinking water,",
        "1. Urges Member States to inspect the water supply of every place of detention;",
        "2. Decides to remain seized of the matter."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- item 1: one organ line, one fault, one finding ------------------------------------------------------------------

def _organ_findings(tmp_path: Path, lib: library.Library, organ: str) -> list[check.Finding]:
    report, _ = check.check_file(_draft(tmp_path, [*HEADING, organ, *BODY]), lib)
    return [f for f in report.findings if f.rule == "organ-line"]


def test_words_before_an_organ_without_article_are_one_finding(lib: library.Library, tmp_path: Path) -> None:
    for organ in ("United Nations Human Rights Council,", "UNITED NATIONS HUMAN RIGHTS COUNCIL,"):
        found = _organ_findings(tmp_path, lib, organ)
        assert len(found) == 1, [f.message for f in found]
        assert "before its name" in str(found[0].message)
        edits = found[0].edits
        assert any(getattr(c.edit, "text", "").strip().casefold() == "the" for c in edits)


def test_organ_line_without_article_alone_still_reported(lib: library.Library, tmp_path: Path) -> None:
    found = _organ_findings(tmp_path, lib, "Human Rights Council,")
    assert len(found) == 1 and "without 'The'" in str(found[0].message)
    found = _organ_findings(tmp_path, lib, "The United Nations Human Rights Council,")
    assert len(found) == 1 and "before its name" in str(found[0].message)
    assert _organ_findings(tmp_path, lib, "The Human Rights Council,") == []


# -- item 2: an English name as near two States ----------------------------------------------------------------------

def _state_names(tmp_path: Path, lib: library.Library, sponsors: str) -> list[str]:
    lines = [HEADING[0], HEADING[1], f"Sponsors: {sponsors}", HEADING[3], "The Human Rights Council,", *BODY]
    report, _ = check.check_file(_draft(tmp_path, lines), lib)
    return [str(f.message) for f in report.findings if f.rule == "state-name"]


def test_english_name_near_two_states_is_said_with_both(lib: library.Library, tmp_path: Path) -> None:
    found = _state_names(tmp_path, lib, "Uruguay, Nigera")
    assert len(found) == 1 and "'Niger' or 'Nigeria'" in found[0]


def test_states_and_words_near_two_states_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    assert _state_names(tmp_path, lib, "Uruguay, Niger, Nigeria, Chad") == []


# -- item 3: a colon before an unlabelled item -----------------------------------------------------------------------

def _preamble(tmp_path: Path, lib: library.Library, lines: list[str]) -> dict[str, list[int]]:
    tail = ["Noting the work of the regional water authorities,", *BODY[1:]]
    return rules(_draft(tmp_path, [*HEADING, "The Human Rights Council,", *lines, *tail]), lib)


def test_colon_before_an_unlabelled_item_is_right(lib: library.Library, tmp_path: Path) -> None:
    for item in ("USA (41 per cent), EU (33 per cent), China (12 per cent),",
                 "$4 billion in 2019 and $6 billion in 2021,",
                 "the prisons of the region hold twice the inmates they were built for,"):
        found = _preamble(tmp_path, lib, ["Alarmed that prisons spend little on water, as the following shares show:",
                                          item])
        assert 6 not in found.get("preambular-end", []), (item, found)


def test_colon_before_a_lead_is_still_a_fault(lib: library.Library, tmp_path: Path) -> None:
    for lead in ("Recognizing the right of every detainee to water,", "Recognising the right of every detainee to water,",
                 "Recongizing the right of every detainee to water,"):
        found = _preamble(tmp_path, lib, ["Alarmed that prisons spend little on water:", lead])
        assert 6 in found.get("preambular-end", []), (lead, found)
