"""The general causes behind word-blind52's first-run misses and false alarms (bench/students/word-blind52), on
sentences of our own: drafts whose clauses are numbered by Word's heading styles (Heading 1 / 2 / 3 linked to one
multilevel list) — a table of contents Word built from those headings at the top, the title and the committee line
put in the numbered Heading 1, a clause style based on Heading 2 that inherits its numbering — and the clauses a
numbering slip leaves counted short after it (a clause typed in Normal with its number, or left without one)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from drafter import check, library
from drafter.check import fix
from drafter.structure.heading import bare_line
from drafter.word import reader

LEVELS = [("decimal", "%1.", "Heading1"), ("decimal", "%2.", "Heading2"), ("lowerLetter", "(%3)", "Heading3")]


def _heading_list(doc: Document) -> None:
    """Word's 'Define New Multilevel List' with levels 1–3 linked to Heading 1–3 (numId 4), the numbering in the
    heading styles."""
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{sid}"/>'
                     f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
                     for i, (fmt, text, sid) in enumerate(LEVELS))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="9"><w:multiLevelType '
                               f'w:val="multilevel"/>{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="4"><w:abstractNumId w:val="9"/></w:num>'))
    styles = doc.styles.element
    for level, (_fmt, _text, sid) in enumerate(LEVELS):
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{sid}']")
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:  # the student gave the headings the body's look: Normal's font, size and colour
            style.remove(rpr)
        ppr = style.find(qn("w:pPr"))
        if ppr is None:
            ppr = parse_xml(f'<w:pPr {nsdecls("w")}/>')
            style.append(ppr)
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="4"/></w:numPr>'))


def _para(parent: object, runs: list[tuple[str, bool]], style: str | None = None, numpr: str = "") -> object:
    """A w:p of ``runs`` (text, italic), appended to ``parent`` (the body, or a content control's content)."""
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + numpr
    xml = (f'<w:p {nsdecls("w")}>' + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
           + "".join("<w:r>" + ("<w:rPr><w:i/></w:rPr>" if italic else "") + f'<w:t xml:space="preserve">{text}</w:t>'
                     "</w:r>" for text, italic in runs) + "</w:p>")
    p = parse_xml(xml)
    parent.append(p)  # type: ignore[attr-defined]
    return p


HEAD = ["Committee: Third Committee", "Topic: Reading programmes in prisons", "Sponsors: Estonia, Nepal",
        "Signatories: Chile, Ghana, Portugal"]
PREAMBLE = [("Recognizing", " that reading helps prisoners prepare for their release,"),
            ("Noting", " that many prisons have no library at all,")]
CLAUSES = [("Encourages", " prison services to open a library in every prison;"),
           ("Invites", " publishers to donate books in the languages prisoners read;"),
           ("Calls upon", " Member States to train librarians for work in prisons;"),
           ("Requests", " the Secretary-General to report on progress at the eighty-third session.")]


def _body(doc: Document) -> object:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sect = body.find(qn("w:sectPr"))
    body.remove(sect)
    return body, sect


def _toc(body: object, entries: list[str], sdt: bool = True) -> None:
    """A table of contents as Word builds it: a "Contents" line and the TOC field's cached entries (number, tab,
    heading text, tab, page), in Word's "Table of Contents" content control, or bare in the body."""
    holder = body
    if sdt:
        control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of '
                            'Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>')
        body.append(control)  # type: ignore[attr-defined]
        holder = control.find(qn("w:sdtContent"))
        _para(holder, [("Contents", False)], "TOCHeading")
    for i, entry in enumerate(entries):
        p = _para(holder, [], "TOC2")
        if i == 0:
            for xml in ('<w:fldChar w:fldCharType="begin"/>',
                        '<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>',
                        '<w:fldChar w:fldCharType="separate"/>'):
                p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))  # type: ignore[attr-defined]
        number, text = entry.split(" ", 1)
        for xml in (f"<w:t>{number}</w:t>", "<w:tab/>", f'<w:t xml:space="preserve">{text}</w:t>', "<w:tab/>",
                    "<w:t>1</w:t>"):
            p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))  # type: ignore[attr-defined]
        if i == len(entries) - 1:
            p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))  # type: ignore


def _draft(tmp_path: Path, toc: str = "", title_in_heading1: bool = False, clause_style: str = "Heading2",
           preamble_end: str = ",") -> Path:
    doc = Document()
    _heading_list(doc)
    if clause_style != "Heading2":  # the delegation's clause style, based on Heading 2, no numbering of its own
        doc.styles.element.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{clause_style}">'
            '<w:name w:val="Clause Text"/><w:basedOn w:val="Heading2"/><w:qFormat/></w:style>'))
    body, sect = _body(doc)
    if toc:
        heads = ["1. Draft Resolution 4/2", "2. Committee: Third Committee"] if title_in_heading1 else []
        _toc(body, heads + [f"{n}. {lead}{rest}" for n, (lead, rest) in enumerate(CLAUSES, 1)], sdt=toc == "sdt")
    if title_in_heading1:
        _para(body, [("Draft Resolution 4/2", False)], "Heading1")
        _para(body, [(HEAD[0], False)], "Heading1")
        head = HEAD[1:]
    else:
        head = HEAD
    for line in head:
        _para(body, [(line, False)])
    _para(body, [("The General Assembly", True), (",", False)])
    for i, (lead, rest) in enumerate(PREAMBLE):
        _para(body, [(lead, True), (rest[:-1] + (preamble_end if i == 0 else ","), False)])
    for lead, rest in CLAUSES:
        _para(body, [(lead, True), (rest, False)], clause_style)
    body.append(sect)  # type: ignore[attr-defined]
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


# ---------------------------------------------------------------- a table of contents at the top


def test_a_table_of_contents_in_its_content_control_is_not_read_as_clauses(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    path = _draft(tmp_path, toc="sdt")
    doc = reader.read(path)
    assert [p.contents for p in doc.paragraphs[:6]] == [True] * 5 + [False]
    assert _findings(path, lib) == []


def test_a_bare_toc_field_result_is_not_read_as_clauses(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, toc="field")
    assert [p.contents for p in reader.read(path).paragraphs[:5]] == [True] * 4 + [False]
    assert _findings(path, lib) == []


def test_the_draft_under_a_table_of_contents_is_still_checked(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, toc="sdt", preamble_end=";")
    assert _findings(path, lib) == [("preambular-end", 11)]


# ---------------------------------------------------------------- heading lines in the numbered Heading 1


def test_a_generic_title_with_a_dais_number_is_a_generic_title() -> None:
    for line in ("Draft Resolution 4/2", "Draft resolution GA3/1.2", "DRAFT RESOLUTION SPECPOL/2.1", "Resolution 1.3"):
        assert bare_line(line) == "generic-title", line
    assert bare_line("Draft resolution on reading in prisons") == "title"


def test_title_and_committee_line_numbered_by_heading1_are_heading_lines(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    path = _draft(tmp_path, title_in_heading1=True)
    assert [p.label for p in reader.read(path).paragraphs[:2]] == ["1.", "2."]
    assert _findings(path, lib) == [("heading-numbered", 1), ("heading-numbered", 2)]


def test_with_a_table_of_contents_listing_them_too(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, toc="sdt", title_in_heading1=True)
    assert _findings(path, lib) == [("heading-numbered", 8), ("heading-numbered", 9)]


# ---------------------------------------------------------------- a clause style based on Heading 2


def test_clauses_in_a_style_based_on_heading2_are_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, clause_style="ClauseText")
    doc = reader.read(path)
    assert [(p.label, p.level) for p in doc.paragraphs[7:]] == [("1.", 0), ("2.", 0), ("3.", 0), ("4.", 0)]
    assert _findings(path, lib) == []


# ---------------------------------------------------------------- the clauses a slip counts short after it


def _listed(tmp_path: Path, middle: list[tuple[str, bool]] | None) -> Path:
    """A Word-numbered operative part (Heading 2) whose third clause is in Normal: typed "3. " before it, or
    (``middle`` None) left without a number."""
    doc = Document()
    _heading_list(doc)
    body, sect = _body(doc)
    for line in HEAD:
        _para(body, [(line, False)])
    _para(body, [("The General Assembly", True), (",", False)])
    for lead, rest in PREAMBLE:
        _para(body, [(lead, True), (rest, False)])
    clauses = [*CLAUSES[:2], ("Urges", " prison services to let prisoners borrow books for their cells;"),
               *CLAUSES[2:]]
    for i, (lead, rest) in enumerate(clauses):
        if i == 2:
            _para(body, [*(middle or []), (lead, True), (rest, False)])
        else:
            _para(body, [(lead, True), (rest, False)], "Heading2")
    body.append(sect)  # type: ignore[attr-defined]
    path = tmp_path / "listed.docx"
    doc.save(str(path))
    return path


def test_a_typed_number_names_every_clause_word_then_counts_short(tmp_path: Path, lib: library.Library) -> None:
    report, _ = check.check_file(_listed(tmp_path, [("3. ", False)]), lib)
    mixed = [f for f in report.findings if f.rule == "numbering-mixed"]
    assert [(f.paragraph, f.paragraphs) for f in mixed] == [(10, [10, 11, 12])]


def test_a_clause_without_its_number_names_the_clauses_word_counts_short(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    report, _ = check.check_file(_listed(tmp_path, None), lib)
    found = [f for f in report.findings if f.rule == "operative-unnumbered"]
    assert [(f.paragraph, f.paragraphs) for f in found] == [(10, [10, 11, 12])]


def test_fix_numbers_the_typed_clause_at_the_heading2_level(tmp_path: Path, lib: library.Library) -> None:
    """--fix turns the typed "3. " into Word's number at the level the list numbers the clauses (Heading 2's), and
    the corrected draft reads as one operative part numbered 1–5 with nothing left to say."""
    path = _listed(tmp_path, [("3. ", False)])
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    fixed = reader.read(tmp_path / "fixed.docx")
    assert [(p.label, p.level) for p in fixed.paragraphs[7:]] == [(f"{n}.", 0) for n in range(1, 6)]
    assert _findings(tmp_path / "fixed.docx", lib) == []


def test_fix_flags_the_table_of_contents_for_word_to_update(tmp_path: Path, run: object) -> None:
    """The corrected copy's table of contents still lists the clauses as they were: --fix flags its TOC field for
    Word to rebuild when the copy opens, and says so; a copy with nothing fixed is left as it was."""
    path = _draft(tmp_path, toc="sdt", preamble_end=";")
    status, _, err = run("check", str(path), "--fix", str(tmp_path / "fixed.docx"))  # type: ignore[operator]
    assert "fixed 1 finding" in err and "table of contents is flagged for Word to update" in err
    fixed = Document(str(tmp_path / "fixed.docx"))
    begins = [c for c in fixed.element.body.iter(qn("w:fldChar")) if c.get(qn("w:fldCharType")) == "begin"]
    assert [c.get(qn("w:dirty")) for c in begins] == ["true"]
    status, _, err = run("check", str(tmp_path / "fixed.docx"), "--fix", str(tmp_path / "again.docx"))  # type: ignore
    assert status == 0 and "fixed 0 findings" in err
