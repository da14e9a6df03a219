"""Dates and sessions agree: a draft dated in 2026 is for the thirty-fifth session, the symbol's year is the
session's, and answers that name a session of another year are refused with the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import library
from drafter.compose import answers, assemble
from drafter.numberwords import numeral_zh, ordinal_en


def heading(lib: library.Library, language: str = "en", **given: object) -> dict[str, str]:
    parsed = answers.Answers(kind="resolution", language=language, profile="un", committee="ccpcj",
                             agenda="cybercrime", country="USA", sponsors=["USA"],
                             operative=[answers.ClauseChoice(id="cyb-core-op-13")])
    for key, value in given.items():
        setattr(parsed, key, value)
    draft = assemble.assemble(parsed, lib)
    return {line.role: line.text for line in draft.heading}


def test_ordinals() -> None:
    assert [ordinal_en(n).lower() for n in (1, 2, 3, 12, 20, 21, 34, 35, 36, 40, 99)] == [
        "first", "second", "third", "twelfth", "twentieth", "twenty-first", "thirty-fourth", "thirty-fifth",
        "thirty-sixth", "fortieth", "ninety-ninth"]
    assert [numeral_zh(n) for n in (1, 10, 12, 20, 35, 36)] == ["一", "十", "十二", "二十", "三十五", "三十六"]


def test_the_session_follows_the_date(lib: library.Library) -> None:
    in_2026 = heading(lib, date="2026-12-03")
    assert in_2026["session"] == "Thirty-fifth session" and in_2026["symbol"] == "E/CN.15/2026/L.1"
    in_2027 = heading(lib, date="2027-05-20", draft_number="4")
    assert in_2027["session"] == "Thirty-sixth session" and in_2027["symbol"] == "E/CN.15/2027/L.4"
    assert heading(lib, "zh", date="2026-12-03")["session"] == "第三十五届会议"


def test_a_named_session_gives_the_symbol_its_year(lib: library.Library) -> None:
    named = heading(lib, date="2027-04-14", session=36)
    assert named["session"] == "Thirty-sixth session" and named["symbol"] == "E/CN.15/2027/L.1"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.yaml"
    path.write_text("kind: resolution\nlanguage: en\nprofile: un\nagenda: cybercrime\ncountry: USA\n"
                    "operative: [cyb-core-op-13]\n" + text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, line, words", [
    ("session: 36\ndate: 2026-12-03\n", 8, "dated in 2026, but the thirty-sixth session meets in 2027"),
    ("date: 2026-12-03\nsymbol: E/CN.15/2027/L.4\n", 8, "carries 2027, but the draft is for the thirty-fifth session"),
    ("session: 36\ndate: 2027-05-20\nsymbol: E/CN.15/2026/L.2\n", 9, "write E/CN.15/2027/L.2"),
])
def test_answers_whose_date_symbol_and_session_disagree_are_refused(text: str, line: int, words: str,
                                                                    lib: library.Library, tmp_path: Path) -> None:
    with pytest.raises(answers.AnswersError) as caught:
        answers.read(write(tmp_path, text), lib)
    found = [p for p in caught.value.problems if words in str(p)]
    assert found and found[0].location.line == line, [str(p) for p in caught.value.problems]


def test_agreeing_answers_are_kept(lib: library.Library, tmp_path: Path) -> None:
    parsed = answers.read(write(tmp_path, "session: 36\ndate: 2027-05-20\nsymbol: E/CN.15/2027/L.2\n"), lib)
    assert parsed.session == 36 and "session: 36" in parsed.to_yaml()
