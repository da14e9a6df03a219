"""Place the body of a resolution in its tree: preambular paragraphs, the operative part with its sub-paragraphs,
sections and closing lines (drafts with no numbering at all: ``phrased``).

:class:`BodyReader` holds what placing needs (the tree, the lead phrases, the preambular paragraphs a student
numbered); ``build`` decides where the parts begin and hands each paragraph here.
"""

from __future__ import annotations

import copy
import re

from drafter.labelkinds import (
    INSERTED_LETTER,
    TOOL_PREFIX,
    Typed,
    item_mark_lost,
    label_kind,
    label_only,
    look_alike_number,
    read_label,
    read_outline_under,
    read_typed,
)
from drafter.labels import TYPED_NUMBER, ZH_PAREN, roman_value
from drafter.patterns import lazy
from drafter.structure.classify import (
    CLOSING,
    DOTTED_ORDINALS,
    SPONSOR_SENTENCE,
    VOTE_LINE,
    announces_list,
    bare_clause_number,
    be_it_resolved,
    bracketed_clause,
    commentary,
    field_number,
    first_item_in_new_list,
    is_section,
    item_left_at_clause_level,
    item_numbered_as_clause,
    items_list_goes_on,
    lead_cell,
    looks_like_section,
    number_after_page_number,
    number_cell,
    numbers_clauses,
    other_form_clause,
    quoted_paragraph,
    runs_on,
    sub_label,
    typed_bracketed_clause,
    typed_item_numbered_as_clause,
    word_clause_number,
)
from drafter.structure.lead import annotate, emphasised_span
from drafter.structure.phrases import Phrases
from drafter.structure.tree import LabelKind, Node, Structure, is_label_kind
from drafter.word import reader

BARE_NUMBER = lazy(r"\d{1,3}[.)、．]")  # a paragraph that is only a clause number ("3.", "2)", "4、")
NUMBER_MARK_ONLY = lazy(r"\s*[.)]\s*(?=[A-Z])")  # the mark a clause number left behind (". Encourages …")
# the number of a clause an amendment inserted after clause N, typed by hand: "3bis.", "3 bis", "3ter.", "3a.", "3.1",
# "3.1." (read as such only after clause N itself and before an operative lead: "2.1 the courts …" under a clause that
# announces items is its item, "5G networks" no number)
INSERTED_NUMBER = lazy(r"\s*(?P<label>(?P<n>\d{1,3})(?:\s?(?:bis|ter|quater|quinquies)\b|[a-z](?=[.)\s])"
                       r"|[.．]\d{1,2}(?=[.)．\s]))[.．)]?)\s+")
# the number of a clause an amendment added, marked so by hand: "NEW 8.", "New 4." (the number it takes, or the one
# of the clause it follows)
NEW_NUMBER = lazy(r"\s*(?P<label>(?:NEW|New)\s?[:-]?\s?(?P<n>\d{1,3})[.．)]?)\s+")
# the Chinese form of such a number, "3之二." ("the second 3"), "3之1", its text often typed with no space after it
INSERTED_NUMBER_ZH = lazy(r"\s*(?P<label>(?P<n>\d{1,3})之(?:[一二三四五六七八九十]{1,2}|\d{1,2})[.．)）、]?)\s*")
# the opening mark typed before a lead to set it off in plain text (【强烈敦促】, **Urges**): the lead after a hand-typed
# number is read past it, as the lead rules read it (the marks are their finding)
LEAD_MARK_OPENING = lazy(r"\s*(?:【|〖|\*\*|__|\*|_)(?=\S)")


def inserted_number(text: str) -> re.Match[str] | None:
    """The number ``text`` opens with if it is one a clause inserted by amendment takes ("3bis.", "3之二.",
    "NEW 4.")."""
    return INSERTED_NUMBER.match(text) or (INSERTED_NUMBER_ZH.match(text) if "之" in text[:8] else None) \
        or (NEW_NUMBER.match(text) if text.lstrip()[:1] == "N" else None)
# the longest chapeau left without its colon ("请总干事", "Requests the Secretary-General") read as one: its
# characters (Chinese) or words (English) after the number
CHAPEAU_REACH_ZH, CHAPEAU_REACH_EN = 20, 8
CLAUSE_ENDS = (";", "；", ".", "。")  # the marks a clause ends with (not ":", which announces its items)
# the marks a Chinese operative clause ends with, or its chapeau (half-width ones typed on a phone too), never a
# preambular clause: they tell a lead that opens both parts alike (鼓励) which part it opens
OPERATIVE_ENDS_ZH = "；。：;:"
CONTINUED_KINDS = {"letter", "letter-dot", "letter-close", "letter-dash", "upper-paren", "upper-dot", "upper-close",
                   "upper-dash", "zh-circled"}  # kinds whose next label reads as another kind on its own


def sub_kind(label: str, sibling: Node | None = None) -> LabelKind:
    """The kind of a sub-paragraph label; ``sibling`` is the open sub-paragraph before it ("(i)" after "(h)")."""
    kind = label_kind(label, (sibling.kind, sibling.label) if sibling is not None else None)
    if not is_label_kind(kind):
        raise ValueError(f"drafter.labels named a label kind the structure tree does not know: {kind!r}")
    return kind


LETTER_FOR_ROMAN: dict[LabelKind, LabelKind] = {"roman": "letter", "roman-dot": "letter-dot",
                                                 "roman-close": "letter-close"}


def word_label_kind(label: str, num_format: str, sibling: Node | None = None) -> LabelKind:
    """The kind of a sub-paragraph label Word numbers: its format says whether "(i)" is a letter or a numeral."""
    kind = sub_kind(label, sibling)
    if num_format in ("lowerLetter", "upperLetter"):
        return LETTER_FOR_ROMAN.get(kind, kind)
    return kind


def _inserted_letter(typed: Typed | None) -> bool:
    """``typed`` is the letter of an item an amendment inserted ("(c bis)")."""
    return typed is not None and typed.kind == "letter" and INSERTED_LETTER.fullmatch(typed.token.lower()) is not None


def _shape_changed(node: Node, stack: list[Node]) -> int | None:
    """The place in ``stack`` of the open typed sub-paragraph whose list ``node`` goes on with in another shape
    ("b)" after "a.", "(c)" after "b."): the same kind of token, the next value, the same case; the sibling's
    label changed its form half-way, it does not open a list under it (a Chinese numeral too: "二、" after
    "（一）", where 一、 is the higher level in Chinese, never one under （一）). So too an item an amendment inserted after
    the open one and marked with its letter ("(c bis)" after "c)"). None when there is none."""
    typed = node.typed
    if typed is None or typed.kind not in ("letter", "roman", "number", "zh-number"):  # "二、" after "（一）"
        return None
    inserted = _inserted_letter(typed)
    for i, open_node in enumerate(stack):
        other = open_node.typed
        if other is None or (open_node.auto and open_node.para.level) or other.kind != typed.kind \
                or same_shape(other, typed) or other.upper != typed.upper:
            continue
        if other.value + 1 == typed.value or inserted and other.token.lower() == typed.token[:1].lower():
            return i
    return None


def same_shape(one: Typed, other: Typed) -> bool:
    """The two labels are typed in one form: the same shape, or a bracketed Chinese numeral and the one character
    that types it ("(十一)" after "㈩": the UN's own list, which has no character for eleven)."""
    return one.shape == other.shape or (one.kind == other.kind == "zh-number"
                                        and {one.shape, other.shape} <= {"paren", "enclosed"})


def _case_slipped(node: Node, stack: list[Node]) -> int | None:
    """The place in ``stack`` of the open typed item whose list ``node`` goes on with although its label was typed
    in the other case: "I." then "ii." (Word's AutoCorrect capitalises an "i" standing alone at the start of a
    line), "A)" then "b)". The same kind of token, the same shape, the next value, the open item without items of
    its own: one list with a label typed in the wrong case, not a list of another kind under it. None otherwise."""
    typed = node.typed
    if typed is None or not stack:
        return None
    top = stack[-1]
    other = top.typed
    if other is None or top.auto or top.children or not typed.other_case_of(other) or other.value + 1 != typed.value:
        return None
    return len(stack) - 1


def _second_at_same_indent(node: Node, stack: list[Node]) -> int | None:
    """The place in ``stack`` of the open typed sub-paragraph ``node`` is the second item after, in another kind
    of label: "(b)" set at the same indent as the first item a student numbered "3." like a clause (a first item
    typed wrong, its sibling right). Only when both are typed, both paragraphs carry the same explicit indent, the
    open one is its parent's first item and ``node``'s label counts 2. None otherwise."""
    if not stack or node.typed is None or node.typed.value != 2:
        return None
    top = stack[-1]
    if top.typed is None or top.auto or top.number != 1 or top.typed.kind == node.typed.kind:
        return None
    if node.para.indent is None or node.para.indent != top.para.indent:
        return None
    return len(stack) - 1


def _count_goes_on(node: Node, stack: list[Node]) -> int | None:
    """The place in ``stack`` of the open typed sub-paragraph whose count ``node`` goes on with in a label of another
    kind: "（2）" after "（i）", under which "a. ……；" stands. A list opens at its first label, so a label of a kind
    no open item has, counting 2 or more, opens none; where the open item announces nothing (no colon at its end),
    it is the next item of the innermost open list of its shape whose last label counts one less: the student
    switched the level's label kind half-way. None otherwise."""
    typed = node.typed
    if typed is None or typed.value < 2 or not stack or announces(stack[-1]):
        return None
    if typed.kind not in ("letter", "roman", "number", "zh-number"):
        return None
    for i in reversed(range(len(stack))):
        other = stack[i].typed
        if other is None or stack[i].auto:
            continue
        if other.shape == typed.shape and other.kind != typed.kind and other.value + 1 == typed.value:
            return i
    return None


def _bracketed(typed: Typed) -> bool:
    """A label in brackets ("(a)", "（一）"), or the one character that types a bracketed Chinese numeral ("㈠")."""
    return typed.shape == "paren" or typed.text.strip() in ZH_PAREN


def _series_turned(node: Node, stack: list[Node], after: Typed | None) -> Node | None:
    """The open roman item ``node`` goes on from when its roman list turned into letters: "c." after "i." "ii."
    under "a.", with "b." next. The letter is the inner list's next place ("ii." + 1) but not the outer list's next
    letter ("a." + 1), and the next label is that letter, or the numeral after the letter's place ("b)" after "i)"
    under "b)", with "iii)" next: the numerals go on past it): the student lettered a roman item, the outer list has
    not moved on. None otherwise (a letter with nothing to tell the two lists apart stays the outer list's)."""
    typed = node.typed
    if typed is None or typed.kind != "letter" or typed.upper or len(stack) < 2:
        return None
    inner, outer = stack[-1], stack[-2]
    if inner.typed is None or outer.typed is None or inner.auto or outer.auto:
        return None
    if inner.typed.kind != "roman" or inner.typed.upper or inner.typed.shape != typed.shape \
            or inner.typed.value + 1 != typed.value:
        return None
    if outer.typed.kind != "letter" or outer.typed.shape != typed.shape or outer.typed.value + 1 == typed.value:
        return None
    if after is not None and after.shape == typed.shape and not after.upper and after.kind == "roman" \
            and after.value == typed.value + 1 >= 3:
        return inner  # "iii)" next: the numerals' list goes on past the lettered item
    if after is None or after.kind != "letter" or after.shape != typed.shape or after.upper \
            or after.value != outer.typed.value + 1:
        return None
    return inner


def _numeral_tallied(node: Node, stack: list[Node]) -> Node | None:
    """The open roman item ``node`` goes on from when its next numeral is tallied in strokes: "iiii." after "i."
    "ii." "iii." (as a clock face writes four). No letter list counts so far ("iiii" would be its 87th place): the
    student counted the roman list on with one stroke too many, it opens no list under "iii.". None otherwise."""
    typed = node.typed
    if typed is None or typed.kind != "letter" or typed.upper or len(typed.token) < 4 or set(typed.token) != {"i"} \
            or not stack:
        return None
    top = stack[-1]
    if top.typed is None or top.auto or top.typed.kind != "roman" or top.typed.upper \
            or top.typed.shape != typed.shape or top.typed.value + 1 != len(typed.token):
        return None
    return top


def _letters_turned(node: Node, stack: list[Node], after: Typed | None) -> Node | None:
    """The open lettered item ``node`` is the next sibling of when its letters turned into roman numerals: "(iii)"
    after "(a)" "(b)", with "(d)" next. The numeral names the letters' next place, opens no list of its own (one
    would start at "i"), and the next label is the letter after it. None otherwise."""
    typed = node.typed
    if typed is None or typed.kind != "roman" or typed.upper or typed.value < 2 or not stack:
        return None
    top = stack[-1]
    if top.typed is None or top.auto or top.typed.kind != "letter" or top.typed.upper \
            or top.typed.shape != typed.shape or top.typed.value + 1 != typed.value:
        return None
    if after is None or after.kind != "letter" or after.shape != typed.shape or after.upper \
            or after.value != typed.value + 1:
        return None
    return top


def _letters_mislabelled(node: Node, stack: list[Node], after: Typed | None) -> Node | None:
    """The open lettered item ``node`` is the next sibling of when it carries a roman numeral past the first ("ii)"
    after "a)" "b)", the clause's last item): a list under the open item would open at "i", and the open item
    announces none (it does not end with a colon, it has no items); unless the next label goes on with the numerals
    ("iii)"), which makes them a list of their own. The student mislabelled an item of the letters' list: one label
    is wrong, not a list opened under an item that introduces nothing. None otherwise."""
    typed = node.typed
    if typed is None or typed.kind != "roman" or typed.upper or typed.value < 2 or not stack:
        return None
    top = stack[-1]
    if top.typed is None or top.auto or top.typed.kind != "letter" or top.typed.upper or top.children \
            or top.typed.shape != typed.shape or announces(top):
        return None
    if after is not None and after.kind == "roman" and after.value == typed.value + 1:
        return None
    if any(_roman_token(open_item, typed.value - 1) for open_item in stack[:-1] if open_item.typed is not None
           and open_item.typed.shape == typed.shape):
        return None  # "(i) Protection of civilians" over "(a)" … "(h)": "(ii)" goes on with the numerals' list above
    return top


def _roman_token(node: Node, value: int) -> bool:
    """The open item ``node`` is labelled with the roman numeral ``value`` (its token read as a letter or a numeral:
    "(i)" is both)."""
    return node.typed is not None and roman_value(node.typed.token.lower()) == value


def _opens_list_under(node: Node, stack: list[Node], announcing: bool) -> bool:
    """``node``, a typed first label ("1.", "a."), comes right under the open sub-paragraph of its own label kind that
    announces items (it ends with ":") and has none yet: the first item of a list under it, numbered as it is
    ("1. elaborate …" under "1. be held … in order to:", a page that numbers every level of its lists "1."), not
    its sibling (an item "1." is not followed by a sibling "1.")."""
    typed = node.typed
    if typed is None or typed.value != 1 or not stack or not announcing:
        return False
    top = stack[-1]
    return top.kind == node.kind and not top.children and not (top.auto and top.para.level)


def _same_list(node: Node, stack: list[Node]) -> int | None:
    """The place in ``stack`` of the open sub-paragraph whose list ``node`` goes on (None when none): one of the same
    label kind; where lists of that kind are open one under the other ("1." items under a "1." item), the innermost
    whose count the label goes on with ("2." after "1. elaborate …" under "1. … to:"), else the outermost."""
    places = [i for i, s in enumerate(stack) if s.kind == node.kind and not (s.auto and s.para.level)
              and _outline_depth(s) == _outline_depth(node)]
    if not places:
        return None
    typed = node.typed
    if typed is not None and len(places) > 1:
        for i in reversed(places):
            before = stack[i].typed
            if before is not None and before.value + 1 == typed.value:
                return i
    return places[0]


def _outline_depth(node: Node) -> int:
    """How many numbers a typed outline label holds ("1.2)": 2, "1.2.1.": 3; 0 for any other label): an outline
    label with more numbers than the open one is an item of a list under it, not its next sibling ("2b)" holds
    two, as "2.b)")."""
    typed = node.typed
    if typed is None or typed.kind != "outline" or node.auto:
        return 0
    return len(re.split(r"[.．]|(?<=[0-9])(?=[a-z])", typed.token))  # "2b": 2, as "2.b"


def _outline_opening(current: Node, stack: list[Node]) -> tuple[bool, str]:
    """What lets an unmarked outline label that does not repeat ``current``'s number open or go on with its items
    ("1.1 receive …" under "4. Recommends … which would:"): whether the clause ends with a colon and has no item
    yet, and the first number of the outline item open under it ("" when none)."""
    chapeau = not stack and not current.children and current.para.text.rstrip().endswith((":", "："))
    last = stack[-1].typed if stack else None
    open_first = re.split(r"[.．]", last.token)[0] if last is not None and last.kind == "outline" else ""
    return chapeau, open_first


# the first words of a clause written with no verb at all ("In accordance with reports …", "Through training …")
VERBLESS_OPENINGS = frozenset("in with by for through under upon on regarding concerning according within towards "
                              "toward".split())


def field_clause(para: reader.Paragraph, current: Node | None, first: bool) -> bool:
    """``para`` is numbered by a self-numbering field that counts at level 1 (:func:`field_number`, "AUTONUM
    \\* roman" showing "ii.") and is a clause: the operative part's ``first`` paragraph, or one numbered by a field of
    the same list and level as the clause ``current``, whatever form either shows. Word counts such fields at the
    level they name, one counter for the list (the switch changes the number's form, not its level), so an item
    under the clause cannot be numbered by the same field at that level without taking the clauses' count on."""
    if field_number(para) is None:
        return False
    if current is None:
        return first
    return current.para.number_field == para.number_field and current.para.number_level == para.number_level


class BodyReader:
    """Places the paragraphs of a document's body in ``tree``."""

    def __init__(self, tree: Structure, phrases: Phrases) -> None:
        self.tree = tree
        self.phrases = phrases
        self.items: set[int] = set()  # ids of typed numbered items under a numbered preambular paragraph
        self.numbered: set[int] = set()  # ids of preambular paragraphs a student numbered "1." "2." …
        # ids of first clauses typed "（一）" whose lead reads both ways, the count going on in operative clauses
        self.counted_bracketed: set[int] = set()

    # -- paragraphs ---------------------------------------------------------------------------------
    def same_list_clause(self, para: reader.Paragraph, other_lists: set[str]) -> bool:
        """Word numbers the paragraph at level 0 of a list whose level 0 already numbered a clause in another form
        than "1." ("Fourth" after "First" … "Third"), and an operative lead opens it: the list's next clause, whatever
        it ends with ("…close to the coast," is a clause ending with the wrong mark, not an item or a heading)."""
        return para.level == 0 and bool(para.list_id) and para.list_id in other_lists \
            and any(phrase.kind == "operative" for _, phrase in self.phrases.matches(para.text))

    def preambular(self, node: Node) -> None:
        """A preambular paragraph, its lead found (after the number a student typed, if any)."""
        node.role = "preambular"
        self.skip_number(node)
        annotate(node, self.phrases)
        self.tree.preamble.append(node)

    def skip_number(self, node: Node) -> None:
        """A preambular paragraph a student numbered ("1. Alarmed by …," in a run, "一、回顾……，"): its lead is read
        after the number."""
        typed = read_typed(node.para.text) if id(node) in self.numbered else None
        if typed is not None:
            node.typed, node.label, node.offset = typed, typed.text, typed.end

    def operative(self, node: Node, label: str, auto: bool) -> Node:
        """The next operative paragraph (its lead is found by the caller)."""
        node.role, node.label, node.auto, node.level = "operative", label, auto, 0
        node.number = len(self.tree.operative) + 1
        self.tree.operative.append(node)
        return node

    def read_operative(self, nodes: list[Node], current: Node | None = None) -> None:
        """The operative part: numbered paragraphs, their labelled sub-paragraphs, sections, closing lines, and
        unnumbered paragraphs (misplaced clauses or continuations); ``current`` is an operative paragraph already
        placed before them (one without its number that announces their items)."""
        stack: list[Node] = []  # open sub-paragraphs, outermost first
        held: tuple[Node | None, list[Node]] = (None, [])  # the list a section heading interrupted
        form = ""  # the label kind the first typed operative paragraph was numbered with ("number-close": "1)")
        item_lists: set[str] = set()  # the Word lists that number items under a clause
        # the Word lists whose level 0 numbered a clause in a form other than "1." ("First", "Article One", "I.")
        other_lists: set[str] = set()
        for position, node in enumerate(nodes):
            if node.role:
                continue
            para = node.para
            text = para.text.strip()
            if CLOSING.match(text) or SPONSOR_SENTENCE.match(text):  # a meeting's line; "本决议由……提出。"
                node.role = "closing"
                self.tree.closing.append(node)
                continue
            if current is None and held[0] is not None and (
                    (para.num_id is not None and (para.level or 0) > 0) or sub_label(para.text)):
                current, stack = held  # labelled items go on after a heading inside the list ("(g)" after "(f)")
            held = held if current is None else (None, [])
            if para.num_id is not None and para.level is not None:
                other_form = not word_clause_number(para) and (other_form_clause(para, self.phrases)
                                                                 or self.same_list_clause(para, other_lists))
                if (word_clause_number(para) or bracketed_clause(para, self.phrases) or other_form) \
                        and not looks_like_section(para.text, para.label, self.phrases):
                    if not self.tree.operative and self.numbered_preambular(node):
                        self.preambular(node)
                        continue
                    if current is not None and self.introduced(current) and (
                            item_numbered_as_clause(para, stack[-1], self.phrases)
                            or items_list_goes_on(para, stack[-1], current, item_lists) if stack
                            else first_item_in_new_list(para, current, self.phrases)
                            or typed_item_numbered_as_clause(para, current, self.phrases) is not None
                            or item_left_at_clause_level(para, current, self.phrases)
                            or items_list_goes_on(para, None, current, item_lists)):
                        node.role, node.auto, node.label = "sub", True, para.label
                        node.kind = word_label_kind(para.label, para.num_format)
                        item_lists.add(para.list_id)
                        stack = self.attach(node, current, stack[:-1])  # a sibling of the item before it
                        continue
                    if current is not None and not stack and self.numbered_rest(node, current, nodes, position):
                        continue
                    current, stack = self.operative(node, para.label.rstrip(".．、"), auto=True), []
                    if other_form:
                        other_lists.add(para.list_id)
                    typed_number = TYPED_NUMBER.match(para.text)
                    box = TOOL_PREFIX.match(para.text) if typed_number is None else None
                    if typed_number:
                        node.offset = typed_number.end()
                    elif box is not None and not box.group(0).startswith(">"):
                        node.offset = box.end()  # "☒ Invites …": the lead after a task list's check box
                    annotate(node, self.phrases)
                    continue
                if current is not None and self.bulleted_word_clause(para, current, stack):
                    current, stack = self.operative(node, "", auto=False), []  # a clause left without its number
                    prefix = TOOL_PREFIX.match(para.text)
                    node.offset = prefix.end() if prefix is not None else 0
                    annotate(node, self.phrases)
                    continue
                # a sub-paragraph: a lower level of a list, or level 0 of a list whose label reads as one ("a.")
                if current is not None and (para.level > 0 or not looks_like_section(para.text, para.label, self.phrases)):
                    node.role, node.auto, node.label = "sub", True, para.label
                    item_lists.add(para.list_id)
                    node.kind = word_label_kind(para.label, para.num_format,
                                                None if para.level else self.sibling_before(stack))
                    typed_sub = read_typed(para.text)
                    if typed_sub:
                        node.offset = typed_sub.end
                    stack = self.attach(node, current, stack)
                    continue
            if para.num_id is None and current is not None and self.number_lost(node):
                continue
            if para.num_id is None and current is not None and self.inserted_clause(node, current, stack, nodes):
                current, stack = node, []
                continue
            typed = read_typed(para.text)
            if typed is not None and para.num_id is None and current is not None and not stack:
                typed = self.misread_number(typed, current, para.text) or typed  # "S. Encourages …" for "5."
            if typed is None and para.num_id is None and current is not None:
                typed = read_outline_under(para.text, current.label, *_outline_opening(current, stack))
            if typed is None and para.num_id is None and (current is not None or not self.tree.operative) \
                    and BARE_NUMBER.match(text):
                typed = read_label(text)  # "3." on its own: the next clause, cut off after its number (or the first)
            if typed is None and para.num_id is None and (current is not None or not self.tree.operative):
                typed = self.bare_number(para.text)  # "6 Determines …": the next clause's number without its point
            if typed is None and para.num_id is None and current is not None:  # "2 4. Recommends …": page 2's number
                typed = number_after_page_number(para.text, len(self.tree.operative) + 1, self.phrases)
            if typed is None and para.num_id is None and current is not None:
                typed = item_label_alone(text)  # "(a)" on its own: an item's label, its words in the next paragraph
            if typed is None and para.num_id is None and current is not None and stack:
                # "ii No retention …" after "i. …,": an open list's next item, its label typed without its mark
                typed = next((t for t in (item_mark_lost(para.text, s.typed) for s in reversed(stack)) if t), None)
            if typed is not None and looks_like_section(para.text, typed.text, self.phrases) \
                    and not number_cell(para) and not self.continues_sub(typed, stack) and not (_bracketed(typed) and current is not None
                                                                     and not stack and self.introduced(current)):
                typed = None  # "A. Targeted sanctions", "二、总则" (but "B. …" after an open sub-paragraph "A. …,",
                # and "（一）技术转让" right under a clause ending with ":" is its first item)
            if typed is not None and para.num_id is None and (
                    field_clause(para, current, not self.tree.operative) or id(node) in self.counted_bracketed or
                    self.numbers_clause(typed, form, stack, para.text, current, para.indent,
                                        repeated=self.number_again(nodes, position, typed))):
                form = form or typed.name
                current, stack = self.operative(node, typed.token, auto=False), []
                node.typed, node.offset = typed, typed.end
                annotate(node, self.phrases)
                continue
            if typed is not None and current is not None:
                self.sub(node, typed, stack)
                after = self.next_typed(nodes, position) if stack and typed.kind in ("letter", "roman") else None
                turned = _series_turned(node, stack, after) or _letters_turned(node, stack, after) \
                    or _letters_mislabelled(node, stack, after) or _numeral_tallied(node, stack)
                if turned is not None:  # "c." in place of "iii.", "(iii)" in place of "(c)": an item of that list
                    node.kind = turned.kind
                stack = self.attach(node, current, stack)
                continue
            if is_section(node.para, self.phrases) and not self.quotation_goes_on(node, current, stack):
                node.role = "section"
                self.tree.sections.append(node)
                held, current, stack = (current, stack), None, []
                continue
            if current is None and not self.tree.operative:
                self.preambular(node)
                continue
            bare = current is not None and not current.children and not current.content.strip()
            self.unnumbered(node, current, stack, words_of_label=bare and not stack)
            if self.tree.operative and self.tree.operative[-1] is node:
                # the words of a clause number standing alone ("3." / "Requests …:", a table's number column beside
                # its clause), or a clause without its number: the items after them are theirs
                current, stack = node, []

    def preambular_item(self, node: Node, items: list[Node]) -> list[Node] | None:
        """A typed lettered item under the preambular paragraph before it ("a) Are 2x more likely …", "ii. in
        rural areas"): placed under that paragraph, and the open items returned; None when ``node`` is none (an
        item list opens with "a" or "i"; "(a) Recalling …," is a numbered preambular paragraph)."""
        if not self.tree.preamble or node.para.num_id is not None:
            return None
        typed = read_typed(node.para.text)
        if typed is not None and id(node) in self.items:  # "1. 35 bans …," under "2. Further referring … in:"
            self.sub(node, typed, items)
            return self.attach(node, self.tree.preamble[-1], items)
        if typed is not None and typed.kind == "bullet" and (items or announces(self.tree.preamble[-1])):
            self.sub(node, typed, items)  # "* Article 3 …;" under "Emphasizing … the following articles:"
            return self.attach(node, self.tree.preamble[-1], items)
        if typed is None or typed.kind not in ("letter", "roman") or typed.upper or (not items and typed.value != 1):
            return None
        kinds = {phrase.kind for _, phrase in self.phrases.matches(node.para.text[typed.end:])}
        if looks_like_section(node.para.text, typed.text, self.phrases) or "preambular" in kinds:
            return None
        if not items and kinds == {"operative"} and not announces(self.tree.preamble[-1]):
            return None  # "a) Calls upon …" after "Seeking …;": the first operative clause, lettered (UN-B07)
        self.sub(node, typed, items)
        return self.attach(node, self.tree.preamble[-1], items)

    def continues_word_count(self, typed: Typed, current: Node | None) -> bool:
        """A number typed in the form Word's list shows on the clauses, one past the last of them ("十一、" typed
        after Word's "一、" … "十、", a clause added below the list without it), after a clause that ends as a clause
        ends (it announces no items): the next clause, not an item of the one before it."""
        if current is None or not current.auto or typed.kind == "bullet" or not current.para.label:
            return False
        if typed.value != len(self.tree.operative) + 1 or current.para.text.rstrip().endswith((":", "：")):
            return False
        shown = read_label(current.para.label)
        return shown is not None and shown.name == typed.name and shown.value == typed.value - 1

    def numbers_clause(self, typed: Typed, form: str, stack: list[Node], text: str = "",
                       current: Node | None = None, indent: int | None = None, repeated: bool = False) -> bool:
        """Whether a typed label numbers an operative paragraph rather than a sub-paragraph: "第N条" always, "N."
        unless the clauses are numbered otherwise ("一、" over "1."), the first typed number of the operative part
        ("A." only before an operative lead), the form the first one took ("2)" after "1)"), or a number in another
        form that continues the count where no sub-list of that form is open ("3)" after "1." "2."). Not a number
        that opens or goes on with items under an open sub-paragraph ending with ":" ("1. Wheat" under "i. … such
        as:", then "2. Oil") when it does not continue the clauses' count, nor one that restarts at 1 under an
        operative paragraph announcing a list (:meth:`clause_items`)."""
        if self.numbers_items(typed, stack, text) or self.clause_items(typed, stack, text, current, indent, repeated):
            return False
        if typed.kind == "bullet":  # "- Encourages …": a clause marked, not numbered; "- reducing …" its item
            # the clauses' own bullet again after items marked with another ("•" after "▪ …;"): the next clause
            back = current is not None and current.typed is not None and current.typed.kind == "bullet" \
                and current.typed.text == typed.text and bool(stack) and stack[-1].typed is not None \
                and stack[-1].typed.text != typed.text
            if back or self.bulleted_after_items(typed, text, current):
                return self.bulleted_clause(text, None)
            end = current.para.text.rstrip() if form and current is not None else ";"
            if end.endswith((":", "：")) or (form != "bullet" and not end.endswith(CLAUSE_ENDS)):
                return False  # items of a clause announcing them, or of a numbered one left open ("…, the committee")
            # the bullet of the clause before it, no item open: a clause of the same list, whatever its lead opens
            # in Chinese ("• 促请……" after "• 鼓励……；")
            sibling = current is not None and current.typed is not None and current.typed.kind == "bullet" \
                and current.typed.text == typed.text and not stack
            return not (stack and stack[-1].kind == "bullet") and self.bulleted_clause(text, None, sibling)
        if typed.kind == "article" or (typed.name == "number-dot" and (not form or form.startswith("number"))):
            return True
        if not form and self.continues_word_count(typed, current):
            return True
        if not form:
            return not self.tree.operative and (numbers_clauses(typed) or (typed.kind in ("letter", "roman")
                                                                           and typed.upper)
                                                or (typed.value == 1 and typed_bracketed_clause(text, typed,
                                                                                                self.phrases)))
        if typed.name == form:
            return True
        if typed.kind == "number":
            return typed.value == len(self.tree.operative) + 1 > 1 and not any(s.kind == typed.name for s in stack)
        return self.clause_in_other_form(typed, stack, text, current)

    def clause_in_other_form(self, typed: Typed, stack: list[Node], text: str, current: Node | None) -> bool:
        """A clause numbered in another clause form than the clauses before it ("一、又请……。" after "2. 促请……；",
        pasted from a working paper numbered otherwise): a Chinese ordinal with "、" ("一、", "甲、"; an outline number
        "1.1." under "1. …;" is its item), after an operative paragraph its end mark closes (it announces no items),
        with no sub-paragraph of that form open and an operative lead after the label."""
        if current is None or typed.name not in DOTTED_ORDINALS or any(s.kind == typed.name for s in stack):
            return False
        last = (stack[-1] if stack else current).para.text.rstrip()
        if not last.endswith(CLAUSE_ENDS) or announces_list(current.para.text, self.phrases.lang):
            return False
        return any(phrase.kind == "operative" for _, phrase in self.phrases.matches(text[typed.end:]))

    @staticmethod
    def continues_sub(typed: Typed, stack: list[Node]) -> bool:
        """The label is the next one of an open sub-paragraph's list ("B." after "A. Comprise …,"): a sub-paragraph
        (cut off, or left without its end mark), not a section heading."""
        return any(s.typed is not None and s.typed.name == typed.name and s.typed.value + 1 == typed.value
                   for s in stack)

    def numbers_items(self, typed: Typed, stack: list[Node], text: str) -> bool:
        """A typed number that labels items of a list under the innermost open sub-paragraph rather than the next
        clause: "1." right under a sub-paragraph that ends with ":" (not the number the next clause would take),
        or the next number of such items already open ("3. Military Hardware" after "2. Oil", even where it is
        the next clause's number, unless an operative lead follows it)."""
        if typed.kind != "number" or not stack:
            return False
        last = stack[-1]
        if typed.value == 1:  # also "1." under "1. … such as:" / "2. … such as:" numbered the same way: the count
            # starts again below the item that announces it (an item "1." cannot be followed by its sibling "1.")
            return typed.value != len(self.tree.operative) + 1 and self.introduced(last)
        # the innermost open item whose count the number goes on with: the last one, or an item further out once
        # the lists under it are done ("2. the supplies …" after "1. the government …:" and its own "1." "2." "3.")
        going_on = next((item for item in reversed(stack) if item.kind == typed.name and item.number + 1 == typed.value
                         and item.parent is not None and self.introduced_items(item.parent)), None)
        if going_on is None:
            return False
        return typed.value != len(self.tree.operative) + 1 or not any(
            phrase.kind == "operative" for _, phrase in self.phrases.matches(text[typed.end:]))

    def clause_items(self, typed: Typed, stack: list[Node], text: str, current: Node | None,
                     indent: int | None = None, repeated: bool = False) -> bool:
        """A typed number that labels items right under the operative paragraph ``current`` rather than the next
        clause: "1." that does not continue the clauses' count, after a paragraph that ends with ":" or whose last
        words announce a list without it ("… charged with;", "… the following;", "Defines"), the item opening with
        no operative lead; or the next number of such items ("2." after "1. resolving …"), unless it is the next
        clause's number and an operative lead follows it. Sub-paragraphs numbered like clauses: the checker says
        so, and that the announcing paragraph lacks its colon. ``repeated``: the next numbered paragraph carries the
        same number ("3. 支持……；" among the items, then "3. 请秘书长……；"): the item is no clause, whatever it opens with."""
        if typed.kind != "number" or current is None or not (self.introduced(current) or
                                                             announces_list(current.para.text, self.phrases.lang)
                                                             or self.left_open(current, text[typed.end:])):
            return False
        operative_lead = any(phrase.kind == "operative" for _, phrase in self.phrases.matches(text[typed.end:]))
        if not stack:
            return (typed.value == 1 != len(self.tree.operative) + 1 and not operative_lead) \
                or self.item_indented_as_clause(typed, text, current, indent)
        last = stack[0]
        if len(stack) > 1 or last.kind != typed.name or last.number + 1 != typed.value:
            return False
        return typed.value != len(self.tree.operative) + 1 or not operative_lead or repeated

    def left_open(self, current: Node, item: str) -> bool:
        """The operative paragraph is a short chapeau that stops on a word with no mark at all ("4. 请总干事", "4.
        Requests the Secretary-General"): its colon left out, when a list restarting at "1." with no operative lead
        comes right after it (:meth:`clause_items`), in English in small letters ("1. to prepare …"); its items, not
        clauses (the chapeau's mark is its own finding). A whole clause that only lacks its end mark is no chapeau."""
        text = current.para.text.rstrip()
        if current.continuation or not text or not text[-1].isalnum():
            return False
        words = text[current.offset:].strip()
        if self.phrases.lang == "zh":
            return len(words) <= CHAPEAU_REACH_ZH
        item = item.lstrip()
        return len(words.split()) <= CHAPEAU_REACH_EN and item[:1].islower()

    def item_indented_as_clause(self, typed: Typed, text: str, current: Node, indent: int | None) -> bool:
        """The first item under an operative paragraph ending with ":" typed with the next clause's number ("3."
        after "2. Encourages national road agencies to:"), which the page sets apart from the clauses by its
        indent: the paragraph is indented further than the clause it follows, and its words open as an item's do
        (no lead phrase at all; in English a small letter)."""
        rest = text[typed.end:].strip()
        if typed.value != len(self.tree.operative) + 1 or not rest or indent is None \
                or current.para.indent is None or indent <= current.para.indent:
            return False
        return not self.phrases.matches(rest) and (self.phrases.lang == "zh" or rest[0].islower())

    def bulleted_after_items(self, typed: Typed, text: str, current: Node | None) -> bool:
        """In English, the clauses and their items drawn with the same bullet ("- Calls upon States to require:",
        "- a deadline …;", "- a reserve of fuel …;", then "- Requests the Office …;"): ``text`` opens with a capital
        and an operative lead after the items of ``current``, a clause marked with that bullet, which all open in lower
        case with no lead of their own and the last of which has closed (";" or ","): the next clause, not one more
        item. (Items led by capitalised verbs, "- Encourages …" under "- Calls upon …:", stay items.)"""
        if self.phrases.lang != "en" or current is None or current.typed is None or current.typed.kind != "bullet" \
                or current.typed.text != typed.text or not current.children:
            return False
        rest = text[typed.end:].lstrip()
        if not rest[:1].isupper():
            return False
        for item in current.children:
            content = item.content.lstrip()
            if item.typed is None or item.typed.text != typed.text or not content[:1].islower() \
                    or self.phrases.matches(content):
                return False
        return current.children[-1].para.text.rstrip()[-1:] in (";", ",")

    def bulleted_clause(self, text: str, num_id: object, sibling: bool = False) -> bool:
        """A typed bullet or dash before an operative lead that is no preambular one ("- Encourages Member States
        …:"): an operative paragraph marked instead of numbered (Word's own bullets are its list's). A Chinese lead
        that opens both parts alike (鼓励, 敦促, 呼吁) is operative when the paragraph ends as an operative one does
        ("• 鼓励……；", "• 呼吁……包括："), not with a preambular comma, or when it is a ``sibling`` of a clause
        marked with the same bullet."""
        typed = read_typed(text) if num_id is None else None
        if typed is None or typed.kind != "bullet":
            return False
        kinds = {phrase.kind for _, phrase in self.phrases.matches(text[typed.end:])}
        if "operative" not in kinds:
            return False
        return "preambular" not in kinds or (self.phrases.lang == "zh" and (
            sibling or text.rstrip()[-1:] in OPERATIVE_ENDS_ZH))

    def bulleted_word_clause(self, para: reader.Paragraph, current: Node, stack: list[Node]) -> bool:
        """A paragraph at the first level of a Word bullet list other than the one numbering ``current``, after
        that operative paragraph and its items all closed (";", not ":"; no list announced), that opens with an
        operative lead and no preambular one — in English capitalised —, after the to-do check box a Markdown task
        list leaves ("☐ ", "☒ "): a clause marked instead of numbered (the last clauses kept as a task list), not
        an item of the clause before it."""
        if para.num_format != "bullet" or para.level or (current.auto and para.num_id == current.para.num_id):
            return False  # (the next paragraph of a bullet list of clauses is its next clause too)
        last = (stack[-1] if stack else current).para.text.rstrip()
        if not last.endswith(CLAUSE_ENDS) or announces_list(current.para.text, self.phrases.lang):
            return False
        prefix = TOOL_PREFIX.match(para.text)
        rest = para.text[prefix.end():] if prefix is not None else para.text.lstrip()
        if self.phrases.lang == "en" and not rest[:1].isupper():
            return False
        kinds = {phrase.kind for _, phrase in self.phrases.matches(rest)}
        return "operative" in kinds and ("preambular" not in kinds or (
            self.phrases.lang == "zh" and rest.rstrip()[-1:] in OPERATIVE_ENDS_ZH))

    def sub(self, node: Node, typed: Typed, stack: list[Node]) -> None:
        """A sub-paragraph with a typed label (placed in the tree by :meth:`attach`)."""
        node.role, node.label, node.offset, node.typed = "sub", typed.text, typed.end, typed
        # a label read without its mark ("ii" after "i."): the kind of the list it goes on with
        name = typed.name
        node.kind = name if typed.mark_lost and is_label_kind(name) else sub_kind(typed.text, self.sibling_before(stack))

    @staticmethod
    def number_again(nodes: list[Node], position: int, typed: Typed) -> bool:
        """The next paragraph typed with a number (past lettered or bulleted items under this one) carries
        ``typed``'s number in the same form again: two paragraphs cannot both be clause N, the first is an item."""
        if typed.kind != "number":
            return False
        for later in nodes[position + 1:]:
            text = later.para.text.strip()
            if not text or later.role:
                continue
            after = read_typed(text)
            if after is None or later.para.num_id is not None:
                return False
            if after.kind == "number":
                return after.name == typed.name and after.value == typed.value
        return False

    @staticmethod
    def next_typed(nodes: list[Node], position: int) -> Typed | None:
        """The label typed on the first non-empty paragraph after ``nodes[position]`` (None when it has none)."""
        for later in nodes[position + 1:]:
            if later.para.text.strip():
                return read_typed(later.para.text)
        return None

    @staticmethod
    def sibling_before(stack: list[Node]) -> Node | None:
        """The open sub-paragraph a new label could continue ("(i)" after "(h)", "(十一)" after "㈩")."""
        for open_node in reversed(stack):
            if open_node.kind in CONTINUED_KINDS:
                return open_node
        return None

    def attach(self, node: Node, current: Node, stack: list[Node]) -> list[Node]:
        """Place a sub-paragraph under the operative paragraph or an open sub-paragraph; return the new stack.

        A sub-paragraph numbered at a lower level of a Word list goes by that level: under the open item of the
        same list at a higher level (a bullet list of its own under a clause: "◦" at level 1 under "•" at level 0),
        else at the depth its level gives; a typed one, or one at level 0 of a Word list, goes by its label (a label
        of a kind already open closes what is under it)."""
        over = self.open_item_above(node, stack) if node.auto and node.para.level else None
        if over is not None and current.auto and (over.para.list_id, over.para.level) \
                == (current.para.list_id, current.para.level):
            # over an item Word numbers as the next clause ("6." for "b."): once it is put back a level down, Word
            # shows this one beside it ("c."), not under it
            stack = stack[:stack.index(over)]
            node.level = over.level
        elif over is not None:
            stack = stack[:stack.index(over) + 1]
            node.level = over.level + 1
        elif node.auto and node.para.level:
            while stack and stack[-1].level >= node.para.level:
                stack.pop()
            node.level = node.para.level
        else:
            # "1." right under "1. … in order to:": the first item of a list of its own (see _opens_list_under)
            nested = _opens_list_under(node, stack, self.introduced(stack[-1]) if stack else False)
            same = None if nested else _same_list(node, stack)
            if same is None and not nested:
                same = _shape_changed(node, stack)
                if same is not None and _inserted_letter(node.typed):
                    node.kind = stack[same].kind  # "(c bis)" among "a)" "b)" "c)": an item of that list
            if same is None and not nested:
                same = _case_slipped(node, stack)  # "ii." after "I.": one list, its first label's case slipped
            if same is None and not nested:
                same = _second_at_same_indent(node, stack)
            if same is None and not nested:
                same = _count_goes_on(node, stack)  # "（2）" after "（i）": one list, its label kind switched
            if same is None and not nested and (self.word_item_after_typed(node, stack)
                                                or self.typed_item_after_word(node, stack)
                                                or self.outline_misnumbered(node, stack)):
                same = len(stack) - 1
            if same is not None:
                stack = stack[:same]
            node.level = len(stack) + 1
        parent = stack[-1] if stack else current
        node.parent = parent
        parent.children.append(node)
        node.number = len(parent.children)
        annotate(node, self.phrases)
        return stack + [node]

    def outline_misnumbered(self, node: Node, stack: list[Node]) -> bool:
        """``node``, a typed outline label deeper than the open outline item's, is that item's next sibling with
        wrong numbers ("2.1.1 to train …" after "3.1 to set up …;"): its numbers do not go on from the open item's
        ("3.1.1" would), and the open item announces nothing (no colon at its end). Not a list opened under it."""
        if not stack or node.typed is None or node.typed.kind != "outline" or node.auto:
            return False
        top = stack[-1]
        if top.typed is None or top.typed.kind != "outline" or top.auto or top.children \
                or _outline_depth(node) <= _outline_depth(top) or self.introduced(top):
            return False
        return not re.sub(r"[.．]", ".", node.typed.token).startswith(re.sub(r"[.．]", ".", top.typed.token).rstrip(".") + ".")

    def word_item_after_typed(self, node: Node, stack: list[Node]) -> bool:
        """``node``, an item Word numbers at level 0 of a list of its own, comes after an open item whose label was
        typed (a sub-clause pasted as plain text, "（一）……；") and which announces nothing (no ":" at its end): the
        next item of the same clause, not the first item of a list under it. Word's level says it stands at the top
        of its list, and nothing above asks for items."""
        if not node.auto or node.para.level or not stack:
            return False
        top = stack[-1]
        return not top.auto and top.typed is not None and not top.children and not self.introduced(top)

    def typed_item_after_word(self, node: Node, stack: list[Node]) -> bool:
        """``node``, an item whose label was typed in another form ("（二）"), comes after an open item Word numbers
        ("(a)") that announces nothing, and its label names the place after it (2 after the first item): the
        next item of the same clause, its label typed in another form, not the first item of a list under it."""
        if node.auto or node.typed is None or not stack:
            return False
        top = stack[-1]
        return top.auto and not top.children and not self.introduced(top) and node.typed.value == top.number + 1

    @staticmethod
    def open_item_above(node: Node, stack: list[Node]) -> Node | None:
        """The innermost open sub-paragraph of ``node``'s Word list at a higher level than ``node``'s (None when
        none is open)."""
        level = node.para.level or 0
        for open_node in reversed(stack):
            if open_node.auto and open_node.para.list_id == node.para.list_id and (open_node.para.level or 0) < level:
                return open_node
        return None

    def numbered_rest(self, node: Node, current: Node, nodes: list[Node], position: int) -> bool:
        """``node``, numbered by Word as the next clause, is the rest of the clause ``current`` broken in two by a
        stray paragraph mark (Enter pressed inside a clause of a numbered list gives the rest the next number, and
        every clause after it one number too many): both in the same list at the same level, ``current`` (or its
        last continuation) stops on a word with no end mark, and ``node`` goes on with its sentence (no lead, no
        emphasis, a small letter in English). Placed as ``current``'s continuation; True when so."""
        para, clause = node.para, current.para
        if not current.auto or current.children or clause.num_id is None or clause.list_id != para.list_id \
                or (clause.level or 0) != (para.level or 0):
            return False
        before = (current.continuation or [current])[-1].para
        following = nodes[position + 1].para if position + 1 < len(nodes) else None
        if not runs_on(before, para, following, self.phrases, comma=True, numbered=True):
            return False
        node.role, node.lead, node.phrase = "continuation", "", None
        current.continuation.append(node)
        return True

    def unnumbered(self, node: Node, current: Node | None, stack: list[Node], words_of_label: bool = False) -> None:
        """An unnumbered paragraph inside the operative part: misplaced clause or continuation. ``words_of_label``:
        the clause before it is a number standing alone ("2." in a paragraph or a frame of its own, a table's number
        column): its first paragraph of words is that clause's text, whatever it opens with (its lead is judged
        there, "Member States should offer …" as much as "Requests …")."""
        annotate(node, self.phrases)
        text = node.para.text.strip()
        if commentary(text) == "chatbot":  # a chat assistant's own sentence under the draft: no clause, nor a line of one
            node.role = "continuation"
            node.lead, node.phrase = "", None
            return
        if be_it_resolved(text):
            # "Be it further resolved that the Social Committee:" typed between two clauses: the legislature's formula
            # again, the organ line's stand-in written twice (UN-B01), no wrapped line of the clause before it
            node.role, node.misplaced, node.lead, node.phrase = "organ", True, "", None
            self.tree.organ_repeats.append(node)
            return
        phrase = node.phrase
        if words_of_label and text[:1].isupper() or words_of_label and self.phrases.lang == "zh":
            self.operative(node, "", auto=False)
            return
        if phrase is not None and lead_cell(node.para, self.phrases) \
                and any(p.kind == "operative" for _, p in self.phrases.matches(text)):
            self.operative(node, "", auto=False)  # an operative lead alone in its cell, the clause's words beside
            return  # it: a clause without its number, whatever the clause before it ended with
        # the clause before it: the last numbered one, or a clause without its number read after it
        latest = self.tree.operative[-1] if current is not None and not stack else current
        owner = stack[-1] if stack else latest
        if text[-1] in ",，" and not self.introduced(owner) and (self.clause_opening(node) or self.repeats_preamble(text)):
            node.role, node.misplaced = "preambular", True  # a clause ending like a preambular one, in no list
            self.tree.preamble.append(node)
            return
        # the clause or list item before it closed as a clause ends: a paragraph opening with a lead is no wrapped
        # line of it, even without its own final mark (cut off, or left without it)
        closed = self.lost_number(node, latest, stack) or self.after_closed_item(node, stack) \
            or self.verb_after_open_item(node, stack)
        if phrase is not None and (text[-1] in ";；.。:：" or closed) \
                and (node.emphasised or closed or (not stack and self.plain_clause(node, text))) \
                and (phrase.kind == "operative"
                     or any(p.kind == "operative" for _, p in self.phrases.matches(node.content))):
            self.operative(node, "", auto=False)  # a clause without its number (鼓励 opens both parts in Chinese)
            return
        if (phrase is None or phrase.kind == "preambular") and closed and not stack and self.plain_clause(node, text) \
                and (phrase is not None or self.verbless_clause(text)):
            # "Noting that …" or "In accordance with …" after a clause that closed, in a plain-text draft: a clause of
            # the operative part opened with a participle or with no verb (its lead is the fault), not a wrapped line
            # of the clause before
            self.operative(node, "", auto=False)
            return
        node.role = "continuation"
        node.lead, node.phrase = "", None
        if owner is not None and self.remark_after(node, owner):
            return  # talk about the draft after a closed clause: no part of that clause (its end is its own)
        if owner is not None:
            owner.continuation.append(node)

    @staticmethod
    def quotation_goes_on(node: Node, current: Node | None, stack: list[Node]) -> bool:
        """``node`` opens a paragraph of a quotation the clause or item before it hands on to ("2. Decides to amend
        rule 128 to read as follows:" / "“Rule 128" / "“Each member …"): a line of that clause's text, though it
        reads as a heading."""
        owner = stack[-1] if stack else current
        return owner is not None and quoted_paragraph(node.para.text, (owner.continuation or [owner])[-1].para.text)

    def plain_clause(self, node: Node, text: str) -> bool:
        """``node`` opens with its lead capitalised in an English draft whose leads carry no emphasis (pasted as plain
        text, typed without italics): emphasis cannot tell a clause from a wrapped line there, and a wrapped line
        of a sentence does not open on a capitalised verb ("Invites donors …" after a clause that lost its mark,
        or after an item left with no end mark at all: :meth:`verb_after_open_item`)."""
        if self.phrases.lang != "en" or not text[:1].isupper() or not text.startswith(node.lead):
            return False
        return not any(n.emphasised for n in [*self.tree.preamble, *self.tree.operative])

    @staticmethod
    def verbless_clause(text: str) -> bool:
        """``text`` stands as a clause would, though no lead opens it: a line of several words that opens on a
        preposition ("In accordance with …", "Through …") and ends as a clause ends or with no mark, not talk about
        the draft (a sentence with its own subject, "The line would …", says more about the clause before)."""
        return len(text.split()) >= 6 and text.split()[0].casefold() in VERBLESS_OPENINGS \
            and text[-1:] not in ",:!?\"”" and commentary(text) is None

    def remark_after(self, node: Node, owner: Node) -> bool:
        """``node`` (an unnumbered paragraph after ``owner``) is talk about the draft, not a line of the clause: the
        record of a vote typed under a clause that closed with its end mark ("表决结果：赞成31票……", "Adopted by 13
        votes in favour"), in any language; a chatbot's own sentence ("Let me know if you would like …", "希望以上内容
        对你有所帮助！"); in English, a sentence commenting on the draft ("This ensures that …", "In conclusion, …")
        after such a clause."""
        last = (owner.continuation or [owner])[-1].para.text.rstrip()
        if last[-1:] in ";.；。" and VOTE_LINE.fullmatch(node.para.text.strip().rstrip("。.")):
            return True
        kind = commentary(node.para.text)
        if kind == "chatbot":
            return True
        return self.phrases.lang == "en" and kind == "comment" and last[-1:] in ";."

    def repeats_preamble(self, text: str) -> bool:
        """``text`` is a preambular paragraph said again word for word (a preamble pasted a second time after the
        operative part), whatever its lead."""
        return any(p.para.text.strip() == text for p in self.tree.preamble)

    def inserted_clause(self, node: Node, current: Node, stack: list[Node], nodes: list[Node]) -> bool:
        """A clause an amendment inserted after clause N and numbered by hand "Nbis.", "Na." or "N.1" (then an
        operative lead), after a clause or item that closed as a clause ends (not under one announcing a list): the
        next operative paragraph, its typed label kept (its number N: the count's finding and the form's say what
        it should be). One such label alone: a run of them ("1.1." "1.2.", "3a." "3b.") numbers the items of N.
        In Chinese "N之二." (see INSERTED_NUMBER_ZH)."""
        found = inserted_number(node.para.text)
        if found is None or not current.label.isdigit():
            return False
        marked_new = found.group("label")[:1] == "N"  # "NEW 8.": the next number, or the one of the clause before
        if int(found.group("n")) - int(current.label) not in ((0, 1) if marked_new else (0,)):
            return False
        at = next(i for i, n in enumerate(nodes) if n is node)
        around = [n for n in reversed(nodes[:at]) if n.para.text.strip()][:1] + \
            [n for n in nodes[at + 1:] if n.para.text.strip()][:1]
        for other in around:
            also = inserted_number(other.para.text)
            if also is not None and also.group("n") == found.group("n"):
                return False
        before = stack[-1] if stack else current
        if (before.continuation or [before])[-1].para.text.rstrip()[-1:] in (":", "：") and not marked_new:
            return False  # "3a." under a chapeau is its item ("NEW 8." may follow a line announcing the amendment)
        rest = node.para.text[found.end():]
        marked = LEAD_MARK_OPENING.match(rest)
        if not any(phrase.kind == "operative"
                   for _, phrase in self.phrases.matches(rest[marked.end():] if marked else rest)):
            return False
        number = int(found.group("n"))
        self.operative(node, str(number), auto=False)
        node.typed = Typed(found.group("label"), found.group("n"), "number", "dot", number, False,
                           found.start("label"), found.end())
        node.offset = found.end()
        annotate(node, self.phrases)
        return True

    def number_lost(self, node: Node) -> bool:
        """A paragraph that kept only the mark after its number, then an operative lead (". Encourages …", ")
        Urges …"): the next operative paragraph, its number lost (placed as one, its lead read after the mark)."""
        mark = NUMBER_MARK_ONLY.match(node.para.text)
        if mark is None or not any(phrase.kind == "operative"
                                   for _, phrase in self.phrases.matches(node.para.text[mark.end():])):
            return False
        self.operative(node, "", auto=False)
        node.offset = mark.end()
        annotate(node, self.phrases)
        return True

    @staticmethod
    def lost_number(node: Node, current: Node | None, stack: list[Node]) -> bool:
        """An unemphasised paragraph that stands as the clauses around it do: the clause before it (no sub-list
        open) ended as a clause ends and carries no emphasis on its lead either (a plain-text draft), and the
        paragraph starts on its first character or after spaces of indentation (no label typed)."""
        if current is None or stack or current.emphasised or label_typed(node):
            return False
        last = (current.continuation or [current])[-1].para.text.rstrip()
        return last[-1:] in (";", "；", ".", "。")

    def after_closed_item(self, node: Node, stack: list[Node]) -> bool:
        """A plain paragraph after a list item that closed its clause ("… known mined areas;"), opening with a
        capital letter and no label: the next clause, its number lost ("Invites all States …"); an item's own text
        goes on in lower case or under a label of its own. Chinese has no capitals: there the paragraph opens with
        an operative lead, first thing (“（三）……；” then “鼓励各会员国……；”), after an item closed by "；" or "。"."""
        if not stack or node.emphasised or label_typed(node):
            return False
        last = _item_end(stack[-1])
        if self.phrases.lang == "zh":
            return last[-1:] in ("；", ";", "。") and node.phrase is not None \
                and node.para.text.lstrip().startswith(node.lead) \
                and any(p.kind == "operative" for _, p in self.phrases.matches(node.content))  # 鼓励: both parts
        return last[-1:] in (";", ".") and node.para.text.lstrip()[:1].isupper()

    def verb_after_open_item(self, node: Node, stack: list[Node]) -> bool:
        """A plain paragraph after a list item that stops on a word with no end mark at all ("a) Endorses limited
        funding … within a nation"), opening on a capitalised operative lead in an English draft whose leads carry no
        emphasis ("Proposes that …", "Recommends that …"): the next clause, its label lost, not a wrapped line of
        the item; a sentence wrapped inside an item does not go on with a capitalised operative verb (what
        :meth:`plain_clause` says of a clause that lost its mark, said of an item)."""
        if not stack or node.emphasised or label_typed(node) or node.phrase is None:
            return False
        last = _item_end(stack[-1])
        text = node.para.text.strip()
        return last[-1:].isalnum() and self.plain_clause(node, text) \
            and any(p.kind == "operative" for _, p in self.phrases.matches(text))

    def misread_number(self, typed: Typed, current: Node, text: str) -> Typed | None:
        """The next clause's number as an OCR of a printed draft misread it, a letter that looks like its digit
        ("S. Encourages …" for "5.", "b. Requests …" for "6."): after a clause typed with a number that its end mark
        closes (it announces no items), with an operative lead after the label; None otherwise."""
        if current.typed is None or current.typed.kind != "number":
            return None
        last = (current.continuation or [current])[-1].para.text.rstrip()
        if not last.endswith((";", "；", ".", ",")) or announces_list(current.para.text, self.phrases.lang):
            return None
        number = look_alike_number(typed, len(self.tree.operative) + 1)
        if number is None or not any(phrase.kind == "operative" for _, phrase in self.phrases.matches(text[typed.end:])):
            return None
        return number

    def bare_number(self, text: str) -> Typed | None:
        """A clause number typed without its point ("6 Determines …" after "5."): see :func:`bare_clause_number`."""
        operative = self.tree.operative
        run = bool(operative) and operative[-1].typed is not None and operative[-1].typed.shape == "bare" \
            and operative[-1].typed.kind == "number"  # the clause before was numbered without its point too
        return bare_clause_number(text, len(operative) + 1, self.phrases, run=run)

    def introduced_items(self, owner: Node) -> bool:
        """``owner`` holds numbered items of its own: a sub-paragraph ending with ":", or an operative paragraph
        whose first item, a typed number, was read under it (the list it announces)."""
        if owner.role == "sub":
            return self.introduced(owner)
        return owner.role == "operative" and bool(owner.children) and owner.children[0].typed is not None \
            and owner.children[0].typed.kind == "number"

    @staticmethod
    def introduced(owner: Node | None) -> bool:
        """``owner`` or one of its continuation lines ends with a colon: what follows are items of its list."""
        if owner is None:
            return False
        return any(n.para.text.rstrip()[-1:] in (":", "：") for n in (owner, *owner.continuation))

    def clause_opening(self, node: Node) -> bool:
        """The paragraph opens like a preambular clause: a preambular lead phrase, or emphasised opening words that
        are no operative lead."""
        phrase = node.phrase
        if phrase is not None:
            return phrase.kind == "preambular" or self.preambular_lead(node)
        return bool(node.lead) and emphasised_span(node.para, node.offset, node.offset + len(node.lead))

    def preambular_lead(self, node: Node) -> bool:
        """The lead is (also) a preambular form (Chinese often writes both the same way)."""
        return any(p.kind == "preambular" for _, p in self.phrases.matches(node.content))

    def numbered_preambular(self, node: Node) -> bool:
        """A paragraph numbered by Word before any operative paragraph that is preambular all the same: a
        preambular lead and a comma at the end (a list run through the preamble)."""
        text = node.para.text.rstrip()
        return bool(text) and text[-1] in ",，" and (self.preambular_lead(node) or self.misspelled_preambular(node))

    def misspelled_preambular(self, node: Node) -> bool:
        """The paragraph opens with a slip of a preambular lead ("注意道" for 注意到, "Recalling" misspelt), read on a
        copy of the node (its own lead is found later, once its part is known)."""
        probe = copy.copy(node)
        annotate(probe, self.phrases)
        return bool(probe.misspelled) and any(p.kind == "preambular" for _, p in self.phrases.matches(probe.misspelled))


def label_typed(node: Node) -> bool:
    """Something is typed before the paragraph's words (a label, a mark), not only the spaces or tabs that indent it
    ("\t鼓励……", "\u3000\u3000请……": an online document's indentation copied as text)."""
    return bool(node.para.text[:node.offset].strip())


def item_label_alone(text: str) -> Typed | None:
    """The label of a list item standing alone in its paragraph ("(a)", "b)", "ii."), the item's words cut from it
    into the next paragraph (a PDF's copy, a converter's frame beside its text); None for anything else, and for a
    number ("3." alone is the next clause's)."""
    typed = label_only(text) if len(text) <= 6 else None
    return typed if typed is not None and typed.kind in ("letter", "roman") else None


def announces(node: Node) -> bool:
    """The paragraph ends with a colon: it announces the items after it."""
    return node.para.text.rstrip().endswith((":", "："))


def _item_end(item: Node) -> str:
    """The text of a list item's last paragraph (its own or its last continuation's), trailing spaces off: where the
    item ends."""
    return (item.continuation or [item])[-1].para.text.rstrip()
