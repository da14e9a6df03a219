"""The general causes behind word-blind73's misses and false alarms (bench/students/word-blind73), on sentences of our
own: Chinese drafts in the UN's own layout (symbol, distribution, date, original-language, session and agenda lines,
the sponsors' line ending "：决议草案").

* A sponsor line in traditional characters ("……：決議草案") was not read as the sponsor line (UN-H06): the sponsor-line
  rule asked for "：决议草案" and state-name read "泰國：決議草案" as a State.
* A translated limited distribution ("分发：限制", "分發：限制") said nothing of the text being a draft: a symbol without
  "/L." over it was not told (UN-H01, symbol-draft), and its distribution line was asked to read "General".
* The original-language line written in Chinese ("原文：中文") was reported missing (heading-missing, UN-H04).
* The agenda item line in traditional characters ("議程項目99") was reported missing (UN-H05).
* The session line naming another session than the symbol (A/C.3/80/L.12 over 第八十一届会议): nothing said it
  (new rule session-line, UN-H01, UN-H05).
* The CITES Convention without 《》 (well-known title, ZH-P01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library


def _lead(lead: str, rest: str) -> list[tuple[str, str]]:
    return [(lead, "b"), (rest, "")]


BODY: list[object] = [_lead("大会", "，"), _lead("回顾", "其关于海洋问题的各项决议，"),
                      _lead("请", "秘书长向大会第八十二届会议报告本决议的执行情况。")]


def _head(symbol: str = "A/C.2/81/L.7", distribution: str = "Distr.: Limited", original: str = "Original: Chinese",
          session: str = "第八十一届会议", agenda: str = "议程项目18", sponsors: str = "斐济和冰岛：决议草案") -> list[object]:
    return [symbol, distribution, "12 October 2026", original, session, agenda, "海洋与可持续发展", "第二委员会",
            sponsors, "海洋与可持续发展", *BODY]


def _rules(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


def test_a_clean_un_masthead_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(make(tmp_path, _head()), lib)
    assert not [r for r in found if r[0] in ("session-line", "heading-missing", "sponsor-line", "symbol-draft",
                                             "distribution-line", "state-name")], found


def test_a_traditional_sponsor_line_is_the_sponsor_line(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(make(tmp_path, _head(sponsors="斐濟和冰島：決議草案", agenda="議程項目18",
                                        session="第八十一屆會議")), lib)
    assert not [r for r in found if r[0] in ("sponsor-line", "state-name", "heading-missing", "session-line")], found


@pytest.mark.parametrize("distribution", ["分发：限制", "分發：限制"])
def test_a_symbol_without_l_under_a_translated_limited_line_is_told(lib: library.Library, tmp_path: Path,
                                                                    distribution: str) -> None:
    found = _rules(make(tmp_path, _head(symbol="A/C.2/81/7", distribution=distribution)), lib)
    assert ("symbol-draft", 1) in found
    assert ("distribution-line", 2) in found  # the translation is written back, as before


def test_an_original_line_in_chinese_is_the_original_line(lib: library.Library, tmp_path: Path) -> None:
    found = _rules(make(tmp_path, _head(original="原文：中文")), lib)
    assert not [r for r in found if r[0] == "heading-missing"], found


@pytest.mark.parametrize(("symbol", "session", "where"), [
    ("A/C.2/81/L.7", "第八十届会议", 5),
    ("A/81/L.7", "第八十二屆會議", 5),
    ("A/C.2/81/L.7", "Eightieth session", 5),
])
def test_a_session_line_of_another_session_is_told(lib: library.Library, tmp_path: Path, symbol: str, session: str,
                                                   where: int) -> None:
    found = _rules(make(tmp_path, _head(symbol=symbol, session=session)), lib)
    assert ("session-line", where) in found


@pytest.mark.parametrize(("symbol", "session"), [
    ("A/C.2/81/L.7", "Eighty-first session"),
    ("A/ES-11/L.9", "第十一届紧急特别会议"),  # an emergency special session: no regular session to compare
    ("E/CN.6/2027/L.2", "第七十一届会议"),  # a commission's symbol names a year, not a session
    ("A/RES/80/12", "Eighty-first session"),  # an adopted symbol over a draft's line: draft-as-adopted's
])
def test_a_session_line_of_its_own_session_passes(lib: library.Library, tmp_path: Path, symbol: str,
                                                  session: str) -> None:
    found = _rules(make(tmp_path, _head(symbol=symbol, session=session)), lib)
    assert not [r for r in found if r[0] == "session-line"], found


def test_cites_without_title_marks_is_told(lib: library.Library, tmp_path: Path) -> None:
    body = [BODY[0], _lead("铭记", "濒危野生动植物种国际贸易公约作为全球贸易管制框架的地位，"), BODY[2]]
    head = _head()[:10]
    report, _ = check.check_file(make(tmp_path, [*head, *body]), lib)
    assert [f.paragraph for f in report.findings if f.rule == "title-marks"] == [12]
    report, _ = check.check_file(make(tmp_path, [*head, BODY[0], _lead("铭记", "《濒危野生动植物种国际贸易公约》的作用，"),
                                                 BODY[2]], name="clean.docx"), lib)
    assert not [f for f in report.findings if f.rule == "title-marks"]
