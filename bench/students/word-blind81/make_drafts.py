"""Build the drafts of the blind set word-blind81 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, the label Word shows, text, fault marks
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese drafts (profile cn-mun) that delegates wrote first in English and then translated in the same Word file:
the Chinese text keeps the English document's lists (one w:abstractNum with decimal "%1." / lowerLetter "%2." /
lowerRoman "%3." levels; a second list whose levels are "%1)" for the items the English draft numbered that way; a
list that Word restarts, w:num with a w:lvlOverride/w:startOverride), its Normal style (Times New Roman, w:lang
en-US), runs in Times New Roman with no w:eastAsia (Word shows the Chinese through the theme's East Asian font, 宋体
for zh-CN) or with w:eastAsia="宋体" on some runs only, an English heading label or lead left untranslated here and
there, half-width punctuation the translation kept.

python-docx gives the package; numbering and paragraphs are raw WordprocessingML written here (no import of drafter
or of another set).  Faults are marked F(kind, note) beside their paragraph.  Paragraph number = 1-based index of the
w:p among all w:p of the body, checked again on the saved file.
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
NS = f'xmlns:w="{W_NS}"'
TNR = "Times New Roman"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class R:
    text: str
    b: bool = False
    u: bool = False
    i: bool = False
    ea: str | None = None  # this run's own w:eastAsia


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    kind: str = "body"  # title, head, organ, pre, op, sub
    ea: str | None = None  # w:eastAsia of the runs (None: not written, the theme's font shows)


# the English draft's list: (numFmt, lvlText) per level
ENG = [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")]
PAREN = [("decimal", "%1)"), ("lowerLetter", "%2)"), ("lowerRoman", "%3)")]


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
    raise ValueError(fmt)


@dataclass
class Draft:
    name: str
    items: list[P]
    lists: list[list[tuple[str, str]]]  # abstractNums
    nums: list[tuple[int, int | None]]  # numId-1 -> (abstractNum index, startOverride of level 0 or None)
    ea: str | None = None  # the draft's usual w:eastAsia on runs (None: not written)


def labels(d: Draft) -> list[str]:
    """The label Word shows: numIds sharing an abstractNum share its counters unless a startOverride restarts them."""
    counters: dict[int, list[int]] = {}
    started: set[int] = set()
    out = []
    for p in d.items:
        if p.num is None:
            out.append("")
            continue
        nid, lvl = p.num
        absn, override = d.nums[nid - 1]
        c = counters.setdefault(absn, [0, 0, 0])
        if override is not None and nid not in started:
            c[0], c[1], c[2] = override - 1, 0, 0
        started.add(nid)
        c[lvl] += 1
        for j in range(lvl + 1, 3):
            c[j] = 0
        levels = d.lists[absn]
        text = levels[lvl][1]
        for j in range(3):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), levels[j][0]))
        out.append(text)
    return out


def rpr(d: Draft, p: P, r: R) -> str:
    ea = r.ea or (p.ea if p.ea is not None else d.ea)
    if p.kind == "title":
        fonts = f'<w:rFonts w:ascii="{TNR}" w:hAnsi="{TNR}" w:eastAsia="黑体"/>'
    elif ea:
        fonts = f'<w:rFonts w:ascii="{TNR}" w:hAnsi="{TNR}" w:eastAsia="{ea}"/>'
    else:
        fonts = f'<w:rFonts w:ascii="{TNR}" w:hAnsi="{TNR}"/>'
    size = 32 if p.kind == "title" else 24
    return (fonts + ("<w:b/><w:bCs/>" if r.b or p.kind == "title" else "") + ("<w:i/><w:iCs/>" if r.i else "")
            + ('<w:u w:val="single"/>' if r.u else "") + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            + '<w:lang w:val="en-US"/>')


def para_xml(p: P, d: Draft) -> str:
    ppr = ""
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    ppr += '<w:spacing w:after="120" w:line="360" w:lineRule="auto"/>'
    body = ""
    for r in p.runs:
        if r.text:
            body += f'<w:r><w:rPr>{rpr(d, p, r)}</w:rPr><w:t xml:space="preserve">{escape(r.text)}</w:t></w:r>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def build(d: Draft) -> Path:
    doc = docx.Document()
    # the English document's Normal style: Times New Roman, en-US; Word on a Chinese system: themeFontLang zh-CN
    normal = doc.styles["Normal"].element
    normal.get_or_add_rPr().append(parse_xml(
        f'<w:rFonts {NS} w:ascii="{TNR}" w:hAnsi="{TNR}" w:cs="{TNR}"/>'))
    settings = doc.settings.element
    for tfl in settings.findall(w("themeFontLang")):
        tfl.set(w("eastAsia"), "zh-CN")
    body = doc.element.body
    for child in list(body):
        if child.tag != w("sectPr"):
            body.remove(child)
    sect = body.find(w("sectPr"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, levels in enumerate(d.lists):
        lv = ""
        for j, (fmt, text) in enumerate(levels):
            ind = f'<w:ind w:left="{360 * (j + 1)}" w:hanging="360"/>'
            lv += (f'<w:lvl w:ilvl="{j}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr></w:lvl>')
        numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{i}"><w:nsid w:val="5B{i:02d}2E4D"/>'
                                   f'<w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>'))
    for i, (absn, override) in enumerate(d.nums):
        extra = ""
        if override is not None:
            extra = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{i + 1}"><w:abstractNumId w:val="{absn}"/>{extra}</w:num>'))
    for item in d.items:
        sect.addprevious(parse_xml(para_xml(item, d)))
    doc.core_properties.author = "delegate"
    doc.core_properties.language = "en-US"
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


def title() -> P:
    return P([R("决议草案")], kind="title")


def head(text: str, faults: list[Fault] | None = None) -> P:
    return P([R(text)], faults or [], kind="head")


def organ(text: str) -> P:
    return P([R(text)], kind="organ")


class Leads:
    """Clause makers for one draft: its lead emphasis ("b", "u" or "i")."""

    def __init__(self, style: str, lead_ea: str | None = None) -> None:
        self.style = style
        self.lead_ea = lead_ea  # w:eastAsia written on the lead's run only

    def _runs(self, lead: str, rest: str) -> list[R]:
        on = {self.style: True}
        return [R(lead, ea=self.lead_ea, **on), R(rest)]

    def pre(self, lead: str, rest: str, faults: list[Fault] | None = None, *, ea: str | None = None) -> P:
        return P(self._runs(lead, rest), faults or [], None, kind="pre", ea=ea)

    def op(self, lead: str, rest: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 0),
           ea: str | None = None) -> P:
        return P(self._runs(lead, rest), faults or [], num, kind="op", ea=ea)

    @staticmethod
    def sub(text: str, faults: list[Fault] | None = None, *, num: tuple[int, int] = (1, 1),
            ea: str | None = None) -> P:
        return P([R(text)], faults or [], num, kind="sub", ea=ea)


# 1. GA Second Committee, pollinators; leads bold; runs Times New Roman with no w:eastAsia (the theme's 宋体 shows);
#    the English label "Sponsors:" left; the list restarted at clause 4 (Word's "Restart at 1" on the pasted clauses)
L = Leads("b")
ZH01 = Draft(
    "zh-01-ga2-pollinators-sponsors-label-english-list-restarts",
    [
        title(),
        head("委员会：联合国大会第二委员会"),
        head("议题：保护传粉昆虫，促进粮食安全"),
        head("Sponsors：荷兰、巴西、肯尼亚、新西兰",
             [F("other", 'heading field name in English "Sponsors：" above a Chinese body («起草国：») (ZH-H01)')]),
        head("附议国：埃塞俄比亚、哥斯达黎加、马来西亚、法国"),
        organ("大会，"),
        L.pre("回顾", "《生物多样性公约》及其缔约方大会关于传粉媒介的各项决定，"),
        L.pre("注意到", "全球约百分之七十五的主要粮食作物在不同程度上依赖动物传粉，"),
        L.pre("深为关切", "杀虫剂的过度使用,栖息地丧失和气候变化导致野生蜜蜂种群数量下降，",
              [F("half-width-punctuation-in-chinese",
                 '"杀虫剂的过度使用,栖息地丧失" - a half-width comma inside the Chinese clause; «过度使用、栖息地丧失» '
                 "(ZH-P01)")]),
        L.pre("欢迎", "昆明—蒙特利尔全球生物多样性框架的通过，",
              [F("missing-book-title-marks",
                 '"欢迎昆明—蒙特利尔全球生物多样性框架的通过" - the Framework\'s title without book title marks; '
                 "«《昆明—蒙特利尔全球生物多样性框架》» (ZH-P01)")]),
        L.op("鼓励", "各国将传粉媒介保护纳入国家农业和生物多样性战略；"),
        L.op("呼吁", "会员国："),
        L.sub("减少高毒性杀虫剂的使用；"),
        L.sub("在农田周围恢复野花带和筑巢地；"),
        L.op("请", "联合国粮食及农业组织继续开展全球传粉媒介状况评估；"),
        L.op("邀请", "养蜂者协会和研究机构分享关于蜂群健康的数据；", num=(2, 0),
             faults=[F("numbering", '"1.邀请养蜂者协会" - the list restarts at this clause, which shows "1."; «4.» '
                                    "(ZH-B03, UN-B07)")]),
        L.op("决定", "在第八十二届会议上继续审议这一问题。", num=(2, 0),
             faults=[F("numbering", '"2.决定在第八十二届会议上" - shows "2." on the restarted list; «5.» '
                                    "(ZH-B03, UN-B07)")]),
    ],
    [ENG], [(0, None), (0, 1)])

# 2. Human Rights Council, cyberbullying; leads underlined; w:eastAsia="宋体" on the leads' runs only; an English lead
#    left; 决定 opening a preambular clause; a State's name left in English; a half-width ";" ending a clause
L = Leads("u", lead_ea="宋体")
ZH02 = Draft(
    "zh-02-hrc-cyberbullying-english-lead-decide-in-preamble",
    [
        title(),
        head("委员会：人权理事会"),
        head("议题：保护儿童免受网络欺凌"),
        head("起草国：爱尔兰、智利、菲律宾"),
        head("附议国：Norway、突尼斯、乌拉圭、蒙古",
             [F("other", '"附议国：Norway、突尼斯" - a State\'s name left in English among the co-sponsors; «挪威» '
                         "(ZH-H01, ZH-H02)")]),
        organ("人权理事会，"),
        L.pre("Recalling", "《儿童权利公约》第十九条关于保护儿童免受一切形式暴力的规定，",
              [F("wrong-lead-form", 'English lead "Recalling" left in a Chinese draft («回顾») (ZH-B02, UN-B03)')]),
        L.pre("关切地注意到", "许多儿童在社交媒体和即时通讯平台上遭受辱骂、威胁和排斥，"),
        L.pre("认识到", "网络欺凌对儿童的心理健康和学业造成长期影响，"),
        L.pre("决定", "将防止网络欺凌作为保护儿童权利的优先事项，",
              [F("wrong-lead-form",
                 '"决定将防止网络欺凌作为" - 决定, an operative lead, opens a preambular clause; a preambular clause '
                 "opens with a preambular lead («强调……») (ZH-B02)")]),
        L.op("促请", "各国在学校开展预防网络欺凌的教育；"),
        L.op("鼓励", "社交媒体平台建立便于儿童使用的举报机制;",
             [F("half-width-punctuation-in-chinese",
                '"便于儿童使用的举报机制;" - the clause ends with a half-width semicolon; «举报机制；» (ZH-P01, ZH-B03)')]),
        L.op("请", "联合国人权事务高级专员办事处编写一份关于网络欺凌与儿童权利的报告；"),
        L.op("决定", "继续处理这一问题。"),
    ],
    [ENG], [(0, None)], ea=None)

# 3. World Health Assembly, maternal deaths; leads italic; a sub-item set back at the clauses' level; one clause with
#    w:eastAsia="Times New Roman" (pasted with the English paragraph's font); a preambular clause ending "；"
L = Leads("i")
ZH03 = Draft(
    "zh-03-wha-maternal-deaths-sub-at-clause-level-latin-font-clause",
    [
        title(),
        head("委员会：世界卫生大会"),
        head("议题：降低孕产妇死亡率"),
        head("起草国：尼泊尔、塞拉利昂、瑞典"),
        head("附议国：孟加拉国、秘鲁、卢旺达、挪威"),
        organ("世界卫生大会，"),
        L.pre("回顾", "可持续发展目标具体目标3.1关于到2030年将全球孕产妇死亡率降至每10万例活产低于70例的承诺，"),
        L.pre("深为关切", "绝大多数孕产妇死亡发生在低收入和中等偏下收入国家；",
              [F("preambular-end-mark",
                 '"中等偏下收入国家；" - a preambular clause ends with a semicolon; «收入国家，» (ZH-B02)')]),
        L.pre("认识到", "熟练助产人员和紧急产科护理能够预防大多数孕产妇死亡，", ea=TNR,
              faults=[F("other",
                        'mixed fonts: "认识到熟练助产人员" - the clause kept the English paragraph\'s Times New Roman as '
                        "its East Asian font, so its Chinese shows in a fallback face unlike the 宋体 of the other "
                        "clauses (ZH-P01, consistent Chinese text)")]),
        L.op("敦促", "会员国增加对孕产妇保健服务的投入；"),
        L.op("请", "总干事："),
        L.sub("为培训助产人员提供技术支持；"),
        L.sub("监测各国产后出血的救治情况；", num=(1, 0),
              faults=[F("sub-clause-label",
                        '"3.监测各国产后出血的救治情况" - a sub-item of clause 2 set back at the clauses\' level, so it '
                        'shows "3."; «b.» (ZH-B04)')]),
        L.op("鼓励", "会员国与民间社会合作，消除妇女获得产科服务的障碍；",
             [F("numbering", '"4.鼓励会员国与民间社会合作" - shows "4." because the sub-item above took "3."; «3.» '
                             "(ZH-B03, UN-B07)")]),
        L.op("决定", "在第八十一届世界卫生大会上审议本决议的执行情况。",
             [F("numbering", '"5.决定在第八十一届" - shows "5."; «4.» (ZH-B03, UN-B07)')]),
    ],
    [ENG], [(0, None)], ea="宋体")

# 4. UN Environment Assembly, mountain glaciers; leads bold; sub-items on the English draft's "%1)" list; an English
#    operative lead left; the last clause ends with "；"
L = Leads("b")
SUB_NOTE = ('sub-item labelled with an Arabic numeral and a bracket (the English draft\'s "1)" list); sub-clauses are '
            "labelled with English letters, «a.» / «(a)» (ZH-B04, UN-B10)")
ZH04 = Draft(
    "zh-04-unea-glaciers-paren-number-subs-english-operative-lead",
    [
        title(),
        head("委员会：联合国环境大会"),
        head("议题：山地冰川退缩与水安全"),
        head("起草国：瑞士、秘鲁、尼泊尔"),
        head("附议国：吉尔吉斯斯坦、智利、冰岛、巴基斯坦"),
        organ("联合国环境大会，"),
        L.pre("注意到", "大会宣布2025年为国际冰川保护年，"),
        L.pre("深为关切", "山地冰川的加速退缩威胁着下游数亿人的供水和粮食生产，"),
        L.pre("认识到", "冰湖溃决洪水对山区社区构成日益严重的风险，"),
        L.op("鼓励", "各国加强对冰川和冰湖的长期监测；"),
        L.op("Urges", "会员国将冰川融化的影响纳入国家水资源管理规划；",
             [F("wrong-lead-form", 'English lead "Urges" left in a Chinese draft («敦促») (ZH-B03, UN-B06)')]),
        L.op("请", "联合国环境规划署："),
        L.sub("与世界气象组织合作建立冰湖溃决早期预警系统；", num=(2, 0),
              faults=[F("sub-clause-label", '"1)与世界气象组织合作" - ' + SUB_NOTE)]),
        L.sub("支持山区国家开展适应能力建设；", num=(2, 0),
              faults=[F("sub-clause-label", '"2)支持山区国家开展" - ' + SUB_NOTE)]),
        L.op("邀请", "捐助国为山区适应项目提供资金；"),
        L.op("决定", "继续审议这一问题；",
             [F("operative-end-mark",
                '"决定继续审议这一问题；" - the last clause ends with a semicolon; «这一问题。» (ZH-B03, ZH-B05)')]),
    ],
    [ENG, PAREN], [(0, None), (1, None)], ea="宋体")

# 5. GA Third Committee, refugee children's education; leads underlined; runs without w:eastAsia; the English label
#    "Topic:" left; a half-width comma; a convention's title without 《》; a lowerRoman third level
L = Leads("u")
ZH05 = Draft(
    "zh-05-ga3-refugee-education-topic-label-english-roman-level",
    [
        title(),
        head("委员会：联合国大会第三委员会"),
        head("Topic：难民儿童的受教育权",
             [F("other", 'heading field name in English "Topic：" above a Chinese body («议题：») (ZH-H01)')]),
        head("起草国：约旦、德国、乌干达"),
        head("附议国：哥伦比亚、黎巴嫩、加拿大、乍得"),
        organ("大会，"),
        L.pre("重申", "人人享有受教育的权利，"),
        L.pre("回顾", "关于难民地位的公约及其议定书，",
              [F("missing-book-title-marks",
                 '"回顾关于难民地位的公约及其议定书" - the Convention\'s title without book title marks; '
                 "«《关于难民地位的公约》» (ZH-P01)")]),
        L.pre("关切地注意到", "全世界近一半的学龄难民儿童没有上学，"),
        L.op("促请", "收容国将难民儿童纳入国家教育系统；"),
        L.op("呼吁", "国际社会："),
        L.sub("为收容国的教育系统提供可预测的资金；"),
        L.sub("支持难民教师的培训，具体包括："),
        L.sub("承认难民教师在原籍国获得的资格;", num=(1, 2),
              faults=[F("half-width-punctuation-in-chinese",
                        '"获得的资格;" - the item ends with a half-width semicolon; «资格；» (ZH-P01, ZH-B04)')]),
        L.sub("提供语言和教学法课程；", num=(1, 2)),
        L.op("鼓励", "各国为难民儿童提供数字化学习机会,特别是在偏远地区；",
             [F("half-width-punctuation-in-chinese",
                '"数字化学习机会,特别是" - a half-width comma inside the Chinese clause; «机会，特别是» (ZH-P01)')]),
        L.op("请", "秘书长向大会第八十二届会议提交关于本决议执行情况的报告。"),
    ],
    [ENG], [(0, None)], ea=None)

# 6. GA First Committee, small arms; leads bold; w:eastAsia="宋体" on every run; nearly clean
L = Leads("b")
ZH06 = Draft(
    "zh-06-ga1-small-arms-nearly-clean",
    [
        title(),
        head("委员会：联合国大会第一委员会"),
        head("议题：小武器和轻武器非法贸易"),
        head("起草国：日本、哥伦比亚、南非"),
        head("附议国：澳大利亚、马里、菲律宾、比利时"),
        organ("大会，"),
        L.pre("回顾", "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》，"),
        L.pre("又回顾", "《武器贸易条约》，"),
        L.pre("深为关切", "小武器和轻武器的非法流通助长了武装暴力和有组织犯罪，"),
        L.op("促请", "各国加强对小武器和轻武器的标识和追查；"),
        L.op("鼓励", "各国开展自愿收缴和销毁非法武器的活动；"),
        L.op("请", "秘书长:",
             [F("half-width-punctuation-in-chinese",
                '"请秘书长:" - the clause ends with a half-width colon; «秘书长：» (ZH-P01)')]),
        L.sub("向有需要的国家提供储存管理方面的援助；"),
        L.sub("就本决议的执行情况提出报告；"),
        L.op("决定", "继续处理这一问题。"),
    ],
    [ENG], [(0, None)], ea="宋体")

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def para_text(p: P, label: str) -> str:
    return label + "".join(r.text for r in p.runs)


def check_quotes() -> None:
    for d in DRAFTS:
        for p, lab in zip(d.items, labels(d)):
            for f in p.faults:
                for m in re.finditer(r'"([^"]+)"', f.note):
                    assert m.group(1) in para_text(p, lab), (d.name, m.group(1), para_text(p, lab))
                    break


def annotations() -> str:
    head_ = ("# word-blind81: faults a chair would mark, written by make_drafts.py from the F() marks before any run of "
             "drafter.\n# paragraph = 1-based index of the w:p among all w:p of the body; "
             "list labels in notes are the ones Word shows.\n")
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.items, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return head_ + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def main(argv: list[str]) -> None:
    check_quotes()
    if "--list" in argv:
        for d in DRAFTS:
            print(f"== {d.name}")
            for i, (p, lab) in enumerate(zip(d.items, labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {para_text(p, lab)} {marks}")
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
