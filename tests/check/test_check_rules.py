"""Every checker rule with a failing and a passing document, built the way editors write them.

Documents are made with python-docx, with runs split in the middle of words and emphasis
given directly, through a character style or through a paragraph style, as Word does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from wordlists import CLAUSES, LETTERS, abstract, num, number, set_lists, start_override

from drafter import check, library
from drafter.check.rules import RULES

Para = str | list[tuple[str, str]]  # plain text, or runs of (text, emphasis flags "i", "b", "u", "iu", "")


def make(tmp_path: Path, paragraphs: list[Para], name: str = "doc.docx", east_asia: bool = True) -> Path:
    doc = Document()
    for spec in paragraphs:
        para = doc.add_paragraph()
        runs = [(spec, "")] if isinstance(spec, str) else spec
        for text, flags in runs:
            run = para.add_run(text)
            run.italic = "i" in flags or None
            run.bold = "b" in flags or None
            run.underline = "u" in flags or None
            if east_asia:
                rpr = run._r.get_or_add_rPr()
                fonts = rpr.find(qn("w:rFonts"))
                if fonts is None:
                    fonts = rpr.makeelement(qn("w:rFonts"), {})
                    rpr.insert(0, fonts)
                fonts.set(qn("w:eastAsia"), "SimSun")
    path = tmp_path / name
    doc.save(str(path))
    return path


def findings(path: Path, lib: library.Library, profile: str | None = None) -> list[check.Finding]:
    report, _ = check.check_file(path, lib, profile=profile)
    return report.findings


def rules_of(path: Path, lib: library.Library, profile: str | None = None) -> set[str]:
    return {f.rule for f in findings(path, lib, profile)}


EN_HEAD = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
           "Sponsors: China, France", "Signatories: Brazil"]
ORGAN = [("The Commission on Crime Prevention and Criminal Justice", "i"), (",", "")]
PRE = [("Rec", "i"), ("alling", "i"), (" its resolution 22/7 of 26 April 2013,", "")]
OP1 = [("1. ", ""), ("Requests", "u"), (" the United Nations Office on Drugs and Crime to continue its work;", "")]
OP2 = [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]
GOOD_EN = [*EN_HEAD, ORGAN, PRE, OP1, OP2]
UN_HEAD = ["E/CN.15/2027/L.3", "Distr.: Limited", "20 May 2027", "Original: English",
           "Commission on Crime Prevention and Criminal Justice", "Brazil and Chile: draft resolution",
           "Global governance of cybercrime"]

ZH_HEAD = ["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：网络犯罪全球治理", "起草国：中国", "附议国：巴西"]
ZH_ORGAN = "预防犯罪和刑事司法委员会，"
ZH_PRE = [("回顾", "u"), ("其2013年4月26日第22/7号决议，", "")]
ZH_OP1 = [("1. ", ""), ("请", "u"), ("联合国毒品和犯罪问题办公室继续开展工作；", "")]
ZH_OP2 = [("2. ", ""), ("敦促", "u"), ("会员国开展合作。", "")]
GOOD_ZH = [*ZH_HEAD, ZH_ORGAN, ZH_PRE, ZH_OP1, ZH_OP2]


def replace(paragraphs: list[Para], index: int, new: Para | None) -> list[Para]:
    out = list(paragraphs)
    if new is None:
        del out[index]
    else:
        out[index] = new
    return out


# rule -> (failing document, passing document, profile)
CASES: dict[str, tuple[Callable[[], list[Para]], Callable[[], list[Para]], str | None]] = {
    "organ-line": (lambda: replace(GOOD_EN, 4, None), lambda: GOOD_EN, None),
    "heading-missing": (lambda: replace(GOOD_EN, 1, None), lambda: GOOD_EN, None),
    "sponsor-signatory": (lambda: replace(GOOD_EN, 3, "Signatories: France"), lambda: GOOD_EN, None),
    "state-name": (lambda: replace(GOOD_EN, 2, "Sponsors: China, Frence"), lambda: GOOD_EN, None),
    "state-common-name": (lambda: replace(GOOD_EN, 2, "Sponsors: China, Russia"), lambda: GOOD_EN, None),
    "sponsor-short-name": (lambda: replace(GOOD_EN, 2, "Sponsors: China, Italian Republic"), lambda: GOOD_EN, None),
    "not-member": (lambda: replace(GOOD_EN, 2, "Sponsors: China, Taiwan"), lambda: GOOD_EN, None),
    "stray-semicolon": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"),
                                                     (" the Office to act; declares that it shall report;", "")]),
                        lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"),
                                                     (" the Office to act in three areas: courts; police; prisons;", "")]),
                        None),
    "quote-unclosed": (lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" the words “never again of the Charter,", "")]),
                       lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" the words “never again” of the Charter,", "")]),
                       None),
    "section-heading": (lambda: [*GOOD_EN[:6], "Operative Clauses:", *GOOD_EN[6:]], lambda: GOOD_EN, None),
    "observer-state": (lambda: replace(GOOD_EN, 2, "Sponsors: China, Holy See"), lambda: GOOD_EN, None),
    "sponsor-duplicate": (lambda: replace(GOOD_EN, 2, "Sponsors: China, France, China"), lambda: GOOD_EN, None),
    "organ-emphasis": (lambda: [*UN_HEAD, "The Commission on Crime Prevention and Criminal Justice,", PRE, OP1, OP2],
                       lambda: [*UN_HEAD, ORGAN, PRE, OP1, OP2], None),
    "sponsor-line": (lambda: [*UN_HEAD[:5], "Brazil and Chile", UN_HEAD[6], ORGAN, PRE, OP1, OP2],
                     lambda: [*UN_HEAD, ORGAN, PRE, OP1, OP2], None),
    "lead-unknown": (lambda: replace(GOOD_EN, 5, [("Rememberings", "i"), (" its resolution 22/7,", "")]),
                     lambda: GOOD_EN, None),
    "lead-emphasis": (lambda: replace(GOOD_EN, 5, "Recalling its resolution 22/7 of 26 April 2013,"), lambda: GOOD_EN, None),
    "lead-capital": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("requests", "u"), (" the Office to act;", "")]),
                     lambda: GOOD_EN, None),
    "sc-only-phrase": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Decides", "u"), (" to establish a group;", "")]),
                       lambda: GOOD_EN, "thimun"),
    "council-language": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Demands", "u"), (" that States act;", "")]),
                         lambda: GOOD_EN, "una-usa"),
    "lead-misspelled": (lambda: replace(GOOD_EN, 5, [("Recaling", "i"), (" its resolution 22/7 of 26 April 2013,", "")]),
                        lambda: GOOD_EN, None),
    "lead-form": (lambda: replace(GOOD_EN, 5, [("Recognizes", "i"), (" its resolution 22/7 of 26 April 2013,", "")]),
                  lambda: replace(GOOD_EN, 5, [("Recognizing", "i"), (" its resolution 22/7 of 26 April 2013,", "")]),
                  None),
    "operative-no-verb": (lambda: replace(GOOD_EN, 6, "1. Every country must cooperate with the Office;"),
                          lambda: GOOD_EN, None),
    "capital-after-lead": (lambda: replace(GOOD_EN, 5, [("Bearing in Mind", "i"), (" its resolution 22/7,", "")]),
                           lambda: replace(GOOD_EN, 5, [("Bearing in mind", "i"), (" its resolution 22/7,", "")]), None),
    "lead-doubled": (lambda: replace(GOOD_EN, 5, [("Bearing in mind", "i"), (" noting with concern its resolution,", "")]),
                     lambda: replace(GOOD_EN, 5, [("Bearing in mind", "i"), (" its resolution 22/7,", "")]), None),
    "lead-comma": (lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (", the resolution 22/7 of 26 April 2013,", "")]),
                   lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (", in particular, its resolution 22/7,", "")]), None),
    "lead-emphasis-document": (lambda: [*EN_HEAD, ORGAN, "Recalling its resolution 22/7 of 26 April 2013,",
                                        "1. Requests the United Nations Office on Drugs and Crime to continue its work;",
                                        "2. Urges Member States to cooperate."], lambda: GOOD_EN, None),
    "numbering-absent": (lambda: [*GOOD_EN[:6], [("Requests", "u"), (" the Office to continue its work;", "")],
                                  [("Urges", "u"), (" Member States to cooperate.", "")]], lambda: GOOD_EN, None),
    "preambular-end": (lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" its resolution 22/7;", "")]), lambda: GOOD_EN, None),
    "operative-end": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"), (" the Office to act,", "")]),
                      lambda: GOOD_EN, None),
    "final-stop": (lambda: replace(GOOD_EN, 7, [("2. ", ""), ("Urges", "u"), (" Member States to cooperate;", "")]),
                   lambda: GOOD_EN, None),
    "stray-full-stop": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"), (" the Office to act. It must report;", "")]),
                        lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"), (" the Office to report under art. 5 of the Convention;", "")]), None),
    "chapeau-colon": (lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office;", "")], "(a) to train judges;",
                               "(b) to train prosecutors;", OP2],
                      lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges;",
                               "(b) to train prosecutors;", OP2], None),
    "sub-end": (lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges",
                         "(b) to train prosecutors;", OP2],
                lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges;",
                         "(b) to train prosecutors;", OP2], None),
    "half-width-zh": (lambda: replace(GOOD_ZH, 6, [("1. ", ""), ("请", "u"), ("毒品和犯罪问题办公室继续工作,并提出报告；", "")]),
                      lambda: GOOD_ZH, None),
    "numbering-sequence": (lambda: replace(GOOD_EN, 7, [("3. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]),
                           lambda: GOOD_EN, None),
    "numbering-mixed": (lambda: "auto-mixed", lambda: GOOD_EN, None),
    "label-doubled": (lambda: replace(GOOD_EN, 6, [("1. 1. ", ""), ("Requests", "u"), (" the Office to act;", "")]),
                      lambda: GOOD_EN, None),
    "numbering-form": (lambda: replace(GOOD_EN, 6, [("1) ", ""), ("Requests", "u"), (" the Office to act;", "")]),
                       lambda: GOOD_EN, None),
    "operative-unnumbered": (lambda: replace(GOOD_EN, 7, [("Urges", "u"), (" Member States to cooperate.", "")]),
                             lambda: GOOD_EN, None),
    "sub-label-sequence": (lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges;",
                                    "(c) to train prosecutors;", OP2],
                           lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges;",
                                    "(b) to train prosecutors;", OP2], None),
    "sub-label-style": (lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "a) to train judges;",
                                 "b) to train prosecutors;", OP2],
                        lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "(a) to train judges;",
                                 "(b) to train prosecutors;", OP2], "un-mun"),
    "sub-clause-single": (lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")],
                                   "(a) to train judges;", OP2],
                          lambda: [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")],
                                   "(a) to train judges;", "(b) to train prosecutors;", OP2], None),
    "preambular-after-operative": (lambda: [*GOOD_EN[:6], OP1, PRE, OP2], lambda: GOOD_EN, None),
    "no-operative": (lambda: GOOD_EN[:6], lambda: GOOD_EN, None),
    "lead-repeat-first": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Also requests", "u"), (" the Office to act;", "")]),
                          lambda: [*GOOD_EN[:7], [("2. ", ""), ("Also requests", "u"), (" the Office to report;", "")],
                                   [("3. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]], None),
    "empty-clause": (lambda: replace(GOOD_EN, 6, [("1. ", ""), ("Requests", "u"), (";", "")]), lambda: GOOD_EN, None),
    "empty-paragraphs": (lambda: [*GOOD_EN[:6], "", "", "", *GOOD_EN[6:]], lambda: [*GOOD_EN[:6], "", *GOOD_EN[6:]], None),
    "duplicate-paragraph": (lambda: [*GOOD_EN[:6], PRE, *GOOD_EN[6:]], lambda: GOOD_EN, None),
    "east-asian-font": (lambda: "zh-no-font", lambda: GOOD_ZH, None),
    "distribution-line": (lambda: [UN_HEAD[0], "Distr.: General", *UN_HEAD[2:], ORGAN, PRE, OP1, OP2],
                          lambda: [*UN_HEAD, ORGAN, PRE, OP1, OP2], None),
    "date-format": (lambda: [UN_HEAD[0], UN_HEAD[1], "May 20, 2027", *UN_HEAD[3:], ORGAN, PRE, OP1, OP2],
                    lambda: [*UN_HEAD, ORGAN, PRE, OP1, OP2], None),
    "title-marks": (lambda: replace(GOOD_ZH, 5, [("回顾", "u"), ("《联合国宪章》和联合国打击跨国有组织犯罪公约，", "")]),
                    lambda: replace(GOOD_ZH, 5, [("回顾", "u"), ("《联合国宪章》和《联合国打击跨国有组织犯罪公约》，", "")]),
                    None),
    "fonts-mixed": (lambda: "latin-mixed", lambda: GOOD_EN, None),
    "numbering-restart": (lambda: "word-restart", lambda: "word-numbered", None),
    "preambular-numbered": (lambda: "word-numbered-preamble", lambda: "word-numbered", None),
    "sub-label-level": (lambda: "word-subs-at-margin", lambda: "word-subs-nested", None),
    "digit-glued": (lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" the Convention1 and its resolution 22/7,", "")]),
                    lambda: GOOD_EN, None),
    "resolution-citation": (lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" Security Council resolution 2419(2018),", "")]),
                            lambda: replace(GOOD_EN, 5, [("Recalling", "i"), (" Security Council resolution 2419 (2018),", "")]),
                            None),
}


SUBS = [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office:", "")], "to train judges;",
        "to train prosecutors;", OP2]
# Word-numbered cases: (paragraphs, {paragraph position: (numId, level)}); list 1 numbers the clauses, list 2 is
# Word's "Restart Numbering" of it, list 3 a separate letter list
WORD_CASES: dict[str, tuple[list[Para], dict[int, tuple[int, int]]]] = {
    "word-numbered": (GOOD_EN, {6: (1, 0), 7: (1, 0)}),
    "word-restart": (GOOD_EN, {6: (1, 0), 7: (2, 0)}),
    "word-numbered-preamble": (GOOD_EN, {5: (1, 0), 6: (1, 0), 7: (1, 0)}),
    "word-subs-nested": (SUBS, {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 0)}),
    "word-subs-at-margin": (SUBS, {6: (1, 0), 7: (3, 0), 8: (3, 0), 9: (1, 0)}),
}


def word_numbered(tmp_path: Path, name: str, paragraphs: list[Para], lists: dict[int, tuple[int, int]]) -> Path:
    """A document whose paragraphs at the positions of ``lists`` are numbered by Word instead of a typed "1. "."""
    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + abstract(3, LETTERS) + num(1, 1) + num(2, 1, start_override(0, 1))
              + num(3, 3))
    for position, (num_id, level) in lists.items():
        para = doc.paragraphs[position]
        if para.runs and para.runs[0].text.endswith(". ") and para.runs[0].text[0].isdigit():
            para.runs[0].text = ""
        number(para, num_id, level)
    doc.save(str(path))
    return path


def build_case(spec: list[Para] | str, tmp_path: Path, name: str) -> Path:
    if isinstance(spec, str) and spec in WORD_CASES:
        return word_numbered(tmp_path, name, *WORD_CASES[spec])
    if spec == "zh-no-font":
        return make(tmp_path, GOOD_ZH, name, east_asia=False)
    if spec == "latin-mixed":  # one operative paragraph typed in another Latin font
        path = make(tmp_path, GOOD_EN, name)
        doc = Document(str(path))
        for run in doc.paragraphs[7].runs:
            run.font.name = "Arial"
        doc.save(str(path))
        return path
    if spec == "auto-mixed":
        path = make(tmp_path, GOOD_EN, name)
        doc = Document(str(path))
        # number paragraph 1 with Word's list numbering but keep paragraph 2 typed
        target = doc.paragraphs[6]
        for run in target.runs[:1]:
            run.text = ""
        target.style = doc.styles["List Number"]
        doc.save(str(path))
        return path
    return make(tmp_path, spec, name)


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == {r for r in RULES if not r.startswith("paper-")}  # papers: test_paper_rules.py


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fails_and_passes(rule_id: str, lib: library.Library, tmp_path: Path) -> None:
    failing, passing, profile = CASES[rule_id]
    profile = None if profile == "un-mun" else profile
    bad = build_case(failing(), tmp_path, "bad.docx")
    good = build_case(passing(), tmp_path, "good.docx")
    assert rule_id in rules_of(bad, lib, "un" if rule_id == "sub-label-style" else profile), \
        [(f.rule, f.message) for f in findings(bad, lib, profile)]
    assert rule_id not in rules_of(good, lib, "un" if rule_id == "sub-label-style" else profile), \
        [(f.rule, f.message) for f in findings(good, lib, profile)]


def test_good_documents_are_clean(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, GOOD_EN, "en.docx"), lib) == []
    assert findings(make(tmp_path, GOOD_ZH, "zh.docx"), lib) == []


def test_emphasis_through_styles(lib: library.Library, tmp_path: Path) -> None:
    """Lead emphasis given by a character style, and by a paragraph style, counts as emphasis."""
    path = make(tmp_path, GOOD_EN, "styled.docx")
    doc = Document(str(path))
    lead_style = doc.styles.add_style("Lead Words", WD_STYLE_TYPE.CHARACTER)
    lead_style.font.italic = True
    pre = doc.paragraphs[5]
    for run in pre.runs[:2]:
        run.italic = None
        run.style = lead_style
    doc.save(str(path))
    assert "lead-emphasis" not in rules_of(path, lib)
    # a paragraph style that makes the whole paragraph underlined also underlines the lead
    doc = Document(str(path))
    under = doc.styles.add_style("Underlined Para", WD_STYLE_TYPE.PARAGRAPH)
    under.font.underline = True
    op = doc.paragraphs[6]
    op.style = under
    for run in op.runs:
        run.underline = None
    doc.save(str(path))
    assert "lead-emphasis" not in rules_of(path, lib)


def test_json_and_line_output(run, lib: library.Library, tmp_path: Path) -> None:
    import json

    bad = make(tmp_path, replace(GOOD_EN, 7, [("3. ", ""), ("Urges", "u"), (" Member States to cooperate;", "")]), "b.docx")
    status, out, _ = run("check", str(bad), "--format", "json")
    assert status == 1
    data = json.loads(out)
    assert data[0]["file"] == str(bad) and data[0]["language"] == "en"
    first = data[0]["findings"][0]
    assert set(first) == {"rule", "severity", "paragraph", "column", "paragraphs", "excerpt", "message", "fix"}
    assert first["paragraphs"] == [first["paragraph"]]
    status, out, _ = run("check", str(bad), "--format", "line")
    assert f"{bad}:8:1:numbering-sequence:error:" in out
    status, out, _ = run("check", str(bad), "--format", "line", "--disable", "numbering-sequence",
                         "--disable", "final-stop")
    assert status == 0 and out == ""
    status, out, _ = run("check", str(bad), "--min-severity", "error", "--lang", "zh")
    assert "执行段编号" in out


def test_unreadable_files_exit_3(run, tmp_path: Path) -> None:
    cases = {
        "corrupt.docx": b"PK\x03\x04 broken zip",
        "old.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
        "paper.docx": b"%PDF-1.7 not a docx",
        "text.docx": b"just text",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        status, out, err = run("check", str(path))
        assert status == 3, (name, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
    status, _, err = run("check", str(tmp_path / "missing.docx"))
    assert status == 3 and "no such file" in err


def test_empty_document(run, tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    Document().save(str(path))
    status, out, err = run("check", str(path))
    assert status in (0, 1) and "Traceback" not in out + err


def test_fix_preserves_everything_else(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix
    from drafter.word import reader

    paragraphs = replace(GOOD_EN, 5, [("Reca", ""), ("lling", ""), (" its resolution 22/7 of 26 April 2013;", "")])
    paragraphs = replace(paragraphs, 7, [("3. ", ""), ("urges", "u"), (" Member States to cooperate;", "")])
    bad = make(tmp_path, paragraphs, "bad.docx")
    original = bad.read_bytes()
    report, doc = check.check_file(bad, lib)
    fixed, rest = fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert bad.read_bytes() == original  # the original is never modified
    assert {f.rule for f in fixed} >= {"lead-emphasis", "preambular-end", "numbering-sequence", "lead-capital", "final-stop"}
    before = [p.text for p in reader.read(bad).paragraphs]
    after = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert after[5] == before[5][:-1] + ","
    assert after[7] == "2. Urges Member States to cooperate."
    assert [a for i, a in enumerate(after) if i not in (5, 7)] == [b for i, b in enumerate(before) if i not in (5, 7)]
    assert findings(tmp_path / "fixed.docx", lib) == []


def test_fix_full_width_in_chinese(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix
    from drafter.word import reader

    paragraphs = replace(GOOD_ZH, 6, [("1. ", ""), ("请", "u"), ("毒品和犯罪问题办公室", ""), ("继续工作,并提出报告;", "")])
    bad = make(tmp_path, paragraphs, "zh.docx")
    report, doc = check.check_file(bad, lib)
    fix.fix(report, doc, tmp_path / "zh-fixed.docx", force=False)
    after = reader.read(tmp_path / "zh-fixed.docx").paragraphs[6].text
    assert after == "1. 请毒品和犯罪问题办公室继续工作，并提出报告；"
    assert findings(tmp_path / "zh-fixed.docx", lib) == []


def test_shorter_emphasised_form_of_a_phrase_is_accepted(lib: library.Library, tmp_path: Path) -> None:
    """'Taking note' in italics followed by 'of …' is fine, although 'Taking note of' is also a known form."""
    paragraphs = replace(GOOD_EN, 5, [("Taking note", "i"), (" of the comprehensive study on cybercrime,", "")])
    assert findings(make(tmp_path, paragraphs, "note.docx"), lib) == []


def test_fix_sets_the_east_asian_font(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix

    bad = make(tmp_path, GOOD_ZH, "nofont.docx", east_asia=False)
    report, doc = check.check_file(bad, lib)
    assert {f.rule for f in report.findings} == {"east-asian-font"}
    fixed, rest = fix.fix(report, doc, tmp_path / "font.docx", force=False)
    assert rest == [] and findings(tmp_path / "font.docx", lib) == []


def test_fixable_rules_offer_a_fix(lib: library.Library, tmp_path: Path) -> None:
    """Every finding of a rule marked fixable in rules.py says what --fix does, where it can."""
    for rule_id, (failing, _, profile) in CASES.items():
        profile = "un" if rule_id == "sub-label-style" else (None if profile == "un-mun" else profile)
        path = build_case(failing(), tmp_path, f"{rule_id}.docx")
        for finding in findings(path, lib, profile):
            if finding.rule == rule_id and not RULES[rule_id].fixable:
                assert finding.edits == [], rule_id


def test_fix_turns_typed_numbers_into_word_numbering(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix
    from drafter.word import reader

    mixed = build_case("auto-mixed", tmp_path, "mixed.docx")
    report, doc = check.check_file(mixed, lib)
    assert "numbering-mixed" in {f.rule for f in report.findings}
    fixed, rest = fix.fix(report, doc, tmp_path / "numbered.docx", force=False)
    assert "numbering-mixed" in {f.rule for f in fixed}
    after = reader.read(tmp_path / "numbered.docx").paragraphs
    assert [p.label for p in after[6:8]] == ["1.", "2."]
    assert after[7].text == "Urges Member States to cooperate."
    assert findings(tmp_path / "numbered.docx", lib) == []


@pytest.mark.parametrize("heading", ["Article I: Water security", "Section 2 - Funding", "B. Capacity building"])
def test_labelled_headings_are_faults_in_conference_drafts_only(heading: str, lib: library.Library,
                                                                tmp_path: Path) -> None:
    """Adopted UN texts divide long operative parts into sections; a conference draft has no headings."""
    path = make(tmp_path, [*GOOD_EN[:6], heading, *GOOD_EN[6:]])
    assert [f.paragraph for f in findings(path, lib) if f.rule == "section-heading"] == [7]
    assert "section-heading" not in rules_of(path, lib, "un")
    unlabelled = make(tmp_path, [*GOOD_EN[:6], "Water security", *GOOD_EN[6:]], "plain.docx")
    assert "section-heading" not in rules_of(unlabelled, lib)  # may be a clause that lost its end mark


@pytest.mark.parametrize(("paragraph", "found"), [
    ([("Alarmed", "i"), (" that many States have already; have built stockpiles,", "")], True),
    ([("Alarmed", "i"), (" by three trends: theft; smuggling; resale,", "")], False),
    ([("Alarmed", "i"), (" by the report (A/75/1; A/75/2),", "")], False),
    ([("1. ", ""), ("Urges", "u"), (" States to act; calls upon donors to fund the Office;", "")], True),
    ([("1. ", ""), ("Urges", "u"), (" States to act; and requests the Office to report;", "")], True),
    ([("1. ", ""), ("Urges", "u"), (" States to train judges; notes of the hearings must be kept;", "")], False),
])
def test_stray_semicolons_in_conference_drafts(paragraph: Para, found: bool, lib: library.Library,
                                               tmp_path: Path) -> None:
    index = 5 if paragraph[0][0] == "Alarmed" else 6
    path = make(tmp_path, replace(GOOD_EN, index, paragraph))
    assert ("stray-semicolon" in rules_of(path, lib)) is found
    assert "stray-semicolon" not in rules_of(path, lib, "un")  # UN texts join decisions with ";"


@pytest.mark.parametrize(("paragraph", "found"), [
    ([("回顾", "u"), ("其第22/7号决议中“重申各国承诺，", "")], True),
    ([("回顾", "u"), ("其第22/7号决议中“重申各国承诺”，", "")], False),
    ([("回顾", "u"), ("其第22/7号决议中「重申各国承诺，", "")], True),
])
def test_unclosed_chinese_quotation(paragraph: Para, found: bool, lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, replace(GOOD_ZH, 6, paragraph))
    assert ("quote-unclosed" in rules_of(path, lib)) is found


def test_an_unclosed_straight_quote_in_the_heading(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, replace(GOOD_EN, 1, 'Topic: Global governance of "cybercrime'))
    assert [f.paragraph for f in findings(path, lib) if f.rule == "quote-unclosed"] == [2]


def test_a_repeated_lead_with_nothing_before_it_in_chinese(lib: library.Library, tmp_path: Path) -> None:
    bad = make(tmp_path, replace(GOOD_ZH, 6, [("1. ", ""), ("又请", "u"), ("联合国毒品和犯罪问题办公室继续开展工作；", "")]),
               "bad.docx")
    found = [f for f in findings(bad, lib) if f.rule == "lead-repeat-first"]
    assert [f.message for f in found] == ["“又请”表示重复使用前文的引导词，但此前没有“请”，应为“请”"]
    good = make(tmp_path, [*GOOD_ZH[:7], [("2. ", ""), ("又请", "u"), ("秘书长提交报告；", "")],
                           [("3. ", ""), ("敦促", "u"), ("会员国开展合作。", "")]], "good.docx")
    assert "lead-repeat-first" not in rules_of(good, lib)
