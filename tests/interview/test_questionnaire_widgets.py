"""The terminal widgets, driven through prompt_toolkit's pipe input; what they draw is read back."""

from __future__ import annotations

import io
import re

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from drafter.interview import picker, screen
from drafter.interview.asker import GoBack, Option
from drafter.interview.questionnaire import WIDGET_TEXTS, TerminalAsker

DOWN, ENTER, SPACE, TAB, ESC, CTRL_C, BACKSPACE = "\x1b[B", "\r", " ", "\t", "\x1b", "\x03", "\x7f"


class Screen(io.StringIO):
    """What the widgets write, readable as plain text (escape sequences removed)."""

    encoding = "utf-8"

    def text(self) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[=>]", "", self.getvalue())


def asker_for(columns: int, language: str = "en"):
    screen = Screen()
    output = Vt100_Output(screen, lambda: Size(rows=24, columns=columns), term="xterm")
    with create_pipe_input() as pipe:
        yield TerminalAsker(io.StringIO(), language, input=pipe, output=output), pipe, screen


@pytest.fixture
def en():
    yield from asker_for(80)


@pytest.fixture
def zh():
    yield from asker_for(140, "zh")


def type_later(pipe, *parts: str, pause: float = 0.4) -> None:
    """Send ``parts`` one after another with a pause, so the widget draws between them, as for a person."""
    import threading

    def send() -> None:
        import time

        for part in parts:
            time.sleep(pause)
            pipe.send_text(part)

    threading.Thread(target=send, daemon=True).start()


CLAUSES = [
    Option("c1", "Urges States to ratify the Convention", search="敦促 各国 批准 公约 treaty-path", preview="Urges …\n敦促…",
           group="Treaty"),
    Option("c2", "Encourages States to protect legal persons", checked=True, search="鼓励 法人 保护",
           preview="Encourages …", group="Rights"),
    Option("c3", "Calls for capacity-building for developing States", search="能力建设 发展中国家 ransomware",
           preview="Calls for … 能力建设", group="Capacity"),
]


def test_select(en) -> None:
    widget, pipe, _ = en
    pipe.send_text(DOWN + ENTER)
    assert widget.select("Kind?", [Option("resolution", "A draft resolution"), Option("paper", "A position paper")]) == "paper"


def test_select_default_and_esc(en) -> None:
    widget, pipe, _ = en
    pipe.send_text(ENTER)
    assert widget.select("Profile?", [Option("un", "UN"), Option("cn-mun", "中文模联")], "cn-mun") == "cn-mun"
    pipe.send_text(ESC)
    with pytest.raises(GoBack):
        widget.select("Profile?", [Option("un", "UN")])


def test_chinese_typed_into_the_filter_and_tab_toggles(zh) -> None:
    widget, pipe, screen = zh
    type_later(pipe, "能力 发展中", TAB + ENTER)
    assert widget.pick("行动性条款", CLAUSES) == ["c2", "c3"]
    text = screen.text()
    assert "筛选 › 能力 发展中" in text and "Calls for … 能力建设" in text  # the filter, the preview
    assert WIDGET_TEXTS["pick-help"][1].splitlines()[1] in text  # help in Chinese
    assert "(Use arrow keys)" not in text


def test_pasted_or_ime_composed_chinese_reaches_the_filter(zh) -> None:
    widget, pipe, _ = zh
    pipe.send_text("\x1b[200~法人\x1b[201~" + TAB + ENTER)  # a terminal delivers committed IME text like a paste
    assert widget.pick("行动性条款", CLAUSES) == []  # the one clause "法人" finds was ticked: Tab unticked it


def test_space_goes_into_the_filter_and_never_toggles(en) -> None:
    widget, pipe, screen = en
    type_later(pipe, "legal persons", ENTER)
    assert widget.pick("Operative", CLAUSES) == ["c2"]  # nothing ticked, nothing unticked
    assert "Filter › legal persons" in screen.text()


def test_no_match_says_so_and_backspace_widens(en) -> None:
    widget, pipe, screen = en
    type_later(pipe, "zzz", BACKSPACE * 3 + "ransomware" + TAB + ENTER)
    assert widget.pick("Operative", CLAUSES) == ["c2", "c3"]
    assert "Nothing matches “zzz”. Backspace to widen the filter." in screen.text()


def test_single_choice_and_esc(en) -> None:
    widget, pipe, _ = en
    countries = [Option("CHN", "China / 中国 (CHN)"), Option("RUS", "Russian Federation / 俄罗斯联邦 (RUS)")]
    pipe.send_text("俄罗斯" + ENTER)
    assert widget.pick("Country", countries, multi=False) == "RUS"
    belarus = Option("BLR", "Belarus / 白俄罗斯 (BLR)")
    pipe.send_text("rus" + ENTER)  # the exact code first, although "Belarus" comes first in the list
    assert widget.pick("Country", [belarus, *countries], multi=False) == "RUS"
    pipe.send_text("Chi" + ESC)
    with pytest.raises(GoBack):
        widget.pick("Country", countries, multi=False)


def test_a_single_choice_of_phrases_offers_no_codes(en) -> None:
    """The lead-phrase picker of an own clause is a single choice too: its help line speaks of no ISO3 code (the
    country question says that a State's code is typed)."""
    widget, pipe, screen = en
    phrases = [Option("urges", "Urges / 敦促"), Option("requests", "Requests / 请")]
    type_later(pipe, "req", ENTER)
    assert widget.pick("Lead phrase of your clause (type to filter)", phrases, multi=False) == "requests"
    text = screen.text()
    assert WIDGET_TEXTS["pick-one-help"][0] in text and "ISO3" not in text


def test_a_whole_name_comes_first_when_ticking_sponsors(en) -> None:
    widget, pipe, _ = en
    belarus = Option("BLR", "白俄罗斯 / Belarus (BLR)", search="BLR 白俄罗斯 Belarus")
    russia = Option("RUS", "俄罗斯联邦 / Russian Federation (RUS)", search="RUS 俄罗斯联邦 俄罗斯 Russia")
    pipe.send_text("俄罗斯" + TAB + ENTER)  # 俄罗斯 is Russia's common name, only part of Belarus's
    assert widget.pick("Sponsors", [belarus, russia]) == ["RUS"]


def test_contested_clauses_replace_each_other_in_the_picker(en) -> None:
    widget, pipe, screen = en
    type_later(pipe, "ratify" + TAB, ENTER)
    other_side = {"c1": {"c2"}, "c2": {"c1"}}
    chosen = widget.pick("Operative", CLAUSES, alternatives=lambda c: other_side.get(c, set()),
                         describe=lambda new, old: f"Removed {old} for {new}.")
    assert chosen == ["c1"]
    assert "Removed c2 for c1." in screen.text()


def test_outline_keys(zh) -> None:
    widget, pipe, screen = zh
    rows = [Option(("preambular", 0), "回顾…", preview="回顾全文"), Option(("operative", 0), "敦促…"),
            Option(("operative", 1), "鼓励…")]
    pipe.send_text(DOWN + DOWN + "[")
    assert widget.outline("您的草案", rows) == ("up", "operative", 1)
    pipe.send_text(DOWN + "x")
    assert widget.outline("您的草案", rows, 0) == ("remove", "operative", 0)
    pipe.send_text(ENTER)
    assert widget.outline("您的草案", rows, 2, note="已删除：鼓励…")[0] == "done"
    pipe.send_text(ESC)
    with pytest.raises(GoBack):
        widget.outline("您的草案", rows)
    assert "回顾全文" in screen.text() and "已删除：鼓励…" in screen.text() and "调整顺序" in screen.text()


def test_text_error_shows_under_the_prompt(en) -> None:
    widget, pipe, screen = en
    type_later(pipe, "\x15" + ENTER, "2030" + ENTER)  # Ctrl-U clears the default; empty is refused
    assert widget.text("Year?", "2028", lambda s: None if s.strip() else "Please write something.") == "2030"
    lines = [line.strip() for line in screen.text().replace("\r", "\n").split("\n") if line.strip()]
    assert any("Please write something." in line for line in lines)


def test_confirm_needs_enter(en) -> None:
    widget, pipe, _ = en
    pipe.send_text("y" + ENTER)  # a typed-ahead key does not answer: Enter takes the highlighted default
    assert widget.confirm("Write?", False) is False
    pipe.send_text(DOWN + ENTER)
    assert widget.confirm("Write?", True) is False


def test_ctrl_c_raises(en) -> None:
    widget, pipe, _ = en
    pipe.send_text(CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        widget.pick("Kind?", CLAUSES)


def test_picker_state_filtering_and_toggling() -> None:
    items = [picker.Item(o.value, o.title, o.search) for o in CLAUSES]
    state = picker.PickerState(items, chosen=["c2"])
    state.set_query("STATES ratify")  # case-folded, every word must match
    assert [i.value for i in state.visible] == ["c1"]
    state.set_query("能力建设　发展中国家")  # an ideographic space separates words too
    assert [i.value for i in state.visible] == ["c3"]
    state.toggle()
    assert state.chosen == ["c2", "c3"]
    state.toggle()
    assert state.chosen == ["c2"]
    state.set_query("nothing like this")
    assert state.visible == [] and state.current is None
    state.toggle()  # nothing highlighted: nothing happens
    assert state.chosen == ["c2"]
    state.set_query("")
    state.move(5)
    assert state.current is not None and state.current.value == "c3"
    state.move(-9)
    assert state.current is not None and state.current.value == "c1"


def test_clip_and_wrap_count_columns() -> None:
    assert screen.clip("能力建设发展中国家", 9) == "能力建设…"
    assert screen.clip("short", 9) == "short"
    wrapped = screen.wrap("Recognizing that some developing countries lack capacity\n认识到一些发展中国家缺乏能力", 20)
    assert wrapped.splitlines() == ["Recognizing that", "some developing", "countries lack", "capacity",
                                    "认识到一些发展中国家", "缺乏能力"]


def test_the_preview_scrolls_and_starts_at_the_top_for_a_new_row() -> None:
    from drafter.interview.screen import PreviewScroll

    text = "\n".join(f"line {n}" for n in range(40))
    scroll = PreviewScroll()
    first, second = object(), object()
    assert scroll.lines(first, text)[0][1].startswith("line 0\n")
    scroll.offset += PreviewScroll.STEP  # what Ctrl-D does
    assert scroll.lines(first, text)[0][1].startswith(f"line {PreviewScroll.STEP}\n")
    assert scroll.lines(first, text)[0][1].endswith("…")  # more below
    assert scroll.lines(second, text)[0][1].startswith("line 0\n")  # another row: from the top
    scroll.offset = 1000
    assert scroll.lines(second, text)[0][1] == "line 39"  # never past the end


def test_unticking_a_replacing_clause_offers_to_restore_what_it_removed() -> None:
    items = [picker.Item(o.value, o.title, o.search) for o in CLAUSES]
    other_side = {"c1": {"c2"}, "c2": {"c1"}}
    state = picker.PickerState(items, chosen=["c2", "c3"], alternatives=lambda c: other_side.get(c, set()))
    state.set_query("ratify")
    state.toggle()  # c1 replaces c2
    assert state.chosen == ["c3", "c1"]
    state.toggle()  # unticking c1 offers c2 back
    assert state.chosen == ["c3"] and state.restorable == ["c2"] and "c2" in state.note and "Ctrl-R" in state.note
    state.restore()
    assert state.chosen == ["c3", "c2"] and state.note == "Brought back c2." and state.restorable == []
    state.toggle()  # ticking c1 again, then unticking c3 (which removed nothing): no offer
    state.set_query("capacity")
    state.toggle()
    assert state.restorable == [] and state.note == ""


def test_ctrl_r_in_the_picker_brings_back_in_chinese(zh) -> None:
    widget, pipe, screen = zh
    other_side = {"c1": {"c2"}, "c2": {"c1"}}
    type_later(pipe, "ratify" + TAB, "\x1b[Z", "\x12", ENTER)  # tick c1 (c2 goes), untick it (Shift-Tab), Ctrl-R
    chosen = widget.pick("行动性条款", CLAUSES, alternatives=lambda c: other_side.get(c, set()),
                         describe=lambda new, old: f"已移除 {old}。")
    assert chosen == ["c2"]
    text = screen.text()
    assert "此前因它移除了 c2：按 Ctrl-R 可恢复" in text and "已恢复 c2。" in text


def type_once_shown(pipe, screen: Screen, first: str, shown: str, *rest: str) -> None:
    """Send ``first``, wait until the screen shows ``shown`` (a loaded machine may draw late: keys sent before it
    draws are taken together and the words never reach the screen), then send ``rest`` as :func:`type_later`."""
    import threading

    def send() -> None:
        import time

        time.sleep(0.4)
        pipe.send_text(first)
        waited = 0.0
        while shown not in screen.text() and waited < 20:
            time.sleep(0.05)
            waited += 0.05
        for part in rest:
            time.sleep(0.4)
            pipe.send_text(part)

    threading.Thread(target=send, daemon=True).start()


def test_the_own_country_stays_ticked_and_the_picker_says_why(en) -> None:
    widget, pipe, screen = en
    own = Option("BRA", "Brazil (BRA)", checked=True, search="BRA Brazil", locked="Brazil is your own country.")
    other = Option("ARG", "Argentina (ARG)", search="ARG Argentina")
    # untick Brazil: refused, said; then tick Argentina
    type_once_shown(pipe, screen, TAB, "Brazil is your own country.", TAB, ENTER)
    assert widget.pick("Sponsors", [own, other]) == ["BRA", "ARG"]
    assert "Brazil is your own country." in screen.text()


def test_the_status_line_names_the_sponsors_in_the_order_chosen(en) -> None:
    widget, pipe, screen = en
    rows = [Option("ARG", "Argentina (ARG)", checked=True, search="ARG Argentina", rank=1),
            Option("BRA", "Brazil (BRA)", checked=True, search="BRA Brazil", locked="Brazil is your own country."),
            Option("CHL", "Chile (CHL)", search="CHL Chile"),
            Option("URY", "Uruguay (URY)", checked=True, search="URY Uruguay", rank=2)]
    type_later(pipe, "Chile", TAB, ENTER)  # the list is alphabetical; the delegate's own State was chosen first
    assert widget.pick("Sponsors", rows) == ["BRA", "ARG", "URY", "CHL"]
    shown = screen.text()
    assert "3 chosen · 4 of 4 shown · Brazil (BRA), Argentina (ARG), Uruguay (URY)\r" in shown
    assert "Argentina (ARG), Uruguay (URY), Chile (CHL)\r" in shown  # Chile last (the line is cut in its middle)
    assert "Argentina (ARG), Brazil (BRA)" not in shown
