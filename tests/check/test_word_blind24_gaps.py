"""General causes behind word-blind24's first-run misses (bench/students/word-blind24: drafter's own drafts edited
in other editors), on sentences of our own: a sub-clause Word numbers as the next clause while a clause typed with
its own number stands below the list, and a Chinese item promoted to a clause with a typed number."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import ZH_HEAD, ZH_ORGAN, ZH_PRE, findings, make
from check.test_word_blind_gaps import HEAD, LISTS, found, numbered

from drafter import library

ASKS = [("Asks", "u"), (" the Office to train border officials in:", "")]
ITEM_A = "the detection of forged travel documents;"
ITEM_B = "the screening of cargo for stolen vehicles;"
INVITES = [("Invites", "u"), (" Member States to share their watch lists;", "")]
TYPED_LAST = [("4.\t", ""), ("Urges", "u"), (" Member States to report on their progress.", "")]


def test_a_sub_clause_at_the_clause_level_is_found_beside_a_typed_clause_number(
        lib: library.Library, tmp_path: Path) -> None:
    """Shift+Tab on item (b): Word shows it "2." and the clause after it "3."; a clause typed "4." below the list
    once stopped the sub-numbered-as-clause finding (and the item's label was judged as a letter, "expected 'a.'")."""
    path = numbered(tmp_path, [*HEAD, ASKS, ITEM_A, ITEM_B, INVITES, TYPED_LAST],
                    {6: (1, 0), 7: (1, 1), 8: (1, 0), 9: (1, 0)}, LISTS)
    result = found(path, lib)
    assert (9, "sub-numbered-as-clause") in result
    assert not {rule for paragraph, rule in result if paragraph == 9} & {"sub-label-sequence", "sub-label-style"}


ZH_ASKS = [("1. ", ""), ("请", "u"), ("联合国毒品和犯罪问题办公室为边境官员提供以下培训：", "")]
ZH_ITEM = "（a）识别伪造的旅行证件；"
ZH_PROMOTED = "2. 货物查验、车辆追踪和数据共享；"
ZH_LAST = [("3. ", ""), ("敦促", "u"), ("会员国报告进展情况。", "")]


def no_verb(path: Path, lib: library.Library) -> list[int]:
    return [f.paragraph for f in findings(path, lib) if f.rule == "operative-no-verb"]


def test_a_chinese_item_promoted_to_a_clause_has_no_verb(lib: library.Library, tmp_path: Path) -> None:
    """"2. 货物查验、车辆追踪和数据共享；" right after the clause announcing items with "：" and its one "（a）": a
    list of nouns standing as a clause, with no operative verb."""
    path = make(tmp_path, [*ZH_HEAD, ZH_ORGAN, ZH_PRE, ZH_ASKS, ZH_ITEM, ZH_PROMOTED, ZH_LAST])
    assert no_verb(path, lib) == [10]
    # a clause after the items that opens with a known lead, or a sentence with commas, is left alone
    led = [("2. ", ""), ("鼓励", "u"), ("各国交换信息；", "")]
    sentence = "2. 各区域组织在其任务范围内，与会员国合作开展联合培训，并交流经验；"
    for i, clause in enumerate((led, sentence)):
        path = make(tmp_path, [*ZH_HEAD, ZH_ORGAN, ZH_PRE, ZH_ASKS, ZH_ITEM, "（b）查验货物；", clause, ZH_LAST],
                    f"d{i}.docx")
        assert 11 not in no_verb(path, lib)
