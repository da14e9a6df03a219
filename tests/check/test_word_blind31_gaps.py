"""The general causes behind word-blind31's first-run misses (bench/students/word-blind31), on sentences of our own:
a draft saved by Word as "Strict Open XML Document" (ISO/IEC 29500 Strict namespaces and relationship types) was
refused as "not a Word document", and a convention's title followed by 下 (公约下的……) was not seen as a title."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from check.test_check_rules import ZH_HEAD, findings, rules_at
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.status import DrafterError, ExitStatus
from drafter.word import reader

# Strict's URIs for the Transitional ones a python-docx package holds (ISO/IEC 29500-1 Strict, as Word saves it)
TO_STRICT = (
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/", "http://purl.oclc.org/ooxml/officeDocument/"),
    ("http://schemas.openxmlformats.org/drawingml/2006/", "http://purl.oclc.org/ooxml/drawingml/"),
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
)

EN_DRAFT = [
    "Committee: Commission on Science and Technology for Development",
    "Topic: Repair of public library computers",
    "Sponsors: Chile, Ghana",
    "Signatories: Fiji, Norway",
    [("The Economic and Social Council", "i"), (",", "")],
    [("Noting", "i"), (" that many rural libraries offer the only free internet access in their district,", "")],
    [("Aware", "i"), (" that donated computers are often left unused once they break", "")],
    [("1. ", ""), ("Encourages", "i"), (" Member States to train library staff in basic hardware repair;", "")],
    [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report on progress.", "")],
]


def as_strict(source: Path, target: Path) -> Path:
    """``source`` saved as Word's Strict Open XML: every part's namespaces and relationship types in Strict, the
    main document marked w:conformance="strict"."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            data = old.read(name)
            if name.endswith((".xml", ".rels")) and not name.endswith("stylesWithEffects.xml"):
                text = data.decode("utf-8")
                for transitional, strict in TO_STRICT:
                    text = text.replace(transitional, strict)
                if name == "word/document.xml":
                    text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
                data = text.encode("utf-8")
            new.writestr(name, data)
    return target


def _seen(path: Path, reading_only: bool) -> list[tuple[str, str, list[tuple[str, bool | None]]]]:
    doc = reader.read(path, reading_only=reading_only)
    return [(p.text, p.label, [(r.text, r.italic) for r in p.runs]) for p in doc.paragraphs]


# -- Strict Open XML ------------------------------------------------------------------------------------------

def test_a_strict_save_reads_as_the_same_draft_saved_as_word_document(tmp_path: Path) -> None:
    plain = make(tmp_path, EN_DRAFT)
    strict = as_strict(plain, tmp_path / "strict.docx")
    assert _seen(strict, reading_only=True) == _seen(plain, reading_only=True)
    assert _seen(strict, reading_only=False) == _seen(plain, reading_only=False)


def test_a_strict_draft_gets_the_findings_of_its_transitional_twin(tmp_path: Path, lib: library.Library) -> None:
    plain = make(tmp_path, EN_DRAFT)
    strict = as_strict(plain, tmp_path / "strict.docx")
    expected = [(f.paragraph, f.rule) for f in findings(plain, lib)]
    assert (7, "preambular-end") in expected
    assert [(f.paragraph, f.rule) for f in findings(strict, lib)] == expected


def test_a_strict_draft_is_corrected_into_a_word_document(tmp_path: Path, lib: library.Library) -> None:
    strict = as_strict(make(tmp_path, EN_DRAFT), tmp_path / "strict.docx")
    report, doc = check.check_file(strict, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=False)
    assert "preambular-end" not in {f.rule for f in findings(out, lib)}
    assert reader.read(out).paragraphs[6].text.endswith("once they break,")


@pytest.mark.parametrize("reading_only", [True, False])
def test_a_package_that_names_no_main_document_is_refused_in_words_a_chair_can_read(
        tmp_path: Path, reading_only: bool) -> None:
    source = make(tmp_path, EN_DRAFT)
    target = tmp_path / "no-main.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "_rels/.rels":  # the relationship to the main part under a type no reader knows
                data = data.replace(b"/officeDocument/2006/relationships/officeDocument", b"/unknown/mainPart")
            new.writestr(name, data)
    with pytest.raises(DrafterError) as refused:
        reader.read(target, reading_only=reading_only)
    assert refused.value.status == ExitStatus.UNREADABLE
    assert "no-main.docx: not a Word document (the package names no main document" in str(refused.value)
    assert "in collection" not in str(refused.value)


# -- a title followed by 下 / 之 / 框架 -------------------------------------------------------------------------

def test_a_convention_under_which_work_is_done_needs_title_marks(tmp_path: Path, lib: library.Library) -> None:
    """公约下的 / 公约框架内: the title takes 《》; a body named after it (公约缔约方大会) still does not."""
    body = [*ZH_HEAD, "预防犯罪和刑事司法委员会，",
            [("回顾", "u"), ("在联合国防治荒漠化公约下开展的旱地恢复工作，", "")],
            [("注意到", "u"), ("联合国防治荒漠化公约缔约方大会的工作，", "")],
            [("1. ", ""), ("鼓励", "u"), ("会员国在联合国反腐败公约框架内交流追回资产的经验；", "")],
            [("2. ", ""), ("请", "u"), ("秘书长就此提出报告。", "")]]
    assert [(p, r) for p, r in rules_at(tmp_path, lib, body) if r == "title-marks"] == [(7, "title-marks"),
                                                                                        (9, "title-marks")]
