"""Faults of drafts of bodies other than the General Assembly that the checker missed on the blind set holdout-zh15
(#20), each held by sentences of our own with a passing draft beside it: the Security Council's closing formula typed
in traditional characters in another body's draft (決定繼續積極處理此案), the General Assembly's formulas for its
sessions in a Security Council draft, an organ line naming the UN Security Council in a draft of the African Union's
Peace and Security Council, and two levels of sub-clauses typed the other way round ("(a)" under "(1)" or "①")."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader


def head(committee: str, organ: str, topic: str = "议题：内陆发展中国家的过境运输") -> list[str]:
    return ["决议草案", committee, topic, "起草国：蒙古、巴拉圭", "附议国：老挝、赞比亚", organ]


def fixed_texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- the Council's closing formula in traditional characters -------------------------------------------------------

def test_the_councils_closing_typed_in_traditional_characters_in_another_bodys_draft(lib: library.Library,
                                                                                       tmp_path: Path) -> None:
    path = make(tmp_path, ["決議草案", "委員會：人權理事會", "議題：內陸國家的過境權利", "起草國：蒙古、巴拉圭",
                           "附議國：老撾、贊比亞", "人權理事會，", "注意到內陸國家的貿易成本高於沿海國家，",
                           "1. 促請過境國便利內陸國家的貨物運輸；", "2. 決定繼續積極處理此案。"])
    assert rules(path, lib).get("council-seized") == [9]


def test_the_councils_closing_in_traditional_characters_in_its_own_draft(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    path = make(tmp_path, ["決議草案", "委員會：安全理事會", "議題：內陸國家的過境權利", "起草國：蒙古、巴拉圭",
                           "附議國：老撾、贊比亞", "安全理事會，", "注意到內陸國家的貿易成本高於沿海國家，",
                           "1. 促請過境國便利內陸國家的貨物運輸；", "2. 決定繼續積極處理此案。"])
    assert "council-seized" not in rules(path, lib)


# -- the General Assembly's session formulas in a Security Council draft -------------------------------------------

SC = head("委员会：安全理事会", "安全理事会，", "议题：大湖区的武装团体")
PREAMBLE = "关切地注意到武装团体继续在边境地区招募儿童，"


@pytest.mark.parametrize(("clauses", "paragraph"), [
    (["1. 促请该区域各国加强边境管制；", "2. 决定在第八十二届会议上继续审议这一问题。"], 9),
    (["1. 决定将题为“大湖区局势”的项目列入其第八十二届会议临时议程；", "2. 决定继续积极处理此案。"], 8),
    (["1. 促请该区域各国加强边境管制；", "2. 决定于其第82届会议上继续审议这一问题。"], 9),
])
def test_the_assemblys_session_formulas_in_a_council_draft(lib: library.Library, tmp_path: Path,
                                                           clauses: list[str], paragraph: int) -> None:
    assert rules(make(tmp_path, [*SC, PREAMBLE, *clauses]), lib).get("assembly-formula") == [paragraph]


def test_the_assemblys_session_formula_in_traditional_characters(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["決議草案", "委員會：安全理事會", "議題：大湖區的武裝團體", "起草國：蒙古、巴拉圭",
                           "附議國：老撾、贊比亞", "安全理事會，", "關切地注意到武裝團體繼續在邊境地區招募兒童，",
                           "1. 促請該區域各國加強邊境管制；", "2. 決定在第八十二屆會議上繼續審議這一問題。"])
    assert rules(path, lib).get("assembly-formula") == [9]


def test_the_assemblys_session_formula_in_an_english_council_draft(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, ["Committee: Security Council", "Topic: Armed groups in the Great Lakes region",
                           "Sponsors: Mongolia, Paraguay", "Signatories: Zambia", "The Security Council,",
                           "Noting with concern that armed groups still recruit children in the border areas,",
                           "1. Calls upon the States of the region to strengthen border controls;",
                           "2. Decides to continue its consideration of the question at its eighty-second session."])
    assert rules(path, lib).get("assembly-formula") == [8]


@pytest.mark.parametrize("draft", [
    # the Assembly's own draft
    [*head("委员会：大会第四委员会", "大会，"), PREAMBLE, "1. 决定将题为“大湖区局势”的项目列入其第八十二届会议临时议程；",
     "2. 决定在第八十二届会议上继续审议这一问题。"],
    # the Council asking for a report before an Assembly session, and closing as it does
    [*SC, PREAMBLE, "1. 请秘书长在大会第八十二届会议之前提出报告；", "2. 决定继续积极处理此案。"],
    # another body with numbered sessions (the Human Rights Council)
    [*head("委员会：人权理事会", "人权理事会，"), PREAMBLE, "1. 促请该区域各国保护儿童；",
     "2. 决定在第六十四届会议上继续审议这一问题。"],
])
def test_session_formulas_of_bodies_that_have_sessions_are_left_alone(lib: library.Library, tmp_path: Path,
                                                                     draft: list[str]) -> None:
    assert "assembly-formula" not in rules(make(tmp_path, draft), lib)


# -- the African Union's Peace and Security Council ------------------------------------------------------------------

PSC_BODY = ["重申非洲联盟反对违宪更迭政府的立场，", "1. 要求立即恢复宪政秩序；", "2. 请非洲联盟委员会主席提交报告。"]


def test_the_un_security_council_named_in_a_draft_of_the_peace_and_security_council(lib: library.Library,
                                                                                    tmp_path: Path) -> None:
    path = make(tmp_path, [*head("委员会：非洲联盟和平与安全理事会（危机委员会）", "安全理事会，", "议题：宪政危机"),
                           *PSC_BODY])
    report, _ = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "organ-line"]
    assert [f.paragraph for f in found] == [6]
    assert "非洲联盟和平与安全理事会，”" in found[0].said.zh  # the committee's name, without its bracketed note


@pytest.mark.parametrize(("committee", "organ"), [
    ("委员会：非洲联盟和平与安全理事会（危机委员会）", "和平与安全理事会，"),
    ("委员会：非洲联盟和平与安全理事会", "非洲联盟和平与安全理事会，"),
    ("委员会：安全理事会", "安全理事会，"),
])
def test_each_council_opening_with_its_own_name_is_left_alone(lib: library.Library, tmp_path: Path, committee: str,
                                                              organ: str) -> None:
    assert "organ-line" not in rules(make(tmp_path, [*head(committee, organ, "议题：宪政危机"), *PSC_BODY]), lib)


def test_an_english_peace_and_security_council_draft_opening_with_the_security_council(lib: library.Library,
                                                                                      tmp_path: Path) -> None:
    draft = ["Committee: African Union Peace and Security Council", "Topic: Constitutional crises",
             "Sponsors: Ghana, Senegal", "Signatories: Kenya", "{organ}",
             "Reaffirming the African Union's rejection of unconstitutional changes of government,",
             "1. Demands the immediate restoration of constitutional order;",
             "2. Requests the Chairperson of the African Union Commission to report on the situation."]
    wrong = make(tmp_path, [p.format(organ="The Security Council,") for p in draft])
    assert rules(wrong, lib).get("organ-line") == [5]
    right = make(tmp_path, [p.format(organ="The Peace and Security Council,") for p in draft])
    assert "organ-line" not in rules(right, lib)


# -- sub-clause levels inverted --------------------------------------------------------------------------------------

ECOSOC = head("委员会：经济及社会理事会", "经济及社会理事会，", "议题：农村地区的清洁烹饪")


@pytest.mark.parametrize(("upper", "letters"), [(("(1) ", "(2) "), ("(a)", "(b)")), (("①", "②"), ("(a)", "(b)")),
                                               (("（1）", "（2）"), ("（a）", "（b）"))])
def test_letters_under_numbered_sub_clauses_are_the_levels_inverted(lib: library.Library, tmp_path: Path,
                                                                    upper: tuple[str, str],
                                                                    letters: tuple[str, str]) -> None:
    path = make(tmp_path, [*ECOSOC, "认识到许多农村家庭仍使用污染性燃料烹饪，", "1. 鼓励会员国：",
                           f"{upper[0]}为清洁炉灶提供补贴；", f"{upper[1]}开展以下方面的宣传：",
                           "(a) 室内空气污染的健康风险；", "(b) 清洁燃料的安全使用；", "2. 请秘书长提交一份报告。"])
    found = rules(path, lib)
    assert found.get("sub-label-inverted") == [11, 12]
    assert found.get("sub-label-style") == [9, 10]
    texts = fixed_texts(path, lib, tmp_path / "fixed.docx")  # the upper level in letters, the lower in roman
    assert [text[:len(label)] for text, label in zip(texts[8:12], [*letters, "(i)", "(ii)"], strict=True)] == \
        [*letters, "(i)", "(ii)"]
    assert "sub-label-inverted" not in rules(tmp_path / "fixed.docx", lib)


@pytest.mark.parametrize("lower", [("(i) ", "(ii) "), ("㈠", "㈡")])
def test_sub_clause_levels_in_their_right_order_are_left_alone(lib: library.Library, tmp_path: Path,
                                                               lower: tuple[str, str]) -> None:
    path = make(tmp_path, [*ECOSOC, "认识到许多农村家庭仍使用污染性燃料烹饪，", "1. 鼓励会员国：",
                           "(a) 为清洁炉灶提供补贴；", "(b) 开展以下方面的宣传：", f"{lower[0]}室内空气污染的健康风险；",
                           f"{lower[1]}清洁燃料的安全使用；", "2. 请秘书长提交一份报告。"])
    found = rules(path, lib)
    assert "sub-label-inverted" not in found and "sub-label-style" not in found


def test_roman_numerals_under_numbered_sub_clauses_are_no_inversion(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*ECOSOC, "认识到许多农村家庭仍使用污染性燃料烹饪，", "1. 鼓励会员国：",
                           "(1) 为清洁炉灶提供补贴；", "(2) 开展以下方面的宣传：", "(i) 室内空气污染的健康风险；",
                           "(ii) 清洁燃料的安全使用；", "2. 请秘书长提交一份报告。"])
    found = rules(path, lib)
    assert "sub-label-inverted" not in found
    assert found.get("sub-label-style") == [9, 10]
