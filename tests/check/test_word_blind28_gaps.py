"""The general cause behind word-blind28's first-run rule gap (bench/students/word-blind28), on sentences of our own:
clauses joined into one paragraph by a tracked deletion of the paragraph mark between them. The reader knows where
the join is, so the second clause is found there in Chinese too (where a clause may otherwise go on after "；" or "，"
with a verb of its own), in English whatever its lead's case and emphasis, for preambular clauses too, and for the
last preambular clause run into clause 1."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml
from wordlists import CLAUSES, abstract, num, number, set_lists

from drafter import library
from drafter.word import runtext

W = f'xmlns:w="{runtext.W_NS}"'

HEAD_ZH: list[Para] = ["决议草案", "委员会：大会第三委员会", "议题：保护沿海湿地", "起草国：斐济、塞内加尔",
                       "附议国：蒙古、挪威、智利", "大会，"]
HEAD_EN: list[Para] = ["Committee: Second Committee", "Topic: Protection of coastal wetlands", "Sponsors: Fiji, Senegal",
                       "Signatories: Chile, Mongolia, Norway", [("The General Assembly", "i"), (",", "")]]
NOTING_ZH: Para = [("注意到", "u"), ("沿海湿地正以前所未有的速度消失，", "")]
NOTING_EN: Para = [("Noting", "i"), (" that coastal wetlands are disappearing faster than ever,", "")]
LAST_ZH: Para = [("请", "u"), ("秘书长向大会第八十五届会议提交报告。", "")]
LAST_EN: Para = [("Requests", "i"), (" a report at the eighty-fifth session.", "")]


def _draft(tmp_path: Path, paragraphs: list[Para], first_clause: int, struck: int | None, name: str) -> Path:
    """``paragraphs`` with every paragraph from ``first_clause`` (0-based) numbered by Word's list and the mark of
    paragraph ``struck`` deleted as a tracked change."""
    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + num(1, 1))
    for position in range(first_clause, len(paragraphs)):
        number(doc.paragraphs[position], 1, 0)
    if struck is not None:
        ppr = doc.paragraphs[struck]._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {W}><w:del w:id="9" w:author="Delegate" w:date="2027-01-05T10:00:00Z"/>'
                             '</w:rPr>'))
    doc.save(str(path))
    return path


def test_chinese_clauses_a_deleted_paragraph_mark_joins_are_run_together(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    body = [*HEAD_ZH, NOTING_ZH, [("鼓励", "u"), ("会员国划定湿地保护区；", "")],
            [("请", "u"), ("各国测绘本国的红树林；", "")],
            [("还请", "u"), ("各国每三年更新一次测绘结果；", "")], LAST_ZH]
    found = rules(_draft(tmp_path, body, 7, 8, "joined.docx"), lib)
    assert found.get("clause-run-on") == [10]  # the joined text is read as the w:p whose mark survives
    # no mark deleted: a Chinese clause may go on after "；" with a verb of its own
    one = [*HEAD_ZH, NOTING_ZH, [("鼓励", "u"), ("会员国划定湿地保护区；", "")],
           [("请", "u"), ("各国测绘本国的红树林；", ""), ("还请", "u"), ("各国公布测绘结果；", "")], LAST_ZH]
    assert "clause-run-on" not in rules(_draft(tmp_path, one, 7, None, "one.docx"), lib)
    # a stray Enter inside clause 2 (both halves numbered), its mark deleted: one clause once accepted
    split = [*HEAD_ZH, NOTING_ZH, [("鼓励", "u"), ("会员国划定湿地保护区；", "")],
             [("请", "u"), ("各国测绘本国的", "")], "红树林；", LAST_ZH]
    found = rules(_draft(tmp_path, split, 7, 8, "repaired.docx"), lib)
    assert not {"clause-run-on", "operative-end", "operative-no-verb"} & set(found)


def test_english_clauses_joined_by_a_deleted_mark_whatever_the_second_lead_looks_like(
        tmp_path: Path, lib: library.Library) -> None:
    # the second clause's lead typed plain (the others italic): still a clause of its own where the mark went
    body = [*HEAD_EN, NOTING_EN, [("Encourages", "i"), (" Member States to map their mangrove forests;", "")],
            [("Invites", "i"), (" coastal cities to restore salt marshes;", "")],
            "Further invites coastal cities to publish the maps;", LAST_EN]
    found = rules(_draft(tmp_path, body, 6, 7, "joined-en.docx"), lib)
    assert found.get("clause-run-on") == [9]


def test_preambular_clauses_a_deleted_paragraph_mark_joins_are_run_together(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    zh = [*HEAD_ZH, NOTING_ZH, [("回顾", "u"), ("以往关于湿地的各项决议，", "")],
          [("鼓励", "u"), ("会员国划定湿地保护区；", "")], LAST_ZH]
    assert rules(_draft(tmp_path, zh, 8, 6, "pre-zh.docx"), lib).get("preambular-run-on") == [8]
    # a one-word lead before its object, which a sentence may chain after a comma: here a mark went between them
    en = [*HEAD_EN, NOTING_EN, [("Welcoming", "i"), (" the work of local fishing communities,", "")],
          [("Encourages", "i"), (" Member States to map their mangrove forests;", "")], LAST_EN]
    assert rules(_draft(tmp_path, en, 7, 5, "pre-en.docx"), lib).get("preambular-run-on") == [7]


def test_last_preambular_clause_joined_into_clause_1_is_a_clause_run_on(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    # "Welcoming …, Encourages …;" numbered "1.": not "Bearing in mind …, decides" (a frame before the verb)
    en = [*HEAD_EN, NOTING_EN, [("Welcoming", "i"), (" the work of local fishing communities,", "")],
          [("Encourages", "i"), (" Member States to map their mangrove forests;", "")], LAST_EN]
    assert rules(_draft(tmp_path, en, 7, 6, "pre-op-en.docx"), lib).get("clause-run-on") == [8]
    zh = [*HEAD_ZH, NOTING_ZH, [("欢迎", "u"), ("沿海社区的保护工作，", "")],
          [("鼓励", "u"), ("会员国划定湿地保护区；", "")], LAST_ZH]
    assert rules(_draft(tmp_path, zh, 8, 7, "pre-op-zh.docx"), lib).get("clause-run-on") == [9]
