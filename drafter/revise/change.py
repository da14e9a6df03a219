"""One difference between two versions of a draft, as ``drafter diff`` reports it: a line in English or Chinese,
or an object of its JSON."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.structure import Node, Structure

KINDS = ("added", "struck", "changed", "punctuation", "moved", "renumbered", "whitespace", "formatting")
_ROLES_ZH = {"heading": "标题", "organ": "机构名称", "section": "节标题", "continuation": "续段", "closing": "结尾",
             "annex": "附件", "table": "表格"}
_STYLES_ZH = {"bold": "加粗", "italic": "斜体", "underline": "下划线", "plain": "常规"}


@dataclass
class Version:
    """One side of a comparison: the python-docx document and its structure."""

    docx: Any  # the python-docx Document (python-docx has no type hints)
    structure: Structure
    nodes: list[Node] = field(default_factory=list)  # the non-empty body paragraphs, in order


@dataclass
class Styled:
    """A stretch of text whose emphasis changed: its text and its emphasis before and after ("plain" for none)."""

    text: str
    old: str
    new: str
    start: int = 0  # where it stands in the new paragraph's text
    end: int = 0


@dataclass
class Change:
    """One difference between the versions: a paragraph added, struck, changed, moved or renumbered."""

    kind: str  # one of KINDS
    old: Node | None = None  # the paragraph in the old version (None when added)
    new: Node | None = None  # the paragraph in the new version (None when struck)
    old_where: str = ""
    new_where: str = ""
    words: list[tuple[str, str]] = field(default_factory=list)  # (old words, new words) for each edit
    styles: list[Styled] = field(default_factory=list)  # for a formatting change

    def as_json(self) -> dict[str, Any]:
        """The change for ``drafter diff --format json``."""
        def side(node: Node | None, where: str) -> dict[str, Any] | None:
            if node is None:
                return None
            return {"paragraph": node.para.index, "where": where, "text": node.para.text}

        out = {"change": self.kind, "old": side(self.old, self.old_where), "new": side(self.new, self.new_where),
               "words": [{"old": a, "new": b} for a, b in self.words]}
        if self.kind == "formatting":
            out["formatting"] = [{"text": s.text, "old": s.old, "new": s.new} for s in self.styles]
        return out

    def line(self, lang: str = "en") -> str:
        """The change as one line of the report, in English or Chinese."""
        zh = lang == "zh"
        new_where, old_where = (zh_where(self.new_where), zh_where(self.old_where)) if zh else (
            self.new_where, self.old_where)
        sep = "：" if zh else ": "
        was = (f"（原为{old_where}）" if zh else f" (was {old_where})") if self.old_where != self.new_where else ""
        if self.kind == "added":
            return f"{new_where}{sep}" + (f"新增{_quote(excerpt(self.new), zh)}" if zh else f"added {_quote(excerpt(self.new), zh)}")
        if self.kind == "struck":
            return f"{old_where}{sep}" + (f"删除{_quote(excerpt(self.old), zh)}" if zh else f"struck {_quote(excerpt(self.old), zh)}")
        if self.kind == "moved":
            head = f"{new_where}{sep}" + (f"由{old_where}移至此处" if zh else f"moved from {old_where}")
            return head + (("；" if zh else "; ") + words_text(self.words, lang) if self.words else "")
        if self.kind == "renumbered":
            return f"{new_where}{sep}" + (f"重新编号（原为{old_where}）" if zh else f"renumbered (was {old_where})")
        if self.kind == "punctuation":
            return f"{new_where}{sep}" + ("句末标点" if zh else "final punctuation ") + words_text(self.words, lang)
        if self.kind == "whitespace":
            return f"{new_where}{sep}" + ("仅空白改动" if zh else "whitespace only") + (
                f"（{len(self.words)}处）" if zh else f" ({len(self.words)} place{'s' if len(self.words) > 1 else ''})") + was
        if self.kind == "formatting":
            return f"{new_where}{sep}" + ("仅格式改动：" if zh else "formatting only: ") + styles_text(self.styles, lang) + was
        return f"{new_where}{sep}{words_text(self.words, lang)}{was}"


def excerpt(node: Node | None, width: int = 70) -> str:
    """The start of a paragraph's text, for a report line."""
    assert node is not None
    text = " ".join(node.para.text.split())  # a typed number's tab, line breaks: one space on a report line
    return text if len(text) <= width else text[:width - 1] + "…"


def _quote(text: str, zh: bool) -> str:
    return f"“{text}”" if zh else repr(text)


def words_text(words: list[tuple[str, str]], lang: str = "en") -> str:
    """The word edits of a change: "'full' → 'better'; struck 'the'; added 'all'" (or its Chinese)."""
    zh = lang == "zh"
    parts = []
    for old, new in words:
        a, b = _quote(old.strip() or old, zh), _quote(new.strip() or new, zh)
        if old and new:
            parts.append(f"{a}→{b}" if zh else f"{a} → {b}")
        elif old:
            parts.append(f"删除{a}" if zh else f"struck {a}")
        else:
            parts.append(f"新增{b}" if zh else f"added {b}")
    return ("；" if zh else "; ").join(parts)


def styles_text(styles: list[Styled], lang: str = "en") -> str:
    """The emphasis edits of a change: "'Calls upon' italic → plain" (or its Chinese)."""
    zh = lang == "zh"

    def name(style: str) -> str:
        return "、".join(_STYLES_ZH[s] for s in style.split("+")) if zh else style

    parts = [f"“{s.text.strip()}”{name(s.old)}→{name(s.new)}" if zh else f"{s.text.strip()!r} {s.old} → {s.new}"
             for s in styles]
    return ("；" if zh else "; ").join(parts)


def zh_where(where: str) -> str:
    """A report's name of a paragraph in Chinese: "operative 5(b)" → "执行部分第5(b)段"."""
    match = re.fullmatch(r"(operative|preambular) (\S+)", where)
    if match:
        part = "执行部分" if match.group(1) == "operative" else "序言部分"
        return f"{part}第{match.group(2)}段"
    match = re.fullmatch(r"(\w+) ¶(\d+)", where)
    if match:
        return f"第{match.group(2)}段（{_ROLES_ZH.get(match.group(1), match.group(1))}）"
    return where


def where(structure: Structure, node: Node) -> str:
    """How a report names a paragraph: "operative 5(b)", "preambular 3", "heading ¶2"."""
    if node.role in ("operative", "sub"):
        return f"operative {structure.address(node)}"
    if node.role == "preambular":
        index = structure.preamble.index(node) + 1
        return f"preambular {index}"
    return f"{node.role} ¶{node.para.index}"
