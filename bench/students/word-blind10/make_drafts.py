"""Build the drafts of the blind set word-blind10 and write annotations.yaml from the fault marks.

    python make_drafts.py            # write the .docx files and annotations.yaml next to this script
    python make_drafts.py --list     # print each body paragraph: index, the label Word shows, text, faults
    python make_drafts.py --render DIR   # PDF (LibreOffice), 50-dpi PNG pages and a text export of each draft

Every draft starts as a delegate's would: an answers file (written below, fixed date) built by `drafter build`
(the only part of drafter used; run from this worktree, `python -m drafter build`). The .docx is then edited
with python-docx + lxml the way a student edits in Word: Enter at the end of a clause (the new paragraph takes
the clause's paragraph properties, numbering included, and the plain formatting of its last run), Enter at the
start of a clause (a numbered paragraph above it), a clause pasted from another document with its own
numbering definition and font, a clause's text deleted leaving its numbered paragraph, Tab (level 1 of the same
list), letters typed in numbered paragraphs, a lead retyped without its emphasis, heading lines changed.
Faults are marked with F(kind, note) next to the edit that makes them (or the base paragraph the edit spoils);
the paragraph index is the 1-based index of the `w:p` in the body, counted on the saved file.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import yaml
from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]                      # the worktree (drafter's package lives here)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DATE = "2027-05-20"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@dataclass
class F:
    kind: str
    note: str


# ---------------------------------------------------------------- the base draft, built by drafter
def build_base(name: str, answers: dict) -> docx.Document:
    with tempfile.TemporaryDirectory() as tmp:
        answers = dict(answers, kind="resolution", agenda="cybercrime", date=DATE, output=f"{name}.docx")
        path = Path(tmp) / f"{name}.yaml"
        path.write_text(yaml.safe_dump(answers, allow_unicode=True, sort_keys=False), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "drafter", "build", str(path), "--force"], cwd=ROOT, env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return docx.Document(str(Path(tmp) / f"{name}.docx"))


# ---------------------------------------------------------------- editing helpers
class Editor:
    def __init__(self, d: docx.Document):
        self.doc = d
        self.body = d.element.body
        self.marks: list[tuple[etree._Element, F]] = []
        self.numbering = d.part.numbering_part.element

    # paragraphs --------------------------------------------------------------
    def paras(self) -> list[etree._Element]:
        return list(self.body.iter(w("p")))

    @staticmethod
    def text(p: etree._Element) -> str:
        return "".join(t.text or "" for t in p.iter(w("t")))

    def find(self, start: str) -> etree._Element:
        hits = [p for p in self.paras() if start in self.text(p)]
        assert len(hits) == 1, (start, len(hits))
        return hits[0]

    def mark(self, p: etree._Element, *faults: F) -> etree._Element:
        for f in faults:
            self.marks.append((p, f))
        return p

    # runs ----------------------------------------------------------------------
    @staticmethod
    def last_rpr(p: etree._Element) -> etree._Element | None:
        runs = p.findall(w("r"))
        if not runs:
            return None
        rpr = runs[-1].find(w("rPr"))
        return copy.deepcopy(rpr) if rpr is not None else None

    @staticmethod
    def make_run(text: str, rpr: etree._Element | None = None, *, i: bool | None = None, u: bool | None = None,
                 font: str | None = None, sz: int | None = None) -> etree._Element:
        r = etree.Element(w("r"))
        rpr = copy.deepcopy(rpr) if rpr is not None else etree.Element(w("rPr"))
        for tag in ("i", "u", "b"):
            for old in rpr.findall(w(tag)):
                rpr.remove(old)
        if font:
            for old in rpr.findall(w("rFonts")):
                rpr.remove(old)
            fonts = etree.Element(w("rFonts"))
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                fonts.set(w(attr), font)
            fonts.set(w("hint"), "eastAsia")
            rpr.insert(0, fonts)
        # schema order inside rPr: rFonts, b, i, ..., sz, szCs, u, ..., lang
        if i:
            pos = 1 if rpr.find(w("rFonts")) is not None else 0
            rpr.insert(pos, etree.Element(w("i")))
        if sz:
            for old in rpr.findall(w("sz")) + rpr.findall(w("szCs")):
                rpr.remove(old)
            lang = rpr.find(w("lang"))
            for tag in ("sz", "szCs"):
                node = etree.Element(w(tag))
                node.set(w("val"), str(sz))
                if lang is not None:
                    lang.addprevious(node)
                else:
                    rpr.append(node)
        if u:
            node = etree.Element(w("u"))
            node.set(w("val"), "single")
            lang = rpr.find(w("lang"))
            if lang is not None:
                lang.addprevious(node)
            else:
                rpr.append(node)
        if len(rpr):
            r.append(rpr)
        t = etree.SubElement(r, w("t"))
        t.text = text
        t.set(XML_SPACE, "preserve")
        return r

    def set_end(self, p: etree._Element, old: str, new: str) -> None:
        """Retype the last character(s) of a paragraph (the end mark)."""
        ts = [t for t in p.iter(w("t")) if t.text]
        last = ts[-1]
        assert last.text.endswith(old), (last.text[-20:], old)
        last.text = last.text[: len(last.text) - len(old)] + new

    def replace_text(self, p: etree._Element, old: str, new: str) -> None:
        for t in p.iter(w("t")):
            if t.text and old in t.text:
                t.text = t.text.replace(old, new)
                return
        raise AssertionError(old)

    # Word's editing gestures --------------------------------------------------
    def enter_after(self, p: etree._Element, lead: str, rest: str, *, lead_u: bool = False, lead_i: bool = False,
                    ilvl: int | None = None) -> etree._Element:
        """Enter at the end of p, then type: the new paragraph copies p's pPr (numbering included) and the rPr
        of p's last run (plain text); the student may underline / italicise the lead by hand."""
        new = etree.Element(w("p"))
        ppr = p.find(w("pPr"))
        if ppr is not None:
            new.append(copy.deepcopy(ppr))
        if ilvl is not None:                      # Tab at the start of the new paragraph: one level down
            numpr = new.find(w("pPr")).find(w("numPr"))
            numpr.find(w("ilvl")).set(w("val"), str(ilvl))
            pstyle = new.find(w("pPr")).find(w("pStyle"))
            if pstyle is not None and ilvl == 1:
                pstyle.set(w("val"), "DrafterSubparagraph1")
        rpr = self.last_rpr(p)
        if lead:
            new.append(self.make_run(lead, rpr, u=lead_u, i=lead_i))
        if rest:
            new.append(self.make_run(rest, rpr))
        p.addnext(new)
        return new

    def enter_before(self, p: etree._Element, lead: str, rest: str, *, lead_i: bool = False) -> etree._Element:
        """Enter at the start of p and type in the empty paragraph above: it keeps p's pPr (numbering)."""
        new = etree.Element(w("p"))
        new.append(copy.deepcopy(p.find(w("pPr"))))
        rpr = self.last_rpr(p)
        new.append(self.make_run(lead, rpr, i=lead_i))
        new.append(self.make_run(rest, rpr))
        p.addprevious(new)
        return new

    def new_list(self, fmt: str = "decimal", text: str = "%1.") -> int:
        """A numbering definition brought in by a paste from another document (Keep Source Formatting)."""
        nums = [int(n.get(w("numId"))) for n in self.numbering.findall(w("num"))]
        absids = [int(a.get(w("abstractNumId"))) for a in self.numbering.findall(w("abstractNum"))]
        aid, nid = max(absids) + 1, max(nums) + 1
        xml = (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}"><w:nsid w:val="5E2A{aid:04X}"/>'
               f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>'
               f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
               f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
               f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>'
               f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
               f'</w:abstractNum>')
        absnode = etree.fromstring(xml)
        last_abs = self.numbering.findall(w("abstractNum"))[-1]
        last_abs.addnext(absnode)
        num = etree.fromstring(f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
        self.numbering.findall(w("num"))[-1].addnext(num)
        return nid

    def paste_after(self, p: etree._Element, lead: str, rest: str, *, font: str, sz: int, lead_u: bool = False,
                    lead_i: bool = False, num_id: int | None = None, style: str = "ListParagraph",
                    lang_zh: bool = False) -> etree._Element:
        """A paragraph pasted from another document keeping its source formatting: its own style, indent,
        numbering (num_id, level 0) and font on every run."""
        new = etree.Element(w("p"))
        ppr = etree.SubElement(new, w("pPr"))
        ps = etree.SubElement(ppr, w("pStyle"))
        ps.set(w("val"), style)
        if num_id is not None:
            numpr = etree.SubElement(ppr, w("numPr"))
            etree.SubElement(numpr, w("ilvl")).set(w("val"), "0")
            etree.SubElement(numpr, w("numId")).set(w("val"), str(num_id))
        sp = etree.SubElement(ppr, w("spacing"))
        sp.set(w("after"), "160")
        sp.set(w("line"), "259")
        sp.set(w("lineRule"), "auto")
        rpr = etree.Element(w("rPr"))
        if lang_zh:
            lang = etree.SubElement(rpr, w("lang"))
            lang.set(w("val"), "en-US")
            lang.set(w("eastAsia"), "zh-CN")
        new.append(self.make_run(lead, rpr, u=lead_u, i=lead_i, font=font, sz=sz))
        new.append(self.make_run(rest, rpr, font=font, sz=sz))
        p.addnext(new)
        return new

    def empty(self, p: etree._Element) -> None:
        """The clause's text selected and deleted: the paragraph (and its number) stays."""
        rpr = self.last_rpr(p)
        for r in p.findall(w("r")):
            p.remove(r)
        if rpr is not None:                       # Word keeps the paragraph mark's formatting
            ppr = p.find(w("pPr"))
            mark = copy.deepcopy(rpr)
            ppr.append(mark)

    def retype_lead(self, p: etree._Element, new: str) -> None:
        """The lead deleted and typed again after the space: the new word takes the plain run's formatting."""
        runs = p.findall(w("r"))
        lead_run, rest_run = runs[0], runs[1]
        rest_t = rest_run.find(w("t"))
        rest_t.text = new + rest_t.text
        p.remove(lead_run)

    def heading_value(self, label: str, new: str) -> etree._Element:
        p = self.find(label)
        runs = p.findall(w("r"))
        runs[-1].find(w("t")).text = new
        return p


# ---------------------------------------------------------------- Word's labels (for --list)
FMT = {
    "decimal": lambda n: str(n),
    "lowerLetter": lambda n: "abcdefghijklmnopqrstuvwxyz"[n - 1],
    "lowerRoman": lambda n: ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1],
    "bullet": lambda n: "•",
}


def word_labels(doc_xml: etree._Element, num_xml: etree._Element | None) -> list[str]:
    paras = list(doc_xml.iter(w("p")))
    if num_xml is None:
        return [""] * len(paras)
    absmap = {n.get(w("numId")): n.find(w("abstractNumId")).get(w("val")) for n in num_xml.findall(w("num"))}
    levels = {}
    for a in num_xml.findall(w("abstractNum")):
        for lvl in a.findall(w("lvl")):
            levels[(a.get(w("abstractNumId")), lvl.get(w("ilvl")))] = (
                lvl.find(w("numFmt")).get(w("val")), lvl.find(w("lvlText")).get(w("val")))
    counters: dict[str, list[int]] = {}
    out = []
    for p in paras:
        numpr = p.find(f"{w('pPr')}/{w('numPr')}")
        if numpr is None or numpr.find(w("numId")) is None:
            out.append("")
            continue
        nid = numpr.find(w("numId")).get(w("val"))
        ilvl = int(numpr.find(w("ilvl")).get(w("val"))) if numpr.find(w("ilvl")) is not None else 0
        aid = absmap.get(nid)
        if aid is None or nid == "0":
            out.append("")
            continue
        c = counters.setdefault(aid, [0] * 9)
        c[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            c[deeper] = 0
        fmt, text = levels[(aid, str(ilvl))]
        label = text
        for k in range(ilvl + 1):
            kfmt = levels.get((aid, str(k)), ("decimal", ""))[0]
            label = label.replace(f"%{k + 1}", FMT[kfmt](max(c[k], 1)))
        out.append(label)
    return out


# ---------------------------------------------------------------- the drafts
def en_m01() -> tuple[str, Editor]:
    name = "en-m01-enter-after-last-clause-added-sponsor"
    e = Editor(build_base(name, {
        "language": "en", "profile": "una-usa", "country": "ARG", "sponsors": ["ARG", "CHL", "URY"],
        "signatories": ["PER", "COL", "CRI", "PRY"], "draft_number": "1.3",
        "preambular": ["cyb-core-pp-01", "cyb-pp-16", "cyb-pp-42", "cyb-core-pp-17", "cyb-pp-19"],
        "operative": ["cyb-rec-52", "cyb-scam-op-03", "cyb-core-op-05", "cyb-rec-09", "cyb-core-op-09",
                      {"id": "cyb-core-op-11", "values": {"year": "2028"}}]}))
    # a co-sponsor typed at the end of the sponsors line (right: not also a signatory)
    e.heading_value("Sponsors:", "Argentina, Chile, Uruguay, Ecuador")
    last = e.find("United Nations Office on Drugs and Crime to report to the Commission")
    e.mark(last, F("operative-end-mark", 'operative clause 6 still ends with "." (it was the last clause before '
                   'the student added clause 7 after it); a non-final operative clause ends with «;» '
                   '(UN-B09, MUN-F05)'))
    new = e.enter_after(last, "Invites", " Member States to share, on a voluntary basis, examples of public "
                        "warnings against online investment fraud that have reached older persons.")
    e.mark(new, F("emphasis", 'the lead "Invites" of the clause typed after pressing Enter at the end of clause 6 '
                  'is not underlined (it took the plain formatting of the clause\'s last run), unlike every other '
                  'operative lead (MUN-F03)'))
    return name, e


def en_m02() -> tuple[str, Editor]:
    name = "en-m02-clause-pasted-with-own-list-and-calibri"
    e = Editor(build_base(name, {
        "language": "en", "profile": "una-usa", "country": "KEN", "sponsors": ["KEN", "GHA", "NGA"],
        "signatories": ["SEN", "ZAF", "TZA", "UGA"], "draft_number": "3.2",
        "preambular": ["cyb-core-pp-04", "cyb-core-pp-16", "cyb-pp-21", "cyb-pp-32", "cyb-pp-47"],
        "operative": ["cyb-pos-41", "cyb-core-op-04", "cyb-rec-11", "cyb-pos-40", "cyb-rec-47",
                      "cyb-core-op-10"]}))
    e.heading_value("Signatories:", "Senegal, South Africa, Uganda, United Republic of Tanzania, Rwanda")
    third = e.find("Member States to build the capacity")
    nid = e.new_list()
    pasted = e.paste_after(third, "Encourages", " regional economic communities in Africa to pool forensic "
                           "laboratories, so that smaller States can have seized digital devices examined without "
                           "sending them outside the region;", font="Calibri", sz=22, lead_u=True, num_id=nid)
    e.mark(pasted,
           F("numbering", 'the clause pasted from another document after clause 3 brought its own numbering '
             'definition and shows "1." between "3." and "4."; operative clauses are numbered consecutively '
             '«4.» (UN-B07, MUN-F05)'),
           F("other", 'mixed fonts: the pasted clause is in Calibri 11 pt (its source document\'s font) while the '
             'draft is in Times New Roman 12 pt (MUN-F08)'))
    return name, e


def en_m03() -> tuple[str, Editor]:
    name = "en-m03-thimun-deleted-clause-number-left-preamble-typed-into-list"
    e = Editor(build_base(name, {
        "language": "en", "profile": "thimun", "country": "NLD", "sponsors": ["NLD", "BEL"],
        "signatories": ["DNK", "FIN", "AUT"],
        "preambular": ["cyb-core-pp-21", "cyb-pp-41", "cyb-pp-18", "cyb-core-pp-19"],
        "operative": ["cyb-core-op-08", "cyb-rec-22", "cyb-pos-46", "cyb-pos-45", "cyb-rec-58", "cyb-pos-43",
                      "cyb-core-op-09"]}))
    e.heading_value("CO-SUBMITTERS:", "Belgium, Luxembourg")
    first_op = e.find("States to establish mechanisms of cooperation with industry")
    typed = e.enter_before(first_op, "Noting with satisfaction",
                           " that several service providers already publish the number of requests for data they "
                           "receive from each State,", lead_i=True)
    e.mark(typed, F("numbering", 'a preambular clause ("Noting with satisfaction …,") typed in a new paragraph '
                    'made by pressing Enter at the start of operative clause 1: it is in the numbered list and shows '
                    '"1."; preambular clauses are not numbered (UN-B05, MUN-F04)'))
    gone = e.find("cooperation and information-sharing between computer emergency")
    e.empty(gone)
    e.mark(gone, F("numbering", 'operative clause deleted but its numbered paragraph left: an empty "5." between '
                   'clauses "4." and "6." (UN-B07, MUN-F05)'))
    return name, e


def en_m04() -> tuple[str, Editor]:
    name = "en-m04-tab-sub-clauses-under-semicolon-and-typed-letters"
    e = Editor(build_base(name, {
        "language": "en", "profile": "una-usa", "country": "IND", "sponsors": ["IND", "BGD", "LKA"],
        "signatories": ["NPL", "BTN", "MDV"], "draft_number": "2.4",
        "preambular": ["cyb-core-pp-02", "cyb-core-pp-13", "cyb-pp-13", "cyb-pp-40"],
        "operative": ["cyb-rec-35", "cyb-rec-43", "cyb-rec-12", "cyb-rec-36", "cyb-core-op-06", "gen-op-05"]}))
    c2 = e.find("States to train specialized magistrates")
    e.mark(c2, F("operative-end-mark", 'clause 2 introduces the sub-clauses (a) and (b) added under it with Tab but '
                 'still ends with ";"; the chapeau ends with «:» (UN-B11, MUN-F06)'))
    a = e.enter_after(c2, "", "on the handling of electronic evidence at trial;", ilvl=1)
    e.enter_after(a, "", "on the protection of the identity of victims in court records;", ilvl=1)
    c4 = e.find("Member States to consider maintaining electronic databases")
    e.set_end(c4, "reviewed;", "reviewed, recording in particular:")
    ta = e.enter_after(c4, "", "a) the date on which each request was sent or received;")
    tb = e.enter_after(ta, "", "b) the time taken to answer each request;")
    e.mark(ta, F("sub-clause-label", '"5. a) the date …" - a sub-clause typed as "a)" in a paragraph that kept the '
                 'numbering of clause 4 (Enter without Tab): Word numbers it as operative clause 5 (MUN-F06, UN-B10)'))
    e.mark(tb, F("sub-clause-label", '"6. b) the time …" - a sub-clause typed as "b)" in a numbered paragraph: '
                 'Word numbers it as operative clause 6 (MUN-F06, UN-B10)'))
    return name, e


def en_m05() -> tuple[str, Editor]:
    name = "en-m05-clean-edits-sponsor-topic-added-clause-tab-subs"
    e = Editor(build_base(name, {
        "language": "en", "profile": "una-usa", "country": "CAN", "sponsors": ["CAN", "AUS", "NZL"],
        "signatories": ["ISL", "NOR", "CHE"], "draft_number": "1.1",
        "preambular": ["cyb-core-pp-01", "cyb-core-pp-22", "cyb-sx-pp-01", "cyb-pp-14"],
        "operative": ["cyb-sx-op-01", "cyb-sx-op-02", "cyb-sx-op-03", "cyb-sx-op-04", "cyb-pos-29",
                      {"id": "cyb-core-op-11", "values": {"year": "2028"}}]}))
    e.heading_value("Sponsors:", "Australia, Canada, Ireland, New Zealand")
    e.heading_value("Topic:", "Sextortion and the online abuse of children")
    c2 = e.find("States to establish helplines")
    e.set_end(c2, "removed;", "removed, and to make this support available:")
    a = e.enter_after(c2, "", "at any hour, by telephone and online chat;", ilvl=1)
    e.enter_after(a, "", "in the languages spoken by the victims;", ilvl=1)
    c3 = [p for p in e.paras() if "online service providers to offer tools" in e.text(p)][0]
    e.enter_after(c3, "Calls upon", " online service providers to tell users who report sextortion which steps "
                  "have been taken on their report;", lead_u=True)
    gone = [p for p in e.paras() if "victim-centred and gender-sensitive" in e.text(p)][0]
    gone.getparent().remove(gone)              # a clause deleted with its paragraph mark
    return name, e


def en_m06() -> tuple[str, Editor]:
    name = "en-m06-thimun-retyped-leads-calibri-preambular-paste"
    e = Editor(build_base(name, {
        "language": "en", "profile": "thimun", "country": "SGP", "sponsors": ["SGP", "MYS"],
        "signatories": ["THA", "PHL"],
        "preambular": ["cyb-core-pp-03", "cyb-va-pp-03", "cyb-va-pp-02", "cyb-pp-15"],
        "operative": ["cyb-va-op-01", "cyb-va-op-02", "cyb-va-op-03", "cyb-va-op-04", "cyb-pos-47",
                      "cyb-rec-49"]}))
    e.heading_value("QUESTION OF:", "Virtual assets and the laundering of the proceeds of cybercrime")
    p3 = [p for p in e.paras() if "mixing services, cross-chain transfers" in e.text(p)][0]
    e.retype_lead(p3, "Alarmed")
    e.mark(p3, F("emphasis", 'the preambular lead was deleted and retyped as "Alarmed" without italics; every '
                 'other preambular lead is italic (MUN-F02, UN-B04)'))
    p4 = [p for p in e.paras() if "cryptocurrencies and other virtual assets to launde" in e.text(p)][0]
    pasted = e.paste_after(p4, "Mindful", " that some exchanges still open accounts without verifying the "
                           "identity of their customers,", font="Calibri", sz=22, lead_i=True, style="Normal")
    e.mark(pasted, F("other", 'mixed fonts: a preambular clause pasted from another document in Calibri 11 pt '
                     '(its source\'s font) into a draft in Times New Roman 12 pt (MUN-F08)'))
    o4 = [p for p in e.paras() if "give priority consideration to returning confiscated" in e.text(p)][0]
    e.retype_lead(o4, "Strongly urges")
    e.mark(o4, F("emphasis", 'the operative lead of clause 4 retyped as "Strongly urges" without the underline '
                 'every other operative lead has (MUN-F03)'))
    return name, e


def zh_m07() -> tuple[str, Editor]:
    name = "zh-m07-yahei-clause-pasted-with-own-list-enter-after-last"
    e = Editor(build_base(name, {
        "language": "zh", "profile": "cn-mun", "country": "THA", "sponsors": ["THA", "VNM", "LAO"],
        "signatories": ["KHM", "MMR", "PHL"], "draft_number": "2.1",
        "preambular": ["cyb-core-pp-01", "cyb-scam-pp-01", "cyb-scam-pp-02", "cyb-scam-pp-03"],
        "operative": ["cyb-scam-op-01", "cyb-scam-op-02", "cyb-scam-op-03", "cyb-scam-op-04",
                      "cyb-scam-op-05"]}))
    c2 = [p for p in e.paras() if "各国开展跨境合作" in e.text(p)][0]
    nid = e.new_list()
    pasted = e.paste_after(c2, "呼吁", "各国在边境口岸为获救人员设立临时安置点，并提供翻译和医疗服务；",
                           font="微软雅黑", sz=21, lead_u=True, num_id=nid, lang_zh=True)
    e.mark(pasted,
           F("numbering", '从另一文件粘贴到第2条之后的条款带有自己的编号定义，显示为"1."（位于"2."和"3."之间）；'
             '行动性条款应连续编号«3.» (UN-B07, ZH-B03)'),
           F("other", 'mixed fonts: 粘贴的条款为微软雅黑（源文件字体），全文为宋体 / Times New Roman'))
    last = [p for p in e.paras() if "诈骗园区、识别其受害人" in e.text(p)][0]
    e.mark(last, F("operative-end-mark", '第5条（原最后一条）仍以"。"结尾，其后又加了一条；非最后的行动性条款以«；»结尾 '
                   '(UN-B09, ZH-B03)'))
    new = e.enter_after(last, "又请", "联合国毒品和犯罪问题办公室向委员会2028年常会报告本决议的执行情况。")
    e.mark(new, F("emphasis", '在第5条末尾按回车后输入的条款，引导词"又请"没有下划线（沿用了上一段末尾的格式），'
                  '其他行动性条款的引导词都有下划线 (ZH-B03)'))
    return name, e


def zh_m08() -> tuple[str, Editor]:
    name = "zh-m08-preamble-typed-into-list-empty-number-typed-letters"
    e = Editor(build_base(name, {
        "language": "zh", "profile": "cn-mun", "country": "IDN", "sponsors": ["IDN", "MYS", "PHL"],
        "signatories": ["SGP", "BRN", "TLS"], "draft_number": "1.2",
        "preambular": ["cyb-core-pp-18", "cyb-pp-42", "cyb-pp-16", "cyb-pp-19", "cyb-core-pp-15"],
        "operative": ["cyb-rec-52", "cyb-pos-56", "cyb-rec-09", "cyb-rec-54", "cyb-pos-58", "cyb-core-op-10",
                      {"id": "cyb-core-op-11", "values": {"year": "2028"}}]}))
    ops = [p for p in e.paras() if p.find(f"{w('pPr')}/{w('numPr')}") is not None]
    first_op = ops[0]
    typed = e.enter_before(first_op, "注意到", "许多老年人在遭受网络诈骗后因羞愧而不愿报案，")
    # the lead typed in the empty paragraph takes the formatting at the cursor (the underlined lead of clause 1)
    lead_run = typed.findall(w("r"))[0]
    rpr = lead_run.find(w("rPr"))
    u = etree.Element(w("u"))
    u.set(w("val"), "single")
    rpr.find(w("lang")).addprevious(u)
    e.mark(typed, F("numbering", '序言性条款"注意到……，"是在行动性第1条开头按回车后输入的，处在编号列表中，显示为"1."；'
                    '序言性条款不编号 (UN-B05, ZH-B02)'))
    c2 = [p for p in e.paras() if "以本国语言建立便于使用的国家平台" in e.text(p)][0]
    e.set_end(c2, "；", "，这些平台应当：")
    ta = e.enter_after(c2, "", "（a）接受以少数民族语言提交的报案；")
    tb = e.enter_after(ta, "", "（b）向报案人告知案件的处理进展；")
    e.mark(ta, F("sub-clause-label", '"4. （a）接受……" - 分条款"（a）"是在编号段落中手工输入的（回车后未按Tab），'
                 'Word把它编为行动性条款"4."；分条款应是第3条之下的«（a）» (ZH-B04, UN-B10)'))
    e.mark(tb, F("sub-clause-label", '"5. （b）向报案人……" - 手工输入的分条款"（b）"在编号段落中，Word把它编为"5." '
                 '(ZH-B04, UN-B10)'))
    gone = [p for p in e.paras() if "支持企业和社会各界" in e.text(p)][0]
    e.empty(gone)
    e.mark(gone, F("numbering", '删除了一条行动性条款，但留下了空的编号段落：一个空的"7."（位于"6."和"8."之间） '
                   '(UN-B07, ZH-B03)'))
    return name, e


def zh_m09() -> tuple[str, Editor]:
    name = "zh-m09-tab-subs-under-semicolon-retyped-lead-new-title"
    e = Editor(build_base(name, {
        "language": "zh", "profile": "cn-mun", "country": "BRA", "sponsors": ["BRA", "ARG"],
        "signatories": ["URY", "PRY", "BOL"], "draft_number": "1.4",
        "preambular": ["cyb-core-pp-04", "cyb-rw-pp-01", "cyb-rw-pp-02", "cyb-core-pp-17"],
        "operative": ["cyb-rw-op-01", "cyb-rw-op-02", "cyb-rw-op-03", "cyb-rw-op-04", "cyb-rw-op-05",
                      {"id": "cyb-core-op-11", "values": {"year": "2028"}}]}))
    title = e.find("决议草案")
    title.findall(w("r"))[0].find(w("t")).text = "关于打击勒索软件的决议草案"
    e.heading_value("起草国：", "阿根廷、巴西、智利")
    p3 = [p for p in e.paras() if "许多勒索软件受害人不向主管机关报告攻击" in e.text(p)][0]
    e.retype_lead(p3, "深为关切地注意到")
    e.mark(p3, F("emphasis", '序言性条款的引导词被删去后重新输入为"深为关切地注意到"，没有下划线，'
                 '其他序言性条款的引导词都有下划线 (ZH-B02)'))
    c3 = [p for p in e.paras() if "勒索软件攻击举报渠道" in e.text(p)][0]
    e.mark(c3, F("operative-end-mark", '第3条下用Tab加了分条款（a）（b），但第3条仍以"；"结尾；引出分条款的条款以«：»结尾 '
                 '(UN-B11, ZH-B04)'))
    a = e.enter_after(c3, "", "攻击者使用的加密方式和勒索信样本；", ilvl=1)
    e.enter_after(a, "", "用于收取赎金的虚拟资产钱包地址；", ilvl=1)
    return name, e


def zh_m10() -> tuple[str, Editor]:
    name = "zh-m10-clean-edits-title-signatory-added-clause-tab-subs"
    e = Editor(build_base(name, {
        "language": "zh", "profile": "cn-mun", "country": "KOR", "sponsors": ["KOR", "JPN"],
        "signatories": ["SGP", "AUS"], "draft_number": "3.1",
        "preambular": ["cyb-core-pp-01", "cyb-ai-pp-01", "cyb-ai-pp-02", "cyb-ai-pp-03"],
        "operative": ["cyb-ai-op-01", "cyb-ai-op-02", "cyb-ai-op-03", "cyb-ai-op-04", "cyb-ai-op-05",
                      {"id": "cyb-core-op-11", "values": {"year": "2028"}}]}))
    title = e.find("决议草案")
    title.findall(w("r"))[0].find(w("t")).text = "关于人工智能与网络犯罪的决议草案"
    e.heading_value("附议国：", "澳大利亚、蒙古、新加坡")
    c3 = [p for p in e.paras() if "研究人工智能如何被用于实施网络犯罪" in e.text(p)][0]
    e.set_end(c3, "；", "，研究范围包括：")
    a = e.enter_after(c3, "", "利用深度伪造音视频冒充他人实施的诈骗；", ilvl=1)
    e.enter_after(a, "", "利用人工智能批量生成的钓鱼邮件和短信；", ilvl=1)
    c4 = [p for p in e.paras() if "各国与技术公司在识别" in e.text(p)][0]
    e.enter_after(c4, "邀请", "各国与高等院校合作，为执法人员开设识别合成媒体的短期课程；", lead_u=True)
    gone = [p for p in e.paras() if "执法机关利用人工智能侦查网络犯罪" in e.text(p)][0]
    gone.getparent().remove(gone)
    return name, e


DRAFTS = [en_m01, en_m02, en_m03, en_m04, en_m05, en_m06, zh_m07, zh_m08, zh_m09, zh_m10]


# ---------------------------------------------------------------- output
def save(name: str, e: Editor) -> tuple[Path, list[dict]]:
    paras = e.paras()
    index = {id(p): i for i, p in enumerate(paras, 1)}
    faults = []
    for p, f in e.marks:
        assert id(p) in index, (name, f.note)
        faults.append({"paragraph": index[id(p)], "kind": f.kind, "note": f.note})
    faults.sort(key=lambda x: x["paragraph"])
    out = HERE / f"{name}.docx"
    e.doc.save(str(out))
    with zipfile.ZipFile(out) as z:
        saved = etree.fromstring(z.read("word/document.xml"))
    n_saved = len(list(saved.find(w("body")).iter(w("p"))))
    assert n_saved == len(paras), (name, n_saved, len(paras))
    return out, faults


def read_docx(path: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        num = etree.fromstring(z.read("word/numbering.xml")) if "word/numbering.xml" in z.namelist() else None
    paras = list(doc.find(w("body")).iter(w("p")))
    return word_labels(doc.find(w("body")), num), ["".join(t.text or "" for t in p.iter(w("t"))) for p in paras]


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--render"]:
        outdir = Path(args[1]).resolve()
        outdir.mkdir(parents=True, exist_ok=True)
        files = sorted(HERE.glob("*.docx"))
        for src in files:                     # one file a call (a batch failed once for the text filter)
            for target in ("pdf", "txt:Text (encoded):UTF8"):
                subprocess.run(["soffice", f"-env:UserInstallation=file://{outdir}/.lo-profile", "--headless",
                                "--convert-to", target, "--outdir", str(outdir), str(src)],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for pdf in sorted(outdir.glob("*.pdf")):
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(outdir / pdf.stem)], check=True)
        print(f"rendered {len(files)} drafts into {outdir}")
        return
    ann: dict[str, dict] = {}
    for make in DRAFTS:
        name, e = make()
        out, faults = save(name, e)
        ann[out.name] = {"faults": faults}
    if args[:1] == ["--list"]:
        for fname, entry in ann.items():
            labels, texts = read_docx(HERE / fname)
            print(f"== {fname}")
            marks: dict[int, list[str]] = {}
            for f in entry["faults"]:
                marks.setdefault(f["paragraph"], []).append(f["kind"])
            for i, (lab, txt) in enumerate(zip(labels, texts), 1):
                flag = f"   <- {', '.join(marks[i])}" if i in marks else ""
                print(f"{i:3d} {lab:>6} {txt[:100]}{flag}")
        return
    header = ("# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n")
    (HERE / "annotations.yaml").write_text(
        header + yaml.safe_dump(ann, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    total = sum(len(v["faults"]) for v in ann.values())
    print(f"wrote {len(ann)} drafts, {total} faults")


if __name__ == "__main__":
    main()
