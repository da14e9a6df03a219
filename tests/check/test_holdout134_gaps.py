"""Gaps of the blind set holdout134 (#20, round 34, second wave: real English student drafts on law, crime and
institutions topics), held by sentences of our own with passing drafts beside them:

* a MUN-H03 title whose number follows a colon, "No." or "#" ("Draft Resolution: 2.", "Draft Resolution No. 3") is
  the numbered title of a draft that lists signatories only, as "Draft Resolution 1.1" is: no Sponsors line is asked
  for; a title in words after the colon ("Draft Resolution: 2030 targets …") is no number, and a heading with
  signatories only under it still lacks its sponsors.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

BODY = ["The Commission on Crime Prevention and Criminal Justice,",
        "Alarmed by the growth of cross-border fraud that targets older persons,",
        "1. Encourages Member States to share records of convicted fraud networks;",
        "2. Requests the Secretariat to report on progress at the next session."]

def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

# -- heading-missing: a numbered MUN-H03 title written with a colon or "No." ------------------------------------------

def test_numbered_title_after_a_colon_asks_no_sponsors(lib: library.Library, tmp_path: Path) -> None:
    for title in ("Draft Resolution: 2.", "Draft Resolution No. 3", "DRAFT RESOLUTION: 4.1", "Draft Resolution #5"):
        lines = [title, "Committee: Commission on Crime Prevention and Criminal Justice",
                 "Topic: Fraud against older persons", "Signatories: Chile, Ghana, Nepal", *BODY]
        assert "heading-missing" not in rules(_draft(tmp_path, lines), lib), title

def test_title_in_words_after_a_colon_still_asks_sponsors(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Draft Resolution: 2030 targets against fraud", "Committee: Commission on Crime Prevention and Criminal "
             "Justice", "Topic: Fraud against older persons", "Signatories: Chile, Ghana, Nepal", *BODY]
    assert "heading-missing" in rules(_draft(tmp_path, lines), lib)
    bare = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Fraud against older persons",
            "Signatories: Chile, Ghana, Nepal", *BODY]
    assert "heading-missing" in rules(_draft(tmp_path, bare), lib)
