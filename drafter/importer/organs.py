"""The committees and agendas an import writes, so that ``drafter new`` and ``drafter build`` draft for the
imported topics at once: a committee for each organ (and General Assembly Main Committee) that adopted the
documents, with the symbol and session pattern of that organ's drafts (A/81/L.5, A/C.3/81/L.12, E/2027/L.3,
S/2026/123, A/HRC/61/L.4), and an agenda for each new topic (one agenda when every document goes under --topic)."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.importer.read import Doc
from drafter.library import Library
from drafter.problems import joined_zh, q
from drafter.status import DrafterError


@dataclass(frozen=True)
class Organ:
    """An organ that adopts resolutions, and how its drafts are numbered and dated."""

    short: str  # in committee ids
    en: str
    zh: str
    line_zh: str  # the organ line in Chinese (the English one is the key of ORGANS)
    symbol: str  # the pattern of its drafts' symbols
    sessions: dict[str, object] | None  # how its sessions follow the calendar (committees.yaml's sessions:)
    session: dict[str, str] | None  # its session line when not "Seventy-fourth session" / "第七十四届会议"
    members: int
    security_council: bool = False


_GA_SESSIONS: dict[str, object] = {"number": 74, "opened": "2019-09"}  # the n-th session opens in September of 1945 + n
ORGANS = {  # organ line (en) -> the organ
    "The General Assembly": Organ("ga", "General Assembly", "大会", "大会", "A/{session}/L.{number}", _GA_SESSIONS,
                                  None, 193),
    "The Security Council": Organ("sc", "Security Council", "安全理事会", "安全理事会", "S/{year}/{number}", None,
                                  None, 15, security_council=True),
    "The Economic and Social Council": Organ("ecosoc", "Economic and Social Council", "经济及社会理事会",
                                             "经济及社会理事会", "E/{year}/L.{number}", None,
                                             {"en": "{year} session", "zh": "{year}年届会"}, 54),
    "The Human Rights Council": Organ("hrc", "Human Rights Council", "人权理事会", "人权理事会",
                                      "A/HRC/{session}/L.{number}",
                                      {"number": 58, "opened": "2025-02", "months": [2, 6, 9]}, None, 47),
}
ORGANS_ZH = {organ.line_zh: line for line, organ in ORGANS.items()}
MAIN_COMMITTEES = {  # number -> (en, zh) of the General Assembly's Main Committees
    1: ("First Committee", "第一委员会"), 2: ("Second Committee", "第二委员会"), 3: ("Third Committee", "第三委员会"),
    4: ("Special Political and Decolonization Committee (Fourth Committee)", "特别政治和非殖民化委员会（第四委员会）"),
    5: ("Fifth Committee", "第五委员会"), 6: ("Sixth Committee", "第六委员会"),
}


def organ_of(docs: list[Doc]) -> str:
    """The English organ line of the documents of one resolution ("" when none is known)."""
    found = next((d.organ for d in docs if d.language == "en" and d.organ in ORGANS), "")
    return found or next((ORGANS_ZH[d.organ] for d in docs if d.language == "zh" and d.organ in ORGANS_ZH), "")


@dataclass
class Plan:
    """The committees and agendas to write, and the agenda of each new topic."""

    committees: list[dict[str, object]]
    agendas: list[dict[str, object]]


def plan(resolutions: dict[str, list[Doc]], topic_for: dict[str, str], new_topics: dict[str, dict[str, str]],
         committee: str, topic: str, prefix: str, lib: Library) -> Plan:
    """A committee per organ (and Main Committee) of the resolutions whose topics are new, unless ``committee``
    (--committee) names a loaded one; one agenda per new topic, or one for all when ``topic`` (--topic) is new."""
    result = Plan([], [])
    if not new_topics:
        return result
    if committee and committee not in lib.committees:
        raise DrafterError(f"unknown committee {committee!r} (known: {', '.join(lib.committees)})",
                           zh=f"未知委员会{q(committee)}（已知：{joined_zh(lib.committees)}）")
    where: dict[tuple[str, int], list[str]] = {}  # (organ line, Main Committee) -> resolution keys
    for key, docs in resolutions.items():
        if topic_for[key] in new_topics:
            organ = organ_of(docs)
            if not organ and not committee:
                seen = sorted({d.organ for d in docs if d.organ}) or ["none found"]
                raise DrafterError(f"{', '.join(d.path.name for d in docs)}: cannot tell which committee adopted "
                                   f"it (organ line: {', '.join(seen)}); give --committee ID (drafter library lint "
                                   "lists the loaded ones)",
                                   zh=f"{'、'.join(d.path.name for d in docs)}：无法判断是哪个委员会通过的"
                                      f"（机关行：{joined_zh(s if s != 'none found' else '没有' for s in seen)}）；"
                                      "请给出 --committee ID（`drafter library lint` 列出已加载的委员会）")
            main = next((d.main_committee for d in docs if d.main_committee), 0) if organ == "The General Assembly" else 0
            where.setdefault((organ, main), []).append(key)
    if topic and len(where) > 1:  # one agenda for every document: the organ's own committee, not a Main Committee
        organ = next(iter(where))[0]
        where = {(organ, 0): [k for keys in where.values() for k in keys]}
    committee_of: dict[str, str] = {}
    for (organ, main), keys in where.items():
        ident = committee or _committee(result, organ, main, [d for k in keys for d in resolutions[k]], prefix, lib)
        for key in keys:
            committee_of[key] = ident
    ids: list[str] = []
    if topic:
        ids = [topic]
    else:
        ids = list(dict.fromkeys(topic_for[k] for k in resolutions if topic_for[k] in new_topics))
    for ident in ids:
        agenda = prefix if len(ids) == 1 else ident
        if agenda in lib.agendas:
            agenda = f"{agenda}-agenda"
        name = new_topics[ident]
        keys = [k for k in resolutions if topic_for[k] == ident]
        item = agenda_item([d for k in keys for d in resolutions[k]])
        result.agendas.append({"id": agenda, "committee": committee_of[keys[0]],
                               **({"languages": list(name)} if len(name) == 1 else {}), **name, "topics": [ident],
                               **({"agenda_item": item} if item else {})})
    return result


def agenda_item(docs: list[Doc]) -> dict[str, str]:
    """The agenda item the first document (the English version first) was adopted under: its number, and its title
    in each language from that resolution's versions; {} when it has none (a Security Council resolution)."""
    first = next((d for d in docs if d.agenda_item and d.language == "en"), None) or next(
        (d for d in docs if d.agenda_item), None)
    if first is None:
        return {}
    item = {"number": first.agenda_item}
    for doc in docs:
        if doc.title and doc.language not in item and doc.symbol == first.symbol:
            item[doc.language] = doc.title
    return item


def _committee(result: Plan, organ_line: str, main: int, docs: list[Doc], prefix: str, lib: Library) -> str:
    """Add the committee for ``organ_line`` (and General Assembly Main Committee ``main``); return its id."""
    organ = ORGANS[organ_line]
    ident = f"{prefix}-{organ.short}" + (f"{main}" if main else "")
    if ident in lib.committees:
        raise DrafterError(f"committee id {ident!r} is already loaded; choose another --topic or give "
                           f"--committee {ident}",
                           zh=f"委员会编号{q(ident)}已加载；请换一个 --topic，或给出 --committee {ident}")
    data: dict[str, object] = {"id": ident}
    if main:
        en, zh = MAIN_COMMITTEES[main]
        data.update({"en": en, "zh": zh, "parent": {"en": organ.en, "zh": organ.zh}})
        symbol = f"A/C.{main}/{{session}}/L.{{number}}"
    else:
        data.update({"en": organ.en, "zh": organ.zh})
        symbol = organ.symbol
    data["organ"] = {"en": organ_line, "zh": organ.line_zh}
    data["symbol"] = symbol
    if organ.sessions:
        data["sessions"] = dict(organ.sessions)  # a copy each: YAML would write one shared mapping as an alias
    if organ.session:
        data["session"] = dict(organ.session)
    data["members"] = organ.members
    if organ.security_council:
        data["security_council"] = True
    result.committees.append(data)
    return ident
