"""The checker on documents built the way editors write them: clean drafts, emphasis through styles, the
report formats, unreadable files, what --fix writes. Every rule's own failing and passing examples are data
(drafter/check/ruledata/), built and checked by test_rule_examples.py.

Documents are made with python-docx, with runs split in the middle of words and emphasis
given directly, through a character style or through a paragraph style, as Word does.
"""

from __future__ import annotations

from pathlib import Path

from check.example_docs import build
from docmaker import make
from docx import Document
from docx.enum.style import WD_STYLE_TYPE

from drafter import check, library
from drafter.check import ruleload
from drafter.check.rules import SEVERITIES

Para = str | list[tuple[str, str]]  # plain text, or runs of (text, emphasis flags "i", "b", "u", "iu", "")


def findings(path: Path, lib: library.Library, profile: str | None = None) -> list[check.Finding]:
    report, _ = check.check_file(path, lib, profile=profile)
    return report.findings


def rules_at(tmp_path: Path, lib: library.Library, paragraphs: list[Para], profile: str | None = None
             ) -> list[tuple[int, str]]:
    """(paragraph, rule) of every error and warning finding on a draft of ``paragraphs``."""
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, paragraphs), lib, profile)
            if f.severity in ("error", "warning")]


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
    assert status == 3 and "Traceback" not in out + err  # no paragraph at all: nothing to check, said so
    assert "the document has no paragraphs" in err


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
    """A rule not marked fixable never offers an edit on its failing examples."""
    for _, rule in ruleload.read(SEVERITIES):
        if rule.get("fixable"):
            continue
        for number, example in enumerate(e for e in rule["examples"] if e["kind"] == "fail"):
            built = build(example, tmp_path / f"{rule['id']}-{number}.docx")
            for finding in findings(built, lib, example.get("profile")):
                if finding.rule == rule["id"]:
                    assert finding.edits == [], rule["id"]


def test_fix_turns_typed_numbers_into_word_numbering(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix
    from drafter.word import reader

    mixed = make(tmp_path, GOOD_EN, "mixed.docx")
    doc = Document(str(mixed))
    target = doc.paragraphs[6]  # numbered by Word's List Number style, the next paragraph typed "2. "
    target.runs[0].text = ""
    target.style = doc.styles["List Number"]
    doc.save(str(mixed))
    report, doc = check.check_file(mixed, lib)
    assert "numbering-mixed" in {f.rule for f in report.findings}
    fixed, rest = fix.fix(report, doc, tmp_path / "numbered.docx", force=False)
    assert "numbering-mixed" in {f.rule for f in fixed}
    after = reader.read(tmp_path / "numbered.docx").paragraphs
    assert [p.label for p in after[6:8]] == ["1.", "2."]
    assert after[7].text == "Urges Member States to cooperate."
    assert findings(tmp_path / "numbered.docx", lib) == []


def test_a_repeated_lead_with_nothing_before_it_in_chinese(lib: library.Library, tmp_path: Path) -> None:
    bad = make(tmp_path, replace(GOOD_ZH, 6, [("1. ", ""), ("又请", "u"), ("联合国毒品和犯罪问题办公室继续开展工作；", "")]),
               "bad.docx")
    found = [f for f in findings(bad, lib) if f.rule == "lead-repeat-first"]
    assert [f.message for f in found] == ["“又请”表示重复使用前文的引导词，但此前没有“请”，应为“请”"]
    good = make(tmp_path, [*GOOD_ZH[:8], [("2. ", ""), ("又请", "u"), ("秘书长提交报告；", "")],
                           [("3. ", ""), ("敦促", "u"), ("会员国开展合作。", "")]], "good.docx")
    assert "lead-repeat-first" not in rules_of(good, lib)
