"""Faults of the blind set holdout33 (#20): drafts copied out of the tools delegates write in together — a Google
Doc exported as Markdown, a Notion page, a Discord or Slack message, an e-mail reply, a PDF, an OCR scan. Each held
by sentences of our own, with passing drafts beside it: what the copy leaves before a clause number ("[ ] 1.",
"> 3.", "4\\."), an OCR's "l." for "1." and "rn" for "m", the lines a chat, a mail app or a PDF adds (code fences,
author and thread lines, "Sent from my …", page numbers, running headers, emoji shortcodes, "(edited)", code ticks,
a greeting, a signature, a quoted remark), a Notion toggle over a part, a word hyphenated at a line's end, a clause
a page break cut, and an organ line between Markdown's emphasis marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD = ["Committee: Second Committee", "Topic: Community seed banks", "Sponsors: Malawi, Peru",
        "Signatories: Bhutan, Nepal"]
ORGAN = "The General Assembly,"
PREAMBLE = ["Recognizing that farmers have kept local seed varieties for generations,",
            "Noting that many village seed banks lack cold storage,"]
OPERATIVE = ["1. Encourages Member States to support village seed banks with solar cold rooms;",
             "2. Invites donors to fund the training of seed bank keepers;",
             "3. Requests the Secretary-General to report on progress at its eighty-third session."]


def findings(path: Path, lib: library.Library, rule: str | None = None) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if (rule is None or f.rule == rule) and f.severity in ("error", "warning")
            and f.rule != "lead-emphasis-document"]  # plain runs: the leads' emphasis is not what is tested


def draft(*, head: list[str] = HEAD, organ: str = ORGAN, preamble: list[str] = PREAMBLE,
          operative: list[str] = OPERATIVE, before: list[str] = (), after: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    return [*before, *head, organ, *preamble, *operative, *after]


def test_the_clean_draft_has_no_finding(lib: library.Library, tmp_path: Path) -> None:
    assert findings(make(tmp_path, draft()), lib) == []


# -- what a copy leaves before a clause number -----------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "what"), [("[ ] ", "checkbox"), ("[x] ", "checkbox"), ("☐ ", "checkbox"),
                                              ("> ", "quote mark")])
def test_a_checkbox_or_a_quote_mark_before_the_numbers_leaves_the_clauses_read(
        lib: library.Library, tmp_path: Path, prefix: str, what: str) -> None:
    paragraphs = draft(operative=[prefix + clause for clause in OPERATIVE])
    found = findings(make(tmp_path, paragraphs), lib)
    rules = {rule for _, rule, _ in found}
    assert not rules & {"no-operative", "lead-form", "stray-full-stop", "preambular-end", "numbering-sequence"}
    assert [(p, r) for p, r, m in found if r == "pasted-artefact" and what in m] == [(8, "pasted-artefact"),
                                                                                      (9, "pasted-artefact"),
                                                                                      (10, "pasted-artefact")]


def test_a_square_bracketed_sub_label_is_still_a_label(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=["1. Encourages Member States to support village seed banks through:",
                                  "[a] cold rooms powered by the sun;", "[b] the training of keepers;",
                                  OPERATIVE[2].replace("3.", "2.")])
    found = findings(make(tmp_path, paragraphs), lib)
    assert not [f for f in found if f[1] == "pasted-artefact"]


def test_markdown_escapes_before_a_number_and_a_dash(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=["1. Encourages Member States to support village seed banks, including:",
                                  "   a. cold rooms powered by the sun;", "   b. the training of keepers;",
                                  "   \\- seed fairs where farmers swap varieties;",
                                  "2\\. Invites donors to fund the training of seed bank keepers;", OPERATIVE[2]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert (12, "numbering-form") in {(p, r) for p, r, _ in found}
    assert (11, "sub-label-style") in {(p, r) for p, r, _ in found}


def test_a_dash_list_under_an_item_that_announces_it_is_still_nested(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=["1. Encourages Member States to support village seed banks, including:",
                                  "a. cold rooms, such as:", "- rooms powered by the sun;", "- rooms cooled by clay;",
                                  "b. the training of keepers;", OPERATIVE[1].replace("2.", "2."), OPERATIVE[2]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert not [f for f in found if f[1] in ("chapeau-colon", "sub-clause-single")]


# -- an OCR's slips ----------------------------------------------------------------------------------------------------

def test_a_small_l_for_the_first_clause_number_is_read_as_1(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=["l. Encourages Member States to support village seed banks with solar cold rooms;",
                                  *OPERATIVE[1:]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert [(p, r) for p, r, _ in found] == [(8, "numbering-form")]


def test_a_lettered_item_l_stays_a_letter(lib: library.Library, tmp_path: Path) -> None:
    items = [f"{chr(ord('a') + i)}. the {word} of seed;" for i, word in enumerate(
        ["cleaning", "drying", "sorting", "testing", "storing", "labelling", "listing", "lending", "returning",
         "copying", "sharing", "exchanging"])]
    paragraphs = draft(operative=["1. Encourages Member States to support village seed banks in:", *items,
                                  *OPERATIVE[1:]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert not [f for f in found if f[1].startswith(("numbering", "sub-label"))]


def test_rn_read_for_m_in_a_lead_is_a_misspelt_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=["1. Recornrnends that Member States support village seed banks;", *OPERATIVE[1:]])
    found = findings(make(tmp_path, paragraphs), lib, "lead-misspelled")
    assert [(p, "Recommends" in m) for p, _, m in found] == [(8, True)]


# -- lines a chat, a mail app or a PDF adds --------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "where"), [
    ("```", "before"), ("Ana Lima (Peru) — Today at 18:05", "before"), ("Tomás Ruiz  10:12 AM", "before"),
    ("Sent from my iPhone", "after"), ("Get Outlook for Android", "after"), ("3 replies Last reply 2 hours ago", "after"),
    ("- 4 -", "after"), ("Page 2 of 3", "after"), ("7", "after"), (":thumbsup: 5  :seedling: 2", "after"),
    ("Hello Chairs,", "before"),
])
def test_a_line_the_tool_adds_is_a_pasted_artefact(lib: library.Library, tmp_path: Path, line: str, where: str) -> None:
    paragraphs = draft(before=[line] if where == "before" else [], after=[line] if where == "after" else [])
    at = 1 if where == "before" else len(paragraphs)
    found = findings(make(tmp_path, paragraphs), lib)
    assert (at, "pasted-artefact") in {(p, r) for p, r, _ in found}


@pytest.mark.parametrize("clause", [
    "2. Invites donors to fund the training of seed bank keepers; (edited)",
    "2. Invites donors to fund the training described in `annex I`;",
    "2. Invites donors to fund the training of seed bank keepers :seedling:;",
])
def test_what_a_chat_writes_into_a_clause_is_a_pasted_artefact(lib: library.Library, tmp_path: Path,
                                                               clause: str) -> None:
    paragraphs = draft(operative=[OPERATIVE[0], clause, OPERATIVE[2]])
    found = findings(make(tmp_path, paragraphs), lib, "pasted-artefact")
    assert [p for p, _, _ in found] == [9]


@pytest.mark.parametrize("line", [
    "Date: 4 December 2026", "Session: 10:30 AM", "Venue: Room 2", "Dear colleagues and friends of the seed",
])
def test_heading_lines_and_times_are_no_tool_lines(lib: library.Library, tmp_path: Path, line: str) -> None:
    paragraphs = draft(head=[*HEAD, line]) if not line.startswith("Dear") else draft(preamble=[
        PREAMBLE[0], "Noting the 2 per cent of seed kept at 10:30 each day in Room 2, and the ratio 1/3 of it,"])
    found = findings(make(tmp_path, paragraphs), lib, "pasted-artefact")
    assert found == []


def test_a_running_header_inside_the_body_is_a_pasted_artefact(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=[OPERATIVE[0], "Second Committee – Draft Resolution 3.4 – Seed banks", *OPERATIVE[1:]])
    found = findings(make(tmp_path, paragraphs), lib, "pasted-artefact")
    assert [p for p, _, _ in found] == [9]


def test_a_clause_cut_by_a_page_break_is_broken_across_the_page_lines(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=[OPERATIVE[0], "2. Invites donors to fund the training of seed bank keepers in",
                                  "2", "Second Committee – Draft Resolution 3.4 – Seed banks",
                                  "every district that has a seed bank;", OPERATIVE[2]])
    report, _ = check.check_file(make(tmp_path, paragraphs), lib)
    broken = [f for f in report.findings if f.rule == "paragraph-broken"]
    assert [f.paragraph for f in broken] == [9]
    assert 12 in (getattr(broken[0], "paragraphs", None) or [])


def test_a_word_hyphenated_at_a_line_end_breaks_the_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=[OPERATIVE[0], "2. Invites donors to fund the train-",
                                  "ing of seed bank keepers;", OPERATIVE[2]])
    found = findings(make(tmp_path, paragraphs), lib)
    assert (9, "paragraph-broken") in {(p, r) for p, r, _ in found}


# -- an e-mail's greeting, signature and quoted lines ----------------------------------------------------------------

def test_a_signature_under_the_last_clause_is_signed_after_the_text(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(after=["Kind regards,", "Chimwemwe Banda", "Delegate of Malawi, Second Committee"])
    found = findings(make(tmp_path, paragraphs), lib, "signed-after-text")
    assert [p for p, _, _ in found] == [11, 12, 13]


def test_a_name_alone_under_the_last_clause_is_not_read_as_a_signature(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(after=["Seed Banks"])
    assert findings(make(tmp_path, paragraphs), lib, "signed-after-text") == []


def test_a_quoted_line_between_clauses_is_a_remark_left_and_after_them_a_quoted_line(
        lib: library.Library, tmp_path: Path) -> None:
    paragraphs = draft(operative=[OPERATIVE[0], "> Please add a clause on seed fairs. – the Chairs", *OPERATIVE[1:]],
                       after=["> Dear delegates, the deadline is at noon."])
    found = findings(make(tmp_path, paragraphs), lib)
    assert (9, "remark-left") in {(p, r) for p, r, _ in found}
    assert [(p, r) for p, r, m in found if p == 12] == [(12, "pasted-artefact")]


# -- a Notion toggle over a part; an organ line between Markdown's marks ---------------------------------------------

@pytest.mark.parametrize("line", ["▸ Operative clauses", "▶ Operative Clauses:", "▾ Preambulatory clauses"])
def test_a_toggle_title_naming_a_part_is_a_section_heading(lib: library.Library, tmp_path: Path, line: str) -> None:
    paragraphs = draft(operative=[line, *OPERATIVE]) if "Operative" in line else draft(organ=line, preamble=[
        ORGAN, *PREAMBLE])
    found = findings(make(tmp_path, paragraphs), lib, "section-heading")
    assert len(found) == 1


@pytest.mark.parametrize("organ", ["_The General Assembly,_", "**The General Assembly**,", "*The General Assembly*,"])
def test_an_organ_line_between_markdown_marks_is_organ_marked(lib: library.Library, tmp_path: Path,
                                                              organ: str) -> None:
    found = findings(make(tmp_path, draft(organ=organ)), lib)
    assert [(p, r) for p, r, _ in found if r.startswith("organ")] == [(5, "organ-marked")]
