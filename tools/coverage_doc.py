"""Write docs/COVERAGE.md: for every convention of FORMAT.md, the checker rules that name it (their ``source``
in drafter/check/ruledata/) and a verdict — covered, partly covered, not checkable from a .docx, or checkable
and missing — from docs/coverage-notes.yaml, the hand-kept verdicts and reasons.

    python tools/coverage_doc.py           # write docs/COVERAGE.md
    python tools/coverage_doc.py --check   # exit 1 when docs/COVERAGE.md is stale or a convention has no verdict

tests/test_coverage_doc.py fails when the document is stale, when a convention of FORMAT.md is missing from the
notes, or when a convention no rule names has no verdict.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doctool import ROOT, rules, write_or_check  # noqa: E402 - tools/ itself, put on the path above

RULES = rules().RULES

DOCUMENT = ROOT / "docs" / "COVERAGE.md"
NOTES = ROOT / "docs" / "coverage-notes.yaml"
# FORMAT.md is the project's shared conventions file, kept beside the repository
FORMAT = next((folder / "shared" / "FORMAT.md" for folder in (ROOT.parent, ROOT.parent.parent)
               if (folder / "shared" / "FORMAT.md").exists()), ROOT.parent / "shared" / "FORMAT.md")

VERDICTS = {"covered": "covered", "partly": "partly covered", "not-checkable": "not checkable from a .docx",
            "missing": "checkable, missing"}
CONVENTION = re.compile(r"^\*\*([A-Z]+-[A-Z]?\d+) – ", re.MULTILINE)
KEY = re.compile(r"^([A-Z]+)-([A-Z]?)(\d+)(?:–([A-Z]?)(\d+))?$")


def format_ids(text: str) -> list[str]:
    """The convention ids FORMAT.md defines (each "**ID – rule**" paragraph), in its order."""
    return CONVENTION.findall(text)


def expand(key: str) -> list[str]:
    """A rule's source key as convention ids: "UN-H01–H07" → UN-H01 … UN-H07; "lead-lists" → []."""
    match = KEY.match(key.strip())
    if match is None:
        return []
    family, letter, first, letter2, last = match.groups()
    if last is None:
        return [key.strip()]
    width = len(first)
    return [f"{family}-{letter}{n:0{width}d}" for n in range(int(first), int(last) + 1)]


def rules_by_convention() -> dict[str, list[str]]:
    """Convention id → the ids of the rules whose ``source`` names it, in catalogue order."""
    named: dict[str, list[str]] = {}
    for rule in RULES.values():
        for part in re.split(r",\s*", rule.source):
            for convention in expand(part.partition(" (")[0]):
                named.setdefault(convention, []).append(rule.id)
    return named


def read_notes(path: Path = NOTES) -> dict[str, dict[str, str]]:
    """The hand-kept notes: convention id → {title, verdict?, reason?}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(key): dict(value or {}) for key, value in data["conventions"].items()}


def verdict_of(convention: str, note: dict[str, str], rules: list[str]) -> str:
    """A convention's verdict: its note's, or "covered" when a rule names it and the note says nothing."""
    return note.get("verdict") or ("covered" if rules else "")


def problems(notes: dict[str, dict[str, str]], ids: list[str] | None = None) -> list[str]:
    """What is wrong with the notes: a convention of FORMAT.md (``ids``) not in them, one no rule names without a
    verdict, a verdict that contradicts the rules, a verdict without a reason, a rule naming an unknown id."""
    named = rules_by_convention()
    out = [f"{key}: in FORMAT.md, not in {NOTES.name}" for key in ids or [] if key not in notes]
    for key, note in notes.items():
        rules, verdict = named.get(key, []), note.get("verdict")
        if not note.get("title"):
            out.append(f"{key}: no title")
        if verdict is None and not rules:
            out.append(f"{key}: no rule names it and it has no verdict")
        elif verdict is not None and verdict not in VERDICTS:
            out.append(f"{key}: unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
        elif verdict in ("not-checkable", "missing") and rules:
            out.append(f"{key}: verdict {verdict!r}, but rules name it: {', '.join(rules)}")
        elif verdict == "covered" and not rules:
            out.append(f"{key}: verdict 'covered', but no rule names it")
        if verdict is not None and not note.get("reason"):
            out.append(f"{key}: verdict without a reason")
    out += [f"{key}: named by {', '.join(rules)}, not in {NOTES.name}" for key, rules in named.items()
            if key not in notes]
    return out


def render(notes: dict[str, dict[str, str]]) -> str:
    """The whole document."""
    named = rules_by_convention()
    verdicts = {key: verdict_of(key, note, named.get(key, [])) for key, note in notes.items()}
    counts = {v: sum(1 for x in verdicts.values() if x == v) for v in VERDICTS}
    lines = [
        "# How far `drafter check` covers FORMAT.md / 检查规则对 FORMAT.md 格式约定的覆盖",
        "",
        "<!-- generated by tools/coverage_doc.py from drafter/check/ruledata/ and docs/coverage-notes.yaml: "
        "do not edit by hand -->",
        "",
        f"{len(notes)} conventions: {counts['covered']} covered, {counts['partly']} partly covered, "
        f"{counts['not-checkable']} not checkable from a .docx, {counts['missing']} checkable and missing. "
        "A convention is covered when a rule names it in its `source` (docs/RULES.md); the verdicts and reasons "
        "of the others are kept by hand in docs/coverage-notes.yaml.",
        "",
        f"共 {len(notes)} 条格式约定：已覆盖 {counts['covered']} 条，部分覆盖 {counts['partly']} 条，"
        f"无法从 .docx 检查 {counts['not-checkable']} 条，可检查但尚无规则 {counts['missing']} 条。",
        "",
        "| convention | name | rules | verdict | what is not checked, and why |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key, note in notes.items():
        rules = ", ".join(f"`{r}`" for r in named.get(key, [])) or "—"
        reason = " ".join(str(note.get("reason", "")).split()) or ""
        lines.append(f"| {key} | {note['title']} | {rules} | {VERDICTS[verdicts[key]]} | {reason} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write the document, or with ``--check`` say whether it and the notes are up to date."""
    try:
        notes = read_notes()
    except (OSError, yaml.YAMLError, KeyError, AttributeError) as exc:
        print(f"{NOTES.relative_to(ROOT)}: {exc}", file=sys.stderr)
        return 2
    ids = format_ids(FORMAT.read_text(encoding="utf-8")) if FORMAT.exists() else None
    wrong = problems(notes, ids)
    if wrong:
        print("\n".join(f"{NOTES.relative_to(ROOT)}: {line}" for line in wrong), file=sys.stderr)
        return 1
    return write_or_check(DOCUMENT, render(notes), argv, "tools/coverage_doc.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
