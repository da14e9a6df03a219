"""Faults students make that the checker used to miss (#20): an instrument's title without 《》 in a draft that marks
no title at all, "Demands" / 要求 in a draft of a body other than the Security Council, a Chinese clause that goes on
after a full stop typed as "．" or as "." between Chinese words. Each with a passing draft beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make
from docx import Document

from drafter import check, library

Para = str | list[tuple[str, str]]


def pre(lead: str, rest: str) -> list[tuple[str, str]]:
    return [(lead, "i"), (rest, "")]


def op(number: int, lead: str, rest: str) -> list[tuple[str, str]]:
    return [(f"{number}. ", ""), (lead, "u"), (rest, "")]


def findings(path: Path, lib: library.Library, rule: str) -> list[check.Finding]:
    report, _ = check.check_file(path, lib)
    return [f for f in report.findings if f.rule == rule]


EN_BODY: list[Para] = [pre("Conscious", " that the oceans are polluted,"),
                       op(1, "Encourages", " Member States to limit single-use plastics;")]

ZH_GA_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：海洋塑料污染", "起草国：挪威", "附议国：斐济",
                          "大会，"]
ZH_SC_HEAD: list[Para] = ["决议草案", "委员会：安全理事会", "议题：海上安全", "起草国：挪威", "附议国：斐济"]
EN_GA_HEAD: list[Para] = ["Committee: General Assembly Second Committee", "Topic: Marine plastic pollution",
                          "Sponsors: Norway", "Signatories: Fiji", [("The General Assembly", "i"), (",", "")]]
EN_SC_HEAD: list[Para] = ["Committee: Security Council", "Topic: Maritime security", "Sponsors: Norway",
                          "Signatories: Fiji", [("The Security Council", "i"), (",", "")]]
ZH_PRE = pre("深表关切", "海洋塑料垃圾逐年增加，")
ZH_LAST = op(3, "决定", "继续处理此事。")


def zh_draft(tmp_path: Path, body: list[Para], name: str = "draft.docx", head: list[Para] = ZH_GA_HEAD) -> Path:
    return make(tmp_path, [*head, *body], name)


def lines(found: list[check.Finding]) -> list[int]:
    return [f.paragraph for f in found]


# -- titles without 《》 ---------------------------------------------------------------------------------------------

def test_titles_without_marks_in_a_draft_that_marks_none(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顾", "联合国海洋法公约和生物多样性公约，"), pre("铭记", "巴黎协定和巴塞尔公约的各项目标，"),
            op(1, "呼吁", "各国批准斯德哥尔摩公约；"), op(2, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, body), lib, "title-marks")
    titles = ["联合国海洋法公约", "生物多样性公约", "巴黎协定", "巴塞尔公约", "斯德哥尔摩公约"]
    assert [f.fix.endswith(f"“《{title}》”") for f, title in zip(found, titles, strict=True)] == [True] * 5
    assert [f.paragraph for f in found] == [7, 7, 8, 8, 9] and {f.severity for f in found} == {"warning"}


def test_words_that_only_look_like_titles(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顾", "《联合国海洋法公约》和各项有关公约，"), pre("注意到", "双边协定和停火协定的执行情况，"),
            op(1, "呼吁", "该公约各缔约国履行义务；"), op(2, "欢迎", "联合国气候变化框架公约缔约方大会的成果；"), ZH_LAST]
    assert findings(zh_draft(tmp_path, body), lib, "title-marks") == []


# -- Security Council language in another body's draft ------------------------------------------------------------

@pytest.mark.parametrize("profile", ["una-usa", "cn-mun"])
def test_demands_in_a_general_assembly_draft(lib: library.Library, tmp_path: Path, profile: str) -> None:
    bad = [*EN_BODY[:2], op(2, "Demands", " that all States stop dumping plastic waste at sea.")]
    path = make(tmp_path, [*EN_GA_HEAD, *bad], "en.docx")
    report, _ = check.check_file(path, lib, profile=profile)
    assert [(f.rule, f.paragraph, f.severity) for f in report.findings if f.rule == "council-language"] == [
        ("council-language", 8, "warning")]
    zh = zh_draft(tmp_path, [ZH_PRE, op(1, "要求", "所有国家停止向海洋倾倒塑料；"), op(2, "鼓励", "各国分享经验；"),
                             ZH_LAST], "zh.docx")
    report, _ = check.check_file(zh, lib, profile=profile)
    found = [f for f in report.findings if f.rule == "council-language"]
    assert lines(found) == [8] and "（MUN-F09）" in check.rules.rule("council-language").message("zh", lead="要求")


def test_demands_where_it_belongs(lib: library.Library, tmp_path: Path) -> None:
    council = [*EN_BODY[:2], op(2, "Demands", " that all parties cease hostilities.")]
    path = make(tmp_path, [*EN_SC_HEAD, *council], "sc.docx")
    assert [f for f in check.check_file(path, lib, profile="una-usa")[0].findings if f.rule == "council-language"] == []
    # a Chinese Security Council draft that names the Council only in its heading (no organ line)
    zh = zh_draft(tmp_path, [ZH_PRE, op(1, "要求", "各方停止敌对行动；"), op(2, "鼓励", "各方对话；"), ZH_LAST],
                  "zh-sc.docx", head=ZH_SC_HEAD)
    assert [f for f in check.check_file(zh, lib, profile="cn-mun")[0].findings if f.rule == "council-language"] == []
    # adopted General Assembly texts demand too (UN practice): nothing under the un profile
    ga = make(tmp_path, [*EN_GA_HEAD, *EN_BODY[:2], op(2, "Demands", " that all States comply.")], "un.docx")
    assert [f for f in check.check_file(ga, lib, profile="un")[0].findings if f.rule == "council-language"] == []


# -- a Chinese clause that goes on after a full stop ---------------------------------------------------------------

def test_chinese_full_stops_typed_as_other_dots(lib: library.Library, tmp_path: Path) -> None:
    body = [ZH_PRE, op(1, "呼吁", "各国减少一次性塑料制品.各国应制定行动计划；"),
            op(2, "鼓励", "各国分享经验． 各国可以交流做法；"), ZH_LAST]
    assert lines(findings(zh_draft(tmp_path, body), lib, "stray-full-stop")) == [8, 9]
    good = [ZH_PRE, op(1, "呼吁", "各国在2030年前减少1.5%的塑料制品；"), op(2, "鼓励", "各国执行第1.2段的建议；"), ZH_LAST]
    assert findings(zh_draft(tmp_path, good, "good.docx"), lib, "stray-full-stop") == []


# -- titles known by their shape, not by a list -----------------------------------------------------------------------

def test_titles_recognised_by_their_shape(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顾", "联合国打击跨国有组织犯罪公约和禁止化学武器公约，"), pre("铭记", "2030年可持续发展议程，"),
            pre("又回顾", "国际卫生条例和世界卫生组织烟草控制框架公约，"), op(1, "呼吁", "各国执行联合国反腐败公约；"),
            op(2, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, body), lib, "title-marks")
    assert [f.fix.split("“")[-1].rstrip("”") for f in found] == [
        "《联合国打击跨国有组织犯罪公约》", "《禁止化学武器公约》", "《2030年可持续发展议程》", "《国际卫生条例》",
        "《世界卫生组织烟草控制框架公约》", "《联合国反腐败公约》"]
    assert lines(found) == [7, 7, 8, 9, 9, 10]


def test_ordinary_nouns_with_an_instrument_word(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("认识到", "国际合作和国际社会的作用，"), pre("注意到", "国际投资协定、国际协定和联合国协定的执行，"),
            pre("重申", "两个国际人权公约的重要性以及全球议程，"),
            op(1, "呼吁", "各国到2030年全面执行这一议程并通过2019年会议议程；"),
            op(2, "鼓励", "各国加入题为“禁止核武器条约”的倡议；"), ZH_LAST]
    assert findings(zh_draft(tmp_path, body), lib, "title-marks") == []


def test_a_title_the_draft_marks_elsewhere_ending_with_a_programme(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顾", "《北京宣言和行动纲领》，"), pre("重申", "北京宣言和行动纲领所载的承诺，"),
            op(1, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, body), lib, "title-marks")
    assert [(f.paragraph, f.fix.split("“")[-1].rstrip("”")) for f in found] == [(8, "《北京宣言和行动纲领》")]


# -- "．" and "｡" typed for the Chinese full stop ------------------------------------------------------------------

def test_other_full_stops_at_the_end_of_a_clause_are_the_wrong_mark(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix

    body = [ZH_PRE, pre("注意到", "各国的努力．"), op(1, "呼吁", "各国在2030年前减少1．5%的塑料｡"),
            op(2, "鼓励", "各国分享经验；"), op(3, "决定", "继续处理此事．")]
    path = zh_draft(tmp_path, body)
    report, doc = check.check_file(path, lib)
    ends = [(f.rule, f.paragraph, f.fix) for f in report.findings if f.rule.endswith(("-end", "-stop"))]
    assert ends == [("preambular-end", 8, "将“．”改为“，”"), ("operative-end", 9, "将“｡”改为“；”"),
                    ("final-stop", 11, "将“．”改为“。”")]  # the number 1．5 is no full stop
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in Document(str(tmp_path / "fixed.docx")).paragraphs]
    assert texts[7:] == ["注意到各国的努力，", "1. 呼吁各国在2030年前减少1．5%的塑料；", "2. 鼓励各国分享经验；",
                         "3. 决定继续处理此事。"]


def test_the_uns_own_titles_of_the_core_treaties(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("重申", "经济、社会及文化权利国际公约和保护所有移徙工人及其家庭成员权利国际公约的宗旨，"),
            op(1, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, body), lib, "title-marks")
    assert [f.fix.split("“")[-1].rstrip("”") for f in found] == [
        "《经济、社会及文化权利国际公约》", "《保护所有移徙工人及其家庭成员权利国际公约》"]


# -- a Chinese sentence that goes on after 。 inside a clause (Chinese MUN profile) -----------------------------------

def test_sentences_after_a_full_stop_in_sub_clauses_and_the_last_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [ZH_PRE, op(1, "呼吁", "各国采取下列措施："), "（a）减少塑料。各国应制定计划；", "（b）加强监测；",
            op(2, "决定", "继续处理此事。并请秘书长提交报告。")]
    for head, name in ((ZH_GA_HEAD, "ga.docx"), ([*ZH_SC_HEAD, "安全理事会，"], "sc.docx")):
        report, _ = check.check_file(zh_draft(tmp_path, body, name, head), lib)
        assert report.profile == "cn-mun"
        assert [(f.paragraph, f.column) for f in report.findings if f.rule == "stray-full-stop"] == [
            (len(head) + 3, 8), (len(head) + 5, 12)]
    good = [ZH_PRE, op(1, "呼吁", "各国采取下列措施："), "（a）减少塑料，各国应制定计划；", "（b）加强监测；",
            op(2, "决定", "继续处理此事，并请秘书长提交报告。")]
    assert findings(zh_draft(tmp_path, good, "good.docx"), lib, "stray-full-stop") == []


# -- a title in other marks than 《》 ----------------------------------------------------------------------------------

def test_titles_in_other_marks_are_given_title_marks(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix

    body = [pre("回顾", "“联合国宪章”的宗旨和<<巴黎协定>>的目标，"), pre("重申", "〈京都议定书〉的重要性，"),
            op(1, "建议", "各国审议题为“禁止核武器条约”的项目；"), op(2, "鼓励", "各国落实“减塑行动”倡议；"), ZH_LAST]
    path = zh_draft(tmp_path, body)
    report, doc = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "title-marks"]
    assert [(f.paragraph, f.fix) for f in found] == [
        (7, "将““联合国宪章””改为“《联合国宪章》”"), (7, "将“<<巴黎协定>>”改为“《巴黎协定》”"),
        (8, "将“〈京都议定书〉”改为“《京都议定书》”")]  # 题为“……” names an item: the UN quotes such titles
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in Document(str(tmp_path / "fixed.docx")).paragraphs]
    assert texts[6:8] == ["回顾《联合国宪章》的宗旨和《巴黎协定》的目标，", "重申《京都议定书》的重要性，"]
    assert findings(tmp_path / "fixed.docx", lib, "title-marks") == []


def test_titles_by_shape_in_traditional_characters_stay_traditional(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顧", "聯合國反腐敗公約、禁止化學武器公約和國際衛生條例，"), op(1, "鼓勵", "各國分享經驗；"),
            op(2, "決定", "繼續處理此事。")]
    found = findings(zh_draft(tmp_path, body), lib, "title-marks")
    assert [f.fix.split("“")[-1].rstrip("”") for f in found] == ["《聯合國反腐敗公約》", "《禁止化學武器公約》",
                                                                "《國際衛生條例》"]


# -- a resolution cited in title marks -------------------------------------------------------------------------------

def test_a_resolution_in_title_marks(lib: library.Library, tmp_path: Path) -> None:
    body = [pre("回顾", "《安理会第1325(2000)号决议》和《联合国宪章》，"), op(1, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, body), lib, "resolution-citation")
    assert [(f.paragraph, f.fix) for f in found] == [(7, "将“《安理会第1325(2000)号决议》”改为“安理会第1325(2000)号决议”")]
    good = [pre("回顾", "安理会第1325(2000)号决议和《联合国宪章》，"), op(1, "鼓励", "各国分享经验；"), ZH_LAST]
    assert findings(zh_draft(tmp_path, good, "good.docx"), lib, "resolution-citation") == []
    # a citation spaced wrongly inside the marks: one finding, whose fix mends both (fixing twice = fixing once)
    spaced = [pre("回顾", "《第1325 (2000)号决议》，"), op(1, "鼓励", "各国分享经验；"), ZH_LAST]
    found = findings(zh_draft(tmp_path, spaced, "spaced.docx"), lib, "resolution-citation")
    assert [f.fix for f in found] == ["将“《第1325 (2000)号决议》”改为“第1325(2000)号决议”"]
