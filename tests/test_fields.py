"""The field-checking kit shared by the library, answers and amendment formats: each check passing and failing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from drafter import fields, yamlio
from drafter.yamlio import Mark, YList, YMap

SAMPLE = """\
kind: resolution
title: Countering cybercrime
count: 3
flag: true
when: 2027-05-20
blank: "  "
items: [CHN, FRA]
nested: {en: text}
name: CHN
bogus: 1
"""


class Reported(list[tuple[Mark, str, str]]):
    """A :class:`fields.Report` that keeps what it is told."""

    def __init__(self) -> None:
        super().__init__()
        self.chinese: list[tuple[str, str]] = []  # each problem's Chinese message and hint

    def __call__(self, mark: Mark, message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        self.append((mark, message, hint))
        self.chinese.append((zh, zh_hint))


@pytest.fixture
def data() -> YMap:
    parsed = yamlio.parse(SAMPLE, Path("sample.yaml"))
    assert isinstance(parsed, YMap)
    return parsed


@pytest.fixture
def report() -> Reported:
    return Reported()


# -- words and predicates ------------------------------------------------------------------------------------------


def test_kind_names_and_messages() -> None:
    assert [fields.kind_name(k) for k in (str, YMap, YList, int, bool)] == \
        ["text", "mapping", "list", "whole number", "true/false"]
    assert fields.kind_name(float) == "float"
    assert fields.missing("title") == "missing field 'title'"
    assert fields.wrong_kind("topics", YList) == "field 'topics' must be list"


@pytest.mark.parametrize("value, blank", [(None, True), ("", True), (" \n", True), ("x", False), (0, False),
                                          ([], False)])
def test_is_blank(value: object, blank: bool) -> None:
    assert fields.is_blank(value) is blank


@pytest.mark.parametrize("value, dates, text", [
    ("x ", True, "x "), (3, True, "3"), (2.5, True, "2.5"), (dt.date(2027, 5, 20), True, "2027-05-20"),
    (dt.date(2027, 5, 20), False, None), (True, True, None), ([1], True, None), ({"a": 1}, True, None),
    (None, True, None),
])
def test_as_text(value: object, dates: bool, text: str | None) -> None:
    assert fields.as_text(value, dates=dates) == text


@pytest.mark.parametrize("value, minimum, whole", [(3, None, True), (0, 1, False), (1, 1, True), (True, None, False),
                                                   (2.0, None, False), ("2", None, False)])
def test_is_whole_number(value: object, minimum: int | None, whole: bool) -> None:
    assert fields.is_whole_number(value, minimum) is whole


@pytest.mark.parametrize("text, valid", [("2027-05-20", True), ("2027-13-45", False), ("May 20", False)])
def test_is_date(text: str, valid: bool) -> None:
    assert fields.is_date(text) is valid


def test_unknown_keys_come_with_the_line_of_the_key(data: YMap) -> None:
    assert fields.unknown_keys(data, [k for k in data if k != "bogus"]) == [("bogus", (10, 1))]
    assert fields.unknown_keys(data, list(data)) == []


# -- checks that report --------------------------------------------------------------------------------------------


def test_check_keys(data: YMap, report: Reported) -> None:
    fields.check_keys(data, [k for k in data if k != "bogus"], report)
    ((mark, message, hint),) = report
    assert (mark, message) == ((10, 1), "unknown field 'bogus'")
    assert hint.startswith("fields are: kind, title, ")
    report.clear()
    fields.check_keys(data, list(data), report, "clause field")
    assert report == []


def test_text_passes_numbers_and_dates_as_text(data: YMap, report: Reported) -> None:
    assert fields.text(data, "title", report) == "Countering cybercrime"
    assert fields.text(data, "count", report) == "3"
    assert fields.text(data, "when", report) == "2027-05-20"
    assert fields.text(data, "kind", report, choices=("resolution", "position-paper")) == "resolution"
    assert fields.text(data, "absent", report) == ""
    assert report == []


def test_text_reports_missing_wrong_kind_and_choice(data: YMap, report: Reported) -> None:
    assert fields.text(data, "absent", report, required=True, hint="add 'absent: …'") == ""
    assert fields.text(data, "items", report) == ""
    assert fields.text(data, "flag", report) == ""
    assert fields.text(data, "kind", report, choices=("amendment",)) == ""
    assert report == [((1, 1), "missing field 'absent'", "add 'absent: …'"),
                      ((7, 8), "field 'items' must be text", ""),
                      ((4, 7), "field 'flag' must be text", ""),
                      ((1, 7), "kind 'resolution' is not one of amendment", "")]


def test_value_passes_each_kind(data: YMap, report: Reported) -> None:
    assert fields.value(data, "title", str, report) == "Countering cybercrime"
    assert fields.value(data, "count", str, report) == "3"  # a number counts as text
    assert fields.value(data, "count", int, report) == 3
    assert fields.value(data, "flag", bool, report) is True
    assert fields.value(data, "items", YList, report) == ["CHN", "FRA"]
    assert fields.value(data, "nested", YMap, report) == {"en": "text"}
    assert fields.value(data, "absent", YList, report, required=False, default=YList()) == []
    assert report == []


def test_value_reports_missing_wrong_kind_and_empty(data: YMap, report: Reported) -> None:
    assert fields.value(data, "absent", str, report, hint="add 'absent:' to this entry") is None
    assert fields.value(data, "items", YMap, report, default=YMap()) == {}
    assert fields.value(data, "when", str, report) is None  # a date is not text here
    assert fields.value(data, "blank", str, report) is None
    assert fields.value(data, "blank", str, report, required=False) == ""
    assert report == [((1, 1), "missing field 'absent'", "add 'absent:' to this entry"),
                      ((7, 8), "field 'items' must be mapping", ""),
                      ((5, 7), "field 'when' must be text", ""),
                      ((6, 8), "field 'blank' is empty", "write the text")]


def test_mapping_under(data: YMap, report: Reported) -> None:
    assert fields.mapping_under(data, "nested", report, "nested must be a mapping") == {"en": "text"}
    assert fields.mapping_under(data, "absent", report, "absent must be a mapping") is None
    assert report == []
    assert fields.mapping_under(data, "items", report, "items must be a mapping") is None
    assert report == [((7, 8), "items must be a mapping", "")]


def test_list_under(data: YMap, report: Reported) -> None:
    found = fields.list_under(data, "items", report, "items must be a list")
    assert found == ["CHN", "FRA"] and found is not None and found.where(1) == (7, 14)
    assert fields.list_under(data, "absent", report, "absent must be a list") is None
    assert report == []
    assert fields.list_under(data, "nested", report, "nested must be a list") is None
    assert report == [((8, 9), "nested must be a list", "")]


def test_as_list(data: YMap) -> None:
    assert fields.as_list(data["items"]) is data["items"]
    one = fields.as_list(data["name"])
    assert one == ["CHN"] and one is not None and one.where(0) == (0, 0)
    assert fields.as_list(data["nested"]) is None
    assert fields.as_list(data["count"]) is None


def test_check_date(data: YMap, report: Reported) -> None:
    assert fields.check_date(data, "when", "2027-05-20", report, "write it as YYYY-MM-DD")
    assert report == []
    assert not fields.check_date(data, "when", "2027-13-45", report, "write it as YYYY-MM-DD")
    assert report == [((5, 7), "when '2027-13-45' is not a date", "write it as YYYY-MM-DD")]


def test_check_length(data: YMap, report: Reported) -> None:
    assert fields.check_length(data, "title", data["title"], 255, report, "shorten it")
    assert report == []
    assert not fields.check_length(data, "title", data["title"], 10, report, "shorten it")
    assert report == [((2, 8), "the title is 21 characters long; at most 10", "shorten it")]


def test_whole_number(data: YMap, report: Reported) -> None:
    assert fields.whole_number(data, "count", report, minimum=1) == 3
    assert fields.whole_number(data, "absent", report, minimum=1) is None
    assert report == []
    assert fields.whole_number(data, "count", report, minimum=5) is None
    assert fields.whole_number(data, "flag", report, minimum=1) is None
    assert report == [((3, 8), "count must be a whole number from 5", ""),
                      ((4, 7), "flag must be a whole number from 1", "")]


def test_every_message_has_its_chinese_form(data: YMap, report: Reported) -> None:
    fields.check_keys(data, [k for k in data if k != "bogus"], report)
    fields.text(data, "absent", report, required=True, hint="add it", zh_hint="请加上")
    fields.text(data, "items", report)
    fields.text(data, "kind", report, choices=("amendment", "motion"))
    fields.value(data, "blank", str, report)
    fields.mapping_under(data, "items", report, "items must be a mapping")
    fields.list_under(data, "nested", report, "nested must be a list", "nested 必须是国家列表")
    fields.check_date(data, "when", "2027-13-45", report, "write it as YYYY-MM-DD", "请写成 YYYY-MM-DD")
    fields.check_length(data, "title", data["title"], 10, report, "shorten it", "请缩短")
    fields.whole_number(data, "flag", report, minimum=1)
    assert report.chinese == [
        ("未知字段“bogus”", "可用字段：kind、title、count、flag、when、blank、items、nested、name"),
        ("缺少字段“absent”", "请加上"), ("字段“items”必须是文本", ""), ("kind 的值“resolution”不在可选值之中（amendment、motion）", ""),
        ("字段“blank”为空", "请填写文字"), ("字段“items”必须是映射", ""), ("nested 必须是国家列表", ""),
        ("when 的值“2027-13-45”不是日期", "请写成 YYYY-MM-DD"), ("title 长 21 个字符，最多 10 个", "请缩短"),
        ("flag 必须是不小于 1 的整数", "")]
