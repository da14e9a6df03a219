"""Drafts without any numbering, read by their lead phrases: preambular until a paragraph opens with an operative
phrase or ends as one; lettered items and an unlabelled list under a chapeau placed beneath their paragraph.
"""

from __future__ import annotations

from drafter.labelkinds import read_typed
from drafter.structure.body import BodyReader, word_label_kind
from drafter.structure.classify import (
    CHAPEAU_END,
    CLOSING,
    SPONSOR_SENTENCE,
    ZH_SPEAKER,
    delegation_formula,
    heading_words,
    is_section,
    part_heading,
    runs_on,
    template_instruction,
)
from drafter.structure.lead import annotate
from drafter.structure.leadwords import PARTICIPLE, participle
from drafter.structure.phrases import EN_MODIFIER, fold_spelling
from drafter.structure.tree import Node


class PhraseReader(BodyReader):
    """Places the body of a draft that numbers nothing."""

    def read_by_phrases(self, nodes: list[Node]) -> None:
        """No numbered paragraph: preambular until a paragraph opens with an operative phrase or ends as one."""
        body = [n for n in nodes if not n.role]
        for node in body:  # a later paragraph's lead is looked at before its turn: read it after its number
            self.skip_number(node)
        in_operative = False
        last_body = body[-1] if body else None
        stack: list[Node] = []
        items: list[Node] = []  # the lettered items open under the last preambular paragraph
        current: Node | None = None
        restart = False  # a topic heading inside the operative part: the clauses' letters may start again under it
        bullets = self.bullet_list_start(body)
        place = {id(node): at for at, node in enumerate(nodes)}
        for index, node in enumerate(body):
            text = node.para.text.strip()
            if not in_operative and current is None and not items and self.broken_off(nodes, place[id(node)]):
                continue  # the rest of the preambular paragraph before it, cut off by a stray paragraph mark
            if current is not None and self.bullet_item(current, node):
                node.role, node.auto, node.label = "sub", True, node.para.label
                node.kind = word_label_kind(node.para.label, node.para.num_format)
                stack = self.attach(node, current, stack)
                continue
            placed = self.preambular_item(node, items) if current is None and not in_operative else None
            items = placed or []
            if placed:
                continue
            if in_operative and (CLOSING.match(text) or SPONSOR_SENTENCE.match(text)):
                node.role = "closing"
                self.tree.closing.append(node)
                continue
            sub = read_typed(node.para.text) if current is not None else None
            next_letter = current is not None and sub is not None and self.next_lettered_clause(current, node, stack)
            if sub is not None and current is not None and not next_letter and (
                    sub.kind not in ("number", "article") or sub.shape in ("paren", "enclosed")):
                self.sub(node, sub, stack)
                stack = self.attach(node, current, stack)
                continue
            if not in_operative and current is None and delegation_formula(text):
                node.role = "section"  # "We, the delegation of Haiti hereby:": the operative part follows it
                self.tree.sections.append(node)
                in_operative = True
                continue
            part = part_heading(text)
            if part is None and not in_operative and current is None and template_instruction(text) \
                    and not self.phrases.match(text):
                part = "preambular"  # a template's "Establishing in the PREAMBLE the principles …:"
            if part is not None:  # "Operative Clauses:": what follows is that part
                node.role = "section"
                self.tree.sections.append(node)
                in_operative = in_operative or part == "operative"
                continue
            lettered = next_letter or ((not in_operative or restart) and current is None
                                       and self.lettered_first_clause(node))
            if lettered or (not in_operative and current is None and self.labelled_preamble(node)):
                self.numbered.add(id(node))  # "B) Recognizing that …;": its lead is read after the letter
            self.skip_number(node)
            annotate(node, self.phrases)
            phrase = node.phrase
            ends_operative = text[-1] in ";；.。:："
            operative_lead = phrase is not None and phrase.kind == "operative" and not (
                phrase.kind == "preambular" or (self.phrases.lang == "zh" and text[-1] in ",，"))
            preambular_lead = self.preambular_lead(node)
            wrong_form = operative_lead and not in_operative and self.last_in_operative_form(node, text,
                                                                                          body[index + 1:])
            if in_operative and not (preambular_lead and text[-1] in ",，"):
                is_operative = True
            elif in_operative and current is not None and self.operative_slip(node, body[index + 1:]):
                is_operative = True  # "鼓励……，" between unnumbered operative clauses: one of them, ending wrongly
            elif operative_lead and not (preambular_lead and text[-1] in ",，"):
                # "Recognises …," among preambular paragraphs is one of them, in the wrong form; so is "Demands …:"
                # when no paragraph after it opens or ends as an operative one does
                # and so is "Acknowledges …;" between preambular paragraphs when the preamble goes on after it;
                # and in English "Further Recognises …" with no mark at all when a preambular paragraph ending with a
                # comma comes later before any paragraph ends as an operative one does (the operative-verb paragraphs
                # between, ending with commas, are preambular ones in the wrong form too: the part cannot open here)
                is_operative = not ((text[-1] in ",，" and self.preamble_goes_on(body[index + 1:]))
                                    or wrong_form
                                    or (text[-1] not in ";；.。" and self.preamble_resumes(body[index + 1:]))
                                    or (self.phrases.lang == "en" and text[-1:].isalnum()
                                        and self.preamble_goes_on(body[index + 1:]))
                                    or (text[-1] in ";；" and bool(self.tree.preamble)
                                        and self.preamble_continues(body[index + 1:])))
            else:
                is_operative = (node is last_body and ends_operative and text[-1] in ".。"
                                and not self.preamble_ends_so(node)) \
                    or (not in_operative and self.opens_operative_part(node, text, body[index + 1:])) \
                    or (not in_operative and self.spoken_clause(node, text))
            if index == bullets:
                is_operative = True  # the first clause of the Word bullet list the operative part is typed in
            if not in_operative and not is_operative and is_section(node.para, self.phrases) and not preambular_lead \
                    and not wrong_form and heading_words(text, self.phrases.lang):
                node.role = "section"
                self.tree.sections.append(node)
                continue
            if in_operative and current is not None and current.label and not operative_lead and not preambular_lead \
                    and is_section(node.para, self.phrases) and heading_words(text, self.phrases.lang) \
                    and self.lettering_restarts(body[index + 1:]):
                node.role = "section"  # "Indigenous communities. - Consultation" between "c) Recommends …;" and
                self.tree.sections.append(node)  # "a) Urges …;": a topic heading, the clauses lettered anew under it
                current, stack, restart = None, [], True
                continue
            if is_operative and current is not None and not operative_lead and self.unlabelled_item(current, node):
                node.role, node.kind = "sub", ""  # "… by:" then "Reducing the cost …;": an item of its list
                stack = self.attach(node, current, stack[:0])
                continue
            if is_operative:
                in_operative = True
                current, stack = self.operative(node, node.label if lettered else "", auto=False), []
            else:
                node.role = "preambular"
                node.misplaced = in_operative
                self.tree.preamble.append(node)

    def operative_slip(self, node: Node, rest: list[Node]) -> bool:
        """In a Chinese draft with no numbered paragraph, a paragraph ending with "，" among the operative clauses
        whose lead opens operative clauses too (鼓励, 欢迎, 注意到: Chinese writes "Encourages" and "Encouraging" the
        same) and right before a paragraph that opens with an operative lead and ends as an operative clause does:
        an operative clause with a wrong end mark, not a preambular paragraph moved among them (ZH-B03). A lead that
        only opens preambles (铭记, 意识到) stays a preambular paragraph out of place."""
        if self.phrases.lang != "zh" or not rest or not rest[0].para.text.strip():
            return False
        if not any(p.kind == "operative" for _, p in self.phrases.matches(node.content)):
            return False
        after = rest[0]
        words = after.para.text.strip()
        return words[-1] in "；;。." and any(p.kind == "operative" for _, p in self.phrases.matches(words))

    def preamble_ends_so(self, node: Node) -> bool:
        """The last paragraph, ending with a full stop, opens with a preambular lead as the preambular paragraphs
        before it do, and they all end with a full stop too (at least two of them): the writer ends every clause
        so, and the last one is one more preambular clause ("Noting the government …." after "Bearing in mind ….",
        "Noting …."), not the operative paragraph; the text has no operative part."""
        before = [n for n in self.tree.preamble if not n.misplaced]
        if len(before) < 2 or not self.preambular_lead(node):
            return False
        return all((p.continuation or [p])[-1].para.text.rstrip()[-1:] in (".", "。") for p in before)

    def broken_off(self, nodes: list[Node], at: int) -> bool:
        """``nodes[at]`` is the rest of the preambular paragraph right before it, broken off by a stray paragraph
        mark (:func:`runs_on`): placed as that paragraph's continuation."""
        owner = self.tree.preamble[-1] if self.tree.preamble else None
        if owner is None or at == 0 or nodes[at - 1] is not (owner.continuation or [owner])[-1]:
            return False
        following = nodes[at + 1].para if at + 1 < len(nodes) else None
        if not runs_on(nodes[at - 1].para, nodes[at].para, following, self.phrases):
            return False
        nodes[at].role = "continuation"
        owner.continuation.append(nodes[at])
        return True

    def bullet_list_start(self, body: list[Node]) -> int | None:
        """The index of the first paragraph of a Word bullet list in which the operative part is typed: at the list's
        first level, it opens with a lead that reads as an operative one (also one that reads both ways, Chinese
        鼓励 "Encouraging" / "Encourages") and ends as an operative paragraph or a chapeau does; the paragraphs before
        it (a preamble of at least one paragraph) are in no list, and the paragraphs after it with a lead of their
        own at that level are in the same list."""
        for index, node in enumerate(body):
            para = node.para
            if para.num_id is None:
                continue
            if index == 0 or para.num_format != "bullet" or (para.level or 0) != 0 \
                    or any(before.para.num_id is not None for before in body[:index]):
                return None
            text = para.text.strip()
            if text[-1:] not in (";", "；", ":", "：") \
                    or not any(p.kind == "operative" for _, p in self.phrases.matches(node.content)):
                return None
            later = [n for n in body[index + 1:] if self.phrases.matches(n.content) and not (n.para.level or 0)]
            return index if all(n.para.list_id == para.list_id for n in later) else None
        return None

    @staticmethod
    def bullet_item(current: Node, node: Node) -> bool:
        """``node`` is an item of the Word bullet-list clause ``current``: a lower level of the same list."""
        return current.para.num_format == "bullet" and node.para.num_id is not None \
            and (node.para.level or 0) > (current.para.level or 0) and node.para.list_id == current.para.list_id

    def labelled_preamble(self, node: Node) -> bool:
        """A preambular paragraph a student lettered or numbered by hand ("A) Acknowledging that …;"): a typed label
        that is not a United Nations number, then a preambular lead (in English one that is not also an operative
        form), whatever its end mark."""
        typed = read_typed(node.para.text) if node.para.num_id is None else None
        if typed is None or typed.un_number:
            return False
        kinds = {phrase.kind for _, phrase in self.phrases.matches(node.para.text[typed.end:])}
        return "preambular" in kinds and (self.phrases.lang == "zh" or "operative" not in kinds)

    def lettered_first_clause(self, node: Node) -> bool:
        """The first operative clause lettered instead of numbered ("a) Calls upon …" after "Seeking …;", "(i)
        Encourages …"): a typed letter "a" or roman "i", then an operative lead only, under a preamble whose last
        paragraph announces no items."""
        typed = read_typed(node.para.text) if node.para.num_id is None else None
        if typed is None or typed.kind not in ("letter", "roman") or typed.value != 1 or (
                self.tree.preamble and self.tree.preamble[-1].para.text.rstrip().endswith((":", "："))):
            return False
        return {phrase.kind for _, phrase in self.phrases.matches(node.para.text[typed.end:])} == {"operative"}

    def next_lettered_clause(self, current: Node, node: Node, stack: list[Node]) -> bool:
        """The operative clauses are lettered, not numbered ("a) Calls upon …;" then "b) Encourages …;"): ``current``
        is a clause its writer lettered, and ``node`` carries the next letter in the same form, then an operative lead
        only; not an item of ``current``'s own list lettered in that form ("a) Calls upon States to:" over "a) …;").
        """
        if not current.label or node.para.num_id is not None:
            return False
        clause, typed = read_typed(current.para.text), read_typed(node.para.text)
        if clause is None or typed is None or typed.kind not in ("letter", "roman") or typed.kind != clause.kind \
                or typed.shape != clause.shape or typed.value != clause.value + 1:
            return False
        item = read_typed(stack[0].para.text) if stack else None
        if item is not None and item.kind == typed.kind and item.shape == typed.shape:
            return False  # "a) Calls upon States to:" over "a) fund …;" "b) train …;": the items' own letters
        return {phrase.kind for _, phrase in self.phrases.matches(node.para.text[typed.end:])} == {"operative"}

    def lettering_restarts(self, later: list[Node]) -> bool:
        """The next paragraph is the first of a run of lettered clauses: a typed "a)" (or "i)") and an operative lead
        only, as :meth:`lettered_first_clause` reads it."""
        return bool(later) and later[0].para.num_id is None and self.lettered_first_clause(later[0])

    def spoken_clause(self, node: Node, text: str) -> bool:
        """A Chinese paragraph that names its speaker and then an operative verb ("我们呼吁所有国家……。", "我们希望
        各国……；") and ends as a clause does, not with a comma: a pupil's first operative clause (the speaker is the
        lead-form rule's finding)."""
        speaker = ZH_SPEAKER.match(node.content) if self.phrases.lang == "zh" else None
        if speaker is None or text[-1:] in (",", "，"):
            return False
        return any(phrase.kind == "operative" for _, phrase in self.phrases.matches(node.content[speaker.end():]))

    def opens_operative_part(self, node: Node, text: str, later: list[Node]) -> bool:
        """A paragraph whose lead reads both ways (Chinese 鼓励: "Encouraging" or "Encourages") ends as an operative
        paragraph does (";") and the next paragraph with a lead opens with an operative lead only: the first
        operative paragraph, not a preambular one with the wrong mark. Paragraphs between that read both ways too
        and end with ";" as well (鼓励……； 呼吁……； 请……；) are clauses of the same run, passed over."""
        if text[-1:] not in (";", "；") or not any(p.kind == "operative" for _, p in self.phrases.matches(node.content)):
            return False
        for after in later:
            kinds = {phrase.kind for _, phrase in self.phrases.matches(after.content)}
            if kinds == {"operative", "preambular"} and after.para.text.rstrip()[-1:] in (";", "；"):
                continue
            if kinds:
                return kinds == {"operative"}
        return False

    def last_in_operative_form(self, node: Node, text: str, later: list[Node]) -> bool:
        """In English, the last paragraph of a draft cut off before its operative part: after two or more
        preambular paragraphs and no operative one, it opens with an operative verb whose participle is a
        preambular lead ("Recognises …," → "Recognising") and ends with a comma: a preambular paragraph in the
        wrong form, not the start of the operative part. (A paragraph the text stops inside, with no mark at all,
        stays undecided: "Supports resolution 35/7 …, expressing" may as well open the operative part.)"""
        if later or self.phrases.lang != "en" or len(self.tree.preamble) < 2 or self.tree.operative \
                or text[-1] != ",":
            return False
        modifier = EN_MODIFIER.match(text)
        opening = text[modifier.end() if modifier else 0:].split()
        right = participle(opening[0], self.phrases) if opening else None
        return right is not None and fold_spelling(right) in self.phrases.first_words("preambular")

    def preamble_goes_on(self, later: list[Node]) -> bool:
        """A later paragraph opens with a preambular lead and ends with a comma before any paragraph ends as an
        operative one does. In English, a paragraph between that opens with a preambular lead only and ends with a
        full stop ("Noting with regret … attacks." before "Further emphasizing …,") is no operative one: a preambular
        paragraph with the wrong end mark, passed over."""
        for node in later:
            text = node.para.text.strip()
            if text[-1:] == "." and self.phrases.lang == "en" and self.preambular_only_lead(node):
                continue
            if text[-1:] in (";", "；", ".", "。"):
                return False
            if text[-1:] in (",", "，") and self.preambular_lead(node):
                return True
        return False

    def preambular_only_lead(self, node: Node) -> bool:
        """The paragraph opens with a lead that reads as a preambular one only (not both ways, not operative)."""
        kinds = {phrase.kind for _, phrase in self.phrases.matches(node.content)}
        return kinds == {"preambular"} and self.preambular_lead(node)

    def preamble_resumes(self, later: list[Node]) -> bool:
        """In English, the paragraphs after an operative verb go on with the preamble: one of them opens with a
        preambular lead, none opens with an operative lead only, and none of those with a lead ends as an operative
        paragraph does (";" or "."); paragraphs without a lead (a clause's run-on lines) are passed over."""
        if self.phrases.lang != "en":
            return False
        resumed = False
        for node in later:
            kinds = {phrase.kind for _, phrase in self.phrases.matches(node.content)}
            if not kinds:
                continue
            if "preambular" not in kinds or node.para.text.rstrip()[-1:] in (";", "."):
                return False
            resumed = True
        return resumed

    def preamble_continues(self, later: list[Node]) -> bool:
        """In English, at least two paragraphs after an operative verb ending with ";" open with a preambular lead
        and end with a comma before any paragraph opens with an operative lead only or ends as an operative paragraph
        does: the verb stood inside the preamble ("Acknowledges …;" between "Guided by …," and "Convinced …,");
        paragraphs without a lead are passed over. In a preamble whose paragraphs end with ";" (most of those read
        so far, at least two), the paragraphs after the verb may end so too ("Requests …;" between "Noting …;" and
        "Trusting …;"), and the last one of the text may stop with no mark (an excerpt cut inside it)."""
        if self.phrases.lang != "en":
            return False
        ends = [n.para.text.rstrip()[-1:] for n in self.tree.preamble]
        semicolons = len(ends) >= 2 and ends.count(";") * 2 > len(ends)
        count = 0
        for node in later:
            kinds = {phrase.kind for _, phrase in self.phrases.matches(node.content)}
            if not kinds:
                continue
            end = node.para.text.rstrip()[-1:]
            cut = node is later[-1] and end.isalnum()
            if "preambular" not in kinds or not (end == "," or (semicolons and (end == ";" or cut))):
                break
            count += 1
        return count >= 2

    @staticmethod
    def unlabelled_item(current: Node, node: Node) -> bool:
        """In a draft without labels, ``node`` is an item of the list ``current`` introduces: ``current`` (or the
        item before) ends as a chapeau does ("… by:", "… by;", "… the following:") and ``node`` opens with a
        participle ("Reducing the cost …;")."""
        intro = current.text.rstrip()
        introduces = bool(CHAPEAU_END.search(intro)) or bool(current.children)
        return introduces and bool(PARTICIPLE.match(node.para.text.strip()))
