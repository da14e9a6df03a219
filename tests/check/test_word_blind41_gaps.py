"""Faults and false alarms of the blind set word-blind41 (#20): drafts an AI assistant wrote, pasted into Word from
the chat window. Held by sentences of our own: the chat's Markdown rule pasted as an empty paragraph with a border
(a line across the page); the assistant's own sentences in Chinese ("好的，以下是……：", "希望……对你有帮助") and an
English offer of more help ("I can also …"), which are no lines of the last clause; the delegate's own prompt copied
with the chat; a part's name with an emoji before it ("📌 Operative Clauses"), a section heading all the same; a
zero-width joiner after a clause's end mark, which the page does not show."""

from __future__ import annotations

from pathlib import Path

import docx
from check.rule_paragraphs import rules
from docmaker import Para, make
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafter import library
from drafter.word import runtext

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Cold storage for small fishing ports",
                    "Sponsors: Ghana, Peru", "Signatories: Fiji, Oman, Senegal"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PREAMBLE: list[Para] = [[("Noting", "i"), (" that much of the catch of small boats spoils before it reaches a market,", "")],
                        [("Aware", "i"), (" that ice plants in many small ports run on diesel generators,", "")]]
OPERATIVE: list[Para] = [[("1. ", ""), ("Encourages", "i"), (" Member States to build solar ice plants in small ports;", "")],
                         [("2. ", ""), ("Invites", "i"), (" development banks to lend to fishing cooperatives for cold rooms;", "")],
                         [("3. ", ""), ("Requests", "i"), (" the Secretary-General to report at its eighty-third session.", "")]]

ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：小型渔港的冷藏设施", "起草国：加纳、秘鲁", "附议国：斐济、阿曼"]
ZH_ORGAN: Para = [("大会", "b"), ("，", "")]
ZH_PREAMBLE: list[Para] = [[("注意到", "b"), ("小型渔船的渔获有很大一部分在运到市场前就已变质，", "")],
                           [("意识到", "b"), ("许多小渔港的制冰厂依靠柴油发电机，", "")]]
ZH_OPERATIVE: list[Para] = [[("1. ", ""), ("鼓励", "b"), ("会员国在小渔港建设太阳能制冰厂；", "")],
                            [("2. ", ""), ("邀请", "b"), ("开发银行向渔业合作社提供冷库贷款；", "")],
                            [("3. ", ""), ("请", "b"), ("秘书长在第八十三届会议上提出报告。", "")]]


def _en(before: list[Para] = (), between: list[Para] = (), after: list[Para] = ()) -> list[Para]:  # type: ignore[assignment]
    return [*before, *HEAD, *between, ORGAN, *PREAMBLE, *OPERATIVE, *after]


def _zh(before: list[Para] = (), between: list[Para] = (), after: list[Para] = ()) -> list[Para]:  # type: ignore[assignment]
    return [*before, *ZH_HEAD, *between, ZH_ORGAN, *ZH_PREAMBLE, *ZH_OPERATIVE, *after]


def _bordered(path: Path, places: dict[int, str]) -> Path:
    """Give paragraphs (0-based) borders of their own on the sides named ("bottom", "top left bottom right")."""
    doc = docx.Document(str(path))
    for at, sides in places.items():
        ppr = doc.paragraphs[at]._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        for side in sides.split():
            edge = OxmlElement(f"w:{side}")
            for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "D9D9D9")):
                edge.set(qn(f"w:{key}"), value)
            borders.append(edge)
        ppr.append(borders)
    doc.save(str(path))
    return path


def test_an_empty_paragraph_with_a_border_is_a_pasted_rule(tmp_path: Path, lib: library.Library) -> None:
    path = _bordered(make(tmp_path, _en(between=[""])), {4: "bottom"})
    assert rules(path, lib).get("pasted-artefact") == [5]
    zh = _bordered(make(tmp_path, _zh(between=[""]), "zh.docx"), {5: "top"})
    assert rules(zh, lib).get("pasted-artefact") == [6]
    # no border, a border under a line of text, a box around the paragraph: no rule pasted
    assert "pasted-artefact" not in rules(make(tmp_path, _en(between=[""]), "plain.docx"), lib)
    titled = _bordered(make(tmp_path, _en(before=["Draft Resolution 4.2"]), "t.docx"), {0: "bottom"})
    assert "pasted-artefact" not in rules(titled, lib)
    boxed = _bordered(make(tmp_path, _en(between=[""]), "boxed.docx"), {4: "top left bottom right"})
    assert "pasted-artefact" not in rules(boxed, lib)


def test_a_chinese_assistants_opening_and_closing_sentences_are_pasted(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, _zh(before=["当然可以！下面是一份关于小型渔港冷藏设施的决议草案，你可以在此基础上修改："],
                              after=["希望以上内容对你有所帮助！如果还需要增加条款，我可以继续补充。"]))
    found = rules(path, lib)
    assert found.get("pasted-artefact") == [1, 13]
    assert "stray-full-stop" not in found and "operative-end" not in found


def test_a_chinese_assistants_question_and_offer_are_pasted(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, _zh(before=["以下是我为您起草的决议草案："], after=["需要我把它改写成英文版本吗？"]))
    found = rules(path, lib)
    assert found.get("pasted-artefact") == [1, 13]
    assert "stray-full-stop" not in found


def test_an_offer_to_write_more_closes_the_answer_not_the_last_clause(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, _en(after=["I can also write a short speech for your delegation if that is useful."]))
    found = rules(path, lib)
    assert found.get("pasted-artefact") == [11]
    assert "stray-full-stop" not in found


def test_the_prompt_typed_to_the_assistant_is_pasted(tmp_path: Path, lib: library.Library) -> None:
    en = make(tmp_path, _en(before=["could you draft a resolution for the second committee on cold storage in "
                                    "fishing ports"]))
    assert rules(en, lib).get("pasted-artefact") == [1]
    zh = make(tmp_path, _zh(before=["帮我写一份关于小型渔港冷藏设施的决议草案"]), "zh.docx")
    assert rules(zh, lib).get("pasted-artefact") == [1]


def test_a_part_name_after_an_emoji_is_a_section_heading(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, "📌 Preambular Clauses", ORGAN, *PREAMBLE, "✅ Operative Clauses", *OPERATIVE])
    found = rules(path, lib)
    assert found.get("section-heading") == [5, 9]
    assert not {"pasted-artefact", "preambular-end", "lead-unknown"} & set(found)
    zh = make(tmp_path, [*ZH_HEAD, "📝 序言部分", ZH_ORGAN, *ZH_PREAMBLE, "🚀 行动部分", *ZH_OPERATIVE], "zh.docx")
    found = rules(zh, lib)
    assert found.get("section-heading") == [6, 10]
    assert "pasted-artefact" not in found
    titled = make(tmp_path, _en(before=["📄 Draft Resolution 4.2"]), "t.docx")  # a title's emoji: pasted still
    assert rules(titled, lib).get("pasted-artefact") == [1]


def test_zero_width_joiners_are_not_text() -> None:
    for typed, shown in (("kept;\u200d", "kept;"), ("a\u200cb", "ab"), ("\u200dcold rooms", "cold rooms")):
        t = OxmlElement("w:t")
        t.text = typed
        assert runtext.t_text(t) == shown


def test_a_zero_width_joiner_after_the_end_mark_leaves_the_end_right(tmp_path: Path, lib: library.Library) -> None:
    clauses = [[("1. ", ""), ("Calls upon", "i"), (" port authorities to:", "")],
               "(a) keep the catch on ice from landing to sale;\u200d",
               "(b) train crews in handling fish on board;\u200c",
               OPERATIVE[2]]
    found = rules(make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *clauses]), lib)
    assert not {"sub-end", "chapeau-colon", "operative-end"} & set(found)
