"""Citations in the body: 'resolution 2165 (2014)' in English, '第2165(2014)号决议' in Chinese, a cited symbol written
'A/RES/79/243' and a date in a clause written '24 December 2024'; and a footnote number pasted as text and glued to a
word ("the Convention1", "the Part XI Agreement;23")."""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.check.families.clause_marks import security_council
from drafter.labels import roman
from drafter.patterns import lazy
from drafter.punctuation import HALF_DIGITS, HALF_WIDTH, OTHER_SCRIPT_DIGITS, WESTERN_DIGITS
from drafter.structure import Node, spelling
from drafter.structure.heading import MONTH_NAMES, MONTHS, ORDINAL_SUFFIX
from drafter.word.edit import Replace

# a word of lower-case letters (after an optional capital) with digits glued to its end, or digits glued after a
# clause's own mark ("Agreement;23"): what a footnote reference becomes when a document is pasted as text. After a
# figure the mark may be a semicolon ("by 2030;6": no number holds one), or, after a year, a comma at the paragraph's
# end before one or two digits ("by 2030,1": a thousands group has three digits, "7,866,0" holds no year). At the
# paragraph's very end the number may also follow the last clause's full stop ("… to build clinics.4": after a word
# of three letters or more, so not "No.4") or the comma or semicolon with one space, as a superscript comes out of a
# PDF ("… far from villages, 2": after a word, so not "paragraphs 1, 2")
GLUED = lazy(r"\b([A-Z]?[a-z]{3,})(\d{1,3}(?:,\d{1,3})*)(?=[\s,;:.)\]]|$)"
             r"|(?<=[a-z)][;,]|\d;)(\d{1,3})(?=[;,.]?$|[;,.]?\s+[a-z])|(?<![\d,./])\d{4},(\d{1,2})(?=[;.]?$)"
             r"|(?<=[a-z]{3}\.)(\d{1,3}(?:,\d{1,3})*)(?=\s*$)|(?<=[a-z][;,]\s)(\d{1,2})(?=\s*$)")
# a footnote number typed after a Chinese clause's own mark at the paragraph's end ("…秘书长的报告，2", "…公约；3",
# "…，1、2"), as a copy of the UN's Chinese text gives a footnote reference (A/RES/53/45: "…工作报告,(3)" in brackets,
# which ends the clause wrongly for the end-mark rules; bare digits they read past, as a footnote's, and nothing else
# said they must go); not after a colon (a ratio, 3：1)
ZH_GLUED = lazy(r"(?<=[，；。])[ \t]?(\d{1,3}(?:[、,][ \t]?\d{1,3})*)[ \t]*$")
# what every GLUED match holds (a digit right after a letter or a mark): most paragraphs have none, and this
# simpler pattern rules them out in half the time GLUED takes to (looking behind only at digits: faster still)
MAY_GLUE = lazy(r"\d(?<=[a-z;,]\d)")
# "Res. 48/3", "res 2250 (2015)", "Resol. 74/125": the word "resolution" cut short before a resolution's number, which
# the UN writes out (UN-B15); not the "RES" of a document symbol ("A/RES/74/125": a "/" before it)
SHORT_RESOLUTION = lazy(r"(?<![/\w.-])(?:[Rr]es|RES|[Rr]esol)(?:\.\s*|\s+)(?=\d{1,4}(?:/\d{1,4}\b|\s*\(\d{4}\)))")
# a resolution cited in title marks (《第1325(2000)号决议》): the UN's Chinese cites resolutions without them (ZH-P02)
TITLED_RESOLUTION = lazy(r"《([^《》]{0,24}?第[\d\s/()（）]+号(?:决议|決議))》")
# a resolution's number and year, or a list of them, before 号决议 (ZH-P02, UN-B15: "第2250(2015)和2419(2018)号决议"):
# the list opens with 第 and holds no spaces. Group 1: the 第 (empty when missing), group 2: the list. Not after a
# letter, digit, "/" or "." of either width (a symbol "S/RES/2250(2015)", "WHA68.7", "Ａ／ＲＥＳ／７０／１": the symbol
# rules judge those), nor right after a 第 (after a date glued to it: "2018-12-19第73/195号决议"). A General Assembly
# number (70/1) is cited the same way («第70/1号决议»), in half-width digits and slash (UN-B18: "第71／1号决议" and
# "第７０/1号决议" are typed in the wrong width); right after a date too: ga74 writes «日第N/M号决议» 371 times, and
# "1991年5月17日45/266号决议" once (A/RES/74/294 C, a slip). A citation with its 号 dropped too ("79/243决议",
# "第2250(2015)决议") is wrong wherever it stands; group 4 is then empty.
_CITED = r"\d{1,4}(?:[/／]\d{1,4})?(?:\s*[(（]\d{4}[)）])?"
CITED_LIST = lazy(rf"(?<![\dA-Za-zＡ-Ｚａ-ｚ/／.．\-－第])(第?\s*)({_CITED}(?:\s*(?:、|，|和|及|以及|与|與|至)\s*(?:第\s*)?{_CITED})*)"
                  r"(\s*)([号號]?)\s*(决议|決議)")
# a resolution's document symbol typed in the place of its number ("A/RES/79/243号决议", "第A/RES/79/243号决议",
# "S/RES/2250 (2015)决议"): the Chinese cites the number alone («第79/243号决议», «第2250(2015)号决议»; ZH-P02, UN-B15).
# Groups: the number, the Council's year
SYMBOL_CITED = lazy(r"(?:第\s*)?(?<![A-Za-z])[ASE]\s*/\s*RES\s*/\s*(\d{1,4}(?:/\d{1,4})?)(?:\s*[(（](\d{4})[)）])?"
                    r"\s*[号號]?\s*(?=决议|決議)")
# the word 决议 typed before a cited list as English orders it ("大会决议70/1和第71/313号决议"), right before the list
WORD_BEFORE = lazy(r"(?:决议|決議)\s*$")
# a resolution cited in English inside Chinese text ("关于Resolution 2250 (2015)执行情况"): the Chinese cites
# «第2250(2015)号决议» (ZH-P02, UN-B15); not a document symbol ("S/RES/2250 (2015)")
ENGLISH_RESOLUTION = lazy(r"(?<![A-Za-z/])(?:(?:the\s+)?(?:Security\s+Council|General\s+Assembly|UNSC|UNGA)\s+)?"
                          r"[Rr]esolutions?\s+(?:No\.?\s*)?(\d{1,4}(?:/\d{1,4})?)(?:\s*\((\d{4})\))?")
# a list of resolutions cited before the word 决议 whose items may each carry 号 ("第1556(2004)号、第1591号和
# 第2676(2023)号决议"); YEARLESS then finds in it an item cited by a Council-sized number (three or four digits) with
# its 第 or 号 but with neither a year nor a session ("第1591号"): the Chinese cites «第1591(2005)号决议» (ZH-P02,
# UN-B15). Not a number glued to a letter, a digit, "/" or "." (a symbol "S/RES/2250", "WHA77.14"), nor a draft's
# number ("第1.1号决议草案"); an item with a bracket ("第377(V)号") or a slash ("第70/1号") has its year or session
_ITEM = r"第?\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?(?:\s*[(（][^()（）\s]{1,6}[)）])?\s*[号號]?"
LISTED = lazy(rf"(?<![\dA-Za-zＡ-Ｚａ-ｚ/／.．\-－]){_ITEM}(?:\s*(?:、|，|和|及|以及|与|與|或|至)\s*{_ITEM})*"
              r"(?=\s*(?:决议|決議)(?!草案))")
COUNCIL_NAMED = lazy(r"安全理事[会會]|安理[会會]")  # the Council named in a paragraph, before what it cites
DATED = lazy(r"(?<![\d/／.])(\d{3,4})\s*[(（]\d{4}[)）]")  # a number cited with its year ("2473(2019)")
YEARLESS = lazy(r"(第?)\s*(?<![\d(（/／])(\d{3,4})(?![\d/／(（\s]|\s*[/／(（])\s*([号號]?)")
# a resolution's number typed after the word, as English orders it ("大会决议79/243", "安理会决议2250(2015)",
# "决议第79/243号"): the Chinese puts 第…号 before the word («大会第79/243号决议»; ZH-P02, UN-B15). The number is a
# session's (two digits or more) with its own, or a Council's with its year: "本决议1." and "决议第5段" cite none
WORD_FIRST = lazy(r"(?:决议|決議)\s*(第?)\s*(\d{2,4}\s*[/／]\s*\d{1,4}|\d{3,4}\s*[(（]\d{4}[)）])(?![\d/／])\s*([号號]?)"
                  r"(?!\s*[号號]?\s*(?:决议|決議))")
# a resolution numbered by session ("79/243", "48/3") dated by its year alone, "resolution 79/243 of 2024" or, in the
# Security Council's way, "resolution 79/243 (2024)": the session number dates it already, and the UN cites it
# bare or with its full date ("resolution 79/243 of 24 December 2024"; UN-B15). Group 1 the citation kept, group 2 the
# year typed after it (not a year that opens a date or a range: "of 2024-2025", "of 2024/25")
# The same for its symbol: "A/RES/79/62 (2024)", "resolution A/RES/79/62 of 2024" (UN-H01 gives a year to the Council's
# symbols only: «A/RES/79/62»)
# (of the thirty-first session on: "A/RES/2/110 of 1947" is an older resolution's, numbered «110 (II)», not this slip)
_NUMBERED_SESSION = r"(?:3[1-9]|[4-9]\d|\d{3})"  # the thirty-first session on, whose resolutions are numbered "31/1"
SESSION_YEAR = lazy(rf"(\bresolutions?\s+(?:No\.?\s*)?(?:\d{{1,3}}|[AE]/RES/{_NUMBERED_SESSION})/\d{{1,4}}"
                    rf"|(?<![\w/.])[AE]/RES/{_NUMBERED_SESSION}/\d{{1,4}})"
                    r"(\s+of\s+(?:the\s+year\s+)?\d{4}\b(?![-–/]\d)|\s*\(\d{4}\))")

# a resolution numbered by session cited in Chinese with a year in brackets, in the Security Council's way, before or
# after its 号 ("第79/243(2024)号决议", "第74/247号(2019)决议", "A/RES/79/243 (2024)" cited as «第79/243(2024)号决议»): the
# session number dates it already, and the UN's Chinese cites it bare («第79/243号决议») or after its full date
# ("2024年12月24日第79/243号决议"; UN-B15, ZH-P02), as SESSION_YEAR tells in English
SESSION_CITED_ZH = lazy(r"\d{1,3}\s*[/／]\s*\d{1,4}\s*[(（]\d{4}[)）]")
# the same year typed after the 号 of such a citation ("第74/247号(2019)决议"). Groups: the citation up to its 号, the
# year with its brackets, the word 决议
SESSION_HAO_YEAR = lazy(r"(第\s*\d{1,3}\s*[/／]\s*\d{1,4}\s*[号號])(\s*[(（]\d{4}[)）])\s*(决议|決議)")

# a Council resolution's year typed after its 号 ("第660号(1990)决议", "第660号(1990)、第661号(1990)决议"): the Chinese
# puts the year before 号 («第660(1990)号决议»; ZH-P02, UN-B15). Groups: 第, the number, 号, the year, the word 决议
# when it follows at once
HAO_BEFORE_YEAR = lazy(r"(第\s*)(\d{3,4})\s*([号號])\s*[(（](\d{4})[)）](?=\s*(?:、|，|和|及|与|與|至|决议|決議))"
                       r"(\s*(?:决议|決議))?")
# an Assembly resolution of its first thirty sessions (1946-1975) cited in the form its resolutions bear from the
# thirty-first session on ("第25/2642号决议", "resolution 25/2642"): those sessions numbered their resolutions in one
# run with the session in roman figures («第2642(XXV)号决议», «resolution 2642 (XXV)»; UN-H01, UN-B15). Only a
# number of three or four figures: the Human Rights Council's and commissions' resolutions of early sessions ("第5/1号
# 决议", "resolution 2/3") are numbered in the session's own small run. Groups: the session, the number
SESSION_BEFORE_1976_ZH = lazy(r"(?<![\dA-Za-z/／.．\-－])(?<=第)\s*(\d{1,2})\s*[/／]\s*(\d{3,4})(?![\d/／])\s*(?=[号號])")
SESSION_BEFORE_1976_EN = lazy(r"\b([Rr]esolutions?\s+)(\d{1,2})/(\d{3,4})\b(?![/\d])")
FIRST_NUMBERED_SESSION = 31  # A/RES/31/1 (1976): the first resolution numbered by session
# the sessions whose resolutions bear numbers that read as years (1904 (XVIII) … 2116 (XX)): elsewhere such a number
# after a slash is the year of another body's resolution ("resolution 12/2019" of the FAO Conference, A/RES/74/241)
YEAR_NUMBERED_SESSIONS = range(18, 21)


def _early_session(session: int, number: int) -> bool:
    """``session``/``number`` can be a resolution of the Assembly's first thirty sessions typed in the later form: not a
    number that reads as a year after a session that never reached such numbers (another body's "12/2019")."""
    if not 1 <= session < FIRST_NUMBERED_SESSION:
        return False
    return not (1945 <= number <= 2099 and session not in YEAR_NUMBERED_SESSIONS)


def early_session_citations(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """UN-H01, UN-B15: each resolution of the Assembly's first thirty sessions ``text`` cites as a later one is cited
    ("第25/2642号决议", "resolution 25/2642"): (start, end, what was typed, the citation to write: «2642(XXV)» in
    Chinese, «resolution 2642 (XXV)» in English)."""
    found = []
    if lang == "zh":
        for match in SESSION_BEFORE_1976_ZH.finditer(text):
            session = int(match.group(1))
            if _early_session(session, int(match.group(2))):
                found.append((match.start(), match.end(), match.group(0),
                              f"{int(match.group(2))}({roman(session).upper()})"))
    else:
        for match in SESSION_BEFORE_1976_EN.finditer(text):
            session = int(match.group(2))
            if _early_session(session, int(match.group(3))):
                found.append((match.start(), match.end(), match.group(0),
                              f"{match.group(1)}{int(match.group(3))} ({roman(session).upper()})"))
    return found


# a resolution cited with the digits an Arabic or Persian keyboard types ("resolution ٧٠/١", "第٢٢٥٠(٢٠١٥)号决议"): the
# UN cites it in Western digits in every language (UN-B15, ZH-P02: «resolution 70/1», «第2250(2015)号决议»). Group 1:
# the number (and year) as typed
OTHER_DIGIT = lazy(f"[{OTHER_SCRIPT_DIGITS}]")
OTHER_DIGITS_CITED_EN = lazy(r"\b[Rr]esolutions?\s+(\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*\(\d{4}\))?)")
OTHER_DIGITS_CITED_ZH = lazy(r"第\s*(\d{1,4}(?:\s*[/／]\s*\d{1,4})?(?:\s*[(（]\d{4}[)）])?)\s*[号號]\s*(?:决议|決議)")

# "resolution No. 70/174", "Resolution #34", "resolution number 2250": a sign or word for "number" before a cited
# resolution's number, which the UN does not write (UN-B15: «resolution 70/174»)
# "General Assembly Resolution 79/243" inside a sentence: the word is written in small letters before a number
CAPITAL_RESOLUTION = lazy(r"(?<=[\w,;)’'] )(Resolutions?)(?=\s+(?:\d{1,4}/\d{1,4}\b|\d{2,4}\s*\(\d{4}\)))")
NUMBER_SIGN = lazy(r"\b([Rr]esolutions?)\s+(?:[Nn]o\.|[Nn]os\.|[Nn]umber|#)\s*(?=\d{1,4}\b)")
# a cited General Assembly or Economic and Social Council symbol typed with a hyphen or full stops, or with "RES" not in
# capitals ("A/RES/74-247", "A.RES.79.243", "A/Res/65/230"; UN-H01: «A/RES/74/247»); not a range of Council
# resolutions ("S/RES/1970-1973"), which has no session number
# or a space typed for a slash or beside one ("A/RES 75/282", "A/RES/ 75/282", "A/ RES/36/100"), or the slash after
# "RES" left out ("A/RES71/256", "S/RES2250": the session or number glued to RES)
SESSION_SYMBOL = lazy(r"(?<![\w/.])([AE])( ?[./] ?)(RES|Res|res)( ?[./-] ?| |)(\d{1,4})( ?[./-] ?| )(\d{1,4})\b"
                      r"(?![./-]?\d)")
COUNCIL_SYMBOL = lazy(r"(?<![\w/.])S( ?[./] ?)(RES|Res|res)([./]?)(\d{1,4})\b")
# a General Assembly symbol with its session typed before "RES" ("A/79/RES/325" for «A/RES/79/325», UN-H01): no UN
# symbol puts a number between the organ and RES. Groups: the organ, the session, RES as typed, the number
SWAPPED_SYMBOL = lazy(r"(?<![\w/.])([AE])/(\d{1,3})/(RES|Res|res)/(\d{1,4})\b(?![./-]?\d)")
# a symbol of a subsidiary body's series typed without the full stop between the series and its number
# ("E/CN15/2019/15", "A/C3/74/L.11", "A/AC291/L.15", "E/CN 15/…": UN-H01 writes «E/CN.15/2019/15», «A/C.3/74/L.11»).
# Groups: the organ, the series, what was typed between it and its number, the number
SERIES_SYMBOL = lazy(r"(?<![A-Za-z0-9/.])([AES])/(AC|CN|C)( ?)(\d{1,3})(?=/)")
# a date in a clause ("of December 24, 2024", "on 8th August 2024", "before 31 Dec. 2026", "of 24/12/2024"): the UN
# writes day month year, the month in full, no comma, no ordinal (UN-H03, UN-B15). Groups: month first (1 month,
# 2 day, 3 ordinal, 4 year), day first (5 day, 6 ordinal, 7 month, 8 year), in figures (9 and 11 the numbers, 10 the
# mark between them, 12 the year)
_MONTH = rf"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
BODY_DATE = lazy(rf"\b({_MONTH})\s+(\d{{1,2}})({ORDINAL_SUFFIX})?,?\s+(\d{{4}})\b"
                 rf"|\b(\d{{1,2}})({ORDINAL_SUFFIX})?(?:\s+of)?\s+({_MONTH}),?\s+(\d{{4}})\b"
                 r"|(?<![\w/.])(\d{1,2})([./])(\d{1,2})\10((?:19|20)\d{2})\b(?![./]\d)")
# the words before a date that make it a cited resolution's date of adoption ("resolution 79/243 of ")
CITED_BEFORE = lazy(r"\bresolutions?\s+\S+(?:\s*\(\d{4}\))?\s+of\s+$", re.IGNORECASE)
YEAR = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a year, which closes every date BODY_DATE reads
# the no-break and thin spaces a date pasted from a web page may hold between its words, read as spaces
NO_BREAK_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2009\u202f", " "))
DATE_REACH = 40  # how far before its year a date may start ("24th of September, 2024": 19 characters)
# what a cited symbol holds, however it is typed ("A/RES/", "A.Res.", "S/res/"): the clauses worth reading for one
SYMBOL_HINT = lazy(r"[AES] ?[./] ?[Rr][Ee][Ss]")


def check(ctx: Context) -> None:
    """UN-B15: a resolution's number and year written the way the language cites them, in Chinese without 《》
    (ZH-P02) and, in the UN profile, with half-width parentheses (UN-B18; a MUN draft may use full-width ones);
    footnote numbers glued to words."""
    _glued_numbers(ctx)
    _short_word(ctx)
    _session_year(ctx)
    clauses = _clauses(ctx)
    _number_sign(ctx, clauses)
    _other_digits(ctx)
    _symbols(ctx, clauses)
    _body_dates(ctx, clauses)
    _early_sessions(ctx)
    if ctx.lang == "en":
        pattern = re.compile(r"\b[Rr]esolutions? (\d{3,4})\((\d{4})\)")  # the capital is resolution-capital's
        good = "{0} ({1})"
    elif ctx.profile == "un":
        pattern = re.compile(r"第(\d{3,4}) +\((\d{4})\)|第(\d{3,4})（(\d{4})）")
        good = "{0}({1})"
    else:  # UN-B18: MUN Chinese drafts may put the year in full-width （） too; a space before it is wrong either way
        pattern = re.compile(r"第(\d{3,4}) +[(（](\d{4})[)）]")
        good = "{0}({1})"
    dated: set[str] = set()  # the resolution numbers the clauses have cited with their year (or told bare) so far
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        titled = list(TITLED_RESOLUTION.finditer(part.text)) if ctx.lang == "zh" else []
        done = _chinese_citations(ctx, part, titled) if ctx.lang == "zh" else []
        # the Council's own texts cite a resolution of the year bare at times ("回顾第2532号决议", S/RES/2539 (2020)):
        # in the UN's form only another organ's text is held to it, for the resolutions it names the Council's
        if ctx.lang == "zh" and (ctx.profile != "un" or not security_council(ctx)):
            _yearless(ctx, part, dated, council_only=ctx.profile == "un")
        for match in titled:  # one finding, whose fix also mends the citation inside
            fixed = pattern.sub(lambda m: _cited(m, good), match.group(1))
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)
        for match in pattern.finditer(part.text):
            if any(t.start() <= match.start() < t.end() for t in [*titled, *done]):
                continue
            fixed = _cited(match, good)
            kept = _number_at(match)  # the words before the number stay as typed (a capital is another rule's)
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start() + kept, match.end(), fixed[kept:])], found=match.group(0),
                    fixed=fixed)


def _early_sessions(ctx: Context) -> None:
    """UN-H01, UN-B15: a resolution of the Assembly's first thirty sessions cited in the later form ("第25/2642号决议",
    "resolution 25/2642"): the Assembly numbered them in one run with a roman session («第2642(XXV)号决议»)."""
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub") or "/" not in part.text and "／" not in part.text:
            continue
        for start, end, typed, fixed in early_session_citations(part.text, ctx.lang):
            shown = f"第{fixed}号决议" if ctx.lang == "zh" else fixed
            ctx.add("resolution-citation", part, start + 1, fix=f"write {shown!r}",
                    edits=[Replace(start, end, fixed)], found=typed, fixed=shown)


def symbols_cited(text: str) -> list[tuple[re.Match[str], str]]:
    """Each document symbol ``text`` types in the place of a resolution's number ("A/RES/79/243号决议", one in
    full-width forms read as its half-width self, "Ａ／ＲＥＳ／７０／１号决议"), its match (the symbol, 第 before it and 号
    after it; the word 决议 follows) and the citation the Chinese writes («第79/243号决议»)."""
    if "RES" not in text and "ＲＥＳ" not in text:
        return []
    cited = []
    for match in SYMBOL_CITED.finditer(text.translate(HALF_WIDTH)):
        word = text[match.end():match.end() + 2]
        # a session's number is dated by its session: a year typed after it is dropped (SESSION_CITED_ZH)
        dated = match.group(2) and "/" not in match.group(1)
        number = f"{match.group(1)}({match.group(2)})" if dated else match.group(1)
        cited.append((match, f"第{number}{'號' if word == '決議' else '号'}{word}"))
    return cited


def _chinese_citations(ctx: Context, part: Node, titled: list[re.Match[str]]) -> list[re.Match[str]]:
    """ZH-P02, UN-B15: a Security Council resolution cited in Chinese without 第 or with spaces ("2250 (2015) 号决议",
    "安理会2250(2015)号决议"), one cited without 号 ("79/243决议") or with its number after the word
    ("大会决议79/243"), and a resolution cited in English inside Chinese text ("Resolution 2250 (2015)"): the
    Chinese cites «第2250(2015)号决议». A list keeps one 第 before its first number ("第2250(2015)和2419(2018)号决议").
    A citation inside title marks (``titled``) is left to the finding on its marks, whose fix mends it too. Returns
    the lists reported, which the other citation forms then leave alone."""
    text = part.text
    reported: list[re.Match[str]] = []
    if "决议" not in text and "決議" not in text and "esolution" not in text:
        return reported  # (most paragraphs cite no resolution: neither pattern can match)
    for match, fixed in symbols_cited(text):
        reported.append(match)
        typed = text[match.start():match.end()]
        if typed.startswith("第") and typed.rstrip()[-1:] in "号號":
            continue  # "第A/RES/70/1号决议": the UN's own Chinese writes it so (S/RES/2553 (2020))
        if typed == typed.translate(HALF_WIDTH):  # one typed full-width is symbol-full-width's, whose fix this is
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end() + 2, fixed)], found=text[match.start():match.end() + 2],
                    fixed=fixed)
    for match in CITED_LIST.finditer(text) if "决议" in text or "決議" in text else ():
        if any(t.start() <= match.start() < t.end() for t in titled):
            continue
        di, cited, space, hao, word = (match.group(i) for i in range(1, 6))
        if not re.match(r"\d{1,4}(?:\s*[(（]|[/／]\d)", cited):
            continue  # a number without its year or session ("1325号决议"): left alone
        if not hao and text.startswith("草案", match.end()):
            continue  # a draft's number ("1/2决议草案"), not a resolution cited
        wide = re.search(r"[／０-９]", cited) is not None  # UN-B18: a digit or the slash typed full-width
        session_year = SESSION_CITED_ZH.search(cited) is not None  # "第79/243(2024)号决议": the year is dropped
        if hao and di.strip() and not re.search(r"\s", di + cited + space) and not wide and not session_year:
            continue
        tidy = re.sub(r"\s+", "", cited).replace("／", "/")
        tidy = tidy.translate(HALF_DIGITS)
        if session_year:
            tidy = re.sub(r"(/\d{1,4})[(（]\d{4}[)）]", r"\1", tidy)
        if ctx.profile == "un":
            tidy = tidy.replace("（", "(").replace("）", ")")
        fixed = f"第{tidy}{hao or ('號' if word == '決議' else '号')}{word}"
        start = match.start()
        before = WORD_BEFORE.search(text, 0, start)  # "大会决议70/1和第71/313号决议": the first word moves too
        if before is not None:
            start = before.start()
        reported.append(match)
        ctx.add("resolution-citation", part, start + 1, fix=f"write {fixed!r}",
                edits=[Replace(start, match.end(), fixed)], found=text[start:match.end()].strip(), fixed=fixed)
    for match in WORD_FIRST.finditer(text) if "决议" in text or "決議" in text else ():
        if any(match.start() < t.end() and t.start() < match.end() for t in [*titled, *reported]):
            continue  # a list already reported ("决议70/1和第71/313号决议"): one finding, one edit
        tidy = re.sub(r"\s+", "", match.group(2)).replace("／", "/").translate(HALF_DIGITS)
        if ctx.profile == "un":
            tidy = tidy.replace("（", "(").replace("）", ")")
        word = match.group(0)[:2]
        fixed = f"第{tidy}{'號' if word == '決議' else '号'}{word}"
        reported.append(match)
        ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0).strip(), fixed=fixed)
    for match in SESSION_HAO_YEAR.finditer(text):
        if any(t.start() <= match.start() < t.end() for t in [*titled, *reported]):
            continue
        fixed = re.sub(r"\s+", "", match.group(1)).replace("／", "/").translate(HALF_DIGITS) + match.group(3)
        reported.append(match)
        ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0).strip(), fixed=fixed)
    for match in HAO_BEFORE_YEAR.finditer(text):
        if any(t.start() <= match.start() < t.end() for t in [*titled, *reported]):
            continue
        di, number, hao, year, word = match.groups()
        fixed = f"{di.strip()}{number}({year}){hao}{(word or '').strip()}"
        reported.append(match)
        ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0).strip(), fixed=fixed)
    for match in ENGLISH_RESOLUTION.finditer(text):
        number, year = match.group(1), match.group(2)
        fixed = f"第{number}({year})号决议" if year else f"第{number}号决议"
        reported.append(match)
        ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)
    return reported


def _yearless(ctx: Context, part: Node, dated: set[str], council_only: bool = False) -> None:
    """ZH-P02, UN-B15: a resolution cited in Chinese by its number alone, "第1591号决议" or the middle item of
    "第1556(2004)号、第1591号和第2676(2023)号决议": the Chinese cites a Council resolution with its year
    («第1591(2005)号决议») and an Assembly's with its session («第70/1号决议»). Once the text has cited a number with
    its year (``dated``: the numbers of the clauses before, and this one's are added), the UN cites it again bare
    ("决定将第2473号决议规定的各项授权……延长", S/RES/2526 (2020)). One finding a number, on its first bare citation;
    no fix (the year is not in the text). With ``council_only`` (a UN-form text of another organ: the Assembly cites
    "安全理事会2004年4月22日第1539(2004)号决议", A/RES/74/133), only a citation after the paragraph names the Council:
    a bare number there may be another body's ("国际电信联盟……第186号决议", A/RES/74/67)."""
    text = part.text
    if "决议" not in text and "決議" not in text:
        return  # (most paragraphs cite no resolution)
    here = [(m.start(), m.group(1)) for m in DATED.finditer(text)]
    for listed in LISTED.finditer(text):
        for item in YEARLESS.finditer(listed.group(0)):
            di, number, hao = item.groups()
            start = listed.start() + item.start()
            if not (di or hao) or number in dated or any(n == number and at < start for at, n in here):
                continue  # a bare figure in the list ("2025，第…"), or a resolution cited with its year before
            if council_only and not COUNCIL_NAMED.search(text, 0, start):
                continue
            ctx.add("resolution-year", part, start + 1, found=item.group(0).strip())
            dated.add(number)  # told once: its later bare citations are the same slip
    dated.update(n for _, n in here)


def _cited(match: re.Match[str], good: str) -> str:
    """The citation ``match`` found, written the way its language cites (``good``: number, year)."""
    number = match.group(1) or match.group(3)
    year = match.group(2) or match.group(4)
    return match.group(0)[:_number_at(match)] + good.format(number, year)


def _number_at(match: re.Match[str]) -> int:
    """Where the cited number begins in the citation ``match`` found."""
    return match.group(0).index(match.group(1) or match.group(3))


def _raised(part: Node, start: int, end: int) -> bool:
    """Whether every character of ``part``'s text from ``start`` to ``end`` is in a superscript run (a .docx's
    w:vertAlign; a plain-text draft has none)."""
    at = 0
    for run in part.para.runs:
        stop = at + len(run.text)
        if stop > start and at < end and run.vertical != "superscript":
            return False
        if stop >= end:
            return stop > start
        at = stop
    return False


def _glued_numbers(ctx: Context) -> None:
    """A footnote number pasted as text: digits right after an English word the dictionary knows ("Convention1") or
    after a clause's comma or semicolon ("Agreement;23", and after a figure "by 2030;6", "by 2030,1" at the end),
    and at the paragraph's end after its full stop ("clinics.4") or after its comma and a space ("villages, 2").
    Codes keep their digits (G77, CO2, A/RES/74/247)."""
    if ctx.lang == "zh":
        _glued_numbers_zh(ctx)
        return
    if ctx.lang != "en":
        return
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        if not MAY_GLUE.search(part.text) and not part.text.rstrip()[-1:].isdigit():
            continue  # the two forms at the paragraph's end ("clinics.4", "villages, 2") end it with a digit
        for match in GLUED.finditer(part.text):
            if match.group(1) is not None and not spelling.known(match.group(1)):
                continue
            digits = next(group for group in match.groups()[1:] if group)
            start = match.end() - len(digits) - (1 if match.group(6) else 0)  # "villages, 2": its space goes too
            if _raised(part, match.end() - len(digits), match.end()):
                continue  # typed by hand and raised as a note's mark is ("…in 2017,¹"): the page shows a reference
            # the number that ends the paragraph ends the clause on the page ("…by 2030,1", "clinics.4"); one inside
            # the text, or before the clause's own mark ("the Convention1 and", "freshwater1,"), reads as a footnote
            # marker flattened, which chairs let stand (of the 34 in the student sets' drafts, 5 of the 9 that end a
            # paragraph are marked as faults, none of the 25 inside)
            rule = "digit-glued" if not part.text[match.end():].strip() else "digit-glued-inline"
            ctx.add(rule, part, start + 1, fix="remove the number", edits=[Replace(start, match.end(), "")],
                    found=match.group(0) if match.group(1) is not None else digits)  # the year before it: no fault


def _glued_numbers_zh(ctx: Context) -> None:
    """A footnote number pasted as text after a Chinese clause's final mark ("…的报告，2"): the clause ends with its
    mark, the number goes (the footnote is a Word footnote)."""
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub") or not part.text.rstrip()[-1:].isdigit():
            continue
        match = ZH_GLUED.search(part.text)
        if match is None:
            continue
        start = match.start()
        ctx.add("digit-glued", part, start + 1, fix="remove the number", edits=[Replace(start, match.end(), "")],
                found=match.group(1))


def _short_word(ctx: Context) -> None:
    """UN-B15: "Res. 48/3" in an English clause: the word is "resolution", written out ("resolution 48/3")."""
    if ctx.lang != "en":
        return
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub"):
            continue
        if "es" not in part.text and "ES" not in part.text:
            continue
        for match in SHORT_RESOLUTION.finditer(part.text):
            number = re.match(r"[\d/]+(?:\s*\(\d{4}\))?", part.text[match.end():])
            found = match.group(0) + (number.group(0) if number else "")
            fixed = "resolution " + (number.group(0) if number else "")
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), "resolution ")], found=found, fixed=fixed)


def _session_year(ctx: Context) -> None:
    """UN-B15: "resolution 79/243 of 2024" or "resolution 79/243 (2024)" in an English clause: a resolution numbered
    by session is cited bare ("resolution 79/243") or with its full date of adoption, never with its year alone."""
    if ctx.lang != "en":
        return
    parts = [part for part in ctx.nodes if part.role in ("preambular", "operative", "sub")]
    if SESSION_YEAR.search("\n".join(part.text for part in parts)) is None:
        return  # one search over the whole text: most drafts date no resolution by its year alone
    for part in parts:
        if "/" not in part.text:
            continue
        for match in SESSION_YEAR.finditer(part.text):
            fixed = match.group(1)
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(2), match.end(2), "")], found=match.group(0), fixed=fixed)


def _clauses(ctx: Context) -> list[Node]:
    """The clauses and sub-clauses of an English text (none in Chinese: its own forms are judged elsewhere)."""
    if ctx.lang != "en":
        return []
    return [part for part in ctx.nodes if part.role in ("preambular", "operative", "sub")]


def _number_sign(ctx: Context, clauses: list[Node]) -> None:
    """UN-B15: "resolution No. 70/174" or "resolution #34": the number follows the word "resolution" directly, and
    the word is written in small letters inside a sentence ("General Assembly Resolution 79/243")."""
    for part in clauses:
        if "esolution" not in part.text:
            continue
        if "Resolution" in part.text:
            for match in CAPITAL_RESOLUTION.finditer(part.text):
                fixed = "r" + match.group(1)[1:]
                ctx.add("resolution-capital", part, match.start() + 1, fix=f"write {fixed!r}",
                        edits=[Replace(match.start(), match.start() + 1, "r")], found=match.group(1), fixed=fixed)
        for match in NUMBER_SIGN.finditer(part.text):
            number = re.match(r"[\d/]+(?:\s*\(\d{4}\))?", part.text[match.end():])
            kept = number.group(0) if number else ""
            fixed = f"{match.group(1)} {kept}"
            ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), match.group(1) + " ")],
                    found=match.group(0) + kept, fixed=fixed)


def _other_digits(ctx: Context) -> None:
    """UN-B15, ZH-P02: a resolution cited with Arabic-Indic or Persian digits ("resolution ٧٠/١"), as an Arabic
    keyboard types them: the UN writes its number in Western digits («resolution 70/1»)."""
    pattern = OTHER_DIGITS_CITED_EN if ctx.lang == "en" else OTHER_DIGITS_CITED_ZH
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub") or part.text.isascii() \
                or OTHER_DIGIT.search(part.text) is None:
            continue
        for match in pattern.finditer(part.text):
            if OTHER_DIGIT.search(match.group(1)) is None:
                continue
            number = match.group(1).translate(WESTERN_DIGITS)
            fixed = match.group(0)[:match.start(1) - match.start()] + number + match.group(0)[match.end(1) - match.start():]
            ctx.add("resolution-citation", part, match.start(1) + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(1), match.end(1), number)], found=match.group(0), fixed=fixed)


def _symbols(ctx: Context, clauses: list[Node]) -> None:
    """UN-H01: a symbol cited in a clause written with slashes and "RES" in capitals ("A/RES/74/247", "S/RES/2341")."""
    for part in clauses:
        text = part.text
        if "/RES/" in text or "/Res/" in text or "/res/" in text:  # the forms SWAPPED_SYMBOL reads
            for match in SWAPPED_SYMBOL.finditer(text):
                organ, session, _, number = match.groups()
                _symbol_slip(ctx, part, match, f"{organ}/RES/{session}/{number}")
        if SYMBOL_HINT.search(text) is None:
            continue
        for match in SESSION_SYMBOL.finditer(text):
            organ, first, res, second, session, third, number = match.groups()
            if (first, res, second, third) == ("/", "RES", "/", "/"):
                continue
            _symbol_slip(ctx, part, match, f"{organ}/RES/{session}/{number}")
        for match in COUNCIL_SYMBOL.finditer(text):
            first, res, second, number = match.groups()
            if (first, res, second) != ("/", "RES", "/"):
                _symbol_slip(ctx, part, match, f"S/RES/{number}")
    _series_symbols(ctx)


def _series_symbols(ctx: Context) -> None:
    """UN-H01: a document symbol of a subsidiary body's series typed without the full stop before the series'
    number ("E/CN15/2019/15" for «E/CN.15/2019/15», "A/C3/74/L.11" for «A/C.3/74/L.11»), in a clause of either
    language (a symbol is the same in every language)."""
    for part in ctx.nodes:
        if part.role not in ("preambular", "operative", "sub") or "/" not in part.text:
            continue
        for match in SERIES_SYMBOL.finditer(part.text):
            organ, series, _, number = match.groups()
            fixed = f"{organ}/{series}.{number}"
            ctx.add("symbol-form", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)


def _symbol_slip(ctx: Context, part: Node, match: re.Match[str], fixed: str) -> None:
    """Report the symbol ``match`` found in ``part``, to be written ``fixed``."""
    ctx.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
            edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)


def _body_dates(ctx: Context, clauses: list[Node]) -> None:
    """UN-H03, UN-B15: a date in a clause written day month year, the month in full, with no comma or ordinal. An
    ordinal ("8th August 2024"), a month cut short ("31 Dec. 2026") or a comma in a day-first date ("22 September,
    2024") is a slip in any style; the month first
    ("December 24, 2024") or figures ("24/12/2024") are the style of a MUN heading, a slip in the UN profile or in
    a cited resolution's date of adoption ("resolution 79/243 of December 24, 2024"). One finding a clause, whose
    fix writes each of its dates."""
    for part in clauses:
        text = part.text
        slips = []
        for match in _dates(text):
            fixed = _un_date(match)
            # a no-break or thin space between day, month and year is the UN's own (undocs.org keeps the date on
            # one line with it): the date is written right, and its spaces are not the rule's business
            if fixed is None or fixed == match.group(0).translate(NO_BREAK_SPACES):
                continue
            cited = CITED_BEFORE.search(text[max(0, match.start() - 60):match.start()]) is not None
            named = match.group(1) or match.group(7)
            # a comma between the month and the year of a day-first date ("22 September, 2024") is no style's form
            slip = bool(match.group(3) or match.group(6)) or (named is not None and named not in MONTH_NAMES) \
                or bool(match.group(5) and "," in match.group(0))
            if slip or cited or ctx.profile == "un":
                slips.append((match, fixed))
        if slips:
            match, fixed = slips[0]
            ctx.add("date-format", part, match.start() + 1, fix=f"write {fixed!r}",
                    edits=[Replace(m.start(), m.end(), f) for m, f in slips], found=match.group(0), fixed=fixed)


def _dates(text: str) -> list[re.Match[str]]:
    """The dates :data:`BODY_DATE` finds in ``text``, looked for only in the few words before each year."""
    found: list[re.Match[str]] = []
    end = 0
    for year in YEAR.finditer(text):
        start = max(end, year.start() - DATE_REACH)
        match = BODY_DATE.search(text, start, min(len(text), year.end() + 2))
        if match is not None and match.end() == year.end():
            found.append(match)
            end = match.end()
    return found


def _un_date(match: re.Match[str]) -> str | None:
    """The date :data:`BODY_DATE` matched, written the UN way ("24 December 2024"); None when it is no date."""
    if match.group(9):
        first, second, year = int(match.group(9)), int(match.group(11)), match.group(12)
        day, month = (second, first) if first <= 12 < second else (first, second)
    else:
        named = match.group(1) or match.group(7)
        day, year = int(match.group(2) or match.group(5)), match.group(4) or match.group(8)
        month = next((i + 1 for i, name in enumerate(MONTH_NAMES) if name.startswith(named.rstrip(".")[:3])), 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{day} {MONTH_NAMES[month - 1]} {year}"
