"""Browsing: searching clauses, looking up blocs / topics / groups / States, and listings that fit 80 columns."""

from __future__ import annotations

import dataclasses
import json
import shutil
import types
from pathlib import Path

import paths
import pytest
from paths import LIBRARY_FIXTURES

from drafter import library, table, wrapping
from drafter.commands import clausetext
from drafter.library import search
from drafter.status import DrafterError

ROOT = paths.ROOT
BASE = LIBRARY_FIXTURES / "base" / "library.yaml"

# one clause per field the word "harbour" can match in, in the opposite order of the ranking
HARBOUR = """\
topics:
  - {id: harbour-safety, en: Harbour safety, zh: 港口安全}
phrases:
  - {id: harbour-requests, kind: operative, en: Calls upon, zh: 促请}
clauses:
  - {id: by-source, kind: operative, phrase: requests, topics: [prevention], en: the Office to publish data,
     zh: 该办公室公布数据, source: {ref: "harbour report, para. 2"}}
  - {id: by-topic, kind: operative, phrase: requests, topics: [harbour-safety], en: the Office to publish figures,
     zh: 该办公室公布数字, source: {note: test}}
  - {id: by-text-scattered, kind: operative, phrase: requests, topics: [prevention],
     en: States to make the safety of every harbour a priority, zh: 各国把每个港口的安全作为优先事项, source: {note: test}}
  - {id: by-text, kind: operative, phrase: requests, topics: [prevention], en: the harbour safety authorities to meet,
     zh: 港口安全当局开会, source: {note: test}}
  - {id: by-phrase, kind: operative, phrase: harbour-requests, topics: [prevention], en: States to act,
     zh: 各国采取行动, source: {note: test}}
  - {id: harbour-op-1, kind: operative, phrase: requests, topics: [prevention], en: the Office to act,
     zh: 该办公室采取行动, source: {note: test}}
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("harbour")
    shutil.copy(BASE, folder / "base.yaml")
    (folder / "harbour.yaml").write_text(HARBOUR, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def harbour_lib(harbour: Path) -> library.Library:
    return library.load([harbour])


def ids(hits) -> list[str]:
    return [h.clause.id for h in hits]


# -- search --------------------------------------------------------------------------------


def test_words_split_on_spaces_hyphens_and_scripts() -> None:
    assert search.words("Capacity-Building  能力建设") == ["capacity", "building", "能力建设"]
    assert search.words("ＩＣＴ能力") == ["ict", "能力"]
    assert search.words(["cross-border", "data"]) == ["cross", "border", "data"]
    assert search.words("《布达佩斯公约》，") == ["布达佩斯公约"]


def test_any_order_with_or_without_hyphens(lib) -> None:
    spaced = ids(search.search(lib, "capacity building"))
    assert spaced
    assert set(spaced) == set(ids(search.search(lib, "capacity-building")))
    assert set(spaced) == set(ids(search.search(lib, "building capacity")))
    assert spaced == ids(search.search(lib, "Capacity-Building"))


def test_every_word_must_match(lib) -> None:
    both = set(ids(search.search(lib, "ransomware hospitals")))
    assert both and both <= set(ids(search.search(lib, "ransomware")))
    assert both <= set(ids(search.search(lib, "hospitals")))
    assert search.search(lib, "ransomware zzqx") == []


def test_chinese_substring_and_unspaced_words(lib) -> None:
    found = [h for h in search.search(lib, "能力建设", lang="zh") if h.field == "text"]
    exact = [h for h in found if h.whole]
    assert exact and found[:len(exact)] == exact  # the word as typed first, then 能力 … 建设 apart
    assert all("能力建设" in str(search._fields(lib, h.clause, "zh")["text"]) for h in exact)
    assert all("能力建设" not in str(search._fields(lib, h.clause, "zh")["text"]) for h in found[len(exact):])
    spaced = ids(search.search(lib, "发展中国家 能力建设", lang="zh"))
    joined = ids(search.search(lib, "发展中国家能力建设", lang="zh"))  # no space between the two words
    assert spaced and set(spaced) <= set(joined)
    assert search.search(lib, "发展中国家魔法建设", lang="zh") == []  # 魔法 appears nowhere


def test_rank_id_phrase_text_topic_source(harbour_lib) -> None:
    found = search.search(harbour_lib, "harbour")
    assert ids(found) == ["harbour-op-1", "by-phrase", "by-text-scattered", "by-text", "by-topic", "by-source"]
    assert [h.field for h in found] == ["id", "phrase", "text", "text", "topic", "source"]


def test_whole_query_as_typed_ranks_first_among_equals(harbour_lib) -> None:
    found = search.search(harbour_lib, "harbour safety")
    assert ids(found)[:2] == ["by-text", "by-text-scattered"]  # library order is the other way round
    assert found[0].whole and not found[1].whole
    assert found[2].clause.id == "by-topic" and found[2].field == "topic"


def test_search_keeps_a_given_pool(harbour_lib) -> None:
    pool = [harbour_lib.clauses["by-source"], harbour_lib.clauses["by-text"]]
    assert ids(search.search(harbour_lib, "harbour", clauses=pool)) == ["by-text", "by-source"]
    assert ids(search.search(harbour_lib, "", clauses=pool)) == ["by-source", "by-text"]


def test_cli_shows_the_match_and_keeps_the_rank_order(run, harbour) -> None:
    variables = {"DRAFTER_NO_BUILTIN": "1", "COLUMNS": "80"}
    status, out, err = run("clauses", "harbour", "--library", str(harbour), variables=variables)
    assert status == 0 and "6 clauses; best matches first" in err
    lines = out.splitlines()
    assert lines[0].split() == ["id", "kind", "match", "text"]
    rows = [line.split()[:3] for line in lines[2:] if line and not line.startswith(" ")]
    assert rows[0] == ["harbour-op-1", "op", "id"] and rows[-1] == ["by-source", "op", "source"]
    status, out, _ = run("clauses", "harbour", "safety", "--json", "--library", str(harbour), variables=variables)
    data = json.loads(out)
    assert data[0]["match"] == {"field": "text", "rank": 2, "whole": True,
                                "words": {"harbour": "text", "safety": "text"}}


def test_kind_column_reads_well(run) -> None:
    status, out, _ = run("clauses", "--topic", "prevention", variables={"COLUMNS": "80"})
    kinds = {line.split()[1] for line in out.splitlines()[2:] if line and not line.startswith(" ")}
    assert kinds == {"pre", "op"}


# -- blocs, topics, groups by any name ------------------------------------------------------


def test_lookups_by_id_or_name_in_any_case(lib) -> None:
    assert lib.bloc_id("Budapest") == "budapest"
    assert lib.bloc_id("BUDAPEST CONVENTION LIKE-MINDED STATES") == "budapest"
    assert lib.bloc_id("联合国公约路径倡导国") == "un-convention"
    assert lib.topic_id("Capacity Building") == "capacity-building"
    assert lib.topic_id("国际合作") == "cooperation"
    assert lib.group_name("brics") == "BRICS" and lib.group_name("african union") == "African Union"
    with pytest.raises(DrafterError, match="did you mean 'budapest'"):
        lib.bloc_id("budapset")
    with pytest.raises(DrafterError, match="unknown topic"):
        lib.topic_id("astrology")


def test_cli_accepts_names_in_any_case(run) -> None:
    _, lower, _ = run("clauses", "--bloc", "budapest", "--json")
    status, upper, _ = run("clauses", "--bloc", "Budapest", "--json")
    assert status == 0 and json.loads(lower) == json.loads(upper) and json.loads(upper)
    status, out, _ = run("clauses", "--topic", "capacity building", "--json")
    assert status == 0 and all("capacity-building" in c["topics"] for c in json.loads(out))
    status, out, _ = run("countries", "--bloc", "BUDAPEST", "--group", "eu", "--json")
    assert status == 0 and {c["iso3"] for c in json.loads(out)} >= {"FRA", "DEU"}
    status, _, err = run("countries", "--group", "Atlantis League")
    assert status == 2 and "unknown group" in err


def test_blocs_topics_groups_listings(run, lib) -> None:
    status, out, _ = run("blocs", "--json")
    blocs = json.loads(out)
    assert status == 0 and [b["id"] for b in blocs] == list(lib.blocs)
    for b in blocs:
        assert set(b) == {"id", "name", "description", "members", "supports", "opposes"}
        assert b["members"] == [c.iso3 for c in lib.countries.values() if b["id"] in c.blocs]
        assert b["supports"] == sum(1 for c in lib.clauses.values() if c.stance(b["id"]) == "supports")
    status, out, _ = run("topics", "--json")
    topics = json.loads(out)
    assert [t["id"] for t in topics] == list(lib.topics)
    for t in topics:
        assert t["clauses"]["operative"] == sum(1 for c in lib.clauses.values()
                                                if t["id"] in c.topics and c.kind == "operative")
    status, out, _ = run("groups", "--json")
    groups = {g["name"]: g["members"] for g in json.loads(out)}
    assert set(groups["BRICS"]) == {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"}
    status, out, _ = run("blocs", "--lang", "zh", variables={"COLUMNS": "80"})
    assert "《布达佩斯公约》立场相近国家" in out


# -- one State --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["DEU", "deu", "Germany", "德国", "the Federal Republic of Germany", "德意志联邦共和国"])
def test_country_show_by_code_or_name(run, name) -> None:
    status, out, _ = run("countries", "show", *name.split(), "--json")
    assert status == 0 and json.loads(out)["iso3"] == "DEU"


def test_country_show_did_you_mean(run) -> None:
    status, _, err = run("countries", "show", "Germny")
    assert status == 2 and "did you mean 'Germany' (DEU)?" in err
    status, out, _ = run("countries", "show", "Russia")  # a common name is found, as in the picker
    assert status == 0 and out.startswith("RUS")
    status, _, err = run("countries", "show", "Taiwan")
    assert status == 2 and "not a UN Member State" in err and "did you mean" not in err
    status, _, err = run("countries", "show", "德国家")
    assert status == 2 and "'德国' (DEU)" in err


def test_countries_in_chinese(run) -> None:
    status, out, err = run("countries", "--lang", "zh", "--group", "BRICS", variables={"COLUMNS": "80"})
    assert status == 0 and out.splitlines()[0].split()[:3] == ["iso3", "中文名", "name"]
    assert "中国" in out and err.strip().startswith("共") and "countries" not in err
    status, out, _ = run("countries", "show", "Turkey", "--lang", "zh", variables={"COLUMNS": "80"})
    assert status == 0 and out.startswith("TUR  土耳其 · Türkiye")
    assert "正式名称" in out and "\n集团\n" in out and "  formal " not in out and "clause(s)" not in out
    assert all(wrapping.display_width(line) <= 80 for line in out.splitlines())


def test_bloc_reasons_come_from_the_rules(lib) -> None:
    for country in lib.countries.values():
        for bloc in lib.blocs.values():
            assert (library.explain(bloc.rule, country) is not None) == library.evaluate(bloc.rule, country)
        members = {m.bloc for m in lib.membership(country) if m.member}
        assert members == set(country.blocs), country.iso3


def test_country_show_explains_rule_and_override(run, lib, tmp_path) -> None:
    status, out, _ = run("countries", "show", "SRB", "--json")
    data = json.loads(out)
    by_bloc = {m["bloc"]: m for m in data["membership"]}
    assert by_bloc["bridge"]["by"] == "rule" and "budapest is party" in by_bloc["bridge"]["because"]
    country = lib.countries["SRB"]
    assert data["clauses"]["supported"] == [c.id for c in lib.clauses.values() if lib.suggested(c, country)]
    assert data["clauses"]["opposed"] == [c.id for c in lib.clauses.values() if not lib.fits(c, country)]
    assert data["facts"] == country.facts and data["sources"] == list(country.sources)
    status, out, _ = run("countries", "show", "SRB", variables={"COLUMNS": "80"})
    assert "by its rule: budapest is party" in out
    assert f"{len(data['clauses']['supported'])} supported by its blocs" in out
    # an override (the shipped rules need none) is explained with its reason
    copy = tmp_path / "lib"
    shutil.copytree(library.builtin_library(), copy)
    countries = copy / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    anchor = text.index("- iso3: SRB")
    reason = "Serbia negotiates as part of the bridge group in this simulation"
    insert = text.index("\n", anchor) + 1
    countries.write_text(text[:insert] + f"  bloc_overrides: {{add: [capacity], reason: {reason}}}\n" + text[insert:],
                         encoding="utf-8")
    status, out, err = run("countries", "show", "SRB", "--library", str(copy),
                           variables={"DRAFTER_NO_BUILTIN": "1", "COLUMNS": "80"})
    assert status == 0, err
    assert "added by an override: " + reason[:40] in " ".join(out.split())


# -- one clause ------------------------------------------------------------------------------


def test_every_seed_cited_has_a_title(lib) -> None:
    cited = {c.source.seed for c in lib.clauses.values() if c.source.seed}
    assert cited and cited <= set(lib.seeds)


def test_clause_show_names_the_source_and_both_languages(run, lib) -> None:
    status, out, _ = run("clauses", "show", "cyb-rec-10", variables={"COLUMNS": "80"})
    clause = lib.clauses["cyb-rec-10"]
    flat = "".join(out.split())
    assert "".join(clause.text.en.split()) in flat and clause.text.zh in flat
    assert "".join(lib.seeds[clause.source.seed].title.zh.split()) in flat
    status, out, _ = run("clauses", "show", "cyb-rec-10", "--json")
    source = json.loads(out)["source"]
    assert source["seed_title"]["en"].startswith("Report on the meeting of the Expert Group")
    assert source["symbol"] == "UNODC/CCPCJ/EG.4/2021/2" and "excerpt" in source and "adapted" in source


def test_clause_show_prints_excerpt_and_adapted_when_present(lib) -> None:
    clause = lib.clauses["cyb-rec-10"]
    fields = {f: getattr(clause.source, f) for f in ("seed", "ref", "symbol", "note")}
    source = types.SimpleNamespace(**fields, excerpt="快速保全计算机数据", adapted="drops one item")
    text = clausetext.clause_text(lib, dataclasses.replace(clause, source=source), ("en", "zh"), 80)
    assert "excerpt    “快速保全计算机数据”" in text and "adapted    drops one item" in text
    plain = clausetext.clause_text(lib, clause, ("en", "zh"), 80)
    assert "excerpt    “" + clause.source.excerpt[:10] in plain
    bare = types.SimpleNamespace(**fields, excerpt=None, adapted=None)
    assert "excerpt" not in clausetext.clause_text(lib, dataclasses.replace(clause, source=bare), ("en", "zh"), 80)


# -- fits 80 columns -------------------------------------------------------------------------

LISTINGS = [
    ["clauses"], ["clauses", "--lang", "zh"], ["clauses", "capacity", "building"], ["clauses", "能力建设"],
    ["clauses", "show", "cyb-rec-10"], ["clauses", "show", "cyb-core-op-11", "--lang", "zh"],
    ["countries"], ["countries", "--bloc", "budapest"], ["countries", "show", "CHN"], ["countries", "show", "SRB"],
    ["blocs"], ["blocs", "--lang", "zh"], ["topics"], ["topics", "--lang", "zh"], ["groups"], ["groups", "--lang", "zh"],
]


@pytest.mark.parametrize("argv", LISTINGS, ids=" ".join)
def test_listings_fit_80_columns(run, argv) -> None:
    status, out, _ = run(*argv, variables={"COLUMNS": "80"})
    assert status == 0 and out.strip()
    too_wide = [line for line in out.splitlines() if wrapping.display_width(line) > 80]
    assert not too_wide, too_wide[:3]


@pytest.mark.parametrize("argv", [a for a in LISTINGS if "show" not in a], ids=" ".join)
def test_every_listing_has_json(run, argv) -> None:
    status, out, _ = run(*argv, "--json")
    assert status == 0 and isinstance(json.loads(out), list)


def test_table_aligns_chinese_and_fits_width() -> None:
    rendered = table.render(["a", "名称", "text"], [["x", "中国", "很长的中文文本" * 10], ["yy", "France", "short"]],
                            width=40, shrink=[(2, 10)])
    lines = rendered.splitlines()
    assert all(wrapping.display_width(line) <= 40 for line in lines)
    starts = {wrapping.display_width(line[:line.index(cell)]) for line, cell in zip(lines[2:], ["很", "short"])}
    assert len(starts) == 1  # the third column starts at the same screen column on every row


def test_wrap_breaks_chinese_and_keeps_punctuation_off_line_starts() -> None:
    text = "请联合国毒品和犯罪问题办公室，在现有资源范围内，继续提供技术援助。" * 3
    lines = wrapping.wrap(text, 30, indent="  ")
    assert all(wrapping.display_width(line) <= 30 for line in lines)
    assert "".join(line.strip() for line in lines) == text
    assert not any(line.strip()[0] in "，。" for line in lines)
    words = wrapping.wrap("Calls upon Member States to keep domestic procedural law abreast", 20)
    assert all(len(line) <= 20 for line in words) and " ".join(words).split() == \
        "Calls upon Member States to keep domestic procedural law abreast".split()


def test_split_into_found_prefers_few_pieces() -> None:
    assert search.split_into_found("发展中国家能力建设", "帮助发展中国家建设……的能力建设") == ["发展中国家", "能力建设"]
    assert search.split_into_found("发展中国家魔法", "发展中国家") is None


def test_new_commands_have_help_and_usage_errors(run) -> None:
    for command in (["blocs"], ["topics"], ["groups"], ["countries"], ["clauses"]):
        assert run(*command, "--help")[0] == 0
    assert run("clauses", "show")[0] == 2
    assert run("countries", "show")[0] == 2
    status, out, _ = run("countries", "DEU", "--json")  # the short form
    assert status == 0 and json.loads(out)["iso3"] == "DEU"


def test_seed_entries_are_validated(tmp_path: Path) -> None:
    shutil.copy(BASE, tmp_path / "base.yaml")
    (tmp_path / "seeds.yaml").write_text("seeds:\n  - {file: a.txt, en: A report}\n  - {en: B, zh: 乙}\n",
                                         encoding="utf-8")
    lib, problems = library.load_with_problems([tmp_path])
    messages = [p.message for p in problems]
    assert any("missing Chinese text 'zh' of seed 'a.txt'" in m for m in messages)
    assert any("missing field 'file'" in m for m in messages)


def test_adapted_flag_reads_as_a_word(lib) -> None:
    clause = lib.clauses["cyb-rec-10"]
    fields = {f: getattr(clause.source, f) for f in ("seed", "ref", "symbol", "note")}
    source = types.SimpleNamespace(**fields, excerpt="", adapted=True)
    text = clausetext.clause_text(lib, dataclasses.replace(clause, source=source), ("en",), 80)
    assert "adapted    yes" in text and "excerpt" not in text


SEEDS = next((p for p in (ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds") if p.is_dir()), None)


@pytest.mark.skipif(SEEDS is None, reason="the seed documents are not beside this checkout")
def test_seed_titles_come_from_the_documents_first_lines(lib) -> None:
    assert SEEDS is not None
    for seed in lib.seeds.values():
        lines = [line for line in (SEEDS / seed.file).read_text(encoding="utf-8").splitlines() if line.strip()]
        head = "".join("".join(lines[:15]).split())
        title = "".join(seed.title.zh.split())
        assert any(title[i:i + 10] in head for i in range(len(title) - 9)), seed.file


def test_clause_and_country_pages_are_labelled_in_chinese(run) -> None:
    """`clauses show ID --lang zh` and `countries show X --lang zh` (issue 25 item 1): Chinese labels with
    full-width punctuation; English with --lang en."""
    from drafter.punctuation import half_width_in_chinese, is_chinese

    status, out, _ = run("clauses", "show", "cyb-core-op-13", "--lang", "zh")
    assert status == 0 and out.startswith("cyb-core-op-13  执行段；主题：")
    for label in ("\n来源\n", "\n  出处 ", "\n  联合国文号  ", "\n  摘录 ", "\n立场\n", "  反对", "\n争议问题：", "替代条款：",
                  "\n定义于 "):
        assert label in out, label
    for word in ("source", "seed", "topics", "stances", "contested", "alternatives", "defined at", "opposes"):
        assert word not in out, word
    status, out, _ = run("clauses", "show", "cyb-core-op-13", "--lang", "en")
    assert status == 0 and "operative clause; topics: " in out and "\nstances\n" in out and "执行段" not in out
    status, out, _ = run("countries", "show", "CHN", "--lang", "zh")
    assert status == 0 and "（截至 2026-01-14；" in out and "依其规则：uncc 为 signed" in out and "组织     BRICS、SCO" in out
    assert "as of" not in out and " is " not in out
    status, out, _ = run("countries", "show", "CHN")
    assert status == 0 and "(as of 2026-01-14; " in out and "by its rule: uncc is signed" in out
    for argv in (["clauses", "show", "cyb-rec-10", "--lang", "zh"], ["countries", "show", "RUS", "--lang", "zh"]):
        _, out, _ = run(*argv)
        chinese = [line for line in out.splitlines() if is_chinese(line)]
        assert chinese and not [line for line in chinese if half_width_in_chinese(line)], argv
