"""After every amendment: final punctuation and typed paragraph numbers put right, each as a tracked change.

Word numbering is left to Word, so it renumbers by itself when the changes are shown or accepted.
"""

from __future__ import annotations

from drafter.labels import relabel
from drafter.punctuation import END, FINAL_MARKS
from drafter.revise.step import Said, zh_address
from drafter.revise.view import DraftView
from drafter.structure import Node
from drafter.word import revisions as rv


def final_marks(view: DraftView, numbering: str) -> dict[Node, str]:
    """The final punctuation each paragraph of the ``numbering`` text should have."""
    end = END[view.lang]
    out: dict[Node, str] = {}

    def walk(siblings: list[Node], final: bool, depth: int) -> None:
        shown = view.visible(siblings, numbering)
        for i, node in enumerate(shown):
            last = final and i == len(shown) - 1
            if view.visible(node.children, numbering):
                out[node] = end["chapeau"]
                walk(node.children, last, depth + 1)
            else:
                out[node] = end["last"] if last else (end["operative"] if depth == 0 else end["sub"])

    walk(view.top, True, 0)
    return out


class Renumbering:
    """Final marks and typed numbers of the current text, changed by the author of the last paragraph struck
    or added (paragraphs an amendment added carry their own author)."""

    def __init__(self, view: DraftView, original: dict[Node, str], author: rv.Author | None, profile: str,
                 repairer: rv.Author | None = None, notes: list[Said] | None = None) -> None:
        self.view = view
        self.original = original  # final_marks of the draft as it was read
        self.author = author
        self.profile = profile
        self.repairer = repairer  # the author of a typed number that was a slip in the draft (never a delegation)
        self.notes = notes if notes is not None else []

    def run(self) -> None:
        """Put every final mark and typed number of the current text right."""
        view = self.view
        ends = final_marks(view, "now")
        typed = view.typed

        def walk(siblings: list[Node], depth: int) -> None:
            for n, node in enumerate(view.visible(siblings, "now"), 1):
                self.fix_end(node, ends[node])
                if typed:
                    self.fix_label(node, n, depth)
                walk(node.children, depth + 1)

        walk(view.top, 0)

    def fix_end(self, node: Node, wanted: str) -> None:
        """Give the paragraph its ``wanted`` final mark (an added paragraph always; another only when the
        changes moved its place)."""
        view = self.view
        live = view.live[node]
        text = view.text(node)
        end = len(text.rstrip())
        if live.added_by is not None:
            if end and text[end - 1] in FINAL_MARKS:
                if text[end - 1] != wanted:
                    view.replace(node, end - 1, end, wanted, live.added_by, keep_format=True)
                return
            view.insert(node, end, wanted, live.added_by, like=view.run_at(node, end))
            return
        if self.original.get(node) == wanted or not end or self.author is None:
            return
        if text[end - 1] in FINAL_MARKS and text[end - 1] != wanted:
            if not (wanted == END[view.lang]["sub"] and self.profile != "un" and text[end - 1] in ",，"):
                view.replace(node, end - 1, end, wanted, self.author, keep_format=True)

    def fix_label(self, node: Node, n: int, depth: int) -> None:
        """Give the ``n``-th paragraph at ``depth`` its typed number (an added one: like its neighbours')."""
        view = self.view
        live = view.live[node]
        if live.added_by is not None:
            model = next((s for s in view.siblings(node) if view.live[s].label), None)
            if model is None:
                model = next((m for m in view.structure.walk() if view.live[m].label and m.level == node.level), None)
            if model is None:
                return
            model_live = view.live[model]
            label = relabel(model_live.label, n, depth)
            model_text = view.text(model)
            gap = model_text[model_live.label_start + len(model_live.label): model_live.content_start]
            trailing = gap if gap else ("" if view.lang == "zh" else " ")
            view.insert(node, 0, label + trailing, live.added_by, like=view.run_at(model, model_live.label_start + 1))
            return
        if not live.label:
            return
        wanted = relabel(live.label, n, depth)
        if wanted == live.label or self.author is None:
            return  # nothing struck or added: the numbers stay as the draft typed them (check reports a slip)
        first = view.visible(view.siblings(node), "original").index(node) + 1
        author = self.author
        due = relabel(live.label, first, depth)
        if due != live.label:  # a slip of the draft, not a shift the amendments made
            author = self.repairer or self.author
            address = view.address(node)
            self.notes.append(Said(f"paragraph {address} was typed {live.label!r} in the draft where {due!r} was due: "
                                   f"renumbered {wanted!r} as a change by {author.name}, not by the amendment",
                                   f"{zh_address(address)}在草案中编为“{live.label}”，应为“{due}”：改编为“{wanted}”，"
                                   f"记作{author.name}的修改，而非修正案的修改"))
        view.replace(node, live.label_start, live.label_start + len(live.label), wanted, author, keep_format=True)
        live.label = wanted
