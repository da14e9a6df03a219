"""What `build`, `apply` and `diff` say on standard error is in the language of the document they read (issue
25 item 1): a Chinese draft gets Chinese words and full-width punctuation, an English one English."""

from __future__ import annotations

from pathlib import Path

from paths import ROOT

FIXTURES = ROOT / "tests" / "revise" / "amend_fixtures"
CHINESE = ROOT / "examples" / "china-resolution-zh-cn-mun.yaml"
ENGLISH = ROOT / "examples" / "brazil-resolution-en-una-usa.yaml"


def test_build_reports_in_the_document_language(run, tmp_path: Path) -> None:
    status, _, err = run("build", str(CHINESE), "--out", str(tmp_path / "zh.docx"))
    assert status == 0 and err.startswith("已写入 ") and "wrote" not in err
    status, _, err = run("build", str(ENGLISH), "--out", str(tmp_path / "en.docx"))
    assert status == 0 and err.startswith("wrote ")


def test_apply_and_diff_report_in_the_document_language(run, tmp_path: Path) -> None:
    out = tmp_path / "revised.docx"
    status, _, err = run("apply", str(FIXTURES / "draft-zh.yaml"), str(FIXTURES / "zh-strike.yaml"), "--out", str(out))
    assert status == 0, err
    assert f"已写入 {out}（修改以修订标记显示）" in err and "wrote" not in err
    status, _, err = run("diff", str(FIXTURES / "draft-zh.yaml"), str(out))
    assert status == 1 and "处修改" in err.splitlines()[-1] and "：" in err.splitlines()[-1]
    status, _, err = run("apply", str(FIXTURES / "draft-en.yaml"), str(FIXTURES / "en-strike.yaml"),
                         "--out", str(tmp_path / "en.docx"))
    assert status == 0 and "(changes tracked)" in err
    status, _, err = run("diff", str(FIXTURES / "draft-en.yaml"), str(tmp_path / "en.docx"))
    assert status == 1 and err.splitlines()[-1].endswith(" changes")


def test_library_lint_and_import_report_in_the_user_language(run, tmp_path: Path) -> None:
    from paths import UN_FIXTURES

    status, _, err = run("library", "lint", "--lang", "zh")
    assert status == 0 and err.startswith("无问题：") and "条条款（序言性" in err and "clauses" not in err
    status, _, err = run("library", "lint", variables={"LANG": "zh_CN.UTF-8"})  # the locale's language
    assert status == 0 and err.startswith("无问题：")
    status, _, err = run("library", "lint", variables={"LANG": "en_GB.UTF-8"})
    assert status == 0 and err.startswith("clean: ")
    out = tmp_path / "cyber"
    status, _, err = run("library", "import", str(UN_FIXTURES / "74_247.docx"), str(UN_FIXTURES / "74_247_C.docx"),
                         "--out", str(out), "--lang", "zh")
    assert status == 0, err
    assert "已配对 A/RES/74/247" in err and f"个文件到 {out}：" in err and "个重复段落）" in err
    assert f"下一步：drafter library lint {out}；" in err and "wrote" not in err and "next:" not in err


def test_import_says_what_it_left_out_in_chinese(run, tmp_path: Path) -> None:
    from paths import TESTS

    sc = TESTS / "fixtures" / "un-sc"
    status, _, err = run("library", "import", str(sc / "S_RES_2511_2020.docx"), str(sc / "S_RES_2511_2020_C.docx"),
                         "--out", str(tmp_path / "sc"), variables={"LANG": "zh_CN.UTF-8"})
    assert status == 0, err
    assert "已读取 S/RES/2511 (2020)（en+zh）：" in err and "未收入（" in err
    assert "S_RES_2511_2020.docx 第 30 段（执行部分中的标题）：Designation Criteria" in err
    assert "（序言段，序言部分第 18 段）：引导词后没有内容：" in err and "¶" not in err and "preamble" not in err

def test_what_each_action_did_is_said_in_the_language_asked(run, tmp_path: Path) -> None:
    """apply and amend print each action's line ("struck 2: …") and their notes in Chinese under --lang zh, in
    English otherwise, whatever the draft's language."""
    amendments = [str(FIXTURES / n) for n in ("en-strike.yaml", "en-add.yaml", "en-lead.yaml", "en-replace.yaml",
                                               "en-replace-words.yaml")]
    status, out, err = run("apply", str(FIXTURES / "draft-en.yaml"), *amendments, "--out", str(tmp_path / "zh.docx"),
                           "--lang", "zh")
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) >= len(amendments)
    for verb in ("删除了执行部分第", "增加了执行部分第", "的引导词：", "改写了执行部分第", "中的词语："):
        assert any(verb in line for line in lines), (verb, out)
    assert not any(word in out for word in ("struck ", "added ", "replaced ", "changed the lead"))
    assert all("：" in line and ": " not in line.split("：", 1)[0] for line in lines)
    status, out, err = run("apply", str(FIXTURES / "draft-en.yaml"), *amendments, "--out", str(tmp_path / "en.docx"))
    assert status == 0 and any(line.split(": ", 1)[1].startswith("struck ") for line in out.splitlines())
    status, out, err = run("amend", str(FIXTURES / "en-strike.yaml"), "--lang", "zh")
    assert status == 0 and "删除了执行部分第" in out and "项修改全部有效" in err and "action" not in err
