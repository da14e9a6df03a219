"""Killing the desk mid-burst loses nothing it acknowledged: ``drafter serve`` as its own process takes uploads from
several delegations at once, is killed with SIGKILL at a different moment each round, and is started again on the
same folder. Every upload that was answered with its submission's page is there, its file as sent and its report;
every submission shown is whole; no unacknowledged upload's files are left; the database is sound."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from liveserver import LiveDesk
from paths import ROOT

from drafter.serve.store import Store
from drafter.word import reader

httpx = pytest.importorskip("httpx2", reason="httpx2 is not installed (pip install -e '.[test]')")

STUDENT = ROOT / "bench" / "students" / "word" / "en-w08-list-runs-through-the-preamble.docx"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
DELEGATIONS = 4
# (acknowledged uploads to wait for, then seconds more) before each kill: early, in the middle of a check, later
KILLS = [(1, 0.0), (3, 0.15), (6, 0.4)]


@dataclass
class Delegate:
    """One delegation's browser: its session cookie and the uploads the desk acknowledged."""

    name: str
    code: str
    acknowledged: dict[int, bytes] = field(default_factory=dict)  # submission → the bytes sent
    client: httpx.Client | None = None

    def sign_in(self, url: str) -> None:
        if self.client is not None:
            self.client.close()
        self.client = httpx.Client(base_url=url, timeout=60, follow_redirects=False)
        token = CSRF.search(self.client.get("/").text)
        assert token
        answer = self.client.post("/login", data={"code": self.code, "csrf": token.group(1)})
        assert answer.status_code == 303 and answer.headers["location"] == "/delegate", answer.text

    def upload(self, data: bytes, name: str) -> int | None:
        """Upload; the submission's number when the desk answered with it, None when the connection failed."""
        assert self.client is not None
        try:
            page = self.client.get("/delegate")
            token = CSRF.search(page.text)
            assert token, page.text
            answer = self.client.post("/delegate/upload", data={"csrf": token.group(1)},
                                      files={"file": (name, data)})
        except httpx.TransportError:
            return None
        assert answer.status_code == 303, answer.text  # any other answer is a refusal the test did not expect
        found = re.fullmatch(r"/submissions/(\d+)", answer.headers["location"])
        assert found, answer.headers
        return int(found.group(1))


def _burst(delegate: Delegate, drafts: list[tuple[str, bytes]], stop: threading.Event, acked: list[int],
           failures: list[BaseException]) -> None:
    n = 0
    try:
        while not stop.is_set():
            name, data = drafts[n % len(drafts)]
            n += 1
            sid = delegate.upload(data, name)
            if sid is None:  # the server is gone
                return
            delegate.acknowledged[sid] = data
            acked.append(sid)
    except BaseException as exc:  # reported by the test, not lost in the thread
        failures.append(exc)


def _round(live: LiveDesk, delegates: list[Delegate], drafts: list[tuple[str, bytes]], wait_for: int,
           then: float) -> int:
    """One burst killed after ``wait_for`` acknowledged uploads and ``then`` seconds; how many were acknowledged."""
    stop, acked, failures = threading.Event(), [], []  # type: ignore[var-annotated]
    for delegate in delegates:
        delegate.sign_in(live.url)
    threads = [threading.Thread(target=_burst, args=(d, drafts, stop, acked, failures), daemon=True)
               for d in delegates]
    for thread in threads:
        thread.start()
    while len(acked) < wait_for and not failures and any(t.is_alive() for t in threads):
        time.sleep(0.01)
    time.sleep(then)
    live.kill()
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures
    return len(acked)


def _check_whole(live: LiveDesk, delegates: list[Delegate]) -> None:
    """After a restart: every acknowledged upload is there and whole; nothing else is half there."""
    with sqlite3.connect(live.folder / "desk.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store(live.folder)
    submissions = {s.id: s for s in store.submissions()}
    folders = {s.folder for s in submissions.values()}
    on_disk = {p.name for p in (live.folder / "files").iterdir() if p.is_dir()}
    assert on_disk == folders, "the files of an upload never acknowledged are left (or a submission's are gone)"
    for s in submissions.values():  # every submission the desk shows is whole
        folder = live.folder / "files" / s.folder
        assert not list(folder.glob(".*.tmp")), f"a half-written file in {s.folder}"
        for name in ("original.docx", "fixed.docx", "comments.docx"):
            if (folder / name).exists() or name == "original.docx":
                reader.read(folder / name)  # a readable Word document
    for delegate in delegates:
        delegate.sign_in(live.url)
        assert delegate.client is not None
        listed = {s["id"] for s in delegate.client.get("/api/submissions").json()}
        for sid, sent in delegate.acknowledged.items():
            assert sid in listed, f"{delegate.name}'s acknowledged upload {sid} is gone"
            assert delegate.client.get(f"/submissions/{sid}/original.docx").content == sent
            report = delegate.client.get(f"/api/submissions/{sid}").json()
            assert report["status"] == "received" and report["kind"] == "resolution"
            assert delegate.client.get(f"/submissions/{sid}").status_code == 200  # the report page
            if report["findings"]:
                fixed = delegate.client.get(f"/submissions/{sid}/fixed.docx")
                assert fixed.status_code == 200 and fixed.content[:2] == b"PK"


def test_kill_9_during_a_burst_of_uploads_loses_nothing_acknowledged(tmp_path: Path,
                                                                      drafts: dict[str, Path]) -> None:
    folder = tmp_path / "desk"
    store = Store(folder)
    delegates = [Delegate(name, store.add_delegation(name).code)
                 for name in ("Chile", "Kenya", "Norway", "Viet Nam")[:DELEGATIONS]]
    sent = [("student.docx", STUDENT.read_bytes()), ("draft.docx", drafts["en"].read_bytes())]
    live = LiveDesk(folder)
    total = 0
    try:
        for wait_for, then in KILLS:
            live.start()
            total += _round(live, delegates, sent, wait_for, then)
            live.start()  # the same folder after SIGKILL
            _check_whole(live, delegates)
            live.stop()
    finally:
        live.kill()
    assert total >= sum(n for n, _ in KILLS)
    assert sum(len(d.acknowledged) for d in delegates) == total
