"""Faults and false alarms of the blind set word-blind72 (#20): Chinese drafts a 起草国 hands back after debate,
marked up by hand. Held by sentences of our own: a moved clause's note in Chinese ("（原第4条，移至此处）",
"（由原第3條移至此處）", "（移自第6条）") is an amendment's trace, not the clause's end; a renumbered article cited
in the text ("第12条（原第9条）") is no note."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔", "附议国：秘鲁、瑞士", "大会，",
        "回顾其关于山区可持续发展的以往各项决议，"]


def draft(tmp_path: Path, clauses: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([*HEAD, *clauses]) + "\n", encoding="utf-8")
    return path


def test_a_moved_clause_note_in_chinese_is_a_trace(lib: library.Library, tmp_path: Path) -> None:
    clauses = ["1. 鼓励各会员国将山区纳入国家适应计划；",
               "2. 敦促各会员国加强冰川湖溃决洪水的监测；（原第4条，移至此处）",
               "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"]
    found = rules(draft(tmp_path, clauses), lib)
    assert found.get("amendment-trace") == [9] and "operative-end" not in found


def test_moved_clause_notes_in_other_words_are_traces(lib: library.Library, tmp_path: Path) -> None:
    for note in ("（由原第3條移至此處）", "（移自第6条）", "（原第五条，现为第二条）", "（原第4条）"):
        clauses = ["1. 鼓励各会员国将山区纳入国家适应计划；",
                   f"2. 敦促各会员国加强冰川湖溃决洪水的监测；{note}",
                   "3. 请秘书长向大会第八十二届会议报告本决议的执行情况。"]
        found = rules(draft(tmp_path, clauses), lib)
        assert found.get("amendment-trace") == [9] and "operative-end" not in found, note


def test_a_renumbered_article_cited_in_the_text_is_no_trace(lib: library.Library, tmp_path: Path) -> None:
    clauses = ["1. 鼓励各会员国适用《阿尔卑斯公约》议定书第12条（原第9条）的规定；",
               "2. 请秘书长向大会第八十二届会议报告本决议的执行情况。"]
    assert "amendment-trace" not in rules(draft(tmp_path, clauses), lib)
