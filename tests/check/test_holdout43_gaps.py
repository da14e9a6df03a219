"""Faults of the set holdout43 (#20): English drafts from East-Asian document-sharing sites. Held by sentences of
our own: the marks a Chinese input method types into an English draft (a full-width comma, semicolon or colon
inside a clause, the enumeration comma 、 between States, full-width brackets), each reported once and mended to
its half-width form, with English drafts beside them that quote Chinese words and must stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: Third Committee", "Topic: Protection of domestic workers", "Sponsors: Japan, Republic of Korea",
        "Signatories: Nepal, Philippines"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Recalling the Domestic Workers Convention, which the International Labour Conference adopted in 2011,",
            "Concerned that many domestic workers live in the homes of their employers without written contracts,"]
OPERATIVE = ["1. Urges Member States to give domestic workers a weekly day of rest;",
             "2. Encourages labour inspectors to visit agencies that place workers abroad;",
             "3. Requests the Secretary-General to report on progress at its next session."]


def draft(*, head: list[str] = HEAD, preamble: list[str] = PREAMBLE,
          operative: list[str] = OPERATIVE) -> list[str]:
    return [*head, ORGAN, *preamble, *operative]


def findings(path: Path, lib: library.Library) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if f.severity in ("error", "warning") and f.rule != "lead-emphasis-document"]


@pytest.mark.parametrize(("where", "text", "char"), [
    ("preamble", "Recalling the Domestic Workers Convention，which the International Labour Conference adopted "
                 "in 2011,", "，"),
    ("preamble", "Concerned that many domestic workers（most of them women）live without written contracts,", "（"),
    ("operative", "2. Encourages labour inspectors to visit agencies；in particular those that place workers "
                  "abroad;", "；"),
    ("operative", "2. Encourages labour inspectors to check three things：contracts, wages and passports;", "："),
    ("head", "Sponsors: Japan、Republic of Korea", "、"),
    ("head", "Committee：Third Committee", "："),
])
def test_a_full_width_mark_inside_english_text_is_reported(
        lib: library.Library, tmp_path: Path, where: str, text: str, char: str) -> None:
    if where == "preamble":
        paragraphs, at = draft(preamble=[PREAMBLE[0], text]) if char == "（" else draft(preamble=[text, PREAMBLE[1]]), \
            7 if char == "（" else 6
    elif where == "operative":
        paragraphs, at = draft(operative=[OPERATIVE[0], text, OPERATIVE[2]]), 9
    else:
        head = list(HEAD)
        index = 2 if char == "、" else 0
        head[index] = text
        paragraphs, at = draft(head=head), index + 1
    found = [(p, m) for p, r, m in findings(make(tmp_path, paragraphs), lib) if r == "full-width-en"]
    assert found and found[0][0] == at and repr(char) in found[0][1]


def test_a_full_width_end_mark_is_the_end_rules_finding_and_the_mark_inside_the_clause_is_this_one(
        lib: library.Library, tmp_path: Path) -> None:
    clause = "Recalling the Domestic Workers Convention，which the International Labour Conference adopted in 2011，"
    found = [(p, r) for p, r, _ in findings(make(tmp_path, draft(preamble=[clause, PREAMBLE[1]])), lib)]
    assert sorted(found) == [(6, "full-width-en"), (6, "preambular-end")]


def test_a_typed_label_with_the_enumeration_comma_is_left_to_the_numbering_rules(
        lib: library.Library, tmp_path: Path) -> None:
    operative = ["1、Urges Member States to give domestic workers a weekly day of rest，with pay;",
                 OPERATIVE[1].replace("2. ", "2、"), OPERATIVE[2].replace("3. ", "3、")]
    found = [(p, r, m) for p, r, m in findings(make(tmp_path, draft(operative=operative)), lib)]
    assert (8, "numbering-form") in [(p, r) for p, r, _ in found]
    assert [(p, m) for p, r, m in found if r == "full-width-en"] == [
        (8, "full-width '，' in English text (typed with a Chinese input method); use ','")]


@pytest.mark.parametrize("text", [
    "Recalling the Domestic Workers Convention (家政工人公约，2011年), which entered into force in 2013,",
    "Welcoming the campaign “家政工人也是工人：尊重与保护” run by trade unions in the region,",
])
def test_chinese_words_quoted_in_an_english_draft_keep_their_marks(
        lib: library.Library, tmp_path: Path, text: str) -> None:
    other = "Concerned that many domestic workers live in the homes of their employers，without written contracts,"
    found = [p for p, r, _ in findings(make(tmp_path, draft(preamble=[text, other])), lib) if r == "full-width-en"]
    assert found == [7]


def test_the_fix_writes_the_half_width_marks_with_their_spaces(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(head=[HEAD[0], HEAD[1], "Sponsors: Japan、Republic of Korea", HEAD[3]],
                       preamble=["Recalling the Domestic Workers Convention，which the International Labour "
                                 "Conference adopted in 2011,",
                                 "Concerned that many domestic workers（most of them women）live without written "
                                 "contracts,"])
    path = make(tmp_path, paragraphs)
    report, doc = check.check_file(path, lib)
    out = tmp_path / "fixed.docx"
    fix.fix(report, doc, out, force=True)
    texts = [p.text for p in reader.read(out).paragraphs]
    assert texts[2] == "Sponsors: Japan, Republic of Korea"
    assert texts[5].startswith("Recalling the Domestic Workers Convention, which the")
    assert texts[6].startswith("Concerned that many domestic workers (most of them women) live without")
    assert findings(out, lib) == []
