"""A Chinese page shows the engine's own words in Chinese (issue 25): the findings of an English draft's check,
their fixes and notes, and the problems that refuse an amendment; the English page keeps English."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from chinese_lines import english_in
from docmaker import make
from paths import ROOT
from webdesk import Desk, submission_id

from drafter import conference, library
from drafter.check import Report, check_document
from drafter.check.rules import RULES
from drafter.punctuation import is_chinese
from drafter.serve import work
from drafter.word import reader

STUDENT = ROOT / "bench" / "students" / "word" / "en-w08-list-runs-through-the-preamble.docx"


def test_a_chinese_page_shows_each_finding_in_chinese(desk: Desk) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("Chile").code)
    sid = submission_id(browser.upload(STUDENT))
    findings = browser.get(f"/api/submissions/{sid}").json()["findings"]
    assert findings and all(set(f["messages"]) == {"en", "zh"} for f in findings)
    chinese = html.unescape(browser.get(f"/submissions/{sid}?lang=zh").text)
    english = html.unescape(browser.get(f"/submissions/{sid}?lang=en").text)
    for f in findings:
        zh, en = f["messages"]["zh"], f["messages"]["en"]
        assert is_chinese(zh) and not english_in(zh), zh
        assert zh in chinese and en not in chinese, en
        assert en in english and zh not in english, zh
        if f["fixes"]["zh"]:
            assert f["fixes"]["zh"] in chinese and f["fixes"]["en"] in english


def test_a_refused_amendment_is_told_in_chinese_on_a_chinese_page(desk: Desk, drafts: dict[str, Path]) -> None:
    delegate = desk.browser()
    delegate.sign_in(desk.store.add_delegation("France").code)
    sid = submission_id(delegate.upload(drafts["en"]))
    chair = desk.browser()
    chair.sign_in(desk.store.chair_code)
    chair.post(f"/chair/submissions/{sid}/approve", {"symbol": "A/C.3/L.4"})
    chair.get("/chair?lang=zh")
    cases = {"submitted_by: Atlantis\nactions:\n  - strike: \"2\"\n": "未知国家“Atlantis”",
             "submitted_by: FRA\nactions:\n  - strike: \"42\"\n": "没有执行部分第42段：草案有",
             "submitted_by: FRA\nactions:\n  - replace_words: \"1\"\n    words: 中文\n    with: x\n": "是中文，但草案是英文",
             "submitted_by: FRA\nactions: [\n": "YAML 语法错误"}
    for text, why in cases.items():
        page = chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": text})
        shown = html.unescape(page.text)
        assert page.status_code == 400 and why in shown and "amendment 1 第" in shown, (why, shown[-800:])
    english = html.unescape(chair.post(f"/chair/drafts/{sid}/amendments?lang=en",
                                       {"amendment": "submitted_by: FRA\nactions:\n  - strike: \"42\"\n"}).text)
    assert "no paragraph 42" in english


def test_an_upload_is_checked_once_and_shown_in_either_language(tmp_path: Path, lib: library.Library,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk checks an upload once: each finding (the conference panel's too), its fix and the notes are kept
    in both languages from that one check, and each page shows its own language's, as a check in that language
    says them."""
    calls: list[str | None] = []

    def counted(doc: reader.Document, lib: library.Library, **options: Any) -> Report:
        calls.append(options.get("lang"))
        return check_document(doc, lib, **options)

    monkeypatch.setattr(work, "check_document", counted)
    rules = tmp_path / "rules.yaml"
    rules.write_text("conference: Lakeside Model United Nations\nlanguage: en\nprofile: una-usa\ncommittees:\n"
                     "  - name: Fourth Committee\n    kind: general-assembly\nsignatures:\n  minimum: 5\n",
                     encoding="utf-8")
    desk = Desk(tmp_path / "desk", lib, conference=conference.load(rules))
    draft = make(tmp_path, ["Committee: Fourth Committee", "Topic: Safe drinking water", "Sponsors: Chile, Kenya",
                            "The General Assembly,", "recalling the water conference held in Dakar;",
                            "Noting that many villages lack clean wells,",
                            "1. asks Member States to share data on wells", "2. Urges donors to fund new pumps."])
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("Chile").code)
    sid = submission_id(browser.upload(draft, "wells.docx"))
    assert calls == [None]  # once, in the draft's own language
    kept = browser.get(f"/api/submissions/{sid}").json()["findings"]
    pages = {lang: html.unescape(browser.get(f"/submissions/{sid}?lang={lang}").text) for lang in ("en", "zh")}
    for lang in ("en", "zh"):
        direct = check_document(reader.read(draft), lib, lang=lang)
        assert [(f["rule"], f["messages"][lang], f["fixes"][lang]) for f in kept if f["rule"] in RULES] == \
            [(f.rule, f.message, f.fix or None) for f in direct.findings]
        for f in kept:
            assert f["messages"][lang] in pages[lang] and (f["fixes"][lang] or "") in pages[lang], f
            other = "zh" if lang == "en" else "en"
            assert f["messages"][other] not in pages[lang], f
    panel = next(f for f in kept if f["rule"] == "signatures-too-few")
    assert "at least 5" in panel["messages"]["en"] and "至少需要5个" in panel["messages"]["zh"]
    assert calls == [None]
