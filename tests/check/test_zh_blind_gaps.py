"""Faults of Chinese drafts the checker missed or misread on the blind set holdout-zh2 (#20), each held by sentences
of our own with a passing draft beside it: a State named as Taiwan names it (哥斯大黎加) is no misspelling, a title
that opens with 保护 needs 《》 like one that opens with 禁止, and a preambular paragraph that is a sentence with its
own subject (……问题日益严重，) has no lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

Para = str | list[tuple[str, str]]


def pre(lead: str, rest: str) -> list[tuple[str, str]]:
    return [(lead, "u"), (rest, "")]


def op(number: int, lead: str, rest: str) -> list[tuple[str, str]]:
    return [(f"{number}. ", ""), (lead, "i"), (rest, "")]


def head(sponsors: str = "挪威", signatories: str = "斐济", trad: bool = False) -> list[Para]:
    if trad:
        return ["決議草案", "委員會：人權理事會", "議題：原住民族的語言權利", f"提案國：{sponsors}", f"附議國：{signatories}",
                "人權理事會，"]
    return ["决议草案", "委员会：大会第二委员会", "议题：海洋与可持续发展", f"起草国：{sponsors}", f"附议国：{signatories}",
            "大会，"]


BODY: list[Para] = [pre("注意到", "沿海社区对海洋资源的依赖，"), op(1, "鼓励", "各会员国分享经验；"),
                    op(2, "决定", "继续审议这一问题。")]
TRAD_BODY: list[Para] = [pre("注意到", "原住民族語言正在消失，"), op(1, "鼓勵", "各會員國分享經驗；"),
                         op(2, "決定", "繼續審議此議題。")]


# -- names of States as Taiwan writes them --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["紐西蘭", "沙烏地阿拉伯", "瓜地馬拉", "宏都拉斯", "奈及利亞", "肯亞", "義大利"])
def test_a_states_name_as_taiwan_writes_it_is_no_misspelling(lib: library.Library, tmp_path: Path, name: str) -> None:
    found = rules(make(tmp_path, [*head(f"瑞典、{name}", "日本", trad=True), *TRAD_BODY]), lib)
    assert "state-name" not in found  # at most the suggestion that the UN writes it otherwise
    assert found.get("state-common-name") == [4]


def test_a_misspelt_name_in_a_traditional_draft_is_still_one(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*head("瑞典、巴拉奎", "日本", trad=True), *TRAD_BODY]), lib)
    assert found.get("state-name") == [4]


def test_taiwan_names_are_found_in_both_scripts(lib: library.Library) -> None:
    for written in ("哥斯大黎加", "纽西兰", "紐西蘭", "沙乌地阿拉伯"):
        found = lib.state_names.find(written)
        assert found is not None and found.how == "common" and found.country is not None
    assert lib.state_names.find("新西兰").how == "official"  # type: ignore[union-attr]


# -- titles that open with 保护 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1985年通过的保护臭氧层维也纳公约，", "2001年通过的保护水下文化遗产公约，"])
def test_a_title_opening_with_protect_needs_title_marks(lib: library.Library, tmp_path: Path, text: str) -> None:
    body: list[Para] = [pre("回顾", text), *BODY]
    assert rules(make(tmp_path, [*head(), *body]), lib).get("title-marks") == [7]


@pytest.mark.parametrize("text", ["《保护世界文化和自然遗产公约》及其操作指南，", "保护沿海社区的各项公约，",
                                  "保护世界文化和自然遗产公约缔约国大会的决定，"])
def test_protect_without_a_title(lib: library.Library, tmp_path: Path, text: str) -> None:
    body: list[Para] = [pre("回顾", text), *BODY]
    assert "title-marks" not in rules(make(tmp_path, [*head(), *body]), lib)


# -- a preambular paragraph that is a sentence of its own -------------------------------------------------------------

@pytest.mark.parametrize("text", ["沿海地区的海平面上升问题日益严重，", "难民人数仍在不断增长，", "區域局勢持續惡化，"])
def test_a_preambular_sentence_with_its_own_subject_has_no_lead(lib: library.Library, tmp_path: Path,
                                                                 text: str) -> None:
    body: list[Para] = [text, *BODY]
    assert rules(make(tmp_path, [*head(), *body]), lib).get("lead-form") == [7]


@pytest.mark.parametrize("text", ["了解到目前难民人数仍在不断增长，", "关切地注意到海平面上升问题日益严重，",
                                  "对海平面上升问题日益严重深表关切，"])
def test_a_preambular_lead_before_the_statement(lib: library.Library, tmp_path: Path, text: str) -> None:
    body: list[Para] = [text, *BODY]
    assert "lead-form" not in rules(make(tmp_path, [*head(), *body]), lib)


def test_the_table_of_taiwan_names_is_in_the_form_names_are_compared_in() -> None:
    from drafter.hanzi import simplified
    from drafter.library.taiwan_names import TAIWAN_NAMES

    assert all(simplified(name) == name for names in TAIWAN_NAMES.values() for name in names)


def test_every_taiwan_name_differs_from_the_names_the_library_gives(lib: library.Library) -> None:
    from drafter.library.taiwan_names import TAIWAN_NAMES

    for iso3, names in TAIWAN_NAMES.items():
        for name in names:
            found = lib.state_names.find(name)
            assert found is not None and found.how == "common" and found.country is not None
            assert found.country.iso3 == iso3, name


# -- an operative clause without its number whose lead opens preambular paragraphs too ---------------------------------

@pytest.mark.parametrize("lead", ["鼓励", "敦促", "欢迎", "重申"])
def test_a_chinese_clause_without_its_number_is_an_unnumbered_operative(lib: library.Library, tmp_path: Path,
                                                                         lead: str) -> None:
    body: list[Para] = [pre("注意到", "沿海社区对海洋资源的依赖，"), op(1, "请", "秘书长提交报告；"),
                        [(lead, "i"), ("各会员国分享经验。", "")]]
    assert rules(make(tmp_path, [*head(), *body]), lib).get("operative-unnumbered") == [9]


def test_an_unemphasised_line_after_a_clause_stays_its_continuation(lib: library.Library, tmp_path: Path) -> None:
    body: list[Para] = [pre("注意到", "沿海社区对海洋资源的依赖，"), op(1, "请", "秘书长提交报告，内容包括："),
                        "鼓励各会员国分享经验的情况；", op(2, "决定", "继续审议这一问题。")]
    assert "operative-unnumbered" not in rules(make(tmp_path, [*head(), *body]), lib)
