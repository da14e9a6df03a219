"""Gaps of ``drafter check`` found on the blind set word-blind89 (#20), held by sentences of our own. The drafts number
their operative clauses through a multilevel list linked to the Heading 1 / Heading 2 styles (the numbering in the
styles, none in the paragraphs):

* a **sub-clause set in Heading 1** while the styles keep Word's own look (bold, blue): the item opens in small letters
  with no lead, but the style's bold covered its first word, which was taken for an emphasised lead, so the item was
  read as the next clause (and "to train" as an infinitive opening it) instead of a sub-paragraph Word numbers as the
  next clause. Emphasis the whole paragraph carries now sets no word of it off (``lead.set_off_span``).
* the **operative part in that bold style** over a plain preamble: every clause's text in bold was reported as words
  set off (UN-B17). Bold the whole clause carries, lead included, sets nothing off, and a part typed throughout in one
  style is its layout; a single clause in bold among plain ones is still reported.
* a **clause put in Heading 2** ("3.1") under a clause that ends with a comma: only a clause ending with ";" was taken
  to announce no items, so the clause stayed a single sub-clause. A comma announces no items either.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from drafter import check, library

HEAD = ["Draft Resolution", "Committee: Economic and Social Council", "Topic: Rural electrification",
        "Sponsors: Peru, Malawi", "Signatories: Jordan, Nepal, Fiji"]
PREAMBLE = [("Noting", " that rural households lack reliable power,"),
            ("Recognizing", " the role of off-grid solar systems,"),
            ("Concerned", " by the cost of diesel generators,")]


def _draft(tmp_path: Path, body: list[tuple[str, str, str | None, str]], *, word_look: bool) -> Path:
    """A draft whose clauses are Heading 1 / Heading 2 paragraphs numbered by a list linked to those styles ("%1." /
    "%1.%2" when ``sub`` is decimal, else "(%2)"); ``body``: (lead, rest, style, lead's emphasis "i" / "u" / "b");
    ``word_look``: the styles keep python-docx's (Word's) bold, blue look, else the body's."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
              '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
              '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl>'
              if not word_look else
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
              '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Heading2"/>'
              '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl>')
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="3"><w:multiLevelType '
                               f'w:val="multilevel"/>{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="1"><w:abstractNumId w:val="3"/></w:num>'))
    styles = doc.styles.element
    for level, sid in enumerate(("Heading1", "Heading2")):
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{sid}']")
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and not word_look:
            style.remove(rpr)
        ppr = style.find(qn("w:pPr"))
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'))
    for line in HEAD:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run("The Economic and Social Council,").italic = True
    for lead, rest in PREAMBLE:
        p = doc.add_paragraph()
        p.add_run(lead).italic = True
        p.add_run(rest)
    for lead, rest, style, form in body:
        p = doc.add_paragraph(style=style or None)
        if lead:
            run = p.add_run(lead)
            run.italic, run.underline, run.bold = form == "i", form == "u", True if form == "b" else None
        run = p.add_run(rest)
        if form == "B":  # the whole clause's text bold by hand
            run.bold = True
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _rules(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


H1, H2 = "Heading 1", "Heading 2"


def test_an_item_in_a_bold_heading_1_is_a_sub_paragraph_numbered_as_the_next_clause(tmp_path: Path,
                                                                                    lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages;", H1, "u"),
        ("Calls upon", " donors:", H1, "u"),
        ("", "to fund mini-grids in remote districts;", H2, ""),
        ("", "to guarantee loans to local installers;", H2, ""),
        ("", "to train technicians in rural colleges;", H1, ""),
        ("Requests", " the Secretary-General to report at the next session.", H1, "u"),
    ], word_look=True)
    found = _rules(path, lib)
    assert ("sub-numbered-as-clause", 14) in found
    assert not [f for f in found if f[0] == "lead-form"]


def test_a_clause_in_a_bold_heading_1_after_the_items_is_the_next_clause(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages;", H1, "u"),
        ("Calls upon", " donors:", H1, "u"),
        ("", "to fund mini-grids in remote districts;", H2, ""),
        ("", "to guarantee loans to local installers;", H2, ""),
        ("Invites", " utilities to buy surplus power from mini-grids;", H1, "u"),
        ("Requests", " the Secretary-General to report at the next session.", H1, "u"),
    ], word_look=True)
    assert not [f for f in _rules(path, lib) if f[0] in ("sub-numbered-as-clause", "operative-sub-level")]


def test_an_operative_part_in_a_bold_heading_style_sets_no_words_off(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages and publish the maps;", H1, "u"),
        ("Invites", " utilities to buy surplus power from community mini-grids;", H1, "u"),
        ("Urges", " regulators to simplify licensing for small solar companies;", H1, "u"),
        ("Requests", " the Secretary-General to report at the next session.", H1, "u"),
    ], word_look=True)
    assert not [f for f in _rules(path, lib) if f[0] == "emphasis-in-text"]


def test_one_clause_typed_in_bold_among_plain_ones_is_still_reported(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages and publish the maps;", H1, "i"),
        ("Invites", " utilities to buy surplus power from community mini-grids;", H1, "B"),
        ("Urges", " regulators to simplify licensing for small solar companies;", H1, "i"),
        ("Requests", " the Secretary-General to report at the next session.", H1, "i"),
    ], word_look=False)
    assert ("emphasis-in-text", 11) in _rules(path, lib)


def test_a_clause_in_heading_2_under_a_clause_ending_with_a_comma_is_pushed_down(tmp_path: Path,
                                                                                lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages;", H1, "i"),
        ("Invites", " utilities to buy surplus power from mini-grids,", H1, "i"),
        ("Urges", " regulators to simplify licensing for small solar companies;", H2, "i"),
        ("Requests", " the Secretary-General to report at the next session.", H1, "i"),
    ], word_look=False)
    found = _rules(path, lib)
    assert ("operative-sub-level", 12) in found
    assert not [f for f in found if f[0] in ("sub-clause-single", "sub-label-style")]


def test_items_in_heading_2_under_a_clause_ending_with_a_colon_stay_items(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    path = _draft(tmp_path, [
        ("Encourages", " Member States to map unserved villages;", H1, "i"),
        ("Invites", " utilities,", H1, "i"),
        ("", "to buy surplus power from mini-grids;", H2, ""),
        ("", "to publish their connection fees;", H2, ""),
        ("Requests", " the Secretary-General to report at the next session.", H1, "i"),
    ], word_look=False)
    assert not [f for f in _rules(path, lib) if f[0] == "operative-sub-level"]
