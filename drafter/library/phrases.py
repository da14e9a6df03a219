"""The ``phrases`` section: the lead phrases that open preambular and operative paragraphs."""

from __future__ import annotations

from drafter.library.model import Phrase
from drafter.library.reading import FileReader
from drafter.problems import Location
from drafter.yamlio import YMap


def read_phrase(reader: FileReader, entry: YMap) -> None:
    """One lead phrase: its forms in each language, its strength on a scale, and where it may be used."""
    ident = reader.ident(entry)
    if not ident:
        return
    kind = reader.kind(entry)
    langs = reader.languages(entry, f"phrase {ident!r}")
    text = reader.text(entry, context=f" of phrase {ident!r}", langs=langs)
    review = reader.field(entry, "review", bool, required=False, default=False)
    alternatives = entry.get("alternatives") or {}
    alt_en = tuple(str(a) for a in (alternatives.get("en") or ())) if isinstance(alternatives, dict) else ()
    alt_zh = tuple(str(a) for a in (alternatives.get("zh") or ())) if isinstance(alternatives, dict) else ()
    strength = reader.field(entry, "strength", int, required=False)
    if strength is not None and not 1 <= strength <= 5:
        reader.report(entry.where("strength"), f"strength {strength} is out of range", "use 1 (weakest) to 5",
                      zh=f"强度 {strength} 超出范围", zh_hint="请使用 1 到 5 之间的数，1 最弱")
    scale = reader.field(entry, "scale", str, required=False, default="")
    also = reader.text(entry, "also", required=False, langs=langs) if "also" in entry else None
    further = reader.text(entry, "further", required=False, langs=langs) if "further" in entry else None
    sc_only = reader.field(entry, "security_council_only", bool, required=False, default=False)
    source = reader.field(entry, "source", str, required=False, default="")
    if text and text.zh:
        reader.check_zh(entry.where("zh"), text.zh, f"phrase {ident!r}")
    claimed = reader.register(entry, "phrases", ident)  # a duplicate is reported whatever else is wrong with it
    if claimed and kind and text:
        reader.library.phrases[ident] = Phrase(ident, kind, text, alt_en, alt_zh, strength, scale, also, further,
                                               bool(sc_only), source, Location(reader.path, *entry.mark), langs,
                                               bool(review))
