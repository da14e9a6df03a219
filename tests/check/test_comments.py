"""``check --comments``: every finding a Word comment anchored on its paragraph, in the report's language; the
copy reads as the draft; Word's structure (part, relationship, content type, ranges) as python-docx and
LibreOffice read it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from check.test_check_rules import GOOD_EN, GOOD_ZH, Para, make, replace
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from lxml import etree

from drafter import check, library
from drafter.check import annotate, fix
from drafter.word import comments, reader, runtext

W = runtext.w
WHEN = dt.datetime(2027, 5, 20, 9, 30, tzinfo=dt.UTC)
BAD_EN: list[Para] = replace(replace(GOOD_EN, 5, [("Recalling", "i"), (" its resolution 22/7;", "")]), 7,
                             [("3. ", ""), ("Urges", "u"), (" Member States to cooperate", "")])


def read_comments(path: Path) -> list[dict[str, object]]:
    """The comments of a .docx as python-docx opens it: id, author, initials, text, and the paragraph (1-based,
    among the body's w:p) that holds its range end and its reference mark."""
    doc = Document(str(path))
    parts = [r.target_part for r in doc.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.COMMENTS]
    if not parts:
        return []
    root = etree.fromstring(parts[0].blob)
    body = list(doc.element.body.iter(W("p")))
    found = []
    for c in root.findall(W("comment")):
        cid = c.get(W("id"))
        where = [i for i, p in enumerate(body, 1)
                 if p.find(f"{W('commentRangeEnd')}[@{W('id')}='{cid}']") is not None
                 and p.find(f".//{W('commentReference')}[@{W('id')}='{cid}']") is not None]
        starts = [i for i, p in enumerate(body, 1) if p.find(f"{W('commentRangeStart')}[@{W('id')}='{cid}']") is not None]
        found.append({"id": cid, "author": c.get(W("author")), "initials": c.get(W("initials")),
                      "text": "\n".join("".join(t.text or "" for t in p.iter(W("t"))) for p in c.findall(W("p"))),
                      "paragraph": where[0] if where else None, "start": starts[0] if starts else None})
    return found


def _commented(path: Path, lib: library.Library, out: Path, author: str = "Chair") -> tuple[check.Report, int]:
    report, doc = check.check_file(path, lib)
    count = annotate.annotate(report.findings, report, doc, out, author, force=False, when=WHEN)
    return report, count


def test_each_finding_is_a_comment_on_its_paragraph(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, BAD_EN, "draft.docx")
    original = draft.read_bytes()
    out = tmp_path / "back.docx"
    report, count = _commented(draft, lib, out)
    assert draft.read_bytes() == original
    assert count == len(report.findings) >= 3
    found = read_comments(out)
    assert len(found) == count
    assert [c["paragraph"] for c in found] == [f.paragraph for f in report.findings]
    assert all(c["start"] == c["paragraph"] for c in found)
    assert {c["author"] for c in found} == {"Chair"} and {c["initials"] for c in found} == {"C"}
    for comment, finding in zip(found, report.findings):
        text = str(comment["text"])
        assert text.startswith(f"{finding.severity} ({finding.rule}): {finding.message}")
        assert (f"[fixable] {finding.fix}" in text) == bool(finding.fix)
    # the copy reads as the draft: the comments add no text, and it checks the same
    assert [p.text for p in reader.read(out).paragraphs] == [p.text for p in reader.read(draft).paragraphs]
    assert [(f.rule, f.paragraph) for f in check.check_file(out, lib)[0].findings] == \
           [(f.rule, f.paragraph) for f in report.findings]
    with zipfile.ZipFile(out) as package:
        types = package.read("[Content_Types].xml").decode()
        assert 'PartName="/word/comments.xml"' in types and "wordprocessingml.comments+xml" in types


def test_a_finding_about_several_paragraphs_names_them_in_its_comment(lib: library.Library, tmp_path: Path) -> None:
    plain = [*GOOD_EN[:5], "Recalling its resolution 22/7 of 26 April 2013,",
             "1. Requests the United Nations Office on Drugs and Crime to continue its work;",
             "2. Urges Member States to cooperate."]
    out = tmp_path / "back.docx"
    report, _ = _commented(make(tmp_path, plain, "plain.docx"), lib, out)
    document_wide = next(f for f in report.findings if f.rule == "lead-emphasis-document")
    assert document_wide.paragraphs == [6, 7, 8]
    text = next(str(c["text"]) for c in read_comments(out) if "lead-emphasis-document" in str(c["text"]))
    assert "(¶ 6–8)" in text


def test_chinese_drafts_get_chinese_comments(lib: library.Library, tmp_path: Path) -> None:
    bad = replace(GOOD_ZH, 6, [("1. ", ""), ("请", "u"), ("毒品和犯罪问题办公室继续工作,并提出报告", "")])
    out = tmp_path / "back.docx"
    report, count = _commented(make(tmp_path, bad, "zh.docx"), lib, out, author="主席")
    assert report.message_lang == "zh" and count >= 2
    found = read_comments(out)
    assert {c["author"] for c in found} == {"主席"}
    texts = [str(c["text"]) for c in found]
    assert all(re.match(r"^(错误|警告|建议)（[a-z-]+）：", t) for t in texts), texts
    assert any("（可自动修正）将“,”改为“，”" in t for t in texts), texts
    joined = "\n".join(texts)
    assert "fixable" not in joined and "error" not in joined and "(" not in joined


def test_comments_already_in_the_draft_stay(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, BAD_EN, "draft.docx")
    docx = Document(str(draft))
    comments.add_comments(docx, [comments.Note(docx.paragraphs[6]._p, "Please cite the 2013 resolution.")],
                          "Delegate of Peru", WHEN)
    docx.save(str(draft))
    out = tmp_path / "back.docx"
    report, count = _commented(draft, lib, out)
    found = read_comments(out)
    assert len(found) == count + 1
    assert found[0]["author"] == "Delegate of Peru" and found[0]["text"] == "Please cite the 2013 resolution."
    assert len({c["id"] for c in found}) == len(found)


def test_a_comment_on_joined_paragraphs_covers_both(lib: library.Library, tmp_path: Path) -> None:
    """A paragraph a person joined to the next with Track Changes on: the comment's range starts in the first
    w:p and ends, with its mark, in the second."""
    paragraphs: list[Para] = [*GOOD_EN[:5], [("Recalling", "i"), (" its resolution 22/7", "")], " of 26 April 2013;",
                              *GOOD_EN[6:]]
    draft = make(tmp_path, paragraphs, "joined.docx")
    docx = Document(str(draft))
    rpr = etree.SubElement(docx.paragraphs[5]._p.get_or_add_pPr(), W("rPr"))
    etree.SubElement(rpr, W("del"), {W("id"): "77", W("author"): "Delegate of Peru", W("date"): "2027-01-01T00:00:00Z"})
    docx.save(str(draft))
    out = tmp_path / "back.docx"
    report, _ = _commented(draft, lib, out)
    assert [(f.rule, f.paragraph) for f in report.findings] == [("preambular-end", 7)]
    assert [(c["start"], c["paragraph"]) for c in read_comments(out)] == [(6, 7)]


def test_fix_then_comments_on_what_is_left(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, replace(BAD_EN, 2, "Sponsors: Federal Republic of Germany"), "draft.docx")
    report, doc = check.check_file(draft, lib)
    fixed, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    annotate.annotate(rest, report, doc, tmp_path / "back.docx", "Chair", force=False, when=WHEN)
    assert fixed and rest
    assert [c["paragraph"] for c in read_comments(tmp_path / "back.docx")] == [f.paragraph for f in rest]
    assert [p.text for p in reader.read(tmp_path / "back.docx").paragraphs] == \
           [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def _convert(office: str, source: Path, target: str, folder: Path, profile: Path) -> Path:
    folder.mkdir(exist_ok=True)
    subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)
    made = folder / (source.stem + "." + target.split(":")[0])
    assert made.exists(), f"LibreOffice made no {made.name}"
    return made


def test_libreoffice_reads_the_comments(lib: library.Library, tmp_path: Path) -> None:
    """Through LibreOffice and back (.docx → .odt → .docx) every comment survives with its author and text;
    LibreOffice's PDF with its notes exported holds each message."""
    office = _soffice()
    bad = replace(GOOD_ZH, 6, [("1. ", ""), ("请", "u"), ("毒品和犯罪问题办公室继续工作,并提出报告", "")])
    draft = make(tmp_path, bad, "zh.docx")
    out = tmp_path / "back.docx"
    report, count = _commented(draft, lib, out)
    profile = tmp_path / "lo-profile"
    odt = _convert(office, out, "odt", tmp_path / "odt", profile)
    with zipfile.ZipFile(odt) as package:
        content = package.read("content.xml").decode()
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == count
    again = _convert(office, odt, "docx", tmp_path / "again", profile)
    found = read_comments(again)
    assert len(found) == count and {c["author"] for c in found} == {"Chair"}
    assert [str(c["text"]).replace("\n", "") for c in found] == \
           [str(c["text"]).replace("\n", "") for c in read_comments(out)]
    pdf = _convert(office, out, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
                   tmp_path / "pdf", profile)
    notes = _pdf_notes(pdf.read_bytes())
    for finding in report.findings:
        assert any(finding.message in note for note in notes), (finding.message, notes)


def _pdf_notes(data: bytes) -> list[str]:
    """The texts of the note annotations of a PDF LibreOffice wrote (UTF-16 hex strings or literal strings)."""
    notes = []
    for match in re.finditer(rb"/Subtype\s*/Text\b(.*?)endobj", data, re.S):
        contents = re.search(rb"/Contents\s*<([0-9A-Fa-f\s]+)>", match.group(1))
        if contents:
            raw = bytes.fromhex(re.sub(rb"\s", b"", contents.group(1)).decode())
            notes.append(raw.decode("utf-16") if raw.startswith((b"\xfe\xff", b"\xff\xfe")) else raw.decode("latin-1"))
            continue
        literal = re.search(rb"/Contents\s*\((.*?)(?<!\\)\)", match.group(1), re.S)
        if literal:
            notes.append(literal.group(1).decode("latin-1"))
    return notes


def test_what_fix_does_is_said_in_chinese() -> None:
    from drafter.check.fixtext import describe_zh
    from drafter.check.report import Correction
    from drafter.word.edit import EastAsianFont, Emphasise, Number, Replace

    texts = {6: "1. 回顾其决议；", 7: "2. 敦促会员国合作"}

    def said(*corrections: Correction) -> str:
        return describe_zh(list(corrections), 6, texts.__getitem__)

    assert said(Correction(Replace(8, 9, "，"))) == "将“；”改为“，”"
    assert said(Correction(Replace(9, 9, "。"), paragraph=7)) == "补上“。”"
    assert said(Correction(Replace(0, 3, ""))) == "删去“1. ”"
    assert said(Correction(Emphasise(3, 5, "underline"))) == "将“回顾”加下划线"
    assert said(Correction(Number(0, 3, 4))) == "删去手动输入的编号“1.”，改用 Word 自动编号"
    assert said(Correction(EastAsianFont("SimSun"), everywhere=True)) == "将全文的东亚字体设为 SimSun"
    assert said(Correction(Emphasise(3, 5, "bold")), Correction(Emphasise(3, 5, "bold"), paragraph=7)) == \
           "将“回顾”改为粗体等 2 处修改"
    assert said() == ""
