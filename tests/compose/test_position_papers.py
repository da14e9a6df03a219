"""All 193 position papers in both languages, read as a chair would: every sentence that states a fact cites a
source, no sentence contradicts the State's own facts, nothing is said of motives, the national sections differ,
and no three sentences in a row open alike."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import pytest

from drafter import library
from drafter.compose import answers, assemble
from drafter.compose.citations import split_sentences
from drafter.compose.draft import Draft, Sentence
from drafter.library.model import Country

DATE = "2026-12-03"
# pairwise similarity of two States' national sections (section III): Jaccard index of their word 3-grams (English)
# or character 6-grams (Chinese). Measured maximum on the shipped library: 0.68 in English, 0.66 in Chinese (the
# Central African Republic and Eritrea).
THRESHOLD = 0.70
# the header's delegate and school: a paper checks clean only with all five header fields (FORMAT.md PP-03, ZPP-01)
DELEGATE = {"en": {"delegate": "Alex Morgan", "school": "Riverside High School"},
            "zh": {"delegate": "李明", "school": "北京市第四中学"}}


@pytest.fixture(scope="module")
def papers(lib: library.Library) -> dict[tuple[str, str], Draft]:
    built = {}
    for lang in ("en", "zh"):
        for country in lib.countries.values():
            if country.observer:
                continue
            parsed = answers.Answers(kind="position-paper", language=lang, profile="un", committee="ccpcj",
                                     agenda="cybercrime", country=country.iso3, date=DATE,
                                     position_paper=dict(DELEGATE[lang]))
            built[(lang, country.iso3)] = assemble.assemble(parsed, lib)
    return built


def section(draft: Draft, number: int) -> Any:
    return draft.sections[number]


def sentences(draft: Draft) -> list[Sentence]:
    """Every sentence of sections I-IV with what it cites; a proposal's sub-items share their chapeau's sources."""
    out: list[Sentence] = []
    for sec in draft.sections[:4]:
        out += [s for para in sec.sentences for s in para]
        chapeau: tuple[str, ...] = ()
        for item_sentences in sec.item_sentences:
            for s in item_sentences:
                chapeau = s.sources or chapeau
                out.append(Sentence(s.text, s.sources or chapeau, s.facts))
    return out


# -- sources -------------------------------------------------------------------------------------------------------

# a sentence states a fact when it holds a number, a date or one of these words (votes, treaty acts, statistics)
STATES_A_FACT = {
    "en": re.compile(r"\d|\b(voted|abstained|signed|ratified|ratification was reported|is a Party|was not a Party|"
                     r"is not a Party|invited to accede|acceded|joined the|adopted|entered into force|scored|per cent|"
                     r"has cybercrime legislation|records no|sponsors?|co-sponsored|initiated|deposited)\b"),
    "zh": re.compile(r"\d|投了|弃权|签署了|已签署|尚未签署|已批准|批准该公约|是[^。]*缔约国|不是[^。]*缔约国|受邀|加入《|通过了|"
                     r"日通过|生效|得分|已制定|尚无|提案国|发起了"),
}


def test_the_fact_detector_flags_the_old_template_sentences() -> None:
    old = {"en": ["It has been a Party to the Budapest Convention since 2006.",
                  "It had not signed the United Nations Convention against Cybercrime when the Convention was opened."],
           "zh": ["俄罗斯联邦是《布达佩斯公约》缔约国。", "俄罗斯联邦对大会第74/247号决议投了赞成票并是该决议的共同提案国。"]}
    for lang, texts in old.items():
        assert all(STATES_A_FACT[lang].search(t) for t in texts)
    assert not STATES_A_FACT["en"].search("Any global framework must remain limited to clearly defined offences.")
    assert not STATES_A_FACT["zh"].search("跨境调取电子证据应通过司法协助渠道进行，并须征得被请求国同意。")


def test_every_factual_sentence_cites_a_source(papers: dict, lib: library.Library) -> None:
    unsourced = []
    for (lang, iso3), draft in papers.items():
        for s in sentences(draft):
            text = re.sub(r" ?\[\d+(?:, \d+)*\]", "", s.text)
            if STATES_A_FACT[lang].search(text) and not s.sources:
                unsourced.append((lang, iso3, s.text))
            for source in s.sources:
                assert source in lib.references or source.startswith("work-"), (iso3, source)
    assert unsourced == []


def test_the_references_list_every_cited_work_once(papers: dict) -> None:
    for (lang, iso3), draft in papers.items():
        refs = draft.sections[-1]
        assert refs.heading == ("参考资料" if lang == "zh" else "References"), iso3
        numbers = [int(re.match(r"\[(\d+)\]", p).group(1)) for p in refs.paragraphs]  # type: ignore[union-attr]
        assert numbers == list(range(1, len(numbers) + 1)), iso3
        cited = {int(n) for sec in draft.sections[:4] for p in sec.paragraphs + _items(sec.items)
                 for group in re.findall(r"\[(\d+(?:, \d+)*)\]", p) for n in group.split(", ")}
        assert cited == set(numbers), iso3
        assert len(set(refs.paragraphs)) == len(refs.paragraphs), iso3


def _items(items: list) -> list[str]:
    return [t for item in items for t in [item.text, *_items(item.children)]]


# -- contradictions: what a paper says against the State's own facts ----------------------------------------------

Check = Callable[[Country, "re.Match[str]"], bool]


def fact(country: Country, kind: str) -> Any:
    return country.facts.get(kind)


def recorded(country: Country, kind: str) -> Any:
    return country.fact(kind)


# (language, pattern in section III, what the State's facts must say when the paper says it)
CLAIMS: list[tuple[str, str, Check]] = [
    ("en", r"initiated General Assembly resolution 74/247", lambda c, m: fact(c, "res_74_247_role") == "initiated"),
    ("en", r"one of the eight sponsors", lambda c, m: fact(c, "res_74_247_role") == "sponsored"),
    ("en", r"co-sponsored", lambda c, m: fact(c, "res_74_247_role") == "co-sponsored"),
    ("en", r"co-sponsor\b", lambda c, m: False),  # the old wording: Russia is no "co-sponsor"
    ("en", r"voted for|voted in favour", lambda c, m: fact(c, "res_74_247") == "Y"),
    ("en", r"voted against", lambda c, m: fact(c, "res_74_247") == "N"),
    ("en", r"abstained", lambda c, m: fact(c, "res_74_247") == "A"),
    ("en", r"did not take part in the recorded vote", lambda c, m: fact(c, "res_74_247") == "NV"),
    ("en", r"Party to the Budapest Convention since (\d{4})",
     lambda c, m: fact(c, "budapest") == "party" and fact(c, "budapest_year") == int(m.group(1))),
    ("en", r"joined the Budapest Convention on", lambda c, m: fact(c, "budapest") == "party"),
    ("en", r"\bis a Party to the Budapest Convention", lambda c, m: fact(c, "budapest") == "party"),
    ("en", r"not a Party to the Budapest Convention", lambda c, m: fact(c, "budapest") != "party"),
    ("en", r"signed the Budapest Convention on", lambda c, m: fact(c, "budapest") == "signatory"),
    ("en", r"invited to accede to the Budapest Convention",
     lambda c, m: fact(c, "budapest") == "invited" and recorded(c, "budapest").confidence != "low"),
    ("en", r"\bsigned the United Nations Convention against Cybercrime (in|at)|reported to have signed the United",
     lambda c, m: fact(c, "uncc") in ("signed", "ratification-reported")),
    ("en", r"had not signed the United Nations Convention", lambda c, m: fact(c, "uncc") == "not-signed"),
    ("en", r"ratifying it|ratification was reported|reported to have ratified",
     lambda c, m: fact(c, "uncc") == "ratification-reported"),
    ("en", r"Malabo", lambda c, m: recorded(c, "malabo") is not None and recorded(c, "malabo").confirmed),
    ("en", r"ratified the Arab Convention",
     lambda c, m: recorded(c, "arab_it_convention") is not None and recorded(c, "arab_it_convention").confirmed),
    ("en", r"has cybercrime legislation,", lambda c, m: fact(c, "law") == "legislation"),
    ("en", r"cybercrime legislation in draft", lambda c, m: fact(c, "law") == "draft"),
    ("en", r"records no cybercrime legislation", lambda c, m: fact(c, "law") == "none"),
    ("en", r"(and|but) it has data protection legislation", lambda c, m: fact(c, "data_protection") == "legislation"),
    ("en", r"has no data protection legislation|nor any data protection", lambda c, m: fact(c, "data_protection") == "none"),
    ("en", r"In (\d{4}), ([\d.]+) per cent of the population",
     lambda c, m: (recorded(c, "internet").year, recorded(c, "internet").value) == (int(m.group(1)), float(m.group(2)))),
    ("en", r"made up ([\d.]+) per cent of the population of .+? in (\d{4})",
     lambda c, m: (recorded(c, "internet").value, recorded(c, "internet").year) == (float(m.group(1)), int(m.group(2)))),
    ("en", r"scored ([\d.]+) out of 100", lambda c, m: fact(c, "gci2020") == float(m.group(1))),
    ("en", r"has cybercrime legislation, (.+) among it, according",
     lambda c, m: bool(recorded(c, "law").title) and recorded(c, "law").title in m.group(1)),
    ("zh", r"发起了大会第74/247号决议", lambda c, m: fact(c, "res_74_247_role") == "initiated"),
    ("zh", r"八个提案国之一", lambda c, m: fact(c, "res_74_247_role") == "sponsored"),
    ("zh", r"共同提案国", lambda c, m: fact(c, "res_74_247_role") == "co-sponsored"),
    ("zh", r"投了赞成票", lambda c, m: fact(c, "res_74_247") == "Y"),
    ("zh", r"投了反对票", lambda c, m: fact(c, "res_74_247") == "N"),
    ("zh", r"投了弃权票", lambda c, m: fact(c, "res_74_247") == "A"),
    ("zh", r"未参加.*记录表决", lambda c, m: fact(c, "res_74_247") == "NV"),
    ("zh", r"自(\d{4})年起为《布达佩斯公约》缔约国",
     lambda c, m: fact(c, "budapest") == "party" and fact(c, "budapest_year") == int(m.group(1))),
    ("zh", r"加入《布达佩斯公约》(?!的)", lambda c, m: fact(c, "budapest") in ("party", "invited")),
    ("zh", r"[^不]是《布达佩斯公约》缔约国", lambda c, m: fact(c, "budapest") == "party"),
    ("zh", r"不是《布达佩斯公约》缔约国", lambda c, m: fact(c, "budapest") != "party"),
    ("zh", r"签署《布达佩斯公约》", lambda c, m: fact(c, "budapest") == "signatory"),
    ("zh", r"受邀加入《布达佩斯公约》", lambda c, m: fact(c, "budapest") == "invited"),
    ("zh", r"签署了《联合国打击网络犯罪公约》", lambda c, m: fact(c, "uncc") in ("signed", "ratification-reported")),
    ("zh", r"尚未签署《联合国打击网络犯罪公约》", lambda c, m: fact(c, "uncc") == "not-signed"),
    ("zh", r"批准该公约的法律|已批准该公约", lambda c, m: fact(c, "uncc") == "ratification-reported"),
    ("zh", r"马拉博", lambda c, m: recorded(c, "malabo") is not None and recorded(c, "malabo").confirmed),
    ("zh", r"已批准2010年《阿拉伯打击信息技术犯罪公约》",
     lambda c, m: recorded(c, "arab_it_convention") is not None and recorded(c, "arab_it_convention").confirmed),
    ("zh", r"已制定网络犯罪立法", lambda c, m: fact(c, "law") == "legislation"),
    ("zh", r"网络犯罪立法尚处于草案阶段", lambda c, m: fact(c, "law") == "draft"),
    ("zh", r"尚无网络犯罪立法", lambda c, m: fact(c, "law") == "none"),
    ("zh", r"[并但]已制定数据保护立法", lambda c, m: fact(c, "data_protection") == "legislation"),
    ("zh", r"尚无数据保护立法", lambda c, m: fact(c, "data_protection") == "none"),
    ("zh", r"(\d{4})年.{0,12}?(?:使用互联网的人口占|互联网用户占人口的)([\d.]+)%",
     lambda c, m: (recorded(c, "internet").year, recorded(c, "internet").value) == (int(m.group(1)), float(m.group(2)))),
    ("zh", r"得分为([\d.]+)分（满分100分）", lambda c, m: fact(c, "gci2020") == float(m.group(1))),
]


def test_no_sentence_contradicts_the_state_s_facts(papers: dict, lib: library.Library) -> None:
    seen = {pattern: 0 for _, pattern, _ in CLAIMS}
    wrong = []
    for (lang, iso3), draft in papers.items():
        country = lib.countries[iso3]
        for sentence in (s for para in section(draft, 2).sentences for s in para):
            for claim_lang, pattern, holds in CLAIMS:
                if claim_lang != lang:
                    continue
                for match in re.finditer(pattern, sentence.text):
                    seen[pattern] += 1
                    if not holds(country, match):
                        wrong.append((lang, iso3, pattern, sentence.text))
    assert wrong == []
    unused = [p for p, n in seen.items() if n == 0 and p not in (r"co-sponsor\b", r"cybercrime legislation in draft")]
    assert unused == []  # every assertion meets the papers it is written for


def test_kenya_does_not_build_on_a_convention_it_is_not_party_to(papers: dict) -> None:
    for lang in ("en", "zh"):
        text = " ".join(section(papers[(lang, "KEN")], 2).paragraphs)
        assert "Malabo" not in text and "马拉博" not in text


def test_russia_initiated_the_resolution(papers: dict) -> None:
    en = " ".join(section(papers[("en", "RUS")], 2).paragraphs)
    zh = " ".join(section(papers[("zh", "RUS")], 2).paragraphs)
    assert "initiated General Assembly resolution 74/247" in en and "co-sponsor" not in en
    assert "发起了大会第74/247号决议" in zh and "共同提案国" not in zh


def test_the_second_additional_protocol_was_adopted_in_2021(papers: dict) -> None:
    for (lang, iso3), draft in papers.items():
        text = " ".join(section(draft, 1).paragraphs)
        if lang == "zh":
            assert "2021年11月17日通过，2022年5月开放签署" in text and "2022年通过" not in text, iso3
        else:
            assert "adopted on 17 November 2021 and opened for signature in May 2022" in text, iso3


MOTIVES = re.compile(r"common ground|\bweigh(s|ing)?\b|\bseek(s|ing)?\b|\bbecause\b|\bin order to\b|审慎评估|寻求|共同点|"
                     r"出于|为了")


def test_no_invented_motives(papers: dict) -> None:
    found = [(lang, iso3, m.group(0)) for (lang, iso3), draft in papers.items()
             for p in section(draft, 2).paragraphs for m in MOTIVES.finditer(re.sub(r"“[^”]*”", "", p))]
    assert found == []


# -- voice -----------------------------------------------------------------------------------------------------------

def openings(draft: Draft, lang: str) -> list[list[str]]:
    """The opening (two characters, or the first word) of each sentence of sections I-III, section by section."""
    out = []
    for sec in draft.sections[:3]:
        texts = [s for p in sec.paragraphs for s in split_sentences(p, lang)]
        out.append([t.strip()[:2] if lang == "zh" else t.split(" ", 1)[0].casefold() for t in texts])
    return out


def test_no_three_sentences_in_a_row_open_alike(papers: dict) -> None:
    for (lang, iso3), draft in papers.items():
        for opened in openings(draft, lang):
            for a, b, c in zip(opened, opened[1:], opened[2:], strict=False):
                assert not a == b == c, (lang, iso3, a)


def test_chinese_papers_vary_the_subject(papers: dict) -> None:
    text = "".join(section(papers[("zh", "RUS")], 2).paragraphs)
    assert "俄方" in text and "俄罗斯联邦" in text
    for (lang, iso3), draft in papers.items():
        if lang != "zh":
            continue
        opened = [s[:len(draft_name)] for s in split_sentences("".join(section(draft, 2).paragraphs), "zh")
                  for draft_name in [draft.heading[0].text]]
        assert not any(a == b == c for a, b, c in zip(opened, opened[1:], opened[2:], strict=False)), iso3


def _shingles(text: str, lang: str) -> set[tuple[str, ...]]:
    tokens = list(re.sub(r"\s|\[\d+(?:, \d+)*\]", "", text)) if lang == "zh" else re.findall(r"\w+", text.lower())
    size = 6 if lang == "zh" else 3
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def test_no_two_national_sections_are_alike(papers: dict) -> None:
    worst = {}
    for lang in ("en", "zh"):
        grams = {iso3: _shingles(" ".join(section(d, 2).paragraphs), lang) for (lg, iso3), d in papers.items()
                 if lg == lang}
        worst[lang] = max((len(grams[a] & grams[b]) / len(grams[a] | grams[b]), a, b)
                          for a, b in itertools.combinations(grams, 2))
    assert all(score < THRESHOLD for score, _, _ in worst.values()), worst


def test_specific_where_the_data_allows(papers: dict, lib: library.Library) -> None:
    kenya = " ".join(section(papers[("en", "KEN")], 2).paragraphs)
    assert "the Computer Misuse and Cybercrimes Act" in kenya and "40.8 per cent" in kenya and "81.7 out of 100" in kenya
    cuba = " ".join(section(papers[("en", "CUB")], 2).paragraphs)
    assert "“from the outset”" in cuba  # its stated position
    mauritania = " ".join(section(papers[("en", "MRT")], 2).paragraphs)
    assert "Malabo Convention" in mauritania and "9 May 2023" in mauritania  # its regional instrument, twice sourced
    france = " ".join(section(papers[("zh", "FRA")], 2).paragraphs)
    assert "欧洲联盟" in france


def test_dates_say_as_of_where_a_fact_can_change(papers: dict) -> None:
    germany = " ".join(section(papers[("en", "DEU")], 2).paragraphs)
    assert "As of November 2025" in germany and "had not signed" in germany
    assert "(as of January 2026)" in germany or "As of January 2026" in germany or "since" in germany


def test_every_paper_builds_and_checks_clean(papers: dict, lib: library.Library, tmp_path) -> None:
    from drafter import check
    from drafter.compose import render

    for (lang, iso3), draft in papers.items():
        out = tmp_path / f"{lang}-{iso3}.docx"
        out.write_bytes(render.to_docx(draft))
        report, _ = check.check_file(out, lib, profile="un")
        assert report.findings == [], (lang, iso3, report.findings)


def test_a_template_citing_an_unknown_work_is_a_clear_error(lib: library.Library, tmp_path) -> None:
    from drafter.compose import positions
    from drafter.status import DrafterError

    template = tmp_path / "paper.j2"
    template.write_text('## I. Background\n\nText{{ cite("a-res-74-24") }}.\n', encoding="utf-8")
    parsed = answers.Answers(kind="position-paper", language="en", committee="ccpcj", agenda="cybercrime",
                             country="KEN", date=DATE)
    with pytest.raises(DrafterError, match=r"cites 'a-res-74-24'.*did you mean 'a-res-74-247'"):
        positions.position_paper(parsed, lib, template=template)
