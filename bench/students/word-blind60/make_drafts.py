"""Build the drafts of the blind set word-blind60 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, list label as WPS/Word shows it, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Chinese drafts as WPS Office writes them and as text pasted from WeChat articles / web pages arrives in Word: runs
with w:rFonts ... w:hint="eastAsia" (仿宋_GB2312, 方正仿宋_GBK, 宋体, 新細明體; 黑体 for the title), paragraphs with
w:kinsoku / w:snapToGrid / w:adjustRightInd and w:ind w:firstLineChars="200", operative clauses numbered by a WPS list
(level 0 decimal "%1." with w:suff nothing; level 1 "（%2）" chineseCounting or "(%2)" lowerLetter), the heading
block as lines of bold label runs padded with spaces, ideographic spaces (U+3000) for indentation, w:br inside a
clause, non-breaking spaces. python-docx gives the package (its default template); numbering and paragraphs are
written as raw WordprocessingML by the helpers below (written for this set; no import of drafter or another set).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based
index of the w:p in the body (no empty paragraphs, no tables), checked again on the saved file.
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
IDSP = "\u3000"  # ideographic space
NBSP = "\u00a0"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class R:
    text: str  # "\n" inside the text is written as a w:br
    bold: bool = False
    italic: bool = False
    font: str | None = None  # another font than the draft's body font (text pasted from elsewhere)


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
    indent: bool = True  # w:firstLineChars="200" (WPS's first-line indent of two characters)
    title: bool = False  # the title line, 黑体 / bold and larger


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def field_line(label: str, value: str, faults: list[Fault] | None = None) -> P:
    """A heading line: the label (padded with spaces for alignment) in a bold run, the value plain."""
    return P([R(label, bold=True), R(value)], faults or [], indent=False)


def lead(lead_text: str, rest: str, faults: list[Fault] | None = None, num: tuple[int, int] | None = None,
         font: str | None = None, italic: bool = False) -> P:
    return P([R(lead_text, bold=not italic, italic=italic, font=font), R(rest, font=font)], faults or [], num)


def plain(text: str, faults: list[Fault] | None = None, num: tuple[int, int] | None = None, bold: bool = False,
          indent: bool = True, centre: bool = False, title: bool = False) -> P:
    return P([R(text, bold=bold)], faults or [], num, centre=centre, indent=indent, title=title)


# ---------------------------------------------------------------- lists (numbering part)

CHINESE = "零一二三四五六七八九十"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "chineseCounting":
        if n <= 10:
            return CHINESE[n]
        return "十" + CHINESE[n - 10] if n < 20 else CHINESE[n // 10] + "十" + (CHINESE[n % 10] if n % 10 else "")
    raise ValueError(fmt)


@dataclass
class ListDef:
    """One abstractNum with its own w:num (numId = abstractNum id + 1): levels as (numFmt, lvlText, suff)."""
    levels: list[tuple[str, str, str]]


def abstract_xml(aid: int, ld: ListDef) -> str:
    body = ""
    for i, (fmt, text, suff) in enumerate(ld.levels):
        ind = '<w:ind w:left="0" w:firstLineChars="200" w:firstLine="640"/>' if i == 0 else \
            '<w:ind w:left="0" w:firstLineChars="400" w:firstLine="1280"/>'
        body += (f'<w:lvl w:ilvl="{i}" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 + (f'<w:suff w:val="{suff}"/>' if suff else "")
                 + f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr>'
                 '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>')
    return (f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x2F1A3B00 + aid:08X}"/>'
            f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="{0x0D4C1E00 + aid:08X}"/>{body}</w:abstractNum>')


def labels(paras: list[P], lists: list[ListDef]) -> list[str]:
    """The label WPS / Word shows on each paragraph: one counter set per abstractNum (each list here has its own);
    a level's counter restarts when a lower level of the same list is used (w:lvlRestart default)."""
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


# ---------------------------------------------------------------- paragraphs


@dataclass
class Draft:
    name: str
    lang: str  # zh-CN, zh-TW, en-US
    font: str  # body font (East Asian and Latin as WPS writes them for Chinese; eastAsia only for English)
    size: int  # half-points
    lists: list[ListDef]
    paras: list[P]
    title_font: str = "黑体"
    latin: str | None = None  # English drafts: Latin font of the runs


def run_xml(r: R, d: Draft, title: bool) -> str:
    font = r.font or (d.title_font if title else d.font)
    if d.latin and not r.font:
        fonts = f'<w:rFonts w:ascii="{d.latin}" w:hAnsi="{d.latin}" w:eastAsia="{font}" w:cs="{d.latin}" w:hint="eastAsia"/>'
    else:
        fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" w:hint="eastAsia"/>'
    size = d.size + 12 if title else d.size
    rpr = (fonts + ("<w:b/><w:bCs/>" if r.bold or title else "") + ("<w:i/><w:iCs/>" if r.italic else "")
           + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="{d.lang}"/>')
    parts = r.text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in parts)
    return f"<w:r><w:rPr>{rpr}</w:rPr>{inner}</w:r>"


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    ppr += '<w:kinsoku w:val="0"/><w:wordWrap w:val="0"/><w:adjustRightInd w:val="0"/><w:snapToGrid w:val="0"/>'
    ppr += '<w:spacing w:line="360" w:lineRule="auto"/>'
    if p.num:
        pass  # the indent comes from the list level
    elif p.indent:
        ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{d.size * 20}"/>'
    ppr += f'<w:jc w:val="{"center" if p.centre or p.title else "both"}"/>'
    ppr += (f'<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="{d.size}"/></w:rPr>')
    return (f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>" + "".join(run_xml(r, d, p.title) for r in p.runs) + "</w:p>")


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    # A4, the margins of a Chinese government / school template
    pgsz = sect.find(w("pgSz"))
    pgsz.set(w("w"), "11906")
    pgsz.set(w("h"), "16838")
    mar = sect.find(w("pgMar"))
    for k, v in (("top", "2098"), ("bottom", "1984"), ("left", "1587"), ("right", "1474")):
        mar.set(w(k), v)
    sect.append(parse_xml(f'<w:docGrid {NSDECL} w:type="lines" w:linePitch="579" w:charSpace="0"/>'))
    old_grid = sect.findall(w("docGrid"))
    for g in old_grid[:-1]:
        sect.remove(g)
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


# ---------------------------------------------------------------- the drafts

WPS_CN = ListDef([("decimal", "%1.", "nothing"), ("chineseCounting", "（%2）", "nothing")])
WPS_LETTER = ListDef([("decimal", "%1.", "nothing"), ("lowerLetter", "(%2)", "nothing")])
EN_LIST = ListDef([("decimal", "%1.", "space"), ("lowerLetter", "(%2)", "space")])

FS = "仿宋_GB2312"


def organ(text: str, lead_spaces: str = "") -> P:
    runs = ([R(lead_spaces)] if lead_spaces else []) + [R(text, bold=True)]
    return P(runs, indent=False)


def pasted(lead_text: str, rest: str, faults: list[Fault] | None = None) -> P:
    """A clause pasted from a WeChat article: indented with two ideographic spaces typed in the text, no w:ind."""
    return P([R(IDSP * 2), R(lead_text, bold=True), R(rest)], faults or [], indent=False)


ZH01 = Draft(
    "zh-01-wps-fangsong-migrant-children-chinese-subs-restart", "zh-CN", FS, 32,
    [WPS_CN, WPS_CN],
    [
        plain("决议草案", indent=False, title=True),
        field_line("委  员  会：", "联合国大会第三委员会"),
        field_line("议      题：", "保障流动儿童和留守儿童的受教育权利"),
        field_line("起  草  国：", "中国、巴西、南非、印度尼西亚"),
        field_line("附  议  国：", "阿根廷、埃及、墨西哥、泰国、越南、肯尼亚"),
        organ("大会，"),
        lead("回顾", "《世界人权宣言》第二十六条和《儿童权利公约》第二十八条关于人人享有受教育权利的规定，"),
        lead("重申", "2030年可持续发展议程目标4，即确保包容和公平的优质教育，让全民终身享有学习机会，"),
        lead("注意到", "联合国儿童基金会的估计：全世界有数以千万计的儿童随父母在本国境内流动,或因父母外出务工而留在原籍，",
             [F("half-width-punctuation-in-chinese",
                '"随父母在本国境内流动,或因父母外出务工" - a half-width comma inside Chinese text («流动，或因») (ZH-P01)')]),
        lead("深为关切", "许多流动儿童因户籍、住房证明等入学条件而无法在居住地就读公办学校，"),
        lead("认识到", "留守儿童长期缺少父母陪伴，在心理健康和学业方面面临更大风险。",
             [F("preambular-end-mark",
                '"在心理健康和学业方面面临更大风险。" - the preambular clause ends with a full stop «面临更大风险，» '
                "(UN-B05, ZH-B02, ZH-B05)")]),
        lead("欢迎", "一些会员国为随迁子女就近入学和在居住地参加升学考试所作的改革，"),
        lead("促请", "各会员国取消流动儿童在居住地入学的不合理限制，确保其与当地儿童享有同等的入学机会；", num=(1, 0)),
        lead("鼓励", "各会员国为留守儿童提供以下支持：", num=(1, 0)),
        plain("在农村寄宿制学校配备心理辅导教师；", num=(1, 1),
              faults=[F("sub-clause-label",
                        'the WPS list labels the sub-clause "在农村寄宿制学校配备心理辅导教师；" "（一）" (level 2 chineseCounting '
                        '"（%2）"), a Chinese numeral; sub-clauses take letters «(a)» (ZH-B04, UN-B10)')]),
        plain("利用远程通信手段帮助儿童与在外务工的父母保持联系；", num=(1, 1),
              faults=[F("sub-clause-label",
                        'the WPS list labels the sub-clause "利用远程通信手段帮助儿童与在外务工的父母保持联系；" "（二）", a '
                        "Chinese numeral; «(b)» (ZH-B04, UN-B10)")]),
        lead("请", "联合国教育、科学及文化组织汇编各国在流动儿童教育方面的良好做法，并向大会第八十一届会议提交报告；",
             num=(1, 0)),
        lead("呼吁", "国际社会和私营部门为发展中国家农村地区的学校建设提供资金和技术援助；", num=(1, 0)),
        lead("决定", "继续审议这一问题。", num=(2, 0),
             faults=[F("numbering",
                       'the last clause "决定继续审议这一问题。" was typed into a second WPS list, which starts again: it shows '
                       '"1." after clause "4." («5.») (UN-B07, ZH-B03)')]),
    ])

ZH02 = Draft(
    "zh-02-wechat-paste-songti-amr-ideographic-indent-halfwidth-yahei", "zh-CN", "宋体", 24,
    [WPS_LETTER],
    [
        plain("决议草案", indent=False, title=True),
        field_line("委员会：", "世界卫生组织（WHO）"),
        field_line("议" + IDSP + "题：", "应对抗微生物药物耐药性"),
        field_line("起草国：", "英国、荷兰、泰国、加纳"),
        field_line("附议国：", "瑞典、挪威、越南、秘鲁、肯尼亚、智利、斯里兰卡"),
        organ("世界卫生大会，", IDSP * 2),
        pasted("回顾", "第68.7号决议通过的《抗微生物药物耐药性全球行动计划》，"),
        pasted("大家都知道", "，抗生素的滥用和误用正在使越来越多的感染变得难以治疗，",
               [F("wrong-lead-form",
                  '"大家都知道，" - an everyday phrase ("everybody knows") set bold in the lead\'s place, not a preambular '
                  "lead; the clause opens with a lead verb such as «认识到» (UN-B03, ZH-B02, FORMAT.md §2.4)")]),
        pasted("深为关切", "细菌耐药性每年造成数以百万计的死亡，\n其中低收入和中等收入国家承受的负担最重，"),
        pasted("注意到", "世界卫生组织、联合国粮食及农业组织、世界动物卫生组织和联合国环境规划署的“四方”合作，"),
        pasted("强调", "“同一健康”方针对于同时减少人类、动物和环境中的耐药性的重要性，"),
        lead("敦促", "各会员国在2026" + NBSP + "年底前更新本国的抗微生物药物耐药性国家行动计划，并为其实施划拨经费;",
             num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese",
                       '"并为其实施划拨经费;" - the operative clause ends with a half-width semicolon («划拨经费；») '
                       "(ZH-P01, UN-B09)")]),
        lead("请", "世界卫生组织总干事:", num=(1, 0),
             faults=[F("half-width-punctuation-in-chinese",
                       '"请世界卫生组织总干事:" - the chapeau ends with a half-width colon («总干事：») (ZH-P01, UN-B11)')]),
        plain("加强全球抗微生物药物耐药性和使用监测系统（GLASS），协助各国收集和报告数据；", num=(1, 1)),
        plain("在第八十届世界卫生大会上报告本决议的执行情况；", num=(1, 1)),
        lead("鼓励", "各会员国限制在畜牧业中将医学上重要的抗菌药物用于促进动物生长；", num=(1, 0), font="微软雅黑",
             faults=[F("fonts-mixed",
                       'mixed fonts: the clause "鼓励各会员国限制在畜牧业中将医学上重要的抗菌药物……" pasted from a web page '
                       "keeps 微软雅黑 in a body set in «宋体» (MUN-F08, ZPP-03)")]),
        lead("呼吁", "制药企业、学术机构和捐助方加大对新抗生素、诊断工具和疫苗研发的投资，并保障其公平可及；", num=(1, 0)),
        lead("决定", "在第八十一届世界卫生大会上继续审议这一议题。", num=(1, 0)),
    ])

ZH03 = Draft(
    "zh-03-fangzheng-fangsong-sc-small-arms-br-heading-continued-subs", "zh-CN", "方正仿宋_GBK", 32,
    [WPS_LETTER, WPS_LETTER],
    [
        plain("决议草案", indent=False, title=True),
        P([R("委  员  会：", bold=True), R("安全理事会\n"), R("议      题：", bold=True), R("小武器和轻武器的非法转让\n"),
           R("起  草  国：", bold=True), R("法国、日本、塞拉利昂")],
          [F("heading-field-missing",
             'the heading block "委  员  会：安全理事会 / 议      题：小武器和轻武器的非法转让 / 起  草  国：法国、日本、塞拉利昂" '
             "has no 附议国 line («附议国：……») (ZH-H01, MUN-H01)")], indent=False),
        organ("安全理事会，"),
        lead("回顾", "其关于小武器和轻武器问题的第2117(2013)号和第2220(2015)号决议，"),
        lead("重申", "《联合国宪章》赋予安全理事会维护国际和平与安全的首要责任，"),
        lead("严重关切", "小武器和轻武器的非法转让、不稳定积累和滥用助长了武装冲突，并造成大量平民伤亡，"),
        lead("注意到", "《武器贸易条约》和《从各方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》的作用，"),
        lead("认识到", "武器标识、记录保存和追查对于防止武器流入非法市场至关重要，"),
        lead("铭记", "妇女和儿童在武装冲突中受到小武器暴力的特别影响，"),
        lead("促请", "各会员国全面执行《国际追查文书》，对本国生产和进口的武器进行标识和登记；", num=(1, 0)),
        lead("鼓励", "各区域组织在下列方面加强合作：", num=(1, 0)),
        plain("交换关于非法武器转让路线的信息；", num=(2, 1)),
        plain("在边境地区开展联合执法行动；", num=(2, 1)),
        lead("让", "各会员国销毁收缴的多余和非法武器，并公布销毁的数量；", num=(1, 0),
             faults=[F("wrong-lead-form",
                       '"让各会员国销毁……" - the everyday verb "让" ("let") opens the clause in the lead\'s place; an operative '
                       "clause opens with an operative verb such as «促请» (UN-B06, ZH-B03, FORMAT.md §2.4)")]),
        lead("请", "秘书长在其下一次关于小武器的两年期报告中：", num=(1, 0)),
        plain("评估各国执行本决议的情况；", num=(2, 1),
              faults=[F("sub-clause-label",
                        'the sub-clause "评估各国执行本决议的情况；" is on the separate WPS list that lettered the sub-clauses of '
                        'clause 2, which goes on counting: it shows "(c)" as the first sub-clause of clause 4 («(a)») '
                        "(UN-B10, ZH-B04)")]),
        plain("提出加强武器和弹药管理的建议；", num=(2, 1),
              faults=[F("sub-clause-label",
                        'the sub-clause "提出加强武器和弹药管理的建议；" continues the same list and shows "(d)" («(b)») '
                        "(UN-B10, ZH-B04)")]),
        lead("决定", "继续积极处理此案。", num=(1, 0)),
    ])

TW = "新細明體"
ZH04 = Draft(
    "zh-04-traditional-mingliu-ecosoc-long-term-care", "zh-TW", TW, 24,
    [ListDef([("decimal", "%1.", "nothing"), ("lowerLetter", "（%2）", "nothing")])],
    [
        plain("決議草案", indent=False, title=True),
        field_line("委 員 會：", "經濟及社會理事會"),
        field_line("議    題：", "人口高齡化與長期照顧體系"),
        field_line("起 草 國：", "日本、新加坡、德國"),
        field_line("附 議 國：", "韓國、芬蘭、智利、紐西蘭、烏拉圭"),
        organ("經濟及社會理事會，"),
        lead("回顧", "《馬德里老齡問題國際行動計劃》及大會關於老年人權利的各項決議，"),
        lead("注意到", "預計到2050年，全球六十歲以上人口將達到約二十一億，"),
        lead("深為關切", "許多國家的長期照顧服務供給不足，家庭照顧者尤其是婦女承擔了沉重的負擔。",
             [F("preambular-end-mark",
                '"家庭照顧者尤其是婦女承擔了沉重的負擔。" - the preambular clause ends with a full stop «沉重的負擔，» '
                "(UN-B05, ZH-B02, ZH-B05)")]),
        lead("認識到", "社區和居家照顧能使老年人在熟悉的環境中有尊嚴地生活,",
             [F("half-width-punctuation-in-chinese",
                '"有尊嚴地生活," - the preambular clause ends with a half-width comma («生活，») (ZH-P01, UN-B05)')]),
        lead("歡迎", "世界衛生組織牽頭實施的聯合國健康老齡化行動十年（2021—2030年），"),
        lead("鼓勵", "各會員國將長期照顧納入全民健康覆蓋和社會保障體系；", num=(1, 0)),
        lead("促請", "各會員國為家庭照顧者提供：", num=(1, 0)),
        plain("喘息服務和照顧技能培訓；", num=(1, 1)),
        plain("帶薪照顧假或現金津貼；", num=(1, 1)),
        lead("請", "世界衛生組織制定長期照顧服務質量的最低標準，供各國參考；", num=(1, 0)),
        lead("呼籲", "各會員國加強照顧服務人員的職業培訓，改善其薪酬和工作條件；", num=(1, 0)),
        lead("決定", "在2028年屆會上審查本決議的執行情況；", num=(1, 0),
             faults=[F("operative-end-mark",
                       '"在2028年屆會上審查本決議的執行情況；" - the last operative clause ends with a semicolon '
                       "(«執行情況。») (UN-B09, ZH-B03, ZH-B05)")]),
    ], title_font="標楷體")

ZH05 = Draft(
    "zh-05-clean-fangsong-unea-marine-plastics", "zh-CN", FS, 32,
    [WPS_LETTER],
    [
        plain("决议草案", indent=False, title=True),
        field_line("委  员  会：", "联合国环境大会"),
        field_line("议      题：", "终结塑料污染，包括海洋环境中的塑料污染"),
        field_line("起  草  国：", "秘鲁、卢旺达、挪威"),
        field_line("附  议  国：", "日本、印度尼西亚、塞内加尔、厄瓜多尔、斐济"),
        organ("联合国环境大会，"),
        lead("回顾", "其关于海洋垃圾和微塑料的第4/6号和第5/14号决议，"),
        lead("深为关切", "每年有数以百万吨计的塑料废物进入海洋，\n对海洋生物、渔业和沿海社区的生计造成严重危害，"),
        lead("认识到", "塑料污染贯穿塑料的整个生命周期，从生产、设计直到废物管理，"),
        lead("注意到", "许多小岛屿发展中国家缺乏收集和回收塑料废物的基础设施，"),
        lead("欢迎", "为制定一项具有法律约束力的塑料污染国际文书而设立的政府间谈判委员会的工作，"),
        lead("敦促", "各会员国逐步减少一次性塑料制品的生产和使用；", num=(1, 0)),
        lead("鼓励", "各会员国在国家层面采取以下措施：", num=(1, 0)),
        plain("对塑料包装实行生产者延伸责任制度；", num=(1, 1)),
        plain("支持地方政府建设分类收集和回收设施；", num=(1, 1)),
        lead("请", "联合国环境规划署执行主任向发展中国家提供技术援助和能力建设支持；", num=(1, 0)),
        lead("呼吁", "捐助国和国际金融机构为小岛屿发展中国家的废物管理项目提供资金；", num=(1, 0)),
        lead("决定", "在第八届会议上审查本决议的执行情况。", num=(1, 0)),
    ], title_font="方正小标宋简体")

EN06 = Draft(
    "en-06-wps-english-rural-ecommerce-fullwidth-comma-restart", "zh-CN", "宋体", 24,
    [EN_LIST, EN_LIST],
    [
        plain("Draft Resolution 2.1", indent=False, title=True),
        field_line("Committee:" + " " * 5, "General Assembly Second Committee (Economic and Financial)"),
        field_line("Topic:" + " " * 13, "E-commerce for poverty reduction in rural areas"),
        field_line("Sponsors:" + " " * 7, "China, Kenya, Bangladesh"),
        field_line("Signatories:" + " " * 3, "Ethiopia, Viet Nam, Colombia, Nepal, Ghana, Pakistan"),
        P([R("The General Assembly", italic=True), R(",")], indent=False),
        lead("Recalling", " its resolution" + NBSP + "70/1 of 25 September 2015, entitled “Transforming our world: the "
             "2030 Agenda for Sustainable Development”,", italic=True),
        lead("Noting with concern", " that almost half of the world’s rural population still lacks access to the "
             "Internet，", italic=True,
             faults=[F("preambular-end-mark",
                       '"still lacks access to the Internet，" - the preambular clause ends with the full-width comma of '
                       "the Chinese input method («Internet,») (UN-B05, MUN-F04)")]),
        lead("Recognizing", " that e-commerce platforms can connect small farmers and rural enterprises with national and "
             "global markets,", italic=True),
        lead("Aware of", " the lack of logistics, payment services and digital skills in many rural communities,",
             italic=True),
        lead("Welcoming", " the work of the United Nations Conference on Trade and Development (UNCTAD) on e-trade "
             "readiness assessments,", italic=True),
        lead("Encourages", " Member States to extend affordable broadband networks to rural areas;", num=(1, 0),
             italic=True),
        lead("Calls upon", " Member States, in cooperation with the private sector, to:", num=(1, 0), italic=True),
        plain("train rural entrepreneurs in online sales and digital marketing;", num=(1, 1)),
        plain("build rural logistics hubs and delivery points;", num=(1, 1)),
        lead("Invites", " UNCTAD to continue its eTrade for all initiative and to share its assessments with developing "
             "countries;", num=(1, 0), italic=True),
        lead("Requests", " the Secretary-General to report to the General Assembly at its eighty-second session on the "
             "implementation of the present resolution;", num=(2, 0), italic=True,
             faults=[F("numbering",
                       'the clause "Requests the Secretary-General to report …" was typed into a second WPS list, which '
                       'starts again: it shows "1." after clause "3." («4.») (UN-B07, MUN-F05)')]),
        lead("Decides", " to include in the provisional agenda of its eighty-second session, under the item entitled "
             "“Eradication of poverty”, a sub-item entitled “Rural e-commerce and poverty reduction”.", num=(2, 0),
             italic=True,
             faults=[F("numbering",
                       'the last clause "Decides to include in the provisional agenda …", in the same second list, shows '
                       '"2." («5.») (UN-B07, MUN-F05)')]),
    ], title_font="黑体", latin="Times New Roman")

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, EN06]


def annotations() -> str:
    head = ("# word-blind60: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
            "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md); list labels are the\n"
            "# ones WPS / Word shows (computed by make_drafts.labels and checked on the LibreOffice rendering).\n")
    data = {}
    for d in DRAFTS:
        faults = []
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                faults.append({"paragraph": i, "kind": f.kind, "note": f.note})
        data[f"{d.name}.docx"] = {"faults": faults}
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.lists)), 1):
                text = "".join(r.text for r in p.runs).replace("\n", "⏎")
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {lab:6} {text[:70]} {marks}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)], check=True)
        return
    for d in DRAFTS:
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main(sys.argv[1:])
