"""``drafter apply``: amendments become Word tracked changes in the revised draft.

The draft (a .docx, or an answers file built in memory) is read through the structure reader;
its operative paragraphs and sub-paragraphs become a tree of :class:`Item`. Each amendment's
actions change that tree and the paragraphs' XML in order; then final punctuation and typed
paragraph numbers are put right, each as a tracked change. Word numbering is left to Word, so
it renumbers by itself when the changes are shown or accepted.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.labels import format_address, relabel
from drafter.library import Library
from drafter.problems import Problem
from drafter.punctuation import END
from drafter.revise.amend import Action, Amendment, AmendmentError
from drafter.revise.document import DraftDocument, open_draft
from drafter.revise.tokens import tokens
from drafter.word import revisions as rv
from drafter.word import runtext

TERMINALS = set(",;.:，；。：")


@dataclass
class Item:
    """An operative paragraph or sub-paragraph of the draft being revised."""

    p: Any  # the w:p element
    level: int
    node: Any = None  # the structure reader's Node (None for added paragraphs)
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    inserted_by: int | None = None  # index of the amendment that added it
    struck_by: int | None = None
    author: Any = None  # the revisions.Author of the amendment that added it
    extra: list[Any] = field(default_factory=list)  # unnumbered paragraphs that continue this one (w:p)
    label: str = ""  # a typed label as written ("3", "(b)"); empty with Word numbering
    label_start: int = 0
    content_start: int = 0  # after a typed label and the space after it
    lead: str = ""
    lead_start: int = 0

    def text(self) -> str:
        return runtext.current_text(self.p)

    def block(self) -> list[Any]:
        """Every paragraph of this item: itself, its continuation paragraphs and its descendants'."""
        out = [self.p, *self.extra]
        for child in self.children:
            out += child.block()
        return out

    def last_p(self) -> Any:
        """The paragraph that closes this item's block, in document order."""
        body = self.p.getparent()
        members = {id(p) for p in self.block()}
        last = self.p
        for p in body.iter(rv.w("p")):
            if id(p) in members:
                last = p
        return last


class Reviser:
    """Applies amendments to one draft, in order, as tracked changes."""

    def __init__(self, draft: DraftDocument, lib: Library) -> None:
        self.draft = draft
        self.lib = lib
        self.lang = draft.language
        self.body = draft.docx.element.body
        self.ids = rv.Ids(self.body)
        self.top = [self._item(node, None) for node in draft.structure.operative]
        self.structural_author: Any = None
        self.original_ends = self._ends(self.top, "original")
        self.problems: list[Problem] = []
        self.applied: list[tuple[int, Action, str]] = []  # (amendment index, action, what it did)
        self.amendments: list[Amendment] = []
        self.replaced_leads: dict[int, str] = {}  # id(action) -> the lead phrase change_lead replaced
        self.notes: list[str] = []  # things the person should know, not problems

    # -- the tree -------------------------------------------------------------------------------
    def _item(self, node: Any, parent: Item | None) -> Item:
        text = node.para.text
        item = Item(p=node.para.element, level=node.level, node=node, parent=parent,
                    extra=[c.para.element for c in getattr(node, "continuation", [])])
        if node.label and not node.auto:
            start = text.find(node.label)
            if start >= 0:
                item.label, item.label_start = node.label, start
        item.content_start = node.offset
        if node.lead:
            start = text.find(node.lead, node.offset)
            if start >= 0:
                item.lead, item.lead_start = node.lead, start
        item.children = [self._item(child, item) for child in node.children]
        return item

    @property
    def typed(self) -> bool:
        """Whether the draft numbers its operative paragraphs by hand."""
        return any(i.label for i in self._all(self.top))

    def _all(self, items: list[Item]) -> list[Item]:
        out = []
        for item in items:
            out.append(item)
            out += self._all(item.children)
        return out

    @staticmethod
    def visible(items: list[Item], view: str) -> list[Item]:
        if view == "original":
            return [i for i in items if i.inserted_by is None]
        return [i for i in items if i.struck_by is None]

    def find(self, path: list[int], view: str, address: str) -> Item:
        items = self.top
        item: Item | None = None
        for depth, n in enumerate(path):
            shown = self.visible(items, view)
            if not 1 <= n <= len(shown):
                where = "operative paragraphs" if depth == 0 else f"sub-paragraphs in {format_address(path[:depth])}"
                have = f"the draft has {len(shown)} {where}" if shown else (
                    f"{format_address(path[:depth])} has no sub-paragraphs" if depth else "the draft has no operative paragraphs")
                raise _ActionProblem(f"no paragraph {address}: {have}" +
                                     (" in its original numbering" if view == "original" else ""))
            item = shown[n - 1]
            items = item.children
        assert item is not None
        if item.struck_by is not None:
            raise _ActionProblem(f"paragraph {address} was struck by an earlier amendment "
                                 f"({self.amendments[item.struck_by].author(self.lib)})")
        return item

    def address(self, item: Item) -> str:
        path = []
        current: Item | None = item
        while current is not None:
            siblings = current.parent.children if current.parent else self.top
            path.append(self.visible(siblings, "current").index(current) + 1)
            current = current.parent
        return format_address(path[::-1])

    def current_items(self) -> list[tuple[str, Item]]:
        """Every operative paragraph and sub-paragraph of the current text with its address."""
        out: list[tuple[str, Item]] = []

        def walk(items: list[Item]) -> None:
            for item in self.visible(items, "current"):
                out.append((self.address(item), item))
                walk(item.children)

        walk(self.top)
        return out

    # -- applying ----------------------------------------------------------------------------------
    def apply(self, amendment: Amendment) -> None:
        """Apply every action of ``amendment``; problems are collected in :attr:`problems`."""
        index = len(self.amendments)
        self.amendments.append(amendment)
        author = rv.Author(amendment.author(self.lib), amendment.timestamp(), self.ids)
        for action in amendment.actions:
            try:
                self._check_language(action)
                what = getattr(self, f"do_{action.kind}")(action, index, author, amendment.numbering)
            except _ActionProblem as exc:
                assert action.location is not None
                self.problems.append(Problem(action.location, str(exc), exc.hint))
                continue
            self.applied.append((index, action, what))

    def _check_language(self, action: Action) -> None:
        from drafter.punctuation import is_chinese

        for text in (action.text, action.words, action.replacement):
            if not text or not any(c.isalpha() for c in text):
                continue
            if is_chinese(text) != (self.lang == "zh"):
                written = "Chinese" if is_chinese(text) else "English"
                raise _ActionProblem(f"{text[:30]!r} is {written}, but the draft is in "
                                     f"{'Chinese' if self.lang == 'zh' else 'English'}",
                                     "write the amendment in the draft's language")

    def do_strike(self, action: Action, index: int, author: Any, view: str) -> str:
        item = self.find(action.path, view, action.address)
        where = self.address(item)
        self._strike(item, index, author)
        if not self.visible(self.top, "current"):
            raise _ActionProblem("striking it would leave the draft without operative paragraphs")
        self.structural_author = author
        return f"struck {where}"

    def _strike(self, item: Item, index: int, author: Any) -> None:
        for child in item.children:
            if child.struck_by is None:
                self._strike(child, index, author)
        for p in [item.p, *item.extra]:
            rv.strike_paragraph(p, author)
        item.struck_by = index

    def do_add_after(self, action: Action, index: int, author: Any, view: str) -> str:
        if action.path == [0] or action.path == []:
            shown = self.visible(self.top, "current")
            if not shown:
                raise _ActionProblem("the draft has no operative paragraphs to add to")
            siblings, parent = self.top, None
            if action.path == [0]:
                position, like = self.top.index(shown[0]), shown[0]
                placed_before = shown[0].p
            else:
                anchor = shown[-1]
                position, like, placed_before = self.top.index(anchor) + 1, anchor, None
        else:
            anchor = self.find(action.path, view, action.address)
            parent = anchor.parent
            siblings = parent.children if parent else self.top
            position = siblings.index(anchor) + 1
            if view == "original":  # keep paragraphs added after it by earlier amendments before this one
                while position < len(siblings) and siblings[position].inserted_by is not None:
                    position += 1
            like, placed_before = anchor, None
        if action.subparagraphs and like.level >= 3:
            raise _ActionProblem("sub-paragraphs go at most three levels deep")
        item = self._new_item(like, action.text, action.phrase, index, author, parent, is_sub=like.level > 0)
        if placed_before is not None:
            placed_before.addprevious(item.p)
        else:
            previous = siblings[position - 1]
            rv.after_paragraph(previous.last_p()).addnext(item.p)
        siblings.insert(position, item)
        self._add_children(item, action.subparagraphs, index, author)
        self.structural_author = author
        return f"added {self.address(item)}"

    def _add_children(self, item: Item, texts: list[str], index: int, author: Any) -> None:
        after = rv.after_paragraph(item.last_p())
        for text in texts:
            like = self._example(item.level + 1) or item
            child = self._new_item(like, text, "", index, author, item, is_sub=True, level=item.level + 1)
            after.addnext(child.p)
            after = child.p
            item.children.append(child)

    def _example(self, level: int) -> Item | None:
        return next((i for i in self._all(self.top) if i.level == level and i.inserted_by is None), None)

    def _pieces(self, like: Item, text: str, phrase_id: str, is_sub: bool) -> tuple[str, list[tuple[str, Any, bool]]]:
        """The lead phrase and the runs of a new paragraph text, formatted like paragraph ``like``."""
        lead, body = ("", text) if is_sub else self.split_lead(text, phrase_id)
        body_like = rv.run_at(like.p, len(like.text()))
        pieces: list[tuple[str, Any, bool]] = []
        if lead:
            lead_like = rv.run_at(like.p, like.lead_start + 1) if like.lead else body_like
            pieces.append((lead, lead_like, not like.lead))
            body = (" " if self.lang == "en" and body else "") + body
        pieces.append((body, body_like, True))
        return lead, pieces

    def _new_item(self, like: Item, text: str, phrase_id: str, index: int, author: Any, parent: Item | None,
                  is_sub: bool, level: int | None = None) -> Item:
        lead, pieces = self._pieces(like, text, phrase_id, is_sub)
        p = rv.new_paragraph(like.p, author, pieces)
        if level is not None and level != like.level:
            _set_level(p, level)
        return Item(p=p, level=like.level if level is None else level, parent=parent, inserted_by=index,
                    author=author, lead=lead, lead_start=0)

    def split_lead(self, text: str, phrase_id: str) -> tuple[str, str]:
        """Lead phrase and body of a new operative paragraph's text."""
        from drafter.compose.answers import tidy_body

        text = tidy_body(text, self.lang)
        if phrase_id:
            phrase = self.lib.phrases[phrase_id]
            return phrase.text[self.lang], text
        best = ""
        for phrase in self.lib.phrases.values():
            if phrase.kind != "operative":
                continue
            for form in phrase.forms(self.lang):
                if len(form) > len(best) and text.startswith(form) and (
                        self.lang == "zh" or len(text) == len(form) or not text[len(form)].isalnum()):
                    best = form
        if not best:
            return "", text
        return best, text[len(best):].lstrip() if self.lang == "en" else text[len(best):]

    def do_replace(self, action: Action, index: int, author: Any, view: str) -> str:
        item = self.find(action.path, view, action.address)
        text = item.text()
        start = item.lead_start if item.lead else item.content_start
        end = len(text.rstrip())
        if end > start and text[end - 1] in TERMINALS:
            end -= 1
        lead, pieces = self._pieces(item, action.text, action.phrase, is_sub=item.level > 0)
        self._rewrite(item.p, start, text[start:end], "".join(piece for piece, _, _ in pieces), author)
        item.lead, item.lead_start = lead, start
        if action.subparagraphs:
            for child in item.children:
                if child.struck_by is None:
                    self._strike(child, index, author)
            self._add_children(item, action.subparagraphs, index, author)
            self.structural_author = author
        return f"replaced {self.address(item)}"

    def _rewrite(self, p: Any, start: int, old: str, new: str, author: Any, one_change: bool = False) -> None:
        """Turn ``old`` (at ``start``) into ``new`` with the fewest tracked changes, word by word.

        ``one_change``: keep only the words both share at the start and the end; the rest is one
        struck passage and one inserted one (for words a person named: "replace X with Y").
        """
        import difflib

        a, b = tokens(old, self.lang), tokens(new, self.lang)
        offsets = [start]
        for token in a:
            offsets.append(offsets[-1] + len(token))
        if one_change:
            head = 0
            while head < min(len(a), len(b)) and a[head] == b[head]:
                head += 1
            tail = 0
            while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
                tail += 1
            op = "replace" if head < len(a) - tail else "insert"
            ops = [(op, head, len(a) - tail, head, len(b) - tail)]
        else:
            ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        for op, i1, i2, j1, j2 in reversed(ops):
            if op == "equal":
                continue
            words = "".join(b[j1:j2])
            if i2 > i1:
                rv.replace_range(p, offsets[i1], offsets[i2], words, author, keep_format=True)
            else:
                rv.insert_text(p, offsets[i1], words, author)

    def do_replace_words(self, action: Action, index: int, author: Any, view: str) -> str:
        item = self.find(action.path, view, action.address)
        text = item.text()
        pattern = re.escape(runtext.match_key(action.words))  # "17 000" finds "17\u202f000"
        if self.lang == "en":  # whole words: "the" is not in "their"
            pattern = ("\\b" if action.words[:1].isalnum() else "") + pattern + (
                "\\b" if action.words[-1:].isalnum() else "")
        found = [m.start() for m in re.finditer(pattern, runtext.match_key(text)) if m.start() >= item.content_start]
        if not found:
            excerpt = text[item.content_start:].strip()
            excerpt = excerpt if len(excerpt) <= 80 else excerpt[:79] + "…"
            raise _ActionProblem(f"the words {action.words!r} are not in paragraph {action.address} "
                                 f"({excerpt!r})", "quote the words exactly as the draft writes them")
        if len(found) > 1 and not action.occurrence:
            raise _ActionProblem(f"the words {action.words!r} appear {len(found)} times in paragraph "
                                 f"{action.address}", "quote more words, or add 'occurrence: N'")
        if action.occurrence > len(found):
            raise _ActionProblem(f"the words {action.words!r} appear only {len(found)} time(s) in paragraph "
                                 f"{action.address}")
        start = found[(action.occurrence or 1) - 1]
        end = start + len(action.words)
        words = text[start:end]  # the draft's own characters (a no-break space where the draft has one)
        if not action.replacement and self.lang == "en" and text[end:end + 1] == " " and text[start - 1:start] in (" ", ""):
            end += 1  # striking words takes one of the spaces around them
            words += " "
        self._rewrite(item.p, start, words, action.replacement, author, one_change=True)
        if item.lead and start < item.lead_start + len(item.lead) and end > item.lead_start:
            new_text = item.text()
            lead, _ = self.split_lead(new_text[item.lead_start:], "")
            item.lead = lead
        return f"replaced words in {self.address(item)}"

    def do_change_lead(self, action: Action, index: int, author: Any, view: str) -> str:
        item = self.find(action.path, view, action.address)
        if item.level > 0:
            raise _ActionProblem(f"{action.address} is a sub-paragraph; only operative paragraphs have a lead phrase")
        if not item.lead:
            raise _ActionProblem(f"paragraph {action.address} has no lead phrase drafter recognises",
                                 "use replace_words with the words it starts with")
        phrase = self.lib.phrases.get(action.phrase)
        if phrase is not None and phrase.kind != "operative":
            raise _ActionProblem(f"{action.phrase!r} is a preambular phrase")
        new = phrase.text[self.lang] if phrase else action.phrase
        if new == item.lead:
            raise _ActionProblem(f"paragraph {action.address} already opens with {new!r}")
        self.replaced_leads[id(action)] = item.lead
        rv.replace_range(item.p, item.lead_start, item.lead_start + len(item.lead), new, author, keep_format=True)
        item.lead = new
        return f"changed the lead phrase of {self.address(item)}"

    # -- punctuation and numbering ----------------------------------------------------------------
    def _ends(self, items: list[Item], view: str) -> dict[int, str]:
        """The final punctuation each paragraph should have (by id of the item)."""
        end = END[self.lang]
        out: dict[int, str] = {}

        def walk(siblings: list[Item], final: bool, depth: int) -> None:
            shown = self.visible(siblings, view)
            for i, item in enumerate(shown):
                last = final and i == len(shown) - 1
                if self.visible(item.children, view):
                    out[id(item)] = end["chapeau"]
                    walk(item.children, last, depth + 1)
                else:
                    out[id(item)] = end["last"] if last else (end["operative"] if depth == 0 else end["sub"])

        walk(items, True, 0)
        return out

    def finish(self) -> None:
        """Put final punctuation and typed numbers right after every amendment is applied."""
        ends = self._ends(self.top, "current")
        author = self.structural_author
        typed = self.typed
        label_like = next((i for i in self._all(self.top) if i.label), None)

        def walk(siblings: list[Item], depth: int) -> None:
            for n, item in enumerate(self.visible(siblings, "current"), 1):
                self._fix_end(item, ends[id(item)], author)
                if typed:
                    self._fix_label(item, n, depth, label_like)
                walk(item.children, depth + 1)

        walk(self.top, 0)

    def _fix_end(self, item: Item, wanted: str, author: Any) -> None:
        text = item.text()
        end = len(text.rstrip())
        if item.inserted_by is not None and item.node is None:
            if end and text[end - 1] in TERMINALS:
                if text[end - 1] != wanted:
                    rv.replace_range(item.p, end - 1, end, wanted, item.author, keep_format=True)
                return
            rv.insert_text(item.p, end, wanted, item.author, like=rv.run_at(item.p, end))
            return
        if self.original_ends.get(id(item)) == wanted or not end or author is None:
            return
        if text[end - 1] in TERMINALS and text[end - 1] != wanted:
            if not (wanted == END[self.lang]["sub"] and self.draft.profile != "un" and text[end - 1] in ",，"):
                rv.replace_range(item.p, end - 1, end, wanted, author, keep_format=True)

    def _fix_label(self, item: Item, n: int, depth: int, label_like: Item | None) -> None:
        if item.node is None:  # an added paragraph: give it a typed label like its neighbours'
            model = next((s for s in (item.parent.children if item.parent else self.top) if s.label), None)
            if model is None:
                model = next((i for i in self._all(self.top) if i.label and i.level == item.level), None)
            if model is None:
                return
            label = relabel(model.label, n, depth)
            model_text = model.text()
            gap = model_text[model.label_start + len(model.label): model.content_start]
            trailing = gap if gap else ("" if self.lang == "zh" else " ")
            rv.insert_text(item.p, 0, label + trailing, item.author,
                           like=rv.run_at(model.p, model.label_start + 1))
            return
        if not item.label:
            return
        wanted = relabel(item.label, n, depth)
        if wanted != item.label:
            author = self.structural_author
            rv.replace_range(item.p, item.label_start, item.label_start + len(item.label), wanted, author,
                             keep_format=True)
            item.label = wanted


class _ActionProblem(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def _set_level(p: Any, level: int) -> None:
    ilvl = p.find(f"{rv.w('pPr')}/{rv.w('numPr')}/{rv.w('ilvl')}")
    if ilvl is not None:
        ilvl.set(rv.w("val"), str(level))


__all__ = ["DraftDocument", "Reviser", "open_draft", "revise", "run", "to_bytes", "validate"]


def revise(draft: DraftDocument, amendments: list[Amendment], lib: Library) -> Reviser:
    """Apply ``amendments`` in order; raise :class:`AmendmentError` listing every problem (nothing is written)."""
    reviser = Reviser(draft, lib)
    for amendment in amendments:
        reviser.apply(amendment)
    if reviser.problems:
        raise AmendmentError(reviser.problems)
    reviser.finish()
    return reviser


def validate(amendment: Amendment, lib: Library) -> tuple[DraftDocument, Reviser]:
    """Apply ``amendment`` to the draft it names, in memory; raise listing every problem."""
    from drafter.problems import Location

    path = amendment.draft_path
    if path is None:
        where = Location(amendment.source or Path("amendment"), 1, 1)
        raise AmendmentError([Problem(where, "the amendment names no draft",
                                      "add 'draft: FILE', the answers file or .docx it amends")])
    draft = open_draft(path, lib)
    return draft, revise(draft, [amendment], lib)


def to_bytes(draft: DraftDocument, accept: bool = False) -> bytes:
    """The revised document (``accept``: with every change accepted)."""
    from drafter.word import ooxml

    if accept:
        rv.accept_all(draft.docx.element.body)
    else:
        ooxml.track_revisions(draft.docx)
    out = io.BytesIO()
    draft.docx.save(out)
    return out.getvalue()


def run(draft_path: Path, amendment_paths: list[Path], lib: Library, out: Path, *, accept: bool = False,
        force: bool = False) -> Reviser:
    """``drafter apply``: read everything (all problems at once), apply, write ``out`` atomically."""
    from drafter.files import check_writable, write_atomic
    from drafter.revise import amend

    check_writable(out, force)
    amendments, problems = [], []
    for path in amendment_paths:
        try:
            amendments.append(amend.read(path, lib))
        except AmendmentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise AmendmentError(problems)
    draft = open_draft(draft_path, lib)
    reviser = revise(draft, amendments, lib)
    for path, amendment in zip(amendment_paths, amendments):
        named = amendment.draft_path
        if named is not None and named.resolve() != draft_path.resolve():
            reviser.notes.append(f"{path.name} names {amendment.draft} as its draft; it was applied to {draft_path.name}")
    write_atomic(out, to_bytes(draft, accept), force=force)
    return reviser
