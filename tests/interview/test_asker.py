"""The seam between the questions and the widgets: the Asker protocol and the counting asker."""

from __future__ import annotations

import subprocess
import sys

from paths import ROOT
from scripted import ScriptedAsker

from drafter.interview.asker import CountingAsker, GoBack, Option


def test_the_counting_asker_counts_questions_not_what_it_says() -> None:
    inner = ScriptedAsker(["zh", ["a"], "text", ("done", "", 0), True, GoBack()])
    asker = CountingAsker(inner)
    assert asker.select("?", [Option("en", "English"), Option("zh", "中文")]) == "zh"
    assert asker.pick("?", [Option("a", "A")]) == ["a"]
    assert asker.text("?") == "text"
    assert asker.outline("?", []) == ("done", "", 0)
    assert asker.confirm("?") is True
    asker.say("said")
    assert asker.questions == 5 and inner.said == ["said"]
    try:
        asker.confirm("?")  # Esc: asked all the same
    except GoBack:
        pass
    assert asker.questions == 6
    asker.language = "zh"
    assert inner.language == "zh"  # the widgets' words follow


def test_the_widgets_and_the_amendment_questions_do_not_need_the_flow() -> None:
    code = ("import sys\n"
            "import drafter.interview.questionnaire, drafter.interview.picker, drafter.interview.amendflow\n"
            "assert 'drafter.interview.flow' not in sys.modules, 'flow imported'\n"
            "assert 'drafter.interview.state' not in sys.modules, 'state imported'\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
