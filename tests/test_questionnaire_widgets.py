"""The terminal widgets, driven through prompt_toolkit's pipe input."""

from __future__ import annotations

import io

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from drafter.flow import Option
from drafter.questionnaire import TerminalAsker

DOWN, ENTER, SPACE, CTRL_C = "\x1b[B", "\r", " ", "\x03"


@pytest.fixture
def asker():
    with create_pipe_input() as pipe:
        yield TerminalAsker(io.StringIO(), input=pipe, output=DummyOutput()), pipe


def test_select(asker) -> None:
    widget, pipe = asker
    pipe.send_text(DOWN + ENTER)
    assert widget.select("Kind?", [Option("resolution", "A draft resolution"), Option("paper", "A position paper")]) == "paper"


def test_select_default(asker) -> None:
    widget, pipe = asker
    pipe.send_text(ENTER)
    assert widget.select("Profile?", [Option("un", "UN"), Option("cn-mun", "中文模联")], "cn-mun") == "cn-mun"


def test_checkbox_with_type_ahead(asker) -> None:
    widget, pipe = asker
    options = [Option(None, "── Europe ──", header=True), Option("FRA", "France (FRA)", True),
               Option("DEU", "Germany (DEU)"), Option(None, "── Asia ──", header=True), Option("CHN", "China (CHN)")]
    pipe.send_text("Chi" + SPACE + ENTER)
    assert widget.checkbox("Sponsors", options, search=True) == ["FRA", "CHN"]


def test_autocomplete_validates(asker) -> None:
    widget, pipe = asker
    options = [Option("CHN", "China / 中国 (CHN)"), Option("CHL", "Chile / 智利 (CHL)")]
    pipe.send_text("Atlantis" + ENTER + "\x7f" * 8 + "China / 中国 (CHN)" + ENTER)
    value = widget.autocomplete("Country", options, lambda s: None if s in [o.title for o in options] else "no such State")
    assert value == "China / 中国 (CHN)"


def test_text_validation_and_default(asker) -> None:
    widget, pipe = asker
    pipe.send_text("\x15" + ENTER + "2030" + ENTER)  # Ctrl-U clears the default; empty is refused
    assert widget.text("Year?", "2028", lambda s: None if s.strip() else "Please write something.") == "2030"


def test_confirm(asker) -> None:
    widget, pipe = asker
    pipe.send_text("n")
    assert widget.confirm("Own clause?", True) is False


def test_ctrl_c_raises(asker) -> None:
    widget, pipe = asker
    pipe.send_text(CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        widget.select("Kind?", [Option("a", "A")])
