"""The library's facts about States against the shared research data they come from (../shared/data): every fact
has its sources and, when it can change, its date; the values are the data's; uncertain data stays out."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from drafter.library.facts import FACT_KINDS


def _data() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data"
        if (candidate / "SOURCES-2026.md").is_file():
            return candidate
    return None


DATA = _data()
needs_data = pytest.mark.skipif(DATA is None, reason="the shared research data is not beside this checkout")


def rows(name: str) -> dict[str, dict[str, str]]:
    assert DATA is not None
    with (DATA / name).open(encoding="utf-8") as handle:
        return {r["iso3"]: r for r in csv.DictReader(line for line in handle if not line.startswith("#"))}


def members(lib) -> list:
    return [c for c in lib.countries.values() if not c.observer]


def test_every_fact_names_known_sources_and_its_date(lib) -> None:
    for country in lib.countries.values():
        for fact in country.records:
            assert fact.sources and all(s in lib.references for s in fact.sources), (country.iso3, fact.kind)
            if FACT_KINDS[fact.kind].as_of:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", fact.as_of), (country.iso3, fact.kind)


def test_every_member_state_has_the_facts_a_paper_needs(lib) -> None:
    for country in members(lib):
        kinds = {f.kind for f in country.records}
        assert {"res_74_247", "budapest", "uncc", "law", "data_protection", "internet"} <= kinds, country.iso3
    assert sum(1 for c in members(lib) if c.fact("gci2020")) == 189  # not FSM, PLW, YEM; Mozambique's is inconsistent


@needs_data
def test_treaty_status_is_the_data_s(lib) -> None:
    uncc = rows("uncc_signatories_2026.csv")
    status = {"signed": "signed", "signed;ratification_reported": "ratification-reported", "not_signed": "not-signed"}
    for iso3, row in uncc.items():
        if iso3 == "EU":
            continue
        fact = lib.countries[iso3].fact("uncc")
        assert fact is not None and fact.value == status[row["status"]], iso3
        if row["status"] == "not_signed":
            assert fact.as_of == row["date"], iso3  # not signed as of the last list that covers it
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]):
            assert fact.date == row["date"], iso3
    budapest = rows("budapest_status_2026.csv")
    for iso3, row in budapest.items():
        fact = lib.countries[iso3].fact("budapest")
        assert fact is not None and fact.value == row["status"], iso3
        if fact.year is not None:
            assert row["year"].startswith(str(fact.year)), iso3
    parties = Counter(c.facts["budapest"] for c in members(lib))
    assert parties["party"] == 81 and parties["signatory"] == 2  # SOURCES-2026.md 2.1
    assert lib.countries["NZL"].facts["budapest"] == "party" and lib.countries["MEX"].facts["budapest"] == "invited"


@needs_data
def test_votes_and_roles_are_the_data_s(lib) -> None:
    votes = rows("res_74_247_vote.csv")
    for iso3, row in votes.items():
        country = lib.countries[iso3]
        assert country.facts["res_74_247"] == row["vote"], iso3
        role = country.facts.get("res_74_247_role")
        expected = "initiated" if iso3 == "RUS" else "sponsored" if row["original_sponsor_L11"] else \
            "co-sponsored" if row["cosponsor_3c"] else None
        assert role == expected, iso3
    assert Counter(c.facts.get("res_74_247_role") for c in members(lib))["co-sponsored"] == 47 - 8


@needs_data
def test_national_facts_are_the_data_s(lib) -> None:
    laws, users, gci = rows("cybercrime_law_unctad_2026.csv"), rows("internet_users_itu.csv"), rows("gci_itu.csv")
    status = {"Legislation": "legislation", "Draft Legislation": "draft", "No Legislation": "none"}
    for country in members(lib):
        iso3 = country.iso3
        law = country.fact("law")
        assert law is not None and law.value == status[laws[iso3]["cybercrime_status"]], iso3
        if law.title:
            raw = laws[iso3]
            assert not raw["quality_flag"], iso3  # a flagged title is never printed
            assert not re.search(r"\((in|In) \w+", law.title), (iso3, law.title)
            for year in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", law.title):  # no year that is not in a title
                assert year in raw["law_titles"], (iso3, law.title)
            if law.value == "legislation":
                assert not re.search(r"\b(Draft|Bill)\b", law.title), (iso3, law.title)
        internet = country.fact("internet")
        assert internet is not None and internet.value == float(users[iso3]["internet_users_pct"]), iso3
        assert internet.year == int(users[iso3]["year"]), iso3
        score = country.fact("gci2020")
        if score is not None:
            assert score.value == float(gci[iso3]["gci2020_overall"]), iso3
            if score.pillars:
                assert abs(sum(score.pillars.values()) - score.value) <= 0.1, iso3


@needs_data
def test_positions_are_the_high_and_medium_rows_only(lib) -> None:
    with (DATA / "ahc_positions.csv").open(encoding="utf-8") as handle:  # type: ignore[operator]
        table = list(csv.DictReader(handle))
    usable = [r for r in table if r["confidence"] in ("high", "medium")]
    facts = {(f.country or f.group, f.date) for c in lib.countries.values() for f in c.all_facts("position")}
    group_of = {"EU": "EU", "LAS": "Arab League"}
    assert {(group_of.get(r["iso3"], r["iso3"]), r["date"]) for r in usable} == facts
    assert not lib.countries["KEN"].all_facts("position")  # its only row is a machine-written summary
    france = lib.countries["FRA"].all_facts("position")
    assert france and all(f.group == "EU" and f.speaker for f in france)


def test_regional_instruments_need_a_second_source_to_be_confirmed(lib) -> None:
    confirmed = {(c.iso3, f.kind) for c in lib.countries.values() for f in c.records
                 if f.kind in ("malabo", "arab_it_convention", "cis_it_agreement") and f.confirmed}
    assert confirmed == {("MRT", "malabo"), ("QAT", "arab_it_convention"), ("ARE", "arab_it_convention")}
    assert lib.countries["KEN"].fact("malabo") is None  # Kenya is not a Party to the Malabo Convention
