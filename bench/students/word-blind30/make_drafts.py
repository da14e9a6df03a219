"""Build the drafts of the blind set word-blind30 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, fault kinds
    python make_drafts.py --render DIR   # PDF (LibreOffice), 60-dpi PNG pages and a text export of each draft

Six drafts from Taiwan and Hong Kong conferences as Word set to Chinese (Taiwan) or Chinese (Hong Kong) saves them:
four Chinese drafts in traditional characters and two English drafts of a bilingual Hong Kong conference. The
documents carry the East Asian language of that Word (docDefaults w:lang w:eastAsia zh-TW / zh-HK, settings
w:themeFontLang), its fonts (新細明體 / PMingLiU, 標楷體 / DFKai-SB, 微軟正黑體 / Microsoft JhengHei) and the numbering
formats of its numbering library (taiwaneseCounting, chineseCountingThousand, ideographTraditional).

python-docx gives the package (its default template); the WordprocessingML (numbering.xml, docDefaults, runs,
paragraphs, themeFontLang) is written with lxml by the helpers below, written for this set (nothing of drafter is
imported). Faults are marked with F(kind, note) next to the paragraph that carries them; the paragraph index is the
1-based index of the body's w:p (no tables, no empty paragraph), checked again on the saved file.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def node(tag: str, attrs: dict[str, str] | None = None, *kids: etree._Element) -> etree._Element:
    e = etree.Element(q(tag))
    for k, v in (attrs or {}).items():
        e.set(q(k), v)
    e.extend(kids)
    return e


@dataclass
class F:
    kind: str
    note: str


@dataclass
class Run:
    text: str
    ea: str | None = None          # East Asian font of the run (None: the document default)
    latin: str | None = None       # ascii / hAnsi font (None: the document default)
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: int | None = None        # half-points

    def xml(self) -> etree._Element:
        r = node("r")
        rpr = node("rPr")
        if self.ea or self.latin:
            fonts = node("rFonts")
            if self.latin:
                fonts.set(q("ascii"), self.latin)
                fonts.set(q("hAnsi"), self.latin)
            if self.ea:
                fonts.set(q("eastAsia"), self.ea)
            rpr.append(fonts)
        if self.bold:
            rpr.append(node("b"))
        if self.italic:
            rpr.append(node("i"))
        if self.underline:
            rpr.append(node("u", {"val": "single"}))
        if self.size:
            rpr.append(node("sz", {"val": str(self.size)}))
            rpr.append(node("szCs", {"val": str(self.size)}))
        if len(rpr):
            r.append(rpr)
        t = node("t")
        t.text = self.text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        return r


@dataclass
class Para:
    runs: list[Run]
    faults: list[F] = field(default_factory=list)
    num: tuple[int, int] | None = None     # (numId, ilvl)
    align: str | None = None

    def xml(self) -> etree._Element:
        p = node("p")
        ppr = node("pPr")
        if self.num:
            ppr.append(node("numPr", None, node("ilvl", {"val": str(self.num[1])}),
                            node("numId", {"val": str(self.num[0])})))
        if self.align:
            ppr.append(node("jc", {"val": self.align}))
        if len(ppr):
            p.append(ppr)
        for run in self.runs:
            p.append(run.xml())
        return p

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


# ---------------------------------------------------------------- numbering formats as Word shows them
DIGITS = "〇一二三四五六七八九"
STEMS = "甲乙丙丁戊己庚辛壬癸"


def counting(n: int) -> str:
    """taiwaneseCounting / chineseCountingThousand below 100 (十一, 二十, 二十一)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def shown(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghij"[n - 1]
    if fmt == "lowerRoman":
        return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
    if fmt in ("taiwaneseCounting", "chineseCountingThousand"):
        return counting(n)
    if fmt == "ideographTraditional":
        return STEMS[n - 1]
    raise ValueError(fmt)


@dataclass
class Level:
    fmt: str
    text: str
    left: int
    hanging: int = 480

    def xml(self, ilvl: int) -> etree._Element:
        return node("lvl", {"ilvl": str(ilvl)}, node("start", {"val": "1"}), node("numFmt", {"val": self.fmt}),
                    node("lvlText", {"val": self.text}), node("lvlJc", {"val": "left"}),
                    node("pPr", None, node("ind", {"left": str(self.left), "hanging": str(self.hanging)})))


def numbering_xml(root: etree._Element, levels: list[Level]) -> None:
    for child in list(root):
        root.remove(child)
    a = node("abstractNum", {"abstractNumId": "0"}, node("multiLevelType", {"val": "hybridMultilevel"}))
    for i, lvl in enumerate(levels):
        a.append(lvl.xml(i))
    root.append(a)
    root.append(node("num", {"numId": "1"}, node("abstractNumId", {"val": "0"})))


def labels(paras: list[Para], levels: list[Level]) -> list[str]:
    count = [0] * 9
    out = []
    for p in paras:
        if not p.num:
            out.append("")
            continue
        ilvl = p.num[1]
        count[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            count[deeper] = 0
        text = levels[ilvl].text
        for lv in range(ilvl + 1):
            text = text.replace(f"%{lv + 1}", shown(levels[lv].fmt, max(count[lv], 1)))
        out.append(text)
    return out


# ---------------------------------------------------------------- a draft
@dataclass
class Draft:
    name: str
    paras: list[Para]
    levels: list[Level]
    ea_lang: str                # zh-TW or zh-HK
    ea_font: str                # docDefaults East Asian font
    latin_font: str = "Times New Roman"
    lang: str = "en-US"
    size: int = 24


def build(d: Draft) -> None:
    doc = docx.Document()
    body = doc.element.body
    sect = body.find(q("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    pgsz = sect.find(q("pgSz"))
    pgsz.set(q("w"), "11906")
    pgsz.set(q("h"), "16838")
    styles = doc.styles.element
    rpr = styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(node("rFonts", {"ascii": d.latin_font, "hAnsi": d.latin_font, "eastAsia": d.ea_font,
                               "cs": "Times New Roman"}))
    rpr.append(node("kern", {"val": "2"}))
    rpr.append(node("sz", {"val": str(d.size)}))
    rpr.append(node("szCs", {"val": str(d.size)}))
    rpr.append(node("lang", {"val": d.lang, "eastAsia": d.ea_lang, "bidi": "ar-SA"}))
    settings = doc.settings.element
    tfl = settings.find(q("themeFontLang"))
    tfl.set(q("val"), d.lang)
    tfl.set(q("eastAsia"), d.ea_lang)
    settings.find(q("defaultTabStop")).set(q("val"), "480")
    numbering_xml(doc.part.numbering_part.element, d.levels)
    for p in d.paras:
        assert p.text.strip(), (d.name, "empty paragraph")
        body.insert(len(body) - 1, p.xml())
    path = HERE / f"{d.name}.docx"
    doc.core_properties.author = "Delegate"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        tree = etree.fromstring(z.read("word/document.xml"))
    assert len(tree.find(q("body")).findall(f".//{q('p')}")) == len(d.paras), d.name


# ---------------------------------------------------------------- the look of a Chinese draft
class Zh:
    def __init__(self, body: str, title: str, lead_u: bool = False, lead_b: bool = False) -> None:
        self.body, self.title, self.lead_u, self.lead_b = body, title, lead_u, lead_b

    def title_p(self) -> Para:
        return Para([Run("決議草案", ea=self.title, bold=True, size=32)], align="center")

    def field(self, label: str, value: str, faults: list[F] | None = None) -> Para:
        runs = [Run(label, ea=self.title, bold=True)]
        if value:
            runs.append(Run(value, ea=self.body))
        return Para(runs, faults or [])

    def organ(self, name: str) -> Para:
        return Para([Run(name, ea=self.body, bold=True), Run("，", ea=self.body)])

    def clause(self, lead: str, rest: str, faults: list[F] | None = None, num: tuple[int, int] | None = None) -> Para:
        return Para([Run(lead, ea=self.body, underline=self.lead_u, bold=self.lead_b), Run(rest, ea=self.body)],
                    faults or [], num)

    def sub(self, text: str, faults: list[F] | None = None) -> Para:
        return Para([Run(text, ea=self.body)], faults or [], (1, 1))


def en_clause(lead: str, rest: str, faults: list[F] | None = None, num: tuple[int, int] | None = None,
              italic: bool = True, underline: bool = False) -> Para:
    return Para([Run(lead, italic=italic, underline=underline), Run(rest)], faults or [], num)


NUM_ZH = "(UN-B07, ZH-B03)"
SUB_ZH = "(ZH-B04, UN-B10)"


# ---------------------------------------------------------------- zh-w01: Taiwan, 標楷體, 一、 and （一）
def zh_w01() -> Draft:
    levels = [Level("taiwaneseCounting", "%1、", 480, 480), Level("chineseCountingThousand", "（%2）", 960, 480)]
    z = Zh("標楷體", "標楷體", lead_u=True)
    P = [
        z.title_p(),
        z.field("委員會：", "世界衛生大會"),
        z.field("議題：", "以遠距醫療改善偏遠地區的醫療服務"),
        z.field("提案國：", "智利、斐濟、挪威"),
        z.field("附議國：", "不丹、秘魯、菲律賓、紐西蘭"),
        z.organ("世界衛生大會"),
        z.clause("回顧", "「阿拉木圖宣言」關於人人享有初級衛生保健的目標，",
                 [F("missing-book-title-marks", "「阿拉木圖宣言」 - a declaration's title in corner quotation marks "
                    "instead of title marks («《阿拉木圖宣言》») (ZH-P01)")]),
        z.clause("認識到", "偏遠山區和離島的居民往往需要長途跋涉才能看到專科醫師，"),
        z.clause("深表關切", "許多偏遠地區的衛生所仍然缺乏穩定的網路連線。",
                 [F("preambular-end-mark", "\"網路連線。\" - a preambular clause ending with 。 «網路連線，» "
                    "(UN-B05, ZH-B02, ZH-B05)")]),
        z.clause("注意到", "遠距會診、遠端監測和電子處方已在一些國家減少了病人轉診的次數，"),
    ]
    ops = [("鼓勵", "會員國把遠距醫療納入國家衛生計畫，並為偏遠地區的衛生所提供必要的設備；"),
           ("籲請", "各國衛生主管機關："),
           (None, "制定遠距醫療的給付標準和醫療責任規則；"),
           (None, "保護病人在遠距診療中傳送的個人健康資料；"),
           ("建議", "醫學院在課程中加入遠距診療的訓練；"),
           ("請", "總幹事向第八十屆世界衛生大會報告本決議的執行情況。")]
    k = s = 0
    for lead, rest in ops:
        if lead:
            k += 1
            s = 0
            P.append(z.clause(lead, rest, [F("numbering", f"Word shows \"{counting(k)}、\" on an operative clause "
                                              f"(list level 0 taiwaneseCounting \"%1、\") «{k}.» {NUM_ZH}")], (1, 0)))
        else:
            s += 1
            P.append(z.sub(rest, [F("sub-clause-label", f"Word shows \"（{counting(s)}）\" on a sub-clause (level 1 "
                                    f"chineseCountingThousand \"（%2）\") «({'ab'[s - 1]})» or «（{'ab'[s - 1]}）» "
                                    f"{SUB_ZH}")]))
    return Draft("zh-w01-taiwan-telemedicine-dfkai-taiwanese-counting-dunhao-clauses", P, levels, "zh-TW", "新細明體")


# ---------------------------------------------------------------- zh-w02: Taiwan, 新細明體, （甲） sub-labels
def zh_w02() -> Draft:
    levels = [Level("decimal", "%1.", 480, 480), Level("ideographTraditional", "（%2）", 960, 480)]
    z = Zh("新細明體", "微軟正黑體", lead_u=True)
    P = [
        z.title_p(),
        z.field("委員會：", "聯合國大會第二委員會"),
        z.field("議題：", "夜市與街頭攤販的食品安全"),
        z.field("提案國：", "泰國、越南、墨西哥"),
        z.field("附議國：", "印尼、馬來西亞、瓜地馬拉、奈及利亞"),
        z.organ("大會"),
        z.clause("認識到", "街頭飲食是許多城市居民日常飲食的重要來源，也是許多家庭的生計，"),
        z.clause("注意到", "許多國家提倡「從農場到餐桌」的全程食品安全管理，"),
        z.clause("關切地注意到", "攤販缺少乾淨的自來水和冷藏設備, 容易造成食物中毒，",
                 [F("half-width-punctuation-in-chinese", "\"冷藏設備, 容易\" - a half-width comma inside a Chinese "
                    "clause «冷藏設備，容易» (ZH-P01)")]),
        z.clause("鼓勵", "會員國為夜市和攤販集中的地點提供自來水、洗手設施和垃圾收集服務；", num=(1, 0)),
        z.clause("籲請", "地方政府：", num=(1, 0)),
    ]
    for s, text in enumerate(["為攤販舉辦免費的食品衛生講習；", "以輔導代替取締，協助攤販取得營業登記；"], 1):
        P.append(z.sub(text, [F("sub-clause-label", f"Word shows \"（{STEMS[s - 1]}）\" on a sub-clause (level 1 "
                                f"ideographTraditional \"（%2）\", heavenly stems) «({'ab'[s - 1]})» or "
                                f"«（{'ab'[s - 1]}）» {SUB_ZH}")]))
    P += [
        z.clause("建議", "各國與聯合國糧食及農業組織合作，編寫簡明的攤販衛生手冊；", num=(1, 0)),
        z.clause("請", "秘書長在大會第八十二屆會議上報告本決議的執行情況；",
                 [F("operative-end-mark", "\"執行情況；\" - the last operative clause ends with ； «執行情況。» "
                    "(UN-B09, ZH-B03, ZH-B05)")], num=(1, 0)),
    ]
    return Draft("zh-w02-taiwan-night-markets-pmingliu-jhenghei-stem-sub-labels", P, levels, "zh-TW", "新細明體")


# ---------------------------------------------------------------- zh-w03: Hong Kong, 第一條 clauses, 『』 title
def zh_w03() -> Draft:
    levels = [Level("chineseCountingThousand", "第%1條", 960, 960), Level("lowerLetter", "(%2)", 1440, 480)]
    z = Zh("PMingLiU", "PMingLiU", lead_b=True)
    P = [
        z.title_p(),
        z.field("委員會：", "人權理事會"),
        z.field("議題：", "城市中不適切的居所與租住權保障"),
        z.field("起草國：", "南非、西班牙、新加坡"),
        z.field("附議國：", "", [F("heading-field-missing", "\"附議國：\" - the signatories field is left empty; "
                                "no State is listed (ZH-H01)")]),
        z.organ("人權理事會"),
        z.clause("回顧", "《世界人權宣言》第二十五條關於人人有權享有包括住房在內的適當生活水準的規定，"),
        z.clause("又回顧", "經濟、社會及文化權利委員會關於適足住房權的一般性意見，"),
        z.clause("深表關切", "在一些人口稠密的城市，低收入家庭只能租住以木板分隔、沒有窗戶的狹小房間，"),
        z.clause("認識到", "租客往往因為害怕被迫遷而不敢投訴居住環境惡劣，"),
    ]
    ops = [("鼓勵", "各國訂立最低居住面積和基本設施標準；", None),
           ("籲請", "各國政府：", None),
           (None, "規管分間單位的租金和租約年期；", None),
           (None, "為被迫遷的租客提供臨時住所；", None),
           ("建議", "各國按照「以人權為本」的原則，參照『安全保有權指導原則』制定保障租客的措施；",
            F("missing-book-title-marks", "『安全保有權指導原則』 - a document's title in double corner quotation "
              "marks instead of title marks («《安全保有權指導原則》») (ZH-P01)")),
           ("請", "聯合國人權事務高級專員向人權理事會第六十二屆會議報告本決議的執行情況。", None)]
    k = 0
    for lead, rest, extra in ops:
        if lead:
            k += 1
            f = [F("numbering", f"Word shows \"第{counting(k)}條\" on an operative clause (list level 0 "
                   f"chineseCountingThousand \"第%1條\") «{k}.» {NUM_ZH}")]
            if extra:
                f.append(extra)
            P.append(z.clause(lead, rest, f, (1, 0)))
        else:
            P.append(z.sub(rest))
    return Draft("zh-w03-hong-kong-subdivided-flats-pmingliu-article-labels-empty-signatories", P, levels, "zh-HK",
                 "PMingLiU")


# ---------------------------------------------------------------- zh-w04: Hong Kong, clean
def zh_w04() -> Draft:
    levels = [Level("decimal", "%1.", 480, 480), Level("lowerLetter", "(%2)", 960, 480)]
    z = Zh("新細明體", "微軟正黑體", lead_b=True)
    P = [
        z.title_p(),
        z.field("委員會：", "亞洲及太平洋經濟社會委員會"),
        z.field("議題：", "改善離島居民的渡輪服務"),
        z.field("提案國：", "印尼、菲律賓、馬爾代夫"),
        z.field("附議國：", "斐濟、日本、新西蘭、湯加"),
        z.organ("亞洲及太平洋經濟社會委員會"),
        z.clause("回顧", "《2030年可持續發展議程》關於為所有人提供安全、可負擔和可持續交通系統的目標，"),
        z.clause("認識到", "許多離島居民依靠渡輪往返學校、醫院和市場，"),
        z.clause("深表關切", "部分航線的船隻老化，惡劣天氣下經常停航，"),
        z.clause("注意到", "一些地區以「一程一票」的方式推行渡輪與巴士的轉乘優惠，"),
        z.clause("鼓勵", "成員國把離島渡輪服務列為基本公共服務，並提供必要的營運補貼；", num=(1, 0)),
        z.clause("籲請", "各國海事主管機關：", num=(1, 0)),
        z.sub("定期檢驗渡輪的船身和救生設備；"),
        z.sub("在颱風季節前公布停航安排和替代交通方案；"),
        z.clause("決定", "在委員會下屆會議上設立區域渡輪安全經驗交流平台；", num=(1, 0)),
        z.clause("請", "執行秘書向委員會下屆會議報告本決議的執行情況。", num=(1, 0)),
    ]
    return Draft("zh-w04-clean-hong-kong-outlying-island-ferries-bold-leads", P, levels, "zh-HK", "新細明體")


# ---------------------------------------------------------------- en-h05: Hong Kong bilingual conference, English
def en_h05() -> Draft:
    levels = [Level("decimal", "%1.", 480, 480), Level("lowerLetter", "%2.", 960, 480)]
    P = [
        Para([Run("FORUM: "), Run("Third Committee of the General Assembly")]),
        Para([Run("QUESTION OF: "), Run("Protecting the rights of migrant domestic workers")]),
        Para([Run("SUBMITTED BY: "), Run("Philippines")]),
        Para([Run("CO-SUBMITTERS: "), Run("Indonesia, Nepal, Sri Lanka")]),
        Para([Run("THE GENERAL ASSEMBLY", italic=True), Run(",")]),
        en_clause("Recalling", " the International Convention on the Protection of the Rights of All Migrant Workers "
                  "and Members of Their Families,"),
        en_clause("Deeply Concerned", " that many domestic workers live in their employers' homes and work more than "
                  "twelve hours a day,",
                  [F("capital-after-lead", "\"Deeply Concerned\" - the second word of the lead capitalised "
                     "«Deeply concerned» (MUN-F02, MUN-F04)")]),
        en_clause("Noting", " that recruitment agencies in some countries charge fees that leave workers in debt for "
                  "years,"),
        en_clause("Recognizing", " the contribution of migrant domestic workers to the economies of both sending and "
                  "receiving countries.",
                  [F("preambular-end-mark", "\"receiving countries.\" - a preambular clause ending with a full stop "
                     "«receiving countries,» (UN-B05, MUN-F04)")]),
        en_clause("Urges", " all Member States to include domestic workers in the protection of their labour laws, "
                  "including a weekly rest day and a minimum wage；",
                  [F("operative-end-mark", "\"minimum wage；\" - an operative clause ending with a full-width "
                     "semicolon typed with the Chinese input method «minimum wage;» (UN-B09, MUN-F05)")],
                  (1, 0), italic=False, underline=True),
        en_clause("Calls upon", " receiving countries to:", num=(1, 0), italic=False, underline=True),
        Para([Run("allow domestic workers to change employers without leaving the country;")], num=(1, 1)),
        Para([Run("inspect the living quarters that employers provide;")], num=(1, 1)),
        en_clause("Encourages", " sending and receiving countries to sign bilateral agreements that:", num=(1, 0),
                  italic=False, underline=True),
        Para([Run("cap the fees that recruitment agencies may charge workers;")],
             [F("sub-clause-label", "\"a. cap the fees\" - a single sub-clause under clause 3; a sub-clause list needs "
                "at least two items (MUN-F06)")], (1, 1)),
        en_clause("Requests", " the Secretary-General to report on the implementation of the present resolution to "
                  "the General Assembly at its eighty-second session.", num=(1, 0), italic=False, underline=True),
    ]
    return Draft("en-h05-hong-kong-thimun-heading-full-width-semicolon-single-sub", P, levels, "zh-HK", "PMingLiU",
                 lang="en-GB")


# ---------------------------------------------------------------- en-h06: Hong Kong, English, 甲. 乙. sub-labels
def en_h06() -> Draft:
    levels = [Level("decimal", "%1.", 480, 480), Level("ideographTraditional", "%2.", 960, 480)]
    P = [
        Para([Run("Committee: ", bold=True), Run("Economic and Social Council")]),
        Para([Run("Topic: ", bold=True), Run("Light pollution in coastal cities")]),
        Para([Run("Sponsors: ", bold=True), Run("Japan, Malaysia, Portugal")]),
        Para([Run("Signatories: ", bold=True), Run("Chile, Greece, Mauritius, Oman")]),
        Para([Run("The Economic and Social Council", italic=True), Run(",")]),
        en_clause("Aware", " that artificial light at night disturbs nesting sea turtles, migratory birds and the "
                  "spawning of corals,"),
        en_clause("Noting", " that many coastal cities have doubled their outdoor lighting over the past twenty years,"),
        en_clause("Recognizing", " that shielded, warm-coloured lamps save energy while keeping streets safe,"),
        en_clause("Encourages", " Member States to adopt national guidelines on outdoor lighting;", num=(1, 0)),
        en_clause("Recommends", " that coastal cities:", num=(1, 0)),
    ]
    for s, text in enumerate(["switch off or dim decorative lighting after midnight;",
                              "use shielded lamps along beaches where turtles nest;"], 1):
        P.append(Para([Run(text)], [F("sub-clause-label", f"Word shows \"{STEMS[s - 1]}.\" on a sub-clause (level 1 "
                                      f"ideographTraditional \"%2.\" from the Chinese numbering library) "
                                      f"«{'ab'[s - 1]}.» or «({'ab'[s - 1]})» (MUN-F06, UN-B10)")], (1, 1)))
    P += [
        en_clause("Invites", " the United Nations Environment Programme to publish examples of good practice;",
                  num=(1, 0)),
        en_clause("Requests", " the Secretary-General to report to the Council at its next session on the "
                  "implementation of the present resolution.", num=(1, 0)),
    ]
    return Draft("en-h06-hong-kong-ecosoc-stem-sub-labels-jhenghei", P, levels, "zh-HK", "Microsoft JhengHei",
                 lang="en-GB")


DRAFTS = [zh_w01, zh_w02, zh_w03, zh_w04, en_h05, en_h06]


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        for d in drafts:
            print(f"== {d.name}")
            for k, (p, lab) in enumerate(zip(d.paras, labels(d.paras, d.levels)), 1):
                print(f"{k:3} {lab:>6} {p.text}  {' '.join('[' + f.kind + ']' for f in p.faults)}")
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        profile = f"-env:UserInstallation=file://{out}/lo-profile"
        for d in drafts:
            src = HERE / f"{d.name}.docx"
            for target in ("pdf", "txt:Text (encoded):UTF8"):
                subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(out),
                                str(src)], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)], check=True)
        return
    annotations = {}
    for d in drafts:
        build(d)
        annotations[f"{d.name}.docx"] = {"faults": [{"paragraph": k, "kind": f.kind, "note": f.note}
                                                    for k, p in enumerate(d.paras, 1) for f in p.faults]}
    with open(HERE / "annotations.yaml", "w", encoding="utf-8") as fh:
        fh.write("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
        yaml.safe_dump(annotations, fh, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
