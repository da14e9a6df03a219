"""The amendment desk and the room's screen: an amendment entered as YAML, checked against the draft, voted on,
applied as tracked changes; the screen's text follows."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from webdesk import AMENDMENTS, Browser, Desk, submission_id

from drafter.serve.app import create_app


def _approved(desk: Desk, drafts: dict[str, Path], key: str = "en", symbol: str = "A/C.3/L.4") -> tuple[Browser, int]:
    delegate = desk.browser()
    delegate.sign_in(desk.store.add_delegation("France" if key == "en" else "巴基斯坦").code)
    sid = submission_id(delegate.upload(drafts[key]))
    chair = desk.browser()
    chair.sign_in(desk.store.chair_code)
    chair.post(f"/chair/submissions/{sid}/approve", {"symbol": symbol})
    return chair, sid


def _fixture(name: str) -> str:
    return (AMENDMENTS / name).read_text(encoding="utf-8")


def _vote(chair: Browser, sid: int, yes: int, no: int, abstain: int = 0):  # type: ignore[no-untyped-def]
    aid = max(a.id for a in chair_store(chair).amendments(sid))
    return chair.post(f"/chair/amendments/{aid}/vote", {"for": str(yes), "against": str(no), "abstain": str(abstain)})


def chair_store(chair: Browser):  # type: ignore[no-untyped-def]
    return chair.client.app.state.desk.store  # type: ignore[attr-defined]


def _deleted(docx: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml").count(b"<w:del ")


def test_an_adopted_amendment_is_applied_and_the_screen_follows(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    screen = desk.browser()
    before = screen.get(f"/api/screen/{sid}").json()
    assert "<del>" not in before["html"]
    assert screen.get(f"/api/screen/{sid}?since={before['version']}").json() == {"version": before["version"],
                                                                                  "symbol": "A/C.3/L.4"}
    page = chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    assert page.status_code == 200 and 'id="vote-form-' in page.text and "United States" in page.text
    assert _vote(chair, sid, 30, 10, 5).status_code == 200
    after = screen.get(f"/api/screen/{sid}?since={before['version']}").json()
    assert after["version"] == before["version"] + 1 and "<del>" in after["html"]
    page = chair.get(f"/chair/drafts/{sid}")
    assert 'data-status="adopted"' in page.text and "30 for, 10 against, 5 abstaining" in page.text
    revised = chair.get(f"/drafts/{sid}/current.docx")
    assert revised.status_code == 200 and _deleted(revised.content) > 0
    assert "A-C.3-L.4-v1.docx" in revised.headers["content-disposition"]
    second = "submitted_by: CAN\nactions:\n  - replace_words: \"1\"\n    words: full use\n    with: better use\n"
    assert chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": second}).status_code == 200
    _vote(chair, sid, 30, 10)
    third = screen.get(f"/api/screen/{sid}").json()
    assert third["version"] == after["version"] + 1
    assert "<del>full</del>" in third["html"] and "<ins>better</ins>" in third["html"] and "<del>" in after["html"]


def test_a_rejected_amendment_leaves_the_text(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    version = chair.get(f"/api/screen/{sid}").json()["version"]
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    _vote(chair, sid, 10, 30)
    assert chair.get(f"/api/screen/{sid}").json()["version"] == version
    page = chair.get(f"/chair/drafts/{sid}")
    assert 'data-status="rejected"' in page.text and "simple majority" in page.text
    assert _vote(chair, sid, 30, 1).status_code == 409  # recorded once


def test_an_amendment_with_problems_is_refused_with_its_lines(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    cases = {"submitted_by: FRA\nactions: [\n": "YAML",
             "submitted_by: Atlantis\nactions:\n  - strike: \"2\"\n": "Atlantis",
             "submitted_by: FRA\nactions:\n  - strike: \"42\"\n": "42",
             "submitted_by: FRA\nactions:\n  - replace_words: \"1\"\n    words: 中文\n    with: x\n": "Chinese"}
    for text, why in cases.items():
        page = chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": text})
        assert page.status_code == 400, text
        assert "The amendment cannot be used" in page.text and why in page.text and "amendment 1:" in page.text
    assert chair_store(chair).amendments(sid) == []


def test_the_draft_field_of_an_amendment_names_no_file(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    text = _fixture("en-strike-2.yaml").replace("draft: draft-en.yaml", "draft: /etc/passwd")
    assert chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": text}).status_code == 200
    assert _vote(chair, sid, 3, 1).status_code == 200
    assert _deleted(chair.get(f"/drafts/{sid}/current.docx").content) > 0


def test_votes_must_be_counts(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    aid = chair_store(chair).amendments(sid)[0].id
    for votes in ({"for": "-1", "against": "0"}, {"for": "x", "against": "0"}, {"for": "1"}):
        assert chair.post(f"/chair/amendments/{aid}/vote", votes).status_code == 400
    assert chair.post("/chair/amendments/999/vote", {"for": "1", "against": "0"}).status_code == 404


def test_the_amendment_desk_is_for_approved_drafts(desk: Desk, drafts: dict[str, Path]) -> None:
    delegate = desk.browser()
    delegate.sign_in(desk.store.add_delegation("France").code)
    sid = submission_id(delegate.upload(drafts["en"]))
    chair = desk.browser()
    chair.sign_in(desk.store.chair_code)
    assert chair.get(f"/chair/drafts/{sid}").status_code == 409
    assert desk.browser().get(f"/screen/{sid}").status_code == 404
    assert desk.browser().get(f"/api/screen/{sid}").json()["error"] == "no-submission"


def test_an_amended_draft_keeps_its_approval(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    assert chair.post(f"/chair/submissions/{sid}/return", {"comment": "again"}).status_code == 409
    assert chair.post(f"/chair/submissions/{sid}/approve", {"symbol": "2/2"}).status_code == 409


def test_a_chinese_draft_is_amended_in_chinese(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts, "zh", "A/C.3/L.9")
    page = chair.post(f"/chair/drafts/{sid}/amendments?lang=zh", {"amendment": _fixture("zh-strike.yaml")})
    assert "巴基斯坦" in page.text and "删除执行部分第5段" in page.text.replace("：", "")
    _vote(chair, sid, 20, 3)
    assert "<del>" in chair.get(f"/api/screen/{sid}").json()["html"]
    assert "赞成 20，反对 3，弃权 0" in chair.get(f"/chair/drafts/{sid}").text


def test_the_screen_page_is_large_type_and_polls(desk: Desk, drafts: dict[str, Path]) -> None:
    _, sid = _approved(desk, drafts)
    page = desk.browser().get(f"/screen/{sid}?lang=zh")
    assert page.status_code == 200
    assert 'id="screen-text"' in page.text and f'data-source="/api/screen/{sid}"' in page.text
    assert "/static/screen.js" in page.text and "自动更新" in page.text
    assert desk.browser().get("/static/screen.js").status_code == 200
    assert "font-size: 1.9rem" in desk.browser().get("/static/desk.css").text


def test_amendments_and_versions_survive_a_restart(desk: Desk, drafts: dict[str, Path], lib) -> None:  # type: ignore[no-untyped-def]
    chair, sid = _approved(desk, drafts)
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    _vote(chair, sid, 3, 1)
    html = chair.get(f"/api/screen/{sid}").json()
    again = Desk(desk.folder, lib)
    assert again.browser().get(f"/api/screen/{sid}").json() == html
    assert again.store.counts() == {"delegations": 1, "submissions": 1, "amendments": 1, "versions": 2}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_revised_draft_as_pdf(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    pdf = chair.get(f"/drafts/{sid}/current.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert re.search(r"A-C\.3-L\.4-v0\.pdf", pdf.headers["content-disposition"])


def test_create_app_is_a_module_level_factory(tmp_path: Path, lib) -> None:  # type: ignore[no-untyped-def]
    app = create_app(tmp_path / "new-desk", lib=lib, lang="zh")
    assert (tmp_path / "new-desk" / "desk.sqlite3").exists()
    assert app.state.desk.lang == "zh"


def test_votes_follow_the_conferences_majority(tmp_path: Path, lib, drafts: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    from paths import ROOT

    from drafter import conference

    text = (ROOT / "conferences" / "thimun-style.yaml").read_text(encoding="utf-8")
    strict = tmp_path / "strict.yaml"
    strict.write_text(text.replace("  amendments: simple", "  amendments: two-thirds-voting"), encoding="utf-8")
    desk = Desk(tmp_path / "desk", lib, conference=conference.load(strict))
    chair, sid = _approved(desk, drafts)
    assert "two thirds of those voting" in chair.get(f"/chair/drafts/{sid}").text
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    _vote(chair, sid, 20, 12)  # a simple majority, not two thirds
    assert desk.store.amendments(sid)[0].status == "rejected"


def test_every_version_downloads_and_the_submitting_delegation_gets_the_revised_draft(
        desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    chair.post(f"/chair/drafts/{sid}/amendments", {"amendment": _fixture("en-strike-2.yaml")})
    _vote(chair, sid, 3, 1)
    page = chair.get(f"/chair/drafts/{sid}")
    assert 'id="download-version-0"' in page.text and 'id="download-version-1"' in page.text
    assert _deleted(chair.get(f"/drafts/{sid}/versions/0.docx").content) == 0
    assert _deleted(chair.get(f"/drafts/{sid}/versions/1.docx").content) > 0
    assert chair.get(f"/drafts/{sid}/versions/7.docx").status_code == 404
    owner = desk.browser()
    owner.sign_in(desk.store.delegations()[0].code)
    assert 'id="download-current"' in owner.get(f"/submissions/{sid}").text
    assert _deleted(owner.get(f"/drafts/{sid}/current.docx").content) > 0
    other = desk.browser()
    other.sign_in(desk.store.add_delegation("Peru").code)
    assert other.get(f"/drafts/{sid}/current.docx").status_code == 404
    assert desk.browser().get(f"/drafts/{sid}/versions/1.docx").status_code == 403


def test_an_amendment_from_the_one_change_form(desk: Desk, drafts: dict[str, Path]) -> None:
    chair, sid = _approved(desk, drafts)
    fields = {"submitted_by": "Canada", "cosigners": "DEU， ITA", "kind": "unfriendly", "action": "replace_words",
              "address": "1", "words": "full use", "with": "better use", "text": "", "phrase": ""}
    page = chair.post(f"/chair/drafts/{sid}/amendments", fields)
    assert page.status_code == 200 and "Canada" in page.text
    stored = desk.store.amendments(sid)[0]
    assert "replace_words: '1'" in stored.text and "- DEU" in stored.text and "with: better use" in stored.text
    _vote(chair, sid, 9, 2)
    assert "<ins>better</ins>" in chair.get(f"/api/screen/{sid}").json()["html"]
    wrong = chair.post(f"/chair/drafts/{sid}/amendments", {**fields, "address": "99"})
    assert wrong.status_code == 400 and "no paragraph 99" in wrong.text
