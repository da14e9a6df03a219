"""Read a document's structure: heading block, organ line, preamble, operative part, closing, annexes.

Roles come from position and numbering: the unnumbered paragraphs between the organ line and the
first operative number are the preamble; numbered paragraphs (typed "1." or Word numbering) and
their labelled sub-paragraphs are the operative part; short unpunctuated lines there are section
headings, other unnumbered paragraphs continue the paragraph before them. Lead phrases only
annotate paragraphs, except in drafts with no numbering at all, where they are the only clue
(``Structure.by_phrases`` says so). The checker, ``--fix``, amendments, diff and import read
documents through this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from drafter.hanzi import simplified
from drafter.labelkinds import Typed, label_only, preambular_tag, read_typed
from drafter.library import Library
from drafter.patterns import lazy
from drafter.structure.classify import (
    ADOPTS_FOLLOWING,
    BARE_FOOTNOTE_LINE,
    BRACKETED_ORDINALS,
    CLOSING_QUOTES,
    ENDS,
    FOOTNOTE_LINE,
    GLUED_REFERENCE,
    NUMBERED_REFERENCE,
    ORGANS,
    PASSES_ON,
    RUNNING_DECISION,
    RUNNING_DECISION_ZH,
    SOURCES_HEADING,
    SOURCES_LINE,
    STAR_NOTE,
    STAR_REFERENCE,
    WHEREAS,
    after_joining_and,
    announces_list,
    bracketed_clause,
    clause_label,
    delegation_formula,
    enough_words,
    field_number,
    heading_words,
    is_annex,
    is_organ,
    is_organ_substitute,
    is_section,
    looks_like_section,
    names_organ_again,
    numbered_heading_line,
    numbered_top,
    numbers_clauses,
    opens_body,
    other_form_clause,
    part_heading,
    repeats_organ,
    resolving_formula,
    sentence_clause,
    sub_label,
    template_instruction,
    template_note,
    typed_bracketed_clause,
    word_clause_number,
)
from drafter.structure.detect import detect_language, guess_profile
from drafter.structure.heading import fields_in
from drafter.structure.lead import annotate, emphasised_span
from drafter.structure.leadwords import LEGISLATIVE, PARTICIPLE, PAST_PARTICIPLE_BY, PAST_PARTICIPLE_LEAD
from drafter.structure.phrased import PhraseReader
from drafter.structure.phrases import Phrases
from drafter.structure.tree import UNREAD, Node, Structure
from drafter.word import placement, reader

# the line after "… the following:" that goes on with the clause's own words, in lower case to its ";" or "," ("5.
# Encourages … to include the following in their plans:" over "stockpiles of … in an emergency;"): the clause split
# at its colon, not the first line of a text it adopts (a title, a preamble, articles)
CLAUSE_WORDS_GO_ON = lazy(r"\s*[a-z][^:：]*[;,]\s*$")

SHORT_HEADING = {"en": 60, "zh": 20}  # the longest line read as a heading although it opens with a lead phrase


# participles of verbs by which an organ asks others to act: an operative paragraph's business ("Urging all parties
# to …" where "Urges all parties to …" belongs), not a preambular one's
ASKING = frozenset({"calling", "urging", "requesting", "inviting", "recommending", "demanding", "asking", "directing",
                    "authorizing", "authorising", "appealing"})

def read_structure(doc: reader.Document, lib: Library, lang: str | None = None,
                   profile: str | None = None) -> Structure:
    """Read ``doc`` into a :class:`Structure` (language and profile guessed when not given)."""
    language = lang or detect_language(doc)
    chosen = profile or guess_profile(doc, language)
    return _Reader(doc, lib, language, chosen).read()


# the end marks that close a run of unnumbered lines before "1." (a stop, a colon): not the commas and semicolons of a
# preamble and its clauses, which --fix writes on such a run
RUN_BREAKING_ENDS = "".join(mark for mark in ENDS if mark not in ",;")


class _Reader(PhraseReader):
    """Places every paragraph of one document in a :class:`Structure`: finds where the heading, the preamble, the
    operative part and the annexes begin."""

    def __init__(self, doc: reader.Document, lib: Library, lang: str, profile: str) -> None:
        super().__init__(Structure(lang, profile), Phrases.of(lib, lang))
        self.doc = doc
        self.organs = ORGANS[lang] + [c.organ[lang] for c in lib.committees.values()]
        self.after_run: int | None = None  # id of the numbered paragraph after them
        self.passing: set[int] = set()  # ids of the paragraphs up to the last line that passes the text on
        self.unmarked: list[Node] = []  # the clauses after the first of a run left unnumbered and unmarked before "1."

    # -- the top-level split ------------------------------------------------------------------------
    def read(self) -> Structure:
        """Place every paragraph: heading block, organ line, preamble, operative part, closing, annexes."""
        paras = self.doc.paragraphs
        # a paragraph struck through whole (a clause struck out by hand and left on the page) is read as none
        # a table of contents' lines (its entries copy the headings: the heading lines and clauses below) too
        nodes = [Node(p, "table" if p.in_table else "empty" if not p.text.strip() else "struck" if p.struck_whole
                      else "contents" if p.contents else "") for p in paras]
        self.clause_tables(nodes)
        self.tree.nodes = nodes
        passing = self.passed_on(nodes)
        for node in nodes[:passing]:
            if not node.role:
                node.role = "heading"  # the lines that pass the text on: the heading's, placed there below
                self.passing.add(id(node))
        body = [n for n in nodes if not n.role]
        self.headings_over_clauses(body)
        self.numbered = (self.typed_numbered_preamble(nodes) | self.under_preamble_heading(nodes)) - self.items
        first_operative = next((i for i, n in enumerate(nodes) if not n.role and id(n) not in self.numbered
                                and id(n) not in self.items and not numbered_heading_line(n.para)
                                and (id(n) == self.after_run or
            (numbered_top(n.para, self.phrases) and (not self.numbered_preamble(n.para) or self.counted_on(nodes, i)))
            or self.lettered_clause(n.para) or self.bracketed_counted_on(nodes, i)
            or bracketed_clause(n.para, self.phrases) or other_form_clause(n.para, self.phrases)
            or (self.bulleted_clause(n.para.text, n.para.num_id) and not self.bulleted_preamble_goes_on(nodes, i))
            or self.first_number_alone(nodes, i))), None)
        unnumbered_first: Node | None = None  # the first clause, left without its number before "2."
        if first_operative is None:
            first_operative = self.first_clause_unnumbered(nodes)
            unnumbered_first = None if first_operative is None else nodes[first_operative]
        if first_operative is None:  # no clause numbered 1 nor one left without it before "2.": the count from 2
            first_operative = next((i for i, n in enumerate(nodes) if not n.role and id(n) not in self.numbered
                                    and id(n) not in self.items and self.first_number_late(nodes, i)), None)
        if first_operative is not None and unnumbered_first is None:
            unnumbered = self.clause_before_first(nodes, first_operative)
            if unnumbered is not None:  # "Affirms …;" then "1. Calls upon …;": the count began one clause late
                first_operative, unnumbered_first = unnumbered, nodes[unnumbered]
        first_operative = self.after_part_heading(nodes, first_operative)
        annex = next((i for i, n in enumerate(nodes) if not n.role and is_annex(n.para.text)
                      and (first_operative is None or i > first_operative)), None)
        adopting = self.adopting_paragraph(nodes, first_operative)
        chapeau = None
        if adopting is not None and self.clauses_follow(nodes, adopting):
            chapeau, adopting = adopting, None  # "Recommends the following …:" over "1. Recommends …;": no annex
            first_operative = chapeau
        announcing = self.announcing_clause(nodes, first_operative) if adopting is None and chapeau is None else None
        if announcing is None and adopting is None and chapeau is None:
            announcing = self.chapeau_before_clauses(nodes, first_operative)  # "For the purposes of …:" over (a) (b)
        if announcing is not None:
            first_operative = announcing  # "Defines" over "1. Nuclear weapons - …;": its items, numbered as clauses
        if adopting is not None:  # the text it adopts is read like an annex, up to the end
            self.tree.adopts = nodes[adopting]
            annex = adopting + 1
            if first_operative is not None and first_operative > adopting:
                first_operative = None
        end = annex if annex is not None else len(nodes)
        notes = self.footnotes_at_end(nodes, first_operative, end)
        if notes is None:
            notes = self.sources_after(nodes, first_operative, end)
        if notes is not None:  # "[1] A/RES/71/3。", or "Works Cited" over its list, after the last clause: kept
            end = notes  # apart like an annex
        inside = self.adopted_inside(nodes, first_operative, end) if adopting is None and chapeau is None else None
        if inside is not None:  # "2. Adopts the following declaration:" over its text, then "3. Calls upon …"
            self.tree.adopts = nodes[inside[0]]
            for node in nodes[inside[1]:inside[2]]:
                if not node.role:
                    node.role = "annex"
                self.tree.annexes.append(node)
        if first_operative is None and adopting is None and chapeau is None:
            decision = self.running_decision(nodes, end)
            if decision is not None:  # "The Economic and Social Council, recalling …, decides:" over (a) (b)
                first_operative = announcing = decision
                self.tree.decision = nodes[decision]
        if first_operative is None or (annex is not None and first_operative > annex):
            self.tree.by_phrases = bool(body)
            first_operative = None
        start = self.body_start(nodes, first_operative, end)
        for node in nodes[:start]:
            if node.role in ("", "table") or id(node) in self.passing:  # a heading laid out in a table too
                node.role = "heading"
                self.tree.heading.append(node)
        if self.tree.organ is not None:
            self.tree.organ.role = "organ"
            self.tree.heading.remove(self.tree.organ)
        if first_operative is None:
            self.read_by_phrases(nodes[start:end])
        else:
            preamble = nodes[start:first_operative]
            leads_emphasised = self.leads_emphasised(preamble)
            items: list[Node] = []  # the lettered items open under the last preambular paragraph
            named = False  # a line naming the operative part has passed: the preamble is over
            for at, node in enumerate(preamble, start):
                if not node.role:
                    if self.broken_off(nodes, at):
                        continue
                    placed = self.preambular_item(node, items)
                    items = placed or []
                    if placed:
                        continue
                    if id(node) not in self.numbered and (self.preamble_heading(node, leads_emphasised)
                                                          or named and is_section(node.para, self.phrases)):
                        node.role = "section"  # after "执行部分" too, a topic's heading ("一、保护平民") set bold
                        self.tree.sections.append(node)
                        named = named or part_heading(node.para.text) == "operative"
                    else:
                        if self.numbered_preamble(node.para, in_preamble=True):
                            self.numbered.add(id(node))  # "一、回顾……，": its lead is read after the label
                        self.preambular(node)
            if chapeau is not None:  # the chapeau is the first operative paragraph, the one without a number
                self.tree.adopts = self.operative(nodes[chapeau], "", auto=False)
                annotate(nodes[chapeau], self.phrases)
            if announcing is not None:
                self.operative(nodes[announcing], "", auto=False)
                if self.tree.decision is None:  # a decision opens with its organ's name, its verb comes later
                    annotate(nodes[announcing], self.phrases)
            if unnumbered_first is not None and unnumbered_first is nodes[first_operative] and not unnumbered_first.role:
                # placed as the clause it is (operative-unnumbered says so), not as a paragraph of the preamble
                own = read_typed(unnumbered_first.para.text)  # "(a) Encourages …;" before "2.": its label
                self.operative(unnumbered_first, own.token if own is not None else "", auto=False)
                if own is not None:
                    unnumbered_first.typed, unnumbered_first.offset = own, own.end
                annotate(unnumbered_first, self.phrases)
                for node in self.unmarked:  # "Enhance …", "Isolating …" after it, before "1.": clauses, unnumbered
                    self.operative(node, "", auto=False)
                    annotate(node, self.phrases)
            self.read_operative(nodes[first_operative:end], self.tree.operative[-1] if announcing is not None else None)
        for node in nodes[end:]:
            if not node.role:
                node.role = "annex"
            self.tree.annexes.append(node)
        if self.tree.organ is None:
            self.organ_substitute()
        else:
            self.organ_repeated(self.tree.organ)
        return self.tree

    def headings_over_clauses(self, body: list[Node]) -> None:
        """A Word list whose first level numbers only topic headings ("壹、数字资源建设", "A. Financing"), or heading
        lines of the draft (its title and committee line put in Heading 1, which a list linked to the headings
        numbers "1. Draft Resolution 3/1"), and whose second numbers the clauses under them ("１．鼓励……；"), the list
        opening with a heading: its paragraphs'
        ``level`` is counted from the clauses' level (the headings stay at level 0, where they read as the sections
        they are; the items under the clauses come up a level with them), as in a list whose level 0 numbers the
        clauses. The document's assignments keep Word's own levels (as :func:`drafter.word.reader._outline_from_top`
        leaves them). The nodes get their own copies of those paragraphs: the reader's stay as Word has them."""
        lists: dict[str, list[Node]] = {}
        for node in body:
            para = node.para
            if para.num_id is not None and para.level is not None and para.list_id:
                lists.setdefault(para.list_id, []).append(node)
        for members in lists.values():
            paras = [n.para for n in members]
            tops = [p for p in paras if p.level == 0]
            clauses = [p for p in paras if p.level == 1]
            if not tops or not clauses or paras[0].level != 0:
                continue
            if not all(p.label and p.text.strip() and (looks_like_section(p.text, p.label, self.phrases)
                                                        or numbered_heading_line(p)) for p in tops):
                continue
            if not any(p.text.rstrip()[-1:] in ";；.。:：" and any(
                    phrase.kind == "operative" for _, phrase in self.phrases.matches(p.text)) for p in clauses):
                continue
            for node in members:
                if node.para.level:
                    node.para = replace(node.para, level=node.para.level - 1)

    def passed_on(self, nodes: list[Node]) -> int:
        """Index of the organ line of the text itself when lines before it pass the text on to a higher organ
        ("The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social Council the
        approval of the following draft resolution:", then "The Economic and Social Council," "Recommends to the
        General Assembly the adoption of the following draft resolution:", then "The General Assembly,"): all before
        it is the heading, whatever organ names and verbs it holds. 0 when no such line stands before the body."""
        passing = 0
        for i, node in enumerate(nodes):
            if node.role:
                continue
            text = node.para.text.strip()
            if text.endswith((":", "：")) and PASSES_ON.search(text) and read_typed(text) is None:
                after = [j for j in range(i + 1, min(i + 6, len(nodes))) if not nodes[j].role]
                for at, j in enumerate(after[:3]):  # a title or two ("Draft resolution I", its name) before it
                    following = nodes[after[at + 1]].para.text if at + 1 < len(after) else ""
                    if is_organ(nodes[j].para.text, following, self.organs, self.phrases):
                        passing = j
                        break
            elif text[-1:] in ENDS and opens_body(text, self.phrases):
                break  # the body has begun
        return passing

    def running_decision(self, nodes: list[Node], end: int) -> int | None:
        """Index of a decision written as the UN writes one, in a single paragraph that opens with the organ's name
        and runs on to its verb ("The Economic and Social Council, recalling its resolution 1992/22, decides:"), over
        lettered sub-paragraphs; None when there is none (the draft has no such paragraph before ``end``). In
        Chinese: "经济及社会理事会，回顾……，决定：" (traditional characters too)."""
        chinese = self.tree.language == "zh"
        for i in range(end):
            node = nodes[i]
            text = node.para.text.strip()
            if node.role or not text.endswith((":", "：") if chinese else ":"):
                continue
            match = (RUNNING_DECISION_ZH if chinese else RUNNING_DECISION).match(text)
            if match is None:
                continue
            organ = simplified(match.group("organ").strip()) if chinese else match.group("organ").casefold()
            if not any(organ == o.casefold().removeprefix("the ") for o in self.organs):
                continue
            following = next((n for n in nodes[i + 1:end] if n.role not in UNREAD), None)
            if following is not None and not following.role and sub_label(following.para.text):
                return i
        return None

    def after_part_heading(self, nodes: list[Node], first_operative: int | None) -> int | None:
        """Index of the first operative paragraph when a line naming the operative part ("Operative Clauses:")
        stands after numbered paragraphs and numbered paragraphs follow it: the ones before it are the preamble,
        numbered by the student ("(1). Understands …", their numbers again from 1 after the line); otherwise
        ``first_operative`` as it is."""
        if first_operative is None:
            return None
        heading = next((i for i in range(first_operative + 1, len(nodes)) if not nodes[i].role
                        and part_heading(nodes[i].para.text) == "operative"), None)
        if heading is None:
            return first_operative
        after = next((i for i in range(heading + 1, len(nodes)) if not nodes[i].role and self.numbered_para(nodes[i])),
                     None)
        if after is None:
            return first_operative
        for node in nodes[first_operative:heading]:
            if not node.role and self.numbered_para(node):
                self.numbered.add(id(node))
        return after

    def under_preamble_heading(self, nodes: list[Node]) -> set[int]:
        """The ids of the paragraphs a student numbered "1." "2." … under a line naming the preamble
        ("Preambulatory Clauses:"), whatever their leads ("1. We are deeply concerned …"): up to a line naming the
        operative part, a count starting again at 1, or a paragraph led by an operative verb only (the operative
        part numbered on; it opens there)."""
        heading = next((i for i, n in enumerate(nodes) if not n.role and part_heading(n.para.text) == "preambular"),
                       None)
        if heading is None:
            return set()
        run: set[int] = set()
        for node in nodes[heading + 1:]:
            if node.role:
                continue
            if part_heading(node.para.text) is not None:
                break
            typed = read_typed(node.para.text) if node.para.num_id is None else None
            if typed is None or typed.kind != "number":
                if node.para.num_id is not None or not run:
                    break
                continue  # a line inside a paragraph's quotation, or a paragraph the student left unnumbered
            kinds = {phrase.kind for _, phrase in self.phrases.matches(node.para.text[typed.end:])}
            if typed.value != len(run) + 1 or kinds == {"operative"}:
                if run and typed.value != 1:
                    self.after_run = id(node)  # "4. Urges …;" numbered on from the preamble
                break
            run.add(id(node))
        return run

    @staticmethod
    def numbered_para(node: Node) -> bool:
        """A paragraph numbered as a clause is, by Word or by a typed number ("3.", "(3).")."""
        return node.para.num_id is not None or clause_label(node.para.text) is not None

    @staticmethod
    def after_label(text: str) -> str:
        """``text`` without the label typed before it ("A) Calls upon …" → "Calls upon …")."""
        typed = read_typed(text)
        return (text[typed.end:] if typed is not None else text).strip()

    def clause_tables(self, nodes: list[Node]) -> None:
        """Tables that hold clauses (a template with one clause a row) are read like the body's paragraphs: a table
        with a clause number (Word's or typed) in a cell, two cells that open with a lead phrase (after a label
        of any form: "A) Calls upon …"), or one filled cell holding a labelled clause. Other tables
        (a heading laid out in cells, a table of figures) keep the role "table"."""
        # by the outermost w:tbl element itself: lxml makes a new proxy object for an element no one holds, so an
        # id() of one could be taken again by another table's
        tables: dict[Any, list[Node]] = {}
        for node in nodes:
            if node.role == "table" and node.para.element is not None:
                holding = placement.tables_holding(node.para.element)
                tables.setdefault(holding[-1] if holding else None, []).append(node)
        for members in tables.values():
            filled = [n for n in members if n.para.text.strip()]
            numbered = any(word_clause_number(n.para) or (n.para.num_id is None and clause_label(n.para.text))
                           for n in filled)
            led = sum(self.phrases.match(self.after_label(n.para.text)) is not None for n in filled)
            # a table of one labelled clause ("b. Encourages …" pasted into a cell) is read as its clause, as one
            # numbered "2." is: after --fix relabels "2." as "b.", the item is read the same; so is one item
            # lettered or in roman numerals ("(i) small solar grids"), which --fix may have retyped from "(1)"
            typed = read_typed(filled[0].para.text) if len(filled) == 1 else None
            lone = typed is not None and (led == 1 or typed.kind in ("number", "letter", "roman"))
            if numbered or led >= 2 or lone:
                header = self.header_row(members)
                figures = self.nested_figures(members)
                for node in members:
                    node.role = "table" if id(node) in header or id(node) in figures \
                        else "" if node.para.text.strip() else "empty"

    def nested_figures(self, members: list[Node]) -> set[int]:
        """The ids of the paragraphs of the tables nested in a table of clauses' cells that hold no clause (no
        clause number, no lead phrase: a table of figures a clause quotes under its "…:"). They stay the table's,
        out of the body, as a table of figures between clauses does."""
        nested: dict[Any, list[Node]] = {}
        for node in members:
            tables = placement.tables_holding(node.para.element)
            if len(tables) > 1:
                nested.setdefault(tables[-2], []).append(node)
        figures: set[int] = set()
        for inner in nested.values():
            filled = [n.para.text.strip() for n in inner if n.para.text.strip()]
            if not any(clause_label(text) or self.phrases.match(self.after_label(text)) for text in filled):
                figures.update(id(n) for n in inner)
        return figures

    def header_row(self, members: list[Node]) -> set[int]:
        """The ids of the paragraphs of a table of clauses' first row when it names the columns ("No." /
        "Operative clause", "编号" / "条款"): two short lines or more, none a clause (a lead phrase, a clause's end
        mark), in a table with more rows. They stay the table's, out of the body."""
        row = placement.row_holding(members[0].para.element)
        if row is None or not placement.row_after(row):
            return set()
        cells = [n for n in members if placement.row_holding(n.para.element) is row]
        texts = [n.para.text.strip() for n in cells if n.para.text.strip()]
        if len(texts) < 2 or any(len(text) > 30 or text[-1] in ",;:，；。：" or self.phrases.match(self.after_label(text))
                                 for text in texts):
            return set()
        return {id(n) for n in cells}

    def body_start(self, nodes: list[Node], first_operative: int | None, end: int) -> int:
        """Index of the first paragraph after the heading block (the organ line is found on the way)."""
        limit = first_operative if first_operative is not None else end
        for i in range(limit):
            node = nodes[i]
            if node.role:
                continue
            following = next((n.para.text for n in nodes[i + 1: limit] if not n.role), "")
            if is_organ(node.para.text, following, self.organs, self.phrases,
                        tuple(n.para.text for n in nodes[:i] if not n.role)):
                self.tree.organ = node
                return i + 1
            text = node.para.text.strip()
            if text[-1] in ENDS and opens_body(text, self.phrases):
                break  # the preamble has begun: an organ line after it is no organ line
        # no organ line: the body starts at the first paragraph that opens like a clause
        for i in range(limit):
            node = nodes[i]
            if node.role:
                continue
            text = node.para.text.strip()
            if id(node) in self.numbered:
                return i  # the first paragraph of a preamble the student numbered ("(1). Understands …")
            labelled = fields_in(text)
            if re.match(r"^[^\s:：]{1,25}[:：]", text) or (labelled and labelled[0].start == 0):
                continue
            if opens_body(text, self.phrases):
                return self.preamble_before(nodes, i)
            if self.labelled_clause(node.para, text):
                return i  # "A) Recognizing that …;": a preamble its writer lettered, whatever its end mark
            if self.unpunctuated_clause(text) and self.unpunctuated_clause(
                    next((n.para.text.strip() for n in nodes[i + 1: limit] if not n.role), "")):
                return i  # "Alarmed by the rates …" then "Noting with concern …": clauses their writer left unmarked
            if self.phrases.lang == "en" and LEGISLATIVE.match(text) and len(text) > 60:
                return i  # "Whereas …" opens a preamble (in the wrong form) whatever its end
            if PARTICIPLE.match(text) and len(text) > 60 and text[-1] in ENDS:
                return i  # a participle the phrase list lacks ("Defining …,")
            if PAST_PARTICIPLE_BY.match(text) and len(text) > 60 and text[-1] in ",，":
                return i  # a past participle the phrase list lacks ("Inspired by …,")
            if self.phrases.lang == "en" and sentence_clause(text):
                # a clause that lost its lead ("human rights as the articles stated …,"), or the rest of one whose
                # lead stands alone on the line before it ("Alarmed by" over "the fact that …,")
                return self.preamble_before(nodes, i)
            if self.lead_opening(text) and self.lead_opening(
                    next((n.para.text.strip() for n in nodes[i + 1: limit] if not n.role), "")):
                return i  # two clauses in a row whatever their labels and marks: not heading lines
        return limit if first_operative is not None else end

    def lead_opening(self, text: str) -> bool:
        """A paragraph that opens like a clause whatever its label and end: after a typed label, if any, a lead
        phrase and a few words ("b. Noting with concern that the cost of …"); no heading field ("Topic: …")."""
        if not text or fields_in(text):
            return False
        typed = read_typed(text)
        rest = text[typed.end:].strip() if typed is not None else text
        matched = self.phrases.match(rest)
        return matched is not None and enough_words(rest[len(matched[0]):], 3)

    def labelled_clause(self, para: reader.Paragraph, text: str) -> bool:
        """A typed letter or number opens a paragraph whose remainder opens like a clause ("A) Recognizing that the
        challenge …;", "2) Noting with concern …,"): the body has begun although the label hid its lead."""
        typed = read_typed(text) if para.num_id is None else None
        if typed is None or typed.kind not in ("letter", "number"):
            return False
        rest = text[typed.end:].strip()
        return enough_words(rest, 4) and opens_body(rest, self.phrases)

    def unpunctuated_clause(self, text: str) -> bool:
        """A preambular clause left without any final mark: a preambular lead phrase, a few words after it and no
        mark at the end ("Alarmed by the rates of child marriage worldwide"). One such line may be a title; two in a
        row are the preamble of a writer who marks no clause's end."""
        matched = self.phrases.match(text)
        return matched is not None and matched[1].kind == "preambular" and bool(text) and text[-1] not in ENDS \
            and enough_words(text[len(matched[0]):], 3)

    def preamble_before(self, nodes: list[Node], start: int) -> int:
        """The body's first paragraph when ``start`` opens it: earlier lines that open with a preambular lead
        phrase and a few words after it belong to the preamble too ("Alarmed by the rates of child marriage
        worldwide", left short and without its comma), up to the last labelled heading field."""
        first = start
        for i in range(start - 1, -1, -1):
            node = nodes[i]
            if node.role:
                continue
            text = node.para.text.strip()
            matched = self.phrases.match(text)
            if fields_in(text) or matched is None or matched[1].kind != "preambular" \
                    or not (enough_words(text[len(matched[0]):], 3) or self.lead_alone(text, matched[0], nodes, i)) \
                    or text[-1:] in (":", "："):
                break
            first = i
        return first

    def lead_alone(self, text: str, lead: str, nodes: list[Node], at: int) -> bool:
        """A preambular lead phrase alone on its line ("Alarmed by", "Noting with concern") whose clause goes on in
        the next paragraph, opening in lower case ("the fact that …", "that …"): the clause's first part, broken off
        by a stray paragraph mark (paragraph-broken says so), not a heading line."""
        if self.phrases.lang != "en" or text[len(lead):].strip():
            return False
        following = next((n.para.text.strip() for n in nodes[at + 1:] if not n.role and n.para.text.strip()), "")
        return following[:1].islower()

    def first_clause_unnumbered(self, nodes: list[Node]) -> int | None:
        """Index of the first operative paragraph a student left without its number ("Calls upon …;") when no clause
        is numbered 1 and the count goes on from it on the next paragraph ("2. Demands …;"): the operative part opens
        there, the missing number its fault, not a draft whose parts only lead phrases tell apart. Looked for only
        when no clause numbered 1 opened the operative part; the first typed clause number decides."""
        before: Node | None = None  # the last paragraph with text before the one looked at
        for at, node in enumerate(nodes):
            if node.role or not node.para.text.strip():
                continue
            typed = clause_label(node.para.text) if node.para.num_id is None else None
            if typed is None:
                before = node
                continue
            if typed.value != 2 or before is None or before.para.num_id is not None \
                    or read_typed(before.para.text) is not None or not self.operative_only(before) \
                    or not (self.operative_lead(node.para.text[typed.end:])
                            or self.goes_on_from_clause(before, node.para.text[typed.end:])):
                return None
            return next(i for i in range(at - 1, -1, -1) if nodes[i] is before)
        return None

    def goes_on_from_clause(self, before: Node, rest: str) -> bool:
        """``rest`` (the words after a typed "2.") goes on from ``before``, a clause closed as a clause closes
        ("Congratulates …;"), though its verb is one the library lacks ("2. Promotes …:"): no preambular lead opens it,
        no preambular comma ends it. The unnumbered clause before it is then clause 1, the count going on from it."""
        words = rest.strip()
        if not before.para.text.rstrip().endswith((";", "；")) or not words or words.rstrip()[-1:] in (",", "，"):
            return False
        kinds = {phrase.kind for _, phrase in self.phrases.matches(words)}
        return "preambular" not in kinds and not self.preambular_only(kinds, words)

    def clause_before_first(self, nodes: list[Node], first: int) -> int | None:
        """Index of an operative paragraph a student left without a number right before the clause typed "1." (the
        count began at the second clause): no label, an operative lead only ("Affirms", not "Affirming" nor a verb
        both parts share) and a clause's end (";"), where the preamble it follows ends with commas. None otherwise:
        the first typed clause opens the operative part."""
        typed = clause_label(nodes[first].para.text) if nodes[first].para.num_id is None else None
        second = typed is not None and typed.value == 2 and self.first_number_late(nodes, first)
        if typed is None or (typed.value != 1 and not second):
            return None
        at = next((i for i in range(first - 1, -1, -1) if nodes[i].para.text.strip()), None)
        if at is None or nodes[at].role or id(nodes[at]) in self.numbered or id(nodes[at]) in self.items:
            return None
        node = nodes[at]
        text = node.para.text.rstrip()
        own = read_typed(text)
        # before "2.", the first clause may carry a label of another form ("(a) Encourages …;", "i. Urges …;")
        labelled = second and own is not None and own.kind in ("letter", "roman") and own.value == 1
        if typed.value == 1 and (unmarked := self.unmarked_clauses_before(nodes, first)) is not None:
            return unmarked
        if node.para.num_id is not None or (own is not None and not labelled) or not text.endswith((";", "；")) \
                or not self.operative_only(node) or not self.operative_lead(text[own.end if labelled and own else 0:]):
            return None
        # the paragraph before it ends as a preambular paragraph does: the preamble is over at the clause
        previous = next((n for n in reversed(nodes[:at]) if n.para.text.strip()), None)
        if previous is None or not previous.para.text.rstrip().endswith((",", "，")):
            return None
        return at

    def unmarked_clauses_before(self, nodes: list[Node], first: int) -> int | None:
        """Index of the first of the operative clauses a writer who marks no paragraph's end left unnumbered before
        the clause typed "1." ("…of each region" / "Encourages civil society …" / "Enhance the transparency …" /
        "1. Additional funding …"): the paragraphs before "1." form a run with no label and no end mark, the last
        preambular paragraph among them; the first one whose lead is an operative verb only opens the operative
        part when another line follows it in the run and none opens with a preambular lead. The end marks cannot tell
        the parts apart there; a wrong-part lead in a punctuated preamble ("Encourages …," then "Noting …,") stays a
        preambular paragraph, and so does one a preambular lead follows, or one alone right before "1." (the
        preamble's last paragraph, "Recommends all nations …" left without its comma)."""
        run: list[int] = []
        for i in range(first - 1, -1, -1):
            node = nodes[i]
            text = node.para.text.strip()
            if not text:
                continue
            if node.role or id(node) in self.numbered or id(node) in self.items or node.para.num_id is not None \
                    or read_typed(text) is not None or text[-1] in RUN_BREAKING_ENDS or fields_in(text):
                break
            run.insert(0, i)
        for k, at in enumerate(run):
            if k == 0 or not self.operative_only(nodes[at]) or not self.operative_lead(nodes[at].para.text):
                continue
            # the marks, where the run has them, are the parts' own (",", then ";" from the operative lead on): the
            # reading a writer's unmarked draft has is the one it keeps once --fix has written them
            ends = [nodes[i].para.text.strip()[-1] for i in run]
            if any(mark in ",;" for mark in ends) and not (
                    all(mark not in ";" for mark in ends[:k]) and all(mark not in "," for mark in ends[k:])):
                return None
            before = nodes[run[k - 1]].para.text.strip().rstrip(",")
            if not self.unpunctuated_clause(before):
                return None  # the paragraph before it is no preambular clause left without its mark
            after = run[k + 1:]
            if not after:
                return None  # one such line right before "1." is the preamble's last, its lead from the wrong part
            if any("preambular" in {p.kind for _, p in self.phrases.matches(nodes[i].para.text)} for i in after):
                return None
            # the lines after it, each opening in capitals, are clauses left without their numbers too
            self.unmarked = [nodes[i] for i in after if nodes[i].para.text.strip()[:1].isupper()]
            return at
        return None

    def first_number_alone(self, nodes: list[Node], at: int) -> bool:
        """Paragraph ``at`` is clause number 1 alone ("1."), the clause's words in the paragraph after it opening with
        an operative lead: its words in the next cell of a table of clauses, or cut to the next line by a copy out of
        a PDF. It opens the operative part (in Chinese, where "敦促" opens either part, by its number)."""
        para = nodes[at].para
        typed = label_only(para.text) if para.num_id is None and len(para.text) < 8 else None
        if typed is None or typed.value != 1 or not numbers_clauses(typed):
            return False
        after = next((n for n in nodes[at + 1:at + 3] if n.para.text.strip()), None)
        return after is not None and any(p.kind == "operative" for _, p in self.phrases.matches(after.para.text))

    def first_number_late(self, nodes: list[Node], at: int) -> bool:
        """Paragraph ``at`` is the first clause numbered past 1 ("2. Encourages …;" then "3. Decides …", the first
        clause struck out in debate or its number mistyped): a typed "N." (2 to 9) before an operative lead, not
        ending with a preambular comma, the first number typed in the body, and the next number typed after it N + 1
        (or none, the paragraph then ending as a clause ends). It opens the operative part; the numbering's own
        finding says where the count should start."""
        para = nodes[at].para
        typed = read_typed(para.text) if para.num_id is None else None
        end = para.text.rstrip()[-1:]
        if typed is None or typed.name != "number-dot" or not 2 <= typed.value <= 9 or end in ",，" \
                or not self.operative_lead(para.text[typed.end:]):
            return False

        def number(node: Node) -> Typed | None:
            found = read_typed(node.para.text) if not node.role and node.para.num_id is None else None
            return found if found is not None and found.kind == "number" else None

        if any(number(node) is not None for node in nodes[:at]):
            return False
        after = next((found for node in nodes[at + 1:] if (found := number(node)) is not None), None)
        return after.value == typed.value + 1 if after is not None else end in ";；.。:："

    def lettered_clause(self, para: reader.Paragraph) -> bool:
        """A first operative paragraph numbered with a capital letter ("A. Urges …;") or a capital Roman numeral
        ("I. 鼓励……；"), not a section heading, or
        with a bracketed Chinese ordinal ("（一）敦促……；", "（甲）请……；": a clause's lead and a clause's end, as
        :func:`bracketed_clause` reads Word's)."""
        typed = read_typed(para.text) if para.num_id is None else None
        if typed is None or typed.value != 1:
            return False
        if typed.name in BRACKETED_ORDINALS:
            return typed_bracketed_clause(para.text, typed, self.phrases)
        if (typed.kind == "roman" or self.phrases.lang == "zh") and typed.upper:
            # "I. 鼓励……；", "A.敦促……；": a clause's lead (in Chinese one that may also open a preambular paragraph)
            # and a clause's end (not the comma of a preambular paragraph a student numbered "I. 回顾……，", nor a
            # section "I. General provisions")
            return not looks_like_section(para.text, typed.text, self.phrases) and para.text.rstrip().endswith(
                ("；", ";", "。", ".", "：", ":")) and any(phrase.kind == "operative" for _, phrase
                                                         in self.phrases.matches(para.text[typed.end:]))
        return typed.kind == "letter" and typed.upper and not looks_like_section(para.text, typed.text, self.phrases) \
            and self.operative_lead(para.text[typed.end:])

    def numbered_preamble(self, para: reader.Paragraph, in_preamble: bool = False) -> bool:
        """A preambular paragraph a student numbered ("一、回顾……，", "(1) Recalling …,"): a preambular lead (in
        English one that is not also an operative form; Chinese writes both alike) and a comma at the end. A typed
        "1." opens the operative part wherever it stands. ``in_preamble``: the paragraph stands before the first
        operative one, so any end mark and any lead will do ("F. Taking into consideration …;" ends the preamble
        wrongly, "L) Affirms …" and "B) Whereas …" open it wrongly)."""
        typed = read_typed(para.text) if para.num_id is None else None
        if typed is None or typed.un_number or not (in_preamble or para.text.rstrip().endswith((",", "，"))):
            return False
        kinds = {phrase.kind for _, phrase in self.phrases.matches(para.text[typed.end:])}
        if in_preamble and (kinds or self.phrases.lang == "en"):  # "L) Affirms that …", "B) Whereas …": the lead the fault
            return True
        return "preambular" in kinds and (self.phrases.lang == "zh" or "operative" not in kinds)

    def counted_on(self, nodes: list[Node], at: int) -> bool:
        """In Chinese, the paragraph at ``at`` labelled with the numeral one ("一、呼吁各会员国……，"), which
        :meth:`numbered_preamble` takes for a preambular paragraph a student numbered (its lead reads both ways, its
        end is a comma), is the first operative clause, its comma the fault, when the count goes on after it in the
        same kind of label (二、 三、 …) over two paragraphs or more, none of them ends with a comma as a preambular
        paragraph does, and one of them at least opens with a lead that is operative only (请, 建议, 邀请): the run
        is the operative part. Paragraphs without a label, or with another kind (the items (a) (b) under a clause),
        stand between; a number of another form ("1.") starts a count of its own and ends the run."""
        if self.phrases.lang != "zh":
            return False
        first = read_typed(nodes[at].para.text)
        if first is None or first.kind != "zh-number" or first.value != 1:
            return False
        count, operative = self._count_run(nodes, at, lambda typed: typed.kind == first.kind,
                                           lambda text: text.endswith(("，", ",")), others_between=True)
        return count >= 3 and operative

    def bracketed_counted_on(self, nodes: list[Node], at: int) -> bool:
        """In Chinese, the paragraph at ``at`` typed with the first bracketed Chinese ordinal ("（一）赞赏……；"), whose
        lead reads as a preambular one too (赞赏, 欢迎: :func:`typed_bracketed_clause` wants an operative one), is the
        first operative clause when it ends as a clause does (；, 。), stands under no paragraph ending with ":" (whose
        items such labels are), and the count goes on in the same kind of label (（二） （三） …) over two paragraphs
        or more that end so too, one of them at least opening with a lead that is operative only (请, 呼吁, 敦促): the
        run is the operative part, as :meth:`counted_on` reads 一、 二、."""
        if self.phrases.lang != "zh":
            return False
        para = nodes[at].para
        first = read_typed(para.text) if para.num_id is None else None
        if first is None or first.name not in BRACKETED_ORDINALS or first.value != 1 \
                or not para.text.rstrip().endswith(("；", ";", "。")):
            return False
        before = next((node for node in reversed(nodes[:at]) if not node.role), None)
        if before is not None and before.para.text.rstrip().endswith(("：", ":")):
            return False
        count, operative = self._count_run(nodes, at, lambda typed: typed.name == first.name,
                                           lambda text: not text.endswith(("；", ";", "。", "：", ":")),
                                           others_between=False)
        if count >= 3 and operative:
            self.counted_bracketed.add(id(nodes[at]))
            return True
        return False

    def _count_run(self, nodes: list[Node], at: int, same_kind: Callable[[Typed], bool],
                   ends_wrong: Callable[[str], bool], *, others_between: bool) -> tuple[int, bool]:
        """How far the count that opens at ``at`` (its value 1) goes on in labels of ``same_kind`` (each the next
        value, none ending as ``ends_wrong`` says), and whether a paragraph of it opens with a lead that is operative
        only. Paragraphs already placed and Word's numbered ones are passed over; with ``others_between``, so are
        paragraphs without a label or with another kind (items between the clauses), a "1." ending the run; without
        it they end it."""
        count, operative = 1, False
        for node in nodes[at + 1:]:
            if node.role or node.para.num_id is not None:
                continue
            typed = read_typed(node.para.text)
            if others_between and typed is not None and typed.kind == "number":
                break
            if typed is None or not same_kind(typed):
                if others_between:
                    continue
                break
            if typed.value != count + 1 or ends_wrong(node.para.text.rstrip()):
                break
            count += 1
            operative = operative or self.operative_only(node)
        return count, operative

    def typed_numbered_preamble(self, nodes: list[Node]) -> set[int]:
        """The ids of the paragraphs of a preamble a student numbered "1." "2." …, and of the numbered items under
        one of its paragraphs that ends with ":" (their ids also in ``self.items``). The run opens the body: a
        typed number, a preambular lead that is no operative form and a comma at the end ("1. Alarmed by …,");
        later paragraphs in it keep such a lead and do not end as an operative one does (";" or "."); the items
        under a paragraph ending with ":" open with no lead at all ("1. 35 bans weapons …,")."""
        run: set[int] = set()
        first: Node | None = None  # the run's first paragraph
        unnumbered = 0  # preambular paragraphs without a number before the run
        intro = False  # the last preambular paragraph ends with ":": its items may follow
        for node in nodes:
            if node.role or node.para.num_id is not None:
                continue
            typed = read_typed(node.para.text)
            if typed is None or (typed.kind != "number" and field_number(node.para) is None):
                # unnumbered: the heading, a line inside the run (a quotation's), or a preambular paragraph whose
                # number --fix took away ("Further referring to … which in:"), its numbered items after it
                kinds = {phrase.kind for _, phrase in self.phrases.matches(node.para.text)}
                if "preambular" in kinds and "operative" not in kinds:
                    intro = node.para.text.rstrip().endswith((":", "："))
                    unnumbered += not run
                elif not run:
                    # a line of no preambular lead between a paragraph ending with ":" and the numbers ("That …;"
                    # items, "RESOLVES:"): the numbers that follow are not that paragraph's items
                    intro = False
                continue
            text = node.para.text.rstrip().rstrip(CLOSING_QUOTES)  # '… “killer robots,”': the comma ends it
            content = node.para.text[typed.end:]
            kinds = {phrase.kind for _, phrase in self.phrases.matches(content)}
            participle = not kinds and PARTICIPLE.match(content.strip()) is not None  # "Regarding of …"
            preambular = ("preambular" in kinds and "operative" not in kinds) or participle
            tagged = preambular_tag(typed.text) and (preambular or "operative" not in kinds)
            if tagged or preambular and (text.endswith((",", "，")) if not run
                                         else not text.endswith((";", "；", ".", "。"))):
                run.add(id(node))
                first = first or node
                intro = text.endswith((":", "："))
                continue
            if intro and not kinds:
                run.add(id(node))
                self.items.add(id(node))
                continue
            if run and first is not None and self.first_clause_misled(first, node, len(run), unnumbered):
                self.after_run = id(first)  # "1. Calling upon …," after the preamble: clause 1, its lead the fault
                return self.numbered_preamble_any_end(nodes) - {id(first)}
            if run:
                self.after_run = id(node)  # "3. Urges …;": the operative part, numbered on from the preamble
            break
        relaxed = self.numbered_preamble_any_end(nodes)
        return run if relaxed <= run else run | relaxed

    def first_clause_misled(self, first: Node, after: Node, numbered: int, unnumbered: int) -> bool:
        """In English, the one numbered paragraph ``first`` ("1. Calling upon all States …,") comes after two or
        more preambular paragraphs without a number and before "2." led by an operative verb (``after``), and its
        participle is that of a verb asking others to act (:data:`ASKING`): it is the first operative paragraph,
        opened with the wrong form of its verb (the lead-form rule's finding), not a numbered preamble. A
        participle of what the organ sees or holds ("1. Recognizing the role …,") stays a preambular paragraph
        numbered by mistake."""
        if self.phrases.lang != "en" or numbered != 1 or unnumbered < 2:
            return False
        opened, following = read_typed(first.para.text), read_typed(after.para.text)
        if opened is None or following is None or opened.value != 1 or following.value != 2:
            return False
        words = first.para.text[opened.end:].casefold().split()[:2]  # "Strongly urging": the modifier first
        return any(word in ASKING for word in words) and self.operative_lead(after.para.text[following.end:])

    def numbered_preamble_any_end(self, nodes: list[Node]) -> set[int]:
        """The ids of a preamble numbered "1." "2." (or "一." "二.") … whatever its paragraphs' end marks ("1. Alarmed
        by …;", "二.深信……；"):
        typed numbers from 1 on, most of them (at least two) before a preambular lead (:meth:`preambular_only`)
        and none before an operative lead only; then, after a paragraph that neither introduces items (":") nor
        ends a Chinese resolution ("。"), a typed "1." before an operative lead (the count starts again), or in
        English the next number before an operative lead only; or, no operative paragraph numbered, the text ends
        and (in English) every one of them opens with a preambular lead, or one ends with a comma or with no mark
        at all, or (in Chinese) most of them end with "，". Their end marks are the student's faults to report, not a sign of the operative part."""
        run: list[Node] = []
        preambular = 0
        unnumbered = 0  # unnumbered paragraphs with a preambular lead before the first typed number
        headed = False  # a heading of a part of its own after the run ("第二部分 合作"): the count starts again by part
        kind = ""  # the run's kind of number: "1." or "一、"; a number of the other kind is no part of it (两种编号混用)
        for node in nodes:
            if node.role or node.para.num_id is not None:
                continue
            typed = read_typed(node.para.text)
            if typed is None or typed.kind not in ("number", "zh-number") or kind and typed.kind != kind:
                text = node.para.text.strip()
                if not run and self.preambular_only({p.kind for _, p in self.phrases.matches(node.para.text)},
                                                    node.para.text):
                    unnumbered += 1
                elif run and text and text[-1] not in ENDS and self.phrases.match(text) is None \
                        and part_heading(text) is None:
                    headed = True
                continue
            content = node.para.text[typed.end:]
            kinds = {phrase.kind for _, phrase in self.phrases.matches(content)}
            # "1. Urges …" (or a bare "1. Request …") after "3. Noting …": the count starts again; in Chinese also
            # before a clause that opens with no lead phrase at all ("一、各国坚持履行……" after "八.决心……；": a
            # treaty's articles, or clauses opening with their subject, after a numbered preamble)
            restarts = typed.value == 1 and bool(run) and ("operative" in kinds or (
                self.phrases.lang == "en" and not self.preambular_only(kinds, content)) or (
                self.phrases.lang == "zh" and not kinds))
            if typed.value == len(run) + 1 and (kinds != {"operative"} or self.operative_verb_with_comma(node)):
                kind = typed.kind
                run.append(node)  # "1. Acknowledges …," among "2. Noting …,": a preambular paragraph, wrongly led
                preambular += self.preambular_only(kinds, content)
                continue
            continues = kinds == {"operative"} and typed.value == len(run) + 1 and self.phrases.lang == "en"
            if not (restarts or continues) or not run or run[-1].para.text.rstrip()[-1:] in (":", "：", "。") \
                    or (restarts and headed):
                return set()  # items under a chapeau, a list after the resolution's last paragraph, clauses by part
            if continues and self.operative_run(run, unnumbered):
                return set()  # "1. Encouraging …;" "2. Calling upon …;" "3. Supports …": the operative part
            run, opened = self.operative_tail(run)
            if (typed.value != 1 or opened is not None) and self.enough_preamble(run, preambular):
                # "4. Urges …;" after "1." to "3.": numbered on from the preamble
                self.after_run = id(opened if opened is not None else node)
            return {id(n) for n in run} if self.enough_preamble(run, preambular) else set()
        run, opened = self.operative_tail(run)
        if self.phrases.lang != "en":  # a Chinese lead reads both ways: the count starting again, or the commas
            commas = sum(n.para.text.rstrip().endswith("，") for n in run)
            return {id(n) for n in run} if commas * 2 > len(run) and self.enough_preamble(run, preambular) else set()
        ends_as_preamble = preambular == len(run) or any(
            n.para.text.rstrip()[-1:] == "," or n.para.text.rstrip()[-1:].isalnum() for n in run)
        return {id(n) for n in run} if ends_as_preamble and self.enough_preamble(run, preambular) else set()

    def operative_run(self, run: list[Node], unnumbered: int) -> bool:
        """A run numbered "1." "2." … whose count goes on into an operative lead is the operative part, its
        preambular leads the fault, when none of the run ends with a comma as a preambular paragraph does ("1.
        Encouraging States to …;") and either the preamble stands unnumbered before it (two paragraphs or more) or
        most of the run opens with the participle of a verb asking others to act (:meth:`asking_run`)."""
        return not any(n.para.text.rstrip()[-1:] in (",", "，") for n in run) and (
            unnumbered >= 2 or self.asking_run(run))

    def asking_run(self, run: list[Node]) -> bool:
        """In English, two or more of the numbered paragraphs, and more than half, open with the participle of a
        verb asking others to act (:data:`ASKING`: "2) Recommending …", "5) Calling for …"): clauses of a text
        that acts, written in the preambular form."""
        if self.phrases.lang != "en":
            return False
        asking = 0
        for node in run:
            typed = read_typed(node.para.text)
            words = node.para.text[typed.end if typed is not None else 0:].casefold().split()[:2]
            asking += any(word in ASKING for word in words)
        return asking >= 2 and asking * 2 > len(run)

    def bulleted_preamble_goes_on(self, nodes: list[Node], at: int) -> bool:
        """In English, the bulleted paragraph at ``at``, led by an operative verb ("• Considers cyber espionage …,"),
        ends with a preambular comma and stands between bulleted paragraphs with the same bullet led by preambular
        leads only, the one before it and the one after it: a paragraph of a bulleted preamble opened with the
        wrong form of its lead (the lead-form rule's finding), not the first operative clause with its items."""
        if self.phrases.lang != "en" or not nodes[at].para.text.rstrip().endswith(","):
            return False
        bullet = read_typed(nodes[at].para.text)
        if bullet is None:
            return False
        before = next((n for n in reversed(nodes[:at]) if not n.role), None)
        after = next((n for n in nodes[at + 1:] if not n.role), None)

        def preambular_bullet(node: Node | None) -> bool:
            typed = read_typed(node.para.text) if node is not None and node.para.num_id is None else None
            if node is None or typed is None or typed.kind != "bullet" or typed.token != bullet.token:
                return False
            content = node.para.text[typed.end:]
            return self.preambular_only({p.kind for _, p in self.phrases.matches(content)}, content)

        return preambular_bullet(before) and preambular_bullet(after)

    def operative_verb_with_comma(self, node: Node) -> bool:
        """An English paragraph numbered and led by an operative verb only, ending with a comma as a preambular
        one does ("1. Acknowledges the epidemic …,"): it may stand in a numbered preamble, its lead the fault."""
        return self.phrases.lang == "en" and node.para.text.rstrip().endswith(",")

    def operative_tail(self, run: list[Node]) -> tuple[list[Node], Node | None]:
        """``run`` without the paragraphs at its end led by an operative verb only (taken in by
        :meth:`operative_verb_with_comma`): with no preambular paragraph after them they open the operative part,
        their commas the fault; and the first of them, or None."""
        cut = len(run)
        while cut and self.operative_only(run[cut - 1]):
            cut -= 1
        return run[:cut], (run[cut] if cut < len(run) else None)

    def operative_only(self, node: Node) -> bool:
        typed = read_typed(node.para.text)
        content = node.para.text[typed.end:] if typed is not None else node.para.text
        return {phrase.kind for _, phrase in self.phrases.matches(content)} == {"operative"}

    def preambular_only(self, kinds: set[str], content: str) -> bool:
        """The lead of a numbered paragraph is a preambular one: in English one that is no operative form (or a
        participle or adjective the library lacks, or the legislative "Whereas"); in Chinese, where both parts often share a verb (回顾, 欢迎), any preambular
        lead."""
        if self.phrases.lang == "zh":
            return "preambular" in kinds
        opening = content.strip()
        return kinds == {"preambular"} or (not kinds and (  # "Troubled that …", "Whereas …": no operative verb
            PARTICIPLE.match(opening) is not None or PAST_PARTICIPLE_LEAD.match(opening) is not None
            or WHEREAS.match(opening) is not None))

    @staticmethod
    def enough_preamble(run: list[Node], preambular: int) -> bool:
        """At least two of the numbered paragraphs, and more than half, open with a preambular lead."""
        return preambular >= 2 and preambular * 2 > len(run)

    def operative_lead(self, text: str) -> bool:
        """``text`` opens with an operative lead phrase: its longest lead form is one of an operative phrase, also
        when the same form is a preambular phrase's too (促请 is "Urging" and "Urges", 请 "Requesting" and
        "Requests")."""
        found = self.phrases.matches(text)
        return any(phrase.kind == "operative" for form, phrase in found if len(form) == len(found[0][0]))

    @staticmethod
    def footnotes_at_end(nodes: list[Node], first_operative: int | None, end: int) -> int | None:
        """Index of the first of the footnotes typed after the last clause, before ``end`` (an annex, or the end):
        lines numbered in brackets one after another ("[1] A/RES/71/3。" "[2] WHA68.7号决议。") whose first mark the
        text before them carries ("…第71/3号决议[1]，"), or by bare numbers ("1 The Jeddah Declaration was signed …")
        whose first number the text before them carries glued to a word ("…of Sudan1 of 11 May 2023,"). None when
        there is none."""
        if first_operative is None:
            return None
        starred = _Reader.star_notes(nodes, first_operative, end)
        # numbered in brackets ("[1] …" after "…[1]，"), or by a bare number ("1 The …" after "…Sudan1 of"), as a
        # page's footnotes are printed at its foot
        for line_form, reference in ((FOOTNOTE_LINE, NUMBERED_REFERENCE), (BARE_FOOTNOTE_LINE, GLUED_REFERENCE)):
            start, numbers = starred, []
            for i in range(starred - 1, first_operative, -1):
                if nodes[i].role in UNREAD:
                    continue
                line = None if nodes[i].role else line_form.match(nodes[i].para.text.strip())
                if line is None:
                    break
                start = i
                numbers.append(int(line.group(1)))
            numbers.reverse()
            if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
                continue
            mark = re.compile(reference.format(numbers[0]))
            if any(mark.search(node.para.text) for node in nodes[:start]):
                return start
        return starred if starred < end else None

    @staticmethod
    def star_notes(nodes: list[Node], first_operative: int, end: int) -> int:
        """Index of the first of the notes typed under a star or a dagger after the last clause, before ``end``
        ("* Convention relating to …"), when a paragraph before them carries that sign alone, glued to a word
        ("Refugees* and"; not a Markdown emphasis's pair of stars); ``end`` when there is none."""
        start, signs = end, set()
        for i in range(end - 1, first_operative, -1):
            if nodes[i].role in UNREAD:
                continue
            note = None if nodes[i].role else STAR_NOTE.match(nodes[i].para.text.strip())
            if note is None:
                break
            start = i
            signs.add(note.group(1))
        if start == end:
            return end
        for node in nodes[:start]:
            text = node.para.text
            found = STAR_REFERENCE.search(text)
            if found is not None and found.group(1) in signs and text.count(found.group(1)) == 1:
                return start
        return end

    def sources_after(self, nodes: list[Node], first_operative: int | None, end: int) -> int | None:
        """Index of the heading of a list of sources typed after the last clause ("Works Cited", "Sources:",
        "## Notes"), before ``end``: no paragraph after it opens with an operative lead. None when there is none."""
        if first_operative is None:
            return None
        heading = next((i for i in range(first_operative + 1, end) if not nodes[i].role
                        and (SOURCES_HEADING.match(nodes[i].para.text.strip())
                             or SOURCES_LINE.match(nodes[i].para.text.strip()))), None)
        if heading is None:
            return None
        for node in nodes[heading + 1:end]:
            text = node.para.text.strip()
            typed = read_typed(text)
            if self.operative_lead(text[typed.end:] if typed is not None else text):
                return None  # "Notes" over clauses that go on: a heading inside the operative part
        return heading

    def adopting_paragraph(self, nodes: list[Node], first_operative: int | None) -> int | None:
        """Index of an unnumbered operative paragraph that adopts the text after it ("Adopts the following
        declaration:" / "通过以下宣言："), before any numbered paragraph; None when there is none."""
        limit = first_operative if first_operative is not None else len(nodes)
        for i in range(limit):
            node = nodes[i]
            text = node.para.text.strip()
            if node.role or not text.endswith((":", "：")) or not ADOPTS_FOLLOWING.search(text):
                continue
            matched = self.phrases.match(text)
            if matched is None or matched[1].kind != "operative":
                continue
            following = next((n.para for n in nodes[i + 1:] if n.role not in UNREAD), None)
            if following is None or (following.level or 0) > 0 or sub_label(following.text):
                continue  # a chapeau of its own sub-paragraphs
            return i
        return None

    def announcing_clause(self, nodes: list[Node], first_operative: int | None) -> int | None:
        """Index of an unnumbered paragraph right before the first numbered one that opens with an operative lead
        and announces a list ("Defines", "Establishes the following;") when the numbered paragraph after it opens
        with no operative lead ("1. Nuclear weapons - devices …;"): the first operative paragraph, its number lost,
        whose items the student numbered as clauses. None when there is none."""
        if first_operative is None:
            return None
        before = next((i for i in range(first_operative - 1, -1, -1) if nodes[i].role not in UNREAD),
                      None)
        if before is None or nodes[before].role:
            return None
        text = nodes[before].para.text.strip()
        matched = self.phrases.match(text)
        if matched is None or matched[1].kind != "operative" or nodes[before].para.num_id is not None \
                or not (text.endswith((":", "：")) or announces_list(text, self.phrases.lang)):
            return None
        following = nodes[first_operative].para
        typed = read_typed(following.text) if following.num_id is None else None
        if typed is None or typed.kind != "number" or typed.value != 1 or self.operative_lead(following.text[typed.end:]):
            return None
        return before

    def adopted_inside(self, nodes: list[Node], first_operative: int | None, end: int) -> tuple[int, int, int] | None:
        """(adopting, start, stop): a typed operative paragraph in the operative part that adopts the text after it
        ("2. Adopts the following declaration:" over the declaration's title, its own preamble and articles), and
        the range of that text, up to the resolution's next clause — the paragraph numbered one or two more in the
        same form that opens with an operative lead ("3. Calls upon …"). None when there is none: the adopting
        paragraph's own sub-paragraphs or clauses follow it, or no clause of the resolution comes after the text."""
        if first_operative is None:
            return None
        for i in range(first_operative, end):
            node = nodes[i]
            text = node.para.text.strip()
            if node.role or node.para.num_id is not None or not text.endswith((":", "：")) \
                    or not ADOPTS_FOLLOWING.search(text):
                continue
            typed = read_typed(text)
            if typed is None or typed.kind != "number" or not self.operative_lead(text[typed.end:]):
                continue
            start = next((j for j in range(i + 1, end) if nodes[j].role not in UNREAD), None)
            if start is None or nodes[start].role or nodes[start].para.num_id is not None \
                    or sub_label(nodes[start].para.text) or label_only(nodes[start].para.text) is not None \
                    or self.clauses_follow(nodes, i) or self.count_restarts(nodes[start].para.text, typed) \
                    or CLAUSE_WORDS_GO_ON.match(nodes[start].para.text):
                continue  # the adopting clause's own items ("(a)" alone on its line, its words on the next)
            for j in range(start + 1, end):
                after = nodes[j]
                resumed = None if after.role or after.para.num_id is not None else read_typed(after.para.text)
                if resumed is not None and resumed.kind == "number" and resumed.name == typed.name \
                        and 0 < resumed.value - typed.value <= 2 and self.operative_lead(after.para.text[resumed.end:]):
                    return i, start, j
            if self.passes_on_draft(nodes, i, start, end):
                return i, start, end  # the recommended draft ends the resolution: it runs to the end
            return None
        return None

    def passes_on_draft(self, nodes: list[Node], adopting: int, start: int, end: int) -> bool:
        """The clause ``nodes[adopting]`` passes a draft on to a higher organ ("5. 建议经济及社会理事会通过下述决议草案：",
        "5. Recommends to the Economic and Social Council the adoption of the following draft resolution:") and the
        draft follows it under that organ's line ("经济及社会理事会，" at ``start``), as a commission's resolution
        carries the text it recommends: that draft, its own preamble and its clauses numbered from 1, is a text of its
        own up to ``end``, not more clauses of the resolution."""
        if not PASSES_ON.search(nodes[adopting].para.text.strip()):
            return False
        following = next((n.para.text for n in nodes[start + 1:end] if n.role not in UNREAD), "")
        return is_organ(nodes[start].para.text, following, self.organs, self.phrases)

    @staticmethod
    def count_restarts(text: str, clause: Typed) -> bool:
        """``text`` opens with a number that starts a count again at 1 under the clause numbered ``clause`` ("1. 保护
        平民；" under "2. 还决定任务规定如下："): the first of the clause's own items, numbered as clauses are, not the
        first line of a text it adopts (which opens with its title)."""
        typed = read_typed(text)
        return typed is not None and typed.kind == "number" and typed.value == 1 != clause.value

    def chapeau_before_clauses(self, nodes: list[Node], first_operative: int | None) -> int | None:
        """Index of an unnumbered paragraph ending with ":" that no preambular lead opens, right before the first
        numbered paragraph but for the lettered items under it ("For the purposes of this resolution:" over "(a)
        "reprisal" means …;" "(b) …;", then "1. Condemns …"): the first operative paragraph, typed without its number
        (and here without its verb), whose items are its sub-paragraphs, not a heading over items of the preamble.
        None when there is none."""
        if first_operative is None:
            return None
        at = first_operative - 1
        while at >= 0 and (nodes[at].role in UNREAD or self.topic_heading(nodes[at])):
            at -= 1  # the headings of the operative part's sections between the items and the first clause
        items = 0
        while at >= 0 and (nodes[at].role in UNREAD or (
                not nodes[at].role and nodes[at].para.num_id is None and sub_label(nodes[at].para.text))):
            items += nodes[at].role not in UNREAD
            at -= 1
        if items == 0 or at < 0 or nodes[at].role or nodes[at].para.num_id is not None:
            return None
        text = nodes[at].para.text.strip()
        kinds = {phrase.kind for _, phrase in self.phrases.matches(text)}
        # ":" at its end, or (the mark left out) an operative lead whose last words announce the list ("Defines"):
        # read alike, so that the colon --fix writes does not turn the reading
        announcing = text.endswith((":", "：")) or (kinds == {"operative"} and announces_list(text, self.phrases.lang))
        if not announcing or read_typed(text) is not None or part_heading(text) is not None or "preambular" in kinds:
            return None
        first = next(n for n in nodes[at + 1:first_operative] if n.role not in UNREAD)
        typed = read_typed(first.para.text)
        return at if typed is not None and typed.kind in ("letter", "roman") and typed.value == 1 else None

    def topic_heading(self, node: Node) -> bool:
        """An unread line that heads a section of the operative part ("Article 1 - Short-term measures"): a section
        heading, not a line naming a part of the body ("Operative clauses:", after which the operative part begins)."""
        if node.role or node.para.num_id is not None or sub_label(node.para.text):
            return False
        return is_section(node.para, self.phrases) and part_heading(node.para.text) is None

    def clauses_follow(self, nodes: list[Node], index: int) -> bool:
        """The paragraph after ``nodes[index]`` is an operative paragraph numbered "1.": the paragraph before it
        introduces the resolution's own clauses ("Recommends the following for consideration by Governments:" over
        "1. RECOMMENDS …;"), not a text it adopts (whose paragraphs are no third-person operative verbs)."""
        following = next((n for n in nodes[index + 1:] if n.role not in UNREAD), None)
        if following is None or following.role or not numbered_top(following.para, self.phrases):
            return False
        typed = read_typed(following.para.text) if following.para.num_id is None else None
        return self.operative_lead(following.para.text[typed.end:] if typed is not None else following.para.text)

    def leads_emphasised(self, nodes: list[Node]) -> bool:
        """The paragraphs that open with a lead phrase carry emphasis on it (the document emphasises its leads)."""
        seen = emphasised = 0
        for node in nodes:
            matched = None if node.role else self.phrases.match(node.para.text)
            if matched:
                seen += 1
                emphasised += emphasised_span(node.para, 0, len(matched[0]))
        return seen > 1 and emphasised * 2 > seen

    def preamble_heading(self, node: Node, leads_emphasised: bool) -> bool:
        """A section heading before the operative part: a short line without a final mark whose opening is
        not an emphasised lead ("Renewal of the mandate"; "延长任务期限", plain where every lead is emphasised)."""
        para = node.para
        if part_heading(para.text):
            return True  # a line naming a part of the body ("The Operative Clauses")
        if template_instruction(para.text) and not self.phrases.match(para.text):
            return True  # a template's "Establishing in the PREAMBLE the principles that apply in the resolution:"
        if template_note(para.text):
            return True  # a template's "【序言性条款以动词开头，以逗号结尾。】", "【请在此输入序言性条款】"
        if not is_section(para, self.phrases) or emphasised_span(para, 0, 1):
            return False
        typed = read_typed(para.text) if para.num_id is None else None
        content = para.text[typed.end:] if typed is not None else para.text  # "C) Emphasizing the need …"
        if not self.phrases.match(content) and not self.phrases.match(after_joining_and(content)):
            return heading_words(para.text, self.phrases.lang)  # ("And determined …, we:" opens on a lead)
        return leads_emphasised and len(para.text.strip()) <= SHORT_HEADING[self.phrases.lang]

    def organ_substitute(self) -> None:
        """No organ line before the preamble: a line standing in for it in the body ("Be It Hereby Resolved That
        The General Assembly:") is the organ line, out of place."""
        last = self.tree.preamble[-1] if self.tree.preamble and self.tree.operative else None
        for node in [*self.tree.preamble, *self.tree.sections]:
            if not is_organ_substitute(node.para.text, self.organs, before_operative=node is last):
                continue
            for part in (self.tree.preamble, self.tree.sections):
                if node in part:
                    part.remove(node)
            node.role, node.misplaced, node.lead, node.phrase = "organ", True, "", None
            self.tree.organ = node
            self.announced_clauses(node)
            return

    def announced_clauses(self, organ: Node) -> None:
        """The dash or bullet items read as items of the line standing in for the organ line ("Be It Hereby
        Resolved That The General Assembly:" over "- We will create …"): the first operative paragraphs, marked
        instead of numbered; what is under them moves up a level, and the clauses after them count on."""
        items = organ.children
        if not items or any(item.typed is None or item.typed.kind != "bullet" for item in items):
            return
        organ.children = []
        for item in items:
            typed = item.typed
            item.role, item.label, item.auto, item.level = "operative", typed.token if typed is not None else "", \
                False, 0
            item.parent, item.kind, item.offset = None, "", typed.end if typed is not None else 0
            annotate(item, self.phrases)
            stack = list(item.children)
            while stack:
                child = stack.pop()
                child.level = max(child.level - 1, 1)
                stack.extend(child.children)
        self.tree.operative[:0] = items
        for number, node in enumerate(self.tree.operative, 1):
            node.number = number

    def organ_repeated(self, organ: Node) -> None:
        """The organ line written again between the preamble and the operative part ("The General Assembly
        hereby:", "The General Assembly hereby resolves:", or a formula in its place: "We, the delegation of Haiti
        hereby:", "Be it resolved:"), or another body's name in its form ("The Economic and Social Council," below "The
        General Assembly,", two drafts merged): no preambular paragraph, a repetition of the organ line."""
        for part in (self.tree.preamble, self.tree.sections):
            for node in list(part):
                text = node.para.text
                if repeats_organ(text, organ.para.text) or names_organ_again(text, self.organs) \
                        or delegation_formula(text) or resolving_formula(text):
                    part.remove(node)
                    node.role, node.misplaced, node.lead, node.phrase = "organ", True, "", None
                    self.tree.organ_repeats.append(node)
