"""Document-wide faults: runs of empty paragraphs, body paragraphs that repeat an earlier one, fonts that change
from clause to clause, a clause broken in two by a stray paragraph mark, a paragraph laid out right to left, what a
chat or a social-media article leaves in a text pasted from it (emoji, a picture caption, a hint to its readers)."""

from __future__ import annotations

import collections
import re

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.patterns import lazy
from drafter.punctuation import CJK, FULL_TO_HALF
from drafter.structure import Node
from drafter.structure.classify import runs_on
from drafter.word import reader
from drafter.word.edit import JoinNext, Replace

BODY = ("preambular", "operative", "sub", "continuation")
LATIN = lazy(r"[A-Za-z]")
# one Chinese font under its English and Chinese names
FONT_ALIASES = {"宋体": "simsun", "新宋体": "nsimsun", "黑体": "simhei", "楷体": "kaiti", "楷体_gb2312": "kaiti",
                "仿宋": "fangsong", "仿宋_gb2312": "fangsong", "微软雅黑": "microsoft yahei", "等线": "dengxian"}
FOLD_MARKS = str.maketrans({**FULL_TO_HALF, "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"'})
_FOLD_PAIRS = [(chr(code), str(plain)) for code, plain in FOLD_MARKS.items()]
FONT_KINDS = {"latin": Text("Latin", "西文"), "east-asian": Text("East Asian", "中文")}


def check(ctx: Context) -> None:
    """Three or more empty paragraphs in a row; a preambular, operative or sub-paragraph said twice; Latin or
    East Asian fonts that differ between the body's clauses; a paragraph of the body that runs right to left."""
    seen: dict[str, int] = {}
    empties: list[Node] = []
    for part in ctx.nodes:
        if part.role == "empty":
            empties.append(part)
            continue
        if part.role != "table":
            _pasted(ctx, part)
            _remarks(ctx, part)
        if len(empties) >= 3:
            ctx.add("empty-paragraphs", empties[0], count=len(empties)).cover(p.para.index for p in empties)
        empties = []
        if part.para.rtl and part.role in ("organ", *BODY):
            # w:bidi left on a clause (pasted from an Arabic text, or Word's right-to-left button): the page shows
            # its label at the right margin and its end mark at the left, before the lead
            ctx.add("paragraph-rtl", part)
        if part.role not in ("preambular", "operative", "sub"):
            continue
        _doubled(ctx, part)
        key = duplicate_key(part.content)
        if len(key) < 10:
            continue
        first = seen.get(key) or _near_copy(key, seen)
        if first is not None:
            ctx.add("duplicate-paragraph", part, first=first).cover([first])
        else:
            seen[key] = part.para.index
    _fonts_mixed(ctx)
    _broken(ctx)


# a pictograph pasted with the text from a chat or a social-media article (🌊, 👇, ✨, ⚠️); not the symbols forms and
# lists use (☐, ▪, ✓, →)
EMOJI = lazy("[\U0001F000-\U0001FAFF]|[\u2600-\u27BF\u2B00-\u2BFF]\uFE0F|[\u2728\u2B50\u2705\u274C\u2757\u2753]")
# a line a WeChat (or other social-media) article adds around a text it prints: a picture's caption ("▲ 会场"), a
# hint to its readers ("（向上滑动阅览）", "点击蓝字关注我们", "长按识别二维码", "阅读原文")
CAPTION = lazy(r"^[▲△]\s*\S")
READER_HINT = lazy(r"^[（(【\[]?\s*(?:向上滑动|上下滑动|左右滑动|滑动查看|点击(?:上方)?蓝字|长按(?:识别)?二维码|扫码关注"
                   r"|扫描二维码|点击阅读原文|阅读原文|向上滑動|上下滑動|左右滑動|點擊(?:上方)?藍字|長按(?:識別)?二維碼|掃碼關注"
                   r"|掃描二維碼|閱讀原文)")
PASTED = {"emoji": Text("an emoji", "表情符号"), "caption": Text("a picture caption", "图片说明"),
          "hint": Text("a web page's hint to its readers", "网页给读者的提示语")}


def _pasted(ctx: Context, part: Node) -> None:
    """What a text pasted from a chat or a social-media article brings along: a line that is a picture's caption or
    a hint to the article's readers, else an emoji in the paragraph; neither is part of a resolution (UN-B01)."""
    text = part.para.text
    line = text.strip().strip("\u3000")
    start = text.find(line[:1]) if line else 0
    for what, pattern in (("caption", CAPTION), ("hint", READER_HINT)):
        if pattern.search(line):
            ctx.add("pasted-artefact", part, start + 1, what=PASTED[what], found=line[:30])
            return
    emoji = EMOJI.search(text)
    if emoji is not None:
        ctx.add("pasted-artefact", part, emoji.start() + 1, what=PASTED["emoji"], found=emoji.group(0))


# a reviewer's remark typed into the draft in brackets — the dais's (主席团批注：…), a teacher's, an editor's — as a
# line of its own or inside a clause: 【主席团批注：此条与第2条重复】, [主席团意见: …], 〔批注：…〕, [Chair's comment: …],
# [Note from the Dais: …]. A lead in 【】 (【回顾】) has no remark word and no colon; a placeholder ("[insert date]") no
# colon either.
REMARK = lazy(r"[【\[［〔](?:\s*)(?:主席团|主席團|主席|学术团队|學術團隊|学术指导|學術指導|指导老师|指導老師|老师|老師|评审|評審"
              r"|审核|審核)?(?:批注|批註|意见|意見|点评|點評|备注|備註|修改建议|修改建議|建议|建議|注)\s*[:：][^】\]］〕]*[】\]］〕]"
              r"|\[\s*(?:(?:the\s+)?(?:chair|chairs|dais|director|editor|reviewer|teacher)(?:['’]s)?\s+)?"
              r"(?:comment|note|remark|feedback)(?:\s+(?:from|by)\s+the\s+\w+)?\s*:[^\]]*\]", re.IGNORECASE)


def _remarks(ctx: Context, part: Node) -> None:
    """A reviewer's remark left in the draft (UN-B01: the text is the organ line, the preamble and the operative
    part): one finding each, whose fix deletes it with the spaces before it."""
    text = part.para.text
    for remark in REMARK.finditer(text):
        start = remark.start()
        while start > 0 and text[start - 1] in " \u3000":
            start -= 1
        ctx.add("remark-left", part, remark.start() + 1, fix="delete the remark",
                edits=[Replace(start, remark.end(), "")], found=remark.group(0)[:30])


# what joins a text pasted twice into one paragraph: a clause mark, a full stop, or a space
DOUBLING_JOINT = lazy(r"[，,；;。.]\s*|\s+")
DOUBLED_MIN = {"zh": 10, "en": 30}  # the shortest text whose second copy is no chance repetition ("请，请")


def doubled_text(text: str, lang: str) -> tuple[int, int] | None:
    """Where the second copy of a text pasted twice into one paragraph begins and ends ("请秘书长报告，请秘书长报告；"
    → the span of ",请秘书长报告"), the paragraph's end mark left out; None when the paragraph says it once."""
    end = len(text.rstrip().rstrip(",;.:，；。："))
    body = text[:end]
    start = len(body) - len(body.lstrip())
    middle = (start + end) // 2  # two copies meet half-way: only a joint near the middle can part them
    for joint in DOUBLING_JOINT.finditer(body, max(0, middle - 8)):
        if joint.start() > middle + 8:
            break
        if abs((joint.start() - start) - (end - joint.end())) > 3:
            continue  # the two sides differ in length: no copy of each other
        first, second = body[:joint.start()].strip(), body[joint.end():].strip()
        if len(first) >= DOUBLED_MIN.get(lang, 30) and first.casefold() == second.casefold():
            return joint.start(), end
    return None


def _doubled(ctx: Context, part: Node) -> None:
    """A text pasted twice into the same paragraph, one copy after the other (ZH-B06: one idea, said once)."""
    span = doubled_text(part.content, ctx.lang)
    if span is None:
        return
    start, end = part.offset + span[0], part.offset + span[1]
    ctx.add("text-doubled", part, start + 1, fix="remove the second copy", edits=[Replace(start, end, "")],
            text=part.para.text[part.offset:start].strip()[:40])


def _broken(ctx: Context) -> None:
    """A clause broken in two by a stray paragraph mark: one finding on its first part, whose fix joins the two."""
    place = {id(node): i for i, node in enumerate(ctx.nodes)}
    for part in [*ctx.tree.preamble, *ctx.tree.walk()]:
        chain = [part, *part.continuation]
        for before, after in zip(chain, chain[1:]):
            at = place[id(after)]
            if at == 0 or ctx.nodes[at - 1] is not before:
                continue
            following = ctx.nodes[at + 1].para if at + 1 < len(ctx.nodes) else None
            if runs_on(before.para, after.para, following, ctx.phrases, comma=part.role in ("operative", "sub")):
                ctx.add("paragraph-broken", before, len(before.text.rstrip()) + 1,
                        fix="join it with the next paragraph", edits=[JoinNext("" if ctx.lang == "zh" else " ")]
                        ).cover([after.para.index])


# a clause pasted again with a word changed by one or two characters (交流 / 交换, "strenghten" / "strengthen") is the
# same clause twice; a changed number is another clause (第八十一届 / 第八十二届, 2026 / 2027), so digits and Chinese
# numerals never count as the change, and short paragraphs (a formula) are never compared
NEAR_COPY_LENGTH = {"zh": 20, "en": 60}
NEAR_COPY_CHANGES = 2
NUMERAL_CHARACTERS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两")


def _near_copy(key: str, seen: dict[str, int]) -> int | None:
    """The paragraph whose key ``key`` repeats with one or two characters changed (same length), else None."""
    if len(key) < NEAR_COPY_LENGTH["zh" if not key.isascii() else "en"]:
        return None
    for other, index in seen.items():
        if len(other) != len(key) or other[:4] != key[:4]:
            continue
        changed = [(a, b) for a, b in zip(key, other) if a != b]
        if len(changed) <= NEAR_COPY_CHANGES and not any(
                a in NUMERAL_CHARACTERS or b in NUMERAL_CHARACTERS or not (a.isalpha() and b.isalpha())
                for a, b in changed):
            return index
    return None


def duplicate_key(text: str) -> str:
    """What two copies of one clause share: the text without spaces, case, its final mark, with half-width marks
    for full-width ones and straight quotes for curly ones."""
    if not text.isascii():  # every mark FOLD_MARKS folds is beyond ASCII, and each becomes an ASCII one
        for mark, plain in _FOLD_PAIRS:  # str.replace of the marks present: far faster than translate here
            if mark in text:
                text = text.replace(mark, plain)
    return "".join(text.casefold().split()).rstrip(",;.:")


def _fonts_mixed(ctx: Context) -> None:
    """One finding per kind of font (Latin, East Asian) when the body's clauses do not all use the same one."""
    body = [n for n in ctx.nodes if n.role in BODY]
    used = {run.fonts for node in body for run in node.para.runs}
    theme: dict[str, str] | None = None
    for slot, kind, letters in ((0, "latin", LATIN), (1, "east-asian", CJK)):
        if len({fonts[slot] for fonts in used}) < 2:
            continue  # one font throughout
        fonts: dict[Node, str] = {}
        for node in body:
            font = main_font(node.para, slot, letters)
            if font is not None:
                fonts[node] = font
        if len(set(fonts.values())) < 2:
            continue
        if theme is None:
            theme = reader.theme_fonts(ctx.doc)
        named = {node: font_name(font, theme) for node, font in fonts.items()}
        counts = collections.Counter(font_key(name) for name in named.values())
        if len(counts) < 2:
            continue
        main_key = counts.most_common(1)[0][0]
        main = next(name for name in named.values() if font_key(name) == main_key)
        first = next(node for node, name in named.items() if font_key(name) != main_key)
        shown = {font_key(name): name for name in named.values()}
        listing = ", ".join(f"{shown[key]} ({count})" for key, count in counts.most_common())
        others = [node.para.index for node, name in named.items() if font_key(name) != main_key]
        ctx.add("fonts-mixed", first, kind=FONT_KINDS[kind], fonts=listing,
                first=first.para.index, main=main).cover(others)


def main_font(para: reader.Paragraph, slot: int, letters: re.Pattern[str]) -> str | None:
    """The font that sets most of the paragraph's letters of one script; None when it has none."""
    weights: collections.Counter[str] = collections.Counter()
    for run in para.runs:
        count = len(letters.findall(run.text))
        if count:
            weights[run.fonts[slot]] += count
    return weights.most_common(1)[0][0] if weights else None


def font_name(font: str, theme: dict[str, str]) -> str:
    """A font as a reader sees it: theme references resolved, the default named."""
    if font.startswith("theme:"):
        return theme.get(font) or font.removeprefix("theme:")
    return font or "(default)"


def font_key(name: str) -> str:
    folded = name.strip().casefold()
    return FONT_ALIASES.get(folded, folded)
