"""Document-wide faults: runs of empty paragraphs, body paragraphs that repeat an earlier one, fonts that change
from clause to clause, a clause broken in two by a stray paragraph mark, a paragraph laid out right to left, what a
chat or a social-media article leaves in a text pasted from it (emoji, a picture caption, a hint to its readers,
a chatbot's sentences, a pasted horizontal rule)."""

from __future__ import annotations

import collections
import difflib
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from drafter.bilingual import Text
from drafter.check.context import Context, MixedFonts
from drafter.check.families.clause_marks import CHAT_PREFIX, MENTION_AFTER
from drafter.check.families.numbering import joined_numbers
from drafter.check.report import Correction
from drafter.chinesewords import word_spans
from drafter.hanzi import simplified
from drafter.labelkinds import PAGE_NUMBER_ZH, read_typed
from drafter.patterns import lazy
from drafter.punctuation import CJK, FULL_TO_HALF
from drafter.structure import Node
from drafter.structure.classify import MARKDOWN_HEADING, PROMPT, commentary, part_heading, runs_on
from drafter.structure.heading import fields_in
from drafter.word import placement, reader
from drafter.word.edit import EastAsianFont, JoinNext, Replace
from drafter.word.fontnames import font_key, without_chinese_font

BODY = ("preambular", "operative", "sub", "continuation")
TEXT_ROLES = ("organ", "preambular", "operative", "sub")  # the resolution's own lines, never a tool's or a chat's
LATIN = lazy(r"[A-Za-z]")
LETTERS = lazy(r"[A-Za-z\u3400-\u4dbf\u4e00-\u9fff]")
FOLD_MARKS = str.maketrans({**FULL_TO_HALF, "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"'})
_FOLD_PAIRS = [(chr(code), str(plain)) for code, plain in FOLD_MARKS.items()]
FONT_KINDS = {"latin": Text("Latin", "西文"), "east-asian": Text("East Asian", "中文")}


def check(ctx: Context) -> None:
    """Three or more empty paragraphs in a row; a preambular, operative or sub-paragraph said twice; Latin or
    East Asian fonts that differ between the body's clauses; a paragraph of the body that runs right to left."""
    seen: dict[str, int] = {}
    same_length: dict[tuple[int, str], list[tuple[str, int]]] = {}  # keys seen, by their length and opening
    clauses: dict[tuple[str, str], list[Node]] = {}  # the clauses seen that repeat none before them, by lead
    worded: dict[int, Worded] = {}  # the words of the clauses compared so far, by the node's id
    empties: list[Node] = []
    for at, part in enumerate(ctx.nodes):
        if part.role == "empty":
            empties.append(part)
            if part.para.ruled and not part.para.in_table:  # a line across the page: a pasted <hr>
                ctx.add("pasted-artefact", part, 1, what=PASTED["rule-line"], found="———")
            continue
        if part.role == "struck":  # struck out whole: not read
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
        pieces = _clauses_in(ctx, part)
        rest = _rest_of_row(ctx.nodes, at)
        if rest and len(pieces) == 1:  # "Recommends" | "that …;": the clause is its row, not its lead cell
            pieces = [f"{pieces[0]} {rest}"]
        for i, piece in enumerate(pieces):
            key = duplicate_key(piece, chinese=ctx.lang == "zh")
            if len(key) < 10:
                continue
            first = seen.get(key) or _near_copy(key, same_length.get((len(key), key[:4]), [])) or _near_copy_gap(
                key, same_length.get((len(key) - 1, key[:4]), []) + same_length.get((len(key) + 1, key[:4]), []))
            if first is None and ctx.lang == "en" and len(pieces) == 1:
                first = _reworded(part, clauses, worded)
            if first is not None and first != part.para.index:
                ctx.add("duplicate-paragraph", part, first=first).cover([first])
                break
            if first is None:
                seen[key] = part.para.index
                same_length.setdefault((len(key), key[:4]), []).append((key, part.para.index))
                if part.phrase is not None and ctx.lang == "en" and i == 0 \
                        and len(_worded(part, worded).own) >= REWORDED_WORDS:
                    clauses.setdefault((part.role, part.phrase.id), []).append(part)  # (_reworded's to compare)
    _fonts_mixed(ctx)
    _sizes_mixed(ctx)
    _broken(ctx)
    _chat_messages(ctx)


def _rest_of_row(nodes: Sequence[Node], at: int) -> str:
    """The text of the paragraphs read as the continuation of ``nodes[at]`` that stand in the cells after it in its
    table row: a table laid out with the lead in the left cell and the rest of the clause in the right one. Two rows
    whose lead cells read alike ("Recommends", "Calls upon") are two clauses unless the rest is alike too."""
    row = placement.row_holding(nodes[at].para.element) if nodes[at].para.in_table \
        and nodes[at].para.element is not None else None
    if row is None:
        return ""
    texts: list[str] = []
    for node in nodes[at + 1:]:
        if node.role == "empty" and node.para.in_table and node.para.element is not None \
                and placement.row_holding(node.para.element) is row:
            continue
        if node.role != "continuation" or node.para.element is None \
                or placement.row_holding(node.para.element) is not row:
            break
        texts.append(node.para.text.strip())
    return " ".join(texts)


def _clauses_in(ctx: Context, part: Node) -> list[str]:
    """The clauses a paragraph of the body holds: its text after its label, or, where the next clauses were typed on
    its line with their own numbers (clause-joined), each of them (a clause said again in one of them is said twice
    all the same)."""
    marks = joined_numbers(ctx, part) if part.role == "operative" else []
    if not marks:
        return [part.content]
    text = part.para.text
    starts = [part.offset, *(m.end() for m in marks)]
    ends = [*(m.start() + 1 for m in marks), len(text)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


# a pictograph pasted with the text from a chat or a social-media article (🌊, 👇, ✨, ⚠️); not the symbols forms and
# lists use (☐, ▪, ✓, →)
EMOJI = lazy("[\U0001F000-\U0001FAFF]|[\u2600-\u27BF\u2B00-\u2BFF]\uFE0F|[\u2728\u2B50\u2705\u274C\u2757\u2753]")
# a line a WeChat (or other social-media) article adds around a text it prints: a picture's caption ("▲ 会场"), a
# hint to its readers ("（向上滑动阅览）", "点击蓝字关注我们", "长按识别二维码", "阅读原文")
CAPTION = lazy(r"^[▲△]\s*\S")
READER_HINT = lazy(r"^[（(【\[]?\s*(?:向上滑动|上下滑动|左右滑动|滑动查看|点击(?:上方)?蓝字|长按(?:识别)?二维码|扫码关注"
                   r"|扫描二维码|点击阅读原文|阅读原文|向上滑動|上下滑動|左右滑動|點擊(?:上方)?藍字|長按(?:識別)?二維碼|掃碼關注"
                   r"|掃描二維碼|閱讀原文)")
# the lines a WeChat article adds at its foot or head, around the text it prints: who wrote, laid out or checked it
# ("编辑：李思远", "排版 | 陈可欣", "一审编辑 陈芬芳", "文字/图片：学术部")
_CREDIT_WORD = (r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|排版|美编|美編|审核|審核|校对|校對|文字|文案|撰稿|供稿|图片|圖片"
                r"|摄影|攝影|视觉|視覺|设计|設計|出品|策划|策劃|[初复複终終一二三][审審](?:编辑|編輯)?)")
ARTICLE_CREDIT_ZH = lazy(rf"^{_CREDIT_WORD}(?:\s*[/／、&]\s*{_CREDIT_WORD})*(?:\s*[：:|｜丨]\s*|\s+)"
                         r"[^\s，。；：,;:].{0,29}(?<![，。；,;])$")
# a WeChat article's title, its column's name and a bar before it ("模联学术 | 第二委员会决议草案 2.1", "【学术文件】丨
# 决议草案全文"): above the heading no field of which holds a bar
ARTICLE_TITLE_ZH = lazy(r"^[^|｜丨：:]{1,30}[|｜丨][^|｜丨：:]{2,60}$")
# a line of symbols an article separates its parts with ("◆ ◆ ◆", "———", "※※※", "· · ·")
SEPARATOR_LINE = lazy(r"^(?:[◆◇■□●○★☆▲△▼▽※♦❖✦✧•·～~=＝＿_—–-][ \t\u3000]*){3,}$")
# the lines a chat, a mail app or a PDF adds to a text copied out of it: a Markdown code-block fence ("```"), a chat
# message's author line ("Mateo (Chile) — Today at 21:14", "Lina Haddad  9:41 PM"), a chat thread's line ("2 replies
# Last reply today at 9:52 PM"), a mail app's signature ("Sent from my iPhone", "Get Outlook for Android"), a page's
# number ("- 2 -", "Page 2 of 3", "2/3"; a bare "2" only outside a Word list)
FENCE = lazy(r"^(?:```|~~~)[\w+-]*$")
CHAT_AUTHOR = lazy(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^()]{1,30}\))?"
                   r"(?:\s+[—–-]\s+(?:Today|Yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s?[AP]M)?"
                   r"|\s{2,}\d{1,2}:\d{2}\s?[AP]M)$")
CHAT_THREAD = lazy(r"^\d{1,3} repl(?:y|ies)(?:\s+Last reply\b.*)?$|^View thread$", re.IGNORECASE)
MAIL_APP = lazy(r"^(?:Sent from my (?:iPhone|iPad|Android|Samsung|Galaxy|Huawei|Xiaomi|Pixel|BlackBerry|mobile|phone)"
                r"|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail) for \w+|Get Outlook for (?:iOS|Android))\b",
                re.IGNORECASE)
PAGE_NUMBER = lazy(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:Page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}"
                   r"|\d{1,3})$", re.IGNORECASE)
# the foot of a UN document's page, as its PDF prints it: the job number, with its language's letter and the dates of
# its processing on the first page ("25-15873 (E)    031025", "25-18342 (C)    121125    131125") and the page's "n/m"
# on the others ("2/3    25-15873", "25-15873    3/3"); and the job number's barcode line ("*2518342*")
JOB_NUMBER = lazy(r"^(?:\d{1,3}\s*/\s*\d{1,3}\s+)?\d{2}-\d{5}[A-Z]?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}"
                  r"(?:\s+\d{1,3}\s*/\s*\d{1,3})?$|^\*\d{7}\*$")
# a UN document's symbol on a line of its own ("A/C.3/80/L.9", "S/RES/2719 (2023)"): inside the text, the header a
# UN PDF prints at the top of every page after the first
SYMBOL_LINE = lazy(r"^(?:A|S|E)/[A-Z0-9][\w.\-]*(?:/[\w.\-]+)+(?:\s*\(\d{4}\))?$")
# a running header or footer of a PDF's page, copied into the body where the page broke: the draft's own number
# ("GA Second Committee · Draft Resolution 2.1 · Remittances")
RUNNING_HEADER = lazy(r"\b(?:Draft\s+Resolution|DR)\s*\d{1,2}(?:[./]\d{1,2})*\b", re.IGNORECASE)
# a booklet's running header naming the conference with its year, or the booklet itself ("Riverside Model United
# Nations 2025 · Resolution Booklet", "2025年滨江模拟联合国大会 · 决议汇编"): no clause names them so
CONFERENCE_HEADER = lazy(r"\b(?:Model\s+United\s+Nations|[A-Z]{0,6}MUN)\b.{0,60}\b(?:19|20)\d{2}\b"
                         r"|\b(?:19|20)\d{2}\b.{0,60}\b(?:Model\s+United\s+Nations|[A-Z]{0,6}MUN)\b"
                         r"|\bResolutions?\s+Booklet\b|(?:19|20)\d{2}\s*年?.{0,30}模[拟擬]联合[国國]"
                         r"|模[拟擬]联合[国國].{0,30}(?:19|20)\d{2}|[决決][议議](?:草案)?[汇彙][编編]")
# what a chat writes in words: an emoji's shortcode (":pray:", ":white_check_mark:"), a message's "(edited)" mark
SHORTCODE = lazy(r"(?<![\w:/]):[a-z][a-z0-9_+-]{1,30}:(?![\w/])")
EDITED = lazy(r"\s\(edited\)\s*$")
CODE_TICKS = lazy(r"`[^`\s][^`]{0,60}`")  # a chat's inline code ("`WHA51.11`"): Markdown's ticks left in the text
# what a copy leaves before a clause: a to-do checkbox of a shared page ("[ ] 1.", "[x] 3."), a chat's or a mail
# reply's quote mark ("> 3."); a quoted line that is no clause is a line of another message
TODO_BOX = lazy(r"^(?:\[[ xX✓✔]?\]|[☐☑☒])[ \t]+")
QUOTED = lazy(r"^>[ \t]*")
# what a scan of a paper copy reads where a pen or a stamp touched the page: a line of such marks alone ("~~", "|||",
# "/ ~"), or a margin bar before a clause's label ("||| 3. Encourages …")
SCAN_MARKS_LINE = lazy(r"[~|¦/\\^`°]+(?:[ \t]+[~|¦/\\^`°]+)*")
SCAN_MARKS_BEFORE = lazy(r"[|¦~]{2,}[ \t]+")
# a letter's greeting above the heading ("Hi Chairs,", "Dear Chair,") and the sentence of a letter that sends the
# draft ("here is our revised draft, …", "Please find attached …", "We made the changes …")
GREETING = lazy(r"^(?:Hi|Hello|Hey|Dear)\b[^.;:!?]{0,40},?$")
LETTER_SENTENCE = lazy(r"^(?:here(?:'s|’s| is| are)|(?:please|kindly) (?:find|see|review)|attached (?:is|are|please)"
                       r"|(?:this|below) is (?:our|my)|(?:we|i)(?:'ve|’ve| have| made| are| am| attach| send| submit"
                       r"| hope))\b", re.IGNORECASE)
# the dais a letter's sentence may be addressed to in the same line ("To the Executive Board: kindly find below our
# draft", "Dear Chair, please find attached …"): the sentence after it is the letter's all the same
LETTER_ADDRESS = lazy(r"^(?:(?:to|dear|hi|hello)\s+)?(?:the\s+)?(?:(?:honou?rable|esteemed|respected)\s+)?"
                      r"(?:executive\s+board|dais|chair(?:s|man|person|persons)?|directors?|moderators?|secretariat)"
                      r"\s*[,:–—-]\s*", re.IGNORECASE)
# what a chatbot's answer in Markdown leaves when it is pasted as plain text: a horizontal rule ("---", "***") on a
# line of its own, bold marks in a heading line ("**Committee:** …", "**Draft Resolution on …**"); its heading marks
# ("## …") are classify.MARKDOWN_HEADING
MARKDOWN_RULE = lazy(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$")
MARKDOWN_BOLD = lazy(r"\*\*[^*\s](?:[^*]*[^*\s])?\*\*|__[^_\s](?:[^_]*[^_\s])?__")
# a chat message addressed to someone with "@" and copied with the draft ("@主席 这是我们的草案", "@Chair here is ours")
MENTION = lazy(r"^[@＠][^\s@＠，。,.:：]{1,24}[\s\u2005\u2002]+\S")
# a Chinese chat's sender line, as QQ, WeChat or DingTalk on a computer copies it above a message: a name (a
# delegation in brackets after it), then the message's time with or without its day ("王晓雨（爱尔兰代表） 2026/12/4
# 21:03:11", "李明 昨天 21:03", "张伟 12月4日 下午9:03")
CHAT_AUTHOR_ZH = lazy(r"^[^\s，。；：,;:、]{1,16}(?:\s?[（(][^()（）]{1,20}[)）])?\s+"
                      r"(?:(?:\d{4}[/年-])?\d{1,2}[/月-]\d{1,2}日?\s*"
                      r"|(?:昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日])\s*)?(?:上午|下午|晚上)?\d{1,2}:\d{2}(?::\d{2})?$")
# a Chinese chat's own sentence around the draft it sends, above the heading or after the last clause ("这是我们代表团的
# 草案，请查收", "以上，请主席团审阅", "以上～有问题随时@我", "麻烦主席团看一下", "有意见请私聊")
CHAT_SENTENCE_ZH = lazy(r"这是我们(?:代表团|国|方)?的(?:决议)?草案|^以上[，,～~!！]|随时[@＠]|请(?:主席团?|各位)?(?:审阅|查收|过目|批阅|审核)"
                        r"|麻烦(?:主席团?|各位)?(?:看一下|看看|审阅|过目)|私聊|收到请回复")
# the lines a copy adds that a pattern names alone, wherever they stand
TOOL_LINES = (("fence", FENCE), ("author", CHAT_AUTHOR), ("thread", CHAT_THREAD), ("mail-app", MAIL_APP))
PASTED = {"emoji": Text("an emoji", "表情符号"), "caption": Text("a picture caption", "图片说明"),
          "hint": Text("a web page's hint to its readers", "网页给读者的提示语"),
          "fence": Text("a code-block fence of a chat or Markdown", "聊天软件或 Markdown 的代码块标记"),
          "author": Text("a chat message's author line", "聊天消息的发送者和时间"),
          "prefix": Text("a chat message's sender and time", "聊天消息前的发送者和时间"),
          "mention": Text("a chat message to someone (@…)", "聊天中@某人的消息"),
          "chat": Text("a chat message", "聊天消息"),
          "credit": Text("an article's credit line", "文章的署名行（编辑、排版等）"),
          "article-title": Text("an article's title", "文章的标题"),
          "separator": Text("a separator line", "分隔线"),
          "thread": Text("a chat thread's line", "聊天软件的回复串提示"),
          "mail-app": Text("a mail app's signature", "邮件应用自动添加的签名"),
          "page-number": Text("a page number", "页码"),
          "running-header": Text("a page's running header", "页眉或页脚"),
          "job-number": Text("a UN document's job number from its page footer", "联合国文件页脚的作业编号"),
          "shortcode": Text("an emoji's shortcode", "表情符号代码"),
          "edited": Text("a chat's \"(edited)\" mark", "聊天软件的“(edited)”编辑标记"),
          "ticks": Text("a chat's code ticks", "聊天软件的代码标记（反引号）"),
          "checkbox": Text("a to-do checkbox", "待办事项复选框"),
          "quote-mark": Text("a quote mark of a chat or a mail reply", "聊天或邮件回复的引用符号"),
          "quoted": Text("a quoted line of another message", "另一条消息的引用行"),
          "greeting": Text("a letter's greeting", "信件的称呼语"),
          "letter": Text("a letter's sentence", "信件正文的句子"),
          "chatbot": Text("a chatbot's own sentence", "聊天机器人自己的话"),
          "prompt": Text("the request typed to a chatbot", "向聊天机器人提出的请求"),
          "rule-line": Text("a horizontal line (an empty paragraph's border, as a pasted <hr> leaves it)",
                            "横线（空段落的边框，粘贴网页的分隔线留下的）"),
          "markdown-rule": Text("a Markdown horizontal rule", "Markdown 的分隔线"),
          "markdown-heading": Text("a Markdown heading's marks", "Markdown 的标题标记（#）"),
          "markdown-bold": Text("Markdown's bold marks", "Markdown 的加粗标记（**）"),
          "scan-marks": Text("a pen's or a stamp's marks that a scan read as characters",
                             "扫描把笔迹或印章识别成的符号")}


def _chat_messages(ctx: Context) -> None:
    """The words of a chat message copied under its author line ("Ana Silva — Today at 2:41 PM" + "final version of
    the DR!! pls react"), a reply's quoted line between them: lines with no label, no lead phrase, no heading field
    and no clause's end mark, up to the next line that is a part of the draft (English; UN-B01)."""
    if ctx.lang != "en":
        return
    after_author = False
    for part in ctx.nodes:
        line = part.para.text.strip()
        if part.role in ("empty", "struck") or not line:
            continue
        if CHAT_AUTHOR.match(line):
            after_author = True
            continue
        if not after_author or QUOTED.match(line):
            continue
        if part.role == "table" or not _chat_words(ctx, part, line):
            after_author = False
            continue
        ctx.add("pasted-artefact", part, part.para.text.find(line[:1]) + 1, what=PASTED["chat"], found=line[:30])


def _chat_words(ctx: Context, part: Node, line: str) -> bool:
    """``line`` reads as a chat's words and as no part of a draft: no label (typed or Word's), no lead phrase, no
    heading field or part's name, no mark a clause or the name of the body ends with, nothing else a copy leaves."""
    return line[-1:] not in ",;.:" and part.para.num_id is None and read_typed(line) is None \
        and not ctx.phrases.matches(line) and not fields_in(line) and part_heading(line) is None \
        and _tool_line(ctx, part, line) is None and (line.isascii() or EMOJI.search(line) is None) \
        and SHORTCODE.search(line) is None and EDITED.search(line) is None


def _tool_line(ctx: Context, part: Node, line: str) -> str | None:
    """The kind of line a chat, a mail app or a PDF adds around the text copied out of it, or None: in any text a
    UN PDF's page lines in the body (its job number, its symbol repeated as the running header); in a Chinese
    text a PDF's lines (its page numbers, a bare one between clauses too, and running headers), a chat's (a sender line, an "@" message, the
    chat's own sentences before the heading or after the last clause) and a WeChat article's around the text (its
    credit lines, a separator line, its title above the heading)."""
    body = ctx.tree.preamble[0].para.index if ctx.tree.preamble else None
    if body is not None and part.para.index > body and part.role in BODY + ("section",) \
            and line[-1:] not in ",;.:，；。：" and CONFERENCE_HEADER.search(line):
        return "running-header"
    if JOB_NUMBER.match(line):
        return "job-number"  # read as a clause or not: no clause is a job number alone
    if _after_organ(ctx, part) and SYMBOL_LINE.match(line):
        return "running-header"
    if part.role not in TEXT_ROLES and MENTION.match(line):
        return "mention"
    if line[:1] in "[0123456789" and CHAT_PREFIX.match(line):
        return "prefix"
    if ctx.lang == "zh":
        if part.role not in TEXT_ROLES and CHAT_AUTHOR_ZH.match(line):
            return "author"
        if _around_text(ctx, part, body):
            if commentary(line) == "chatbot":
                return "chatbot"
            if PROMPT.match(line):
                return "prompt"
            if CHAT_SENTENCE_ZH.search(line):
                return "chat"
            if ARTICLE_CREDIT_ZH.match(line):
                return "credit"
            if SEPARATOR_LINE.match(line) and part.role != "heading":  # above the heading: section-heading says it
                return "separator"
            if (body is None or part.para.index < body) and ARTICLE_TITLE_ZH.match(line):
                return "article-title"
        if part.role not in TEXT_ROLES and line[:1] in "-*" and MARKDOWN_RULE.match(line):
            return "markdown-rule"
        if part.role == "heading" and line[:1] in "#*_" and part_heading(line) is None:  # "**起草国：**", "# 决议草案"
            if MARKDOWN_HEADING.match(line):
                return "markdown-heading"
            if MARKDOWN_BOLD.search(line):
                return "markdown-bold"
        if part.para.num_id is not None:
            return None
        # a page's number alone ("2") between two clauses: a line no clause is
        bare = line.isdigit() and len(line) <= 3 and part.role not in TEXT_ROLES and _between_clauses(ctx, part)
        return "page-number" if PAGE_NUMBER_ZH.match(line) or bare else None
    for what, pattern in TOOL_LINES:
        if pattern.match(line):
            return what
    if PAGE_NUMBER.match(line) and (not line.isdigit() or part.para.num_id is None):
        return "page-number"
    if line[:1] in "-*" and MARKDOWN_RULE.match(line):
        return "markdown-rule"
    if line[:1] in "#*_" and part_heading(line) is None:  # a part's name in Markdown: section-heading says it
        if MARKDOWN_HEADING.match(line) and part is not ctx.tree.organ:  # the organ line's marks: organ-marked
            return "markdown-heading"
        if part.role == "heading" and MARKDOWN_BOLD.search(line):
            return "markdown-bold"
    if part.role not in TEXT_ROLES and commentary(line) == "chatbot":
        return "chatbot"
    if _around_text(ctx, part, body) and PROMPT.match(line):
        return "prompt"
    if part.role in ("continuation", "section") and body is not None and part.para.index > body \
            and RUNNING_HEADER.search(line) and line[-1:] not in ",;.:，；。：":
        return "running-header"
    if part.role == "section" and body is not None and part.para.index > body and _beside_page_number(ctx, part):
        return "running-header"
    if (body is None or part.para.index < body) and part.role not in BODY:
        if GREETING.match(line):
            return "greeting"
        if part.role == "heading" and LETTER_SENTENCE.match(LETTER_ADDRESS.sub("", line, count=1)):
            return "letter"
    return None


def _after_organ(ctx: Context, part: Node) -> bool:
    """``part`` stands after the organ line (or, with none, after the first paragraph of the body)."""
    organ = ctx.tree.organ
    first = organ.para.index if organ is not None else min(
        (n.para.index for n in (*ctx.tree.preamble, *ctx.tree.operative)), default=None)
    return first is not None and part.para.index > first


def _beside_page_number(ctx: Context, part: Node) -> bool:
    """A short line between the clauses with no clause mark at its end, next to a page number (or to another such
    line that is): the page's running header or footer, whatever words it holds ("HRC · Topic B", "GA3 / Resolution
    2.1")."""
    line = part.para.text.strip()
    if len(line) > 80 or line[-1:] in ",;.:，；。：" or part_heading(line) is not None:
        return False
    place = next((i for i, node in enumerate(ctx.nodes) if node is part), None)
    if place is None:
        return False
    for step in (-1, 1):
        i = place + step
        while 0 <= i < len(ctx.nodes):
            near = ctx.nodes[i]
            text = near.para.text.strip()
            if not text:
                i += step
                continue
            if near.para.num_id is None and (PAGE_NUMBER.match(text) or JOB_NUMBER.match(text)):
                return True
            if near.role != "section" or len(text) > 80 or text[-1:] in ",;.:，；。：":
                break
            i += step
    return False


def _around_text(ctx: Context, part: Node, body: int | None) -> bool:
    """``part`` stands outside the resolution's text: in the heading block before the body, or after the last
    operative paragraph (not one of its sub-paragraphs)."""
    if part.role in TEXT_ROLES:
        return False
    if (body is None or part.para.index < body) and part.role not in BODY:
        return True
    last = ctx.tree.operative[-1] if ctx.tree.operative else None
    return last is not None and part.para.index > max(n.para.index for n in [last, *last.continuation])


def _pasted(ctx: Context, part: Node) -> None:
    """What a text pasted from a chat, a social-media article, a shared page, a mail or a PDF brings along: a line
    that is a picture's caption, a hint to the article's readers, a code fence, a chat's author or thread line, a
    mail app's signature, a greeting above the heading, a page number or a running header; a checkbox or a quote
    mark before the text; else an emoji, an emoji's shortcode or a chat's "(edited)" in the paragraph. None of them
    is part of a resolution (UN-B01)."""
    text = part.para.text
    line = text.strip().strip("\u3000")
    start = text.find(line[:1]) if line else 0
    for what, pattern in (("caption", CAPTION), ("hint", READER_HINT)):
        if pattern.search(line):
            ctx.add("pasted-artefact", part, start + 1, what=PASTED[what], found=line[:30])
            return
    if line and line[0] in "~|¦/\\^`°" and _scan_marks(ctx, part, start, line):
        return
    page = text[:part.typed.start].strip() if part.role == "operative" and part.typed is not None else ""
    if page.isdigit():  # "2 4. Recommends …": the number of the page the clause opens, read onto its line
        ctx.add("pasted-artefact", part, start + 1, what=PASTED["page-number"], found=page)
        return
    if line:
        tool = _tool_line(ctx, part, line)
        if tool in ("page-number", "running-header") and part.para.margin_frame:
            return  # a frame puts it in the page's margin: the page's own number or header, where Word shows one
        if tool is not None:
            prefix = CHAT_PREFIX.match(line) if tool == "prefix" else None  # only the sender goes: the words stay
            shown = prefix.group(0).strip() if prefix is not None else line[:30]
            ctx.add("pasted-artefact", part, start + 1, what=PASTED[tool], found=shown)
            return
    if ctx.lang == "en" and line:
        box = TODO_BOX.match(line) or QUOTED.match(line)
        if box is not None:
            rest = line[box.end():]
            if box.group(0).startswith(">") and read_typed(rest) is None:
                if _between_clauses(ctx, part):  # a quoted line between the clauses: the remark it answered
                    _quoted_remark(ctx, part, start, line)
                    return
                what = "quoted"
            else:
                what = "checkbox" if not box.group(0).startswith(">") else "quote-mark"
            ctx.add("pasted-artefact", part, start + 1, what=PASTED[what], found=line[:30])
            return
    emoji = None if text.isascii() else EMOJI.search(text)
    if emoji is not None and part_heading(line) is not None:
        return  # "📌 Operative Clauses": the part's name goes with its emoji (section-heading says so)
    if emoji is not None:
        ctx.add("pasted-artefact", part, emoji.start() + 1, what=PASTED["emoji"], found=emoji.group(0))
        return
    if ctx.lang == "en":
        for what, pattern, mark in (("shortcode", SHORTCODE, ":"), ("edited", EDITED, "(edited)"),
                                    ("ticks", CODE_TICKS, "`")):
            found = pattern.search(text) if mark in text else None
            if found is not None:
                ctx.add("pasted-artefact", part, found.start() + 1, what=PASTED[what], found=found.group(0).strip())
                return


def _scan_marks(ctx: Context, part: Node, start: int, line: str) -> bool:
    """A pen's or a stamp's marks that the scan of a paper copy read as characters, after the organ line: a line of
    them alone, or a margin bar before a clause's label. Reported; False when the line is no such thing."""
    if not _after_organ(ctx, part) or part.para.num_id is not None:
        return False
    if SCAN_MARKS_LINE.fullmatch(line):
        ctx.add("pasted-artefact", part, start + 1, what=PASTED["scan-marks"], found=line[:30])
        return True
    marks = SCAN_MARKS_BEFORE.match(line)
    if marks is None or read_typed(line[marks.end():]) is None:
        return False
    ctx.add("pasted-artefact", part, start + 1, what=PASTED["scan-marks"], found=marks.group(0).strip())
    return True


def _between_clauses(ctx: Context, part: Node) -> bool:
    """``part`` stands after the first paragraph of the body and before its last operative paragraph."""
    body = [n.para.index for n in ctx.tree.preamble + ctx.tree.operative]
    return bool(body) and min(body) < part.para.index < max(n.para.index for n in ctx.tree.operative or ctx.tree.preamble)


def _quoted_remark(ctx: Context, part: Node, start: int, line: str) -> None:
    """A quoted line of an earlier message left between the clauses of a reply ("> Please also add a clause on
    …"): the remark the sender answered, left in the draft."""
    text = part.para.text
    ctx.add("remark-left", part, start + 1, fix="delete the remark", edits=[Replace(start, len(text.rstrip()), "")],
            found=line[:30])


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
    part): one finding each, whose fix deletes it with the spaces before it. A clause's remark to a co-author after
    its mark (an @-mention of a shared document) is one too."""
    text = part.para.text
    if ("@" in text or "＠" in text) and part.role in BODY:
        mention = MENTION_AFTER.search(text.rstrip())
        if mention is not None:
            ctx.add("remark-left", part, mention.start(1) + 1, fix="delete the remark",
                    edits=[Replace(mention.start(), len(text.rstrip()), "")], found=mention.group(1)[:30])
    if not any(bracket in text for bracket in "[【［〔"):
        return
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
            if _page_furniture(ctx, before):
                continue  # a UN page's symbol, read as a clause the rest goes on: the clause broken before it speaks
            at = place[id(after)]
            if before.para.element is not None and after.para.element is not None \
                    and placement.in_next_cell(before.para.element, after.para.element):
                continue  # a lead's cell and the rest of its clause in the next cell of the row: one line on the page
            between = at - 1
            while between > 0 and ctx.nodes[between] is not before and (
                    _page_furniture(ctx, ctx.nodes[between]) or _empty_cell(ctx.nodes[between])):
                between -= 1  # a PDF's page number and running header where the page broke the clause; the empty
                # number cell of the next table row the clause's words went on in
            if at == 0 or ctx.nodes[between] is not before:
                continue
            following = ctx.nodes[at + 1].para if at + 1 < len(ctx.nodes) else None
            # the rest Word numbers as the next clause of the same list (Enter pressed inside a numbered clause)
            numbered = after.para.num_id is not None and after.para.list_id == part.para.list_id
            if runs_on(before.para, after.para, following, ctx.phrases, comma=part.role in ("operative", "sub"),
                       numbered=numbered, operative=part.role in ("operative", "sub")):
                ctx.add("paragraph-broken", before, len(before.text.rstrip()) + 1,
                        fix="join it with the next paragraph", edits=[JoinNext("" if ctx.lang == "zh" else " ")]
                        ).cover([after.para.index])
    _broken_after_comma(ctx, place)
    _broken_at_colon(ctx, place)
    _broken_at_page(ctx)


def _broken_at_colon(ctx: Context, place: dict[int, int]) -> None:
    """An English operative clause split in two at its colon ("5. Encourages … to include the following in their
    plans:" + "stockpiles of … in an emergency;"): the colon announces items, none comes labelled, and the one
    paragraph after it goes on with the clause's words (a small letter, no label, no lead phrase) up to the clause's
    own end mark, the next clause following it. Several such lines are unlabelled items (numbering-absent says so);
    one is the clause's rest. One finding on the first part, covering the rest, whose fix joins the two."""
    if ctx.lang != "en":
        return
    for part in ctx.tree.operative:
        if part.children or len(part.continuation) != 1 or not part.para.text.rstrip().endswith(":"):
            continue
        after = part.continuation[0]
        at = place.get(id(after))
        if at is None or at == 0 or ctx.nodes[at - 1] is not part or after.para.num_id is not None:
            continue
        text = after.para.text.strip()
        if not CLAUSE_REST.fullmatch(text) or read_typed(text) is not None or ctx.phrases.matches(text):
            continue
        ctx.add("paragraph-broken", part, len(part.text.rstrip()) + 1,
                fix="join it with the next paragraph", edits=[JoinNext(" ")]).cover([after.para.index])


# the rest of an English clause split at its colon: small letters up to the clause's own end mark, no colon inside
CLAUSE_REST = lazy(r"[a-z][^:]*[;.]")


# the words a preambular clause goes on with after its lead ("Noting that …", "Welcoming the …"): a paragraph that
# opens with one lacks its lead rather than going on with the clause before it
LEADLESS_OPENING = lazy(r"(?:that|the|a|an|its|their|with|to|all|in|on|by|further|also)\b", re.IGNORECASE)


def _broken_after_comma(ctx: Context, place: dict[int, int]) -> None:
    """An English preambular clause broken in two after a comma inside it ("Recalling …, in which Member States
    committed themselves to developing quality, reliable," + "sustainable and resilient infrastructure,"): its
    first part opens with a lead phrase and ends with the comma a preambular clause ends with, so only the next
    paragraph tells: it follows at once and opens as the rest of a sentence does (a small letter, no label, no lead
    phrase, no emphasis) and not as the words after a lead do ("that …", "the …": a clause whose lead was left
    out, hidden or never chosen). One finding on the first part, covering the rest, whose fix joins the two."""
    if ctx.lang == "zh":
        _broken_after_comma_zh(ctx, place)
        return
    if ctx.lang != "en":
        return
    preamble = ctx.tree.preamble
    for before, after in zip(preamble, preamble[1:]):
        at = place.get(id(after))
        if at is None or at == 0 or ctx.nodes[at - 1] is not before or before.phrase is None \
                or after.phrase is not None or not before.para.text.rstrip().endswith(","):
            continue
        if LEADLESS_OPENING.match(after.para.text.strip()):
            continue
        following = ctx.nodes[at + 1].para if at + 1 < len(ctx.nodes) else None
        if runs_on(before.para, after.para, following, ctx.phrases, comma=True):
            ctx.add("paragraph-broken", before, len(before.text.rstrip()) + 1,
                    fix="join it with the next paragraph", edits=[JoinNext(" ")]).cover([after.para.index])


# the words a Chinese clause goes on with after a comma, never a preambular clause's lead: "以及" (and also), "及",
# "并" / "并且" (and), "包括" (including), "和", "尤其是" / "特别是" (in particular)
ZH_GOES_ON = frozenset({"以及", "及", "并", "并且", "包括", "和", "尤其是", "尤其", "特别是"})


def _broken_after_comma_zh(ctx: Context, place: dict[int, int]) -> None:
    """A Chinese preambular clause broken in two after a comma inside it ("铭记……发挥的作用，" + "以及许多地方媒体……，"):
    its first part opens with a lead phrase and ends with the comma a preambular clause ends with, and the next
    paragraph follows at once with no lead of its own and opens with a word that joins what comes before it (以及,
    并, 包括, 尤其是: jieba's first word of the paragraph, so 和平 or 及时 is no 和 or 及). One finding on the first
    part, covering the rest, whose fix joins the two."""
    preamble = ctx.tree.preamble
    for before, after in zip(preamble, preamble[1:]):
        at = place.get(id(after))
        if at is None or at == 0 or ctx.nodes[at - 1] is not before or before.phrase is None \
                or after.phrase is not None or after.misspelled or not before.para.text.rstrip().endswith("，"):
            continue
        text = simplified(after.para.text.strip()[:8])
        if not text.startswith(tuple(ZH_GOES_ON)):
            continue  # no such word can open it (jieba, which takes half a second to load, is asked only then)
        spans = word_spans(text)
        if not spans or text[spans[0][0]:spans[0][1]] not in ZH_GOES_ON and not text.startswith(("尤其是", "特别是")):
            continue
        following = ctx.nodes[at + 1].para if at + 1 < len(ctx.nodes) else None
        if runs_on(before.para, after.para, following, ctx.phrases, comma=True):
            ctx.add("paragraph-broken", before, len(before.text.rstrip()) + 1,
                    fix="join it with the next paragraph", edits=[JoinNext("")]).cover([after.para.index])


def _broken_at_page(ctx: Context) -> None:
    """A clause a PDF's page break cut in two, its page number and running header copied between the parts ("… the
    identity documents of" / "1" / "GA Second Committee · Draft Resolution 2.1" / "their countries of origin, …;"):
    the rest is read as a line of its own; one finding on the first part, covering the rest (no fix: the lines
    between are to be deleted first)."""
    nodes = ctx.nodes
    for i, node in enumerate(nodes):
        if node.role not in ("preambular", "operative", "sub"):
            continue
        j = i + 1
        while j < len(nodes) and _page_furniture(ctx, nodes[j]):
            j += 1
        if j == i + 1 or j >= len(nodes) or nodes[j].role != "continuation":
            continue
        following = nodes[j + 1].para if j + 1 < len(nodes) else None
        if runs_on(node.para, nodes[j].para, following, ctx.phrases, comma=node.role in ("operative", "sub")):
            ctx.add("paragraph-broken", node, len(node.text.rstrip()) + 1).cover([nodes[j].para.index])


def _empty_cell(node: Node) -> bool:
    """An empty paragraph of a table cell (the number cell of a row a clause's words went on in)."""
    return node.role == "empty" and node.para.in_table


def _page_furniture(ctx: Context, node: Node) -> bool:
    """A page number or a running header copied out of a PDF between two parts of a clause."""
    line = node.para.text.strip()
    return bool(line) and _tool_line(ctx, node, line) in ("page-number", "running-header", "job-number")


# a clause pasted again with a word changed by one or two characters (交流 / 交换, "strenghten" / "strengthen") is the
# same clause twice; a changed number is another clause (第八十一届 / 第八十二届, 2026 / 2027), so digits and Chinese
# numerals never count as the change, and short paragraphs (a formula) are never compared
NEAR_COPY_LENGTH = {"zh": 20, "en": 60}
NEAR_COPY_CHANGES = 2
NUMERAL_CHARACTERS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两")


def _near_copy(key: str, candidates: list[tuple[str, int]]) -> int | None:
    """The paragraph whose key ``key`` repeats with one or two characters changed, else None; ``candidates``: the
    keys seen so far of the same length and opening, with their paragraphs."""
    if len(key) < NEAR_COPY_LENGTH["zh" if not key.isascii() else "en"]:
        return None
    for other, index in candidates:
        changed = [(a, b) for a, b in zip(key, other) if a != b]
        if len(changed) <= NEAR_COPY_CHANGES and not any(
                a in NUMERAL_CHARACTERS or b in NUMERAL_CHARACTERS or not (a.isalpha() and b.isalpha())
                for a, b in changed):
            return index
    return None


# words that say little of what a clause asks: left out when two clauses' words are compared
_LITTLE_WORDS = frozenset("""the a an of to and or in on for with by at as its their that this these those be is are
was were all from into upon such including particular also further which it they them any other""".split())
REWORDED_WORDS = 6  # the fewest words of its own the shorter clause must have
REWORDED_SHARE = 0.8  # the share of them the longer clause must hold too
REWORDED_RATIO = 0.7  # how alike the two clauses read word by word (difflib's ratio)
REWORDED_CHARACTERS = 0.5  # the same bound on their lengths in characters, looser: words differ in length
OTHER_WORD_OPENING = 3  # the letters two words in the same place of two clauses must differ in to name two things
# words a second request adds to the first's ("Further requests another …"): they make no other wording of it
ADDING_WORDS = frozenset({"another", "further", "additional", "also", "more", "other", "again", "second"})


class Worded(NamedTuple):
    """A clause's paragraph, the words after its lead (casefolded) and those of them that say something."""

    paragraph: int
    words: list[str]
    own: frozenset[str]


def _worded(node: Node, worded: dict[int, Worded]) -> Worded:
    """The words of ``node``'s clause, read once (``worded``: those read so far in the document, by the node's id)."""
    held = worded.get(id(node))
    if held is None:
        words = re.findall(r"[a-z0-9/]+", node.content[len(node.lead):].casefold())
        held = worded[id(node)] = Worded(node.para.index, words, frozenset(words) - _LITTLE_WORDS)
    return held


def _reworded(part: Node, earlier: dict[tuple[str, str], list[Node]], worded: dict[int, Worded]) -> int | None:
    """The paragraph an English clause says again in a few other words, else None: a clause kept from both working
    papers of a merged draft ("designate a 24/7 point of contact" after "designate a point of contact available 24
    hours a day, seven days a week"). Both open with the same lead phrase in the same part, the shorter one's words
    (but the little ones) are nearly all in the longer one, and the two read alike word by word."""
    if part.phrase is None:
        return None
    same_lead = earlier.get((part.role, part.phrase.id))
    if not same_lead:
        return None
    this = _worded(part, worded)
    if len(this.own) < REWORDED_WORDS:
        return None  # too few words of its own to tell a clause said again (the earlier ones are kept with enough)
    size = len(part.para.text) - part.offset - len(part.lead)
    for node in same_lead:
        other_size = len(node.para.text) - node.offset - len(node.lead)
        if 2 * min(size, other_size) < REWORDED_CHARACTERS * (size + other_size):
            continue  # lengths too far apart for the words to read alike: their words are not worth reading
        other = _worded(node, worded)
        if 2 * min(len(this.words), len(other.words)) < REWORDED_RATIO * (len(this.words) + len(other.words)):
            continue  # lengths too far apart for difflib's ratio to reach REWORDED_RATIO
        shorter, longer = (this.own, other.own) if len(this.own) <= len(other.own) else (other.own, this.own)
        if len(shorter) < REWORDED_WORDS or len(shorter & longer) < REWORDED_SHARE * len(shorter):
            continue
        matcher = difflib.SequenceMatcher(None, this.words, other.words, autojunk=False)
        if matcher.ratio() >= REWORDED_RATIO and not _other_thing(this.words, other.words, matcher.get_opcodes()):
            return other.paragraph
    return None


_NUMBER_WORD = lazy(r"[0-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                    r"|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                    r"|tenth|eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth"
                    r"|ninetieth|hundredth|annual|biennial)$")


def _other_thing(a: list[str], b: list[str], opcodes: Sequence[tuple[str, int, int, int, int]]) -> bool:
    """The clauses of words ``a`` and ``b`` (aligned by difflib's ``opcodes``) differ where one number stands for
    another ("at its eighty-first session" / "at its eighty-second session", "by 2030" / "by 2035"), or only where
    one word of substance stands for another ("… for air purification systems" / "Further requests another … for
    water purification systems"): two requests, not one said twice. A clause said again in other words differs in
    more than that ("train prosecutors in the handling of" / "give prosecutors training in handling")."""
    changes = [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    if any(any(_NUMBER_WORD.match(w) for w in old) and any(_NUMBER_WORD.match(w) for w in new)
           for old, new in changes if old and new):
        return True
    swapped = [len(old) == len(new) == 1 and _other_word(old[0], new[0]) for old, new in changes]
    return swapped.count(True) == 1 and all(w in _LITTLE_WORDS or w in ADDING_WORDS
                                            for (old, new), swap in zip(changes, swapped, strict=True) if not swap
                                            for w in old + new)


def _other_word(a: str, b: str) -> bool:
    """``a`` and ``b`` are two words of substance, not one word spelled or inflected another way: neither is a little
    word and they open differently ("air" / "water"; not "organisation" / "organization", "state" / "states")."""
    return a.isalpha() and b.isalpha() and a not in _LITTLE_WORDS and b not in _LITTLE_WORDS \
        and a[:OTHER_WORD_OPENING] != b[:OTHER_WORD_OPENING]


def _near_copy_gap(key: str, candidates: list[tuple[str, int]]) -> int | None:
    """The paragraph whose key ``key`` repeats with one letter or character added or dropped (a particle: "多余剂量"
    and "多余的剂量"), else None; ``candidates``: the keys seen so far one character shorter or longer, with the
    same opening, and their paragraphs. A numeral added ("第1段" / "第12段") tells two clauses apart."""
    if len(key) < NEAR_COPY_LENGTH["zh" if not key.isascii() else "en"]:
        return None
    for other, index in candidates:
        longer, shorter = (key, other) if len(key) > len(other) else (other, key)
        at = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
        added = longer[at]
        if longer[at + 1:] == shorter[at:] and added.isalpha() and added not in NUMERAL_CHARACTERS:
            return index
    return None


def duplicate_key(text: str, chinese: bool = True) -> str:
    """What two copies of one clause share: the text without spaces, case, its final mark, with half-width marks
    for full-width ones, straight quotes for curly ones and, in a ``chinese`` text, simplified Chinese characters for
    traditional ones (a clause pasted from a paper typed in the other script), and without asterisks: emphasis
    typed as characters around a lead (``**鼓励**``, ``*Urges*``, a chat's Markdown left) is no word of the clause,
    and a copy typed again without it says the same (holdout-zh82)."""
    if "*" in text:
        text = text.replace("*", "")
    if not text.isascii():  # every mark FOLD_MARKS folds is beyond ASCII, and each becomes an ASCII one
        for mark, plain in _FOLD_PAIRS:  # str.replace of the marks present: far faster than translate here
            if mark in text:
                text = text.replace(mark, plain)
        if chinese:
            text = simplified(text)
    return "".join(text.casefold().split()).rstrip(",;.:")


def _fonts_mixed(ctx: Context) -> None:
    """One finding per kind of font (Latin, East Asian) when the body's clauses do not all use the same one: a
    clause in another font, or words of one (a pasted half-clause) long enough to show. Chinese text with no East
    Asian font at all is the east-asian-font rule's (there is no font to compare); one that names a Latin font
    there among clauses in a Chinese one is this rule's (:func:`mixed_fonts`), and --fix gives such a paragraph the
    body's Chinese font back."""
    for kind, mixed in zip(("latin", "east-asian"), mixed_fonts(ctx)):
        if mixed is None:
            continue
        first, main, counts, others = mixed
        listing = ", ".join(f"{name} ({count})" for name, count in counts)
        edits = _chinese_font_back(ctx, list(dict.fromkeys([first.para.index, *others])), main) \
            if kind == "east-asian" else []
        ctx.add("fonts-mixed", first, kind=FONT_KINDS[kind], fonts=listing, first=first.para.index, main=main,
                fix=f"set the East Asian font to {main}" if edits else "", edits=edits).cover(others)


def _chinese_font_back(ctx: Context, indexes: list[int], main: str) -> list[Correction]:
    """The edits that give the body's Chinese font ``main`` back to the paragraphs of ``indexes`` whose Chinese text
    names a Latin font as its East Asian one (a clause pasted in Times New Roman among clauses in 宋体): Chinese text
    in such a font shows a fallback face, which --fix mends as east-asian-font does. None when ``main`` is a Latin font
    itself, or for a paragraph in another Chinese font (仿宋 among 宋体: a choice a person makes)."""
    if without_chinese_font(main):
        return []
    paras = {node.para.index: node.para for node in ctx.nodes}
    return [Correction(EastAsianFont(main), paragraph=index) for index in indexes if index in paras
            and any(CJK.search(run.text) and run.east_asia and without_chinese_font(run.east_asia)
                    for run in paras[index].runs)]


def _sizes_mixed(ctx: Context) -> None:
    """MUN-F08: the body's clauses, or words of one, set in another size than the rest (a clause pasted at 10.5 pt
    into a draft at 12 pt)."""
    body = [n for n in ctx.nodes if n.role in BODY]
    if len({run.size for node in body for run in node.para.runs if run.text.strip()}) < 2:
        return
    mixed = _mixed(body, _size_of, LETTERS)
    if mixed is None:
        return
    first, main, counts, others = mixed
    listing = Text(", ".join(f"{name} pt ({count})" for name, count in counts),
                   "、".join(f"{name} 磅（{count}）" for name, count in counts))
    ctx.add("sizes-mixed", first, sizes=listing, first=first.para.index, main=main).cover(others)


def _points(size: float) -> str:
    return str(int(size)) if size == int(size) else str(size)


def _size_of(run: reader.Run) -> tuple[str, str]:
    """A run's size as a key and as shown."""
    return ("", "?") if run.size is None else (_points(run.size), _points(run.size))


def mixed_fonts(ctx: Context) -> tuple[MixedFonts | None, MixedFonts | None]:
    """What :func:`_mixed` finds of the body's fonts of each slot (Latin, East Asian), None for a slot one font sets
    throughout; worked out once per document. The Chinese rules read it too: a paragraph this reports for a Latin
    font named as its East Asian font is fonts-mixed's, not east-asian-font's (one fault, one finding)."""
    if ctx.fonts_mixed is None:
        body = [n for n in ctx.nodes if n.role in BODY]
        used = {run.fonts for node in body for run in node.para.runs}
        differ = [len({fonts[slot] for fonts in used}) > 1 for slot in (0, 1)]
        theme = reader.theme_fonts(ctx.doc) if any(differ) else {}
        latin, east_asian = (_mixed(body, _FontOf(slot, theme), (LATIN, CJK)[slot]) if differ[slot] else None
                             for slot in (0, 1))
        ctx.fonts_mixed = (latin, east_asian)
    return ctx.fonts_mixed


class _FontOf:
    """A run's font of one slot (0 Latin, 1 East Asian) as a key and as shown, theme references resolved; an East
    Asian font set nowhere has no key (Chinese text without one is the east-asian-font rule's, not a font mixed in)."""

    def __init__(self, slot: int, theme: dict[str, str]) -> None:
        self.slot, self.theme = slot, theme

    def __call__(self, run: reader.Run) -> tuple[str, str]:
        name = font_name(run.fonts[self.slot], self.theme)
        if self.slot == 1 and not run.fonts[1]:
            return "", name
        return font_key(name), name


# the letters of a stretch in another font or size that show on the page: some words, or a few Chinese characters
STRETCH_LATIN = 12
STRETCH_CJK = 4


def _mixed(body: list[Node], value: Callable[[reader.Run], tuple[str, str]],
           letters: re.Pattern[str]) -> tuple[Node, str, list[tuple[str, int]], list[int]] | None:
    """The body's paragraphs whose letters are not all in the one value most paragraphs take (a font, a size),
    read by ``value`` of each run (a key and a name to show): a paragraph differs when most of its letters take
    another value, or when a stretch of its runs does that is long enough to show (STRETCH_LATIN letters,
    STRETCH_CJK Chinese characters). Returns the first such paragraph, the main value's name, the paragraphs each
    value sets (most first; a paragraph with a stretch counts for both) and the indexes of the paragraphs that
    differ; None when the body is all in one."""
    mains: dict[Node, str] = {}
    shown: dict[str, str] = {}
    for node in body:
        weights: collections.Counter[str] = collections.Counter()
        for run in node.para.runs:
            count = len(letters.findall(run.text))
            if count:
                key, name = value(run)
                if not key:
                    continue  # no value to compare (an East Asian font set nowhere)
                weights[key] += count
                shown.setdefault(key, name)
        if weights:
            mains[node] = weights.most_common(1)[0][0]
    counts = collections.Counter(mains.values())
    if not counts:
        return None
    main_key = counts.most_common(1)[0][0]
    differing: list[Node] = []
    for node, key in mains.items():
        if key != main_key:
            differing.append(node)
            continue
        other = _stretch(node, value, main_key)
        if other is not None:
            counts[other] += 1
            differing.append(node)
    if not differing:
        return None
    listing = [(shown[key], count) for key, count in counts.most_common()]
    return differing[0], shown[main_key], listing, [node.para.index for node in differing]


def _stretch(node: Node, value: Callable[[reader.Run], tuple[str, str]], main_key: str) -> str | None:
    """The key of the longest stretch of adjacent runs of ``node``'s text after its lead phrase (a lead may be set
    off in its own face, 黑体 or 楷体) in another value than ``main_key`` whose letters show (STRETCH_LATIN,
    STRETCH_CJK); runs without letters (spaces, marks) neither end nor add to one."""
    start = node.offset + len(node.lead or "")
    rows: list[tuple[str, int, int]] = []
    pos = 0
    for run in node.para.runs:
        text = run.text[max(0, start - pos):]
        pos += len(run.text)
        if LETTERS.search(text):
            rows.append((value(run)[0], len(LATIN.findall(text)), len(CJK.findall(text))))
    found: list[tuple[int, str]] = []
    for key, group in itertools.groupby(rows, key=operator.itemgetter(0)):
        items = list(group)
        latin, cjk = sum(item[1] for item in items), sum(item[2] for item in items)
        if key and key != main_key and (latin >= STRETCH_LATIN or cjk >= STRETCH_CJK):
            found.append((latin + 3 * cjk, key))
    return max(found)[1] if found else None


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


