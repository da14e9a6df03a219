"""Organ lines of bodies other than the General Assembly and the Security Council that the checker missed on the blind
set holdout-zh43 (#20), held by sentences of our own with passing drafts beside them: a body's Chinese short form
in the organ line (人理会，, 世卫大会，, 安理会，, 妇地会，; ZH-B01, UN-B02, MUN-F07), mended to its full name in the
draft's own characters; and the General Assembly's organ line on the draft of one of ECOSOC's functional commissions
(MUN-F01: a commission opens with its own name or the Council's, never the Assembly's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library


def draft(committee: str, organ: str) -> list[str]:
    return ["决议草案", f"委员会：{committee}", "议题：沿海湿地的保护", "起草国：越南、塞内加尔", "附议国：斐济、秘鲁",
            organ, "注意到沿海湿地正在迅速消失，", "1. 鼓励各国建立湿地保护区；", "2. 请秘书处就此提交报告。"]


# -- a body's short form in the organ line -----------------------------------------------------------------------

@pytest.mark.parametrize(("committee", "organ", "full"), [("人权理事会", "人理会，", "人权理事会，"),
                                                          ("世界卫生大会", "世卫大会，", "世界卫生大会，"),
                                                          ("安全理事会", "安理会，", "安全理事会，"),
                                                          ("妇女地位委员会", "妇地会，", "妇女地位委员会，"),
                                                          ("人權理事會", "人理會，", "人權理事會，")])
def test_a_bodys_short_form_in_the_organ_line(lib: library.Library, tmp_path: Path, committee: str, organ: str,
                                              full: str) -> None:
    path = make(tmp_path, draft(committee, organ))
    assert rules(path, lib).get("organ-line") == [6]
    report, _ = check.check_file(path, lib)
    finding = next(f for f in report.findings if f.rule == "organ-line")
    assert full in finding.message


@pytest.mark.parametrize(("committee", "organ"), [("人权理事会", "人权理事会，"), ("世界卫生大会", "第七十八届世界卫生大会，"),
                                                  ("经济及社会理事会", "经社理事会，"), ("安全理事会", "安全理事会，"),
                                                  ("联合国环境大会", "联合国环境大会，")])
def test_full_names_and_the_councils_usual_form_are_left_alone(lib: library.Library, tmp_path: Path, committee: str,
                                                               organ: str) -> None:
    assert "organ-line" not in rules(make(tmp_path, draft(committee, organ)), lib)


# -- the Assembly's organ line on a functional commission's draft --------------------------------------------------

@pytest.mark.parametrize("committee", ["妇女地位委员会", "麻醉药品委员会", "社会发展委员会"])
def test_the_assemblys_organ_line_on_a_commissions_draft(lib: library.Library, tmp_path: Path,
                                                         committee: str) -> None:
    assert rules(make(tmp_path, draft(committee, "大会，")), lib).get("organ-line") == [6]


@pytest.mark.parametrize(("committee", "organ"), [("妇女地位委员会", "妇女地位委员会，"),
                                                  ("妇女地位委员会", "经济及社会理事会，"),
                                                  ("大会第三委员会（社会发展委员会议题）", "大会，")])
def test_a_commissions_own_or_the_councils_organ_line_is_left_alone(lib: library.Library, tmp_path: Path,
                                                                    committee: str, organ: str) -> None:
    assert "organ-line" not in rules(make(tmp_path, draft(committee, organ)), lib)


def test_the_assemblys_organ_line_on_an_english_commissions_draft(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Committee: Commission on Narcotic Drugs", "Topic: Synthetic opioids", "Sponsors: Canada",
                  "Signatories: Peru, Ghana", [("The General Assembly", "i"), (",", "")],
                  [("Noting", "i"), (" the spread of synthetic opioids,", "")],
                  [("1. ", ""), ("Encourages", "u"), (" Member States to share forensic data;", "")],
                  [("2. ", ""), ("Requests", "u"), (" the Secretariat to report on the data.", "")]]
    assert rules(make(tmp_path, paragraphs), lib).get("organ-line") == [5]


def test_the_assemblys_text_passed_on_by_a_commission_keeps_its_organ_line(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    paragraphs = [*draft("妇女地位委员会", "妇女地位委员会建议经济及社会理事会建议大会通过下列决议草案：")[:6], "大会，",
                  *draft("妇女地位委员会", "")[6:]]
    assert "organ-line" not in rules(make(tmp_path, paragraphs), lib)
