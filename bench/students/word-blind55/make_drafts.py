"""Build the drafts of the blind set word-blind55 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, number shown, text (breaks marked), faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about PARAGRAPH BOUNDARIES as students break them in Word: a stray Enter inside a Word-numbered clause
(the rest of the sentence becomes the next numbered paragraph), a stray Enter inside a clause whose number is typed
(the rest is a new unnumbered paragraph), two clauses run together in one paragraph, a sub-clause run into its
clause's paragraph, Shift+Enter line breaks (w:br) holding several clauses or sub-clauses in one paragraph, a clause
continued after a page break or a column break inside its paragraph, a clause split by Ctrl+Enter (page break, then
a new paragraph), an empty numbered paragraph, several blank paragraphs, a heading field whose value is in the next
paragraph, a lead alone in its paragraph, and in Chinese a clause broken after 《 or before 》 and 。 inside a clause.

python-docx gives the package (its default template); numbering and paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; no import of drafter or of another set). Faults are
marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based index of the
w:p in the body, EMPTY PARAGRAPHS INCLUDED (no tables), checked again on the saved file.
"""

from __future__ import annotations

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
NUM_ID = 7  # the draft's one list: level 0 "1.", level 1 "(a)"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class T:
    """A run of text; lead=True: the lead phrase / organ line, emphasised (italic in English, bold in Chinese)."""
    text: str
    lead: bool = False


@dataclass
class BR:
    """A break inside the paragraph: "line" (Shift+Enter), "page" (Ctrl+Enter), "column"."""
    kind: str = "line"


@dataclass
class P:
    parts: list[T | BR]
    level: int | None = None  # Word numbering: None (not in the list), 0 (clause), 1 (sub-clause)
    faults: list[Fault] = field(default_factory=list)
    centred: bool = False


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def L(text: str) -> T:
    return T(text, lead=True)


def para(*parts: T | BR | str, num: int | None = None, faults: list[Fault] | None = None,
         centred: bool = False) -> P:
    items = [T(p) if isinstance(p, str) else p for p in parts]
    return P(items, num, faults or [], centred)


def empty(num: int | None = None, faults: list[Fault] | None = None) -> P:
    return P([], num, faults or [])


# ---------------------------------------------------------------- package


def setup(doc: docx.Document, zh: bool) -> None:
    """The body font in Normal (Times New Roman 12 pt, 宋体 for East Asian text), 6 pt after each paragraph, and the
    list the Word-numbered drafts use."""
    normal = doc.styles["Normal"].element
    for child in list(normal):
        if child.tag in (w("pPr"), w("rPr")):
            normal.remove(child)
    normal.append(parse_xml(f'<w:pPr {NSDECL}><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>'))
    normal.append(parse_xml(
        f'<w:rPr {NSDECL}><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" '
        f'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
        + ('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' if zh else '<w:lang w:val="en-GB"/>') + "</w:rPr>"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    levels = [("decimal", "%1.", 720, 360), ("lowerLetter", "(%2)", 1440, 432)]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>'
        for i, (fmt, text, left, hang) in enumerate(levels))
    numbering.append(parse_xml(f'<w:abstractNum {NSDECL} w:abstractNumId="3"><w:multiLevelType '
                               f'w:val="hybridMultilevel"/>{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{NUM_ID}"><w:abstractNumId w:val="3"/></w:num>'))


def run_xml(part: T | BR, zh: bool) -> str:
    if isinstance(part, BR):
        kind = "" if part.kind == "line" else f' w:type="{part.kind}"'
        return f"<w:r><w:br{kind}/></w:r>"
    rpr = ("<w:rPr><w:b/><w:bCs/></w:rPr>" if zh else "<w:rPr><w:i/><w:iCs/></w:rPr>") if part.lead else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part.text)}</w:t></w:r>'


def paragraph_xml(p: P, zh: bool) -> str:
    ppr = ""
    if p.level is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{p.level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
    if p.centred:
        ppr += '<w:jc w:val="center"/>'
    return (f"<w:p {NSDECL}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + "".join(run_xml(part, zh) for part in p.parts) + "</w:p>")


def build(name: str, paragraphs: list[P], zh: bool) -> Path:
    doc = docx.Document()
    setup(doc, zh)
    body = doc.element.body
    sect = body.find(w("sectPr"))
    for p in paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p, zh)))
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(root.find(w("body")).findall(w("p")))
    assert count == len(paragraphs), (name, count, len(paragraphs))
    return out


def shown(paragraphs: list[P]) -> list[str]:
    """The number Word shows in front of each paragraph (level 0 "1.", level 1 "(a)"), "" when none."""
    labels, n, sub = [], 0, 0
    for p in paragraphs:
        if p.level == 0:
            n, sub = n + 1, 0
            labels.append(f"{n}.")
        elif p.level == 1:
            sub += 1
            labels.append(f"({chr(96 + sub)})")
        else:
            labels.append("")
    return labels


def text_of(p: P) -> str:
    return "".join(part.text if isinstance(part, T) else {"line": "⏎", "page": "[page]", "column": "[col]"}[part.kind]
                   for part in p.parts)


# ---------------------------------------------------------------- the drafts

DRAFTS: dict[str, tuple[bool, list[P]]] = {}

# en-w01: a UNA-USA heading, Word-numbered operative clauses (one list, numId 7). "Sponsors:" with the list of
# States in the next paragraph; a blank paragraph between preamble and operative part; a stray Enter in clause 2
# (the rest shows "3." and every later number is one too high); an empty numbered paragraph ("5.").
DRAFTS["en-w01-fisheries-word-list-stray-enter-empty-number.docx"] = (False, [
    para("Draft Resolution 2.4", centred=True),
    para("Committee: Second Committee (Economic and Financial)"),
    para("Topic: Small-scale fisheries and food security"),
    para("Sponsors:"),
    para("Chile, Ghana, Indonesia, Norway and Senegal"),
    para("Signatories: Bangladesh, Ecuador, Fiji, Iceland, Kenya, Mauritania, Peru, Philippines, Sri Lanka, Viet Nam"),
    para(L("The General Assembly,")),
    para(L("Recalling"), " the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries endorsed by the "
         "Committee on Fisheries in 2014,"),
    para(L("Noting with concern"), " that illegal, unreported and unregulated fishing deprives coastal communities of "
         "an important source of income and protein,"),
    para(L("Recognizing"), " that women carry out most of the processing and trading of fish in many coastal "
         "communities,"),
    para(L("Bearing in mind"), " target 14.b of the Sustainable Development Goals on access for small-scale artisanal "
         "fishers to marine resources and markets,"),
    empty(),
    para(L("Encourages"), " Member States to recognize the tenure rights of small-scale fishing communities in "
         "national legislation;", num=0),
    para(L("Calls upon"), " regional fisheries management organizations to share vessel monitoring data with coastal",
         num=0, faults=[F("operative-end-mark",
             'operative clause 2 "Calls upon regional fisheries management organizations to share vessel monitoring '
             'data with coastal" stops in mid-sentence: a stray Enter broke it, and the rest of the sentence is the '
             'next paragraph; expected one paragraph «…with coastal States that lack the means to patrol their '
             'exclusive economic zones;» (UN-B09, MUN-F05)')]),
    para("States that lack the means to patrol their exclusive economic zones;", num=0, faults=[F("numbering",
         'the rest of clause 2, "States that lack the means to patrol their exclusive economic zones;", is a paragraph '
         'of its own in the numbered list, so Word shows it as clause "3." (with no lead) and every later clause one '
         'number too high; expected no number: it belongs to clause «2.» (UN-B07, MUN-F05)')]),
    para(L("Requests"), " the Food and Agriculture Organization of the United Nations to expand its training on "
         "post-harvest handling for women fish processors;", num=0),
    empty(num=0, faults=[F("numbering",
         'an empty paragraph in the numbered list shows the number "5." with no text after it, and the clauses after '
         'it are numbered one further off; expected no empty numbered paragraph: after «3. Requests …» comes «4. '
         'Invites …» (UN-B07)')]),
    para(L("Invites"), " development banks to offer small loans for cold storage and ice plants at landing sites;",
         num=0),
    para(L("Urges"), " Member States to include fishers' organizations in the design of marine protected areas, "
         "through:", num=0),
    para("consultations held in local languages before any closure of fishing grounds;", num=1),
    para("compensation for households that lose access to traditional fishing areas;", num=1),
    para(L("Emphasizes"), " the need for reliable data on catches by small-scale fleets, which are often missing from "
         "national statistics;", num=0),
    para(L("Further requests"), " the Secretary-General to report on the implementation of the present resolution to "
         "the General Assembly at its eighty-second session.", num=0),
])

# en-w02: a THIMUN heading, numbers typed by hand. A lead alone in its paragraph ("Recalling"); a page break inside
# a preambular clause (one paragraph: not a fault); a stray Enter in typed clause 2 (the rest unnumbered); sub-clause
# (a) run into its clause's paragraph; clauses 4 and 5 run together in one paragraph.
DRAFTS["en-w02-maternal-health-typed-numbers-lead-alone-run-together.docx"] = (False, [
    para("FORUM: Social, Humanitarian and Cultural Committee"),
    para("QUESTION OF: Maternal health care in humanitarian crises"),
    para("SUBMITTED BY: Rwanda"),
    para("CO-SUBMITTERS: Belgium, Canada, Jordan, Nepal, Uruguay"),
    para(L("THE GENERAL ASSEMBLY,")),
    para(L("Alarmed"), " that most maternal deaths in the world occur in countries affected by conflict or natural "
         "disasters,"),
    para(L("Recalling"), faults=[F("preambular-end-mark",
         'the lead "Recalling" stands alone in its paragraph with no mark after it, and the clause goes on in the next '
         'paragraph ("the Minimum Initial Service Package …"): an Enter after the lead broke the clause in two; '
         'expected one paragraph «Recalling the Minimum Initial Service Package for sexual and reproductive health in '
         'crisis situations,» (UN-B05, MUN-F04)')]),
    para("the Minimum Initial Service Package for sexual and reproductive health in crisis situations,"),
    para(L("Fully aware"), " that damaged roads and insecurity keep pregnant women from reaching health facilities in time,"),
    para(L("Commending"), " the midwives and community health workers who continue to work in camps and besieged "
         "towns,"),
    para(L("Deeply concerned"), " by attacks on hospitals,", BR("page"), "maternity wards and ambulances in armed "
         "conflicts,"),
    para("1. ", L("Calls upon"), " all parties to armed conflicts to respect and protect health workers, health "
         "facilities and their means of transport;"),
    para("2. ", L("Urges"), " Member States to include emergency obstetric care in their national disaster "
         "preparedness plans, with", faults=[F("operative-end-mark",
             'clause 2 "Urges Member States to include emergency obstetric care in their national disaster preparedness '
             'plans, with" stops in mid-sentence with no end mark: a stray Enter broke it, and "trained staff and '
             'supplies stored near the areas most at risk;" follows as an unnumbered paragraph; expected one paragraph '
             '«2. Urges … plans, with trained staff and supplies stored near the areas most at risk;» (UN-B09, '
             'MUN-F05)')]),
    para("trained staff and supplies stored near the areas most at risk;"),
    para("3. ", L("Recommends"), " that the World Health Organization and the United Nations Population Fund: (a) "
         "deliver clean delivery kits to every registered camp within the first week of a crisis;", faults=[
             F("sub-clause-label",
               'sub-clause (a) "(a) deliver clean delivery kits to every registered camp …" is run into the paragraph of '
               'clause 3 after its colon, while (b) and (c) stand on paragraphs of their own; expected «3. Recommends '
               '… Population Fund:» with «(a) deliver clean delivery kits …;» as a paragraph of its own (UN-B10, '
               'UN-B11, MUN-F06)')]),
    para("(b) train community health workers to recognize danger signs in pregnancy;"),
    para("(c) set up referral systems that use mobile phones where roads are closed;"),
    para("4. ", L("Encourages"), " donors to fund maternal health services for at least three years after an "
         "emergency, so that services do not stop when media attention moves on; 5. ", L("Invites"),
         " non-governmental organizations to report gaps in the supply of blood and oxytocin to the health cluster "
         "coordinators;", faults=[F("numbering",
             'clauses 4 and 5 are run together in one paragraph: "…when media attention moves on; 5. Invites '
             'non-governmental organizations …" (the Enter before "5." is missing); expected «5. Invites …» to start '
             'a paragraph of its own (UN-B07, MUN-F05)')]),
    para("6. ", L("Requests"), " the Secretary-General to include data on maternal deaths in his annual report on the "
         "protection of civilians in armed conflict;"),
    para("7. ", L("Expresses its hope"), " that no woman will have to give birth without skilled care, whatever the "
         "crisis she lives through."),
])

# en-w03: a UNA-USA heading with "Signatories:" and its States in the next paragraph; two preambular clauses held
# in one paragraph by a Shift+Enter (they look like two paragraphs: not a fault); three blank paragraphs between
# preambular clauses (not a fault); Word-numbered clauses: a lead alone in numbered clause 1 (the rest shows "2."),
# a second operative clause after a Shift+Enter inside numbered clause 3 (it shows no number), sub-clauses typed
# "(a)" "(b)" after Shift+Enter inside their clause's paragraph (they look right: not a fault), a column break
# inside clause 5 (one paragraph: not a fault).
DRAFTS["en-w03-journalists-shift-enter-clauses-and-subs-column-break.docx"] = (False, [
    para("Committee: Social, Humanitarian and Cultural Committee (SOCHUM)"),
    para("Topic: The safety of journalists and the issue of impunity"),
    para("Sponsors: Costa Rica, Lithuania, Mexico and Tunisia"),
    para("Signatories:"),
    para("Argentina, Austria, Ghana, Greece, Mongolia, Netherlands, Senegal, Sweden"),
    para(L("The General Assembly,")),
    para(L("Recalling"), " its resolution 68/163 of 18 December 2013, which proclaimed 2 November the International "
         "Day to End Impunity for Crimes against Journalists,", BR(), L("Noting"), " that in most cases in which a "
         "journalist was killed nobody has been convicted,"),
    para(L("Deeply concerned"), " that women journalists face online harassment and threats of sexual violence "
         "because of their work,"),
    empty(),
    empty(),
    empty(),
    para(L("Recognizing"), " the role of local reporters, who often work without the protection that international "
         "media give to their own staff,"),
    para(L("Reaffirms"), num=0, faults=[F("operative-end-mark",
         'numbered clause 1 is the lead "Reaffirms" alone, with no text and no end mark: an Enter after the lead put '
         'the rest of the clause ("the right of everyone to freedom of expression …") in the next numbered paragraph; '
         'expected one paragraph «1. Reaffirms the right of everyone to freedom of expression, which includes the '
         'freedom to seek, receive and impart information;» (UN-B09, MUN-F05)')]),
    para("the right of everyone to freedom of expression, which includes the freedom to seek, receive and impart "
         "information;", num=0, faults=[F("numbering",
             'the rest of clause 1, "the right of everyone to freedom of expression …;", is a numbered paragraph of '
             'its own, so Word shows it as clause "2." with no lead, and every later clause is numbered one too '
             'high; expected it joined to «1. Reaffirms …» (UN-B07)')]),
    para(L("Urges"), " Member States to investigate every attack on journalists promptly, independently and "
         "effectively;", num=0),
    para(L("Calls upon"), " States to release journalists who are detained arbitrarily because of their reporting;",
         BR(), L("Encourages"), " media organizations to provide safety training and insurance to freelance "
         "journalists;", num=0, faults=[F("numbering",
             'the operative clause "Encourages media organizations to provide safety training and insurance to '
             'freelance journalists;" was typed after a line break (Shift+Enter) inside numbered clause "4. Calls upon '
             '…", so it shows no number of its own; expected it as a numbered paragraph «4. Encourages …» (UN-B07, '
             'MUN-F05)')]),
    para(L("Invites"), " Member States to set up national mechanisms for the protection of journalists, which "
         "should:", BR(), "(a) assess requests for protection within forty-eight hours;", BR(),
         "(b) include representatives of journalists' associations;", num=0),
    para(L("Requests"), " the United Nations Educational, Scientific and Cultural Organization to continue",
         BR("column"), "its reporting on the judicial follow-up to killings of journalists;", num=0),
    para(L("Stresses"), " that laws on defamation must not be used to silence journalists;", num=0),
    para(L("Further requests"), " the Secretary-General to submit a report on the safety of journalists to the "
         "General Assembly at its eighty-first session.", num=0),
])

# zh-w04: a cn-mun heading, numbers typed by hand. "起草国：" with its States in the next paragraph; a preambular
# clause broken after 《; 。 inside a preambular clause; clause 2 broken before 》; clauses 3 and 4 in one paragraph;
# the lead of clause 6 alone in its paragraph.
DRAFTS["zh-w04-marine-plastics-typed-numbers-broken-at-book-marks.docx"] = (True, [
    para("决议草案", centred=True),
    para("委员会：经济及金融委员会"),
    para("议题：海洋塑料污染的治理"),
    para("起草国："),
    para("冰岛、菲律宾、挪威、塞内加尔、智利"),
    para("附议国：澳大利亚、巴西、秘鲁、法国、肯尼亚、新西兰、印度尼西亚"),
    para("草案编号：2.3"),
    para(L("大会，")),
    para(L("回顾"), "联合国环境大会2022年3月2日第5/14号决议决定拟订一项具有法律约束力的塑料污染问题国际文书，"),
    para(L("认识到"), "每年有大量塑料垃圾经河流进入海洋，危害海洋生物和沿海社区的生计，"),
    para(L("重申"), "《", faults=[F("preambular-end-mark",
         '序言性条款"重申《"在书名号的左半边之后就断开了，没有句末标点，条约名称"联合国海洋法公约》……"在下一段：'
         '误按回车把一个条款分成两段；应为一段 «重申《联合国海洋法公约》关于保护和保全海洋环境的各项义务，» '
         '(UN-B05, ZH-B02, ZH-P01)')]),
    para("联合国海洋法公约》关于保护和保全海洋环境的各项义务，"),
    para(L("注意到"), "遗失和废弃的渔具是海洋塑料垃圾的重要来源之一。许多发展中国家缺乏回收废弃渔具的设施，",
         faults=[F("full-stop-inside-clause",
             '序言性条款中间出现句号："重要来源之一。许多发展中国家缺乏回收废弃渔具的设施，"；决议草案是一个长句，'
             '只有最后一条以句号结束；应为 «重要来源之一，许多发展中国家……» (ZH-B05, MUN-F05)')]),
    para(L("关切地注意到"), "在海产品和饮用水中都已检出微塑料，"),
    para("1. ", L("鼓励"), "各会员国逐步减少一次性塑料制品的生产和使用；"),
    para("2. ", L("敦促"), "各国批准并执行《控制危险废料越境转移及其处置巴塞尔公约", faults=[F("operative-end-mark",
         '行动性条款2"敦促各国批准并执行《控制危险废料越境转移及其处置巴塞尔公约"在书名号的右半边之前断开，没有句末'
         '标点，"》关于塑料废物的修正案；"在下一段；应为一段 «2. 敦促各国批准并执行《控制危险废料越境转移及其处置'
         '巴塞尔公约》关于塑料废物的修正案；» (UN-B09, ZH-B03)')]),
    para("》关于塑料废物的修正案；"),
    para("3. ", L("请"), "联合国环境规划署协助发展中国家建立废弃渔具回收系统；4. ", L("呼吁"),
         "区域渔业管理组织对渔具进行标记，以便追溯其来源；", faults=[F("numbering",
             '行动性条款3和4挤在同一段里："……建立废弃渔具回收系统；4. 呼吁区域渔业管理组织……"（"4."之前少按了一次回车）；'
             '应把 «4. 呼吁区域渔业管理组织对渔具进行标记，以便追溯其来源；» 另起一段 (UN-B07, ZH-B03)')]),
    para("5. ", L("邀请"), "私营部门为海滩清理和塑料回收设施提供资金；"),
    para("6. ", L("支持"), faults=[F("operative-end-mark",
         '行动性条款6只有编号和引导词"6. 支持"，没有正文和句末标点，正文"各国开展公众宣传……"在下一段；应为一段 '
         '«6. 支持各国开展公众宣传，提高公众对塑料污染危害的认识；» (UN-B09, ZH-B03)')]),
    para("各国开展公众宣传，提高公众对塑料污染危害的认识；"),
    para("7. ", L("还请"), "秘书长向大会第八十一届会议报告本决议的执行情况。"),
])

# zh-w05: a cn-mun heading, Word-numbered operative clauses. "附议国：" with its States in the next paragraph; a
# preambular clause split by Ctrl+Enter (a page break, then a new paragraph); a blank paragraph before the operative
# part; a stray Enter in numbered clause 2 (the rest shows "3."); sub-clauses (a)(b) typed after Shift+Enter inside
# their clause (not a fault); an empty numbered paragraph; 。 inside an operative clause.
DRAFTS["zh-w05-refugee-education-word-list-ctrl-enter-empty-number.docx"] = (True, [
    para("决议草案", centred=True),
    para("委员会：社会、人道主义和文化委员会"),
    para("议题：难民儿童的受教育权"),
    para("起草国：德国、哥伦比亚、乌干达、约旦"),
    para("附议国："),
    para("爱尔兰、巴基斯坦、厄瓜多尔、肯尼亚、黎巴嫩、土耳其"),
    para("草案编号：3.1"),
    para(L("大会，")),
    para(L("回顾"), "《儿童权利公约》第二十八条关于儿童受教育权利的规定，"),
    para(L("深为关切"), "全世界约有一半的学龄难民儿童", BR("page"), faults=[F("preambular-end-mark",
         '序言性条款"深为关切全世界约有一半的学龄难民儿童"后面插入了分页符（Ctrl+Enter），条款在句子中间断开，没有句末'
         '标点，"没有机会接受正规教育，"在下一页另起一段；应为一段 «深为关切全世界约有一半的学龄难民儿童没有机会接受'
         '正规教育，» (UN-B05, ZH-B02)')]),
    para("没有机会接受正规教育，"),
    para(L("认识到"), "收容国的学校往往已经人满为患，教师和教材严重不足，"),
    para(L("欢迎"), "《难民问题全球契约》中关于扩大难民受教育机会的承诺，"),
    empty(),
    para(L("鼓励"), "收容国将难民儿童纳入国家教育系统，使他们与本国学生在同一学校就读；", num=0),
    para(L("敦促"), "捐助国为难民教育提供多年期、可预测的资金，并", num=0, faults=[F("operative-end-mark",
         '行动性条款2"敦促捐助国为难民教育提供多年期、可预测的资金，并"在"并"字之后断开，没有句末标点：误按回车，'
         '句子的其余部分"优先支持中学教育和女童教育；"成了下一段；应为一段 «2. 敦促捐助国……资金，并优先支持中学教育和'
         '女童教育；» (UN-B09, ZH-B03)')]),
    para("优先支持中学教育和女童教育；", num=0, faults=[F("numbering",
         '条款2的后半句"优先支持中学教育和女童教育；"在编号列表中自成一段，Word 给它编号"3."（没有引导词），其后各条的'
         '编号都多了一；应无编号，属于条款 «2.» (UN-B07, ZH-B03)')]),
    para(L("请"), "各会员国承认难民教师的资格，并为他们提供培训，包括：", BR(),
         "(a) 开设语言课程，帮助难民教师掌握收容国的教学语言；", BR(), "(b) 简化资格认证手续；", num=0),
    empty(num=0, faults=[F("numbering",
         '编号列表中的一个空段落显示编号"5."，后面没有任何文字，其后的条款编号又多了一；应删除这个空的编号段落，'
         '«4. 呼吁……» 紧接 «3. 请……» (UN-B07)')]),
    para(L("呼吁"), "各国保障难民儿童获得出生登记和身份证件，以免他们因缺少证件而无法入学。这对无人陪伴的儿童尤为"
         "重要；", num=0, faults=[F("full-stop-inside-clause",
             '行动性条款中间出现句号："……而无法入学。这对无人陪伴的儿童尤为重要；"；只有最后一条以句号结束；应为 '
             '«……而无法入学，这对无人陪伴的儿童尤为重要；» (ZH-B05, UN-B09)')]),
    para(L("还请"), "联合国难民事务高级专员在其年度报告中列入难民儿童入学情况的数据。", num=0),
])


# zh-w06: a cn-mun heading, numbers typed by hand. "议题：" with the topic in the next paragraph; two blank
# paragraphs between preambular clauses (not a fault); clauses 1-3 typed in one paragraph separated by Shift+Enter,
# each with its own typed number (they look like three paragraphs: not a fault); a column break inside clause 4
# (one paragraph: not a fault); sub-clause (a) run into the paragraph of clause 5; a stray Enter in typed clause 6
# (the rest is an unnumbered paragraph).
DRAFTS["zh-w06-mine-action-typed-clauses-shift-enter-sub-run-in.docx"] = (True, [
    para("决议草案", centred=True),
    para("委员会：特别政治和非殖民化委员会"),
    para("议题："),
    para("协助排雷行动"),
    para("起草国：柬埔寨、克罗地亚、莫桑比克"),
    para("附议国：安哥拉、波斯尼亚和黑塞哥维那、哥伦比亚、老挝、瑞士、乌克兰"),
    para("草案编号：4.2"),
    para(L("大会，")),
    para(L("回顾"), "其以往关于协助排雷行动的各项决议，"),
    para(L("铭记"), "《禁止杀伤人员地雷公约》所规定的各项义务，"),
    empty(),
    empty(),
    para(L("深为关切"), "地雷和战争遗留爆炸物每年仍造成数千人伤亡，其中许多是儿童，"),
    para(L("认识到"), "排雷是恢复农业生产和让流离失所者安全返乡的前提，"),
    para("1. ", L("敦促"), "受影响国家将排雷纳入国家发展计划；", BR(), "2. ", L("鼓励"),
         "捐助国为受害者援助提供长期资金；", BR(), "3. ", L("请"), "联合国排雷行动处协调各机构的排雷工作；"),
    para("4. ", L("呼吁"), "各国向联合国排雷行动处提供", BR("column"), "雷区分布的最新数据；"),
    para("5. ", L("促请"), "各国为地雷幸存者提供：(a) 紧急医疗救助和康复服务；", faults=[F("sub-clause-label",
         '分项(a)"(a) 紧急医疗救助和康复服务；"接在条款5的冒号之后，挤在条款5的同一段里，而(b)另起一段；应为 '
         '«5. 促请各国为地雷幸存者提供：» 之后另起一段 «(a) 紧急医疗救助和康复服务；» (UN-B10, UN-B11, ZH-B04)')]),
    para("(b) 心理支持和职业培训；"),
    para("6. ", L("强调"), "必须保障排雷人员的安全，各方应", faults=[F("operative-end-mark",
         '行动性条款6"强调必须保障排雷人员的安全，各方应"在句子中间断开，没有句末标点：误按回车，"避免在已清除的地区'
         '重新布雷；"成了没有编号的下一段；应为一段 «6. 强调必须保障排雷人员的安全，各方应避免在已清除的地区重新'
         '布雷；» (UN-B09, ZH-B03)')]),
    para("避免在已清除的地区重新布雷；"),
    para("7. ", L("还请"), "秘书长向大会第八十二届会议提交关于协助排雷行动的报告。"),
])


# ---------------------------------------------------------------- main


HEADER = ("# word-blind55: faults per body paragraph (1-based index of w:p, empty paragraphs included), written by\n"
          "# make_drafts.py before any run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")


def write_all() -> None:
    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for name, (zh, paragraphs) in DRAFTS.items():
        build(name, paragraphs, zh)
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paragraphs, 1) for f in p.faults]
        annotations[name] = {"faults": faults}
    text = yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(HEADER + text, encoding="utf-8")


def list_all() -> None:
    for name, (_zh, paragraphs) in DRAFTS.items():
        print(f"== {name} ({len(paragraphs)} paragraphs, {sum(len(p.faults) for p in paragraphs)} faults)")
        for i, (p, label) in enumerate(zip(paragraphs, shown(paragraphs)), 1):
            marks = " ".join(f"<{f.kind}>" for f in p.faults)
            print(f"{i:3} {label:5} {text_of(p)[:110]} {marks}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        list_all()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        write_all()
