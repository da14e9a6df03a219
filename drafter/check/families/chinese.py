"""Chinese typography: full-width punctuation in Chinese text, an East Asian font for Chinese runs, and title
marks 《》 around the titles of instruments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.check.context import Context
from drafter.check.report import Correction
from drafter.library import Library
from drafter.punctuation import CJK, HALF_TO_FULL, half_width_in_chinese
from drafter.structure import Node
from drafter.word.edit import EastAsianFont, Replace

SPACES = " \u00a0"
TITLED = re.compile(r"《[^《》]{2,80}》")
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
# an instrument named after the United Nations or a State: 联合国宪章, 日本国宪法 are titles; the name part is
# short and plain (no 的/各/有关…, which make a description: 联合国各项公约, 联合国主持下缔结的公约)
INSTRUMENT = re.compile(r"(?:联合国|聯合國)(?:[\u4e00-\u9fff]{0,12}?)(?:公约|公約|宪章|憲章|议定书|議定書|宣言)")
INSTRUMENT_WORD = re.compile(r"公约|公約|宪章|憲章|议定书|議定書|宣言|规约|規約|条约|條約|协定|協定")
INSTRUMENT_END = ("公约", "公約", "宪章", "憲章", "议定书", "議定書", "宣言", "规约", "規約", "条约", "條約", "协定", "協定")
# what may follow a title in running text: a mark, the end, or a word that refers into it (第二条, 所载, 中的)
TITLE_FOLLOWER = re.compile(r"^(?:$|[^\u4e00-\u9fff]|[第所中的和及与與或对對等]|规定|規定|以及)")
DESCRIPTIVE = re.compile(r"[的各该該本此其等和及与與或、，]|有关|有關|相关|相關|这些|這些|其他")
# a title that is part of the name of a body or a meeting, or of a draft, is written without 《》 (联合国气候变化框架
# 公约缔约方大会, 联合国宪章和加强联合国作用特别委员会, 公约草案); what follows the title up to the next mark shows it
NAME_GOES_ON = re.compile(r"^(?:[(（][^()（）]*[)）])?[^，。；：、,;:()（）“”《》]{0,14}?"
                          r"(?:缔约|締約|委员会|委員會|会议|會議|大会|大會|秘书处|秘書處|机构|機構|理事会|理事會"
                          r"|伙伴关系|夥伴關係|工作组|工作組|小组|小組|基金|方案|机制|機制|网络|網絡|论坛|論壇|草案)")

# instruments delegates cite most, whose short titles are not named after the United Nations (ZH-P01); the
# library's clause texts and the document's own 《》 add the rest
WELL_KNOWN_TITLES = (
    "世界人权宣言", "儿童权利公约", "消除对妇女一切形式歧视公约", "不扩散核武器条约", "全面禁止核试验条约",
    "禁止核武器条约", "化学武器公约", "生物武器公约", "武器贸易条约", "京都议定书", "巴黎协定", "生物多样性公约",
    "巴塞尔公约", "斯德哥尔摩公约", "鹿特丹公约", "蒙特利尔议定书", "维也纳公约", "日内瓦公约", "罗马规约",
    "国际刑事法院罗马规约", "关于难民地位的公约", "难民地位公约", "残疾人权利公约", "禁止酷刑公约",
    "公民及政治权利国际公约", "经济社会文化权利国际公约", "维也纳外交关系公约", "渥太华公约", "巴勒莫公约",
    "世界人權宣言", "兒童權利公約", "不擴散核武器條約", "京都議定書", "巴黎協定", "日內瓦公約", "羅馬規約",
)


def check(ctx: Context) -> None:
    """Half-width marks next to Chinese characters; Chinese runs without an East Asian font (one finding,
    fixed for the whole document)."""
    if ctx.lang != "zh":
        return
    missing_font: list[Node] = []
    for part in ctx.nodes:
        if part.role in ("empty", "annex", "table"):
            continue
        text = part.text
        if not CJK.search(text):
            continue
        taken = 0  # where the last replaced span ends
        for position, char in half_width_in_chinese(text):
            if part.role == "heading" and char == ":" and text.strip().startswith(("Distr", "Original")):
                continue
            if position == len(text.rstrip()) - 1 and part.role in ("preambular", "operative", "sub", "organ"):
                continue  # the paragraph-end rules report (and fix) the final mark
            full = HALF_TO_FULL[char]
            start, end = _with_spaces(text, position, taken)
            taken = end
            ctx.add("half-width-zh", part, position + 1, fix=f"'{char}' → '{full}'",
                    edits=[Replace(start, end, full)], char=char, full=full)
        if any(CJK.search(r.text) and not r.east_asia for r in part.para.runs):
            missing_font.append(part)
    if missing_font:  # a document-wide setting: one finding, fixed everywhere
        ctx.add("east-asian-font", missing_font[0], fix="set the East Asian font to SimSun",
                edits=[Correction(EastAsianFont("SimSun"), everywhere=True)]).cover(p.para.index for p in missing_font)
    _title_marks(ctx)


def _with_spaces(text: str, position: int, taken: int) -> tuple[int, int]:
    """The span a full-width mark replaces: the half-width mark at ``position`` with the spaces around it
    (a full-width mark carries its own space: "时, 充分" becomes "时，充分"), not reaching back before ``taken``."""
    start, end = position, position + 1
    while start > taken and text[start - 1] in SPACES:
        start -= 1
    while end < len(text) and text[end] in SPACES:
        end += 1
    return start, end


def _title_marks(ctx: Context) -> None:
    """ZH-P01: an instrument's title without 《》: a title the library or this document writes in 《》 elsewhere,
    or, in a paragraph that marks its other titles, an instrument named after the United Nations."""
    body = [n for n in ctx.nodes if n.role in ("preambular", "operative", "sub", "continuation")]
    known = set(library_titles(ctx.lib)) | set(WELL_KNOWN_TITLES)
    for part in body:
        known.update(t[1:-1] for t in TITLED.findall(part.text) if len(t) >= 7 and t[1:-1].endswith(INSTRUMENT_END))
    titles = re.compile("|".join(re.escape(t) for t in sorted(known, key=len, reverse=True))) if known else None
    for part in body:
        text = part.text
        if not INSTRUMENT_WORD.search(text):
            continue
        marked = [(m.start(), m.end()) for m in TITLED.finditer(text)]
        for start, end in _unmarked_titles(text, marked, titles):
            title = text[start:end]
            fixed = f"《{title}》"
            ctx.add("title-marks", part, start + 1, fix=f"write {fixed}",
                    edits=[Replace(start, end, fixed)], title=title, fixed=fixed)


def _unmarked_titles(text: str, marked: list[tuple[int, int]], titles: re.Pattern[str] | None
                     ) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that are instrument titles (``titles``: the known ones) outside 《》, each reported once,
    in order."""
    taken = list(marked) + [(m.start(), m.end()) for m in QUOTED.finditer(text)]  # 题为“……”: a quoted title
    found = []
    candidates = [(m.start(), m.end(), True) for m in titles.finditer(text)] if titles is not None else []
    candidates += [(m.start(), m.end(), False) for m in INSTRUMENT.finditer(text)
                   if not DESCRIPTIVE.search(m.group(0)) and TITLE_FOLLOWER.match(text[m.end():])]
    for start, end, _ in sorted(candidates, key=lambda span: (span[0], -span[1])):
        if any(start < stop and begin < end for begin, stop in taken) or NAME_GOES_ON.match(text[end:]):
            continue
        taken.append((start, end))
        found.append((start, end))
    return iter(found)


_TITLES: dict[int, tuple[Library, tuple[str, ...]]] = {}


def library_titles(lib: Library) -> tuple[str, ...]:
    """The instrument titles (公约, 宪章, 议定书 …) the library's Chinese clause texts write in 《》, five characters
    or more (shorter ones are also common nouns: 和平协定, a peace agreement), read once per library object."""
    cached = _TITLES.get(id(lib))
    if cached is None or cached[0] is not lib:
        titles: set[str] = set()
        for clause in lib.clauses.values():
            texts = [clause.text.zh]
            subs = list(clause.subparagraphs)
            while subs:
                sub = subs.pop()
                texts.append(sub.text.zh)
                subs.extend(sub.children)
            for text in texts:
                titles.update(t[1:-1] for t in TITLED.findall(text) if len(t) >= 7 and t[1:-1].endswith(INSTRUMENT_END))
        cached = _TITLES[id(lib)] = (lib, tuple(sorted(titles)))
    return cached[1]
