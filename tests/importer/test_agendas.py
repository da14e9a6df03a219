"""Imported agendas write drafts as their organ does: the committee of each organ and General Assembly Main Committee,
symbols and session lines that follow the organ's pattern and the draft's date (A/C.3/81/L.12, A/81/L.5, S/2026/123,
E/2027/L.3, A/HRC/61/L.4), and drafts that check clean."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import docx
import pytest
from paths import UN_FIXTURES, UN_SC_FIXTURES

from drafter import importer, library
from drafter.bilingual import Text
from drafter.compose.sessions import draft_symbol, session_line, session_number
from drafter.library.model import Committee, Sessions
from drafter.numberwords import numeral_zh, ordinal_en

EN, ZH = UN_FIXTURES / "74_247.docx", UN_FIXTURES / "74_247_C.docx"
GA = Sessions(74, 2019, 9, (9,))


def test_ordinals_and_chinese_numerals() -> None:
    assert [ordinal_en(n) for n in (1, 2, 3, 12, 20, 36, 74, 80, 81, 106)] == [
        "First", "Second", "Third", "Twelfth", "Twentieth", "Thirty-sixth", "Seventy-fourth", "Eightieth",
        "Eighty-first", "One hundred and sixth"]
    assert [numeral_zh(n) for n in (1, 10, 15, 36, 74, 81, 100, 106, 110)] == [
        "一", "十", "十五", "三十六", "七十四", "八十一", "一百", "一百零六", "一百一十"]


def test_sessions_follow_the_calendar() -> None:
    assert [session_number(GA, dt.date(*day)) for day in ((2019, 9, 17), (2020, 8, 31), (2026, 5, 20),
                                                          (2026, 10, 20))] == [74, 74, 80, 81]
    hrc = Sessions(58, 2025, 2, (2, 6, 9))
    assert [session_number(hrc, dt.date(*day)) for day in ((2025, 3, 1), (2025, 6, 16), (2025, 10, 1),
                                                           (2026, 1, 5), (2026, 3, 10))] == [58, 59, 60, 60, 61]


NO_SESSION = Text("", "")


def _committee(symbol: str, sessions: Sessions | None = None, session: Text = NO_SESSION) -> Committee:
    return Committee("c", Text("C", "委"), Text("C", "委"), Text("The C", "委"), None, symbol, session, {}, 10, False,
                     sessions)


@pytest.mark.parametrize("symbol, sessions, day, number, expected", [
    ("A/C.3/{session}/L.{number}", GA, (2026, 10, 20), "12", "A/C.3/81/L.12"),
    ("A/{session}/L.{number}", GA, (2026, 10, 20), "5", "A/81/L.5"),
    ("E/CN.15", None, (2027, 5, 20), "3", "E/CN.15/2027/L.3"),  # a prefix: the built-in committee's form
    ("E/{year}/L.{number}", None, (2027, 7, 1), "3", "E/2027/L.3"),
    ("S/{year}/{number}", None, (2026, 3, 2), "123", "S/2026/123"),
    ("A/HRC/{session}/L.{number}", Sessions(58, 2025, 2, (2, 6, 9)), (2026, 3, 10), "4", "A/HRC/61/L.4"),
])
def test_symbols_follow_the_organ(symbol: str, sessions: Sessions | None, day: tuple[int, int, int], number: str,
                                  expected: str) -> None:
    assert draft_symbol(_committee(symbol, sessions), dt.date(*day), number) == expected


def test_session_lines() -> None:
    ga = _committee("A/{session}/L.{number}", GA)
    assert session_line(ga, dt.date(2026, 10, 20), "en") == "Eighty-first session"
    assert session_line(ga, dt.date(2026, 10, 20), "zh") == "第八十一届会议"
    ecosoc = _committee("E/{year}/L.{number}", session=Text("{year} session", "{year}年届会"))
    assert session_line(ecosoc, dt.date(2027, 7, 1), "zh") == "2027年届会"
    fixed = _committee("E/CN.15", session=Text("Thirty-sixth session", "第三十六届会议"))
    assert session_line(fixed, dt.date(2026, 1, 1), "en") == "Thirty-sixth session"
    assert session_line(_committee("S/{year}/{number}"), dt.date(2026, 1, 1), "en") == ""


def _heading(run, answers: Path, folder: Path) -> list[str]:
    status, out, err = run("build", str(answers), "--library", str(folder), "--format", "txt", "--out", "-")
    assert status == 0, err
    return out.split("\n\n", 1)[0].splitlines() if "\n\n" in out else out.splitlines()[:12]


def _answers(tmp_path: Path, name: str, agenda: str, lang: str, date: str, clauses: tuple[str, str],
             number: str = "") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(f"kind: resolution\nlanguage: {lang}\nagenda: {agenda}\ncountry: FRA\nsponsors: [FRA]\n"
                    f"date: {date}\npreambular: [{clauses[0]}]\noperative: [{clauses[1]}]\n"
                    + (f"draft_number: '{number}'\n" if number else ""), encoding="utf-8")
    return path


def test_a_main_committee_draft_from_an_import(run, tmp_path: Path, lib: library.Library) -> None:
    """A/RES/74/247 was adopted on the report of the Third Committee: its drafts are A/C.3/<session>/L.<n>."""
    out = tmp_path / "cyber"
    report = importer.run(importer.Options([EN, ZH], out), lib)
    loaded = library.load([library.builtin_library(), out])
    committee = loaded.committees[loaded.agendas[report.agenda].committee]
    assert (committee.name.en, committee.parent, committee.symbol) == (
        "Third Committee", Text("General Assembly", "大会"), "A/C.3/{session}/L.{number}")
    text = "\n".join(_heading(run, _answers(tmp_path, "autumn", "cyber", "en", "2026-10-20",
                                            ("a74-247-pp-1", "a74-247-op-1"), "12"), out))
    assert "A/C.3/81/L.12" in text and "Eighty-first session" in text and "Third Committee" in text
    assert "Distr.: Limited" in text and "Seventy-fourth" not in text and "A/2026" not in text
    text = "\n".join(_heading(run, _answers(tmp_path, "spring", "cyber", "zh", "2026-05-20",
                                            ("a74-247-pp-1", "a74-247-op-1")), out))
    assert "A/C.3/80/L.1" in text and "第八十届会议" in text and "第三委员会" in text
    built = _answers(tmp_path, "check-me", "cyber", "en", "2026-10-20", ("a74-247-pp-1", "a74-247-op-2"))
    assert run("build", str(built), "--library", str(out))[0] == 0
    status, shown, _ = run("check", str(built.with_suffix(".docx")), "--library", str(out))
    assert status == 0 and "0 errors, 0 warnings" in shown, shown


def test_a_plenary_draft_from_an_import(run, tmp_path: Path, lib: library.Library) -> None:
    """A/RES/74/19 was adopted without reference to a Main Committee: drafts are A/<session>/L.<n>."""
    out = tmp_path / "oceans"
    importer.run(importer.Options([UN_FIXTURES / "74_19.docx"], out), lib)
    text = "\n".join(_heading(run, _answers(tmp_path, "a", "oceans", "en", "2026-10-20", ("a74-19-pp-1", "a74-19-op-1"),
                                            "5"), out))
    assert "A/81/L.5" in text and "Eighty-first session" in text and "Agenda item 74 (a)" in text
    assert re.search(r"^General Assembly$", text, re.M) and "Oceans and the law of the sea" in text


def test_a_security_council_draft_from_an_import(run, tmp_path: Path, lib: library.Library) -> None:
    """Security Council drafts are S/<year>/<number>, of general distribution, without a session; both versions
    of S/RES/2521 (2020) pair although the Chinese symbol line has no space, and S/RES/2511 (2020) although its
    Chinese version has no symbol line."""
    out = tmp_path / "sc"
    files = sorted(UN_SC_FIXTURES.glob("*.docx"))
    report = importer.run(importer.Options(files, out), lib)
    assert len(report.pairs) == 3 and not report.mismatches
    loaded = library.load([library.builtin_library(), out])
    committee = loaded.committees[loaded.agendas[report.agenda].committee]
    assert committee.symbol == "S/{year}/{number}" and committee.security_council
    assert {a.name.en for a in loaded.agendas.values() if a.id in report.agendas} == {
        f"Security Council resolution {n} (2020)" for n in (2511, 2516, 2521)}
    assert "resolution 2461 (2019)" in loaded.clauses["s2516-2020-op-2"].text.en  # "2461(2019)" in the source
    for lang in ("en", "zh"):
        answers = _answers(tmp_path, f"sc-{lang}", "s2516-2020", lang, "2026-03-02",
                           ("s2516-2020-pp-1", "s2516-2020-op-2"), "123")
        text = "\n".join(_heading(run, answers, out))
        assert "S/2026/123" in text and "Distr.: General" in text and "session" not in text and "届会" not in text
        assert run("build", str(answers), "--library", str(out))[0] == 0
        status, shown, _ = run("check", str(answers.with_suffix(".docx")), "--library", str(out), "--format", "json")
        summary = json.loads(shown)[0]["summary"]
        assert status == 0 and summary["error"] == summary["warning"] == 0, shown


@pytest.mark.parametrize("organ, symbol, day, expected, session", [
    ("The Human Rights Council", "A/HRC/RES/58/1", "2026-03-10", "A/HRC/61/L.1", "Sixty-first session"),
    ("The Economic and Social Council", "E/RES/2019/1", "2027-07-01", "E/2027/L.1", "2027 session"),
])
def test_other_organs(run, tmp_path: Path, lib: library.Library, organ: str, symbol: str, day: str, expected: str,
                      session: str) -> None:
    document = docx.Document(str(EN))
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            if run_.text == "A/RES/74/247":
                run_.text = symbol
            if run_.text == "The General Assembly":
                run_.text = organ
    source = tmp_path / "source.docx"
    document.save(str(source))
    out = tmp_path / "organ"
    report = importer.run(importer.Options([source], out), lib)
    placed = report.placed[(symbol, "en")]
    pre = next(ident for kind, ident, _ in placed if kind == "preambular")
    op = next(ident for kind, ident, _ in placed if kind == "operative")
    text = "\n".join(_heading(run, _answers(tmp_path, "a", report.agenda, "en", day, (pre, op)), out))
    assert expected in text and session in text


def test_one_topic_for_documents_of_several_committees_goes_to_the_plenary(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    out = tmp_path / "mixed"
    report = importer.run(importer.Options([EN, UN_FIXTURES / "74_19.docx"], out, topic="law",
                                           topic_names=["Law", "法律"]), lib)
    loaded = library.load([library.builtin_library(), out])
    assert report.agendas == ["law"] and loaded.agendas["law"].topics == ("law",)
    assert loaded.committees[loaded.agendas["law"].committee].symbol == "A/{session}/L.{number}"
    separate = importer.run(importer.Options([EN, UN_FIXTURES / "74_19.docx"], tmp_path / "each"), lib)
    loaded = library.load([library.builtin_library(), tmp_path / "each"])
    assert sorted(loaded.committees[loaded.agendas[a].committee].symbol for a in separate.agendas) == [
        "A/C.3/{session}/L.{number}", "A/{session}/L.{number}"]


@pytest.mark.parametrize("fields, message", [
    ("symbol: A/{session}/L.{number}", "says {session} but the committee has no 'sessions:'"),
    ("symbol: A/{sesion}/L.{number}\n    sessions: {number: 74, opened: 2019-09}", "unknown field {sesion}"),
    ("symbol: A\n    session: {en: '{ordinal} session', zh: '第{ordinal}届会议'}", "says {ordinal} but"),
    ("symbol: A\n    sessions: {number: 74, opened: 2019}", "'opened' must be a year and month like 2019-09"),
    ("symbol: A\n    sessions: {number: 74, opened: 2019-09, months: [2, 6]}", "'months' must list months"),
    ("symbol: A\n    sessions: [74]", "sessions of committee 'c1' must be a mapping"),
])
def test_committee_patterns_are_checked_when_loaded(tmp_path: Path, fields: str, message: str) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "extends: [builtin]\ncommittees:\n  - id: c1\n    en: Committee\n    zh: 委员会\n"
        f"    organ: {{en: The Committee, zh: 委员会}}\n    {fields}\n", encoding="utf-8")
    _, problems = library.load_with_problems([folder])
    assert any(message in str(p) for p in problems), problems


def test_each_agenda_names_its_own_agenda_item(run, tmp_path: Path, lib: library.Library) -> None:
    """Two resolutions of one Main Committee under two agenda items: each agenda prints its own ("Agenda items"
    when there are several)."""
    two = tmp_path / "74_247.docx"
    document = docx.Document(str(EN))
    for paragraph in document.paragraphs:
        if paragraph.text == "Agenda item 107":
            for run_ in paragraph.runs:
                run_.text = ""
            paragraph.runs[0].text = "Agenda items 107 and 108"
    document.save(str(two))
    out = tmp_path / "third"
    report = importer.run(importer.Options([two, UN_FIXTURES / "74_133.docx"], out), lib)
    loaded = library.load([library.builtin_library(), out])
    items = {a: loaded.agendas[a].agenda_item["number"] for a in report.agendas}
    assert sorted(items.values()) == ["107 and 108", "66 (a)"]
    assert len({loaded.agendas[a].committee for a in report.agendas}) == 1  # both on the Third Committee's report
    cyber = next(a for a, number in items.items() if number == "107 and 108")
    answers = _answers(tmp_path, "items", cyber, "en", "2026-10-20", ("a74-247-pp-1", "a74-247-op-2"))
    text = "\n".join(_heading(run, answers, out))
    assert "Agenda items 107 and 108" in text and "Agenda item 66" not in text
    assert run("build", str(answers), "--library", str(out))[0] == 0
    status, shown, _ = run("check", str(answers.with_suffix(".docx")), "--library", str(out), "--format", "json")
    assert status == 0 and json.loads(shown)[0]["summary"]["error"] == 0, shown
