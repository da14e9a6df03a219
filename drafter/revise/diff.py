"""``drafter diff``: two versions of a draft compared paragraph by paragraph, then word by word.

Both versions are read through the structure reader, as accepted text (a version that holds tracked changes is
read with them accepted), so a paragraph is matched by its content (without a typed number): paragraphs that only
moved or were renumbered are recognised as such. Words are compared in both languages (Chinese cut into words by
jieba), sentence by sentence, with a similarity floor (:mod:`drafter.revise.wording`). The result is a list of
changes for a chair's notes (:mod:`drafter.revise.change`) and the new version with tracked changes against the
old (:mod:`drafter.revise.diff_tracked`).
"""

from __future__ import annotations

from pathlib import Path

from drafter.library import Library
from drafter.punctuation import FINAL_MARKS
from drafter.revise.change import Change, Styled, Version, where
from drafter.revise.diff_tracked import tracked
from drafter.revise.document import open_draft
from drafter.revise.tokens import opcodes, tokens, words
from drafter.revise.wording import FLOOR, edits, similarity
from drafter.structure import Node, read_structure
from drafter.word import package, reader
from drafter.word.accept import accept_all
from drafter.word.tracked_paragraphs import has_revisions

__all__ = ["Change", "Version", "compare", "run", "tracked", "version", "word_changes"]

SIMILAR = FLOOR  # two paragraphs at the same place at least this alike are one paragraph, changed
MOVED = 0.6  # a struck and an added paragraph this alike are one paragraph, moved (and changed)
WIDE = 400  # a block of differences larger than this (old × new paragraphs) is paired near its diagonal
WINDOW = 12
MOVE_BUDGET = 40_000  # struck × added paragraph pairs compared for a moved-and-changed paragraph; past it, only
# paragraphs moved unchanged are found (the rest are struck and added)


def _content(node: Node) -> str:
    return " ".join(node.content.split())


def _unspaced(node: Node) -> str:
    return "".join(node.content.split())


def _key(node: Node) -> str:
    return _content(node).rstrip(FINAL_MARKS).rstrip().casefold()


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
        import difflib

        matcher = difflib.SequenceMatcher(None, self.tokens(a), self.tokens(b), autojunk=False)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            return 0.0
        ratio = matcher.ratio()
        return ratio if ratio >= threshold else 0.0


def word_changes(old: str, new: str, lang: str) -> list[tuple[str, str]]:
    """(old words, new words) for each place the texts differ, as a person reads them (see wording.edits)."""
    a, b = words(old, lang), words(new, lang)
    return [("".join(a[i1:i2]), "".join(b[j1:j2])) for op, i1, i2, j1, j2 in edits(a, b) if op != "equal"]


def text_similarity(old: str, new: str, lang: str) -> float:
    """How alike two texts are, word by word (0 to 1)."""
    return similarity(words(old, lang), words(new, lang))


def _style(run: reader.Run) -> str:
    return "+".join(n for n, on in (("bold", run.bold), ("italic", run.italic), ("underline", run.underline))
                    if on) or "plain"


def _emphasis(node: Node) -> list[tuple[str, str]]:
    """The paragraph's content as (text, emphasis) stretches, neighbours of the same emphasis joined; emphasis is
    "plain", "italic", "bold+italic", …"""
    out: list[tuple[str, str]] = []
    at = 0
    for run in node.para.runs:
        text = run.text[max(0, node.offset - at):]
        at += len(run.text)
        if not text:
            continue
        style = _style(run)
        if out and out[-1][1] == style:
            out[-1] = (out[-1][0] + text, style)
        else:
            out.append((text, style))
    return out


def restyled(old: Node, new: Node) -> list[Styled]:
    """The stretches of a paragraph whose emphasis changed (its content the same, character for character)."""
    text = new.content
    stretches = _emphasis(old), _emphasis(new)
    if stretches[0] == stretches[1]:
        return []
    before, after = ([style for piece, style in side for _ in piece] for side in stretches)
    if len(before) != len(text) or len(after) != len(text):
        return []
    out: list[Styled] = []
    for i, ch in enumerate(text):
        if ch.isspace() or before[i] == after[i]:
            continue
        last = out[-1] if out else None
        if (last is not None and (last.old, last.new) == (before[i], after[i])
                and not text[last.end - new.offset:i].strip()):
            last.end = new.offset + i + 1
        else:
            out.append(Styled("", before[i], after[i], new.offset + i, new.offset + i + 1))
    for s in out:
        s.text = new.para.text[s.start:s.end]
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
            pairs.append((olds[0], news[0]))  # one paragraph rewritten in place (below the floor: struck words
            continue  # and added words, each whole)
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
    moved_pairs = _moves(struck, added, similar)
    return _changes(old, new, pairs, moved_pairs, struck, added, lang), pairs


def _moves(struck: list[Node], added: list[Node], similar: _Similarity) -> list[tuple[Node, Node]]:
    """Pair struck and added paragraphs that are one paragraph moved (unchanged, or changed but at least MOVED
    alike); the pairs found leave ``struck`` and ``added``."""
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
                if n.role != o.role:
                    continue
                ratio = similar.at_least(o, n, best_ratio)
                if ratio:
                    closest, best_ratio = n, ratio
            if closest is not None:
                struck.remove(o)
                added.remove(closest)
                moved_pairs.append((o, closest))
    return moved_pairs


def _changes(old: Version, new: Version, pairs: list[tuple[Node, Node]], moved_pairs: list[tuple[Node, Node]],
             struck: list[Node], added: list[Node], lang: str) -> list[Change]:
    """The changes, in the order of the new version (a struck paragraph where it stood)."""
    order = {id(n): i for i, n in enumerate(new.nodes)}
    old_order = {id(n): i for i, n in enumerate(old.nodes)}
    changes: list[Change] = []
    for o, n in pairs:
        ow, nw = where(old.structure, o), where(new.structure, n)
        if o.content != n.content and _unspaced(o) == _unspaced(n):
            changes.append(Change("whitespace", o, n, ow, nw, word_changes(o.content, n.content, lang)))
        elif _content(o) != _content(n):
            found = word_changes(_content(o), _content(n), lang)
            only_end = all(set((x + y).strip()) <= set(FINAL_MARKS) for x, y in found)
            changes.append(Change("punctuation" if only_end else "changed", o, n, ow, nw, found))
        elif o.content != n.content:
            changes.append(Change("whitespace", o, n, ow, nw, word_changes(o.content, n.content, lang)))
        elif styles := restyled(o, n):
            changes.append(Change("formatting", o, n, ow, nw, styles=styles))
        elif ow != nw and o.role in ("operative", "sub") and not _follows_parent(ow, nw):
            changes.append(Change("renumbered", o, n, ow, nw))
    for o, n in moved_pairs:
        found = word_changes(_content(o), _content(n), lang) if _content(o) != _content(n) else []
        changes.append(Change("moved", o, n, where(old.structure, o), where(new.structure, n), found))
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
    return changes


def _follows_parent(old_where: str, new_where: str) -> bool:
    """A sub-paragraph whose own label is unchanged and whose paragraph was renumbered."""
    old_tail, new_tail = old_where.partition("(")[2], new_where.partition("(")[2]
    return bool(old_tail) and old_tail == new_tail


def _document(path: Path, lib: Library) -> reader.Document:
    """A reader document for a .docx (its tracked changes accepted), or for an answers file built in memory."""
    if path.suffix.lower() in (".yaml", ".yml"):
        return open_draft(path, lib).doc
    docx = package.open_docx(path)
    if has_revisions(docx.element.body):
        accept_all(docx.element.body)
    return reader.read_docx(docx, path)


def run(old_path: Path, new_path: Path, lib: Library, *, lang: str | None = None,
        profile: str | None = None) -> tuple[Version, Version, list[Change], list[tuple[Node, Node]], str]:
    """Read both versions (.docx, or answers files) and compare them; returns (old, new, changes, matched
    pairs, language of the drafts). ``lang`` forces the drafts' language (default: read from the new version)."""
    old_doc, new_doc = _document(old_path, lib), _document(new_path, lib)
    new = version(new_doc, lib, lang, profile)
    language = lang or new.structure.language
    old = version(old_doc, lib, language, profile or new.structure.profile)
    changes, pairs = compare(old, new, language)
    return old, new, changes, pairs, language
