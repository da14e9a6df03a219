"""A chair is handed files that are no .docx: each is refused (exit 3, no traceback) with what it is and what to
do, in English and in Chinese: a Word 97–2003 .doc, a password-protected document, an OpenDocument text, an RTF
file, a web page, a workbook, a presentation, a Pages document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from drafter.punctuation import half_width_in_chinese, is_chinese

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # a compound file's header sector


def compound(stream: str) -> bytes:
    """A compound file whose directory names ``stream`` (its name in UTF-16, as the directory entry holds it)."""
    return OLE + "Root Entry".encode("utf-16-le") + b"\x00" * 44 + stream.encode("utf-16-le") + b"\x00" * 400


def archive(parts: dict[str, bytes]) -> bytes:
    """A zip archive of ``parts``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return buffer.getvalue()


CASES = {
    "doc": (compound("WordDocument"), "an old Word 97–2003 document (.doc)", "旧版 Word 97–2003 文档（.doc）"),
    "encrypted": (compound("EncryptedPackage"), "a password-protected document", "受密码保护的文档"),
    "odt": (archive({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"}),
            "an OpenDocument text (.odt", "这是 OpenDocument 文本（.odt"),
    "rtf": (b"{\\rtf1\\ansi\\deff0 The General Assembly,}", "an RTF file", "这是 RTF 文件"),
    "html": (b"\xef\xbb\xbf\n<!DOCTYPE html><html><body><p>The General Assembly,</p></body></html>",
             "a web page (HTML)", "这是网页（HTML）文件"),
    "xlsx": (archive({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}), "an Excel workbook",
             "这是 Excel 工作簿"),
    "pptx": (archive({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}),
             "a PowerPoint presentation", "这是 PowerPoint 演示文稿"),
    "pages": (archive({"Index/Document.iwa": b"\x00", "Metadata/Properties.plist": b""}), "an Apple Pages document",
              "这是 Apple Pages 文稿"),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_file_of_another_format_is_refused_saying_what_it_is(run, tmp_path: Path, kind: str) -> None:
    content, english, chinese = CASES[kind]
    draft = tmp_path / "draft.docx"  # named as a .docx, as students rename files
    draft.write_bytes(content)
    status, out, err = run("check", str(draft))
    assert status == 3 and out == "" and "Traceback" not in err, err
    assert err.startswith(f"drafter: {draft}: {english}") and "save" in err, err
    status, _, err = run("check", "--lang", "zh", str(draft))
    line = err.strip()
    assert status == 3 and line.startswith(f"drafter：{draft}：{chinese}"), err
    assert is_chinese(line) and not half_width_in_chinese(line.split("：", 2)[2]), line


def test_a_compound_file_that_names_neither_stream_keeps_the_general_refusal(run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.wps"
    draft.write_bytes(compound("Contents"))
    status, _, err = run("check", str(draft))
    assert status == 3 and "an encrypted (password-protected) document or an old binary .doc file" in err, err


def test_an_other_file_in_a_batch_is_named_and_the_drafts_around_it_are_checked(run, tmp_path: Path) -> None:
    from docx import Document

    good = tmp_path / "a.docx"
    document = Document()
    for text in ("The General Assembly,", "Recalling its resolution 74/247,", "1. Decides to remain seized."):
        document.add_paragraph(text)
    document.save(str(good))
    odt = tmp_path / "b.odt"
    odt.write_bytes(CASES["odt"][0])
    status, out, err = run("check", str(good), str(odt))
    assert status == 3 and f"{good} (en" in out and f"{odt}: an OpenDocument text" in err, (out, err)
