"""Misses and false alarms of the checker on the blind set holdout-zh34 (#20), Chinese drafts translated from an
English draft by a machine translator, each held by sentences of our own: a date in Chinese units left in the
English order (5月18日2026年), a report's title in quotation marks before the word 报告 (“……”报告), and the
translator's 赞助国 for "Sponsors:" not read as the sponsors' field."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "起草国：尼泊尔、瑞士", "附议国：不丹、秘鲁"]
TAIL = ["1. 鼓励会员国支持山区社区；", "2. 请秘书长就此提出报告。"]


def test_a_date_in_english_order_in_chinese_units_is_found(lib: library.Library, tmp_path: Path) -> None:
    body = ["大会，", "欢迎于5月18日2026年在加德满都举行的山区国家论坛，", "注意到于12日3月2025年发表的联合声明，",
            "回顾其2024年12月19日第79/1号决议，", "注意到截至12月31日，2025年全球约有三千个山区社区受到影响，",
            "注意到2024年12月31日2025年度报告的结论，"]
    found = rules(make(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert found.get("date-zh") == [7, 8]  # not the right form, nor a day and a year that begins a new sentence


def test_a_reports_title_in_quotation_marks_before_the_word_report(lib: library.Library, tmp_path: Path) -> None:
    body = ["大会，", "注意到“2025年世界山区状况和展望”报告的各项结论，", "又注意到「全球山區發展趨勢」報告，",
            "注意到秘书长题为“山区可持续发展”报告的建议，", "欢迎“影子”报告，", "注意到秘书长关于“山区伙伴关系”的报告，"]
    found = rules(make(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert found.get("title-marks") == [7, 8]  # not a title named by 题为, a word of two, nor a subject (关于“…”的)


def test_the_translators_word_for_sponsors_is_the_sponsors_field(lib: library.Library, tmp_path: Path) -> None:
    head = ["决议草案", "委员会：大会第二委员会", "议题：山区可持续发展", "赞助国：尼泊尔、瑞士", "签署国：不丹、秘鲁"]
    found = rules(make(tmp_path, [*head, "大会，", "回顾其以往关于山区的各项决议，", *TAIL]), lib)
    assert "heading-missing" not in found, found
