"""Build the drafts of the blind set word-blind76 and write annotations.yaml from the fault marks.

    python make_drafts.py                # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list         # every body w:p: index, label, mark revision, text as accepted
    python make_drafts.py --render DIR   # PDF (LibreOffice) and 60-dpi PNG pages of each draft

Six ordinary English MUN draft resolutions (UNA-USA heading: Committee / Topic / Sponsors / Signatories; organ line
"The General Assembly,"; leads italic) that two or three co-submitters edited in turn in one file with Track Changes
on, then handed in without accepting every revision: w:ins / w:del of words and of whole clauses, w:moveFrom /
w:moveTo of a clause (ranges named), numbering switched on or off or demoted in w:pPrChange, emphasis changed in
w:rPrChange, a paragraph mark inserted (a clause split) or deleted (two clauses joined), comments of two authors; one
draft whose author accepted every revision before handing it in.

python-docx gives the package; every paragraph, revision, the numbering and the comments part are raw
WordprocessingML written here (no import of drafter or another set). Faults are marked F(kind, note) beside their
paragraph, judged on the text with every revision accepted. Paragraph number = 1-based index of the w:p among the
body's w:p in document order (a w:p whose mark is deleted or moved away keeps its index; the text it gives to the
paragraph after it is judged there, where the surviving mark is), checked again on the saved file.
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from lxml import etree

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class Fault:
    kind: str
    note: str


def F(kind: str, note: str) -> Fault:
    return Fault(kind, note)


# a piece of a paragraph: (what, text, format, extra)
#   "t" plain; "ins" / "del" tracked by author extra; "mf" / "mt" moved from / to (extra = move name);
#   "fc" a run whose format was changed (extra = the old format); "cs" / "ce" a comment's start / end (text = id)
@dataclass
class S:
    what: str
    text: str = ""
    fmt: str = ""  # letters: i italic, b bold, u underline
    extra: str = ""
    by: str = ""


def t(text: str, fmt: str = "") -> S:
    return S("t", text, fmt)


def ins(text: str, by: str, fmt: str = "") -> S:
    return S("ins", text, fmt, by=by)


def dele(text: str, by: str, fmt: str = "") -> S:
    return S("del", text, fmt, by=by)


def fc(text: str, fmt: str, old: str, by: str) -> S:
    return S("fc", text, fmt, old, by=by)


def cs(cid: int) -> S:
    return S("cs", str(cid))


def ce(cid: int) -> S:
    return S("ce", str(cid))


@dataclass
class P:
    parts: list[S]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl) now
    old_num: object = "same"  # pPrChange: the numbering before the edit (None = none, tuple, or "same": no change)
    mark: str = ""  # "ins" / "del" / "moveFrom" / "moveTo": the paragraph mark's revision
    move: str = ""  # move name for a whole paragraph moved
    by: str = ""  # author of the mark / pPr revision
    kind: str = "body"  # head, organ, pre, op


@dataclass
class Draft:
    name: str
    items: list[P]
    authors: list[str]
    comments: list[tuple[int, str, str]] = field(default_factory=list)  # id, author, text


DATE = "2026-11-{:02d}T{:02d}:{:02d}:00Z"
_rev = [100]


def rid() -> int:
    _rev[0] += 1
    return _rev[0]


def when(by: str, authors: list[str]) -> str:
    k = authors.index(by) if by in authors else 0
    return DATE.format(20 + k, 9 + k, 10 + _rev[0] % 50)


def rpr_xml(fmt: str, inner: str = "") -> str:
    return ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
            + ("<w:b/>" if "b" in fmt else "") + ("<w:i/>" if "i" in fmt else "")
            + ('<w:u w:val="single"/>' if "u" in fmt else "") + '<w:sz w:val="24"/>' + inner + "</w:rPr>")


def run_xml(text: str, fmt: str, deleted: bool = False, inner: str = "") -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr_xml(fmt, inner)}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def rev_attrs(by: str, d: Draft) -> str:
    return f'w:id="{rid()}" w:author="{escape(by)}" w:date="{when(by, d.authors)}"'


def numpr(num: tuple[int, int] | None) -> str:
    return "" if num is None else f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'


def para_xml(p: P, d: Draft) -> str:
    ind = {"pre": '<w:ind w:firstLine="720"/>', "head": "", "organ": ""}.get(p.kind, "")
    ppr = numpr(p.num) + '<w:spacing w:after="160"/>' + ind + '<w:jc w:val="both"/>'
    if p.old_num != "same":
        old = numpr(p.old_num) + '<w:spacing w:after="160"/>' + ind + '<w:jc w:val="both"/>'
        ppr += f'<w:pPrChange {rev_attrs(p.by, d)}><w:pPr>{old}</w:pPr></w:pPrChange>'
    if p.mark:
        name = {"ins": "ins", "del": "del", "moveFrom": "moveFrom", "moveTo": "moveTo"}[p.mark]
        ppr += f'<w:rPr><w:{name} {rev_attrs(p.by, d)}/></w:rPr>'
    body = ""
    whole = p.mark in ("moveFrom", "moveTo") and p.move
    if whole:
        body += f'<w:{p.mark}RangeStart {rev_attrs(p.by, d)} w:name="{p.move}"/>'
        start_id = _rev[0]
    open_moves: dict[str, int] = {}
    for s in p.parts:
        if s.what == "t":
            body += (f'<w:{p.mark} {rev_attrs(p.by, d)}>{run_xml(s.text, s.fmt, p.mark == "moveFrom")}</w:{p.mark}>'
                     if whole else run_xml(s.text, s.fmt))
        elif s.what == "ins":
            body += f"<w:ins {rev_attrs(s.by, d)}>{run_xml(s.text, s.fmt)}</w:ins>"
        elif s.what == "del":
            body += f"<w:del {rev_attrs(s.by, d)}>{run_xml(s.text, s.fmt, True)}</w:del>"
        elif s.what in ("mf", "mt"):
            tag = "moveFrom" if s.what == "mf" else "moveTo"
            body += f'<w:{tag}RangeStart {rev_attrs(s.by, d)} w:name="{s.extra}"/>'
            sid = _rev[0]
            body += f"<w:{tag} {rev_attrs(s.by, d)}>{run_xml(s.text, s.fmt, tag == 'moveFrom')}</w:{tag}>"
            body += f'<w:{tag}RangeEnd w:id="{sid}"/>'
            open_moves[s.extra] = sid
        elif s.what == "fc":
            old = rpr_xml(s.extra).replace("<w:rPr>", "").replace("</w:rPr>", "")
            body += run_xml(s.text, s.fmt, inner=f'<w:rPrChange {rev_attrs(s.by, d)}><w:rPr>{old}</w:rPr></w:rPrChange>')
        elif s.what == "cs":
            body += f'<w:commentRangeStart w:id="{s.text}"/>'
        elif s.what == "ce":
            body += (f'<w:commentRangeEnd w:id="{s.text}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                     f'<w:commentReference w:id="{s.text}"/></w:r>')
    if whole:
        body += f'<w:{p.mark}RangeEnd w:id="{start_id}"/>'
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def accepted(p: P) -> str:
    if p.mark == "moveFrom":
        return ""
    return "".join(s.text for s in p.parts if s.what in ("t", "ins", "mt", "fc"))


def comments_xml(d: Draft) -> bytes:
    out = []
    for cid, by, text in d.comments:
        initials = "".join(x[0] for x in by.split()[-2:])
        out.append(f'<w:comment w:id="{cid}" w:author="{escape(by)}" w:initials="{initials}" '
                   f'w:date="{when(by, d.authors)}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                   f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>' + "".join(out)
            + "</w:comments>").encode("utf-8")


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
    levels = [("decimal", "%1.", 720), ("lowerLetter", "(%2)", 1440), ("lowerRoman", "(%3)", 2160)]
    lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{x}"/>'
                 f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>'
                 for i, (f, x, left) in enumerate(levels))
    numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="0"><w:nsid w:val="5C21A7E3"/>'
                               f'<w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    for p in d.items:
        sect.addprevious(parse_xml(para_xml(p, d)))
    if d.comments:
        part = Part(PackURI("/word/comments.xml"), CT_COMMENTS, comments_xml(d), doc.part.package)
        doc.part.relate_to(part, RT.COMMENTS)
    doc.core_properties.author = d.authors[0]
    doc.core_properties.last_modified_by = d.authors[-1]
    if any(p.mark or p.old_num != "same" or any(s.what not in ("t",) for s in p.parts) for p in d.items):
        settings = doc.settings.element
        settings.insert(0, parse_xml(f"<w:trackRevisions {NS}/>"))
    out = HERE / f"{d.name}.docx"
    doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    count = len(list(root.find(w("body")).iter(w("p"))))
    assert count == len(d.items), (d.name, count, len(d.items))
    return out


# ---------------------------------------------------------------- shapes

def head(label: str, value: list[S] | str, faults: list[Fault] | None = None) -> P:
    parts = [t(label + ": ", "b")] + ([t(value)] if isinstance(value, str) else value)
    return P(parts, faults or [], kind="head")


def organ() -> P:
    return P([t("The General Assembly,", "i")], kind="organ")


def pre(lead: str, rest: str | list[S], faults: list[Fault] | None = None, **kw: object) -> P:
    parts = [t(lead, "i")] + ([t(rest)] if isinstance(rest, str) else rest)
    return P(parts, faults or [], kind="pre", **kw)  # type: ignore[arg-type]


def op(lead: str | list[S], rest: str | list[S], faults: list[Fault] | None = None,
       num: tuple[int, int] | None = (1, 0), **kw: object) -> P:
    parts = ([t(lead, "i")] if isinstance(lead, str) else lead) + ([t(rest)] if isinstance(rest, str) else rest)
    return P(parts, faults or [], num=num, kind="op", **kw)  # type: ignore[arg-type]


def sub(text: str | list[S], faults: list[Fault] | None = None, **kw: object) -> P:
    parts = [t(text)] if isinstance(text, str) else text
    return P(parts, faults or [], num=(1, 1), kind="op", **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the drafts

A1, A2, A3 = "Amara Mensah", "Lars Eide", "Priya Raman"


def d01() -> Draft:
    """Nearly clean: words inserted and deleted, a clause deleted whole, a sub-clause split off by an inserted mark,
    comments by two authors; one fault (a State's name typed into the signatories by the second author)."""
    return Draft("en-01-migrant-domestic-workers-nearly-clean-split-sub-clause", [
        head("Committee", "General Assembly Third Committee (SOCHUM)"),
        head("Topic", "Protection of migrant domestic workers"),
        head("Sponsors", [t("Ghana, Norway"), ins(" and Philippines", A2), dele(" and Indonesia", A2)]),
        head("Signatories", [t("Chile, Ecuador, Jordan, Nepal, Sri Lanka"), ins(", Swaziland", A2)],
             [F("other", '"Swaziland" - a signatory written with the State\'s former name, not the name of the State '
                         "in United Nations usage («Eswatini») (UN-H06, MUN-H01)")]),
        organ(),
        pre("Recalling", " the Domestic Workers Convention, 2011 (No. 189), of the International Labour Organization,"),
        pre("Concerned", [t(" that migrant domestic workers often "), dele("are excluded", A1),
                          ins("remain outside the scope", A1), t(" of national labour law,")]),
        pre("Recognizing", [cs(1), t(" the contribution of migrant domestic workers to the economies of countries "
                                     "of origin and of destination,"), ce(1)]),
        pre("Noting with concern", [t(" that the confiscation of identity documents by employers "),
                                    ins("still ", A2), t("prevents workers from leaving abusive employment,")]),
        op("Calls upon", " Member States to extend labour protections to domestic workers on an equal footing with "
                         "other workers;"),
        op("Urges", [t(" Member States to "), dele("think about ", A2), ins("adopt ", A2),
                     t("written contracts in a language the worker understands, covering wages, hours, rest days and "
                       "the conditions of termination;")]),
        P([dele("Encourages", A1, "i"), dele(" bilateral agreements between States of origin and of destination "
                                             "which guarantee ethical recruitment;", A1)],
          num=(1, 0), mark="del", by=A1, kind="op"),
        op("Requests", [t(" States to establish complaint mechanisms accessible to domestic workers, including:")],
           mark="ins", by=A2),
        sub([ins("telephone and online channels in the main languages of the workers;", A2)], mark="ins", by=A2),
        sub("inspections of private households with the consent of a judicial authority;"),
        op("Invites", [cs(2), t(" the International Labour Organization to report on the ratification of Convention "
                                "No. 189 at the eighty-third session of the General Assembly;"), ce(2)]),
        op("Decides", " to remain actively seized of the matter."),
    ], [A1, A2], [(1, A2, "Do we need 'of origin and of destination' twice?"),
                  (2, A1, "Check the session number with the chair.")])


def d02() -> Draft:
    """Typed clause numbers ("3. ") and a clause moved with them: the numbers no longer run once the move is
    accepted; a lead replaced by an insertion typed without italics; a lead made italic by an rPrChange (clean)."""
    return Draft("en-02-antimicrobial-resistance-livestock-typed-numbers-moved-clause", [
        head("Committee", "General Assembly Second Committee (ECOFIN)"),
        head("Topic", "Antimicrobial resistance in livestock production"),
        head("Sponsors", "Denmark, Kenya and Thailand"),
        head("Signatories", [t("Argentina, Bangladesh, "), ins("Netherlands (Kingdom of the), ", A2),
                             t("New Zealand, Uganda")]),
        organ(),
        pre("Alarmed", " that antimicrobial resistance could cause ten million deaths a year by 2050,"),
        pre("Recalling", [t(" the political declaration of the high-level meeting on antimicrobial resistance "
                            "of 2024"), dele(" and its targets", A2), t(",")]),
        pre("Aware", " that most antimicrobials sold worldwide are used in animals raised for food,"),
        P([fc("Acknowledging", "i", "", A3),
           t(" the work of the Quadripartite organizations on a One Health approach,")], kind="pre"),
        op([t("1. "), t("Urges", "i")], " Member States to phase out the use of medically important antimicrobials "
                                        "for growth promotion in animals;", num=None),
        op([t("2. "), dele("Asks", A2, "i"), ins("Encourages", A2)],
           " Member States to strengthen veterinary oversight of antimicrobial use on farms;", num=None,
           faults=[F("emphasis", '"Encourages Member States to strengthen veterinary oversight" - the new lead was '
                                 "typed over the deleted italic one without italics, unlike every other lead "
                                 "(«*Encourages*») (MUN-F03, UN-B08)")]),
        P([t("4. "), t("Calls upon", "i"), t(" donors to support surveillance laboratories in low-income countries;")],
          mark="moveTo", move="move1", by=A3, kind="op",
          faults=[F("numbering", '"4. Calls upon donors to support surveillance laboratories" - moved above clause '
                                 '3 with its typed number, it shows "4." in the third place («3.») (UN-B07, MUN-F05)')]),
        op([t("3. "), t("Requests", "i")], [t(" the Food and Agriculture Organization of the United Nations to "
                                              "publish annual data on antimicrobial sales for animals"),
                                            dele(" every year", A1), t(";")], num=None,
           faults=[F("numbering", '"3. Requests the Food and Agriculture Organization" - after the moved clause it '
                                  'shows "3." after "4." («4.»); the typed numbers no longer run once the move is '
                                  "accepted (UN-B07, MUN-F05)")]),
        P([t("4. "), t("Calls upon", "i"), t(" donors to support surveillance laboratories in low-income countries;")],
          mark="moveFrom", move="move1", by=A3, kind="op"),
        op([t("5. "), t("Invites", "i")], " Member States to report on national action plans in 2028;", num=None),
        op([t("6. "), t("Decides", "i")], " to remain seized of the matter.", num=None),
    ], [A1, A2, A3])


def d03() -> Draft:
    """Word's list: a preambular clause numbered by a pPrChange; words made bold in an rPrChange; two operative
    clauses joined by a deleted paragraph mark with the first one's full stop left; comments by two authors."""
    return Draft("en-03-glacial-lake-floods-numbered-preamble-bold-joined-clauses", [
        head("Committee", "General Assembly Second Committee (ECOFIN)"),
        head("Topic", "Early warning of glacial lake outburst floods"),
        head("Sponsors", "Bhutan, Peru and Switzerland"),
        head("Signatories", "Austria, Bolivia (Plurinational State of), Kyrgyzstan, Nepal, Pakistan"),
        organ(),
        pre("Deeply concerned", [cs(3), t(" that glacial lakes in mountain regions are growing as glaciers retreat,"),
                                 ce(3)]),
        pre("Recalling", " the Early Warnings for All initiative launched by the Secretary-General in 2022,"),
        pre("Noting", " that many communities downstream of glacial lakes receive warnings too late to evacuate,",
            num=(1, 0), old_num=None, by=A2,
            faults=[F("numbering", '"Noting that many communities downstream…" - the preambular paragraph was put in '
                                   'the numbered list by a tracked change and shows "1."; preambular paragraphs are '
                                   "not numbered (UN-B05, MUN-F04)")]),
        pre("Welcoming", [t(" regional cooperation on sharing satellite data on glacial lakes"), ins(" and river "
                                                                                                    "flows", A1),
                          t(",")]),
        op("Calls upon", [t(" Member States with glaciated mountains to map and monitor "), fc("every", "b", "", A2),
                          t(" potentially dangerous glacial lake;")],
           faults=[F("emphasis", '"map and monitor every potentially dangerous glacial lake" - "every" made bold by '
                                 "a tracked format change; UN texts set no words off for emphasis (UN-B17)")]),
        P([t("Encourages", "i"), t(" the installation of automatic sensors and sirens at high-risk lakes.")],
          num=(1, 0), mark="del", by=A1, kind="op"),
        op([dele("Further encourages", A1, "i")], [ins(" and", A1), t(" the training of local volunteers to "
                                                                       "maintain them;")],
           faults=[F("full-stop-inside-clause", '"…sirens at high-risk lakes. and the training of local volunteers" - '
                                                "the two clauses were joined by deleting the paragraph mark and the "
                                                "lead, but the first one's full stop was left inside the clause "
                                                "(«…high-risk lakes and the training…») (UN-B09, MUN-F05)")]),
        op("Requests", [t(" the World Meteorological Organization to "), dele("help", A2), ins("assist", A2),
                        t(" national hydrological services in issuing impact-based forecasts;")]),
        op("Invites", [cs(4), t(" the Green Climate Fund to give priority to early warning projects in mountain "
                                "regions;"), ce(4)]),
        op("Decides", " to include the item in the provisional agenda of its eighty-third session."),
    ], [A1, A2], [(3, A1, "Add a figure? The ICIMOD report has one."),
                  (4, A2, "Amara: GCF or also the Adaptation Fund?")])


def d04() -> Draft:
    """An operative clause moved into the preamble; a lead whose italic was taken away in an rPrChange; a clause
    split into a chapeau and sub-clauses by inserted marks (clean); an inserted misspelt lead."""
    return Draft("en-04-seafarers-welfare-clause-moved-to-preamble-split-chapeau", [
        head("Committee", "General Assembly Second Committee (ECOFIN)"),
        head("Topic", "Welfare of seafarers stranded at sea"),
        head("Sponsors", "Panama, Philippines and Singapore"),
        head("Signatories", "Cyprus, Greece, India, Liberia, Marshall Islands"),
        organ(),
        pre("Recognizing", " that seafarers carry more than eighty per cent of world trade by volume,"),
        P([t("Urges", "i"), t(" flag States to ensure that shipowners maintain financial security for the "
                              "repatriation of crews;")], mark="moveTo", move="move2", by=A2, kind="pre",
          faults=[F("wrong-lead-form", '"Urges flag States to ensure that shipowners maintain financial security…;" - '
                                       "an operative clause moved into the preamble, where it stands unnumbered "
                                       "among preambular paragraphs ending \",\"; an operative verb cannot open a "
                                       "preambular paragraph (UN-B03, MUN-F04)")]),
        pre("Alarmed", " by the number of crews abandoned in ports without wages, food or medical care,"),
        pre("Recalling", " the Maritime Labour Convention, 2006, as amended,"),
        op([fc("Calls upon", "", "i", A2)], " port States to allow crew changes and shore leave without "
                                             "discrimination;",
           faults=[F("emphasis", '"Calls upon port States to allow crew changes" - the lead lost its italics in a '
                                 "tracked format change; every other operative lead is italic («*Calls upon*») "
                                 "(MUN-F03, UN-B08)")]),
        P([t("Urges", "i"), t(" flag States to ensure that shipowners maintain financial security for the "
                              "repatriation of crews;")], num=(1, 0), mark="moveFrom", move="move2", by=A2, kind="op"),
        op("Requests", [t(" the International Maritime Organization and the International Labour Organization to "
                          "keep a joint database of abandoned seafarers"), ins(", which should include:", A1),
                        dele(";", A1)], mark="ins", by=A1),
        sub([t("the name of the ship, its flag and its owner;")], mark="ins", by=A1, old_num=(1, 0)),
        sub([t("the date of abandonment and the port;")], old_num=(1, 0), by=A1),
        op([ins("Encorages", A1, "i")], [t(" Member States to recognize seafarers as key workers;")],
           faults=[F("misspelt-lead", '"Encorages Member States to recognize seafarers" - the inserted lead is '
                                      "misspelt («Encourages») (UN-B06, MUN-F05)")]),
        op("Decides", " to remain seized of the matter."),
    ], [A1, A2])


def d05() -> Draft:
    """Every revision accepted before handing in (no markup left): what the editing left is in the text."""
    return Draft("en-05-cultural-heritage-armed-conflict-all-accepted", [
        head("Committee", "General Assembly Fourth Committee (SPECPOL)"),
        head("Topic", "Protection of cultural heritage in armed conflict"),
        head("Sponsors", "Cyprus, Italy, Mali and Turkey",
             [F("other", '"Turkey" - a sponsor not written with the name of the State in United Nations usage '
                         "(«Türkiye»; the sponsors then read «Cyprus, Italy, Mali and Türkiye») (UN-H06, MUN-H01)")]),
        head("Signatories", "Cambodia, Egypt, Iraq, Jordan, Peru"),
        organ(),
        pre("Reafirming", " the Convention for the Protection of Cultural Property in the Event of Armed Conflict of "
                          "1954 and its two Protocols,",
            [F("misspelt-lead", '"Reafirming the Convention for the Protection of Cultural Property" - the lead is '
                                "misspelt («Reaffirming») (MUN-F04)")]),
        pre("Deploring", " the deliberate destruction of monuments, libraries and archives in recent conflicts,"),
        pre("Noting", " the growth of illicit trafficking in cultural objects from areas of conflict,"),
        pre("Welcoming", " the work of the United Nations Educational, Scientific and Cultural Organization and of "
                         "the International Alliance for the Protection of Heritage in Conflict Areas,"),
        op("Calls upon", " all parties to armed conflict to refrain from using cultural property for military "
                         "purposes;"),
        op("Urges", " Member States that have not yet done so to ratify the Second Protocol of 1999;"),
        op("Encourages", " Member States to draw up inventories of cultural property and to share them with "
                         "UNESCO,",
           faults=[F("operative-end-mark", '"…to share them with UNESCO," - an operative clause ending with a comma '
                                           "in the middle of the operative part («UNESCO;») (UN-B09, MUN-F05)")]),
        op("Requests", " the Secretary-General to report on the implementation of the present resolution at its "
                       "eighty-second session;"),
        op("Decides", " to remain seized of the matter."),
    ], [A1, A3])


def d06() -> Draft:
    """A preambular clause moved into the operative part; a clause split by an inserted paragraph mark without an
    end mark; an operative clause demoted to a sub-clause by a pPrChange; a misspelt inserted lead; comments."""
    return Draft("en-06-transboundary-aquifers-preamble-moved-down-split-demoted", [
        head("Committee", "General Assembly Sixth Committee (Legal)"),
        head("Topic", "The law of transboundary aquifers"),
        head("Sponsors", [t("Argentina, Jordan and "), dele("Paraguay", A3), ins("Uruguay", A3)]),
        head("Signatories", "Brazil, Mali, Niger, Palestine, Saudi Arabia"),
        organ(),
        pre("Recalling", " its resolution 63/124 of 11 December 2008, in which it took note of the draft articles on "
                         "the law of transboundary aquifers,"),
        P([t("Emphasizing", "i"), t(" the importance of cooperation among aquifer States,")],
          mark="moveFrom", move="move3", by=A3, kind="pre"),
        pre("Noting", [cs(5), t(" that groundwater supplies about half of the world's drinking water,"), ce(5)]),
        P([dele("Noting", A3, "i"), ins("Futher noting", A3, "i"), ins(" with concern", A3), t(" that few transboundary aquifers are governed by an "
                                                          "agreement,")], kind="pre",
          faults=[F("misspelt-lead", '"Futher noting with concern that few transboundary aquifers…" - the lead typed '
                                     "over the second «Noting» is misspelt («Further noting») (MUN-F04, UN-B12)")]),
        op("Commends", " the draft articles to the attention of Governments;"),
        P([t("Emphasizing", "i"), t(" the importance of cooperation among aquifer States,")],
          num=(1, 0), mark="moveTo", move="move3", by=A3, kind="op",
          faults=[F("other", '"2. Emphasizing the importance of cooperation among aquifer States," - a preambular '
                             "paragraph moved between operative clauses 1 and 3, numbered and ending \",\"; the "
                             "preamble comes before the operative part (UN-B01, UN-B05)")]),
        op("Encourages", [t(" aquifer States to make appropriate bilateral or regional arrangements for the proper "
                            "management of their transboundary aquifers")], mark="ins", by=A1,
           faults=[F("operative-end-mark", '"…management of their transboundary aquifers" - an inserted paragraph '
                                           "mark split the clause and left its first part without an end mark; the "
                                           "rest shows unnumbered as a paragraph of its own («…aquifers, taking into "
                                           "account…;» in one clause) (UN-B09, MUN-F05)")]),
        P([t("taking into account the provisions of the draft articles;")], kind="op"),
        op("Invites", [cs(6), t(" States to share hydrogeological data with one another;"), ce(6)]),
        op("Requests", " the United Nations Educational, Scientific and Cultural Organization to continue to offer "
                       "scientific and technical assistance to the States concerned;",
           num=(1, 1), old_num=(1, 0), by=A1,
           faults=[F("numbering", '"Requests the United Nations Educational, Scientific and Cultural Organization…" '
                                  'a full operative clause demoted by a tracked numbering change and shown "(a)" '
                                  'under clause 4, which is no chapeau and ends ";" («5. Requests…») '
                                  "(UN-B07, UN-B10)")]),
        op("Decides", " to include in the provisional agenda of its eighty-fourth session the item entitled "
                      "\"The law of transboundary aquifers\"."),
    ], [A1, A3], [(5, A1, "Source? UNESCO IHP says 'about half'."), (6, A3, "Fine by me.")])


DRAFTS = [d01, d02, d03, d04, d05, d06]


def listing(drafts: list[Draft]) -> None:
    for d in drafts:
        print(f"== {d.name}")
        n = 0
        for i, p in enumerate(d.items, 1):
            lab = ""
            if p.num and p.mark not in ("moveFrom", "del"):
                lab = "1." if p.num[1] == 0 else "(a)"
            flags = ",".join(x for x in (p.mark, "pPrChange" if p.old_num != "same" else "") if x)
            faults = "; ".join(f.kind for f in p.faults)
            print(f"{i:3} [{flags:10}] {lab:4} {accepted(p)[:90]}" + (f"   <{faults}>" if faults else ""))
            n += len(p.faults)
        print(f"   faults: {n}")


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(HERE.glob("*.docx")):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(path)], check=True)
        pdf = out / (path.stem + ".pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / path.stem)], check=True)


def main() -> None:
    drafts = [f() for f in DRAFTS]
    if "--list" in sys.argv:
        listing(drafts)
        return
    if "--render" in sys.argv:
        render(Path(sys.argv[sys.argv.index("--render") + 1]))
        return
    annotations = {}
    for d in drafts:
        path = build(d)
        faults = [{"paragraph": i, "kind": f.kind, "note": f.note}
                  for i, p in enumerate(d.items, 1) for f in p.faults]
        annotations[path.name] = {"faults": faults}
    header = ("# word-blind76: annotations written from make_drafts.py's fault marks before any checker run.\n"
              "# Judged: the text with every revision accepted (comments are no part of the text).\n")
    (HERE / "annotations.yaml").write_text(header + yaml.safe_dump(annotations, sort_keys=True, allow_unicode=True,
                                                                    width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
