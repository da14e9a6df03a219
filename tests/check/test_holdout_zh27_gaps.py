"""Faults and false alarms of the blind set holdout-zh27 (#20): Chinese drafts carrying the faults earlier sets seldom
annotated. Held by sentences of our own, with a passing draft beside each: a Chinese UN masthead whose distribution
line was translated ("分发：限制") is still a UN masthead (UN-H02: the line stays in English), even with a conference's
起草国 field for its sponsor line."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

BODY_ZH = ["大会，", "回顾其关于国家官员的外国刑事管辖豁免问题的各项决议，", "注意到国际法委员会通过了关于该专题的条款草案，",
           "1. 鼓励会员国就条款草案提交书面评论；", "2. 决定将该项目列入其第八十二届会议临时议程。"]


def masthead(distribution: str, sponsors: str = "奥地利、巴西和日本：决议草案") -> list[str]:
    """A Chinese L-document's masthead, its distribution line and sponsor line as given."""
    return ["联合国", "A/C.6/81/L.9", "大会", distribution, "14 October 2026", "Chinese", "Original: English",
            "第八十一届会议", "第六委员会", "议程项目80", "国家官员的外国刑事管辖豁免", sponsors, "国家官员的外国刑事管辖豁免"]


# -- a translated distribution line (UN-H02) ----------------------------------------------------------------------

def test_a_translated_distribution_line_is_a_un_masthead(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*masthead("分发：限制"), *BODY_ZH])
    report, _ = check.check_file(path, lib)
    assert report.profile == "un"
    found = [f for f in report.findings if f.rule == "distribution-line"]
    assert [f.paragraph for f in found] == [4]
    assert "Distr.: Limited" in str(found[0].message)
    # the line in English, as the Chinese version prints it: nothing to say
    passing = make(tmp_path, [*masthead("Distr.: Limited"), *BODY_ZH], "passing.docx")
    assert "distribution-line" not in rules(passing, lib)


def test_a_translated_distribution_line_with_a_labelled_sponsor_list(lib: library.Library, tmp_path: Path) -> None:
    # a conference's 起草国 field where the L-document has its sponsor line, under a translated distribution line
    path = make(tmp_path, [*masthead("限制分发", "起草国：奥地利、巴西、日本"), *BODY_ZH])
    found = rules(path, lib)
    assert found.get("distribution-line") == [4]
    assert found.get("sponsor-line") == [12]
    # a conference draft that names no distribution is read as one
    conference = ["决议草案", "委员会：第六委员会", "议题：国家官员的外国刑事管辖豁免", "起草国：奥地利、巴西、日本", *BODY_ZH]
    report, _ = check.check_file(make(tmp_path, conference, "conference.docx"), lib)
    assert report.profile == "cn-mun"
    assert not {"distribution-line", "sponsor-line"} & {f.rule for f in report.findings}


def test_the_fix_writes_the_distribution_line_in_english(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix

    path = make(tmp_path, [*masthead("分发：限制"), *BODY_ZH])
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    again, fixed = check.check_file(out, lib)
    assert fixed.paragraphs[3].text == "Distr.: Limited"
    assert "distribution-line" not in {f.rule for f in again.findings}


# -- an adopted Council resolution's lines under a conference heading (UN-H09, UN-D01) ------------------------------

COUNCIL_HEAD = ["决议草案", "委员会：安全理事会", "议题：中非共和国局势", "起草国：法国、加蓬", "附议国：丹麦、塞拉利昂"]
COUNCIL_BODY = ["安全理事会，", "回顾其以往关于中非共和国局势的各项决议，", "认定中非共和国局势继续对该区域的国际和平与安全构成威胁，",
                "根据《联合国宪章》第七章采取行动，", "1. 决定将武器禁运延长至2027年7月31日；", "2. 决定继续积极处理此案。"]


def test_a_council_resolutions_number_and_adoption_lines_on_a_conference_draft(lib: library.Library,
                                                                                tmp_path: Path) -> None:
    body = [*COUNCIL_HEAD, "第2810(2026)号决议", "2026年7月28日安全理事会第10120次会议通过", *COUNCIL_BODY]
    found = rules(make(tmp_path, body), lib)
    assert found.get("draft-as-adopted") == [6, 7]
    # the same draft citing that resolution in a clause, and without the lines: nothing to say
    plain = [*COUNCIL_HEAD, *COUNCIL_BODY[:1], "回顾其第2810(2026)号决议，", *COUNCIL_BODY[1:]]
    assert "draft-as-adopted" not in rules(make(tmp_path, plain, "plain.docx"), lib)


# -- an adopted text's closing lines under a conference draft (UN-B13, UN-D01) ------------------------------------

ASSEMBLY_HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、秘鲁", "附议国：不丹、瑞士"]
ASSEMBLY_BODY = ["大会，", "回顾其关于山区可持续发展的各项决议，", "1. 鼓励各国在山区推广可持续农业；", "2. 请秘书长向大会第八十二届会议提交报告。"]


def test_closing_meeting_and_date_lines_under_a_conference_draft(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*ASSEMBLY_HEAD, *ASSEMBLY_BODY, "第61次全体会议", "2026年12月17日"]), lib)
    assert found.get("draft-as-adopted") == [10]
    assert found.get("signed-after-text") == [11]
    # a text with no field for its submitters is not read as a draft: its closing lines are an adopted text's
    adopted = ["大会，", *ASSEMBLY_BODY[1:], "第61次全体会议", "2026年12月17日"]
    found = rules(make(tmp_path, adopted, "adopted.docx"), lib)
    assert "draft-as-adopted" not in found and "signed-after-text" not in found


# -- the record of the vote under the last clause (UN-D01) ----------------------------------------------------------

def test_the_last_clauses_full_stop_before_a_vote_record_is_no_stray_stop(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    body = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY, "表决结果：赞成28票，反对2票，弃权5票。"]
    found = rules(make(tmp_path, body), lib)
    assert found.get("vote-after-text") == [10]
    assert "stray-full-stop" not in found
    # a full stop inside the last clause is still one
    stray = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:-1], "2. 请秘书长提交报告。报告应包括建议。", "表决结果：赞成28票，反对2票，弃权5票。"]
    assert rules(make(tmp_path, stray, "stray.docx"), lib).get("stray-full-stop") == [9]


# -- words of a Chinese clause between typed Markdown marks (UN-B17) -------------------------------------------------

def test_words_of_a_chinese_clause_between_typed_marks(lib: library.Library, tmp_path: Path) -> None:
    body = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:2], "1. 鼓励各国在山区**优先**推广可持续农业；", ASSEMBLY_BODY[3]]
    path = make(tmp_path, body)
    found = rules(path, lib)
    assert found.get("emphasis-in-text") == [8]
    assert "优先" in messages(path, lib, "emphasis-in-text")[0]
    # the lead between the marks is the lead's own fault (lead-marked), not emphasis in the text
    marked = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:2], "1. **鼓励**各国在山区推广可持续农业；", ASSEMBLY_BODY[3]]
    found = rules(make(tmp_path, marked, "marked.docx"), lib)
    assert "emphasis-in-text" not in found


def messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [str(f.message) for f in report.findings if f.rule == rule]


# -- a clause said twice where one copy shares its line with another clause (ZH-B06) --------------------------------

def test_a_clause_repeating_one_typed_on_a_joined_line(lib: library.Library, tmp_path: Path) -> None:
    clauses = ["1. 鼓励各国在山区推广可持续农业；2. 呼吁捐助方支持山区社区的气候适应项目；", "3. 请联合国粮食及农业组织协助各国开展山区土地评估；"]
    again = "4. 鼓励各国在山区推广可持续农业；"
    body = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:2], *clauses, again, "5. 请秘书长向大会第八十二届会议提交报告。"]
    found = rules(make(tmp_path, body), lib)
    assert found.get("clause-joined") == [8]
    assert found.get("duplicate-paragraph") == [10]
    # the joined line coming second, its second clause the copy
    later = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:2], "1. 呼吁捐助方支持山区社区的气候适应项目；", clauses[1],
             "3. 鼓励各国在山区推广可持续农业；4. 呼吁捐助方支持山区社区的气候适应项目；", "5. 请秘书长向大会第八十二届会议提交报告。"]
    assert rules(make(tmp_path, later, "later.docx"), lib).get("duplicate-paragraph") == [10]
    # different clauses on the joined line: only the join is a fault
    other = [*ASSEMBLY_HEAD, *ASSEMBLY_BODY[:2], *clauses, "4. 鼓励各国保护高山草场和冰川；", "5. 请秘书长向大会第八十二届会议提交报告。"]
    found = rules(make(tmp_path, other, "other.docx"), lib)
    assert found.get("clause-joined") == [8]
    assert "duplicate-paragraph" not in found
