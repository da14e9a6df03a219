"""The general cause behind word-blind45's first-run false alarms (bench/students/word-blind45), on sentences of our
own: a Word label ending with a half-width mark ("(a)", "1)") whose level puts nothing after it (w:suff "nothing"),
followed by Chinese text: "(a)修缮……" is how UN-B10 writes a Chinese sub-paragraph ("(a)……；"), not a label run
into a word, as a typed "1.鼓励" already is not."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import library

ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国教育、科学及文化组织", "议题：乡村公共图书馆的维护",
                       "起草国：老挝、秘鲁", "附议国：蒙古、加纳、尼泊尔", [("大会", "b"), ("，", "")],
                       [("注意到", "u"), ("许多乡村图书馆的屋顶和书架年久失修，", "")]]
ZH_BODY: list[Para] = [*ZH_HEAD, [("鼓励", "u"), ("会员国为乡村图书馆拨出专门的维修经费；", "")],
                       [("呼吁", "u"), ("地方政府：", "")], "修缮漏雨的屋顶和破损的门窗；", "为图书馆添置防潮的书柜；",
                       [("决定", "u"), ("继续审议这一问题。", "")]]
NUMBERED = {0: (1, 0), 1: (1, 0), 2: (1, 1), 3: (1, 1), 4: (1, 0)}   # from the first clause on


def _lists(tmp_path: Path, paragraphs: list[Para], first: int, sub_text: str, name: str) -> Path:
    """The draft with one Word list: clauses "%1." followed by a tab, sub-clauses ``sub_text`` followed by nothing."""
    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", sub_text, suff="nothing")]) + num(1, 1))
    for offset, (num_id, level) in NUMBERED.items():
        number(doc.paragraphs[first + offset], num_id, level)
    doc.save(str(path))
    return path


def test_a_half_width_word_label_before_chinese_text_is_not_glued(tmp_path: Path, lib: library.Library) -> None:
    for text in ("(%2)", "%2)", "%2."):
        found = rules(_lists(tmp_path, ZH_BODY, len(ZH_HEAD), text, "zh.docx"), lib)
        assert "label-glued" not in found, text

