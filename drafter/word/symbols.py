"""What a symbol-font character inserted with Insert › Symbol (w:sym) looks like on the page.

Word stores such a character as a w:sym naming its font and its code: the code is the font's own glyph position
(written "F0B7", or "00B7", for Symbol's bullet), which Unicode reads as a private-use character. The characters
students use as labels and marks in running text are given here by the Unicode character that looks the same
(Symbol's "•" and "°", Wingdings' "✓" and "▪"); any other code is left as the character it names.
"""

from __future__ import annotations

# font (lower case) -> glyph position (the code's low byte) -> the character that looks the same
_LOOKS: dict[str, dict[int, str]] = {
    "symbol": {0xB7: "•", 0xB0: "°", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠", 0xAE: "→",
               0xAC: "←", 0xDE: "⇒", 0xD6: "√", 0xE0: "◊", 0x2D: "−", 0x6D: "μ"},
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xA7: "▪", 0x6C: "●", 0x6E: "■", 0x6F: "□",
                  0x71: "❑", 0x75: "◆", 0x76: "❖", 0xA8: "◻", 0xD8: "➢", 0xE8: "➔"},
}


def symbol_character(font: str | None, code: str | None) -> str:
    """The character a w:sym of ``font`` with w:char ``code`` shows; "" for a code that is not a hexadecimal
    number of a character."""
    try:
        value = int(code or "", 16)
        char = chr(value)
    except (ValueError, OverflowError):
        return ""
    if value <= 0xFF or 0xF000 <= value <= 0xF0FF:
        look = _LOOKS.get((font or "").strip().lower(), {}).get(value & 0xFF)
        if look is not None:
            return look
    return char
