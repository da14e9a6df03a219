"""Refusals on standard error fitted to the terminal (issue 25): wrapped to $COLUMNS (or the terminal standard
error writes to) with rows hanging two spaces in, Chinese broken by its line-breaking rules, paths and a Chinese
line and column (第3行第5列) never split; not wrapped at all when standard error is a pipe or a file."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.commands.common import error_line
from drafter.status import DrafterError
from drafter.wrapping import NO_LINE_END, NO_LINE_START, display_width

RULES = "committees:\n  - 3\n  - name: 大会\n    aliases: 5\nlength:\n  position-papers:\n    sections: [背景, 结尾, 附录]\n"


@pytest.fixture
def short() -> Iterator[Path]:
    """A folder with a short path (a test's own tmp_path is longer than a 60-column row), a Chinese name in it."""
    folder = Path(tempfile.mkdtemp(prefix="w", dir="/tmp")) / "会议 规则"
    folder.mkdir()
    (folder / "规则文件.yaml").write_text(RULES, encoding="utf-8")
    yield folder
    shutil.rmtree(folder.parent)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_refusal_wraps_at_60_columns(run, short: Path, lang: str) -> None:
    rules = str(short / "规则文件.yaml")
    argv = ("check", "--rules", rules, "draft.docx", "--lang", lang)
    status, _, plain = run(*argv)
    assert status == 2 and rules in plain
    status, _, wrapped = run(*argv, variables={"COLUMNS": "60"})
    assert status == 2
    rows = wrapped.rstrip("\n").split("\n")
    lines = plain.rstrip("\n").split("\n")
    assert len(lines) >= 3 and len(rows) > len(lines)  # several problems, some of them wrapped
    assert all(display_width(row) <= 60 for row in rows), rows
    assert sum(not row.startswith("  ") for row in rows) == len(lines)  # each problem opens a row; the rest hang
    assert wrapped.count(rules) == plain.count(rules)  # the path (a space and Chinese in it) is never split
    assert "".join(wrapped.split()) == "".join(plain.split())  # nothing added or lost
    if lang == "zh":
        assert all(f"{rules} 第" in row for row in rows if not row.startswith("  ") and "yaml" in row)
        assert all(row.strip()[0] not in NO_LINE_START and row[-1] not in NO_LINE_END for row in rows), rows
        assert any("第2行第5列：委员会" in row for row in rows)
    else:
        assert any(f"{rules}:2:5:" in row for row in rows)
        assert all(word in wrapped.split() for word in plain.split() if "/" not in word)  # words stay whole


def test_no_wrapping_without_a_terminal_or_columns() -> None:
    message = "字段“sections”中有未知部分“结尾”（可用部分：background、past-action、position、proposals）" * 3
    error = DrafterError("unknown section " * 20, zh=message)
    assert error_line(error, "zh") == f"drafter：{message}"
    rows = error_line(error, "zh", 40).split("\n")
    assert len(rows) > 3 and all(display_width(row) <= 40 for row in rows)
    assert all(row.strip()[0] not in NO_LINE_START and row[-1] not in NO_LINE_END for row in rows), rows
    assert "".join(row.strip() for row in rows) == f"drafter：{message}"  # Chinese broken between characters


def test_columns_and_the_terminal_decide_the_width(run) -> None:
    from drafter.commands.common import error_columns
    from drafter.environment import Environment

    class Terminal:
        def isatty(self) -> bool:
            return True

        def fileno(self) -> int:
            raise OSError("not a real terminal")

    assert error_columns(Environment(variables={"COLUMNS": "72"})) == 72
    assert error_columns(Environment(variables={"COLUMNS": "12"}, stderr=Terminal())) == 80  # type: ignore[arg-type]
    import io

    assert error_columns(Environment(variables={}, stderr=io.StringIO())) is None
