"""One country lookup everywhere (issue 25 item 5): the library's ``find_country`` reads names as delegates write
them (common names, either language, any script), and says plainly when a name is no UN Member State."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import library, yamlio
from drafter.compose import answers
from drafter.revise import amend
from drafter.status import DrafterError


@pytest.mark.parametrize(("name", "iso3"), [
    ("Turkey", "TUR"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("美国", "USA"), ("英国", "GBR"), ("俄罗斯", "RUS"),
    ("俄羅斯", "RUS"), ("Russia", "RUS"), ("the United Kingdom", "GBR"), ("Côte d'Ivoire", "CIV"), ("deu", "DEU"),
    ("the Federal Republic of Germany", "DEU"),
])
def test_common_names_in_either_language_are_found(lib: library.Library, name: str, iso3: str) -> None:
    found = lib.find_country(name)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("name", ["Taiwan", "台湾", "Republic of China", "Kosovo", "Western Sahara"])
def test_a_non_member_is_said_to_be_one_without_a_guess(lib: library.Library, name: str) -> None:
    assert lib.find_country(name) is None
    with pytest.raises(DrafterError) as caught:
        lib.country(name)
    message = str(caught.value)
    assert "not a UN Member State" in message and "did you mean" not in message


@pytest.mark.parametrize(("typed", "iso3"), [("Germny", "DEU"), ("沙特", "SAU"), ("Italian Republic", "ITA"),
                                             ("Frnace", "FRA")])
def test_a_misspelt_or_shortened_name_gets_a_suggestion(lib: library.Library, typed: str, iso3: str) -> None:
    assert lib.find_country(typed) is None
    assert f"({iso3})?" in lib.suggest_country(typed)


def test_answers_files_read_names_as_the_picker_does(lib: library.Library, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("kind: resolution\nlanguage: zh\ncountry: 中国\nsponsors: [中国, 美国, 英国, 俄罗斯, Turkey]\n"
                    "operative: [cyb-core-op-01]\n", encoding="utf-8")
    read = answers.read(path, lib)
    assert read.country == "CHN" and read.sponsors == ["CHN", "USA", "GBR", "RUS", "TUR"]
    path.write_text("kind: resolution\nlanguage: en\ncountry: Taiwan\noperative: [cyb-core-op-01]\n",
                    encoding="utf-8")
    with pytest.raises(answers.AnswersError) as caught:
        answers.read(path, lib)
    assert "a.yaml:3:10: 'Taiwan' is not a UN Member State" in str(caught.value)
    assert "Thailand" not in str(caught.value)


def test_amendment_files_read_names_the_same_way(lib: library.Library, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("submitted_by: 俄罗斯\ncosigners: [Turkey, 台湾, Frnace]\nactions:\n  - strike: '1'\n",
                    encoding="utf-8")
    amendment, problems = amend.parse(yamlio.read(path), path, lib)
    messages = [p.message for p in problems]
    assert amendment.submitted_by == "RUS" and amendment.cosigners == ["TUR"]
    assert any("'台湾' (Taiwan) in cosigners is not a UN Member State" in m for m in messages)
    assert any("unknown country 'Frnace' in cosigners; did you mean 'France' (FRA)?" in m for m in messages)
