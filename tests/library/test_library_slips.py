"""The slips a reading of the library against its seeds found (issue 23, item 8), each checked where it was."""

from __future__ import annotations

import re

from drafter import library


def test_the_english_says_what_the_chinese_and_the_seed_say(lib: library.Library) -> None:
    clause = lib.clauses["cyb-core-op-02"]  # 积极 (actively) is in the seed and the Chinese
    assert "积极" in clause.text.zh and "actively" in clause.text.en
    assert "存储于他国的数据" in lib.clauses["cyb-pos-61"].text.zh  # data held IN another State, as the English


def test_official_titles_and_terms(lib: library.Library) -> None:
    kyoto = lib.clauses["cyb-pp-06"]
    assert "the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development" in kyoto.text.en
    assert "努力实现2030年可持续发展议程京都宣言》" in kyoto.text.zh
    powers = lib.clauses["cyb-le-k"]  # proportionality of investigative powers, not "punishment fitting the crime"
    assert "相称性原则" in powers.text.zh and "罚当其罪" not in powers.text.zh
    assert "罚当其罪" in powers.source.excerpt and "相称性" in powers.source.adapted  # the seed's word, and why not
    article5 = lib.clauses["cyb-pos-13"]  # art. 5 of the Convention: non-intervention in domestic affairs
    assert "non-intervention in the domestic affairs of other States" in article5.text.en
    assert "non-interference" not in article5.text.en + article5.source.adapted


def test_sources_say_what_they_add_and_cite_one_way(lib: library.Library) -> None:
    purpose = lib.clauses["cyb-pp-49"]  # art. 1 does not name victims: the addition is declared
    assert "victims" in purpose.text.en and "art. 34" in purpose.source.adapted
    protocol = lib.clauses["cyb-core-op-16"]  # the Protocol's articles, one way
    assert protocol.source.symbol == "CETS No. 224" and "arts. 6 and 7" in protocol.source.adapted
    assert "art. 8" in protocol.source.adapted
    fatf = lib.clauses["cyb-va-pp-01"]
    assert "October 2018" in fatf.source.symbol and "June 2019" in fatf.source.symbol
    playpen = lib.clauses["cyb-dn-pp-02"]  # the seed gives USAx151 to two cases
    assert "USAx151" not in playpen.source.symbol and "USAx151" in playpen.source.note


def test_the_library_speaks_the_un_register(lib: library.Library) -> None:
    slang = re.compile(r"leak sites?|indicators of compromise|obtained from criminals|入侵指标|数据泄露网站", re.I)
    found = [c.id for c in lib.clauses.values() for t in c.texts() for text in (t.en, t.zh) if slang.search(text)]
    assert found == []
