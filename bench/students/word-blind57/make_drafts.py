"""Build the drafts of the blind set word-blind57 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, indentation, tabs, runs, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

The set is about clause labels TYPED by hand in Word, with no Word list anywhere (no w:numPr, no numbering part
used): "1." then a tab to a hanging indent (w:ind w:hanging + a w:tabs stop), "1." then typed spaces, the label in a
run of its own (bold, coloured, another font named), sub-clause labels "(a)" placed by w:ind w:left, by leading tabs
or by leading spaces, a label followed by a no-break space, an en space (U+2002) or an ideographic space (U+3000), a
label glued to the lead ("3.Calls"), "5 ." with a space before the point, Chinese 一、 / 1． / （一） labels and
indentation typed with full-width spaces (首行缩进 by two U+3000), a typed number that skips or repeats, a clause
typed after a manual line break (Shift+Enter, w:br) with no label, a preambular clause typed with a number.

python-docx gives the package (its default template); the Normal style and every paragraph are written as raw
WordprocessingML by the helpers below (written for this set; nothing imported from drafter or from another set).
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
NBSP, ENSP, IDSP = "\u00a0", "\u2002", "\u3000"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------- the draft model


@dataclass
class R:
    """A run: text ("\\t" a w:tab, "\\n" a manual line break w:br) and its direct properties."""
    text: str
    i: bool = False
    b: bool = False
    font: str | None = None  # w:rFonts ascii/hAnsi
    sz: int | None = None  # half-points
    color: str | None = None


@dataclass
class Fault:
    kind: str
    note: str


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    left: int | None = None  # w:ind w:left (twips)
    hanging: int | None = None
    first: int | None = None  # w:ind w:firstLine
    tabs: tuple[int, ...] = ()  # left tab stops
    jc: str | None = None
    space_after: int | None = None


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


def field_(text: str) -> P:
    return P([R(text)], space_after=0)


def title(text: str) -> P:
    return P([R(text, b=True, sz=32)], jc="center", space_after=240)


def organ(text: str, zh: bool = False) -> P:
    return P([R(text, b=zh, i=not zh)])


def pre(lead_text: str, rest: str, zh: bool = False, first: int | None = 720, prefix: str = "",
        faults: list[Fault] | None = None, label: R | None = None, **kw: object) -> P:
    runs = ([label] if label else []) + ([R(prefix)] if prefix else [])
    runs += [R(lead_text, b=zh, i=not zh), R(rest)]
    return P(runs, faults or [], first=first, **kw)  # type: ignore[arg-type]


def op(label: str, gap: str, lead_text: str, rest: str, zh: bool = False, faults: list[Fault] | None = None,
       label_run: dict | None = None, tail: list[R] | None = None, **kw: object) -> P:
    """A typed operative clause: the label in a run of its own, the gap typed after it, the lead, the rest."""
    runs = [R(label, **(label_run or {}))]
    if gap:
        runs.append(R(gap))
    runs += [R(lead_text, b=zh, i=not zh), R(rest)] + (tail or [])
    return P(runs, faults or [], **kw)  # type: ignore[arg-type]


def sub(text: str, faults: list[Fault] | None = None, **kw: object) -> P:
    return P([R(text)], faults or [], **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- WordprocessingML


def run_xml(r: R) -> str:
    rpr = ""
    if r.font:
        rpr += f'<w:rFonts w:ascii="{r.font}" w:hAnsi="{r.font}" w:cs="{r.font}"/>'
    if r.b:
        rpr += "<w:b/><w:bCs/>"
    if r.i:
        rpr += "<w:i/><w:iCs/>"
    if r.color:
        rpr += f'<w:color w:val="{r.color}"/>'
    if r.sz:
        rpr += f'<w:sz w:val="{r.sz}"/><w:szCs w:val="{r.sz}"/>'
    content = ""
    buf = ""
    for ch in r.text:
        if ch in "\t\n":
            if buf:
                content += f'<w:t xml:space="preserve">{escape(buf)}</w:t>'
                buf = ""
            content += "<w:tab/>" if ch == "\t" else "<w:br/>"
        else:
            buf += ch
    if buf:
        content += f'<w:t xml:space="preserve">{escape(buf)}</w:t>'
    return "<w:r>" + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + content + "</w:r>"


def paragraph_xml(p: P) -> str:
    ppr = ""
    if p.tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in p.tabs) + "</w:tabs>"
    if p.space_after is not None:
        ppr += f'<w:spacing w:after="{p.space_after}"/>'
    ind = ""
    if p.left is not None:
        ind += f' w:left="{p.left}"'
    if p.hanging is not None:
        ind += f' w:hanging="{p.hanging}"'
    if p.first is not None:
        ind += f' w:firstLine="{p.first}"'
    if ind:
        ppr += f"<w:ind{ind}/>"
    if p.jc:
        ppr += f'<w:jc w:val="{p.jc}"/>'
    return (f"<w:p {NSDECL}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + "".join(run_xml(r) for r in p.runs) + "</w:p>")


def setup(doc: docx.Document, zh: bool) -> None:
    """The Normal style of the student's file: Times New Roman 12 pt (宋体 for East Asian text)."""
    styles = doc.styles.element
    east = ' w:eastAsia="宋体"' if zh else ""
    normal = (f'<w:style {NSDECL} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/>'
              f'</w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"{east} '
              'w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
              f'<w:lang w:val="en-US" w:eastAsia="{"zh-CN" if zh else "en-US"}"/></w:rPr></w:style>')
    for old in styles.findall(w("style")):
        if old.get(w("styleId")) == "Normal":
            styles.remove(old)
    styles.append(parse_xml(normal))


def build(name: str, paragraphs: list[P], zh: bool) -> None:
    doc = docx.Document()
    setup(doc, zh)
    body = doc.element.body
    for old in list(body):
        if old.tag == w("p"):
            body.remove(old)
    sect = body.find(w("sectPr"))
    for p in paragraphs:
        sect.addprevious(parse_xml(paragraph_xml(p)))
    out = HERE / name
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        count = len(root.find(w("body")).findall(w("p")))
        assert not root.findall(f".//{w('numPr')}"), name  # no Word list anywhere
    assert count == len(paragraphs), (name, count, len(paragraphs))


# ---------------------------------------------------------------- the drafts

DRAFTS: dict[str, tuple[bool, list[P]]] = {}

# en-t01: typed "N." + a tab to a hanging indent (w:ind left 720 hanging 720, a left tab stop at 720), the label in a
# run of its own that names Times New Roman 12 pt again (as pasted from the co-sponsor's file: the same as the body);
# sub-clauses "(a)" + a tab, placed by w:ind left 1440 hanging 720 with a tab stop at 1440; preambular clauses with
# a first-line indent. The last clause is typed "7." after "5." (clause 6 deleted, not renumbered).
HANG = {"left": 720, "hanging": 720, "tabs": (720,)}
SUBHANG = {"left": 1440, "hanging": 720, "tabs": (1440,)}
LBL = {"font": "Times New Roman", "sz": 24}
DRAFTS["en-t01-groundwater-tab-hanging-indent-skips-six.docx"] = (False, [
    field_("Committee: Second Committee (Economic and Financial)"),
    field_("Topic: Sustainable management of transboundary aquifers"),
    field_("Sponsors: Jordan, Mali, Paraguay"),
    field_("Signatories: Argentina, Botswana, Chad, Germany, Tunisia, Uruguay"),
    organ("The General Assembly,"),
    pre("Recalling", " its resolution 63/124 on the law of transboundary aquifers,"),
    pre("Recognizing", " that groundwater supplies about half of the water drawn for domestic use worldwide,"),
    pre("Deeply concerned", " that many aquifers are being depleted faster than rain and rivers can recharge them,"),
    pre("Noting", " that few transboundary aquifers are covered by any agreement between the States that share them,"),
    pre("Bearing in mind", " the Convention on the Protection and Use of Transboundary Watercourses and International "
        "Lakes, open to all Member States since 2016,"),
    op("1.", "\t", "Encourages", " States sharing an aquifer to exchange data on groundwater levels and quality on a "
       "regular basis;", label_run=LBL, **HANG),
    op("2.", "\t", "Invites", " the United Nations Educational, Scientific and Cultural Organization to support joint "
       "assessments of shared aquifers, in particular by:", label_run=LBL, **HANG),
    sub("(a)\tproviding training in groundwater modelling to national hydrological services;", **SUBHANG),
    sub("(b)\thelping States to map the recharge zones that need protection;", **SUBHANG),
    op("3.", "\t", "Calls upon", " Member States to regulate the drilling of new wells where groundwater levels are "
       "falling;", label_run=LBL, **HANG),
    op("4.", "\t", "Recommends", " that States consider bilateral or regional arrangements for the management of "
       "shared aquifers;", label_run=LBL, **HANG),
    op("5.", "\t", "Supports", " the monitoring of groundwater under target 6.5 of the Sustainable Development Goals;",
       label_run=LBL, **HANG),
    op("7.", "\t", "Requests", " the Secretary-General to report to the General Assembly at its eighty-second session "
       "on the implementation of the present resolution.", label_run=LBL, **HANG,
       faults=[F("numbering", 'the last operative clause is typed "7." right after clause "5." (a clause was deleted '
                 'and the typed numbers were not corrected): the chair sees the number skip 6; expected «6. Requests '
                 'the Secretary-General …» (UN-B07, MUN-F05)')]),
])

# en-t02: typed "N." in a bold, dark-blue run of its own, then two typed spaces to line the text up (no indentation);
# clause 2 has a no-break space and a space after its label; clause 6's label is red (left from a co-sponsor's
# comment); sub-clauses "(a)" + a no-break space, placed by w:ind left 720 alone. Faults: "3.Calls" glued, "5 ." with
# a space before the point.
BLUE = {"b": True, "color": "1F3864"}
DRAFTS["en-t02-coral-reefs-spaces-bold-labels-glued-space-before-point.docx"] = (False, [
    field_("Committee: General Assembly Second Committee"),
    field_("Topic: Protecting coral reefs from mass bleaching"),
    field_("Sponsors: Australia, Indonesia, Maldives"),
    field_("Signatories: Belize, Fiji, Kenya, Mexico, Philippines, Seychelles"),
    organ("The General Assembly,"),
    pre("Alarmed", " that rising sea temperatures have caused repeated mass bleaching of coral reefs in every ocean "
        "basin,", first=None),
    pre("Recognizing", " that coral reefs protect coastlines from storms and sustain the fisheries on which millions "
        "of people depend,", first=None),
    pre("Recalling", " the Kunming-Montreal Global Biodiversity Framework and its target to conserve 30 per cent of "
        "marine areas by 2030,", first=None),
    pre("Noting with concern", " that local pollution and overfishing make reefs less able to recover after "
        "bleaching,", first=None),
    pre("Welcoming", " the work of the International Coral Reef Initiative,", first=None),
    op("1.", "  ", "Urges", " Member States to reduce land-based pollution that reaches coral reefs, in particular "
       "sewage and fertilizer run-off;", label_run=BLUE),
    op("2.", NBSP + " ", "Encourages", " coastal States to establish marine protected areas that include the reefs "
       "most likely to survive warming;", label_run=BLUE),
    op("3.", "", "Calls upon", " donors to fund coral restoration projects led by local communities;", label_run=BLUE,
       faults=[F("numbering", 'the label is glued to the lead: "3.Calls upon donors …" with no space after the point '
                 '(every other clause has one); expected «3. Calls upon donors …» (UN-B07, MUN-F05)')]),
    op("4.", "  ", "Invites", " research institutions to share data on heat-tolerant corals through open databases, "
       "including:", label_run=BLUE),
    sub(f"(a){NBSP}records of bleaching events by location and date;", left=720),
    sub(f"(b){NBSP}results of coral breeding and restoration trials;", left=720),
    op("5 .", "  ", "Recommends", " that tourism operators follow codes of conduct that limit damage to reefs;",
       label_run=BLUE,
       faults=[F("numbering", 'the label is typed "5 ." with a space between the number and the point; expected '
                 '«5.» (UN-B07, MUN-F05)')]),
    op("6.", "  ", "Further invites", " the United Nations Environment Programme to publish a report on the state of "
       "the world's coral reefs every four years;", label_run={"b": True, "color": "FF0000"}),
    op("7.", "  ", "Requests", " the Secretary-General to report on the implementation of the present resolution at "
       "the eighty-second session of the General Assembly.", label_run=BLUE),
])

# en-t03: typed "N." + an en space (U+2002) and no indentation; sub-clauses of clause 2 placed by a leading tab and a
# tab after the label (no w:ind), those of clause 5 by six typed spaces. Faults: the first preambular clause typed
# with a number; a clause typed after Shift+Enter inside clause 3's paragraph, with no label of its own; the last
# clause typed "6." again.
DRAFTS["en-t03-e-waste-en-space-tab-and-space-subs-numbered-preamble-repeat.docx"] = (False, [
    field_("Committee: Economic and Social Council"),
    field_("Topic: Safe recycling of electronic waste"),
    field_("Sponsors: Ghana, Japan, Netherlands"),
    field_("Signatories: Brazil, Cambodia, Ecuador, Finland, Nigeria, Sri Lanka"),
    organ("The Economic and Social Council,"),
    pre("Acknowledging", " that the world produces more electronic waste every year and recycles less than a quarter "
        "of it,", first=None, label=R("1." + ENSP),
        faults=[F("numbering", 'the first preambular clause is typed with a number: "1. Acknowledging that the world '
                  'produces more electronic waste …"; preambular clauses are not numbered: «Acknowledging that the '
                  'world produces …» (UN-B05, MUN-F04)')]),
    pre("Concerned", " that informal recyclers, many of them children, burn cables and circuit boards in the open and "
        "breathe the toxic smoke,", first=None),
    pre("Recalling", " the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their "
        "Disposal,", first=None),
    pre("Noting", " that discarded devices contain valuable metals that could be recovered safely,", first=None),
    op("1.", ENSP, "Calls upon", " Member States to ban the open burning of electronic waste;"),
    op("2.", ENSP, "Encourages", " manufacturers to design devices that can be repaired and recycled, in particular "
       "by:"),
    sub("\t(a)\tusing screws instead of glue to hold batteries in place;"),
    sub("\t(b)\tmarking plastic parts with the type of plastic they are made of;"),
    op("3.", ENSP, "Invites", " States to set up collection points for old telephones and computers in every town;",
       tail=[R("\n"), R("Stresses", i=True), R(" that collection schemes should be free of charge for households;")],
       faults=[F("numbering", 'after "…computers in every town;" a manual line break (Shift+Enter) starts the clause '
                 '"Stresses that collection schemes should be free of charge for households;" on a new line of the '
                 'same paragraph, with no number: the chair sees an operative clause without a label; expected its '
                 'own paragraph «4. Stresses that collection schemes …» and the later clauses renumbered (UN-B07, '
                 'MUN-F05)')]),
    op("4.", ENSP, "Recommends", " that informal recyclers be offered training and protective equipment and be "
       "included in formal recycling schemes;"),
    op("5.", ENSP, "Requests", " the United Nations Environment Programme to help countries draw up national "
       "inventories of electronic waste, covering:"),
    sub("      (a) the devices placed on the market each year;"),
    sub("      (b) the amounts collected and recycled;"),
    op("6.", ENSP, "Encourages", " regional development banks to finance recycling plants that meet environmental "
       "standards;"),
    op("6.", ENSP, "Requests", " the Secretary-General to report to the Council at its 2028 session on the progress "
       "made.",
       faults=[F("numbering", 'the last clause is typed "6." again after clause "6. Encourages regional development '
                 'banks …": the number repeats; expected «7. Requests the Secretary-General …» (UN-B07, MUN-F05)')]),
])

# zh-t04: cn-mun; preambular clauses indented by two typed ideographic spaces (首行缩进 by spaces, no w:ind); operative
# labels "N." in a run of their own (Times New Roman) + an ideographic space; sub-clauses "(a)" + an ideographic
# space placed by w:ind left 480. Faults: "4．" with the full-width point; "5." typed twice.
ZH_LBL = {"font": "Times New Roman"}
DRAFTS["zh-t04-youth-mental-health-ideographic-space-full-width-point-repeat.docx"] = (True, [
    title("决议草案"),
    field_("委员会：联合国大会第三委员会"),
    field_("议题：青少年心理健康"),
    field_("起草国：加拿大、肯尼亚、泰国"),
    field_("附议国：阿根廷、比利时、斐济、蒙古、塞内加尔"),
    organ("大会，", zh=True),
    pre("回顾", "《儿童权利公约》确认儿童有权享有可达到的最高标准的健康，", zh=True, first=None, prefix=IDSP * 2),
    pre("关切地注意到", "抑郁和焦虑是青少年患病和残疾的主要原因之一，", zh=True, first=None, prefix=IDSP * 2),
    pre("认识到", "学校是及早发现并支持有心理健康问题的学生的重要场所，", zh=True, first=None, prefix=IDSP * 2),
    pre("又认识到", "网络欺凌和长时间使用社交媒体可能损害青少年的心理健康，", zh=True, first=None, prefix=IDSP * 2),
    pre("欢迎", "世界卫生组织发布的关于促进青少年心理健康的指导意见，", zh=True, first=None, prefix=IDSP * 2),
    op("1.", IDSP, "鼓励", "会员国将心理健康教育纳入中小学课程；", zh=True, label_run=ZH_LBL),
    op("2.", IDSP, "促请", "各国政府为学校配备受过培训的心理咨询人员，特别是：", zh=True, label_run=ZH_LBL),
    sub(f"(a){IDSP}农村和偏远地区的学校；", left=480),
    sub(f"(b){IDSP}收容难民儿童的学校；", left=480),
    op("3.", IDSP, "请", "世界卫生组织和联合国儿童基金会协助各国制定青少年心理健康国家战略；", zh=True,
       label_run=ZH_LBL),
    op("4．", IDSP, "敦促", "社交媒体公司为未成年用户提供更安全的默认设置；", zh=True, label_run=ZH_LBL,
       faults=[F("numbering", '行动性条款编号"4．"用了全角句点（其他条款均为半角"1."）；应为 «4.» (UN-B07, ZH-B03)')]),
    op("5.", IDSP, "邀请", "会员国设立免费、保密的青少年心理援助热线；", zh=True, label_run=ZH_LBL),
    op("5.", IDSP, "鼓励", "各国开展消除对心理疾病的污名化的宣传活动；", zh=True, label_run=ZH_LBL,
       faults=[F("numbering", '编号重复：上一条已是"5."，本条又打成"5."，下一条为"7."；应为 «6. 鼓励各国开展……» '
                 '(UN-B07, ZH-B03)')]),
    op("7.", IDSP, "请", "秘书长在大会第八十二届会议上报告本决议的执行情况。", zh=True, label_run=ZH_LBL),
])

# zh-t05: cn-mun, written as a 公文: preambular clauses indented by two typed ideographic spaces; operative labels
# 一、二、… typed before the bold lead (no space); sub-clause labels （一）（二） after two ideographic spaces. Every
# 一、 label and every （一） label is a fault.
CN_NUM = "一二三四五六"
ZH5_OP = '行动性条款编号用了公文的"{lab}"；应为阿拉伯数字加半角句点 «{n}.» (UN-B07, ZH-B03)'
ZH5_SUB = '子条款编号用了公文的"{lab}"；应为英文字母 «{want}» (ZH-B04, UN-B10)'


def zh5_op(k: int, lead_text: str, rest: str) -> P:
    lab = CN_NUM[k - 1] + "、"
    return op(lab, "", lead_text, rest, zh=True, faults=[F("numbering", ZH5_OP.format(lab=lab, n=k))])


def zh5_sub(k: int, text: str) -> P:
    lab = f"（{CN_NUM[k - 1]}）"
    return sub(IDSP * 2 + lab + text, [F("sub-clause-label", ZH5_SUB.format(lab=lab, want="(" + "ab"[k - 1] + ")"))])


DRAFTS["zh-t05-urban-waste-gongwen-labels-full-width-space-indents.docx"] = (True, [
    title("决议草案"),
    field_("委员会：联合国大会第二委员会"),
    field_("议题：城市固体废物的减量与分类"),
    field_("起草国：大韩民国、瑞典、越南"),
    field_("附议国：智利、埃及、印度尼西亚、卢旺达、斯洛文尼亚"),
    organ("大会，", zh=True),
    pre("铭记", "可持续发展目标具体目标11.6要求特别注意城市的空气质量和废物管理，", zh=True, first=None,
        prefix=IDSP * 2),
    pre("关切地注意到", "全球城市固体废物的产生量持续增长，其中相当一部分未经妥善处理，", zh=True, first=None,
        prefix=IDSP * 2),
    pre("认识到", "露天焚烧和不受控制的垃圾填埋场危害居民健康并加剧气候变化，", zh=True, first=None,
        prefix=IDSP * 2),
    pre("注意到", "许多城市通过垃圾分类和回收提高了资源利用率，", zh=True, first=None, prefix=IDSP * 2),
    zh5_op(1, "鼓励", "会员国制定国家城市固体废物管理战略；"),
    zh5_op(2, "促请", "各城市在源头推行垃圾分类，特别是："),
    zh5_sub(1, "将厨余垃圾与其他垃圾分开收集；"),
    zh5_sub(2, "在居民区设置方便使用的回收点；"),
    zh5_op(3, "邀请", "各区域开发银行为废物分类和回收设施提供资金；"),
    zh5_op(4, "鼓励", "各国支持拾荒者组建合作社，并将其纳入正式的回收体系；"),
    zh5_op(5, "请", "联合国环境规划署与联合国人类住区规划署合作，协助各国："),
    zh5_sub(1, "收集城市废物产生和处理情况的数据；"),
    zh5_sub(2, "交流减少塑料包装和一次性用品的成功经验；"),
    zh5_op(6, "请", "秘书长在大会第八十二届会议上报告本决议的执行情况。"),
])


# en-t06: almost clean, the careful student's layout: typed "N." + a tab to a hanging indent (as en-t01), sub-clauses
# "(a)" + a tab at w:ind left 1440 hanging 720, second-degree "(i)" + a tab at w:ind left 2160 hanging 720, the label
# runs plain. One fault: after typing "5." and a tab the student pressed Enter, so the label stands alone in its
# paragraph and the clause "Welcomes …" below it starts at the margin with no label.
SUB2 = {"left": 2160, "hanging": 720, "tabs": (2160,)}
DRAFTS["en-t06-pollinators-clean-hanging-two-levels-label-left-alone.docx"] = (False, [
    field_("Committee: Second Committee (Economic and Financial)"),
    field_("Topic: Protecting pollinators for food security"),
    field_("Sponsors: Costa Rica, Slovenia, Uganda"),
    field_("Signatories: Bhutan, Canada, Ethiopia, France, Guatemala, Nepal, Zambia"),
    organ("The General Assembly,"),
    pre("Recognizing", " that three quarters of the leading food crops depend at least in part on animal "
        "pollination,"),
    pre("Alarmed", " by the decline of wild bees, butterflies and other pollinators in many regions,"),
    pre("Aware", " that the loss of flowering habitat and the misuse of pesticides are among the main causes of this "
        "decline,"),
    pre("Recalling", " World Bee Day, observed every year on 20 May,"),
    op("1.", "\t", "Encourages", " Member States to adopt national strategies for the protection of pollinators;",
       **HANG),
    op("2.", "\t", "Calls upon", " Member States to reduce the risks that pesticides pose to pollinators, "
       "including by:", **HANG),
    sub("(a)\trestricting the use of the most harmful pesticides near flowering crops;", **SUBHANG),
    sub("(b)\tsupporting farmers who adopt integrated pest management, through:", **SUBHANG),
    sub("(i)\ttraining by agricultural extension services;", **SUB2),
    sub("(ii)\tsmall grants for the purchase of equipment;", **SUB2),
    op("3.", "\t", "Invites", " cities to plant native flowering species in parks and along roads;", **HANG),
    op("4.", "\t", "Recommends", " that beekeepers and farmers share information on the timing of pesticide "
       "spraying;", **HANG),
    P([R("5.\t")], [F("numbering", 'the label "5." stands alone in its paragraph (Enter pressed after the label and '
                      'its tab) and the clause "Welcomes the work of the Food and Agriculture Organization …" starts '
                      'the next paragraph at the margin with no number: the chair sees a lone "5." and an unnumbered '
                      'operative clause; expected one paragraph «5. Welcomes the work of the Food and Agriculture '
                      'Organization …» (UN-B07, MUN-F05)')], **HANG),
    P([R("Welcomes", i=True), R(" the work of the Food and Agriculture Organization of the United Nations on "
                                "pollination services;")]),
    op("6.", "\t", "Requests", " the Secretary-General to report to the General Assembly at its eighty-third session on "
       "the implementation of the present resolution.", **HANG),
])


def write_annotations() -> None:
    data = {}
    for name, (_zh, paragraphs) in DRAFTS.items():
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(paragraphs, 1) for f in p.faults]
        data[name] = {"faults": faults}
    header = ("# word-blind57: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md).\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def listing() -> None:
    for name, (_zh, paragraphs) in DRAFTS.items():
        print(name)
        for i, p in enumerate(paragraphs, 1):
            ind = f"L{p.left} H{p.hanging} F{p.first} tabs{list(p.tabs)}"
            text = "".join(r.text for r in p.runs).replace("\t", "⇥").replace("\n", "⏎").replace(NBSP, "°") \
                .replace(ENSP, "␣").replace(IDSP, "□")
            print(f"  {i:2} [{ind}] {text[:90]}")
            for f in p.faults:
                print(f"       ! {f.kind}: {f.note[:100]}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in DRAFTS:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / name)],
                       check=True, capture_output=True)
        pdf = out / (Path(name).stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / Path(name).stem)], check=True)


if __name__ == "__main__":
    if "--list" in sys.argv:
        listing()
    elif "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
    else:
        for name, (zh, paragraphs) in DRAFTS.items():
            build(name, paragraphs, zh)
        write_annotations()
