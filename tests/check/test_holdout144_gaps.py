"""Misses of the checker on the blind set holdout144 (#20), real English drafts on economy, finance and trade, each
held by sentences of our own:

* a UN masthead's distribution line copied into a conference's heading ("District: General" over Topic / Sponsors /
  Signatories): the line was judged only under the `un` profile, so a conference's draft giving itself an adopted
  text's distribution (or the label misspelt) went unsaid. A heading with a field for its submitters makes the text a
  draft (UN-D01), whose distribution is "Limited" (UN-H02).

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

TAIL = ["The Economic and Social Council,",
        "Noting the rise of food prices in landlocked developing countries,",
        "1. Invites regional banks to lower the cost of trade credit;",
        "2. Requests the regional commissions to report on the matter."]


def _text(tmp_path: Path, lines: list[str], name: str = "credit.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _head(distribution: str, organ: str = "Economic and Social Council") -> list[str]:
    return ["Draft Resolution 3.2", distribution, "4 May 2026", organ, "Topic: Trade credit for small exporters",
            "Sponsors: Chile, Kenya", "Signatories: Nepal, Peru, Viet Nam"]


def test_distribution_general_on_a_conference_draft(lib: library.Library, tmp_path: Path) -> None:
    """¶2 "Distr.: General" (and its label misspelt, "Distrib: General") over a conference's sponsors and signatories:
    a draft is "Limited"."""
    for line in ("Distr.: General", "District: General", "Distribution: General"):
        found = rules(_text(tmp_path, [*_head(line), *TAIL]), lib)
        assert 2 in found.get("distribution-line", []), line


def test_distribution_limited_or_none_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """"Distr.: Limited" is a draft's line; a heading with no distribution line is the conference's own; a district named in a heading line is no distribution line."""
    clean = [[*_head("Distr.: Limited"), *TAIL],
             ["Committee: Economic and Social Council", "Topic: Trade credit for small exporters",
              "Sponsors: Chile, Kenya", "Signatories: Nepal, Peru, Viet Nam", *TAIL],
             ["Committee: Economic and Social Council", "District: Geneva school district MUN",
              "Topic: Trade credit for small exporters", "Sponsors: Chile, Kenya", "Signatories: Nepal, Peru", *TAIL]]
    for lines in clean:
        found = rules(_text(tmp_path, lines), lib)
        assert not found.get("distribution-line"), lines
