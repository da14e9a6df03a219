"""docs/RULES.md is the checker's rules as tools/rules_doc.py writes them from drafter/check/ruledata/ (#25 item 10)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tools_module import load_tool

from drafter.check.rules import RULES

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    return load_tool("rules_doc")


def test_the_document_is_up_to_date() -> None:
    current = (ROOT / "docs" / "RULES.md").read_text(encoding="utf-8")
    assert current == tool().render(), "docs/RULES.md is out of date: run python tools/rules_doc.py"


def test_every_rule_and_every_convention_it_names_is_described_in_both_languages() -> None:
    doc = tool()
    text = doc.render()
    for rule in RULES.values():
        assert f"### `{rule.id}`" in text
        for key, _ in doc.sources_of(rule.source):
            en, zh = doc.SOURCES[key]  # a KeyError names a convention the document does not describe
            assert en and zh and f"| {key} | {en} | {zh} |" in text


def test_check_option_reports_a_stale_document(tmp_path: Path, monkeypatch, capsys) -> None:
    doc = tool()
    assert doc.main(["--check"]) == 0
    stale = tmp_path / "RULES.md"
    stale.write_text(doc.render().replace("organ-line", "organ-row"), encoding="utf-8")
    monkeypatch.setattr(doc, "DOCUMENT", stale)
    monkeypatch.setattr(doc, "ROOT", tmp_path)
    assert doc.main(["--check"]) == 1 and "out of date" in capsys.readouterr().err
