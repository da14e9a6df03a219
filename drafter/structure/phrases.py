"""Lead phrases of a library for one language: which ones a paragraph opens with, and which one a slip misspells."""

from __future__ import annotations

import collections
import re
import unicodedata
from functools import cached_property

from drafter.chinesewords import chinese_word, word_frequency
from drafter.hanzi import simplified
from drafter.library import Library
from drafter.library.model import Phrase
from drafter.library.names import edit_distance
from drafter.lookalike import latin_reading, shape_alike
from drafter.patterns import lazy
from drafter.structure import spelling
from drafter.structure.homophones import (
    homophones,
    nasal_homophones,
    near_homophones,
    readings,
    retroflex_homophones,
)

ZH_PREFIX = lazy(r"^(在这方面|在此方面|为此|因此|特别|同时)[，,]?")
EN_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly")
_ISE = lazy(r"is(e|es|ed|ing|ant|ance)\b")  # "Cognisant", "Taking cognisance": -ise- spelt as -ize-
_RE_HYPHEN = lazy(r"re-[a-z]", re.IGNORECASE)  # "Re-affirming", "Re-emphasizes": the prefix hyphenated
# adverbs that strengthen or repeat a known lead: "Further recalling", "Strongly reaffirms", "Fully alarmed"
EN_ADVERBS = ("also", "further", "furthermore", "again", "once again", "once more", "still", "moreover", "likewise",
              "similarly", "however", "therefore", "accordingly", "finally", "firmly", "strongly", "deeply", "fully",
              "gravely", "seriously", "profoundly", "solemnly", "warmly", "sincerely", "duly", "urgently",
              "emphatically", "resolutely", "unequivocally", "categorically", "vigorously", "earnestly", "highly",
              "keenly", "greatly", "particularly", "especially", "formally", "expressly", "explicitly", "unanimously",
              "actively", "wholeheartedly", "respectfully", "cordially", "consistently", "repeatedly", "equally",
              "additionally", "increasingly", "reluctantly", "regretfully")
EN_MODIFIER = lazy(r"(?:(?:" + "|".join(EN_ADVERBS) + r")[ ,]+){1,2}", re.IGNORECASE)
# those that open a lead on their own ("Further recalling", "Strongly urges"), for reading one typed with a slip
# ("Futher noting", "Stongly urges"); short ones ("also", "still", "duly") are too near other words, and the
# sentence adverbs (however, therefore, accordingly, finally) open no lead
EN_MODIFIER_WORDS = tuple(adverb for adverb in EN_ADVERBS if " " not in adverb and adverb not in
                          ("also", "still", "duly", "however", "therefore", "accordingly", "finally"))
# the same in Chinese: 大力重申, 积极注意到, 最强烈谴责, 却依然深为关切
ZH_ADVERBS = ("却", "也", "仍", "依然", "仍然", "再次", "再度", "进一步", "大力", "积极", "紧急", "最强烈", "强烈", "坚决", "充分",
              "深切", "一致", "郑重", "正式", "同样", "高度", "热烈", "衷心", "完全", "全力", "坚定", "明确", "严正", "着重")
ZH_MODIFIER = lazy(r"(?:(?:" + "|".join(ZH_ADVERBS) + r")地?){1,2}")


# the Latin ligatures a PDF text layer hands over (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): a reader sees the letters they join
_LIGATURE = lazy("[\ufb00-\ufb06]")


def unligatured(text: str) -> tuple[str, list[int]]:
    """``text`` with each ligature written as its letters, and for each character of that text the length of
    ``text`` up to and including the character it comes from (so a prefix of the result maps back to a prefix of
    ``text``; a prefix that ends inside a ligature's letters maps to the same length as its last letter)."""
    plain: list[str] = []
    ends: list[int] = []
    for i, char in enumerate(text):
        letters = unicodedata.normalize("NFKC", char) if _LIGATURE.match(char) else char
        plain.append(letters)
        ends.extend([i + 1] * len(letters))
    return "".join(plain), ends


# the no-break spaces a web page or a PDF puts between words ("Deeply&nbsp;concerned"): a reader sees a space
_NO_BREAK_SPACES = lazy("[\u00a0\u202f\u2007]")
_AS_SPACES = str.maketrans("\u00a0\u202f\u2007", "   ")


# the letters a ligature joins, longest first: a PDF whose font maps no text to the ligature loses them in a copy
_LIGATURE_LETTERS = ("ffi", "ffl", "ff", "fi", "fl")
# a word cut in two where a dropped ligature stood ("Rea rms", "Con dent"): a capitalised start, a space, the rest
_CUT_WORD = lazy(r"([A-Z][a-z]*) ([a-z]+)\b")
_SLIP_SPAN = lazy(r"\S+(?:\s+[A-Za-z’'-]+){0,5}")  # a lead's first word and up to five words after it
_TOKEN = lazy(r"\S+")
_STRAY_CAPITAL = lazy(r"[A-Z](?=[A-Z][a-z])")  # "LFully aware": a capital before the capital of a word
_HAN_ONLY = lazy("[\u4e00-\u9fff]+")
# pinyin letters opening a Chinese clause before its characters ("jueding设立", "jue ding 设立"): an input method's
# letters sent to the page without a character chosen
_PINYIN_RUN = lazy(r"([A-Za-z]{1,6}(?:['’ ]?[A-Za-z]{1,6}){0,5}) ?(?=[\u4e00-\u9fff])")
# the prepositions inside fixed leads ("Taking into account", "Bearing in mind", "Noting with concern"), which a
# delegate translating word for word swaps for another ("Taking in account", from "Tomando en cuenta")
_PREPOSITIONS = ("in", "into", "on", "upon", "with", "of", "at", "to", "for", "by", "under")


# the marks students type around a title instead of 《》, one character each (the folding keeps lengths)
TITLE_MARKS_READ = str.maketrans("「」『』〈〉", "《》《》《》")


def fold_spelling(text: str) -> str:
    """Case and -ise/-ize spelling folded, for comparing English lead phrases."""
    folded = text.casefold()
    return _ISE.sub(lambda m: "iz" + m.group(1), folded) if "is" in folded else folded


_IZE = lazy(r"(?<=i)[zZ](?=(?:e|es|ed|ing|ant|ance)\b)", re.IGNORECASE)


def spelt_as_written(written: str, form: str) -> str:
    """``form``, a listed lead in -ize spelling, in the -ise spelling when ``written`` (the lead as typed, misspelt)
    uses it: "Recognisng" → "Recognising", "EMPHAISING" → "EMPHASISING", not the American form (spelling is the
    writer's choice; only the slip is corrected). ``form`` as it is otherwise."""
    folded = written.casefold()
    if "is" not in folded or "iz" in folded or _IZE.search(form) is None:
        return form
    return _IZE.sub(lambda m: "S" if m.group(0) == "Z" else "s", form)


class Phrases:
    """Lead-phrase forms of a library, longest first, for one language."""

    def __init__(self, lib: Library, lang: str) -> None:
        self.lang = lang
        forms: list[tuple[str, Phrase]] = []
        for phrase in lib.phrases.values():
            for form in phrase.forms(lang):
                if form:
                    forms.append((form, phrase))
        forms.sort(key=lambda f: -len(f[0]))
        self.forms = forms
        folds = {f: fold_spelling(f) for f, _ in forms}  # each form folded once
        self.folded = [(folds[f] if lang == "en" else f, f, p) for f, p in forms]
        self._pool = sorted(folds)
        self._folded_pool = {folds[f]: f for f in self._pool}
        self._form_prefixes: frozenset[str] | None = None
        self._pool_by_initial: dict[str, list[str]] = {}  # folded forms by their first character
        for folded in self._folded_pool:
            self._pool_by_initial.setdefault(folded[:1], []).append(folded)
        self._misspelled: dict[str, str | None] = {}  # answers of misspelled(), by candidate
        # forms by their first character (folded), longest first, so a lookup scans only its bucket
        self._by_head: dict[str, list[tuple[str, str, Phrase]]] = {}
        # matches by the text's first characters (English), by the whole text (Chinese)
        self._memo: dict[str, list[tuple[str, Phrase]]] = {}
        self._firsts: dict[str, set[str]] = {}  # kind -> first words of its forms (folded; English)
        self._words: frozenset[str] | None = None  # every word of the forms (folded), made on first use
        self._by_length: dict[int, dict[str, tuple[str, Phrase]]] | None = None  # for glued(), made on first use
        for folded, form, phrase in self.folded:
            self._by_head.setdefault(folded[:1], []).append((folded, form, phrase))
            self._firsts.setdefault(phrase.kind, set()).add(folded.split()[0])
        # Chinese forms that hold a title, by their first character, with the title's 《》 left out: a lead typed
        # without them (根据联合国宪章第七章采取行动) is the same lead before and after --fix writes the marks
        self._unmarked_by_head: dict[str, list[tuple[str, Phrase]]] = {}
        if lang == "zh":
            for form, phrase in forms:
                if "《" in form:
                    bare = form.replace("《", "").replace("》", "")
                    self._unmarked_by_head.setdefault(bare[:1], []).append((bare, phrase))

    _cache: dict[tuple[int, str], tuple[Library, Phrases]] = {}

    @classmethod
    def of(cls, lib: Library, lang: str) -> Phrases:
        """The phrase index of ``lib`` for ``lang``, built once per library object."""
        key = (id(lib), lang)
        cached = cls._cache.get(key)
        if cached is None or cached[0] is not lib:
            cached = (lib, cls(lib, lang))
            cls._cache[key] = cached
        return cached[1]

    def words(self) -> frozenset[str]:
        """Every word of the forms, folded ("expressing", "grave", "concern", "its"): the words a lead is made of."""
        if self._words is None:
            self._words = frozenset(word for folded, _, _ in self.folded for word in folded.split())
        return self._words

    def first_words(self, kind: str) -> set[str]:
        """The first words of the ``kind`` forms ("recognizing", "bearing", "deeply"), folded: the words a lead of
        that kind opens with."""
        return self._firsts.get(kind, set())

    def match(self, text: str) -> tuple[str, Phrase] | None:
        """The longest phrase form the text starts with (as written in the text), else None."""
        found = self.matches(text)
        return found[0] if found else None

    def matches(self, text: str) -> list[tuple[str, Phrase]]:
        """Every phrase form the text starts with, longest first, as written in the text; a known form after a
        strengthening adverb ("Further recalling", 大力重申) counts as that form. Traditional Chinese characters
        are read as simplified ones (回顧 is 回顾)."""
        stripped = text.lstrip()
        if self.lang == "en":
            head = stripped[:120]  # longer than any form with its adverbs: the answer depends on it alone
            known = self._memo.get(head)
            if known is None:
                known = self._en_forms(head)
                modifier = None if known else EN_MODIFIER.match(head)
                if modifier:
                    known = [(head[: modifier.end()] + form, phrase)
                             for form, phrase in self._en_forms(head[modifier.end():])]
                if len(self._memo) > 4096:
                    self._memo.clear()
                self._memo[head] = known
            return list(known)
        found = self._memo.get(stripped)  # the structure and several families ask about one paragraph
        if found is None:
            found = self._zh_forms(stripped)
            if not found:
                head = stripped[:80]
                # a title in other marks than 《》 (根據『聯合國憲章』第七章採取行動: Taiwan's and Hong Kong's quotation
                # marks) is read as in 《》, so the lead is the same before and after --fix gives it its marks
                folded = simplified(head).translate(TITLE_MARKS_READ)
                if folded != head:  # same length: a form found in the folded text is sliced from the original
                    found = [(stripped[: len(form)], phrase)
                             for form, phrase in self._zh_forms(folded + stripped[80:])]
            if len(self._memo) > 4096:
                self._memo.clear()
            self._memo[stripped] = found
        return list(found)

    def _en_forms(self, text: str) -> list[tuple[str, Phrase]]:
        """Forms ``text`` starts with (case and -ise/-ize folded), as written in ``text``; "Re-affirming" is read
        as "Reaffirming" written with a hyphen, and "Conﬁdent" (a typographic ligature, as a copy from a PDF
        gives it) as "Confident"; a no-break space between its words ("Deeply&nbsp;concerned") is a space."""
        if _NO_BREAK_SPACES.search(text):  # one character for one: a form found in the spaced text is the text's
            return [(text[: len(form)], phrase) for form, phrase in self._en_forms(text.translate(_AS_SPACES))]
        if _LIGATURE.search(text):
            plain, ends = unligatured(text)
            # a form ending inside a ligature's letters ends inside a character of the text: none is read
            return [(text[: ends[len(form) - 1]], phrase) for form, phrase in self._en_forms(plain)
                    if len(form) == len(ends) or ends[len(form)] != ends[len(form) - 1]]
        out = self._en_forms_as_written(text)
        if not out and _RE_HYPHEN.match(text):
            joined = text[:2] + text[3:]
            out = [(text[: len(form) + 1], phrase) for form, phrase in self._en_forms_as_written(joined)]
        return out

    def _en_forms_as_written(self, text: str) -> list[tuple[str, Phrase]]:
        out = []
        head_folded = fold_spelling(text[:80])
        for folded, form, phrase in self._by_head.get(head_folded[:1], ()):
            if head_folded.startswith(folded):
                # folding keeps lengths except -ise → -iz (same length), so slice the original
                rest = text[len(form): len(form) + 1]
                if not rest or not rest.isalpha():
                    out.append((text[: len(form)], phrase))
        return out

    def glued(self, text: str, longer_than: int = 0) -> tuple[str, str, Phrase] | None:
        """An English lead run into the word after it ("Emphasizesthe creation", "Expresses its hopethat"): the
        glued words as written, the lead with the space put back, and its phrase; None when the run-together word is
        itself a word ("Noteworthy") or the rest is none ("Urgesxq"). The longest such form wins; only forms longer
        than ``longer_than`` (the lead already found) are tried, so a draft with known leads never loads the
        spelling dictionary."""
        if self.lang != "en":
            return None
        stripped = text.lstrip()
        if _LIGATURE.search(stripped[:80]):  # "Conﬁdentthat": read in letters, the glued words sliced from the text
            plain, ends = unligatured(stripped)
            glued = self.glued(plain, longer_than)
            return None if glued is None else (stripped[: ends[len(glued[0]) - 1]], glued[1], glued[2])
        head_folded = fold_spelling(stripped[:80])
        if self._by_length is None:  # folded forms by their length (folding keeps lengths), longest first
            self._by_length = {}
            for folded, form, phrase in self.folded:
                self._by_length.setdefault(len(folded), {}).setdefault(folded, (form, phrase))
        for size, forms in self._by_length.items():
            if size <= longer_than:
                break
            found = forms.get(head_folded[:size])
            if found is None or not stripped[size: size + 1].isalpha():
                continue
            form, phrase = found
            rest = re.match(r"[a-z]+", stripped[len(form):])
            if rest is None or len(rest.group(0)) < 2:
                continue
            word = form.split()[-1] + rest.group(0)
            if spelling.known(word):
                continue
            written = stripped[: len(form) + rest.end()]
            if spelling.known(rest.group(0)):
                return written, f"{stripped[: len(form)]} {rest.group(0)}", phrase
            pair = _two_words(rest.group(0))  # "Draws the attentiontothe": two small words run in after the lead
            if pair is not None:
                return written, f"{stripped[: len(form)]} {pair[0]} {pair[1]}", phrase
        return None

    def _zh_forms(self, text: str) -> list[tuple[str, Phrase]]:
        """Forms ``text`` starts with after a prefix (在这方面，), a repetition mark (又, 还, 并) or an adverb
        (大力); or the 对……表示关切 frame whose verb closes the first clause."""
        prefix = ZH_PREFIX.match(text)
        head = prefix.group(0) if prefix else ""
        rest = text[len(head):]
        out = self._zh_direct(rest)
        if not out and rest[:1] in ("又", "还", "并"):
            out = [(rest[0] + form, phrase) for form, phrase in self._zh_direct(rest[1:])]
        modifier = None if out else ZH_MODIFIER.match(rest)
        if modifier:
            out = [(modifier.group(0) + form, phrase) for form, phrase in self._zh_direct(rest[modifier.end():])]
        if not out and self.framed(rest):
            # the frame's first clause ends at its mark; a full stop ends it too (对……表示严重关切。 typed with the
            # wrong end mark is still the framed lead, the end mark its own fault)
            cut = re.search(r"[，,；;：:。]", rest)
            clause = rest[: cut.start() if cut else len(rest)].rstrip().removesuffix(".")
            for form, phrase in self.forms:
                if len(form) >= 2 and clause.endswith(form):
                    out.append((clause, phrase))
                    break
        return [(head + form, phrase) for form, phrase in out]

    def _zh_direct(self, text: str) -> list[tuple[str, Phrase]]:
        found = [(form, phrase) for _, form, phrase in self._by_head.get(text[:1], ()) if text.startswith(form)]
        return found or [(bare, phrase) for bare, phrase in self._unmarked_by_head.get(text[:1], ())
                         if text.startswith(bare)]

    def framed(self, lead: str) -> bool:
        """A Chinese lead that frames its clause (对……表示关切): the clause text lies inside the lead."""
        if self.lang != "zh":
            return False
        prefix = ZH_PREFIX.match(lead)
        rest = lead[prefix.end() if prefix else 0:]
        return rest.lstrip("又还并").startswith("对")

    def misspelled(self, candidate: str) -> str | None:
        """A known form that ``candidate`` misspells, else None: within edit distance 2 in English (not just
        another inflection of the same word, nor words the spelling dictionary knows); in Chinese the same length
        with one character typed as a homophone (the slip a pinyin input method makes: 鼓历 for 鼓励) or as a
        character read alike but for the aspiration of its initial (敦足 for 敦促), or, where the slip is no word of
        its own, for the nasal of its final (欢印 for 欢迎), the curl of its initial (从申 for 重申) or a character of
        like shape (批淮 for 批准), read in simplified characters."""
        if not candidate:
            return None
        if candidate not in self._misspelled:  # the structure and the checker both ask about a clause's lead
            if len(self._misspelled) > 4096:
                self._misspelled.clear()
            self._misspelled[candidate] = self._slip_of(candidate)
        return self._misspelled[candidate]

    def first_word_slip(self, candidate: str) -> str | None:
        """An English lead of two or more words whose first word, a real word, is one letter off a listed lead's
        first word while the words after it are that lead's own ("Nothing with regret" → "Noting with regret"):
        the phrase as written is no lead. Not when the first word opens a listed lead itself, nor a one-word lead
        ("Defining" is not "Desiring"). The form, else None."""
        words = fold_spelling(candidate).split()
        if self.lang != "en" or len(words) < 2 or any(words[0] in firsts for firsts in self._firsts.values()):
            return None
        for folded in self._pool_by_initial.get(words[0][:1], ()):
            form_words = folded.split()
            if form_words[1:] == words[1:] and edit_distance(words[0], form_words[0], 1) == 1 \
                    and not _inflection(words[0], form_words[0]):  # "Take note" is "Takes note" in another form
                return self._folded_pool[folded]
        return None

    @cached_property
    def _forms_by_first_word(self) -> dict[str, list[tuple[str, str]]]:
        """Each listed form under its first word in lower case, with the words after it."""
        by_word: dict[str, list[tuple[str, str]]] = {}
        for form, _ in self.forms:
            first, _, rest = form.partition(" ")
            by_word.setdefault(first.lower(), []).append((form, rest))
        return by_word

    def adverb_slip(self, text: str) -> tuple[str, str, Phrase] | None:
        """An English lead whose strengthening adverb is misspelt before a known form ("Futher noting" → "Further
        noting", "Stongly urges" → "Strongly urges"): the adverb one letter off (or two letters swapped) one of
        EN_MODIFIER_WORDS, no word of its own, and the words after it a listed form. The words as written, the lead
        they misspell and its phrase, else None."""
        if self.lang != "en":
            return None
        head = re.match(r"([A-Za-z]{4,})[ ,]+", text.lstrip()[:120])
        if head is None:
            return None
        word = head.group(1)
        low = word.lower()
        adverb = next((a for a in EN_MODIFIER_WORDS if abs(len(a) - len(low)) <= 1 and edit_distance(low, a, 1) == 1),
                      None)
        if adverb is None or spelling.all_known(word):
            return None
        rest = text.lstrip()[head.end():]
        found = self._en_forms(rest)
        if not found:
            return None
        form, phrase = found[0]
        typed = adverb.capitalize() if word[:1].isupper() else adverb
        if word.isupper():
            typed = adverb.upper()
        return text.lstrip()[: head.end() + len(form)], text.lstrip()[: head.end()].replace(word, typed, 1) + form, \
            phrase

    def stray_capital(self, text: str) -> tuple[str, str] | None:
        """An English lead with a stray capital glued before its first word ("LFully aware" → "Fully aware"), a
        letter a PDF's text layer or a slip of the keyboard left: the words as written and the listed form, else
        None."""
        text = text.lstrip()
        if self.lang != "en" or _STRAY_CAPITAL.match(text) is None:
            return None
        found = self.matches(text[1:])
        if not found or not found[0][0][:1].isupper():
            return None
        written, phrase = found[0]
        key = fold_spelling(written)
        form = next((f for f, p in self.forms if p is phrase and fold_spelling(f) == key), None)
        return None if form is None else (text[: 1 + len(written)], form)

    def look_alike(self, text: str) -> tuple[str, str, Phrase] | None:
        """An English lead typed with letters that look Latin and are not: a Cyrillic or Greek letter ("Rеaffirming"
        with a Cyrillic е, "Αcknowledging" with a Greek Alpha), or full-width letters ("Ｎｏｔｉｎｇ with concern"): the
        words as written, the lead as it reads in Latin letters and its phrase; None when the lead has no such
        letter (look-alikes after the lead are the text's, not the lead's)."""
        head = text.lstrip()[:120]
        latin = latin_reading(head)
        if self.lang != "en" or latin == head:
            return None
        found = self.matches(latin)
        if not found:
            return None
        form, phrase = found[0]
        written = head[: len(form)]
        return None if written == form else (written, form, phrase)

    def ligature_dropped(self, text: str) -> tuple[str, str] | None:
        """An English lead whose ligature (ﬀ ﬁ ﬂ ﬃ ﬄ) a copy out of a PDF dropped, a space left where it stood ("Rea
        rms" → "Reaffirms", "Con dent" → "Confident"): the words as written and the listed form, else None."""
        cut = _CUT_WORD.match(text.lstrip()) if self.lang == "en" else None
        if cut is None:
            return None
        after = text.lstrip()[cut.end():]
        best: tuple[str, str] | None = None
        for letters in _LIGATURE_LETTERS:
            word = f"{cut.group(1)}{letters}{cut.group(2)}".lower()
            for form, rest in self._forms_by_first_word.get(word, ()):
                if rest and not after.lower().startswith(" " + rest.lower()):
                    continue
                written = cut.group(0) + (after[:len(rest) + 1] if rest else "")
                if best is None or len(written) > len(best[0]):
                    best = (written, form)
        return best

    def word_form_slip(self, text: str) -> tuple[str, str] | None:
        """An English lead written in real words that are not the phrase's own ("Calls up on" → "Calls upon": a
        word split in two; "Taking into considerations" → "Taking into consideration": the noun of a fixed phrase
        after "into", "with" or "in" in the plural; "Taking in account" → "Taking into account": the preposition
        inside a phrase of three words or more swapped for another): the words as written and the form, else None.
        The misspelling
        search leaves out words the dictionary knows (another wording, never a slip); these two are no other
        wording."""
        if self.lang != "en":
            return None
        span = _SLIP_SPAN.match(text.lstrip())
        if span is None:
            return None
        ends = [m.end() for m in _TOKEN.finditer(span.group(0))]
        words = fold_spelling(span.group(0)).split()  # folding keeps the words apart: word i of the span is words[i]
        prefixes = self._prefixes()
        # a phrase's words can only start so: the words before a join and the joined word, or before a plural
        joins = [i for i in range(len(words) - 1)
                 if " ".join([*words[:i], words[i] + words[i + 1]]) in prefixes]
        plurals = [count for count in range(3, len(words) + 1) if words[count - 2] in ("into", "with", "in")
                   and " ".join(words[:count - 1]) in prefixes]
        swaps = [i for i in range(1, len(words) - 1) if words[i] in _PREPOSITIONS
                 and " ".join(words[:i]) in prefixes]
        if not joins and not plurals and not swaps:
            return None
        for count in range(2, len(words) + 1):
            written = span.group(0)[:ends[count - 1]].rstrip(",;:")
            for i in (i for i in joins if i < count - 1):  # two words that are one word of the form
                joined = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:count]])
                if joined not in self._folded_pool:
                    continue
                if i == 0 and spelling.known(words[0]) and spelling.known(words[1]):
                    continue  # "Under lines of supply", "High lights": words of their own, no split "Underlines"
                return written, self._folded_pool[joined]
            for i in (i for i in swaps if i < count - 1):  # a preposition with a word of the form after it
                for other in _PREPOSITIONS:
                    swapped = " ".join([*words[:i], other, *words[i + 1:count]])
                    if other != words[i] and swapped in self._folded_pool:
                        return written, self._folded_pool[swapped]
            last = words[count - 1]
            if count in plurals and last.endswith("s") and len(last) > 4:
                single = " ".join([*words[:count - 1], last[:-1]])
                if single in self._folded_pool:
                    return written, self._folded_pool[single]
        return None

    def _prefixes(self) -> frozenset[str]:
        """Every run of words a folded form of the pool opens with ("noting", "noting with", "noting with concern")."""
        if self._form_prefixes is None:
            self._form_prefixes = frozenset(" ".join(words[:k]) for words in map(str.split, self._folded_pool)
                                            for k in range(1, len(words) + 1))
        return self._form_prefixes

    @cached_property
    def _zh_spelt(self) -> dict[str, tuple[str, Phrase]]:
        """Each Chinese form of Chinese characters only, under each of its pinyin spellings without tones or spaces
        ("jueding" → 决定), the longest form first for a spelling two forms share."""
        spelt: dict[str, tuple[str, Phrase]] = {}
        for form, phrase in self.forms:
            if len(form) < 2 or len(form) > 8 or not _HAN_ONLY.fullmatch(form):
                continue
            spellings = [""]
            for char in form:
                spellings = [done + reading for done in spellings for reading in sorted(readings(char))][:64]
            for spelling_ in spellings:
                spelt.setdefault(spelling_, (form, phrase))
        return spelt

    def pinyin_lead(self, text: str) -> tuple[str, str, Phrase] | None:
        """A Chinese lead left in pinyin at the start of ``text`` ("jueding设立", "Zhuyidao 各国"): the letters as
        written, the form they spell and its phrase; None when the letters spell no listed form."""
        if self.lang != "zh":
            return None
        run = _PINYIN_RUN.match(text)
        if run is None:
            return None
        letters = re.sub(r"['’ ]", "", run.group(1)).casefold()
        if len(letters) < 2 or letters not in self._zh_spelt:
            return None
        form, phrase = self._zh_spelt[letters]
        return run.group(1), form, phrase

    @cached_property
    def _zh_shortened(self) -> dict[str, tuple[str, Phrase]]:
        """Each Chinese form of four or more characters with one of its inner characters left out ("满意地注到" for
        满意地注意到), unless that is a listed form itself: the shortened form and the form with its phrase."""
        shortened: dict[str, tuple[str, Phrase]] = {}
        for form, phrase in self.forms:
            if len(form) < 4 or not _HAN_ONLY.fullmatch(form):
                continue
            for i in range(1, len(form) - 1):
                short = form[:i] + form[i + 1:]
                if short not in self._folded_pool:
                    shortened.setdefault(short, (form, phrase))
        return shortened

    def dropped_character(self, text: str, longer_than: int = 0) -> tuple[str, str, Phrase] | None:
        """A Chinese lead typed with one inner character left out at the start of ``text`` ("满意地注到一些国家" →
        满意地注意到), longer than ``longer_than`` characters as written: the characters as written, the form and
        its phrase; the longest such lead, else None."""
        if self.lang != "zh":
            return None
        head = simplified(text[:16])
        for size in range(min(len(head), 15), max(longer_than, 2), -1):
            found = self._zh_shortened.get(head[:size])
            if found is not None:
                return text[:size], found[0], found[1]
        return None

    def particle_slip(self, text: str, longer_than: int = 0) -> tuple[str, str, Phrase] | None:
        """A Chinese lead with 的 or 得 typed for its adverbial 地, or put into it, at the start of ``text``
        ("满意的注意到" → 满意地注意到, "深切的关注" → 深切关注, "严重的关切地注意到" → 严重关切地注意到), longer than
        ``longer_than`` characters (a listed lead before the particle, 关切 of "关切得注意到", is the shorter): the
        characters as written, the lead they stand for and its phrase; None when no listed lead reads across the
        particle's place with it taken out or made 地 (the paragraph opens with no lead at all then)."""
        if self.lang != "zh":
            return None
        head = text[:24]
        for at, char in enumerate(head[:8]):
            if char not in "的得" or at == 0:
                continue
            for mended, written_end in ((head[:at] + head[at + 1:], 1), (head[:at] + "地" + head[at + 1:], 0)):
                found = self.matches(mended)
                if found and len(found[0][0]) > max(at, longer_than):
                    form, phrase = found[0]
                    return head[: len(form) + written_end], form, phrase
            return None  # only the first particle: a later 的 is the clause's own ("…的作用")
        return None

    @cached_property
    def _zh_front_cut(self) -> dict[str, tuple[str, Phrase]]:
        """Each Chinese form of four or more characters with its first characters cut off, three characters or more
        left ("切地注意到", "地注意到" for 关切地注意到), unless what is left is a listed form itself (注意到): the cut form
        and the form with its phrase, the form with the fewest characters cut (切地注意到 is 关切地注意到's, not
        深为关切地注意到's). Whether what is left opens with a word is asked of a match only (:meth:`front_cut`):
        jieba's dictionary takes a second to load, which a draft without such an opening never needs."""
        cut: dict[str, tuple[int, str, Phrase]] = {}
        for form, phrase in self.forms:
            if len(form) < 4 or not _HAN_ONLY.fullmatch(form):
                continue
            for k in range(1, len(form) - 2):
                rest = form[k:]
                if rest in self._folded_pool:
                    continue
                if rest not in cut or k < cut[rest][0]:
                    cut[rest] = (k, form, phrase)
        return {rest: (form, phrase) for rest, (_, form, phrase) in cut.items()}

    def modifier_slip(self, text: str) -> tuple[str, str, Phrase] | None:
        """A Chinese lead after an adverb of ZH_MODIFIER typed with one of its characters as a homophone, the slip a
        pinyin input method makes ("进一部请秘书长" → 进一步请, "在次重申" → 再次重申) at the start of ``text``: the
        characters as written, the adverb mended with the lead, and the lead's phrase; None when the adverb as typed is
        a word of its own (一直, 权力: another wording) or no listed lead follows it."""
        if self.lang != "zh":
            return None
        head = simplified(text[:24])
        for adverb in ZH_ADVERBS:
            typed = head[:len(adverb)]
            differ = [(a, b) for a, b in zip(typed, adverb, strict=False) if a != b]
            if len(adverb) < 2 or len(typed) < len(adverb) or len(differ) != 1 or not homophones(*differ[0]) \
                    or chinese_word(typed):
                continue
            found = self._zh_direct(head[len(adverb):])
            if found:
                form, phrase = max(found, key=lambda pair: len(pair[0]))
                return text[: len(adverb) + len(form)], adverb + form, phrase
        return None

    def front_cut(self, text: str) -> tuple[str, str, Phrase] | None:
        """A Chinese lead whose first characters were cut off when the paragraph was copied out of another text
        ("切地注意到一些区域" → 关切地注意到: the selection began inside the lead) at the start of ``text``: the
        characters as written, the form and its phrase; the longest such lead, else None. What is left opening with a
        word is no cut (继续积极处理此案: a clause may open with 积极处理此案, and 处理此案 too)."""
        if self.lang != "zh":
            return None
        head = simplified(text[:16])
        for size in range(min(len(head), 15), 2, -1):
            found = self._zh_front_cut.get(head[:size])
            if found is not None:  # every size shares the opening: one that is a word makes none a cut lead
                return None if chinese_word(head[:2]) else (text[:size], found[0], found[1])
        return None

    def _slip_of(self, candidate: str) -> str | None:
        if self.lang == "en":
            key = fold_spelling(candidate)
            # two neighbouring letters swapped ("Ugres", "Reuqests") are one slip of the keyboard, not two: the
            # library's edit distance counts a swap as one edit
            scored = [(edit_distance(key, f, 2), f) for f in self._pool_by_initial.get(key[:1], ())
                      if abs(len(f) - len(key)) <= 2]
            # a tie goes to the option that holds more of the letters typed ("Reuqets": Requests, not Regrets)
            for distance, option in sorted(scored, key=lambda pair: (pair[0], -_letters_shared(key, pair[1]),
                                                                      pair[1]))[:3]:
                if 0 < distance <= 2 and distance < len(key) // 3 + 1 and not _inflection(key, option):
                    # real words are another wording, never a slip ("Defining" is not "Desiring")
                    return None if spelling.all_known(candidate) else self._folded_pool[option]
            # "rn" read for "m", "vv" for "w" by an OCR of a printed draft ("Recornrnends", "VVelcomes"): the
            # look-alike letters put back
            ocr = key.replace("rn", "m").replace("vv", "w")
            if ocr != key and ocr in self._folded_pool and not spelling.all_known(candidate):
                return self._folded_pool[ocr]
            return None
        candidate = simplified(candidate)  # 回顧 is 回顾 written in traditional characters, not a slip
        if candidate in self._pool:
            return None
        near: str | None = None  # a homophone is the likelier slip; a near-homophone only when there is none
        nasal: str | None = None  # a final's nasal confused (欢印 for 欢迎): the last resort, and never a real word
        curl: str | None = None  # a flat initial for a retroflex one or back (从申 for 重申): never a real word either
        shape: str | None = None  # a character of like shape (批淮 for 批准): no slip of sound, and never a real word
        for option in self._pool:
            if len(option) == len(candidate) and len(option) >= 2:
                differ = [(a, b) for a, b in zip(candidate, option) if a != b]
                if len(differ) != 1 or not _simplified(differ[0][0]):
                    continue
                if (homophones(*differ[0]) or near is None and near_homophones(*differ[0])) \
                        and word_frequency(candidate) > word_frequency(option):
                    continue  # a word more common than the lead it would misspell is written on purpose (制定 is
                    # no 指定 mistyped: draws up, not designates); a rarer one is the slip (重审 for 重申)
                if homophones(*differ[0]):
                    return option
                if near is None and near_homophones(*differ[0]):
                    near = option
                elif nasal is None and nasal_homophones(*differ[0]):
                    nasal = option
                elif curl is None and retroflex_homophones(*differ[0]):
                    curl = option
                elif shape is None and shape_alike(*differ[0]):
                    shape = option
        if near is None and (nasal or curl or shape) is not None and not chinese_word(candidate):
            return nasal or curl or shape  # 声明 (declares) is a word of its own, not 申明 misspelled; 欢印, 从申, 批淮
            # are no words
        return near


def _letters_shared(a: str, b: str) -> int:
    """How many letters of ``a`` ``b`` holds too, each counted as often as both have it."""
    return sum((collections.Counter(a) & collections.Counter(b)).values())


def _inflection(a: str, b: str) -> bool:
    """Two forms of one English word ("encouraged" / "encourages"), not a misspelling. An -s put after a word that
    ends in -s already ("urgess" / "urges") is no English ending: that plural or third person is written -es."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        if x == y:
            continue
        stem = 0
        while stem < min(len(x), len(y)) and x[stem] == y[stem]:
            stem += 1
        if {x[stem:], y[stem:]} == {"s", ""} and x[:stem].endswith("s"):
            return False
        if stem < 4 or not ({x[stem:], y[stem:]} <= set(EN_INFLECTIONS) | {""} or
                            (x[stem:] + "|" + y[stem:]) in ("e|ing", "ing|e", "ed|es", "es|ed", "e|ed", "ed|e")):
            return False
    return True


def _simplified(char: str) -> bool:
    """Whether ``char`` is one of the common simplified characters (GB 2312): a pinyin input method's slip is
    one of them, while a traditional character (顧 for 顾, 認 for 认) is the other script, not a slip."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _two_words(run: str) -> tuple[str, str] | None:
    """``run`` (no dictionary word itself) read as two words typed together ("tothe" → "to", "the"), each of two
    letters or more: of the splits into two dictionary words, the one whose rarer word is the more frequent ("to" +
    "the" rather than "tot" + "he"); None when no split gives two words."""
    best: tuple[int, tuple[str, str]] | None = None
    for cut in range(2, len(run) - 1):
        first, second = run[:cut], run[cut:]
        if not (spelling.known(first) and spelling.known(second)):
            continue
        rarer = min(spelling.frequency(first), spelling.frequency(second))
        if best is None or rarer > best[0]:
            best = (rarer, (first, second))
    return None if best is None else best[1]
