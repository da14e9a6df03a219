"""The rows of the desk's store as typed records, and the refusal a write can meet."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any


class Conflict(Exception):
    """A write the desk's state refuses (a name or number already taken); ``key`` names it for the message."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Delegation:
    id: int
    name: str
    code: str


@dataclass(frozen=True)
class Session:
    token: str
    role: str  # "visitor", "delegation" or "chair"
    delegation_id: int | None
    csrf: str


@dataclass(frozen=True)
class Submission:
    id: int
    delegation_id: int
    delegation: str
    folder: str
    title: str
    kind: str  # "resolution" or "position-paper"
    language: str
    profile: str
    errors: int
    warnings: int
    suggestions: int
    report: dict[str, Any]
    status: str
    symbol: str | None
    comment: str
    version: int
    created: str


@dataclass(frozen=True)
class Amendment:
    id: int
    submission_id: int
    number: int  # its place among the draft's amendments, from 1
    text: str
    submitted_by: str
    summary: list[str]
    status: str
    votes: tuple[int, int, int] | None
    outcome: str  # why it was adopted or not, as JSON {"en": …, "zh": …}
    problem: str
    created: str

    def outcome_in(self, lang: str) -> str:
        """Why it was adopted or not, in ``lang``."""
        if not self.outcome.startswith("{"):
            return self.outcome
        words: dict[str, str] = json.loads(self.outcome)
        return words.get(lang, "")


@dataclass(frozen=True)
class Version:
    number: int
    file: str
    pieces: list[dict[str, Any]]
    created: str


def submission_of(row: sqlite3.Row) -> Submission:
    return Submission(row["id"], row["delegation_id"], row["delegation"], row["folder"], row["title"], row["kind"],
                      row["language"], row["profile"], row["errors"], row["warnings"], row["suggestions"],
                      json.loads(row["report"]), row["status"], row["symbol"], row["comment"], row["version"],
                      row["created"])


def amendment_of(row: sqlite3.Row, number: int) -> Amendment:
    votes = None
    if row["votes_for"] is not None:
        votes = (row["votes_for"], row["votes_against"], row["votes_abstain"])
    return Amendment(row["id"], row["submission_id"], number, row["text"], row["submitted_by"],
                     json.loads(row["summary"]), row["status"], votes, row["outcome"], row["problem"], row["created"])
