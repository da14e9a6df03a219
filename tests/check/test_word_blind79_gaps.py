"""Gaps of ``drafter check`` found on the blind set word-blind79 (#20), held by sentences of our own:

* a **preamble numbered by Word's list whose third clause opens with a slip of its lead** (注意道 for 注意到): the
  numbered paragraph was kept for preambular only when its lead was a listed preambular form, so the slip made it
  the first operative clause (operative-end on its comma, preambular-after-operative on the clause after it, and the
  real clauses' "1." reported as a restart). The slip's listed form now counts as the lead there.
* an instrument's title cited bare **before 及其 and its own body** (烟草控制框架公约及其缔约方大会): the words after
  the title were read as the rest of a body's name (…公约缔约方大会), so the title was left without 《》. A name holds
  no 其 "its".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make
from docx import Document
from docx.oxml.ns import qn

from drafter import check, library

HEAD = ["决议草案", "委员会：人权理事会", "议题：老年人的权利", "起草国：秘鲁、泰国", "附议国：加纳、挪威", "人权理事会，"]
Runs = list[tuple[str, str]]


def _listed(tmp_path: Path, paras: list[tuple[bool, Runs]]) -> Path:
    """A draft whose paragraphs marked True are on Word's numbered list ("List Number"), leads underlined."""
    doc = Document()
    for text in HEAD:
        doc.add_paragraph(text)
    for numbered, runs in paras:
        para = doc.add_paragraph(style="List Number" if numbered else None)
        for text, flags in runs:
            run = para.add_run(text)
            run.underline = "u" in flags or None
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    path = tmp_path / "listed.docx"
    doc.save(str(path))
    return path


def _found(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


def _clause(lead: str, rest: str) -> Runs:
    return [(lead, "u"), (rest, "")]


@pytest.mark.parametrize("slip", ["回故", "认识道"])
def test_a_numbered_preambular_clause_with_a_slip_of_its_lead_stays_preambular(
        lib: library.Library, tmp_path: Path, slip: str) -> None:
    path = _listed(tmp_path, [(True, _clause("重申", "老年人享有一切人权，")),
                              (True, _clause("注意到", "人口老龄化正在加速，")),
                              (True, _clause(slip, "其以往关于这一问题的各项决议，")),
                              (False, _clause("深为关切", "对老年人的歧视，")),
                              (True, _clause("鼓励", "各国制定国家老龄战略；")),
                              (True, _clause("决定", "继续审议这一问题。"))])
    found = _found(path, lib)
    assert ("preambular-numbered", 9) in found and ("lead-misspelled", 9) in found, found
    assert not [r for r in found if r[0] in ("operative-end", "preambular-after-operative")], found


def test_a_numbered_operative_clause_with_a_slip_of_its_lead_stays_operative(
        lib: library.Library, tmp_path: Path) -> None:
    path = _listed(tmp_path, [(False, _clause("重申", "老年人享有一切人权，")),
                              (True, _clause("鼓厉", "各国制定国家老龄战略；")),
                              (True, _clause("决定", "继续审议这一问题。"))])
    found = _found(path, lib)
    assert ("lead-misspelled", 8) in found, found
    assert not [r for r in found if r[0] in ("preambular-numbered", "operative-end")], found


TITLE_HEAD = ["决议草案", "委员会：世界卫生大会", "议题：控烟", "起草国：秘鲁、泰国", "附议国：加纳、挪威", "世界卫生大会，"]
LAST = ["1. 鼓励会员国加强控烟措施；", "2. 请总干事报告本决议的执行情况。"]


def _titles(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "title-marks"]


@pytest.mark.parametrize(("clause", "title"), [
    ("回顾世界卫生组织烟草控制框架公约及其缔约方会议通过的准则，", "世界卫生组织烟草控制框架公约"),
    ("重申残疾人权利公约及其缔约国会议的作用，", "残疾人权利公约"),
])
def test_a_title_before_its_own_body_after_jiqi_is_reported(
        lib: library.Library, tmp_path: Path, clause: str, title: str) -> None:
    found = _titles(make(tmp_path, [*TITLE_HEAD, clause, *LAST]), lib)
    assert [where for where, _ in found] == [7], found
    assert f"《{title}》" in found[0][1]


@pytest.mark.parametrize("clause", [
    "欢迎联合国气候变化框架公约缔约方大会第二十九届会议的成果，",  # the body's name: no 《》
    "回顾《世界卫生组织烟草控制框架公约》及其缔约方会议的各项决定，",  # in its marks
])
def test_a_body_named_after_a_title_stays_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _titles(make(tmp_path, [*TITLE_HEAD, clause, *LAST]), lib) == []
