"""Build the drafts of the blind set word-blind62 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, list label as Word shows it, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Drafts typed on phones and tablets between sessions: Word for iOS (typed "1. " turned into an automatic list by
AutoFormat, Word's own hybridMultilevel definition), Google Docs on an Android phone (numbers typed by hand, sub-clauses
as soft line breaks w:br inside one paragraph), Pages on an iPad (a singleLevel list with a hanging indent of 397
twips), WPS Office mobile (a singleLevel list with a hanging indent of 425 twips; Chinese typed with a phone input
method that puts a space after every full-width comma and mixes half-width marks in) and Word for iPhone with a
Chinese input method (「」 quotes). Keyboard traces: non-breaking spaces after typed labels, zero-width spaces,
smart quotes, "--" turned into a dash, the double-space shortcut that types ". ", autocorrect capitals.

python-docx gives the package (its default template); numbering and paragraphs are written as raw WordprocessingML
by the helpers below (written for this set; no import of drafter or of another set). Faults are marked with
F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the w:p in the
body (no empty paragraphs, no tables), checked again on the saved file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import yaml
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
NBSP = "\u00a0"
ZWSP = "\u200b"
EN_DASH = "\u2013"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class R:
    text: str  # "\n" inside the text is written as a w:br (a soft line break, Shift+Enter / the app's line break)
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    centre: bool = False
    title: bool = False
    left: int = 0  # w:ind w:left of a paragraph outside a list (typed sub-clauses)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


# ---------------------------------------------------------------- lists (numbering part)


@dataclass
class ListDef:
    """One abstractNum with its own w:num (numId = abstractNum id + 1).
    levels: (numFmt, lvlText, left, hanging, suff)."""
    kind: str  # w:multiLevelType
    levels: list[tuple[str, str, int, int, str]]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    raise ValueError(fmt)


def abstract_xml(aid: int, ld: ListDef) -> str:
    body = ""
    for i, (fmt, text, left, hanging, suff) in enumerate(ld.levels):
        body += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 + (f'<w:suff w:val="{suff}"/>' if suff != "tab" else "")
                 + f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x5A1C7700 + aid:08X}"/>'
            f'<w:multiLevelType w:val="{ld.kind}"/><w:tmpl w:val="{0x04090000 + aid:08X}"/>{body}</w:abstractNum>')


def labels(paras: list[P], lists: list[ListDef]) -> list[str]:
    """The label Word shows on each paragraph: one counter set per w:num (each has its own abstractNum here); a
    level's counter restarts when a lower level of the same list is used; paragraphs outside the list (typed
    numbers) do not move its counters."""
    counters: dict[int, list[int]] = {}
    out = []
    for p in paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        ld = lists[num_id - 1]
        c = counters.setdefault(num_id, [0] * len(ld.levels))
        c[ilvl] += 1
        for j in range(ilvl + 1, len(c)):
            c[j] = 0
        text = ld.levels[ilvl][1]
        for j in range(len(ld.levels)):
            if f"%{j + 1}" in text:
                text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), ld.levels[j][0]))
        out.append(text)
    return out


# Word for iOS / iPhone: what AutoFormat makes of a typed "1. " (Word's hybridMultilevel default numbering)
WORD_AUTO = ListDef("hybridMultilevel", [("decimal", "%1.", 720, 360, "tab"), ("lowerLetter", "%2.", 1440, 360, "tab"),
                                         ("lowerRoman", "%3.", 2160, 180, "tab")])
# Pages on iPad: a one-level list, hanging indent 0.7 cm
PAGES = ListDef("singleLevel", [("decimal", "%1.", 397, 397, "tab")])
# WPS Office mobile: a one-level list, hanging indent 0.75 cm
WPS_MOBILE = ListDef("singleLevel", [("decimal", "%1.", 425, 425, "tab")])


# ---------------------------------------------------------------- documents


@dataclass
class Draft:
    name: str
    lang: str  # en-US, zh-CN
    font: str
    size: int  # half-points
    lists: list[ListDef]
    paras: list[P]
    east_asia: str | None = None


def run_xml(r: R, d: Draft, title: bool) -> str:
    ea = d.east_asia or d.font
    fonts = f'<w:rFonts w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{ea}" w:cs="{d.font}"/>'
    size = d.size + 8 if title else d.size
    rpr = (fonts + ("<w:b/><w:bCs/>" if r.bold or title else "") + ("<w:i/><w:iCs/>" if r.italic else "")
           + ('<w:u w:val="single"/>' if r.underline else "")
           + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')
    parts = r.text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in parts)
    return f"<w:r><w:rPr>{rpr}</w:rPr>{inner}</w:r>"


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    ppr += '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
    if p.left and not p.num:
        ppr += f'<w:ind w:left="{p.left}"/>'
    if p.centre or p.title:
        ppr += '<w:jc w:val="center"/>'
    ppr += f'<w:rPr><w:sz w:val="{d.size}"/></w:rPr>'
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>" + "".join(run_xml(r, d, p.title) for r in p.runs) + "</w:p>"


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, ld in enumerate(d.lists):
        numbering.append(parse_xml(abstract_xml(i, ld)))
    for i, _ in enumerate(d.lists):
        numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>'))
    for p in d.paras:
        sect.addprevious(parse_xml(para_xml(p, d)))
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(root.find(w("body")).findall(w("p")))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    return out


# ---------------------------------------------------------------- paragraph helpers


def field_line(label: str, value: str, faults: list[Fault] | None = None) -> P:
    return P([R(label, bold=True), R(value)], faults or [])


def title(text: str) -> P:
    return P([R(text)], title=True)


def organ(text: str, *, italic: bool = False, bold: bool = False, faults: list[Fault] | None = None) -> P:
    return P([R(text, italic=italic, bold=bold)], faults or [])


def pre(lead_text: str, rest: str, faults: list[Fault] | None = None, *, i: bool = False, b: bool = False,
        u: bool = False) -> P:
    return P([R(lead_text, bold=b, italic=i, underline=u), R(rest)], faults or [])


def op(lead_text: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None,
       typed: str = "", i: bool = False, b: bool = False, u: bool = False) -> P:
    runs = ([R(typed)] if typed else []) + [R(lead_text, bold=b, italic=i, underline=u), R(rest)]
    return P(runs, faults or [], num)


def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] | None = None, left: int = 0) -> P:
    return P([R(text)], faults or [], num, left=left)


# ---------------------------------------------------------------- the drafts

EN01 = Draft(
    "en-01-word-ios-autoformat-laws-typed-six", "en-US", "Aptos", 24, [WORD_AUTO],
    [
        field_line("Committee: ", "First Committee (Disarmament and International Security)"),
        field_line("Topic: ", "Lethal autonomous weapons systems"),
        field_line("Sponsors: ", "Austria, Costa Rica, Mexico, New Zealand"),
        field_line("Signatories: ", "Chile, Ireland, Kenya, the Philippines, Sierra Leone"),
        organ("The General Assembly,", italic=True),
        pre("Recalling", " its resolution 78/241 of 22 December 2023 on lethal autonomous weapons systems,", i=True),
        pre("Reaffirming", " that international humanitarian law continues to apply fully to all weapons systems, "
            "including those with autonomous functions,", i=True),
        pre("Noting with concern", f" that systems able to select and engage targets without further human "
            f"intervention are already being tested {EN_DASH} often without any public review {EN_DASH} in several "
            "regions,", i=True),
        pre("Recognising", f"{ZWSP} the work of the Group of Governmental Experts on emerging technologies in the area "
            "of lethal autonomous weapons systems under the Convention on Certain Conventional Weapons,", i=True),
        pre("Welcomes", " the joint call made by the Secretary-General and the President of the International "
            "Committee of the Red Cross on 5 October 2023,", i=True,
            faults=[F("wrong-lead-form",
                      'the preambular clause opens with the operative form "Welcomes the joint call made by the '
                      'Secretary-General" (a predictive-text pick); a preambular lead is a participle: «Welcoming the '
                      "joint call» (UN-B03, MUN-F04)")]),
        pre("Convinced", " that meaningful human control over the use of force must be retained at all times,",
            faults=[F("emphasis",
                      'the lead "Convinced" is upright while every other lead phrase of the draft is italic; expected '
                      "«Convinced» in italics (UN-B04, MUN-F02)")]),
        pre("Mindful", " of the concerns raised by civil society, the scientific community and the industry’s own "
            "engineers about the speed of these developments,", i=True),
        op("Urged", " all Member States to refrain from developing or deploying weapons systems that cannot be used in "
           "compliance with international humanitarian law;", num=(1, 0), i=True,
           faults=[F("wrong-lead-form",
                     'the operative clause opens with the past tense "Urged all Member States to refrain" (predictive '
                     "text for Urges); an operative clause opens with a verb in the present tense: «Urges all Member "
                     "States» (UN-B06, MUN-F05)")]),
        op("Calls upon", f" States that develop weapons with autonomous functions to carry out legal reviews of them as "
           f"required by article{NBSP}36 of Additional Protocol I to the Geneva Conventions;", num=(1, 0), i=True),
        op("Encourages", " Member States to exchange their national practices on such reviews. In a transparent and "
           "regular manner;", num=(1, 0), i=True,
           faults=[F("full-stop-inside-clause",
                     'a full stop inside the operative clause: "national practices on such reviews. In a transparent '
                     'and regular manner;" (the keyboard\'s double-space shortcut typed ". " and the next word was '
                     "capitalised); expected «on such reviews in a transparent and regular manner;» (UN-B09, "
                     "MUN-F05)")]),
        op("Stresses", " the importance of keeping a human being responsible for every decision on the use of lethal "
           "force;", num=(1, 0), i=True),
        op("Requests", " the Secretary-General to:", num=(1, 0), i=True),
        sub("Seek the views of Member States and observer States on ways to address the challenges raised by these "
            "systems;", num=(1, 1)),
        sub("Submit a substantive report reflecting the full range of views to the General Assembly at its "
            "eighty-first session;", num=(1, 1)),
        op("Further requests", " the Secretary-General to convene open informal consultations in 2026, with the "
           "participation of civil society and academia;", typed=f"6.{NBSP}", i=True),
        op("Decides", " to include in the provisional agenda of its eighty-first session the item entitled "
           "“Lethal autonomous weapons systems”.", num=(1, 0), i=True,
           faults=[F("numbering",
                     'the last clause "Decides to include in the provisional agenda of its eighty-first session" is '
                     'in the automatic list, which counts only its own items and shows "6." again after the clause '
                     'typed by hand with the number 6 (¶20); expected «7.» (UN-B07, MUN-F05)')]),
    ])

EN02 = Draft(
    "en-02-gdocs-android-menstrual-health-softbreak-subs", "en-US", "Arial", 22, [],
    [
        field_line("Committee: ", "Commission on the Status of Women",
                   [F("heading-field-missing",
                      'the heading that starts with "Committee: Commission on the Status of Women" has Committee, Topic '
                      'and Sponsors lines but no signatories line; expected «Signatories: …» (MUN-H01)')]),
        field_line("Topic: ", "Menstrual health and hygiene in schools"),
        field_line("Sponsors: ", "India, Kenya, Nepal, Uganda"),
        organ("The Commission on the Status of Women,", italic=True),
        pre("Recalling", " the Beijing Declaration and Platform for Action and the outcomes of its fifty-ninth "
            "session,", u=True),
        pre("Recognizing", " that girls who cannot manage their menstruation safely and with dignity miss school days "
            "every month,", u=True),
        pre("Alarmed", " that one in ten girls in some regions misses school during her period, according to "
            "UNICEF;", u=True,
            faults=[F("preambular-end-mark",
                      'the preambular clause ends with a semicolon: "misses school during her period, according to '
                      'UNICEF;"; expected «according to UNICEF,» (UN-B05, MUN-F04)')]),
        pre("Noting", " that “period poverty” also affects girls in high-income countries,", u=True),
        pre("Aware", " of the stigma and taboos that surround menstruation in many communities,", u=True),
        pre("Emphasizing", " the role of water, sanitation and hygiene facilities in girls’ schools,", u=True),
        op("Calls upon", f" Member States to:\n(a){NBSP}Provide free menstrual products in all public schools;\n"
           f"(b){NBSP}Ensure that every school has separate, lockable toilets with water and soap;\n"
           f"(c){NBSP}Include menstrual health in the national curriculum for both girls and boys;",
           typed=f"1.{NBSP}", u=True),
        op("Encourages", " ministries of education to train teachers on menstrual health:\n(a) through short modules "
           "in teacher training colleges;\n(b) through online courses that can be followed on a mobile phone:\n"
           "(I) In local languages;\n(ii) Free of charge for teachers in rural areas;", typed=f"2.{NBSP}", u=True,
           faults=[F("sub-clause-label",
                     'the first second-level sub-clause is labelled "(I) In local languages;" (autocorrect '
                     'capitalised the typed "i") while the next is "(ii) Free of charge"; expected «(i)» (UN-B10, '
                     "MUN-F06)")]),
        op("Invites", " the private sector to lower the price of reusable products such as menstrual cups and cloth "
           "pads;", typed=f"3.{ZWSP}{NBSP}", u=True),
        op("Requests", " UN Women and UNICEF to gather data on school absence linked to menstruation. And to share "
           "it with Member States;", typed=f"4.{NBSP}", u=True,
           faults=[F("full-stop-inside-clause",
                     'a full stop inside the operative clause: "linked to menstruation. And to share it with Member '
                     "States;\" (the double-space shortcut typed \". \"); expected «linked to menstruation and to "
                     "share it» (UN-B09, MUN-F05)")]),
        op("Urges", " governments to remove value added tax and import duties on menstrual products;",
           typed=f"6.{NBSP}", u=True,
           faults=[F("numbering",
                     'the clause "Urges governments to remove value added tax" is typed "6." after "4."; expected '
                     "«5.» (the clauses after it go on from 6: one skip) (UN-B07, MUN-F05)")]),
        op("Supports", " awareness campaigns that involve boys, men and religious and community leaders.",
           typed=f"7.{NBSP}", u=True,
           faults=[F("operative-end-mark",
                     'the operative clause "Supports awareness campaigns that involve boys, men and religious and '
                     'community leaders." ends with a full stop although a clause follows; expected «community '
                     "leaders;» (UN-B09, MUN-F05)")]),
        op("Decides", " to review the progress made at its seventy-first session;", typed=f"8.{NBSP}", u=True,
           faults=[F("operative-end-mark",
                     'the last operative clause "Decides to review the progress made at its seventy-first session;" '
                     "ends with a semicolon; the resolution ends with a full stop: «seventy-first session.» (UN-B09, "
                     "MUN-F05)")]),
    ])

EN03 = Draft(
    "en-03-pages-ipad-glacial-lakes-singlelevel-subs", "en-US", "Helvetica Neue", 24, [PAGES],
    [
        field_line("Committee: ", "United Nations Environment Assembly"),
        field_line("Topic: ", "Glacial lake outburst floods in mountain regions"),
        field_line("Sponsors: ", "Bhutan, Nepal, Peru, Switzerland"),
        field_line("Signatories: ", "Austria, Chile, Kyrgyzstan, Norway, Pakistan, Tajikistan"),
        organ("The United Nations Environment Assembly", italic=True,
              faults=[F("other",
                        'the organ line "The United Nations Environment Assembly" has no comma after the organ\'s '
                        "name; expected «The United Nations Environment Assembly,» (UN-B02, MUN-F01)")]),
        pre("Recalling", f" the Sendai Framework for Disaster Risk Reduction 2015{EN_DASH}2030,", i=True),
        pre("Deeply concerned", " that glaciers in the Hindu Kush Himalaya could lose up to 80 per cent of their "
            "volume by 2100 — if warming is not limited,", i=True),
        pre("Noting", " that thousands of new glacial lakes have formed in the last three decades.", i=True,
            faults=[F("preambular-end-mark",
                      'the preambular clause ends with a full stop: "have formed in the last three decades."; '
                      "expected «in the last three decades,» (UN-B05, MUN-F04)")]),
        pre("Recognizing", " that the 2023 flood from South Lhonak Lake in Sikkim destroyed a hydropower dam and took "
            "many lives,", i=True),
        pre("Bearing in mind", " that early warning systems can reduce deaths from such floods by giving communities "
            "minutes or hours to reach safe ground,", i=True),
        pre("Welcoming", " the Early Warnings for All initiative launched by the Secretary-General in 2022,", i=True),
        op("Encourages", " mountain States to map the glacial lakes that pose a danger to people downstream and to "
           "update these maps every five years;", num=(1, 0), i=True),
        op("Calls for", " the installation of automatic sensors and sirens at the most dangerous lakes;", num=(1, 0),
           i=True),
        op("Expressed its appreciation", " to the International Centre for Integrated Mountain Development for its "
           "regional monitoring work;", num=(1, 0), i=True,
           faults=[F("wrong-lead-form",
                     'the operative clause opens with the past tense "Expressed its appreciation to the '
                     'International Centre" (predictive text); expected «Expresses its appreciation» (UN-B06, '
                     "MUN-F05)")]),
        op("Urges", " donors to fund the lowering of lake levels where engineers find it safe to do so:", num=(1, 0),
           i=True),
        sub(f"a.{NBSP}through siphons and controlled outlet channels, as was done at Imja Tsho;", left=794),
        sub(f"b.{NBSP}through regular inspection of moraine dams, with priority given to:", left=794),
        sub(f"I.{NBSP}lakes above inhabited valleys;", left=1191,
            faults=[F("sub-clause-label",
                      'the first item under "b." is labelled "I. lakes above inhabited valleys;" (the typed "i." '
                      'capitalised by autocorrect) while the next is "ii."; expected «i.» (UN-B10, MUN-F06)')]),
        sub(f"ii.{NBSP}lakes above roads, bridges and power plants;", left=1191),
        op("Requests", " the Executive Director to:", num=(1, 0), i=True),
        sub("support national meteorological services in sharing lake and weather data across borders;", num=(1, 0),
            faults=[F("sub-clause-label",
                      'the sub-clause "support national meteorological services in sharing lake and weather data" is '
                      'in the one-level list of the clauses and shows the clause number "6."; expected a sub-clause '
                      "label «a.» (UN-B10, MUN-F06)")]),
        sub("report on the implementation of this resolution at the eighth session of the Assembly.", num=(1, 0),
            faults=[F("sub-clause-label",
                      'the sub-clause "report on the implementation of this resolution at the eighth session" is in '
                      'the one-level list of the clauses and shows "7."; expected «b.» (UN-B10, MUN-F06)')]),
    ])

SP = " "  # the space the phone's input method puts after a full-width comma

ZH04 = Draft(
    "zh-04-wps-mobile-sand-dust-storms-halfwidth-mixed", "zh-CN", "宋体", 24, [WPS_MOBILE],
    [
        title("决议草案"),
        field_line("委员会：", f"{SP}联合国大会第二委员会"),
        field_line("议题：", f"{SP}应对沙尘暴"),
        field_line("起草国：", f"{SP}蒙古、中国、伊朗、伊拉克"),
        field_line("附议国：", f"{SP}哈萨克斯坦、乌兹别克斯坦、科威特、沙特阿拉伯、土库曼斯坦"),
        organ("大会，", bold=True),
        pre("回顾", f"其关于抗御沙尘暴的第72/225号决议和第76/211号决议，{SP}", b=True),
        pre("注意到", f"大会宣布2025—2034年为「联合国抗御沙尘暴十年」，{SP}", b=True),
        pre("深为关切", "沙尘暴对人类健康、农业和航空安全造成严重影响, 每年影响约150个国家,", b=True,
            faults=[F("half-width-punctuation-in-chinese",
                      '"造成严重影响, 每年影响约150个国家," - a half-width comma inside the Chinese clause, and the clause '
                      "ends with a half-width comma; expected «造成严重影响，每年影响约150个国家，» (ZH-P01, UN-B05)")]),
        pre("认识到", f"沙尘暴的源区往往跨越国界，{SP}单靠一个国家无法有效应对，", b=True),
        pre("强调", f"「联合国防治荒漠化公约」在防治土地退化方面的作用，{SP}", b=True,
            faults=[F("missing-book-title-marks",
                      '"「联合国防治荒漠化公约」" - the title of a convention in corner quotes; a treaty title takes book '
                      "title marks: «《联合国防治荒漠化公约》» (UN-B15, ZH-P01)")]),
        pre("欢迎", f"{ZWSP}世界气象组织沙尘暴预警咨询和评估系统的工作，", b=True),
        op("鼓励", f"各会员国建立沙尘暴监测和早期预警系统，{SP}并与邻国共享数据；", num=(1, 0), b=True),
        op("促请", f"受影响国家在源区开展植树种草和可持续放牧，{SP}恢复退化的土地；", num=(1, 0), b=True),
        op("呼吁", "国际金融机构为发展中国家的抗御沙尘暴项目提供资金;", num=(1, 0), b=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"为发展中国家的抗御沙尘暴项目提供资金;" - the operative clause ends with a half-width semicolon; '
                     "expected «提供资金；» (ZH-P01, UN-B09)")]),
        op("请", "联合国环境规划署与世界气象组织合作：", num=(1, 0), b=True),
        sub("(a) 编制区域沙尘暴源区地图；", left=425),
        sub("(b) 为受影响国家的卫生部门提供培训。", left=425,
            faults=[F("operative-end-mark",
                      '"(b) 为受影响国家的卫生部门提供培训。" - the last sub-clause of clause 4 ends with a full stop '
                      "although clauses follow; expected «提供培训；» (UN-B09, UN-B11, ZH-B05)")]),
        op("邀请", "各会员国在每年7月12日「国际抗御沙尘暴日」开展宣传活动；", typed="5. ", b=True),
        op("决定", "在第八十一届会议上继续审议这一议题。", num=(1, 0), b=True,
           faults=[F("numbering",
                     '"决定在第八十一届会议上继续审议这一议题。" - the last clause is in the WPS list, which counts only its '
                     'own items and shows "5." again after the clause before it, typed by hand with the number 5 (¶19); expected «6.» (UN-B07, '
                     "ZH-B03)")]),
    ])

ZH05 = Draft(
    "zh-05-word-iphone-child-online-corner-quotes", "zh-CN", "等线", 21, [WORD_AUTO],
    [
        title("决议草案"),
        field_line("委员会：", "联合国大会第三委员会"),
        field_line("议题：", "保护网络环境中的儿童"),
        field_line("起草国：", "英国、菲律宾、巴西、卢旺达"),
        field_line("附议国：", "法国、泰国、智利、加纳、约旦、新西兰"),
        organ("大会，", bold=True),
        pre("回顾", "《儿童权利公约》及其关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书，", b=True),
        pre("注意到", f"儿童权利委员会关于与数字环境有关的儿童权利的第25号一般性意见(2021年)，{SP}", b=True),
        pre("深为关切", "「网络欺凌」和网络性剥削案件的数量在新冠疫情期间明显上升。", b=True,
            faults=[F("preambular-end-mark",
                      '"在新冠疫情期间明显上升。" - the preambular clause ends with a full stop; expected «明显上升，» '
                      "(UN-B05, ZH-B02, ZH-B05)")]),
        pre("认识到", f"网络平台的设计会影响儿童的心理健康，{SP}",
            faults=[F("emphasis",
                      '"认识到" - the lead of this preambular clause is not bold while all the other leads are; expected '
                      "«认识到» in bold like the others (UN-B04, ZH-B02)")]),
        pre("强调", "家长、学校和平台企业的共同责任，", b=True),
        op("敦促", f"各会员国将网络性剥削儿童的行为定为刑事犯罪，{SP}并加强执法部门之间的跨境合作；", num=(1, 0), b=True),
        op("呼吁", "网络平台企业：\n(a) 为儿童账户默认启用最高隐私设置；\n(b) 设立方便儿童使用的举报渠道；\n"
           "(c) 定期发布「儿童安全透明度报告」；", num=(1, 0), b=True),
        op("鼓励", f"学校把数字素养和网络安全纳入课程，{SP}教导儿童识别网络诱骗；", num=(1, 0), b=True),
        op("请", f"联合国儿童基金会和国际电信联盟更新《保护上网儿童指南》，{SP}并协助发展中国家加以实施;", num=(1, 0),
           b=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"并协助发展中国家加以实施;" - the operative clause ends with a half-width semicolon; expected '
                     "«加以实施；» (ZH-P01, UN-B09)")]),
        op("邀请", "各会员国分享在年龄验证方面的经验, 同时保护儿童的隐私；", num=(1, 0), b=True,
           faults=[F("half-width-punctuation-in-chinese",
                     '"分享在年龄验证方面的经验, 同时保护儿童的隐私" - a half-width comma inside the Chinese clause; '
                     "expected «经验，同时保护» (ZH-P01)")]),
        op("决定", "在第八十一届会议上继续审议这个问题；", num=(1, 0), b=True,
           faults=[F("operative-end-mark",
                     '"决定在第八十一届会议上继续审议这个问题；" - the last operative clause ends with a semicolon; the '
                     "resolution ends with a full stop: «继续审议这个问题。» (UN-B09, ZH-B03, ZH-B05)")]),
    ])

DRAFTS = [EN01, EN02, EN03, ZH04, ZH05]


def para_text(p: P) -> str:
    return "".join(r.text for r in p.runs)


def check_quotes() -> None:
    """Every "…" quote of a note (pieces split at …) is in its paragraph's text, or is a list label Word shows."""
    for d in DRAFTS:
        labs = labels(d.paras, d.lists)
        for i, p in enumerate(d.paras, 1):
            text = (labs[i - 1] + " " + para_text(p)).replace("\n", " ").replace(NBSP, " ").replace(ZWSP, "")
            for f in p.faults:
                for quote in re.findall(r'"([^"]+)"', f.note):
                    for piece in quote.split("…"):
                        piece = piece.strip(" /")
                        if not piece or re.fullmatch(r"\(?[0-9a-zA-Z]{1,4}[.)]", piece):
                            continue
                        if piece in ("i", "Welcomes", "Urges"):
                            continue
                        assert piece in text or piece.replace(" ", "") in text.replace(" ", ""), \
                            (d.name, i, piece)


def annotations() -> str:
    head = ("# word-blind62: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
            "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md); list labels are the\n"
            "# ones Word shows (computed by make_drafts.labels and checked on the LibreOffice rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name} ({len(d.paras)} paragraphs)")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.lists)), 1):
                text = para_text(p).replace("\n", "⏎")
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:5} {text[:80]} {marks}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    for d in DRAFTS:
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
