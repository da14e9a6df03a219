"""Faults left by round 30 (round 31's leftovers), each on a draft of our own.

* Clauses numbered by AUTONUM fields that show Roman numerals or letters ("AUTONUM \\* roman": i., ii., iii.; \\*
  ROMAN, \\* alphabetic), the preamble numbered by the same field or not: Word counts every AUTONUM field of body text
  at level 1, the switch changing the number's form only, so they are clauses numbered in the wrong form
  (`numbering-form`, FORMAT.md: "1."), not a first clause and its sub-items; `--fix` writes 1., 2., 3. in one pass
  (a second pass changes nothing).

* A Chinese title named after a place in transliteration characters (布达佩斯公约) after a word whose last character
  is one of them too (参考 "with reference to", 实施, 增加): the word ends before the name, which the title-marks
  finding quoted with that character (“考布达佩斯公约第二附加议定书”).
* operative-no-verb's two closed lists of English word endings (nouns no verb has: -ency, -ity, -ism, -hood; the
  endings of a noun made of a verb with the stems they give: "Recommendation" → "recommend") are its rule data
  (drafter/check/ruledata/leadform.yaml), read in the same order, with the same findings.
* The English lead-slip finder scored two swapped neighbouring letters as one slip only when nothing else was wrong
  (its own Levenshtein distance, with a swap special-cased); it now asks the library's edit distance (OSA: a swap is
  one edit), so a swap and a letter left out ("Raefirms") is two slips, within reach of "Reaffirms", as "Reqests" is of "Requests".
* `lead-form`'s everyday causative 让 ("let") in an operative clause's lead place, and a clause opening with a word
  that begins with 让 and is another word (让步 "concession"): no lead at all, not the causative.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make
from docx import Document
from lxml import etree

from drafter import check, library
from drafter.check import fix
from drafter.check.rules import RULES
from drafter.labels import word_number
from drafter.word import reader, runtext

W = runtext.W_NS

HEAD = ["决议草案", "委员会：大会第三委员会", "议题：打击网络犯罪", "起草国：希腊、智利", "附议国：加拿大、葡萄牙", "大会，"]
PRE = "回顾其关于网络犯罪问题的各项决议，"
LAST = "2. 请秘书长向大会第八十二届会议报告本决议的执行情况。"


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("op", "title"), [
    ("1. 鼓励各国参考布达佩斯公约第二附加议定书的做法加强电子证据的国际合作；", "布达佩斯公约第二附加议定书"),
    ("1. 鼓励各国思考维也纳公约的相关规定；", "维也纳公约"),
    ("1. 促请各国实施巴塞尔公约关于电子废物的规定；", "巴塞尔公约"),
    ("1. 鼓励各国参考吉达关于承诺保护苏丹平民的宣言的做法；", "吉达关于承诺保护苏丹平民的宣言"),
    # a word of one character before the name, and a name a dictionary word would run into (下巴), keep the name whole
    ("1. 鼓励各国在区域框架下巴塞尔公约所定的程序中分享经验；", "巴塞尔公约"),
])
def test_a_word_before_a_transliterated_name_ends_before_it(lib: library.Library, tmp_path: Path, op: str,
                                                            title: str) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, PRE, op, LAST]), lib, "title-marks")
    assert where == 8 and f"“{title}”" in message and f"“《{title}》”" in message


@pytest.mark.parametrize("op", ["1. 让步与妥协是各国达成共识的基础；", "1. 讓步與妥協是各國達成共識的基礎；",
                                "1. 意识形态的分歧不应妨碍打击网络犯罪的合作；"])
def test_a_word_that_opens_with_an_everyday_word_is_no_everyday_lead(lib: library.Library, tmp_path: Path,
                                                                    op: str) -> None:
    assert not [m for _, m in _findings(make(tmp_path, [*HEAD, PRE, op, LAST]), lib, "lead-form") if "日常用语" in m]


def test_the_causative_let_is_still_told(lib: library.Library, tmp_path: Path) -> None:
    [(where, message)] = _findings(make(tmp_path, [*HEAD, PRE, "1. 让各国加强电子证据的国际合作；", LAST]), lib,
                                   "lead-form")
    assert where == 8 and "“让”" in message and "“促请”" in message


EN_HEAD = ["Committee: Economic and Social Council", "Topic: Safe drinking water in rural clinics",
           "Sponsors: Ghana, Uruguay", "Signatories: Bhutan, Latvia, Samoa",
           [("The Economic and Social Council", "i"), (",", "")],
           [("Aware", "i"), (" that many rural clinics have no tap of clean water,", "")]]
EN_BODY = [[("Noting", "i"), (" that boiled water is not always safe to drink,", "")],
           [("Encourages", "u"), (" Member States to test clinic wells every season;", "")],
           [("Invites", "u"), (" donors to fund filters for clinics;", "")],
           [("Requests", "u"), (" a report on the wells tested.", "")]]
FORMS = {"roman": "lowerRoman", "ROMAN": "upperRoman", "alphabetic": "lowerLetter"}


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _field(paragraph: etree._Element, code: str, result: str, simple: bool) -> None:
    """Put a field with its stored result, and a tab, before the paragraph's runs: a w:fldSimple, or the runs of a
    complex field (begin, code, separate, result, end), as Word saves either."""
    shown, tab = _w("r"), _w("r")
    t = _w("t")
    t.text = result
    shown.append(t)
    tab.append(_w("tab"))
    if simple:
        field = _w("fldSimple", instr=code)
        field.append(shown)
        added = [field, tab]
    else:
        begin, instr_run, separate, end = (_w("r") for _ in range(4))
        begin.append(_w("fldChar", fldCharType="begin"))
        instr = _w("instrText")
        instr.text = code
        instr_run.append(instr)
        separate.append(_w("fldChar", fldCharType="separate"))
        end.append(_w("fldChar", fldCharType="end"))
        added = [begin, instr_run, separate, shown, end, tab]
    first = paragraph.find(f"{{{W}}}r")
    for node in added:
        first.addprevious(node)


def _autonum_draft(tmp_path: Path, switch: str, preamble: bool, simple: bool) -> Path:
    """The three clauses numbered by "AUTONUM \\* ``switch``" fields, and the last preambular paragraph too when
    ``preamble``; each field's result the number Word shows."""
    path = make(tmp_path, [*EN_HEAD, *EN_BODY], "autonum.docx")
    doc = Document(str(path))
    numbered = doc.paragraphs[6 if preamble else 7:]
    for k, paragraph in enumerate(numbered, 1):
        _field(paragraph._p, f" AUTONUM \\* {switch} ", word_number(k, FORMS[switch]) + ".", simple)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("simple", [False, True], ids=["fldChar", "fldSimple"])
@pytest.mark.parametrize("preamble", [False, True], ids=["clauses", "preamble-too"])
@pytest.mark.parametrize("switch", ["roman", "ROMAN", "alphabetic"])
def test_clauses_numbered_by_autonum_in_another_form_are_clauses(tmp_path: Path, lib: library.Library,
                                                                 switch: str, preamble: bool, simple: bool) -> None:
    path = _autonum_draft(tmp_path, switch, preamble, simple)
    report, doc = check.check_file(path, lib)
    errors = [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"]
    assert errors == [("preambular-numbered", 7)] * preamble + [("numbering-form", 8), ("numbering-form", 9),
                                                                ("numbering-form", 10)]
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    once = [(p.label, p.text) for p in reader.read(tmp_path / "once.docx").paragraphs]
    assert [text.split("\t")[0] for _, text in once[7:]] == ["1.", "2.", "3."]
    assert once[6][1].startswith("Noting")
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    assert [f.rule for f in again.findings if f.severity == "error"] == []
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    assert [(p.label, p.text) for p in reader.read(tmp_path / "twice.docx").paragraphs] == once
    assert fixed == []


def test_the_word_endings_of_operative_no_verb_are_rule_data() -> None:
    rule = RULES["operative-no-verb"]
    assert rule.word_list("noun-only-endings") == {"ency", "ancy", "ity", "ism", "hood"}
    assert list(rule.word_map("verb-noun-endings").items()) == [
        ("ation", ("", "e")), ("ition", ("", "e")), ("sion", ("de", "d", "")), ("ion", ("", "e")), ("ment", ("",)),
        ("al", ("e", "")), ("ance", ("",)), ("ence", ("",))]


@pytest.mark.parametrize(("opening", "found"), [
    ("Emergency funding for clinic wells in every district;", True),
    ("Transparency of the reports on wells tested;", True),
    ("Recommendation that Member States test clinic wells;", True),
    ("Decision to test clinic wells every season;", True),
    ("Approval of a fund for clinic wells;", True),
    ([("Recommends", "u"), (" that Member States test clinic wells;", "")], False),
    ([("Authorizes", "u"), (" the Secretary-General to fund clinic wells;", "")], False),
])
def test_operative_no_verb_reads_its_endings_as_before(tmp_path: Path, lib: library.Library, opening: object,
                                                       found: bool) -> None:
    first = [("1. ", ""), (opening, "")] if isinstance(opening, str) else [("1. ", ""), *opening]
    body = [*EN_HEAD, first, [("2. ", ""), ("Requests", "u"), (" a report on the wells tested.", "")]]
    report, _ = check.check_file(make(tmp_path, body), lib)
    assert [f.paragraph for f in report.findings if f.rule == "operative-no-verb"] == [7] * found


@pytest.mark.parametrize(("written", "correct"), [("Raefirms", "Reaffirms"), ("Encuoarges", "Encourages"),
                                                  ("Ugres", "Urges"), ("Reqests", "Requests"),
                                                  ("Reuqets", "Requests"), ("Welcmoes", "Welcomes")])
def test_a_swap_is_one_slip_among_others_in_a_lead(tmp_path: Path, lib: library.Library, written: str,
                                                   correct: str) -> None:
    body = [*EN_HEAD, [("1. ", ""), (written, "u"), (" Member States to test clinic wells every season;", "")],
            [("2. ", ""), ("Requests", "u"), (" a report on the wells tested.", "")]]
    report, _ = check.check_file(make(tmp_path, body), lib)
    found = [f for f in report.findings if f.rule == "lead-misspelled"]
    assert [f.paragraph for f in found] == [7] and correct in (found[0].fix or ""), found
