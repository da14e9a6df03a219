"""Style inheritance as Word applies it to a run: the run's own properties, its character style chain, its
paragraph style chain, then the document defaults (the first that sets a property wins). The reader resolves
emphasis and fonts with it, and :mod:`drafter.word.runtext` hidden text (``w:vanish`` set by a style)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lxml.etree import XPath

from drafter.word import runtext
from drafter.word.runtext import W


class StyleIndex(Mapping[str, Any]):
    """The w:style elements of a w:styles element by style id (the last one of an id, as a dict built in order
    would keep), each found when first asked for: a document uses a few of the hundreds of styles it defines."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.found: dict[str, Any] = {}

    def get(self, sid: str, default: Any = None) -> Any:
        style = self.found.get(sid, _UNSEEN)
        if style is _UNSEEN:
            matches = _STYLE_BY_ID(self.root, sid=sid)
            style = self.found[sid] = matches[-1] if matches else None
        return default if style is None else style

    def __getitem__(self, sid: str) -> Any:
        style = self.get(sid)
        if style is None:
            raise KeyError(sid)
        return style

    def __contains__(self, sid: object) -> bool:
        return isinstance(sid, str) and self.get(sid) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(s.get(f"{W}styleId") for s in self.root.findall(f"{W}style")
                                  if s.get(f"{W}styleId") is not None))

    def __len__(self) -> int:
        return sum(1 for _ in self)


_UNSEEN = object()
# lxml's XPath results are typed as any XPath value; these two give lists of w:style elements
_STYLE_BY_ID: Any = XPath("w:style[@w:styleId = $sid]", namespaces={"w": runtext.W_NS})
_DEFAULT_PARAGRAPH: Any = XPath("w:style[@w:type = 'paragraph'][@w:default = '1' or @w:default = 'true']",
                           namespaces={"w": runtext.W_NS})


class Styles:
    """Style inheritance: explicit run properties first, then styles, then document defaults."""

    def __init__(self, root: Any) -> None:
        self.by_id = StyleIndex(root)
        defaults = _DEFAULT_PARAGRAPH(root)
        self.default_paragraph: str | None = defaults[-1].get(f"{W}styleId") if defaults else None
        self.defaults_rpr = None
        defaults = root.find(f"{W}docDefaults")
        if defaults is not None:
            self.defaults_rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
        self.cache: dict[tuple[str, str], RprChain] = {}
        self.names: dict[str, str] = {}
        # whether any style (or the defaults) sets w:vanish: only then can a style hide a run's text
        self.may_hide = next(root.iter(f"{W}vanish"), None) is not None

    def name(self, sid: str | None) -> str:
        key = sid or ""
        if key not in self.names:
            style = self.by_id.get(key)
            name = style.find(f"{W}name") if style is not None else None
            self.names[key] = "" if style is None else name.get(f"{W}val") if name is not None else key
        return self.names[key]

    def chain(self, sid: str | None) -> Iterator[Any]:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            style = self.by_id.get(sid)
            if style is None:
                return
            yield style
            based = style.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None

    def rpr_chain(self, run_rpr: Any, char_style: str | None, para_style: str | None) -> list[Any]:
        """The w:rPr elements that format a run, nearest first: its own, its character style's chain, its paragraph
        style's chain, the document defaults; the list knows where each of these levels starts (:class:`RprChain`),
        which the toggle properties need."""
        key = (char_style or "", para_style or "")
        if key not in self.cache:
            char = [r for r in (s.find(f"{W}rPr") for s in self.chain(char_style)) if r is not None]
            para = [r for r in (s.find(f"{W}rPr") for s in self.chain(para_style or self.default_paragraph))
                    if r is not None]
            defaults = [self.defaults_rpr] if self.defaults_rpr is not None else []
            self.cache[key] = RprChain(char + para + defaults, (0, len(char), len(para), len(defaults)))
        styled = self.cache[key]
        if run_rpr is None:
            return styled
        return RprChain([run_rpr, *styled], (1, *styled.levels[1:]))

    def hides(self, run_rpr: Any, char_style: str | None, para_style: str | None) -> bool:
        """Whether a run with the properties ``run_rpr`` (None: none), its character style and its paragraph's
        style is hidden text: w:vanish resolved as Word resolves it (the run's own setting first)."""
        return toggle(self.rpr_chain(run_rpr, char_style, para_style), "vanish")


class RprChain(list[Any]):
    """A run's w:rPr chain (:meth:`Styles.rpr_chain`) with the length of each of its levels: the run's own
    properties, the character style's chain, the paragraph style's chain, the document defaults."""

    def __init__(self, items: list[Any], levels: tuple[int, int, int, int]) -> None:
        super().__init__(items)
        self.levels = levels


# the toggle properties of ECMA-376 Part 1 §17.7.3 that the reader resolves (w:u and w:dstrike are not toggles)
TOGGLES = frozenset({"b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "vanish", "emboss", "imprint",
                     "outline", "shadow"})


def _setting(rprs: list[Any], tag: str) -> bool | None:
    """Whether the first w:rPr of ``rprs`` that names the property ``tag`` switches it on (None: none names it)."""
    for rpr in rprs:
        el = rpr.find(f"{W}{tag}")
        if el is not None:
            val = el.get(f"{W}val")
            if tag == "u":
                return val not in ("none", None) if val is not None else True
            return val not in ("0", "false", "off")
    return None


def toggle(chain: list[Any], tag: str) -> bool:
    """Whether the property ``tag`` is on for a run with the w:rPr ``chain`` (nearest first; False when none sets it).

    A plain list: the first w:rPr that names it decides. A run's :class:`RprChain` and a toggle property
    (ECMA-376 Part 1 §17.7.3, 17.3.2.1): the run's own setting is absolute; else each style level (the character
    style's chain, the paragraph style's chain: the nearest style of a chain that names it) that switches it on
    toggles it, so a character style that sets w:i on a paragraph style that sets w:i gives upright text, as Word
    shows it; an explicit off at the nearest style level that names it keeps it off; no style level naming it
    leaves it to the document defaults."""
    levels = getattr(chain, "levels", None)
    if levels is None or tag not in TOGGLES:
        return bool(_setting(chain, tag))
    start, values = 0, []
    for length in levels:
        values.append(_setting(chain[start:start + length], tag))
        start += length
    own, *styled, defaults = values
    if own is not None:
        return own
    named = [value for value in styled if value is not None]
    if not named:
        return bool(defaults)
    if not named[0]:
        return False
    return sum(named) % 2 == 1
