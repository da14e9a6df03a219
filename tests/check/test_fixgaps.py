"""The gaps round 9 left in ``drafter check``, ``--fix`` and ``--comments`` (issue #20), on drafts of our own:
a draft typed in a text box, several resolutions in one file numbered by one Word list, several clauses typed
after manual line breaks, and bullets nested two levels deep under a clause."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import pytest
from check.test_fix_oracle import oracle
from docx import Document
from docx.oxml import parse_xml
from lxml import etree
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.check import annotate, fix
from drafter.structure import read_structure
from drafter.word import reader, runtext

W = runtext.w
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
NS = (f'xmlns:w="{runtext.W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')

HEAD = ["Committee: Fourth Committee (Special Political)", "Topic: Restoring coral reefs",
        "Sponsors: Fiji, Palau", "Signatories: Belize, Mauritius, Seychelles"]
Runs = Sequence[tuple[str, str]]  # (text, flags: "i" italic, "u" underlined)
ORGAN: Runs = [("The General Assembly", "i"), (",", "")]
PREAMBLE: list[Runs] = [[("Alarmed", "i"), (" by the bleaching of reefs in warming seas;", "")],  # ";" where "," is due
                        [("Noting", "i"), (" that reefs shelter a quarter of marine species,", "")]]
CLAUSES_TYPED: list[Runs] = [[("1. ", ""), ("Urges", "u"), (" coastal States to ban dredging near living reefs;", "")],
                             [("2. ", ""), ("Invites", "u"), (" research institutes to breed heat-tolerant corals;", "")],
                             [("3. ", ""), ("Decides", "u"), (" to remain seized of the matter.", "")]]


def _run_xml(text: str, flags: str = "") -> str:
    props = "".join(f"<w:{flag}/>" for flag in flags)
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _p_xml(runs: Runs) -> str:
    return f"<w:p>{''.join(_run_xml(text, flags) for text, flags in runs)}</w:p>"


def _boxed(paragraphs: list[Runs], vml_only: bool = False) -> etree._Element:
    """A paragraph anchoring a text box that holds ``paragraphs``: as Word 2010+ writes it (the DrawingML shape and
    its VML copy for older readers), or as an older Word wrote it (VML only)."""
    inner = f"<w:txbxContent>{''.join(_p_xml(p) for p in paragraphs)}</w:txbxContent>"
    vml = f"<w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>"
    if vml_only:
        return parse_xml(f"<w:p {NS}><w:r>{vml}</w:r></w:p>")
    return parse_xml(f"<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp>"
                     f"<wps:txbx>{inner}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback>"
                     f"</mc:AlternateContent></w:r></w:p>")


def _add(doc: Document, runs: Runs) -> object:
    para = doc.add_paragraph()
    for text, flags in runs:
        run = para.add_run(text)
        run.italic = "i" in flags or None
        run.underline = "u" in flags or None
    return para


def boxed_draft(path: Path, *, vml_only: bool = False, after: Sequence[Runs] = ()) -> Path:
    """The heading typed in the body, the rest of the draft in a text box anchored under it, ``after`` it in the
    body again."""
    doc = Document()
    for line in HEAD:
        doc.add_paragraph(line)
    anchor = doc.add_paragraph()
    anchor._p.addnext(_boxed([ORGAN, *PREAMBLE, *CLAUSES_TYPED], vml_only))
    anchor._p.getparent().remove(anchor._p)
    for runs in after:
        _add(doc, runs)
    doc.save(str(path))
    return path


# -- 1. a draft typed in a text box ------------------------------------------------------------------------------

@pytest.mark.parametrize("vml_only", [False, True], ids=["drawingml-and-vml", "vml-only"])
def test_the_paragraphs_of_a_text_box_holding_the_body_are_read_after_its_anchor(tmp_path: Path, vml_only: bool) -> None:
    doc = reader.read(boxed_draft(tmp_path / "boxed.docx", vml_only=vml_only))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:5] == [*HEAD, ""]
    assert texts[5:] == ["".join(t for t, _ in p) for p in [ORGAN, *PREAMBLE, *CLAUSES_TYPED]]  # each once
    assert [p.anchor for p in doc.paragraphs] == [None] * 5 + [5] * 6
    assert [p.index for p in doc.paragraphs] == list(range(1, 12))
    assert doc.paragraphs[4].boxed == []  # its lines are paragraphs of their own now


def test_a_paragraph_after_the_box_follows_the_box(tmp_path: Path) -> None:
    closing = [("4. ", ""), ("Requests", "u"), (" a report at its next session.", "")]
    doc = reader.read(boxed_draft(tmp_path / "boxed.docx", after=[closing]))
    assert doc.paragraphs[-1].text == "4. Requests a report at its next session."
    assert (doc.paragraphs[-1].index, doc.paragraphs[-1].anchor) == (12, None)


def test_a_small_box_beside_the_body_is_read_with_its_anchor(tmp_path: Path) -> None:
    doc = Document()
    doc.element.body.insert(0, _boxed([[("Committee: Fourth Committee", "")]]))
    for runs in [[(line, "")] for line in HEAD[1:]] + [ORGAN, *PREAMBLE, *CLAUSES_TYPED]:
        _add(doc, runs)
    doc.save(str(tmp_path / "small.docx"))
    read = reader.read(tmp_path / "small.docx")
    assert read.paragraphs[0].boxed == ["Committee: Fourth Committee"]
    assert all(p.anchor is None for p in read.paragraphs)


def test_the_checker_reads_the_clauses_in_the_box(tmp_path: Path, lib: library.Library) -> None:
    path = boxed_draft(tmp_path / "boxed.docx")
    report, doc = check.check_file(path, lib)
    tree = read_structure(doc, lib, "en", report.profile)
    assert [n.para.index for n in tree.operative] == [9, 10, 11]
    rules = {(f.rule, f.paragraph) for f in report.findings}
    assert ("preambular-end", 7) in rules
    assert not any(rule == "operative-missing" for rule, _ in rules)


def _box_texts(element: etree._Element) -> list[list[str]]:
    return [[runtext.current_text(p) for p in box.iter(W("p"))] for box in element.iter(W("txbxContent"))]


def test_fix_in_a_text_box_makes_exactly_the_listed_fixes_in_both_copies(tmp_path: Path, lib: library.Library) -> None:
    path = boxed_draft(tmp_path / "boxed.docx")
    problems, fixed = oracle(path, lib, tmp_path)
    assert problems == []
    assert fixed > 0
    out = tmp_path / "boxed-fixed.docx"
    fixed_doc = Document(str(out))
    shapes = list(fixed_doc.element.body.iter(f"{MC}AlternateContent"))
    chosen, fallback = (_box_texts(shapes[0].find(f"{MC}{part}")) for part in ("Choice", "Fallback"))
    assert chosen == fallback
    assert "Alarmed by the bleaching of reefs in warming seas," in chosen[0]


def test_comments_land_in_the_text_box(tmp_path: Path, lib: library.Library) -> None:
    path = boxed_draft(tmp_path / "boxed.docx")
    report, doc = check.check_file(path, lib)
    out = tmp_path / "commented.docx"
    count = annotate.annotate(report.findings, report, doc, out, "Chair", force=False)
    assert count == len(report.findings) > 0
    body = Document(str(out)).element.body
    marked = [p for p in body.iter(W("p")) if p.find(W("commentRangeStart")) is not None]
    assert marked and all(any(a.tag == W("txbxContent") for a in p.iterancestors()) for p in marked)


# -- 2. several resolutions numbered by one Word list ------------------------------------------------------------

TOPICS = [("Restoring coral reefs", ["Urges", "Invites", "Decides"]),
          ("Plastic in the oceans", ["Calls upon", "Requests"]),
          ("Ocean acidification", ["Encourages", "Decides"])]


def several(path: Path, count: int, *, own_instances: bool = False) -> Path:
    """``count`` resolutions in one file, the clauses of every one numbered by the same Word list (or by list
    instances of one abstract list, which Word counts on too)."""
    doc = Document()
    set_lists(doc, abstract(0, CLAUSES) + "".join(num(n, 0) for n in range(1, count + 1)))
    for at, (topic, leads) in enumerate(TOPICS[:count], 1):
        for line in [HEAD[0], f"Topic: {topic}", *HEAD[2:]]:
            doc.add_paragraph(line)
        _add(doc, ORGAN)
        _add(doc, PREAMBLE[1])
        for lead in leads:
            para = _add(doc, [(lead, "u"), (" the States of the region to act together on it;", "")])
            number(para, at if own_instances else 1)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("own_instances", [False, True], ids=["one-instance", "instances-of-one-list"])
@pytest.mark.parametrize("count", [2, 3])
def test_fix_restarts_each_resolutions_word_list_at_one(tmp_path: Path, lib: library.Library, count: int,
                                                       own_instances: bool) -> None:
    path = several(tmp_path / "several.docx", count, own_instances=own_instances)
    report, doc = check.check_file(path, lib)
    assert [f.rule for f in report.findings if f.rule.startswith("numbering")] == ["numbering-sequence"] * (count - 1)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.label]
    assert labels == [f"{n}." for _, leads in TOPICS[:count] for n in range(1, len(leads) + 1)]
    again = check.check_file(tmp_path / "fixed.docx", lib)[0]
    assert not [f for f in again.findings if f.rule.startswith("numbering")]
    assert oracle(path, lib, tmp_path)[0] == []


# -- 3. several clauses after manual line breaks -----------------------------------------------------------------

def with_breaks(path: Path, clauses: list[list[str]], word_numbered: bool | set[int] = False) -> Path:
    """A draft whose operative paragraphs each hold the lines ``clauses`` gives, split by manual line breaks
    (typed numbers, or Word's list: for all of them, or for those whose positions ``word_numbered`` holds)."""
    doc = Document()
    set_lists(doc, abstract(0, CLAUSES) + num(1, 0))
    for line in HEAD:
        doc.add_paragraph(line)
    _add(doc, ORGAN)
    _add(doc, PREAMBLE[1])
    for position, lines in enumerate(clauses):
        para = doc.add_paragraph()
        for at, line in enumerate(lines):
            run = para.add_run(line)
            if at < len(lines) - 1:
                run.add_break()
        if word_numbered is True or (isinstance(word_numbered, set) and position in word_numbered):
            number(para, 1)
    doc.save(str(path))
    return path


ONE = "Urges coastal States to ban dredging near living reefs;"
TWO = "Invites research institutes to breed heat-tolerant corals;"
THREE = "Encourages divers to report bleached reefs;"
FOUR = "Requests the Secretary-General to report on progress;"
LAST = "Decides to remain seized of the matter."


@pytest.mark.parametrize(("typed", "lines"), [
    ("two breaks in one paragraph", [[ONE, TWO, THREE], [FOUR], [LAST]]),
    ("breaks in two paragraphs", [[ONE, TWO], [THREE, FOUR], [LAST]]),
    ("three breaks", [[ONE, TWO], [THREE], [FOUR, "Further requests a review of the reefs in five years;", LAST]]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_fix_splits_every_typed_clause_after_a_break_and_renumbers(tmp_path: Path, lib: library.Library, typed: str,
                                                                   lines: list[list[str]]) -> None:
    counter = itertools.count(1)
    clauses = [[f"{next(counter)}. {lines_[0]}", *lines_[1:]] for lines_ in lines]
    path = with_breaks(tmp_path / "breaks.docx", clauses)
    report, doc = check.check_file(path, lib)
    breaks = [f for f in report.findings if f.rule == "clause-after-break"]
    assert len(breaks) == sum(len(c) - 1 for c in lines) and all(f.edits for f in breaks)
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert all(f in fixed for f in breaks)
    body = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs][len(HEAD) + 2:]
    assert body == [f"{n}. {text}" for n, text in enumerate([t for c in lines for t in c], 1)]
    again = check.check_file(tmp_path / "fixed.docx", lib)[0]
    assert not [f for f in again.findings if f.rule in ("clause-after-break", "numbering-sequence")]
    assert oracle(path, lib, tmp_path)[0] == []


def test_fix_splits_a_word_numbered_clause_at_two_breaks(tmp_path: Path, lib: library.Library) -> None:
    path = with_breaks(tmp_path / "breaks.docx", [[ONE, TWO, THREE], [LAST]], word_numbered=True)
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    body = [p for p in reader.read(tmp_path / "fixed.docx").paragraphs][len(HEAD) + 2:]
    assert [(p.label, p.text) for p in body] == [("1.", ONE), ("2.", TWO), ("3.", THREE), ("4.", LAST)]
    assert oracle(path, lib, tmp_path)[0] == []


def test_breaks_before_a_clause_word_numbers_are_left_for_a_person(tmp_path: Path, lib: library.Library) -> None:
    """Typed numbers, then a clause Word numbers: what number the new clauses take is a person's call."""
    path = with_breaks(tmp_path / "breaks.docx", [["1. " + ONE, TWO, THREE], ["2. " + FOUR], [LAST]],
                       word_numbered={2})
    report, _ = check.check_file(path, lib)
    breaks = [f for f in report.findings if f.rule == "clause-after-break"]
    assert len(breaks) == 2 and not any(f.edits for f in breaks)


# -- 4. bullets nested two levels under a clause ------------------------------------------------------------------

BULLETS = [lvl(0, "bullet", "\u2022"), lvl(1, "bullet", "o"), lvl(2, "bullet", "\u25aa")]
SUBS = [("require permits for work near reefs, including:", 0), ("permits for dredging;", 1),
        ("permits for anchoring large ships;", 1), ("fund the monitoring of reef health;", 0)]


def nested_bullets(path: Path, typed_clauses: bool) -> Path:
    """Two clauses (Word-numbered, or typed), the first with a bullet list of two levels under it."""
    doc = Document()
    set_lists(doc, abstract(0, CLAUSES) + abstract(1, BULLETS) + num(1, 0) + num(2, 1))
    for line in HEAD:
        doc.add_paragraph(line)
    _add(doc, ORGAN)
    _add(doc, PREAMBLE[1])
    first = _add(doc, [("1. " if typed_clauses else "", ""), ("Urges", "u"), (" coastal States to:", "")])
    for text, level in SUBS:
        number(doc.add_paragraph(text), 2, level)
    last = _add(doc, [("2. " if typed_clauses else "", ""), ("Decides", "u"), (" to remain seized of the matter.", "")])
    if not typed_clauses:
        number(first, 1)
        number(last, 1)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("typed_clauses", [False, True], ids=["word-clauses", "typed-clauses"])
def test_nested_bullets_are_read_as_two_levels(tmp_path: Path, lib: library.Library, typed_clauses: bool) -> None:
    doc = reader.read(nested_bullets(tmp_path / "bullets.docx", typed_clauses))
    tree = read_structure(doc, lib, "en", "una-usa")
    (first, _) = tree.operative
    assert [c.para.text for c in first.children] == [SUBS[0][0], SUBS[3][0]]
    assert [c.para.text for c in first.children[0].children] == [SUBS[1][0], SUBS[2][0]]


# the labels --fix gives the nested bullets: lettered and numbered in the profile's forms, moved into the clauses'
# Word list too (its levels restyled when they number nothing else: "(a)" "(i)" become "a)" "i." under THIMUN)
NESTED_LABELS = {("una-usa", True): ["(a)", "(i)", "(ii)", "(b)"], ("thimun", True): ["a)", "i.", "ii.", "b)"],
                 ("una-usa", False): ["(a)", "(i)", "(ii)", "(b)"], ("thimun", False): ["a)", "i.", "ii.", "b)"]}


@pytest.mark.parametrize("profile", ["una-usa", "thimun"])
@pytest.mark.parametrize("typed_clauses", [False, True], ids=["word-clauses", "typed-clauses"])
def test_fix_letters_nested_bullets_by_level(tmp_path: Path, lib: library.Library, typed_clauses: bool,
                                            profile: str) -> None:
    labels = NESTED_LABELS[profile, typed_clauses]
    path = nested_bullets(tmp_path / "bullets.docx", typed_clauses)
    report, doc = check.check_file(path, lib, profile=profile)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    fixed = reader.read(tmp_path / "fixed.docx")
    subs = [p for p in fixed.paragraphs if p.text in {text for text, _ in SUBS}]
    assert [p.label for p in subs] == labels
    again = check.check_file(tmp_path / "fixed.docx", lib, profile=profile)[0]
    assert not [f for f in again.findings if f.rule in ("sub-label-style", "sub-label-sequence", "sub-end",
                                                         "chapeau-colon")]
    assert oracle(path, lib, tmp_path)[0] == []
