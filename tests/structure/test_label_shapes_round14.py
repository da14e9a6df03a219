"""Label shapes found by probing the reader (round 14), not by a draft: clause numbers typed with a comma or a
semicolon for the point ("1, Urges", "2; Invites", "1，敦促"), and clause numbers typed as circled digits ("①请……；"),
which Chinese input methods offer and which number sub-paragraphs otherwise; lettered items typed with their
clause's number and no point between ("2a. the farmers", as "2.a)"), which a clause an amendment inserted ("3a. Urges")
is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import check, library
from drafter.check import fix
from drafter.labelkinds import read_typed
from drafter.word import reader

HEAD = ["Forum: Economic and Social Council", "Question of: School meals in rural areas",
        "Submitted by: Malawi", "Co-submitters: Peru, Nepal", "The Economic and Social Council,",
        "Noting that a daily meal keeps children in school,"]
HEAD_ZH = ["委员会：经济及社会理事会", "议题：农村地区的学校供餐", "起草国：马拉维", "附议国：秘鲁、尼泊尔", "经济及社会理事会，",
           "注意到每日一餐能使儿童留在学校，"]


@pytest.mark.parametrize(("text", "value", "label"), [
    ("1, Asks ministries of education to serve one hot meal a day;", 1, "1,"),
    ("2; Asks ministries of education to serve one hot meal a day;", 2, "2;"),
    ("3，请教育部每日提供一餐热食；", 3, "3，"),
    ("4；请教育部每日提供一餐热食；", 4, "4；"),
])
def test_a_clause_number_typed_with_a_comma_or_semicolon_is_read(text: str, value: int, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("number", value, label)


@pytest.mark.parametrize("text", ["1, 2 and 3 are the regions that benefit", "3,000 schools serve meals",
                                  "2, 4 or 6 meals a week", "1,5 millions d'enfants", "12；34"])
def test_numbers_in_running_text_are_no_labels(text: str) -> None:
    assert read_typed(text) is None


@pytest.mark.parametrize(("chinese", "first", "second"), [(False, "1,", "2,"), (False, "1;", "2;"),
                                                          (True, "1，", "2，"), (True, "①", "②")])
def test_clauses_so_numbered_are_numbering_faults_not_preamble(tmp_path: Path, lib: library.Library, chinese: bool,
                                                               first: str, second: str) -> None:
    if chinese:
        body = [*HEAD_ZH, f"{first}请教育部每日提供一餐热食；", f"{second}邀请捐助方资助学校厨房。"]
    else:
        body = [*HEAD, f"{first} Asks ministries of education to serve one hot meal a day;",
                f"{second} Invites donors to fund school kitchens."]
    found = rules_at(tmp_path, lib, body)
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("lead-form", "preambular-end", "preambular-numbered",
                                             "operative-no-verb", "section-heading")], found


def test_circled_digits_still_number_items_of_a_clause(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD_ZH, "1. 请教育部：", "①每日提供一餐热食；", "②采购本地农产品；", "2. 邀请捐助方资助学校厨房。"]
    found = rules_at(tmp_path, lib, body)
    assert not [r for r in found if r[1] in ("numbering-form", "numbering-sequence", "operative-no-verb")], found


def test_the_fix_writes_the_point(tmp_path: Path, lib: library.Library) -> None:
    from docmaker import make

    body = ["1, Asks ministries of education to serve one hot meal a day;",
            "2, Invites donors to fund school kitchens."]
    report, doc = check.check_file(make(tmp_path, [*HEAD, *body]), lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6:8] == ["1. Asks ministries of education to serve one hot meal a day;",
                          "2. Invites donors to fund school kitchens."]


@pytest.mark.parametrize(("text", "read"), [("2a. buy food from local farmers;", ("2a.", 1)),
                                            ("2b) train cooks in every district;", ("2b)", 2)),
                                            ("2a.采购本地农产品；", ("2a.", 1)),
                                            ("3a. Urges donors to fund school kitchens;", None),
                                            ("5G networks reach the schools", None)])
def test_an_item_typed_with_its_clauses_number(text: str, read: tuple[str, int] | None) -> None:
    typed = read_typed(text)
    assert (None if typed is None else (typed.text, typed.value)) == read
    assert typed is None or typed.kind == "outline"


def test_items_typed_with_their_clauses_number_are_style_faults(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, "1. Asks ministries of education to serve one hot meal a day;", "2. Calls upon Member States to:",
            "2a. buy food from local farmers;", "2b. train cooks in every district;",
            "3. Invites donors to fund school kitchens."]
    found = rules_at(tmp_path, lib, body)
    assert (9, "sub-label-style") in found and (10, "sub-label-style") in found, found
    assert not [r for r in found if r[1] in ("sub-label-sequence", "numbering-sequence")], found


def test_a_clause_inserted_after_clause_2_is_no_item(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, "1. Asks ministries of education to serve one hot meal a day;",
            "2. Calls upon Member States to buy food from local farmers;",
            "2a. Invites donors to fund school kitchens;", "3. Requests the Secretary-General to report."]
    found = rules_at(tmp_path, lib, body)
    assert not [r for r in found if r[1].startswith("sub-label")], found
