"""Student drafts with the Word-numbering mistakes delegates really make, for measuring ``drafter check``.

    python bench/students/word/make_drafts.py [--list]

Writes one .docx per draft beside this script (python-docx with a raw numbering.xml, the clause text taken
from the built-in library), in English and Chinese: sub-clauses typed as a new Word list, a third clause
restarting at 1, a clause typed into a second list, sub-clauses at level 0 of a letter list, a typed number
among Word's, numbering switched off on a "List Number" clause, "1.1." outline numbering, a list running
through the preamble, Chinese (一) sub-labels, a sub-list restarted in the wrong place, and drafts whose Word
numbering is right. ``--list`` prints every paragraph of every draft with the label Word shows (the index is
the paragraph number ``annotations.yaml`` uses). The true faults are in ``annotations.yaml``, written before
the checker ever ran on these drafts.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from drafter import library  # noqa: E402 - the repository root is put on the path first
from drafter.word import reader  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
LIB = library.load([library.builtin_library()])


# -- numbering.xml ------------------------------------------------------------------------------------

def lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    left = 720 * (ilvl + 1)
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>')


def abstract(abstract_id: int, levels: list[tuple[str, str]], extra: str = "") -> str:
    body = "".join(lvl(i, fmt, text) for i, (fmt, text) in enumerate(levels))
    return (f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:nsid w:val="{0x1A2B3C00 + abstract_id:08X}"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{extra}{body}</w:abstractNum>')


def num(num_id: int, abstract_id: int, restart: dict[int, int] | None = None) -> str:
    overrides = "".join(f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
                        for level, value in (restart or {}).items())
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


CLAUSE_LEVELS = [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")]
ZH_CLAUSE_LEVELS = [("decimal", "%1."), ("lowerLetter", "（%2）"), ("lowerRoman", "（%3）")]
LETTER_DOT_LIST = [("lowerLetter", "%1."), ("lowerRoman", "%2.")]  # Word's "a. b. c." gallery list
LETTER_PAREN_LIST = [("lowerLetter", "(%1)"), ("lowerRoman", "(%2)")]
OUTLINE_LEVELS = [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")]  # Word's "1. 1.1. 1.1.1."
ZH_COUNTING_LEVELS = [("decimal", "%1."), ("chineseCounting", "（%2）"), ("lowerRoman", "（%3）")]


# -- paragraphs ---------------------------------------------------------------------------------------

@dataclass
class Para:
    runs: list[tuple[str, str]]  # (text, emphasis: "i", "u", "")
    numbered: tuple[int, int] | None = None  # (numId, level)
    style: str | None = None
    numbering_off: bool = False  # numId 0: the student switched Word's numbering off on this paragraph


def line(text: str) -> Para:
    return Para([(text, "")])


def _lead(clause_id: str, lang: str) -> tuple[str, str]:
    clause = LIB.clauses[clause_id]
    return LIB.phrases[clause.phrase].text[lang], clause.text[lang]


def pre(clause_id: str, lang: str = "en", numbered: tuple[int, int] | None = None) -> Para:
    lead, text = _lead(clause_id, lang)
    if lang == "zh":
        return Para([(lead, "u"), (text + "，", "")], numbered)
    return Para([(lead, "i"), (" " + text + ",", "")], numbered)


def op(clause_id: str, end: str, lang: str = "en", numbered: tuple[int, int] | None = None, typed: str = "",
       style: str | None = None, numbering_off: bool = False) -> Para:
    """An operative clause ending with ``end`` (";", ":" before sub-clauses, "." for the last), emphasised lead."""
    lead, text = _lead(clause_id, lang)
    full = {";": "；", ":": "：", ".": "。"}[end] if lang == "zh" else end
    runs = [(typed, "")] if typed else []
    runs += [(lead, "u"), (("" if lang == "zh" else " ") + text + full, "")]
    return Para(runs, numbered, style, numbering_off)


def sub(clause_id: str, index: int, lang: str = "en", numbered: tuple[int, int] | None = None,
        style: str | None = None) -> Para:
    text = LIB.clauses[clause_id].subparagraphs[index].text[lang]
    return Para([(text + ("；" if lang == "zh" else ";"), "")], numbered, style)


EN_HEAD = ["Committee: Commission on Crime Prevention and Criminal Justice",
           "Topic: Ransomware and assistance to its victims"]
EN_ORGAN = Para([("The Commission on Crime Prevention and Criminal Justice", "i"), (",", "")])
ZH_HEAD = ["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：勒索软件及对受害人的援助"]
ZH_ORGAN = line("预防犯罪和刑事司法委员会，")


def en_heading(sponsors: str, signatories: str) -> list[Para]:
    return [line(t) for t in [*EN_HEAD, f"Sponsors: {sponsors}", f"Signatories: {signatories}"]] + [EN_ORGAN]


def zh_heading(sponsors: str, signatories: str) -> list[Para]:
    return [line(t) for t in [*ZH_HEAD, f"起草国：{sponsors}", f"附议国：{signatories}"]] + [ZH_ORGAN]


EN_PREAMBLE = [pre("cyb-core-pp-01"), pre("cyb-rw-pp-01"), pre("cyb-rw-pp-02")]
ZH_PREAMBLE = [pre("cyb-core-pp-01", "zh"), pre("cyb-rw-pp-01", "zh"), pre("cyb-rw-pp-02", "zh")]


# -- the drafts ---------------------------------------------------------------------------------------

@dataclass
class Draft:
    name: str
    numbering: str  # w:abstractNum and w:num elements; "" keeps python-docx's template lists ("List Number")
    paragraphs: list[Para]


def drafts() -> list[Draft]:
    clause_list = abstract(10, CLAUSE_LEVELS) + num(11, 10)
    return [
        # the draft the issue describes: sub-clauses typed as a new Word list ("a." at level 0) and the third
        # clause restarted at 1 with Word's "Restart Numbering" (a new instance with a start override)
        Draft("en-w01-sublist-and-restart",
              clause_list + abstract(20, LETTER_DOT_LIST) + num(21, 20) + num(12, 10, {0: 1}),
              [*en_heading("Argentina, Brazil", "Chile, Peru"), *EN_PREAMBLE,
               op("cyb-core-op-04", ";", numbered=(11, 0)),
               op("cyb-rec-18", ":", numbered=(11, 0)),
               sub("cyb-rec-18", 0, numbered=(21, 0)), sub("cyb-rec-18", 1, numbered=(21, 0)),
               op("cyb-core-op-06", ";", numbered=(12, 0)),
               op("cyb-core-op-02", ":", numbered=(12, 0)),
               sub("cyb-core-op-02", 0, numbered=(21, 0)), sub("cyb-core-op-02", 1, numbered=(21, 0)),
               op("cyb-core-op-15", ".", numbered=(12, 0))]),
        Draft("en-w02-third-clause-restarts",
              clause_list + num(12, 10, {0: 1}),
              [*en_heading("Germany, Italy", "Spain"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", numbered=(11, 0)), op("cyb-rw-op-02", ";", numbered=(11, 0)),
               op("cyb-core-op-06", ";", numbered=(12, 0)), op("cyb-core-op-04", ";", numbered=(12, 0)),
               op("cyb-rw-op-04", ".", numbered=(12, 0))]),
        Draft("en-w03-clause-in-second-list",
              clause_list + abstract(30, CLAUSE_LEVELS) + num(31, 30),
              [*en_heading("Kenya, Nigeria", "Ghana"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", numbered=(11, 0)), op("cyb-rw-op-02", ";", numbered=(11, 0)),
               op("cyb-core-op-06", ";", numbered=(11, 0)), op("cyb-core-op-04", ";", numbered=(31, 0)),
               op("cyb-core-op-15", ";", numbered=(11, 0)), op("cyb-rw-op-04", ".", numbered=(11, 0))]),
        Draft("en-w04-subclauses-at-level-0",
              clause_list + abstract(40, LETTER_PAREN_LIST) + num(41, 40),
              [*en_heading("France, Belgium", "Senegal"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", numbered=(11, 0)),
               op("cyb-le-k2", ":", numbered=(11, 0)),
               sub("cyb-le-k2", 0, numbered=(41, 0)), sub("cyb-le-k2", 1, numbered=(41, 0)),
               sub("cyb-le-k2", 2, numbered=(41, 0)),
               op("cyb-rw-op-04", ".", numbered=(11, 0))]),
        Draft("en-w05-typed-number-among-word-numbers",
              clause_list,
              [*en_heading("Japan", "Republic of Korea"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", numbered=(11, 0)), op("cyb-rw-op-02", ";", numbered=(11, 0)),
               op("cyb-core-op-06", ";", typed="3. "), op("cyb-core-op-04", ";", numbered=(11, 0)),
               op("cyb-rw-op-04", ".", numbered=(11, 0))]),
        Draft("en-w06-list-number-style-switched-off", "",
              [*en_heading("Canada", "Mexico"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", style="List Number"), op("cyb-rw-op-02", ";", style="List Number"),
               op("cyb-core-op-06", ";", style="List Number", numbering_off=True),
               op("cyb-core-op-04", ";", style="List Number"), op("cyb-rw-op-04", ".", style="List Number")]),
        Draft("en-w07-outline-numbering",
              abstract(70, OUTLINE_LEVELS) + num(71, 70),
              [*en_heading("India", "Bangladesh"), *EN_PREAMBLE,
               op("cyb-rec-17", ":", numbered=(71, 0)),
               sub("cyb-rec-17", 0, numbered=(71, 1)), sub("cyb-rec-17", 1, numbered=(71, 1)),
               op("cyb-rw-op-02", ";", numbered=(71, 0)),
               op("cyb-core-op-02", ":", numbered=(71, 0)),
               sub("cyb-core-op-02", 0, numbered=(71, 1)), sub("cyb-core-op-02", 1, numbered=(71, 1)),
               op("cyb-core-op-15", ".", numbered=(71, 0))]),
        Draft("en-w08-list-runs-through-the-preamble",
              clause_list,
              [*en_heading("Australia", "New Zealand"),
               pre("cyb-core-pp-01", numbered=(11, 0)), pre("cyb-rw-pp-01", numbered=(11, 0)),
               pre("cyb-rw-pp-02", numbered=(11, 0)),
               op("cyb-rw-op-01", ";", numbered=(11, 0)), op("cyb-rw-op-02", ";", numbered=(11, 0)),
               op("cyb-core-op-06", ";", numbered=(11, 0)), op("cyb-rw-op-04", ".", numbered=(11, 0))]),
        Draft("zh-w09-chinese-counting-sub-labels",
              abstract(90, ZH_COUNTING_LEVELS) + num(91, 90),
              [*zh_heading("中国", "巴西"), *ZH_PREAMBLE,
               op("cyb-core-op-04", ";", "zh", numbered=(91, 0)),
               op("cyb-rec-10", ":", "zh", numbered=(91, 0)),
               sub("cyb-rec-10", 0, "zh", numbered=(91, 1)), sub("cyb-rec-10", 1, "zh", numbered=(91, 1)),
               op("cyb-le-k2", ":", "zh", numbered=(91, 0)),
               sub("cyb-le-k2", 0, "zh", numbered=(91, 1)), sub("cyb-le-k2", 1, "zh", numbered=(91, 1)),
               sub("cyb-le-k2", 2, "zh", numbered=(91, 1)),
               op("cyb-rw-op-04", ".", "zh", numbered=(91, 0))]),
        # a Chinese draft: the third clause restarted at 1, and the sub-clauses of two clauses in one separate
        # list (level 1), so the second group continues (c), (d)
        Draft("zh-w10-restart-and-continuing-sub-list",
              abstract(100, ZH_CLAUSE_LEVELS) + num(101, 100) + num(102, 100, {0: 1})
              + abstract(110, ZH_CLAUSE_LEVELS) + num(111, 110),
              [*zh_heading("中国", "俄罗斯联邦"), *ZH_PREAMBLE[:2],
               op("cyb-core-op-04", ";", "zh", numbered=(101, 0)),
               op("cyb-rec-17", ":", "zh", numbered=(101, 0)),
               sub("cyb-rec-17", 0, "zh", numbered=(111, 1)), sub("cyb-rec-17", 1, "zh", numbered=(111, 1)),
               op("cyb-rw-op-02", ";", "zh", numbered=(102, 0)),
               op("cyb-core-op-02", ":", "zh", numbered=(102, 0)),
               sub("cyb-core-op-02", 0, "zh", numbered=(111, 1)), sub("cyb-core-op-02", 1, "zh", numbered=(111, 1)),
               op("cyb-core-op-15", ".", "zh", numbered=(102, 0))]),
        # "Restart Numbering" clicked on the second sub-clause instead of the first of a new clause
        Draft("en-w11-sub-list-restarted-in-the-wrong-place",
              clause_list + num(12, 10, {1: 1}),
              [*en_heading("Norway", "Iceland"), *EN_PREAMBLE,
               op("cyb-rec-17", ":", numbered=(11, 0)),
               sub("cyb-rec-17", 0, numbered=(11, 1)), sub("cyb-rec-17", 1, numbered=(11, 1)),
               op("cyb-le-k2", ":", numbered=(11, 0)),
               sub("cyb-le-k2", 0, numbered=(11, 1)), sub("cyb-le-k2", 1, numbered=(12, 1)),
               sub("cyb-le-k2", 2, numbered=(12, 1)),
               op("cyb-rw-op-04", ".", numbered=(11, 0))]),
        Draft("zh-w12-typed-number-on-a-word-number",
              abstract(100, ZH_CLAUSE_LEVELS) + num(101, 100),
              [*zh_heading("中国", "印度尼西亚"), *ZH_PREAMBLE,
               op("cyb-rw-op-01", ";", "zh", numbered=(101, 0)), op("cyb-rw-op-02", ";", "zh", numbered=(101, 0)),
               op("cyb-core-op-06", ";", "zh", numbered=(101, 0), typed="3．"),
               op("cyb-rw-op-04", ".", "zh", numbered=(101, 0))]),
        # correct: a clause in another instance of the same list continues its count; a sub-list in an instance
        # that restarts its level (harmless: the level restarts under each clause anyway)
        Draft("en-w13-correct-instances-of-one-list",
              clause_list + num(12, 10) + num(13, 10, {1: 1}),
              [*en_heading("Brazil, Chile", "Uruguay"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", numbered=(11, 0)),
               op("cyb-rec-18", ":", numbered=(11, 0)),
               sub("cyb-rec-18", 0, numbered=(11, 1)), sub("cyb-rec-18", 1, numbered=(11, 1)),
               sub("cyb-rec-18", 2, numbered=(11, 1)),
               op("cyb-core-op-06", ";", numbered=(12, 0)),
               op("cyb-core-op-02", ":", numbered=(11, 0)),
               sub("cyb-core-op-02", 0, numbered=(13, 1)), sub("cyb-core-op-02", 1, numbered=(13, 1)),
               op("cyb-core-op-15", ".", numbered=(11, 0))]),
        # correct: numbering through paragraph styles linked to a numbering style (numStyleLink / styleLink)
        Draft("zh-w14-correct-style-linked-list",
              abstract(140, ZH_CLAUSE_LEVELS, '<w:styleLink w:val="ResolutionList"/>')
              + abstract(141, [], '<w:numStyleLink w:val="ResolutionList"/>') + num(141, 140) + num(142, 141),
              [*zh_heading("中国", "巴基斯坦"), *ZH_PREAMBLE,
               op("cyb-core-op-04", ";", "zh", style="Clause"),
               op("cyb-rec-17", ":", "zh", style="Clause"),
               sub("cyb-rec-17", 0, "zh", style="Sub Clause"), sub("cyb-rec-17", 1, "zh", style="Sub Clause"),
               op("cyb-core-op-06", ";", "zh", style="Clause"),
               op("cyb-rw-op-04", ".", "zh", style="Clause")]),
        Draft("en-w15-correct-list-number-style", "",
              [*en_heading("Sweden, Finland", "Estonia"), *EN_PREAMBLE,
               op("cyb-rw-op-01", ";", style="List Number"), op("cyb-rw-op-02", ";", style="List Number"),
               op("cyb-core-op-06", ";", style="List Number"), op("cyb-core-op-04", ";", style="List Number"),
               op("cyb-rw-op-04", ".", style="List Number")]),
    ]


# the styles of the style-linked draft: a numbering style, a clause style numbered at level 0 through it, and a
# sub-clause style at level 1 (python-docx's template has neither)
STYLE_LINKED = f"""
<w:style w:type="numbering" w:styleId="ResolutionList" {NS}><w:name w:val="Resolution List"/>
  <w:pPr><w:numPr><w:numId w:val="141"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Clause" {NS}><w:name w:val="Clause"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="142"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SubClause" {NS}><w:name w:val="Sub Clause"/><w:basedOn w:val="Clause"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>"""


def build(draft: Draft) -> Any:
    """The python-docx document of a draft."""
    doc = Document()
    if draft.numbering:
        part = doc.part.numbering_part.element
        for child in list(part):
            part.remove(child)
        for child in parse_xml(f"<w:numbering {NS}>{draft.numbering}</w:numbering>"):
            part.append(child)
    if "ResolutionList" in draft.numbering:
        for style in parse_xml(f"<w:styles {NS}>{STYLE_LINKED}</w:styles>"):
            doc.styles.element.append(style)
    for spec in draft.paragraphs:
        para = doc.add_paragraph(style=spec.style)
        for text, flags in spec.runs:
            run = para.add_run(text)
            run.italic = "i" in flags or None
            run.underline = "u" in flags or None
            fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), "SimSun")
        if spec.numbered is not None or spec.numbering_off:
            num_id, level = spec.numbered if spec.numbered is not None else (0, 0)
            numpr = parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            ppr = para._p.get_or_add_pPr()
            style_el = ppr.find(qn("w:pStyle"))
            if style_el is not None:
                style_el.addnext(numpr)
            else:
                ppr.insert(0, numpr)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each paragraph with the label Word shows")
    args = parser.parse_args()
    for draft in drafts():
        path = HERE / f"{draft.name}.docx"
        build(draft).save(str(path))
        if args.list:
            print(f"== {path.name}")
            for para in reader.read(path).paragraphs:
                print(f"{para.index:3} {para.label or '-':>7}  {para.text[:70]}")
    print(f"{len(drafts())} drafts written to {HERE}")


if __name__ == "__main__":
    main()
