"""Every command's refusals under ``--lang zh`` (issue 25): Chinese with full-width punctuation, with no English
sentence left in them (file names, rule ids, option names and quoted values may stay as written); the same
refusals are English under ``--lang en``."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from chinese_lines import assert_said_in_chinese, english_in
from paths import ROOT

FIXTURES = ROOT / "tests" / "revise" / "amend_fixtures"
RULES = ROOT / "conferences" / "un-general-assembly.yaml"

BAD_LOG = """\
draft: draft-zh.yaml
rules: missing-rules.yaml
colour: red
amendments:
  - file: zh-strike.yaml
    submitted: 1
    proposer: Chna
    status: failed
  - file: nowhere.yaml
    submitted: 1
    proposer: IND
    status: passed
    kind: unfriendly
    decided: 1
  - just text
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("draft-zh.yaml", "zh-strike.yaml", "zh-replace-words.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "wrong-words.yaml").write_text(
        "draft: draft-zh.yaml\nsubmitted_by: IND\nkind: unfriendly\ndate: 2027-05-21\nactions:\n"
        "  - replace_words: \"3(b)\"\n    words: 不存在的词语\n    with: 别的词语\n"
        "  - strike: \"9\"\n", encoding="utf-8")
    (tmp_path / "log.yaml").write_text(BAD_LOG, encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "rules.yaml").write_text("conference: 模拟联合国\ncommittees:\n  - 3\n  - name: 大会\n    aliases: 5\n",
                                         encoding="utf-8")
    (tmp_path / "votes.yaml").write_text("- draft.docx\n", encoding="utf-8")
    (tmp_path / "votes.csv").write_text("State,vote\nAtlantis,yes\nChina,perhaps\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("不是草案\n", encoding="utf-8")
    (tmp_path / "badlib").mkdir()
    (tmp_path / "badlib" / "a.yaml").write_text("clauses: 3\n", encoding="utf-8")
    return tmp_path


def damaged(docx: Path, out: Path) -> Path:
    """``docx`` with a paragraph's numbering id that is not a number."""
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b'<w:numId w:val="', b'<w:numId w:val="x', 1)
            dst.writestr(item, data)
    return out


def refusals(folder: Path) -> list[tuple[list[str], str]]:
    """Each refusal: the command line and a piece of what it must say in Chinese."""
    draft, docx = str(folder / "draft-zh.yaml"), str(folder / "draft.docx")
    return [
        (["check", "--disable", "NO-SUCH-RULE", docx], "未知规则 NO-SUCH-RULE"),
        (["check", "--present", "20", docx], "--present 是会议规则所用的出席代表团数"),
        (["check", "--rules", str(RULES), "--present", "0", docx], "请给出出席的代表团数"),
        (["diff", "--author", " ", docx, draft], "--author“ ”为空"),
        (["build", "--out", "-", "--format", "docx", draft], "--out - 写到标准输出，只能是 md 或 txt"),
        (["build", "--out", "-", "--format", "md", draft, draft], "--out - 只把一份文档写到标准输出"),
        (["build", "--template", str(folder / "templates"), draft], "是文件夹，不是 .docx 文件"),
        (["library", "import", docx, "--out", str(folder / "lib"), "--topic-name", "x"], "请同时给出 --topic"),
        (["library", "import", docx, "--out", str(folder / "lib"), "--topic", "Bad Topic"], "只能用小写字母"),
        (["vote", "--rules", str(RULES), "--for", "-1", "--against", "3"], "表决：票数从 0 算起"),
        (["vote", "--rules", str(RULES), "--for", "10", "--against", "3", "--veto", "Brazil"], "不是安全理事会常任理事国"),
        (["serve", "--port", "0"], "--port：请给出 1 至 65535 之间的端口"),
        (["clauses", "show"], "用法：drafter clauses show ID"),
        (["countries", "show"], "用法：drafter countries show"),
        (["countries", "show", "Atlantis"], "未知国家“Atlantis”"),
        (["amend", str(folder / "wrong-words.yaml")], "执行部分第3（b）段中没有“不存在的词语”"),
        (["apply", draft, str(folder / "wrong-words.yaml"), "--out", str(folder / "out.docx")],
         "没有执行部分第9段：草案有"),
        (["amendments", str(folder / "log.yaml")], "未知国家“Chna”"),
        (["library", "import", docx, "--out", str(folder / "lib"), "--votes", "X", str(folder / "votes.csv")],
         "votes.csv 第2行：未知国家“Atlantis”"),
        (["library", "import", docx, "--out", str(folder / "lib"), "--topic", "new-topic", "--committee", "nowhere"],
         "未知委员会“nowhere”（已知："),
        (["booklet", docx, "--out", str(folder / "booklet.docx"), "--title", "会议", "--votes", str(folder / "votes.yaml")],
         "votes.yaml 第1行第1列：表决文件应为映射"),
        (["merge", docx, str(folder / "notes.txt"), "--out", str(folder / "merged.yaml")],
         "notes.txt 第1行第1列：合并只接受答案文件（.yaml）和 Word 工作文件（.docx）"),
        (["merge", draft, str(folder / "zh-strike.yaml"), "--out", str(folder / "merged.yaml")],
         "zh-strike.yaml 第2行第1列：未知字段“draft”"),
        (["check", "--rules", str(folder / "rules.yaml"), docx], "rules.yaml 第3行第5列：委员会应为名称或映射"),
        (["check", "--rules", str(folder / "rules.yaml"), docx], "rules.yaml 第5行第14列：aliases 必须是名称列表"),
        (["check", str(damaged(Path(docx), folder / "damaged.docx"))], "已损坏的 Word 文档（编号值不是数字：“x"),
        (["diff", str(folder / "damaged.docx"), draft], "已损坏的 Word 文档（编号值不是数字"),
        (["clauses", "water", "--library", str(folder / "badlib")], "条款资料库有 1 个问题"),
        (["clauses", "water", "--library", str(folder / "badlib")], "a.yaml:1:10：部分“clauses”必须是条目列表"),
    ]


def test_every_refusal_is_said_in_chinese(run, folder: Path) -> None:
    assert run("build", str(folder / "draft-zh.yaml"), "--out", str(folder / "draft.docx"))[0] == 0
    for argv, expected in refusals(folder):
        status, _, err = run(*argv, "--lang", "zh") if argv[0] != "library" else run("--lang", "zh", *argv)
        assert status in (1, 2, 3), (argv, status, err)
        said = "\n".join(assert_said_in_chinese(err))
        assert expected in said, (argv, said)
    assert not any((folder / name).exists() for name in ("out.docx", "lib", "booklet.docx", "merged.yaml"))


def test_the_amendment_log_is_checked_in_chinese_line_by_line(run, folder: Path) -> None:
    status, _, err = run("amendments", str(folder / "log.yaml"), "--lang", "zh")
    assert status == 2
    lines = assert_said_in_chinese(err)
    log = str(folder / "log.yaml")
    for expected in (f"{log} 第3行第1列：未知字段“colour”", "第2行第8列：没有规则文件“missing-rules.yaml”（路径相对于记录所在文件夹）",
                     "第7行第15列：未知国家“Chna”；是否指“中国”（CHN）？",
                     "第8行第13列：未通过的修正案须有 `decided:`（决定的顺序）",
                     "未通过的修正案须有表决结果", "非友好修正案只能经表决通过",
                     "第15行第5列：每项修正案都是映射", "`submitted: 1` 也是修正案 zh-strike.yaml 的编号"):
        assert any(expected in line for line in lines), (expected, lines)


def test_the_same_refusals_in_english_have_no_chinese(run, folder: Path) -> None:
    assert run("build", str(folder / "draft-zh.yaml"), "--out", str(folder / "draft.docx"))[0] == 0
    for argv, _ in refusals(folder):
        status, _, err = run(*argv, "--lang", "en") if argv[0] != "library" else run("--lang", "en", *argv)
        assert status in (1, 2, 3) and err.startswith("drafter: "), (argv, err)
        assert "(s)" not in err, err
        unquoted = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"", "", err)  # the draft's own words may be Chinese
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in unquoted), (argv, err)
    assert english_in("drafter：unknown rule given，NO-SUCH-RULE") == ["unknown rule given"]  # the check finds it
