"""Build the drafts of the blind set word-blind48 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph with the label Word shows (computed here)
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about Chinese drafts whose clause and sub-clause labels come from Word / WPS automatic numbering in the
East Asian number formats of ECMA-376 Part 1 §17.18.59 (ST_NumberFormat): chineseCounting, chineseCountingThousand,
chineseLegalSimplified, ideographTraditional, ideographDigital, decimalEnclosedCircleChinese, decimalEnclosedCircle,
taiwaneseCounting, japaneseCounting, decimalFullWidth; level texts "%1、", "（%2）", "第%1条", "%1．", "%3";
w:lvlOverride/w:startOverride, w:lvlRestart, w:isLgl, w:suff (tab / space / nothing), a list restarted by mistake,
a clause at the wrong ilvl, labels typed by hand next to automatic ones.

python-docx gives the package (its default template); styles, numbering.xml and the paragraphs are written as raw
WordprocessingML by the helpers below (written for this set; nothing of drafter or of another set is imported).
Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph number is the 1-based
index of the w:p in the body (no empty paragraphs, no tables), checked again on the saved file. The label of every
numbered paragraph is computed here as Word computes it (one counter set per w:num, a w:startOverride resets the
level when the w:num is first used, deeper levels restart when a shallower one is numbered unless w:lvlRestart
says otherwise, w:isLgl shows every level of the label in Arabic figures).
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


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- number formats (ST_NumberFormat)

CN = "〇一二三四五六七八九"
LEGAL = "零壹贰叁肆伍陆柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"


def counting(n: int) -> str:
    """一 … 十, 十一 … 十九, 二十 … 九十九 (the counting formats below one hundred)."""
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1]
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting"):
        assert n < 100 and (fmt == "chineseCounting" or n < 10), (fmt, n)  # only values whose form is certain
        return counting(n)
    if fmt == "ideographDigital":
        return "".join(CN[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        assert n < 10
        return LEGAL[n]
    if fmt == "ideographTraditional":
        return STEMS[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        assert n <= 20
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    raise ValueError(fmt)


@dataclass
class Lvl:
    fmt: str
    text: str
    left: int
    hanging: int
    suff: str = "tab"          # tab / space / nothing
    start: int = 1
    restart: int | None = None  # w:lvlRestart (None: not written, the default)
    legal: bool = False        # w:isLgl

    def xml(self, i: int) -> str:
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{self.start}"/><w:numFmt w:val="{self.fmt}"/>'
                + (f'<w:lvlRestart w:val="{self.restart}"/>' if self.restart is not None else "")
                + ("<w:isLgl/>" if self.legal else "")
                + (f'<w:suff w:val="{self.suff}"/>' if self.suff != "tab" else "")
                + f'<w:lvlText w:val="{self.text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{self.left}" w:hanging="{self.hanging}"/></w:pPr></w:lvl>')


@dataclass
class Numbering:
    abstracts: dict[int, list[Lvl]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, overrides)

    def xml(self) -> list[str]:
        out = []
        for aid, lvls in self.abstracts.items():
            body = "".join(lv.xml(i) for i, lv in enumerate(lvls))
            out.append(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{body}</w:abstractNum>')
        for nid, (aid, overrides) in self.nums.items():
            ov = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                         for i, v in overrides.items())
            out.append(f'<w:num {NSDECL} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>')
        return out

    def labels(self, paragraphs: list[P]) -> dict[int, str]:
        """The label Word draws on each numbered paragraph (index -> label text with its suffix)."""
        counters: dict[int, list[int | None]] = {}
        shown: dict[int, str] = {}
        for idx, p in enumerate(paragraphs, 1):
            if not p.num:
                continue
            nid, ilvl = p.num
            aid, overrides = self.nums[nid]
            lvls = self.abstracts[aid]
            if nid not in counters:
                counters[nid] = [None] * len(lvls)
                for i, v in overrides.items():
                    counters[nid][i] = v - 1
            c = counters[nid]
            c[ilvl] = (c[ilvl] if c[ilvl] is not None else lvls[ilvl].start - 1) + 1
            for deeper in range(ilvl + 1, len(lvls)):
                rs = lvls[deeper].restart
                if rs is None or (rs != 0 and ilvl < rs):
                    c[deeper] = None
            lv = lvls[ilvl]
            text = lv.text
            for k in range(len(lvls)):
                if f"%{k + 1}" in text:
                    value = c[k] if c[k] is not None else lvls[k].start
                    text = text.replace(f"%{k + 1}", fmt_number(value, "decimal" if lv.legal else lvls[k].fmt))
            shown[idx] = text + {"tab": "\t", "space": " ", "nothing": ""}[lv.suff]
        return shown


# ---------------------------------------------------------------- the draft model


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[tuple[str, bool]]           # (text, bold)
    style: str = "Normal"
    num: tuple[int, int] | None = None     # (numId, ilvl) of a direct w:numPr
    faults: list[Fault] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def plain(text: str, style: str = "Normal", num: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([(text, False)], style, num, faults or [])


def lead(lead_text: str, rest: str, num: tuple[int, int] | None = None, faults: list[Fault] | None = None) -> P:
    return P([(lead_text, True), (rest, False)], "Clause", num, faults or [])


def organ(text: str) -> P:
    return P([(text, True)], "Clause")


@dataclass
class Draft:
    name: str
    traditional: bool
    numbering: Numbering
    paragraphs: list[P]


# ---------------------------------------------------------------- writing the package


def setup(doc: docx.Document, numbering: Numbering, traditional: bool) -> None:
    styles = doc.styles.element
    east = "新細明體" if traditional else "宋体"
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
              f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{east}" '
              'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
              f'<w:lang w:val="en-US" w:eastAsia="{"zh-TW" if traditional else "zh-CN"}"/></w:rPr></w:style>')
    defs = [
        normal,
        (f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="Clause"><w:name w:val="'
         f'{"條款" if traditional else "条款"}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="480"/></w:pPr></w:style>'),
        (f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="DraftTitle"><w:name w:val="'
         f'{"草案標題" if traditional else "草案标题"}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
         '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
         '<w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'),
    ]
    for xml in defs:
        el = parse_xml(xml)
        sid = el.get(w("styleId"))
        for old in styles.findall(w("style")):
            if old.get(w("styleId")) == sid:
                styles.remove(old)
        styles.append(el)
    part = doc.part.numbering_part.element
    for child in list(part):
        part.remove(child)
    for xml in numbering.xml():
        part.append(parse_xml(xml))


def paragraph_xml(p: P) -> str:
    ppr = f'<w:pStyle w:val="{p.style}"/>'
    if p.num:
        ppr += f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
    runs = ""
    for text, bold in p.runs:
        rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
        runs += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def build(d: Draft) -> None:
    doc = docx.Document()
    setup(doc, d.numbering, d.traditional)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in d.paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p)))
    out = HERE / d.name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        count = len(etree.fromstring(z.read("word/document.xml")).find(w("body")).findall(w("p")))
    assert count == len(d.paragraphs), (d.name, count, len(d.paragraphs))
    labels = d.numbering.labels(d.paragraphs)
    for i, p in enumerate(d.paragraphs, 1):
        for f in p.faults:  # every quoted piece of a note stands in its paragraph or is the label Word draws
            whole = labels.get(i, "") + p.text
            for piece in f.note.split('"')[1::2]:
                assert all(part in whole for part in piece.split("…") if part), (d.name, i, piece)


# ---------------------------------------------------------------- the drafts

DRAFTS: list[Draft] = []
B07 = "(UN-B07, ZH-B03)"
B10 = "(ZH-B04, UN-B10)"


def label_note(shown: str, what: str, want: str, rule: str = B07) -> str:
    return f'Word 在{what}上显示 "{shown}"；应为 «{want}» {rule}'


# zh-n01: a clean decimal list ("%1." / "(%2)", suffix space) whose third level the student set to
# decimalEnclosedCircle ("%3"): ① ② under (b). The last two clauses were pasted from a co-sponsor's file and Word
# restarted them: a second w:num on the same abstract list with w:lvlOverride/w:startOverride 1 ("1." "2.").
n = Numbering()
n.abstracts[0] = [Lvl("decimal", "%1.", 420, 420, suff="space"), Lvl("lowerLetter", "(%2)", 840, 420, suff="space"),
                  Lvl("decimalEnclosedCircle", "%3", 1260, 420, suff="space")]
n.nums[1] = (0, {})
n.nums[2] = (0, {0: 1})
DRAFTS.append(Draft("zh-n01-textile-recycling-startoverride-restart-circled-third-level.docx", False, n, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国环境大会"),
    plain("议题：废旧纺织品的回收与再利用"),
    plain("起草国：孟加拉国、瑞典、智利"),
    plain("附议国：埃塞俄比亚、法国、加纳、日本、土耳其"),
    plain("草案编号：2.1"),
    organ("联合国环境大会，"),
    lead("回顾", "其关于可持续消费和生产模式的以往各项决议，"),
    lead("注意到", "全球每年生产的纺织品中只有很小一部分被回收制成新的纺织品，大部分被填埋或焚烧，"),
    lead("关切地注意到", "大量旧衣物以二手商品的名义出口到发展中国家，其中相当一部分无法再穿，最终成为当地的废物。",
         faults=[F("preambular-end-mark", '序言性条款以句号结尾 "最终成为当地的废物。"；序言性条款应以逗号结尾 '
                   '«最终成为当地的废物，» (UN-B05, ZH-B02)')]),
    lead("认识到", "快时尚的生产方式加快了服装的更新换代，增加了水资源消耗和化学品污染，"),
    lead("欢迎", "一些国家和地区实行纺织品生产者责任延伸制度的做法，"),
    lead("鼓励", "各会员国建立废旧纺织品的分类收集体系，并将其纳入城市固体废物管理规划；", num=(1, 0)),
    lead("促请", "纺织品和服装企业：", num=(1, 0)),
    plain("在产品设计阶段考虑耐用性和可回收性，减少混纺面料的使用；", "Clause", (1, 1)),
    plain("公开其供应链中使用的主要化学品信息，特别是：", "Clause", (1, 1)),
    plain("染色和印花工序中使用的染料和助剂；", "Clause", (1, 2),
          [F("sub-clause-label", label_note("①", "第二级子条款", "㈠", "(UN-B10, ZH-B04)")
             .replace("显示", "显示带圈数字（第三级 decimalEnclosedCircle）"))]),
    plain("防水和防污整理中使用的全氟和多氟烷基物质；", "Clause", (1, 2),
          [F("sub-clause-label", label_note("②", "第二级子条款", "㈡", "(UN-B10, ZH-B04)")
             .replace("显示", "显示带圈数字（第三级 decimalEnclosedCircle）"))]),
    lead("请", "联合国环境规划署与相关国际组织合作，编写关于纺织品回收技术的指南，", num=(1, 0),
         faults=[F("operative-end-mark", '行动性条款以逗号结尾 "编写关于纺织品回收技术的指南，"；应以分号结尾 '
                   '«编写关于纺织品回收技术的指南；» (UN-B09, ZH-B03)')]),
    lead("呼吁", "出口国加强对二手纺织品出口的管理，防止不可再用的废旧衣物以二手商品名义出口；", num=(1, 0)),
    lead("邀请", "国际金融机构为发展中国家的纺织品回收设施提供优惠融资；", num=(2, 0),
         faults=[F("numbering", '从另一份文件粘贴的条款被 Word 重新编号（新列表 w:num，w:lvlOverride 的 '
                   'w:startOverride 为 1），显示 "1. 邀请"；应为 «5.» (UN-B07, ZH-B03)')]),
    lead("决定", "在联合国环境大会第八届会议上审议本决议的执行情况。", num=(2, 0),
         faults=[F("numbering", '接着重新开始的编号显示 "2. 决定"；应为 «6.» (UN-B07, ZH-B03)')]),
]))

# zh-n02: WPS's outline: operative clauses "%1、" in chineseCounting with w:suff nothing (一、 … 十、), sub-clauses
# "（%2）" in chineseCountingThousand (（一）（二）（三）); the eleventh clause typed by hand "十一、" (no w:numPr).
n = Numbering()
n.abstracts[0] = [Lvl("chineseCounting", "%1、", 0, 0, suff="nothing"),
                  Lvl("chineseCountingThousand", "（%2）", 420, 0, suff="nothing")]
n.nums[1] = (0, {})


def cn_op(label: str, want: str) -> Fault:
    return F("numbering", f'行动性条款编号 "{label}"（WPS 列表，chineseCounting，编号后无空白 w:suff nothing）；'
                          f'行动性条款应以阿拉伯数字编号 «{want}» (UN-B07, ZH-B03)')


def cn_sub(label: str, want: str) -> Fault:
    return F("sub-clause-label", f'子条款编号 "{label}"（第二级 chineseCountingThousand）；子条款应以英文字母编号 '
                                 f'«{want}» (ZH-B04, UN-B10)')


DRAFTS.append(Draft("zh-n02-cross-border-data-wps-chinese-counting-suff-nothing-typed-eleventh.docx", False, n, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国大会第二委员会"),
    plain("议题：跨境数据流动与发展中国家的数字发展"),
    plain("起草国：印度尼西亚、卢旺达、乌拉圭"),
    plain("附议国：阿根廷、柬埔寨、爱沙尼亚、摩洛哥、新加坡"),
    plain("草案编号：1.3"),
    organ("大会，"),
    lead("回顾", "《2030年可持续发展议程》中关于加强科技创新能力的各项目标，"),
    lead("认识到", "数据已成为数字经济的关键生产要素，跨境数据流动对贸易和发展具有重要意义，"),
    lead("关切", "许多发展中国家缺乏数据基础设施和数据治理能力，难以从数字经济中公平受益，"),
    lead("注意到", "各国在个人信息保护和数据本地化方面的规则差异较大，增加了企业的合规成本，"),
    lead("强调", "跨境数据流动应当尊重各国的主权和合法的公共政策目标，"),
    lead("鼓励", "各会员国在尊重隐私和个人信息保护的前提下，促进数据的安全有序流动；", (1, 0), [cn_op("一、", "1.")]),
    lead("请", "联合国贸易和发展会议继续收集和分析各国数据流动政策的信息，并定期发布报告；", (1, 0),
         [cn_op("二、", "2.")]),
    lead("敦促", "发达国家和相关国际组织向发展中国家提供以下支持：", (1, 0), [cn_op("三、", "3.")]),
    plain("建设数据中心和宽带网络等基础设施；", "Clause", (1, 1), [cn_sub("（一）", "(a)")]),
    plain("培训数据管理和网络安全方面的专业人员；", "Clause", (1, 1), [cn_sub("（二）", "(b)")]),
    plain("协助制定符合本国国情的数据保护法律；", "Clause", (1, 1), [cn_sub("（三）", "(c)")]),
    lead("呼吁", "各国加强个人信息保护监管机构之间的合作，建立跨境投诉处理机制；", (1, 0), [cn_op("四、", "4.")]),
    lead("鼓励", "区域组织探索建立互认的数据保护认证制度，减少不必要的重复认证。", (1, 0),
         [cn_op("五、", "5."),
          F("operative-end-mark", '非最后一条行动性条款以句号结尾 "减少不必要的重复认证。"；应以分号结尾 '
            '«减少不必要的重复认证；» (UN-B09, ZH-B05)')]),
    lead("强调", "中小企业在跨境数据合规方面面临特殊困难，请各国为其提供简明的合规指导；", (1, 0),
         [cn_op("六、", "6.")]),
    lead("邀请", "私营部门与学术机构合作，开发保护隐私的数据共享技术；", (1, 0), [cn_op("七、", "7.")]),
    lead("促请", "各国在制定数据本地化要求时充分评估其对贸易和发展的影响；", (1, 0), [cn_op("八、", "8.")]),
    lead("请", "秘书长与相关机构协商，研究设立一个关于数据治理的多利益攸关方论坛的可能性；", (1, 0),
         [cn_op("九、", "9.")]),
    lead("鼓励", "各国分享在数字身份和电子支付领域保护个人数据的良好做法；", (1, 0), [cn_op("十、", "10.")]),
    P([("十一、", False), ("决定", True), ("在第八十一届会议上继续审议这一问题。", False)], "Clause", None,
      [F("numbering", '最后一条的编号 "十一、" 是手工输入的（该段不在列表中），沿用了中文计数；应为 «11.» (UN-B07, ZH-B03)')]),
]))

# zh-n03 (traditional characters, Taiwan): a decimal list with a tab after "%1." and "(%2)"; the letters level has
# w:lvlRestart 0 ("Restart list after" unticked), so the letters of clause 4 go on from clause 2's: (c) (d); a third
# level "（%3）" in taiwaneseCounting (（一）（二）); clause 5 keeps a label the student typed, "5．", after Word's "5.".
n = Numbering()
n.abstracts[0] = [Lvl("decimal", "%1.", 480, 480), Lvl("lowerLetter", "(%2)", 960, 480, restart=0),
                  Lvl("taiwaneseCounting", "（%3）", 1440, 0, suff="nothing")]
n.nums[1] = (0, {})
DRAFTS.append(Draft("zh-n03-rare-disease-medicines-traditional-lvlrestart-zero-taiwanese-counting.docx", True, n, [
    plain("決議草案", "DraftTitle"),
    plain("委員會：世界衛生大會"),
    plain("議題：罕見疾病患者的藥物可及性"),
    plain("起草國：加拿大、馬來西亞、葡萄牙"),
    plain("附議國：巴拉圭、比利時、菲律賓、秘魯、紐西蘭"),
    plain("草案編號：1.1"),
    organ("世界衛生大會，"),
    lead("重申", "人人有權享有能達到的最高標準的身心健康，"),
    lead("注意到", "全球已知的罕見疾病有數千種，其中大多數尚無有效的治療方法，"),
    lead("關切", "罕見疾病藥物的研發成本高、患者人數少，導致許多藥物價格昂貴或未在部分國家上市；",
         faults=[F("preambular-end-mark", '序言性條款以分號結尾 "或未在部分國家上市；"；應以逗號結尾 '
                   '«或未在部分國家上市，» (UN-B05, ZH-B02)')]),
    lead("認識到", "罕見疾病患者及其家庭往往面臨診斷延誤、社會孤立和沉重的經濟負擔，"),
    lead("敦促", "各會員國將罕見疾病納入國家衛生政策和全民健康覆蓋計畫；", (1, 0)),
    lead("鼓勵", "各國加強罕見疾病的早期診斷能力，包括：", (1, 0)),
    plain("擴大新生兒篩檢的項目範圍；", "Clause", (1, 1)),
    plain("建立罕見疾病專科醫療中心和轉診網絡；", "Clause", (1, 1)),
    lead("請", "世界衛生組織秘書處協助各國建立罕見疾病患者登記系統，並制定相關的數據標準；", (1, 0)),
    lead("促請", "藥品監管機構加強合作，以便：", (1, 0)),
    plain("簡化已在其他國家核准上市的罕見疾病藥物的審查程序；", "Clause", (1, 1),
          [F("sub-clause-label", 'Word 在第4條的第一個子條款上顯示 "(c)"（字母級的 w:lvlRestart 為 0，不隨新條款重新'
             '開始，接續第2條的 (a)(b)）；應為 «(a)» (ZH-B04, UN-B10)')]),
    plain("互相承認臨床試驗的數據和檢查結果，特別是：", "Clause", (1, 1),
          [F("sub-clause-label", 'Word 在第4條的第二個子條款上顯示 "(d)"（w:lvlRestart 為 0）；應為 «(b)» (ZH-B04, UN-B10)')]),
    plain("兒童患者參與的臨床試驗；", "Clause", (1, 2),
          [F("sub-clause-label", 'Word 在第二級子條款上顯示 "（一）"（taiwaneseCounting）；第二級子條款應為 «㈠» 或 «(i)» '
             '(UN-B10, ZH-B04)')]),
    plain("使用真實世界數據的研究；", "Clause", (1, 2),
          [F("sub-clause-label", 'Word 在第二級子條款上顯示 "（二）"（taiwaneseCounting）；應為 «㈡» 或 «(ii)» (UN-B10, ZH-B04)')]),
    P([("5．", False), ("籲請", True), ("各國政府和保險機構將罕見疾病藥物納入醫療保險的給付範圍；", False)], "Clause", (1, 0),
      [F("numbering", '條款自動編號 "5." 之後又保留了手動輸入的 "5．"，Word 顯示 "5.\t5．籲請"：編號重複；應只有 «5.» '
         '(UN-B07, ZH-B03)')]),
    lead("請", "總幹事向第八十屆世界衛生大會報告本決議的執行情況。", (1, 0)),
]))

# zh-n04: "第%1条" in ideographDigital with a space after it (w:suff space); the first clause typed by hand
# "第一条　" (full-width space) and the list set to start at 2 by a w:lvlOverride/w:startOverride 2; the sub-clause
# level "%1.%2" with w:isLgl (legal numbering: the ideographDigital level shows as an Arabic figure: "3.1").
n = Numbering()
n.abstracts[0] = [Lvl("ideographDigital", "第%1条", 0, 0, suff="space"),
                  Lvl("decimal", "%1.%2", 420, 0, suff="space", legal=True)]
n.nums[1] = (0, {0: 2})


def art(label: str, want: str) -> Fault:
    return F("numbering", f'行动性条款编号 "{label}"（列表 第%1条，ideographDigital，w:startOverride 2）；'
                          f'应为 «{want}» (UN-B07, ZH-B03)')


DRAFTS.append(Draft("zh-n04-rural-solar-typed-first-article-startoverride-ideograph-digital-islgl.docx", False, n, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：经济及社会理事会"),
    plain("议题：农村地区的分布式光伏发电"),
    plain("起草国：肯尼亚、巴基斯坦、德国"),
    plain("附议国：玻利维亚、埃及、老挝、马拉维、西班牙"),
    plain("草案编号：1.2"),
    organ("经济及社会理事会，"),
    lead("回顾", "可持续发展目标7中关于确保人人获得负担得起的、可靠和可持续的现代能源的承诺，"),
    lead("注意到", "全球仍有数亿人无法用电，其中大多数生活在撒哈拉以南非洲的农村地区，"),
    lead("认识到", "光伏组件价格的大幅下降使分布式光伏发电成为农村电气化的可行选择，"),
    lead("又认识到", "离网和微电网项目的维护往往缺乏资金和技术人员，"),
    P([("第一条　", False), ("鼓励", True), ("各会员国将分布式光伏发电纳入国家农村电气化规划；", False)], "Clause", None,
      [F("numbering", '第一条的编号 "第一条　" 是手工输入的（其后各条才是自动编号）；行动性条款应以阿拉伯数字编号 «1.» '
         '(UN-B07, ZH-B03)')]),
    lead("促请", "各国降低光伏组件和储能设备的进口关税，并简化小型光伏项目的审批程序；", (1, 0), [art("第二条", "2.")]),
    lead("鼓励", "开发银行和小额信贷机构：", (1, 0), [art("第三条", "3.")]),
    plain("为农户和小企业购买家用光伏系统提供小额贷款；", "Clause", (1, 1),
          [F("sub-clause-label", 'Word 在子条款上显示 "3.1"（第二级 %1.%2，w:isLgl 使第一级显示为阿拉伯数字）；'
             '子条款应以字母编号 «(a)» (ZH-B04, UN-B10)')]),
    plain("为社区微电网项目提供长期低息贷款；", "Clause", (1, 1),
          [F("sub-clause-label", 'Word 在子条款上显示 "3.2"（w:isLgl）；应为 «(b)» (ZH-B04, UN-B10)')]),
    lead("请", "联合国开发计划署协助各国培训当地的光伏系统安装和维修人员；", (1, 0), [art("第四条", "4.")]),
    lead("呼吁", "各国制定废旧光伏组件的回收和处理规定，防止其造成环境污染；", (1, 0), [art("第五条", "5.")]),
    lead("决定", "在下一届会议上审议本决议的执行情况。", (1, 0), [art("第六条", "6.")]),
]))

# zh-n05: a decimal list "%1." with nothing after the number (w:suff nothing: "1.敦促", not judged a fault), the
# sub-clause level "（%2）" in japaneseCounting, the third level "%3" in decimalEnclosedCircleChinese, and one
# operative clause left at ilvl 1 (Tab pressed), where Word shows it as the third sub-clause "（三）".
n = Numbering()
n.abstracts[0] = [Lvl("decimal", "%1.", 0, 0, suff="nothing"), Lvl("japaneseCounting", "（%2）", 420, 0, suff="nothing"),
                  Lvl("decimalEnclosedCircleChinese", "%3", 840, 0, suff="nothing")]
n.nums[1] = (0, {})


def jp_sub(label: str, want: str, clause: int) -> Fault:
    return F("sub-clause-label", f'第{clause}条的子条款编号 "{label}"（第二级 japaneseCounting）；子条款应以英文字母编号 '
                                 f'«{want}» (ZH-B04, UN-B10)')


def circ(label: str, want: str) -> Fault:
    return F("sub-clause-label", f'第二级子条款显示带圈数字 "{label}"（decimalEnclosedCircleChinese）；应为 «{want}» '
                                 '(UN-B10, ZH-B04)')


DRAFTS.append(Draft("zh-n05-river-sand-mining-suff-nothing-japanese-counting-clause-at-sub-level.docx", False, n, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国大会第二委员会"),
    plain("议题：河道非法采砂对生态环境和基础设施的影响"),
    plain("起草国：越南、尼日利亚、荷兰"),
    plain("附议国：孟加拉国、柬埔寨、哥伦比亚、印度、斯里兰卡"),
    plain("草案编号：2.3"),
    organ("大会，"),
    lead("注意到", "砂石是全球开采量最大的固体资源之一，其需求随城市化进程迅速增长，"),
    lead("关切地注意到", "一些河流的非法采砂导致河床下切、河岸崩塌和桥梁基础裸露，"),
    lead("又关切地注意到", "非法采砂往往与有组织犯罪和腐败相关联，"),
    lead("确认", "各国对本国自然资源享有主权，同时负有保护环境的责任，"),
    lead("敦促", "各会员国建立砂石开采许可制度，明确禁止在生态敏感区域采砂；", (1, 0)),
    lead("鼓励", "各国利用卫星遥感和无人机等技术：", (1, 0)),
    plain("监测河道采砂活动；", "Clause", (1, 1), [jp_sub("（一）", "(a)", 2)]),
    plain("评估采砂对河床和堤岸稳定性的影响；", "Clause", (1, 1), [jp_sub("（二）", "(b)", 2)]),
    lead("请", "联合国环境规划署编写全球砂石资源状况的评估报告；", (1, 0)),
    lead("呼吁", "各国加强执法合作，打击非法砂石的跨境贸易，特别是：", (1, 0)),
    plain("在边境口岸加强对砂石运输船只的检查，包括：", "Clause", (1, 1), [jp_sub("（一）", "(a)", 4)]),
    plain("核查开采许可证和原产地证明；", "Clause", (1, 2), [circ("①", "㈠")]),
    plain("记录运输船只的吨位和航行路线；", "Clause", (1, 2), [circ("②", "㈡")]),
    plain("共享非法采砂团伙的情报信息；", "Clause", (1, 1), [jp_sub("（二）", "(b)", 4)]),
    lead("鼓励", "建筑行业使用机制砂和建筑废料再生骨料等替代材料；", (1, 1),
         [F("numbering", '行动性条款 "鼓励建筑行业使用机制砂……" 被放在列表第二级（ilvl 1），Word 把它显示为第4条的子条款 '
            '"（三）"；应为行动性条款 «5.» (UN-B07, ZH-B03)')]),
    lead("决定", "在第八十二届会议上继续审议这一问题。", (1, 0)),
]))

# zh-n06: one list for the whole operative part, its level 0 used for section headings ("%1、" chineseLegalSimplified:
# 壹、 贰、), level 1 for the clauses ("%2．" decimalFullWidth: １． ２．, restarting after each heading, the default
# w:lvlRestart), level 2 for sub-clauses ("%3、" ideographTraditional: 甲、 乙、); suffix nothing on every level.
n = Numbering()
n.abstracts[0] = [Lvl("chineseLegalSimplified", "%1、", 0, 0, suff="nothing"),
                  Lvl("decimalFullWidth", "%2．", 420, 0, suff="nothing"),
                  Lvl("ideographTraditional", "%3、", 840, 0, suff="nothing")]
n.nums[1] = (0, {})


def fw(label: str, want: str, extra: str = "") -> Fault:
    return F("numbering", f'行动性条款编号 "{label}"（第二级 decimalFullWidth，全角数字和全角句点{extra}）；'
                          f'应为半角 «{want}» (UN-B07, ZH-B03)')


def section(label: str) -> Fault:
    return F("other", f'section heading "{label}" 放在行动性条款之间（列表第一级 chineseLegalSimplified）；行动性部分是'
                      '连续编号的条款，不设小标题，应删去 «（删去）» (UN-B01, UN-B07)')


DRAFTS.append(Draft("zh-n06-public-libraries-legal-simplified-sections-fullwidth-clauses-stems.docx", False, n, [
    plain("决议草案", "DraftTitle"),
    plain("委员会：联合国教育、科学及文化组织大会"),
    plain("议题：公共图书馆的数字化转型"),
    plain("起草国：埃及、芬兰、秘鲁"),
    plain("附议国：不丹、克罗地亚、约旦、蒙古、塞内加尔"),
    plain("草案编号：1.4"),
    organ("联合国教育、科学及文化组织大会，"),
    lead("重申", "人人有权自由参加社会的文化生活，享受艺术，并分享科学进步及其产生的福利，"),
    lead("认识到", "公共图书馆是公众获取信息和终身学习的重要场所，"),
    lead("关切", "许多发展中国家的公共图书馆缺乏数字化设备和专业人员，"),
    plain("数字资源建设", "Clause", (1, 0), [section("壹、数字资源建设")]),
    lead("鼓励", "各会员国制定公共图书馆数字化发展规划，并提供稳定的经费保障；", (1, 1), [fw("１．", "1.")]),
    lead("请", "联合国教育、科学及文化组织协助各国对珍贵文献进行数字化保存，包括：", (1, 1), [fw("２．", "2.")]),
    plain("历史档案和地方志；", "Clause", (1, 2),
          [F("sub-clause-label", '子条款编号 "甲、"（第三级 ideographTraditional，天干）；应为 «(a)» (ZH-B04, UN-B10)')]),
    plain("少数民族语言的文献和口述历史录音；", "Clause", (1, 2),
          [F("sub-clause-label", '子条款编号 "乙、"（ideographTraditional）；应为 «(b)» (ZH-B04, UN-B10)')]),
    plain("服务与人员", "Clause", (1, 0), [section("贰、服务与人员")]),
    lead("促请", "各国为图书馆员提供数字技能培训；", (1, 1), [fw("１．", "3.", "，且在小标题后重新从１开始")]),
    lead("鼓励", "公共图书馆为老年人和残疾人提供无障碍的数字阅读服务；", (1, 1), [fw("２．", "4.", "，接续重新开始的编号")]),
    lead("决定", "在下届大会上审议本决议的执行情况。", (1, 1), [fw("３．", "5.", "，接续重新开始的编号")]),
]))


def write_annotations() -> None:
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.paragraphs, 1) for f in p.faults]
        data[d.name] = {"faults": faults}
    header = ("# word-blind48: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md by what Word shows (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for d in DRAFTS:
        labels = d.numbering.labels(d.paragraphs)
        print(f"{d.name}  ({len(d.paragraphs)} paragraphs, {sum(len(p.faults) for p in d.paragraphs)} faults)")
        for i, p in enumerate(d.paragraphs, 1):
            shown = labels.get(i, "").replace("\t", "⇥")
            num = f" numPr{p.num}" if p.num else ""
            print(f"  {i:2}{num:14} [{shown}] {p.text[:48]}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:90]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for d in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                       check=True, capture_output=True)
        pdf = out / (Path(d.name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(d.name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for d in DRAFTS:
            build(d)
        write_annotations()
