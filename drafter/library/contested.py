"""The ``contested`` section: questions of the debate that clauses answer in opposite ways, each with its
sides and the clauses that give each side."""

from __future__ import annotations

from drafter.library.model import Contested, Side
from drafter.library.reading import FileReader
from drafter.plurals import counted
from drafter.problems import Location, q
from drafter.yamlio import YList, YMap


def read_contested(reader: FileReader, entry: YMap) -> None:
    """One contested question with at least two sides; a clause stands on one side at most."""
    ident = reader.ident(entry)
    if not ident:
        return
    text = reader.text(entry, context=f" of contested question {ident!r}")
    raw_sides = reader.field(entry, "sides", YList, default=YList())
    sides: dict[str, Side] = {}
    placed: dict[str, str] = {}  # clause id -> side id, within this question
    for index, raw in enumerate(raw_sides):
        mark = raw_sides.where(index)
        if not isinstance(raw, YMap):
            reader.report(mark, f"each side of contested question {ident!r} must be a mapping",
                          "write {id: ..., en: ..., zh: ..., clauses: [...]}",
                          zh=f"争议问题{q(ident)}的每一方都必须是映射",
                          zh_hint="请写成 {id: ..., en: ..., zh: ..., clauses: [...]}")
            continue
        side = _side(reader, raw, ident, sides, placed)
        if side is not None:
            sides[side.id] = side
    if "sides" in entry and len(sides) < 2:
        reader.report(entry.where("sides"), f"contested question {ident!r} has {counted(len(sides), 'side')}",
                      "a contested question needs at least two sides",
                      zh=f"争议问题{q(ident)}只有 {len(sides)} 方", zh_hint="争议问题至少需要两方")
    if text and text.zh:
        reader.check_zh(entry.where("zh"), text.zh, f"contested question {ident!r}")
    if text and len(sides) >= 2 and reader.register(entry, "contested", ident):
        reader.library.contested[ident] = Contested(ident, text.en, text.zh, sides, Location(reader.path, *entry.mark))


def _side(reader: FileReader, raw: YMap, ident: str, sides: dict[str, Side], placed: dict[str, str]) -> Side | None:
    """One side of question ``ident``, unless its id is missing or taken by one of ``sides``;
    ``placed`` (clause id -> side id) keeps a clause from standing on two sides."""
    side_id = reader.ident(raw)
    side_text = reader.text(raw, context=f" of a side of contested question {ident!r}")
    clauses = reader.field(raw, "clauses", YList, default=YList())
    if side_text and side_text.zh:
        reader.check_zh(raw.where("zh"), side_text.zh, f"side {side_id!r} of contested question {ident!r}")
    if not side_id:
        return None
    if side_id in sides:
        reader.report(raw.where("id"), f"side {side_id!r} appears twice in contested question {ident!r}",
                      "give each side its own id",
                      zh=f"争议问题{q(ident)}中的一方{q(side_id)}出现两次", zh_hint="请给每一方一个不同的编号")
        return None
    if "clauses" in raw and not clauses:
        reader.report(raw.where("clauses"), f"side {side_id!r} of contested question {ident!r} lists no clause",
                      "list the ids of the clauses that take this side",
                      zh=f"争议问题{q(ident)}的{q(side_id)}方没有列出条款", zh_hint="请列出持这一方立场的条款编号")
    ids: list[str] = []
    for i, item in enumerate(clauses):
        clause_id = str(item)
        where = clauses.where(i)
        if clause_id in placed:
            other = placed[clause_id]
            message = (f"clause {clause_id!r} is listed twice on side {side_id!r}" if other == side_id else
                       f"clause {clause_id!r} is on two sides of contested question {ident!r} "
                       f"({other!r} and {side_id!r})")
            message_zh = (f"条款{q(clause_id)}在{q(side_id)}方中列出了两次" if other == side_id else
                          f"条款{q(clause_id)}同时属于争议问题{q(ident)}的两方（{q(other)}和{q(side_id)}）")
            reader.report(where, message, "a clause answers a question one way: keep it on one side",
                          zh=message_zh, zh_hint="一条条款只能持一种立场：请只保留在一方")
            continue
        placed[clause_id] = side_id
        ids.append(clause_id)
        reader.refer(where, "clauses", clause_id, f"side {side_id!r} of contested question {ident!r}")
    return Side(side_id, side_text.en if side_text else "", side_text.zh if side_text else "", tuple(ids))
