"""UN-B02, MUN-F01, ZH-B01 (found by probing, round 15): an organ line whose name is misspelt ("The Genral
Assembly,", "The Security Counsil,") or written as the Assembly's Chinese short name (联大，) is the organ line with
a wrong name, reported on it with the fix that writes the organ's own name; a real English word ("Generally") is
no misspelling, and a traditional draft keeps its characters (聯大 → 大會)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import findings, rules_at
from docmaker import make

from drafter import check, library

EN_HEAD = ["Committee: Second Committee", "Topic: Mountain glaciers", "Sponsors: Nepal", "Signatories: Peru, Bhutan"]
EN_BODY = [[("Noting", "i"), (" that mountain glaciers are melting faster,", "")],
           [("1. ", ""), ("Encourages", "u"), (" Member States to map their glaciers;", "")],
           [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on the maps.", "")]]
ZH_HEAD = ["委员会：大会第二委员会", "议题：山区冰川", "起草国：尼泊尔", "附议国：秘鲁、不丹"]
ZH_BODY = [[("注意到", "u"), ("山区冰川正在加速消融，", "")],
           [("1. ", ""), ("鼓励", "u"), ("会员国绘制冰川分布图；", "")],
           [("2. ", ""), ("请", "u"), ("秘书长就此提交报告。", "")]]


def _fixed(tmp_path: Path, lib: library.Library, paragraphs: list) -> list[str]:
    from drafter.check import fix
    from drafter.word import reader

    draft = make(tmp_path, paragraphs, "draft.docx")
    report, doc = check.check_file(draft, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    return [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]


@pytest.mark.parametrize(("organ", "right"), [("The Genral Assembly", "The General Assembly"),
                                              ("The Security Counsil", "The Security Council"),
                                              ("The Generl Asembly", "The General Assembly"),
                                              ("THE GENERAL ASSEMBLEY", "THE GENERAL ASSEMBLY")])
def test_a_misspelt_organ_is_reported_and_mended(tmp_path: Path, lib: library.Library, organ: str, right: str) -> None:
    paragraphs = [*EN_HEAD, [(organ, "i"), (",", "")], *EN_BODY]
    assert [r for r in rules_at(tmp_path, lib, paragraphs) if r[1] == "organ-line"] == [(5, "organ-line")]
    after = _fixed(tmp_path, lib, paragraphs)
    assert after[4] == right + ","
    assert not [f for f in findings(tmp_path / "fixed.docx", lib) if f.rule == "organ-line"]


@pytest.mark.parametrize("organ", ["The General Assembly", "The Generally Assembly", "The Mountain Assembly",
                                   "The Youth Assembly"])
def test_real_words_are_no_misspelt_organ(tmp_path: Path, lib: library.Library, organ: str) -> None:
    paragraphs = [*EN_HEAD, [(organ, "i"), (",", "")], *EN_BODY]
    assert not [f for f in findings(make(tmp_path, paragraphs), lib) if "misspells" in f.message]


@pytest.mark.parametrize(("organ", "right"), [("联大，", "大会，"), ("聯大，", "大會，")])
def test_the_assemblys_short_name_in_chinese(tmp_path: Path, lib: library.Library, organ: str, right: str) -> None:
    paragraphs = [*ZH_HEAD, [(organ, "b")], *ZH_BODY]
    found = [r for r in rules_at(tmp_path, lib, paragraphs) if r[1] == "organ-line"]
    assert found == [(5, "organ-line")], found  # on the line itself, not a missing line on the preamble
    assert _fixed(tmp_path, lib, paragraphs)[4] == right
