"""The position-paper checks on published student papers: recall and precision against hand annotations.

    python bench/papers.py [FOLDER] [--show] [--json]

FOLDER (default ``bench/papers``) holds papers as ``.txt`` (two ``#`` comment lines, then one paragraph per
non-empty line, turned into a .docx of plain paragraphs) and an ``annotations.yaml`` written before any checker
run (file name -> faults, each ``{paragraph, kind, note}``); its README's table says which texts are truncated.

A fault is found when a finding of a rule that answers its kind lies on its paragraph (anywhere in the paper for
document-level kinds; a missing header field must be the one the finding names). Every finding is scored (papers
have few rules, suggestions among them) except what plain text cannot support: fonts, sizes, the page count and
half-width marks in restored Chinese text; in a truncated text, the sources and citations.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from students import Tally, _text_status, print_scores, text_paragraphs, to_docx  # noqa: E402  (after the path is set)

DEFAULT_FOLDER = ROOT / "bench" / "papers"
KIND_RULES: dict[str, set[str]] = {
    "header-field-missing": {"paper-header-missing"},
    "header-field-empty": {"paper-header-empty", "paper-header-missing"},
    "country-name": {"paper-country-name", "paper-country-unknown", "paper-country-not-member"},
    "sections-unlabelled": {"paper-sections-unlabelled", "paper-section-missing"},
    "section-missing": {"paper-sections-unlabelled", "paper-section-missing"},
    "sources-missing": {"paper-sources-missing"},
    "citation-unresolved": {"paper-citation-unresolved"},
    "first-person": {"paper-first-person"},
    "half-width-punctuation-in-chinese": {"half-width-zh"},
}
DOCUMENT_KINDS = {"header-field-missing", "sections-unlabelled", "section-missing", "sources-missing"}
FIELD_WORDS = {"delegate": ("delegate", "代表"), "school": ("school", "学校"), "country": ("country", "国家"),
               "committee": ("committee", "委员会"), "topic": ("topic", "议题")}
UNSCORED = {"paper-font-size", "paper-fonts-mixed", "east-asian-font", "paper-length"}
TRUNCATED_UNSCORED = {"paper-sources-missing", "paper-sources-uncited", "paper-citation-unresolved"}


@dataclass
class Fault:
    paragraph: int
    kind: str
    note: str
    found_by: list[str] = field(default_factory=list)

    def answered_by(self, finding: Any) -> bool:
        if finding.rule not in KIND_RULES.get(self.kind, set()):
            return False
        if self.kind == "header-field-missing":
            words = next((w for key, w in FIELD_WORDS.items() if key in self.note), ())
            return any(word in finding.message.casefold() for word in words)
        if self.kind in DOCUMENT_KINDS:
            return True
        return self.paragraph in (getattr(finding, "paragraphs", None) or [finding.paragraph])


def scored(finding: Any, language: str, truncated: bool) -> bool:
    """Whether plain text supports judging ``finding``."""
    if finding.rule in UNSCORED or (language == "zh" and finding.rule == "half-width-zh"):
        return False
    return not (truncated and finding.rule in TRUNCATED_UNSCORED)


def measure(folder: Path) -> dict[str, Any]:
    """Check every annotated paper; tallies by language and kind, misses, false alarms, papers not recognised."""
    import yaml

    from drafter import check, library

    lib = library.load([library.builtin_library()])
    annotations = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8")) or {}
    status = _text_status(folder / "README.md")
    by_language: dict[str, Tally] = collections.defaultdict(Tally)
    by_kind: dict[str, Tally] = collections.defaultdict(Tally)
    misses: list[str] = []
    false_alarms: list[str] = []
    not_papers: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, entry in sorted(annotations.items()):
            path = folder / name
            language = "zh" if name.startswith("zh") else "en"
            truncated = status.get(name, "complete") != "complete"
            faults = [Fault(int(f["paragraph"]), f["kind"], f.get("note", "")) for f in (entry or {}).get("faults", [])]
            docx = Path(tmp) / (path.stem + ".docx")
            to_docx(text_paragraphs(path), docx)
            report, _ = check.check_file(docx, lib)
            if report.profile != "position-paper":
                not_papers.append(name)
            findings = [f for f in report.findings if scored(f, language, truncated)]
            tally = by_language[language]
            for fault in faults:
                fault.found_by = [f.rule for f in findings if fault.answered_by(f)]
                by_kind[fault.kind].faults += 1
                tally.faults += 1
                if fault.found_by:
                    by_kind[fault.kind].found += 1
                    tally.found += 1
                else:
                    misses.append(f"{name}:{fault.paragraph} [{fault.kind}] {fault.note}")
            for finding in findings:
                answered = [fault for fault in faults if fault.answered_by(finding)]
                kind = answered[0].kind if answered else f"({finding.rule})"
                tally.findings += 1
                by_kind[kind].findings += 1
                if answered:
                    tally.true += 1
                    by_kind[kind].true += 1
                else:
                    false_alarms.append(f"{name}:{finding.paragraph} {finding.rule}: {finding.message[:100]}")
    return {"papers": len(annotations), "by_language": dict(by_language), "by_kind": dict(by_kind),
            "misses": misses, "false_alarms": false_alarms, "not_papers": not_papers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--show", action="store_true", help="list every missed fault and every false alarm")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.folder)
    total = Tally()
    for tally in result["by_language"].values():
        total.faults += tally.faults
        total.found += tally.found
        total.findings += tally.findings
        total.true += tally.true
    if args.json:
        print(json.dumps({"papers": result["papers"],
                          "recall": total.found / total.faults if total.faults else None,
                          "precision": total.true / total.findings if total.findings else None,
                          "by_language": {k: vars(v) for k, v in result["by_language"].items()},
                          "by_kind": {k: vars(v) for k, v in result["by_kind"].items()},
                          "misses": result["misses"], "false_alarms": result["false_alarms"],
                          "not_recognised": result["not_papers"]}, ensure_ascii=False, indent=1))
        return
    print(f"position papers: {result['papers']}; not recognised as papers: {len(result['not_papers'])}"
          + (f" ({', '.join(result['not_papers'])})" if result["not_papers"] else ""))
    print_scores(result, total, args.show)


if __name__ == "__main__":
    main()
