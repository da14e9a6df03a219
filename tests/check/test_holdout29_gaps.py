"""Faults and false alarms of the blind set holdout29 (#20): drafts as a chair receives them at the end of debate,
after the amendments were typed in by hand. Each held by sentences of our own, with a passing draft beside it: the
marks an amendment leaves in the text (struck words between "~~", "[strike: …]", "[deleted]", "(amended)", "(friendly
amendment by …)", "Ghana (withdrawn)" in a list of sponsors), and a clause inserted by amendment and numbered "3bis.",
"3a." or "2.1" (an operative paragraph numbered in the wrong form, not a continuation or a sub-paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["Committee: General Assembly Second Committee", "Topic: Coastal wetlands", "Sponsors: Chile, Senegal",
        "Signatories: Fiji, Norway", "The General Assembly,", "Recalling the Convention on Wetlands,"]
ZH_HEAD = ["决议草案", "委员会：大会第二委员会", "议题：滨海湿地", "起草国：智利、塞内加尔", "附议国：斐济、挪威", "大会，",
           "回顾《湿地公约》，"]


def messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [str(f.message) for f in report.findings if f.rule == rule]


# -- the marks an amendment leaves in the text -----------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "1. Encourages Member States to map their mangroves ~~every year~~ every five years;",
    "1. Encourages Member States to map their mangroves [strike: every year];",
    "1. Encourages Member States to map their mangroves every five years (amended);",
    "1. Encourages Member States to map their mangroves every five years; (Amended by Fiji)",
    "1. Encourages Member States to map their mangroves (friendly amendment by Norway);",
    "1. Encourages Member States to map their mangroves [friendly amendment, Fiji: and salt marshes];",
    "1. [deleted]",
    "1. Deleted.",
])
def test_an_amendment_trace_in_a_clause_is_found(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "2. Requests the Secretary-General to report."]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("amendment-trace", [])


@pytest.mark.parametrize("clause", [
    "1. Encourages Member States to apply the Convention on Wetlands (as amended) to their coasts;",
    "1. Encourages Member States to apply the Convention (amended by the Paris Protocol) to their coasts;",
    "1. Encourages Member States to report on the \"[protected] sites\" they list;",
    "1. Encourages Member States to add the deleted sites back to their lists;",
])
def test_words_like_an_amendment_are_no_trace(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*HEAD, clause, "2. Requests the Secretary-General to report."]
    assert "amendment-trace" not in rules(make(tmp_path, paragraphs), lib)


def test_a_withdrawn_sponsor_left_in_the_list_is_found(lib: library.Library, tmp_path: Path) -> None:
    head = [HEAD[0], HEAD[1], "Sponsors: Chile, Senegal (withdrawn), Peru", *HEAD[3:]]
    paragraphs = [*head, "1. Encourages Member States to map their mangroves;", "2. Requests the Secretary-General "
                  "to report."]
    path = make(tmp_path, paragraphs)
    assert rules(path, lib).get("amendment-trace") == [3]
    assert "'(withdrawn)'" in messages(path, lib, "amendment-trace")[0]


def test_a_chinese_amendment_note_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "1. 鼓励各会员国绘制红树林分布图（友好修正案，斐济）；", "2. 请秘书长提交报告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("amendment-trace") == [8]
    clean = [*ZH_HEAD, "1. 鼓励各会员国绘制红树林分布图，并修正已有的地图；", "2. 请秘书长提交报告。"]
    assert "amendment-trace" not in rules(make(tmp_path, clean, "clean.docx"), lib)


# -- a clause inserted by amendment, numbered "3bis.", "3a.", "2.1" ---------------------------------------------------

@pytest.mark.parametrize("label", ["2bis.", "2 bis.", "2ter.", "2a.", "2.1", "2.1."])
def test_an_inserted_clause_numbered_by_hand_is_a_clause(lib: library.Library, tmp_path: Path, label: str) -> None:
    paragraphs = [*HEAD, "1. Encourages Member States to map their mangroves;",
                  "2. Calls upon Member States to protect salt marshes;",
                  f"{label} Invites coastal cities to restore dunes;",
                  "3. Requests the Secretary-General to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 9 in found.get("numbering-form", []) and 9 in found.get("numbering-sequence", [])
    for rule in ("stray-full-stop", "sub-label-style", "sub-clause-single", "chapeau-colon", "operative-end"):
        assert rule not in found, (rule, found)


def test_an_outline_item_under_a_chapeau_stays_an_item(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Encourages Member States to map their mangroves;",
                  "2. Calls upon Member States to:", "2.1 protect salt marshes;", "2.2 restore dunes;",
                  "3. Requests the Secretary-General to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


@pytest.mark.parametrize("labels", [("2.1.", "2.2."), ("2a.", "2b.")])
def test_a_run_of_numbered_items_after_a_clause_is_no_inserted_clause(lib: library.Library, tmp_path: Path,
                                                                     labels: tuple[str, str]) -> None:
    paragraphs = [*HEAD, "1. Encourages Member States to map their mangroves;",
                  "2. Calls upon Member States to protect salt marshes;",
                  f"{labels[0]} Invites coastal cities to restore dunes;",
                  f"{labels[1]} Invites coastal cities to plant seagrass;",
                  "3. Requests the Secretary-General to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


def test_a_number_and_letter_that_does_not_repeat_the_clause_is_no_inserted_clause(
        lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "1. Encourages Member States to map their mangroves;",
                  "2. Calls upon Member States to protect salt marshes, such as those where",
                  "5G networks are planned;", "3. Requests the Secretary-General to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


# -- two drafts merged with both heading blocks ----------------------------------------------------------------------

def test_a_second_heading_block_is_found_at_its_first_line(lib: library.Library, tmp_path: Path) -> None:
    first = ["Draft Resolution 3.1", *HEAD[:4]]
    second = ["Draft Resolution 3.3", "Committee: General Assembly Second Committee", "Topic: Coastal wetlands",
              "Sponsors: Peru", "Signatories: Tonga"]
    paragraphs = [*first, *second, *HEAD[4:], "1. Encourages Member States to map their mangroves;",
                  "2. Requests the Secretary-General to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("heading-repeated") == [6]
    untitled = [*HEAD[:4], *second[1:], *HEAD[4:], "1. Requests the Secretary-General to report."]
    assert rules(make(tmp_path, untitled, "untitled.docx"), lib).get("heading-repeated") == [5]


def test_one_heading_with_a_list_a_name_a_line_is_no_second_block(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Draft Resolution 3.1", *HEAD[:3], "Signatories:", "Fiji", "Norway", "Tonga", *HEAD[4:],
                  "1. Requests the Secretary-General to report."]
    assert "heading-repeated" not in rules(make(tmp_path, paragraphs), lib)
