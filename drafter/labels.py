"""Paragraph labels: making them (1. → (a) → (i) → a.; Chinese (一) and ㈠), Word's counting formats, reading
their numbers and paragraph addresses, and renumbering a label in its own style. Every form a student types and
the kinds of labels are in :mod:`drafter.labelkinds`.
"""

from __future__ import annotations

import re

from drafter.patterns import lazy

ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
ZH_PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # parenthesised Chinese numerals, one character each
ZH_DIGITS = "〇一二三四五六七八九"
ZH_NUMERAL = "一二三四五六七八九十"  # the characters of Chinese labels such as (三) or 十二、
# the financial capitals (大写数字) students type as labels ("壹、", "貳、", "（叁）"), simplified and traditional, with
# the variants 叄 / 參 of 叁; read as the ordinary numerals they stand for
ZH_CAPITALS = "壹贰貳叁叄參肆伍陆陸柒捌玖拾"
ZH_FROM_CAPITALS = str.maketrans("壹贰貳叁叄參肆伍陆陸柒捌玖拾", "一二二三三三四五六六七八九十")

# a typed "12." / "12、" before an operative paragraph (on top of Word's numbering too); section headings ("A.", "IV.",
# "三、")
TYPED_NUMBER = lazy(r"^\s*(\d{1,4})\s*[.．、](?!\d)\s*")
SECTION_LABEL = lazy(rf"^\s*([A-Z]|[IVXLC]{{1,6}}|[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}})[.．、]\s+\S")


# -- counting ---------------------------------------------------------------------------------------


def roman(n: int) -> str:
    """i, ii, iii, iv, … (lower case)."""
    out = []
    for value, letters_ in ROMAN:
        while n >= value:
            out.append(letters_)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """a, b, … z, aa, bb, … as in UN sub-paragraph lettering."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def zh_number(n: int) -> str:
    """Chinese counting as Word's chineseCounting writes it: 一, 十, 十一, 二十一, 一百零一, 一千二百."""
    if n < 0 or n >= 10000:
        return str(n)
    if n < 10:
        return ZH_DIGITS[n]
    if n < 20:
        return "十" + (ZH_DIGITS[n - 10] if n > 10 else "")
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit)
        if digit:
            out += ("零" if zero and out else "") + ZH_DIGITS[digit] + name
            zero = False
        elif out:
            zero = True
    return out


def japanese_number(n: int) -> str:
    """Japanese counting as Word's japaneseCounting writes it: 一, 十, 十一, 二十, 百一, 千二百 (no 一 before
    十, 百, 千 and no zero)."""
    if n < 1 or n >= 10000:
        return str(n)
    out = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit)
        if digit:
            out += ("" if digit == 1 and name else ZH_DIGITS[digit]) + name
    return out


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINAL_WORDS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                 "nine": "ninth", "twelve": "twelfth"}


def cardinal_text(n: int) -> str:
    """Word's cardinalText, first letter capital: One, Twenty-one, One hundred five (digits from 10000 on)."""
    if n < 1 or n >= 10000:
        return str(n)
    words = []
    for unit, name in ((1000, "thousand"), (100, "hundred")):
        digit, n = divmod(n, unit)
        if digit:
            words.append(f"{ONES[digit]} {name}")
    if n:
        words.append(ONES[n] if n < 20 else TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    return " ".join(words).capitalize()


def ordinal_text(n: int) -> str:
    """Word's ordinalText, first letter capital: First, Twenty-first, One hundredth."""
    words = cardinal_text(n).lower()
    if not words[-1:].isalpha():
        return words
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    last = words[cut:]
    last = ORDINAL_WORDS.get(last) or (last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return (words[:cut] + last).capitalize()


def ordinal(n: int) -> str:
    """Word's ordinal: 1st, 2nd, 3rd, 11th, 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


SPELLED_LIMIT = 199  # the numbers :func:`spelled_value` reads back (a clause list is never longer)
_SPELLED: dict[str, int] = {}


def spelled_value(text: str) -> int | None:
    """The number a label spells as Word's cardinalText, ordinalText or ordinal shows it ("One" → 1, "Twenty-first"
    → 21, "3rd" → 3; any case), 1 to :data:`SPELLED_LIMIT`; None for any other text."""
    if not _SPELLED:
        for n in range(SPELLED_LIMIT, 0, -1):
            _SPELLED.update({cardinal_text(n).lower(): n, ordinal_text(n).lower(): n, ordinal(n): n})
    return _SPELLED.get(" ".join(text.split()).lower())


LETTER_LIMIT = 26 * 30  # "zzz…" (30 letters) is the longest letter label Word shows; beyond it, digits
ROMAN_LIMIT = 3999
# Word's russianLower / russianUpper: the Russian alphabet without ё, й, ъ, ы, ь (28 letters), repeated like
# lowerLetter after я ("аа", "бб", …); Russian Word's list library letters sub-items this way ("а)", "б)", "в)")
RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
# the kana and hangul counting formats of Japanese and Korean Word (ECMA-376 17.18.59; MS-DOCX 2.4 gives their first
# characters): the gojūon order (aiueo), the iroha poem (iroha), the hangul syllables and initial consonants; a number
# past the table is written in digits
_GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_HALF_KANA = str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン",
                           "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ")
KANA_HANGUL = {"aiueoFullWidth": _GOJUON, "aiueo": _GOJUON.translate(_HALF_KANA), "irohaFullWidth": _IROHA,
               "iroha": _IROHA.translate(_HALF_KANA), "ganada": "가나다라마바사아자차카타파하",
               "chosung": "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"}
# the counting formats of Arabic, Persian and Hebrew Word (ECMA-376 17.18.59): Arabic-Indic digits (hindiNumbers,
# the "١. ٢. ٣." row of the Arabic list library), the Arabic alphabet in its modern order (arabicAlpha: أ ب ت ث) and
# in the old numeral order (arabicAbjad: أ ب ج د), the Hebrew alphabet (hebrew2: א ב ג) and Hebrew numerals
# (hebrew1: י, יא, טו); a letter past the table is written in digits
ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SCRIPT_LETTERS = {"arabicAlpha": "أبتثجحخدذرزسشصضطظعغفقكلمنهوي", "arabicAbjad": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
                  "hebrew2": "אבגדהוזחטיכלמנסעפצקרשת"}
_HEBREW_VALUES = [(400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"),
                  (50, "נ"), (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"), (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"),
                  (5, "ה"), (4, "ד"), (3, "ג"), (2, "ב"), (1, "א")]
ZH_DIGIT_FORMS = {"chineseCounting": "○", "taiwaneseCounting": "○", "ideographDigital": "〇"}  # zero, by format
STEMS = "甲乙丙丁戊己庚辛壬癸"  # ideographTraditional (the Heavenly Stems)
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"  # ideographZodiac
ZH_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
ENCLOSED = {  # format -> (first character for 1, how many there are)
    "decimalEnclosedCircle": (0x2460, 20), "decimalEnclosedCircleChinese": (0x2460, 20),
    "decimalEnclosedFullstop": (0x2488, 20), "decimalEnclosedParen": (0x2474, 20),
    "ideographEnclosedCircle": (0x3220, 10),
}


def word_number(n: int, fmt: str) -> str:
    """The number ``n`` in one of Word's numbering formats (w:numFmt).

    Every format is cheap for any ``n``: numbers beyond what a format can show (a letter label longer than
    30 letters, a roman numeral past 3999, an enclosed digit past 20) are written in digits.
    """
    if fmt == "bullet":
        return "•"
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt == "decimalFullWidth":
        return str(n).translate(FULL_WIDTH_DIGITS)
    if n < 1:
        return str(n)
    if fmt in ("lowerLetter", "upperLetter") and n <= LETTER_LIMIT:
        return letters(n) if fmt == "lowerLetter" else letters(n).upper()
    if fmt in ("russianLower", "russianUpper") and n <= LETTER_LIMIT:
        size = len(RUSSIAN_LETTERS)
        text = RUSSIAN_LETTERS[(n - 1) % size] * ((n - 1) // size + 1)
        return text if fmt == "russianLower" else text.upper()
    if fmt in KANA_HANGUL and n <= len(KANA_HANGUL[fmt]):
        return KANA_HANGUL[fmt][n - 1]
    if fmt == "hindiNumbers":
        return str(n).translate(ARABIC_INDIC_DIGITS)
    if fmt in SCRIPT_LETTERS and n <= len(SCRIPT_LETTERS[fmt]):
        return SCRIPT_LETTERS[fmt][n - 1]
    if fmt == "hebrew1" and n < 1000:
        return hebrew_number(n)
    if fmt in ("lowerRoman", "upperRoman") and n <= ROMAN_LIMIT:
        return roman(n) if fmt == "lowerRoman" else roman(n).upper()
    if fmt in ENCLOSED:
        first, count = ENCLOSED[fmt]
        return chr(first + n - 1) if n <= count else str(n)
    if fmt in ZH_DIGIT_FORMS and (n >= 100 or fmt == "ideographDigital"):
        return "".join(ZH_DIGITS[int(d)] for d in str(n)).replace("〇", ZH_DIGIT_FORMS[fmt])
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return zh_number(n)
    if fmt == "chineseLegalSimplified":
        return zh_number(n).translate(ZH_LEGAL)
    if fmt == "japaneseCounting":
        return japanese_number(n)
    if fmt == "ordinal":
        return ordinal(n)
    if fmt == "cardinalText":
        return cardinal_text(n)
    if fmt == "ordinalText":
        return ordinal_text(n)
    if fmt == "ideographTraditional" and n <= len(STEMS):
        return STEMS[n - 1]
    if fmt == "ideographZodiac" and n <= len(BRANCHES):
        return BRANCHES[n - 1]
    return str(n)


def hebrew_number(n: int) -> str:
    """``n`` (1–999) in Hebrew numerals, letters adding up to it (15 and 16 written טו and טז: 9 + 6, 9 + 7)."""
    out = ""
    for value, letter in _HEBREW_VALUES:
        while n >= value:
            if n in (15, 16):
                return out + "ט" + _HEBREW_VALUES[-(n - 9)][1]
            out += letter
            n -= value
    return out


FULL_WIDTH_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
ZH_LEGAL = str.maketrans(ZH_DIGITS[1:] + "十百千", ZH_LEGAL_DIGITS[1:] + "拾佰仟")


def label(n: int, depth: int, lang: str = "en") -> str:
    """The UN label of the ``n``-th paragraph at ``depth`` (0 operative, 1–3 sub-paragraph levels)."""
    if depth == 0:
        return f"{n}."
    if depth == 1:
        return f"({letters(n)})"
    if depth == 2:
        if lang == "zh" and n <= len(ZH_PAREN):
            return ZH_PAREN[n - 1]
        return f"({roman(n)})"
    return f"{letters(n)}."


# -- reading ----------------------------------------------------------------------------------------


def letters_value(text: str) -> int | None:
    """"b" → 2, "aa" → 27; None when ``text`` is not a letter label."""
    text = text.lower()
    if not text.isalpha() or not text.isascii() or len(set(text)) != 1:
        return None
    return (ord(text[0]) - ord("a") + 1) + 26 * (len(text) - 1)


def roman_value(text: str) -> int | None:
    """"iv" → 4; None when ``text`` is not a roman numeral."""
    text = text.lower()
    if not text or any(c not in ROMAN_VALUES for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = ROMAN_VALUES[c]
        total += -value if i + 1 < len(text) and ROMAN_VALUES[text[i + 1]] > value else value
    return total


def zh_value(text: str) -> int | None:
    """"㈢" → 3, "十二" → 12, "二十一" → 21, "叁" → 3 (a financial capital); None when ``text`` is not a Chinese
    numeral label."""
    if len(text) == 1 and text in ZH_PAREN:
        return ZH_PAREN.index(text) + 1
    text = text.translate(ZH_FROM_CAPITALS)
    if not text or any(c not in ZH_NUMERAL for c in text) or len(text) > 3:
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + ZH_NUMERAL.index(text[1]) + 1
    if len(text) == 1:
        return ZH_NUMERAL.index(text) + 1
    if text[1] != "十" or text[0] == "十":
        return None
    tens = ZH_NUMERAL.index(text[0]) + 1
    return tens * 10 + (ZH_NUMERAL.index(text[2]) + 1 if len(text) > 2 else 0)


LABEL_PUNCTUATION = "()（）.．、"  # the characters around a label's number or letter


def bare(label_: str) -> str:
    """The label without its brackets and full stop: "(b)" → "b", "（三）" → "三", "12." → "12"."""
    return label_.strip().strip(LABEL_PUNCTUATION).strip()


# -- addresses of paragraphs ------------------------------------------------------------------------

_ADDRESS_PIECE = lazy(rf"\s*(?:[(（]\s*([a-z]+|[{ZH_NUMERAL}]+)\s*[)）]|([㈠-㈩])|[.)]?\s*([a-z]+)[.)]?)",
                      re.IGNORECASE)


def parse_address(address: str) -> list[int] | None:
    """Positions of an operative paragraph address: "5(b)(ii)" → [5, 2, 2]; None when unreadable."""
    text = address.strip()
    match = re.match(r"^(\d{1,6})\s*[.．、]?(?!\d)", text)
    if not match:
        return None
    path = [int(match.group(1))]
    rest = text[match.end():]
    while rest.strip():
        piece = _ADDRESS_PIECE.match(rest)
        if not piece or not piece.group(0).strip():
            return None
        token = piece.group(1) or piece.group(2) or piece.group(3)
        depth = len(path)  # 1: letters, 2: roman numerals (or Chinese), 3: letters
        if token in ZH_PAREN or (token and token[0] in ZH_NUMERAL):
            value = zh_value(token)
        elif depth == 2:
            value = roman_value(token)
        else:
            value = letters_value(token)
        if not value:
            return None
        path.append(value)
        rest = rest[piece.end():]
    return path


def format_address(path: list[int]) -> str:
    """[5, 2, 2] → "5(b)(ii)" (the labels of UN style)."""
    out = str(path[0])
    for depth, n in enumerate(path[1:], 1):
        out += f"({letters(n)})" if depth != 2 else f"({roman(n)})"
    return out


# -- renumbering -----------------------------------------------------------------------------------


def relabel(label_: str, n: int, depth: int) -> str:
    """``label_`` renumbered as the ``n``-th at ``depth``, in the same style ("(b)" → "(c)", "ii." → "iii.")."""
    if depth == 0:
        return re.sub(r"\d+", str(n), label_, count=1)
    if label_ in ZH_PAREN:
        return ZH_PAREN[n - 1] if n <= len(ZH_PAREN) else f"({n})"
    if re.search(f"[{ZH_NUMERAL}]", label_):
        return re.sub(f"[{ZH_NUMERAL}]+", zh_number(n), label_, count=1)
    value = roman(n) if depth == 2 else letters(n)
    return re.sub(r"[a-zA-Z]+", value, label_, count=1)
