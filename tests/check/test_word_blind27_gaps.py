"""The general causes behind word-blind27's first-run misses (bench/students/word-blind27), on sentences of our own:
words of a clause pasted in another font or set in another size, a lead's emphasis carried on over the words after
it, a Chinese lead whose modifier alone is emphasised, and a lead emphasised otherwise than the rest of its part."""

from __future__ import annotations

from pathlib import Path

from docmaker import make
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from drafter import check, library

Para = str | list[tuple[str, str]]

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Rainwater harvesting in dry cities",
                    "Sponsors: Botswana, Jordan", "Signatories: Cyprus", [("The General Assembly", "i"), (",", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：干旱城市的雨水收集", "起草国：博茨瓦纳、约旦", "附议国：塞浦路斯",
                       [("大会", "b"), ("，", "")]]


def pre(lead: str, rest: str, flags: str = "i") -> list[tuple[str, str]]:
    return [(lead, flags), (rest, "")]


def op(number: int, lead: str, rest: str, flags: str = "u") -> list[tuple[str, str]]:
    return [(f"{number}. ", ""), (lead, flags), (rest, "")]


BODY: list[Para] = [
    pre("Noting", " that rooftop tanks can supply a household with water for several dry months,"),
    op(1, "Encourages", " cities to require gutters and tanks on new public buildings;"),
    op(2, "Invites", " Member States to lower taxes on rainwater tanks;"),
    op(3, "Recommends", " that local schools teach pupils how to keep stored water clean;"),
    op(4, "Requests", " the Secretary-General to report on progress at the eighty-third session."),
]
ZH_BODY: list[Para] = [
    pre("注意到", "屋顶水箱可为一户人家提供数月旱季用水，", "u"),
    op(1, "鼓励", "各城市要求新建公共建筑安装雨水槽和水箱；"),
    op(2, "邀请", "各会员国降低雨水箱的税收；"),
    op(3, "建议", "各地学校教导学生如何保持储水清洁；"),
    op(4, "请", "秘书长在第八十三届会议上报告进展情况。"),
]


def rules(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


def restyle(path: Path, paragraph: int, run: int, *, font: str | None = None, size: float | None = None,
            size_cs: float | None = None, east_asia: str | None = None) -> Path:
    """Give one run of the 1-based ``paragraph`` a Latin font, a size, a complex-script size or an East Asian font."""
    doc = Document(str(path))
    target = doc.paragraphs[paragraph - 1].runs[run]
    if font:
        target.font.name = font
    if size:
        target.font.size = Pt(size)
    if size_cs:
        target._r.get_or_add_rPr().append(target._r.makeelement(qn("w:szCs"), {qn("w:val"): str(int(size_cs * 2))}))
    if east_asia:
        target._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    doc.save(str(path))
    return path


def sized(tmp_path: Path, body: list[Para], head: list[Para], name: str) -> Path:
    """A draft whose every run is set in 12 pt, as a draft typed in Word's Normal style at 12 pt."""
    path = make(tmp_path, [*head, *body], name)
    doc = Document(str(path))
    for para in doc.paragraphs:
        for run in para.runs:
            run.font.size = Pt(12)
    doc.save(str(path))
    return path


# -- words of a clause in another font -------------------------------------------------------------------------

def test_the_end_of_a_clause_pasted_in_another_font(tmp_path: Path, lib: library.Library) -> None:
    body = [*BODY[:2], op(2, "Invites", " Member States to lower taxes on rainwater tanks", "u") + [
        (" and to waive the fees for connecting them;", "")], *BODY[3:]]
    path = restyle(make(tmp_path, [*HEAD, *body]), 8, 3, font="Arial")
    found = rules(path, lib, "fonts-mixed")
    assert [p for p, _ in found] == [8] and "Arial" in found[0][1]
    # one short word in another font (a product name pasted) shows no mixed font
    body = [*BODY[:2], op(2, "Invites", " Member States to lower taxes on ", "u") + [("GRP", ""), (" tanks;", "")],
            *BODY[3:]]
    short = restyle(make(tmp_path, [*HEAD, *body], "short.docx"), 8, 3, font="Arial")
    assert rules(short, lib, "fonts-mixed") == []


def test_chinese_words_pasted_in_another_east_asian_font(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_BODY[:3], op(3, "建议", "各地学校教导学生") + [("如何保持储水清洁；", "")], ZH_BODY[4]]
    path = restyle(make(tmp_path, [*ZH_HEAD, *body]), 10, 3, east_asia="Microsoft YaHei")
    assert [p for p, _ in rules(path, lib, "fonts-mixed")] == [10]
    # a lead set off in its own face (黑体) is no pasted stretch
    lead = [pre("关切地注意到", "许多城市的地下水位逐年下降，", "u"), *ZH_BODY[1:]]
    heiti = restyle(make(tmp_path, [*ZH_HEAD, *lead], "heiti.docx"), 7, 0, east_asia="SimHei")
    assert rules(heiti, lib, "fonts-mixed") == []


# -- words of a clause in another size -----------------------------------------------------------------------

def test_a_clause_and_words_of_a_clause_in_another_size(tmp_path: Path, lib: library.Library) -> None:
    path = sized(tmp_path, [*BODY[:3], op(3, "Recommends", " that local schools teach pupils") + [
        (" how to keep stored water clean;", "")], BODY[4]], HEAD, "sizes.docx")
    restyle(path, 9, 3, size=10.5)
    for run in range(3):
        restyle(path, 10, run, size=10.5)
    found = rules(path, lib, "sizes-mixed")
    assert [p for p, _ in found] == [9] and "10.5 pt" in found[0][1]
    report, _ = check.check_file(path, lib)
    assert [f.paragraphs for f in report.findings if f.rule == "sizes-mixed"] == [[9, 10]]
    # a heading line in a larger size and a complex-script size alone (w:szCs) are no mixed sizes
    same = sized(tmp_path, BODY, HEAD, "same.docx")
    restyle(same, 1, 0, size=16)
    restyle(same, 7, 2, size_cs=10.5)
    assert rules(same, lib, "sizes-mixed") == []


def test_chinese_words_in_a_smaller_size(tmp_path: Path, lib: library.Library) -> None:
    path = sized(tmp_path, [*ZH_BODY[:2], op(2, "邀请", "各会员国") + [("降低雨水箱的税收；", "")], *ZH_BODY[3:]], ZH_HEAD,
                 "zh.docx")
    restyle(path, 9, 3, size=10.5)
    report, _ = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "sizes-mixed"]
    assert [f.paragraph for f in found] == [9]
    assert "10.5 磅" in found[0].said.zh and "10.5 pt" in found[0].said.en


# -- a lead's emphasis carried on over the words after it ----------------------------------------------------

def test_underline_running_on_past_the_operative_verb(tmp_path: Path, lib: library.Library) -> None:
    body = [*BODY[:2], op(2, "Invites all Member States", " to lower taxes on rainwater tanks;"), *BODY[3:]]
    found = rules(make(tmp_path, [*HEAD, *body]), lib, "emphasis-in-text")
    assert [p for p, _ in found] == [8] and "all Member States" in found[0][1]
    # words a lead binds may share its emphasis
    bound = [pre("Noting also that", " rooftop tanks can supply a household for several dry months,"),
             op(1, "Expresses its grave concern", " at the falling water table of many cities;"), BODY[2],
             op(3, "Recommends that", " local schools teach pupils how to keep stored water clean;"), BODY[4]]
    assert rules(make(tmp_path, [*HEAD, *bound], "bound.docx"), lib, "emphasis-in-text") == []


def test_chinese_underline_running_on_past_the_lead(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_BODY[:4], op(4, "请秘书长", "在第八十三届会议上报告进展情况。")]
    found = rules(make(tmp_path, [*ZH_HEAD, *body]), lib, "emphasis-in-text")
    assert [p for p, _ in found] == [11] and "秘书长" in found[0][1]
    good = [pre("关切地注意到", "许多城市的地下水位逐年下降，", "u"), *ZH_BODY[1:]]
    assert rules(make(tmp_path, [*ZH_HEAD, *good], "good.docx"), lib, "emphasis-in-text") == []


# -- a Chinese lead whose modifier alone is emphasised -------------------------------------------------------

def test_chinese_modifier_alone_emphasised(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_BODY[:2], op(2, "强烈", "") + [("敦促", ""), ("各会员国降低雨水箱的税收；", "")], *ZH_BODY[3:]]
    assert [p for p, _ in rules(make(tmp_path, [*ZH_HEAD, *body]), lib, "lead-emphasis")] == [9]
    verb = [*ZH_BODY[:2], op(2, "强烈", "", "") + [("敦促", "u"), ("各会员国降低雨水箱的税收；", "")], *ZH_BODY[3:]]
    assert rules(make(tmp_path, [*ZH_HEAD, *verb], "verb.docx"), lib, "lead-emphasis") == []


# -- a lead emphasised otherwise than the rest of its part ---------------------------------------------------

def test_one_operative_lead_in_italics_among_underlined_ones(tmp_path: Path, lib: library.Library) -> None:
    body = [*BODY[:2], op(2, "Invites", " Member States to lower taxes on rainwater tanks;", "i"), *BODY[3:]]
    found = rules(make(tmp_path, [*HEAD, *body]), lib, "lead-emphasis-odd")
    assert [p for p, _ in found] == [8] and "underlined" in found[0][1]
    doubled = [*BODY[:3], op(3, "Recommends", " that local schools teach pupils to keep water clean;", "iu"), BODY[4]]
    assert [p for p, _ in rules(make(tmp_path, [*HEAD, *doubled], "doubled.docx"), lib, "lead-emphasis-odd")] == [9]
    # two forms, neither held by three leads and more than the other: no odd one out
    even = [*BODY[:3], op(3, "Recommends", " that local schools teach pupils to keep water clean;", "i"),
            op(4, "Requests", " the Secretary-General to report at the eighty-third session.", "i")]
    assert rules(make(tmp_path, [*HEAD, *even], "even.docx"), lib, "lead-emphasis-odd") == []
