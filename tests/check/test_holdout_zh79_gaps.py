"""Gaps of the blind set holdout-zh79 (#20, round 35: Chinese drafts of bilingual international-school conferences,
English terms inside Chinese text), held by sentences of our own with passing drafts beside them:

* an English outcome document's title in quotes (“Pact for the Future”, "Monterrey Consensus"): `title-english`, as
  for a convention's, its word (Pact, Commitment, Consensus, Principles, Guidelines, Strategy) now an instrument's;
* a title the draft writes in 《》 with its organisation's name (《联合国反腐败公约》) cited again bare without it
  (反腐败公约): `title-marks`;
* an operative clause opening with a body's Latin initials and a modal (UNDP应……): `operative-no-verb`, not one whose
  lead asks the body (请UNDP……).
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：小岛屿发展中国家的债务问题", "起草国：斐济、牙买加",
        "附议国：萨摩亚、巴巴多斯", "大会，"]
PRE = ["回顾其以往关于小岛屿发展中国家的各项决议，", "认识到小岛屿发展中国家面临的特殊脆弱性，"]
END = "3. 决定在第八十二届会议上继续审议这一问题。"


def _rules(path: Path, lib: library.Library) -> dict[str, list[int]]:
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.paragraph)
    return found


def _draft(tmp_path: Path, pre: str, op: str) -> Path:
    return make(tmp_path, [*HEAD, *PRE, pre, "1. 鼓励各会员国加强合作；", op, END])


# -- title-english: an outcome document's English title ------------------------------------------------------------

def test_an_outcome_documents_english_title_in_quotes(lib: library.Library, tmp_path: Path) -> None:
    pre = "欢迎大会通过的“Pact for the Future”及其附件，"
    found = _rules(_draft(tmp_path, pre, "2. 呼吁各国履行\"Monterrey Consensus\"中的承诺；"), lib)
    assert found.get("title-english") == [9, 11]


def test_its_chinese_title_with_the_english_in_brackets_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    pre = "欢迎大会通过的《未来契约》（Pact for the Future）及其附件，"
    found = _rules(_draft(tmp_path, pre, "2. 呼吁各国履行《蒙特雷共识》（Monterrey Consensus）中的承诺；"), lib)
    assert "title-english" not in found and "title-marks" not in found


# -- title-marks: a title cited again without its organisation's name ----------------------------------------------

def test_a_title_cited_again_without_its_owner(lib: library.Library, tmp_path: Path) -> None:
    pre = "回顾《联合国反腐败公约》的各项规定，"
    found = _rules(_draft(tmp_path, pre, "2. 敦促尚未批准反腐败公约的国家尽快批准；"), lib)
    assert found.get("title-marks") == [11]


def test_the_short_title_in_marks_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    pre = "回顾《联合国反腐败公约》的各项规定，"
    found = _rules(_draft(tmp_path, pre, "2. 敦促尚未批准《反腐败公约》的国家尽快批准；"), lib)
    assert "title-marks" not in found
    # 宪章 alone is too short to be read so (联合国宪章 → 宪章 is a common noun too)
    found = _rules(_draft(tmp_path, "重申《联合国宪章》的宗旨，", "2. 请各国制定本国的青年宪章；"), lib)
    assert "title-marks" not in found


# -- operative-no-verb: a body's Latin initials and a modal --------------------------------------------------------

def test_an_operative_clause_opening_with_initials_and_a_modal(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_draft(tmp_path, "注意到联合国开发计划署（UNDP）的工作，", "2. UNDP应向小岛屿国家提供技术援助；"), lib)
    assert found.get("operative-no-verb") == [11]


def test_a_clause_asking_the_body_by_its_initials_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(_draft(tmp_path, "注意到联合国开发计划署（UNDP）的工作，", "2. 请UNDP向小岛屿国家提供技术援助；"), lib)
    assert "operative-no-verb" not in found and "lead-form" not in found
