"""``drafter check`` on the command line: --comments (and with --fix), the refusals they share, the report in
Chinese, and findings about several paragraphs in every format."""

from __future__ import annotations

import json
from pathlib import Path

from check.test_check_rules import GOOD_EN, GOOD_ZH, make, replace
from check.test_comments import read_comments

BAD_EN = replace(GOOD_EN, 5, [("Recalling", "i"), (" its resolution 22/7;", "")])
PLAIN_EN = [*GOOD_EN[:5], "Recalling its resolution 22/7 of 26 April 2013,",
            "1. Requests the United Nations Office on Drugs and Crime to continue its work;",
            "2. Urges Member States to cooperate."]
BAD_ZH = replace(GOOD_ZH, 6, [("1. ", ""), ("请", "u"), ("毒品和犯罪问题办公室继续工作,并提出报告", "")])


def test_comments_writes_a_commented_copy(run, tmp_path: Path) -> None:
    draft = make(tmp_path, BAD_EN, "draft.docx")
    status, out, err = run("check", "draft.docx", "--comments", "back.docx")
    assert status == 1
    assert err == "wrote back.docx: 1 comment by Chair\n"
    assert [(c["paragraph"], c["author"]) for c in read_comments(tmp_path / "back.docx")] == [(6, "Chair")]
    status, _, err = run("check", str(draft), "--comments", "back.docx", "--author", "  Ms Li Na ", "--force")
    assert status == 1 and "by Ms Li Na" in err
    assert [(c["author"], c["initials"]) for c in read_comments(tmp_path / "back.docx")] == [("Ms Li Na", "MLN")]


def test_comments_and_fix_together(run, tmp_path: Path) -> None:
    make(tmp_path, replace(BAD_EN, 2, "Sponsors: Federal Republic of Germany"), "draft.docx")
    status, _, err = run("check", "draft.docx", "--fix", "fixed.docx", "--comments", "back.docx")
    assert status == 1
    assert "wrote fixed.docx: fixed 1 finding; 1 needs a person" in err
    assert "wrote back.docx: 1 comment by Chair" in err
    found = read_comments(tmp_path / "back.docx")
    assert [c["paragraph"] for c in found] == [3] and "sponsor-short-name" in str(found[0]["text"])
    assert read_comments(tmp_path / "fixed.docx") == []


def test_comments_refusals(run, tmp_path: Path) -> None:
    draft = make(tmp_path, BAD_EN, "draft.docx")
    make(tmp_path, GOOD_EN, "other.docx")
    (tmp_path / "taken.docx").write_bytes(b"mine")
    cases = [
        (["--comments", "taken.docx"], "already exists"),
        (["--comments", "draft.docx", "--force"], "input"),
        (["--comments", str(draft), "--force"], "input"),
        (["--fix", "same.docx", "--comments", "same.docx"], "input"),
        (["other.docx", "--comments", "back.docx"], "one file at a time"),
        (["--comments", "back.docx", "--author", "Chair\x07"], "--author"),
        (["--comments", "back.docx", "--author", "  "], "--author"),
    ]
    for extra, words in cases:
        status, out, err = run("check", "draft.docx", *extra)
        assert status == 2, (extra, err)
        assert words in err and out == "", (extra, err)
    assert (tmp_path / "taken.docx").read_bytes() == b"mine"
    assert not (tmp_path / "back.docx").exists() and not (tmp_path / "same.docx").exists()


def test_a_chinese_report_is_in_chinese(run, tmp_path: Path) -> None:
    make(tmp_path, BAD_ZH, "zh.docx")
    status, out, err = run("check", "zh.docx", "--fix", "fixed.docx", "--comments", "back.docx")
    assert status == 1
    head = out.splitlines()[0]
    assert head.startswith("zh.docx（zh，格式 ") and head.endswith("：3 个错误，0 个警告，0 个建议"), head
    assert "（可自动修正）" in out and "错误 half-width-zh：" in out and "已修正 ¶7:19 half-width-zh：将“,”改为“，”" in err
    both = out + err
    assert "error(s)" not in both and "[fixable]" not in both and "finding(s)" not in both
    assert "已写入 fixed.docx：自动修正 3 处，0 处需人工处理" in err
    assert "已写入 back.docx：0 条批注（批注人：Chair）" in err
    status, out, _ = run("check", "zh.docx", "--lang", "en")
    assert "3 errors, 0 warnings, 0 suggestions" in out.splitlines()[0] and "[fixable]" in out


def test_lang_zh_on_an_english_draft(run, tmp_path: Path) -> None:
    make(tmp_path, BAD_EN, "draft.docx")
    status, out, _ = run("check", "draft.docx", "--lang", "zh")
    assert status == 1
    assert out.splitlines()[0].endswith("：1 个错误，0 个警告，0 个建议")
    assert "错误 preambular-end：序言段应以“,”结尾（可自动修正）" in out


def test_a_finding_about_several_paragraphs_names_them_in_every_format(run, tmp_path: Path) -> None:
    make(tmp_path, PLAIN_EN, "plain.docx")
    _, out, _ = run("check", "plain.docx", "--format", "json")
    finding = next(f for f in json.loads(out)[0]["findings"] if f["rule"] == "lead-emphasis-document")
    assert finding["paragraph"] == 6 and finding["paragraphs"] == [6, 7, 8]
    _, out, _ = run("check", "plain.docx")
    assert "lead-emphasis-document: 3 of 3 lead phrases are not emphasised; they should be in italics or " \
           "underlined (¶ 6–8) [fixable]" in " ".join(out.split())  # the text report is wrapped to 80 columns
    _, out, _ = run("check", "plain.docx", "--format", "line")
    assert "plain.docx:6:1:lead-emphasis-document:error:3 of 3 lead phrases are not emphasised; they should be " \
           "in italics or underlined (¶ 6–8)" in out.splitlines()
    _, out, _ = run("check", "plain.docx", "--lang", "zh")
    assert "（第6–8段）（可自动修正）" in out


def test_disable_takes_commas_and_names_the_rule_meant(run, tmp_path) -> None:  # noqa: ANN001
    draft = make(tmp_path, GOOD_EN)
    status, out, err = run("check", str(draft), "--disable", "lead-emphasis,organ-line", "--disable", "date-format")
    assert status in (0, 1) and "unknown" not in err
    status, _, err = run("check", str(draft), "--disable", "lead-emfasis,organ-line")
    assert status == 2 and "unknown rule lead-emfasis (did you mean lead-emphasis?)" in err
    assert "organ-emphasis" not in err  # a slip of one rule is answered by that rule, not the list of all
    status, _, err = run("--lang", "zh", "check", str(draft), "--disable", "no-such-thing")
    assert status == 2 and "未知规则 no-such-thing；规则有：organ-line、" in err
