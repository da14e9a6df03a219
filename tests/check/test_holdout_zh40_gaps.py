"""Seen while checking the blind set holdout-zh40: drafts of first-time delegates typed after the 常见错误 lists of
Chinese MUN guides. An operative clause opening with a bare modal and no subject ("应该为……提供资金", "必须加强……") was
read as opening with a verb (only a subject and a modal, 各国应该, were known); and the ILO's conventions on child and
forced labour, whose titles hold a 的 or a 和 that no title shape allows, went without 《》. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：国际劳工大会", "议题：家政工人的体面劳动", "起草国：菲律宾、南非", "附议国：巴西、印度"]
PRE = ["国际劳工组织大会，", "认识到家政工人为家庭和社会作出的重要贡献，", "关切地注意到许多家政工人仍被排除在劳动法保护之外，"]
LAST = "3. 请局长向大会下届会议报告本决议的执行情况。"


@pytest.mark.parametrize(("clause", "verb"), [("2. 应该为家政工人提供带薪休假；", "2. 应对家政工人面临的职业风险；"),
                                              ("2. 必须将家政工人纳入社会保障体系；", "2. 要求成员国为家政工人提供书面合同；"),
                                              ("2. 應當保障家政工人的休息權利；", "2. 應對家政工人面臨的職業風險；"),
                                              ("2. 需要制定家政服务的最低工资标准；", "2. 要求制定家政服务的最低工资标准；")])
def test_a_clause_opening_with_a_bare_modal_has_no_verb(lib: library.Library, tmp_path: Path, clause: str,
                                                        verb: str) -> None:
    """The modal alone is no verb; verbs that open with a modal's character (应对, 要求) are."""
    ops = ["1. 鼓励成员国批准有关家政工人的公约；", clause, LAST]
    assert rules(make(tmp_path, [*HEAD, *PRE, *ops]), lib).get("operative-no-verb") == [10]
    ops[1] = verb
    assert "operative-no-verb" not in rules(make(tmp_path, [*HEAD, *PRE, *ops], name="verb.docx"), lib)


@pytest.mark.parametrize(("line", "title"), [
    ("回顾禁止和立即行动消除最恶劣形式的童工劳动公约，", "禁止和立即行动消除最恶劣形式的童工劳动公约"),
    ("铭记国际劳工组织最恶劣形式的童工劳动公约的各项规定，", "最恶劣形式的童工劳动公约"),
    ("回顧準予就業最低年齡公約，", "準予就業最低年齡公約"),
    ("注意到废除强迫劳动公约已得到广泛批准，", "废除强迫劳动公约"),
])
def test_ilo_labour_conventions_take_title_marks(lib: library.Library, tmp_path: Path, line: str, title: str) -> None:
    ops = ["1. 鼓励成员国批准有关家政工人的公约；", "2. 敦促成员国加强劳动监察；", LAST]
    path = make(tmp_path, [*HEAD, PRE[0], line, *ops])
    assert rules(path, lib).get("title-marks") == [7]
    marked = make(tmp_path, [*HEAD, PRE[0], line.replace(title, f"《{title}》"), *ops], name="marked.docx")
    assert "title-marks" not in rules(marked, lib)
