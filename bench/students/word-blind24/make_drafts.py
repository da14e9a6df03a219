"""Build the word-blind24 drafts: drafter's own .docx output, round-tripped through other editors and edited.

Inputs are the untouched files of `drafter build examples/<file>.yaml --out-dir /tmp/wb24 --force` (run from the
main checkout); this script imports nothing from drafter. It edits the XML with python-docx + lxml the way a
delegate's editor leaves it (LibreOffice Writer, Google Docs, WPS Office), marks faults next to the paragraphs that
carry them (F(...)) and writes annotations.yaml from those marks.

    python make_drafts.py [--src /tmp/wb24] [--list] [--render DIR]
"""
from __future__ import annotations

import argparse
import copy
import subprocess
from pathlib import Path

import docx
import yaml
from docx.oxml.ns import qn
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Draft:
    """One draft being edited: its document, and the fault marks hung on its paragraph elements."""

    def __init__(self, src: Path) -> None:
        self.doc = docx.Document(str(src))
        self.body = self.doc.element.body
        self.marks: list[tuple[etree._Element, str, str]] = []

    def paras(self) -> list[etree._Element]:
        return list(self.body.iter(qn("w:p")))

    def p(self, index: int) -> etree._Element:
        """The body paragraph with this 1-based index (in the build output as it stands now)."""
        return self.paras()[index - 1]

    def F(self, para: etree._Element, kind: str, note: str) -> None:
        self.marks.append((para, kind, note))

    def save(self, name: str) -> dict:
        path = HERE / name
        self.doc.save(str(path))
        order = {id(e): i for i, e in enumerate(self.paras(), 1)}
        faults = [{"paragraph": order[id(e)], "kind": k, "note": n} for e, k, n in self.marks]
        faults.sort(key=lambda f: f["paragraph"])
        # check: the saved file holds as many body w:p as counted here
        again = docx.Document(str(path))
        assert len(list(again.element.body.iter(qn("w:p")))) == len(order), name
        return {"faults": faults}


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def runs(p: etree._Element) -> list[etree._Element]:
    return list(p.iter(qn("w:r")))


def rpr(r: etree._Element) -> etree._Element:
    pr = r.find(qn("w:rPr"))
    if pr is None:
        pr = etree.SubElement(r, qn("w:rPr"))
        r.remove(pr)
        r.insert(0, pr)
    return pr


# the order of w:rPr children the schema wants (only the ones used here)
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "strike", "color", "sz", "szCs", "u", "lang"]


def set_prop(r: etree._Element, tag: str, attrs: dict[str, str] | None) -> None:
    """Set (attrs given) or remove (None) one run property, keeping schema order."""
    pr = rpr(r)
    old = pr.find(qn("w:" + tag))
    if old is not None:
        pr.remove(old)
    if attrs is None:
        return
    new = etree.Element(qn("w:" + tag))
    for k, v in attrs.items():
        new.set(qn("w:" + k), v)
    rank = RPR_ORDER.index(tag)
    for i, child in enumerate(pr):
        name = etree.QName(child).localname
        if name in RPR_ORDER and RPR_ORDER.index(name) > rank:
            pr.insert(i, new)
            return
    pr.append(new)


def set_fonts(p: etree._Element, **fonts: str) -> None:
    for r in runs(p):
        pr = rpr(r)
        old = pr.find(qn("w:rFonts"))
        keep = dict(old.attrib) if old is not None else {}
        for k, v in fonts.items():
            keep[qn("w:" + k)] = v
        set_prop(r, "rFonts", {etree.QName(k).localname: v for k, v in keep.items()})


def make_run(text: str, like: etree._Element | None = None, **props: dict[str, str] | None) -> etree._Element:
    r = etree.Element(qn("w:r"))
    if like is not None and like.find(qn("w:rPr")) is not None:
        r.append(copy.deepcopy(like.find(qn("w:rPr"))))
    for tag, attrs in props.items():
        set_prop(r, tag, attrs)
    t = etree.SubElement(r, qn("w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def set_text(p: etree._Element, parts: list[tuple[str, dict]]) -> None:
    """Replace the runs of p by new ones: (text, props) each, run properties copied from p's last run first."""
    old = runs(p)
    like = old[-1] if old else None
    for r in old:
        r.getparent().remove(r)
    for text, props in parts:
        p.append(make_run(text, like, **props))


def clone_after(p: etree._Element, parts: list[tuple[str, dict]]) -> etree._Element:
    """A new paragraph after p with p's paragraph properties (Enter pressed at the end of p) and this text."""
    new = copy.deepcopy(p)
    p.addnext(new)
    set_text(new, parts)
    return new


def drop_numbering(p: etree._Element, label: str) -> None:
    """The list number turned into typed text (or typed from the start): no w:numPr, label typed before the text."""
    ppr = p.find(qn("w:pPr"))
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num is not None:
        ppr.remove(num)
    first = runs(p)[0]
    first.addprevious(make_run(label, first, i=None, u=None, b=None))


def set_level(p: etree._Element, ilvl: int, style: str | None = None) -> None:
    ppr = p.find(qn("w:pPr"))
    ppr.find(qn("w:numPr")).find(qn("w:ilvl")).set(qn("w:val"), str(ilvl))
    if style:
        ppr.find(qn("w:pStyle")).set(qn("w:val"), style)


def remove(p: etree._Element) -> None:
    p.getparent().remove(p)


ITALIC = {"i": {}}
UNDER = {"u": {"val": "single"}}
BOLD = {"b": {}}
PLAIN: dict = {"i": None, "u": None, "b": None}


# ---------------------------------------------------------------------------------------------------------------
def en01(src: Path) -> tuple[str, dict]:
    """UN-style draft (usa-resolution-en-un) opened and saved in LibreOffice Writer: Liberation Serif everywhere."""
    d = Draft(src / "usa-resolution-en-un.docx")
    organ, urges, invites = d.p(13), d.p(23), d.p(25)
    for p in d.paras():
        set_fonts(p, ascii="Liberation Serif", hAnsi="Liberation Serif", cs="Liberation Serif")
    # the delegate selected the organ line and pressed Ctrl+I once too often: italics off (explicit w:i val=0)
    for r in runs(organ):
        set_prop(r, "i", {"val": "0"})
    d.F(organ, "emphasis", 'the organ line "The Commission on Crime Prevention and Criminal Justice," is not italic '
        '(italics switched off in Writer); the organ name is emphasised («The Commission on Crime Prevention and '
        'Criminal Justice,» in italics) (UN-B02, MUN-F01)')
    # Enter at the end of clause 3 ("Urges ...;"): a new paragraph in the same list, typed with its lead in italics
    clone_after(urges, [("Further urges", ITALIC), (" States to retain traffic data only for as long as an "
                         "investigation requires it and to inform the persons concerned once disclosure no longer "
                         "endangers the investigation;", PLAIN)])
    # clause "Invites ..." deleted: the list renumbers itself, the count stays right
    remove(invites)
    return "en-w01-libreoffice-organ-italics-lost-cybercrime-un.docx", d.save(
        "en-w01-libreoffice-organ-italics-lost-cybercrime-un.docx")


def en02(src: Path) -> tuple[str, dict]:
    """UNA-USA-style draft (brazil-resolution-en-una-usa) edited in Google Docs: Arial everywhere."""
    d = Draft(src / "brazil-resolution-en-una-usa.docx")
    sub_a, sub_b, also_requests = d.p(19), d.p(20), d.p(21)
    for p in d.paras():
        set_fonts(p, ascii="Arial", hAnsi="Arial", cs="Arial", eastAsia="Arial")
    # sub-clause (b) promoted to a clause (Shift+Tab in the list): Word shows it "7." and the last clause "8."
    set_level(sub_b, 0, "DrafterOperative")
    d.F(sub_a, "sub-clause-label", 'a single sub-clause "(a) training for judges, ..." is left under clause 6 once '
        'the second was promoted; a sub-clause list needs at least two items (merge it into the chapeau or restore '
        '«(b)») (MUN-F06)')
    d.F(sub_b, "operative-without-verb", 'the former sub-clause (b), promoted to clause 7 (Shift+Tab), opens "the '
        'handling of electronic evidence, ..." with no operative verb; an operative clause opens with its lead '
        '(«(b) the handling ...» back under clause 6) (UN-B06, MUN-F05)')
    # a clause typed below the list, with a typed number "8." (the list already shows 8. for "Also requests")
    last = also_requests
    d.F(last, "operative-end-mark", 'no longer the last clause but still ends with "." ("...against '
        'Cybercrime."); a clause before the last ends with «;» (UN-B09, MUN-F05)')
    new = clone_after(last, [("8.\t", PLAIN), ("Further invites", UNDER), (" Member States to designate a point of "
                      "contact available around the clock for urgent requests to preserve electronic evidence.",
                      PLAIN)])
    ppr = new.find(qn("w:pPr"))
    ppr.remove(ppr.find(qn("w:numPr")))
    d.F(new, "numbering", 'typed number "8." after the automatic list, which already shows "8." for the clause '
        'above (the promoted sub-clause took 7.); operative clauses are numbered consecutively (expected «9.») '
        '(UN-B07, MUN-F05)')
    name = "en-w02-google-docs-sub-clause-promoted-typed-number-cybercrime-unausa.docx"
    return name, d.save(name)


def en03(src: Path) -> tuple[str, dict]:
    """THIMUN-style draft (team-mexico-en-thimun) through WPS: list turned into typed numbers, theme bold leads."""
    d = Draft(src / "team-mexico-en-thimun.docx")
    pre = [d.p(i) for i in range(7, 11)]
    ops = [d.p(i) for i in range(11, 18)]
    for p in d.paras():
        set_fonts(p, ascii="Times New Roman", hAnsi="Times New Roman", eastAsia="SimSun")
    # WPS "convert numbering to text": labels typed "1.<tab>" ...
    for n, p in enumerate(ops, 1):
        drop_numbering(p, f"{n}.\t")
    # the delegate deleted clause 3 ("Invites ...") afterwards: typed numbers stay 1, 2, 4, 5, ...
    remove(ops[2])
    d.F(ops[3], "numbering", 'typed number "4." follows "2." once clause 3 was deleted (typed numbers do not renumber); '
        'operative clauses are numbered consecutively (expected «3.», and 4., 5., 6. after it) (UN-B07, MUN-F05)')
    # a WPS theme style applied to the preamble: its italic leads came back bold and upright
    for p in pre:
        r = runs(p)[0]
        set_prop(r, "i", {"val": "0"})
        set_prop(r, "b", {})
        d.F(p, "emphasis", f'the preambular lead "{text_of(r)}" is bold and not italic (a WPS theme turned the '
            f'emphasis into bold); a preambular lead is italic (or underlined) («{text_of(r)}» in italics), and bold '
            'is not used for emphasis (MUN-F02, UN-B04, UN-B17)')
    name = "en-w03-wps-typed-numbers-clause-deleted-bold-leads-cybercrime-thimun.docx"
    return name, d.save(name)


def zh04(src: Path) -> tuple[str, dict]:
    """cn-mun draft (china-resolution-zh-cn-mun) edited in LibreOffice Writer: East Asian font Liberation Serif."""
    d = Draft(src / "china-resolution-zh-cn-mun.docx")
    recog, concern, stress2, ask2 = d.p(13), d.p(14), d.p(18), d.p(23)
    reaffirm_op = d.p(17)
    # Enter at the end of clause 4 (又强调指出……；): a new clause in the list, typed in Writer
    new = clone_after(stress2, [("鼓励", UNDER), ("各国在本国法律框架内为中小企业提供网络安全指导和基本防护工具；", PLAIN)])
    # operative clause 3 (重申……) deleted: Word's list renumbers, the count stays right
    remove(reaffirm_op)
    # the paragraphs typed or retyped in Writer carry its default East Asian font
    for p in (recog, concern, new):
        set_fonts(p, eastAsia="Liberation Serif", ascii="Liberation Serif", hAnsi="Liberation Serif")
        d.F(p, "other", 'mixed fonts: 此段在 LibreOffice Writer 中输入或改写，字体为 Liberation Serif（Writer 的默认字体，'
            '亦作东亚字体，不含汉字字形），全文其余部分为宋体 / Times New Roman（«宋体»）(MUN-F08)')
    del ask2
    name = "zh-w04-libreoffice-east-asian-font-clause-added-cybercrime-cnmun.docx"
    return name, d.save(name)


def zh05(src: Path) -> tuple[str, dict]:
    """THIMUN-style Chinese draft (team-mexico-zh-thimun) through Google Docs: clean but for its shapes."""
    d = Draft(src / "team-mexico-zh-thimun.docx")
    encourage2, invite = d.p(15), d.p(13)
    for p in d.paras():
        set_fonts(p, ascii="Arial", hAnsi="Arial", cs="Arial", eastAsia="Arial")
    # Enter at the end of clause 5 (又鼓励……；): a new clause in the list, lead underlined like the others
    clone_after(encourage2, [("还鼓励", UNDER), ("各国与区域组织合作，为执法人员举办关于加密货币追踪的联合培训；", PLAIN)])
    # clause 3 (邀请……) deleted: the list renumbers itself
    remove(invite)
    name = "zh-w05-clean-google-docs-arial-list-edited-cybercrime-thimun.docx"
    return name, d.save(name)


def zh06(src: Path) -> tuple[str, dict]:
    """cn-mun draft (china-resolution-zh-cn-mun) through WPS: typed labels, leads bold, a sub-clause promoted."""
    d = Draft(src / "china-resolution-zh-cn-mun.docx")
    ops = [d.p(i) for i in (15, 16, 17, 18, 19)]
    sub_a, sub_b = d.p(20), d.p(21)
    rest = [d.p(22), d.p(23)]
    # WPS theme: every operative lead bold instead of underlined (bold-tagged leads are UN Chinese practice)
    for p in ops + rest:
        r = runs(p)[0]
        set_prop(r, "u", None)
        set_prop(r, "b", {})
    # numbers converted to typed text; sub-clause (b) promoted to a clause; the last clause typed on
    n = 0
    for p in ops:
        n += 1
        drop_numbering(p, f"{n}.\t")
    drop_numbering(sub_a, "（a）\t")
    d.F(sub_a, "sub-clause-label", '第5条之下只剩一个子条款 "（a）在网络犯罪调查方面……"：第二个子条款被提升为条款后，子条款至少'
        '应有两项（并入引导句或恢复 «（b）»）(ZH-B04, MUN-F06)')
    n += 1
    drop_numbering(sub_b, f"{n}.\t")
    d.F(sub_b, "operative-without-verb", '原子条款（b）被提升为第6条 "6. 电子证据处理、保管链和法证分析；"，没有引导动词；'
        '行动性条款以动词开头（恢复为第5条之下的 «（b）»）(ZH-B03, MUN-F05)')
    for p in rest:
        n += 1
        drop_numbering(p, f"{n}.\t")
    # the clause 又请……。 was edited: the delegate deleted 建议……； above it and did not renumber
    remove(rest[0])
    d.F(rest[1], "numbering", '删除第7条（建议……）后手打编号未更新："8. 又请……"紧接在"6."之后；行动性条款连续编号（«7.»）'
        '(ZH-B03, UN-B07)')
    name = "zh-w06-wps-typed-labels-sub-clause-promoted-bold-leads-cybercrime-cnmun.docx"
    return name, d.save(name)


BUILDERS = [en01, en02, en03, zh04, zh05, zh06]


def listing(path: Path) -> None:
    doc = docx.Document(str(path))
    print("=====", path.name)
    for i, p in enumerate(doc.element.body.iter(qn("w:p")), 1):
        ppr = p.find(qn("w:pPr"))
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        lab = ""
        if num is not None:
            lab = f"[list {num.find(qn('w:numId')).get(qn('w:val'))}/{num.find(qn('w:ilvl')).get(qn('w:val'))}]"
        print(i, lab, text_of(p).replace("\t", "→")[:110])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="/tmp/wb24")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--render")
    a = ap.parse_args()
    src = Path(a.src)
    out: dict = {}
    for build in BUILDERS:
        name, ann = build(src)
        out[name] = ann
    head = "# written by make_drafts.py from the F(kind, note) marks; paragraph = 1-based body w:p index\n"
    (HERE / "annotations.yaml").write_text(head + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120))
    if a.list:
        for name in out:
            listing(HERE / name)
    if a.render:
        dest = Path(a.render)
        dest.mkdir(parents=True, exist_ok=True)
        for name in out:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(dest), str(HERE / name)],
                           check=True, capture_output=True)
            pdf = dest / (Path(name).stem + ".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(dest / Path(name).stem)], check=True)


if __name__ == "__main__":
    main()
