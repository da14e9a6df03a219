"""``drafter check``'s text report fitted to the terminal (issue 25): every row within the width, each finding's
rows hanging under its location, Chinese broken by its line-breaking rules, English between words, rule ids and
the fixable mark whole; the JSON and line formats unchanged."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest
from check.test_check_rules import make
from commands.test_check_command import PLAIN_EN

from drafter.bilingual import Text
from drafter.check import Finding, Report
from drafter.commands import check
from drafter.wrapping import NO_LINE_END, NO_LINE_START, display_width

EN = "a preambular paragraph must end with a comma, and this one ends with a semicolon where the comma belongs"
ZH = "执行段编号为“第一条”，应写作“1.”（阿拉伯数字加半角句点），并且引导词应加下划线或使用斜体或使用粗体，以便与正文区分开来"


def report(lang: str) -> tuple[Report, object]:
    message = Text(EN, ZH)
    findings = [Finding("lead-emphasis-document", "error", 12, 345, "x", message, Text("','", "，")),
                Finding("state-common-name", "suggestion", 12, 7, "x", message)]
    one = Report("draft.docx", lang, "un", findings, message_lang=lang)
    doc = types.SimpleNamespace(paragraphs=[types.SimpleNamespace(index=12, text="起草国：" * 30)])
    return one, doc


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [80, 60])
def test_findings_wrap_under_their_location(lang: str, width: int) -> None:
    one, doc = report(lang)
    rows = check.report_text(one, doc, colour=False, width=width).splitlines()
    assert all(display_width(row) <= width for row in rows), rows
    finding_rows = rows[next(n for n, row in enumerate(rows) if row.startswith("  ¶")) + 1:]
    starts = [n for n, row in enumerate(finding_rows) if row.startswith("    12:")]
    assert len(starts) == 2 and starts[0] == 0 and starts[1] > 1  # the first finding took several rows
    for row in finding_rows:
        if not row.startswith("    12:"):
            location = finding_rows[max(s for s in starts if finding_rows.index(row) > s)].split()[0]
            assert row.startswith(" " * (4 + len(location) + 3)) and row[4 + len(location) + 3] != " ", row
    assert "lead-emphasis-document" in finding_rows[0] and "state-common-name" in finding_rows[starts[1]]
    mark = "（可自动修正）" if lang == "zh" else "[fixable]"
    assert sum(mark in row for row in rows) == 1
    bodies = [row.strip() for row in finding_rows]
    if lang == "zh":
        assert all(body[0] not in NO_LINE_START and body[-1] not in NO_LINE_END for body in bodies), bodies
        assert ZH in "".join(bodies)  # rows broken between characters, nothing added or lost
    else:
        words = set(" ".join(bodies).split())
        assert set(EN.split()) <= words  # no word was broken


def test_the_report_follows_columns_and_json_is_unchanged(run, tmp_path: Path) -> None:
    make(tmp_path, PLAIN_EN, "plain.docx")
    _, wide, _ = run("check", "plain.docx", variables={"COLUMNS": "200"})
    _, narrow, _ = run("check", "plain.docx", variables={"COLUMNS": "60"})
    assert max(map(display_width, wide.splitlines())) > 60
    assert max(map(display_width, narrow.splitlines())) <= 60 and len(narrow.splitlines()) > len(wide.splitlines())
    assert " ".join(wide.split()) == " ".join(narrow.split())  # the same words, only the rows differ
    for form in ("json", "line"):
        _, wide, _ = run("check", "plain.docx", "--format", form, variables={"COLUMNS": "200"})
        _, narrow, _ = run("check", "plain.docx", "--format", form, variables={"COLUMNS": "60"})
        assert wide == narrow
    _, narrow, _ = run("check", "plain.docx", "--format", "json", variables={"COLUMNS": "60"})
    assert json.loads(narrow)[0]["findings"][0]["message"] == \
        "3 of 3 lead phrases are not emphasised; they should be in italics or underlined"
