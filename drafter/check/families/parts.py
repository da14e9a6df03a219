"""The body's parts: an operative part exists, preambular paragraphs stand before it (under a conference's
profile without lettered sub-clauses of their own, MUN-F04), no sentence between or after the clauses comments on
them ("This ensures that …", "In conclusion, …"), and no heading stands
inside it (a line naming a part, "Operative Clauses:", under any profile; a labelled heading, "Article I: …", the
title on the line under such a label, a topic announced with a colon, "消除维和人员不统一性：", a topic's title
numbered as a clause between two clauses, "1. Action Plan:", or a line in one of Word's heading styles, in a
conference draft; adopted UN texts do divide long operative parts into sections), nor
a template's clause slot, or a clause's lead slot, that still shows its placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.check.families.clause_marks import AMENDMENT_NOTE, AMENDMENT_TRACES, END_MARKER, typed_placeholders
from drafter.check.families.heading import MEETING_LINE, conference_draft, field_name, un_draft
from drafter.check.families.sublabels import preambular_item_label
from drafter.patterns import lazy
from drafter.structure import UNREAD, Node, Structure
from drafter.structure.classify import (
    SPONSOR_SENTENCE,
    VOTE_LINE,
    colon_title,
    commentary,
    labelled_heading,
    part_heading,
    template_note,
    template_slot,
)
from drafter.structure.heading import CHINESE_NUMERAL_DATE, LIST_KEYS, MONTHS, Field, FieldKey, fields_in

# where a template's placeholder was left: a slot for a whole clause, the slot of a clause's lead phrase, or a slot
# among a clause's words ("Requests the [name of the office] to report")
AMONG_CLAUSES = Text("among the clauses: type the clause into it or delete it", "夹在条款之间：请填写条款或删除该控件")
TYPED_SLOT = Text("among the clauses: type the clause over it or delete the line", "夹在条款之间：请在此处输入条款或删除该段")
LEAD_SLOT = Text("where the clause's lead phrase should be: choose or type the lead phrase in it",
                 "位于条款引导词的位置：请在其中选择或填写引导词")
IN_CLAUSE = Text("inside the clause's words: type what it stands for into it, or delete it",
                 "夹在条款文字中间：请填写其所代表的文字，或删除该控件")
TEMPLATE_LABEL = lazy(r"(?:resolution\s+)?(?:heading|header)\s*[:：]?", re.IGNORECASE)
# the heading of an essay's part in a draft's heading block ("Introduction:", "Background"): a resolution is the
# organ line, the preamble and the operative part, with no introduction of its own (UN-B01)
ESSAY_PART = lazy(r"(?:introduction|background|overview|summary|context|problem statement)\s*[:：]?"
                  r"|(?:引言|背景|概述|简介)\s*[:：]?", re.IGNORECASE)


# a divider typed between the parts of a draft, as a template or a forum post leaves it: a row of marks ("======",
# "——————", "* * *") or a short label framed by rows of them ("++正文的分割线++", "----- 正文 -----", "==Operative=="); a
# resolution runs from its heading to its last clause with nothing between (UN-B01). A word in "**…**" or "__…__" is
# Markdown emphasis, not a divider; "——完——" closing the text is END_MARKER's
_RULE = r"[-=+~—–·•_*#]"
DIVIDER = lazy(rf"(?:{_RULE}\s*){{3,}}|[-=+~—–·•]{{2,}}\s*[^\s\-=+~—–·•_*#，。；：,;:.]"
               rf"[^\-=+~—–·•_*#，。；：,;:.]{{0,15}}?\s*[-=+~—–·•]{{2,}}")


# a blank typed for what the writer was to fill in, as a chat assistant or a model text leaves it: a date whose
# figures are letters ("XX年X月X日", "2025年X月X日", "XX December 20XX", "20XX年"), a resolution's or a meeting's number
# ("第XX/XX号决议", "第XXXX(20XX)号", "resolution XX/XXX"); sought only in a paragraph holding one of its letters
# (X, Ｘ, ×, or xx: :func:`check`)
_X = r"[XＸx×]"
BLANK = lazy(rf"(?:\d{{2,4}}|{_X}{{2,4}})年{_X}{{1,2}}月(?:{_X}{{1,2}}日)?|{_X}{{2,4}}年\d{{1,2}}月(?:\d{{1,2}}日)?"
             rf"|(?<!\d)20{_X}{{2}}年|第{_X}{{2,}}(?:/{_X}{{2,}})?(?:\s*[(（](?:\d{{4}}|20{_X}{{2}})[)）])?(?:号|號|次)"
             r"|\b(?:XX|xx)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
             r"\s+(?:\d{4}|20XX)\b|\b(?:resolution|decision)\s+X{2,}/X{2,}\b|\b20XX\b")


# a delegation stating its own position (a position paper's voice: "我国认为…", "Our delegation believes …"); a
# resolution speaks for the organ (UN-B01, UN-B06)
POSITION = lazy(r"\s*(?:(?:我国|我國|我方|本国|本國|我们|我們|本代表团|本代表團)(?:政府)?(?:一贯|一貫|始终|始終|坚定|堅定)?"
                r"(?:认为|認為|主张|主張|坚持|堅持|支持|希望|反对|反對|相信|坚信|堅信|倡议|倡議)"
                r"|(?:our (?:country|delegation|nation|government)|the delegation of [A-Z][\w .'-]{2,40}?)"
                r"\s+(?:firmly\s+|strongly\s+)?(?:believes|supports|maintains|insists|hopes|proposes|opposes)\b)",
                re.IGNORECASE)

# a line that addresses the chair or the delegates, as a speech or a letter opens (尊敬的主席、各位代表：, "Honourable
# Chair, distinguished delegates,"): a resolution opens with its organ's name and addresses no one (UN-B01, UN-B02)
# (主席 with the honorific a letter gives it: 主席先生, 主席女士, "主席先生/女士")
_ZH_ADDRESSEE = (r"(?:(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)?(?:主席团|主席團|主席(?:先生|女士)?(?:\s*[/／]\s*(?:先生|女士))?"
                 r"|各位代表|代表们|代表們|各位来宾|各位來賓|各位老师|各位老師|同学们|同學們))")
_EN_ADDRESSEE = (r"(?:(?:dear|honou?rable|esteemed|distinguished|respected|fellow)\s+)+(?:mr\.?\s+|madam\s+)?"
                 r"(?:chair(?:man|person|s)?|president|delegates?|dais|members(?:\s+of\s+the\s+\w+)?)")
SALUTATION = lazy(rf"{_ZH_ADDRESSEE}(?:[、，,和及与與]{_ZH_ADDRESSEE})*\s*[：:，,！!]?"
                  rf"|{_EN_ADDRESSEE}(?:\s*(?:,|and)\s*{_EN_ADDRESSEE})*\s*[,:!]?", re.IGNORECASE)


def check(ctx: Context) -> None:
    """A resolution without operative paragraphs; preambular paragraphs found among the operative ones; headings."""
    tree = ctx.tree
    if not tree.operative:
        body = tree.preamble
        anchor = body[0].para if body else (ctx.doc.paragraphs[0] if ctx.doc.paragraphs else None)
        if anchor is not None:
            ctx.add("no-operative", anchor)
    for node in tree.preamble:
        if node.misplaced:
            ctx.add("preambular-after-operative", node)
        if ctx.profile != "un":  # MUN-F04; adopted UN texts do list items under a preambular paragraph
            items = [(1, n, child) for n, child in enumerate(node.children, 1)]
            while items:
                depth, position, item = items.pop(0)
                ctx.add("preambular-sub-clause", item)
                preambular_item_label(ctx, item, depth, position)
                items[:0] = [(depth + 1, n, child) for n, child in enumerate(item.children, 1)]
    heading = tree.heading
    for i, node in enumerate(heading):  # a template's label left above the heading ("Heading:"), or a part's
        text = node.para.text.strip()  # name left between the heading and the preamble ("Preambulatory Clauses:")
        if ESSAY_PART.fullmatch(text):  # "Introduction:" and the prose under it, up to the heading's next field
            ctx.add("section-heading", node, text=text).cover(p.para.index for p in _prose_after(heading[i + 1:]))
        elif TEMPLATE_LABEL.fullmatch(text) or part_heading(text) or template_note(text) and not template_slot(text):
            # (or a template's 【填写说明：……】 above the heading; a field's slot left so is heading-missing's)
            ctx.add("section-heading", node, text=text)
    for node in tree.nodes:  # a speech's salutation; the sponsors named in a sentence (heading block or body)
        text = node.para.text.strip()
        if node.role in UNREAD | {"annex"} or not text:
            continue
        if SALUTATION.fullmatch(text):
            ctx.add("salutation", node, text=text)
        elif SPONSOR_SENTENCE.match(text):
            short = text[:30] if ctx.lang == "zh" else " ".join(text.split()[:8])
            ctx.add("sponsor-sentence", node, text=short + ("……" if ctx.lang == "zh" else " …") * (short != text))
    for node in tree.nodes:  # an unnumbered paragraph in the body in a delegation's own voice, or commenting on it
        if node.role == "continuation" and POSITION.match(node.para.text):
            text = node.para.text.strip()
            ctx.add("position-statement", node, text=text[:20] if ctx.lang == "zh" else " ".join(text.split()[:5]))
        elif node.role == "continuation" and ctx.lang == "en" and commentary(node.para.text) == "comment":
            ctx.add("commentary", node, text=" ".join(node.para.text.split()[:5]))
    last = tree.operative[-1].para.index if tree.operative else None
    ended = {id(n) for n in tree.nodes if last is not None and n.para.index > last and n.role not in ("empty", "struck")
             and END_MARKER.fullmatch(n.para.text.strip())}
    for node in tree.nodes:
        if id(node) in ended:
            ctx.add("end-marker", node, text=node.para.text.strip())
    for node in _votes(ctx, last, ended):
        ctx.add("vote-after-text", node, text=node.para.text.strip()[:40])
        ended.add(id(node))
    signed = _signature(ctx, last, ended)
    for node in signed:
        ctx.add("signed-after-text", node, text=node.para.text.strip()[:30])
    ended |= {id(node) for node in signed}
    headed = set()
    given = {f.key for n in tree.heading for f in fields_in(n.para.text.strip())}
    for node in tree.sections:
        if id(node) in ended:
            continue
        text = node.para.text.strip()
        again = _field_again(text, given)
        if again is not None:  # "Main Submitter: Jordan" between two clauses: a heading line typed in the body
            ctx.add("heading-repeated", node, field=field_name(ctx, again.key))
            headed.add(id(node))
            continue
        if template_slot(text):  # "【请在此输入序言性条款】": a clause's slot typed in the template, left unfilled
            ctx.add("placeholder-left", node, text=text, place=TYPED_SLOT)
            headed.add(id(node))
        elif left_title(ctx, node):
            ctx.add("section-heading", node, text=text)
            headed.add(id(node))
    for node in tree.operative:  # "1. Action Plan:" over "2. Send …": a title numbered as a clause
        if numbered_title(ctx, node):
            ctx.add("section-heading", node, text=node.para.text.strip())
    for node in _unfilled_slots(tree):
        ctx.add("placeholder-left", node, text=node.para.placeholder.strip(), place=AMONG_CLAUSES)
    for node in unfilled_leads(tree):
        ctx.add("placeholder-left", node, node.offset + 1, text=node.para.placeholder.strip(), place=LEAD_SLOT)
    for node in _unfilled_inside(tree):
        at = node.para.placeholder_at or 0
        ctx.add("placeholder-left", node, at + 1, text=node.para.placeholder.strip(), place=IN_CLAUSE)
    for node, found in _typed_placeholders(tree):
        ctx.add("placeholder-typed", node, found.start() + 1, text=found.group(0))
    for node in tree.nodes:  # a divider line, in the heading block or the body
        text = node.para.text.strip()
        if node.role not in UNREAD | {"annex"} and id(node) not in ended | headed and DIVIDER.fullmatch(text):
            ctx.add("section-heading", node, text=text)
    for node in tree.nodes:  # a blank typed for a date or a number, left unfilled ("XX年X月X日", "第XX/XX号决议")
        text = node.para.text
        marked = "X" in text or "xx" in text or "Ｘ" in text or "×" in text  # most paragraphs hold none
        blank = BLANK.search(text) if marked and node.role not in ("empty", "struck") else None
        if blank is not None:
            ctx.add("blank-left", node, blank.start() + 1, text=blank.group(0))


def numbered_title(ctx: Context, node: Node) -> bool:
    """An operative paragraph that is a topic's title numbered as a clause ("1. Action Plan:" with "2. Send …" after
    it): no lead phrase, a few words closed with a colon, nothing under it, and a clause after it; a conference
    draft's operative part runs from clause to clause without headings (UN-B06, UN-B07)."""
    return ctx.profile != "un" and node.phrase is None and not node.children and not node.continuation \
        and node.level == 0 and node is not ctx.tree.operative[-1] and colon_title(node.content.strip(), ctx.phrases)


# the fields a placeholder alone leaves unfilled for heading-missing to say (MUN-H01)
_FIELDS_FILLED = ("committee", "topic", "sponsors", "signatories", "co-sponsors")


def _typed_placeholders(tree: Structure) -> list[tuple[Node, re.Match[str]]]:
    """The first placeholder in square brackets ("[Insert Country]", "[Date]") in each line of the heading and the
    body, but not one that is all a required field holds ("Signatories: [Insert Countries]": heading-missing's)."""
    out = []
    for node in tree.nodes:
        if node.role not in ("heading", "preambular", "operative", "sub", "continuation", "section"):
            continue
        found = typed_placeholders(node.para.text)
        if not found:
            continue
        if node.role == "heading" and any(f.key in _FIELDS_FILLED and (f.placeholder or f.value == found[0].group(0))
                                          for f in fields_in(node.para.text)):
            continue
        out.append((node, found[0]))
    return out


def left_title(ctx: Context, node: Node) -> bool:
    """The section ``node`` (a line the reader found between clauses) is a title the draft should not carry: a
    part's name ("Operative Clauses:"), or, at a conference, a title of the writer's own ("Survivor Support:",
    "FUNDING", "[Prevention]"), or a template's note to the writer ("【序言性条款以动词开头……】") — the operative part
    runs on under it, its numbers too (UN-B01, UN-B07)."""
    text = node.para.text.strip()
    # a heading the clauses' own Word list labels ("壹、" on "数字资源建设", the list's first level over the clauses
    # at its second, which count again under each heading); headings on a list of their own ("A." "B." between
    # clauses whose count runs on across them) are parts of the text, as a UN text's are
    shown = f"{node.para.label.strip()} {text}" if _heads_clause_list(ctx, node) else text
    return part_heading(text) is not None or template_note(text) or ctx.profile != "un" and (
        labelled_heading(shown) or text.endswith((":", "：")) or _shouted(text) or _bracketed_tag(ctx, text)
        or _in_list(ctx, node) or _titles_label(ctx, node) or _heading_styled(node) or _title_cased(ctx, node, text))


def _heads_clause_list(ctx: Context, node: Node) -> bool:
    """``node`` is numbered by the Word list that numbers the operative clauses (at a shallower level than theirs)."""
    para = node.para
    return para.num_id is not None and bool(para.label.strip()) and bool(para.list_id) and any(
        op.auto and op.para.list_id == para.list_id for op in ctx.tree.operative)


def _field_again(text: str, given: set[FieldKey]) -> Field | None:
    """The heading field a line of the body gives again: one labelled line naming a committee, a topic or a list of
    delegations under a label the heading has used ("Main Submitter: Jordan" between two operative clauses, kept
    when the submitters' clause blocks were merged into one draft, or a second draft's heading pasted after the
    first's clauses); None for any other line."""
    fields = fields_in(text)
    if len(fields) != 1:
        return None
    field = fields[0]
    if field.key not in (*LIST_KEYS, "committee", "topic") or field.key not in given or field.empty \
            or field.placeholder or not text[field.value_start:].strip():
        return None
    return field


def unfilled_leads(tree: Structure) -> list[Node]:
    """The clauses whose first words are a content control still showing its placeholder ("Choose an item." in a
    template's drop-down of lead phrases), typed words after it: the lead's slot was left unfilled, and the page
    shows the placeholder, in grey, where the lead phrase should be (UN-B03, UN-B06)."""
    return [n for n in (*tree.preamble, *tree.operative) if lead_slot_unfilled(n)]


def _unfilled_inside(tree: Structure) -> list[Node]:
    """The clauses and sub-paragraphs with a content control still showing its placeholder among their words, after
    the lead (a template's slot for a name or a figure left unfilled: the page shows "Click or tap here to enter
    text." in grey inside the sentence)."""
    return [n for n in tree.nodes if n.role in ("preambular", "operative", "sub") and not lead_slot_unfilled(n)
            and (at := n.para.placeholder_at) is not None and at > n.offset]


def lead_slot_unfilled(node: Node) -> bool:
    """Whether the clause ``node`` opens with a content control still showing its placeholder, its own words after
    it: nothing but its label stands before the placeholder."""
    at = node.para.placeholder_at
    return at is not None and at <= node.offset and bool(node.para.text[node.offset:].strip())


def _unfilled_slots(tree: Structure) -> list[Node]:
    """The paragraphs of the resolution's text (after its organ line, or from its first clause) that show nothing
    but a content control's placeholder ("Click or tap here to enter text."): a template's slot for a clause that
    was neither filled in nor deleted. A heading field left so is heading-missing's."""
    first = [n.para.index for n in (tree.organ, *tree.preamble[:1], *tree.operative[:1]) if n is not None]
    if not first:
        return []
    start = tree.organ.para.index if tree.organ is not None else min(first) - 1
    return [n for n in tree.nodes if n.para.index > start and n.para.placeholder.strip() and not n.para.text.strip()]


# a date typed on a line of its own: 2026年11月5日, 2026.11.5, 2026-11-05, 5 November 2026, November 5, 2026,
# November 2026, 二〇二六年十二月六日 (a 公文's date in Chinese numerals; broader than structure.heading's DATE_LINE, which
# reads a dated heading line)
LONE_DATE = lazy(r"(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号號])?"
                 rf"|{CHINESE_NUMERAL_DATE}"
                 r"|(?:19|20)\d{2}\s?[-./／]\s?\d{1,2}\s?[-./／]\s?\d{1,2}"
                 r"|\d{1,2}\s?[-./／]\s?\d{1,2}\s?[-./／]\s?(?:19|20)\d{2}"
                 rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d{{2}}",
                 re.IGNORECASE)


def _votes(ctx: Context, last: int | None, ended: set[int]) -> list[Node]:
    """The lines after a draft's last operative paragraph that record how it was voted (UN-D01: a draft carries no
    adoption line; the vote is the meeting's record, not the text's). Not under the ``un`` profile."""
    if last is None or ctx.profile == "un":
        return []
    return [n for n in ctx.tree.nodes if n.para.index > last and n.role not in UNREAD | {"annex"}
            and id(n) not in ended and VOTE_LINE.fullmatch(n.para.text.strip().rstrip("。."))]


def _signature(ctx: Context, last: int | None, ended: set[int]) -> list[Node]:
    """The lines after a draft's last operative paragraph that sign it as a letter is signed (UN-D01, ZH-H01): a
    heading's field (起草国：…, "Sponsors: …") or a date on a line of its own. Adopted UN texts close with the
    meeting and its date (UN-B13): not under the ``un`` profile, and not after a closing meeting line, unless the
    UN masthead, or a conference heading's fields for the submitters, make the text a draft (its closing meeting
    line is draft-as-adopted's, the date under it this rule's)."""
    if last is None or (ctx.profile == "un" and not un_draft(ctx)):
        return []
    # after the last clause's own sub-paragraphs: a signature under a clause that ends in items follows
    # its last item ("c) … both domestic and international." / "The delegate of Peru")
    last = max([last, *(n.para.index for n in _subtree(ctx.tree.operative[-1]))]) if ctx.tree.operative else last
    after = [n for n in ctx.tree.nodes if n.para.index > last and n.role not in UNREAD | {"annex"}
             and id(n) not in ended]
    signed = []
    texts = [n.para.text.strip() for n in after]
    for i, node in enumerate(after):
        text = node.para.text.strip().rstrip("。.")
        if node.role == "closing" and not LONE_DATE.fullmatch(text):
            if MEETING_LINE.fullmatch(node.para.text.strip()) and (ctx.profile == "un" or conference_draft(ctx)):
                continue  # a draft's copied "56th plenary meeting": the heading family reports it
            return []  # "82nd plenary meeting": an adopted text's closing lines, the date with them
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if AMENDMENT_NOTE.match(text):
            continue  # "注：第3条经友好修正案修改。": a note of the amendment (amendment-trace's), no signature
        if LONE_DATE.fullmatch(text) or (fields_in(text) and node.role != "operative") or _signs(text, following):
            signed.append(node)
        else:
            break
    return signed


def _subtree(node: Node) -> Iterator[Node]:
    """``node`` and its sub-paragraphs with theirs, depth first (not the lines read as its continuation: a line
    signing the draft under a clause without its end mark is read so, "Press Release: The delegation of …")."""
    yield node
    for child in node.children:
        yield from _subtree(child)


# an English letter's closing under a text: its valediction ("Best regards,"), the signer's office ("Delegate of
# Mongolia, Second Committee"), the signer's name when such an office follows it ("Bolormaa Gantulga")
VALEDICTION = lazy(r"(?:(?:best|kind|warm)(?:est)?\s+regards|regards|sincerely|yours\s+(?:sincerely|faithfully)"
                   r"|many\s+thanks|thanks|thank\s+you|cheers|best(?:\s+wishes)?)\s*[,!.]?", re.IGNORECASE)
# ("The delegate of Peru", its article and the office in small letters, signs the same way)
SIGNER_OFFICE = lazy(r"(?:The\s+)?(?:Head\s+)?(?:[Dd]elegate|[Dd]elegation|[Rr]epresentative|[Aa]mbassador)s?\s+of\s+"
                     r"(?:the\s+)?[A-Z]")
SIGNER_NAME = lazy(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}")


def _signs(text: str, following: str) -> bool:
    """``text`` (a line after the last clause) is part of a letter's closing: a valediction, the signer's office, or
    a name right above the signer's office."""
    return bool(VALEDICTION.fullmatch(text) or SIGNER_OFFICE.match(text)
                or (SIGNER_NAME.fullmatch(text) and SIGNER_OFFICE.match(following)))


def _prose_after(lines: list[Node]) -> list[Node]:
    """The paragraphs of prose that follow an essay's part heading in the heading block (eight words or more ending
    with a full stop, no labelled field), up to the first line that is not one."""
    prose = []
    for node in lines:
        text = node.para.text.strip()
        if not (text.endswith((".", "。")) and len(text.split()) >= 8) or fields_in(text):
            break
        prose.append(node)
    return prose


# the small words an English title leaves in lower case ("Education and Awareness", "Rights of the Child")
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
                               "to", "with", "via", "vs"})


def _title_cased(ctx: Context, node: Node, text: str) -> bool:
    """An English line of two to six words, each but the small ones capitalised, with no mark at its end, and a
    clause after it ("Social Aspect", "Education and Awareness" over clause 1): a part's title, as a conference draft
    sets it between its clauses, not a clause (a clause's words go on in lower case after its lead). The last line
    of a text heads nothing ("Be It Hereb", where an excerpt stops inside a formula)."""
    words = text.split()
    if ctx.lang != "en" or not 2 <= len(words) <= 6 or not text[-1:].isalpha():
        return False
    main = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    if len(main) < 2 or not words[0][:1].isupper() or not all(w[:1].isupper() and w.isalpha() for w in main):
        return False
    nodes = ctx.tree.nodes
    return any(n.role in ("preambular", "operative") for n in nodes[nodes.index(node) + 1:])


def _shouted(text: str) -> bool:
    """A line of two words or more in capitals ("CONFIDENCE BUILDING MEASURES (CBM)"): a part's title, as a
    conference draft sets it, not a clause."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


# a short English line wholly in brackets, standing between clauses: the tag of a part ("(NAC I/B - Task POL)",
# "[Part B]"), not a clause; not a note with its colon ("(Chair's note: …)") nor an open negotiation's mark ("(agreed
# ad ref)", "[Alt 2]"), which negotiation-mark reports
BRACKETED_TAG = lazy(r"\([^()\n:]{2,60}\)|\[[^\[\]\n:]{2,60}\]")
NEGOTIATION_WORDS = lazy(r"\b(?:ad\s+ref|alt)\b", re.IGNORECASE)


def _bracketed_tag(ctx: Context, text: str) -> bool:
    """An English line of words wholly in one pair of brackets ("(NAC I/B - Task POL)"): a part's tag, as a
    committee's communiqué sets it over the clauses of each of its bodies. (Chinese drafts bracket other things
    between clauses: the dais's remarks in 【】, a page's scroll hint in （）, each a finding of its own; a note of
    amendment on a line of its own, "[friendly amendment by Chile, accepted]", is amendment-trace's.)"""
    return ctx.lang == "en" and BRACKETED_TAG.fullmatch(text) is not None and any(c.isalpha() for c in text) \
        and NEGOTIATION_WORDS.search(text) is None \
        and AMENDMENT_TRACES.fullmatch(text) is None  # "[friendly amendment by Chile, accepted]": amendment-trace


# a Word heading style ("Heading 3", "heading 3"; WPS's "标题 3"): the line was set as a heading of the text
HEADING_STYLE = lazy(r"(?:heading|标题|標題)\s*[1-9]", re.IGNORECASE)


def _heading_styled(node: Node) -> bool:
    """The line is in one of Word's heading styles ("Financing" in Heading 3 between two clauses, as a draft
    converted from an old .doc keeps it): set as a part's title whatever its words, not a clause left unnumbered."""
    return bool(HEADING_STYLE.fullmatch(node.para.style.strip()))


def _titles_label(ctx: Context, node: Node) -> bool:
    """The line right under a labelled heading ("Article I" / "Awareness Campaigns"): that heading's title, set on a
    line of its own, a heading as much as its label."""
    nodes = ctx.tree.nodes
    before = next((n for n in reversed(nodes[:nodes.index(node)]) if n.role not in UNREAD), None)
    return before is not None and before.role == "section" and labelled_heading(before.para.text)


def _in_list(ctx: Context, node: Node) -> bool:
    """The line stands between a clause and its sub-clauses ("1. Affirms …;" / "For that matter" / "1.1. …"): no
    heading of a part but a line astray inside the clause (adopted UN texts do head parts of a long list)."""
    nodes = ctx.tree.nodes
    later = next((n for n in nodes[nodes.index(node) + 1:] if n.role not in UNREAD), None)
    # or a clause lettered as an item ("a) Calls upon …", numbering-form): the line titles the list it opens, also
    # when the clauses' letters start again under it ("c) Recommends …;" / "Indigenous communities" / "a) Urges …;")
    return later is not None and (later.role == "sub" or later.role == "operative" and later.typed is not None
                                  and later.typed.kind == "letter" and (later.number == 1 or later.typed.value == 1))
