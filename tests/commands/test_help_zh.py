"""--help in Chinese with a Chinese locale or --lang zh (#25 item 1): every help text has its Chinese, with
full-width punctuation, wrapped by display width."""

from __future__ import annotations

import pytest

from drafter.cli import build_parser, main
from drafter.commands.help_zh import HELP_ZH
from drafter.commands.helptext import help_language, texts
from drafter.environment import Environment
from drafter.punctuation import half_width_in_chinese, zh_typography
from drafter.wrapping import NO_LINE_START, display_width


def test_every_help_text_has_chinese_with_full_width_punctuation() -> None:
    missing = [t for t in texts(build_parser()) if t not in HELP_ZH]
    assert not missing, f"add to drafter/commands/help_zh.py: {missing}"
    for zh in HELP_ZH.values():
        assert not half_width_in_chinese(zh) and zh_typography(zh) == zh, zh


def test_the_language_of_the_help() -> None:
    assert help_language(["check", "--lang", "zh", "--help"], {}) == "zh"
    assert help_language(["--lang=zh"], {"LANG": "en_GB.UTF-8"}) == "zh"
    assert help_language(["--help"], {"LC_ALL": "", "LANG": "zh_CN.UTF-8"}) == "zh"
    assert help_language(["--lang", "en", "--help"], {"LANG": "zh_CN.UTF-8"}) == "en"
    assert help_language(["--help"], {"LANG": "C.UTF-8"}) == "en"
    assert help_language(["--", "--lang", "zh"], {}) == "en"


def help_text(capsys: pytest.CaptureFixture[str], argv: list[str], variables: dict[str, str]) -> str:
    status = main(argv, Environment(variables=variables))
    assert status == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", ["60", "80"])
@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["library", "import", "--help"], ["new", "-h"]])
def test_help_in_chinese_fits_the_terminal(capsys, monkeypatch, argv: list[str], columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)  # argparse's own width
    out = help_text(capsys, argv, {"LANG": "zh_CN.UTF-8"})
    assert out.startswith("用法：") and "选项：" in out and "show this help" not in out
    lines = out.splitlines()
    assert all(display_width(line) <= int(columns) for line in lines if not line.lstrip().startswith(("[", "用法")))
    assert not any(line.strip()[:1] in NO_LINE_START for line in lines if line.strip())


def test_lang_option_chooses_the_help_language(capsys) -> None:
    out = help_text(capsys, ["clauses", "--lang", "zh", "--help"], {"LANG": "en_US.UTF-8"})
    assert "搜索条款" in out
    out = help_text(capsys, ["--lang", "en", "--help"], {"LANG": "zh_CN.UTF-8"})
    assert out.startswith("usage: ") and "show this help message" in out


def test_root_lang_reaches_the_command(run) -> None:
    status, _, err = run("--lang", "zh", "library", "lint")
    assert status == 0 and err.startswith("无问题：")


def test_usage_errors_in_chinese(run, capsys) -> None:
    """argparse's own errors (issue 25 item 1): Chinese under --lang zh or a Chinese locale, exit 2 as ever."""
    from drafter.commands.helptext import usage_error_zh

    cases = [(["--lang", "zh", "check", "--lang", "fr", "x.docx"], "drafter check：参数 --lang：无效的选择 “fr”（可选：en、zh）"),
             (["--lang", "zh", "apply"], "drafter apply：缺少必需的参数：DRAFT、AMENDMENT.yaml、--out"),
             (["--lang", "zh", "check", "x.docx", "--bogus"], "drafter：无法识别的参数：--bogus"),
             (["--lang", "zh", "check", "--present", "many", "x.docx"], "drafter check：参数 --present：无效的值 “many”")]
    for argv, said in cases:
        status, out, _ = run(*argv)
        err = capsys.readouterr().err
        last = err.strip().splitlines()[-1]
        assert status == 2 and not out and err.startswith("用法：") and last == said, err
        assert not half_width_in_chinese(last)
    status, _, _ = run("bogus", variables={"LANG": "zh_CN.UTF-8"})
    err = capsys.readouterr().err
    assert status == 2 and err.strip().splitlines()[-1].startswith("drafter：参数 COMMAND：无效的选择 “bogus”（可选：")
    status, _, _ = run("apply", variables={"LANG": "en_GB.UTF-8"})
    err = capsys.readouterr().err
    assert status == 2 and "用法" not in err and not any("\u4e00" <= c <= "\u9fff" for c in err)
    assert usage_error_zh("argument --x: something argparse may say one day") == \
        "argument --x: something argparse may say one day"
