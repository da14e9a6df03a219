"""Font names as Word files write them: one Chinese face under its English and Chinese names, one face under the
names a PDF converter writes for it."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from drafter.patterns import lazy
from drafter.punctuation import CJK

# one Chinese font under its English and Chinese names (simplified and traditional)
FONT_ALIASES = {"宋体": "simsun", "新宋体": "nsimsun", "黑体": "simhei", "楷体": "kaiti", "楷体_gb2312": "kaiti",
                "仿宋": "fangsong", "仿宋_gb2312": "fangsong", "微软雅黑": "microsoft yahei", "等线": "dengxian",
                "kaiti_gb2312": "kaiti", "华文楷体": "stkaiti", "華文楷體": "stkaiti", "标楷体": "dfkai-sb",
                "標楷體": "dfkai-sb", "华文黑体": "stheiti", "華文黑體": "stheiti"}

# the Chinese faces that set words off against a 宋体 / 仿宋 text (font_key's keys): 黑体 stands for bold and 楷体
# for italic in Chinese typesetting (FORMAT.md 0.2: "visually distinguished lead words")
SET_OFF_FACES = {"simhei", "kaiti", "stkaiti", "stheiti", "dfkai-sb"}


# what a PDF converter adds to a font's name: the subset tag of an embedded font ("ABCDEE+"), and in a PostScript
# name (no spaces) the style and foundry suffix of one face of the family ("PSMT", "PS-BoldMT", "-Italic", ",Bold")
SUBSET_TAG = lazy(r"^[A-Z]{6}\+")
POSTSCRIPT_FACE = lazy(r"(?:PS)?(?:[-,](?:Bold|Italic|BoldItalic|BoldOblique|Oblique|Regular|Roman))?(?:MT)?$")
# the companion font Windows ships for the CJK Extension B characters a face lacks ("SimSun-ExtB",
# "MingLiU-ExtB"): a converter names it where the PDF embedded it, and the page shows the face itself
EXTENSION_FONT = lazy(r"-Ext[A-Z]$")


@cache  # a document names a few fonts, on every run
def font_key(name: str) -> str:
    """One key for a font whatever name it is written under ("宋体", "SimSun" → "simsun"; a PDF converter's
    "ABCDEE+Calibri", "TimesNewRomanPSMT", "SimSun-ExtB" → "calibri", "timesnewroman", "simsun"). Spaces do not
    count ("Times New Roman" → "timesnewroman")."""
    name = SUBSET_TAG.sub("", name.strip(), count=1)
    if name and " " not in name:
        name = EXTENSION_FONT.sub("", POSTSCRIPT_FACE.sub("", name, count=1) or name)
    folded = name.casefold()
    return FONT_ALIASES.get(folded, folded).replace(" ", "")


def east_asian_faces(runs: Iterable[Any], start: int, end: int) -> set[str]:
    """The faces (:func:`font_key`) of the Chinese characters that ``runs`` (a paragraph's, in order) hold between
    the paragraph's offsets ``start`` and ``end``."""
    faces: set[str] = set()
    pos = 0
    for run in runs:
        if CJK.search(run.text[max(0, start - pos): max(0, end - pos)]):
            faces.add(font_key(run.fonts[1]))
        pos += len(run.text)
    return faces


# Latin typefaces with no Chinese characters. Named as the East Asian font (LibreOffice writes the Western font there
# when a document's Asian font was set to it: w:eastAsia="Liberation Serif"), they leave Chinese text to whatever
# fallback font the reader's machine picks, as a missing w:eastAsia does.
WESTERN_FONTS = frozenset(name.casefold() for name in (
    "Liberation Serif", "Liberation Sans", "Liberation Sans Narrow", "Liberation Mono", "Times New Roman", "Arial",
    "Calibri", "Cambria", "Carlito", "Caladea", "DejaVu Serif", "DejaVu Sans", "DejaVu Sans Mono", "Helvetica",
    "Helvetica Neue", "Georgia", "Verdana", "Tahoma", "Segoe UI", "Courier New", "Garamond", "Book Antiqua",
    "Palatino Linotype", "Century Gothic", "Open Sans", "Roboto", "Noto Serif", "Noto Sans"))


def without_chinese_font(font: str | None) -> bool:
    """Whether a run's East Asian font leaves its Chinese characters to a fallback: none set, or a Latin one."""
    return not font or font.strip().casefold() in WESTERN_FONTS
