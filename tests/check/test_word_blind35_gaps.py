"""The general causes behind word-blind35's first-run misses and false alarms (bench/students/word-blind35), on
sentences of our own: what a PDF-to-Word converter leaves in a draft — a clause's number in a frame of its own
beside the frame of its words (Acrobat's "retain page layout"), an item's label alone in its paragraph, the words
of a number standing apart that open with no verb, and a converter's font names (subset tags, PostScript names,
the "-ExtB" companion of a Chinese face)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from drafter import library
from drafter.word import placement, reader
from drafter.word.fontnames import font_key

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Economic and Social Council", "Topic: Shade trees in school yards",
                    "Sponsors: Kenya, Spain", "Signatories: Chad, Peru, Viet Nam",
                    [("The Economic and Social Council", "i"), (",", "")],
                    [("Aware", "i"), (" that many school yards have no shade during the hottest months,", "")]]


def _frames(path: Path, places: dict[int, tuple[int, int, int]]) -> None:
    """Put paragraphs (0-based) in frames anchored to the page: index -> (x, y, width) in twips."""
    doc = Document(str(path))
    for at, (x, y, width) in places.items():
        ppr = doc.paragraphs[at]._p.get_or_add_pPr()
        frame = etree.SubElement(ppr, f"{{{W}}}framePr")
        for key, value in (("w", width), ("wrap", "around"), ("vAnchor", "page"), ("hAnchor", "page"),
                           ("x", x), ("y", y)):
            frame.set(f"{{{W}}}{key}", str(value))
        ppr.insert(0, frame)
    doc.save(str(path))


CLAUSES: list[Para] = ["1.", [("Encourages", "u"), (" schools to plant trees along the south side of their yards;", "")],
                       "2.", "Schools should water young trees through the first two summers;",
                       "3.", [("Requests", "u"), (" a report on the trees planted.", "")]]


def test_numbers_in_frames_beside_their_words_stand_on_their_line(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, *CLAUSES], "frames.docx")
    places = {}
    for row, at in enumerate(range(6, 12, 2)):
        places[at] = (1440, 6000 + 600 * row, 500)  # the number's frame
        places[at + 1] = (2000, 6000 + 600 * row, 8400)  # its words' frame, on the same line
    _frames(path, places)
    doc = reader.read(path)
    assert placement.frame_beside(doc.paragraphs[6].element, doc.paragraphs[7].element)
    assert not placement.frame_beside(doc.paragraphs[7].element, doc.paragraphs[8].element)  # the next line's number
    found = rules(path, lib)
    assert "label-alone" not in found
    assert found.get("operative-no-verb") == [10]  # clause 2's words open with no operative verb
    apart = make(tmp_path, [*HEAD, *CLAUSES], "frames-apart.docx")
    _frames(apart, {6: (1440, 6000, 500), 7: (2000, 6600, 8400)})  # the words a line below their number
    assert 7 in rules(apart, lib).get("label-alone", [])


def test_verbless_words_of_a_number_alone_on_its_line(tmp_path: Path, lib: library.Library) -> None:
    found = rules(make(tmp_path, [*HEAD, *CLAUSES], "alone.docx"), lib)
    assert found.get("label-alone") == [7, 9, 11]  # no frames: each number stands alone on its line
    assert found.get("operative-no-verb") == [10]


def test_an_item_label_alone_is_an_item_not_a_heading(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("1. ", ""), ("Encourages", "u"), (" schools to:", "")],
            "(a)", "plant trees along the south side of their yards;",
            "(c)", "water young trees through the first two summers;",
            [("2. ", ""), ("Requests", "u"), (" a report on the trees planted.", "")]]
    found = rules(make(tmp_path, body, "items.docx"), lib)
    assert "operative-end" not in found and "section-heading" not in found  # "…to:" has its items
    assert found.get("sub-label-sequence") == [10]  # "(c)" after "(a)"
    assert 8 in found.get("label-alone", [])


def test_a_converters_font_names_name_one_face(tmp_path: Path, lib: library.Library) -> None:
    assert font_key("TimesNewRomanPSMT") == font_key("TimesNewRomanPS-BoldMT") == font_key("Times New Roman")
    assert font_key("ABCDEE+Calibri") == font_key("BCDFEE+Calibri-Italic") == font_key("Calibri")
    assert font_key("SimSun-ExtB") == font_key("宋体") == font_key("SimSun")
    assert font_key("Calibri Light") != font_key("Calibri") and font_key("NSimSun") != font_key("SimSun")
    body: list[Para] = ["决议草案", "委员会：经济及社会理事会", "议题：校园遮荫树", "起草国：肯尼亚、西班牙",
                        "附议国：乍得、秘鲁", [("经济及社会理事会", "b"), ("，", "")],
                        [("意识到", "u"), ("许多学校的操场在最热的几个月里没有遮荫，", "")],
                        [("1. ", ""), ("鼓励", "u"), ("各学校沿操场南侧种植树木；", "")],
                        [("2. ", ""), ("请", "u"), ("秘书长报告所种树木的情况。", "")]]
    path = make(tmp_path, body, "zh-fonts.docx")
    doc = Document(str(path))
    for run in doc.paragraphs[7].runs:  # one clause in the companion font a converter named
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun-ExtB")
    doc.save(str(path))
    assert "fonts-mixed" not in rules(path, lib)
    for run in doc.paragraphs[7].runs:  # another face indeed
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "KaiTi")
    doc.save(str(path))
    assert "fonts-mixed" in rules(path, lib)
