"""Misses of the checker on the blind set holdout77 (#20), held by sentences of our own: a clause number typed and
run into the clause's first word ("2.Invites"), where the draft's other typed numbers stand apart from their words
(UN-B07), while a copy whose every number lost its space and the Chinese "1.鼓励" are left alone; and an operative
clause opened by a subject written with a small letter and a modal ("Member states should …"), no operative verb
(UN-B06)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Community seed banks for smallholder farmers",
        "Sponsors: Malawi, Viet Nam", "Signatories: Chile, Nepal", "The General Assembly,",
        "Noting that most smallholders keep their own seed from one harvest to the next,"]


def test_a_typed_number_run_into_the_first_word(lib: library.Library, tmp_path: Path) -> None:
    ops = ["Encourages Member States to open a seed bank in every district;",
           "Invites the Food and Agriculture Organization to train the keepers of the banks;",
           "Requests the Secretary-General to report on progress at the next session."]
    one = [*HEAD, f"1. {ops[0]}", f"2.{ops[1]}", f"3. {ops[2]}"]
    assert rules(make(tmp_path, one, "one.docx"), lib).get("label-glued") == [8]
    # every number glued: a copy that lost its spaces (a PDF's text), left alone
    every = [*HEAD, *(f"{n}.{op}" for n, op in enumerate(ops, 1))]
    assert "label-glued" not in rules(make(tmp_path, every, "every.docx"), lib)
    # a Chinese clause right after its number is the ordinary layout
    chinese = ["委员会：经济及金融委员会", "议题：小农社区种子库", "起草国：马拉维、越南", "附议国：智利、尼泊尔", "大会，",
               "注意到多数小农从一季收成到下一季自留种子，", "1. 鼓励各会员国在每个县设立种子库；",
               "2.请联合国粮食及农业组织培训种子库管理人员；", "3. 请秘书长在下届会议上报告进展情况。"]
    assert "label-glued" not in rules(make(tmp_path, chinese, "zh.docx"), lib)


def test_a_typed_letter_run_into_the_first_word(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "1. Encourages Member States to open seed banks which will:", "a)lend seed to young farmers;",
            "b) keep a register of local varieties;", "2. Requests the Secretary-General to report on progress."]
    assert rules(make(tmp_path, body), lib).get("label-glued") == [8]


def test_a_subject_in_small_letters_and_a_modal_open_no_operative_verb(lib: library.Library,
                                                                      tmp_path: Path) -> None:
    body = [*HEAD, "1. Encourages Member States to open a seed bank in every district;",
            "2. Member states should exempt seed banks from the tax on imported seed;",
            "3. Donor countries must fund the cold rooms of the banks;",
            "4. Requests the Secretary-General to report on progress at the next session."]
    assert rules(make(tmp_path, body), lib).get("operative-no-verb") == [8, 9]
