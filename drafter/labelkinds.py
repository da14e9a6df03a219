"""Typed labels as students type them ("1)", "1-", "(1)", "A.", "ii.Ensure", "一、", "第一条", "①", "•"): reading them,
naming their kinds, and the label a kind expects at a position. :mod:`drafter.labels` makes and counts labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from drafter.labels import (
    BRANCHES,
    STEMS,
    ZH_CAPITALS,
    ZH_NUMERAL,
    ZH_PAREN,
    letters,
    letters_value,
    roman,
    roman_value,
    zh_number,
    zh_value,
)
from drafter.lookalike import LATIN_LETTERS
from drafter.patterns import lazy
from drafter.punctuation import HALF_DIGITS

# -- reading ---------------------------------------------------------------------------------------

# the digits of a label: half-width, full-width, and the Arabic-Indic and Persian digits an Arabic or Persian Word's
# list shows (hindiNumbers: "١." "٢.") or an Arabic keyboard types
DIGITS = "0-9０-９\u0660-\u0669\u06f0-\u06f9"
# "ａ．", "Ｂ）": letters typed with a Chinese input method in full-width mode
_FULL_WIDTH_LETTERS = str.maketrans({chr(ord("ａ") + i): chr(ord("a") + i) for i in range(26)}
                                    | {chr(ord("Ａ") + i): chr(ord("A") + i) for i in range(26)})
# "?" "？": a symbol-font bullet (Wingdings, Symbol) that copying as plain text could not carry, left as a question mark
BULLETS = "-–—•·*▪◦●○■□►➢✓◆◇❖▶▸➤?？"  # ◆ ❖ ➤: the bullets of Chinese online documents (飞书, 腾讯文档)
_SPACED_BULLETS = "-–—*?？"  # also punctuation: a bullet only with a space after it
# the Heavenly Stems (甲乙丙, Word's ideographTraditional) and Earthly Branches (子丑寅, ideographZodiac) count one
# character each: "（甲）", "甲、", "子)"
# "Ⅲ" and "ⅲ": the Roman numerals of Unicode, which Chinese input methods offer
# "壹、" "（貳）": Chinese numerals typed as financial capitals (zh-number labels of their own value)
_TOKEN = rf"[{DIGITS}]{{1,3}}|[a-zａ-ｚ]{{1,4}}|[A-ZＡ-Ｚ]{{1,4}}|[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}}|[{STEMS}{BRANCHES}]|[Ⅰ-Ⅻⅰ-ⅻ]"
# shape -> pattern, tried in this order; only "1." takes four digits (a long text's paragraph 1000 and beyond)
OVERFLOW_LETTER = lazy(r"[a-z][1-9]")  # "(a1)": a letter and a digit, the label typed after "(z)"
INSERTED_LETTER = lazy(r"[a-z][ -]?(?:bis|ter|quater)")  # "(c bis)": an item inserted after (c) by amendment
# the words a negotiation's rolling text or a class's worksheet tags a preambular paragraph with ("PP4", "ＰＰ４",
# "Preambular clause 2:"): the worded label form below, and :func:`preambular_tag`
_PREAMBULAR_TAG = "PP|ＰＰ"
_PREAMBULAR_WORD = r"[Pp]reambul(?:ar|atory)|PREAMBUL(?:AR|ATORY)"
_FORM_SOURCES: list[tuple[str, str]] = [
    # "第一，" "第二、": an ordinal with its comma and no 条, as pupils number their clauses ("第一，呼吁……；")
    ("article", rf"(?P<label>第\s?(?P<tok>[{DIGITS}]{{1,3}}|[{ZH_NUMERAL}]{{1,3}})\s?(?:[条條款项項]|[，,、：:]))"
              rf"[:：、，,]?"),
    # "首先，" "其次，" "再次，" "然后，" "最后，": the words of a speech's order typed as clause numbers, read as the
    # article form (a clause number in words); only before a clause's end (see _ends_label)
    ("sequence", r"(?P<label>(?P<tok>首先|其次|再次|然后|最后)[，,、：:])"),
    ("outline", r"(?P<label>(?P<tok>[0-9]{1,2}(?:[.．][0-9]{1,2})+)(?P<mark>[.．)）])?)"),  # "1.1.", "1.1)"
    # "1.a)", "2.b.", "2b.": a lettered item under clause 1 typed with its clause's number, as an outline ("3a." with
    # no point inside only before a small letter: "3a. Urges" is a clause an amendment inserted, see _ends_label)
    ("outline-letter", r"(?P<label>(?P<tok>[0-9]{1,2}[.．]?[a-z])(?P<mark>[.．)）]))"),
    # "(1)." — a parenthesised label with a full stop after it: the full stop belongs to the label; so does the
    # enumeration comma of "(a)、" "（一）、", which Chinese pupils type after a bracketed number as after 一、
    # "[1]", "【一】", "〔1〕": square and Chinese brackets typed for round ones
    # "(a1)", "(a2)": the items after "(z)" numbered on from "(a)" by a pupil who ran out of letters (read as letters
    # that name no place, so that the list's count says "(aa)", "(bb)")
    # "(c bis)", "(c-bis)": a lettered item an amendment inserted after (c), marked with the Latin ordinal as a
    # clause's "3 bis" is (read as a letter that names no place)
    ("paren", rf"(?P<label>[(（\[［【〔]\s?(?P<tok>{_TOKEN}|[a-z][1-9]|[a-z][ -]?(?:bis|ter|quater))\s?[)）\]］】〕]"
              rf"(?:[.．](?![0-9０-９])|、)?)"),
    # "1)", "a）", "1]"; "1.)", "a.)": a full stop typed before the bracket too, a mixed form read as the bracket's
    ("close", rf"(?P<label>(?P<tok>{_TOKEN})(?P<stop>[.．])?[)）\]])"),
    # "1。": the Chinese full stop the input method gives for "." (numbers only, see _ends_label)
    # "1:" — a colon typed for the point (numbers of one or two digits only, see _ends_label)
    # "1º": the ordinal indicator of Spanish and Portuguese ("1º Exhorta") typed for the point; "1.-": a dash
    # after the point, as Spanish drafts type it
    # "4\.": the backslash a Markdown export (Google Docs' "Download as Markdown") puts before the point of a number
    # it did not number itself, left in the text
    ("dot", rf"(?P<label>(?P<tok>[{DIGITS}]{{4}}|{_TOKEN})\s?(?P<mark>\\?[.．、。:：º°])(?:\s?[-–—](?=\s))?)"),
    # "Clause 1:", "Operative Clause 2 -", "Operative 4 -", "OC3.", "OP4" — the clause named by a word before its
    # number; "PP2", "Preambular clause 1:" — a preambular paragraph tagged so in a negotiation's rolling text or a
    # class's worksheet (a label preambular paragraphs do not carry);
    # "Directive 3:" — a clause numbered as the directive of a crisis committee, whose orders are so numbered;
    # "Art. 1", "Article 2", "Artículo 3", "Artigo 4" — a clause numbered as the article of a law (see _ends_label);
    # "ＰＰ１", "ＯＰ２．": the tags typed with a Chinese input method left in full-width mode; "PP3 bis", "OP5 ter":
    # the tag of a paragraph the negotiation inserted after PP3 / OP5 (the count is the number before it)
    ("worded", rf"(?P<label>(?:(?:[Oo]perative|OPERATIVE|{_PREAMBULAR_WORD})"
                rf"(?:\s(?:[Cc]lause|CLAUSE))?|[Cc]lause|CLAUSE|[Dd]irective|DIRECTIVE|OC|OP|{_PREAMBULAR_TAG}|ＯＣ|ＯＰ|Op\.?"
                r"|(?P<law>[Aa]rt"
                r"(?:\.|icle|ículo|igo)|ART(?:\.|ICLE|ÍCULO|IGO)))\s?(?P<tok>[0-9０-９]{1,3})"
                r"(?:\s?(?:bis|ter|quater)\b)?(?:\s?(?P<mark>[.．:：)\-–]))?)"),
    # "II - …", "iii – …": a roman numeral and a dash, as Brazilian and Portuguese statutes number their items
    # ("incisos"); a word before a dash ("CIVIC - a network") is no roman numeral (see _token)
    ("dash", rf"(?P<label>(?P<tok>[{DIGITS}]{{1,3}}|[IVX]{{2,5}}|[ivx]{{2,5}}|[a-zA-Z])\s?[-–—])"),
    ("enclosed", r"(?P<label>(?P<tok>[①-⑳㈠-㈩⑴-⒇⒈-⒛]))"),
    # "1️⃣", "2⃣", "🔟": the keycap emoji a chat or a WeChat article numbers its lines with (a digit, the emoji's
    # variation selector, the enclosing keycap), read as the clause's number typed in another form
    ("keycap", "(?P<label>(?P<tok>[0-9]\ufe0f?\u20e3|\U0001f51f))"),
    # "\-": a typed dash a Markdown export escaped, left in the text
    ("bullet", rf"(?P<label>\\?(?P<tok>[{re.escape(BULLETS)}]))"),
    # numbers students type with a mark of their own, read as "N." typed another way, only when a capitalised
    # word follows ("#1 Urges", "§3 Requests", "{4} Decides", "<5> Notes", "6> Invites",
    # "7/ Urges", "8, Requests", "9; Notes", "1，敦促": a comma or a semicolon the finger hit for the point);
    # "#1 priority", "1/3 of", "<br>", "No.1 Fan Club", "1, 2 and 3" stay text
    ("marked", r"(?P<label>[#№§]\s?(?P<tok>[0-9]{1,3})|[{<]\s?(?P<tok2>[0-9]{1,3})\s?[}>]"
                r"|(?P<tok3>[0-9]{1,3})\s?[>/,;，；])"),
    # (a number without any mark, "6 Determines", is read by the structure, which knows the leads)
]
_FORMS: list[tuple[str, re.Pattern[str]]] = [(shape, lazy(source)) for shape, source in _FORM_SOURCES]
# a letter of an alphabet that is neither Latin nor Chinese (Greek, Cyrillic, Hebrew, Arabic, kana, hangul)
_OTHER_SCRIPT = lazy(r"[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u3040-\u30ff"
                     r"\u3130-\u318f\uac00-\ud7af\uff66-\uff9d]")
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3}
# the end of an operative clause or of the resolution, as a pupil types it ("；", "。", "！", "……")
CLAUSE_END = lazy(r"(?:[；;。.！!]|……)\s*$")
# any of the forms at once (their groups unnamed): most paragraphs open with a word, which this rules out in one go
_ANY_FORM = lazy("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', source)})" for _, source in _FORM_SOURCES))
_WORD_AFTER = lazy(r"[A-Z][a-z]|[\u3400-\u9fff]")  # "ii.Ensure", "1-Urges", "a.敦促": a label without a space
_CJK_AFTER = lazy(r"[\u3400-\u9fff]")  # "1º敦促", "Op. 2敦促": Chinese words right after a label
_PREAMBULAR_LABEL = lazy(rf"\s*(?:{_PREAMBULAR_TAG}|{_PREAMBULAR_WORD})")
_TAG_WORD = lazy(r"(?:PP|OP|ＰＰ|ＯＰ)\s?\d")  # the paragraph tags of a negotiation's rolling text ("PP5", "OP3")
_BRACKETED_WORD = lazy(r"\[[A-Z][a-z]")  # "[Acknowledging]", "[Strongly] condemns": a lead still in brackets
# a space and Chinese words that are no unit of an amount: what follows an outline number typed without its point
# one or two Chinese characters and a list comma: the next word of a row of words ("陆、海、空")
_ZH_LISTED = lazy(r"[\u3400-\u9fff]{1,2}、")
_ZH_AFTER_SPACE = lazy(r"\s+(?![亿億万萬千百十倍个個岁歲年月日人次吨噸米元%％])[\u3400-\u9fff]")


@dataclass(frozen=True)
class Typed:
    """A label typed at the start of a paragraph, as :func:`read_typed` reads it."""

    text: str  # as typed, without the spaces after it: "1)", "第一条", "ii.", "•", "1 -"
    token: str  # its number or letters as typed: "1", "一", "ii", "A"
    kind: str  # number, letter, roman, zh-number, stem, branch, article, circled, bullet, outline ("1.1.")
    shape: str  # paren "(1)", close "1)", dot "1." "1、", dash "1-", enclosed "①" "㈠", bare "第一条" "•"
    value: int  # the position it names (0 for a bullet)
    upper: bool = False  # capital letters or roman numerals
    start: int = 0  # its first character in the paragraph
    end: int = 0  # the first character of the text after it (and its spaces)

    @property
    def name(self) -> str:
        """The label kind the structure tree records ("letter-close", "number-paren", "zh-dot", …)."""
        return kind_name(self.kind, self.shape, self.upper)

    def other_case_of(self, earlier: Typed) -> bool:
        """Whether this label is one of ``earlier``'s list typed in the other case ("ii." after "I.", "b)" after
        "A)"): letters or roman numerals both, the same shape, capitals in one only. Its value is the caller's to
        judge."""
        return self.kind in ("letter", "roman") and self.kind == earlier.kind and self.shape == earlier.shape \
            and self.upper != earlier.upper

    @property
    def stop_and_bracket(self) -> bool:
        """A full stop and a closing bracket both typed after the token ("1.)", "a.)"): a mixed form of "1)"."""
        return self.shape == "close" and re.fullmatch(r".+[.．][)）\]]", self.text) is not None

    @property
    def bracket_and_stop(self) -> bool:
        """A full stop, or the enumeration comma, typed after the closing bracket ("(a).", "(ii).", "(a)、"): a mixed
        form of "(a)"."""
        return self.shape == "paren" and self.text[-1:] in ".．、"

    @property
    def mark_lost(self) -> bool:
        """A letter or roman label read without the mark its shape has ("ii" in a list of "i." "iii.":
        :func:`item_mark_lost`)."""
        return self.kind in ("letter", "roman") and self.text == self.token

    @property
    def un_number(self) -> bool:
        """The UN's own operative form: half-width digits and a full stop ("12.")."""
        return self.kind == "number" and re.fullmatch(r"[0-9]{1,4}\.", self.text) is not None

    @property
    def un_form(self) -> bool:
        """The UN's form as a clause number shows it: :attr:`un_number` without a leading zero ("01.", "02." are
        Word's decimalZero or typed so: not the "1." UN-B07 asks for, though they count alike)."""
        return self.un_number and not (len(self.token) > 1 and self.token.startswith("0"))


_SQUARE_TO_ROUND = str.maketrans("[［【〔]］】〕", "(((())))")
# the signs Word's AutoCorrect makes of a bracketed letter as it is typed: "(c)" becomes "©", "(r)" becomes "®"
AUTOCORRECTED_LABELS = {"©": "(c)", "®": "(r)"}
_AUTOCORRECTED = str.maketrans(AUTOCORRECTED_LABELS)
_FULL_WIDTH_BRACKETS = str.maketrans("（）", "()")


def plain_marks(label_: str, english: bool) -> str:
    """``label_`` with round brackets for square or Chinese ones ("[a]" → "(a)", "【1】" → "(1)"), half-width letters,
    digits and full stop for the full-width ones an input method left in full-width mode types ("ａ．" → "a.",
    the bracketed letter for the sign Word's AutoCorrect made of it ("©" → "(c)"),
    ZH-B04, UN-B10), Latin letters for the Cyrillic or Greek ones that look like them ("с)" with a Cyrillic с → "c)")
    and, in an English draft, half-width brackets too ("（a）" → "(a)"; Chinese drafts keep them)."""
    plain = label_.translate(_AUTOCORRECTED).translate(_SQUARE_TO_ROUND).translate(HALF_DIGITS) \
        .translate(_FULL_WIDTH_LETTERS).translate(LATIN_LETTERS).replace("．", ".")
    return plain.translate(_FULL_WIDTH_BRACKETS) if english else plain


def preambular_tag(label: str) -> bool:
    """The typed label tags a preambular paragraph ("PP4", "PP3 bis", "Preambular clause 2:"): the paragraph is
    preambular whatever mark ends it and whatever its lead ("PP5 [Acknowledging] [Welcoming] …")."""
    return _PREAMBULAR_LABEL.match(label) is not None


def read_typed(text: str) -> Typed | None:
    """The label typed at the start of ``text`` ("1)", "(a)", "ii.Ensure", "第一条", "一、", "①", "•"), or None
    when the paragraph opens with words ("1990 marked", "A/RES/74/247", "I am", "e.g.", "50 %", "一方面")."""
    return _read(text, need_text=True)


_UNMARKED_OUTLINE = lazy(r"\s*(?P<label>(?P<first>[0-9]{1,2})[.．](?P<item>[0-9]{1,2})(?:[.．](?P<deep>[0-9]{1,2}))?)"
                         r"\s+(?=[^\W\d_])")


# what follows a decimal number rather than an outline label's text ("1.1 million", "1.2 per cent")
_AMOUNT_AFTER = lazy(r"\s*(?:million|billion|trillion|thousand|per\s*cent|percent|times|kg|km|tonnes?)\b", re.IGNORECASE)


def read_outline_under(text: str, clause: str, chapeau: bool = False, open_first: str = "") -> Typed | None:
    """"2.1 the courts of …" under operative paragraph 2: an outline sub-label typed without its closing point, read
    only under the paragraph whose number it repeats (anywhere else "1.5 million" is an amount); None otherwise.
    A working paper's items pasted under another clause keep their old number ("1.1 receive …" under clause 4):
    read too when ``chapeau`` (the clause ends with a colon and has no item yet) and the item is the first, or
    when ``open_first`` (the first number of the outline item open under the clause) is repeated. A label of three
    numbers ("2.1.1 shaking tables …", its value the last number) is read too wherever outline items are open."""
    match = _UNMARKED_OUTLINE.match(text)
    if match is None or not int(match.group("item")) or match.group("deep") is not None and not int(match.group("deep")):
        return None
    first, item = match.group("first"), int(match.group("item"))
    deep = match.group("deep")
    if first != clause.translate(HALF_DIGITS):
        # three numbers ("2.1.1 to train …") where outline items are open: an item's label wherever its numbers
        # point (no amount is written so), whose wrong numbers the list's own rules judge
        elsewhere = (chapeau and not open_first and item == 1) or (open_first != "" and first == open_first) \
            or (open_first != "" and deep is not None)
        if not elsewhere or _AMOUNT_AFTER.match(text, match.end("label")):
            return None
    value = int(deep) if deep is not None else item
    return Typed(match.group("label"), match.group("label"), "outline", "dot", value, False,
                 match.start("label"), match.end())


# the next item's letters or roman numeral typed without the mark of its list, then spaces and a word ("ii No
# retention …" after "i. No arbitrary usage …,")
_MARK_LOST = lazy(r"\s*([a-z]{1,6}|[A-Z]{1,6})[ \t]+(?=[^\W\d_])")


def item_mark_lost(text: str, sibling: Typed | None) -> Typed | None:
    """The next label of ``sibling``'s list typed without its mark ("ii No retention …" after "i. …,", "c Calls …"
    after "b) …;"): read in ``sibling``'s form (its kind, shape and case) with the mark missing from its text, so
    that the list counts it and the style rule asks for the mark; None otherwise. Only a letter or roman list that
    has reached its second item, and not the tokens that are words or the other kind's ("a", "i", "I")."""
    if sibling is None or sibling.kind not in ("letter", "roman") or sibling.shape not in ("dot", "close", "paren"):
        return None
    match = _MARK_LOST.match(text)
    if match is None:
        return None
    token = match.group(1)
    value = sibling.value + 1
    expected = roman(value) if sibling.kind == "roman" else letters(value)
    if token != (expected.upper() if sibling.upper else expected) or expected in ("a", "i") or value < 2:
        return None
    return Typed(token, token, sibling.kind, sibling.shape, value, sibling.upper, match.start(1), match.end())


def read_label(label_: str) -> Typed | None:
    """A label on its own (as Word shows it: "a)", "(i)", "一、"); None when it is no label form."""
    return _read(label_, need_text=False)


def label_only(text: str) -> Typed | None:
    """The label a paragraph holds and nothing else ("2.", "(b)", "ii."): what a PDF's text copied line by line
    leaves when the label stood apart from its words; None for words, a bullet or a page number ("- 4 -")."""
    line = text.strip()
    if not line or PAGE_NUMBER_LINE.fullmatch(line):
        return None
    typed = read_label(line)
    return typed if typed is not None and typed.kind != "bullet" and typed.start == 0 and typed.end >= len(line) \
        else None


_READ: dict[tuple[str, bool], Typed | None] = {}  # the structure asks about one paragraph's label several times


def _read(text: str, need_text: bool) -> Typed | None:
    key = (text, need_text)
    if key in _READ:
        return _READ[key]
    if len(_READ) > 4096:
        _READ.clear()
    found = _READ[key] = _read_label(text, need_text) or _read_look_alike(text, need_text) \
        or _read_autocorrected(text, need_text)
    return found


_LABEL_HEAD = 8  # a label's letters lie in a paragraph's first characters ("(iii) ", "[x] с) ")


def _read_look_alike(text: str, need_text: bool) -> Typed | None:
    """A letter or roman label typed with a Cyrillic or Greek letter that looks like the Latin one ("с)" with a
    Cyrillic с after "a)" "b)", "іі." with Ukrainian і, as a keyboard left on another layout types them): read as
    the Latin label, its text as typed (so that the style rule sees the letters to retype); None otherwise."""
    head = text[:_LABEL_HEAD]
    latin = head.translate(LATIN_LETTERS)
    if latin == head:
        return None
    typed = _read_label(latin + text[_LABEL_HEAD:], need_text)
    if typed is None or typed.kind not in ("letter", "roman"):
        return None
    written = text[typed.start: typed.start + len(typed.text)]
    return None if written == typed.text else replace(typed, text=written)


# after an AutoCorrect sign read as a label: spaces, then a word (not a year, "© 2024 United Nations", nor the
# owner's name of a copyright line: a paragraph saying "rights reserved" or "copyright" is none)
_AUTOCORRECTED_AFTER = lazy(r"[ \t]+[^\W\d_]")
_COPYRIGHT_LINE = lazy(r"rights reserved|copyright|United Nations\s*,?\s*\d{4}", re.IGNORECASE)


def _read_autocorrected(text: str, need_text: bool) -> Typed | None:
    """A lettered label Word's AutoCorrect turned into a sign as it was typed ("© promote …" for "(c) promote …",
    the third item after "(a)" and "(b)"): read as the bracketed letter, its text the sign as typed (so that the
    style rule retypes it); None otherwise, and for a copyright line."""
    start = len(text) - len(text.lstrip())
    sign = text[start: start + 1]
    if sign not in AUTOCORRECTED_LABELS or (need_text and _AUTOCORRECTED_AFTER.match(text, start + 1) is None) \
            or _COPYRIGHT_LINE.search(text):
        return None
    letters = AUTOCORRECTED_LABELS[sign]
    typed = _read_label(text[:start] + letters + text[start + 1:], need_text)
    if typed is None or typed.kind != "letter" or typed.start != start:
        return None
    grown = len(letters) - 1
    return replace(typed, text=sign, end=typed.end - grown)


# what follows "l." when it stands for "1." (an OCR's or a typewriter's small L): a space and a capitalised verb in
# the third person ("Calls", "Urges", "Requests"), as an operative paragraph opens
OCR_ONE_AFTER = lazy(r"\s+[A-Z][a-z]+s\b")
# the letters an OCR reads for the digits of a printed clause number ("S." for "5.", "b." for "6.", "B." for "8."):
# the structure takes one for the number where the count of the clauses expects that digit
DIGIT_LOOK_ALIKES = {"Z": 2, "z": 2, "S": 5, "s": 5, "b": 6, "G": 6, "B": 8, "g": 9, "q": 9}


def look_alike_number(typed: Typed, expected: int) -> Typed | None:
    """``typed`` ("S.") read as the clause number ``expected`` ("5.") that an OCR misread as a letter looking like
    its digit; None when the label is no such letter of that digit. Its text stays as typed (no UN form)."""
    if typed.kind != "letter" or typed.shape != "dot" or DIGIT_LOOK_ALIKES.get(typed.token) != expected:
        return None
    return replace(typed, kind="number", value=expected, upper=False)


# what a copy out of a shared page or a chat leaves before a label: a to-do checkbox ("[ ] 1.", "[x] 3.", "☐ 2.") of
# Notion or a Markdown task list, a quote mark ("> 3.") of a chat or an e-mail reply, a pen's bar in the margin that a
# scan of a paper copy reads as characters ("||| 3.", "~~ 4."); the label after it is read
TOOL_PREFIX = lazy(r"(?:\[[ xX✓✔]?\]|[☐☑☒]|>|[|¦~]{2,})[ \t]+")


# a page number a PDF or a scan prints between dashes ("- 2 -"): no bullet before a "2 -"
PAGE_NUMBER_LINE = lazy(r"\s*[-–—]\s*\d{1,3}\s*[-–—]\s*")
# a Chinese page's number, as a PDF prints it in its footer: "第1页 共2页", "第 2 页，共 4 页", "共2页 第1页", "第3頁"
PAGE_NUMBER_ZH = lazy(r"^(?:第\s*\d{1,3}\s*[页頁](?:\s*[，,/／]?\s*共\s*\d{1,3}\s*[页頁])?"
                      r"|共\s*\d{1,3}\s*[页頁]\s*[，,/／]?\s*第\s*\d{1,3}\s*[页頁]|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3})$")


def _read_label(text: str, need_text: bool) -> Typed | None:
    if need_text and PAGE_NUMBER_LINE.fullmatch(text):
        return None
    start = len(text) - len(text.lstrip())
    prefix = TOOL_PREFIX.match(text, start)
    if prefix is not None and _ANY_FORM.match(text, prefix.end()) is not None:
        start = prefix.end()
    if _ANY_FORM.match(text, start) is None:
        return None
    for form, pattern in _FORMS:
        match = pattern.match(text, start)
        if match is None:
            continue
        token = match.group("tok") if form != "marked" else \
            match.group("tok") or match.group("tok2") or match.group("tok3")
        read = _token(form, token)
        if read is None:
            continue
        kind, shape, value, upper = read
        rest = text[match.end():]
        content = rest.lstrip()
        if (need_text and not content) or not _ends_label(form, shape, kind, match, rest):
            continue
        if need_text and token == "l" and shape == "dot" and OCR_ONE_AFTER.match(rest):
            kind, value = "number", 1  # "l. Calls upon": a small L for the digit 1, as an OCR reads a printed "1."
        return Typed(match.group("label"), token, kind, shape, value, upper, start, len(text) - len(content))
    return None


def _token(form: str, token: str) -> tuple[str, str, int, bool] | None:
    """(kind, shape, value, upper) of the number or letters of a label of ``form``; None when they are a word
    ("UN", "No")."""
    if form == "outline":  # a sub-clause numbered under its clause: "2.1." is the first item of clause 2
        return "outline", "dot", int(re.split(r"[.．]", token)[-1]), False
    if form == "outline-letter":  # "2.b)": the second item of clause 2
        return "outline", "dot", ord(token[-1]) - ord("a") + 1, False
    if form == "sequence":  # 首先 1, 其次 2, 再次 3; 然后 and 最后 name no place (0: the count goes on past them)
        return "article", "bare", SEQUENCE_WORDS.get(token, 0), False
    if form in ("bullet", "article"):
        shape = "bare"
    elif form in ("worded", "marked"):
        shape = "dot"
    elif "⑴" <= token <= "⒇":
        return "number", "paren", ord(token) - ord("⑴") + 1, False
    elif "⒈" <= token <= "⒛":
        return "number", "dot", ord(token) - ord("⒈") + 1, False
    else:
        shape = form
    if form == "bullet":
        return "bullet", shape, 0, False
    if form == "keycap":  # "1️⃣": the number it shows, as "⒈" is read
        return "number", "dot", 10 if token == "\U0001f51f" else int(token[0]), False
    if "Ⅰ" <= token <= "Ⅻ" or "ⅰ" <= token <= "ⅻ":
        upper = token <= "Ⅻ"
        return "roman", shape, ord(token) - ord("Ⅰ" if upper else "ⅰ") + 1, upper
    if token in ZH_PAREN:
        return "zh-number", shape, ZH_PAREN.index(token) + 1, False
    if token in STEMS or token in BRANCHES:  # 甲 … 癸, 子 … 亥: Chinese ordinals, no numbers to read
        return ("stem", shape, STEMS.index(token) + 1, False) if token in STEMS \
            else ("branch", shape, BRANCHES.index(token) + 1, False)
    if "①" <= token <= "⑳":
        return "circled", shape, ord(token) - ord("①") + 1, False
    digits = token.translate(HALF_DIGITS)
    if digits.isdigit():
        return ("article" if form == "article" else "number", shape, int(digits), False) if int(digits) else None
    if token[0] in ZH_NUMERAL + ZH_CAPITALS:
        value = zh_value(token)
        return None if value is None else ("article" if form == "article" else "zh-number", shape, value, False)
    token = token.translate(_FULL_WIDTH_LETTERS)
    if OVERFLOW_LETTER.fullmatch(token) or INSERTED_LETTER.fullmatch(token):
        return "letter", shape, 0, False  # "(a1)": a letter label that names no place (0: never the one expected)
    lower = token.lower()
    if token not in (lower, token.upper()):
        return None
    letter = len(set(lower)) == 1
    as_roman = roman_value(lower)
    if as_roman is not None and as_roman <= 50 and roman(as_roman) == lower and (
            not letter or lower in ("i", "v", "x", "ii", "iii")):
        return "roman", shape, as_roman, token != lower
    if as_roman is not None and not letter and len(lower) <= 5 and set(lower) <= set("ivx"):
        return "roman", shape, 0, token != lower  # "(iix)", "viiii.": a roman numeral miswritten, naming no place
    if "l" in lower and "i" in lower and len(lower) <= 4 and set(lower) <= set("ivxl"):
        swapped = lower.replace("l", "i")  # "il.", "iil.": an OCR's small L for the i of a roman numeral
        if roman(roman_value(swapped) or 1) == swapped:
            return "roman", shape, 0, token != lower
    value = letters_value(lower)
    return None if not letter or value is None else ("letter", shape, value, token != lower)


def _ends_label(form: str, shape: str, kind: str, match: re.Match[str], rest: str) -> bool:
    """The characters after a label candidate of ``form`` (read as ``shape``) let it be a label ("3.5", "e.g.",
    "5-year", "-1" are text)."""
    spaced = rest[:1].isspace() or not rest
    if form == "sequence":  # "首先，呼吁……；"; not "首先，我们注意到……，" (a preamble's words)
        return CLAUSE_END.search(rest) is not None
    mark = match.groupdict().get("mark")  # "⒈" is a dot label whose form has no mark of its own
    if form == "outline-letter":  # "1.a) the courts"; not "1.a.m." or "3.b.ii"
        if match.group("tok")[-2].isdigit():  # "2b. the courts"; "3a. Urges": a clause an amendment inserted
            return not rest or re.match(r"\s+[a-z]|\s*[\u3400-\u9fff]", rest) is not None
        return rest[:1].isspace() or not rest
    if kind == "outline":  # "2.1. For the zones", "2.3.For"; not "1.5 million", "3.5%", "1.1 Draft resolution"
        if mark:
            return spaced or _WORD_AFTER.match(rest) is not None
        # "2.1 逐步减少……": a Chinese sub-clause numbered under its clause, typed without the closing point (a
        # space, then Chinese words); not an amount ("1.5 亿人", "2.5 万吨")
        return _ZH_AFTER_SPACE.match(rest) is not None
    if form == "marked":  # a space and a capital, or Chinese words right after it ("1，敦促")
        return (rest[:1].isspace() and _WORD_AFTER.match(rest.lstrip()) is not None) \
            or re.match(r"[\u3400-\u9fff]", rest) is not None
    if form == "worded":  # "Clause 1: Urges", "Op. 2敦促"; not "Clause 3 of the Charter"
        # an article's number only before a word that opens a clause ("Art. 1 Urges"), not "Article 5. The" alone
        # nor "Article 36 of the Convention"
        # a negotiation's tag before its lead still in square brackets: "PP5 [Acknowledging] [Welcoming] the work"
        bracketed = spaced and _TAG_WORD.match(match.group("label")) is not None \
            and _BRACKETED_WORD.match(rest.lstrip()) is not None
        return (bool(mark) and not match.group("law")) or (spaced and _WORD_AFTER.match(rest.lstrip()) is not None) \
            or _CJK_AFTER.match(rest) is not None or bracketed
    if shape == "dot" and mark in ("º", "°"):  # "1º Exhorta", "1º敦促"; not "2°C"
        return spaced or _CJK_AFTER.match(rest) is not None
    if shape == "dot" and mark in (":", "："):  # "1: Urges …"; not "2030: a plan", "a: b", "10:30"
        return kind == "number" and len(match.group("tok")) <= 2 and not re.match(rf"[{DIGITS}]", rest)
    if shape == "dot" and mark == "。":  # "1。回顾": a number's label; "2019。", "a。" are text
        return kind in ("number", "zh-number") and len(match.group("tok")) <= 3 and bool(rest[:1]) \
            and not re.match(rf"[{DIGITS}]", rest)
    if shape == "dot" and kind == "number":
        return not re.match(rf"[{DIGITS}]", rest)
    if shape == "dot" and kind in ("letter", "roman") and mark != "、":
        return spaced or _WORD_AFTER.match(rest) is not None
    if shape == "dash":
        return spaced or _WORD_AFTER.match(rest) is not None
    if kind in ("stem", "branch") and rest[:1] and rest[0] in STEMS + BRANCHES:
        return False  # "甲、乙双方": parties named in a row, no label
    if kind == "zh-number" and match.group("tok")[0] in ZH_CAPITALS and (
            _ZH_LISTED.match(rest) or rest[:1] in ZH_CAPITALS + ZH_NUMERAL):
        return False  # "陆、海、空三军", "壹、贰、叁": words or numbers named in a row, no label
    if kind == "bullet" and rest.strip() and not any(c.isalnum() for c in rest):
        return False  # "◆ ◆ ◆", "• • •": a separator line of bullets, no label before a text
    if kind == "bullet" and match.group("tok") in _SPACED_BULLETS:
        return spaced
    return True


def kind_name(kind: str, shape: str, upper: bool = False) -> str:
    """The name of a label kind in one word: "letter" "(a)", "letter-close" "a)", "upper-dot" "A.", "zh-dot" "一、",
    "zh-circled" "㈠", "circled" "①", "article" "第一条", "bullet" "•", "stem" "（甲）", "branch-dot" "子、"."""
    if kind in ("bullet", "article", "circled", "outline"):
        return kind
    if kind == "zh-number":
        return {"enclosed": "zh-circled", "paren": "zh-paren", "close": "zh-close"}.get(shape, "zh-dot")
    base = {"letter": "upper", "roman": "upper-roman"}[kind] if upper else kind
    if shape == "paren":
        return {"number": "number-paren", "upper": "upper-paren"}.get(base, base)
    return f"{base}-{shape}"


_NAMED: dict[str, tuple[str, str, bool]] = {  # label kind name -> (kind, shape, upper)
    kind_name(kind, shape, upper): (kind, shape, upper)
    for kind, shapes in [("letter", ("paren", "dot", "close", "dash")), ("roman", ("paren", "dot", "close", "dash")),
                         ("number", ("paren", "dot", "close", "dash")), ("zh-number", ("paren", "dot", "close",
                                                                                        "enclosed")),
                         ("stem", ("paren", "dot", "close")), ("branch", ("paren", "dot", "close")),
                         ("circled", ("enclosed",)), ("article", ("bare",)), ("bullet", ("bare",))]
    for shape in shapes for upper in ((False, True) if kind in ("letter", "roman") else (False,))}
LABEL_KIND_NAMES = frozenset(_NAMED) | {"outline", "other-script", "malformed"}  # "1.1.": Word's outline numbering;
# "б)"; "(a": a Word level's lvlText that lost a bracket


def label_kind(label_: str, previous: tuple[str, str] | None = None) -> str:
    """The kind of a sub-paragraph label (letter, roman, letter-dot, zh-paren, zh-circled, bullet, …).

    ``previous`` is the (kind, label) of the sibling before it: "(i)" is a letter only right after "(h)"
    ("(v)" after "(u)", …).
    """
    if re.fullmatch(r"\d+(?:[.．]\d+)+[.．]?", label_.strip()):
        return "outline"  # "1.1.", "2.3.1" (Word's outline numbering)
    typed = read_label(label_)
    if typed is not None and label_.translate(LATIN_LETTERS) != label_ and (
            previous is None or previous[0] == "other-script"):
        typed = None  # "а)" opening a list, or after "б)": a localised Word's list in its letters (russianLower), not
        # a Latin label typed with a look-alike letter ("с)" after "a)" "b)", read as "c)")
    if typed is None:  # a label form no one types: Word's symbol bullets
        if not any(c.isalnum() for c in label_):
            return "bullet"
        if any(c.isdigit() for c in label_):
            return "number-dot"
        # "б)", "β.", "イ." — the letters of another alphabet a localised Word's list format shows (russianLower):
        # no style of FORMAT.md letters items so
        if any(_OTHER_SCRIPT.fullmatch(c) for c in label_):
            return "other-script"
        # "(a", "a", "a:", "（a": a Word level whose lvlText lost or changed its marks shows a letter in a form no
        # style has (UN-B10, MUN-F06, ZH-B04); not "a." — it names no place in a list of any style
        return "malformed"
    before = read_label(previous[1]) if previous is not None else None
    if typed.name == "zh-paren" and previous is not None and previous[0] == "zh-circled" and before is not None \
            and before.value + 1 == typed.value:
        return "zh-circled"  # "(十一)" after "㈩": Unicode has no parenthesised 十一
    if typed.kind == "roman" and len(set(typed.token)) == 1 and previous is not None:
        as_letter = kind_name("letter", typed.shape, typed.upper)
        if previous[0] == as_letter and before is not None and before.kind == "letter" \
                and before.value + 1 == letters_value(typed.token):
            return as_letter
    return typed.name


def label_value(label_: str, kind: str) -> int | None:
    """The position ``label_`` names read as a label of ``kind`` ("(i)" is 9 as a letter, 1 as a roman numeral);
    None for a letter that is no roman numeral in a roman list ("c." in place of "iii.": it names no roman place)."""
    typed = read_label(label_)
    if typed is None or kind not in _NAMED:
        return None
    if _NAMED[kind][0] == "letter" and typed.kind == "roman":
        return letters_value(typed.token)
    if _NAMED[kind][0] == "roman" and typed.kind == "letter":
        return None
    return typed.value


def expected_label(kind: str, n: int) -> str | None:
    """The n-th label of a kind, in that kind's own shape ("letter-close", 3 → "c)"); None for bullets."""
    base, shape, upper = _NAMED.get(kind, ("bullet", "bare", False))
    if base == "bullet" or (base == "circled" and n > 20):
        return None
    if shape == "enclosed" and base == "zh-number":
        return ZH_PAREN[n - 1] if n <= len(ZH_PAREN) else f"({zh_number(n)})"
    if shape == "enclosed":
        return chr(ord("①") + n - 1)
    if base in ("stem", "branch"):
        ordinals = STEMS if base == "stem" else BRANCHES
        if n > len(ordinals):
            return None
        return {"paren": "（{}）", "close": "{})", "dot": "{}、"}[shape].format(ordinals[n - 1])
    counter: Callable[[int], str] = {"letter": letters, "roman": roman, "zh-number": zh_number,
                                     "article": zh_number}.get(base, str)
    token = counter(n).upper() if upper else counter(n)
    if base == "article":
        return f"第{token}条"
    if base == "zh-number" and shape == "dot":
        return f"{token}、"
    return {"paren": "({})", "close": "{})", "dot": "{}.", "dash": "{}-"}[shape].format(token)


def renumbered(label_: str, n: int, kind: str) -> str:
    """``label_`` naming the ``n``-th position of ``kind`` in the draft's own brackets and spacing ("（三）" → "（四）",
    "1 -" → "2 -", "第1条" → "第2条")."""
    typed = read_label(label_)
    wanted = expected_label(kind, n)
    if typed is None or wanted is None:
        return label_
    if typed.shape == "enclosed":
        return wanted
    token = read_label(wanted)
    new = token.token if token is not None else str(n)
    if typed.token.translate(HALF_DIGITS).isdigit():
        new = str(n)
    return label_.replace(typed.token, new, 1)
