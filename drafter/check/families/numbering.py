"""Operative numbering: every paragraph numbered, in the form "1." under every profile, one kind of numbering
(typed or Word's), in sequence, and the preamble not numbered.

Word's numbering is judged by the labels Word shows (:mod:`drafter.word.numbering`). A clause that a new Word
list numbers "1." again is one finding whose fix moves it, and the clauses after it in that list, back into the
first list; every later paragraph is judged as Word would number it after that fix (:mod:`drafter.check.lists`),
so nothing after a fault is reported for it. Once one kind of numbering is used, the sub-paragraph labels under
it are checked too (:mod:`.sublabels`).
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterator

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.check.families import sublabels
from drafter.check.families.clause_marks import (
    label_alone,
    label_left_above,
    next_node,
    number_left_above,
    words_unlabelled,
)
from drafter.check.families.parts import left_title
from drafter.check.report import Correction, Finding
from drafter.labelkinds import Typed, read_label, read_typed
from drafter.labels import TYPED_NUMBER
from drafter.patterns import lazy
from drafter.punctuation import CJK, HALF_TO_FULL
from drafter.structure import Node
from drafter.structure.classify import is_annex, numbered_heading_line, worded_clause_number
from drafter.structure.lead import emphasis_of
from drafter.word import fieldnumbers, placement, reader, runtext
from drafter.word.edit import Edit, Emphasise, JoinNext, Number, Replace, SetList, Split
from drafter.word.listdesign import LevelForm
from drafter.word.numbering import Assignment

LEADING_NUMBER = lazy(r"^\s*(\d+)")
OUTLINE = lazy(r"\d+(?:[.．]\d+)+[.．]?")  # "1.1.": Word's outline numbering
# a struck clause's own number inside its strike marks: "~~3. Recommends …~~"
STRUCK_NUMBER = lazy(r"\s*~~\s*(\d{1,3})\s*[.．、]")
BARE = lazy(r"\d{1,3}")  # "1": a level whose lvlText is "%1" (the gallery's "1 / 1.1 / 1.1.1"), no full stop
# full-width marks that close a label and carry their own blank half: nothing needs to follow them ("（一）为……")
JOIN_FIX = "number it with Word's list like the other paragraphs"
SPACED_CLOSE = ("）", "、", "．", "】", "〕", "」", "』", "〉", "》", "］")


# what numbering-sequence names: a clause of the resolution, or a paragraph or article of an annexed text
OPERATIVE_PARAGRAPH = Text("operative paragraph", "执行段")
ANNEX_PARAGRAPH = Text("paragraph of the annex", "附件段落")
ANNEX_ARTICLE = Text("article of the annex", "附件条款")
# an annexed text's own numbered paragraph ("7. Member States will …") or article line ("Article 5 – Notifications",
# "Article 5. Scope", "Article 5"): typed numbers only, each counted on its own
ANNEX_NUMBER = lazy(r"^(\d{1,3})\.[ \t]+\S")
ANNEX_ARTICLE_LINE = lazy(r"^Article[ \t]+(\d{1,3})(?=$|[ \t]*[.:–—-][ \t]|[ \t]*[.:]?$|[ \t]+[A-Z])")


def check(ctx: Context) -> None:
    """Numbered preambular paragraphs, unnumbered operative paragraphs, typed and Word numbers mixed, numbers
    out of sequence or restarted by a new list; then sub-labels."""
    operatives = ctx.tree.operative
    _heading_numbered(ctx)
    _empty_numbered(ctx)
    _annex_sequence(ctx)
    _rest_numbered(ctx)
    cut = _cut_labels(ctx)
    _glued(ctx, operatives)
    _typed_glued(ctx, operatives)
    _doubled(ctx, operatives)
    planned = _after_break(ctx, operatives)
    joined = _joined(ctx, operatives)
    main = next((p.para.num_id for p in operatives if p.auto), None)  # the list numbering the clauses
    recounted = _recounted(ctx)
    for part in ctx.tree.preamble:
        if part.para.num_id is not None and part.para.label:
            edits = ctx.lists.commit({part.para.index: None})
            ctx.add("preambular-numbered", part, fix="take the number away", edits=edits, found=part.para.label)
        elif part.typed is not None and part.label:  # "1. Alarmed by …," typed by a student
            label_edits: list[Replace | Correction] = [Replace(0, part.offset, "")]
            if part.para.number_field:  # an AUTONUM field's number: the later fields count on without it
                label_edits += recounted
            ctx.add("preambular-numbered", part, fix="take the number away", edits=label_edits, found=part.label)
    # a decision in one paragraph ("The Economic and Social Council, recalling …, decides:") is not numbered
    unnumbered = [p for p in operatives if not p.auto and not p.label and p is not ctx.tree.decision]
    reported = [p for p in unnumbered if id(p) not in cut]  # a clause whose number stands apart: label-alone said it
    # clauses without a number that Word's list cannot yet number in their place: tried again where the count
    # reaches them, once the fixes of the numbers before them are planned
    waiting: dict[int, Finding] = {}
    if ctx.tree.by_phrases:
        if len(unnumbered) > 1:  # a one-paragraph resolution is not numbered; more must be
            # the items a clause introduces lack their letters too ("Strongly recommends … such as:" over
            # "Providing …," "Supplying …;"): the finding names them with the clauses (sublabels leaves them to it)
            items = [c for p in unnumbered for c in p.children if not c.auto and not c.label]
            ctx.add("numbering-absent", unnumbered[0], count=len(unnumbered)).cover(
                sorted(p.para.index for p in [*unnumbered, *items]))
    else:
        for part in reported:
            position = operatives.index(part) + 1
            shown = {p.para.index: ctx.lists.text(p.para.index) for p in operatives if p.auto}
            edits = _join(ctx, part, main, [part.para.index], position) if main is not None else []
            finding = ctx.add("operative-unnumbered", part, fix=JOIN_FIX if edits else "", edits=edits)
            # the clauses after it that Word numbers one short (it was never counted): numbered into the list, it
            # moves them to their places; the finding names them
            finding.cover(index for index, label in shown.items() if index > part.para.index
                          and ctx.lists.text(index) != label)
            if main is not None and not edits:
                waiting[part.para.index] = finding
    typed = [p for p in operatives if not p.auto and p.label]
    auto = [p for p in operatives if p.auto]
    for part in auto:  # a typed number on top of Word's own
        typed_number = TYPED_NUMBER.match(part.text)
        if part.offset and typed_number:
            ctx.add("numbering-mixed", part, 1, fix="remove the typed number",
                    edits=[Replace(0, typed_number.end(), "")])
    # sub-paragraphs Word numbers as the next clause are Word's own slip, whatever typed numbers stand elsewhere
    # (a clause typed with its number below the list): moved down before any count is judged
    sublabels.numbered_as_clause(ctx)
    sublabels.typed_numbered_as_clause(ctx)
    behind = _word_behind_typed(ctx, operatives, typed) if typed and main is not None else None
    if behind is not None:  # typed "1." "2." "3." right on the page, then Word's list shows "1." again
        for part in typed:
            if part.typed is not None and not part.typed.un_form:  # "2、" among them: its own form
                _form(ctx, part, part.typed, operatives.index(part) + 1, renumbered=False)
        ctx.add("numbering-mixed", behind, 1)
        _word_forms(ctx, operatives)
    elif typed and main is not None:
        _word_forms(ctx, operatives)
        continuing = _continuing(operatives)
        shown_again = _shown_again(ctx, operatives, continuing)
        # typed numbers that start where the count stands and go up but skip one ("3." "5."): Word's list after them
        # shows again a number they used, named with them (their numbers are a person's to settle)
        shown_after_skip = _shown_again(ctx, operatives, _started(operatives) - continuing)
        counted_first = _counted_first(ctx, operatives, continuing, main)
        for part in typed:
            if part.typed is None:
                continue
            if id(part) in counted_first:
                ctx.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                        edits=[Replace(0, part.typed.end, ""), *counted_first[id(part)]])
            elif id(part) in continuing:
                ctx.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                        edits=_numbered_in(ctx, part, part.typed, main)).cover(shown_again.get(id(part), []))
            else:  # typed numbers that start again (a sub-list typed as "1." "2."?) or skip one: a person decides
                ctx.add("numbering-mixed", part, 1).cover(shown_after_skip.get(id(part), []))
    else:  # the sequence is only meaningful once one kind of numbering is used
        _sequence(ctx, main, planned, joined, waiting)
        _pushed_down(ctx, operatives)
    for op in operatives:  # the sub-labels under each clause count on their own, whatever numbers the clauses
        sublabels.check(ctx, op.children, 1)
        sublabels.line_items(ctx, op)
    _recount_left_to_other_fixes(ctx)


def _annex_sequence(ctx: Context) -> None:
    """UN-B07's "numbered consecutively" in an annexed text's own count: its typed paragraph numbers ("1." … "7.")
    and its article lines ("Article 1" …) each run on by one; a number skipped or given twice is a slip of the
    annex's numbering, one finding on the paragraph that breaks the count, the count taken up from it. A count may
    start again at 1 (a new part, a second annex, the text's own list); a count that does not start at 1 (the
    annex's paragraphs continue another text's numbers) is not judged. English only: a Chinese annex's 第一条 and
    一、 are counted in words."""
    if ctx.lang != "en" or not ctx.tree.annexes:
        return
    # per count: the number last typed, the number it should bear, the finding the numbers after it join
    counts: dict[str, tuple[int, int, Finding | None] | None] = {"paragraph": None, "article": None}
    for node in ctx.tree.annexes:
        text = node.para.text.strip()
        if node.para.num_id is not None:  # Word's own numbers: Word counts them
            continue
        if is_annex(text):  # a second annex counts anew
            counts = {"paragraph": None, "article": None}
            continue
        for kind, pattern, what in (("paragraph", ANNEX_NUMBER, ANNEX_PARAGRAPH),
                                    ("article", ANNEX_ARTICLE_LINE, ANNEX_ARTICLE)):
            match = pattern.match(node.para.text)
            if match is None:
                continue
            found = int(match.group(1))
            count = counts[kind]
            if found == 1 or count is None:
                counts[kind] = (found, found, None) if found == 1 else None
                continue
            last, right, current = count
            correct = right + 1
            edit = Correction(Replace(match.start(1), match.end(1), str(correct)), paragraph=node.para.index)
            if found == last + 1:  # the student's count runs on: right, or carried on from the slip before
                if found != correct and current is not None:
                    current.edits.append(edit)
                counts[kind] = (found, correct, current if found != correct else None)
            elif found == last or last + 1 < found <= last + 3:  # given twice, or one or two skipped
                shown = match.group(0).rstrip() if kind == "article" else f"{found}."
                expected = f"{correct}." if kind == "paragraph" else f"Article {correct}"
                finding = ctx.add("numbering-sequence", node, match.start(1) + 1, fix=f"renumber from {correct}",
                                  edits=[edit], found=shown, expected=expected, what=what)
                counts[kind] = (found, correct, finding)
            else:  # far off the count (a quoted list, another text's numbers): not judged, nor what follows
                counts[kind] = None


def _recounted(ctx: Context) -> list[Correction]:
    """The numbers self-numbering fields (AUTONUM, LISTNUM) will show once those of the numbered preambular
    paragraphs go with their labels (preambular-numbered): Word counts them again ("1." Recognizing, "2." Urges
    becomes "1." Urges), so each fix of such a label says so, one edit for each field at the start of a later
    paragraph whose number changes (the field kept, its result rewritten: :class:`Replace`'s ``counted``)."""
    dropped = [p.para for p in ctx.tree.preamble if p.typed is not None and p.label and p.para.number_field
               and p.para.num_id is None and p.para.element is not None]
    counted = fieldnumbers.counted_without([para.element for para in dropped])
    edits = []
    for para in ctx.doc.paragraphs:
        found = counted.get(para.element) if para.element is not None and para.number_field else None
        if not found or para.index <= dropped[0].index:
            continue
        shown, text = found[0]  # the field whose result opens the paragraph: its first one
        if shown.strip() != text and para.text.startswith(shown):
            edits.append(Correction(Replace(0, len(shown), text, counted=True), paragraph=para.index))
    return edits


def _recount_left_to_other_fixes(ctx: Context) -> None:
    """A field's number that another finding's fix rewrites (its form: "2)" written "1.") is that fix's to write:
    the preambular-numbered fixes drop their count of it (:func:`_recounted`), as the two edits would overlap."""
    def edited(finding: Finding) -> list[tuple[int, Replace | Number]]:
        return [(finding.paragraph if c.paragraph is None else c.paragraph, c.edit) for c in finding.edits
                if isinstance(c.edit, (Replace, Number)) and not (isinstance(c.edit, Replace) and c.edit.counted)]

    others = [pair for f in ctx.findings if f.rule != "preambular-numbered" for pair in edited(f)]
    for finding in ctx.findings:
        if finding.rule != "preambular-numbered":
            continue
        finding.edits = [c for c in finding.edits if not (isinstance(c.edit, Replace) and c.edit.counted and any(
            index == c.paragraph and other.start < c.edit.end and c.edit.start < other.end
            for index, other in others))]


def _heading_numbered(ctx: Context) -> None:
    """A heading line that Word numbers with the clauses' list ("1. Topic: …": Format Painter copied a clause's
    format onto it): the heading shows a number, and the clauses count on from it. One finding on the line, whose
    fix takes its number away; the clauses are then judged as Word would number them."""
    for node in ctx.tree.heading:
        if node.para.label and numbered_heading_line(node.para):
            edits = ctx.lists.commit({node.para.index: None})
            ctx.add("heading-numbered", node, fix="take the number away", edits=edits, found=node.para.label)


def _empty_numbered(ctx: Context) -> None:
    """An empty paragraph in the body that Word numbers: a label with no text, counted with the clauses (the
    clauses after it show a number too many). One finding on it, whose fix takes its number away; the paragraphs
    after it are then judged as Word would number them. A numbered paragraph (Word's number or a typed one) that
    holds a picture and no text is a clause pasted as a screenshot: it keeps its place in the count, and a person
    types the clause (``clause-picture``)."""
    body = [n.para.index for n in (*ctx.tree.preamble, *ctx.tree.operative)]
    if not body:
        return
    first = min(body)
    for node in ctx.tree.nodes:
        empty_numbered = node.role == "empty" and bool(node.para.label)
        # a clause of its number alone: a picture may stand for its words
        bare = node.role in ("preambular", "operative") and bool(node.label) and not node.content.strip() \
            and not node.children
        if node.para.index < first or not (empty_numbered or bare):
            continue
        element = node.para.element
        if element is not None and runtext.mark_struck(element):
            continue  # a paragraph deleted as a tracked change, mark and all: gone once the change is accepted
        if element is not None and runtext.holds_picture(element) and not node.content.strip() and not node.children:
            found = node.para.label or node.para.text[:node.offset].strip()
            ctx.add("clause-picture", node, found=found)
        elif empty_numbered:
            edits = ctx.lists.commit({node.para.index: None})
            ctx.add("numbering-empty", node, fix="take the number away", edits=edits, found=node.para.label)


def _rest_numbered(ctx: Context) -> None:
    """The rest of a Word-numbered clause broken in two by a stray paragraph mark, numbered by Word as the next
    clause (the structure reads it as the clause's continuation; ``paragraph-broken`` speaks of the break on the
    first part): the page shows a number on a paragraph that is no clause, and every clause after it one number too
    many. One finding on the rest, whose fix takes its number away; the clauses after it are then judged as Word
    will number them once the two parts are joined."""
    for clause in ctx.tree.operative:
        for rest in clause.continuation:
            if rest.para.num_id is None or not rest.para.label or rest.para.list_id != clause.para.list_id:
                continue
            edits = ctx.lists.commit({rest.para.index: None})
            ctx.add("numbering-rest", rest, fix="take the number away", edits=edits, found=rest.para.label,
                    clause=(ctx.lists.text(clause.para.index) or clause.para.label).rstrip(".．、"))


CUT_FROM = {"alone": Text("alone on a line", "单独成行"), "above": Text("at the end of the line above", "在上一段末尾"),
            "break": Text("alone on its line, a manual line break after it", "单独成行，其后是手动换行")}
JOIN = {"paragraph": Text("join them in one paragraph", "应合为一段"),
        "line": Text("take the line break away", "应删去换行，使其与文字同行")}


def _cut_labels(ctx: Context) -> set[int]:
    """A typed label that a copy out of a PDF cut from its words: alone on a line ("3." / "Requests …", "a." /
    "publish …"), or a clause's number left at the end of the clause before, after its end mark ("… projects; 3." /
    "Requests …"). One finding on the label's paragraph, covering the words, whose fix joins them (UN-B07,
    MUN-F06); returns the words' paragraphs (``id``), which then lack no number of their own."""
    body = [n.para.index for n in (*ctx.tree.preamble, *ctx.tree.operative)]
    if not body:
        return set()
    first = min(body)
    cut: set[int] = set()
    for node in ctx.nodes:
        if node.para.index <= first:
            continue
        alone = label_alone(node)
        after = next_node(ctx, node) if alone is not None or number_left_above(node.para.text) else None
        if after is None:
            continue
        if alone is not None and words_unlabelled(after) and after.role in ("operative", "continuation"):
            cut.add(id(after))
            if node.para.element is not None and after.para.element is not None \
                    and (placement.in_next_cell(node.para.element, after.para.element)
                         or placement.frame_beside(node.para.element, after.para.element)):
                continue  # a table of clauses (the number's column), or frames: the number beside the clause, on its line
            ctx.add("label-alone", node, 1, fix="join it with the next paragraph",
                    edits=[JoinNext(_gap_after(alone.text))], found=alone.text, place=CUT_FROM["alone"],
                    join=JOIN["paragraph"]
                    ).cover([after.para.index])
            continue
        left = label_left_above(ctx, node)
        if left is not None:
            label = left.group(1)
            ctx.add("label-alone", node, left.start(1) + 1, fix=f"move {label!r} to the next paragraph",
                    edits=[Replace(left.start(), len(node.para.text), ""),
                           Correction(Replace(0, 0, label + _gap_after(label)), after.para.index)],
                    found=label, place=CUT_FROM["above"], join=JOIN["paragraph"]).cover([after.para.index])
            cut.add(id(after))
    for node in ctx.nodes:
        broken = label_before_break(node)
        if broken is not None and node.para.index > first and node.role in ("operative", "sub"):
            # the words are in the label's paragraph, on the next line: a person takes the break away (a run holding
            # the break is no plain text an edit may rewrite)
            ctx.add("label-alone", node, broken.start + 1, found=broken.text, place=CUT_FROM["break"],
                    join=JOIN["line"])
    return cut


def label_before_break(node: Node) -> Typed | None:
    """The label typed at the start of ``node``'s paragraph when a manual line break (Shift+Enter) follows it before
    any word ("3." ⏎ "Invites …", "(b)" ⏎ "lending …", "二、" ⏎ "促请……"): the label alone on its line, its words on the
    next line of the same paragraph; None otherwise, and for a paragraph Word numbers."""
    if node.para.num_id is not None:
        return None
    text = node.para.text
    typed = read_typed(text)
    if typed is None or typed.kind == "bullet" or text[:typed.start].strip():
        return None
    gap = text[typed.start + len(typed.text):typed.end]
    return typed if "\n" in gap and text[typed.end:].strip() else None


def _gap_after(label: str) -> str:
    """What stands between a label and its words once they are joined: a space after "2." or "(b)" in either
    language ("2. 请……"), nothing after a full-width mark that holds its own space ("一、", "（二）", "３．")."""
    return "" if label.rstrip()[-1:] in "、，．）】〕」" else " "


# a clause's end mark, then a manual line break (Shift+Enter), then what follows on the new line
BREAK_AFTER_END = lazy(r"[;；,，.。]\s*\n\s*")


RUN_ON = lazy(r"[;；]\s*(?=\S)")  # a clause's end mark, then more text in the same line


def clauses_run_on(ctx: Context, node: Node) -> list[re.Match[str]]:
    """Where a second operative clause begins inside an operative paragraph with no line break: after a ";" the
    text opens with an operative lead phrase, capitalised (in English) and emphasised as the paragraph's own lead
    is. Two clauses run together, as a deleted paragraph mark (a tracked change accepted) leaves them. English
    only: a Chinese clause may go on after "；" with another verb its text emphasises (UN Chinese texts do). Where
    the reader joined two paragraphs at a deleted mark, :func:`joined_clauses` says it in either language."""
    joined = joined_clauses(ctx, node, "operative")
    if ctx.lang != "en":
        return joined
    text = node.para.text
    own = emphasis_of(node.para, node.offset, node.offset + 1)
    if not own or not node.emphasised:
        return joined
    found = []
    for m in RUN_ON.finditer(text):
        if m.end() >= len(text) - 1 or "\n" in m.group(0) or any(j.start() == m.start() for j in joined):
            continue  # the end of the paragraph, or a line break (clause-after-break)
        rest = text[m.end():]
        if not rest[:1].isupper():
            continue
        if any(p.kind == "operative" for _, p in ctx.phrases.matches(rest)) and emphasis_of(node.para, m.end(), m.end() + 1) & own:
            found.append(m)
    return sorted(found + joined, key=lambda m: m.start())


JOIN_END = lazy(r"[;；,，]\s*(?=\S)")  # a clause's end mark where a deleted paragraph mark joined two paragraphs


def joined_clauses(ctx: Context, node: Node, kind: str) -> list[re.Match[str]]:
    """Where a tracked deletion of a paragraph mark joined two paragraphs into ``node``'s right after the first
    one's clause end mark (";", ",", "；", "，") and the second opens with a lead phrase of ``kind`` ("operative" or
    "preambular"): two clauses, the second one's lead where the mark was — in either language, whatever its case
    or emphasis (a mark deleted inside a clause, a stray Enter repaired, joins no clause)."""
    if not node.para.joined:
        return []  # (most paragraphs join none: their runs are not walked)
    text = node.para.text
    found = []
    for at in sorted(_join_points(node.para)):
        before = text[:at].rstrip()
        m = JOIN_END.match(text, len(before) - 1) if before else None
        if m is None or m.end() >= len(text) - 1 or "\n" in m.group(0):
            continue
        if any(p.kind == kind for _, p in ctx.phrases.matches(text[m.end():])):
            found.append(m)
    return found


def _join_points(para: reader.Paragraph) -> set[int]:
    """The offsets in ``para``'s text where one w:p's text ends and the next one's begins: a tracked deletion of a
    paragraph mark joined them there, and the reader reads them as one paragraph."""
    points: set[int] = set()
    pos, last = 0, None
    for run in para.runs:
        owner = None if run.element is None else runtext.paragraph_of(run.element)
        if owner is not None:
            if last is not None and owner is not last and runtext.mark_struck(last):
                points.add(pos)
            last = owner
        pos += len(run.text)
    return points


PREAMBLE_RUN_ON = lazy(r"[,，][ \t\u00a0]*(?=[A-Z])")  # a preambular clause's end mark, a capital on the same line (no space
# between them where a copy lost it: "…and etc,Noting with deep concern that …")


def preambular_run_on(ctx: Context, node: Node) -> list[re.Match[str]]:
    """Where a second preambular clause begins inside a preambular paragraph with no line break: after a comma the
    text opens with a preambular lead phrase that is no operative one, capitalised, of two words or more or followed
    by "that" (", Bearing in mind …", ", Noting that …"; a single participle before its object may go on with the
    sentence, as UN texts chain ", commending …"), followed by its clause in lower case (not a name: "Welcoming
    Cities"), and emphasised as the paragraph's own lead is where that one is. English only: a Chinese clause goes
    on after "，" with verbs of its own. Where the reader joined two paragraphs at a deleted mark,
    :func:`joined_clauses` says it in either language, for any preambular lead."""
    joined = joined_clauses(ctx, node, "preambular")
    if ctx.lang != "en" or node.continuation:
        return joined
    text = node.para.text
    own = emphasis_of(node.para, node.offset, node.offset + 1) if node.emphasised else set()
    found = []
    for m in PREAMBLE_RUN_ON.finditer(text, node.offset + 1):
        if any(j.start() == m.start() for j in joined):
            continue
        rest = text[m.end():]
        kinds = {p.kind for _, p in ctx.phrases.matches(rest)}
        matched = ctx.phrases.match(rest)
        if matched is None or kinds != {"preambular"}:
            continue
        after = rest[len(matched[0]):]
        if not re.match(r"\s+(?:[a-z]|[“\"'‘(]|\d)", after) or (
                len(matched[0].split()) < 2 and not re.match(r"\s+that\b", after)):
            continue
        if own and not emphasis_of(node.para, m.end(), m.end() + 1) & own:
            continue
        found.append(m)
    return sorted(found + joined, key=lambda m: m.start())


def _joined_by_deleted_mark(para: reader.Paragraph) -> bool:
    """A paragraph before ``para``'s in the file has its paragraph mark deleted as a tracked change: the reader
    joined the two (their text is read as ``para``'s)."""
    return para.element is not None and runtext.joined_at_struck_mark(para.element)


def clauses_after_breaks(ctx: Context, text: str, kind: str = "operative") -> list[int]:
    """Where the lead phrase of a second clause begins inside one paragraph's ``text``: after a clause's end mark
    and a manual line break, a line that opens with a lead phrase of ``kind`` ("operative" or "preambular"), an
    operative one perhaps after the clause number the student typed ("…;⏎3. Recommends …")."""
    return [lead_after_break(text, m.end()) for m in _breaks(ctx, text, kind)]


def lead_after_break(text: str, at: int) -> int:
    """Where the words of the line that begins at ``at`` start: after a clause number typed there ("3. ", "3、"),
    else at ``at``."""
    typed = read_typed(text[at:])
    return at + typed.end if typed is not None and typed.kind == "number" else at


def _breaks(ctx: Context, text: str, kind: str) -> list[re.Match[str]]:
    """The end mark, line break and spaces before each second clause of ``kind`` in ``text`` (for an operative
    clause, the number typed before its lead is not part of the match)."""
    found = []
    own = read_typed(text)  # the paragraph's own typed label: its point ends no clause ("3." ⏎ "Invites …")
    for m in BREAK_AFTER_END.finditer(text):
        if own is not None and own.kind != "bullet" and m.start() < own.start + len(own.text):
            continue
        start = lead_after_break(text, m.end()) if kind == "operative" else m.end()
        if any(p.kind == kind for _, p in ctx.phrases.matches(text[start:])):
            found.append(m)
    return found


def _after_break(ctx: Context, operatives: list[Node]) -> dict[int, Correction | None]:
    """Two clauses typed in one paragraph, the second after a manual line break: the page shows it as a clause
    of its own (an operative one with no number). The fix splits the paragraph at the break: the new paragraph
    keeps the first's paragraph properties, so Word's list numbers it next; in a draft that types its numbers
    it is given the next number and the clauses after it their numbers counted with the new ones, when every clause
    from the first such break on types its number in digits (else a person renumbers). A draft with several such
    breaks (in one paragraph or in several) is split at all of them together: each finding carries every split and
    every renumbering, made once, so the numbers are right only when all are made. Returns, by paragraph, the
    typed number such a fix sets after the splits (None: the number is right once the splits are made)."""
    planned: dict[int, Correction | None] = {}
    for part in ctx.tree.preamble:
        if part.continuation:
            continue
        for m in _breaks(ctx, part.para.text, "preambular"):
            ctx.add("preambular-after-break", part, m.end() + 1, fix="make it a paragraph of its own",
                    words=_words(part.para.text, m.end()),
                    edits=_split_off(ctx, [Correction(Split(m.start() + 1, m.end()), part.para.index)], "preambular"))
    for part in ctx.tree.preamble:  # two preambular clauses run together in one line ("…, Bearing in mind …")
        for m in preambular_run_on(ctx, part):
            ctx.add("preambular-run-on", part, m.end() + 1, words=_words(part.para.text, m.end()),
                    mark=m.group(0).strip())
    found = [(op, _breaks(ctx, op.para.text, "operative")) for op in operatives]
    found = [(op, breaks) for op, breaks in found if breaks]
    typed_plan = _typed_splits(operatives, found)
    if typed_plan is not None:
        planned.update((later.para.index, None) for later in operatives[operatives.index(found[0][0]) + 1:])
        planned.update((c.paragraph, c) for c in typed_plan if c.paragraph is not None
                       and not isinstance(c.edit, Split))
    for op, breaks in found:
        text = op.para.text
        for m in breaks:
            edits: list[Correction] = []
            if op.auto or (op.typed is None and not op.label):  # a number typed after the break goes
                edits = [Correction(Split(m.start() + 1, lead_after_break(text, m.end())), op.para.index)]
            elif op.typed is not None and typed_plan is not None:
                edits = list(typed_plan)
            edits = _split_off(ctx, edits, "operative")
            renumbered = sum(isinstance(c.edit, Split) or isinstance(c.edit, Replace) and c.edit.text.isdigit()
                             for c in edits) > 1
            said = "make it a paragraph of its own" + (", numbered next (the clauses after it renumbered)"
                                                       if renumbered else "") \
                + (", its lead phrase emphasised as the others are" if any(isinstance(c.edit, Emphasise)
                                                                           for c in edits) else "")
            ctx.add("clause-after-break", op, m.end() + 1, fix=said if edits else "", words=_words(text, m.end()),
                    edits=edits)
    for op in operatives:  # two clauses run together in one line ("…air; Requests …")
        for m in clauses_run_on(ctx, op):
            # split where Word numbers the clause; not where a tracked deletion of a paragraph mark joined them (a
            # person rejects that change)
            edits = [Correction(Split(m.start() + 1, m.end()), op.para.index)] \
                if op.auto and not _joined_by_deleted_mark(op.para) else []
            ctx.add("clause-run-on", op, m.end() + 1, fix="make it a paragraph of its own" if edits else "",
                    words=_words(op.para.text, m.end()), mark=m.group(0).strip(), edits=edits)
    return planned


# a clause's end mark, then, on the same line, the next clause's number: "…岛屿；2. 邀请……", "…islands; 2. Invites …",
# "…预警； 4、邀请……" (a Chinese number typed with its enumeration comma)
JOINED_NUMBER = lazy(r"[;；]([ \t\u3000]*)([0-9]{1,3})[.．、][ \t\u3000]*")


def joined_numbers(ctx: Context, part: Node) -> list[re.Match[str]]:
    """The next clauses typed on the same line as ``part`` (an operative paragraph numbered by hand, or by Word's
    list: a Markdown line typed "4、邀请……" under clause 3 goes on with it), each after the end mark of the one
    before, with its own number (the number that clause would take) and an operative lead."""
    typed = part.typed
    if part.auto:
        if not (part.label.isascii() and part.label.isdigit()):
            return []  # (not "①", nor a letter)
        value, start = int(part.label), part.offset
    elif typed is None or typed.kind != "number":
        return []
    else:
        value, start = typed.value, typed.end
    text = part.para.text
    if text.find(";", start, len(text) - 1) < 0 and text.find("；", start, len(text) - 1) < 0:
        return []  # no end mark before the paragraph's own last one
    found: list[re.Match[str]] = []
    for m in JOINED_NUMBER.finditer(text, start):
        if int(m.group(2)) == value + len(found) + 1 and any(
                p.kind == "operative" for _, p in ctx.phrases.matches(text[m.end():])):
            found.append(m)
    return found


def _joined(ctx: Context, operatives: list[Node]) -> dict[int, int]:
    """The next clause typed on the same line as a clause (:func:`joined_numbers`): one finding for each. Returns,
    by paragraph of a clause numbered by hand, how many clauses it holds after its own (the typed numbers of the
    clauses after it count them; Word's list numbers the clauses split off, and those after them, itself)."""
    joined: dict[int, int] = {}
    for part in operatives:
        found = joined_numbers(ctx, part)
        for m in found:
            ctx.add("clause-joined", part, m.start(2) + 1, number=m.group(2), words=_words(part.para.text, m.start(2)))
        if found and not part.auto:
            joined[part.para.index] = len(found)
    return joined


def _split_off(ctx: Context, edits: list[Correction], kind: str) -> list[Correction]:
    """``edits`` with, after each split of a ``kind`` clause ("operative", "preambular"), what the check asks of the
    two paragraphs it makes, so that one --fix leaves nothing for a second: the end mark of the part before the
    break as that part's clauses end (";" where "," was typed before the break: it is no longer the last clause),
    (a half-width mark in Chinese: by the half-width rule's fix, :attr:`Context.split_marks`), and the emphasis the
    lead of the clause split off needs (the lead phrases family's
    :attr:`Context.split_lead_emphasis`)."""
    out: list[Correction] = []
    end = ctx.end[kind]
    text_of = {p.index: p.text for p in ctx.doc.paragraphs}
    for correction in edits:
        out.append(correction)
        if not isinstance(correction.edit, Split) or correction.paragraph is None:
            continue
        mark = correction.edit.start - 1
        typed = text_of[correction.paragraph][mark]
        if typed != end:
            ctx.split_marks[(correction.paragraph, mark)] = end
            if not (ctx.lang == "zh" and typed in HALF_TO_FULL):  # else the half-width mark rule sets it
                out.append(Correction(Replace(mark, mark + 1, end), correction.paragraph))
        emphasis = ctx.split_lead_emphasis.get((correction.paragraph, correction.edit.end))
        if emphasis is not None:
            out.append(Correction(emphasis, correction.paragraph))
    return out


def _typed_splits(operatives: list[Node], found: list[tuple[Node, list[re.Match[str]]]]) -> list[Correction] | None:
    """Every split of the typed-numbered clauses in ``found`` (each new clause given the next number, typed as its
    paragraph's number is) and the typed numbers of the clauses after the first one split, each the number it
    takes once the new clauses count; None unless every clause from the first one split on types its number in
    digits."""
    if not found:
        return None
    first = operatives.index(found[0][0])
    breaks_of = {id(op): breaks for op, breaks in found}
    out: list[Correction] = []
    expected: int | None = None
    for op in operatives[first:]:
        typed = op.typed
        if op.auto or typed is None or typed.kind != "number" or not typed.token.isdigit():
            return None
        if expected is None:
            expected = typed.value
        at = op.para.text.index(typed.token, typed.start)
        if typed.value != expected:
            out.append(Correction(Replace(at, at + len(typed.token), str(expected)), op.para.index))
        label = op.para.text[typed.start:typed.end]
        for m in breaks_of.get(id(op), []):
            expected += 1  # a number typed after the break gives way to the one the clause takes
            out.append(Correction(Split(m.start() + 1, lead_after_break(op.para.text, m.end()),
                                        label.replace(typed.token, str(expected), 1)), op.para.index))
        expected += 1
    return out


def _words(text: str, start: int) -> str:
    """The first words of the clause that begins at ``start`` (its first line, 40 characters at most)."""
    return text[start:].split("\n")[0][:40].strip()


def _pushed_down(ctx: Context, operatives: list[Node]) -> None:
    """A clause a student pushed one level down Word's list (Tab), or put in the list that numbers the items, or
    typed with an item's label among the items of the clause before it: one finding on each
    (:func:`drafter.check.families.sublabels.pushed_down`, :func:`~drafter.check.families.sublabels.typed_clause_as_item`).
    The clauses after a pushed-down one that Word numbers at the clauses' level show a number one too low while it is
    not counted among them ("(c)", then "4." where "5." belongs), and Word renumbers them once it is moved back: the
    finding covers them (the mirror of a sub-paragraph shown as the next clause, which covers the clauses it pushes one
    too high)."""
    for op in operatives:
        top = ctx.lists.label(op.para.index)
        for sub in sublabels.pushed_down(ctx, op):
            finding = ctx.add("operative-sub-level", sub, found=ctx.lists.text(sub.para.index).strip() or sub.label)
            if top is not None:
                finding.cover(_counted_short(ctx, operatives, sub.para.index, (top.list_id, top.level)))
        for sub in op.children:  # typed: "b) Further requests …" among the items of the clause before it
            if sublabels.typed_clause_as_item(ctx, sub):
                ctx.add("operative-sub-level", sub, found=sub.label)


def _counted_short(ctx: Context, operatives: list[Node], after: int, place: tuple[object, int]) -> list[int]:
    """The Word-numbered clauses after paragraph ``after`` at ``place`` (list and level) of the clauses' list."""
    out = []
    for clause in operatives:
        label = ctx.lists.label(clause.para.index) if clause.para.index > after else None
        if clause.auto and label is not None and (label.list_id, label.level) == place:
            out.append(clause.para.index)
    return out


def _numbered(nodes: list[Node]) -> Iterator[Node]:
    """The Word-numbered paragraphs among ``nodes`` and their sub-paragraphs, in order."""
    for node in nodes:
        if node.auto and node.para.label:
            yield node
        yield from _numbered(node.children)


def _glued(ctx: Context, nodes: list[Node]) -> None:
    """A Word label followed by nothing (the level's w:suff "nothing"): the text starts right after it, "a)lie"
    as the page shows it, where other labels of the draft stand apart from their text (a tab or a space). A draft
    whose every label is glued (LibreOffice writes its lists so when their labels are placed by a label width) is
    left alone: the same look throughout is the list's layout, not one level's slip. A Chinese character right after
    the label ("(a)修缮……", UN-B10's "(a)……；") is the ordinary Chinese layout, as after a typed label. The
    paragraphs given and their sub-paragraphs, in order."""
    numbered = list(_numbered(nodes))
    if all(n.para.label_suffix == "nothing" for n in numbered):
        return
    for node in numbered:
        text = node.para.text
        if node.para.label.endswith(SPACED_CLOSE):
            continue  # "（a）禁止……", "一、鼓励……": a full-width mark ends the label with its own blank half
        if node.para.label_suffix == "nothing" and text[:1].strip() and not CJK.match(text):
            word = text.split(maxsplit=1)[0] if text.split() else text
            ctx.add("label-glued", node, label=node.para.label, found=f"{node.para.label}{word}", what=WORD_LABEL,
                    how=WORD_GLUED)


# what a glued label is and what to do, for the two sources of a label (label-glued's message)
WORD_LABEL = Text("Word's label", "Word列表编号")
WORD_GLUED = Text('its list level puts nothing after the label (set it to a tab or a space: Adjust List Indents, '
                  '"Follow number with")', "该列表级别在编号后不加任何字符（应在“调整列表缩进”中把“编号之后”设为制表符或空格）")
TYPED_LABEL = Text("the typed label", "手打的编号")
TYPED_GLUED = Text("type a space between the label and the first word", "应在编号与第一个词之间加一个空格")
# an English word's first letter right after a typed label's closing mark: "3.Requests", "a)provide", "ii.Ensure"
_LATIN_LETTER = lazy(r"[A-Za-z]")


def _typed(nodes: list[Node]) -> Iterator[Node]:
    """The paragraphs among ``nodes`` whose label a student typed (no bullet), and their sub-paragraphs, in order."""
    for node in nodes:
        if node.typed is not None and node.typed.kind != "bullet":
            yield node
        yield from _typed(node.children)


def _typed_glued(ctx: Context, nodes: list[Node]) -> None:
    """A typed label run into the English word after it ("3.Requests", "a)provide"), where other typed labels of
    the draft stand apart from their words: a draft whose every typed label is glued is a copy that lost its
    spaces (a PDF's text), left alone. A Chinese character after the label is the ordinary Chinese layout
    ("1.鼓励"), not read. The paragraphs given and their sub-paragraphs, in order."""
    typed = [(n, n.typed) for n in _typed(nodes) if n.typed is not None]
    glued = [(n, label) for n, label in typed if _runs_on(n.para.text, label)]
    if len(glued) == len(typed):
        return
    for node, label in glued:
        word = node.para.text[label.end:].split(maxsplit=1)[0]
        ctx.add("label-glued", node, label.start + 1, label=label.text, found=f"{label.text}{word}",
                what=TYPED_LABEL, how=TYPED_GLUED)


def _runs_on(text: str, label: Typed) -> bool:
    """Whether the typed ``label`` is followed at once, with no space, by a Latin letter."""
    return label.end == label.start + len(label.text) and _LATIN_LETTER.match(text, label.end) is not None


def _doubled(ctx: Context, nodes: list[Node]) -> None:
    """A typed label typed a second time right after itself ("(十一)<tab>(十一) 协调", "3. 3. Urges"): one finding,
    whose fix removes the second; the paragraph and its sub-paragraphs, in order."""
    for node in nodes:
        typed = node.typed
        if typed is not None and typed.kind != "bullet":
            rest = node.para.text[typed.end:]
            at = typed.end + len(rest) - len(rest.lstrip())  # the lead reader reads past the second label
            again = read_typed(node.para.text[at:])
            if again is not None and again.text == typed.text:
                ctx.add("label-doubled", node, at + 1, fix="remove the second label",
                        edits=[Replace(at, at + again.end, "")], label=typed.text)
        _doubled(ctx, node.children)


def _word_behind_typed(ctx: Context, operatives: list[Node], typed: list[Node]) -> Node | None:
    """The first Word-numbered clause when the operative part opens with clauses whose numbers were typed, each
    typed number its clause's place ("1." "2、" "3."), and Word's list after them counts as though they were not
    there (it shows "1." where "4." belongs): the numbers on the page go wrong there, not at the typed ones. None
    in any other mix (a typed number off its place, typed clauses after or between Word's, Word's count right)."""
    first_auto = next((i for i, p in enumerate(operatives) if p.auto), None)
    if first_auto is None or first_auto == 0 or any(operatives.index(p) > first_auto for p in typed):
        return None
    if any(p.typed is None or p.typed.value != i + 1 for i, p in enumerate(operatives[:first_auto])):
        return None
    number = LEADING_NUMBER.match(ctx.lists.text(operatives[first_auto].para.index))
    if number is None or int(number.group(1)) == first_auto + 1:
        return None
    return operatives[first_auto]


def _typed_runs(operatives: list[Node]) -> Iterator[tuple[list[Node], list[int | None], int]]:
    """Each run of typed paragraphs between Word-numbered ones, their numbers (None where a paragraph has none) and
    where the count stands before the run: the count goes on through the Word-numbered paragraphs and through a run
    only when its numbers continue it."""
    count, run = 0, []
    for part in [*operatives, None]:
        if part is not None and not part.auto and part.label:
            run.append(part)
            continue
        numbers = [p.typed.value if p.typed is not None else None for p in run]
        if run:
            yield run, numbers, count
        if numbers == list(range(count + 1, count + 1 + len(run))):
            count += len(run)
        run = []
        if part is not None and part.auto:
            count += 1


def _continuing(operatives: list[Node]) -> set[int]:
    """The ids of the typed paragraphs whose numbers continue the count of the paragraphs before them: each run
    of typed paragraphs between Word-numbered ones must go on where the count stands, else it is another list."""
    return {id(p) for run, numbers, count in _typed_runs(operatives)
            if numbers == list(range(count + 1, count + 1 + len(run))) for p in run}


def _started(operatives: list[Node]) -> set[int]:
    """The ids of the typed paragraphs in runs (between Word-numbered ones) whose numbers start where the count stands
    and go up, whether or not one by one ("3." "5." after clause 2: a typed clause struck between them)."""
    started: set[int] = set()
    for run, numbers, count in _typed_runs(operatives):
        values = [n for n in numbers if n is not None]
        if len(values) == len(run) and values[0] == count + 1 and all(a < b for a, b in zip(values, values[1:])):
            started.update(id(p) for p in run)
    return started


def _counted_first(ctx: Context, operatives: list[Node], continuing: set[int],
                   main: int) -> dict[int, list[Correction]]:
    """The typed clauses before every clause of Word's list ``main`` when the list counts from the number after
    them ("第一条" typed, then Word's "第%1条" list set to start at 2): moved into the list, they would show 2 and
    push every number down, so the list must count from 1 with them. By each typed clause's id, the list edits
    that move it in (the first also restarts the list); empty when the typed clauses stand elsewhere or the list
    starts where they do."""
    leading: list[Node] = []
    for part in operatives:
        if part.auto:
            break
        if id(part) not in continuing or part.typed is None:
            return {}
        leading.append(part)
    listed = [p.para.index for p in operatives if p.auto and (ctx.lists.assignment(p.para.index) or (0, 0)) == (main, 0)]
    shown = LEADING_NUMBER.match(ctx.lists.text(listed[0])) if leading and listed else None
    if shown is None or int(shown.group(1)) != len(leading) + 1:
        return {}
    moves: dict[int, Assignment] = {p.para.index: (main, 0) for p in leading}
    before = {index: ctx.lists.assignment(index) for index in moves}
    moved = ctx.lists.commit(moves)  # kept: a restart that only sets the list's start moves none of them itself
    proposal = ctx.lists.restart([*moves, *listed], 1)
    labels = ctx.lists.trial_of(proposal) if proposal is not None else []
    counted = [LEADING_NUMBER.match(label.text) if label is not None else None
               for label in (labels[i - 1] for i in [*moves, *listed])] if labels else []
    if proposal is None or [int(m.group(1)) if m else 0 for m in counted] != list(range(1, len(counted) + 1)):
        ctx.lists.commit(before)
        return {}
    edits = ctx.lists.adopt(proposal)
    placed = {e.paragraph for e in edits if e.paragraph is not None}
    edits += [e for e in moved if e.paragraph not in placed]
    out = {id(leading[0]): [e for e in edits if e.paragraph in (None, leading[0].para.index) or e.paragraph in listed]}
    for part in leading[1:]:
        out[id(part)] = [e for e in edits if e.paragraph == part.para.index]
    return out


def _numbered_in(ctx: Context, part: Node, typed: Typed, main: int) -> list[Edit | Correction]:
    """The edits that number ``part``, whose typed number continues the count, with Word's list ``main`` in place of
    its typed number. Word then shows the count of ``main`` there; when that is not the typed number (the clauses
    between counted by another list: two drafts merged), the clause and those after it in ``main`` count on from
    the typed number in a list instance of their own, as the sequence fix would number them once it stands in the
    list (:func:`_renumber`), so that one fix leaves the numbers the page must show."""
    level = _clause_level(ctx, main)
    moved: list[Edit | Correction] = [Number(0, typed.end, main, level)]
    labels = ctx.lists.trial({part.para.index: (main, level)})
    shown = labels[part.para.index - 1]
    number = LEADING_NUMBER.match(shown.text) if shown is not None else None
    if number is not None and int(number.group(1)) == typed.value:
        return moved
    before = ctx.lists.assignment(part.para.index)
    ctx.lists.commit({part.para.index: (main, level)})
    restarted = _renumber(ctx, part, typed.value)
    if not restarted:
        ctx.lists.commit({part.para.index: before})
        return moved
    placed = {e.paragraph for e in restarted if e.paragraph is not None}
    into = [] if part.para.index in placed else [Correction(SetList(main, level), paragraph=part.para.index)]
    return [Replace(0, typed.end, ""), *into, *restarted]


def _shown_again(ctx: Context, operatives: list[Node], continuing: set[int]) -> dict[int, list[int]]:
    """The Word-numbered clause right after a run of typed numbers that continue the count ("1." "2." Word's, "3."
    typed, then Word's), when Word's list, which never counted the typed ones, shows a number the run already
    used ("3." again): the page goes wrong there, for the typed number's sake, and so do the Word-numbered clauses
    after it that stay short of their place by the same amount ("3." again, then "4." for the fifth clause), which
    the typed number turned into Word's renumbers. By the id of the run's last typed paragraph, the indices of
    those clauses."""
    shown: dict[int, list[int]] = {}
    last: Node | None = None
    short: tuple[int, int] | None = None  # the id of the run whose clauses are counted short, and by how many
    for place, part in enumerate(operatives, 1):
        if not part.auto:
            last = part if id(part) in continuing and part.typed is not None else None
            short = None
            continue
        number = LEADING_NUMBER.match(ctx.lists.text(part.para.index))
        if last is not None and last.typed is not None and number is not None \
                and int(number.group(1)) <= last.typed.value:
            shown[id(last)] = [part.para.index]
            short = (id(last), place - int(number.group(1)))
        elif short is not None and number is not None and place - int(number.group(1)) == short[1]:
            shown[short[0]].append(part.para.index)
        else:
            short = None
        last = None
    return shown


def _sequence(ctx: Context, main: int | None, planned: dict[int, Correction | None],
              joined: dict[int, int] | None = None, waiting: dict[int, Finding] | None = None) -> None:
    """Compare each number with its position; one finding where the numbering goes off, carrying the
    renumbering of every paragraph that follows it off by the same amount (a gap is one finding), or that
    takes up the count the numbering had before it went back (a clause number typed twice, "1." "2." items
    numbered as clauses: "3." "1." "2." "4." is one finding at the "1."); a second restart at "1." is a finding of
    its own, and so is a number going back after one that jumped ahead ("3." "5." "4.": two slips).
    A number typed in another form than "N." ("1)", "第一条") is also a ``numbering-form`` finding; the two fixes edit different
    characters of the label ("4)": the 4, and the ")"). A Word-numbered paragraph in another list than the first
    clause's is moved back into it, with the paragraphs after it."""
    _restyle_clauses(ctx)
    joined = joined or {}
    hidden = 0  # clauses typed on the line of the clause before this one (clause-joined): they count
    # a section may open a new count ("A. …" parts of a text numbered each from 1); a title the draft should not
    # carry ("Operative Clauses:", a writer's "Funding:") is no part: the count runs on under it
    sections = sorted(x.para.index for x in ctx.tree.sections if not left_title(ctx, x))
    correct, last_index, drift = 0, 0, 0
    last_right = 0  # the number of the last clause numbered right: a count that takes it up again is no new break
    unnumbered = 0  # typed clauses left without a number just before this one (each its own finding)
    current: Finding | None = None
    # numbers of self-numbering fields (AUTONUM, LISTNUM) count every paragraph holding one of the same kind: those
    # of a numbered preamble (preambular-numbered) drop out with their fields, and the clauses' numbers with them
    counted = collections.Counter(p.para.number_field for p in ctx.tree.preamble
                                  if p.typed is not None and p.label and p.para.number_field)
    previous: Node | None = None  # the clause before this one
    # a draft that letters its clauses, not one of them numbered ("a) Calls upon …;" "b) …;", the letters starting
    # again under a topic heading): each clause is counted where it stands, and its numbering-form finding writes the
    # number of that place (one slip, one finding; the letters are no count of the clauses to take up)
    lettered = bool(ctx.tree.operative) and all(
        not p.auto and p.typed is not None and p.typed.kind in ("letter", "roman") for p in ctx.tree.operative)
    lead_in = _numbered_lead_in(ctx)
    struck = _struck_numbers(ctx)
    seen: set[int] = set()  # the numbers typed on the clauses so far
    for part in ctx.tree.operative:
        correct += hidden
        hidden = joined.get(part.para.index, 0)
        after_section = any(last_index < x < part.para.index for x in sections)
        correct += _struck_between(struck, last_index, part.para.index, correct)
        last_index = part.para.index
        number_beside, previous = _words_of_number_cell(previous, part), part
        if number_beside:
            continue  # a table's number cell, its clause's words in the next cell of the row: numbered by that cell
        if main is None and not part.auto and not part.label:
            unnumbered += 1  # a typed count goes on without the clause left unnumbered (its own finding) …
            continue
        typed = part.typed
        if part.auto:
            shown = ctx.lists.text(part.para.index)
            number = LEADING_NUMBER.match(shown)
            label = read_label(shown)
            worded = worded_clause_number(shown)  # "Clause 3:": the count is its number
            found = int(number.group(1)) if number else label.value if label is not None else worded
        else:
            label, worded = None, None
            found = typed.value if typed is not None else int(part.label) if part.label.isdigit() else None
            if typed is not None and (typed.kind == "article" and not typed.value or typed.kind == "bullet"
                                      or lettered):
                # "最后，" names no place, nor does a bullet ("- Encourages …"): the clause is counted where it
                # stands, and its numbering-form finding writes the number of that place (one slip, one finding)
                found = None
            field = part.para.number_field
            if found is not None and field is not None:
                found -= counted[field]
        if not part.auto and not part.label and main is None:
            continue  # a typed clause that lost its number (operative-unnumbered): the ones after it keep theirs
        # numbers again from 1 under a section: a UN text's parts may do so; where a heading is itself no part of the
        # text (a conference's draft: section-heading), the count goes on across it
        correct = 1 if after_section and found == 1 and ctx.profile == "un" else correct + 1
        unplaced = (waiting or {}).get(part.para.index)
        if unplaced is not None and main is not None:  # the numbers before it mended: the list may number it now
            edits = _join(ctx, part, main, [part.para.index], correct)
            if edits:
                unplaced.edits, unplaced.fixes = [*edits], Text(JOIN_FIX, "")
        if unnumbered and found == correct + unnumbered:
            correct = found  # … or counts it, when the number after it leaves its place ("2.", –, "4."): no second finding
        unnumbered = 0
        delta = 0 if found is None else found - correct
        follows = found is not None and found not in seen and found - 1 in seen  # (the student's own count)
        if found is not None:
            seen.add(found)
        if part.auto and part.para.index in ctx.lists.reformed:  # Word numbers the clause "一、", "1)", "1.1."
            before, edits = ctx.lists.reformed[part.para.index]
            ctx.add("numbering-form", part, fix='number the clauses "1." "2." in Word\'s list', edits=edits,
                    found=before, expected=f"{correct}.")
        elif label is not None and not label.un_form or part.auto and _other_form(shown):
            ctx.add("numbering-form", part, found=shown, expected=f"{correct}.")
        if typed is not None and not typed.un_form:
            _form(ctx, part, typed, correct, renumbered=delta != 0, placed=lettered)
        if delta == 0:
            drift, current = 0, None
            last_right = correct
            continue
        if current is not None and drift < 0 and delta != drift and found == last_right + 1:
            drift = delta  # the count taken up again after it went back: the break's finding covers it
        if part.auto:
            if part.para.index in ctx.lists.reformed:  # the label the page shows, not the one the form's fix plans
                shown = ctx.lists.reformed[part.para.index][0]
            assignment = ctx.lists.assignment(part.para.index)
            other_list = main is not None and assignment is not None and assignment[0] != main
            rule = "numbering-restart" if other_list and found is not None and found < correct else "numbering-sequence"
            # not a sub-list: it opens with an operative lead phrase, spelled right or as the misspelled lead fix
            # leaves it ("Recomends")
            clause = any(p.kind == "operative" for _, p in ctx.phrases.matches(part.content)) or bool(
                part.misspelled and any(p.kind == "operative" for _, p in ctx.phrases.matches(part.misspelled)))
            later = _labels_after(ctx, part)
            edits = _join(ctx, part, main, _rest_of_list(ctx, part), correct) \
                if other_list and main is not None and clause else []
            if edits:
                ctx.add(rule, part, fix="continue the first list's numbering", edits=edits, found=shown,
                        expected=f"{correct}.", what=OPERATIVE_PARAGRAPH).cover(_relabelled(ctx, later))
                drift, current = 0, None
                continue
            knock_on = None if other_list else _after_kept_subs(ctx, part, found, correct)
            if knock_on is not None:  # Word counts sub-paragraphs left in the clauses' list: their slip, not a new one
                drift, current = delta, knock_on.cover([part.para.index])
                continue
            if delta == drift and current is not None:
                continue
            edits = _renumber(ctx, part, correct) if not other_list and found is not None else []
            if edits:  # the clauses' own list counts from the wrong number ("Set Numbering Value", a w:start)
                ctx.add(rule, part, fix=f"number the list from {correct}", edits=edits, found=shown,
                        expected=f"{correct}.", what=OPERATIVE_PARAGRAPH).cover(_relabelled(ctx, later))
                drift, current = 0, None
                continue
            drift = delta
            current = ctx.add(rule, part, found=shown, expected=f"{correct}.", what=OPERATIVE_PARAGRAPH)
            continue
        start = typed.start + typed.text.index(typed.token) if typed is not None else 0
        shown = typed.text if typed is not None else f"{part.label}."
        edit = Correction(Replace(start, start + len(part.label), str(correct)), paragraph=part.para.index)
        # the clauses typed on its line after it (clause-joined) take the numbers after its own, renumbered with it:
        # left as they were, they no longer follow the new number, and a second --fix would count them no more
        inner = [Correction(Replace(m.start(2), m.end(2), str(correct + k)), paragraph=part.para.index)
                 for k, m in enumerate(joined_numbers(ctx, part), 1)] if part.para.index in joined else []
        if part.para.index in planned:  # a split before it (clause-after-break) counts it: its number as the split
            made = planned[part.para.index]  # leaves it, right already (None) or set by the same edit, made once
            if made is None:
                continue
            edit = made
        # one slip, one finding: the numbers after it that only carry it on join its finding; those that follow
        # a numbered last preambular paragraph ("1. Acting under Chapter VII …," then "2. Demands"), that
        # paragraph's; those that take up the student's own count again after a clause out of place ("4.", "7.",
        # "5.", "6.", "8.": a clause moved), the finding of the clause before them
        if current is None and lead_in is not None and seen == {found} and found == lead_in[1] + correct:
            current = lead_in[0]
        elif not (current is not None and (delta == drift or follows)):
            current = None
        if current is not None:
            drift = delta
            current.edits.extend([edit, *inner])
            continue
        drift = delta
        current = ctx.add("numbering-sequence", part, start + 1, fix=f"renumber from {correct}", edits=[edit, *inner],
                          found=shown, expected=f"{correct}.", what=OPERATIVE_PARAGRAPH)


def _after_kept_subs(ctx: Context, part: Node, found: int | None, correct: int) -> Finding | None:
    """The ``sub-numbered-as-clause`` finding of the last sub-paragraph Word numbers in the clauses' own list (and
    that has no lower level to go to) before ``part``, when ``part``'s number is off by just those sub-paragraphs
    ("(a)" "(b)" shown "3." "4.", the next clause "5."): one slip, one finding; else None."""
    own = ctx.lists.label(part.para.index)
    if found is None or own is None:
        return None
    kept = sorted(key[1] for key in ctx.lists.attempted
                  if isinstance(key, tuple) and len(key) == 2 and key[0] == "as-clause-kept"
                  and isinstance(key[1], int) and key[1] < part.para.index)
    kept = [i for i in kept if (label := ctx.lists.label(i)) is not None and label.list_id == own.list_id]
    if not kept or found != correct + len(kept):
        return None
    return next((f for f in reversed(ctx.findings)
                 if f.rule == "sub-numbered-as-clause" and f.paragraph == kept[-1]), None)


def _numbered_lead_in(ctx: Context) -> tuple[Finding, int] | None:
    """The preambular-numbered finding of the preamble's last paragraph when a typed number ``n`` opens it, and
    ``n``: the clauses numbered on from it ("1. Acting under Chapter VII …," then "2. Demands …") carry on its slip,
    and its finding renumbers them as it takes its number away."""
    if not ctx.tree.preamble:
        return None
    last = ctx.tree.preamble[-1]
    if last.typed is None or last.typed.kind != "number" or not last.typed.value:
        return None
    finding = next((f for f in ctx.findings if f.rule == "preambular-numbered" and f.paragraph == last.para.index),
                   None)
    return (finding, last.typed.value) if finding is not None else None


def _struck_numbers(ctx: Context) -> list[tuple[int, int]]:
    """The struck clauses that still show a number ("~~3. Recommends …;~~", an amendment-trace finding): each one's
    paragraph and number, in the order of the findings (asked once for the whole count)."""
    texts = {n.para.index: n.para.text for n in ctx.nodes}
    struck = []
    for finding in ctx.findings:
        number = STRUCK_NUMBER.match(texts.get(finding.paragraph, "")) if finding.rule == "amendment-trace" else None
        if number is not None:
            struck.append((finding.paragraph, int(number.group(1))))
    return struck


def _struck_between(struck: list[tuple[int, int]], after: int, before: int, correct: int) -> int:
    """1 when a struck clause of ``struck`` that still shows the next number stands between paragraphs ``after`` and
    ``before``: until it is taken out, as "3. Deleted." would, it holds its place in the count and the clauses after
    it keep their numbers (its removal renumbers them); else 0."""
    return int(any(after < paragraph < before and number == correct + 1 for paragraph, number in struck))


def _words_of_number_cell(number: Node | None, part: Node) -> bool:
    """``part`` holds the words of the clause whose number stands alone in the table cell right before it in the
    same row (``number``, a typed number with no words of its own): one clause, not a clause left unnumbered."""
    return number is not None and not part.label and not part.auto and bool(number.label) \
        and not number.content.strip() and number.para.element is not None and part.para.element is not None \
        and placement.in_next_cell(number.para.element, part.para.element)


def _word_forms(ctx: Context, operatives: list[Node]) -> None:
    """Word's labels in another form than "N." ("第二条", "一、", "1)") on clauses whose numbers are partly typed
    ("第一条" typed, then Word's "第%1条" list from 2): each is its own ``numbering-form`` finding at its place, as
    :func:`_sequence` reports them where one kind of numbering is used. The mix itself is ``numbering-mixed``;
    the fix restyles Word's list as :func:`_sequence`'s does (the typed number's own fix moves its clause into it)."""
    _restyle_clauses(ctx)
    for position, part in enumerate(operatives, 1):
        if not part.auto:
            continue
        if part.para.index in ctx.lists.reformed:
            before, edits = ctx.lists.reformed[part.para.index]
            ctx.add("numbering-form", part, fix='number the clauses "1." "2." in Word\'s list', edits=edits,
                    found=before, expected=f"{position}.")
            continue
        shown = ctx.lists.text(part.para.index)
        label = read_label(shown)
        if label is not None and not label.un_form or _other_form(shown):
            ctx.add("numbering-form", part, found=shown, expected=f"{position}.")


def _labels_after(ctx: Context, part: Node) -> dict[int, str]:
    """The labels Word shows now on the Word-numbered clauses after ``part`` (by paragraph index)."""
    return {n.para.index: ctx.lists.text(n.para.index) for n in ctx.tree.operative
            if n.auto and n.para.index > part.para.index}


def _relabelled(ctx: Context, before: dict[int, str]) -> list[int]:
    """Those clauses of ``before`` whose label a planned list edit changes though it edits none of them: a clause
    back on the first list after another list's clauses shows the first list's own count ("1." "2.", another
    list's "1." "2.", then "3."), and joining the other list to the first renumbers it too."""
    return [index for index, label in before.items() if ctx.lists.text(index) != label]


def _other_form(shown: str) -> bool:
    """A label Word shows on a clause that no label reading knows and that is not "N.": an outline number ("1.1."),
    a word and a number ("Clause 3:", "Article IV.") or a bare number ("1", no full stop)."""
    return bool(OUTLINE.fullmatch(shown) or BARE.fullmatch(shown.strip())) or worded_clause_number(shown) is not None


def _restyle_clauses(ctx: Context) -> None:
    """Plan that every clause Word numbers in another form than "N." ("1)", "一、", "1.1.") shows "N.": the level's
    form changed in numbering.xml (or the clauses given a list instance of their own), counting as they do. Each
    such clause is remembered with the label it showed; its numbering-form finding carries the plan's edits."""
    wrong = []
    for part in ctx.tree.operative:
        shown = ctx.lists.text(part.para.index)
        label = read_label(shown)
        if part.auto and (label is not None and not label.un_form or _other_form(shown)):
            wrong.append((part.para.index, shown))
    if not wrong:
        return
    proposal = ctx.lists.restyle([i for i, _ in wrong], lambda level: LevelForm("decimal", f"%{level + 1}."))
    if proposal is None:
        return
    edits = ctx.lists.adopt(proposal)
    for index, shown in wrong:
        ctx.lists.reformed[index] = (shown, edits)


def _form(ctx: Context, part: Node, typed: Typed, correct: int, renumbered: bool, placed: bool = False) -> None:
    """A clause number typed in another form than "N." ("1)", "1-", "(1)", "１．", "1、", "第一条", "一、", "A.").
    Its fix rewrites the marks around the number and the number in digits, unless the sequence fix renumbers it;
    ``placed``: the number written is the clause's place (the draft letters its clauses), not the label's value."""
    token = typed.start + typed.text.index(typed.token)
    token_end = token + len(typed.token)
    marks_end = len(part.text[:typed.end].rstrip())  # "第一条：" keeps its colon out of the content
    edits = [Replace(token_end, marks_end, "." + ("" if part.text[marks_end:marks_end + 1].isspace() else " "))]
    # "最后，" (an article form of value 0) names no place: the number of the place it stands in; nor does the number
    # of a self-numbering field once a numbered preamble's fields are taken out (the count goes on without them)
    number = correct if typed.kind in ("article", "bullet") and not typed.value or part.para.number_field or placed \
        else typed.value
    if not renumbered and typed.token != str(number):
        edits.append(Replace(token, token_end, str(number)))
    if token > typed.start:
        edits.append(Replace(typed.start, token, ""))
    if sublabels.keeps_clause_form(ctx, part):
        edits = []
    ctx.add("numbering-form", part, typed.start + 1, fix=f"write {correct}." if edits else "", edits=edits,
            found=typed.text, expected=f"{correct}.")


def _rest_of_list(ctx: Context, part: Node) -> list[int]:
    """``part`` and the later paragraphs of the operative part that the same Word list numbers, or another instance
    of its abstract list whose count goes on from it."""
    assignment = ctx.lists.assignment(part.para.index)
    assert assignment is not None  # only called for a Word-numbered paragraph
    last = max(c.para.index for n in ctx.tree.walk() for c in [n, *n.continuation])
    return ctx.lists.counting_on(assignment[0], range(part.para.index, last + 1))


def _renumber(ctx: Context, part: Node, expected: int) -> list[Correction]:
    """Plan that ``part`` and the later paragraphs its Word list numbers at its level count on from ``expected``
    (the level's start changed, or a start override of their own) when Word would then number ``part``
    ``expected``; the edits, or none."""
    place = ctx.lists.assignment(part.para.index)
    clauses = {n.para.index for n in ctx.tree.operative}
    own = ctx.lists.label(part.para.index)
    first = ctx.doc.paragraphs[0].index if ctx.doc.paragraphs else 1  # a resolution of several starts there: the
    # clauses of those before it, numbered in the same list, are theirs, and this one's count starts again
    counted_before = [i for i in range(first, part.para.index) if (label := ctx.lists.label(i)) is not None and own
                      is not None and (label.list_id, label.level) == (own.list_id, own.level)]
    if counted_before and counted_before[-1] not in clauses:
        return []  # another paragraph took a number (an empty numbered line?): a person decides
    group = [i for i in _rest_of_list(ctx, part) if ctx.lists.assignment(i) == place]
    proposal = ctx.lists.restart(group, expected)
    shown = ctx.lists.trial_of(proposal)[part.para.index - 1] if proposal is not None else None
    number = LEADING_NUMBER.match(shown.text) if shown is not None else None
    if proposal is None or number is None or int(number.group(1)) != expected:
        return []
    return ctx.lists.adopt(proposal)


def _clause_level(ctx: Context, main: int) -> int:
    """The level at which list ``main`` numbers the clauses: 0, or the Heading 2 level of a list linked to the
    heading styles (that of its first Word-numbered clause, as planned)."""
    return next((place[1] for n in ctx.tree.operative if n.auto
                 and (place := ctx.lists.assignment(n.para.index)) is not None and place[0] == main), 0)


def _join(ctx: Context, part: Node, main: int, indices: list[int], expected: int) -> list[Correction]:
    """Plan moving ``indices`` into list ``main`` (each keeping its level, ``part`` at the level ``main`` numbers the
    clauses at: 0, or the Heading 2 level of a list linked to headings) when Word would then number ``part``
    ``expected``; the edits, or none when it would not."""
    top = _clause_level(ctx, main)
    moves: dict[int, Assignment] = {}
    for index in indices:
        assignment = ctx.lists.assignment(index)
        moves[index] = (main, assignment[1] if assignment is not None and index != part.para.index else top)
    labels = ctx.lists.trial(moves)
    shown = labels[part.para.index - 1]
    number = LEADING_NUMBER.match(shown.text) if shown is not None else None
    if number is None or int(number.group(1)) != expected:
        return []
    return ctx.lists.commit(moves)
