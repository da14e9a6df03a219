"""Misses of the checker on the blind set holdout150 (#20), English drafts thick with cited facts, each held by
sentences of our own:

* a General Assembly symbol typed with its session before "RES" ("A/78/RES/70"): the symbol rules read only symbols
  with "RES" after the organ, so nothing matched. UN-H01 writes «A/RES/78/70».
* a General Assembly symbol given a year in brackets as the Council's are ("A/RES/78/70 (2023)"): the year rule read
  "resolution 78/70 (2023)" but not the symbol. UN-H01 / UN-B15 cite it bare or with its full date.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Migration and development", "Sponsors: Ecuador, Morocco",
        "Signatories: Philippines, Jordan", "The General Assembly,"]
TAIL = ["1. Encourages Member States to lower the costs of remittances;",
        "2. Requests the Secretary-General to report on progress at its eighty-second session."]


def _text(tmp_path: Path, lines: list[str], name: str = "remittances.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_symbol_with_the_session_before_res(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "A/78/RES/70" puts the session before RES."""
    body = ["Recalling its resolution A/78/RES/70 on international migration and development,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert 6 in found.get("resolution-citation", [])


def test_assembly_symbol_with_a_year(lib: library.Library, tmp_path: Path) -> None:
    """¶6 "resolution A/RES/78/70 (2023)" and ¶7 "A/RES/77/211 of 2022" date a session-numbered symbol by its year."""
    body = ["Recalling its resolution A/RES/78/70 (2023) on international migration and development,",
            "Recalling also A/RES/77/211 of 2022 on the rights of migrants,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert found.get("resolution-citation", []) == [6, 7]


def test_symbols_written_right_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """«A/RES/78/70 of 19 December 2023», a report «A/78/274», «S/RES/2250 (2015)» are not told."""
    body = ["Recalling its resolution A/RES/78/70 of 19 December 2023 and the report of the Secretary-General "
            "(A/78/274),",
            "Bearing in mind Security Council resolution S/RES/2250 (2015) and resolution 2417 (2018),"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert not found.get("resolution-citation"), found.get("resolution-citation")


def test_older_symbol_with_its_year_not_told_so(lib: library.Library, tmp_path: Path) -> None:
    """"A/RES/2/110 of 1947" is an older resolution's (numbered «110 (II)»): not this slip's fix «A/RES/2/110»."""
    body = ["Recalling resolution A/RES/2/110 of 1947 on propaganda against peace,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *TAIL]), lib)
    assert 6 not in found.get("resolution-citation", [])
