"""--fix once leaves nothing a second --fix would mend, on the shapes round 23's sets brought (#20): each finding's
fix writes the whole of what the chair wants, not a step of it."""

from __future__ import annotations

from pathlib import Path

from check.test_fix_oracle import oracle
from students import student_docx

from drafter import library

EN_HEAD = ["Forum: General Assembly 1", "Topic: Water for schools", "Main Submitter: Ghana",
           "Co-Submitters: Chile, Nepal"]
ZH_HEAD = ["决议草案", "委员会：历史安理会（1971年）", "议题：南亚次大陆局势", "起草国：阿根廷、日本", "附议国：比利时、意大利"]


def _fixed_once(tmp_path: Path, lines: list[str], lib: library.Library) -> tuple[list[str], int]:
    """The oracle's complaints about --fix on the draft typed as ``lines`` (a paragraph each), and how many
    findings it fixed."""
    source = tmp_path / "draft.txt"
    source.write_text("# source: typed\n# format: test\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return oracle(student_docx(source, tmp_path / "draft.docx"), lib, tmp_path)


def test_an_organ_line_naming_its_committee_gets_its_article_in_the_same_fix(lib: library.Library,
                                                                              tmp_path: Path) -> None:
    lines = [*EN_HEAD, "GENERAL ASSEMBLY ONE,", "Noting that many schools lack safe drinking water,",
             "1. Encourages Member States to fund wells at rural schools;",
             "2. Requests the Secretary-General to report on progress."]
    problems, fixed = _fixed_once(tmp_path, lines, lib)
    assert problems == [] and fixed


def test_a_committee_word_before_a_short_organ_name_goes_with_the_short_name_written_in_full(
        lib: library.Library, tmp_path: Path) -> None:
    lines = [*ZH_HEAD, "历史安理会，", "注意到秘书长就南亚次大陆局势提出的报告，", "1. 促请各方立即停火；", "2. 决定继续积极处理此案。"]
    problems, fixed = _fixed_once(tmp_path, lines, lib)
    assert problems == [] and fixed


def test_a_clause_ending_in_an_ellipsis_takes_its_mark_for_the_points(lib: library.Library, tmp_path: Path) -> None:
    lines = [*EN_HEAD, "The General Assembly,", "Noting that many schools lack safe drinking water...",
             "Aware that wells need upkeep...,", "1. Encourages Member States to fund wells at rural schools;",
             "2. Requests the Secretary-General to report on progress."]
    problems, fixed = _fixed_once(tmp_path, lines, lib)
    assert problems == [] and fixed


def test_a_full_width_symbol_cited_as_the_number_is_written_as_the_citation_in_one_fix(
        lib: library.Library, tmp_path: Path) -> None:
    lines = ["决议草案", "委员会：大会第二委员会", "议题：可持续旅游", "起草国：泰国、秘鲁", "附议国：智利", "大会，",
             "回顾其Ａ／ＲＥＳ／７０／１号决议，", "1. 鼓励会员国发展可持续旅游；", "2. 请秘书长就此提出报告。"]
    problems, fixed = _fixed_once(tmp_path, lines, lib)
    assert problems == [] and fixed
