"""Build the drafts of the blind set word-blind77 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body w:p: index, revision marks, and the accepted paragraphs
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six Chinese draft resolutions (profile cn-mun, one in traditional characters) as 起草国 and 附议国 hand them in after
editing one file in turn in Word or WPS with 修订 (Track Changes) on and not every revision accepted: w:ins / w:del
of words and of whole clauses, w:moveFrom / w:moveTo of a whole clause, a numbering change recorded in w:pPrChange,
emphasis changed in w:rPrChange, a paragraph mark inserted (one clause split in two) or deleted (two clauses joined),
comments by two authors; one draft (zh-06) with every revision accepted before it was sent.

What the chair judges is the draft with every revision accepted ("No Markup"): deleted and moved-away text is gone,
inserted and moved-here text stands, a deleted paragraph mark joins its paragraph to the next one (the accepted
paragraph is the w:p whose mark survives: the last of the joined ones, and its fault marks stand there), a property
change counts in its new form. Comments are no part of the text.

python-docx gives the package (and the comments part); paragraphs, revisions and numbering are raw WordprocessingML
written here (no import of drafter or another set). Paragraph number = 1-based index of the w:p among all w:p of
the body, checked again on the saved file.
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
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
SP = "\u3000"
_ids = iter(range(100, 100000))


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
    lead: bool = False  # emphasised as the draft's leads are
    rev: str = ""  # "", "ins", "del", "mf" (moved away), "mt" (moved here)
    by: int = 0  # which author made the revision (0 起草国, 1 附议国)
    old: str | None = None  # w:rPrChange: the old emphasis ("lead" or "plain"); None: no property change


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl) now
    kind: str = "body"  # title, head, organ, pre, op, sub
    mark: str = ""  # the paragraph mark: "", "ins", "del", "mf", "mt"
    mark_by: int = 0
    old_num: tuple[int, int] | None | str = "same"  # w:pPrChange: the numbering before ("same": no change)
    comment: tuple[int, str] | None = None  # (author, text) over the paragraph's unrevised runs
    move: str = ""  # name of the move range this paragraph holds ("" none)


@dataclass
class Level:
    fmt: str
    text: str


@dataclass
class Draft:
    name: str
    app: str  # "word" or "wps"
    font: str
    lead: str  # "b" or "u"
    authors: tuple[str, str]
    levels: list[Level]
    items: list[P]
    nums: dict[int, int] = field(default_factory=lambda: {1: 0})  # numId -> abstractNumId
    levels_by: dict[int, list[Level]] = field(default_factory=dict)  # abstractNumId -> levels (default: levels)
    size: int = 24


CN = "一二三四五六七八九十"


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt in ("chineseCounting", "ideographDigital"):
        return CN[n - 1]
    raise ValueError(fmt)


def gone(p: P) -> bool:
    """The paragraph mark is deleted or moved away: once accepted its text joins the next paragraph."""
    return p.mark in ("del", "mf")


def accepted_text(p: P) -> str:
    return "".join(r.text for r in p.runs if r.rev not in ("del", "mf"))


def labels(d: Draft) -> list[str]:
    """The label each w:p shows once every revision is accepted ("" for one joined to the next, or not numbered)."""
    counters: dict[int, list[int]] = {}
    out = []
    for p in d.items:
        if p.num is None or gone(p):
            out.append("")
            continue
        num_id, ilvl = p.num
        c = counters.setdefault(d.nums[num_id], [0, 0, 0])
        c[ilvl] += 1
        for j in range(ilvl + 1, 3):
            c[j] = 0
        text = d.levels[ilvl].text
        for j in range(len(d.levels)):
            text = text.replace(f"%{j + 1}", fmt_number(max(c[j], 1), d.levels[j].fmt))
        out.append(text)
    return out


def accepted(d: Draft) -> list[tuple[int, str, P]]:
    """The accepted paragraphs: (w:p number of the one whose mark survives, label + text, that P)."""
    out, pending = [], ""
    for i, (p, lab) in enumerate(zip(d.items, labels(d)), 1):
        if gone(p):
            pending += accepted_text(p)
            continue
        out.append((i, lab + pending + accepted_text(p), p))
        pending = ""
    return out


def rev_attrs(d: Draft, by: int) -> str:
    return f'w:id="{next(_ids)}" w:author="{d.authors[by]}" w:date="2026-11-2{3 + by}T2{by}:1{by}:00Z"'


def rpr(d: Draft, emph: bool) -> str:
    if d.app == "wps":
        fonts = f'<w:rFonts w:hint="eastAsia" w:ascii="{d.font}" w:hAnsi="{d.font}" w:eastAsia="{d.font}"/>'
    else:
        fonts = (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{d.font}" '
                 'w:cs="Times New Roman"/>')
    e = ("<w:b/><w:bCs/>" if d.lead == "b" else '<w:u w:val="single"/>') if emph else ""
    return fonts + e + f'<w:sz w:val="{d.size}"/><w:szCs w:val="{d.size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'


def run_xml(d: Draft, r: R) -> str:
    props = rpr(d, r.lead)
    if r.old is not None:
        props += f'<w:rPrChange {rev_attrs(d, r.by)}><w:rPr>{rpr(d, r.old == "lead")}</w:rPr></w:rPrChange>'
    tag = "w:delText" if r.rev == "del" else "w:t"
    run = f'<w:r><w:rPr>{props}</w:rPr><{tag} xml:space="preserve">{escape(r.text)}</{tag}></w:r>'
    if r.rev == "ins":
        return f"<w:ins {rev_attrs(d, r.by)}>{run}</w:ins>"
    if r.rev == "del":
        return f"<w:del {rev_attrs(d, r.by)}>{run}</w:del>"
    if r.rev == "mf":
        return f"<w:moveFrom {rev_attrs(d, r.by)}>{run}</w:moveFrom>"
    if r.rev == "mt":
        return f"<w:moveTo {rev_attrs(d, r.by)}>{run}</w:moveTo>"
    return run


def num_pr(num: tuple[int, int] | None) -> str:
    return "" if num is None else f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'


def para_xml(p: P, d: Draft) -> str:
    ppr = num_pr(p.num) + '<w:spacing w:line="360" w:lineRule="auto"/>'
    if p.kind in ("pre", "organ"):
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>'
    if p.kind == "title":
        ppr += '<w:jc w:val="center"/>'
    elif p.kind in ("pre", "op", "sub"):
        ppr += '<w:jc w:val="both"/>'
    mark = {"ins": "w:ins", "del": "w:del", "mf": "w:moveFrom", "mt": "w:moveTo"}.get(p.mark)
    ppr += f"<w:rPr>{rpr(d, False)}" + (f"<{mark} {rev_attrs(d, p.mark_by)}/>" if mark else "") + "</w:rPr>"
    if p.old_num != "same":
        old = p.old_num if isinstance(p.old_num, tuple) or p.old_num is None else None
        ppr += (f'<w:pPrChange {rev_attrs(d, p.mark_by)}><w:pPr>{num_pr(old)}'
                '<w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrChange>')
    body = "".join(run_xml(d, r) for r in p.runs if r.text)
    if p.move:
        kind = "moveFrom" if p.move.startswith("from:") else "moveTo"
        name = p.move.split(":", 1)[1]
        rid = next(_ids)
        body = (f'<w:{kind}RangeStart w:id="{rid}" w:name="{name}" {rev_attrs(d, 0).split(" ", 1)[1]}/>' + body
                + f'<w:{kind}RangeEnd w:id="{rid}"/>')
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


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
    for abstract in sorted(set(d.nums.values())):
        lv = ""
        for i, x in enumerate(d.levels_by.get(abstract, d.levels)):
            left = 420 * (i + 1) if d.app == "word" else 0
            ind = (f'<w:ind w:left="{left}" w:hanging="420"/>' if d.app == "word"
                   else '<w:ind w:left="0" w:firstLine="0"/>')
            suff = '<w:suff w:val="nothing"/>' if d.app == "wps" else ""
            lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{x.fmt}"/>{suff}'
                   f'<w:lvlText w:val="{x.text}"/><w:lvlJc w:val="left"/><w:pPr>{ind}</w:pPr></w:lvl>')
        multi = "hybridMultilevel" if d.app == "word" else "multilevel"
        numbering.append(parse_xml(
            f'<w:abstractNum {NS} w:abstractNumId="{abstract}"><w:nsid w:val="3D1B6E4{abstract}"/>'
            f'<w:multiLevelType w:val="{multi}"/><w:tmpl w:val="7A2C5F1{abstract}"/>{lv}</w:abstractNum>'))
    for num_id, abstract in d.nums.items():
        numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/></w:num>'))
    for item in d.items:
        el = parse_xml(para_xml(item, d))
        sect.addprevious(el)
        if item.comment is not None:
            runs = [r for r in DocxParagraph(el, doc._body).runs]  # the unrevised runs (direct children)
            author, text = item.comment
            name = d.authors[author].split("（")[0]
            doc.add_comment(runs=[runs[0], runs[-1]] if len(runs) > 1 else runs[0], text=text, author=name,
                            initials=name[:2])
    settings = doc.settings.element
    settings.append(parse_xml(f"<w:trackRevisions {NS}/>"))
    doc.core_properties.author = d.authors[0]
    doc.core_properties.last_modified_by = d.authors[1]
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


# ---------------------------------------------------------------- paragraph helpers


def title() -> P:
    return P([R("决议草案", lead=False)], kind="title")


def head(label: str, value: str) -> P:
    return P([R(label), R(value)], kind="head")


def organ(text: str) -> P:
    return P([R(text)], kind="organ")


def pre(*runs: R | str, faults: list[Fault] | None = None, **kw: object) -> P:
    return P([R(x) if isinstance(x, str) else x for x in runs], faults or [], kind="pre", **kw)  # type: ignore[arg-type]


def op(*runs: R | str, faults: list[Fault] | None = None, num: tuple[int, int] | None = (1, 0),
       **kw: object) -> P:
    return P([R(x) if isinstance(x, str) else x for x in runs], faults or [], num, kind="op", **kw)  # type: ignore[arg-type]


def sub(*runs: R | str, faults: list[Fault] | None = None, num: tuple[int, int] | None = (1, 1),
        **kw: object) -> P:
    return P([R(x) if isinstance(x, str) else x for x in runs], faults or [], num, kind="sub", **kw)  # type: ignore[arg-type]


def L(text: str, **kw: object) -> R:
    return R(text, lead=True, **kw)  # type: ignore[arg-type]


def ins(text: str, by: int = 1, lead: bool = False) -> R:
    return R(text, lead=lead, rev="ins", by=by)


def dele(text: str, by: int = 1, lead: bool = False) -> R:
    return R(text, lead=lead, rev="del", by=by)


DECIMAL = [Level("decimal", "%1."), Level("lowerLetter", "(%2)")]
HEAD = {"c": f"委{SP}员{SP}会：", "t": f"议{SP * 3}题：", "s": f"起{SP}草{SP}国：", "a": f"附{SP}议{SP}国："}

# ---------------------------------------------------------------- the drafts

# 1. Word, 宋体, leads bold, typed clause numbers; the co-sponsor moved clause 4 up before clause 3 (moveFrom / moveTo)
#    without renumbering, inserted a sentence with a half-width comma; comments by both authors
A1 = ("日本代表（起草国）", "卢森堡代表（附议国）")
ZH01 = Draft(
    "zh-01-word-songti-ga4-space-debris-typed-numbers-moved-clause", "word", "宋体", "b", A1, DECIMAL,
    [
        title(),
        head(HEAD["c"], "大会第四委员会（特别政治和非殖民化委员会）"),
        head(HEAD["t"], "外层空间碎片的减缓与清除"),
        head(HEAD["s"], "日本、卢森堡、新西兰"),
        head(HEAD["a"], "阿根廷、肯尼亚、韩国、阿联酋"),
        organ("大会，"),
        pre(L("回顾"), "《关于各国探索和利用包括月球和其他天体在内外层空间活动的原则条约》，"),
        pre(L("注意到"), "和平利用外层空间委员会", ins("2007年", 1), "核可的《空间碎片减缓准则》，",
            comment=(1, "准则年份请核对。")),
        pre(L("深为关切"), "近地轨道上可追踪的碎片", dele("已经", 1), "超过三万件，", ins("且数量仍在快速增加,卫星碰撞的风险随之上升，", 1),
            faults=[F("half-width-punctuation-in-chinese",
                      '"且数量仍在快速增加,卫星碰撞的风险" - a half-width comma in the inserted words of a Chinese '
                      "clause; «快速增加，卫星碰撞» (ZH-P01)")]),
        pre(L("认识到"), "碎片的主动清除在技术和法律上仍面临诸多挑战", ins("，包括空间物体所造成损害之国际责任公约下的责任认定", 0),
            "，", faults=[F("missing-book-title-marks",
                           '"包括空间物体所造成损害之国际责任公约下" - the title of the Liability Convention, typed in, '
                           "is written without book title marks; «《空间物体所造成损害之国际责任公约》» (ZH-P01)")]),
        op("1.", L("鼓励"), "各国在航天器设计阶段采取寿命末期离轨措施；"),
        op("2.", L("呼吁"), "各国", dele("尽快", 0), "自愿交流空间物体的轨道数据；"),
        op(R("4.", rev="mt"), R("请", lead=True, rev="mt"), R("外层空间事务厅汇编各国关于主动清除碎片的做法，并向委员会提交报告；",
                                                              rev="mt"),
           mark="mt", move="to:move1",
           faults=[F("numbering",
                     '"4.请外层空间事务厅汇编" - clause 4 was moved up before clause 3 and keeps its typed number: the '
                     "third clause shows «4.»; «3.» (ZH-B03, UN-B07)")]),
        op("3.", L("敦促"), "拥有航天能力的国家", ins("在发射前", 0), "避免故意摧毁在轨物体", dele("的行为", 0), "；",
           comment=(0, "此段与反卫星试验的表述一致即可。"),
           faults=[F("numbering",
                     '"3.敦促拥有航天能力的国家" - after the move the fourth clause shows «3.» after «4.»; «4.» '
                     "(ZH-B03, UN-B07)")]),
        op(R("4.", rev="mf"), R("请", lead=True, rev="mf"), R("外层空间事务厅汇编各国关于主动清除碎片的做法，并向委员会提交报告；",
                                                              rev="mf"),
           mark="mf", move="from:move1"),
        op("5.", L("邀请"), "商业航天实体", ins("和学术机构", 1), "参与制定碎片清除的技术标准；"),
        op("6.", L("决定"), "在第八十二届会议上继续审议这一问题。"),
    ], nums={1: 0})
for _p in ZH01.items:
    _p.num = None  # typed numbers: no list

# 2. WPS, 仿宋, leads underlined, WPS list "%1." / "(%2)"; clause 3 and 4 joined by a deleted paragraph mark with
#    the "；" of clause 3 left; a preambular clause inserted whole with a mistyped lead (重审); comments by both
A2 = ("秘鲁代表", "荷兰代表")
ZH02 = Draft(
    "zh-02-wps-fangsong-ecosoc-food-loss-joined-clauses-mistyped-lead", "wps", "仿宋", "u", A2, DECIMAL,
    [
        title(),
        head(HEAD["c"], "经济及社会理事会"),
        head(HEAD["t"], "减少粮食损失和浪费"),
        head(HEAD["s"], "秘鲁、荷兰、卢旺达"),
        head(HEAD["a"], "孟加拉国、丹麦、厄瓜多尔、加纳、新加坡"),
        organ("经济及社会理事会，"),
        pre(L("回顾"), "《2030年可持续发展议程》中关于到2030年将零售和消费环节的全球人均粮食浪费减半的具体目标，"),
        pre(L("注意到"), "全球每年约有13%的粮食在收获后至零售前的环节中损失，", comment=(1, "数据来源：粮农组织2023年报告。")),
        P([ins("重审", 1, lead=True), ins("减少粮食损失对于实现零饥饿目标的重要性，", 1)], [F(
            "misspelt-lead",
            '"重审减少粮食损失对于实现零饥饿目标" - the inserted clause opens with 重审 ("re-examine"), a mistyped '
            "重申; «重申» (ZH-B02)")], kind="pre", mark="ins", mark_by=1),
        pre(L("深为关切"), "发展中国家的小农户缺乏冷链和仓储设施，"),
        op(L("鼓励"), "会员国制定国家粮食损失和浪费削减战略；"),
        op(L("呼吁"), "各国政府和私营部门", dele("共同", 0), "投资于农村冷链、仓储", ins("(包括太阳能冷库)", 1),
           "和加工设施；", faults=[F("half-width-punctuation-in-chinese",
                                 '"仓储(包括太阳能冷库)和加工" - half-width parentheses typed in the inserted words of '
                                 "a Chinese clause; «（包括太阳能冷库）» (ZH-P01)")]),
        op(L("敦促"), "零售商改进", ins("临期食品的", 0), "定价和捐赠做法；", mark="del", mark_by=0),
        op(dele("请", 0, lead=True), ins("并", 0), "简化剩余食品向食物银行捐赠的手续；",
           comment=(0, "第3、4段合并。"),
           faults=[F("other",
                     '"定价和捐赠做法；并简化剩余食品" - clauses 3 and 4 joined by deleting the paragraph mark leave a '
                     "stray semicolon inside the joined clause; «做法，并简化» (ZH-B03, MUN-F05)")]),
        op(L("请"), "联合国粮食及农业组织："),
        sub("协助会员国按照粮食损失指数收集", ins("分类", 1), "数据；"),
        sub("推广减少收获后损失的低成本技术；"),
        op(L("决定"), "在下届会议上审查本决议的执行情况。"),
    ])

# 3. traditional characters, Word, 標楷體, leads bold; a preambular clause moved into the operative part (numbered
#    there), a lead's bold removed by the co-sponsor (w:rPrChange), an inserted title without 《》
A3 = ("吐瓦魯代表", "葡萄牙代表")
ZH03 = Draft(
    "zh-03-word-biaokai-trad-ga6-sea-level-rise-moved-preamble-lead-unbolded", "word", "標楷體", "b", A3, DECIMAL,
    [
        P([R("決議草案")], kind="title"),
        head(f"委{SP}員{SP}會：", "大會第六委員會（法律委員會）"),
        head(f"議{SP * 3}題：", "與國際法有關的海平面上升問題"),
        head(f"起{SP}草{SP}國：", "吐瓦魯、葡萄牙、斐濟"),
        head(f"附{SP}議{SP}國：", "巴貝多、智利、馬爾地夫、薩摩亞"),
        organ("大會，"),
        pre(L("回顧"), "國際法委員會關於與國際法有關的海平面上升問題的研究小組的工作，"),
        pre(R("重申", lead=False, old="lead", by=1), ins("聯合國海洋法公約", 1), "所載各項規則的普遍性和統一性，",
            faults=[
                F("emphasis", '"重申" - the lead lost its bold in the co-sponsor\'s edit (rPrChange) while every other '
                              "lead is bold; «**重申**» (ZH-B02, UN-B17)"),
                F("missing-book-title-marks",
                  '"重申聯合國海洋法公約所載" - the title of the Convention, typed in, is written without book title '
                  "marks; «《聯合國海洋法公約》» (ZH-P01)")]),
        pre(R("認識到", lead=True, rev="mf"), R("海平面上升對低窪沿海國家和小島嶼發展中國家構成生存威脅，", rev="mf"),
            mark="mf", move="from:move2"),
        pre(L("深為關切"), "海岸線後退可能影響基線和海洋區域的界限，"),
        pre(L("注意到"), "太平洋島嶼論壇領導人2021年關於面對與氣候變化有關的海平面上升維持海洋區域的宣言，"),
        op(L("鼓勵"), "會員國交流關於", dele("維持", 1), "海洋區域", ins("界限", 1), "的國家實踐；"),
        op(R("認識到", lead=True, rev="mt"), R("海平面上升對低窪沿海國家和小島嶼發展中國家構成生存威脅，", rev="mt"),
           mark="mt", move="to:move2", faults=[F(
               "wrong-lead-form",
               '"認識到海平面上升對低窪沿海國家" - a preambular clause moved into the operative part keeps its '
               "preambular lead and shows as clause 2; an operative clause opens with an operative verb, or move it "
               "back to the preamble (ZH-B03)"),
               F("operative-end-mark", '"構成生存威脅，" - the moved clause, now operative clause 2, still ends with the '
                                       "preambular comma; «威脅；» (ZH-B03)")]),
        op(L("請"), "國際法委員會", ins("在其下一屆會議上", 0), "優先審議海平面上升對國家地位的影響；"),
        op(L("邀請"), "各國就此問題提交書面評論；"),
        op(L("決定"), "將題為「與國際法有關的海平面上升問題」的項目列入第八十二屆會議臨時議程。"),
    ])

# 4. WPS, 宋体, leads bold; the co-sponsor split clause 3 by an inserted paragraph mark (the new paragraph keeps the
#    list), and changed the list from "一、" to "1." (w:pPrChange on every clause); comments by both authors
A4 = ("斯里兰卡代表", "尼日利亚代表")
CNT = [Level("decimal", "%1."), Level("lowerLetter", "(%2)")]


def op4(*runs: R | str, faults: list[Fault] | None = None, **kw: object) -> P:
    return op(*runs, faults=faults, num=(2, 0), old_num=(1, 0), mark_by=1, **kw)


ZH04 = Draft(
    "zh-04-wps-songti-wha-snakebite-split-clause-list-changed", "wps", "宋体", "b", A4, CNT,
    [
        title(),
        head(HEAD["c"], "世界卫生大会"),
        head(HEAD["t"], "蛇咬伤中毒的预防和控制"),
        head(HEAD["s"], "斯里兰卡、尼日利亚、巴布亚新几内亚"),
        head(HEAD["a"], "巴西、哥斯达黎加、印度、肯尼亚、缅甸"),
        organ("世界卫生大会，"),
        pre(L("回顾"), "第WHA71.5号决议", dele("（2018年）", 1), "关于应对蛇咬伤中毒的全球负担，"),
        pre(L("注意到"), "每年约有540万人被毒蛇咬伤，其中多达13.8万人死亡，", comment=(1, "世卫组织数据，已核对。")),
        pre(L("深为关切"), "抗蛇毒血清在农村地区供应不足且价格高昂，"),
        pre(L("认识到"), "社区卫生工作者在早期救治和转诊中的关键作用，"),
        op4(L("敦促"), "会员国将蛇咬伤中毒纳入国家卫生计划；"),
        op4(L("鼓励"), "会员国", ins("与制药企业合作", 0), "确保安全有效的抗蛇毒血清的", dele("充足", 1), "供应；"),
        op4(L("吁请"), "各国为高风险地区的社区卫生工作者提供急救培训，", mark="ins",
            comment=(0, "拆成两段？"),
            faults=[F("operative-end-mark",
                      '"吁请各国为高风险地区的社区卫生工作者提供急救培训，" - the clause split off by the inserted '
                      "paragraph mark ends with a comma; «培训；» (ZH-B03)")]),
        op4("并建立从社区到医院的转诊网络；", faults=[F(
            "operative-without-verb",
            '"并建立从社区到医院的转诊网络" - the second half of the split clause is numbered as a clause of its own '
            "with no operative verb; join it back to the clause before, or open it with a verb (ZH-B03)")]),
        op4(L("请"), "总干事", ins("在现有资源范围内", 1), "支持区域抗蛇毒血清生产能力的建设；"),
        op4(dele("又请", 1, lead=True), ins("还请", 1), "总干事向第八十一届世界卫生大会报告进展情况。", faults=[F(
            "emphasis", '"还请总干事向第八十一届" - the lead typed in place of 又请 is not bold while every other '
                        "lead is; «**还请**» (ZH-B03, UN-B17)")]),
    ], nums={1: 0, 2: 1}, levels_by={0: [Level("chineseCounting", "%1、"), Level("lowerLetter", "(%2)")]})

# 5. Word, 楷体, leads underlined; nearly clean under heavy revision: words inserted and deleted, a whole clause
#    deleted, a preambular clause moved within the preamble, a lead underlined by rPrChange, a sub-item level by
#    pPrChange, comments by both authors
A5 = ("蒙古代表", "约旦代表")
ZH05 = Draft(
    "zh-05-word-kaiti-ga2-sand-dust-storms-nearly-clean-heavy-revisions", "word", "楷体", "u", A5, DECIMAL,
    [
        title(),
        head(HEAD["c"], "大会第二委员会（经济和金融委员会）"),
        head(HEAD["t"], "抗击沙尘暴"),
        head(HEAD["s"], "蒙古、约旦、乌兹别克斯坦"),
        head(HEAD["a"], "中国、伊拉克、哈萨克斯坦、尼日尔、沙特阿拉伯"),
        organ("大会，"),
        pre(R("回顾", lead=True, rev="mt"), R("其关于抗击沙尘暴的历次决议，", rev="mt"), mark="mt", move="to:move3"),
        pre(L("注意到"), "大会宣布2025-2034年为联合国抗击沙尘暴十年，", comment=(1, "请确认十年的起止年份。")),
        pre(R("回顾", lead=True, rev="mf"), R("其关于抗击沙尘暴的历次决议，", rev="mf"), mark="mf", move="from:move3"),
        pre(R("深为关切", lead=True, old="plain", by=0), "沙尘暴对", ins("人类", 1), "健康、农业和航空安全造成的影响，"),
        pre(L("认识到"), "土地退化和干旱是沙尘暴的主要来源", dele("之一，", 1), ins("；", 1), faults=[F(
            "preambular-end-mark", '"是沙尘暴的主要来源；" - the co-sponsor\'s edit leaves the preambular clause '
                                   "ending with a semicolon; «主要来源，» (ZH-B02)")]),
        op(L("鼓励"), "会员国加强沙尘暴的监测和早期预警能力；"),
        op(dele("呼吁", 0, lead=True), dele("各国减少沙尘暴源区的放牧压力；", 0), mark="del", mark_by=0),
        op(L("促请"), "受影响国家开展区域合作，", dele("并", 1), "特别是："),
        sub("共享气象和空气质量数据；"),
        sub("联合开展源区植被恢复项目；", old_num=(1, 0), mark_by=1, comment=(0, "改为子项。")),
        op(L("请"), "秘书长", ins("与世界气象组织合作，", 1), "就本决议的执行情况提交报告；"),
        op(L("决定"), "在第八十二届会议上继续审议这一问题。", faults=[]),
    ])

# 6. WPS, 楷体, leads underlined; every revision accepted before it was sent (no markup left): what the edits left
A6 = ("爱沙尼亚代表", "加纳代表")
ZH06 = Draft(
    "zh-06-wps-kaiti-hrc-deepfakes-elections-all-accepted", "wps", "楷体", "u", A6, DECIMAL,
    [
        title(),
        head(HEAD["c"], "人权理事会"),
        head(HEAD["t"], "深度伪造技术对选举诚信的影响"),
        head(HEAD["s"], "爱沙尼亚、加纳、乌拉圭"),
        head(HEAD["a"], "博茨瓦纳、加拿大、印度尼西亚、蒙古、瑞士"),
        organ("人权理事会，"),
        pre(L("重申"), "公民及政治权利国际公约第二十五条所保障的参与公共事务和选举的权利，", faults=[F(
            "missing-book-title-marks",
            '"公民及政治权利国际公约第二十五条" - the title of the Covenant is written without book title marks; '
            "«《公民及政治权利国际公约》第二十五条» (ZH-P01)")]),
        pre(L("注意到"), "生成式人工智能使伪造候选人音视频的成本大幅降低，"),
        pre("深为关切", "在选举期间传播的深度伪造内容可能误导选民并削弱对选举结果的信任，", faults=[F(
            "emphasis", '"深为关切在选举期间传播" - the lead is not underlined while every other lead is; «深为关切» '
                        "underlined (ZH-B02, UN-B17)")]),
        pre(L("认识到"), "打击虚假信息的措施必须符合言论自由的国际标准。", faults=[F(
            "preambular-end-mark", '"必须符合言论自由的国际标准。" - a preambular clause ends with a full stop; '
                                   "«国际标准，» (ZH-B02)")]),
        op(L("鼓厉"), "各国选举管理机构制定应对深度伪造内容的应急预案；", faults=[F(
            "misspelt-lead", '"鼓厉各国选举管理机构" - the lead is mistyped 鼓厉; «鼓励» (ZH-B03)')]),
        op(L("呼吁"), "社交媒体平台对人工智能生成的政治广告作出清晰标注；"),
        op(L("促请"), "各国："),
        sub("提高选民的媒体和信息素养；"),
        sub("支持独立的事实核查机构；"),
        op(L("请"), "联合国人权事务高级专员办事处编写一份关于深度伪造与选举权利的报告；"),
        op(L("决定"), "继续处理此问题。"),
    ])

DRAFTS = [ZH01, ZH02, ZH03, ZH04, ZH05, ZH06]


def check_quotes() -> None:
    for d in DRAFTS:
        for i, (p, _) in enumerate(zip(d.items, labels(d)), 1):
            if p.faults and gone(p):
                raise AssertionError((d.name, i, "fault on a paragraph joined to the next"))
        for _, text, p in accepted(d):
            for f in p.faults:
                m = re.match(r'"([^"]+)"', f.note)
                assert m, (d.name, f.note)
                assert m.group(1) in text, (d.name, m.group(1), text)


def annotations() -> str:
    head_ = ("# word-blind77: faults a chair would mark in the drafts with every revision accepted, written by "
             "make_drafts.py from the F() marks before any run of drafter.\n# paragraph = 1-based index of the w:p "
             "among all w:p of the body; a paragraph joined to the next by a deleted mark is the next one.\n")
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
            for i, text, p in accepted(d):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                print(f"{i:3} {text} {marks}")
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
