"""Gaps of ``drafter check`` found on the blind set word-blind66 (#20), held by sentences of our own:

* an **adjective of concern opening an operative clause** (3. 深为关切……；, 2. 严重关切……；, 4. 關切……；): a
  consideration, which the preamble states, where the organ "expresses" its concern (表示深为关切, 表示严重关切,
  表示关切). `lead-form` knew the preambular-only leads 铭记, 忆及, 深信 … but not these; none of the 2,026 numbered
  Chinese paragraphs of GA74 and SC2020 opens with them. 关切地注意到 and 表示关切 stay operative leads.
* the **Rio Declaration** typed bare (里约环境与发展宣言, 关于环境与发展的里约宣言): its 与 reads as a description's, so
  no shape of `title-marks` finds it, and it was not among the well-known titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：干旱地区的粮食安全", "起草国：尼日尔、约旦", "附议国：乍得、蒙古、秘鲁",
        "大会，"]
HEAD_TW = ["決議草案", "委員會：聯合國大會第二委員會", "議題：乾旱地區的糧食安全", "起草國：尼日爾、約旦", "附議國：乍得、蒙古、秘魯",
           "大會，"]
PRE = "认识到干旱使许多农户失去了收入来源，"
LAST = "3. 请秘书长就本决议的执行情况提出报告。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("clause", "lead", "fixed"), [
    ("2. 深为关切干旱地区的地下水位持续下降；", "深为关切", "表示深为关切"),
    ("2. 严重关切粮食价格在旱季大幅上涨；", "严重关切", "表示严重关切"),
    ("2. 关切许多牧民被迫出售牲畜；", "关切", "表示关切"),
    ("2. 又深为关切妇女承担了取水的大部分负担；", "又深为关切", "又表示深为关切"),
])
def test_an_adjective_of_concern_opening_an_operative_clause_is_reported(
        lib: library.Library, tmp_path: Path, clause: str, lead: str, fixed: str) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各会员国推广抗旱作物品种；", clause, LAST])
    found = _findings(path, lib, "lead-form")
    assert [where for where, _ in found] == [9]
    assert f"“{lead}”" in found[0][1] and f"“{fixed}”" in found[0][1]  # lead-form names the form; it fixes nothing


def test_an_adjective_of_concern_in_traditional_characters_is_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, "認識到乾旱使許多農戶失去了收入來源，", "1. 鼓勵各會員國推廣抗旱作物品種；",
                           "2. 深為關切乾旱地區的地下水位持續下降；", "3. 請秘書長就本決議的執行情況提出報告。"])
    assert [where for where, _ in _findings(path, lib, "lead-form")] == [9]


def test_concern_as_a_preambular_lead_and_the_operative_forms_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "深为关切干旱地区的地下水位持续下降，", "严重关切粮食价格在旱季大幅上涨，",
                           "1. 关切地注意到许多牧民被迫出售牲畜；", "2. 表示深为关切妇女承担了取水的大部分负担；",
                           "3. 表示关切干旱地区儿童的营养不良；", "4. 请秘书长就本决议的执行情况提出报告。"])
    assert _findings(path, lib, "lead-form") == []


@pytest.mark.parametrize("title", ["里约环境与发展宣言", "关于环境与发展的里约宣言"])
def test_the_rio_declaration_typed_bare_is_reported(lib: library.Library, tmp_path: Path, title: str) -> None:
    path = make(tmp_path, [*HEAD, f"重申{title}所载的各项原则，", "1. 鼓励各会员国推广抗旱作物品种；", LAST])
    found = _findings(path, lib, "title-marks")
    assert [where for where, _ in found] == [7] and f"《{title}》" in found[0][1]


def test_the_rio_declaration_in_traditional_characters_is_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, "重申里約環境與發展宣言所載的各項原則，", "1. 鼓勵各會員國推廣抗旱作物品種；",
                           "2. 請秘書長就本決議的執行情況提出報告。"])
    assert [where for where, _ in _findings(path, lib, "title-marks")] == [7]


def test_the_rio_declaration_in_title_marks_and_rio_as_a_place_stay_clean(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "重申《关于环境与发展的里约宣言》所载的各项原则，",
                           "回顾在里约热内卢举行的联合国环境与发展会议，", "1. 鼓励各会员国推广抗旱作物品种；", LAST])
    assert _findings(path, lib, "title-marks") == []
