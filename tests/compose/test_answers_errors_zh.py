"""An answers file's problems in Chinese (issue 25): under ``--lang zh`` or when the file says ``language: zh``,
each problem names the file, line and column in Chinese, with full-width punctuation and no English sentence;
under ``--lang en`` the same file is told in English."""

from __future__ import annotations

from pathlib import Path

from chinese_lines import assert_said_in_chinese, english_in

BAD = """\
kind: resolution
language: {language}
profile: cn-mun
agenda: cybercrme
country: 台湾
sponsors: [CHN, CHN, Chna]
signatories: [CHN]
date: 2027-13-01
colour: red
preambular: cyb-core-pp-01
operative:
  - cyb-core-op-1222
  - {{text: 自己的条款}}
  - id: cyb-core-pp-02
  - id: cyb-core-op-11
    form: again
    values: {{century: "21"}}
  - [not, a, clause]
"""


def write(tmp_path: Path, language: str) -> Path:
    path = tmp_path / f"bad-{language}.yaml"
    path.write_text(BAD.format(language=language), encoding="utf-8")
    return path


def test_a_chinese_answers_file_is_told_its_problems_in_chinese(run, tmp_path: Path) -> None:
    path = write(tmp_path, "zh")
    status, out, err = run("build", str(path))
    assert status == 2 and not out
    lines = assert_said_in_chinese(err)
    assert len(lines) >= 12, err
    said = "\n".join(lines)
    for expected in ("第4行第9列：未知议题“cybercrme”", "第5行第10列：“台湾”（Taiwan）不是联合国会员国或观察员国",
                     "第6行第17列：中国在 sponsors 中列出了两次", "未知国家“Chna”（sponsors 中）；是否指“中国”（CHN）？",
                     "第8行第7列：date 的值“2027-13-01”不是日期（请写成 YYYY-MM-DD，例如 2027-05-20）",
                     "第9行第1列：未知字段“colour”", "第10行第13列：preambular 必须是条款编号或条款条目的列表",
                     "未知条款编号“cyb-core-op-1222”；是否指", "自己的条款需要引导词",
                     "条款“cyb-core-pp-02”属于 preambular，却列在 operative 下", "未知的引导词形式“again”",
                     "没有占位符“century”", "operative 的每一项必须是条款编号"):
        assert expected in said, (expected, said)
    assert all(f"{path} 第" in line for line in lines), said
    assert not list(tmp_path.glob("*.docx"))


def test_lang_zh_tells_an_english_answers_file_in_chinese_and_lang_en_a_chinese_one_in_english(
        run, tmp_path: Path) -> None:
    english = write(tmp_path, "en")
    status, _, err = run("build", "--lang", "zh", str(english))
    assert status == 2 and "未知字段“colour”" in "\n".join(assert_said_in_chinese(err))
    status, _, err = run("build", "--lang", "en", str(write(tmp_path, "zh")))
    assert status == 2 and err.startswith("drafter: ") and "unknown field 'colour'" in err
    assert "未知" not in err
    status, _, err = run("build", str(english), variables={"LANG": "zh_CN.UTF-8"})  # an English file: its language
    assert status == 2 and "unknown agenda 'cybercrme'" in err


def test_broken_yaml_in_a_chinese_answers_file_is_told_in_chinese(run, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("kind: resolution\nlanguage: zh\nagenda: [cybercrime\n", encoding="utf-8")
    status, _, err = run("build", str(path))
    assert status == 2
    assert err.startswith(f"drafter：{path} 第4行第1列：YAML 语法错误（") and err.rstrip().endswith("（请修正 YAML 语法）")
    path.write_bytes("language: zh\n".encode("utf-16"))
    status, _, err = run("build", "--lang", "zh", str(path))
    assert status == 2 and "不是 UTF-8 文本（而是 UTF-16）（请将文件存为 UTF-8 文本）" in err
    assert not english_in(err)
