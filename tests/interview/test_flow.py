"""The questionnaire's logic with scripted answers: no terminal needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT
from scripted import DEFAULT, ScriptedAsker

from drafter.compose.answers import ClauseChoice
from drafter.interview import messages, session, suggest
from drafter.interview.clausetext import section_zh
from drafter.interview.flow import Flow
from drafter.interview.resume import load_resume
from drafter.interview.steps.clauses import clause_options, replaced_note
from drafter.interview.steps.outline import ask_outline, change_phrase, move
from drafter.interview.steps.output import ask_output
from drafter.status import DrafterError


def test_resolution_flow_with_wrong_answers(lib, tmp_path: Path) -> None:
    (tmp_path / "taken.docx").write_bytes(b"x")
    asker = ScriptedAsker([
        "en", "resolution",                      # language, kind
        "Atlantis",                              # no such State: refused
    ])
    f = Flow(lib, asker, cwd=tmp_path)
    with pytest.raises(DrafterError, match="No State by that name"):
        f.run()
    asker = ScriptedAsker([
        "en", "resolution", "CHN",               # language, kind, country
        "una-usa",                               # profile
        ["CHN", "RUS"],                          # sponsors
        ["RUS", "CUB"],                          # signatories: Russia is already a sponsor
        ["treaty-path", "capacity-building"],    # what the draft is about
        DEFAULT,                                 # preambular: the suggestion
        [],                                      # operative: none is refused ...
        ["cyb-core-op-12", "cyb-core-op-02", "cyb-core-op-11"],  # ... then three
        ("up", "operative", 2),                  # outline: the third moves up one place
        ("stronger", "operative", 1), "calls-upon",  # Requests -> Calls upon (one of two nearest)
        ("fill", "operative", 1), "", "2030",    # a blank: empty is refused, then 2030
        ("own", "operative", 0), "operative", "requests", "Requests the Secretariat to act;",  # an own clause
        ("remove", "preambular", 0),             # the first preambular clause goes
        "done",
        "out.txt", "taken.docx", "new.docx",     # output: wrong suffix, existing file, then fine
    ])
    f = Flow(lib, asker, cwd=tmp_path)
    answers = f.run()
    assert answers.country == "CHN" and answers.profile == "una-usa"
    assert answers.sponsors == ["CHN", "RUS"] and answers.signatories == ["CUB"]
    assert any("cannot be both sponsor and signatory" in s for s in asker.said)
    assert any("of 40 members" in s for s in asker.said)
    assert any("needs at least one operative clause" in s for s in asker.said)
    assert [c.id for c in answers.operative[:3]] == ["cyb-core-op-12", "cyb-core-op-11", "cyb-core-op-02"]
    assert lib.clauses["cyb-core-op-11"].phrase == "requests" and answers.operative[1].phrase == "calls-upon"
    assert answers.operative[1].values == {"year": "2030"}
    own = answers.operative[-1]
    assert own.own and own.phrase == "requests" and own.text == "the Secretariat to act"
    suggested = suggest.suggest_clauses(lib, lib.countries["CHN"], lib.agendas["cybercrime"],
                                     ["treaty-path", "capacity-building"], "preambular")
    assert [c.id for c in answers.preambular] == suggested[1:]
    assert any(s.startswith("Removed: ") for s in asker.said)
    assert answers.output == "new.docx"
    assert any("must end with .docx" in s for s in asker.said)
    assert any("already exists" in s for s in asker.said)


def test_the_un_format_asks_for_sponsors_only_and_keeps_earlier_signatories(lib, tmp_path: Path) -> None:
    script = ["zh", "resolution", "CHN", "un", ["CHN", "RUS"], DEFAULT, DEFAULT, DEFAULT, "done", "a.docx"]
    asker = ScriptedAsker(list(script))
    answers = Flow(lib, asker, cwd=tmp_path).run()
    sponsors = [m for kind, m, _ in asker.asked if kind == "pick" and m.startswith("起草国")]
    assert sponsors == ["起草国（列在“……：决议草案”一行）"]
    assert not [m for kind, m, _ in asker.asked if "附议国" in m and kind == "pick"]
    assert "联合国格式没有附议国：支持草案的国家都列为起草国。" in asker.said and answers.signatories == []
    for lang, profile, words in (("zh", "un", "起草国行"), ("zh", "una-usa", "起草国/附议国"),
                                 ("zh", "cn-mun", "起草国/附议国")):
        assert words in messages.message(f"profile-{profile}", lang)
    assert not any("提案国" in zh for _, zh in messages.MESSAGES.values())
    # signatories given under another format stay when the format becomes UN, and the delegate is told
    from drafter.compose import answers as answers_mod

    earlier = answers_mod.read(ROOT / "examples" / "brazil-resolution-en-una-usa.yaml", lib)
    assert earlier.signatories
    earlier.profile = "un"
    asker = ScriptedAsker([DEFAULT] * 10 + [True])  # every default; the signatories are not asked for
    answers = Flow(lib, asker, cwd=tmp_path, defaults=earlier).run()
    assert answers.profile == "un" and answers.signatories == earlier.signatories
    assert any(s.startswith("Your signatories (") and "the UN format does not print them" in s for s in asker.said)


def test_opposed_clauses_are_marked_and_not_suggested(lib) -> None:
    f = Flow(lib, ScriptedAsker([]), lang="en")
    f.answers.country, f.answers.agenda, f.answers.kind = "USA", "cybercrime", "resolution"
    f.topics = list(lib.agendas["cybercrime"].topics)
    ticked = suggest.suggested_ids(lib, f.answers, f.topics, "operative")
    options = {o.value: o for o in clause_options(f, "operative", ticked)}
    opposed = options["cyb-core-op-15"]
    assert not opposed.checked and opposed.title.startswith("⚠ ")
    assert "Budapest Convention like-minded States: opposes" in opposed.preview
    assert "cyb-core-op-15" not in ticked and all(options[c].checked for c in ticked)
    # the ticked clauses come first, in the suggestion's order, under their own heading
    assert [o.value for o in clause_options(f, "operative", ticked)][:len(ticked)] == ticked


def test_clause_search_text_covers_both_languages_ids_topics_and_source(lib) -> None:
    from drafter.interview.picker import Item, matches

    f = Flow(lib, ScriptedAsker([]), lang="zh")
    f.answers.country, f.answers.agenda = "CHN", "cybercrime"
    options = clause_options(f, "operative", [])
    items = [Item(o.value, o.title, o.search) for o in options]

    def found(query: str) -> set[str]:
        return {i.value for i in items if matches(query, i.search)}

    assert "cyb-core-op-12" in found("ratify universal")                     # English words, any order
    assert "cyb-core-op-12" in found("批准 普遍")                              # Chinese words
    assert "cyb-core-op-12" in found("A/RES/79/243 calls upon")                # source and lead phrase
    assert found("cyb-core-op-12") == {"cyb-core-op-12"}                        # id
    assert "cyb-core-op-12" in found("treaty-path") and "cyb-core-op-12" in found("条约路径")  # topic
    assert found("ransomware") and all("ransomware" in i.search for i in items if i.value in found("ransomware"))
    assert found("批准 ransomware zzz") == set()


def test_preview_shows_both_languages_source_stances_and_contested_side(lib) -> None:
    f = Flow(lib, ScriptedAsker([]), lang="en")
    clause = lib.clauses["cyb-core-op-12"]
    preview = f.texts.clause_preview(clause, lib.countries["CHN"])
    assert preview.startswith("Calls upon all States that have not yet done so")
    seed = lib.seeds[clause.source.seed]
    assert clause.text.zh in preview and f"Source: {seed.title.en}; " in preview
    assert clause.source.seed not in preview and f"adapted: {clause.source.adapted}" in preview
    assert "Signatories of the United Nations Convention against Cybercrime: supports" in preview
    assert "Contested: Should States negotiate a new global instrument" in preview and "cyb-le-a" in preview


def test_chinese_preview_names_the_seed_and_the_question_in_chinese(lib) -> None:
    f = Flow(lib, ScriptedAsker([]), lang="zh")
    clause = lib.clauses["cyb-core-op-12"]
    preview = f.texts.clause_preview(clause, lib.countries["CHN"])
    assert f"来源：{lib.seeds[clause.source.seed].title.zh}；" in preview
    assert ".txt" not in preview and "adapted:" not in preview and clause.source.adapted not in preview
    assert section_zh("section 二 (opening paragraph); A/RES/79/243, annex, art. 5") == \
        "第二节（首段）；A/RES/79/243，附件，第5条"
    assert section_zh("annex, arts. 14 and 15, para. 3, recommendation 2") == "附件，第14和15条，第3段，建议2"
    excerpted = next(c for c in lib.clauses.values() if c.source.excerpt and c.source.seed in lib.seeds)
    preview = f.texts.clause_preview(excerpted, lib.countries["CHN"])
    assert f"“{excerpted.source.excerpt}”" in preview and "「" not in preview
    question = next(q for q in lib.contested.values() if q.side_of("cyb-core-op-12"))
    assert f"争议问题：{question.zh}" in f.texts.clause_preview(clause, lib.countries["CHN"])
    removed = next(c for s in question.sides.values() if s.id != question.side_of("cyb-core-op-12") for c in s.clauses)
    note = replaced_note(f, "cyb-core-op-12", removed)
    assert f"“{question.zh}”" in note and question.id not in note


def test_choosing_one_side_removes_the_other_with_a_note(lib) -> None:
    from drafter.interview.picker import Item, PickerState

    f = Flow(lib, ScriptedAsker([]), lang="en")
    state = PickerState([Item("cyb-core-op-12", "ratify"), Item("cyb-le-a", "new instrument")],
                        chosen=["cyb-core-op-12"], alternatives=lambda c: suggest.alternatives(lib, c),
                        describe=lambda chosen, removed: replaced_note(f, chosen, removed))
    state.set_query("new instrument")
    state.toggle()
    assert state.chosen == ["cyb-le-a"]
    question = lib.contested["treaty-path"].en
    assert state.note == f"Removed cyb-core-op-12 (other side of the contested question “{question}”)."


def test_outline_steps_back_and_picker_keeps_the_draft(lib, tmp_path: Path) -> None:
    from drafter.interview.asker import GoBack

    draft = ["cyb-core-op-12", "cyb-core-op-02"]
    asker = ScriptedAsker([
        "en", "resolution", "BRA", "una-usa", DEFAULT, DEFAULT, DEFAULT, DEFAULT, draft,
        ("remove", "operative", 0),
        ("steps", "operative", 0), "sponsors",    # back to the sponsors, from the outline
        lambda options: [o.value for o in options if o.checked] + ["ARG"],
        GoBack(),                                  # Esc at the signatories: back to the sponsors
        DEFAULT,                                   # the sponsors as they were (BRA, ARG)
        DEFAULT, DEFAULT, DEFAULT,                 # signatories, topics, preambular
        lambda options: [o.value for o in options if o.checked],  # operative: what was kept
        "done", "b.docx",
    ])
    f = Flow(lib, asker, cwd=tmp_path)
    answers = f.run()
    assert answers.sponsors == ["BRA", "ARG"]
    assert [c.id for c in answers.operative] == ["cyb-core-op-02"]
    picks = [options for kind, message, options in asker.asked if kind == "pick" and message.startswith("Sponsors")]
    assert len(picks) == 3 and {o.value for o in picks[2] if o.checked} == {"BRA", "ARG"}


def test_esc_at_the_first_question_stays_there(lib, tmp_path: Path) -> None:
    from drafter.interview.asker import GoBack

    asker = ScriptedAsker([GoBack(), "zh", GoBack(), "zh", "position-paper", "RUS", GoBack(), GoBack(), "resolution"])
    f = Flow(lib, asker, cwd=tmp_path)
    with pytest.raises(EOFError):
        f.run()
    asked = [m for kind, m, _ in asker.asked]
    assert asked[0] == asked[1] == asked[3]  # the language again, after Esc at the first and second question
    assert f.answers.kind == "resolution" and f.lang == "zh"


def test_outline_refuses_to_finish_without_operative_clauses(lib, tmp_path: Path) -> None:
    asker = ScriptedAsker(["weaker"])
    f = Flow(lib, asker, lang="en", cwd=tmp_path)
    f.answers.country, f.answers.agenda, f.answers.committee = "CHN", "cybercrime", "ccpcj"
    f.answers.operative = [ClauseChoice(id="cyb-core-op-11")]
    asker.script = [("remove", "operative", 0), "done", ("own", "operative", 0), "operative", "urges",
                    "Urges States to cooperate", "done"]
    ask_outline(f)
    assert any("needs at least one operative clause" in s for s in asker.said)
    assert [c.text for c in f.answers.operative] == ["States to cooperate"]


def test_esc_inside_the_outline_returns_to_it(lib) -> None:
    from drafter.interview.asker import GoBack

    asker = ScriptedAsker([("own", "operative", 0), "operative", GoBack(),   # Esc at the phrase: no own clause
                           ("steps", "operative", 0), GoBack(),              # Esc at the step menu: stay
                           ("edit", "operative", 0), GoBack(), "done"])      # Esc while editing: text unchanged
    f = Flow(lib, asker, lang="en")
    f.answers.country, f.answers.agenda, f.answers.committee = "CHN", "cybercrime", "ccpcj"
    f.answers.operative = [ClauseChoice(id="cyb-core-op-12")]
    ask_outline(f)
    assert f.answers.operative == [ClauseChoice(id="cyb-core-op-12")]
    assert [kind for kind, _, _ in asker.asked].count("outline") == 4


def test_chinese_questionnaire_lines_fit_80_columns() -> None:
    from prompt_toolkit.utils import get_cwidth

    from drafter.interview.questionnaire import WIDGET_TEXTS

    too_wide = [(key, line) for table in (messages.MESSAGES, WIDGET_TEXTS) for key, (_, zh) in table.items()
                for line in zh.splitlines() if get_cwidth(line) > 78]
    assert too_wide == []
    import re

    english_in_chinese = [key for key, (en, zh) in WIDGET_TEXTS.items()
                          if re.search(r"[a-z]{4,}", re.sub(r"\{\w+\}", "", zh).replace("Enter", ""))]
    assert english_in_chinese == []


def test_edit_text_in_the_outline(lib) -> None:
    asker = ScriptedAsker([("edit", "operative", 0), "all States to act now", "done"])
    f = Flow(lib, asker, lang="en")
    f.answers.country, f.answers.agenda = "CHN", "cybercrime"
    f.answers.operative = [ClauseChoice(id="cyb-core-op-11")]
    ask_outline(f)
    assert f.answers.operative[0].text == "all States to act now"
    assert f.texts.choice_title(f.answers.operative[0]) == "Requests all States to act now"


def test_suggested_drafts_for_every_member_state(lib) -> None:
    """The default draft of each of the 193 members: 5-8 preambular and 6-10 operative clauses, none opposed
    by the State's blocs, no two on opposite sides of a contested question, the chosen topics covered."""
    agenda = lib.agendas["cybercrime"]
    members = [c for c in lib.countries.values() if not c.observer]
    assert len(members) == 193 and lib.contested
    for country in members:
        topics = suggest.default_topics(lib, country, agenda)
        preambular = suggest.suggest_clauses(lib, country, agenda, topics, "preambular")
        operative = suggest.suggest_clauses(lib, country, agenda, topics, "operative")
        assert 5 <= len(preambular) <= 8 and 6 <= len(operative) <= 10, country.iso3
        assert lib.contradictions(preambular + operative) == [], country.iso3
        assert all(lib.fits(lib.clauses[c], country) for c in preambular + operative), country.iso3
        covered = {t for c in operative for t in lib.clauses[c].topics}
        assert set(topics) <= covered or not any(lib.suggested(c, country) for c in lib.clauses.values()
                                                 if set(c.topics) & (set(topics) - covered)), country.iso3
    # a single topic still gives a full draft
    china = lib.countries["CHN"]
    for topic in agenda.topics:
        operative = suggest.suggest_clauses(lib, china, agenda, [topic], "operative")
        assert 6 <= len(operative) <= 10 and not lib.contradictions(operative)


def test_stronger_and_weaker_phrases(lib) -> None:
    f = Flow(lib, ScriptedAsker(["strongly-encourages", "calls-upon"]), lang="en")
    choice = ClauseChoice(id="cyb-core-op-01")  # Encourages: two nearest stronger phrases, one is asked for
    assert change_phrase(f, choice, "stronger") == "Lead phrase now: Strongly encourages"
    assert choice.phrase == "strongly-encourages"
    choice = ClauseChoice(id="cyb-core-op-12")  # Calls upon: one stronger phrase, taken without asking
    assert change_phrase(f, choice, "stronger") == "Lead phrase now: Urges" and choice.phrase == "urges"
    assert change_phrase(f, choice, "weaker") == "Lead phrase now: Calls upon" and choice.phrase == ""
    g = Flow(lib, ScriptedAsker([]), lang="zh")
    choice = ClauseChoice(id="cyb-core-op-01")
    assert change_phrase(g, choice, "weaker") == "“鼓励”没有更弱的引导词。"
    assert choice.phrase == ""


def test_output_into_a_missing_folder_asks_first(lib, tmp_path: Path) -> None:
    asker = ScriptedAsker(["new/deep/a.docx", False, "new/deep/a.docx", True])
    f = Flow(lib, asker, lang="en", cwd=tmp_path)
    f.answers.country = "CHN"
    ask_output(f)
    assert f.answers.output == "new/deep/a.docx" and f.create_folder
    assert sum(1 for kind, m, _ in asker.asked if kind == "confirm" and "does not exist" in m) == 2


def test_interrupt_saves_and_resume_continues(lib, tmp_path: Path, monkeypatch) -> None:
    import io

    monkeypatch.setattr(session, "_soffice", lambda: None)  # no PDF question
    from drafter.environment import Environment

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    asker = ScriptedAsker(["zh", "position-paper", "俄罗斯联邦 / Russian Federation (RUS)", KeyboardInterrupt()])
    f = Flow(lib, asker, cwd=tmp_path)
    resume = tmp_path / "drafter-resume.yaml"
    assert session.interview(f, env, resume) == 130
    assert "drafter new --resume" in env.stderr.getvalue()
    answers, answered, lang = load_resume(resume, lib)
    assert (answers.country, answers.kind, lang) == ("RUS", "position-paper", "zh")
    assert answered == ["language", "kind", "committee", "agenda", "country"]

    asker = ScriptedAsker([DEFAULT, DEFAULT, DEFAULT, "李明", "", DEFAULT, "rus.docx", True])  # topics, proposals, outline
    g = Flow(lib, asker, lang=lang, answers=answers, answered=answered, cwd=tmp_path)
    assert session.interview(g, env, resume) == 0
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
    assert session.interview(f, env, tmp_path / "r.yaml") == 130
    assert "language: en" in (tmp_path / "r.yaml").read_text(encoding="utf-8")


def test_answers_file_values_become_defaults(lib, tmp_path: Path) -> None:
    from drafter.compose import answers as answers_mod

    earlier = answers_mod.read(ROOT / "examples" / "brazil-resolution-en-una-usa.yaml", lib)
    # every default, the country's too (Brazil is ticked); the output's folder ../drafts is missing: create it
    asker = ScriptedAsker([DEFAULT] * 11 + [True])
    f = Flow(lib, asker, cwd=tmp_path, defaults=earlier)
    answers = f.run()
    assert answers.profile == "una-usa" and answers.country == "BRA" and f.create_folder
    assert sorted(answers.signatories) == sorted(earlier.signatories)
    assert [c.id for c in answers.operative if c.id] == [c.id for c in earlier.operative if c.id]
    assert [c.text for c in answers.operative if c.own] == [c.text for c in earlier.operative if c.own]


def test_move() -> None:
    items = ["a", "b", "c"]
    move(items, 2, "top")
    assert items == ["c", "a", "b"]
    move(items, 0, "down")
    assert items == ["a", "c", "b"]
    move(items, 2, "up")
    assert items == ["a", "b", "c"]
    move(items, 0, "bottom")
    assert items == ["b", "c", "a"]


def test_no_terminal_is_a_clear_error(run) -> None:
    status, out, err = run("new")
    assert status == 2 and "terminal" in err


def test_esc_at_the_last_question_goes_back_and_commands_are_shell_quoted(lib, tmp_path: Path, monkeypatch) -> None:
    import io

    from drafter.environment import Environment
    from drafter.interview.asker import GoBack

    monkeypatch.setattr(session, "_soffice", lambda: None)
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    asker = ScriptedAsker(["en", "position-paper", "FRA", DEFAULT, DEFAULT, DEFAULT, "", "", DEFAULT, "a.docx",
                           GoBack(),                     # Esc at "Write the .docx?": the file name again
                           "my paper.docx", True])
    f = Flow(lib, asker, cwd=tmp_path)
    assert session.interview(f, env, tmp_path / "r.yaml") == 0
    assert (tmp_path / "my paper.docx").exists() and not (tmp_path / "a.docx").exists()
    printed = env.stdout.getvalue()
    assert f"drafter build '{tmp_path / 'my paper.yaml'}'" in printed
    assert [kind for kind, _, _ in asker.asked].count("confirm") == 2


def test_typed_or_pasted_control_characters_are_cleaned() -> None:
    from drafter.interview.asker import clean_input

    assert clean_input("Recalling\x0bits resolution\x00", False) == "Recalling its resolution "
    assert clean_input("line one\r\nline two\x07", True) == "line one\nline two "
    assert clean_input("one\nline", False) == "one line"


def test_a_position_paper_has_topics_and_an_outline_of_proposals(lib, tmp_path: Path) -> None:
    from drafter.compose import assemble
    from drafter.interview.suggest import PROPOSAL_RANGE

    topics = ["capacity-building", "cooperation"]
    asker = ScriptedAsker(["en", "position-paper", "KEN", topics, DEFAULT,
                           ("down", "operative", 0),               # the first proposal one place down
                           ("remove", "operative", 2),             # the third removed
                           ("edit", "operative", 0), "the Office to publish a model law",
                           ("own", "", 0), "requests", "the Secretariat to report on the assistance given",
                           "done", "", "", DEFAULT, "kenya.docx", True])
    f = Flow(lib, asker, cwd=tmp_path)
    answers = f.run()
    asked = [message for kind, message, _ in asker.asked if kind == "pick"]
    assert asked[1].startswith("What does your position paper propose")  # the topics step, after the country
    picked = [c for c in answers.operative if c.id]
    low, high = PROPOSAL_RANGE
    assert low - 1 <= len(picked) <= high - 1  # the suggestion, one removed
    assert sum(1 for c in picked if set(lib.clauses[c.id].topics) & set(topics)) >= len(picked) - 1
    assert answers.operative[0].text == "the Office to publish a model law"
    own = answers.operative[-1]
    assert (own.id, own.phrase, own.text) == ("", "requests", "the Secretariat to report on the assistance given")
    draft = assemble.assemble(answers, lib)
    proposals = next(s for s in draft.sections if s.heading.startswith("IV."))
    texts = [item.text for item in proposals.items]
    assert texts[0].startswith("That the Commission") and "publish a model law" in texts[0]
    assert texts[-1].startswith("That the Commission request the Secretariat to report on the assistance given")
    assert len(texts) == len(answers.operative)


@pytest.mark.parametrize("keep", [True, False])
def test_no_at_write_asks_whether_to_keep_the_answers(lib, tmp_path: Path, monkeypatch, keep: bool) -> None:
    import io

    from drafter.environment import Environment

    monkeypatch.setattr(session, "_soffice", lambda: None)
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    asker = ScriptedAsker(["en", "position-paper", "FRA", DEFAULT, DEFAULT, DEFAULT, "", "", DEFAULT, "sub/a.docx", True,
                           False,  # "Write the .docx and the answers file?" No
                           keep])  # keep the answers to build later?
    f = Flow(lib, asker, cwd=tmp_path)
    assert session.interview(f, env, tmp_path / "r.yaml") == 0
    assert not (tmp_path / "sub" / "a.docx").exists()
    assert (tmp_path / "sub" / "a.yaml").exists() is keep
    assert (tmp_path / "sub").exists() is keep  # no folder made for nothing
    said = " ".join(asker.said)
    assert ("drafter build" in said) is keep and ("Nothing written." in said) is not keep


def test_changing_the_country_from_the_outline_replaces_it_among_the_sponsors(lib, tmp_path: Path) -> None:
    asker = ScriptedAsker([
        "en", "resolution", "BRA", "una-usa", ["BRA", "ARG"], ["CUB", "DEU"], DEFAULT, DEFAULT,
        ["cyb-core-op-12"],
        ("steps", "operative", 0), "country",  # b: back to the country, from the outline
        "DEU",                                 # Germany, until now a signatory
        DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, "done", "g.docx",
    ])
    answers = Flow(lib, asker, cwd=tmp_path).run()
    assert answers.country == "DEU"
    assert answers.sponsors == ["DEU", "ARG"] and answers.signatories == ["CUB"]


def test_the_own_country_is_locked_among_the_sponsors_and_said_when_left_out(lib, tmp_path: Path) -> None:
    asker = ScriptedAsker(["en", "resolution", "BRA", "una-usa", ["ARG"]])
    f = Flow(lib, asker, cwd=tmp_path)
    with pytest.raises(EOFError):
        f.run()
    options = next(options for kind, message, options in asker.asked if message.startswith("Sponsors"))
    assert [o.value for o in options if o.locked] == ["BRA"]
    assert f.answers.sponsors == ["BRA", "ARG"]
    assert "Brazil is your own country: it stays the first sponsor." in asker.said
