"""Build the word-blind91 drafts: English .docx files as Google Docs downloads them, co-written in suggestion mode.

Google's export: its own numbering.xml (one list per group of paragraphs, "%1." with a hanging indent, bullets as
glyphs), every run with explicit fonts (Arial, 11 pt), no theme part, paragraph spacing as direct formatting, and
suggestions left pending as w:ins / w:del with the suggesters' names, comments as Word comments.

    python make_drafts.py            # build the .docx files and annotations.yaml
    python make_drafts.py --list     # every body w:p: index, label shown, text as accepted, faults
    python make_drafts.py --render D # LibreOffice PDF + 60-dpi PNG into D

Paragraph = 1-based index of the w:p among the body's w:p. Faults are the F(kind, note) marks beside paragraphs.
Imports nothing of drafter or of another set.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class F:
    kind: str
    note: str


@dataclass
class Seg:
    text: str
    fmt: str = ""  # letters of b / i / u
    change: str = ""  # "+" inserted, "-" deleted (a pending suggestion)
    author: str = ""
    comment: tuple[str, str] | None = None  # (author, text): a comment anchored on this segment


@dataclass
class P:
    segs: list[Seg]
    num: tuple[str, int] | None = None  # (list key, level)
    faults: list[F] = field(default_factory=list)
    inserted_by: str = ""  # the whole paragraph is a pending suggestion (its mark inserted)
    center: bool = False


@dataclass
class Draft:
    name: str
    paras: list[P]
    lists: dict[str, str]  # list key -> "decimal" / "bullet"


def s(text: str, fmt: str = "") -> Seg:
    return Seg(text, fmt)


def ins(author: str, text: str, fmt: str = "") -> Seg:
    return Seg(text, fmt, "+", author)


def dele(author: str, text: str, fmt: str = "") -> Seg:
    return Seg(text, fmt, "-", author)


def com(author: str, note: str, text: str, fmt: str = "") -> Seg:
    return Seg(text, fmt, comment=(author, note))


def plain(text: str, *faults: F, fmt: str = "", center: bool = False) -> P:
    return P([s(text, fmt)], faults=list(faults), center=center)


def field_line(label: str, value: str, *faults: F) -> P:
    return P([s(label, "b"), s(" " + value)], faults=list(faults))


def pre(lead: str, *rest: str | Seg, faults: tuple[F, ...] = (), emph: str = "i") -> P:
    return P([s(lead, emph)] + [x if isinstance(x, Seg) else s(x) for x in rest], faults=list(faults))


def op(key: str, lead: str, *rest: str | Seg, faults: tuple[F, ...] = (), emph: str = "u", level: int = 0,
       by: str = "") -> P:
    segs = [s(lead, emph) if not by else ins(by, lead, emph)]
    segs += [x if isinstance(x, Seg) else (s(x) if not by else ins(by, x)) for x in rest]
    return P(segs, num=(key, level), faults=list(faults), inserted_by=by)


def empty() -> P:
    return P([])


DATE = {"Maya Chen": "2026-11-02T16:41:00Z", "Daniel Okoro": "2026-11-03T19:05:00Z",
        "Lucía Fernández": "2026-11-04T08:12:00Z", "Priya Raman": "2026-11-04T21:30:00Z",
        "Jonas Becker": "2026-11-05T10:02:00Z", "Amira Haddad": "2026-11-05T17:48:00Z",
        "Tom Whitfield": "2026-11-06T12:20:00Z", "Sofia Rossi": "2026-11-06T20:15:00Z"}


def rpr(fmt: str) -> str:
    out = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
    if "b" in fmt:
        out += '<w:b w:val="1"/>'
    if "i" in fmt:
        out += '<w:i w:val="1"/>'
    if "u" in fmt:
        out += '<w:u w:val="single"/>'
    out += '<w:sz w:val="22"/><w:szCs w:val="22"/><w:rtl w:val="0"/>'
    return f"<w:rPr>{out}</w:rPr>"


class Writer:
    def __init__(self, d: Draft) -> None:
        self.d = d
        self.rev = 0
        self.comments: list[tuple[int, str, str]] = []
        keys = list(d.lists)
        self.num_ids = {k: i + 1 for i, k in enumerate(keys)}

    def next_id(self) -> int:
        self.rev += 1
        return 100 + self.rev

    def seg_xml(self, g: Seg) -> str:
        tag = "w:delText" if g.change == "-" else "w:t"
        run = f'<w:r>{rpr(g.fmt)}<{tag} xml:space="preserve">{escape(g.text)}</{tag}></w:r>'
        if g.change:
            el = "w:ins" if g.change == "+" else "w:del"
            run = f'<{el} w:id="{self.next_id()}" w:author="{g.author}" w:date="{DATE[g.author]}">{run}</{el}>'
        if g.comment:
            cid = len(self.comments)
            self.comments.append((cid, *g.comment))
            run = (f'<w:commentRangeStart w:id="{cid}"/>{run}<w:commentRangeEnd w:id="{cid}"/>'
                   f'<w:r><w:commentReference w:id="{cid}"/></w:r>')
        return run

    def para_xml(self, p: P) -> str:
        ppr = ""
        if p.num:
            key, level = p.num
            ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{self.num_ids[key]}"/></w:numPr>'
        ppr += '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
        if p.num:
            ppr += f'<w:ind w:left="{720 * (p.num[1] + 1)}" w:hanging="360"/>'
        ppr += f'<w:jc w:val="{"center" if p.center else "left"}"/>'
        mark = ""
        if p.inserted_by:
            mark = f'<w:ins w:id="{self.next_id()}" w:author="{p.inserted_by}" w:date="{DATE[p.inserted_by]}"/>'
        ppr += f'<w:rPr>{mark}<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>' \
               '<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>'
        return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(self.seg_xml(g) for g in p.segs)}</w:p>"

    def document(self) -> str:
        body = "".join(self.para_xml(p) for p in self.d.paras)
        sect = ('<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar w:bottom="1440" '
                'w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/>'
                '</w:sectPr>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" '
                f'xmlns:r="{R_NS}"><w:body>{body}{sect}</w:body></w:document>')

    def comments_xml(self) -> str:
        items = "".join(
            f'<w:comment w:id="{cid}" w:author="{a}" w:date="{DATE[a]}" w:initials="{a[0]}{a.split()[-1][0]}">'
            f'<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r>{rpr("")}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>'
            for cid, a, text in self.comments)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}" '
                f'xmlns:r="{R_NS}">{items}</w:comments>')

    def numbering(self) -> str:
        abstracts, nums = [], []
        for key, kind in self.d.lists.items():
            n = self.num_ids[key]
            levels = []
            for lvl in range(9):
                if kind == "bullet":
                    glyph = "●○■"[lvl % 3]
                    levels.append(
                        f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                        f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (lvl + 1)}"'
                        f' w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
                else:
                    fmt = ["decimal", "lowerLetter", "lowerRoman"][lvl % 3]
                    levels.append(
                        f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                        f'<w:lvlText w:val="%{lvl + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind '
                        f'w:left="{720 * (lvl + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr>'
                        f'</w:lvl>')
            abstracts.append(f'<w:abstractNum w:abstractNumId="{n}"><w:nsid w:val="{0x1A2B3C00 + n:08X}"/>'
                             f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>')
            nums.append(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
                f'{"".join(abstracts)}{"".join(nums)}</w:numbering>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial"
 w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>
<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph"
 w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style><w:style w:type="paragraph"
 w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/>
<w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style></w:styles>'''
SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat>
<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>
</w:settings>'''
CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels"
 ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"
 ContentType="application/xml"/><Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override
 PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override
 PartName="/word/numbering.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override
 PartName="/word/comments.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''
DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
 Target="styles.xml"/><Relationship Id="rId3"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
 Target="comments.xml"/></Relationships>'''


def build(d: Draft) -> Path:
    w = Writer(d)
    doc = w.document()
    path = HERE / d.name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/numbering.xml", w.numbering())
        z.writestr("word/comments.xml", w.comments_xml())
    return path


def labels(d: Draft) -> list[str]:
    """The label each paragraph shows once every suggestion is accepted (each list counts on its own)."""
    counters: dict[str, list[int]] = {}
    out = []
    for p in d.paras:
        if not p.num:
            out.append("")
            continue
        key, level = p.num
        c = counters.setdefault(key, [0] * 9)
        c[level] += 1
        for deeper in range(level + 1, 9):
            c[deeper] = 0
        if d.lists[key] == "bullet":
            out.append("●")
        else:
            n = c[level]
            shown = (str(n) if level % 3 == 0 else "abcdefghijklmnopqrstuvwxyz"[n - 1] if level % 3 == 1
                     else ["i", "ii", "iii", "iv", "v", "vi"][n - 1])
            out.append(shown + ".")
    return out


def accepted(p: P) -> str:
    return "".join(g.text for g in p.segs if g.change != "-")


# ---------------------------------------------------------------------------------------------------------------
# en-01: nearly clean. ECOFIN, desert locust upsurges. Suggestions on words, two comments.
E1 = Draft("en-01-ecofin-desert-locusts-suggested-words-comments-nearly-clean.docx", [
    field_line("FORUM:", "Second Committee (Economic and Financial)"),
    field_line("QUESTION OF:", "Preventing desert locust upsurges in the Horn of Africa"),
    field_line("SUBMITTED BY:", "Ethiopia"),
    field_line("CO-SUBMITTERS:", "Djibouti, Eritrea, Kenya, Somalia, Uganda, United Republic of Tanzania"),
    empty(),
    plain("THE GENERAL ASSEMBLY,", fmt="b"),
    empty(),
    pre("Recalling", " the Food and Agriculture Organization's Desert Locust Information Service, which has "
        "forecast locust movements since 1975,"),
    pre("Alarmed by", " the upsurge of 2019 to 2021, which damaged crops and pasture across ",
        dele("Daniel Okoro", "ten"), ins("Daniel Okoro", "more than twenty"), " countries of East Africa and "
        "South-West Asia,"),
    pre("Noting with concern", " that breeding grounds often lie in remote and insecure areas that survey teams "
        "cannot reach;", faults=(F("preambular-end-mark", '"…survey teams cannot reach;" - a preambular clause ends '
                                   'with a semicolon; expected «…cannot reach,» (UN-B05, MUN-F04)'),)),
    pre("Recognizing", " that early control of hopper bands costs far less than spraying swarms once they have "
        "formed,"),
    op("ops", "Calls upon", " Member States of the region to share locust survey data with the Desert Locust "
       "Information Service within ", dele("Maya Chen", "48"), ins("Maya Chen", "72"), " hours of collection;"),
    op("ops", "Encourages", " the establishment of a regional reserve of biopesticides, ",
       com("Lucía Fernández", "Do we have a source for the cost figure? - L", "including fungal products based on "
           "Metarhizium,"), " to reduce the use of chemical insecticides near farms and water sources;"),
    op("ops", "Requests", " the Food and Agriculture Organization to train national locust officers in the use "
       "of drones and satellite imagery for surveys;"),
    op("ops", "Invites", " donors and regional development banks to support contingency funds that can be "
       "released as soon as an upsurge is declared;"),
    op("ops", "Decides", " to ", com("Daniel Okoro", "'remain seized' or 'consider'? check with chair", "consider"),
       " the question at its eighty-third session."),
], {"ops": "decimal"})

# en-02: UNEA, abandoned oil and gas wells. A clause in a new list ("1." again), bullets as sub-clauses, a misspelt
# lead, a capital after a lead.
E2 = Draft("en-02-unea-orphaned-wells-second-list-bullet-sub-clauses.docx", [
    field_line("FORUM:", "United Nations Environment Assembly"),
    field_line("QUESTION OF:", "Methane leaks from abandoned oil and gas wells"),
    field_line("SUBMITTED BY:", "Canada"),
    field_line("CO-SUBMITTERS:", "Argentina, Nigeria, Norway, Romania, Trinidad and Tobago"),
    empty(),
    plain("THE UNITED NATIONS ENVIRONMENT ASSEMBLY,", fmt="b"),
    empty(),
    pre("Aware", " that millions of oil and gas wells have been abandoned without being plugged, and that many "
        "of them leak methane into the air and brine into groundwater,"),
    pre("Recalling", " the Global Methane Pledge launched in 2021,"),
    pre("Concerned", " that the owners of many wells can no longer be found or no longer exist, which leaves "
        "the cost of plugging them to ", dele("Priya Raman", "the public"), ins("Priya Raman", "taxpayers"), ","),
    op("ops", "Urges", " Member States to publish inventories of abandoned wells, including their location, "
       "depth and last known operator;"),
    op("ops", "Encourges", " producing States to require financial assurance from operators that covers the "
       "full cost of plugging each well;",
       faults=(F("misspelt-lead", '"Encourges" - the lead is misspelt; expected «Encourages» (MUN-F03)'),)),
    op("ops", "Recommends", " that plugging programmes give priority to:"),
    P([s("wells within one kilometre of homes, schools or drinking water sources;")], num=("bul", 0),
      faults=[F("sub-clause-label", 'the sub-clause "wells within one kilometre of homes…" is set as a bullet (●), '
                'not lettered; expected «(a)» (UN-B08, MUN-F06)')]),
    P([s("wells whose measured methane emissions are highest;")], num=("bul", 0),
      faults=[F("sub-clause-label", 'the sub-clause "wells whose measured methane emissions are highest;" is set '
                'as a bullet (●), not lettered; expected «(b)» (UN-B08, MUN-F06)')]),
    op("ops2", "Further invites", " All States with oil and gas production to report the number of wells "
       "plugged each year to the International Methane Emissions Observatory;",
       faults=(F("numbering", 'the clause after the bullets starts a new list and shows "1." again; expected «4.» '
                 '(UN-B07, MUN-F05)'),
               F("capital-after-lead", '"Further invites All States" - a capital after the lead; expected «Further '
                 'invites all States» (MUN-F03, UN-B04)'))),
    op("ops2", "Requests", " the Executive Director to prepare guidance on low-cost methods of measuring "
       "emissions from abandoned wells;"),
    op("ops2", "Decides", " to review progress at its eighth session."),
], {"ops": "decimal", "bul": "bullet", "ops2": "decimal"})

# en-03: Human Rights Council, synthetic media in elections. A clause suggested anew beside the old one (both stand),
# an operative lead in the preamble, the QUESTION OF line missing, a clause ending "." in the middle.
E3 = Draft("en-03-hrc-synthetic-media-elections-suggested-clause-beside-old.docx", [
    field_line("FORUM:", "Human Rights Council"),
    field_line("SUBMITTED BY:", "Republic of Korea",
               F("heading-field-missing", 'the "QUESTION OF:" line is missing between "FORUM:" and "SUBMITTED BY:"; '
                 'the heading does not say the question (MUN-H02)')),
    field_line("CO-SUBMITTERS:", "Estonia, Ghana, Mexico, New Zealand, Uruguay"),
    empty(),
    plain("THE HUMAN RIGHTS COUNCIL,", fmt="b"),
    empty(),
    pre("Guided by", " article 25 of the International Covenant on Civil and Political Rights,"),
    pre("Deeply concerned", " that audio and video generated by artificial intelligence have been used to "
        "impersonate candidates in the days before elections,"),
    pre("Requests", " that technology companies label synthetic content in political advertising,",
        faults=(F("wrong-lead-form", '"Requests" - an operative verb opens a preambular clause; expected a '
                  'preambulatory phrase such as «Noting» (UN-B06, MUN-F02)'),)),
    pre("Bearing in mind", " that measures against disinformation must respect freedom of expression,"),
    op("ops", "Calls upon", " States to ensure that electoral authorities can order the rapid removal of "
       "synthetic media that impersonates a candidate or an election official;"),
    op("ops", "Calls upon", " States to ensure that electoral authorities can order the rapid removal of "
       "synthetic media that falsely impersonates a candidate, a party or an election official;",
       by="Tom Whitfield",
       faults=(F("duplicate-clause", '"Calls upon States to ensure that electoral authorities can order the rapid '
                 'removal of synthetic media…" - the reworded clause is suggested as a new clause and the first '
                 'version (clause 1, just above) was not suggested for deletion: both stand (MUN-F05)'),)),
    op("ops", "Encourages", " electoral commissions to publish correction notices in every language used "
       "in the campaign."),
    op("ops", "Requests", " the Office of the High Commissioner to gather good practices on the labelling of "
       "synthetic political content;"),
    op("ops", "Invites", " developers of generative models to embed provenance information in the media their "
       "systems produce;"),
    op("ops", "Decides", " to remain ", com("Sofia Rossi", "should this be 'seized'?", "actively engaged"),
       " in the matter."),
], {"ops": "decimal"})
E3.paras[12].faults.append(F("operative-end-mark", '"…used in the campaign." - an operative clause in the middle ends '
                             'with a full stop; expected «…in the campaign;» (UN-B09, MUN-F04)'))

# en-04: Third Committee, UNA-USA heading; stateless children. A State's name misspelt, a misspelt lead, a
# preambular lead in the operative part, a clause with no end mark.
E4 = Draft("en-04-sochum-stateless-children-unausa-heading-suggested-sponsor.docx", [
    field_line("Committee:", "Third Committee (Social, Humanitarian and Cultural)"),
    field_line("Topic:", "Preventing statelessness among children born to refugees"),
    P([s("Sponsors:", "b"), s(" Côte d'Ivoire, "), dele("Amira Haddad", "Thailand"),
       ins("Amira Haddad", "Phillipines")],
      faults=[F("state-name", '"Phillipines" - the State\'s name is misspelt; expected «Philippines» (UN-H06)')]),
    field_line("Signatories:", "Brazil, Kyrgyzstan, Netherlands (Kingdom of the), Portugal, Sierra Leone, Zambia"),
    empty(),
    plain("The General Assembly,", fmt="b"),
    empty(),
    pre("Reaffirming", " article 7 of the Convention on the Rights of the Child, under which every child shall "
        "be registered immediately after birth and has the right to acquire a nationality,"),
    pre("Acknowleding", " the work of the UNHCR #IBelong campaign to end statelessness,",
        faults=(F("misspelt-lead", '"Acknowleding" - the lead is misspelt; expected «Acknowledging» (MUN-F02)'),)),
    pre("Concerned", " that children born in camps and in transit are often left without any birth certificate,"),
    op("ops", "Calls upon", " Member States to register every birth on their territory, whatever the "
       "nationality or status of the parents;"),
    op("ops", "Recommends", " that States whose nationality laws pass nationality through the father alone "
       "amend them so that mothers can pass it on equally;"),
    op("ops", "Noting", " that mobile registration teams have reached remote settlements in several countries;",
       faults=(F("operative-without-verb", '"Noting" opens operative clause 3, a preambulatory phrase in the '
                 'operative part; expected an operative verb, e.g. «Commends» (UN-B06, MUN-F05)'),)),
    op("ops", "Encourages", " States to grant nationality to children found on their territory whose parents "
       "are ", com("Jonas Becker", "add the 1961 Convention here?", "unknown"),
       faults=(F("operative-end-mark", '"…whose parents are unknown" - the clause has no end mark; expected '
                 '«…are unknown;» (UN-B09, MUN-F04)'),)),
    op("ops", "Requests", " the Secretary-General to report on the implementation of the present resolution at "
       "its eighty-second session."),
], {"ops": "decimal"})

# en-05: General Assembly plenary, mangrove restoration, THIMUN heading; a clause in a new list,
# a capital after a lead, a clause ending ",", a suggested deletion that is pending (judged accepted: clean).
E5 = Draft("en-05-ga-mangrove-restoration-restarted-list-pending-deletion.docx", [
    field_line("FORUM:", "General Assembly"),
    field_line("QUESTION OF:", "Restoring mangrove forests along tropical coasts"),
    field_line("SUBMITTED BY:", "Indonesia"),
    field_line("CO-SUBMITTERS:", "Bangladesh, Fiji, Mozambique, Senegal, Suriname"),
    empty(),
    plain("THE GENERAL ASSEMBLY,", fmt="b"),
    empty(),
    pre("Recognizing", " that mangroves protect coasts from storm surges and store more carbon per hectare than "
        "most tropical forests,"),
    pre("Noting", " that a large share of the world's mangroves has been lost since 1980, mostly to aquaculture "
        "ponds and coastal construction,"),
    pre("Welcoming", " the Mangrove Breakthrough launched in 2022,"),
    op("ops", "Encourages", " coastal States to include mangrove restoration in their nationally determined "
       "contributions,",
       faults=(F("operative-end-mark", '"…nationally determined contributions," - an operative clause ends with a '
                 'comma; expected «…contributions;» (UN-B09, MUN-F04)'),)),
    op("ops", "Urges", " States to stop issuing permits for new shrimp ponds in intact mangrove areas",
       dele("Sofia Rossi", " before 2030"), ";"),
    op("ops2", "Supports", " community-based restoration that replants native species and restores the flow of "
       "tides;", faults=(F("numbering", 'the third clause begins a new list and shows "1." again; expected «3.» '
                           '(UN-B07, MUN-F05)'),)),
    op("ops2", "Calls upon", " The international financial institutions to accept blue carbon credits only where "
       "restored mangroves are monitored for at least twenty years;",
       faults=(F("capital-after-lead", '"Calls upon The international financial institutions" - a capital after '
                 'the lead; expected «Calls upon the international…» (MUN-F03, UN-B04)'),)),
    op("ops2", "Requests", " the United Nations Environment Programme to map restorable mangrove areas and "
       "publish the map openly;"),
    op("ops2", "Decides", " to consider the question at its eighty-third session."),
], {"ops": "decimal", "ops2": "decimal"})

DRAFTS = [E1, E2, E3, E4, E5]


def annotations() -> str:
    out = ["# word-blind91: faults a chair would mark, written by make_drafts.py from the F() marks before any run of",
           "# drafter. paragraph = 1-based index of the w:p among the body's w:p; the text judged is the text with",
           "# every pending suggestion accepted (w:del not read, w:ins read); comments are not faults."]
    for d in DRAFTS:
        out.append(f"{d.name}:")
        faults = [(i, f) for i, p in enumerate(d.paras, 1) for f in p.faults]
        if not faults:
            out.append("  faults: []")
            continue
        out.append("  faults:")
        for i, f in faults:
            note = f.note.replace("'", "''")
            out += [f"  - paragraph: {i}", f"    kind: {f.kind}", f"    note: '{note}'"]
    return "\n".join(out) + "\n"


def check_notes() -> None:
    for d in DRAFTS:
        for i, p in enumerate(d.paras, 1):
            for f in p.faults:
                if '"' in f.note:
                    quote = f.note.split('"')[1].replace("…", "")
                    if quote and quote not in accepted(p) and f.kind not in ("heading-field-missing", "numbering"):
                        raise SystemExit(f"{d.name} ¶{i}: quote {quote!r} not in {accepted(p)!r}")


def main(argv: list[str]) -> None:
    check_notes()
    if "--list" in argv:
        for d in DRAFTS:
            print(d.name)
            for i, (p, label) in enumerate(zip(d.paras, labels(d)), 1):
                mark = "+" if p.inserted_by else " "
                print(f"  {i:2}{mark} {label:3} {accepted(p)[:90]}  {[f.kind for f in p.faults] or ''}")
        return
    if "--render" in argv:
        out = Path(argv[argv.index("--render") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for d in DRAFTS:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(HERE / d.name)],
                           check=True, capture_output=True)
            pdf = out / d.name.replace(".docx", ".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / pdf.stem)], check=True)
        return
    for d in DRAFTS:
        build(d)
    (HERE / "annotations.yaml").write_text(annotations(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
