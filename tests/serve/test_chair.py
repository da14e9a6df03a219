"""The chair on the desk: the queue, approving with a number, returning with a comment, delegations and their
codes, open submission; none of it without the chair's code."""

from __future__ import annotations

from pathlib import Path

from paths import ROOT
from webdesk import Browser, Desk, submission_id


def _submitted(desk: Desk, drafts: dict[str, Path], key: str = "en", name: str = "France") -> tuple[Browser, int]:
    delegate = desk.browser()
    delegate.sign_in(desk.store.add_delegation(name).code)
    return delegate, submission_id(delegate.upload(drafts[key]))


def _chair(desk: Desk) -> Browser:
    chair = desk.browser()
    assert chair.sign_in(desk.store.chair_code).url.path == "/chair"
    return chair


def test_the_queue_lists_every_submission_with_its_check(desk: Desk, drafts: dict[str, Path]) -> None:
    _, first = _submitted(desk, drafts, "en", "France")
    _, second = _submitted(desk, drafts, "zh", "China")
    page = _chair(desk).get("/chair")
    assert page.status_code == 200
    for sid in (first, second):
        assert f'id="queue-{sid}"' in page.text and f'id="approve-form-{sid}"' in page.text
    assert "France" in page.text and "China" in page.text
    assert 'id="delegation-codes"' in page.text and desk.store.delegations()[0].code in page.text


def test_the_chair_reads_any_report(desk: Desk, drafts: dict[str, Path]) -> None:
    _, sid = _submitted(desk, drafts)
    chair = _chair(desk)
    assert chair.get(f"/submissions/{sid}").status_code == 200
    assert chair.get(f"/submissions/{sid}/comments.docx").status_code == 200


def test_approve_with_a_number_and_the_delegation_sees_it(desk: Desk, drafts: dict[str, Path]) -> None:
    delegate, sid = _submitted(desk, drafts)
    chair = _chair(desk)
    page = chair.post(f"/chair/submissions/{sid}/approve", {"symbol": "1/1"})
    assert page.status_code == 200 and page.url.path == "/chair"
    assert delegate.get(f"/api/submissions/{sid}").json()["status"] == "approved"
    assert "approved as 1/1" in delegate.get("/delegate").text
    _, other = _submitted(desk, drafts, "en", "Germany")
    taken = chair.post(f"/chair/submissions/{other}/approve", {"symbol": "1/1"})
    assert taken.status_code == 409 and "already has that number" in taken.text
    for bad in ("", "x" * 41, "1/1<script>"):
        assert chair.post(f"/chair/submissions/{other}/approve", {"symbol": bad}).status_code == 400


def test_return_with_a_comment(desk: Desk, drafts: dict[str, Path]) -> None:
    delegate, sid = _submitted(desk, drafts)
    chair = _chair(desk)
    assert chair.post(f"/chair/submissions/{sid}/return", {"comment": ""}).status_code == 400
    chair.post(f"/chair/submissions/{sid}/return", {"comment": "Add two sponsors, please."})
    seen = delegate.get(f"/api/submissions/{sid}").json()
    assert seen["status"] == "returned" and seen["comment"] == "Add two sponsors, please."
    page = delegate.get(f"/submissions/{sid}")
    assert 'id="chair-comment"' in page.text and "Add two sponsors, please." in page.text


def test_a_position_paper_is_not_approved_as_a_draft(desk: Desk, drafts: dict[str, Path]) -> None:
    _, sid = _submitted(desk, drafts, "paper", "Kenya")
    assert _chair(desk).post(f"/chair/submissions/{sid}/approve", {"symbol": "1/2"}).status_code == 400


def test_chair_actions_need_the_chair_code(desk: Desk, drafts: dict[str, Path]) -> None:
    delegate, sid = _submitted(desk, drafts)
    visitor = desk.browser()
    for browser in (delegate, visitor):
        assert browser.get("/chair").status_code == 403
        assert browser.get(f"/chair/drafts/{sid}").status_code == 403
        for path, data in ((f"/chair/submissions/{sid}/approve", {"symbol": "1/1"}),
                           (f"/chair/submissions/{sid}/return", {"comment": "no"}),
                           ("/chair/delegations", {"name": "Spain"}), ("/chair/open", {"open": "1"}),
                           (f"/chair/drafts/{sid}/amendments", {"amendment": "submitted_by: FRA"}),
                           ("/chair/amendments/1/vote", {"for": "1", "against": "0"})):
            page = browser.post(path, data)
            assert page.status_code == 403, path
            assert "Only the chair may do this" in page.text
    found = desk.store.submission(sid)
    assert found is not None and found.status == "received" and not desk.store.open_submission
    assert [d.name for d in desk.store.delegations()] == ["France"]


def test_chair_forms_need_the_csrf_token(desk: Desk, drafts: dict[str, Path]) -> None:
    _, sid = _submitted(desk, drafts)
    chair = _chair(desk)
    assert chair.post(f"/chair/submissions/{sid}/approve", {"symbol": "1/1"}, csrf=False).status_code == 403
    assert chair.post("/chair/delegations", {"name": "Spain"}, csrf=False).status_code == 403
    found = desk.store.submission(sid)
    assert found is not None and found.status == "received"


def test_delegations_and_open_submission(desk: Desk) -> None:
    chair = _chair(desk)
    page = chair.post("/chair/delegations", {"name": "Spain"})
    spain = desk.store.delegations()[0]
    assert spain.name == "Spain" and spain.code in page.text
    assert chair.post("/chair/delegations", {"name": "SPAIN"}).status_code == 409
    assert chair.post("/chair/delegations", {"name": "a\u202eb"}).status_code == 400
    chair.post("/chair/open", {"open": "1"})
    assert desk.store.open_submission
    chair.post("/chair/open", {"open": "0"})
    assert not desk.store.open_submission
    delegate = desk.browser()
    delegate.sign_in(spain.code)
    assert delegate.get("/delegate").status_code == 200


def test_the_conferences_rules_join_the_check_and_decide_the_majority(tmp_path: Path, lib, drafts) -> None:  # type: ignore[no-untyped-def]
    from drafter import conference

    rules = conference.load(ROOT / "conferences" / "thimun-style.yaml")
    desk = Desk(tmp_path / "desk", lib, conference=rules)
    _, sid = _submitted(desk, drafts)
    chair = _chair(desk)
    report = chair.get(f"/api/submissions/{sid}").json()
    assert "signatures-too-few" in {f["rule"] for f in report["findings"]}
    assert rules.name in chair.get("/chair").text
    assert 'data-rule="signatures-too-few"' in chair.get(f"/submissions/{sid}").text
