"""Build the word-blind80 drafts: English drafts of the Security Council, a historical Council, ECOSOC, the Human Rights
Council, the IAEA Board of Governors and the African Union's Peace and Security Council, numbered by Word's list
commands.

Six drafts typed for this set (helper word-blind80, round 35), written here as raw WordprocessingML the way Word saves
them: one multilevel list (abstractNum "%1." decimal / "(%2)" lowerLetter / "(%3)" lowerRoman, ListParagraph style)
that every clause sits in; Increase Indent changes a paragraph's w:ilvl; "Restart at 1" writes a new w:num on the same
abstractNum with a w:lvlOverride/w:startOverride (its counters start again); "Continue Numbering" keeps the paragraph
in the first w:num; a clause pasted from another document keeps its own w:num and abstractNum (its own counters).
Headings as lines (label, Tab, value) or in a two-column table; leads italic or underlined as the conference asks.
No blank paragraphs: spacing comes from the style's space after.

Faults are marked next to the paragraph that carries them (F(kind, note)); annotations.yaml is written from the marks.
Paragraph = 1-based index of the body's w:p in document order (table-cell paragraphs counted). Nothing of drafter or
of another set is imported.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # each body paragraph: index, the label Word shows, text, fault kinds
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
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
    i: bool = False
    u: bool = False
    b: bool = False


@dataclass
class Fault:
    kind: str
    note: str


F = Fault


@dataclass
class P:
    runs: list[R]
    faults: list[Fault] = field(default_factory=list)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    center: bool = False


@dataclass
class Table:
    rows: list[tuple[str, str]]
    faults: dict[int, list[Fault]] = field(default_factory=dict)  # cell paragraph index (0-based, row-major) -> faults


# a w:num: (abstractNum id, restart) — restart = a w:lvlOverride/w:startOverride 1 on level 0 ("Restart at 1")
# abstract kinds: "ml" = the multilevel list "%1." / "(%2)" / "(%3)"; "ml2" the same shape in a pasted document's list
ABSTRACTS = {"ml": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")),
             "ml2": (("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"))}


@dataclass
class Draft:
    name: str
    nums: list[tuple[str, bool]]  # numId 1, 2, …: (abstract kind, restart at 1)
    body: list[P | Table]

    def paras(self) -> list[P]:
        out: list[P] = []
        for item in self.body:
            if isinstance(item, Table):
                for k, (a, b) in enumerate(item.rows):
                    out.append(P([R(a)], faults=item.faults.get(2 * k, [])))
                    out.append(P([R(b)], faults=item.faults.get(2 * k + 1, [])))
            else:
                out.append(item)
        return out


def title(text: str) -> P:
    return P([R(text, b=True)], center=True)


def line(label: str, value: str, **kw) -> P:
    return P([R(label + "\t" + value)], **kw)


def plain(text: str, **kw) -> P:
    return P([R(text)], **kw)


def cl(lead: str, rest: str, emph: str = "i", num: tuple[int, int] | None = None, **kw) -> P:
    """A clause whose lead is emphasised: emph "i" italic, "u" underline, "" none."""
    runs = [R(lead, i=emph == "i", u=emph == "u"), R(rest)] if emph else [R(lead + rest)]
    return P(runs, num=num, **kw)


def organ(text: str, emph: str = "i", **kw) -> P:
    return P([R(text[:-1], i=emph == "i", u=emph == "u"), R(text[-1])], **kw)


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
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.paragraph_format.space_after = Pt(6)
        numbering = self.doc.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        kinds = sorted({k for k, _ in d.nums})
        for aid, kind in enumerate(kinds):
            ab = sub(numbering, "w:abstractNum", abstractNumId=str(aid))
            sub(ab, "w:nsid", val=f"{0x80A00000 + aid * 0x1111:08X}")
            sub(ab, "w:multiLevelType", val="multilevel")
            for ilvl, (fmt, text) in enumerate(ABSTRACTS[kind]):
                lvl = sub(ab, "w:lvl", ilvl=str(ilvl))
                sub(lvl, "w:start", val="1")
                sub(lvl, "w:numFmt", val=fmt)
                sub(lvl, "w:lvlText", val=text)
                sub(lvl, "w:lvlJc", val="left")
                sub(sub(lvl, "w:pPr"), "w:ind", left=str(360 + 360 * ilvl * 2), hanging="360")
        for n, (kind, restart) in enumerate(d.nums, 1):
            num = sub(numbering, "w:num", numId=str(n))
            sub(num, "w:abstractNumId", val=str(kinds.index(kind)))
            if restart:
                sub(sub(num, "w:lvlOverride", ilvl="0"), "w:startOverride", val="1")
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
            if p.center:
                sub(ppr, "w:jc", val="center")
        for part in p.runs:
            r = sub(wp, "w:r")
            rpr = sub(r, "w:rPr")
            if part.b:
                sub(rpr, "w:b")
            if part.i:
                sub(rpr, "w:i")
            if part.u:
                sub(rpr, "w:u", val="single")
            if len(rpr) == 0:
                r.remove(rpr)
            for k, piece in enumerate(part.text.split("\t")):
                if k:
                    sub(r, "w:tab")
                if piece:
                    t = sub(r, "w:t")
                    t.set(XML_SPACE, "preserve")
                    t.text = piece
        return wp

    def table(self, t: Table) -> etree._Element:
        tbl = el("w:tbl")
        tpr = sub(tbl, "w:tblPr")
        sub(tpr, "w:tblStyle", val="TableGrid")
        sub(tpr, "w:tblW", w="0", type="auto")
        grid = sub(tbl, "w:tblGrid")
        sub(grid, "w:gridCol", w="2200")
        sub(grid, "w:gridCol", w="6800")
        for a, b in t.rows:
            tr = sub(tbl, "w:tr")
            for text, bold in ((a, True), (b, False)):
                tc = sub(tr, "w:tc")
                sub(sub(tc, "w:tcPr"), "w:tcW", w="2200" if bold else "6800", type="dxa")
                tc.append(self.para(P([R(text, b=bold)])))
        return tbl

    def save(self) -> None:
        sect = self.body.find(qn("w:sectPr"))
        for item in self.d.body:
            sect.addprevious(self.table(item) if isinstance(item, Table) else self.para(item))
        path = HERE / f"{self.d.name}.docx"
        self.doc.save(str(path))
        again = docx.Document(str(path))
        count = len(list(again.element.body.iter(qn("w:p"))))
        assert count == len(self.d.paras()), (self.d.name, count, len(self.d.paras()))


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def labels(d: Draft) -> list[str]:
    """The label Word shows: each w:num keeps its own counters (a restart or a pasted list's w:num starts at 1);
    an item resets the deeper levels of its list."""
    out, counters = [], {}
    for p in d.paras():
        if not p.num:
            out.append("")
            continue
        num, lvl = p.num
        c = counters.setdefault(num, [0, 0, 0])
        c[lvl] += 1
        for deeper in range(lvl + 1, 3):
            c[deeper] = 0
        fmt, text = ABSTRACTS[d.nums[num - 1][0]][lvl]
        n = c[lvl]
        shown = {"decimal": str(n), "lowerLetter": "abcdefghij"[n - 1], "lowerRoman": ROMAN[n - 1]}[fmt]
        out.append(text.replace(f"%{lvl + 1}", shown))
    return out


# ---------------------------------------------------------------- the drafts

# en-01: Security Council, Haiti. Heading as lines (UNA-USA fields), leads italic. Clause 5 pasted from a co-sponsor's
# document keeps its own list (shows "1."); the closing clause, back in the first list, shows "5."
EN01 = Draft("en-01-sc-haiti-pasted-clause-own-list", [("ml", False), ("ml2", False)], [
    title("DRAFT RESOLUTION 1.1"),
    line("Committee:", "Security Council"),
    line("Topic:", "The situation in Haiti"),
    line("Sponsors:", "Ecuador, Guyana, Republic of Korea"),
    line("Signatories:", "Algeria, Denmark, France, Guinea Bissau, Sierra Leone, Slovenia",
         faults=[F("state-name", '"Guinea Bissau" - the State\'s name is written with a hyphen; expected '
                   "«Guinea-Bissau» (UN-H06)")]),
    organ("The Security Council,"),
    cl("Recalling", " its resolutions 2653 (2022) and 2699 (2023) on the situation in Haiti,"),
    cl("Gravely concerned", " by the violence of armed gangs against the population of Port-au-Prince,"),
    cl("Expressing", " deep concern that more than 700,000 people have been displaced inside Haiti,", emph="",
       faults=[F("emphasis", 'the lead "Expressing deep concern" is not italic, unlike every other lead (UN-B04, '
                 "MUN-F02)")]),
    cl("Welcoming", " the contributions of Member States to the Multinational Security Support mission,"),
    cl("Determining", " that the situation in Haiti continues to constitute a threat to international peace and "
       "security in the region,"),
    cl("Acting", " under Chapter VII of the Charter of the United Nations,"),
    cl("Decides", " to renew the measures imposed by paragraph 5 of resolution 2653 (2022) for a period of one year;",
       num=(1, 0)),
    cl("Demands", " that all armed groups immediately cease violence and criminal activities;", num=(1, 0)),
    cl("Requests", " the Secretary-General to report to the Council within ninety days on:", num=(1, 0)),
    plain("the implementation of the measures imposed by this resolution;", num=(1, 1)),
    plain("the humanitarian situation in the areas controlled by armed gangs;", num=(1, 1)),
    cl("Calls upon", " all Member States to prevent the transfer of small arms to non-State actors in Haiti;",
       num=(1, 0)),
    cl("Encourages", " the Government of Haiti to restore the presence of the State in every commune;", num=(2, 0),
       faults=[F("numbering", 'pasted from a co-sponsor\'s document, "Encourages the Government of Haiti" keeps that '
                 'document\'s list and shows "1." after clause 4; expected «5.» (UN-B07, MUN-F05)')]),
    cl("Decides", " to remain actively seized of the matter.", num=(1, 0),
       faults=[F("numbering", '"Decides to remain actively seized" continues the first list and shows "5." after '
                 'the pasted "1."; expected «6.» (UN-B07, MUN-F05)')]),
])

# en-02: Historical Security Council (1960), the Congo. Heading in a table, leads underlined. Clause 3's second
# sub-clause was typed after Decrease Indent: at level 0 it shows "4."; the clauses after it count on. A preambular
# clause ends with ";"; the closing clause is the General Assembly's
EN02 = Draft("en-02-hsc-1960-congo-table-heading-sub-at-level-0", [("ml", False)], [
    title("HISTORICAL SECURITY COUNCIL (1960)"),
    Table([("Committee:", "Historical Security Council"), ("Topic:", "The situation in the Republic of the Congo"),
           ("Sponsor:", "Tunisia"), ("Signatories:", "Ceylon, Ecuador, Italy, Poland, United Kingdom of Great Britain and Northern Ireland")]),
    organ("The Security Council,", emph="u"),
    cl("Having considered", " the appeal of the Government of the Republic of the Congo for military assistance,",
       emph="u"),
    cl("Noting", " the report of the Secretary-General on the situation in the Congo,", emph="u"),
    cl("Deeply concerned", " by the continued presence of foreign troops in the province of Katanga;", emph="u",
       faults=[F("preambular-end-mark", '"…in the province of Katanga;" - a preambular clause ends with ";"; '
                 "expected «…in the province of Katanga,» (UN-B05, MUN-F04)")]),
    cl("Recognizing", " that the presence of those troops threatens the territorial integrity of the Congo,",
       emph="u"),
    cl("Calls upon", " the Government of Belgium to withdraw its troops from the Republic of the Congo without "
       "delay;", emph="u", num=(1, 0)),
    cl("Authorizes", " the Secretary-General to continue to provide the Government of the Congo with military "
       "assistance;", emph="u", num=(1, 0)),
    cl("Requests", " all States:", emph="u", num=(1, 0)),
    plain("to refrain from any action that might impede the restoration of law and order;", num=(1, 1)),
    plain("to refrain from any action that might undermine the territorial integrity of the Congo;", num=(1, 0),
          faults=[F("sub-clause-label", 'the second item of clause 3 "to refrain from any action that might '
                    'undermine…" sits at the list\'s level 0 and shows "4." where «(b)» belongs (MUN-F06, UN-B10)')]),
    cl("Invites", " the specialized agencies to render the Secretary-General such assistance as he may require;",
       emph="u", num=(1, 0),
       faults=[F("numbering", 'counts on from the sub-clause at level 0: "Invites the specialized agencies" shows '
                 '"5."; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Decides", " to continue its consideration of the question at its sixteenth session.", emph="u", num=(1, 0),
       faults=[F("numbering", 'shows "6." for the same reason; expected «5.» (UN-B07, MUN-F05)'),
               F("other", '"Decides to continue its consideration of the question at its sixteenth session" - the '
                 "General Assembly's closing formula in a Security Council draft: the Council has no sessions and "
                 "closes with «Decides to remain seized of the matter.» (UN-B14)")]),
])

# en-03: ECOSOC, social protection for informal workers. THIMUN heading as lines, organ line in capitals, leads
# underlined. The student clicked "Restart at 1" on clause 4 (a new w:num with startOverride): clauses 4 and 5 show
# "1." "2."; a preambular clause opens with an operative verb; "Demands"; a clause ends with a full stop
EN03 = Draft("en-03-ecosoc-informal-workers-restart-at-1", [("ml", False), ("ml", True)], [
    line("FORUM:", "Economic and Social Council"),
    line("QUESTION OF:", "Extending social protection to workers in the informal economy"),
    line("SUBMITTED BY:", "Indonesia"),
    line("CO-SUBMITTERS:", "Colombia, Ghana, Portugal, Viet Nam"),
    organ("THE ECONOMIC AND SOCIAL COUNCIL,", emph=""),
    cl("Recalling", " the Social Protection Floors Recommendation, 2012 (No. 202), of the International Labour "
       "Organization,", emph="u"),
    cl("Alarmed", " that about two billion workers earn their living in the informal economy,", emph="u"),
    cl("Recognizes", " that informal workers are rarely covered by pensions, health insurance or sick pay,", emph="u",
       faults=[F("wrong-lead-form", '"Recognizes" - an operative verb opens a preambular clause; «Recognizing» '
                 "(UN-B03)")]),
    cl("Noting", " the role of mobile payments in reaching workers without a bank account,", emph="u"),
    cl("Encourages", " Member States to allow self-employed workers to join national social insurance schemes;",
       emph="u", num=(1, 0)),
    cl("Demands", " that employers register every domestic worker with the social security administration;",
       emph="u", num=(1, 0),
       faults=[F("other", '"Demands that employers register…" - demanding is Security Council language; the Economic '
                 "and Social Council calls upon or urges (MUN-F09)")]),
    cl("Invites", " the International Labour Organization to help States design contributions that informal workers "
       "can afford.", emph="u", num=(1, 0),
       faults=[F("operative-end-mark", '"…that informal workers can afford." - an operative clause before the last '
                 "ends with a full stop; expected «…can afford;» (UN-B09, MUN-F05)")]),
    cl("Recommends", " that States use mobile payment platforms to collect small and irregular contributions;",
       emph="u", num=(2, 0),
       faults=[F("numbering", 'Restart at 1 was applied to "Recommends that States use mobile payment platforms", '
                 'which shows "1." after clause 3; expected «4.» (UN-B07, MUN-F05)')]),
    cl("Requests", " the Secretary-General to report to the Council at its next session on progress made.", emph="u",
       num=(2, 0),
       faults=[F("numbering", 'continues the restarted list and "Requests the Secretary-General to report" shows "2."; '
                 "expected «5.» (UN-B07, MUN-F05)")]),
])

# en-04: Human Rights Council, nearly clean. Heading in a table, leads italic, multilevel "(a)" / "(i)" by Increase
# Indent; one lead's second word capitalised
EN04 = Draft("en-04-hrc-water-sanitation-nearly-clean", [("ml", False)], [
    title("DRAFT RESOLUTION"),
    Table([("Committee:", "Human Rights Council"),
           ("Topic:", "The human rights to safe drinking water and sanitation"),
           ("Sponsors:", "Germany, Spain"), ("Signatories:", "Bolivia (Plurinational State of), Chile, Maldives, "
                                              "Morocco, Namibia, Thailand")]),
    organ("The Human Rights Council,"),
    cl("Recalling", " General Assembly resolution 64/292 of 28 July 2010,"),
    cl("Reaffirming", " that the human rights to safe drinking water and sanitation derive from the right to an "
       "adequate standard of living,"),
    cl("Deeply concerned", " that 2.2 billion people still lack safely managed drinking water,"),
    cl("Calls upon", " States to ensure access to safe drinking water and sanitation for all without "
       "discrimination;", num=(1, 0)),
    cl("Urges", " States to give priority in their budgets to:", num=(1, 0)),
    plain("the people living in informal settlements, including:", num=(1, 1)),
    plain("households headed by women;", num=(1, 2)),
    plain("persons with disabilities;", num=(1, 2)),
    plain("schools and health-care facilities in rural areas;", num=(1, 1)),
    P([R("Calls Upon", i=True), R(" businesses to respect the human rights to water and sanitation in their "
                                          "operations;")], num=(1, 0),
              faults=[F("capital-after-lead", 'the lead is typed "Calls Upon": the second word of the operative '
                        "phrase takes no capital; expected «Calls upon» (UN-B06)")]),
    cl("Requests", " the Special Rapporteur on the human rights to safe drinking water and sanitation to report to "
       "the Council at its sixtieth session;", num=(1, 0)),
    cl("Decides", " to continue its consideration of this question under the same agenda item.", num=(1, 0)),
])

# en-05: IAEA Board of Governors, safeguards in the DPRK. Heading as lines, leads italic. Increase Indent put clause 4
# under clause 3's sub-clauses (shows "(c)"); the clause after it shows "4."; a lead not italic; a sub-clause with no
# end mark
EN05 = Draft("en-05-iaea-board-dprk-safeguards-increase-indent", [("ml", False)], [
    title("DRAFT RESOLUTION GOV/1.2"),
    line("Committee:", "IAEA Board of Governors"),
    line("Topic:", "Application of safeguards in the Democratic People's Republic of Korea"),
    line("Sponsors:", "Australia, Japan"),
    line("Signatories:", "Canada, Finland, Philippines, Uruguay"),
    organ("The Board of Governors,"),
    cl("Recalling", " the safeguards agreement between the Agency and the Democratic People's Republic of Korea,"),
    cl("Noting with serious concern", " the reports of the Director General on the construction of new buildings at "
       "Yongbyon,"),
    cl("Stressing", " the importance of the Agency's readiness to return to the country,", emph="",
       faults=[F("emphasis", 'the lead "Stressing" is not italic, unlike every other lead (UN-B04, MUN-F02)')]),
    cl("Deplores", " the continued absence of Agency inspectors from the Democratic People's Republic of Korea;",
       num=(1, 0)),
    cl("Calls upon", " the Democratic People's Republic of Korea to comply fully with its safeguards agreement;",
       num=(1, 0)),
    cl("Requests", " the Director General:", num=(1, 0)),
    plain("to continue to monitor the nuclear programme by open sources and satellite imagery", num=(1, 1),
          faults=[F("operative-end-mark", '"…by open sources and satellite imagery" - the sub-clause ends with no '
                    "mark; expected «…satellite imagery;» (UN-B11, MUN-F06)")]),
    plain("to keep the Agency ready to verify the programme once inspectors can return;", num=(1, 1)),
    cl("Encourages", " Member States to share relevant information with the Secretariat;", num=(1, 1),
       faults=[F("numbering", 'Increase Indent put "Encourages Member States to share relevant information" at '
                 'level 1 under clause 3: it shows "(c)" where the clause number «4.» belongs (UN-B07, MUN-F05)')]),
    cl("Requests", " the Director General to report to the Board at its next regular meeting;", num=(1, 0),
       faults=[F("numbering", 'after the clause shown "(c)", "Requests the Director General to report" shows "4."; '
                 "expected «5.» (UN-B07, MUN-F05)")]),
    cl("Decides", " to remain seized of the matter.", num=(1, 0)),
])

# en-06: African Union Peace and Security Council, the Sahel. Heading in a table, leads underlined. The student typed
# the General Assembly's organ line; "Acting under Chapter VII"; a preambular clause ends with a full stop; a State's
# name wrong; the second list (sub-clauses) pasted from a working paper keeps its own numId but is the same multilevel
# shape at level 1, so it shows "(a)" "(b)" as it should
EN06 = Draft("en-06-au-psc-sahel-ga-organ-line-chapter-vii", [("ml", False), ("ml2", False)], [
    title("DRAFT COMMUNIQUÉ"),
    Table([("Organ:", "African Union Peace and Security Council"),
           ("Topic:", "Terrorism and unconstitutional changes of government in the Sahel"),
           ("Sponsors:", "Nigeria, Senegal"),
           ("Signatories:", "Algeria, Cameroon, Democratic Republic of Congo, Egypt, Ghana, Morocco")],
          faults={7: [F("state-name", '"Democratic Republic of Congo" - the State\'s name is «Democratic Republic of '
                        'the Congo» (UN-H06)')]}),
    organ("The General Assembly,", emph="u",
          faults=[F("other", 'organ line "The General Assembly," in a draft of the Peace and Security Council; the '
                    "body uses its own name, «The Peace and Security Council,» (UN-B02, MUN-F01)")]),
    cl("Recalling", " the Protocol Relating to the Establishment of the Peace and Security Council of the African "
       "Union,", emph="u"),
    cl("Alarmed", " by the spread of terrorist attacks from the central Sahel towards the coastal States of West "
       "Africa.", emph="u",
       faults=[F("preambular-end-mark", '"…towards the coastal States of West Africa." - a preambular clause ends '
                 "with a full stop; expected «…of West Africa,» (UN-B05, MUN-F04)")]),
    cl("Reaffirming", " its rejection of all unconstitutional changes of government on the continent,", emph="u"),
    cl("Acting", " under Chapter VII of the Charter of the United Nations,", emph="u",
       faults=[F("other", '"Acting under Chapter VII of the Charter" - only the Security Council acts under Chapter '
                 "VII; the Peace and Security Council acts under its own Protocol (UN-B14)")]),
    cl("Strongly condemns", " the attacks against civilians and against the defence and security forces of the "
       "region;", emph="u", num=(1, 0)),
    cl("Requests", " the Commission:", emph="u", num=(1, 0)),
    plain("to speed up the deployment of the African Standby Force to the region;", num=(2, 1)),
    plain("to support the Accra Initiative with intelligence and training;", num=(2, 1)),
    cl("Calls upon", " the transitional authorities to agree on a timetable for the return to constitutional order;",
       emph="u", num=(1, 0)),
    cl("Decides", " to remain actively seized of the matter.", emph="u", num=(1, 0)),
])

DRAFTS = [EN01, EN02, EN03, EN04, EN05, EN06]


def shown(p: P) -> str:
    out = []
    for r in p.runs:
        t = r.text.replace("\t", "→")
        t = f"[i:{t}]" if r.i else f"[u:{t}]" if r.u else f"[b:{t}]" if r.b else t
        out.append(t)
    return "".join(out)


def annotations() -> str:
    import yaml
    lines = ["# word-blind80: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
             "# drafter. paragraph = 1-based index of the w:p among all w:p of the body in document order (table",
             "# cells counted); list labels in notes are the ones Word shows (computed by labels())."]
    data = {}
    for d in DRAFTS:
        faults = [{"paragraph": n, "kind": f.kind, "note": f.note}
                  for n, p in enumerate(d.paras(), 1) for f in p.faults]
        data[f"{d.name}.docx"] = {"faults": faults}
    return "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> None:
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for n, (p, lab) in enumerate(zip(d.paras(), labels(d)), 1):
                marks = " ".join(f"[{f.kind}]" for f in p.faults)
                ind = "  " * (p.num[1] if p.num else 0)
                print(f"  {n:2} {ind}{lab:4} {shown(p)} {marks}")
        return
    for d in DRAFTS:  # each quote of a note (its part before "…") stands in the draft
        whole = "\n".join(lab + " " + "".join(r.text for r in p.runs) for p, lab in zip(d.paras(), labels(d)))
        for p in d.paras():
            for f in p.faults:
                for q in f.note.split('"')[1::2]:
                    assert all(part in whole for part in q.split("…") if part), (d.name, q)
        Builder(d).save()
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
