"""A General Assembly resolution cited in Chinese with a year in brackets, the Security Council's form
("第79/243(2024)号决议", "第74/247号(2019)决议", "A/RES/79/243 (2024)号决议"): the session in its number dates it, and
the UN's Chinese cites it bare («第79/243号决议») or after its full date (UN-B15, ZH-P02). `resolution-citation`
told "resolution 79/243 (2024)" in English but passed the Chinese form, and its fix of a symbol cited with a year
wrote the wrong form back. Not a miss of the blind set holdout-zh58 (#20; its first run had none of the checker's
own): found by probing the ways delegates type the symbols the set's drafts cite. Sentences of our own, with
passing drafts beside them: a Council resolution with its year, an Assembly resolution of its first thirty sessions
with its roman session, one cited after its full date."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix

HEAD = ["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：打击网上欺诈", "起草国：智利、蒙古", "附议国：加纳、斐济",
        "预防犯罪和刑事司法委员会，"]
OP = "1. 鼓励会员国交流打击网上欺诈的经验；"
LAST = "2. 决定在下届会议上继续审议这一问题。"


def _citations(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "resolution-citation"]


@pytest.mark.parametrize(("pre", "fixed"), [
    ("回顾大会关于预防犯罪的第77/232(2022)号决议，", "第77/232号决议"),
    ("回顧大會關於預防犯罪的第77/232（2022）號決議，", "第77/232號決議"),
    ("回顾大会关于预防犯罪的第77/232号(2022)决议，", "第77/232号决议"),
    ("回顾大会关于预防犯罪的A/RES/77/232 (2022)号决议，", "第77/232号决议"),
    ("回顾大会第76/186(2021)和77/232(2022)号决议，", "第76/186和77/232号决议"),
])
def test_an_assembly_resolution_dated_by_its_year_is_told(lib: library.Library, tmp_path: Path, pre: str,
                                                         fixed: str) -> None:
    [(where, message)] = _citations(make(tmp_path, [*HEAD, pre, OP, LAST]), lib)
    assert where == 7 and f"“{fixed}”" in message


def test_the_fix_drops_the_year(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, "回顾大会第77/232(2022)号决议和第76/186号(2021)决议，", OP, LAST])
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    texts = [p.text for p in check.check_file(out, lib)[1].paragraphs]
    assert "回顾大会第77/232号决议和第76/186号决议，" in texts
    assert "resolution-citation" not in rules(out, lib)


@pytest.mark.parametrize("pre", [
    "回顾大会第77/232号决议，",
    "回顾大会2022年12月15日第77/232号决议，",
    "回顾安全理事会第2719(2023)号决议，",
    "回顾安全理事会第2719（2023）号决议，",
    "回顾大会第1514(XV)号决议，",
    "回顾大会第77/232号决议(2022年12月15日通过)，",
])
def test_citations_in_their_own_form_pass(lib: library.Library, tmp_path: Path, pre: str) -> None:
    assert _citations(make(tmp_path, [*HEAD, pre, OP, LAST]), lib) == []
