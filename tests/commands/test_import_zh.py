"""The report of ``drafter library import`` in Chinese (#25 item 1): every kind of line the importer writes."""

from __future__ import annotations

import pytest

from drafter.commands import import_zh

CASES = [
    (import_zh.document, "A/RES/74/112 (en+zh): 17 paragraphs", "A/RES/74/112（en+zh）：17 段"),
    (import_zh.unpaired, "S/RES/2525 (2020) (a.docx, a_C.docx): 9 preambular paragraphs in a.docx, 8 in a_C.docx; "
                         "each version is imported in its own language, both under one topic",
     "S/RES/2525 (2020)（a.docx、a_C.docx）：a.docx 有 9 个序言段，a_C.docx 有 8 个；两个版本各按其语言导入，归入同一议题"),
    (import_zh.unpaired, "A/RES/74/219 (b.docx, b_C.docx): operative numbering differs: para. 15 in b.docx stands "
                         "where b_C.docx has para. 14; each version is imported in its own language, both under one "
                         "topic",
     "A/RES/74/219（b.docx、b_C.docx）：执行段编号不同：b.docx 的第 15 段所在位置，b_C.docx 为第 14 段；"
     "两个版本各按其语言导入，归入同一议题"),
    (import_zh.unpaired, "X (c.docx, c_C.docx): the sub-paragraphs differ: para. 3 (a) has 2 sub-paragraphs in "
                         "c.docx, 3 in c_C.docx; each version is imported in its own language, both under one topic",
     "X（c.docx、c_C.docx）：分段不同：第 3 (a) 段在 c.docx 中有 2 个分段，在 c_C.docx 中有 3 个；"
     "两个版本各按其语言导入，归入同一议题"),
    (import_zh.left_out, "d.docx ¶16 (preambular, preamble, para. 8): nothing after the lead phrase: Acting under "
                         "Chapter VII",
     "d.docx 第 16 段（序言段，序言部分第 8 段）：引导词后没有内容：Acting under Chapter VII"),
    (import_zh.left_out, "d.docx ¶20 (operative, para. 4): sub-paragraph: template markup ({{ }}) in the text: x",
     "d.docx 第 20 段（执行段，第 4 段）：分段：文本中有模板标记（{{ }}）：x"),
    (import_zh.left_out, "d.docx ¶21 (operative, para. 5): no lead phrase found: In this regard, it",
     "d.docx 第 21 段（执行段，第 5 段）：找不到引导词：In this regard, it"),
    (import_zh.left_out, "d.docx ¶22 (heading inside the operative part): Arms Embargo",
     "d.docx 第 22 段（执行部分中的标题）：Arms Embargo"),
    (import_zh.left_out, "d.docx ¶40–¶52 (annex, 13 paragraphs): Annex", "d.docx 第 40–52 段（附件，共 13 段）：Annex"),
    (import_zh.left_out, "d.docx ¶67 (unnumbered paragraph continuing 8(c)): To carry out",
     "d.docx 第 67 段（接续第 8(c) 段的未编号段落）：To carry out"),
    (import_zh.repaired, "e.docx ¶5 (preambular, preamble, para. 2): the lead 'Recalling' is written twice; kept once",
     "e.docx 第 5 段（序言段，序言部分第 2 段）：引导词“Recalling”重复书写，只保留一处"),
    (import_zh.stances, "A/RES/74/247: 12 clauses given the stances of votes.csv: treaty supports",
     "A/RES/74/247：12 条条款按 votes.csv 的表决确定立场：treaty supports"),
]


@pytest.mark.parametrize(("say", "line", "zh"), CASES)
def test_each_kind_of_line_in_chinese(say, line: str, zh: str) -> None:
    assert say(line) == zh


def test_an_unknown_line_is_kept() -> None:
    assert import_zh.left_out("something new") == "something new"
