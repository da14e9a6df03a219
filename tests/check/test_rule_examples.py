"""Every rule's examples (drafter/check/ruledata/*.yaml) built as Word documents and checked: a failing example
gets its rule on the paragraph it names, a passing one does not get the rule; every rule has both. A damaged rule
file is refused with its name and line."""

from __future__ import annotations

import ast
import os
import shutil
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from check.example_docs import NotationError, build, runs
from conftest import ROOT

from drafter import check, library, yamlio
from drafter.check import ruleload
from drafter.check.paperlength import add_length_findings
from drafter.check.rules import RULES, SEVERITIES
from drafter.conference.load import load
from drafter.structure.paper import PaperRules

EXAMPLES = [(path, rule, example) for path, rule in ruleload.read(SEVERITIES) for example in rule["examples"]]


def example_id(case: tuple[Path, Any, Any]) -> str:
    path, rule, example = case
    return f"{rule['id']}-{example['kind']}-{example['language']}-{example.mark[0]}"


def checked(example: Any, tmp_path: Path, lib: library.Library) -> check.Report:
    """The report on the example's document, with a conference's position-paper rules when it names some."""
    path = build(example, tmp_path / "example.docx")
    rules = PaperRules()
    if "conference" in example:
        (tmp_path / "conference.yaml").write_text(yamlio.dump(example["conference"]), encoding="utf-8")
        rules = load(tmp_path / "conference.yaml").paper_rules()
    report, doc = check.check_file(path, lib, profile=example.get("profile"), paper_rules=rules)
    if report.profile == "position-paper":
        add_length_findings([(report, doc)], rules)
    return report


@pytest.mark.parametrize("case", EXAMPLES, ids=example_id)
def test_example(case: tuple[Path, Any, Any], lib: library.Library, tmp_path: Path) -> None:
    path, rule, example = case
    report = checked(example, tmp_path, lib)
    where = f"{path.name}:{example.mark[0]}"
    assert report.language == example["language"], where
    named = [f.paragraph for f in report.findings if f.rule == rule["id"]]
    found = [(f.rule, f.paragraph, f.message) for f in report.findings]
    if example["kind"] == "fail":
        assert example["paragraph"] in named, (where, found)
    else:
        assert named == [], (where, found)


def test_every_rule_fails_and_passes_in_an_example() -> None:
    kinds: dict[str, set[str]] = {rule_id: set() for rule_id in RULES}
    for _, rule, example in EXAMPLES:
        kinds[rule["id"]].add(example["kind"])
    assert {rule_id for rule_id, seen in kinds.items() if seen != {"fail", "pass"}} == set()


def test_the_files_make_the_rules() -> None:
    """RULES is what the files say, in the catalogue's order (read past the cache)."""
    read = ruleload.read(SEVERITIES)
    assert [rule["id"] for _, rule in read] == list(RULES)
    for _, rule in read:
        made = RULES[rule["id"]]
        assert (made.severity, made.en, made.zh, made.source, made.fixable) == (
            rule["severity"], rule["message"]["en"], rule["message"]["zh"], rule["source"], rule.get("fixable", False))


def test_every_paragraph_is_in_the_notation() -> None:
    for path, rule, example in EXAMPLES:
        for spec in example["paragraphs"]:
            text = spec.get("text", "") if isinstance(spec, dict) else spec
            assert isinstance(text, str), (path.name, rule["id"], spec)
            runs(text)


def test_the_notation() -> None:
    assert runs("*Rec|alling* its resolution,") == [("Rec", "i"), ("alling", "i"), (" its resolution,", "")]
    assert runs("1. _Urges_ **all** States") == [("1. ", ""), ("Urges", "u"), (" ", ""), ("all", "b"), (" States", "")]
    assert runs(r"School: \_\_ a\*b") == [("School: __ a*b", "")]
    for bad in ("*Recalling its resolution,", "_Urges", "ends with \\"):
        with pytest.raises(NotationError):
            runs(bad)


def _family_fields() -> dict[str, list[tuple[str, int, set[str]]]]:
    """For each rule, the keyword fields every call that reports it passes: (file, line, fields)."""
    calls: dict[str, list[tuple[str, int, set[str]]]] = {}
    sources = [*(ROOT / "drafter" / "check" / "families").glob("*.py"), ROOT / "drafter" / "check" / "paperlength.py"]
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args or any(k.arg is None for k in node.keywords):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and first.value in RULES:
                calls.setdefault(first.value, []).append((source.name, node.lineno, {k.arg for k in node.keywords
                                                                                     if k.arg is not None}))
    return calls


def test_every_message_field_is_filled_by_its_family() -> None:
    """A field a message names that the family's call does not pass would stop the checker with a KeyError."""
    calls = _family_fields()
    missing = []
    for rule_id, rule in RULES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(rule.en) if name}
        missing += [(rule_id, where, line, sorted(fields - passed)) for where, line, passed in calls.get(rule_id, [])
                    if fields - passed]
    assert missing == []
    assert len(calls) > len(RULES) * 3 // 4  # the scan finds the calls (a few rules' ids are chosen in code)


# damaged rule files: each is refused with the file and line
def damaged(tmp_path: Path, name: str, old: str, new: str, count: int = 1) -> Path:
    folder = tmp_path / "ruledata"
    shutil.copytree(ruleload.FOLDER, folder)
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text
    (folder / name).write_text(text.replace(old, new, count), encoding="utf-8")
    return folder


# ``offset``: the line reported, counted from the line where ``old`` stands in the shipped file (so that a rule example
# added to that file moves nothing here); None: no line is named
@pytest.mark.parametrize(("name", "old", "new", "offset", "words"), [
    ("organ.yaml", "  severity: error\n", "", -1, "'severity' is missing"),
    ("organ.yaml", "  severity: error\n", "  severity: fatal\n", 0, "unknown severity 'fatal'"),
    ("organ.yaml", "id: organ-emphasis", "id: organ-line", 0, "defined twice (first in organ.yaml, line"),
    ("organ.yaml", "zh: 机构名称行应{want}", "zh: 机构名称行应{wanted}", -1, "different fields"),
    ("organ.yaml", "    en: the organ line should be {want}\n", "", 0, "en: and zh:"),
    ("organ.yaml", "  - kind: pass\n    language: en\n    paragraphs:\n    - E/CN", "  - kind: fail\n    paragraph: 2\n"
     "    language: en\n    paragraphs:\n    - E/CN", -15, "kind: pass"),
    ("organ.yaml", "  - kind: pass\n    language: en\n    paragraphs:\n    - E/CN", "  - kind: fail\n    language: en\n"
     "    paragraphs:\n    - E/CN", 0, "needs paragraph:"),
    ("organ.yaml", "    paragraph: 8\n", "    paragraph: 8\n    page: 2\n", -1, "unknown field 'page'"),
    ("organ.yaml", "rules:\n- id: organ-line", "rules:\n- id: organ-line\n  id: again", 2, "duplicate key"),
    ("leadform.yaml", "    adverb-meant: [deep, grave,", "    adverb-meant: [deep, deep,", 0, "names 'deep' twice"),
    ("leadform.yaml", "    adverb-meant: [deep, grave, full, strong, serious, profound, firm]\n",
     "    adverb-meant: []\n", 0, "must list words"),
    ("leadform.yaml", "    adverb-meant:", "    Adverb_Meant:", 0, "lower-case words joined by '-'"),
    ("leadform.yaml", "      催促: [敦促, 敦促]", "      催促: [敦促, 3]", 0, "'催促' must map to a text"),
    ("catalogue.yaml", "- organ-emphasis\n", "", None, "missing from catalogue.yaml"),
    ("catalogue.yaml", "- organ-emphasis\n", "- organ-emphasis\n- organ-emphasis\n", 1, "listed twice"),
    ("catalogue.yaml", "- organ-emphasis\n", "- organ-emphasis\n- organ-shape\n", 1, "in no family file"),
])
def test_a_damaged_rule_file_names_its_line(name: str, old: str, new: str, offset: int | None, words: str,
                                            tmp_path: Path) -> None:
    shipped = (ruleload.FOLDER / name).read_text(encoding="utf-8")
    folder = damaged(tmp_path, name, old, new)
    with pytest.raises(ruleload.RuleFileError) as caught:
        ruleload.rule_fields(SEVERITIES, folder)
    assert words in caught.value.problem, str(caught.value)
    if offset is not None:
        line = shipped[:shipped.index(old)].count("\n") + 1 + offset
        assert (caught.value.path.name, caught.value.line) == (name, line), str(caught.value)
    assert str(caught.value).startswith(f"{folder / caught.value.path.name}:")
    assert "规则文件已损坏" in caught.value.text("zh")


def test_drafter_check_with_a_damaged_rule_file_says_where(tmp_path: Path) -> None:
    """From the command line: one clear line naming the file and line, exit 2, no traceback."""
    folder = damaged(tmp_path, "organ.yaml", "  severity: error\n", "  severity: fatal\n")
    build({"paragraphs": ["Recalling its resolution,"]}, tmp_path / "d.docx")
    # the rules are read again, from the damaged copy, when the command first needs them
    script = ("import sys; from pathlib import Path; from drafter.check import ruleload; "
              f"ruleload.FOLDER = Path({str(folder)!r}); "
              "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith('drafter.') and m not in (ruleload.__name__, 'drafter.status')]; "
              "from drafter.cli import main; sys.exit(main(['check', 'd.docx']))")
    env = {**{k: v for k, v in os.environ.items() if k != "COLUMNS"},  # a set width wraps refusals
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    shipped = (ruleload.FOLDER / "organ.yaml").read_text(encoding="utf-8")
    line = shipped[:shipped.index("  severity: error\n")].count("\n") + 1
    assert f"{folder / 'organ.yaml'}:{line}:" in done.stderr and "unknown severity 'fatal'" in done.stderr


def test_the_cache_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged or foreign cache entry is read past: the rules come from the files again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = ruleload.rule_fields(SEVERITIES)
    entries = list((tmp_path / "drafter" / "rules").glob("*.marshal"))
    assert len(entries) == 1
    kept = ruleload.rule_fields(SEVERITIES)
    assert kept == first
    words = next(fields[6] for fields in kept if fields[0] == "lead-form")  # a rule's word lists come back whole
    assert words["everyday-zh"]["意识"] == ("", "意识到") and words["adverb-meant"]["grave"] == ()
    for junk in (b"", b"\x00garbage", __import__("marshal").dumps((ruleload.FORMAT, (("x", "fatal", "", "", "", 1),)))):
        entries[0].write_bytes(junk)
        assert ruleload.rule_fields(SEVERITIES) == first
