"""The known instrument titles of the title-marks rule (ZH-P01) are found as one alternation of them, longest
first, would find them; the library's titles are filed once per library, and a document's own titles cost no
regular expression."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from docx import Document

from drafter import check, library
from drafter.check.families import chinese
from drafter.check.families.chinese import TitleFinder

TITLES = ["联合国气候变化框架公约", "气候变化框架公约", "联合国气候变化框架公约京都议定书", "京都议定书",
          "儿童权利公约", "儿童权利公约关于儿童卷入武装冲突问题的任择议定书", "联合国宪章"]


def alternation(titles: list[str], text: str) -> list[tuple[int, int]]:
    pattern = re.compile("|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_nested_and_overlapping_titles() -> None:
    finder = TitleFinder.of(TITLES)
    text = "回顾联合国气候变化框架公约京都议定书和气候变化框架公约以及儿童权利公约关于儿童卷入武装冲突问题的任择议定书，"
    assert finder.spans(text) == alternation(TITLES, text)
    assert [text[a:b] for a, b in finder.spans(text)] == [TITLES[2], TITLES[1], TITLES[5]]
    assert finder.spans("没有任何文书") == [] and TitleFinder.of([]).spans(text) == []


def test_same_spans_as_the_alternation_on_random_texts() -> None:
    rng = random.Random(5)
    pieces = [*TITLES, "联合国", "公约", "议定书", "框架", "的", "《", "》", "约"]
    for _ in range(2000):
        titles = rng.sample(TITLES, rng.randint(1, len(TITLES)))
        finder = TitleFinder.of(titles[:2]).with_titles(titles[2:])
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert finder.spans(text) == alternation(titles, text)


def test_refuses_what_is_not_a_title() -> None:
    with pytest.raises(ValueError):
        TitleFinder.of(["新公约"])  # too short to be filed
    with pytest.raises(ValueError):
        TitleFinder.of(["联合国维持和平行动"])  # no instrument word at its end


def draft(tmp_path: Path, name: str, recalling: str) -> Path:
    """A Chinese draft whose one preambular clause is 回顾 ``recalling``."""
    doc = Document()
    for text in ["决议草案", "委员会：安全理事会", "议题：维和行动", "起草国：中国", "附议国：法国", "安全理事会，"]:
        doc.add_paragraph(text)
    doc.add_paragraph().add_run("回顾").italic = True
    doc.paragraphs[-1].add_run(recalling)
    doc.add_paragraph("1. ").add_run("决定").underline = True
    doc.paragraphs[-1].add_run("继续积极处理此案。")
    doc.save(str(tmp_path / name))
    return tmp_path / name


def test_library_titles_filed_once_and_no_pattern_per_document(
        lib: library.Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert chinese.library_finder(lib) is chinese.library_finder(lib)
    first = draft(tmp_path, "first.docx", "《打击跨国有组织犯罪公约》和打击跨国有组织犯罪公约，")
    second = draft(tmp_path, "second.docx", "《禁止化学武器公约》和禁止化学武器公约，")
    report, _ = check.check_file(first, lib)  # every pattern the checker compiles on first use is compiled now
    assert [f.excerpt for f in report.findings if f.rule == "title-marks"]
    compiled: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    re.purge()
    report, _ = check.check_file(second, lib)
    assert [f.rule for f in report.findings if f.rule == "title-marks"] == ["title-marks"]
    assert not [p for p in compiled if "禁止化学武器公约" in str(p)]
