"""What round 36 left (#20, round 37), held by sentences of our own with passing drafts beside them:

* a Chinese instrument's title whose subject holds 反对 ("against") or 特别是 ("in particular") with the nouns it singles
  out, joined by 和 (……反对……特别是……和……公约): the title's own words, not a description's, so the bare title is
  `title-marks` (ZH-P01); a description (……反对该公约, 关于……的公约 without a year) stays clean;
* a single sub-clause whose list runs to the cut of a truncated excerpt: the bench leaves `sub-clause-single`
  unscored there (its second item is beyond the cut), and scores it where the list closed before the cut.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docmaker import make
from students import bench_students

from drafter import check, library


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


ZH_HEAD = ["决议草案", "委员会：非洲联盟和平与安全理事会", "议题：萨赫勒地区的儿童保护", "起草国：尼日尔、马里",
           "附议国：乍得、布基纳法索", "非洲联盟和平与安全理事会，", "回顾各成员国以往的承诺，", "认识到萨赫勒地区儿童面临的威胁，"]


@pytest.mark.parametrize("clause", [
    "1. 敦促各成员国依照非洲反对征募儿童特别是女童和孤儿公约的规定加强合作；",
    "1. 呼吁各成员国尽早批准欧洲反对强迫劳动公约；",
    "1. 吁请各成员国落实东盟反对网络诈骗特别是老人及儿童公约；",
])
def test_a_bare_title_holding_against_or_in_particular_is_marked(lib: library.Library, tmp_path: Path,
                                                                  clause: str) -> None:
    found = _findings(make(tmp_path, [*ZH_HEAD, clause, "2. 决定继续处理此案。"]), lib, "title-marks")
    assert [paragraph for paragraph, _ in found] == [9]


@pytest.mark.parametrize("clause", [
    "1. 注意到非洲若干国家反对该公约的部分条款；",
    "1. 敦促各成员国履行非洲各国对公约的承诺；",
    "1. 敦促各成员国遵守非洲关于难民的公约；",
    "1. 鼓励非洲国家，特别是萨赫勒国家，加入相关公约；",
])
def test_a_description_of_a_convention_stays_clean(lib: library.Library, tmp_path: Path, clause: str) -> None:
    assert _findings(make(tmp_path, [*ZH_HEAD, clause, "2. 决定继续处理此案。"]), lib, "title-marks") == []


def _library() -> Any:
    return library.load([library.builtin_library()])


EN_HEAD = ["Committee: Economic and Financial Committee", "Topic: Rural credit", "Sponsors: Chile",
           "Signatories: Peru", "The General Assembly,", "Recalling its resolution 74/1,",
           "1. Urges Member States to widen rural credit;",
           "2. Requests that the new funds be spent on programmes such as:"]


def _cut(tmp_path: Path, tail: list[str]) -> dict[str, Any]:
    (tmp_path / "en-01.txt").write_text("# source: x\n# format: none\n" + "\n".join([*EN_HEAD, *tail]) + "\n",
                                        encoding="utf-8")
    (tmp_path / "annotations.yaml").write_text(
        "en-01.txt:\n  faults:\n    - {paragraph: 6, kind: capital-after-lead, note: 'placeholder'}\n",
        encoding="utf-8")
    (tmp_path / "README.md").write_text("| file | lang | source | text | faults |\n|---|---|---|---|---|\n"
                                        "| `en-01.txt` | en | x | truncated | 1 |\n", encoding="utf-8")
    return bench_students.measure(bench_students.read_folder(tmp_path), _library(), show=True)


def test_a_single_sub_clause_whose_list_runs_to_the_cut_is_not_scored(tmp_path: Path) -> None:
    result = _cut(tmp_path, ["a. loans to smallholders in the following sectors:", "i. irrigat"])
    assert not any("sub-clause-single" in alarm for alarm in result["false_alarms"])


def test_a_single_sub_clause_whose_list_closed_before_the_cut_is_scored(tmp_path: Path) -> None:
    result = _cut(tmp_path, ["a. loans to smallholders;", "3. Decides to remain seiz"])
    assert any("sub-clause-single" in alarm for alarm in result["false_alarms"])
