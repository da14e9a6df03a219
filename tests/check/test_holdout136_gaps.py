"""Gaps of the blind set holdout136 (#20): English drafts by delegates whose first language is Spanish, French,
Arabic, Korean, Russian or Portuguese. Held by sentences of our own:

* a State named in the delegate's own first language when that is not the State's own ("Rusia", "Corée du Sud",
  "Alemanha") or in the English form of the Soviet era a Russian speaker learnt ("Kirghizia", "Byelorussia") in a
  sponsors or signatories line is not the United Nations name of the State: a suggestion under the conference
  profiles (state-style, naming the English short name) and a warning in a UN sponsor line (state-name), as a State's
  own-language name already was (holdout104); the English names stay clean;
* a lead translated word for word from the delegate's language ("Having in mind", "Deeply preoccupied", "Exhorts")
  is still only a suggestion (lead-unknown; the blind sets let most pass), but the suggestion names the whole phrase
  as written and the listed lead of its sense ("Bearing in mind"), not only its first word ("Having"); a listed lead
  that opens with the same word ("Having considered") says nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

BODY = ["The Economic and Social Council,",
        "Recognizing that rural buses stop running when fuel prices rise,",
        "Aware that village clinics depend on those buses for their staff,",
        "1. Encourages Member States to subsidise rural bus lines;",
        "2. Requests the Secretary-General to report on rural transport next year."]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.severity, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("written", "meant"), [("Kirghizia", "Kyrgyzstan"), ("Byelorussia", "Belarus"),
                                                ("Rusia", "Russian Federation"), ("Corée du Sud", "Republic of Korea"),
                                                ("Alemanha", "Germany"), ("Estados Unidos", "United States")])
def test_a_state_named_in_another_language(lib: library.Library, tmp_path: Path, written: str, meant: str) -> None:
    head = ["Committee: Economic and Social Council", "Topic: Rural transport", f"Sponsors: Chile, {written}",
            f"Signatories: Fiji, Peru, {written}"]
    found = _findings(make(tmp_path, [*head, *BODY]), lib, "state-style")
    assert [paragraph for paragraph, _, _ in found] == [3, 4]
    assert all(severity == "suggestion" and meant in message for _, severity, message in found)


def test_a_state_named_in_another_language_in_a_un_sponsor_line(lib: library.Library, tmp_path: Path) -> None:
    draft = ["E/2026/L.14", "Distr.: Limited", "3 July 2026", "Original: English", "2026 session",
             "Agenda item 18", "Rural transport", "Chile, Kirghizia and Peru: draft resolution", "Rural transport",
             *BODY]
    found = _findings(make(tmp_path, draft), lib, "state-name")
    assert [paragraph for paragraph, _, _ in found] == [8]
    assert "Kyrgyzstan" in found[0][2]


def test_the_english_names_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    head = ["Committee: Economic and Social Council", "Topic: Rural transport",
            "Sponsors: Kyrgyzstan, Belarus, Russian Federation", "Signatories: Republic of Korea, Germany, Morocco"]
    path = make(tmp_path, [*head, *BODY])
    assert _findings(path, lib, "state-style") == []
    assert _findings(path, lib, "state-name") == []


HEAD = ["Committee: Economic and Social Council", "Topic: Rural transport", "Sponsors: Chile, Ghana",
        "Signatories: Fiji, Peru"]


@pytest.mark.parametrize(("opening", "written", "listed"), [
    ("Having in mind that rural buses stop running when fuel prices rise,", "Having in mind", "Bearing in mind"),
    ("Deeply preoccupied by the closing of rural bus lines,", "Deeply preoccupied", "Deeply concerned"),
    ("1. Exhorts Member States to subsidise rural bus lines;", "Exhorts", "Urges"),
])
def test_a_lead_translated_word_for_word_names_the_listed_lead(lib: library.Library, tmp_path: Path, opening: str,
                                                               written: str, listed: str) -> None:
    body = [BODY[0], BODY[1], opening, *BODY[3:]] if not opening.startswith("1.") else [*BODY[:3], opening, BODY[4]]
    found = _findings(make(tmp_path, [*HEAD, *body]), lib, "lead-unknown")
    assert len(found) == 1
    _, severity, message = found[0]
    assert severity == "suggestion"
    assert repr(written) in message and repr(listed) in message


def test_a_listed_lead_opening_with_the_same_word_says_nothing(lib: library.Library, tmp_path: Path) -> None:
    body = [BODY[0], "Having considered that rural buses stop running when fuel prices rise,",
            "Deeply concerned by the closing of rural bus lines,", *BODY[3:]]
    assert _findings(make(tmp_path, [*HEAD, *body]), lib, "lead-unknown") == []


def test_an_unlisted_lead_of_no_known_calque_keeps_its_plain_suggestion(lib: library.Library, tmp_path: Path) -> None:
    body = [BODY[0], "Foreseeing that rural buses stop running when fuel prices rise,", *BODY[2:]]
    found = _findings(make(tmp_path, [*HEAD, *body]), lib, "lead-unknown")
    assert len(found) == 1
    assert "listed lead of its sense" not in found[0][2]
