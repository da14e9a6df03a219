"""Faults and false alarms of the blind set holdout-zh27 (#20): Chinese drafts carrying the faults earlier sets seldom
annotated. Held by sentences of our own, with a passing draft beside each: a Chinese UN masthead whose distribution
line was translated ("分发：限制") is still a UN masthead (UN-H02: the line stays in English), even with a conference's
起草国 field for its sponsor line."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library

BODY_ZH = ["大会，", "回顾其关于国家官员的外国刑事管辖豁免问题的各项决议，", "注意到国际法委员会通过了关于该专题的条款草案，",
           "1. 鼓励会员国就条款草案提交书面评论；", "2. 决定将该项目列入其第八十二届会议临时议程。"]


def masthead(distribution: str, sponsors: str = "奥地利、巴西和日本：决议草案") -> list[str]:
    """A Chinese L-document's masthead, its distribution line and sponsor line as given."""
    return ["联合国", "A/C.6/81/L.9", "大会", distribution, "14 October 2026", "Chinese", "Original: English",
            "第八十一届会议", "第六委员会", "议程项目80", "国家官员的外国刑事管辖豁免", sponsors, "国家官员的外国刑事管辖豁免"]


# -- a translated distribution line (UN-H02) ----------------------------------------------------------------------

def test_a_translated_distribution_line_is_a_un_masthead(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*masthead("分发：限制"), *BODY_ZH])
    report, _ = check.check_file(path, lib)
    assert report.profile == "un"
    found = [f for f in report.findings if f.rule == "distribution-line"]
    assert [f.paragraph for f in found] == [4]
    assert "Distr.: Limited" in str(found[0].message)
    # the line in English, as the Chinese version prints it: nothing to say
    passing = make(tmp_path, [*masthead("Distr.: Limited"), *BODY_ZH], "passing.docx")
    assert "distribution-line" not in rules(passing, lib)


def test_a_translated_distribution_line_with_a_labelled_sponsor_list(lib: library.Library, tmp_path: Path) -> None:
    # a conference's 起草国 field where the L-document has its sponsor line, under a translated distribution line
    path = make(tmp_path, [*masthead("限制分发", "起草国：奥地利、巴西、日本"), *BODY_ZH])
    found = rules(path, lib)
    assert found.get("distribution-line") == [4]
    assert found.get("sponsor-line") == [12]
    # a conference draft that names no distribution is read as one
    conference = ["决议草案", "委员会：第六委员会", "议题：国家官员的外国刑事管辖豁免", "起草国：奥地利、巴西、日本", *BODY_ZH]
    report, _ = check.check_file(make(tmp_path, conference, "conference.docx"), lib)
    assert report.profile == "cn-mun"
    assert not {"distribution-line", "sponsor-line"} & {f.rule for f in report.findings}


def test_the_fix_writes_the_distribution_line_in_english(lib: library.Library, tmp_path: Path) -> None:
    from drafter.check import fix

    path = make(tmp_path, [*masthead("分发：限制"), *BODY_ZH])
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    again, fixed = check.check_file(out, lib)
    assert fixed.paragraphs[3].text == "Distr.: Limited"
    assert "distribution-line" not in {f.rule for f in again.findings}
