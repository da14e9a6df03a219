"""The ``committees``, ``agendas`` and ``topics`` sections: what a draft is written for."""

from __future__ import annotations

import re

from drafter.bilingual import Text
from drafter.library.model import Agenda, Committee, Sessions, Topic
from drafter.library.reading import FileReader
from drafter.patterns import lazy
from drafter.problems import joined_zh, q
from drafter.yamlio import YList, YMap

TOPIC_AGENDAS = ("any", "security-council")  # a topic offered for every agenda (of every SC committee)
SYMBOL_FIELDS = ("year", "session", "number")  # what a committee's symbol pattern may say
SESSION_FIELDS = ("ordinal", "year")  # what its session text may say
_FIELD = lazy(r"\{([^{}]*)\}")


def read_committee(reader: FileReader, entry: YMap) -> None:
    """One committee: its names, organ, symbol and session, and how many members it has."""
    ident = reader.ident(entry)
    if not ident:
        return
    name = reader.text(entry)
    organ = reader.text(entry, "organ")
    short = reader.text(entry, "short", required=False) or name or Text("", "")
    parent = reader.text(entry, "parent", required=False)
    session = reader.text(entry, "session", required=False) or Text("", "")
    symbol = reader.field(entry, "symbol", str, required=False, default="")
    members = reader.field(entry, "members", int, required=False, default=0)
    sc = reader.field(entry, "security_council", bool, required=False, default=False)
    agenda_item = _agenda_item(entry)
    sessions = read_sessions(reader, entry, ident)
    _check_fields(reader, entry, "symbol", [symbol], SYMBOL_FIELDS, sessions, ident)
    _check_fields(reader, entry, "session", [session.en, session.zh], SESSION_FIELDS, sessions, ident)
    if name and organ and reader.register(entry, "committees", ident):
        reader.library.committees[ident] = Committee(ident, name, short, organ, parent, symbol, session,
                                                     agenda_item, members, sc, sessions)


def _agenda_item(entry: YMap) -> dict[str, str]:
    """``agenda_item: {number: "74 (a)", en: …, zh: …}`` of a committee or an agenda ({} when absent)."""
    item = entry.get("agenda_item") or {}
    return {k: str(v) for k, v in item.items()} if isinstance(item, dict) else {}


def read_sessions(reader: FileReader, entry: YMap, ident: str) -> Sessions | None:
    """``sessions: {number: 74, opened: 2019-09, months: [9]}``: the session that opened that month, and the
    months in which a new one opens every year (default: the month it opened)."""
    data = entry.get("sessions")
    if data is None:
        return None
    where = entry.where("sessions")
    if not isinstance(data, YMap):
        reader.report(where, f"sessions of committee {ident!r} must be a mapping",
                      "write it as {number: 74, opened: 2019-09, months: [9]}",
                      zh=f"委员会{q(ident)}的“sessions”必须是映射",
                      zh_hint="请写成 {number: 74, opened: 2019-09, months: [9]}")
        return None
    number = reader.field(data, "number", int)
    opened = str(data.get("opened", ""))
    found = re.fullmatch(r"(\d{4})-(\d{2})", opened)
    if not found or not 1 <= int(found.group(2)) <= 12:
        reader.report(data.where("opened"),
                      f"sessions of committee {ident!r}: 'opened' must be a year and month like 2019-09",
                      zh=f"委员会{q(ident)}的“sessions”：“opened”必须是年和月，如 2019-09")
        return None
    year, month = int(found.group(1)), int(found.group(2))
    months = data.get("months", [month])
    if not isinstance(months, list) or not all(isinstance(m, int) and 1 <= m <= 12 for m in months) \
            or month not in months:
        reader.report(data.where("months"),
                      f"sessions of committee {ident!r}: 'months' must list months (1-12), {month} among them",
                      zh=f"委员会{q(ident)}的“sessions”：“months”必须列出月份（1–12），其中须有 {month}")
        return None
    if not isinstance(number, int) or number < 1:
        return None
    return Sessions(number, year, month, tuple(sorted(set(months))))


def _check_fields(reader: FileReader, entry: YMap, key: str, texts: list[str], allowed: tuple[str, ...],
                  sessions: Sessions | None, ident: str) -> None:
    """Every {field} in the committee's symbol or session text is one drafter fills."""
    for text in texts:
        for name in _FIELD.findall(text):
            if name not in allowed:
                reader.report(entry.where(key), f"unknown field {{{name}}} in the {key} of committee {ident!r}",
                              f"use {', '.join('{' + a + '}' for a in allowed)}",
                              zh=f"委员会{q(ident)}的 {key} 中有未知字段{q('{' + name + '}')}",
                              zh_hint=f"请使用以下之一：{joined_zh('{' + a + '}' for a in allowed)}")
                return
            if name in ("session", "ordinal") and sessions is None:
                reader.report(entry.where(key), f"the {key} of committee {ident!r} says {{{name}}} but the "
                              "committee has no 'sessions:'", "add sessions: {number: 74, opened: 2019-09}",
                              zh=f"委员会{q(ident)}的 {key} 用到{q('{' + name + '}')}，但该委员会没有“sessions:”",
                              zh_hint="请添加 sessions: {number: 74, opened: 2019-09}")
                return


def read_agenda(reader: FileReader, entry: YMap) -> None:
    """One agenda of a committee, and the topics whose clauses it offers."""
    ident = reader.ident(entry)
    if not ident:
        return
    committee = reader.field(entry, "committee", str)
    name = reader.text(entry, langs=reader.languages(entry, f"agenda {ident!r}"))
    topics = reader.field(entry, "topics", YList, required=False, default=YList())
    if name and committee and reader.register(entry, "agendas", ident):
        reader.library.agendas[ident] = Agenda(ident, committee, name, tuple(str(t) for t in topics),
                                               _agenda_item(entry))
        reader.refer(entry.where("committee"), "committees", committee, f"agenda {ident!r}")
        for i, topic in enumerate(topics):
            reader.refer(topics.where(i), "topics", str(topic), f"agenda {ident!r}")


def read_topic(reader: FileReader, entry: YMap) -> None:
    """One topic; ``agendas: any`` (or ``security-council``) offers it beyond the agendas that list it."""
    ident = reader.ident(entry)
    if not ident:
        return
    name = reader.text(entry, langs=reader.languages(entry, f"topic {ident!r}"))
    agendas = reader.field(entry, "agendas", str, required=False, default="")
    if agendas and agendas not in TOPIC_AGENDAS:
        reader.report(entry.where("agendas"), f"unknown value {agendas!r} for 'agendas' of topic {ident!r}",
                      f"use {' or '.join(TOPIC_AGENDAS)}, or leave it out and list the topic in an agenda",
                      zh=f"议题{q(ident)}的“agendas”取值{q(agendas)}未知",
                      zh_hint=f"请使用{'或'.join(map(q, TOPIC_AGENDAS))}，或删去此项并在议程中列出该议题")
        agendas = ""
    if name and reader.register(entry, "topics", ident):
        reader.library.topics[ident] = Topic(ident, name, agendas)
