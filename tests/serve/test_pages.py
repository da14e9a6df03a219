"""The desk's pages as pages: English and Chinese, refusals as message pages (JSON under /api/) with the right
status and never a traceback; and ``drafter serve`` on the command line."""

from __future__ import annotations

import re
import socket
from pathlib import Path

from webdesk import Desk

from drafter.serve.words import WORDS


def test_every_word_has_both_languages_and_chinese_is_full_width() -> None:
    for key, (en, zh) in WORDS.items():
        assert en and zh, key
        assert re.findall(r"\{\w+\}", en) == re.findall(r"\{\w+\}", zh) or set(re.findall(r"\{\w+\}", en)) == set(
            re.findall(r"\{\w+\}", zh)), key
        bare = re.sub(r"\{\w+\}|https?://\S+|\.docx|\.pdf|MiB|drafter amend|YAML|Word|PDF|[A-Za-z]", "", zh)
        assert not re.search(r"[,:;()!?]", bare), f"{key}: half-width punctuation in {zh!r}"
        assert "error(s)" not in zh and "[fixable]" not in zh


def test_the_pages_switch_to_chinese_and_remember_it(desk: Desk) -> None:
    browser = desk.browser()
    page = browser.get("/?lang=zh")
    assert '<html lang="zh-Hans">' in page.text and "委员会工作台" in page.text and "登录" in page.text
    assert browser.client.cookies.get("desk_lang") == "zh"
    again = browser.get("/")
    assert "委员会工作台" in again.text and 'href="/?lang=en"' in again.text
    refused = browser.get("/chair")
    assert refused.status_code == 403 and "仅主席可以执行此操作：请用主席代码登录。" in refused.text


def test_the_desks_default_language(tmp_path: Path, lib) -> None:  # type: ignore[no-untyped-def]
    chinese = Desk(tmp_path / "desk", lib, lang="zh")
    assert "委员会工作台" in chinese.browser().get("/").text
    assert "Committee desk" in chinese.browser().get("/?lang=en").text


def test_unknown_pages_and_methods_get_a_message_page(desk: Desk) -> None:
    browser = desk.browser()
    missing = browser.get("/no/such/page")
    assert missing.status_code == 404 and 'id="message"' in missing.text and "There is no such page." in missing.text
    assert browser.get("/submissions/abc").status_code == 404
    wrong = browser.client.get("/login")
    assert wrong.status_code == 405 and 'data-key="method"' in wrong.text
    api = browser.get("/api/screen/99")
    assert api.status_code == 404 and api.headers["content-type"] == "application/json"
    assert api.json()["error"] == "no-submission" and api.json()["message"]


def test_a_failure_inside_the_desk_is_a_500_page_without_a_traceback(desk: Desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    def broken(*args: object) -> None:
        raise RuntimeError("the disk caught fire")

    monkeypatch.setattr(desk.store, "submissions", broken)
    client = TestClient(desk.app, raise_server_exceptions=False)
    page = client.get("/")
    assert page.status_code == 500
    assert "Something went wrong on the desk" in page.text
    assert "Traceback" not in page.text and "disk caught fire" not in page.text


def test_a_form_that_is_no_form_is_400(desk: Desk) -> None:
    browser = desk.browser()
    browser.get("/")
    page = browser.client.post("/login", content=b"--x\r\nbroken", headers={
        "content-type": "multipart/form-data; boundary=x"})
    assert page.status_code in (400, 403) and "Traceback" not in page.text


def test_serve_refuses_a_port_in_use_and_bad_options(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status, _, err = run("serve", "--dir", str(tmp_path / "d"), "--port", str(port))
    assert status == 2 and f"cannot listen on 127.0.0.1:{port}" in err
    assert run("serve", "--port", "70000")[0] == 2
    assert run("serve", "--max-upload", "0")[0] == 2
    (tmp_path / "file").write_text("x")
    status, _, err = run("serve", "--dir", str(tmp_path / "file"))
    assert status == 2 and "not a folder" in err
