"""Build the drafts of the blind set word-blind27 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # print each body paragraph: index, runs with their formatting, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages of each draft

The set is about RUN formatting as Word leaves it after copy-paste from several sources: a clause (or part of one)
in another font given directly (w:rFonts ascii/hAnsi), through the theme (w:asciiTheme minorHAnsi = Calibri), through
a character style ("normaltextrun", what Word Online pastes) or only as the East Asian font (w:eastAsia, which does
not change Latin letters); 微软雅黑 pasted into a 宋体 body; 宋体 written once as "SimSun" and once as "宋体" (the same
font); a size change (10.5 pt) inside one clause; lead emphasis covering only part of the lead or spilling onto the
words after it; an operative lead italic where the draft underlines, or italic and underlined; an organ line with no
emphasis; emphasis given through character styles ("Emphasis", "Strong", and "Operative Lead", a style based on
"Emphasis" that switches italic off and underline on); runs split mid-word by spell-check (w:proofErr) and by rsid
noise.

python-docx gives the package (its default template); styles, theme fonts, settings and runs are written with lxml by
the helpers below (written for this set; no import of drafter). Faults are marked with F(kind, note) next to the
paragraph that carries them; the paragraph index is the 1-based index of the w:p in the body, checked again on the
saved file. Frozen with the commit that annotated the set.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    node = etree.Element(w(tag))
    for key, value in (attrs or {}).items():
        node.set(w(key), str(value))
    for child in children:
        node.append(child)
    return node


@dataclass
class F:
    kind: str
    note: str


@dataclass
class R:
    """A run and its direct formatting.

    font: w:ascii + w:hAnsi (+ w:cs); ea: w:eastAsia; theme: w:asciiTheme + w:hAnsiTheme; ea_theme: w:eastAsiaTheme;
    sz / sz_cs: size in half-points; style: w:rStyle; rsid: w:rsidR of the run (noise)."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    font: str | None = None
    ea: str | None = None
    theme: str | None = None
    ea_theme: str | None = None
    sz: int | None = None
    sz_cs: int | None = None
    style: str | None = None
    rsid: str | None = None

    def xml(self) -> etree._Element:
        node = el("r")
        if self.rsid:
            node.set(w("rsidR"), self.rsid)
            node.set(w("rsidRPr"), self.rsid)
        rpr = el("rPr")
        if self.style:
            rpr.append(el("rStyle", {"val": self.style}))
        fonts: dict[str, str] = {}
        if self.font:
            fonts.update({"ascii": self.font, "hAnsi": self.font, "cs": self.font})
        if self.ea:
            fonts["eastAsia"] = self.ea
        if self.theme:
            fonts.update({"asciiTheme": self.theme, "hAnsiTheme": self.theme})
        if self.ea_theme:
            fonts["eastAsiaTheme"] = self.ea_theme
        if fonts:
            rpr.append(el("rFonts", fonts))
        if self.b:
            rpr.append(el("b"))
            rpr.append(el("bCs"))
        if self.i:
            rpr.append(el("i"))
            rpr.append(el("iCs"))
        if self.sz:
            rpr.append(el("sz", {"val": str(self.sz)}))
        if self.sz_cs or self.sz:
            rpr.append(el("szCs", {"val": str(self.sz_cs or self.sz)}))
        if self.u:
            rpr.append(el("u", {"val": "single"}))
        if len(rpr):
            node.append(rpr)
        t = el("t")
        t.text = self.text
        t.set(XML_SPACE, "preserve")
        node.append(t)
        return node

    def show(self) -> str:
        marks = [name for name, on in (("i", self.i), ("u", self.u), ("b", self.b)) if on]
        for label, value in (("font", self.font), ("ea", self.ea), ("theme", self.theme), ("eaTheme", self.ea_theme),
                             ("sz", self.sz), ("szCs", self.sz_cs), ("style", self.style)):
            if value:
                marks.append(f"{label}={value}")
        return f"[{self.text}]{{{','.join(marks)}}}" if marks else self.text


@dataclass
class Proof:
    """A w:proofErr mark (spellStart / spellEnd / gramStart / gramEnd) between runs."""
    type: str

    def xml(self) -> etree._Element:
        return el("proofErr", {"type": self.type})

    def show(self) -> str:
        return "‸" if self.type.endswith("Start") else "‸"


@dataclass
class P:
    items: list[R | Proof]
    faults: list[F] = field(default_factory=list)
    jc: str | None = None
    rsid: str = "00A41C2E"

    def xml(self) -> etree._Element:
        p = el("p", {"rsidR": self.rsid, "rsidRDefault": self.rsid})
        if self.jc:
            p.append(el("pPr", None, el("jc", {"val": self.jc})))
        for item in self.items:
            p.append(item.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(item.text for item in self.items if isinstance(item, R))


def plain(text: str, **kw: object) -> P:
    faults = kw.pop("faults", [])
    return P([R(text, **kw)], faults=faults)  # type: ignore[arg-type]


# ---------------------------------------------------------------- package parts
OPERATIVE_LEAD_STYLE = f"""<w:style xmlns:w="{W_NS}" w:type="character" w:customStyle="1" w:styleId="OperativeLead">
  <w:name w:val="Operative Lead"/><w:basedOn w:val="Emphasis"/><w:uiPriority w:val="1"/><w:qFormat/>
  <w:rPr><w:i w:val="0"/><w:iCs w:val="0"/><w:u w:val="single"/></w:rPr></w:style>"""
NORMALTEXTRUN_STYLE = f"""<w:style xmlns:w="{W_NS}" w:type="character" w:customStyle="1" w:styleId="normaltextrun">
  <w:name w:val="normaltextrun"/><w:basedOn w:val="DefaultParagraphFont"/>
  <w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
  </w:style>"""

RSIDS = ["00A41C2E", "00B7D2F1", "00C3E590", "004F12AB", "00E06D7C", "0071B8C4"]


@dataclass
class Draft:
    name: str
    lang: str
    paragraphs: list[P]
    extra_styles: list[str] = field(default_factory=list)
    theme_ea: str | None = None  # the theme's minor East Asian font (a:ea)

    def build(self) -> Path:
        document = docx.Document()
        body = document.element.body
        for child in list(body):
            if child.tag != w("sectPr"):
                body.remove(child)
        sect = body.find(w("sectPr"))
        for para in self.paragraphs:
            sect.addprevious(para.xml())
        self._styles(document)
        self._theme(document)
        self._settings(document)
        document.core_properties.author = "Delegate"
        document.core_properties.title = ""
        path = HERE / f"{self.name}.docx"
        document.save(path)
        with zipfile.ZipFile(path) as z:
            saved = etree.fromstring(z.read("word/document.xml"))
        count = len(saved.find(w("body")).findall(w("p")))
        if count != len(self.paragraphs):
            raise SystemExit(f"{path.name}: {count} body paragraphs saved, {len(self.paragraphs)} built")
        return path

    def _styles(self, document: docx.document.Document) -> None:
        styles = document.styles.element
        normal = document.styles["Normal"].element
        rpr = el("rPr")
        fonts = {"ascii": "Times New Roman", "hAnsi": "Times New Roman", "cs": "Times New Roman"}
        if self.lang == "zh":
            fonts["eastAsia"] = "宋体"
        rpr.append(el("rFonts", fonts))
        rpr.append(el("sz", {"val": "24"}))
        rpr.append(el("szCs", {"val": "24"}))
        if self.lang == "zh":
            rpr.append(el("lang", {"val": "en-US", "eastAsia": "zh-CN"}))
        normal.append(rpr)
        for xml in self.extra_styles:
            styles.append(etree.fromstring(xml))

    def _theme(self, document: docx.document.Document) -> None:
        for part in document.part.package.parts:
            if "theme" not in str(part.partname):
                continue
            root = etree.fromstring(part.blob)
            for name, latin in (("majorFont", "Calibri Light"), ("minorFont", "Calibri")):
                font = root.find(f".//{{{A_NS}}}{name}")
                font.find(f"{{{A_NS}}}latin").set("typeface", latin)
                if name == "minorFont" and self.theme_ea:
                    font.find(f"{{{A_NS}}}ea").set("typeface", self.theme_ea)
                for script in font.findall(f"{{{A_NS}}}font"):
                    if script.get("script") == "Hans":
                        script.set("typeface", "等线" if name == "minorFont" else "等线 Light")
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _settings(self, document: docx.document.Document) -> None:
        settings = document.settings.element
        proof = settings.find(w("proofState"))
        if proof is not None:
            settings.remove(proof)  # spelling errors are left in the text: Word then writes no "clean" state
        rsids = settings.find(w("rsids"))
        for value in RSIDS:
            rsids.append(el("rsid", {"val": value}))
        lang = settings.find(w("themeFontLang"))
        lang.set(w("eastAsia"), "zh-CN" if self.lang == "zh" else "ja-JP")

    def faults(self) -> list[dict[str, object]]:
        out = []
        for index, para in enumerate(self.paragraphs, start=1):
            for fault in para.faults:
                out.append({"paragraph": index, "kind": fault.kind, "note": fault.note})
        return out


# ---------------------------------------------------------------- shorthands
def lead(text: str, **kw: object) -> R:
    return R(text, **kw)  # type: ignore[arg-type]


def op(number: int, items: list[R | Proof], faults: list[F] | None = None) -> P:
    return P([R(f"{number}. "), *items], faults=faults or [])


MIXED_EN = "mixed fonts: "
TNR = "Times New Roman 12 pt"


# ---------------------------------------------------------------- en-r01
EN_R01 = Draft("en-r01-ghost-gear-calibri-ascii-eastasia-only-partial-and-spilt-leads", "en", [
    plain("Committee: Second Committee (Economic and Financial)"),
    plain("Topic: Abandoned, discarded and lost fishing gear in the oceans"),
    plain("Sponsors: Iceland, Maldives, Senegal"),
    plain("Signatories: Fiji, Ghana, Indonesia, Morocco, Norway, Peru"),
    plain("The General Assembly,", i=True),
    P([lead("Recog", i=True), lead("nizing", i=True, rsid="00B7D2F1"),
       R(" that nets, lines and traps left in the sea go on catching fish, turtles and seabirds for years after they "
         "are lost,")]),
    P([R("Fully "), lead("aware", i=True),
       R(" that ghost gear makes up a large share of the plastic found floating in the great ocean gyres,")],
      faults=[F("emphasis", 'the preambular lead "Fully aware" is italic only on "aware": "Fully" is part of the lead '
                "and is left upright; expected «Fully aware» in italics (UN-B04, MUN-F02)")]),
    P([lead("Noting with concern", i=True), R(" that small-scale fishers rarely have a port where worn gear can be "
                                               "handed in free of charge, "),
       R("so that damaged nets are often cut loose at sea,", font="Calibri", sz=22)],
      faults=[F("other", MIXED_EN + 'the words "so that damaged nets are often cut loose at sea," were pasted in '
                "Calibri 11 pt (w:rFonts ascii/hAnsi Calibri) into a draft in «" + TNR + "» (MUN-F08)")]),
    P([lead("Welcoming", i=True),
       R(" the gear-marking guidelines adopted by the Food and Agriculture Organization of the United Nations in 2018,",
         ea="Calibri")]),
    op(1, [lead("Encourages", u=True), R(" States to mark fishing gear so that lost gear can be traced to its "
                                         "owner;")]),
    op(2, [lead("Calls upon all coastal States", u=True),
           R(" to provide free collection points for worn and retrieved gear in every fishing port;")],
       faults=[F("emphasis", 'the underline of the operative lead spills onto the words after it: "Calls upon all '
                 'coastal States" is underlined; only «Calls upon» is the lead (UN-B04, UN-B17, MUN-F03)')]),
    op(3, [lead("Requests", u=True), R(" the United Nations Environment Programme to map the areas where "),
           Proof("spellStart"), R("ghostnets", rsid="00C3E590"), Proof("spellEnd"),
           R(" gather and to share the maps with fishing communities;")]),
    op(4, [lead("Invites", u=True), R(" Member States to report on recovered gear at the eighty-second session.")]),
])

# ---------------------------------------------------------------- en-r02
EN_R02 = Draft("en-r02-thimun-blades-emphasis-style-leads-italic-for-underline-size-10-5", "en", [
    plain("FORUM: Economic and Social Council"),
    plain("QUESTION OF: Recycling the blades of decommissioned wind turbines"),
    plain("SUBMITTED BY: Denmark"),
    plain("CO-SUBMITTERS: Brazil, India, Spain, Viet Nam"),
    plain("THE ECONOMIC AND SOCIAL COUNCIL,", i=True),
    P([lead("Aware", style="Emphasis"),
       R(" that the first generation of onshore wind turbines is now being dismantled and that their blades are made "
         "of glass-fibre composites that cannot simply be melted down,")]),
    P([lead("Alarmed by", style="Emphasis"), R(" reports that thousands of blades are buried in landfill every "
                                                 "year,")]),
    P([lead("Bearing in mind", style="Emphasis"),
       R(" that cement kilns and pyrolysis plants already recover part of the fibre, "),
       R("although neither method yet returns fibre of its original quality,", sz=21)],
      faults=[F("other", 'mixed font sizes: the words "although neither method yet returns fibre of its original '
                'quality," are in 10.5 pt inside a clause set in 12 pt; the draft is in «' + TNR + "» (MUN-F08)")]),
    op(1, [lead("Urges", u=True), R(" manufacturers to design blades that can be taken apart at the end of their "
                                    "service life;")]),
    op(2, [lead("Encourages", i=True), R(" Member States to phase out the landfilling of composite blades within ten "
                                         "years;")],
       faults=[F("emphasis", 'the operative lead "Encourages" is in italics while every other operative lead of this '
                 "THIMUN draft is underlined; expected «Encourages» underlined (MUN-F03)")]),
    op(3, [lead("Requests", i=True, u=True), R(" the regional commissions to keep a voluntary register of "
                                               "decommissioned blades;")],
       faults=[F("emphasis", 'the operative lead "Requests" is both italic and underlined; the other operative leads '
                 "are underlined only: expected «Requests» underlined (MUN-F03, UN-B17)")]),
    op(4, [lead("Recommends", u=True), R(" that public tenders for new wind farms give weight to the recyclability of "
                                         "the blades;")]),
    op(5, [lead("Invites", u=True), R(" the United Nations Industrial Development Organization to report to the "
                                      "Council at its next session.")]),
])

# ---------------------------------------------------------------- en-r03
EN_R03 = Draft("en-r03-heat-stress-organ-plain-theme-font-clause-normaltextrun-style", "en", [
    plain("Committee: Third Committee (Social, Humanitarian and Cultural)"),
    plain("Topic: Heat stress of outdoor workers"),
    plain("Sponsors: Mexico, Pakistan, Qatar"),
    plain("Signatories: Bangladesh, Colombia, Greece, Kenya, Philippines"),
    plain("The General Assembly,",
          faults=[F("emphasis", 'the organ line "The General Assembly," has no emphasis; expected «The General '
                    "Assembly,» in italics (UN-B02)")]),
    P([lead("Guided by", i=True), R(" the Universal Declaration of Human Rights, in particular its article 23 on "
                                    "just and favourable conditions of work,")]),
    P([lead("Noting", i=True, theme="minorHAnsi"),
       R(" that labourers on building sites and in the fields lose working hours every summer once the thermometer "
         "passes thirty-five degrees,", theme="minorHAnsi")],
      faults=[F("other", MIXED_EN + 'the clause "Noting that labourers on building sites and in the fields …" was pasted '
                "from an e-mail in the theme font (w:asciiTheme minorHAnsi = Calibri) into a draft in «" + TNR +
                "» (MUN-F08)")]),
    P([lead("Recognizing", i=True), R(" that cool drinking water and pauses in the shade cost employers "
                                      "little and prevent most cases of heat exhaustion,")]),
    op(1, [lead("Encourages", u=True), R(" Member States to set maximum working temperatures for outdoor work;")]),
    op(2, [lead("Calls upon", u=True, style="normaltextrun"),
           R(" employers to provide shaded rest areas and drinking water on every outdoor work site;",
             style="normaltextrun")],
       faults=[F("other", MIXED_EN + 'the clause "Calls upon employers to provide shaded rest areas …" was pasted '
                 'from Word Online with the character style "normaltextrun" (Calibri 11 pt) into a draft in «' + TNR +
                 "» (MUN-F08)")]),
    op(3, [lead("Requests", u=True), R(" the International Labour Organization to publish guidance on heat-stress "
                                       "prevention;")]),
    op(4, [lead("Invites", u=True), R(" regional health agencies to share early-warning data on heat waves with "
                                      "labour inspectors.")]),
], extra_styles=[NORMALTEXTRUN_STYLE])

# ---------------------------------------------------------------- en-r04 (clean)
EN_R04 = Draft("en-r04-clean-refugee-libraries-style-leads-rsid-proof-eastasia-only", "en", [
    plain("Committee: Third Committee (Social, Humanitarian and Cultural)"),
    plain("Topic: Libraries in refugee settlements"),
    plain("Sponsors: Jordan, Sweden, Uganda"),
    plain("Signatories: Chad, Colombia, Germany, Lebanon, Rwanda"),
    P([R("The General Assembly,", style="Emphasis")]),
    P([lead("Recalling", style="Emphasis"),
       R(" the Global Compact on Refugees and its call for quality education for refugee children and youth,")]),
    P([lead("Convinced", style="Emphasis"),
       R(" that a library open to all residents of a settlement gives children a quiet place to read and adults a "
         "place to learn,", ea="Calibri", sz_cs=21)]),
    P([lead("Deeply ", style="Emphasis"), lead("concerned", style="Emphasis", rsid="00E06D7C"),
       R(" that many settlements have no books in the languages their residents speak,")]),
    op(1, [lead("Encourages", style="OperativeLead"),
           R(" host States and donors to fund libraries in refugee settlements;")]),
    op(2, [lead("Recommends", style="OperativeLead"), R(" that settlement libraries lend e-readers and offer free "),
           Proof("spellStart"), R("wifi", rsid="004F12AB"), Proof("spellEnd"), R(" access;")]),
    op(3, [lead("Invi", style="OperativeLead"), lead("tes", style="OperativeLead", rsid="0071B8C4"),
           R(" the United Nations High Commissioner for Refugees to train librarians from among the refugees "
             "themselves;")]),
    op(4, [lead("Requests", style="OperativeLead"),
           R(" the Secretary-General to report on the implementation of this resolution at its eighty-second "
             "session.", ea="Calibri")]),
], extra_styles=[OPERATIVE_LEAD_STYLE])

# ---------------------------------------------------------------- zh-r05
ZH_R05 = Draft("zh-r05-school-lunch-yahei-clause-simsun-two-names-size-10-5-partial-and-spilt-underline", "zh", [
    P([R("决议草案", b=True)], jc="center"),
    plain("委员会：大会第三委员会"),
    plain("议题：农村学校的营养午餐"),
    plain("起草国：秘鲁、加纳、孟加拉国"),
    plain("附议国：埃塞俄比亚、老挝、尼泊尔、塞内加尔、危地马拉"),
    plain("大会，", b=True),
    P([lead("回顾", u=True), R("《儿童权利公约》关于儿童享有可达到的最高健康标准的规定，")]),
    P([lead("深为", u=True), R("关切农村地区仍有许多学龄儿童每天空腹上学，")],
      faults=[F("emphasis", '序言性条款的引导词"深为关切"只有"深为"加了下划线，"关切"没有；应为 «深为关切» 整体加下划线 '
                "(ZH-B02, UN-B04)")]),
    P([lead("注意到", u=True, font="Arial", ea="微软雅黑"),
       R("每餐增加一个鸡蛋或一杯牛奶即可明显提高儿童的出勤率和注意力，", font="Arial", ea="微软雅黑")],
      faults=[F("other", 'mixed fonts: 此段"注意到每餐增加一个鸡蛋或一杯牛奶……"从网页粘贴，字体为微软雅黑 / Arial，'
                "全文其余部分为宋体 / Times New Roman (MUN-F08)")]),
    P([lead("认识到", u=True, ea="SimSun"), R("由学校从当地农户采购食材既能保证新鲜，又能增加农户收入，", ea="SimSun")]),
    op(1, [lead("鼓励", u=True), R("各会员国为农村中小学生提供免费或低价的营养午餐；")]),
    op(2, [lead("敦促各会员国", u=True), R("将学校供餐纳入国家营养和教育计划；")],
       faults=[F("emphasis", '行动性条款引导词的下划线延伸到后面的词："敦促各会员国"整段加了下划线；只有 «敦促» 是引导词 '
                 "(ZH-B03, UN-B04, UN-B17)")]),
    op(3, [lead("请", u=True), R("联合国儿童基金会和世界粮食计划署协助各国制定营养午餐的最低标准，"),
           R("并优先采购当地农户生产的食材", sz=21), R("；")],
       faults=[F("other", 'mixed font sizes: "并优先采购当地农户生产的食材"为 10.5 磅（五号），同一条款其余部分为 12 磅（小四）；'
                 "全文为 «宋体 / Times New Roman 12 磅» (MUN-F08)")]),
    op(4, [lead("邀请", u=True), R("各会员国在第八十二届会议上报告营养午餐计划的执行情况。")]),
])

# ---------------------------------------------------------------- zh-r06
ZH_R06 = Draft("zh-r06-drone-medicine-strong-leads-theme-dengxian-clause-grammar-marks", "zh", [
    P([R("决议草案", b=True)], jc="center"),
    plain("委员会：大会第二委员会"),
    plain("议题：利用无人机向偏远地区运送药品"),
    plain("起草国：卢旺达、马拉维、瓦努阿图"),
    plain("附议国：加纳、肯尼亚、尼日利亚、坦桑尼亚联合共和国"),
    P([R("大会，", style="Strong")]),
    P([lead("意识到", style="Strong"), R("许多山区和海岛居民距离最近的药房需要步行数小时，")]),
    P([lead("关切地注意到", style="Strong", ea_theme="minorEastAsia"),
       R("雨季道路中断时，疫苗和血液制品常常无法按时送达乡村诊所，", ea_theme="minorEastAsia")],
      faults=[F("other", 'mixed fonts: 此段"关切地注意到雨季道路中断时……"使用主题字体（w:eastAsiaTheme minorEastAsia = '
                "等线），全文其余部分为宋体 (MUN-F08)")]),
    P([lead("欢迎", style="Strong"), R("一些国家已经用"), Proof("gramStart"), R("无人机", rsid="00C3E590"),
       Proof("gramEnd"), R("把急救药品在三十分钟内送到边远村庄，")]),
    op(1, [lead("鼓励", style="Strong"), R("各会员国为医疗无人机划定低空航线并简化飞行审批；")]),
    op(2, [lead("请", style="Strong"), R("世界卫生组织制定无人机运送药品和样本的温度与安全标准；")]),
    op(3, [lead("呼吁", style="Strong"), R("捐助方支持发展中国家培训无人机操作员和维修人员；")]),
    op(4, [lead("邀请", style="Strong"), R("各会员国在2028年前报告本决议的执行情况。", rsid="00B7D2F1")]),
], theme_ea="等线")

DRAFTS = [EN_R01, EN_R02, EN_R03, EN_R04, ZH_R05, ZH_R06]


def write_annotations() -> None:
    data = {d.name + ".docx": {"faults": d.faults()} for d in DRAFTS}
    header = ("# word-blind27: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
              "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md.\n")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


def show() -> None:
    for d in DRAFTS:
        print(f"== {d.name}.docx")
        for index, para in enumerate(d.paragraphs, start=1):
            runs = "".join(item.show() for item in para.items)
            print(f"{index:3}  {runs}")
            for fault in para.faults:
                print(f"       ! {fault.kind}: {fault.note}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "lo-profile"
    for d in DRAFTS:
        path = HERE / f"{d.name}.docx"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(path)], check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{d.name}.pdf"), str(out / d.name)], check=True)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        show()
        return
    if "--render" in argv:
        render(Path(argv[argv.index("--render") + 1]))
        return
    for d in DRAFTS:
        d.build()
    write_annotations()
    names = sorted(p.name for p in HERE.glob("*.docx"))
    expected = sorted(d.name + ".docx" for d in DRAFTS)
    if names != expected:
        raise SystemExit(f"stray .docx files: {set(names) ^ set(expected)}")
    for d in DRAFTS:
        assert re.match(r"^(en|zh)-r0\d-", d.name)


if __name__ == "__main__":
    main(sys.argv[1:])
