"""The heading block: committee, topic, sponsors and signatories as the profile asks (MUN-H01–H03, ZH-H01); under
``un`` the masthead (UN-H01–H07): symbol, distribution line, dates, agenda item, title, sponsor line.

A required field that is missing, or printed with nothing after its label, is one ``heading-missing`` finding
naming the field. The names in sponsor and signatory lists are read by :mod:`.delegations`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from drafter.bilingual import Text, joined
from drafter.check.context import Context
from drafter.check.families import delegations
from drafter.hanzi import simplified
from drafter.numberwords import numeral_zh, ordinal_en
from drafter.patterns import lazy
from drafter.punctuation import CJK
from drafter.structure import SYMBOL, UNREAD, Node
from drafter.structure.classify import ORGANS
from drafter.structure.heading import (
    ADOPTION_LINE,
    BARE_LABEL,
    CHINESE_GAP,
    DAIS_CODES,
    DISTRIBUTION_ZH,
    GENERIC_TITLE,
    LIST_KEYS,
    MONTH_NAMES,
    ORDINAL_SUFFIX,
    TURKISH_I,
    WRITER_LABELS,
    WRONG_LABELS,
    Field,
    bare_line,
    chinese_label,
    english_label,
    fields_in,
    filled_by,
    fold_label,
    is_committee,
    label_key,
    title_fields,
    value_below,
    without_un_prefix,
)
from drafter.word import placement, reader
from drafter.word.edit import Replace
from drafter.word.headers import header_lines

REQUIRED = ("committee", "topic", "sponsors")
FIELD_NAMES = {
    "mun": {"committee": "the Committee line", "topic": "the Topic line", "sponsors": "the Sponsors line",
            "signatories": "the Signatories line", "co-sponsors": "the Co-sponsors line"},
    "thimun": {"committee": "the FORUM line", "topic": "the QUESTION OF line", "sponsors": "the SUBMITTED BY line",
               "signatories": "the SIGNATORIES line", "co-sponsors": "the CO-SUBMITTERS line"},
    "un": {"symbol": "the document symbol", "sponsors": "the sponsor line", "agenda": "the agenda item",
           "title": "the title", "original": "the original-language line ('Original: English')"},
    "zh": {"committee": "委员会", "topic": "议题", "sponsors": "起草国", "signatories": "附议国", "co-sponsors": "联合提交国",
           "symbol": "文件编号", "agenda": "议程项目", "title": "标题", "original": "原文语种行（“Original: English”）"},
}
# the English label of each field a Chinese label may stand for in an English draft (heading-label)
ENGLISH_LABELS = {
    "mun": {"committee": "Committee:", "topic": "Topic:", "sponsors": "Sponsors:", "signatories": "Signatories:",
            "co-sponsors": "Co-sponsors:"},
    "thimun": {"committee": "FORUM:", "topic": "QUESTION OF:", "sponsors": "SUBMITTED BY:",
               "signatories": "SIGNATORIES:", "co-sponsors": "CO-SUBMITTERS:"},
}
# the label a field under a wrong word takes (heading-label)
RIGHT_LABELS = {"signatories": Text("Signatories:", "附议国："), "sponsors": Text("Sponsors:", "起草国：")}
EMPTY = Text(" (the field is empty)", "（该栏为空）")
PLACEHOLDER = Text(" (the field holds only a template's placeholder)", "（该栏只有模板的占位文字）")
EVERYONE = Text(" (the field names no delegation: list the States by name)", "（该栏没有列出任何国家：应逐一写明国名）")
AGENDA_NUMBER = Text("the agenda item's number ('Agenda item 68')", "议程项目的编号（如“议程项目68”）")
ABSENT = Text("-", "无")  # a line that is not there, for a message's "found"
# a date not written the UN way: month first ("June 25, 2017", "June 25 2017") or with an ordinal ("25th June 2017",
# "25th, June 2017")
DATE = lazy(r"\b(?:(January|February|March|April|May|June|July|August|September|October|November|"
            rf"December) (\d{{1,2}})(?:{ORDINAL_SUFFIX})?,? (\d{{4}})|(\d{{1,2}})({ORDINAL_SUFFIX}),? "
            r"(January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4}))\b")
# the ordinal of a date matched by DATE, day first or month first ("9th October 2019", "February 23rd 2011")
ORDINAL = lazy(rf"\d(?:{ORDINAL_SUFFIX})\b")
# a date of issue in figures, day first, month first or ISO ("12/05/2027", "12.10.2027", "05/23/2027", "2027-05-12"),
# its year in full or cut to two figures ("23/5/27", "10-13-01"): the whole line (UN-H03)
NUMERIC_DATE_LINE = lazy(r"(?:date\s*:\s*)?(?:(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2}|\d{2})"
                         r"|((?:19|20)\d{2})-(\d{1,2})-(\d{1,2}))\.?", re.IGNORECASE)
# the month names of the languages whose delegates write "12 de mayo de 2027", "12 mai 2027" in an English heading
FOREIGN_MONTHS: dict[str, int] = {name: number for number, names in enumerate((
    "enero janeiro janvier", "febrero fevereiro février", "marzo março mars", "abril avril", "mayo maio mai",
    "junio junho juin", "julio julho juillet", "agosto août", "septiembre setiembre setembro septembre",
    "octubre outubro octobre", "noviembre novembro novembre", "diciembre dezembro décembre"), 1)
    for name in names.split()}
FOREIGN_DATE = lazy(r"\b(\d{1,2})(?:er|º|°)?\.? (?:de )?(" + "|".join(FOREIGN_MONTHS) + r")(?: de)? (\d{4})\b",
                    re.IGNORECASE)
# what ends a UN sponsor line: the kind of draft its sponsors submit, a resolution or a decision, first or revised
# ("…: draft resolution", "…: revised draft resolution", "…: draft decision"; "……：决议草案", "……：决定草案", in
# traditional characters "……：決議草案") (UN-H06)
DRAFT_KIND = r"(?:revised\s+)?draft\s+(?:resolution|decision)|(?:订正|訂正)?(?:决议|决定|決議|決定)草案"
SPONSOR_LINE = lazy(r"[:：]\*?\s*(?:" + DRAFT_KIND + r")\s*$|^draft (?:resolution|decision) submitted by", re.IGNORECASE)
ADOPTED = lazy(r"^(?:resolution adopted by|adopted by the|adopted on\b|resolution \d+ \(\d{4}\)$)|(?:大会决议|号决议|会议通过)$",
               re.IGNORECASE)
# UN-D01: the adoption line of an adopted text (no sponsors listed) names the body that adopted it ("Resolution adopted
# by the General Conference of …"), which a draft's committee field names: no "Committee:" line is wanted under it; a
# draft that lists its sponsors under such a line still names its committee
ADOPTED_BY_BODY = lazy(r"^(?:[Rr]esolution\s+)?[Aa]dopted\s+by\s+the\s+[A-Z]")
HMUN_TITLE = lazy(r"^\s*draft\s+resolution\b", re.IGNORECASE)
# "Draft Resolution 1.1" (MUN-H03); its number may follow a colon or "No." ("Draft Resolution: 1.", "Draft Resolution
# No. 2"): then the number is all the line says, as a title in words after the colon ("Draft Resolution: 2030 Agenda
# for …") is no number
HMUN_NUMBERED = lazy(r"^\s*draft\s+resolution(?:\s+[A-Z]*[\d.]*\d|\s*(?:[:：#]|\s+no\.?)\s*(?:no\.?\s*|#\s*)?"
                     r"[A-Z]{0,4}[\d.]*\d\.?\s*$)", re.IGNORECASE)
# a paper's own numbered title of the same kind under another name: "COP Decision 1", "Decision 2.1" (MUN-H03)
# a working paper's title line ("工作文件1.1", "Working Paper 2"): a working paper needs sponsors, no signatories (the
# signatures a draft resolution collects come after it: C3, C5; MUNPEDIA 文件写作 "需至少一个起草国，但不需要附议国")
WORKING_PAPER = lazy(r"^\s*(?:工作文件|working\s+paper)\s*[\d.]*\s*$", re.IGNORECASE)
NUMBERED_PAPER = lazy(r"^\s*(?:[A-Z]{2,8}\s+)?(?:draft\s+)?decision\s+[A-Z]?[\d.]*\d\s*$", re.IGNORECASE)
# the number a conference gives the resolution a committee passed, alone on a heading line ("Resolution GA3/1/2",
# "Resolution 1.1", "MUNA Resolution #1", "Youth Assembly Resolution No. 4") or before its title after a colon or a
# dash ("Resolution 2: The situation in Haiti", a competition's numbered resolution): the committee's or the
# organisers' text, which lists no sponsors (UN-D01, MUN-H03); a draft says so ("Draft Resolution 1.1"), and a
# title goes on in words ("Resolution on …")
PASSED_NUMBER = lazy(r"^\s*(?!.*\bdraft\b)(?:[A-Z][\w-]{1,11}\s+){0,3}resolution\s+(?:no\.?\s*|#\s*)?(?:[A-Z]{1,8}\s*/?\s*)?"
                     r"\d[\w./-]*?(?:\s*$|\s*[:：]\s*\S|\s+[–—-]\s+\S)", re.IGNORECASE)
# a "main" submitter implies others (MUN-H02): the CO-SUBMITTERS (or signatories) line, however it is spelt
MAIN_SUBMITTER = {"mainsubmitter", "mainsubmitters", "mainsponsor", "mainsponsors"}
# co-submitters stand beside a main submitter (MUN-H02): they do not stand in for the SUBMITTED BY line, as a
# "Co-sponsors" list may stand in for the sponsors
CO_SUBMITTERS = lazy(r"^cosubmit")
OTHER_SUBMITTERS = lazy(r"^\s*(?:co[\s\-]*(?:submit|spons|author)|signator)", re.IGNORECASE)
# the labels (folded) of the heading styles that list the other submitters after the sponsors; "Authors:" (a
# list of delegations, the plural) names the sponsors of MUN-H01 as "Sponsors:" does
STYLES_WITH_OTHERS = (({"committee"}, {"topic"}, {"sponsor", "sponsors", "authors"}),
                      ({"forum"}, {"questionof", "question"}, {"submittedby", "mainsubmitter", "mainsubmitters"}),
                      # Taiwan's conferences label the sponsors 提案國 / 主提案國 / 主提國 (and the signatories 連署國)
                      ({"委员会"}, {"议题"}, {"起草国", "提案国", "主提案国", "主提国"}))
# the topic and submitter labels of those styles (and "Concerning:", a topic's label of the same kind; "Question:",
# QUESTION OF's short form)
STYLE_TOPIC_LABELS = {"topic", "questionof", "question", "concerning"}
STYLE_SUBMITTER_LABELS = {"sponsor", "sponsors", "authors", "submittedby"}
COMMITTEE_LINE = "committee-line"  # among the fields given: the committee named on a line of its own
_ZH_OTHERS = r"(?:附\s*[议議]\s*[国國]|[联聯]\s*合\s*提\s*交\s*[国國]|[签簽联聯连連]\s*署\s*[国國])"
OTHER_SUBMITTERS_ZH = lazy(rf"^\s*{_ZH_OTHERS}|{_ZH_OTHERS}\s*[:：]")  # also after the sponsors on their line
AGENDA = lazy(r"^(?:agenda items?\b|议程项目|議程項目|临时议程项目|臨時議程項目)", re.IGNORECASE)  # simplified, traditional
MASTHEAD_LINE = lazy(r"^(?:distr\.?\s*:|distr\.|分[发發]\s*[:：]|original:|chinese$|english$|\["
                     r"|[\w-]+ (?:emergency )?(?:special )?session$"
                     r"|第.+[届屆](?:紧急特别|特别|緊急特別|特別)?[会會][议議]$|大\s*[会會]$"
                     r"|原\s*文\s*[:：]|general assembly$|security council$|安全理事[会會]$)",
                     re.IGNORECASE)


def field_name(ctx: Context, key: str) -> Text:
    """How a message names a heading field: in English in the profile's own terms, and in Chinese."""
    return Text(FIELD_NAMES[ctx.profile if ctx.profile in FIELD_NAMES else "mun"][key], FIELD_NAMES["zh"][key])


def check(ctx: Context) -> None:
    """The heading names what the profile asks for; its sponsor and signatory lists name States properly."""
    if not ctx.doc.paragraphs:
        return
    heading = [p for p in ctx.nodes if p.role == "heading"]
    where: Node | reader.Paragraph = heading[0] if heading else ctx.doc.paragraphs[0]
    if ctx.profile == "un":
        _un_heading(ctx, heading, where)
    else:
        _mun_heading(ctx, heading, where)
    _symbol_organ(ctx, heading)


# -- the symbol and the agenda item against the organ (UN-H01, UN-H05) ----------------------------------------

# a document symbol of the Assembly or the Council that a heading line is, opens, or closes after a masthead's words
# ("… Model United Nations A/RES/2011/1"); not one cited after "resolution", "of" … (a title naming a resolution)
LINE_SYMBOL = lazy(r"^(?P<open>[AS])/[A-Za-z0-9./\-]*\d(?:\s*\(\d{4}\))?(?=\s|$)"
                   r"|(?<!\S)(?P<close>[AS])/[A-Za-z0-9./\-]*\d(?:\s*\(\d{4}\))?$")
# a symbol of an adopted text under another body's letters, as a student makes one up for the heading of a working
# paper ("United Nations UNHRC//RES/0001", "UNEP/RES/3", "E/RES/2025/4"): the letters, one slash or two, "RES/", a number
BODY_RES_SYMBOL = lazy(r"(?<![\w/])[A-Z]{1,8}/{1,2}RES/[A-Za-z0-9./\-]*\d(?:\s*\(\d{4}\))?(?![\w/])")
# the first line of a UN masthead with its two columns run together ("United Nations S/RES/1.0 (2024)"): the symbol's
# letter names the organ (UN-H01), as a symbol opening a line does
MASTHEAD_SYMBOL = lazy(r"^United\s+Nations\s+[AS]/[A-Za-z0-9./\-]*\d(?:\s*\(\d{4}\))?$")
CITING = lazy(r"(?:resolutions?|of|and|in|see|under|to|by)\s*$", re.IGNORECASE)
COUNCIL = lazy(r"\bsecurity council\b|安全理事会", re.IGNORECASE)
ASSEMBLY = lazy(r"\bgeneral assembly\b", re.IGNORECASE)
ORGAN_NAMES = {"S": Text("the Security Council", "安全理事会"), "A": Text("the General Assembly", "大会")}
SYMBOL_FORMS = {"S": Text("Security Council resolutions are numbered 'S/RES/<n> (<year>)'",
                          "安全理事会决议的文号为“S/RES/<n> (<year>)”"),
                "A": Text("General Assembly resolutions are numbered 'A/RES/<session>/<n>'",
                          "大会决议的文号为“A/RES/<届会>/<n>”")}
NO_AGENDA = Text("Security Council resolutions have no agenda-item line", "安全理事会决议没有议程项目行")


def _named_organ(ctx: Context, heading: list[Node]) -> str:
    """"S" when the text is the Security Council's, "A" when the General Assembly's, "" when it does not say: by its
    organ line, or else by the heading line that calls it adopted ("Resolution adopted by the Security Council")."""
    organ = ctx.tree.organ
    if organ is not None:
        text = organ.text.strip()
        if ctx.lang == "zh":
            name = text.rstrip(",，:：").strip()
            return "S" if name in ("安全理事会", "安理会") else "A" if name == "大会" else ""
    else:
        text = next((n.text.strip() for n in heading if ADOPTED.search(n.text.strip())), "")
        if ctx.lang == "zh" and text:
            return "S" if "安全理事会" in text else "A" if "大会决议" in text else ""
    council, assembly = bool(COUNCIL.search(text)), bool(ASSEMBLY.search(text))
    return "S" if council and not assembly else "A" if assembly and not council else ""


def _symbol_organ(ctx: Context, heading: list[Node]) -> None:
    """UN-H01: a symbol in the heading is the organ's own (a Council text under "A/RES/…" is not); UN-H05: a Council
    text has no agenda-item line."""
    organ = _named_organ(ctx, heading)
    if not organ:
        return
    for node in heading:
        text = node.text.rstrip()
        match = LINE_SYMBOL.search(text)
        if match is not None:
            letter = match.group("open") or match.group("close")
            if letter != organ and not CITING.search(text[:match.start()]):
                ctx.add("symbol-organ", node, match.start() + 1, found=match.group(0),
                        organ=ORGAN_NAMES[organ], want=SYMBOL_FORMS[organ])
        stripped = text.strip()
        if organ == "S" and AGENDA.match(stripped):
            ctx.add("symbol-organ", node, len(text) - len(text.lstrip()) + 1, found=stripped,
                    organ=ORGAN_NAMES[organ], want=NO_AGENDA)


# -- conference headings ---------------------------------------------------------------------------

def _mun_heading(ctx: Context, heading: list[Node], where: Node | reader.Paragraph) -> None:
    """MUN-H01–H03, ZH-H01: committee, topic and sponsors are there; no field is left empty; lists name States."""
    boxed = _boxed_fields(ctx)
    if not heading and not boxed:  # no heading block at all: one fault, one finding naming every field it lacks
        names = [field_name(ctx, key) for key in REQUIRED]
        together = joined(names[:-1], ", ", "、") + Text(" and ", "、") + names[-1]
        ctx.add("heading-missing", where, field=together)
        return
    fields, present = _read_fields(ctx, heading)
    present |= {f.key for f in boxed}
    _wrong_labels(ctx, fields)
    _english_labels(ctx, fields)
    _layout(ctx, fields)
    # UN-H06: a UN sponsor line ("Chile and Japan: draft resolution") names the sponsors under a conference's heading
    # too; under it a Council draft bears no title (UN-H07), so no topic line is wanted
    un_sponsors = any(SPONSOR_LINE.search(n.para.text.strip()) for n in heading)
    if un_sponsors:
        present.add("sponsors")
    untitled = un_sponsors and "topic" not in present and _named_organ(ctx, heading) == "S"
    reported: set[str] = set()
    for node, field in fields:  # a field printed with nothing after its label
        key = field.key
        unfilled = EMPTY if field.empty else PLACEHOLDER if field.placeholder else None
        if key in ("sponsors", "signatories", "co-sponsors") and field.everyone:
            unfilled = EVERYONE  # "Co-sponsors: Everyone": filled, but with no delegation's name
        if key in (*REQUIRED, "signatories", "co-sponsors") and unfilled and key not in present \
                and key not in reported:
            reported |= {key, "sponsors"} if key == "co-sponsors" and unfilled is EVERYONE else {key}
            ctx.add("heading-missing", node, field.start + 1, field=field_name(ctx, key) + unfilled)
    # a paper the dais coded lists no submitters (their names went on its form); one whose heading still lists its
    # signatories is a draft naming its submitters, whose sponsors head that list (MUN-H01)
    coded = any(fold_label(f.label) in DAIS_CODES for _, f in fields)
    coded_bare = coded and "signatories" not in present
    # UN-D01: a text its heading calls adopted ("Resolution adopted by the Security Council") carries no sponsor line
    adopted = any(ADOPTED.search(n.para.text.strip()) for n in heading) or _passed_number(ctx, heading, present)
    for required in REQUIRED:
        if required == "sponsors" and (coded_bare or adopted or "signatories" in present and any(
                HMUN_NUMBERED.match(n.para.text) or NUMBERED_PAPER.match(n.para.text) for n in heading)):
            continue  # MUN-H03: under a "Draft Resolution 1.1" title only signatories; a paper the dais coded: none
        if required == "committee" and not present & {"sponsors", "signatories", "co-sponsors"} \
                and any(ADOPTED_BY_BODY.match(n.para.text.strip()) for n in heading):
            continue  # UN-D01: an adopted text's "Resolution adopted by the General Conference of …" names the body
        if required == "committee" and ctx.tree.organ is not None and _passed_number(ctx, heading, present):
            continue  # a passed resolution's number over its title: its organ line names the body that passed it
        if required == "topic" and untitled:
            continue
        if required not in present and required not in reported:
            ctx.add("heading-missing", where, field=field_name(ctx, required))
    others = any(f.key in ("signatories", "co-sponsors") for f in [*boxed, *(f for _, f in fields)]) or any(
        OTHER_SUBMITTERS.match(n.para.text) or OTHER_SUBMITTERS_ZH.search(n.para.text) for n in heading) \
        or _second_sponsor_list(fields)
    if not (coded or others or adopted):  # a paper the dais coded lists no submitters; other submitters named are there
        _others_missing(ctx, heading, where, [f for _, f in fields], boxed, present)
    second = _second_block(heading, fields)
    _lists(ctx, fields, heading[second[0]] if second else None)
    _adopted_furniture(ctx, heading, fields)
    if not adopted:
        _draft_distribution(ctx, heading, fields)
    if _lists_submitters(fields):
        _closing_on_draft(ctx)  # the fields for its submitters make it a draft, as they do for its heading lines
    _dates(ctx, heading, ordinal_only=True)
    _repeated(ctx, heading, fields, second)
    if second is None:
        _list_again(ctx, heading, fields)
        _line_again(ctx, heading, fields)


def _line_again(ctx: Context, heading: list[Node], fields: list[tuple[Node, Field]]) -> None:
    """A heading line that gives no field ("Resolution of the General Assembly", a title or a body's name over the
    fields) typed again, word for word, under the fields that follow it: the heading begun a second time (two
    versions pasted one over the other). A draft has one heading, its title once (MUN-H01, MUN-H02)."""
    labelled = {id(node) for node, _ in fields}
    seen: dict[str, int] = {}
    for at, node in enumerate(heading):
        text = " ".join(node.para.text.split()).casefold().rstrip(":：,，")
        if not text or id(node) in labelled or len(text) < 8:
            continue
        if text in seen and any(id(n) in labelled for n in heading[seen[text] + 1: at]):
            shown = " ".join(node.para.text.split())
            ctx.add("heading-repeated", node,
                    field=Text(f"the line {shown!r}", f"“{shown}”一行")).cover(n.para.index for n in heading[at: at + 1])
            return
        seen.setdefault(text, at)


def _list_again(ctx: Context, heading: list[Node], fields: list[tuple[Node, Field]]) -> None:
    """A list of signatories or co-submitters given again under the same label ("Signatories: Brazil, Chile" then
    "Signatories: Kenya, Nepal", a second 附议国 line): the second working paper's list kept as a line of its own when
    two papers were merged, its other fields given once (a second committee, topic or sponsor line opens a second
    heading block: :func:`_second_block`). A draft has one heading: one line lists them all (MUN-H01, MUN-H02,
    ZH-H01). The names stay one list (a State on both lines is listed twice: :func:`_lists`)."""
    in_heading = {id(node) for node in heading}
    seen: set[tuple[str, str]] = set()
    for node, field in fields:
        if field.key not in ("signatories", "co-sponsors") or field.value_start <= field.start or field.empty \
                or field.placeholder or field.everyone or id(node) not in in_heading:
            continue
        key = (field.key, fold_label(field.label))
        if key in seen:
            ctx.add("heading-repeated", node, field=field_name(ctx, field.key))
            return
        seen.add(key)


def _passed_number(ctx: Context, heading: list[Node], present: set[str]) -> bool:
    """A heading line carries the number a conference gave a passed resolution, and nothing in the heading says whose
    draft the text is: no field for its submitters, no line naming a delegation ("Bangladesh (Jane Doe)")."""
    if present & {"sponsors", "signatories", "co-sponsors"} or not any(PASSED_NUMBER.match(n.para.text)
                                                                         for n in heading):
        return False
    names = ctx.lib.state_names
    return not any(names.find(BRACKETED_AFTER.sub("", n.para.text).strip()) for n in heading)


BRACKETED_AFTER = lazy(r"\s*[(（][^()（）]*[)）]\s*$")  # a delegate's name after the State's: "Chile (Ana Ruiz)"


DRAFT_SYMBOL = Text("a draft's symbol carries '/L.' and no 'RES' (e.g. 'S/2016/L.1'), or the heading gives none",
                    "草案文号含“/L.”而不含“RES”（如“S/2016/L.1”），或标题部分不写文号")
NO_ADOPTION = Text("a draft carries no adoption line", "草案不写通过信息")


def _adopted_furniture(ctx: Context, heading: list[Node], fields: list[tuple[Node, Field]]) -> None:
    """UN-H01, UN-H08, UN-H09, UN-D01: a text whose heading has a field for its submitters (Sponsors:, Signatories:,
    even left empty) is a draft: no heading line gives it an adopted resolution's symbol ("United Nations S/RES/1.1
    (2016)"), the adoption line of an adopted text ("Adopted by the Security Council at its 1st meeting, on …",
    "2026年3月2日安全理事会第9900次会议通过") or a Council resolution's number line ("第2801(2026)号决议")."""
    if not _lists_submitters(fields):
        return
    for node in heading:
        text = node.para.text.rstrip()
        match = LINE_SYMBOL.search(text)
        if match is None or "/RES/" not in match.group(0).upper():
            match = BODY_RES_SYMBOL.search(text)
        if match is not None and "/RES/" in match.group(0).upper() and not CITING.search(text[:match.start()]):
            ctx.add("draft-as-adopted", node, match.start() + 1, found=match.group(0).strip(), want=DRAFT_SYMBOL)
        elif ADOPTION_LINE.match(text.strip()) or ADOPTION_FURNITURE.fullmatch(text.strip()):
            want = NO_NUMBER if NUMBER_LINE.fullmatch(text.strip()) else NO_ADOPTION
            ctx.add("draft-as-adopted", node, len(text) - len(text.lstrip()) + 1, found=text.strip(), want=want)


# a UN masthead's distribution line copied into a conference's heading: its label (or a slip of it, "District") and
# one word saying how the text is distributed ("Distr.: General", "Distr. Limited", "District: General")
MUN_DISTRIBUTION = lazy(r"distr(?:\.|ibution|ict)?\s*\.?\s*:?\s*(?:general|limited|restricted)\.?", re.IGNORECASE)


def _draft_distribution(ctx: Context, heading: list[Node], fields: list[tuple[Node, Field]]) -> None:
    """UN-H02, UN-D01: a text whose heading has a field for its submitters is a draft; a UN masthead's distribution
    line copied into that heading gives it as a draft's, "Distr.: Limited" (a Council draft is issued "General" too,
    as under the `un` profile). A line giving no distribution is left to the conference."""
    if not _lists_submitters(fields):
        return
    lines = [n for n in heading if MUN_DISTRIBUTION.fullmatch(n.para.text.strip())]
    if lines:
        council = _named_organ(ctx, heading) == "S"
        # left to the delegate: the masthead line --fix would write makes the draft read as a UN text (its profile
        # guessed from that line), whose rules differ, so a second run would find what the first did not
        _distribution(ctx, lines[:1], True, also="General" if council else None, fixable=False)


BRACKETED_NOTE = lazy(r"\s*[(（][^()（）]*[)）]")  # a note in brackets after a label: "Sponsors (DR 4.5)"


def _second_block(heading: list[Node], fields: list[tuple[Node, Field]]) -> tuple[int, int, Field] | None:
    """Where a second heading block begins under the first (two drafts merged into one text, both headings kept):
    the committee or topic line typed again under its label, or a second list of sponsors under the same label. The
    position in ``heading`` of the block's first line (its title line, "Draft Resolution 2.4" or "工作文件1.2", when
    one opens it), that of the line giving a field again, and that field; None for one heading block."""
    seen: dict[tuple[str, str], int] = {}
    position = {id(node): i for i, node in enumerate(heading)}
    for node, field in fields:
        if field.key not in ("committee", "topic", "sponsors") or field.value_start <= field.start:
            continue
        if field.key == "sponsors" and (field.empty or field.placeholder):
            continue
        # a list of sponsors typed again, its label told apart only by a note on the draft it came from ("Sponsors
        # (Draft Resolution 4.5):"): the sponsors of the second of two merged drafts, listed apart
        label = BRACKETED_NOTE.sub("", field.label) if field.key == "sponsors" else field.label
        key = (field.key, fold_label(label))
        at = position.get(id(node))
        if at is None:
            continue
        if key not in seen:
            seen[key] = at
            continue
        start = at
        while start - 1 > seen[key] and (HMUN_TITLE.match(heading[start - 1].para.text)
                                         or GENERIC_TITLE.match(heading[start - 1].para.text.strip())):
            start -= 1
        return start, at, field
    return None


def _repeated(ctx: Context, heading: list[Node], fields: list[tuple[Node, Field]],
              second: tuple[int, int, Field] | None) -> None:
    """A second heading block under the first (``second``, from :func:`_second_block`): one finding, on the first
    line of the second block, naming the block's lines down to the last that gives a field of the first block again.
    A list printed one name a line repeats no label."""
    if second is None:
        return
    start, at, field = second
    position = {id(node): i for i, node in enumerate(heading)}
    first = {f.key for n, f in fields if position.get(id(n), start) < start}
    # the other lines of the second block that give a field of the first again ("附议国：…" under "起草国：…")
    again = [position[id(n)] for n, f in fields if position.get(id(n), 0) > at and f.key in first
             and (f.key in ("committee", "topic") or f.key in LIST_KEYS)]
    block = heading[start:max([at, *again]) + 1]
    ctx.add("heading-repeated", heading[start], field=field_name(ctx, field.key)).cover(
        n.para.index for n in block)


def _second_sponsor_list(fields: list[tuple[Node, Field]]) -> bool:
    """Two filled lists of submitters under different labels ("Submitted by: Spain" and "Sponsors: France, …"): the
    second names the submitters besides the first, as a CO-SUBMITTERS line would."""
    labels = {fold_label(f.label) for _, f in fields if f.key == "sponsors" and not f.empty and not f.placeholder
              and not f.everyone}
    return len(labels) > 1


def _others_missing(ctx: Context, heading: list[Node], where: Node | reader.Paragraph, typed: list[Field],
                    boxed: list[Field], present: set[str]) -> None:
    """The heading names no submitter besides the sponsors: a finding where its style lists them (MUN-H01/H02): a
    "main" submitter typed in the heading implies others; so does a style of labels that lists them, or the lines of
    those styles mixed ("Committee:" or a bare committee line, "Question of:", "Submitted by:")."""
    labels = {fold_label(f.label) for f in [*boxed, *typed]}
    if any(fold_label(f.label) in MAIN_SUBMITTER for f in typed):
        ctx.add("heading-missing", where, field=field_name(ctx, "co-sponsors"))
    elif (_in_style_with_others(labels) or _mixed_style(labels, present)) \
            and not any(HMUN_NUMBERED.match(n.para.text) or WORKING_PAPER.match(n.para.text) for n in heading):
        # a "Draft Resolution 1.1" title (MUN-H03, numbered by the Director) lists no other line; a bare "DRAFT
        # RESOLUTION" title above the MUN-H01 lines is only a title: the Signatories line is still due; a working
        # paper's title ("工作文件1.2") heads a paper that only its sponsors sign
        ctx.add("heading-missing", where, field=field_name(ctx, "co-sponsors" if ctx.profile == "thimun"
                                                                else "signatories"))


def _boxed_fields(ctx: Context) -> list[Field]:
    """The filled fields of heading lines typed in text boxes (a committee line boxed under the logo) anchored in
    the paragraphs before the resolution's body, and of lines in the page header (a template that prints the
    whole heading block there): the page shows them with the heading."""
    found = [f for line in header_lines(ctx.doc) for f in fields_in(line) if not f.empty and not f.placeholder]
    for node in ctx.nodes:
        if node.role not in UNREAD | {"heading", ""}:
            break
        found += [f for line in node.para.boxed for f in fields_in(line) if not f.empty]
    return found


def _mixed_style(labels: set[str], present: set[str]) -> bool:
    """The heading gives the committee (labelled or on a line of its own) and labels its topic and its submitter
    as the styles that list other submitters do, mixing the labels of MUN-H01 and MUN-H02 ("Committee:",
    "Question of:", "Submitted by:"; "Topic:", "Submitted by:" under a bare committee line)."""
    committee = COMMITTEE_LINE in present or bool(labels & {"committee", "forum"})  # not a title's prose
    return committee and bool(labels & STYLE_TOPIC_LABELS) and bool(labels & STYLE_SUBMITTER_LABELS) \
        and all(labels & {label for choice in style for label in choice} for style in STYLES_WITH_OTHERS[:2])


def _in_style_with_others(labels: set[str]) -> bool:
    """The heading's labels are those of a style whose heading lists the other submitters: MUN-H01 (Committee,
    Topic, Sponsors; then Signatories), MUN-H02 (FORUM, QUESTION OF, SUBMITTED BY; then CO-SUBMITTERS) or ZH-H01
    (委员会, 议题, 起草国; then 附议国). A conference's own heading (a memo's "Re.:", "Proposed by", "Country",
    a "Draft Resolution 1.1" title of MUN-H03) and a UN masthead have no such line."""
    return any(all(labels & choice for choice in style) for style in STYLES_WITH_OTHERS)


def _wrong_labels(ctx: Context, fields: list[tuple[Node, Field]]) -> None:
    """MUN-H01: a field under a wrong word ("Signatures:" for "Signatories:"), read as the field it stands for;
    MUN-H01–H03: a label typed with the Turkish dotted İ or dotless ı ("QUESTİON OF:"), whose right form has I, i;
    MUN-H01, MUN-H02: an English draft's field under a Chinese label alone ("議題：…", typed with a Chinese input
    method on), whose English label the conference reads."""
    for node, field in fields:
        if fold_label(field.label) in WRONG_LABELS and field.start < field.value_start:
            ctx.add("heading-label", node, field.start + 1, label=field.label, right=RIGHT_LABELS[field.key])
        elif field.start < field.value_start and field.label.translate(TURKISH_I) != field.label:
            right = field.label.translate(TURKISH_I).strip()
            ctx.add("heading-label", node, field.start + 1, label=field.label, right=Text(right, right))
        elif ctx.lang == "en" and chinese_label(field):
            right = ENGLISH_LABELS["thimun" if ctx.profile == "thimun" else "mun"][field.key]
            ctx.add("heading-label", node, field.start + 1, label=field.label, right=Text(right, right))


def _english_labels(ctx: Context, fields: list[tuple[Node, Field]]) -> None:
    """ZH-H01: a Chinese draft's heading field under an English label ("Committee:", "Sponsors:", "QUESTION OF:"),
    kept from an English-language conference's template; the fix writes the Chinese label and its colon."""
    if ctx.lang != "zh":
        return
    for node, field in fields:
        if not english_label(field):
            continue
        right = FIELD_NAMES["zh"][field.key] + "："
        value = field.text[field.value_start:]
        end = field.value_start + len(value) - len(value.lstrip(" \t\u3000"))  # the spaces after the colon go too
        ctx.add("heading-label-english", node, field.start + 1, fix=f"write {right}",
                edits=[Replace(field.start, end, right)], label=field.label, right=right)


def _layout(ctx: Context, fields: list[tuple[Node, Field]]) -> None:
    """ZH-H01, MUN-H01: each field on a line of its own, its label followed by a colon: a label set off by spaces only
    ("附议国 萨摩亚 莱索托") or, in English, by one space ("Committee ECOSOC"; a tab or a wide gap lines the values up,
    as THIMUN's headings do, and "Sponsored by France" reads as a phrase), and two Chinese fields that share a line across the gap between two columns of a
    table ("委员会：大会第二委员会　　议题：……")."""
    for i, (node, field) in enumerate(fields):
        text = field.text
        label_end = field.start + len(field.label)
        again = _label_again(field)
        if again is not None:
            right = text[field.start:field.value_start].rstrip() + ("" if CJK.search(field.label) else " ")
            ctx.add("heading-label-doubled", node, field.value_start + 1, fix=f"write {right.strip()!r} once",
                    edits=[Replace(field.value_start, again, "" if CJK.search(field.label) else " ")],
                    label=field.label, right=right + text[again:].strip())
        gap = text[label_end:field.value_start]
        if field.key != "other" and gap and not gap.strip() and (
                CJK.search(field.label) or (gap == " " and not BARE_LABEL.match(field.label + " x"))):
            right = f"{field.label}：" if CJK.search(field.label) else f"{field.label}: "
            ctx.add("heading-colon", node, field.start + 1, fix=f"write {right!r}",
                    edits=[Replace(label_end, field.value_start, right[len(field.label):])], label=field.label,
                    right=right.strip())
        if i and fields[i - 1][0] is node and field.key != "other" and fields[i - 1][1].key != "other":
            before = fields[i - 1][1]
            between = text[len(text[:field.start].rstrip()):field.start]
            if CHINESE_GAP.fullmatch(between) and CJK.search(field.label):
                ctx.add("heading-fields-joined", node, field.start + 1, first=before.label, second=field.label)


# what opens a field's value that may be its label typed again: a few words and a colon
LABEL_AGAIN = lazy(r"[ \t\u3000]*([^:：\n]{1,30}?)[ \t\u3000]*[:：][ \t\u3000]*")


def _label_again(field: Field) -> int | None:
    """Where the value starts when ``field``'s value opens with its own label again, what pasting a filled line into
    a template that holds the label gives ("附议国：附议国：巴西", "Sponsors: sponsors: Fiji", "Co-Submitters:
    Co-submitters: Peru"; case, a plural's s, hyphens, spaces and the Chinese script aside); else None."""
    if field.key == "other":
        return None
    again = LABEL_AGAIN.match(field.text, field.value_start)
    if again is None:
        return None

    def norm(label: str) -> str:
        return re.sub(r"[\W_]+", "", simplified(label).casefold()).removesuffix("s")

    return again.end() if norm(again.group(1)) == norm(field.label) else None


# a model UN conference's name ("Atlantic College Model United Nations", "HMUN 2024", "第七届滨江中学模拟联合国大会",
# "北方高校模联"): the name of the conference a paper is written for, no topic
CONFERENCE_LINE = lazy(r"(?i:\bmodel\s+(?:united\s+nations|un)\b)|\b[A-Z]*MUN\b|模拟联合国|模擬聯合國|模联|模聯")


def _read_fields(ctx: Context, heading: list[Node]) -> tuple[list[tuple[Node, Field]], set[str]]:
    """The labelled fields of the heading lines, and the fields given (by a filled field, a bare committee line,
    or a title line for the topic)."""
    organs = _organs(ctx)
    fields: list[tuple[Node, Field]] = []
    present: set[str] = set()
    columns = _list_columns(heading)
    under_header = {id(n) for names in columns.values() for n in names}
    for i, node in enumerate(heading):
        if id(node) in under_header:
            continue  # a name under its column's header cell, read with that header
        found = fields_in(node.para.text) or (_header_label(node.para.text) if id(node) in columns else [])
        kind = bare_line(node.para.text, organs) if not found else None
        before = i - 1
        while before > 0 and heading[before].para.in_table and not heading[before].para.text.strip():
            before -= 1  # an empty cell of a grid of names (a label merged down over two rows, a row's unfilled cell)
        follows = bool(fields) and i > 0 and fields[-1][0] is heading[before]
        if follows and value_below(fields[-1][1], node.para.text, organs):
            fields[-1] = (node, filled_by(fields[-1][1], node.para.text))  # "Sponsors:" with its list on the next line
            continue
        if follows and kind == "title" and _list_goes_on(ctx, fields[-1][1], node.para.text):
            # the list printed one name a line: "Signatories:" / "Brazil" / "Chile" / …
            label, text = fields[-1][1], node.para.text
            fields.append((node, Field(label.key, label.label, 0, 0, len(text), text)))
            continue
        fields += [(node, f) for f in found]
        for name in columns.get(id(node), []):  # "Sponsors" over a column of names, one a cell
            text = name.para.text
            fields.append((name, Field(found[0].key, found[0].label, 0, 0, len(text), text)))
        if kind in ("committee", "symbol"):
            present.add("committee")  # a document symbol ("UNEP/RES/A") names its body as a committee line does
            if kind == "committee":
                present.add(COMMITTEE_LINE)
        elif kind == "title":
            if not CONFERENCE_LINE.search(node.para.text):
                # a title line names the subject (MUN-H03, UN-H07); a conference's name on the cover page or over
                # the heading ("北方高校模拟联合国大会", "NUMUN 2027", "Harbourview Model United Nations") names none
                present.add("topic")
            if MASTHEAD_SYMBOL.match(node.para.text.strip()):
                present.add("committee")  # "United Nations S/RES/…": the symbol names the organ
            present |= title_fields(node.para.text, organs)  # "… by the Committee on …", "Presented by the Delegation of …"
    present |= {"sponsors" if f.key == "co-sponsors" and not CO_SUBMITTERS.match(fold_label(f.label)) else f.key
                for _, f in fields if not f.empty and not f.placeholder and not f.everyone}
    return fields, present


def _list_columns(heading: list[Node]) -> dict[int, list[Node]]:
    """Delegation lists laid out as the columns of a table (MUN-H01, ZH-H01): a first row whose every filled cell is
    a field's label with nothing after it, one of them a list's ("Sponsors" | "Signatories", "起草国" | "附议国", and
    the whole heading as a header row, "委员会" | "议题" | "提交国" | "附议国") over values one a cell, no label below. Maps the id of each header cell's node to the nodes of the filled cells under it, row by row (a
    label/value table, "Sponsors:" | "Chile, Peru", is no such table: its rows hold values beside the labels)."""
    cells = {p.para.element: p for p in heading if p.para.in_table and p.para.element is not None}
    columns: dict[int, list[Node]] = {}
    tables: list[Any] = []
    for element in cells:
        placed = placement.table_grid(element)
        if placed is None or any(placed[0] is t for t in tables):
            continue
        tables.append(placed[0])
        grid = [[[cells[p] for p in cell if p in cells and cells[p].para.text.strip()] for cell in row]
                for row in placed[1]]
        header = [filled[0] if len(filled) == 1 else None for filled in grid[0]]
        labels = [_header_label(h.para.text) if h is not None else [] for h in header]
        if len(grid) < 2 or any(len(found) != 1 or not found[0].empty
                                for h, found in zip(header, labels, strict=True) if h is not None) \
                or not any(found[0].key in LIST_KEYS for found in labels if found) \
                or not any(header) or any(len(filled) > 1 for filled in grid[0]):
            continue
        below = [[n for line in grid[1:] if col < len(line) for n in line[col]] for col in range(len(header))]
        if any(fields_in(n.para.text) for names in below for n in names):
            continue
        columns |= {id(h): names for h, names in zip(header, below, strict=True) if h is not None and names}
    return columns


def _header_label(text: str) -> list[Field]:
    """The label a header cell of a heading laid out as columns holds: its fields, or a field's bare label without
    a colon ("委员会", "Topic"), an empty field whose value is the cell under it."""
    found = fields_in(text)
    written = text.strip().rstrip(":：").strip()
    if found or not written or len(written) > 40:
        return found
    key = label_key(written)
    return [Field(key, written, 0, len(text), len(text), text)] if key is not None else []


def _list_goes_on(ctx: Context, field: Field, text: str) -> bool:
    """``text`` is one more name of a delegation list printed one name a line: the line before it holds the list's
    first name alone, and ``text`` names a State (or a State's name in a style of its own)."""
    if field.key not in ("sponsors", "co-sponsors", "signatories") or field.value_start or field.empty:
        return False
    return delegations.names_a_state(ctx, text)


def _lists(ctx: Context, fields: list[tuple[Node, Field]], second: Node | None) -> None:
    """The names in the sponsor (with co-submitter) and signatory lists; a State twice in a list or in both. Under a
    second heading block (``second``, its first line: heading-repeated's) the lists are the second draft's own: a
    State named in both blocks is the repeated block's, not a State listed twice."""
    sponsors: list[delegations.Named] = []
    signatories: list[delegations.Named] = []
    writer = _writer_besides_sponsors(fields)
    for node, field in fields:
        if second is not None and node.para.index >= second.para.index:
            _twice(ctx, sponsors, signatories)  # the first block's lists, on their own
            sponsors, signatories, second = [], [], None
        if field.key in ("sponsors", "co-sponsors", "signatories") and not field.empty and not field.placeholder \
                and not field.everyone and field is not writer:
            named = delegations.check_list(ctx, node, field.value_start, field.value_end)
            (signatories if field.key == "signatories" else sponsors).extend(named)
            if ctx.lang == "zh":  # ZH-H02: a Chinese conference's list by pinyin, each field on its own (a main
                delegations.report_order(ctx, named, "list-order-pinyin")  # submitter comes before the others)
    _twice(ctx, sponsors, signatories)


def _writer_besides_sponsors(fields: list[tuple[Node, Field]]) -> Field | None:
    """The field naming the delegation that writes the paper ("Country: Pakistan") when a list of sponsors under
    another label follows it ("Authors: Pakistan, Mali"): its State is the writer, named again as a sponsor."""
    writer = next((f for _, f in fields if f.key == "sponsors" and fold_label(f.label) in WRITER_LABELS
                   and not f.empty), None)
    if writer is None or not any(f.key in ("sponsors", "co-sponsors") and f is not writer and not f.empty
                                 and fold_label(f.label) not in WRITER_LABELS for _, f in fields):
        return None
    return writer


def _twice(ctx: Context, sponsors: list[delegations.Named], signatories: list[delegations.Named]) -> None:
    """A State twice in the sponsor (with co-submitter) list or in the signatory list, or in both."""
    delegations.report_duplicates(ctx, sponsors)
    delegations.report_duplicates(ctx, signatories)
    sponsoring = {n.iso3 for n in sponsors}
    for item in signatories:
        if item.iso3 in sponsoring:
            ctx.add("sponsor-signatory", item.node, item.start + 1, state=delegations.state_of(ctx, item))
            sponsoring.discard(item.iso3)


def _organs(ctx: Context) -> list[str]:
    names = [*ORGANS["en"], *ORGANS["zh"]]
    for committee in ctx.lib.committees.values():
        names += [committee.name.en, committee.name.zh, committee.short.en, committee.short.zh]
    names += _own_organ(ctx)
    return [n for n in names if n]


def _own_organ(ctx: Context) -> list[str]:
    """The name the draft's own organ line gives its body ("世界粮食计划署，", "The World Food Programme,"), with and
    without "联合国" / "United Nations" before it: a heading line printing that name alone, with no label, is the
    committee line (ZH-H01, MUN-H01: a heading that prints committee and topic unlabelled names its body so), whatever
    the body, which no list of committees holds in full."""
    organ = ctx.tree.organ
    if organ is None:
        return []
    name = OWN_ORGAN_MARKS.sub("", organ.text).strip().rstrip(",，:：;；").strip()
    if not name or len(name) > 60:
        return []
    bare = without_un_prefix(name)
    return [name, bare] if bare and bare != name else [name]


# emphasis typed around an organ line's name (*大会*，, __The General Assembly__,)
OWN_ORGAN_MARKS = lazy(r"[*_]+")


# -- the UN masthead -------------------------------------------------------------------------------

def _un_heading(ctx: Context, heading: list[Node], where: Node | reader.Paragraph) -> None:
    """UN style: a document symbol; drafts name their sponsors in a sponsor line; the distribution line; dates;
    General Assembly drafts give an agenda item and a title; a draft shows its original language and carries no
    adopted text's lines."""
    texts = [(p, p.text.strip()) for p in heading]
    head = _masthead(ctx, heading)
    symbol, sponsor, listed, draft = head.symbol, head.sponsor, head.listed, head.draft
    if symbol is None and head.printed is None:
        ctx.add("heading-missing", where, field=field_name(ctx, "symbol"))
    if head.symbol_draft and symbol is not None:
        # UN-D01: a text that lists its sponsors (or signatories), is given limited distribution and bears no
        # adoption line is a draft; its symbol, not its distribution line, lacks the draft's "/L."
        ctx.add("symbol-draft", symbol, len(symbol.text) - len(symbol.text.lstrip()) + 1,
                found=symbol.text.strip())
    if draft and listed is None:
        ctx.add("heading-missing", where, field=field_name(ctx, "sponsors"))
    elif listed is not None:
        _sponsor_line(ctx, listed, sponsor is not None, draft and symbol is not None and "/L." in symbol.text)
    again = next((p for p, t in texts if SPONSOR_LINE.search(t) and p is not sponsor), None) if sponsor else None
    if again is not None:  # two drafts merged with both sponsor lines kept: one line names the sponsors of both
        ctx.add("heading-repeated", again, field=field_name(ctx, "sponsors"))
    symbol_text = symbol.text.strip() if symbol is not None else head.printed
    if symbol_text is not None or any(_distribution_line(t) for t in [*(t for _, t in texts), *head.page]):
        # a Council draft is issued in the Council's document series (S/2026/318, no "/L."): UN-H02 asks for
        # "Limited" on drafts, the Council issues its drafts "General"; either is accepted there, and none at all:
        # the Council's drafts are marked "Provisional" where the line stands (S/2017/748)
        council = symbol_text is not None and COUNCIL_DOCUMENT.match(symbol_text) is not None
        _distribution(ctx, heading, draft, also="General" if draft and council else None,
                      optional=draft and council, page=head.page, where=where)
    for node, text in texts:  # UN-H05: "Agenda item 68", its number given ("Agenda item:" alone names none)
        if AGENDA.match(text) and not re.search(r"[0-9０-９]", text):
            ctx.add("heading-missing", node, len(node.text) - len(node.text.lstrip()) + 1, field=AGENDA_NUMBER)
    _agenda_twice(ctx, texts)
    if symbol_text is not None:
        _session_of_symbol(ctx, symbol_text, texts)
    if draft and _general_assembly(symbol_text, texts):  # what a sponsor gives (UN-H05, UN-H07)
        if not any(AGENDA.match(t) for _, t in texts):
            ctx.add("heading-missing", where, field=field_name(ctx, "agenda"))
        if not any(_title_line(ctx, p, t, listed) for p, t in texts):
            ctx.add("heading-missing", where, field=field_name(ctx, "title"))
    if symbol_text is not None and "/L." in symbol_text \
            and not any(ORIGINAL.match(t) for t in [*(t for _, t in texts), *head.page]):
        ctx.add("heading-missing", where, field=field_name(ctx, "original"))  # UN-H04, UN-D01: an L-document's
    if draft:
        _adopted_on_draft(ctx, heading)
    _dates(ctx, heading)


# the regular session a General Assembly draft's symbol names (A/80/L.15, A/C.3/80/L.12; not A/ES-10/L.27), and the
# session line of the masthead ("第八十届会议", "第八十屆會議", "Eightieth session"; not a special session's). Not an
# adopted resolution's symbol: on a draft typed over one (A/RES/78/215 over "Seventy-ninth session") the symbol is
# the line left from the other document, which draft-as-adopted tells
GA_SYMBOL_SESSION = lazy(r"A/(?:C\.\d/)?(\d{1,3})/L\.")
SESSION_LINE = lazy(r"^(?:第([一二三四五六七八九十百零]{1,6})[届屆](?:会议|會議)|([a-z]+(?:-[a-z]+)?) session)$",
                    re.IGNORECASE)
_SESSIONS_ZH = {numeral_zh(n): n for n in range(1, 200)}
_SESSIONS_EN = {ordinal_en(n).casefold(): n for n in range(1, 200)}


def _session_of_symbol(ctx: Context, symbol: str, texts: list[tuple[Node, str]]) -> None:
    """UN-H01, UN-H05: the session line names the session the symbol does (A/C.3/80/L.12 stands under
    "Eightieth session", 第八十届会议); a line of another session is a slip, the symbol being the document's name."""
    match = GA_SYMBOL_SESSION.match(symbol.strip())
    if match is None:
        return
    number = int(match.group(1))
    for node, text in texts:
        line = SESSION_LINE.match(text)
        if line is None:
            continue
        said = _SESSIONS_ZH.get(line.group(1)) if line.group(1) else _SESSIONS_EN.get(line.group(2).casefold())
        if said is not None and said != number:
            want = f"第{numeral_zh(number)}届会议" if line.group(1) else f"{ordinal_en(number)} session"
            ctx.add("session-line", node, len(node.text) - len(node.text.lstrip()) + 1, found=text,
                    symbol=symbol.strip(), want=want)
        return


def _agenda_twice(ctx: Context, texts: list[tuple[Node, str]]) -> None:
    """UN-H05: a draft stands under one agenda item, whose line its title follows. An agenda item line followed at
    once by another has no title of its own: the line of the document the draft was typed over, left above the
    draft's own ("Agenda item 68" over "Agenda item 71 (b)")."""
    for (node, text), (after, next_text) in zip(texts, texts[1:]):
        if AGENDA.match(text) and AGENDA.match(next_text):
            ctx.add("agenda-repeated", node, len(node.text) - len(node.text.lstrip()) + 1, found=text,
                    kept=next_text).cover([after.para.index])


@dataclass
class Masthead:
    """What a UN masthead says of its text: its symbol line, its sponsor line (": draft resolution"), the line that
    lists the sponsors (that one, or a labelled or bare list of States), whether it is a draft, and whether it is
    one only because it lists sponsors and is given limited distribution under a symbol without "/L."."""

    symbol: Node | None
    sponsor: Node | None
    listed: Node | None
    draft: bool
    symbol_draft: bool
    printed: str | None = None  # with no symbol line in the body, the symbol the masthead in the page header shows
    page: list[str] = dataclasses.field(default_factory=list)  # that masthead's lines ([] when the header holds none)


# a Security Council document's symbol (S/2026/318): the Council's drafts bear one, and there is no "/L." for them
# (and the one series it numbered its documents in up to 1993: "S/8250", "S/24024")
COUNCIL_DOCUMENT = lazy(r"S/\d{4}/\d+$|S/\d{1,5}$")


def _masthead(ctx: Context, heading: list[Node]) -> Masthead:
    """Read the masthead (UN-D01): a draft's symbol carries "/L."; with no symbol, a text that lists its sponsors and
    bears no adoption line is a draft; a sponsor line ending ": draft resolution" declares a draft whatever else
    the heading says (a Council draft's symbol, S/2026/318, has no "/L.", and an adoption line copied onto a draft
    does not adopt it), unless the symbol is an adopted resolution's."""
    texts = [(p, p.text.strip()) for p in heading]
    symbol = next((p for p, t in texts if SYMBOL.match(t)), None)
    page = _page_masthead(ctx) if symbol is None else []
    printed = next((t for t in page if SYMBOL.match(t)), None)
    sponsor = next((p for p, t in texts if SPONSOR_LINE.search(t)), None)
    listed = sponsor or next((p for p, t in texts if _labelled_list(ctx, t) or _lists_states(ctx, t)), None)
    adopted = any(ADOPTED.search(t) for _, t in texts)
    symbol_text = symbol.text if symbol is not None else printed
    draft = "/L." in symbol_text if symbol_text is not None else (listed is not None and not adopted)
    symbol_draft = symbol is not None and not draft and listed is not None and not adopted and _limited(heading) \
        and not COUNCIL_DOCUMENT.match(symbol.text.strip())
    if not draft and sponsor is not None and (symbol_text is None or "/RES/" not in symbol_text.upper()):
        draft = True
    return Masthead(symbol, sponsor, listed, draft or symbol_draft, symbol_draft, printed, page)


def _page_masthead(ctx: Context) -> list[str]:
    """The lines of a UN masthead printed in the page header (UN-H01, UN-H02, UN-H04): a UN document downloaded as
    Word keeps its symbol, distribution line, date and original language in a table of the first page's header,
    and a delegate types the draft over the body. [] when no header line is a distribution line."""
    lines = header_lines(ctx.doc)
    return lines if any(_distribution_line(line) for line in lines) else []


def un_draft(ctx: Context) -> bool:
    """Under the ``un`` profile, whether the masthead makes the text a draft (see :func:`_masthead`)."""
    if ctx.profile != "un":
        return False
    heading = [p for p in ctx.nodes if p.role == "heading"]
    symbol = next((p for p in heading if SYMBOL.match(p.text.strip())), None)
    if symbol is not None and "/RES/" in symbol.text.upper() and not _limited(heading):
        return False  # an adopted resolution's symbol, in general distribution: its lists need not be read
    return _masthead(ctx, heading).draft


# the original-language line, also translated ("原文：中文": the line is there, whatever language it is written in)
ORIGINAL = lazy(r"original\s*:|原\s*文\s*[:：]", re.IGNORECASE)
# what only an adopted text bears above its organ line: its adoption line ("Resolution adopted by the General
# Assembly on …", "Adopted by the Security Council at its 9876th meeting, on …", "2023年12月12日大会决议",
# "2020年1月10日安全理事会第8700次会议通过") and a Council resolution's number line ("Resolution 2504 (2020)",
# "第2504(2020)号决议") (UN-H08, UN-H09)
ADOPTION_FURNITURE = lazy(r"(?:resolution adopted by|adopted by the)\b.*|resolution \d+\s*\(\d{4}\)"
                          r"|\d{4}年\d{1,2}月\d{1,2}日.{0,20}(?:会议通过|大会决议)|第\d+\s*[(（]\d{4}[)）]号决议",
                          re.IGNORECASE)
NUMBER_LINE = lazy(r"resolution \d+\s*\(\d{4}\)|第\d+\s*[(（]\d{4}[)）]号决议", re.IGNORECASE)
# the closing meeting line of an adopted General Assembly text ("82nd plenary meeting", "第45次全体会议") (UN-B13)
MEETING_LINE = lazy(r"\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?|第\d+次全体会议", re.IGNORECASE)
NO_NUMBER = Text("a draft bears no resolution number: the number is given on adoption",
                 "草案没有决议编号：编号在通过时给出")
NO_CLOSING = Text("a draft ends with its last operative paragraph: the meeting line and its date close an adopted "
                  "text", "草案以最后一个执行段落结束：会议行及其日期只见于已通过的决议")


def _adopted_on_draft(ctx: Context, heading: list[Node]) -> None:
    """UN-H08, UN-H09, UN-B13, UN-D01: a draft under the UN masthead bears no adoption line, no Council resolution's
    number line and no closing meeting line (an adopted text's, copied with its layout)."""
    for node in heading:
        text = node.para.text.strip()
        if ADOPTION_FURNITURE.fullmatch(text) or ADOPTION_LINE.match(text):  # the latter: its bracket too
            want = NO_NUMBER if NUMBER_LINE.fullmatch(text) else NO_ADOPTION
            ctx.add("draft-as-adopted", node, len(node.para.text) - len(node.para.text.lstrip()) + 1, found=text,
                    want=want)
    _closing_on_draft(ctx)


def _closing_on_draft(ctx: Context) -> None:
    """UN-B13, UN-D01: a draft's text ends with its last operative paragraph: a closing meeting line under it ("56th
    plenary meeting", "第55次全体会议") is an adopted text's, copied with its layout (the date under it is
    signed-after-text's)."""
    for node in ctx.tree.closing:
        text = node.para.text.strip()
        if MEETING_LINE.fullmatch(text):
            ctx.add("draft-as-adopted", node, len(node.para.text) - len(node.para.text.lstrip()) + 1, found=text,
                    want=NO_CLOSING)


def conference_draft(ctx: Context) -> bool:
    """Under a conference's profile, whether the heading makes the text a draft (UN-D01): it has a field for its
    submitters (Sponsors:, 起草国：, Signatories:, even left empty)."""
    if ctx.profile == "un":
        return False
    fields, _ = _read_fields(ctx, [p for p in ctx.nodes if p.role == "heading"])
    return _lists_submitters(fields)


def _lists_submitters(fields: list[tuple[Node, Field]]) -> bool:
    """Whether the heading has a field for its submitters (Sponsors:, 起草国：, Signatories:, even left empty):
    what makes a text a draft (UN-D01)."""
    return any(f.key in LIST_KEYS for _, f in fields)


def _labelled_list(ctx: Context, text: str) -> bool:
    """A heading line that is a conference's labelled list of delegations ("Sponsors: …", "Signatories: …") that
    names a State, whatever its other names (misspelt, or delegations that are no States); "Proposed by the
    Environment Assembly" lists none."""
    names = ctx.lib.state_names
    return any(f.key in LIST_KEYS and any(names.find(p.strip(" .*")) is not None
                                          for p in re.split(r"[,、，;；]|\s+and\s+|和", f.value))
               for f in fields_in(text))


def _lists_states(ctx: Context, text: str) -> bool:
    """A heading line that is a list of State names (a sponsor line without its ': draft resolution')."""
    pieces = [p.strip(" .*") for p in re.split(r"[,、，;；]|\s+and\s+|和", text) if p.strip(" .*")]
    names = ctx.lib.state_names
    known = sum(1 for p in pieces if names.find(p) is not None)
    return len(pieces) >= 2 and known * 3 >= len(pieces) * 2


def _sponsor_line(ctx: Context, line: Node, tagged: bool, document: bool = False) -> None:
    """UN-H06: "A, B and C: draft resolution"; the names are checked one by one. A conference's labelled field
    ("Sponsors: A, B", "Signatories: A, B") is no UN sponsor line: only its names are checked, unless the masthead
    is an issued draft's (``document``: its symbol carries "/L."), where the sponsors are listed as UN-H06 lists
    them, without a label ("Sponsors: C, A and B" is "A, B and C: draft resolution")."""
    text = line.para.text
    labelled = [f for f in fields_in(text) if f.key in LIST_KEYS]
    if labelled:
        field = labelled[0]
        if document and field.key == "sponsors" and not field.empty and not field.placeholder:
            _labelled_sponsors(ctx, line, field)
            return
        delegations.check_list(ctx, line, field.value_start, field.value_end)
        return
    if tagged:
        cut = re.split(r"[:：]\*?\s*(?:" + DRAFT_KIND + r")\s*$", text.rstrip(), flags=re.IGNORECASE)[0]
        if cut.casefold().startswith(("draft resolution submitted by", "draft decision submitted by")):
            return  # a presiding officer's draft: no State list
        named = delegations.check_list(ctx, line, 0, len(cut))
        if ctx.lang == "en":
            delegations.report_order(ctx, named, "sponsor-order")
        delegations.report_last_join(ctx, named, len(cut))
        return
    end = len(text.rstrip())
    stop = end - 1 if text[:end].endswith((".", "。")) else end
    tail = "：决议草案" if ctx.lang == "zh" else ": draft resolution"
    ctx.add("sponsor-line", line, stop + 1, fix=f"end the sponsor line with {tail.strip('：: ')!r}",
            edits=[Replace(stop, end, tail)], tail=tail.strip(), unlabelled=EMPTY_TEXT)
    named = delegations.check_list(ctx, line, 0, stop)
    if ctx.lang == "en":
        delegations.report_order(ctx, named, "sponsor-order")
    delegations.report_last_join(ctx, named, stop)


UNLABELLED = Text(", the States named without a label", "，国名前不加标签")
EMPTY_TEXT = Text("", "")


def _labelled_sponsors(ctx: Context, line: Node, field: Field) -> None:
    """UN-H06: the sponsors of an issued draft given as a conference's field ("Sponsors: Fiji and Tonga"): one
    finding, whose fix drops the label and ends the line with ": draft resolution"; the names are checked, and
    their order."""
    text = line.para.text
    end = len(text[:field.value_end].rstrip())
    stop = end - 1 if text[:end].endswith((".", "。", ";", "；")) else end
    tail = "：决议草案" if ctx.lang == "zh" else ": draft resolution"
    names = field.value_start + len(text[field.value_start:]) - len(text[field.value_start:].lstrip())
    ctx.add("sponsor-line", line, field.start + 1, fix=f"drop {field.label!r} and end the line with "
            f"{tail.strip('：: ')!r}", edits=[Replace(stop, len(text), tail), Replace(field.start, names, "")],
            tail=tail.strip(), unlabelled=UNLABELLED)
    named = delegations.check_list(ctx, line, field.value_start, stop)
    if ctx.lang == "en":
        delegations.report_order(ctx, named, "sponsor-order")
    delegations.report_last_join(ctx, named, stop)


def _general_assembly(symbol: str | None, texts: list[tuple[Node, str]]) -> bool:
    if symbol is not None:
        return symbol.strip().startswith("A/")
    return any(re.fullmatch(r"general assembly|大\s*会", t, re.IGNORECASE) for _, t in texts)


def _title_line(ctx: Context, node: Node, text: str, sponsor: Node | None) -> bool:
    """A heading line that can only be the title (or the agenda item's title)."""
    if node is sponsor or SYMBOL.match(text) or MASTHEAD_LINE.match(text) or AGENDA.match(text) \
            or ADOPTED.search(text) or is_committee(text, _organs(ctx)):
        return False
    return bare_line(text) == "title"


def _limited(heading: list[Node]) -> bool:
    """The heading's distribution line reads "Distr.: Limited" (a draft's, UN-H02), or says so translated ("分发：限制",
    "分發：限制", "限制分发": the translation is its own fault, the distribution it gives is still limited)."""
    return any(re.fullmatch(r"distr\.?\s*:?\s*limited\.?", p.text.strip(), re.IGNORECASE)
               or (DISTRIBUTION_ZH.fullmatch(p.text.strip()) is not None and re.search(r"限制|有限", p.text))
               for p in heading)


def _distribution_line(text: str) -> bool:
    """The heading line is the distribution line: "Distr.: Limited", or the same translated ("分发：限制")."""
    return text.casefold().startswith("distr") or DISTRIBUTION_ZH.fullmatch(text) is not None


def _distribution(ctx: Context, heading: list[Node], draft: bool, also: str | None = None,
                  optional: bool = False, page: list[str] | None = None,
                  where: Node | reader.Paragraph | None = None, fixable: bool = True) -> None:
    """UN-H02: drafts (/L.) are 'Distr.: Limited', adopted texts 'Distr.: General'; ``also``: another form accepted;
    ``optional``: a text that may bear none. The line stays in English in every language version: a translated one
    ("分发：限制") is written again. With no such line in the body, ``page``'s (the masthead the page header prints)
    is judged, its finding at ``where`` (the header is not the body: --fix leaves it to the delegate)."""
    want = "Limited" if draft else "General"
    line = next((p for p in heading if _distribution_line(p.text.strip())), None)
    printed = next((t for t in page or [] if _distribution_line(t)), None)
    if line is None and printed is not None:
        translated = DISTRIBUTION_ZH.fullmatch(printed) is not None  # written again in English whatever it says
        found = printed if translated or ":" not in printed else printed.split(":", 1)[1].strip()
        if translated or found not in (want, also):
            ctx.add("distribution-line", where or ctx.doc.paragraphs[0], want=want, found=found)
        return
    if line is None and optional:
        return
    if line is None:
        ctx.add("distribution-line", heading[0] if heading else ctx.doc.paragraphs[0], want=want,
                found=ABSENT)
        return
    text = line.text.strip()
    if DISTRIBUTION_ZH.fullmatch(text):
        start = len(line.text) - len(line.text.lstrip())
        ctx.add("distribution-line", line, start + 1, fix=f"Distr.: {want}",
                edits=[Replace(start, start + len(text), f"Distr.: {want}")], want=want, found=text)
        return
    found = text.split(":", 1)[1].strip() if ":" in text else text
    if found != want and found != also:
        start = line.text.index(found) if found and found in line.text else len(line.text)
        label = len(line.text) - len(line.text.lstrip())  # "Distr: General": the label's stop is written too
        edits = [Replace(start, start + len(found), want)] if found else []
        if found and not text.startswith("Distr.:"):
            edits = [Replace(label, start + len(found), f"Distr.: {want}")]
        ctx.add("distribution-line", line, start + 1, fix=f"Distr.: {want}" if fixable else "",
                edits=edits if fixable else [], want=want, found=found)


def _dates(ctx: Context, heading: list[Node], ordinal_only: bool = False) -> None:
    """UN-H03: 'day month year', no comma and no ordinal, in the heading block. ``ordinal_only``: a conference
    heading, where "November 18, 2017" is the conference's own style but an ordinal ("9th October 2019",
    "February 23rd 2011") is a slip either way, and so is a date line in figures ("03/07/2015": 3 July or 7 March?).
    A two-digit year ("30/8/25") is named with its century guessed, and left to the delegate by --fix."""
    for part in heading:
        # one finding a line, at its first date written wrongly; its fix writes every such date of the line ("15th
        # October 2022- 16th October 2022"), so a second --fix finds none left
        slips = [(match, _un_date(match)) for match in DATE.finditer(part.text)
                 if not ordinal_only or ORDINAL.search(match.group(0))]
        slips += [(match, _foreign_date(match)) for match in FOREIGN_DATE.finditer(part.text)]
        text = part.text
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        numeric = NUMERIC_DATE_LINE.fullmatch(text, start, end)
        if numeric is not None and (fixed := _numeric_date(numeric)):
            slips.append((numeric, fixed))
        if not slips:
            continue
        slips.sort(key=lambda slip: slip[0].start())
        match, fixed = slips[0]
        guessed = numeric is not None and numeric.group(4) is not None and len(numeric.group(4)) == 2
        ctx.add("date-format", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[] if guessed else [Replace(m.start(), m.end(), f) for m, f in slips], found=match.group(0),
                fixed=fixed)


def _foreign_date(match: re.Match[str]) -> str:
    """A date matched by :data:`FOREIGN_DATE` ("12 de mayo de 2027") written the UN way in English."""
    return f"{int(match.group(1))} {MONTH_NAMES[FOREIGN_MONTHS[match.group(2).casefold()] - 1]} {match.group(3)}"


def _numeric_date(match: re.Match[str]) -> str | None:
    """A date of issue in figures matched by :data:`NUMERIC_DATE_LINE` written the UN way, day first unless the
    second number cannot be a month ("05/23/2027"); None when it is no date."""
    if match.group(5):
        year, month, day = int(match.group(5)), int(match.group(6)), int(match.group(7))
    else:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        day, month = (second, first) if first <= 12 < second else (first, second)
        year += 2000 if len(match.group(4)) == 2 else 0  # "30/8/25": a draft of this century (a guess --fix leaves)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def _un_date(match: re.Match[str]) -> str:
    """A date matched by :data:`DATE` written the UN way, day month year."""
    if match.group(1):
        return f"{int(match.group(2))} {match.group(1)} {match.group(3)}"
    return f"{int(match.group(4))} {match.group(6)} {match.group(7)}"
