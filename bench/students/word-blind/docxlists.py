"""Word numbering written by hand, LibreOffice conversion and Word's labels, for make_drafts.py."""


from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# ---------------------------------------------------------------------------------------------------------------
# paragraphs of a draft

@dataclass
class Para:
    """One paragraph: runs of (text, emphasis) where emphasis is "", "i" or "u"; numbering and style optional."""

    runs: list[tuple[str, str]]
    num: tuple[int, int] | None = None  # (numId, ilvl) set on the paragraph itself
    style: str | None = None


def plain(text: str) -> Para:
    return Para([(text, "")])


def organ(text: str, em: str = "i") -> Para:
    """An organ line: the body's name emphasised, the comma after it plain."""
    name, comma = text[:-1], text[-1]
    return Para([(name, em), (comma, "")])


def lead(em: str, lead_words: str, rest: str, num: tuple[int, int] | None = None, style: str | None = None,
         typed: str = "") -> Para:
    runs = [(typed, "")] if typed else []
    return Para(runs + [(lead_words, em), (rest, "")], num, style)


def sub(text: str, num: tuple[int, int] | None = None, style: str | None = None) -> Para:
    return Para([(text, "")], num, style)


# ---------------------------------------------------------------------------------------------------------------
# numbering.xml the way Word writes it

LVL_DEFAULT_IND = [(720, 360), (1440, 360), (2160, 180), (2880, 360), (3600, 360), (4320, 180), (5040, 360),
                   (5760, 360), (6480, 180)]


@dataclass
class Level:
    fmt: str
    text: str
    start: int | None = 1
    left: int | None = None
    hanging: int | None = None
    suff: str | None = None  # None = tab (Word's default, not written)
    is_lgl: bool = False
    restart: int | None = None  # w:lvlRestart
    font: str | None = None  # bullet font


@dataclass
class Abstract:
    ident: int
    levels: dict[int, Level] = field(default_factory=dict)
    multi: str = "hybridMultilevel"
    style_link: str | None = None
    num_style_link: str | None = None
    nsid: str = "1A2B3C4D"


@dataclass
class Num:
    ident: int
    abstract: int
    start_overrides: dict[int, int] = field(default_factory=dict)


def level_xml(ilvl: int, level: Level) -> etree._Element:
    lvl = etree.Element(w("lvl"))
    lvl.set(w("ilvl"), str(ilvl))
    lvl.set(w("tplc"), f"0409{ilvl:04X}")
    if level.start is not None:
        etree.SubElement(lvl, w("start")).set(w("val"), str(level.start))
    etree.SubElement(lvl, w("numFmt")).set(w("val"), level.fmt)
    if level.restart is not None:
        etree.SubElement(lvl, w("lvlRestart")).set(w("val"), str(level.restart))
    if level.is_lgl:
        etree.SubElement(lvl, w("isLgl"))
    if level.suff is not None:
        etree.SubElement(lvl, w("suff")).set(w("val"), level.suff)
    etree.SubElement(lvl, w("lvlText")).set(w("val"), level.text)
    etree.SubElement(lvl, w("lvlJc")).set(w("val"), "left")
    ppr = etree.SubElement(lvl, w("pPr"))
    left, hanging = LVL_DEFAULT_IND[ilvl]
    ind = etree.SubElement(ppr, w("ind"))
    ind.set(w("left"), str(level.left if level.left is not None else left))
    ind.set(w("hanging"), str(level.hanging if level.hanging is not None else hanging))
    if level.font:
        rpr = etree.SubElement(lvl, w("rPr"))
        fonts = etree.SubElement(rpr, w("rFonts"))
        for attr in ("ascii", "hAnsi", "hint"):
            fonts.set(w(attr), level.font if attr != "hint" else "default")
    return lvl


def numbering_xml(abstracts: list[Abstract], nums: list[Num], root: etree._Element) -> None:
    """Replace the content of the numbering part's root with these definitions (abstractNums first, as Word)."""
    for child in list(root):
        root.remove(child)
    for ab in abstracts:
        el = etree.SubElement(root, w("abstractNum"))
        el.set(w("abstractNumId"), str(ab.ident))
        etree.SubElement(el, w("nsid")).set(w("val"), ab.nsid)
        etree.SubElement(el, w("multiLevelType")).set(w("val"), ab.multi)
        if ab.style_link:
            etree.SubElement(el, w("styleLink")).set(w("val"), ab.style_link)
        if ab.num_style_link:
            etree.SubElement(el, w("numStyleLink")).set(w("val"), ab.num_style_link)
        for ilvl in sorted(ab.levels):
            el.append(level_xml(ilvl, ab.levels[ilvl]))
    for num in nums:
        el = etree.SubElement(root, w("num"))
        el.set(w("numId"), str(num.ident))
        etree.SubElement(el, w("abstractNumId")).set(w("val"), str(num.abstract))
        for ilvl, start in num.start_overrides.items():
            over = etree.SubElement(el, w("lvlOverride"))
            over.set(w("ilvl"), str(ilvl))
            etree.SubElement(over, w("startOverride")).set(w("val"), str(start))


def clause_levels(sub_fmt: str = "lowerLetter", sub_text: str = "(%2)", **sub_opts: object) -> dict[int, Level]:
    """Word's usual three levels for a resolution: "1." / a sub-clause label / "(i)", the rest Word's defaults."""
    levels = {0: Level("decimal", "%1."), 1: Level(sub_fmt, sub_text, **sub_opts),  # type: ignore[arg-type]
              2: Level("lowerRoman", "(%3)")}
    for ilvl, (fmt, text) in enumerate([("decimal", "%4."), ("lowerLetter", "%5."), ("lowerRoman", "%6."),
                                        ("decimal", "%7."), ("lowerLetter", "%8."), ("lowerRoman", "%9.")], 3):
        levels[ilvl] = Level(fmt, text)
    return levels


# ---------------------------------------------------------------------------------------------------------------
# the labels Word shows (ECMA-376 §17.9; counters belong to the abstract list, so every w:num that points to one
# abstractNum continues its count unless a w:startOverride restarts it)

ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def formatted(fmt: str, n: int) -> str:
    return {"decimal": str(n), "lowerLetter": letters(n), "upperLetter": letters(n).upper(),
            "lowerRoman": roman(n), "upperRoman": roman(n).upper()}.get(fmt, str(n))


def word_labels(docx_path: Path) -> list[str]:
    """Every body paragraph's label as Word computes it ("" when unnumbered)."""
    with zipfile.ZipFile(docx_path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml")) if "word/numbering.xml" in z.namelist() else None
    style_num: dict[str, tuple[str | None, str | None]] = {}
    based: dict[str, str] = {}
    for st in styles.iter(w("style")):
        sid = st.get(w("styleId"))
        numpr = st.find(f"{w('pPr')}/{w('numPr')}")
        if numpr is not None:
            nid, il = numpr.find(w("numId")), numpr.find(w("ilvl"))
            style_num[sid] = (nid.get(w("val")) if nid is not None else None,
                              il.get(w("val")) if il is not None else None)
        base = st.find(w("basedOn"))
        if base is not None:
            based[sid] = base.get(w("val"))
    abstracts = {a.get(w("abstractNumId")): a for a in (numbering if numbering is not None else [])
                 if a.tag == w("abstractNum")}
    nums = {n.get(w("numId")): n for n in (numbering if numbering is not None else []) if n.tag == w("num")}

    def abstract_of(num_id: str) -> etree._Element | None:
        num = nums.get(num_id)
        if num is None:
            return None
        ab = abstracts.get(num.find(w("abstractNumId")).get(w("val")))
        link = ab.find(w("numStyleLink")) if ab is not None else None
        if link is not None:  # the numbering style's own numId names the list that holds the levels
            linked = style_num.get(link.get(w("val")), (None, None))[0]
            return abstract_of(linked) if linked else None
        return ab

    def style_numpr(sid: str | None) -> tuple[str | None, str | None]:
        nid = il = None
        while sid is not None:
            s_nid, s_il = style_num.get(sid, (None, None))
            nid, il = nid or s_nid, il or s_il
            sid = based.get(sid)
        return nid, il

    counters: dict[int, dict[int, int]] = {}
    started: set[str] = set()
    labels = []
    body = doc.find(w("body"))
    for p in body.iter(w("p")):
        ppr = p.find(w("pPr"))
        pstyle = ppr.find(w("pStyle")) if ppr is not None else None
        nid, il = style_numpr(pstyle.get(w("val")) if pstyle is not None else None)
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        if numpr is not None:
            if numpr.find(w("numId")) is not None:
                nid = numpr.find(w("numId")).get(w("val"))
            if numpr.find(w("ilvl")) is not None:
                il = numpr.find(w("ilvl")).get(w("val"))
        ab = abstract_of(nid) if nid and nid != "0" else None
        if ab is None:
            labels.append("")
            continue
        ilvl = int(il or 0)
        count = counters.setdefault(id(ab), {})
        lvls = {int(x.get(w("ilvl"))): x for x in ab.findall(w("lvl"))}

        def val(lvl: etree._Element, tag: str) -> str | None:
            el = lvl.find(w(tag))
            return el.get(w("val")) if el is not None else None

        if nid not in started:
            started.add(nid)
            for over in nums[nid].findall(w("lvlOverride")):
                so = over.find(w("startOverride"))
                if so is not None:
                    count[int(over.get(w("ilvl")))] = int(so.get(w("val"))) - 1
        lvl = lvls[ilvl]
        count[ilvl] = count.get(ilvl, int(val(lvl, "start") or 0) - 1) + 1
        for deeper, dl in lvls.items():  # lower levels restart unless their w:lvlRestart says otherwise
            if deeper <= ilvl:
                continue
            restart = val(dl, "lvlRestart")
            if restart is None or (restart != "0" and int(restart) - 1 >= ilvl):
                count.pop(deeper, None)
        legal = lvl.find(w("isLgl")) is not None
        text = val(lvl, "lvlText") or ""
        if val(lvl, "numFmt") == "bullet":
            labels.append(text)
            continue

        shown = {k: formatted("decimal" if legal else (val(kl, "numFmt") or "decimal"),
                              count.get(k, int(val(kl, "start") or 0))) for k, kl in lvls.items()}
        labels.append(re.sub(r"%(\d)", lambda m, shown=shown: shown[int(m.group(1)) - 1], text))
    return labels


# ---------------------------------------------------------------------------------------------------------------
# building a .docx (routes a and c)

def new_document(zh: bool) -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "SimSun" if zh else "Times New Roman")
    for p in list(doc.element.body.iter(qn("w:p"))):
        p.getparent().remove(p)
    return doc


def add_paragraphs(doc: Document, paras: list[Para]) -> None:
    for para in paras:
        p = doc.add_paragraph()
        if para.style:
            etree.SubElement(p._p.get_or_add_pPr(), qn("w:pStyle")).set(qn("w:val"), para.style)
        if para.num:
            ppr = p._p.get_or_add_pPr()
            numpr = etree.SubElement(ppr, qn("w:numPr"))
            etree.SubElement(numpr, qn("w:ilvl")).set(qn("w:val"), str(para.num[1]))
            etree.SubElement(numpr, qn("w:numId")).set(qn("w:val"), str(para.num[0]))
        for text, em in para.runs:
            run = p.add_run(text)
            if em == "i":
                run.italic = True
            elif em == "u":
                run.underline = True


def add_styles(doc: Document, xml: str) -> None:
    """Append style definitions written as Word writes them to styles.xml."""
    root = doc.styles.element
    wrapper = etree.fromstring(f'<w:styles xmlns:w="{W_NS}">{xml}</w:styles>')
    for st in wrapper:
        root.append(st)


def build_docx(name: str, paras: list[Para], abstracts: list[Abstract], nums: list[Num], zh: bool = False,
               styles: str = "") -> None:
    doc = new_document(zh)
    if styles:
        add_styles(doc, styles)
    numbering_xml(abstracts, nums, doc.part.numbering_part.element)
    add_paragraphs(doc, paras)
    doc.save(str(HERE / f"{name}.docx"))


def soffice(args: list[str], cwd: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args], cwd=cwd,
                       check=True, capture_output=True, timeout=180)


def convert(source: Path, name: str, infilter: str | None = None) -> None:
    """LibreOffice converts a source of src/ to <name>.docx beside this script (route b)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"{name}{source.suffix}"
        shutil.copy(source, copy)
        args = ([f"--infilter={infilter}"] if infilter else []) + [
            "--convert-to", 'docx:MS Word 2007 XML', "--outdir", tmp, str(copy)]
        soffice(args, Path(tmp))
        shutil.move(str(Path(tmp) / f"{name}.docx"), HERE / f"{name}.docx")


def lo_labels(docx_path: Path) -> list[str]:
    """LibreOffice's text export of a .docx: one line per paragraph, list labels included."""
    with tempfile.TemporaryDirectory() as tmp:
        soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, str(docx_path)], Path(tmp))
        text = (Path(tmp) / f"{docx_path.stem}.txt").read_text(encoding="utf-8-sig")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


