"""Delegates on the desk: signing in, uploading, the report on their own document, the corrected and commented
copies, and never another delegation's submission."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from paths import ROOT
from webdesk import Desk, submission_id


def test_the_home_page_has_the_sign_in_form_and_gives_a_session(desk: Desk) -> None:
    browser = desk.browser()
    page = browser.get("/")
    assert page.status_code == 200
    assert 'id="login-form"' in page.text and 'name="code"' in page.text and browser.csrf
    assert "desk_session" in page.cookies or browser.client.cookies.get("desk_session")


def test_a_wrong_code_is_refused_with_a_message(desk: Desk) -> None:
    page = desk.browser().sign_in("NOPE-NOPE")
    assert page.status_code == 403
    assert "That code opens nothing here" in page.text and "Traceback" not in page.text


def test_upload_shows_the_report_at_each_paragraph_and_both_copies(desk: Desk, drafts: dict[str, Path]) -> None:
    france = desk.store.add_delegation("France")
    browser = desk.browser()
    assert browser.sign_in(france.code).url.path == "/delegate"
    page = browser.upload(drafts["en"], "Our draft.docx")
    assert page.status_code == 200
    sid = submission_id(page)
    assert "Check of Our draft.docx" in page.text
    report = browser.get(f"/api/submissions/{sid}").json()
    assert report["status"] == "received" and report["kind"] == "resolution" and report["language"] == "en"
    for finding in report["findings"]:  # each finding is shown beside its own paragraph
        assert f'id="p-{finding["paragraph"]}"' in page.text
        assert finding["message"].replace("'", "&#39;").replace('"', "&#34;") in page.text
    for which in ("original", "fixed", "comments"):
        got = browser.get(f"/submissions/{sid}/{which}.docx")
        assert got.status_code == 200, which
        assert got.headers["content-type"].startswith("application/vnd.openxmlformats")
        assert f"submission-{sid}-{which}.docx" in got.headers["content-disposition"]
        docx.Document(io.BytesIO(got.content))  # a Word document
    mine = browser.get("/delegate")
    assert "Our draft.docx" in mine.text and 'data-status="received"' in mine.text


def test_a_student_drafts_findings_become_comments_and_the_corrected_copy_has_fewer(desk: Desk) -> None:
    student = ROOT / "bench" / "students" / "word" / "en-w08-list-runs-through-the-preamble.docx"
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("Chile").code)
    sid = submission_id(browser.upload(student))
    report = browser.get(f"/api/submissions/{sid}").json()
    assert report["summary"]["error"] > 0 and any(f["fix"] for f in report["findings"])
    comments = browser.get(f"/submissions/{sid}/comments.docx")
    with zipfile.ZipFile(io.BytesIO(comments.content)) as package:
        assert package.read("word/comments.xml").count(b"<w:comment ") == len(report["findings"])
    fixed = browser.get(f"/submissions/{sid}/fixed.docx").content
    again = browser.post("/delegate/upload", files={"file": ("fixed.docx", fixed)})
    after = browser.get(f"/api/submissions/{submission_id(again)}").json()
    assert after["summary"]["error"] < report["summary"]["error"]


def test_a_position_paper_is_received_without_format_findings(desk: Desk, drafts: dict[str, Path]) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("Kenya").code)
    page = browser.upload(drafts["paper"])
    assert 'id="position-note"' in page.text
    assert browser.get(f"/submissions/{submission_id(page)}/fixed.docx").status_code == 404


def test_a_chinese_draft_is_reported_in_chinese(desk: Desk, drafts: dict[str, Path]) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("中国").code)
    page = browser.upload(drafts["zh"], "草案.docx")
    report = browser.get(f"/api/submissions/{submission_id(page)}").json()
    assert report["language"] == "zh"
    assert 'lang="zh-Hans"' in page.text


def test_a_delegation_never_sees_another_delegations_submission(desk: Desk, drafts: dict[str, Path]) -> None:
    owner, other = desk.browser(), desk.browser()
    owner.sign_in(desk.store.add_delegation("France").code)
    other.sign_in(desk.store.add_delegation("Germany").code)
    sid = submission_id(owner.upload(drafts["en"]))
    for path in (f"/submissions/{sid}", f"/submissions/{sid}/original.docx", f"/submissions/{sid}/fixed.docx",
                 f"/api/submissions/{sid}"):
        assert other.get(path).status_code == 404, path
    assert other.get("/api/submissions").json() == []
    assert "There is no such submission" in other.get(f"/submissions/{sid}").text
    assert [s["id"] for s in owner.get("/api/submissions").json()] == [sid]


def test_a_visitor_without_a_code_may_not_upload_or_look(desk: Desk, drafts: dict[str, Path]) -> None:
    owner = desk.browser()
    owner.sign_in(desk.store.add_delegation("France").code)
    sid = submission_id(owner.upload(drafts["en"]))
    visitor = desk.browser()
    assert visitor.get("/delegate").status_code == 403
    assert visitor.get(f"/submissions/{sid}").status_code == 403
    assert visitor.upload(drafts["en"]).status_code == 403
    assert visitor.get("/api/submissions").json()["error"] == "delegation-only"


def test_a_form_without_its_csrf_token_is_refused(desk: Desk, drafts: dict[str, Path]) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("France").code)
    page = browser.upload(drafts["en"], csrf=False)
    assert page.status_code == 403 and "reload the page" in page.text
    wrong = browser.client.post("/delegate/upload", data={"csrf": "x" * 43},
                                files={"file": ("a.docx", drafts["en"].read_bytes())})
    assert wrong.status_code == 403
    assert browser.post("/login", {"code": desk.store.chair_code}, csrf=False).status_code == 403
    assert desk.store.submissions() == []


def test_an_upload_over_the_cap_is_413(tmp_path: Path, lib, drafts: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    small = Desk(tmp_path / "desk", lib, max_upload_mib=1)
    browser = small.browser()
    browser.sign_in(small.store.add_delegation("France").code)
    page = browser.post("/delegate/upload", files={"file": ("big.docx", b"PK" + b"\0" * (2 * 1024 * 1024))})
    assert page.status_code == 413 and "larger than 1 MiB" in page.text
    assert small.store.submissions() == [] and not any((small.folder / "files").iterdir())


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_or_a_file_that_is_no_docx_is_400_with_its_reason(desk: Desk) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("France").code)
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (20 * 1024 * 1024)})
    dtd = _zip({"[Content_Types].xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Types/>'})
    cases = {"bomb.docx": (bomb, "unpacks"), "notes.docx": (b"just some text", "not a .docx file"),
             "paper.docx": (b"%PDF-1.7 ...", "a PDF file"), "entities.docx": (dtd, "DTD")}
    for name, (data, why) in cases.items():
        page = browser.post("/delegate/upload", files={"file": (name, data)})
        assert page.status_code == 400, name
        assert f"{name} is not a Word document" in page.text and why in page.text, page.text
        assert "/tmp" not in page.text and "files/" not in page.text  # the desk's own paths are never shown
    assert desk.store.submissions() == [] and not any((desk.folder / "files").iterdir())


def test_no_file_and_an_uploaded_name_never_reach_a_path(desk: Desk, drafts: dict[str, Path]) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("France").code)
    assert browser.post("/delegate/upload").status_code == 400
    page = browser.upload(drafts["en"], "../../etc/passwd.docx")
    assert page.status_code == 200
    found = desk.store.submission(submission_id(page))
    assert found is not None and found.title == "passwd.docx"
    assert sorted(p.name for p in (desk.folder / "files" / found.folder).iterdir()) == [
        "comments.docx", "fixed.docx", "original.docx"]


def test_open_submission_lets_a_delegation_register_itself(desk: Desk) -> None:
    visitor = desk.browser()
    assert visitor.get("/join").status_code == 403
    desk.store.set_open_submission(True)
    assert 'id="join-link"' in visitor.get("/").text
    page = visitor.post("/join", {"name": "Brazil"})
    assert page.status_code == 200 and 'id="new-code"' in page.text
    assert visitor.get("/delegate").status_code == 200
    assert visitor.post("/join", {"name": "brazil"}).status_code == 409
    assert visitor.post("/join", {"name": "  "}).status_code == 400


def test_signing_out_ends_the_session(desk: Desk) -> None:
    browser = desk.browser()
    browser.sign_in(desk.store.add_delegation("France").code)
    assert browser.get("/delegate").status_code == 200
    browser.post("/logout")
    assert browser.get("/delegate").status_code == 403


def test_state_survives_a_restart(tmp_path: Path, lib, drafts: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    first = Desk(tmp_path / "desk", lib)
    code, chair = first.store.add_delegation("France").code, first.store.chair_code
    browser = first.browser()
    browser.sign_in(code)
    sid = submission_id(browser.upload(drafts["en"]))
    again = Desk(tmp_path / "desk", lib)  # a new server on the same folder
    assert again.store.chair_code == chair
    same = again.browser()
    same.client.cookies = browser.client.cookies  # the browser keeps its cookie across the restart
    assert same.get(f"/submissions/{sid}").status_code == 200
    assert same.get(f"/submissions/{sid}/fixed.docx").status_code == 200
    assert again.store.counts() == {"delegations": 1, "submissions": 1, "amendments": 0, "versions": 0}


def test_an_uploaded_name_is_shown_without_folders_or_control_characters() -> None:
    from drafter.serve.desk import shown_name

    assert shown_name("..\\..\\x\\draft\x07.docx") == "draft.docx"
    assert shown_name("") == "upload.docx"
    assert len(shown_name("a" * 300 + ".docx")) == 118


def test_a_restart_sweeps_the_files_of_an_upload_never_acknowledged(tmp_path: Path, lib, drafts) -> None:  # type: ignore[no-untyped-def]
    first = Desk(tmp_path / "desk", lib)
    browser = first.browser()
    browser.sign_in(first.store.add_delegation("France").code)
    sid = submission_id(browser.upload(drafts["en"]))
    half = first.store.new_folder()  # a server killed after writing the file, before the submission's row
    (half / "original.docx").write_bytes(b"PK")
    again = Desk(tmp_path / "desk", lib)
    kept = again.store.submission(sid)
    assert kept is not None
    assert [p.name for p in (again.folder / "files").iterdir()] == [kept.folder]
