"""``drafter diff``: two versions of a draft compared paragraph by paragraph, then word by word.

Both versions are read through the structure reader, so a paragraph is matched by its content
(without a typed number): paragraphs that only moved or were renumbered are recognised as such.
English is compared word by word, Chinese character by character (difflib). The result is a
list of changes for a chair's notes and the new version with tracked changes against the old.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.library import Library
from drafter.punctuation import FINAL_MARKS
from drafter.revise.document import open_draft
from drafter.revise.tokens import opcodes, tokens
from drafter.structure import Node, Structure, read_structure
from drafter.word import reader, runtext, tracked_paragraphs
from drafter.word import revisions as rv
from drafter.word.runtext import w

if TYPE_CHECKING:
    from lxml.etree import _Element

SIMILAR = 0.5  # two paragraphs at the same place with at least this ratio are one paragraph, changed
MOVED = 0.9  # a struck and an added paragraph this alike are one paragraph, moved
WIDE = 400  # a block of differences larger than this (old × new paragraphs) is paired near its diagonal
WINDOW = 12
MOVE_BUDGET = 40_000  # struck × added paragraph pairs compared for a moved-and-changed paragraph; past it, only
# paragraphs moved unchanged are found (the rest are struck and added)


@dataclass
class Version:
    """One side of a comparison: the python-docx document and its structure."""

    docx: Any  # the python-docx Document (python-docx has no type hints)
    structure: Structure
    nodes: list[Node] = field(default_factory=list)  # the non-empty body paragraphs, in order


@dataclass
class Change:
    """One difference between the versions: a paragraph added, struck, changed, moved or renumbered."""

    kind: str  # added | struck | changed | punctuation | moved | renumbered
    old: Node | None = None  # the paragraph in the old version (None when added)
    new: Node | None = None  # the paragraph in the new version (None when struck)
    old_where: str = ""
    new_where: str = ""
    words: list[tuple[str, str]] = field(default_factory=list)  # (old words, new words) for changed

    def as_json(self) -> dict[str, Any]:
        """The change for ``drafter diff --format json``."""
        def side(node: Node | None, where: str) -> dict[str, Any] | None:
            if node is None:
                return None
            return {"paragraph": node.para.index, "where": where, "text": node.para.text}

        return {"change": self.kind, "old": side(self.old, self.old_where), "new": side(self.new, self.new_where),
                "words": [{"old": a, "new": b} for a, b in self.words]}

    def line(self) -> str:
        """The change as one line of the report."""
        def excerpt(node: Node | None) -> str:
            assert node is not None
            text = node.para.text.strip()
            return repr(text if len(text) <= 70 else text[:69] + "…")

        if self.kind == "added":
            return f"{self.new_where}: added {excerpt(self.new)}"
        if self.kind == "struck":
            return f"{self.old_where}: struck {excerpt(self.old)}"
        if self.kind == "moved":
            return f"{self.new_where}: moved from {self.old_where}" + (
                "; " + _words_text(self.words) if self.words else "")
        if self.kind == "renumbered":
            return f"{self.new_where}: renumbered (was {self.old_where})"
        if self.kind == "punctuation":
            return f"{self.new_where}: final punctuation {_words_text(self.words)}"
        return f"{self.new_where}: {_words_text(self.words)}" + (
            f" (was {self.old_where})" if self.old_where != self.new_where else "")


def _words_text(words: list[tuple[str, str]]) -> str:
    parts = []
    for old, new in words:
        if old and new:
            parts.append(f"{old.strip()!r} → {new.strip()!r}")
        elif old:
            parts.append(f"struck {old.strip()!r}")
        else:
            parts.append(f"added {new.strip()!r}")
    return "; ".join(parts)


def _content(node: Node) -> str:
    return " ".join(node.content.split())


def _key(node: Node) -> str:
    return _content(node).rstrip(FINAL_MARKS).rstrip().casefold()


def where(structure: Structure, node: Node) -> str:
    """How a report names a paragraph: "operative 5(b)", "preambular 3", "heading ¶2"."""
    if node.role in ("operative", "sub"):
        return f"operative {structure.address(node)}"
    if node.role == "preambular":
        index = structure.preamble.index(node) + 1
        return f"preambular {index}"
    return f"{node.role} ¶{node.para.index}"


def version(doc: reader.Document, lib: Library, lang: str | None = None, profile: str | None = None) -> Version:
    """One side of a comparison: ``doc`` read as a resolution."""
    structure = read_structure(doc, lib, lang=lang, profile=profile)
    nodes = [n for n in structure.nodes if n.role not in ("empty",) and n.para.text.strip() and not n.para.in_table]
    return Version(doc.docx, structure, nodes)


class _Similarity:
    """Ratios of paragraph contents, with each paragraph's tokens computed once and cheap bounds first."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cache: dict[int, list[str]] = {}

    def tokens(self, node: Node) -> list[str]:
        if id(node) not in self.cache:
            self.cache[id(node)] = [t for t in tokens(_key(node), self.lang) if not t.isspace()]
        return self.cache[id(node)]

    def at_least(self, a: Node, b: Node, threshold: float) -> float:
        """The ratio of ``a`` and ``b`` when it reaches ``threshold``, else 0."""
        matcher = difflib.SequenceMatcher(None, self.tokens(a), self.tokens(b), autojunk=False)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            return 0.0
        ratio = matcher.ratio()
        return ratio if ratio >= threshold else 0.0


def word_changes(old: str, new: str, lang: str) -> list[tuple[str, str]]:
    """(old words, new words) for each place the texts differ."""
    a, b = tokens(old, lang), tokens(new, lang)
    out = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        if op != "equal":
            out.append(("".join(a[i1:i2]), "".join(b[j1:j2])))
    return out


def compare(old: Version, new: Version, lang: str) -> tuple[list[Change], list[tuple[Node, Node]]]:
    """The changes from ``old`` to ``new`` and the matched (old node, new node) pairs."""
    a = [_key(n) for n in old.nodes]
    b = [_key(n) for n in new.nodes]
    pairs: list[tuple[Node, Node]] = []
    struck: list[Node] = []
    added: list[Node] = []
    similar = _Similarity(lang)
    for op, i1, i2, j1, j2 in opcodes(a, b):
        if op == "equal":
            pairs += list(zip(old.nodes[i1:i2], new.nodes[j1:j2]))
            continue
        olds, news = old.nodes[i1:i2], new.nodes[j1:j2]
        if len(olds) == 1 and len(news) == 1 and olds[0].role == news[0].role:
            pairs.append((olds[0], news[0]))  # one paragraph rewritten in place
            continue
        start = 0
        for index, o in enumerate(olds):
            best: int | None = None
            best_ratio = SIMILAR
            # in a long run of differences, look near the same relative place only
            diagonal = index * len(news) // max(len(olds), 1)
            stop = len(news) if len(olds) * len(news) <= WIDE else min(len(news), max(start, diagonal) + WINDOW)
            for k in range(start, stop):
                if news[k].role != o.role:
                    continue
                ratio = similar.at_least(o, news[k], best_ratio)
                if ratio:
                    best, best_ratio = k, ratio
            if best is None:
                struck.append(o)
                continue
            added += news[start:best]
            pairs.append((o, news[best]))
            start = best + 1
        added += news[start:]
    changes: list[Change] = []
    moved_pairs: list[tuple[Node, Node]] = []
    same_text: dict[str, list[Node]] = {}
    for n in added:
        same_text.setdefault(_key(n), []).append(n)
    for o in list(struck):  # moved unchanged: found by their text at once
        twins = same_text.get(_key(o))
        if twins:
            twin = twins.pop(0)
            struck.remove(o)
            added.remove(twin)
            moved_pairs.append((o, twin))
    if len(struck) * len(added) <= MOVE_BUDGET:  # moved and changed: every pair compared, within a budget
        for o in list(struck):
            closest: Node | None = None
            best_ratio = MOVED
            for n in added:
                ratio = similar.at_least(o, n, best_ratio)
                if ratio:
                    closest, best_ratio = n, ratio
            if closest is not None:
                struck.remove(o)
                added.remove(closest)
                moved_pairs.append((o, closest))
    order = {id(n): i for i, n in enumerate(new.nodes)}
    old_order = {id(n): i for i, n in enumerate(old.nodes)}
    for o, n in pairs:
        ow, nw = where(old.structure, o), where(new.structure, n)
        if _content(o) != _content(n):
            words = word_changes(_content(o), _content(n), lang)
            only_end = all(set((x + y).strip()) <= set(FINAL_MARKS) for x, y in words)
            changes.append(Change("punctuation" if only_end else "changed", o, n, ow, nw, words))
        elif ow != nw and o.role in ("operative", "sub") and not _follows_parent(ow, nw):
            changes.append(Change("renumbered", o, n, ow, nw))
    for o, n in moved_pairs:
        words = word_changes(_content(o), _content(n), lang) if _content(o) != _content(n) else []
        changes.append(Change("moved", o, n, where(old.structure, o), where(new.structure, n), words))
    for n in added:
        changes.append(Change("added", None, n, "", where(new.structure, n)))
    for o in struck:
        changes.append(Change("struck", o, None, where(old.structure, o), ""))

    # for a struck paragraph: the latest new place of any old paragraph before it (a running maximum)
    latest = [-1] * (len(old.nodes) + 1)
    for o, n in pairs + moved_pairs:
        latest[old_order[id(o)] + 1] = max(latest[old_order[id(o)] + 1], order[id(n)])
    for i in range(1, len(latest)):
        latest[i] = max(latest[i], latest[i - 1])

    def position(change: Change) -> tuple[int, int]:
        if change.new is not None:
            return order[id(change.new)], 1
        assert change.old is not None
        return latest[old_order[id(change.old)]], 2

    changes.sort(key=position)
    return changes, pairs


def _follows_parent(old_where: str, new_where: str) -> bool:
    """A sub-paragraph whose own label is unchanged and whose paragraph was renumbered."""
    old_tail, new_tail = old_where.partition("(")[2], new_where.partition("(")[2]
    return bool(old_tail) and old_tail == new_tail


def tracked(old: Version, new: Version, changes: list[Change], pairs: list[tuple[Node, Node]], lang: str,
            author_name: str, date: str) -> None:
    """Write ``changes`` into the new version's document as tracked changes against the old."""
    body = new.docx.element.body
    author = rv.Author(author_name, date, rv.Ids(body))
    moves: dict[int, str] = {}
    for change in changes:
        if change.kind == "moved":
            assert change.new is not None
            moves[id(change.old)] = name = f"drafter-move-{len(moves) + 1}"
            tracked_paragraphs.mark_moved(change.new.para.element, "moveTo", name, author)
        if change.kind == "added":
            assert change.new is not None
            p = change.new.para.element
            rv.mark_inserted(p, 0, len(runtext.current_text(p)), author)
            tracked_paragraphs.mark_paragraph(p, "ins", author)
        if change.kind in ("changed", "punctuation", "renumbered"):
            assert change.old is not None and change.new is not None
            _word_level(change.old.para.text, change.new.para.element, lang, author)
    _strike_removed(old, new, changes, pairs, author, moves)


def _word_level(old_text: str, p: _Element, lang: str, author: rv.Author) -> None:
    new_text = runtext.current_text(p)
    a, b = tokens(old_text, lang), tokens(new_text, lang)
    offsets = [0]
    for token in b:
        offsets.append(offsets[-1] + len(token))
    like_at = {}
    aligned = opcodes(a, b)
    for op, i1, _, j1, j2 in aligned:
        if op == "equal":
            continue
        like_at[(i1, j1)] = rv.run_at(p, offsets[j1] + (1 if j2 > j1 else 0))
    for op, i1, i2, j1, j2 in reversed(aligned):
        if op == "equal":
            continue
        if j2 > j1:
            rv.mark_inserted(p, offsets[j1], offsets[j2], author)
        if i2 > i1:
            rv.insert_deleted_text(p, offsets[j1], "".join(a[i1:i2]), author, like=like_at[(i1, j1)])


def _strike_removed(old: Version, new: Version, changes: list[Change], pairs: list[tuple[Node, Node]],
                    author: rv.Author, moves: dict[int, str]) -> None:
    """Put the old version's struck (and moved-away) paragraphs back, struck, where they stood."""
    matched = {id(o): n for o, n in pairs}
    removed = {id(c.old) for c in changes if c.kind in ("struck", "moved")}
    numbered: dict[int, _Element] = {}
    for node in new.nodes:
        ppr = node.para.element.find(w("pPr"))
        if ppr is not None and ppr.find(w("numPr")) is not None:
            numbered.setdefault(node.level, ppr.find(w("numPr")))
    anchor: _Element | None = None
    pending: list[_Element] = []
    first_new = new.nodes[0].para.element if new.nodes else None
    for node in old.nodes:
        if id(node) in matched:
            target = matched[id(node)].para.element
            for copy_p in pending:
                target.addprevious(copy_p)
            pending = []
            anchor = target
            continue
        if id(node) not in removed:
            continue
        copy_p = tracked_paragraphs.copy_as_deleted(node.para.element, author, move=moves.get(id(node), ""))
        numpr = copy_p.find(f"{w('pPr')}/{w('numPr')}")
        if numpr is not None and node.level in numbered:
            numpr.getparent().replace(numpr, copy.deepcopy(numbered[node.level]))
        if anchor is None and first_new is None:
            new.docx.element.body.append(copy_p)
        elif anchor is None:
            pending.append(copy_p)
        else:
            anchor.addnext(copy_p)
            anchor = copy_p
    for copy_p in pending:
        if first_new is not None:
            first_new.addprevious(copy_p)


def _document(path: Path, lib: Library) -> reader.Document:
    """A reader document for a .docx, or for an answers file built in memory."""
    if path.suffix.lower() in (".yaml", ".yml"):
        return open_draft(path, lib).doc
    return reader.read(path)


def run(old_path: Path, new_path: Path, lib: Library, *, lang: str | None = None,
        profile: str | None = None) -> tuple[Version, Version, list[Change], list[tuple[Node, Node]], str]:
    """Read both versions (.docx, or answers files) and compare them; returns (old, new, changes, matched
    pairs, language)."""
    old_doc, new_doc = _document(old_path, lib), _document(new_path, lib)
    new = version(new_doc, lib, lang, profile)
    language = lang or new.structure.language
    old = version(old_doc, lib, language, profile or new.structure.profile)
    changes, pairs = compare(old, new, language)
    return old, new, changes, pairs, language
