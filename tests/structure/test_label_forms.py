"""The structure reader on labels typed the way students type them: "1)", "1-", "(1)", "１．", "A.", "ii.Ensure",
bullets, "第一条", "一、", "（一）", "①"; and on text that only looks like a label ("1990 marked", "A State", "一方面")."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ZH_HEAD, make

from drafter import library, structure
from drafter.structure import Node
from drafter.word import reader

EN = [*EN_HEAD, "The Commission on Crime Prevention and Criminal Justice,", "Recalling its resolution 22/7,"]
ZH = [*ZH_HEAD, "预防犯罪和刑事司法委员会，", "回顾其第22/7号决议，"]


def tree_of(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> structure.Structure:
    return structure.read_structure(reader.read(make(tmp_path, list(paragraphs))), lib)


def shape(nodes: list[Node]) -> list[tuple[str, str, str]]:
    """(label as typed, kind, text after the label) of each node."""
    return [(n.typed.text if n.typed else n.label, n.kind or (n.typed.kind if n.typed else ""), n.content[:12])
            for n in nodes]


def test_clauses_numbered_1_close_with_lettered_and_roman_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*EN, "1)   Requests the Office:", "a)  to train judges;",
                                   "b)  to train prosecutors by:", "i.Ensuring that courts sit;",
                                   "ii.Ensure that prisons are inspected;", "c) to report;",
                                   "2)   Urges Member States to cooperate."])
    assert [(n.label, n.typed and n.typed.text) for n in tree.operative] == [("1", "1)"), ("2", "2)")]
    first = tree.operative[0]
    assert shape(first.children) == [("a)", "letter-close", "to train jud"), ("b)", "letter-close", "to train pro"),
                                     ("c)", "letter-close", "to report;")]
    assert shape(first.children[1].children) == [("i.", "roman-dot", "Ensuring tha"),
                                                 ("ii.", "roman-dot", "Ensure that ")]
    assert first.children[1].children[1].level == 2


def test_every_form_of_a_clause_number(lib: library.Library, tmp_path: Path) -> None:
    for forms in (["1-", "2-"], ["1 -", "2 -"], ["(1)", "(2)"], ["１．", "２．"], ["1、", "2、"], ["A.", "B."]):
        tree = tree_of(tmp_path, lib, [*EN, f"{forms[0]} Requests the Office to act;",
                                       f"{forms[1]} Urges Member States to cooperate."])
        assert [n.typed.text for n in tree.operative if n.typed] == forms, forms
        assert [n.typed.value for n in tree.operative if n.typed] == [1, 2]
        assert [n.lead for n in tree.operative] == ["Requests", "Urges"], forms


def test_other_forms_under_clauses_numbered_1_are_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*EN, "1. Requests the Office:", "A. to train judges;", "B. to train prosecutors;",
                                   "(1) in criminal law;", "(2) in procedure;", "- with the help of the Office;",
                                   "• with the help of States;", "2. Urges Member States to cooperate."])
    assert len(tree.operative) == 2
    first = tree.operative[0]
    assert shape(first.children) == [("A.", "upper-dot", "to train jud"), ("B.", "upper-dot", "to train pro")]
    b = first.children[1]
    assert shape(b.children) == [("(1)", "number-paren", "in criminal "), ("(2)", "number-paren", "in procedure")]
    assert shape(b.children[1].children) == [("-", "bullet", "with the hel"), ("•", "bullet", "with the hel")]


def test_a_number_in_another_form_that_continues_the_count_is_a_clause(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*EN, "1. Requests the Office:", "(1) to train judges;", "(2) to train prosecutors;",
                                   "2. Urges Member States to cooperate;", "3) Decides to remain seized of the matter."])
    assert [n.typed.text for n in tree.operative if n.typed] == ["1.", "2.", "3)"]
    assert [c.label for c in tree.operative[0].children] == ["(1)", "(2)"]


def test_chinese_clause_numbers_and_sub_clauses(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH, "第一条 敦促各国：", "（一）加强合作；", "（二）交流信息；",
                                   "第二条 请秘书长提出报告。"])
    assert [(n.label, n.typed and n.typed.kind) for n in tree.operative] == [("一", "article"), ("二", "article")]
    assert shape(tree.operative[0].children) == [("（一）", "zh-paren", "加强合作；"), ("（二）", "zh-paren", "交流信息；")]
    tree = tree_of(tmp_path, lib, [*ZH, "一、敦促各国：", "① 加强合作；", "② 交流信息；", "二、请秘书长提出报告。"])
    assert [n.typed.text for n in tree.operative if n.typed] == ["一、", "二、"]
    assert shape(tree.operative[0].children) == [("①", "circled", "加强合作；"), ("②", "circled", "交流信息；")]
    tree = tree_of(tmp_path, lib, [*ZH, "1. 敦促各国：", "i) 加强合作；", "ii) 交流信息；", "2. 请秘书长提出报告。"])
    assert shape(tree.operative[0].children) == [("i)", "roman-close", "加强合作；"), ("ii)", "roman-close", "交流信息；")]


def test_text_that_only_looks_like_a_label(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*EN_HEAD, "A/RES/74/247 on countering cybercrime",
                                   "The Commission on Crime Prevention and Criminal Justice,",
                                   "Recalling its resolution 22/7,", "1. Requests the Office to report on:",
                                   "1990 marked the beginning of the Decade;", "A State that has not ratified it;",
                                   "I am told, by a delegate;", "50% of the population;", "2. Urges Member States to act."])
    assert [n.typed.text for n in tree.operative if n.typed] == ["1.", "2."]
    assert tree.operative[0].children == []
    assert [n.role for n in tree.operative[0].continuation] == ["continuation"] * 4
    tree = tree_of(tmp_path, lib, [*ZH, "1. 敦促各国：", "一方面，加强合作；", "另一方面，交流信息；", "2. 请秘书长提出报告。"])
    assert tree.operative[0].children == [] and len(tree.operative[0].continuation) == 2


def test_a_labelled_heading_is_a_section_not_the_first_clause(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH, "一、总则", "1. 敦促各国加强合作；", "2. 请秘书长提出报告。"])
    assert [n.text for n in tree.sections] == ["一、总则"]
    assert [n.typed.text for n in tree.operative if n.typed] == ["1.", "2."]
    tree = tree_of(tmp_path, lib, [*EN, "A. Targeted sanctions", "1. Requests the Office to act;",
                                   "2. Urges Member States to cooperate."])
    assert [n.text for n in tree.sections] == ["A. Targeted sanctions"]


def test_a_numbered_preambular_paragraph_does_not_open_the_operative_part(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH_HEAD, "预防犯罪和刑事司法委员会，", "一、回顾其第22/7号决议，", "二、注意到秘书长的报告，",
                                   "1. 敦促各国加强合作；", "2. 请秘书长提出报告。"])
    assert [n.typed.text for n in tree.operative if n.typed] == ["1.", "2."]
    assert [n.role for n in tree.nodes[len(ZH_HEAD) + 1:len(ZH_HEAD) + 3]] == ["preambular", "preambular"]
    tree = tree_of(tmp_path, lib, [*EN, "(1) Noting the report of the Secretary-General,",
                                   "1. Requests the Office to act;", "2. Urges Member States to cooperate."])
    assert [n.typed.text for n in tree.operative if n.typed] == ["1.", "2."]


def test_a_heading_between_clauses_numbered_like_it_stays_a_heading(lib: library.Library, tmp_path: Path) -> None:
    tree = tree_of(tmp_path, lib, [*ZH, "一、敦促各国加强合作；", "二、执行措施", "二、请秘书长提出报告。"])
    assert [n.text for n in tree.sections] == ["二、执行措施"]
    assert [n.typed.text for n in tree.operative if n.typed] == ["一、", "二、"]
