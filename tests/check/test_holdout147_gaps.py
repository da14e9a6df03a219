"""Misses of the checker on the blind set holdout147 (#20), English working papers of university conferences in the
NMUN / AMUN style, each held by sentences of our own:

* a cited symbol with the slash after "RES" left out ("A/RES70/1", "E/RES2019/13", "S/RES2532 (2020)"): the symbol
  rules read a separator typed wrong (a full stop, a hyphen, a space) but not one left out, so the session or the
  number glued to "RES" passed. UN-H01 writes «A/RES/70/1», «S/RES/2532 (2020)».

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Code: GA2/2/1", "Committee: Second Committee of the General Assembly",
        "Topic: Water for rural schools", "Sponsors: Nepal, Bolivia", "Signatories: Peru, Malawi, Fiji",
        "The General Assembly,"]


def _text(tmp_path: Path, lines: list[str], name: str = "water.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_symbol_with_the_slash_after_res_left_out(lib: library.Library, tmp_path: Path) -> None:
    """¶7 "A/RES70/1", ¶8 "E/RES2019/13" and ¶9 "S/RES2532 (2020)" lack the slash after RES."""
    body = ["Recalling the 2030 Agenda for Sustainable Development, adopted in A/RES70/1 of 25 September 2015,",
            "Recalling also Economic and Social Council resolution E/RES2019/13 on water and sanitation,",
            "Bearing in mind Security Council resolution S/RES2532 (2020) on the pandemic,",
            "1. Calls upon Member States to bring safe water to every rural school by 2030;",
            "2. Requests the Secretary-General to report on progress at its eighty-second session."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    for paragraph in (7, 8, 9):
        assert paragraph in found.get("resolution-citation", []), paragraph


def test_symbols_written_right_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    """«A/RES/70/1», «E/RES/2019/13», «S/RES/2532 (2020)» are not told."""
    body = ["Recalling the 2030 Agenda for Sustainable Development, adopted in A/RES/70/1 of 25 September 2015,",
            "Recalling also Economic and Social Council resolution E/RES/2019/13 on water and sanitation,",
            "Bearing in mind Security Council resolution S/RES/2532 (2020) on the pandemic,",
            "1. Calls upon Member States to bring safe water to every rural school by 2030;",
            "2. Requests the Secretary-General to report on progress at its eighty-second session."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert not found.get("resolution-citation"), found.get("resolution-citation")
