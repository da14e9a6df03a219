"""Imported text as the renderer writes it: typed footnote numbers taken out (and only those), spaces where the
renderer puts them; and near-duplicates found through the index exactly as comparing every pair finds them."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from drafter.importer.clean import clean, clean_with_notes
from drafter.importer.footnotes import drop_known_marks, drop_marks
from drafter.importer.near import Index, similar, words


@pytest.mark.parametrize("typed, cleaned, notes", [
    ("the unified character of the Convention1 and the vital importance", "the unified character of the Convention "
     "and the vital importance", ["1"]),
    ("to become parties to the Convention and the Part XI Agreement;23", "to become parties to the Convention and "
     "the Part XI Agreement", ["23"]),
    ("the Covenant on Economic, Social and Cultural Rights,4 the Convention", "the Covenant on Economic, Social and "
     "Cultural Rights, the Convention", ["4"]),
    ("the above-mentioned reports1,2 at the main part", "the above-mentioned reports at the main part", ["1,2"]),
    ("in its resolution 42/9,1 to renew", "in its resolution 42/9, to renew", ["1"]),
    ("entitled “The future we want”,7 States recognized", "entitled “The future we want”, States recognized", ["7"]),
    ("at the thirtieth Meeting, in 2020;5", "at the thirtieth Meeting, in 2020", ["5"]),
    ("the 2030 Agenda.3 The Assembly", "the 2030 Agenda. The Assembly", ["3"]),
    # numbers that belong to the sentence stay
    ("a payment of 6,000 United States dollars", "a payment of 6,000 United States dollars", []),
    ("its decision 1/CP.21 and paragraph 11.3 of annex III", "its decision 1/CP.21 and paragraph 11.3 of annex III",
     []),
    ("(S/PRST/2015/10),17 August 2015", "(S/PRST/2015/10),17 August 2015", []),
    ("the Group of 77 and G77 members, COVID-19, km2 of ocean", "the Group of 77 and G77 members, COVID-19, km2 of "
     "ocean", []),
])
def test_english_footnote_numbers(typed: str, cleaned: str, notes: list[str]) -> None:
    assert clean_with_notes(typed, "en") == (cleaned, notes)


@pytest.mark.parametrize("typed, cleaned, notes", [
    ("欢迎举办人权条约《儿童权利公约》1 通过三十周年纪念活动", "欢迎举办人权条约《儿童权利公约》通过三十周年纪念活动", ["1"]),
    ("欢迎人权理事会第42/9号决议1 决定将", "欢迎人权理事会第42/9号决议决定将", ["1"]),
    ("重申《公约》1的统一性", "重申《公约》的统一性", ["1"]),
    ("以期予以撤回；15", "以期予以撤回", ["15"]),
    ("《公民权利和政治权利国际公约》、 《经济、社会及文化权利国际公约》、4 《残疾人权利公约》",
     "《公民权利和政治权利国际公约》、《经济、社会及文化权利国际公约》、《残疾人权利公约》", ["4"]),
    ("重新审视上述报告1、2 的情况", "重新审视上述报告的情况", ["1、2"]),
    # numbers that belong to the sentence stay
    ("大会2018年12月7日第73/122号决议", "大会2018年12月7日第73/122号决议", []),
    ("落实可持续发展目标14，养护", "落实可持续发展目标14，养护", []),
    ("超过百万分之405，这表明", "超过百万分之405，这表明", []),
    ("未支配余额189 300美元", "未支配余额189 300美元", []),
    ("第425 (1978)、426 (1978)和1701", "第425（1978）、426（1978）和1701", []),
    ("每届会议的会期为7个星期，每年举行21个星期的会议", "每届会议的会期为7个星期，每年举行21个星期的会议", []),
    ("《协定》5年后", "《协定》5年后", []),
])
def test_chinese_footnote_numbers(typed: str, cleaned: str, notes: list[str]) -> None:
    assert clean_with_notes(typed, "zh") == (cleaned, notes)


def test_a_number_between_chinese_characters_is_a_note_only_when_the_english_says_so() -> None:
    text = "包括就以这些条款为基础拟订一项公约的建议1提出评论"
    english = "including on the recommendation to elaborate a convention on the basis of the articles"
    assert drop_known_marks(text, ["1"], english) == ("包括就以这些条款为基础拟订一项公约的建议提出评论", ["1"])
    assert drop_known_marks(text, [], english) == (text, [])  # no note in the English: a number of the text
    assert drop_known_marks(text, ["1"], english + " of 1 December") == (text, [])  # the English has the number too
    assert drop_known_marks("共有3个国家", ["3"], "three States") == ("共有3个国家", [])  # it counts something


@pytest.mark.parametrize("lang, typed, cleaned", [
    ("en", ", in this regard , the Convention ( the Convention )  and “ the future we want ” ;",
     ", in this regard, the Convention (the Convention) and “the future we want”"),
    ("en", "in accordance with resolution 2461(2019) and 1325 (2000)", "in accordance with resolution 2461 (2019) and "
     "1325 (2000)"),
    ("zh", "关于《联合国海洋法公约》(《公约》) 的其他相关决议 ，并回顾", "关于《联合国海洋法公约》（《公约》）的其他相关决议，并回顾"),
    ("zh", "第2165(2014)号决议, 及其 2018年报告;", "第2165(2014)号决议，及其2018年报告"),
    ("zh", "支付6 000美元 United Nations", "支付6 000美元United Nations"),
    # A/RES/74/82 C types one digit full width: a draft built from the clause would fail the date rule
    ("zh", "2011年４月7日第65/271号", "2011年4月7日第65/271号"),
])
def test_spaces_and_marks_as_the_renderer_writes_them(lang: str, typed: str, cleaned: str) -> None:
    assert clean(typed, lang) == cleaned
    assert clean(cleaned, lang) == cleaned  # cleaning twice changes nothing


def test_marks_are_dropped_only_where_a_note_stands() -> None:
    text = "the Convention1 and article 2, paragraph 3, of the Charter"
    assert drop_marks(text, "en") == ("the Convention and article 2, paragraph 3, of the Charter", ["1"])


def _texts(seed: int, count: int) -> list[str]:
    """Texts alike in length, words drawn unevenly from one vocabulary; a third of them an earlier text with its
    rarest one to three words replaced by a common one (the hardest near-duplicates for an index of rare words)."""
    rng = random.Random(seed)
    vocabulary = [a + b + c for a in "bcdfg" for b in "aeiou" for c in "klmnprst"][:180]  # numbers would be one word
    weights = [1 / (n + 1) for n in range(len(vocabulary))]
    texts = [rng.choices(vocabulary, weights, k=rng.randint(10, 40)) for _ in range(count)]
    frequency = Counter(w for t in texts for w in set(t))
    for _ in range(count // 2):
        base = list(rng.choice(texts))
        rarest = sorted(range(len(base)), key=lambda i: (frequency[base[i]], base[i]))
        for i in rarest[:rng.randint(1, 3)]:
            base[i] = vocabulary[0]
        texts.append(base)
    rng.shuffle(texts)
    return [" ".join(t) for t in texts]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_index_finds_every_text_that_comparing_every_pair_finds(seed: int) -> None:
    texts = [words(t) for t in _texts(seed, 200)]
    frequency = Counter(w for t in texts for w in set(t))
    index: Index[int] = Index(frequency)
    found_alike = 0
    for n, text in enumerate(texts):
        by_index = {m for m in index.candidates(text) if similar(texts[m], text)}
        by_pairs = {m for m in range(n) if similar(texts[m], text)}
        assert by_index == by_pairs
        found_alike += bool(by_pairs)
        index.add(text, n)
    assert found_alike > 40  # the texts do have near-duplicates to find
    assert similar(words("Recalls resolution 74/247 of 2019"), words("recalls Resolution 75/1, of 2020!"))
