"""Faults of the blind set holdout-zh22 (#20): Chinese drafts merged from two blocs' working papers. Held by sentences
of our own (a draft on transboundary aquifers), with a passing draft beside each: clauses "一、" "二、" of the second
paper after a clause "2. ……；" are operative clauses numbered in another form (not sub-paragraphs of clause 2, whose
end mark closes it); a second heading block opened by the second paper's title ("工作文件1.2") starts at that title and
names its repeated fields; a clause kept from both papers is a duplicate when one copy is in traditional characters or
has one particle more (多余剂量 / 多余的剂量), but not when a numeral tells the two apart."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

HEAD = ["决议草案", "委员会：大会第二委员会", "议题：跨界含水层", "起草国：巴拉圭、乌拉圭", "附议国：约旦、利比亚"]
BODY = ["大会，", "回顾其关于跨界含水层法的各项决议，", "1. 鼓励共享含水层的国家交换监测数据；"]


def test_clauses_of_a_paper_numbered_with_ordinals_are_clauses(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, *BODY, "2. 促请各国将含水层保护纳入国家水资源规划；",
                  "一、又请联合国教育、科学及文化组织协助各国绘制含水层地图；",
                  "二、邀请区域组织为含水层管理机构提供技术支持；", "3. 请秘书长向大会第八十二届会议提交报告。"]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("numbering-form", []) == [10, 11]
    assert 10 in found.get("lead-repeat-first", [])  # 又请 before any 请
    assert 12 in [p for f in check.check_file(make(tmp_path, paragraphs, "again.docx"), lib)[0].findings
                  if f.rule == "numbering-sequence" for p in f.paragraphs]  # "3." is the fifth clause
    assert "sub-label-style" not in found and "chapeau-colon" not in found
    # the same ordinals under a clause announcing them are its items
    items = [*HEAD, *BODY, "2. 促请各国：", "一、将含水层保护纳入国家水资源规划；", "二、为含水层管理机构提供资金；",
             "3. 请秘书长向大会第八十二届会议提交报告。"]
    found = rules(make(tmp_path, items, "items.docx"), lib)
    assert "numbering-form" not in found and "numbering-sequence" not in found


def test_a_second_heading_block_opens_at_the_papers_title(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "工作文件1.2", "起草国：埃及、苏丹", "附议国：乍得", *BODY, "2. 请秘书长提交报告。"]
    report, _ = check.check_file(make(tmp_path, paragraphs), lib)
    repeated = [f for f in report.findings if f.rule == "heading-repeated"]
    assert [(f.paragraph, f.paragraphs) for f in repeated] == [(6, [6, 7, 8])]
    # one heading with both papers' States: nothing repeated
    merged = ["决议草案", "委员会：大会第二委员会", "议题：跨界含水层", "起草国：巴拉圭、乌拉圭、埃及、苏丹", "附议国：约旦、利比亚、乍得",
              *BODY, "2. 请秘书长提交报告。"]
    assert "heading-repeated" not in rules(make(tmp_path, merged, "merged.docx"), lib)


def test_a_clause_kept_from_both_papers_is_a_duplicate(lib: library.Library, tmp_path: Path) -> None:
    simplified = "2. 请联合国环境规划署协助5个区域建立含水层监测网络；"
    for copy in ("3. 請聯合國環境規劃署協助5個區域建立含水層監測網絡；", "3. 请联合国环境规划署协助5个区域建立含水层的监测网络。"):
        paragraphs = [*HEAD, *BODY, simplified, copy, "4. 决定继续审议这一问题。"]
        assert 10 in rules(make(tmp_path, paragraphs), lib).get("duplicate-paragraph", []), copy
    # a numeral added tells two clauses apart; so do other words in the other script
    for other in ("3. 请联合国环境规划署协助15个区域建立含水层监测网络；", "3. 請聯合國環境規劃署協助5個區域修復含水層補給區；"):
        paragraphs = [*HEAD, *BODY, simplified, other, "4. 决定继续审议这一问题。"]
        assert "duplicate-paragraph" not in rules(make(tmp_path, paragraphs, "other.docx"), lib), other
