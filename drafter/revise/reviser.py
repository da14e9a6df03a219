"""The reviser: amendments applied to one draft, in order, each action as Word tracked changes."""

from __future__ import annotations

from drafter.library import Library
from drafter.problems import Problem
from drafter.punctuation import is_chinese
from drafter.revise import leads
from drafter.revise.actions import ACTIONS
from drafter.revise.amend import Action, Amendment
from drafter.revise.document import DraftDocument
from drafter.revise.renumber import Renumbering, final_marks
from drafter.revise.step import ActionProblem, Said, Step
from drafter.revise.view import DraftView
from drafter.word import revisions as rv


class Reviser:
    """Applies amendments to one draft, in order, as tracked changes."""

    def __init__(self, draft: DraftDocument, lib: Library) -> None:
        self.draft = draft
        self.lib = lib
        self.lang = draft.language
        self.ids = rv.Ids(draft.docx.element.body)
        self.view = DraftView(draft.structure, draft.language)
        self.structural_author: rv.Author | None = None  # the last amendment that struck or added a paragraph
        self.original_ends = final_marks(self.view, "original")
        self.original_uses = leads.original_uses(self.view, lib)
        self.last_author: rv.Author | None = None  # the last amendment applied
        self.problems: list[Problem] = []
        self.applied: list[tuple[int, Action, Said]] = []  # (amendment index, action, what it did)
        self.amendments: list[Amendment] = []
        self.replaced_leads: dict[int, str] = {}  # id(action) -> the lead phrase change_lead replaced
        self.notes: list[Said] = []  # things the person should know, not problems

    def apply(self, amendment: Amendment) -> None:
        """Apply every action of ``amendment``; problems are collected in :attr:`problems`."""
        index = len(self.amendments)
        self.amendments.append(amendment)
        self.view.begin(index, renumbered=self.structural_author is not None)
        author = rv.Author(amendment.author(self.lib), amendment.timestamp(), self.ids)
        self.last_author = author
        for action in amendment.actions:
            step = Step(action, author, amendment.numbering, self.lib)
            try:
                self._check_language(action)
                what = ACTIONS[action.kind](self.view, step)
            except ActionProblem as exc:
                assert action.location is not None
                self.problems.append(Problem(action.location, str(exc), exc.hint, exc.zh, exc.zh_hint))
                continue
            if step.structural:
                self.structural_author = author
            if step.replaced_lead is not None:
                self.replaced_leads[id(action)] = step.replaced_lead
            self.applied.append((index, action, what))

    def _check_language(self, action: Action) -> None:
        for text in (action.text, action.words, action.replacement):
            if not text or not any(c.isalpha() for c in text):
                continue
            if is_chinese(text) != (self.lang == "zh"):
                written = "Chinese" if is_chinese(text) else "English"
                raise ActionProblem(f"{text[:30]!r} is {written}, but the draft is in "
                                    f"{'Chinese' if self.lang == 'zh' else 'English'}",
                                    "write the amendment in the draft's language",
                                    zh=f"“{text[:30]}”是{'中文' if is_chinese(text) else '英文'}，但草案是"
                                       f"{'中文' if self.lang == 'zh' else '英文'}",
                                    zh_hint="请用草案的语言写修正案")

    def current_paragraphs(self) -> list[tuple[str, str]]:
        """Every operative paragraph and sub-paragraph of the current text: its address and its text."""
        return [(address, self.view.text(node)) for address, node in self.view.current()]

    def finish(self) -> None:
        """Put repeated lead phrases, final punctuation and typed numbers right after every amendment is
        applied."""
        for what in leads.repeated_leads(self.view, self.lib, self.structural_author or self.last_author,
                                          self.original_uses):
            self.notes.append(Said(f"{what}: the paragraph it repeated was struck or changed",
                                   f"{what.zh}：它所重复的段落已被删除或修改"))
        repairer = rv.Author("drafter", rv.timestamp(), self.ids)
        Renumbering(self.view, self.original_ends, self.structural_author, self.draft.profile, repairer,
                    self.notes).run()

