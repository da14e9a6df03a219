"""Numbers in words, as UN session lines write them: "Seventy-fourth session", 第七十四届会议."""

from __future__ import annotations

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                  "nine": "ninth", "twelve": "twelfth"}
_ZH_DIGITS = "零一二三四五六七八九"


def cardinal_en(number: int) -> str:
    """English words for 1-999: "seventy-four", "one hundred and six"."""
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_UNITS[hundreds]} hundred")
    if rest:
        tens, units = divmod(rest, 10)
        part = _UNITS[rest] if rest < 20 else _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        words.append(("and " if hundreds else "") + part)
    return " ".join(words)


def ordinal_en(number: int) -> str:
    """"Seventy-fourth", "Thirty-sixth", "First" (1-999, else "1000th"), capitalised as a heading line starts."""
    if not 1 <= number <= 999:
        return f"{number}th"
    words = cardinal_en(number)
    head, sep, last = words.rpartition("-") if "-" in words.split()[-1] else words.rpartition(" ")
    if last in _ORDINAL_UNITS:
        last = _ORDINAL_UNITS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return (head + sep + last).capitalize()


def numeral_zh(number: int) -> str:
    """Chinese numerals for 1-999, as session lines write them: 七十四, 三十六, 十五, 一百零六 (else the digits)."""
    if not 1 <= number <= 999:
        return str(number)
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    out = f"{_ZH_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _ZH_DIGITS[tens]) + "十"
    elif hundreds and units:
        out += "零"
    if units:
        out += _ZH_DIGITS[units]
    return out
