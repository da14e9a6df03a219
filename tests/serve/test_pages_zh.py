"""A Chinese page shows the engine's own words in Chinese (issue 25): the findings of an English draft's check,
their fixes and notes, and the problems that refuse an amendment; the English page keeps English."""

from __future__ import annotations

import html
from pathlib import Path

from chinese_lines import english_in
from paths import ROOT
from webdesk import Desk, submission_id

from drafter.punctuation import is_chinese

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
