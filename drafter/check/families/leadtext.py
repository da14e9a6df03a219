"""The words in and right after an English lead phrase (part of the leads family): capitals that do not belong
("Bearing in Mind", "Further Recalling", "Defining Trafficking"), two leads run together ("Bearing in mind noting
with concern") and a comma between the lead and its object ("Taking into consideration, the suffering").

A capital after the lead is lower-cased only when the word is an ordinary English word: not a name the library
knows (States, organs, committees), not an acronym, not the first word of a longer name ("Security Council"),
not a possessive or a numbered reference ("Article 2"), and never a word the draft capitalises elsewhere.
"""

from __future__ import annotations

import re
from functools import cached_property

from drafter.check.context import Context
from drafter.check.families.sublabels import typed_clause_as_item
from drafter.patterns import lazy
from drafter.structure import Node, spelling
from drafter.structure.phrases import EN_MODIFIER, fold_spelling
from drafter.word.edit import Edit, Replace

# lead words whose object opens with "in" ("Believing in", "Confident in"): a comma before that "in" splits them
GOVERNS_IN = frozenset("believing believes confident interested engaged involved participating".split())
ASIDE_IN = lazy(r"(?:,\s+|，[ \t\u3000]*)in\s+(?:particular|addition|this|that|so|any|accordance|line|view|order)\b")
DETERMINERS = frozenset("""the a an that all its their this these those his her our every each any some many such both
no several""".split())
# pronouns that open a lead's object as a determiner does: "Proposing, one of the …"
OBJECT_PRONOUNS = frozenset({"one"})
# a single participle opening a paragraph, listed or not ("Clarifying", "Proposing"): a comma after it splits it from
# its object as after a listed lead
PARTICIPLE_LEAD = lazy(r"[A-Z][a-z]{3,}ing")
# words UN texts capitalise as part of a name even when the name is short ("the Charter", "the Convention")
NAME_WORDS = frozenset("""charter convention covenant declaration protocol treaty agreement statute agenda programme
program platform framework council assembly committee commission conference court secretariat secretary-general
government governments member states parties organization organisation office fund bank union nations summit
decade article chapter annex""".split())
FUNCTION_WORDS = DETERMINERS | frozenset("""which whether how what when where with by for of to in on at from about upon
as and or""".split())
# pronouns that open a sentence of their own, never a name: "Further noting There have been …", "Noting It is …"
SUBJECT_WORDS = frozenset({"there", "it", "they"})
COMMON_ENDING = lazy(r"(?:ing|tions?|sions?|ments?|ness|ty|ties|ances?|ences?|isms?|ships?|hoods?|ly)$")
ARTICLES = frozenset({"the", "a", "an"})
# names whose first word is an article or a preposition written with its capital in running text too
KEEPS_CAPITAL = ("The Hague",)
# an acronym, possibly plural or possessive and followed by a mark: "UN", "NGOs", "WHO’s", "UNICEF,"
_ACRONYM = lazy(r"[A-Z]{2,}(?:s['’]?|['’]s)?[,;:.]?$")
_NEXT = lazy(r"\s+([A-Z][\w’'-]*)([^\s]*)\s*(\S*)")
# a lead the phrase list does not know, written with its own preposition before a capitalised word: "Taking in
# Consideration that", "Keeping under Review" (groups as _NEXT's: the word, what is attached to it, the next word)
_PAST_PREPOSITION = lazy(r"(?:\s+(?:in|into|on|upon|of|with|under|to|for|by|at|from)){1,2}"
                         r"\s+([A-Z][\w’'-]*)([^\s]*)\s*(\S*)")
_OPENING = lazy(r"\s*([A-Z][\w’'-]*)([^\s]*)\s*(\S*)")
_FIRST_LETTER = lazy(r"[^\W\d_]")  # the first letter of a text
_CAPITALISED = lazy(r"(?<![.:;!?]\s)(?<=\s)([A-Z][a-z][\w-]*)")



# small words a name or a sentence writes in lower case; capitalised in a clause, they show it typed in Title Case
_SMALL_WORDS = {"to", "for", "and", "of", "with", "on", "in", "by", "at", "the", "a", "an", "from", "into"}


def title_cased(text: str) -> bool:
    """``text`` (a clause after its lead) is written in Title Case, Every Word Capitalised: six words or more, at
    least four in five of them capitalised, two of those small words ("To", "For", "And") that no name capitalises."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if len(words) < 6:
        return False
    capitals = [w for w in words if w[:1].isupper() and not w.isupper()]
    small = [w for w in capitals if w.casefold() in _SMALL_WORDS]
    return len(capitals) * 5 >= len(words) * 4 and len(small) >= 2

def _in_capitals(lead: str) -> bool:
    """A lead of three letters or more typed all in capitals ("URGES", "DEEPLY CONCERNED")."""
    letters = re.sub(r"[^A-Za-z]", "", lead)
    return len(letters) >= 3 and letters.isupper()


def _odd_capital(node: Node) -> bool:
    """Whether the other items of ``node``'s list mostly open in lower case (at least two of them, more than open
    with a capital): the draft's own lists follow MUN-F06, so this item's capital is a slip, not a house style."""
    if node.parent is None:
        return False
    firsts = [m.group(0) for s in node.parent.children if s is not node and (m := _FIRST_LETTER.search(s.content))]
    lower = sum(1 for first in firsts if first.islower())
    upper = len(firsts) - lower
    return lower >= 2 and lower > upper


class LeadText:
    """The capital, doubling and comma checks of one document's English leads."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @cached_property
    def names(self) -> set[str]:
        """Words the draft or the library treats as names: every word of a State's, organ's or committee's name,
        and the words the draft capitalises inside its clauses (not right after a lead)."""
        lib = self.ctx.lib
        found: set[str] = set()
        texts = [c.name["en"] for c in lib.countries.values()] + [c.formal["en"] for c in lib.countries.values()]
        texts += [a for c in lib.countries.values() for a in c.aliases_en]
        texts += [c.name["en"] for c in lib.committees.values()] + [c.organ["en"] for c in lib.committees.values()]
        for text in texts:
            found |= {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", text or "") if w[:1].isupper()}
        for node in self.ctx.tree.preamble + list(self.ctx.tree.walk()):
            content = node.content
            skip = len(node.lead) + 1 + len((content[len(node.lead):].split() or [""])[0])
            past = _PAST_PREPOSITION.match(content[len(node.lead):]) if node.phrase is None else None
            if past is not None:  # "Taking in Consideration that": the capital after an unknown lead's preposition
                skip = len(node.lead) + past.end(1)
            found |= {m.group(1).casefold() for m in _CAPITALISED.finditer(content) if m.start() > skip}
        return found - FUNCTION_WORDS  # "The" of "The General Assembly" names nothing

    def check(self, node: Node, kind: str) -> None:
        """Capitals, a second lead and a comma after the lead of ``node`` (a lead of ``kind``); a colon after it."""
        self.colon(node)
        if self.ctx.lang != "en" or not re.match(r"[A-Za-z][A-Za-z'’-]+(?=\s|$|[,;:])", node.lead):
            return  # no lead, or a label the structure did not read ("1)") taken for one
        if node.phrase is not None:
            self.capital_inside(node)
        if not self.doubled(node, kind):
            self.capital_after(node, kind)
        if node.phrase is not None or PARTICIPLE_LEAD.fullmatch(node.lead):
            self.comma(node)

    def capital_inside(self, node: Node) -> None:
        """"Bearing in Mind", "Alarmed By", "Further Recalling": words after the first that the phrase writes in
        lower case."""
        lead = node.lead
        if lead[1:] == lead[1:].lower():
            return
        assert node.phrase is not None
        forms = node.phrase.forms("en")
        if self.in_capitals(node, forms):
            return
        form = next((f for f in forms if fold_spelling(f) == fold_spelling(lead)), None)
        head = 0
        if form is None:  # a known form after an adverb: "Further Recalling"
            modifier = EN_MODIFIER.match(lead)
            head = modifier.end() if modifier else 0
            form = next((f for f in forms if fold_spelling(f) == fold_spelling(lead[head:])), None)
        respelled = form is None and len(node.misspelled.split()) == len(lead.split())
        if respelled:  # "Taking in Consideration": the words of the phrase it misspells say which take capitals
            form, head = node.misspelled, 0
        if form is None:
            return
        form_words = form.split()
        modifier_words = len(lead[:head].split())
        wrong = []  # (position in the lead, word) of each capital the phrase does not have
        for index, match in enumerate(re.finditer(r"\S+", lead)):
            word = match.group(0)
            if index == 0 or not word[:1].isupper() or word.isupper():
                continue
            form_index = index - modifier_words  # the adverbs and the phrase's own first word take lower case
            if form_index <= 0 or form_words[form_index][:1].islower():
                wrong.append((match.start(), word))
        if wrong:
            fixed = list(lead)
            for at, word in wrong:
                fixed[at] = word[0].lower()
            # a misspelled lead's respelling writes its capitals too: no edits of its own that would overlap
            edits: list[Edit] = [] if respelled else [Replace(node.offset + at, node.offset + at + 1, word[0].lower())
                                                      for at, word in wrong]
            self.ctx.add("capital-after-lead", node, node.offset + 1, fix="lower-case the capital", edits=edits,
                         word=wrong[0][1], fixed="".join(fixed))

    @cached_property
    def few_in_capitals(self) -> set[str]:
        """The parts (preambular, operative) whose known leads are typed all in capitals for some and not for as
        many others: the leads of one bloc left beside the others' in a merged draft. A part whose leads are all
        (or mostly) in capitals follows a house style ("1. RECOMMENDS", "2. DECIDES" under plain preambular leads,
        as some conferences' samples write them): its emphasis, not judged here."""
        parts: dict[str, list[bool]] = {}
        for node in self.ctx.tree.preamble + list(self.ctx.tree.walk()):
            if node.phrase is not None and node.lead:
                parts.setdefault(node.role, []).append(_in_capitals(node.lead))
        return {role for role, capitals in parts.items() if 0 < 2 * sum(capitals) <= len(capitals)}

    def in_capitals(self, node: Node, forms: tuple[str, ...]) -> bool:
        """"DEEPLY CONCERNED", "ENCOURAGES": a known lead typed all in capitals in a clause written in lower case, in
        a part whose other leads are not (:attr:`few_in_capitals`); its first letter is the only capital it takes
        (MUN-F02, MUN-F03). True when that is the finding. A clause typed all in capitals is no lead set off."""
        lead = node.lead
        rest = re.sub(r"[^A-Za-z]", "", node.content[len(lead):])
        if not _in_capitals(lead) or sum(c.islower() for c in rest) <= sum(c.isupper() for c in rest) \
                or node.role not in self.few_in_capitals:
            return False
        form = next((f for f in forms if fold_spelling(f) == fold_spelling(lead)), None)
        fixed = form[0].upper() + form[1:] if form else lead[0] + lead[1:].lower()
        self.ctx.add("capital-after-lead", node, node.offset + 1, fix="lower-case the capitals",
                     edits=[Replace(node.offset + 1, node.offset + len(lead), fixed[1:])], word=lead, fixed=fixed)
        return True

    @cached_property
    def lower_words(self) -> set[str]:
        """Words the draft writes in lower case somewhere in its clauses."""
        nodes = self.ctx.tree.preamble + list(self.ctx.tree.walk())
        return {w for node in nodes for w in re.findall(r"\b[a-z][a-z-]+\b", node.content)}

    def common(self, low: str) -> bool:
        """An ordinary word, not a name: the dictionary knows it (it knows many names too, "geneva", "taiwan"), and
        it is a function word, has the ending of a common noun ("trafficking", "education", "poverty") or is
        written in lower case elsewhere in the draft."""
        if low in FUNCTION_WORDS or low in SUBJECT_WORDS:
            return True
        if not (COMMON_ENDING.search(low) or low in self.lower_words):
            return False
        return spelling.known(low)

    def ordinary_capital(self, text: str, match: re.Match[str], any_word: bool = False,
                         after_lead: bool = False) -> str | None:
        """The capitalised word ``match`` found in ``text`` (groups: the word, what is attached to it, the next
        word) when it is an ordinary word that takes lower case; None for a name, an acronym, a possessive, a
        numbered reference or the first word of a longer name. With ``any_word``, every word the dictionary
        knows is ordinary unless the draft or the library names something with it (a sub-clause opens with a
        verb: "Train", "Report"). With ``after_lead`` (the word right after a known lead phrase), an article or a
        preposition opens no name even before a capitalised word: UN texts write "Recalling the Paris Agreement",
        "Encourages the Member States" ("The Hague" keeps its capital)."""
        word, attached, following = match.groups()
        compound = word.split("-")
        if len(compound) > 1 and all(part[:1].islower() for part in compound[1:] if part):
            word = compound[0]  # "Water-related", "Long-term": judged by the first word ("Guinea-Bissau" is a name)
        article = word.casefold() in ARTICLES and not attached and _ACRONYM.match(following) is not None
        # "Recalling The Paris Agreement", "Encourages To the Member States": a small word before a name
        article = article or (after_lead and not attached and word.casefold() in FUNCTION_WORDS
                              and not text[match.start(1):].startswith(KEEPS_CAPITAL))
        if word.isupper() or attached[:1] in ("'", "’") or word.endswith(("'s", "’s")) or "-" in word \
                or following[:1].isdigit() or following[:1] == "(" or re.match(r"[IVXLC]+\b", following) \
                or (not article and self.in_name(text[match.end(1):])):
            return None  # "The UN charter": an article before an acronym opens no name ("The Hague" does)
        low = word.casefold()
        if low in NAME_WORDS or low in self.names or not (self.common(low) or any_word and spelling.known(low)):
            return None
        return word

    def capital_opening(self, node: Node) -> None:
        """MUN-F06 (THIMUN, MYMUN): a sub-clause opens in lower case ("a) Increase funding" → "a) increase
        funding"); a name, an acronym or a word the draft capitalises elsewhere keeps its capital."""
        match = _OPENING.match(node.content)
        word = self.ordinary_capital(node.content, match, any_word=True) if match else None
        if match is None or word is None or typed_clause_as_item(self.ctx, node):
            return  # (a clause typed as an item keeps its lead's capital: operative-sub-level says where it goes)
        column = node.offset + match.start(1)
        lower = word[0].lower() + word[1:]
        # a typed label glued to the word ("ii.Ensure") reads as a label only before a capital: the space it lacks
        # is written too, so the lowered word ("ii. ensure") stays under its label
        glued = node.typed is not None and column == node.typed.end and not node.para.text[column - 1].isspace()
        rule = "sub-clause-capital-odd" if _odd_capital(node) else "sub-clause-capital"
        self.ctx.add(rule, node, column + 1, fix=f"write {lower!r}",
                     edits=[Replace(column, column + 1, (" " if glued else "") + word[0].lower())], word=word,
                     fixed=lower)

    def capital_after(self, node: Node, kind: str = "") -> None:
        """"Defining Trafficking of …": the first word after the lead capitalised though it is no name. After a lead
        the phrase list does not know but whose first word opens leads of ``kind`` ("Taking in Consideration that",
        read as the lead "Taking"), the first word after its own one or two prepositions."""
        start = len(node.lead)
        after = node.content[start:]
        match = _NEXT.match(after)
        if match is None and node.phrase is None and kind and node.lead.split():
            start = len(node.lead.split()[0])  # the unknown lead may hold its preposition and the capital
            after = node.content[start:]
            match = _PAST_PREPOSITION.match(after)
        word = self.ordinary_capital(after, match, after_lead=node.phrase is not None) if match else None
        if match is not None and word is None and not match.group(1).isupper() and title_cased(after):
            word = match.group(1)  # "Invites International Financial Institutions To Offer …": no name, Title Case
        if match is None or word is None:
            return
        column = node.offset + start + match.start(1)
        lower = word[0].lower() + word[1:]
        between = after[: match.start(1)].split()  # the unknown lead's own prepositions ("in"), if any
        self.ctx.add("capital-after-lead", node, column + 1, fix=f"write {lower!r}",
                     edits=[Replace(column, column + 1, word[0].lower())], word=word,
                     fixed=" ".join([node.content[:start].strip(), *between, lower]))

    @staticmethod
    def in_name(text: str) -> bool:
        """A capitalised word follows within three words, past "and", "of", "the", "for" ("Economic and Social
        Council", "Food and Agriculture Organization")."""
        for word in text.split()[:3]:
            if word[:1].isupper():
                return True
            if word not in ("and", "of", "the", "for", "on", "in", "&"):
                return False
        return False

    def doubled(self, node: Node, kind: str) -> bool:
        """"Aware noting also that", "Bearing in mind noting with concern": a second lead of the same kind right
        after the first."""
        after = node.content[len(node.lead):]
        if not after[:1].isspace():
            return False
        rest = after.lstrip()
        phrases = self.ctx.phrases
        first = fold_spelling((rest.split() or [""])[0])
        if first not in phrases.first_words(kind) and not EN_MODIFIER.match(rest):
            return False
        for second, phrase in phrases.matches(rest):
            # one participle before a noun is an adjective: "Welcoming encouraging developments"
            following = (rest[len(second):].split() or [""])[0].casefold()
            single = " " not in second and following not in DETERMINERS
            if phrase.kind == kind and len(second) >= 5 and not single:
                self.ctx.add("lead-doubled", node, node.offset + 1, first=node.lead, second=second)
                return True
        return False

    def splits_lead(self, node: Node, after: str) -> bool:
        """"Noting, with concern the …": the words after the comma complete a longer listed lead than the one
        before it, so the comma falls inside the lead ("Recalling, also, its …" sets an aside off and stays)."""
        if re.match(r",\s+[^\s,]+,", after):
            return False
        joined = node.lead + " " + after[1:].lstrip()
        return any(len(form) > len(node.lead) + 1 and form.casefold().startswith(node.lead.casefold() + " ")
                   for form, _phrase in self.ctx.phrases.matches(joined))

    @staticmethod
    def governed_in(lead: str, after: str) -> bool:
        """"Believing, in the ideals" (or "Believing，in" typed with a Chinese input method on): the "in" the lead's
        last word governs, not an aside ("in particular,")."""
        last = (lead.split() or [""])[-1].casefold()
        return last in GOVERNS_IN and re.match(r"(?:,\s+|，[ \t\u3000]*)in\s", after) is not None \
            and not ASIDE_IN.match(after)

    def colon(self, node: Node) -> None:
        """"强调：社会保护筹资应当可持续", "Emphasizes: that …": a colon between the lead and the clause's own text, with
        no sub-paragraphs after it (a colon introduces a list, UN-B11)."""
        if node.phrase is None or not node.lead or node.children or node.continuation:
            return
        after = node.content[len(node.lead):]
        match = re.match(r"[ \t]*[:：][ \t\u3000]*", after)
        rest = after[match.end():].rstrip() if match else ""
        if match is None or not rest or rest[-1] in ":：" or not re.match(r"[\w\u4e00-\u9fff]", rest):
            return
        at = node.offset + len(node.lead)
        joint = " " if self.ctx.lang == "en" else ""
        self.ctx.add("lead-colon", node, at + 1, fix="remove the colon", edits=[Replace(at, at + match.end(), joint)],
                     lead=node.lead)

    def comma(self, node: Node) -> None:
        """"Taking into consideration, the suffering": a comma between the lead and the object it governs; also a
        comma inside a listed lead ("Noting, with concern the …" splits "Noting with concern") and after a single
        participle the list does not know ("Clarifying, that over …"); the full-width "，" a Chinese input method types,
        with or without a space after it ("Reaffirming，that …"), is such a comma too."""
        after = node.content[len(node.lead):]
        match = re.match(r'(?:,\s+|，[ \t\u3000]*)([A-Za-z]+\b|[“"‘])', after)
        # the object itself after the comma: a determiner, a quotation, the lead's own "of" ("Fully aware, of");
        # "Recalling, in particular, its resolution" opens an aside and stays
        if match and (match.group(1).casefold() in DETERMINERS | OBJECT_PRONOUNS
                      or match.group(1) in ("of", "“", '"', "‘")
                      or self.governed_in(node.lead, after) or self.splits_lead(node, after)):
            at = node.offset + len(node.lead)
            joint = "" if after[1:2].isspace() else " "  # "Reaffirming，that": the comma was the words' only space
            self.ctx.add("lead-comma", node, at + 1, fix="remove the comma", edits=[Replace(at, at + 1, joint)],
                         lead=node.lead)
