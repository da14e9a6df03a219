"""Build the drafts of the blind set word-blind67 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # each body paragraph: index, the list label Word shows, text
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

English drafts as delegates make them by pasting: clauses copied from UN resolutions on undocs.org and from news sites
(w:hyperlink runs around symbols and titles, the "Hyperlink" character style; smart quotes and apostrophes; no-break
spaces U+00A0 and thin spaces U+2009; a pasted run keeping its source's font and size or its character style
("Strong"); a footnote reference carried over (w:footnoteReference, word/footnotes.xml); a soft line break (w:br)
where the web page wrapped; a HYPERLINK field (w:fldChar begin / w:instrText / separate / end) in place of a plain
hyperlink), mixed with the delegate's own typing under Word's automatic numbering (w:numPr).

python-docx gives the package; numbering, footnotes and paragraphs are written as raw WordprocessingML here (written
for this set; nothing imported from drafter or another set). Faults are marked with F(kind, note) next to the
paragraph that carries them; the paragraph number is the 1-based index of the w:p in the body (no tables, no empty
paragraphs), checked again on the saved file.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
NB = "\u00a0"    # no-break space, as undocs.org pages carry it ("18 December", "article 19")
THIN = "\u2009"  # thin space, as news sites set figures ("1.19 million", "2 000")


# ---------------------------------------------------------------- what a draft is made of


@dataclass
class R:
    """A run of text. font / size (half-points) / style: kept from the page it was pasted from."""
    text: str
    i: bool = False
    u: bool = False
    b: bool = False
    font: str | None = None
    size: int | None = None
    style: str | None = None   # a character style ("Strong")
    link: str | None = None    # inside a w:hyperlink to this address
    field: str | None = None   # the result of a HYPERLINK field to this address
    br: bool = False           # a soft line break (w:br) and no text
    tab: bool = False          # a tab (w:tab) and no text
    note: int | None = None    # a footnote reference (w:footnoteReference) and no text


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None   # (numId, ilvl)
    ind: int | None = None               # first-line indent (twips) of a preambular clause


@dataclass
class ListDef:
    kind: str
    levels: list[tuple[str, str, int]]   # (numFmt, lvlText, left indent)


@dataclass
class Num:
    abstract: int
    restart: dict[int, int] = field(default_factory=dict)   # ilvl -> startOverride


@dataclass
class Draft:
    name: str
    font: str
    size: int
    lists: list[ListDef]
    nums: list[Num]   # numId = index + 1
    paras: list[P]
    footnotes: dict[int, str] = field(default_factory=dict)


WORD_DEFAULT = ListDef("hybridMultilevel", [("decimal", "%1.", 720), ("lowerLetter", "%2)", 1440),
                                            ("lowerRoman", "%3.", 2160)])
UNAUSA = ListDef("hybridMultilevel", [("decimal", "%1.", 720), ("lowerLetter", "(%2)", 1440),
                                      ("lowerRoman", "(%3)", 2160)])
SUBS_ONLY = ListDef("hybridMultilevel", [("lowerLetter", "%1)", 1440), ("lowerRoman", "%2.", 2160)])


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][n - 1]


def labels(d: Draft) -> list[str]:
    """The label Word shows: counters per abstractNum, a w:num with a startOverride restarts that level when first
    used, a level restarts when a higher level of the same abstractNum is used."""
    counters: dict[int, list[int | None]] = {}
    started: set[int] = set()
    out = []
    for p in d.paras:
        if p.num is None:
            out.append("")
            continue
        num_id, ilvl = p.num
        n = d.nums[num_id - 1]
        ld = d.lists[n.abstract]
        c = counters.setdefault(n.abstract, [None] * len(ld.levels))
        if num_id not in started:
            started.add(num_id)
            for lvl, start in n.restart.items():
                c[lvl] = start - 1
        c[ilvl] = 1 if c[ilvl] is None else c[ilvl] + 1
        for j in range(ilvl + 1, len(c)):
            c[j] = None
        text = ld.levels[ilvl][1]
        for j in range(len(ld.levels)):
            text = text.replace(f"%{j + 1}", fmt_number(c[j] or 1, ld.levels[j][0]))
        out.append(text)
    return out


def plain(p: P) -> str:
    return "".join("\n" if r.br else "\t" if r.tab else f"^{r.note}" if r.note else r.text for r in p.runs)


# ---------------------------------------------------------------- writing the package


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rpr(r: R) -> str:
    parts = []
    if r.style or r.link or r.field:
        parts.append(f'<w:rStyle w:val="{r.style or "Hyperlink"}"/>')
    if r.font:
        parts.append(f'<w:rFonts w:ascii="{r.font}" w:hAnsi="{r.font}" w:cs="{r.font}"/>')
    if r.b:
        parts.append("<w:b/>")
    if r.i:
        parts.append("<w:i/>")
    if r.size:
        parts.append(f'<w:sz w:val="{r.size}"/><w:szCs w:val="{r.size}"/>')
    if r.u:
        parts.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run_xml(r: R) -> str:
    if r.br:
        return "<w:r><w:br/></w:r>"
    if r.tab:
        return "<w:r><w:tab/></w:r>"
    if r.note:
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{r.note}"/></w:r>'
    return f'<w:r>{rpr(r)}<w:t xml:space="preserve">{esc(r.text)}</w:t></w:r>'


STYLES = f"""<w:styles {NSDECL}>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>
<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/>
<w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
</w:styles>"""


def build(d: Draft) -> Path:
    doc = docx.Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    normal = doc.styles["Normal"].element
    pr = normal.get_or_add_rPr()
    for child in list(pr):
        pr.remove(child)
    pr.append(parse_xml(f'<w:rFonts {NSDECL} w:ascii="{d.font}" w:hAnsi="{d.font}" w:cs="{d.font}" '
                        f'w:eastAsia="{d.font}"/>'))
    pr.append(parse_xml(f'<w:sz {NSDECL} w:val="{d.size}"/>'))
    pr.append(parse_xml(f'<w:szCs {NSDECL} w:val="{d.size}"/>'))
    styles = doc.styles.element
    for s in parse_xml(STYLES):
        sid = s.get(qn("w:styleId"))
        for old in styles.findall(qn("w:style")):
            if old.get(qn("w:styleId")) == sid:
                styles.remove(old)
        styles.append(s)
    # numbering
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, ld in enumerate(d.lists):
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>'
            for i, (fmt, text, left) in enumerate(ld.levels))
        numbering.append(parse_xml(
            f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:nsid w:val="{0x2B6C1E00 + aid:08X}"/>'
            f'<w:multiLevelType w:val="{ld.kind}"/>{lvls}</w:abstractNum>'))
    for i, n in enumerate(d.nums, 1):
        over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                       for lvl, s in sorted(n.restart.items()))
        numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{i}"><w:abstractNumId w:val="{n.abstract}"/>{over}'
                                   "</w:num>"))
    sect = body.find(qn("w:sectPr"))
    links: dict[str, str] = {}
    for p in d.paras:
        ppr = ""
        if p.num:
            ppr += (f'<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{p.num[1]}"/>'
                    f'<w:numId w:val="{p.num[0]}"/></w:numPr>')
        ppr += '<w:spacing w:after="120"/>'
        if p.ind:
            ppr += f'<w:ind w:firstLine="{p.ind}"/>'
        xml = [f"<w:p {NSDECL}><w:pPr>{ppr}</w:pPr>"]
        k = 0
        while k < len(p.runs):
            r = p.runs[k]
            if r.link:
                if r.link not in links:
                    links[r.link] = doc.part.relate_to(r.link, RT.HYPERLINK, is_external=True)
                group = []
                while k < len(p.runs) and p.runs[k].link == r.link:
                    group.append(run_xml(p.runs[k]))
                    k += 1
                xml.append(f'<w:hyperlink r:id="{links[r.link]}" w:history="1">{"".join(group)}</w:hyperlink>')
                continue
            if r.field:
                xml.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                           f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{esc(r.field)}" </w:instrText></w:r>'
                           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                           f"{run_xml(r)}"
                           '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
                k += 1
                continue
            xml.append(run_xml(r))
            k += 1
        xml.append("</w:p>")
        sect.addprevious(parse_xml("".join(xml)))
    if d.footnotes:
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                 "<w:r><w:separator/></w:r></w:p></w:footnote>",
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                 "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"]
        for fid, text in sorted(d.footnotes.items()):
            notes.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                         '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                         f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>'
                + "".join(notes) + "</w:footnotes>").encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOT, blob, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    path = HERE / f"{d.name}.docx"
    doc.save(str(path))
    again = docx.Document(str(path))
    count = len(list(again.element.body.iter(qn("w:p"))))
    assert count == len(d.paras), (d.name, count, len(d.paras))
    refs = {int(e.get(qn("w:id"))) for e in again.element.body.iter(qn("w:footnoteReference"))}
    assert refs == set(d.footnotes), (d.name, refs)
    return path


# ---------------------------------------------------------------- clause helpers


def field_line(label: str, value: str) -> P:
    return P([R(label, b=True), R(value)])


def pre(lead: str, rest: list[R] | str, *faults: Fault, i: bool = True, u: bool = False) -> P:
    runs = [R(rest)] if isinstance(rest, str) else rest
    return P([R(lead, i=i, u=u), *runs], list(faults), ind=720)


def op(lead: str, rest: list[R] | str, *faults: Fault, num: tuple[int, int] = (1, 0), i: bool = False,
       u: bool = True, before: list[R] | None = None, fx: list[Fault] | None = None) -> P:
    runs = [R(rest)] if isinstance(rest, str) else rest
    return P([*(before or []), R(lead, i=i, u=u), *runs], [*faults, *(fx or [])], num=num)


def sub(text: list[R] | str, *faults: Fault, num: tuple[int, int] = (1, 1), fx: list[Fault] | None = None) -> P:
    runs = [R(text)] if isinstance(text, str) else text
    return P(runs, [*faults, *(fx or [])], num=num)


# ---------------------------------------------------------------- the drafts

DRAFTS: list[Draft] = []

# en-01: THIMUN, GA Third Committee, Times New Roman 12; preamble leads italic, operative leads underlined; Word's
# default list "1." / "a)"; clauses pasted from undocs.org with their hyperlinks and a footnote; a paragraph from a
# news site in Arial 10.5; a UN paragraph number kept; "Decides" in a GA draft of a THIMUN conference.
DRAFTS.append(Draft(
    "en-01-thimun-ga3-journalists-undocs-links-footnote-arial-paste-un-number", "Times New Roman", 24,
    [WORD_DEFAULT], [Num(0)],
    [
        field_line("FORUM: ", "General Assembly Third Committee"),
        field_line("QUESTION OF: ", "The safety of journalists and the issue of impunity"),
        field_line("SUBMITTED BY: ", "Mexico"),
        field_line("CO-SUBMITTERS: ", "Austria, Costa Rica, France, Greece, Tunisia"),
        P([R("THE GENERAL ASSEMBLY,")]),
        pre("Guided by", [R(" the purposes and principles of the "),
                          R("Charter of the United Nations", link="https://www.un.org/en/about-us/un-charter/full-text"),
                          R(",")]),
        pre("Reaffirming", f" the right to freedom of opinion and expression enshrined in article{NB}19 of the Universal "
            f"Declaration of Human Rights and in article{NB}19 of the International Covenant on Civil and Political "
            "Rights,"),
        pre("Recalling", [R(" its resolution "), R("68/163", link="https://undocs.org/A/RES/68/163"),
                          R(f" of 18{NB}December 2013, by which it proclaimed 2{NB}November the International Day to "
                            "End Impunity for Crimes against Journalists, and Security Council resolution "),
                          R(f"2222{NB}(2015)", link="https://undocs.org/S/RES/2222(2015)"), R(",")]),
        pre("Taking note", [R(" of the United Nations Plan of Action on the Safety of Journalists and the Issue of "
                              "Impunity, endorsed by the United Nations System Chief Executives Board for "
                              "Coordination in April 2012,"), R("", note=1)]),
        pre("Deeply concerned", [R(" that the vast majority of attacks against journalists and media workers remain "
                                   "unpunished, and that this impunity"), R("", br=True),
                                 R("emboldens the perpetrators of such crimes,")]),
        P([R("Alarmed", i=True, font="Arial", size=21),
           R(f" that, according to UNESCO’s observatory, 162{THIN}journalists were killed in 2022 and 2023, "
             "the highest toll in years, and that most of them were killed while off duty,", font="Arial", size=21)],
          [F("fonts-mixed", 'mixed fonts: the clause "Alarmed that, according to UNESCO’s observatory, 162 journalists '
             'were killed …" pasted from a news site keeps Arial in a body set in «Times New Roman» (MUN-F08)'),
           F("sizes-mixed", 'mixed font sizes: the same pasted clause "Alarmed that, according to UNESCO’s observatory '
             '…" is 10.5 pt in a body of «12 pt» (MUN-F08)')], ind=720),
        pre("Recognizing", " the specific risks faced by women journalists in the exercise of their work, both online "
            "and offline;",
            F("preambular-end-mark", 'preambular clause ends with ";" (the mark of the UN operative paragraph it was '
              'copied from); expected «,» (UN-B05, MUN-F04)')),
        op("Calls upon", " States to create and maintain, in law and in practice, a safe and enabling environment for "
           "journalists to perform their work independently and without undue interference;"),
        op("Urges", " Member States to do their utmost to prevent violence, threats and attacks against journalists "
           "and media workers, to ensure accountability through impartial, speedy and effective investigations, and "
           "to bring perpetrators to justice;", before=[R("5."), R("", tab=True)],
           fx=[F("numbering", 'the UN paragraph number "5." was pasted with the clause into Word\'s list, which shows '
               '"2. 5. Urges …"; expected «2.» alone (UN-B07, MUN-F05)')]),
        op("Encourages", [R(" States to establish national mechanisms for the protection of journalists, drawing on "
                            "the good practices compiled by the Office of the United Nations High Commissioner for "
                            "Human Rights"), R("", note=2), R(";")]),
        op("Decides", f" to observe, on 2{NB}November of each year, a minute of silence in the Third Committee in "
           "memory of the journalists killed in the previous year;",
           F("other", 'the lead "Decides" is reserved for the Security Council at a THIMUN-procedure conference '
             '(MUN-F09); a General Assembly committee\'s draft uses another lead, e.g. «Recommends»')),
        op("Requests", " the Secretary-General to include in his next report on the safety of journalists:"),
        sub("the number of journalists killed in each region and the status of the judicial inquiry into each "
            "killing;"),
        sub("the measures taken by Member States to protect women journalists against online harassment;"),
        op("Invites", [R(" Member States and civil society organizations to contribute data to the "),
                       R("UNESCO Observatory of Killed Journalists",
                         field="https://www.unesco.org/en/safety-journalists/observatory"),
                       R(" and to make use of it in their national reports.")]),
    ],
    footnotes={1: "CI-12/CONF.202/6.", 2: "See A/HRC/24/23."},
))

# en-02: UNA-USA, GA plenary, Arial 11 throughout (the delegate's own template); leads underlined throughout; list
# "1." / "(a)"; a title pasted with its source's character style "Strong"; a clause ending "." mid-list; the last two
# clauses in a list restarted at 1 (Word's "Restart at 1" on a new w:num).
DRAFTS.append(Draft(
    "en-02-unausa-ga-road-safety-arial-strong-style-paste-restart", "Arial", 22,
    [UNAUSA], [Num(0), Num(0, {0: 1})],
    [
        field_line("Committee: ", "General Assembly Plenary"),
        field_line("Topic: ", "Improving global road safety"),
        field_line("Sponsors: ", "Sweden, Morocco, Thailand"),
        field_line("Signatories: ", "Argentina, Ghana, India, Jamaica, Viet Nam"),
        P([R("The General Assembly,")]),
        pre("Recalling", [R(" its resolution "), R("74/299", link="https://undocs.org/A/RES/74/299"),
                          R(f" of 31{NB}August 2020, by which it proclaimed the period 2021–2030 the Second Decade of "
                            "Action for Road Safety,")], i=False, u=True),
        pre("Noting with concern", f" that road traffic crashes kill some 1.19{THIN}million people every year and are "
            "the leading cause of death of children and young people aged 5 to 29,", i=False, u=True),
        pre("Bearing in mind", [R(" targets 3.6 and 11.2 of the "),
                                R("Sustainable Development Goals", link="https://sdgs.un.org/goals"),
                                R(", which call for halving road deaths and for safe, affordable and accessible "
                                  "transport systems for all,")], i=False, u=True),
        pre("Welcoming", [R(" the "), R("Global Plan for the Decade of Action for Road Safety 2021–2030", style="Strong",
                                         b=True),
                          R(", launched by the World Health Organization and the United Nations regional commissions "
                            "in October 2021,")],
            F("emphasis", 'words of the text set off in bold: the title "Global Plan for the Decade of Action for Road '
              'Safety 2021–2030" pasted with its page\'s character style "Strong"; the text is not emphasized '
              '(UN-B17)'), i=False, u=True),
        pre("Aware", [R(" that 92 per cent of road deaths occur in low- and middle-income countries, which have "
                        "fewer than"), R("", br=True), R("two thirds of the world’s vehicles,")], i=False, u=True),
        op("Encourages", " Member States to adopt comprehensive legislation on the key risk factors, including "
           "speeding, drink-driving and the non-use of helmets, seat belts and child restraints;"),
        op("Calls upon", " Member States to:"),
        sub("integrate road safety into their land-use, urban planning and transport policies, giving priority to "
            "pedestrians, cyclists and public transport;"),
        sub("ensure that all new motor vehicles meet the United Nations vehicle safety regulations;"),
        op("Invites", " the international financial institutions to increase their support for road safety in "
           "low- and middle-income countries.",
           F("operative-end-mark", 'operative clause 3 ends with "." though clauses follow; expected «;» '
             '(UN-B09, MUN-F05)')),
        op("Urges", " Member States to strengthen post-crash care, including emergency medical services and "
           "rehabilitation for the injured;", num=(2, 0), fx=[
               F("numbering", 'Word\'s "Restart at 1": clause 4 is numbered "1." after clause 3; expected «4.» '
                 '(UN-B07, MUN-F05)')]),
        op("Requests", [R(" the Secretary-General to report to the General Assembly at its eighty-first session on "
                          "progress made, drawing on the "),
                        R("Global Status Report on Road Safety",
                          field="https://www.who.int/teams/social-determinants-of-health/safety-and-mobility"),
                        R(".")], num=(2, 0), fx=[
               F("numbering", 'the list restarted at 1 goes on: clause 5 is numbered "2."; expected «5.» '
                 '(UN-B07, MUN-F05)')]),
    ],
))

# en-03 (nearly clean): UNA-USA, Human Rights Council, Garamond 12; leads italic; list "1." / "(a)"; pasted
# hyperlinks, a footnote, a HYPERLINK field, a soft line break, no-break spaces; one preambular clause ends with ".".
DRAFTS.append(Draft(
    "en-03-unausa-hrc-internet-rights-garamond-nearly-clean", "Garamond", 24,
    [UNAUSA], [Num(0)],
    [
        field_line("Committee: ", "Human Rights Council"),
        field_line("Topic: ", "The promotion, protection and enjoyment of human rights on the Internet"),
        field_line("Sponsors: ", "Brazil, Nigeria, Sweden, Tunisia, United States of America"),
        field_line("Signatories: ", "Chile, Estonia, Ghana, Indonesia, Mongolia, Norway"),
        P([R("The Human Rights Council,", i=True)]),
        pre("Guided by", [R(" the "), R("Charter of the United Nations",
                                         link="https://www.un.org/en/about-us/un-charter/full-text"),
                          R(",")]),
        pre("Reaffirming", [R(" the human rights and fundamental freedoms enshrined in the "),
                            R("Universal Declaration of Human Rights",
                              link="https://www.un.org/en/about-us/universal-declaration-of-human-rights"),
                            R(" and relevant international human rights treaties,")]),
        pre("Recalling", [R(" its resolution "), R("47/16", link="https://undocs.org/A/HRC/RES/47/16"),
                          R(f" of 13{NB}July 2021 and all its previous resolutions on the promotion, protection and "
                            "enjoyment of human rights on the Internet,"), R("", note=1)]),
        pre("Noting with concern", [R(" the growing number of measures intentionally preventing or disrupting access "
                                      "to or dissemination of information online, often described as “Internet "
                                      "shutdowns”, during elections and protests,")]),
        pre("Recognizing", [R(" that the same rights that people have offline must also be protected online, "
                              "in particular freedom of expression, which is applicable"), R("", br=True),
                            R("regardless of frontiers and through any media of one’s choice.")],
            F("preambular-end-mark", 'preambular clause ends with "." (the sentence as the news site printed it); '
              'expected «,» (UN-B05, MUN-F04)')),
        pre("Stressing", " the importance of a human rights-based approach to the provision and expansion of access "
            "to the Internet,"),
        op("Condemns", " unequivocally measures to intentionally prevent or disrupt access to or dissemination of "
           "information online in violation of international human rights law;", i=True, u=False),
        op("Calls upon", " all States to refrain from and to cease such measures, and to ensure that any restriction "
           "is lawful, necessary and proportionate;", i=True, u=False),
        op("Encourages", " States to take measures to bridge the digital divides, including the gender digital "
           "divide, by:", i=True, u=False),
        sub("promoting affordable and meaningful connectivity in rural and remote areas;"),
        sub("supporting digital literacy programmes for women and girls, persons with disabilities and older "
            "persons;"),
        op("Requests", [R(" the Office of the United Nations High Commissioner for Human Rights to prepare a report "
                          "on the impact of Internet shutdowns, building on its earlier report "),
                        R("A/HRC/50/55", field="https://undocs.org/A/HRC/50/55"),
                        R(", and to present it to the Council at its fifty-ninth session;")], i=True, u=False),
        op("Decides", " to continue its consideration of this question under the same agenda item.", i=True,
           u=False),
    ],
    footnotes={1: "See also General Assembly resolution 78/213."},
))

# en-04: THIMUN, GA First Committee, Cambria 12 throughout; leads underlined; Word's default list "1." / "a)" /
# "i."; a clause pasted from a UN text keeping its paragraph number as typed text outside the list; a pasted clause in
# Segoe UI (same size); a sub-clause ending "."; "Decides" in a GA draft.
DRAFTS.append(Draft(
    "en-04-thimun-ga1-outer-space-cambria-typed-un-number-segoe-paste", "Cambria", 24,
    [WORD_DEFAULT], [Num(0)],
    [
        field_line("FORUM: ", "General Assembly First Committee (Disarmament and International Security)"),
        field_line("QUESTION OF: ", "Prevention of an arms race in outer space"),
        field_line("MAIN SUBMITTER: ", "Egypt"),
        field_line("CO-SUBMITTERS: ", "Brazil, Indonesia, Kazakhstan, Sri Lanka, Switzerland"),
        P([R("THE GENERAL ASSEMBLY,")]),
        pre("Recognizing", " the common interest of all mankind in the exploration and use of outer space for "
            "peaceful purposes,", i=False, u=True),
        pre("Recalling", [R(" the Treaty on Principles Governing the Activities of States in the Exploration and Use "
                            "of Outer Space, including the Moon and Other Celestial Bodies, annexed to its resolution "),
                          R(f"2222{NB}(XXI)", link="https://undocs.org/A/RES/2222(XXI)"),
                          R(f" of 19{NB}December 1966,")], i=False, u=True),
        pre("Reaffirming", " that the prevention of an arms race in outer space would avert a grave danger for "
            "international peace and security,", i=False, u=True),
        P([R("Concerned", u=True, font="Segoe UI"),
           R(" by reports that destructive anti-satellite missile tests have created thousands of pieces of "
             "long-lived orbital debris that threaten the satellites on which all nations depend,", font="Segoe UI")],
          [F("fonts-mixed", 'mixed fonts: the clause "Concerned by reports that destructive anti-satellite missile '
             'tests …" pasted from a news site keeps Segoe UI in a body set in «Cambria» (MUN-F08)')], ind=720),
        pre("Noting", [R(" the work of the Conference on Disarmament and of the "),
                       R("United Nations Office for Outer Space Affairs", link="https://www.unoosa.org"),
                       R(",")], i=False, u=True),
        op("Calls upon", " all States, in particular those with major space capabilities, to contribute actively to "
           "the objective of the peaceful use of outer space;"),
        op("Encourages", " States to commit not to conduct destructive direct-ascent anti-satellite missile tests;"),
        op("Recommends", " that the Conference on Disarmament establish a working group on the prevention of an arms "
           "race in outer space, with a mandate to:"),
        sub("examine the elements of a legally binding instrument;"),
        sub("consider norms, rules and principles of responsible behaviour relating to threats by States to space "
            "systems.",
            F("operative-end-mark", 'sub-clause b) ends with "." though clauses follow (the last sub-clause carries '
              'its clause\'s mark); expected «;» (UN-B09, MUN-F06)')),
        op("Decides", " to include in the provisional agenda of its eighty-first session the item entitled "
           "“Prevention of an arms race in outer space”;",
           F("other", 'the lead "Decides" is reserved for the Security Council at a THIMUN-procedure conference '
             '(MUN-F09); a General Assembly committee\'s draft uses another lead, e.g. «Recommends»')),
        op("Invites", " Member States to submit their views on transparency and confidence-building measures in "
           "outer space activities to the Secretary-General;"),
        P([R("12."), R("", tab=True), R("Requests", u=True),
           R(" the Secretary-General to submit a report on the implementation of the present resolution to the "
             "General Assembly at its eighty-first session.")],
          [F("numbering", 'the last clause was pasted from a UN resolution with its paragraph number "12." typed, '
             'outside Word\'s list; clause 6 follows clause 5; expected «6.» (UN-B07, MUN-F05)')]),
    ],
))

# en-05: THIMUN, Security Council, Times New Roman 12; preamble leads italic, operative leads underlined; Word's
# default list for the clauses and a separate one-level "a)" list for the sub-clauses, which goes on under clause 4
# ("c)", "d)"); a UN paragraph number kept; a clause ending ",".
DRAFTS.append(Draft(
    "en-05-thimun-sc-haiti-support-mission-sub-list-continued-un-number", "Times New Roman", 24,
    [WORD_DEFAULT, SUBS_ONLY], [Num(0), Num(1)],
    [
        field_line("FORUM: ", "Security Council"),
        field_line("QUESTION OF: ", "The situation in Haiti"),
        field_line("SUBMITTED BY: ", "Ecuador"),
        field_line("CO-SUBMITTERS: ", "France, Guyana, Malta, United States of America"),
        P([R("THE SECURITY COUNCIL,")]),
        pre("Reaffirming", " its strong commitment to the sovereignty, independence, territorial integrity and unity "
            "of Haiti,"),
        pre("Recalling", [R(" its resolution "), R(f"2699{NB}(2023)", link="https://undocs.org/S/RES/2699(2023)"),
                          R(", by which it authorized the deployment of a Multinational Security Support mission to "
                            "Haiti,")]),
        pre("Expressing grave concern", " at the levels of gang violence, kidnappings and sexual and gender-based "
            "violence, and at the displacement of hundreds of thousands of Haitians,"),
        pre("Noting", [R(" the report of the Secretary-General on the situation in Haiti, which says that gangs "
                         "control most of Port-au-Prince’s"), R("", br=True),
                       R("neighbourhoods and the main roads leading out of the capital,")]),
        pre("Determining", " that the situation in Haiti continues to constitute a threat to international peace and "
            "security in the region,"),
        op("Demands", " that armed gangs immediately cease all violence and criminal activities;"),
        op("Calls upon", " Member States to:"),
        sub("provide voluntary contributions to the trust fund for the mission;", num=(2, 0)),
        sub("prevent the illicit transfer of small arms and light weapons to Haiti;", num=(2, 0)),
        op("Urges", " all parties to allow and facilitate the rapid, safe and unhindered passage of humanitarian "
           "relief for all persons in need,",
           F("operative-end-mark", 'operative clause 3 ends with ","; expected «;» (UN-B09, MUN-F05)')),
        op("Requests", " the mission to:"),
        sub("take all appropriate measures to protect civilians, including women and children;", num=(2, 0), fx=[
            F("sub-clause-label", 'the sub-clauses of clause 4 are in the separate one-level list of clause 2\'s, '
              'which goes on: "c)"; expected «a)» (MUN-F06)')]),
        sub("report monthly to the Council on its operations;", num=(2, 0), fx=[
            F("sub-clause-label", 'the same list goes on: "d)"; expected «b)» (MUN-F06)')]),
        op("Decides", " that all Member States shall take the necessary measures to prevent the supply, sale or "
           "transfer of arms to individuals and entities engaged in or supporting gang violence in Haiti;", before=[R("7."), R(" ")], fx=[
               F("numbering", 'the UN paragraph number "7." was pasted with the clause into Word\'s list, which shows '
                 '"5. 7. Decides …"; expected «5.» alone (UN-B07, MUN-F05)')]),
        op("Encourages", [R(" the Government of Haiti to continue to work with the "),
                          R("United Nations Integrated Office in Haiti", link="https://binuh.unmissions.org"),
                          R(" towards the holding of free and fair elections;")]),
        op("Decides", " to remain actively seized of the matter."),
    ],
))


# ---------------------------------------------------------------- annotations, listing, rendering


def check_notes(d: Draft) -> None:
    """Each quote in a note is in its paragraph's text."""
    for n, p in enumerate(d.paras, 1):
        text = plain(p).replace("\n", " ").replace("\t", " ").replace(NB, " ").replace(THIN, " ")
        for f in p.faults:
            for q in re.findall(r'"([^"]+)"', f.note):
                q = q.replace(" …", "").replace("…", "")
                if q.startswith(("Restart", "Strong", "2. ", "5. ")):
                    continue
                assert q in text or q in labels(d)[n - 1], (d.name, n, q)


def write_annotations() -> None:
    out: dict[str, dict] = {}
    for d in DRAFTS:
        check_notes(d)
        out[f"{d.name}.docx"] = {"faults": [{"paragraph": n, "kind": f.kind, "note": f.note}
                                            for n, p in enumerate(d.paras, 1) for f in p.faults]}
    head = ("# word-blind67: faults per body paragraph (1-based index of w:p), written by make_drafts.py before any\n"
            "# run of drafter on these drafts. Judged by /work/shared/FORMAT.md (see README.md, Decisions).\n")
    (HERE / "annotations.yaml").write_text(head + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120),
                                           encoding="utf-8")


def main() -> None:
    if "--list" in sys.argv:
        for d in DRAFTS:
            print(f"== {d.name} ({sum(len(p.faults) for p in d.paras)} faults)")
            for n, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                marks = " ".join(f.kind for f in p.faults)
                print(f"{n:3} {lab:5} {plain(p)!r}" + (f"   <<{marks}>>" if marks else ""))
        return
    if "--render" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(HERE / f"{d.name}.docx")], check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"{d.name}.pdf"), str(out / d.name)],
                           check=True)
        return
    for d in DRAFTS:
        build(d)
    write_annotations()


if __name__ == "__main__":
    main()
