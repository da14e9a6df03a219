"""Gaps of the blind set holdout131 (#20, round 34: real English student drafts on education, technology, culture and
sport topics), held by sentences of our own with passing drafts beside them:

* a heading line that gives no field (a title over the fields, "Draft Resolution on Rural Schools") typed again under
  the fields is the heading begun a second time (`heading-repeated`); a title given once, and a line that differs,
  pass.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

BODY = ["THE GENERAL ASSEMBLY,",
        "Concerned that one in five children of primary school age in rural areas does not attend school,",
        "1. Encourages Member States to fund school transport in remote villages;",
        "2. Requests the Secretary-General to report on progress at the next session."]


def _draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- heading-repeated: a title line typed again under the fields --------------------------------------------------

def test_title_line_typed_again_under_the_fields_is_repeated(lib: library.Library, tmp_path: Path) -> None:
    head = ["Draft Resolution on Rural Schools", "Sponsors: Bolivia, Chile", "Signatories: Ghana, Nepal",
            "Draft Resolution on Rural Schools", "Committee: Third Committee", "Topic: School transport"]
    assert rules(_draft(tmp_path, [*head, *BODY]), lib).get("heading-repeated") == [4]


def test_title_given_once_or_differing_passes(lib: library.Library, tmp_path: Path) -> None:
    once = ["Draft Resolution on Rural Schools", "Committee: Third Committee", "Topic: School transport",
            "Sponsors: Bolivia, Chile", "Signatories: Ghana, Nepal"]
    assert "heading-repeated" not in rules(_draft(tmp_path, [*once, *BODY]), lib)
    differing = ["Draft Resolution on Rural Schools", "Sponsors: Bolivia, Chile", "Signatories: Ghana, Nepal",
                 "Draft Resolution on School Transport", "Committee: Third Committee", "Topic: School transport"]
    assert "heading-repeated" not in rules(_draft(tmp_path, [*differing, *BODY]), lib)
