"""The desk's state: one SQLite database (write-ahead log; every write one transaction) and the files it names,
all in the desk's folder. File names are made here, never taken from a request."""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from drafter.files import write_atomic
from drafter.serve import codes
from drafter.serve.records import (
    Amendment,
    Conflict,
    Delegation,
    Session,
    Submission,
    Version,
    amendment_of,
    submission_of,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS delegations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, code TEXT NOT NULL UNIQUE, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, role TEXT NOT NULL, delegation_id INTEGER REFERENCES delegations(id), csrf TEXT NOT NULL,
    created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY, delegation_id INTEGER NOT NULL REFERENCES delegations(id), folder TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, profile TEXT NOT NULL,
    errors INTEGER NOT NULL, warnings INTEGER NOT NULL, suggestions INTEGER NOT NULL, report TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received', symbol TEXT, comment TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS submissions_symbol ON submissions(symbol) WHERE symbol IS NOT NULL;
CREATE TABLE IF NOT EXISTS amendments (
    id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions(id), text TEXT NOT NULL,
    submitted_by TEXT NOT NULL, summary TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
    votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER, outcome TEXT NOT NULL DEFAULT '',
    problem TEXT NOT NULL DEFAULT '', applied_order INTEGER, created TEXT NOT NULL, decided TEXT);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions(id), number INTEGER NOT NULL,
    file TEXT NOT NULL, pieces TEXT NOT NULL, created TEXT NOT NULL, UNIQUE (submission_id, number));
"""

STATUSES = ("received", "returned", "approved")
AMENDMENT_STATUSES = ("pending", "adopted", "rejected")
FILE_NAME = re.compile(r"[a-z0-9-]+\.(docx|pdf)")


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def _ago(span: dt.timedelta) -> str:
    return (dt.datetime.now(dt.UTC) - span).strftime("%Y-%m-%d %H:%M:%S")


class Store:
    """The desk in ``folder``: ``desk.sqlite3`` and ``files/``; made on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files = folder / "files"
        self.files.mkdir(parents=True, exist_ok=True)
        self.path = folder / "desk.sqlite3"
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        with self.write() as db:
            if db.execute("SELECT 1 FROM settings WHERE key = 'chair_code'").fetchone() is None:
                db.execute("INSERT INTO settings VALUES ('chair_code', ?)", (codes.new_code(codes.CHAIR_LENGTH),))
                db.execute("INSERT INTO settings VALUES ('open_submission', '0')")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=FULL")
            yield db
        finally:
            db.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one transaction: committed at the end, rolled back on any error."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            yield db

    # -- settings ------------------------------------------------------------------------------------------------

    def setting(self, key: str) -> str:
        with self.read() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else ""

    @property
    def chair_code(self) -> str:
        return self.setting("chair_code")

    @property
    def open_submission(self) -> bool:
        return self.setting("open_submission") == "1"

    def set_open_submission(self, value: bool) -> None:
        with self.write() as db:
            db.execute("UPDATE settings SET value = ? WHERE key = 'open_submission'", ("1" if value else "0",))

    # -- delegations ---------------------------------------------------------------------------------------------

    def add_delegation(self, name: str) -> Delegation:
        """A new delegation with a fresh code; :class:`Conflict` ("name-taken") when the name is taken."""
        code = codes.new_code(codes.DELEGATION_LENGTH)
        try:
            with self.write() as db:
                cursor = db.execute("INSERT INTO delegations (name, code, created) VALUES (?, ?, ?)",
                                    (name, code, now()))
        except sqlite3.IntegrityError:
            raise Conflict("name-taken") from None
        assert cursor.lastrowid is not None
        return Delegation(cursor.lastrowid, name, code)

    def delegations(self) -> list[Delegation]:
        with self.read() as db:
            rows = db.execute("SELECT id, name, code FROM delegations ORDER BY name COLLATE NOCASE").fetchall()
        return [Delegation(r["id"], r["name"], r["code"]) for r in rows]

    def delegation(self, delegation_id: int) -> Delegation | None:
        with self.read() as db:
            row = db.execute("SELECT id, name, code FROM delegations WHERE id = ?", (delegation_id,)).fetchone()
        return Delegation(row["id"], row["name"], row["code"]) if row else None

    def who(self, typed: str) -> tuple[str, int | None] | None:
        """The role a typed code opens: ("chair", None), ("delegation", id), or None. Every code is compared,
        in constant time, whether or not an earlier one matched."""
        found: tuple[str, int | None] | None = None
        if codes.same(typed, self.chair_code):
            found = ("chair", None)
        for delegation in self.delegations():
            if codes.same(typed, delegation.code) and found is None:
                found = ("delegation", delegation.id)
        return found

    # -- sessions ------------------------------------------------------------------------------------------------

    def new_session(self, role: str = "visitor", delegation_id: int | None = None) -> Session:
        token, csrf = codes.new_token(), codes.new_token()
        with self.write() as db:
            # visitors who never signed in are forgotten after a day; signed-in sessions last until signing out
            db.execute("DELETE FROM sessions WHERE role = 'visitor' AND created < ?", (_ago(dt.timedelta(days=1)),))
            db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
                       (codes.digest(token), role, delegation_id, csrf, now()))
        return Session(token, role, delegation_id, csrf)

    def session(self, token: str) -> Session | None:
        with self.read() as db:
            row = db.execute("SELECT role, delegation_id, csrf FROM sessions WHERE token = ?",
                             (codes.digest(token),)).fetchone()
        return Session(token, row["role"], row["delegation_id"], row["csrf"]) if row else None

    def end_session(self, token: str) -> None:
        with self.write() as db:
            db.execute("DELETE FROM sessions WHERE token = ?", (codes.digest(token),))

    # -- submissions ---------------------------------------------------------------------------------------------

    def new_folder(self) -> Path:
        """A fresh folder for one submission's files, named here."""
        while True:
            folder = self.files / secrets.token_hex(8)
            try:
                folder.mkdir()
                return folder
            except FileExistsError:
                continue

    def sweep(self) -> int:
        """Remove the folders of uploads no submission acknowledges (a server stopped mid-upload); how many.
        Call it at start-up, before any request."""
        with self.read() as db:
            kept = {r["folder"] for r in db.execute("SELECT folder FROM submissions")}
        swept = 0
        for folder in self.files.iterdir():
            if folder.is_dir() and re.fullmatch(r"[0-9a-f]{16}", folder.name) and folder.name not in kept:
                shutil.rmtree(folder, ignore_errors=True)
                swept += 1
        return swept

    def file(self, folder: str, name: str) -> Path:
        """The path of a submission's file; both parts come from the store, never from a request."""
        assert re.fullmatch(r"[0-9a-f]{16}", folder) and FILE_NAME.fullmatch(name), (folder, name)
        return self.files / folder / name

    def write_file(self, folder: str, name: str, data: bytes, replace: bool = False) -> None:
        write_atomic(self.file(folder, name), data, force=replace)

    def add_submission(self, delegation_id: int, folder: str, title: str, report: dict[str, Any]) -> int:
        summary = report["summary"]
        with self.write() as db:
            cursor = db.execute(
                "INSERT INTO submissions (delegation_id, folder, title, kind, language, profile, errors, warnings, "
                "suggestions, report, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (delegation_id, folder, title, report["kind"], report["language"], report["profile"],
                 summary["error"], summary["warning"], summary["suggestion"], json.dumps(report, ensure_ascii=False),
                 now(), now()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    _SUBMISSION = ("SELECT s.*, d.name AS delegation FROM submissions s JOIN delegations d ON d.id = s.delegation_id")

    def submission(self, submission_id: int) -> Submission | None:
        with self.read() as db:
            row = db.execute(f"{self._SUBMISSION} WHERE s.id = ?", (submission_id,)).fetchone()
        return submission_of(row) if row else None

    def submissions(self, delegation_id: int | None = None) -> list[Submission]:
        """Every submission (newest first), or one delegation's."""
        with self.read() as db:
            if delegation_id is None:
                rows = db.execute(f"{self._SUBMISSION} ORDER BY s.id DESC").fetchall()
            else:
                rows = db.execute(f"{self._SUBMISSION} WHERE s.delegation_id = ? ORDER BY s.id DESC",
                                  (delegation_id,)).fetchall()
        return [submission_of(r) for r in rows]

    def approve(self, submission_id: int, symbol: str, version_file: str, pieces: list[dict[str, Any]]) -> None:
        """Approve as ``symbol`` (:class:`Conflict` "symbol-taken" when another draft has it); the approved text is
        version 0 of the draft the amendment desk works on."""
        try:
            with self.write() as db:
                db.execute("UPDATE submissions SET status = 'approved', symbol = ?, comment = '', updated = ? "
                           "WHERE id = ?", (symbol, now(), submission_id))
                db.execute("DELETE FROM versions WHERE submission_id = ?", (submission_id,))
                db.execute("INSERT INTO versions (submission_id, number, file, pieces, created) VALUES (?, 0, ?, ?, ?)",
                           (submission_id, version_file, json.dumps(pieces, ensure_ascii=False), now()))
                db.execute("UPDATE submissions SET version = version + 1 WHERE id = ?", (submission_id,))
        except sqlite3.IntegrityError:
            raise Conflict("symbol-taken") from None

    def give_back(self, submission_id: int, comment: str) -> None:
        """Return the submission to its delegation with the chair's comment."""
        with self.write() as db:
            db.execute("UPDATE submissions SET status = 'returned', symbol = NULL, comment = ?, updated = ? "
                       "WHERE id = ?", (comment, now(), submission_id))

    # -- amendments and versions ---------------------------------------------------------------------------------

    def add_amendment(self, submission_id: int, text: str, submitted_by: str, summary: list[str]) -> int:
        with self.write() as db:
            cursor = db.execute("INSERT INTO amendments (submission_id, text, submitted_by, summary, created) "
                                "VALUES (?, ?, ?, ?, ?)",
                                (submission_id, text, submitted_by, json.dumps(summary, ensure_ascii=False), now()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def amendments(self, submission_id: int) -> list[Amendment]:
        with self.read() as db:
            rows = db.execute("SELECT * FROM amendments WHERE submission_id = ? ORDER BY id",
                              (submission_id,)).fetchall()
        return [amendment_of(r, n) for n, r in enumerate(rows, 1)]

    def amendment(self, amendment_id: int) -> Amendment | None:
        with self.read() as db:
            row = db.execute("SELECT * FROM amendments WHERE id = ?", (amendment_id,)).fetchone()
        if row is None:
            return None
        return next(a for a in self.amendments(row["submission_id"]) if a.id == amendment_id)

    def decide(self, amendment_id: int, votes: tuple[int, int, int], adopted: bool, outcome: str, problem: str = "",
               version: tuple[str, list[dict[str, Any]]] | None = None) -> None:
        """Record an amendment's vote and, when it was applied, the draft's new version (file, pieces): one
        transaction, so the vote and the text it made are never apart."""
        with self.write() as db:
            row = db.execute("SELECT submission_id, status FROM amendments WHERE id = ?", (amendment_id,)).fetchone()
            if row is None or row["status"] != "pending":
                raise Conflict("already-decided")
            order = None
            if version is not None:
                order = db.execute("SELECT COALESCE(MAX(applied_order), 0) + 1 FROM amendments WHERE submission_id = ?",
                                   (row["submission_id"],)).fetchone()[0]
            db.execute("UPDATE amendments SET status = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, "
                       "outcome = ?, problem = ?, applied_order = ?, decided = ? WHERE id = ?",
                       ("adopted" if adopted else "rejected", *votes, outcome, problem, order, now(), amendment_id))
            if version is not None:
                number = db.execute("SELECT COALESCE(MAX(number), -1) + 1 FROM versions WHERE submission_id = ?",
                                    (row["submission_id"],)).fetchone()[0]
                db.execute("INSERT INTO versions (submission_id, number, file, pieces, created) VALUES (?, ?, ?, ?, ?)",
                           (row["submission_id"], number, version[0], json.dumps(version[1], ensure_ascii=False),
                            now()))
                db.execute("UPDATE submissions SET version = version + 1, updated = ? WHERE id = ?",
                           (now(), row["submission_id"]))

    def versions(self, submission_id: int) -> list[Version]:
        """Every version of an approved draft, from 0 (as approved)."""
        with self.read() as db:
            rows = db.execute("SELECT number, file, pieces, created FROM versions WHERE submission_id = ? "
                              "ORDER BY number", (submission_id,)).fetchall()
        return [Version(r["number"], r["file"], json.loads(r["pieces"]), r["created"]) for r in rows]

    def current_version(self, submission_id: int) -> Version | None:
        with self.read() as db:
            row = db.execute("SELECT number, file, pieces, created FROM versions WHERE submission_id = ? "
                             "ORDER BY number DESC LIMIT 1", (submission_id,)).fetchone()
        return Version(row["number"], row["file"], json.loads(row["pieces"]), row["created"]) if row else None

    def applied(self, submission_id: int) -> list[Amendment]:
        """The amendments adopted and applied to the draft, in the order they were adopted."""
        with self.read() as db:
            order = {r["id"]: r["applied_order"] for r in db.execute(
                "SELECT id, applied_order FROM amendments WHERE submission_id = ? AND applied_order IS NOT NULL",
                (submission_id,))}
        found = [a for a in self.amendments(submission_id) if a.id in order]
        return sorted(found, key=lambda a: order[a.id])

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (for the restart test and the chair's page)."""
        with self.read() as db:
            return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ("delegations", "submissions", "amendments", "versions")}
