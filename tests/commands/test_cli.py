"""The command line: help, version, listing and showing clauses and countries, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def test_version_and_help(run) -> None:
    status, out, _ = run("--version")
    assert status == 0
    for command in ([], ["library"], ["library", "lint"], ["clauses"], ["countries"], ["build"], ["check"], ["new"]):
        status, _, _ = run(*command, "--help")
        assert status == 0, command


def test_help_does_not_import_heavy_modules() -> None:
    code = ("import sys; from drafter.cli import main; main(['--help']) if False else None; "
            "import drafter.cli; print(','.join(m for m in ('docx', 'questionary', 'jinja2', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_clauses_filters_and_json(run) -> None:
    status, out, err = run("clauses", "--country", "CHN", "--kind", "operative", "--json")
    assert status == 0
    data = json.loads(out)
    assert data and all(c["kind"] == "operative" for c in data)
    assert {"id", "kind", "phrase", "text", "topics", "stances", "source"} <= set(data[0])
    assert all(c["stances"].get("un-convention") != "opposes" for c in data)
    status, out, _ = run("clauses", "能力建设", "--lang", "zh", "--json")
    found = json.loads(out)
    in_text = [c for c in found if c["match"]["whole"]]  # then 能力 … 建设 apart, then the topic
    assert in_text and all("能力建设" in c["text"]["zh"] or "能力建设" in c["phrase"]["zh"]
                           or any("能力建设" in s["zh"] for s in c["subparagraphs"]) for c in in_text)
    assert all(c["match"]["field"] == "text" or "capacity-building" in c["topics"] for c in found[len(in_text):])
    status, out, _ = run("clauses", "--topic", "sovereignty", "--bloc", "budapest", "--json")
    assert all(c["stances"]["budapest"] == "supports" and "sovereignty" in c["topics"] for c in json.loads(out))
    status, out, err = run("clauses", "--topic", "astrology")
    assert status == 2 and "unknown topic" in err
    status, out, err = run("clauses", "--country", "Atlantis")
    assert status == 2 and "unknown country" in err


def test_clause_show(run) -> None:
    status, out, _ = run("clauses", "show", "cyb-rec-10")
    assert status == 0
    assert "Calls upon Member States" in out and "(a) the real-time collection" in out
    assert "Report on the meeting of the Expert Group" in out and "(002_56a285b93f2d3494.txt)" in out
    assert "section    annex, recommendation 10" in out and "UN symbol  UNODC/CCPCJ/EG.4/2021/2" in out
    status, _, err = run("clauses", "show", "cyb-rec-1000")
    assert status == 2 and "unknown clause id" in err


def test_countries(run) -> None:
    status, out, _ = run("countries", "--group", "BRICS", "--json")
    data = json.loads(out)
    assert {c["iso3"] for c in data} == {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"}
    status, out, _ = run("countries", "--bloc", "budapest")
    assert status == 0 and "France" in out and "法国" in out


def test_user_library_from_environment(run, tmp_path) -> None:
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "extra.yaml").write_text(
        "clauses:\n  - id: my-clause\n    kind: operative\n    phrase: invites\n    topics: [prevention]\n"
        "    en: schools to teach online safety\n    zh: 学校开展网络安全教育\n    source: {note: our delegation}\n",
        encoding="utf-8")
    status, out, _ = run("clauses", "show", "my-clause", variables={"DRAFTER_LIBRARY": str(extra)})
    assert status == 0 and "Invites schools to teach online safety" in out
    status, out, _ = run("library", "lint", variables={"DRAFTER_LIBRARY": str(extra)})
    assert status == 0


@pytest.mark.parametrize("argv", [["build"], ["check"], ["nonsense"]])
def test_usage_errors_exit_2(run, argv) -> None:
    status, _, _ = run(*argv)
    assert status == 2
