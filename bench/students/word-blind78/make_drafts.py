"""Build the word-blind78 drafts: English drafts first-time delegates (ages 12-16) type into Word's blank document,
no template, with Word's AutoFormat as they type.

Six drafts typed for this set (helper word-blind78, round 34). What Word does to them, written here as raw
WordprocessingML: "1." typed at a paragraph's start becomes an automatic list (its own w:num / w:abstractNum, decimal
"%1.", level 1 lowerLetter "%2.", level 2 lowerRoman "%3."); "a)" typed on its own becomes a second list (lowerLetter
"%1)"); Tab at the start of a list item raises it one level (ilvl 1); Enter twice ends the list, and typing "1." again
starts a new list (shows "1." again) while typing "2." / "3." continues it; Backspace at a number takes the number away
and leaves the paragraph indented (ListParagraph, numId 0). A blank paragraph between every clause; the heading typed
as lines with a Tab between label and value; the title in bold capitals; leads bolded or underlined by hand (some
runs cover the lead and one more word, or only part of it); Calibri 11 body (Normal), one paragraph pasted in Times
New Roman or Arial.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p (blank paragraphs counted). Nothing of drafter or of another set is
imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # each body paragraph: index, the label Word shows, text, fault kinds
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(qn(tag))
    for k, v in attrs.items():
        e.set(qn(k if ":" in k else "w:" + k), v)
    return e


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    e = el(tag, **attrs)
    parent.append(e)
    return e


@dataclass
class R:
    text: str
    b: bool = False
    u: bool = False
    i: bool = False
    font: str | None = None


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl) of Word's automatic list; numId 0 = number taken away
    center: bool = False


# list kinds: "dec" = typed "1." (decimal, then lowerLetter "%2.", lowerRoman "%3."); "par" = typed "a)"
LIST_KINDS = {"dec": (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")),
              "par": (("lowerLetter", "%1)"), ("lowerRoman", "%2)"), ("decimal", "%3)"))}


@dataclass
class Draft:
    name: str
    lists: list[str]  # per numId 1, 2, …: its list kind (each its own abstractNum: a new list starts at 1)
    paras: list[P]
    pasted_font: str = "Times New Roman"


BLANK = P([])


def blank() -> P:
    return P([])


def title(text: str) -> P:
    return P([R(text, b=True)], center=True)


def field_line(label: str, value: str, **kw) -> P:
    return P([R(label + "\t" + value)], **kw)


def plain(text: str, **kw) -> P:
    return P([R(text)], **kw)


def clause(lead: str, rest: str, emph: str = "u", num: tuple[int, int] | None = None, font: str | None = None,
           **kw) -> P:
    """A clause whose lead is emphasised by hand: emph "u" underline, "b" bold, "" none."""
    if emph:
        runs = [R(lead, u=emph == "u", b=emph == "b", font=font), R(rest, font=font)]
    else:
        runs = [R(lead + rest, font=font)]
    return P(runs, num=num, **kw)


def runs(*parts: R | str, num: tuple[int, int] | None = None, **kw) -> P:
    return P([R(x) if isinstance(x, str) else x for x in parts], num=num, **kw)


# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.doc = docx.Document()
        self.body = self.doc.element.body
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        normal.element.rPr.find(qn("w:rFonts")).set(qn("w:eastAsia"), "Calibri")
        normal.paragraph_format.space_after = Pt(8)
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for aid, kind in enumerate(d.lists):
            ab = sub(numbering, "w:abstractNum", abstractNumId=str(aid))
            sub(ab, "w:nsid", val=f"{0x78B00000 + aid * 0x1111:08X}")
            sub(ab, "w:multiLevelType", val="hybridMultilevel")
            for ilvl, (fmt, text) in enumerate(LIST_KINDS[kind]):
                lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
                sub(lvl, "w:start", val="1")
                sub(lvl, "w:numFmt", val=fmt)
                sub(lvl, "w:lvlText", val=text)
                sub(lvl, "w:lvlJc", val="left")
                sub(sub(lvl, "w:pPr"), "w:ind", left=str(720 * (ilvl + 1)), hanging="360")
        for aid in range(len(d.lists)):
            sub(sub(numbering, "w:num", numId=str(aid + 1)), "w:abstractNumId", val=str(aid))
        if "List Paragraph" not in [s.name for s in self.doc.styles]:
            self.doc.styles.add_style("List Paragraph", 1)

    def para(self, p: P) -> etree._Element:
        wp = el("w:p")
        if p.num or p.center:
            ppr = sub(wp, "w:pPr")
            if p.num:
                sub(ppr, "w:pStyle", val="ListParagraph")
                numpr = sub(ppr, "w:numPr")
                sub(numpr, "w:ilvl", val=str(p.num[1]))
                sub(numpr, "w:numId", val=str(p.num[0]))
                if p.num[0] == 0:  # Backspace took the number away: the indent stays
                    sub(ppr, "w:ind", left="720")
            if p.center:
                sub(ppr, "w:jc", val="center")
        for part in p.runs:
            r = sub(wp, "w:r")
            rpr = sub(r, "w:rPr")
            if part.font:
                sub(rpr, "w:rFonts", ascii=part.font, hAnsi=part.font, cs=part.font)
            if part.b:
                sub(rpr, "w:b")
            if part.i:
                sub(rpr, "w:i")
            if part.u:
                sub(rpr, "w:u", val="single")
            if len(rpr) == 0:
                r.remove(rpr)
            pieces = part.text.split("\t")
            for k, piece in enumerate(pieces):
                if k:
                    sub(r, "w:tab")
                if piece:
                    t = sub(r, "w:t")
                    t.set(XML_SPACE, "preserve")
                    t.text = piece
        return wp

    def save(self) -> None:
        sect = self.body.find(qn("w:sectPr"))
        for p in self.d.paras:
            sect.addprevious(self.para(p))
        path = HERE / f"{self.d.name}.docx"
        self.doc.save(str(path))
        again = docx.Document(str(path))
        count = len(list(again.element.body.iter(qn("w:p"))))
        assert count == len(self.d.paras), (self.d.name, count, len(self.d.paras))
        assert WD_ALIGN_PARAGRAPH  # imported for readers: centred titles are w:jc center


def labels(d: Draft) -> list[str]:
    """The label Word shows on each paragraph: a list's counters run over every paragraph in it (blank or other
    paragraphs between its items do not stop it); a level-0 item resets the deeper levels."""
    out, counters = [], {}
    for p in d.paras:
        if not p.num or p.num[0] == 0:
            out.append("")
            continue
        num, lvl = p.num
        c = counters.setdefault(num, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = LIST_KINDS[d.lists[num - 1]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1],
                 "lowerRoman": ["i", "ii", "iii", "iv", "v", "vi"][n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


def spaced(*paras: P) -> list[P]:
    """A blank paragraph after every one (the student's Enter twice between clauses)."""
    out: list[P] = []
    for p in paras:
        out += [p, blank()]
    return out[:-1]


# ---------------------------------------------------------------- the drafts

UNAUSA = "UNA-USA"


def una_heading(committee: str, topic: str, sponsors: str, signatories: str | None) -> list[P]:
    out = [title("DRAFT RESOLUTION"), field_line("Committee:", committee), field_line("Topic:", topic),
           field_line("Sponsors:", sponsors)]
    if signatories is not None:
        out.append(field_line("Signatories:", signatories))
    return out


# en-01: Bangladesh's UNICEF draft (UNA-USA heading, leads underlined). Enter twice after clause 3's sub-clauses
# ended the list; the student typed "1." again, so Word started a new list: clauses 4 and 5 show "1." and "2."
EN01 = Draft("en-01-unausa-unicef-child-marriage-new-list-after-subs", ["dec", "dec"], [
    *una_heading("United Nations Children's Fund (UNICEF)", "Ending child marriage",
                 "Bangladesh, Canada, Zambia", "Chad, Ghana, Nepal, Netherlands, Peru"),
    blank(),
    plain("The United Nations Children's Fund,"),
    blank(),
    *spaced(
        clause("Recalling", " the Convention on the Rights of the Child,"),
        clause("Alarmed", " that about 12 million girls are married before the age of 18 every year,"),
        runs(R("Noting that child", u=True), " marriage often ends a girl's education and puts her health at risk,",
             faults=[F("emphasis", 'the underline of the lead runs on past "Noting" over "that child": only the lead '
                       "phrase is set off; expected «Noting» underlined and «that child marriage…» plain (UN-B04, "
                       "MUN-F02)")]),
        clause("Bearing in mind", " that laws alone have not ended the practice in many countries,"),
        clause("Urges", " all Member States to set 18 as the minimum age of marriage, with no exceptions;",
               num=(1, 0)),
        clause("Encourages", " governments to keep girls in school by offering free secondary education and safe "
               "transport;", num=(1, 0)),
    ),
    blank(),
    runs(R("Calls Upon", u=True), " community and religious leaders to speak out against child marriage by:",
         num=(1, 0),
         faults=[F("capital-after-lead", 'the lead is typed "Calls Upon": the second word of the operative phrase takes '
                   "no capital; expected «Calls upon» (MUN-F03)")]),
    runs("holding meetings with parents in villages;", num=(1, 1)),
    runs("explaining the harm that early marriage causes to girls;", num=(1, 1)),
    blank(),
    clause("Requests", " UNICEF to collect data every year on the number of child marriages in each region;",
           num=(2, 0),
           faults=[F("numbering", 'Word started a new list after the blank line and "Requests UNICEF to collect data" '
                     'shows "1." after clause 3; expected «4.» (UN-B07, MUN-F05)')]),
    blank(),
    clause("Decides", " to remain actively seized of the matter.", num=(2, 0),
           faults=[F("numbering", 'continues the new list and "Decides to remain actively seized" shows "2." after '
                     'clause "1."; expected «5.» (UN-B07, MUN-F05)')]),
])

# en-02: Australia's UNEP draft (THIMUN heading, leads underlined). A sub-clause typed without Tab stays at the
# clauses' level ("3." where "b." belongs, and the clauses after it count on); a paragraph pasted in Times New Roman;
# the last clause ends with nothing
EN02 = Draft("en-02-thimun-unea-coral-reefs-sub-at-clause-level-pasted-tnr", ["dec"], [
    title("DRAFT RESOLUTION"),
    field_line("FORUM:", "United Nations Environment Assembly"),
    field_line("QUESTION OF:", "Protecting coral reefs"),
    field_line("SUBMITTED BY:", "Australia"),
    field_line("CO-SUBMITTERS:", "Fiji, Indonesia, Maldives, Mexico, Seychelles"),
    blank(),
    plain("THE UNITED NATIONS ENVIRONMENT ASSEMBLY,"),
    blank(),
    *spaced(
        clause("Aware", " that coral reefs cover less than one percent of the ocean floor but are home to a quarter "
               "of all marine species,"),
        clause("Deeply concerned", " that rising sea temperatures have caused mass bleaching of reefs in every "
               "ocean since 2023,", font="Times New Roman",
               faults=[F("fonts-mixed", 'mixed fonts: "Deeply concerned that rising sea temperatures…" is pasted in '
                         "Times New Roman in a body typed in «Calibri» (MUN-F08)")]),
        clause("Recognizing", " the work of the International Coral Reef Initiative"),
        clause("Encourages", " Member States to create marine protected areas around their coral reefs;", num=(1, 0)),
        clause("Calls upon", " coastal States to reduce pollution reaching the sea, especially:", num=(1, 0)),
    ),
    runs("sewage from coastal towns;", num=(1, 1)),
    runs("fertilizer washed off farms;", num=(1, 0),
         faults=[F("sub-clause-label", 'the second item of clause 2 "fertilizer washed off farms;" was typed without '
                   'Tab and stays at the clauses\' level, so Word shows "3." where «b.» belongs (MUN-F06, UN-B10)')]),
    blank(),
    clause("Supports", " research into corals that can survive warmer water;", num=(1, 0),
           faults=[F("numbering", 'the sub-clause typed at the clauses\' level is counted, so "Supports research into '
                     'corals" shows "4." after clause 2; expected «3.» (UN-B07, MUN-F05)')]),
    blank(),
    clause("Invites", " tourism companies to train divers and boat crews not to damage reefs;", num=(1, 0),
           faults=[F("numbering", 'counts on from the sub-clause at the clauses\' level: "Invites tourism companies" '
                     'shows "5."; expected «4.» (UN-B07, MUN-F05)')]),
    blank(),
    clause("Requests", " the United Nations Environment Programme to report on the state of the world's reefs "
           "every two years", num=(1, 0),
           faults=[F("operative-end-mark", '"…the state of the world\'s reefs every two years" - the last clause ends '
                     "with no mark; expected «…every two years.» (UN-B09, MUN-F05)"),
                   F("numbering", 'shows "6." for the same reason; expected «5.» (UN-B07, MUN-F05)')]),
])
EN02.paras[12].faults.append(F("preambular-end-mark", '"Recognizing the work of the International Coral Reef '
                                "Initiative\" ends with no mark; expected «…Coral Reef Initiative,» (UN-B05, MUN-F04)"))

# en-03: Chile's WHO draft (UNA-USA heading with no Signatories line; every lead in bold). Backspace took the number
# off clause 3 (indented, no number; Word numbers the next clause "3."); a misspelt lead; the last clause ends with "."
EN03 = Draft("en-03-unausa-who-road-safety-number-backspaced-bold-leads", ["dec"], [
    *una_heading("World Health Organization (WHO)", "Road traffic safety for children and young people",
                 "Chile, Ghana, Sweden", None),
    blank(),
    plain("The World Health Assembly,"),
    blank(),
    *spaced(
        clause("Noting", " that road traffic crashes are the leading cause of death for people aged 5 to 29,",
               emph="b"),
        clause("Recalling", " the Global Plan for the Decade of Action for Road Safety 2021-2030,", emph="b"),
        clause("Recognising", " that most of these deaths happen in low- and middle-income countries,", emph="b"),
        clause("Encourages", " Member States to set speed limits of 30 km/h near schools;", emph="b", num=(1, 0)),
        clause("Urges", " governments to make helmets compulsory for children riding motorcycles and bicycles;",
               emph="b", num=(1, 0)),
        clause("Recomends", " that schools teach road safety in every year of primary school;", emph="b",
               num=(0, 0),
               faults=[F("misspelt-lead", '"Recomends" - misspelt operative phrase; expected «Recommends» (UN-B06, '
                         "MUN-F03)"),
                       F("numbering", 'Backspace took the number off "Recomends that schools teach road safety…": the '
                         "third operative clause is indented with no number; expected «3.» (UN-B07, MUN-F05)")]),
        clause("Calls upon", " car makers to fit child seats and seat belts as standard in all new cars;", emph="b",
               num=(1, 0),
               faults=[F("numbering", 'the clause after the unnumbered one shows "3." in Word\'s list; it is the '
                         "fourth operative clause; expected «4.» (UN-B07, MUN-F05)")]),
        clause("Requests", " the World Health Organization to publish a report on child road deaths in 2028.",
               emph="b", num=(1, 0)),
    ),
])
EN03.paras[3].faults.append(F("heading-field-missing", 'the heading has no Signatories line after the Sponsors line '
                              '"Chile, Ghana, Sweden"; expected «Signatories: …» (MUN-H01)'))
EN03.paras[21].faults.append(F("numbering", 'counts on in Word\'s list: "Requests the World Health '
                               'Organization to publish a report" shows "4."; it is the fifth operative clause; expected '
                               "«5.» (UN-B07, MUN-F05)"))

# en-04: Jordan's UNESCO draft (UNA-USA heading, leads underlined): sub-clauses typed "a)" after a blank line start a
# second list ("a)" "b)") at the clauses' indent; an operative lead in the preamble; a full stop after a clause that
# is not the last; a State's name
EN04 = Draft("en-04-unausa-unesco-refugee-education-typed-a-paren-list", ["dec", "par"], [
    *una_heading("United Nations Educational, Scientific and Cultural Organization (UNESCO)",
                 "Education for refugee children", "Jordan, Germany, Uganda",
                 "Colombia, Ivory Coast, Lebanon, Pakistan, Poland"),
    blank(),
    plain("The General Conference of UNESCO,"),
    blank(),
    *spaced(
        clause("Reaffirming", " that every child has the right to education,"),
        clause("Concerned", " that only about six in ten refugee children go to primary school,"),
        clause("Welcomes", " the work of countries that host large numbers of refugees,",
               faults=[F("wrong-lead-form", '"Welcomes the work of countries that host…" - an operative verb opens a '
                         "preambular clause; expected the participle «Welcoming» (UN-B03, MUN-F02)")]),
        clause("Encourages", " host countries to let refugee children join national schools in their first three "
               "months;", num=(1, 0)),
        clause("Requests", " donor countries to fund the building of classrooms in refugee camps.", num=(1, 0),
               faults=[F("operative-end-mark", '"…building of classrooms in refugee camps." - clause 2 ends with a '
                         "full stop before the end of the resolution; expected «…in refugee camps;» (UN-B09, "
                         "MUN-F05)")]),
        clause("Calls upon", " UNESCO and its partners to:", num=(1, 0)),
    ),
    blank(),
    runs("train refugee adults as teachers;", num=(2, 0)),
    runs("provide books in the languages the children speak;", num=(2, 0)),
    blank(),
    clause("Recommends", " that countries recognise the school certificates that refugee children bring with them;",
           num=(1, 0)),
    blank(),
    clause("Decides", " to remain actively seized of the matter.", num=(1, 0)),
])
EN04.paras[4].faults.append(F("other", '"Ivory Coast" - not the name the State uses at the United Nations; expected '
                              "«Côte d'Ivoire» in the signatory list (MUN-H01)"))

# en-05: nearly clean. Denmark's FAO draft (UNA-USA heading, leads underlined); sub-clauses raised by Tab ("a." "b.");
# one lead underlined only in part
EN05 = Draft("en-05-unausa-fao-food-waste-nearly-clean", ["dec"], [
    *una_heading("Food and Agriculture Organization (FAO)", "Reducing food loss and waste",
                 "Denmark, Kenya", "Brazil, India, Japan, Morocco, Viet Nam"),
    blank(),
    plain("The Food and Agriculture Organization,"),
    blank(),
    *spaced(
        clause("Noting", " that about one third of the food produced in the world is lost or wasted,"),
        clause("Recalling", " target 12.3 of the Sustainable Development Goals,"),
        runs(R("Deeply", u=True), " concerned that 733 million people faced hunger in 2023,",
             faults=[F("emphasis", 'only "Deeply" of the lead "Deeply concerned" is underlined; expected «Deeply '
                       "concerned» underlined whole (UN-B04, MUN-F02)")]),
        clause("Encourages", " Member States to help farmers store their harvest in cool and dry places;",
               num=(1, 0)),
        clause("Invites", " supermarkets to give unsold food that is still safe to food banks;", num=(1, 0)),
        clause("Recommends", " that schools teach students how to plan meals and use leftovers;", num=(1, 0)),
        clause("Requests", " the FAO to help countries measure food waste by:", num=(1, 0)),
    ),
    runs("publishing a simple method that every country can use;", num=(1, 1)),
    runs("training national statistics offices to use it.", num=(1, 1)),
])

# en-06: Peru's DISEC draft (UNA-USA heading, leads underlined, pasted paragraph in Arial). The topic line is missing;
# a clause with no lead underlined; a capital after a lead; a level-2 sub raised twice by Tab; no end on the last sub
EN06 = Draft("en-06-unausa-disec-landmines-arial-paste-no-topic", ["dec"], [
    title("DRAFT RESOLUTION"),
    field_line("Committee:", "Disarmament and International Security Committee (DISEC)"),
    field_line("Sponsors:", "Peru, Cambodia, Norway",
               faults=[F("heading-field-missing", 'the heading has no Topic line between the Committee line '
                         '"Disarmament and International Security Committee (DISEC)" and the Sponsors line; expected «Topic: …» (MUN-H01)')]),
    field_line("Signatories:", "Angola, Croatia, Iraq, Laos, Ukraine"),
    blank(),
    plain("The General Assembly,"),
    blank(),
    *spaced(
        clause("Recalling", " the Convention on the Prohibition of Anti-Personnel Mines of 1997,"),
        clause("Alarmed", " that landmines and explosive remnants of war killed or injured more than 5,700 people in "
               "2023,"),
        clause("Noting with concern", " that many victims are children who find mines while playing or working in "
               "fields,", emph="", font="Arial",
               faults=[F("emphasis", 'the lead "Noting with concern" is not underlined, unlike every other lead '
                         "(UN-B04, MUN-F02)"),
                       F("fonts-mixed", 'mixed fonts: "Noting with concern that many victims…" is pasted in Arial in '
                         "a body typed in «Calibri» (MUN-F08)")]),
        clause("Urges", " all States that have not yet joined the Convention to do so;", num=(1, 0)),
        runs(R("Encourages", u=True), " All Member States to share maps of mined areas with demining organizations;",
             num=(1, 0),
             faults=[F("capital-after-lead", '"Encourages All Member States" - the word after the lead takes no '
                       "capital; expected «Encourages all Member States» (MUN-F02, MUN-F03)")]),
        runs(R("Calls", u=True), " ", R("upon", u=True), " Member States to support mine clearance in affected "
             "countries through:", num=(1, 0)),
    ),
    runs("funding for demining teams;", num=(1, 1)),
    runs("the training of local deminers;", num=(1, 1)),
    runs("including women;", num=(1, 2),
         faults=[F("sub-clause-label", 'a single sub-clause "i. including women;" hangs under "the training of local '
                   'deminers;": a list of sub-clauses needs at least two items; expected «…local deminers, including '
                   "women;» (MUN-F06)")]),
    blank(),
    clause("Requests", " the Secretary-General to report on progress in mine clearance at the next session", num=(1, 0),
           faults=[F("operative-end-mark", '"…progress in mine clearance at the next session" - the last clause ends '
                     "with no mark; expected «…at the next session.» (UN-B09, MUN-F05)")]),
])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text.replace("\t", "→")
        if r.b and r.u:
            t = f"[bu:{t}]"
        elif r.b:
            t = f"[b:{t}]"
        elif r.u:
            t = f"[u:{t}]"
        if r.font:
            t = f"{{{r.font}:{t}}}"
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind78: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body (blank paragraphs counted);",
             "# list labels in notes are the ones Word shows (computed by labels())."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.paras, 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.paras, labels(d)), 1):
                if not p.runs:
                    continue
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                ind = "  " * (p.num[1] if p.num else 0) + ("<ind>" if p.num and p.num[0] == 0 else "")
                print(f"  {n:2} {ind}{lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its part before "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs) for p, lab in zip(d.paras, labels(d)))
        for p in d.paras:
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        Builder(d).save()
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
