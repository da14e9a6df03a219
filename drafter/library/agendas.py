"""The ``committees``, ``agendas`` and ``topics`` sections: what a draft is written for."""

from __future__ import annotations

from drafter.library.model import Agenda, Committee, Text, Topic
from drafter.library.reading import FileReader
from drafter.yamlio import YList, YMap

TOPIC_AGENDAS = ("any", "security-council")  # a topic offered for every agenda (of every SC committee)


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
    sessions = reader.field(entry, "sessions", YMap, required=False, default=YMap())
    first_year = sessions.get("first_year", 0)
    if sessions and (isinstance(first_year, bool) or not isinstance(first_year, int) or first_year < 1900):
        reader.report(sessions.where("first_year"), "sessions needs 'first_year', the year of the first session",
                      "e.g. sessions: {first_year: 1992}")
        first_year = 0
    if first_year and session.en:
        reader.report(entry.where("session"), f"committee {ident!r} has both 'session' and 'sessions'",
                      "keep 'sessions': the session then follows the draft's date")
    item = entry.get("agenda_item") or {}
    agenda_item = {k: str(v) for k, v in item.items()} if isinstance(item, dict) else {}
    if name and organ and reader.register(entry, "committees", ident):
        reader.library.committees[ident] = Committee(ident, name, short, organ, parent, symbol, session,
                                                     agenda_item, members, sc, first_year)


def read_agenda(reader: FileReader, entry: YMap) -> None:
    """One agenda of a committee, and the topics whose clauses it offers."""
    ident = reader.ident(entry)
    if not ident:
        return
    committee = reader.field(entry, "committee", str)
    name = reader.text(entry, langs=reader.languages(entry, f"agenda {ident!r}"))
    topics = reader.field(entry, "topics", YList, required=False, default=YList())
    if name and committee and reader.register(entry, "agendas", ident):
        reader.library.agendas[ident] = Agenda(ident, committee, name, tuple(str(t) for t in topics))
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
                      f"use {' or '.join(TOPIC_AGENDAS)}, or leave it out and list the topic in an agenda")
        agendas = ""
    if name and reader.register(entry, "topics", ident):
        reader.library.topics[ident] = Topic(ident, name, agendas)
