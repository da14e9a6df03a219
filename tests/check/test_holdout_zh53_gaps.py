"""Chinese leads that are real words but not the UN's, which the checker missed on the blind set holdout-zh53 (#20),
held by sentences of our own with passing drafts beside them:

* a word of everyday Chinese, a thesaurus or a word-for-word translation where a listed lead belongs (呼唤 for 呼吁,
  催促 for 敦促, 倡议 / 倡导 for 鼓励, 回忆 for 回顾, 注意 / 留意 for 注意到, 意识 for 意识到), after an adverb too
  (进一步倡议): `lead-form`, the listed lead named; the listed leads themselves (注意到, 意识到, 请) and 倡议 as a noun
  inside the text pass (UN-B03, UN-B06, FORMAT.md 2.1-2.4);
* 特此 ("hereby", a formula of official letters) before a lead: `lead-form`, the lead after it (还决定 when 决定
  already opened a clause);
* a lead that only states a consideration (铭记, 忆及, 深信, 审议了) opening a numbered operative clause: `lead-form`
  (忆及 → 回顾); 回顾 and 认识到, which UN operative paragraphs open with, pass, and so does 铭记……，决定…… (a frame
  before the operative verb);
* 的 or 得 typed for the adverb's 地 in a listed lead, or put into it (满意的注意到, 深切的关注, 严重的关切地注意到):
  `lead-misspelled`, the listed lead named; 值得注意的是 (no lead) is no such slip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：海洋塑料污染", "起草国：斐济、葡萄牙", "附议国：智利、加纳、越南",
        "草案编号：2.2", "大会，"]
PRE = "回顾《联合国海洋法公约》，"
OP = "1. 鼓励沿海国家建立塑料废物回收体系；"
LAST = "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _draft(pre: str = PRE, op: str = OP, second: str = "2. 邀请各区域渔业组织减少废弃渔具；") -> list[str]:
    return [*HEAD, pre, op, second, LAST]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


# a word of everyday Chinese in a lead's place

@pytest.mark.parametrize(("pre", "op", "paragraph", "word", "correct"), [
    (PRE, "1. 呼唤沿海国家建立塑料废物回收体系；", 9, "呼唤", "呼吁"),
    (PRE, "1. 催促沿海国家建立塑料废物回收体系；", 9, "催促", "敦促"),
    (PRE, "1. 倡导沿海国家建立塑料废物回收体系；", 9, "倡导", "鼓励"),
    (PRE, "1. 進一步倡議沿海國家建立塑料廢物回收體系；", 9, "進一步倡議", "進一步鼓勵"),
    ("回忆其关于海洋和海洋法的各项决议，", OP, 8, "回忆", "回顾"),
    ("留意每年有上千万吨塑料进入海洋，", OP, 8, "留意", "注意到"),
    ("注意微塑料已在深海沉积物中被发现，", OP, 8, "注意", "注意到"),
    ("意识海洋塑料污染威胁小岛屿国家的渔业，", OP, 8, "意识", "意识到"),
])
def test_an_everyday_word_for_a_lead_is_told(lib: library.Library, tmp_path: Path, pre: str, op: str,
                                             paragraph: int, word: str, correct: str) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(pre, op)), lib, "lead-form")
    assert where == paragraph and f"“{word}”" in message and f"“{correct}”" in message


@pytest.mark.parametrize(("pre", "op"), [
    ("注意到每年有上千万吨塑料进入海洋，", OP),
    ("深切意识到海洋塑料污染威胁小岛屿国家的渔业，", OP),
    (PRE, "1. 请沿海国家就建立回收体系提出援助请求；"),
    (PRE, "1. 欢迎“清洁海洋”倡议及其在各区域开展的工作；"),
    (PRE, "1. 敦促沿海国家建立塑料废物回收体系；"),
])
def test_listed_leads_and_the_words_inside_a_clause_pass(lib: library.Library, tmp_path: Path, pre: str,
                                                         op: str) -> None:
    path = make(tmp_path, _draft(pre, op))
    assert "lead-form" not in rules(path, lib)


# "hereby" before the lead

def test_hereby_before_a_repeated_decision_is_told(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _draft(op="1. 决定设立海洋塑料问题专家组；", second="2. 特此决定由该专家组提出年度报告；"))
    [(where, message)] = _findings(path, lib, "lead-form")
    assert where == 10 and "“特此决定”" in message and "“还决定”" in message


def test_hereby_before_a_first_lead_is_told(lib: library.Library, tmp_path: Path) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(op="1. 谨此呼吁沿海国家减少一次性塑料制品；")), lib,
                                   "lead-form")
    assert where == 9 and "“谨此呼吁”" in message and "应为“呼吁”" in message


# a lead of consideration opening an operative clause

@pytest.mark.parametrize(("second", "lead", "correct"), [
    ("2. 忆及各国负有保护和保全海洋环境的义务；", "忆及", "“回顾”"),
    ("2. 铭记渔具是海洋塑料的重要来源；", "铭记", "执行性动词"),
    ("2. 深信区域合作能够减少海洋塑料；", "深信", "执行性动词"),
    ("2. 审议了秘书长关于海洋塑料的报告；", "审议了", "执行性动词"),
])
def test_a_preambular_only_lead_opening_an_operative_clause_is_told(lib: library.Library, tmp_path: Path,
                                                                     second: str, lead: str, correct: str) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(second=second)), lib, "lead-form")
    assert where == 10 and f"“{lead}”" in message and correct in message


@pytest.mark.parametrize("second", [
    "2. 回顾各国负有保护和保全海洋环境的义务；",
    "2. 认识到渔具是海洋塑料的重要来源，并鼓励各国回收废弃渔具；",
    "2. 铭记渔具是海洋塑料的重要来源，决定在下届会议上审议废弃渔具问题；",
    "2. 满意地注意到一些国家已禁止一次性塑料袋；",
])
def test_leads_that_open_un_operative_paragraphs_pass(lib: library.Library, tmp_path: Path, second: str) -> None:
    assert "lead-form" not in rules(make(tmp_path, _draft(second=second)), lib)


# 的 / 得 for the adverb's 地

@pytest.mark.parametrize(("pre", "correct"), [
    ("满意的注意到一些国家已禁止一次性塑料袋，", "满意地注意到"),
    ("关切得注意到微塑料已进入食物链，", "关切地注意到"),
    ("深切的关注废弃渔具对海洋生物的危害，", "深切关注"),
    ("严重的关切地注意到塑料颗粒泄漏事故有所增加，", "严重关切地注意到"),
])
def test_de_for_di_in_a_lead_is_told(lib: library.Library, tmp_path: Path, pre: str, correct: str) -> None:
    [(where, message)] = _findings(make(tmp_path, _draft(pre)), lib, "lead-misspelled")
    assert where == 8 and f"“{correct}”" in message


@pytest.mark.parametrize("pre", ["满意地注意到一些国家已禁止一次性塑料袋，", "值得注意的是，微塑料已进入食物链，"])
def test_a_right_adverb_or_no_lead_is_no_particle_slip(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert "lead-misspelled" not in rules(make(tmp_path, _draft(pre)), lib)
