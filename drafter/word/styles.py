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
        self.cache: dict[tuple[str, str], list[Any]] = {}
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
        key = (char_style or "", para_style or "")
        if key not in self.cache:
            chain = [s.find(f"{W}rPr") for s in self.chain(char_style)]
            chain += [s.find(f"{W}rPr") for s in self.chain(para_style or self.default_paragraph)]
            chain.append(self.defaults_rpr)
            self.cache[key] = [r for r in chain if r is not None]
        return ([run_rpr] if run_rpr is not None else []) + self.cache[key]

    def hides(self, run_rpr: Any, char_style: str | None, para_style: str | None) -> bool:
        """Whether a run with the properties ``run_rpr`` (None: none), its character style and its paragraph's
        style is hidden text: w:vanish resolved as Word resolves it (the run's own setting first)."""
        return toggle(self.rpr_chain(run_rpr, char_style, para_style), "vanish")


def toggle(chain: list[Any], tag: str) -> bool:
    """Whether the first w:rPr of ``chain`` that sets the property ``tag`` switches it on (False when none does)."""
    for rpr in chain:
        el = rpr.find(f"{W}{tag}")
        if el is not None:
            val = el.get(f"{W}val")
            if tag == "u":
                return val not in ("none", None) if val is not None else True
            return val not in ("0", "false", "off")
    return False
