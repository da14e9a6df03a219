"""Text fitted to terminal columns: Chinese line breaking, whole words and clause ids, shortening in the middle."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from drafter.environment import Environment
from drafter.interview.wordwrap import WordWrap, padding
from drafter.wrapping import NO_LINE_END, NO_LINE_START, display_width, line_spans, shorten_middle, truncate, wrap

CHINESE = ("安全理事会，回顾其以往关于该问题的各项决议，特别是第2165（2014）号决议、《联合国宪章》的各项原则和"
           "“保护责任”……以及capacity-building-03条款；还请秘书长——在现有资源范围内——提出报告。")
ENGLISH = ("Calls upon all Member States, in accordance with clause capacity-building-03 and the "
           "Charter of the United Nations, to strengthen international cooperation (including South-South).")


@pytest.mark.parametrize("width", range(20, 81))
def test_chinese_lines_follow_the_line_breaking_rules(width: int) -> None:
    lines = wrap(CHINESE, width)
    assert "".join(lines) == CHINESE
    assert all(display_width(line) <= width for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines)
    assert not any(line[-1] in NO_LINE_END for line in lines)
    assert not any(line.endswith("—") and not line.endswith("——") for line in lines)  # —— stays whole
    assert not any(line.endswith("…") and not line.endswith("……") for line in lines)
    assert any("capacity-building-03" in line for line in lines)


@pytest.mark.parametrize("width", range(24, 81))
def test_english_words_and_clause_ids_stay_whole(width: int) -> None:
    lines = wrap(ENGLISH, width, indent="    ", first="en  ")
    assert all(display_width(line) <= width for line in lines)
    assert [w for line in lines for w in line[4:].split()] == ENGLISH.split()


def test_each_line_keeps_its_own_indent() -> None:
    assert wrap("one two three four\n  five six seven eight", 12) == \
        ["one two", "three four", "  five six", "  seven", "  eight"]


def test_a_word_longer_than_the_line_is_broken_at_the_edge() -> None:
    assert line_spans("abcdefghij", 4) == [(0, 4), (4, 8), (8, 10)]


def test_shorten_middle_keeps_both_ends() -> None:
    path = "drafts/committee/third/very-long-folder/resolution-final.docx"
    short = shorten_middle(path, 30)
    assert display_width(short) <= 30 and short.startswith("drafts/") and short.endswith("final.docx") and "…" in short
    names = "已选 6 · 巴西、中国、法国、德国、印度尼西亚、南非"
    short = shorten_middle(names, 24)
    assert display_width(short) <= 24 and short.startswith("已选") and short.endswith("南非")
    assert shorten_middle("short", 30) == "short"
    assert truncate("能力建设发展中国家", 9) == "能力建设…"


def test_editor_padding_starts_each_row_at_a_word() -> None:
    line = "Recognizing that some developing countries lack capacity-building-03 support"
    width = 24
    shown, at = "", dict(padding(line, width))
    for i, ch in enumerate(line):
        shown += " " * at.get(i, 0) + ch
    rows = [shown[i:i + width] for i in range(0, len(shown), width)]
    assert [w for row in rows for w in row.split()] == line.split()
    assert all(not row.startswith(" ") for row in rows)


def test_editor_processor_maps_positions_both_ways() -> None:
    from prompt_toolkit.layout.processors import TransformationInput

    line = "认识到一些发展中国家缺乏能力，并请各国提供援助。"
    ti = TransformationInput(None, None, 0, lambda i: i, [("", line)], 12, 5)  # type: ignore[arg-type]
    result = WordWrap().apply_transformation(ti)
    shown = "".join(fragment[1] for fragment in result.fragments)
    rows, used = [""], 0
    for ch in shown:  # as the window wraps it: at 12 columns
        if used + display_width(ch) > 12:
            rows, used = rows + [""], 0
        rows[-1] += ch
        used += display_width(ch)
    assert len(rows) > 2 and not any(row[:1] in NO_LINE_START or row[:1] == " " for row in rows)
    for i in range(len(line) + 1):
        assert result.display_to_source(result.source_to_display(i)) == i


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("columns", [60, 80])
def test_progress_bar_shortens_the_path_in_the_middle(tmp_path: Path, columns: int) -> None:
    from drafter.commands.batch import Progress

    stderr = _Terminal()
    env = Environment(stdout=io.StringIO(), stderr=stderr, stdin=io.StringIO(), cwd=tmp_path,
                      variables={"COLUMNS": str(columns)})
    progress = Progress(env, 2)
    long = tmp_path / "committee" / "a-very-long-folder-name-for-drafts" / "resolution-on-cybercrime-final.docx"
    progress.step(long)
    line = stderr.getvalue().lstrip("\r")
    assert display_width(line.rstrip()) <= columns - 1 and "…" in line and line.rstrip().endswith("final.docx")
