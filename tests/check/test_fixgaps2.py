"""The gaps of ``--fix`` found in round 10 (issue #20 point 8), on drafts of our own: the lead phrases of clauses
split off after line breaks emphasised in the same run, a Word list's start override on a later clause, typed
nested decimal labels, bullets moved into a THIMUN clause list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from check.test_fix_oracle import emphasis_marks, oracle
from docx import Document
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists, start_override

from drafter import check, library
from drafter.check import fix
from drafter.structure import Node, read_structure
from drafter.word import reader

HEAD = ["Committee: Second Committee", "Topic: Protecting mangrove forests", "Sponsors: Kenya, Viet Nam"]
Runs = Sequence[tuple[str, str]]  # (text, flags: "i" italic, "u" underlined, "b" bold; "\n" ends a line)


def _add(doc: Document, runs: Runs) -> object:
    para = doc.add_paragraph()
    for text, flags in runs:
        lines = text.split("\n")
        for at, line in enumerate(lines):
            run = para.add_run(line)
            run.italic = "i" in flags or None
            run.underline = "u" in flags or None
            run.bold = "b" in flags or None
            if at < len(lines) - 1:
                run.add_break()
    return para


def _draft(path: Path, body: list[Runs]) -> Path:
    doc = Document()
    for line in HEAD:
        doc.add_paragraph(line)
    for runs in body:
        _add(doc, runs)
    doc.save(str(path))
    return path


# -- 1. the lead phrases of clauses split off after a line break ------------------------------------------------

ORGAN: Runs = [("The General Assembly", "i"), (",", "")]
PRE_I: list[Runs] = [[("Recognizing", "i"), (" that mangroves store carbon in their soils,", "")],
                     [("Noting", "i"), (" that shrimp farms clear mangrove coasts,", "")]]


def _emphasised_draft(path: Path, lead: str) -> Path:
    """Leads emphasised as ``lead`` says ("u" or "i"), except two clauses typed after line breaks."""
    return _draft(path, [ORGAN, *PRE_I, [("Alarmed", "i"), (" by the loss of half the mangroves since 1950,\n"
                                                            "Convinced that replanting needs local fishers,", "")],
                         [("1. ", ""), ("Calls upon", lead), (" coastal States to protect mangrove belts;\n"
                                                             "Invites donors to fund nurseries of seedlings;", "")],
                         [("2. ", ""), ("Encourages", lead), (" fishers to guard replanted coasts;", "")],
                         [("3. ", ""), ("Decides", lead), (" to remain seized of the matter.", "")]])


def _plain_draft(path: Path) -> Path:
    """No lead emphasised (the fix for the whole document), two clauses after line breaks."""
    return _draft(path, [[("The General Assembly,", "")],
                         [("Recognizing that mangroves store carbon in their soils,", "")],
                         [("Noting that shrimp farms clear mangrove coasts,\n"
                           "Convinced that replanting needs local fishers,", "")],
                         [("1. Calls upon coastal States to protect mangrove belts;\n"
                           "Invites donors to fund nurseries of seedlings;", "")],
                         [("2. Encourages fishers to guard replanted coasts;", "")],
                         [("3. Decides to remain seized of the matter.", "")]])


def _lead_emphasis(path: Path, lead: str) -> set[str]:
    """The emphasis on the first character of ``lead`` in the paragraph of ``path`` that opens with it (after its
    typed number, if any)."""
    doc = reader.read(path)
    (para,) = [p for p in doc.paragraphs if re.match(rf"(?:\d+\.\s)?{lead}", p.text)]
    at = para.text.index(lead)
    pos = 0
    for text, kinds in emphasis_marks(para):
        if pos <= at < pos + len(text):
            return set(kinds)
        pos += len(text)
    raise AssertionError(lead)


@pytest.mark.parametrize("lead", ["u", "i"])
def test_split_off_clauses_take_the_drafts_lead_emphasis_in_one_run(tmp_path: Path, lib: library.Library,
                                                                    lead: str) -> None:
    path = _emphasised_draft(tmp_path / "draft.docx", lead)
    report, doc = check.check_file(path, lib)
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert {f.rule for f in fixed} >= {"clause-after-break", "preambular-after-break"}
    kind = {"u": "underline", "i": "italic"}[lead]
    assert kind in _lead_emphasis(tmp_path / "fixed.docx", "Invites")
    assert "italic" in _lead_emphasis(tmp_path / "fixed.docx", "Convinced")
    again = check.check_file(tmp_path / "fixed.docx", lib)[0]
    assert not [f for f in again.findings if f.rule.startswith("lead-emphasis")]
    assert oracle(path, lib, tmp_path)[0] == []


def test_the_document_emphasis_fix_covers_the_split_off_clauses(tmp_path: Path, lib: library.Library) -> None:
    path = _plain_draft(tmp_path / "draft.docx")
    report, doc = check.check_file(path, lib)
    assert "lead-emphasis-document" in {f.rule for f in report.findings}
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert _lead_emphasis(tmp_path / "fixed.docx", "Invites") and _lead_emphasis(tmp_path / "fixed.docx", "Convinced")
    again = check.check_file(tmp_path / "fixed.docx", lib)[0]
    assert not [f for f in again.findings if f.rule.startswith("lead-emphasis")]
    assert oracle(path, lib, tmp_path)[0] == []


# -- 2. a Word list whose second clause starts an instance with a start override --------------------------------

@pytest.mark.parametrize("second_lead", ["Recomends", "Recommends"])
def test_fix_joins_a_clause_whose_list_restarts_at_three(tmp_path: Path, lib: library.Library,
                                                        second_lead: str) -> None:
    """The second clause (its lead misspelled or not) and those after it on a w:num whose startOverride is 3: Word
    shows 1., 3., 4.; the fix puts them back on the first clause's list, as the lead fix will spell it."""
    doc = Document()
    set_lists(doc, abstract(0, CLAUSES) + num(1, 0) + num(2, 0, start_override(0, 3)))
    for line in HEAD:
        doc.add_paragraph(line)
    _add(doc, ORGAN)
    _add(doc, PRE_I[0])
    for at, (lead, rest) in enumerate([("Urges", " coastal States to map their mangroves;"),
                                       (second_lead, " that ports keep buffer zones of mangroves;"),
                                       ("Decides", " to remain seized of the matter.")]):
        number(_add(doc, [(lead, "u"), (rest, "")]), 1 if at == 0 else 2)
    path = tmp_path / "override.docx"
    doc.save(str(path))
    report, checked = check.check_file(path, lib)
    sequence = [f for f in report.findings if f.rule in ("numbering-sequence", "numbering-restart")]
    assert sequence and all(f.edits for f in sequence)
    fix.fix(report, checked, tmp_path / "fixed.docx", force=False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.label]
    assert labels == ["1.", "2.", "3."]
    assert not [f for f in check.check_file(tmp_path / "fixed.docx", lib)[0].findings if f.rule.startswith("numbering")]
    assert oracle(path, lib, tmp_path)[0] == []


# -- 3. typed nested decimal labels ("1.2.1)" under "1.2)") -------------------------------------------------------

NESTED_TYPED = [("1.1) map their mangrove forests;", ["(a)", "a)"]),
                ("1.2) protect them by law, through:", ["(b)", "b)"]),
                ("1.2.1{} bans on clearing for shrimp farms;", ["(i)", "i."]),
                ("1.2.2{} fines for illegal logging;", ["(ii)", "ii."]),
                ("1.3) report on progress every two years;", ["(c)", "c)"])]


@pytest.mark.parametrize("mark", [")", "."])
@pytest.mark.parametrize(("profile", "form"), [("una-usa", 0), ("thimun", 1)])
def test_typed_outline_labels_keep_their_nesting_when_relabelled(tmp_path: Path, lib: library.Library, mark: str,
                                                                 profile: str, form: int) -> None:
    path = _draft(tmp_path / "outline.docx", [ORGAN, PRE_I[0], [("1. ", ""), ("Urges", "u"), (" coastal States to:", "")],
                                             *[[(text.format(mark), "")] for text, _ in NESTED_TYPED],
                                             [("2. ", ""), ("Requests", "u"), (" a report at the next session.", "")]])
    report, doc = check.check_file(path, lib, profile=profile)
    (clause, _) = doc_tree_operative(path, lib, profile)
    assert [len(c.children) for c in clause.children] == [0, 2, 0]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    for text, labels in NESTED_TYPED:
        rest = text.split(" ", 1)[1]
        assert f"{labels[form]} {rest}" in texts
    again = check.check_file(tmp_path / "fixed.docx", lib, profile=profile)[0]
    assert not [f for f in again.findings if f.rule.startswith("sub-")]
    assert oracle(path, lib, tmp_path)[0] == []


def doc_tree_operative(path: Path, lib: library.Library, profile: str) -> list[Node]:
    return read_structure(reader.read(path), lib, "en", profile).operative


# -- 4. bullets moved into a Word clause list under THIMUN --------------------------------------------------------

def test_moved_bullets_keep_the_clause_lists_forms_when_other_subs_use_its_levels(tmp_path: Path,
                                                                                 lib: library.Library) -> None:
    """Another clause's sub-paragraphs already at the clause list's first level: restyling that level would change
    their labels too, so the moved bullets take the list's "(a)" (which THIMUN accepts) and nothing is restyled."""
    doc = Document()
    set_lists(doc, abstract(0, CLAUSES) + abstract(1, [lvl(0, "bullet", "\u2022")]) + num(1, 0) + num(2, 1))
    for line in HEAD:
        doc.add_paragraph(line)
    _add(doc, ORGAN)
    _add(doc, PRE_I[0])
    number(_add(doc, [("Urges", "u"), (" coastal States to:", "")]), 1)
    for text in ("map their mangrove forests;", "ban clearing for shrimp farms;"):
        number(_add(doc, [(text, "")]), 1, 1)
    number(_add(doc, [("Invites", "u"), (" donors to fund:", "")]), 1)
    for text in ("nurseries of seedlings;", "training for rangers;"):
        number(_add(doc, [(text, "")]), 2)
    number(_add(doc, [("Requests", "u"), (" a report at the next session.", "")]), 1)
    path = tmp_path / "bullets.docx"
    doc.save(str(path))
    report, checked = check.check_file(path, lib, profile="thimun")
    fix.fix(report, checked, tmp_path / "fixed.docx", force=False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.label]
    assert labels == ["1.", "(a)", "(b)", "2.", "(a)", "(b)", "3."]
    assert oracle(path, lib, tmp_path)[0] == []


# -- 5. found by the audit: Word's legal outline, its deeper labels holding the numbers above them ---------------

def test_a_word_outline_list_is_restyled_at_every_depth_in_one_run(tmp_path: Path, lib: library.Library) -> None:
    """"2.1" "2.2" and "2.2.1" from one Word list: the first level cannot change alone (the third shows its
    number), so both change together, and a second --fix finds nothing left."""
    doc = Document()
    set_lists(doc, abstract(0, [lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2"), lvl(2, "decimal", "%1.%2.%3")])
              + num(1, 0))
    for line in HEAD:
        doc.add_paragraph(line)
    _add(doc, ORGAN)
    _add(doc, PRE_I[0])
    number(_add(doc, [("Urges", "u"), (" coastal States to:", "")]), 1)
    number(_add(doc, [("map their mangrove forests;", "")]), 1, 1)
    number(_add(doc, [("protect them by law, through:", "")]), 1, 1)
    for text in ("bans on clearing for shrimp farms;", "fines for illegal logging;"):
        number(_add(doc, [(text, "")]), 1, 2)
    number(_add(doc, [("Requests", "u"), (" a report at the next session.", "")]), 1)
    path = tmp_path / "outline.docx"
    doc.save(str(path))
    report, checked = check.check_file(path, lib)
    styled = [f for f in report.findings if f.rule == "sub-label-style"]
    assert len(styled) == 4 and all(f.edits for f in styled)
    fix.fix(report, checked, tmp_path / "fixed.docx", force=False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs if p.label]
    assert labels == ["1.", "(a)", "(b)", "(i)", "(ii)", "2."]
    assert not [f for f in check.check_file(tmp_path / "fixed.docx", lib)[0].findings if f.edits]
    assert oracle(path, lib, tmp_path)[0] == []
