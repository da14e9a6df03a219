"""Misses of the checker on the blind set holdout127 (#20), English drafts typed after real drafts' shapes, each
held by sentences of our own:

* a preambular paragraph ending with ":" ("Noting the following facts:") over unnumbered items with no lead ("That
  …,"), then operative clauses numbered "1." "2." whose first has no known lead ("1. To urge …"): the numbered
  clause was taken for an item of the ":" paragraph (a sub-clause under the preamble), the count broke at "2." and
  the infinitive opening was never judged. Items of such a paragraph follow it directly; a line between them and it
  ends its list.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Third Committee", "Topic: Heat stress and outdoor workers", "Sponsors: Chile, Senegal",
        "Signatories: Fiji, Norway", "The General Assembly,"]


def _text(tmp_path: Path, lines: list[str], name: str = "heat.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_numbered_clauses_after_unnumbered_items_of_a_colon_paragraph(lib: library.Library, tmp_path: Path) -> None:
    """¶9 "1. To urge …" comes after the items of ¶6 "…facts:" (¶7, ¶8, no lead): it is operative clause 1, its
    infinitive opening the fault, and ¶10 "2." follows it in order."""
    body = ["Noting the following facts:", "That heat waves grow longer every decade,",
            "That outdoor workers are given few rest breaks,",
            "1. To urge Member States to set heat limits for outdoor work;",
            "2. Requests the International Labour Organization to report on those limits."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert found.get("lead-form") == [7, 8, 9]
    assert "numbering-sequence" not in found and "preambular-sub-clause" not in found
    assert "sub-label-style" not in found


def test_numbered_items_right_after_a_colon_paragraph_stay_its_items(lib: library.Library, tmp_path: Path) -> None:
    """¶7 and ¶8 "1." "2." follow ¶6 "…Declaration:" directly: they stay its items (a sub-clause under a preambular
    paragraph), and the operative clauses ¶10, ¶11 count from 1."""
    body = ["Recalling the following principles of the Declaration:",
            "1. the right of every worker to safe working conditions,",
            "2. the duty of States to protect those most at risk,",
            "Noting that heat waves grow longer every decade,",
            "1. Urges Member States to set heat limits for outdoor work;",
            "2. Requests the International Labour Organization to report on those limits."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert found.get("preambular-sub-clause") == [7, 8]
    assert "numbering-sequence" not in found and "lead-form" not in found
