"""UN-B01, MUN-F01 (found by probing, round 15): a legislature's resolving formula set down under the organ line where
the operative part begins ("Be it resolved by the General Assembly:", "NOW, THEREFORE, BE IT RESOLVED:", "Resolves:",
"The General Assembly hereby resolves to:") is one organ-line finding on that line, not a preambular paragraph with a
wrong lead and a wrong end; the operative part after it is read as such."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Clean water", "Sponsors: Kenya", "Signatories: Chile, Peru",
        [("The General Assembly", "i"), (",", "")],
        [("Noting", "i"), (" that two billion people lack safe drinking water,", "")],
        [("Recalling", "i"), (" its resolution 64/292,", "")]]
OPERATIVE = [[("1. ", ""), ("Urges", "u"), (" Member States to invest in rural wells;", "")],
             [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on the wells.", "")]]


@pytest.mark.parametrize("formula", ["Be it resolved by the General Assembly:", "NOW, THEREFORE, BE IT RESOLVED:",
                                     "Therefore, be it resolved that the General Assembly:", "Resolves:",
                                     "The General Assembly hereby resolves to:", "The General Assembly hereby resolves:"])
def test_a_resolving_formula_is_one_organ_line_finding(tmp_path: Path, lib: library.Library, formula: str) -> None:
    found = rules_at(tmp_path, lib, [*HEAD, formula, *OPERATIVE])
    assert found == [(8, "organ-line")], found


def test_a_clause_that_resolves_is_no_formula(tmp_path: Path, lib: library.Library) -> None:
    clause = [("3. ", ""), ("Resolves", "u"), (" to review the wells at its next session.", "")]
    found = rules_at(tmp_path, lib, [*HEAD, *OPERATIVE[:1],
                                     [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report;", "")], clause])
    assert found == [], found


ZH_HEAD = ["委员会：大会第二委员会", "议题：清洁饮水", "起草国：肯尼亚", "附议国：秘鲁、智利", [("大会", "b"), ("，", "")],
           [("注意到", "u"), ("有二十亿人缺乏安全饮用水，", "")], [("回顾", "u"), ("其第64/292号决议，", "")]]
ZH_OPERATIVE = [[("1. ", ""), ("敦促", "u"), ("各会员国投资建设农村水井；", "")],
                [("2. ", ""), ("请", "u"), ("秘书长就水井情况提交报告。", "")]]


@pytest.mark.parametrize("formula", ["大会兹决定：", "大会特此决议如下：", "大會茲決定："])
def test_the_organ_line_with_its_resolving_words_in_chinese(tmp_path: Path, lib: library.Library, formula: str) -> None:
    found = rules_at(tmp_path, lib, [*ZH_HEAD, formula, *ZH_OPERATIVE])
    assert found == [(8, "organ-line")], found
