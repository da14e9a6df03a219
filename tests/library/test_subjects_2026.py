"""The subjects of a 2026 CCPCJ debate added to the cybercrime library: sizes, languages, checkable sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SUBJECTS = ("ai-crime", "scam-compounds", "convention-in-force", "ransomware", "crypto-assets", "darknet",
            "sextortion", "lawful-access", "comprehensive-study")
CONVENTION_ARTICLES = range(1, 69)  # 68 articles: ../shared/data/uncc_structure.yaml


def _seeds() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


def _subject(clause) -> str:
    return clause.origin.path.stem if clause.origin and clause.origin.path.parent.name == "cybercrime" else ""


@pytest.fixture(scope="module")
def new(lib) -> list:
    return [c for c in lib.clauses.values() if _subject(c) in SUBJECTS]



@pytest.mark.parametrize("subject", SUBJECTS)
def test_each_subject_has_preambular_and_operative_clauses(lib, subject: str) -> None:
    clauses = [c for c in lib.clauses.values() if _subject(c) == subject]
    kinds = {c.kind for c in clauses}
    assert len(clauses) >= 4 and kinds == {"preambular", "operative"}, (subject, len(clauses), kinds)


def test_new_clauses_are_bilingual_filed_and_sourced(lib, new: list) -> None:
    agenda_topics = set(lib.agendas["cybercrime"].topics)
    assert {"emerging-crime", "victims"} <= agenda_topics
    for clause in new:
        assert set(clause.topics) <= agenda_topics, clause.id
        for text in clause.texts():
            assert text.en and re.search(r"[\u4e00-\u9fff]", text.zh), clause.id
        source = clause.source
        assert source.seed or source.symbol or source.note, clause.id
        if not source.seed and not source.symbol:
            assert "general knowledge" in source.note, clause.id  # nothing to check it against: say so
        if source.seed:
            assert source.ref and source.excerpt, clause.id


def test_excerpts_are_verbatim_in_their_seeds(new: list) -> None:
    seeds = _seeds()
    if seeds is None:
        pytest.skip("the seed documents (shared/seeds) are not beside this checkout")
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    cited = [c for c in new if c.source.seed]
    assert len(cited) >= 20
    for clause in cited:
        text = squeeze((seeds / clause.source.seed).read_text(encoding="utf-8"))
        assert squeeze(clause.source.excerpt) in text, (clause.id, clause.source.excerpt)


def test_convention_articles_exist_and_match_the_text(new: list) -> None:
    for clause in new:
        where = f"{clause.source.symbol}; {clause.source.ref}"
        for cited in re.findall(r"annex, arts?\. ([\d, and]+)", where):
            assert all(int(n) in CONVENTION_ARTICLES for n in re.findall(r"\d+", cited)), clause.id
        # an article named in the text is one the source cites
        for named in re.findall(r"articles? (\d+)", clause.text.en):
            assert re.search(rf"\b{named}\b", where), (clause.id, named)


def test_chinese_style(new: list) -> None:
    for clause in new:
        zh = clause.text.zh
        assert "联合国打击网络犯罪公约" not in zh.replace("《联合国打击网络犯罪公约》", ""), clause.id
        assert not re.search(r"[,;:()]", zh), clause.id
        if "article" in clause.text.en:
            assert re.search(r"第[一二三四五六七八九十]+条", zh), clause.id  # 第十四条, not 第14条


def test_stances_name_known_blocs_only_where_taken(lib, new: list) -> None:
    with_stance = [c for c in new if c.stances]
    assert with_stance and len(with_stance) < len(new)  # stances only where blocs clearly take one
    for clause in with_stance:
        assert set(clause.stances) <= set(lib.blocs), clause.id
        assert "opposes" not in clause.stances.values(), clause.id  # none of these subjects splits the blocs
