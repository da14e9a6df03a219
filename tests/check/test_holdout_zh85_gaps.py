"""Gaps of the blind set holdout-zh85 (#20, round 37: Chinese drafts handed back after friendly amendments were
merged), held by sentences of our own with passing drafts beside them:

* a clause an amendment inserted with a hand-typed number ("4bis.", "2之一.") whose lead the merging delegation set
  off with typed marks (【敦促】, **Urges**): read as the inserted clause it is (numbering-form, numbering-sequence and
  lead-marked on it), not as text run on from the item before it (which then drew stray-full-stop instead of sub-end).
"""

from __future__ import annotations

from pathlib import Path

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：山区的可持续发展", "起草国：尼泊尔、瑞士",
        "附议国：秘鲁、不丹", "大会，", "回顾其关于山区可持续发展的各项决议，",
        "认识到山区社区特别容易受到气候变化的影响，"]


def _rules(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> dict[str, list[int]]:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    report, _ = check.check_file(path, lib)
    found: dict[str, list[int]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f.paragraph)
    return found


def _zh(inserted: str, item_end: str = "；") -> list[str]:
    return [*HEAD, "1. 鼓励各国将山区纳入国家适应计划；", "2. 请各相关机构：", "(a) 收集山区冰川变化的数据；",
            f"(b) 支持山区社区的生计多样化{item_end}", inserted, "3. 决定在第八十二届会议上继续审议这一问题。"]


def test_an_inserted_clause_with_a_bracketed_lead_is_a_clause(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(tmp_path, lib, _zh("2bis. 【敦促】各国为山区基础设施提供资金；", item_end="。"))
    assert 13 in found.get("numbering-form", []) and 13 in found.get("numbering-sequence", [])
    assert 13 in found.get("lead-marked", [])
    assert 12 in found.get("sub-end", []) and 12 not in found.get("stray-full-stop", [])
    found = _rules(tmp_path, lib, _zh("2之一. 〖敦促〗各国为山区基础设施提供资金；"))
    assert 13 in found.get("numbering-form", []) and 13 in found.get("lead-marked", [])


def test_an_inserted_english_clause_with_a_starred_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = ["Committee: Second Committee", "Topic: Mountain development", "Sponsors: Nepal, Switzerland",
                  "The General Assembly,", "Recalling its resolutions on sustainable mountain development,",
                  "1. Encourages States to include mountain areas in adaptation plans;",
                  "2. Requests the relevant agencies to collect data on glaciers;",
                  "2bis. **Urges** States to fund mountain infrastructure;",
                  "3. Decides to continue its consideration of the question."]
    found = _rules(tmp_path, lib, paragraphs)
    assert 8 in found.get("numbering-sequence", []) and 8 in found.get("lead-marked", [])


def test_a_merged_draft_renumbered_and_plain_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = _zh("3. 敦促各国为山区基础设施提供资金；")
    paragraphs[-1] = "4. 决定在第八十二届会议上继续审议这一问题。"
    found = _rules(tmp_path, lib, paragraphs)
    errors = {r for r in found if r in {"numbering-form", "numbering-sequence", "lead-marked", "sub-end",
                                        "stray-full-stop", "operative-end"}}
    assert not errors, found
