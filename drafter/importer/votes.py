"""Stances from a recorded vote: a CSV of how each State voted on one resolution (State, yes / no / abstain) gives
each bloc of the loaded libraries a stance toward that resolution's clauses, by how its members voted, and the
counts and the rule are written beside each stance."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from drafter.importer.entries import Builder
from drafter.library import Library
from drafter.plurals import counted
from drafter.problems import joined_zh, q
from drafter.status import DrafterError

MAX_BYTES = 2 * 1024 * 1024
STATE_COLUMNS = ("iso3", "state", "country", "member state", "member", "name", "name_en", "name_en_un")
VOTES = {"y": "yes", "yes": "yes", "n": "no", "no": "no", "a": "abstain", "abstain": "abstain",
         "abstention": "abstain", "abs": "abstain", "nv": "absent", "not voting": "absent", "absent": "absent",
         "non-voting": "absent", "": "absent"}
REASONS = {"supports": "more than half of the members who voted voted yes",
           "opposes": "more than half of the members who voted voted no",
           "neutral": "no majority of the members who voted either way"}


@dataclass
class VoteRecord:
    """How each State (ISO3) voted: yes, no, abstain or absent."""

    path: Path
    votes: dict[str, str]


def read_votes(path: Path, lib: Library) -> VoteRecord:
    """Read a vote CSV: lines starting with # are comments; a header names the State column (ISO3 code or name)
    and the vote column; every State must be one the library knows and every vote one of yes / no / abstain
    (Y, N, A) or not voting (NV, absent, empty)."""
    if not path.is_file():
        raise DrafterError.unreadable(path, "no such file", "没有此文件")
    if path.stat().st_size > MAX_BYTES:
        raise DrafterError(f"{path}: a vote record over {MAX_BYTES // 2**20} MiB",
                           zh=f"{path}：表决记录超过 {MAX_BYTES // 2**20} MiB")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DrafterError.unreadable(path, f"cannot read it as UTF-8 text ({exc})",
                                      f"无法作为 UTF-8 文本读取（{exc}）") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in lines))))
    if not rows:
        raise DrafterError(f"{path}: no header and no votes", zh=f"{path}：既没有标题行，也没有表决")
    header = [h.strip().casefold() for h in rows[0]]
    state = next((header.index(c) for c in STATE_COLUMNS if c in header), None)
    vote = header.index("vote") if "vote" in header else None
    if state is None or vote is None:
        raise DrafterError(f"{path}:{lines[0][0]}: the header must name a State column ({', '.join(STATE_COLUMNS)}) "
                           f"and a 'vote' column; it has {', '.join(rows[0])}",
                           zh=f"{path} 第{lines[0][0]}行：标题行须有国家列（{joined_zh(STATE_COLUMNS)}）"
                              f"和 vote 列；现有：{joined_zh(rows[0])}")
    votes: dict[str, str] = {}
    for (number, _), row in zip(lines[1:], rows[1:]):
        if len(row) <= max(state, vote):
            raise DrafterError(f"{path}:{number}: {counted(len(row), 'column')}; the State and the vote are in columns "
                               f"{state + 1} and {vote + 1}",
                               zh=f"{path} 第{number}行：只有{len(row)}列；国家和表决在第{state + 1}列和第{vote + 1}列")
        country = lib.find_country(row[state])
        if country is None:
            raise DrafterError(f"{path}:{number}: unknown State {row[state]!r}{lib.suggest_country(row[state])}",
                               zh=f"{path} 第{number}行：未知国家{q(row[state])}{lib.suggest_country(row[state], 'zh')}")
        value = VOTES.get(row[vote].strip().casefold())
        if value is None:
            raise DrafterError(f"{path}:{number}: unknown vote {row[vote]!r}; use yes, no, abstain or not voting "
                               "(Y, N, A, NV)",
                               zh=f"{path} 第{number}行：未知表决{q(row[vote])}；请用 yes、no、abstain 或 not voting"
                                  "（Y、N、A、NV）")
        if country.iso3 in votes:
            raise DrafterError(f"{path}:{number}: {country.name.en} votes twice",
                               zh=f"{path} 第{number}行：{country.name.zh}表决了两次")
        votes[country.iso3] = value
    return VoteRecord(path, votes)


def apply_votes(builder: Builder, record: VoteRecord, target: str, names: list[str], lib: Library) -> str:
    """Give the clauses of document ``target`` (its symbol or file name) a stance of every bloc from ``record``;
    return a line for the report."""
    wanted = " ".join(target.split())
    entries = [e for e in builder.entries.values()
               if any(" ".join(s.get("symbol", "").split()) == wanted or s.get("note", "").startswith(f"file {wanted}")
                      for s in e.sources)]
    if not entries:
        raise DrafterError(f"--votes {target}: none of the imported documents has that symbol or file name "
                           f"(they are: {', '.join(dict.fromkeys(names))})",
                           zh=f"--votes {target}：导入的文件中没有这个文号或文件名（现有：{joined_zh(dict.fromkeys(names))}）")
    stances: dict[str, tuple[str, str]] = {}
    for bloc in lib.blocs.values():
        members = [c.iso3 for c in lib.countries.values() if bloc.id in c.blocs]
        counts = {kind: sum(1 for m in members if record.votes.get(m) == kind) for kind in ("yes", "no", "abstain")}
        voting = sum(counts.values())
        stance = "supports" if 2 * counts["yes"] > voting else "opposes" if 2 * counts["no"] > voting else "neutral"
        stances[bloc.id] = (stance, f"{counts['yes']} yes, {counts['no']} no, {counts['abstain']} abstaining of "
                                    f"{len(members)} members ({record.path.name}): {REASONS[stance]}")
    for entry in entries:
        for ident, (stance, note) in stances.items():
            entry.stances[ident] = stance
            entry.notes[f"stance:{ident}"] = note
    shown = ", ".join(f"{b} {s}" for b, (s, _) in stances.items())
    return f"{wanted}: {counted(len(entries), 'clause')} given the stances of {record.path.name}: {shown}"
