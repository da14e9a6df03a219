"""The questionnaire's logic with scripted answers: no terminal needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any


from drafter import flow
from drafter.answers import ClauseChoice
from drafter.flow import Flow, Option


class ScriptedAsker:
    """Answers questions from a script; each entry is a value or a callable(options) -> value."""

    def __init__(self, script: list[Any]) -> None:
        self.script = list(script)
        self.said: list[str] = []
        self.asked: list[tuple[str, str, list[Option]]] = []

    def next(self, kind: str, message: str, options: list[Option] | None = None,
             validate: Any = None) -> Any:
        self.asked.append((kind, message, options or []))
        if not self.script:
            raise EOFError  # end of input, like Ctrl-D
        value = self.script.pop(0)
        if isinstance(value, BaseException):
            raise value
        if callable(value):
            value = value(options or [])
        while validate is not None and validate(value) is not None:  # a person retries after the message
            self.said.append(validate(value))
            value = self.script.pop(0)
        return value

    def select(self, message: str, options: list[Option], default: Any = None) -> Any:
        value = self.next("select", message, options)
        return default if value is DEFAULT else value

    def checkbox(self, message: str, options: list[Option], search: bool = False) -> list[Any]:
        value = self.next("checkbox", message, options)
        if value is DEFAULT:
            return [o.value for o in options if o.checked and not o.header]
        return value

    def text(self, message: str, default: str = "", validate: Any = None, multiline: bool = False) -> str:
        value = self.next("text", message, None, None)
        value = default if value is DEFAULT else value
        while validate is not None and validate(value) is not None:
            self.said.append(validate(value))
            value = self.script.pop(0)
        return value

    def autocomplete(self, message: str, options: list[Option], validate: Any, default: str = "") -> Any:
        return self.next("autocomplete", message, options, validate)

    def confirm(self, message: str, default: bool = True) -> bool:
        value = self.next("confirm", message)
        return default if value is DEFAULT else value

    def say(self, text: str) -> None:
        self.said.append(text)


DEFAULT = object()


def test_resolution_flow_with_wrong_answers(lib, tmp_path: Path) -> None:
    (tmp_path / "taken.docx").write_bytes(b"x")
    asker = ScriptedAsker([
        "en", "resolution",                      # language, kind
        "Atlantis", "China / 中国 (CHN)",        # a wrong country first
        "un",                                    # profile
        ["CHN", "RUS"],                          # sponsors
        ["RUS", "CUB"],                          # signatories: Russia is already a sponsor
        DEFAULT,                                 # preambular: the suggestions
        [],                                      # operative: none is refused ...
        ["cyb-core-op-12", "cyb-core-op-02", "cyb-core-op-11"],  # ... then three
        DEFAULT,                                 # preambular order: keep
        2, "top", DEFAULT,                       # operative: move the third to the top, then keep
        lambda options: next(o.value for o in options if o.title.startswith("Calls upon all States")),
        "stronger", "urges",                     # a stronger lead phrase for it
        "done",
        "", "2030",                              # placeholder year: empty is refused, then 2030
        True, "operative", "nonsense", "Requests / 请", "Requests the Secretariat to act;",  # own clause
        False,
        "out.txt", "taken.docx", "new.docx",     # output: wrong suffix, existing file, then fine
    ])
    f = Flow(lib, asker, cwd=tmp_path)
    answers = f.run()
    assert answers.country == "CHN" and answers.profile == "un"
    assert answers.sponsors == ["CHN", "RUS"] and answers.signatories == ["CUB"]
    assert any("cannot be both sponsor and signatory" in s for s in asker.said)
    assert any("of 40 members" in s for s in asker.said)
    assert any("needs at least one operative clause" in s for s in asker.said)
    assert any("No State by that name" in s for s in asker.said)
    assert [c.id for c in answers.operative[:3]] == ["cyb-core-op-11", "cyb-core-op-12", "cyb-core-op-02"]
    assert answers.operative[1].phrase == "urges"
    own = answers.operative[-1]
    assert own.own and own.phrase == "requests" and own.text == "the Secretariat to act"
    assert answers.operative[0].values == {"year": "2030"}
    assert answers.output == "new.docx"
    assert any("must end with .docx" in s for s in asker.said)
    assert any("already exists" in s for s in asker.said)
    # every preselected preambular clause fits China's blocs
    country = lib.countries["CHN"]
    assert all(lib.fits(lib.clauses[c.id], country) for c in answers.preambular)


def test_opposed_clauses_are_marked_and_not_preselected(lib) -> None:
    f = Flow(lib, ScriptedAsker([]), lang="en")
    f.answers.country, f.answers.agenda, f.answers.kind = "USA", "cybercrime", "resolution"
    options = {o.value: o for o in f.clause_options("operative", None) if not o.header}
    opposed = options["cyb-core-op-15"]
    assert not opposed.checked and "⚠ opposed by Budapest Convention like-minded States" in opposed.title
    assert options["cyb-core-op-13"].checked


def test_stronger_and_weaker_phrases(lib) -> None:
    asker = ScriptedAsker(["stronger", "calls-upon"])
    f = Flow(lib, asker, lang="en")
    choice = ClauseChoice(id="cyb-core-op-01")  # Encourages
    f.customize(choice)
    assert choice.phrase == "calls-upon"
    asker = ScriptedAsker(["weaker"])
    f = Flow(lib, asker, lang="zh")
    f.customize(ClauseChoice(id="cyb-core-op-01"))
    assert any("没有" in s for s in asker.said)


def test_interrupt_saves_and_resume_continues(lib, tmp_path: Path) -> None:
    import io

    from drafter.environment import Environment

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    asker = ScriptedAsker(["zh", "position-paper", "Russian Federation / 俄罗斯联邦 (RUS)", KeyboardInterrupt()])
    f = Flow(lib, asker, cwd=tmp_path)
    resume = tmp_path / "drafter-resume.yaml"
    assert flow.interview(f, env, resume) == 130
    assert "drafter new --resume" in env.stderr.getvalue()
    answers, answered, lang = flow.load_resume(resume, lib)
    assert (answers.country, answers.kind, lang) == ("RUS", "position-paper", "zh")
    assert answered == ["language", "kind", "committee", "agenda", "country"]

    asker = ScriptedAsker([DEFAULT, "李明", "", DEFAULT, "rus.docx", True])
    g = Flow(lib, asker, lang=lang, answers=answers, answered=answered, cwd=tmp_path)
    assert flow.interview(g, env, resume) == 0
    assert not any(kind == "autocomplete" for kind, _, _ in asker.asked)  # the country was not asked again
    assert (tmp_path / "rus.docx").exists() and (tmp_path / "rus.yaml").exists()
    assert not resume.exists()
    text = (tmp_path / "rus.yaml").read_text(encoding="utf-8")
    assert "delegate: 李明" in text and "date:" in text


def test_end_of_input_also_saves(lib, tmp_path: Path) -> None:
    import io

    from drafter.environment import Environment

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    f = Flow(lib, ScriptedAsker(["en"]), cwd=tmp_path)  # the script ends: EOFError
    assert flow.interview(f, env, tmp_path / "r.yaml") == 130
    assert "language: en" in (tmp_path / "r.yaml").read_text(encoding="utf-8")


def test_answers_file_values_become_defaults(lib, tmp_path: Path) -> None:
    from drafter import answers as answers_mod

    earlier = answers_mod.read(Path(__file__).resolve().parents[1] / "examples" / "brazil-resolution-en-una-usa.yaml", lib)
    asker = ScriptedAsker([DEFAULT] * 2 + ["Brazil / 巴西 (BRA)"] + [DEFAULT] * 8 + [False, DEFAULT])
    f = Flow(lib, asker, cwd=tmp_path, defaults=earlier)
    answers = f.run()
    assert answers.profile == "una-usa"
    assert sorted(answers.signatories) == sorted(earlier.signatories)
    assert [c.id for c in answers.operative if c.id] == [c.id for c in earlier.operative if c.id]
    assert [c.text for c in answers.operative if c.own] == [c.text for c in earlier.operative if c.own]


def test_move() -> None:
    items = ["a", "b", "c"]
    flow.move(items, 2, "top")
    assert items == ["c", "a", "b"]
    flow.move(items, 0, "down")
    assert items == ["a", "c", "b"]
    flow.move(items, 2, "up")
    assert items == ["a", "b", "c"]
    flow.move(items, 0, "bottom")
    assert items == ["b", "c", "a"]


def test_no_terminal_is_a_clear_error(run) -> None:
    status, out, err = run("new")
    assert status == 2 and "terminal" in err
