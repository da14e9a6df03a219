"""Faults of Chinese drafts the checker missed on the blind set holdout-zh10 (#20), each held by sentences of our own
with a passing draft beside it: sub-clause labels typed in full-width letters (ａ．ｂ．), a lead followed by its English
original in brackets (a translated draft: 认识到（Recognizing）), a reviewer's remark left in the text
(【主席团批注：……】), a draft signed and dated under its last clause like a letter, a preambular paragraph that
announces a topic (关于……的问题，) instead of opening with a lead, and the counter-terrorism conventions named 制止
written without 《》."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：城市屋顶绿化", "起草国：奥地利、智利", "附议国：加纳、约旦", "大会，"]
HEAD_EN = ["Committee: Second Committee", "Topic: Green roofs in cities", "Sponsors: Austria, Chile",
           "Signatories: Ghana, Jordan", "The General Assembly,"]
PRE = "注意到屋顶绿化可以降低城市夏季的气温，"
OP1 = "1. 鼓励各城市为新建公共建筑制定屋顶绿化标准；"
OP2 = "2. 请秘书长提交一份报告。"


def fixed_paragraphs(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The texts of the paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- sub-label-style: full-width letters ------------------------------------------------------------------------------

def test_sub_clause_labels_typed_in_full_width_letters_are_written_half_width(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各城市：", "ａ．为新建公共建筑制定屋顶绿化标准；", "ｂ．为旧建筑改造提供补贴；", OP2])
    assert rules(path, lib).get("sub-label-style") == [9, 10]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[8:10] == ["a.为新建公共建筑制定屋顶绿化标准；", "b.为旧建筑改造提供补贴；"]


@pytest.mark.parametrize("labels", [("a.", "b."), ("（a）", "（b）"), ("(a)", "(b)")])
def test_half_width_letters_and_chinese_brackets_are_left_alone(lib: library.Library, tmp_path: Path,
                                                                labels: tuple[str, str]) -> None:
    path = make(tmp_path, [*HEAD, PRE, "1. 鼓励各城市：", f"{labels[0]}为新建公共建筑制定屋顶绿化标准；",
                           f"{labels[1]}为旧建筑改造提供补贴；", OP2])
    assert "sub-label-style" not in rules(path, lib)


# -- lead-gloss: the English original of a lead left in brackets ------------------------------------------------------

def test_an_english_lead_left_in_brackets_after_the_chinese_one(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "铭记（Bearing in mind）城市热岛效应对老年人的危害，",
                           "1. 敦促(Urges)各城市为新建公共建筑制定屋顶绿化标准；", OP2])
    assert rules(path, lib).get("lead-gloss") == [7, 8]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[6:8] == ["铭记城市热岛效应对老年人的危害，", "1. 敦促各城市为新建公共建筑制定屋顶绿化标准；"]


@pytest.mark.parametrize("text", ["注意到联合国人居署（UN-Habitat）在屋顶绿化方面的工作，",
                                  "注意到（UNEP）的报告，", "欢迎全球环境基金（Global Environment Facility）提供的资金，"])
def test_a_name_or_an_acronym_in_brackets_is_no_gloss(lib: library.Library, tmp_path: Path, text: str) -> None:
    assert "lead-gloss" not in rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib)


# -- remark-left: a reviewer's remark left in the draft ---------------------------------------------------------------

def test_a_remark_of_the_dais_on_its_own_line_and_inside_a_clause(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "【学术指导意见：请补充关于资金的序言段】",
                           "1. 鼓励各城市为新建公共建筑制定屋顶绿化标准〔批注：标准由谁制定？〕；", OP2])
    assert rules(path, lib).get("remark-left") == [8, 9]
    fixed = fixed_paragraphs(path, lib, tmp_path / "fixed.docx")
    assert fixed[8] == OP1


def test_an_english_chair_comment(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, "Noting that green roofs cool cities in summer,",
                           "1. Encourages cities to set standards for green roofs [Dais note: which standards?];",
                           "2. Requests a report."])
    assert rules(path, lib).get("remark-left") == [7]


@pytest.mark.parametrize("text", ["【注意到】屋顶绿化可以降低城市夏季的气温，", "注意到屋顶绿化可以降低[某城市]夏季的气温，"])
def test_a_lead_in_brackets_or_a_placeholder_is_no_remark(lib: library.Library, tmp_path: Path, text: str) -> None:
    assert "remark-left" not in rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib)


# -- signed-after-text: sponsors and a date under the last clause -----------------------------------------------------

def test_a_draft_signed_and_dated_under_its_last_clause(lib: library.Library, tmp_path: Path) -> None:
    head = [h for h in HEAD if not h.startswith("起草国")]
    path = make(tmp_path, [*head, PRE, OP1, OP2, "起草国：奥地利、智利", "2026年4月8日"])
    assert rules(path, lib).get("signed-after-text") == [9, 10]


def test_an_english_draft_dated_at_its_end(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_EN, "Noting that green roofs cool cities in summer,",
                           "1. Encourages cities to set standards for green roofs;", "2. Requests a report.",
                           "8 April 2026"])
    assert rules(path, lib).get("signed-after-text") == [9]


def test_an_adopted_texts_closing_lines_are_no_signature(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["大会，", PRE, OP1, OP2, "第82次全体会议", "2026年4月8日"]
    assert "signed-after-text" not in rules(make(tmp_path, paragraphs), lib)


def test_a_date_inside_the_last_clause_is_no_signature(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, OP1, "2. 请秘书长于2027年4月8日前提交一份报告。"])
    assert "signed-after-text" not in rules(path, lib)


# -- lead-form: a topic announced in place of a preambular lead --------------------------------------------------------

def test_a_preambular_paragraph_that_announces_a_topic(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, PRE, "关于屋顶绿化的维护费用问题，各城市的做法差别很大，", OP1, OP2])
    assert rules(path, lib).get("lead-form") == [8]


@pytest.mark.parametrize("text", ["关于这一问题，注意到各城市的做法差别很大，", "对屋顶绿化的维护费用问题表示关切，",
                                  "回顾其关于城市可持续发展的各项决议，"])
def test_a_topic_followed_by_a_lead_and_the_uns_own_forms_are_left_alone(lib: library.Library, tmp_path: Path,
                                                                         text: str) -> None:
    assert "lead-form" not in rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib)


# -- title-marks: the conventions named 制止 -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["回顾“制止向恐怖主义提供资助的国际公约”，", "回顾制止恐怖主义爆炸事件的国际公约，",
                                  "回顾制止危及海上航行安全非法行为公约，"])
def test_a_convention_named_for_what_it_suppresses_needs_title_marks(lib: library.Library, tmp_path: Path,
                                                                     text: str) -> None:
    assert rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib).get("title-marks") == [7]


@pytest.mark.parametrize("text", ["回顾《制止向恐怖主义提供资助的国际公约》，", "强调必须制止恐怖主义行为，"])
def test_a_marked_title_and_the_verb_alone_are_left_alone(lib: library.Library, tmp_path: Path, text: str) -> None:
    assert "title-marks" not in rules(make(tmp_path, [*HEAD, text, OP1, OP2]), lib)
