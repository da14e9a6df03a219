"""The command modules: the parser they build together, what start-up loads, and the report printing of check."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from drafter import cli
from drafter.bilingual import Text
from drafter.check import Finding, Report
from drafter.commands import check, common, new

HEAVY = ("docx", "lxml", "yaml", "jinja2", "questionary", "prompt_toolkit")
HANDLER_ONLY = ("drafter.library", "drafter.compose", "drafter.check", "drafter.revise", "drafter.interview",
                "drafter.importer", "drafter.conference", "drafter.word", "drafter.structure", "drafter.commands.browse",
                "drafter.commands.batch", "drafter.files", "drafter.serve")


def test_every_command_in_the_order_of_help() -> None:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == ["library", "clauses", "countries", "blocs", "topics", "groups", "build", "check",
                                 "vote", "booklet", "new", "amend", "apply", "diff", "merge", "amendments", "serve", "completion"]
    for name, command in sub.choices.items():
        handler = command.get_default("handler")
        assert callable(handler), name
        if name != "library":
            assert any("--library" in a.option_strings for a in command._actions), name


def test_building_the_parser_loads_no_handler_module() -> None:
    code = ("import sys; from drafter import cli; cli.build_parser(); "
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {'docx', 'lxml', 'yaml', 'jinja2', "
            "'questionary', 'prompt_toolkit', 'drafter'})))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]
    assert not [m for m in loaded if m.startswith(HANDLER_ONLY)]


def test_print_json_keeps_chinese() -> None:
    env = types.SimpleNamespace(printed=[])
    env.print = env.printed.append
    common.print_json(env, {"name": "中国", "ids": [1, 2]})
    assert env.printed == ['{\n  "name": "中国",\n  "ids": [\n    1,\n    2\n  ]\n}']
    assert json.loads(env.printed[0]) == {"name": "中国", "ids": [1, 2]}


def test_free_path_counts_up(tmp_path: Path) -> None:
    resume = tmp_path / "drafter-resume.yaml"
    assert new.free_path(resume) == resume
    resume.write_text("")
    (tmp_path / "drafter-resume-2.yaml").write_text("")
    assert new.free_path(resume) == tmp_path / "drafter-resume-3.yaml"


def _report() -> tuple[Report, types.SimpleNamespace]:
    findings = [Finding("terminal-punctuation", "error", 3, 12, "x", Text("ends with ';' where ',' belongs", "分号"),
                        Text("','", "改为逗号")),
                Finding("lead-emphasis", "warning", 3, 1, "x", Text("lead not in italics", "引导词未用斜体")),
                Finding("spacing", "suggestion", 5, 4, "y", Text("two spaces", "两个空格"))]
    report = Report("draft.docx", "en", "un", findings, remarks=[Text("heading read as profile un", "标题按 un 格式读取")])
    doc = types.SimpleNamespace(paragraphs=[types.SimpleNamespace(index=3, text="Recalling  " + "word " * 20),
                                            types.SimpleNamespace(index=5, text="Requests")])
    return report, doc


def test_check_reports_in_three_formats() -> None:
    report, doc = _report()
    assert report.summary() == {"error": 1, "warning": 1, "suggestion": 1}
    assert check.report_lines(report) == [
        "draft.docx:3:12:terminal-punctuation:error:ends with ';' where ',' belongs",
        "draft.docx:3:1:lead-emphasis:warning:lead not in italics",
        "draft.docx:5:4:spacing:suggestion:two spaces"]
    data = check.report_json(report)
    assert list(data) == ["file", "language", "profile", "summary", "notes", "findings"]
    text = check.report_text(report, doc, colour=False).splitlines()
    assert text[0] == "draft.docx (en, profile un): 1 error, 1 warning, 1 suggestion"
    assert text[1] == "  note: heading read as profile un"
    assert text[2].startswith("  ¶3  Recalling  word") and text[2].endswith("…") and len(text[2]) == 2 + 4 + 70 + 1
    assert text[3] == "    3:12 error terminal-punctuation: ends with ';' where ',' belongs [fixable]"
    assert text[4] == "    3:1 warning lead-emphasis: lead not in italics"
    assert text[5:] == ["  ¶5  Requests", "    5:4 suggestion spacing: two spaces"]
    coloured = check.report_text(report, doc, colour=True)
    assert "\033[31merror\033[0m" in coloured and "\033[2m" in coloured


def test_check_reports_a_position_paper_as_one() -> None:
    report, doc = _report()
    report.profile = "position-paper"
    text = check.report_text(report, doc, colour=False).splitlines()
    assert text[0] == "draft.docx (en, position paper): 1 error, 1 warning, 1 suggestion"
    assert text[2] == "    3:12 error terminal-punctuation: ends with ';' where ',' belongs [fixable]"
    chinese = check.report_text(report.speaking("zh"), doc, colour=False).splitlines()
    assert chinese[0] == "draft.docx（en，立场文件）：1 个错误，1 个警告，1 个建议"
    assert chinese[2] == "    3:12 错误 terminal-punctuation：分号（可自动修正）"


def test_each_command_is_built_by_the_module_named_for_it() -> None:
    full = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(cli.MODULE_OF) == set(full.choices) - {"completion"}
    for name, module in cli.MODULE_OF.items():
        parser = cli.build_parser(name)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert name in sub.choices
        assert set(sub.choices) == {n for n, m in cli.MODULE_OF.items() if m == module}
    for every in (None, "completion", "help", "chek"):
        sub = next(a for a in cli.build_parser(every)._actions if isinstance(a, argparse._SubParsersAction))
        assert list(sub.choices) == list(full.choices)


def test_the_command_asked_is_the_first_word_after_drafters_own_options() -> None:
    assert cli.command_asked(["check", "a.docx"]) == "check"
    assert cli.command_asked(["--lang", "zh", "check", "--help"]) == "check"
    assert cli.command_asked(["--lang=zh", "diff"]) == "diff"
    assert cli.command_asked(["--la", "en", "vote"]) == "vote"
    assert cli.command_asked(["--vers"]) is None
    assert cli.command_asked(["--help", "check"]) is None
    assert cli.command_asked(["-h", "check"]) is None
    assert cli.command_asked(["--unknown", "check"]) is None
    assert cli.command_asked([]) is None


def test_help_before_a_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help", "check"]) == 0
    out = capsys.readouterr().out
    assert "completion" in out and "amendments" in out and "check" in out
