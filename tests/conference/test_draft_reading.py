"""What the panel reads from a draft's heading: the committee, the main submitters and the delegations that
sign, name by name, as students write the lists."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from drafter import library
from drafter.conference import read_draft
from drafter.structure import read_structure
from drafter.word import reader


def heading_of(tmp_path: Path, lib: library.Library, lines: list[str], lang: str = "en"):  # type: ignore[no-untyped-def]
    doc = Document()
    body = (["大会，", "回顾其各项决议，", "1. 敦促各国合作。"] if lang == "zh" else
            ["The General Assembly,", "Recalling its resolutions,", "1. Urges States to cooperate."])
    for text in lines + body:
        doc.add_paragraph(text)
    doc.save(str(tmp_path / "d.docx"))
    read = reader.read(tmp_path / "d.docx")
    return read_draft("d.docx", read_structure(read, lib, lang, "thimun"), lib.state_names)


def test_names_joined_by_and_are_cut_only_where_a_state_ends(tmp_path: Path, lib: library.Library) -> None:
    draft = heading_of(tmp_path, lib, [
        "Committee: GA3", "Topic: Refugees",
        "Sponsors: United Kingdom of Great Britain and Northern Ireland, Trinidad and Tobago and France",
        "Signatories: Chile and Brazil & Kenya, Taiwan (observer), Angola Azerbaijan, etc."])
    assert [n.iso3 for n in draft.sponsors] == ["GBR", "TTO", "FRA"]
    assert [(n.written, n.iso3, n.member) for n in draft.others["signatories"]] == [
        ("Chile", "CHL", True), ("Brazil", "BRA", True), ("Kenya", "KEN", True), ("Taiwan", "", False),
        ("Angola", "AGO", True), ("Azerbaijan", "AZE", True)]
    assert draft.committee == "GA3" and draft.leads == [("Urges", 7, 4)]


def test_chinese_lists_and_a_list_on_the_next_line(tmp_path: Path, lib: library.Library) -> None:
    draft = heading_of(tmp_path, lib, [
        "委员会：安理会", "起草国：", "美国中国法国", "附议国：委内瑞拉玻利瓦尔共和国和伊朗伊斯兰共和国、巴西及智利等"], "zh")
    assert [n.iso3 for n in draft.sponsors] == ["USA", "CHN", "FRA"]
    assert [n.iso3 for n in draft.others["signatories"]] == ["VEN", "IRN", "BRA", "CHL"]
    assert draft.committee == "安理会" and draft.delegations() == {"USA", "CHN", "FRA", "VEN", "IRN", "BRA", "CHL"}


def test_a_bare_committee_line_or_the_organ_names_the_committee(tmp_path: Path, lib: library.Library) -> None:
    assert heading_of(tmp_path, lib, ["Security Council", "Sponsors: France"]).committee == "Security Council"
    assert heading_of(tmp_path, lib, ["Sponsors: France"]).committee == "The General Assembly"
