"""Marks inside a clause: a full stop that ends a sentence before the clause does, a semicolon that splits a
clause, a quotation mark that is opened and never closed, the marks an amendment left in the text."""

from __future__ import annotations

import re

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.labelkinds import Typed, label_only, read_typed
from drafter.patterns import lazy
from drafter.structure import Node, fold_spelling, spelling
from drafter.structure.heading import fields_in, heading_fields
from drafter.structure.leadwords import reference_entry

# a typed footnote number after the mark: bare ("…;2", "…, 3, 4"), in superscript digits as Word's copy keeps them
# ("…average,²", "…报告，³"), or, after an English mark, in square or round brackets as a copied PDF or web page
# prints it or after a caret as a notes app types it ("…,[1]", "…;[2][3]", "…Agreement, (2)", "…;^4"; after a
# Chinese mark, "…报告，[1]", the copied page's bracket stays what follows the mark: the clause does not end with it)
FOOTNOTE_MARK = lazy(r"([,;.:，；。：])\s?\d{1,3}(?:[,、]\s?\d{1,3})*$"
                     r"|([,;.:])(?:\s?(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3}))+$"
                     r"|([,;.:，；。：])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?:[,、]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})*$")
# a co-author's @-mention typed after a clause's mark in a shared online document (腾讯文档, 飞书, 石墨文档 …) and
# exported with the draft: "…最佳做法汇编；@林晓雨 这条再确认一下措辞", "…for schools; @Ana can you check the figure?"
# (a remark left in the draft, document.py; the clause's own end is the mark before it)
MENTION_AFTER = lazy(r"(?<=[；;，,。.：:])[ \u3000]*([@＠][^\s@＠，,；;。.：:()（）]{1,20}(?:\s.*)?)$")
# the sender a chat app's copy of a message puts before its first line, with its time and date: WhatsApp's
# "[14:32, 05/12/2026] Ana Silva (Brazil): " (or "[05/12/2026, 14:32:05] Ana Silva: ") and its export's
# "05/12/2026, 14:32 - Ana Silva: "; the line's own words follow it (a message, a heading field, half a clause)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
CHAT_PREFIX = lazy(rf"^(?:\[(?:{_CLOCK},\s*{_DATE}|{_DATE},?\s*{_CLOCK})\]\s*|{_DATE},?\s{_CLOCK}\s[-–]\s)"
                   r"[^\s:\[\]][^:\[\]]{0,59}:(?:\s|$)")
# a footnote number in square brackets glued to the word or mark before it ("Declaration[1] and", "Agreement;[4]"):
# a reference, not wording left open ("within [3] years", a space before it, stays a negotiation mark); and one typed
# after a space as a numbered reference style types it, where the clause ends: before its end mark or at the
# paragraph's end ("… adopted in 2019 [1],", "… the services it needs [2, 3]."): no figure is left open there
FOOTNOTE_REFERENCE = lazy(r"(?<=[^\s\[(])\[\d{1,3}\]"
                          r"|(?<=[^\W_] )\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?=[,;:.]?\s*$)")
ABBREVIATIONS = {"no", "nos", "art", "arts", "para", "paras", "rev", "add", "corr", "vol", "e.g", "i.e", "etc", "st",
                 "mr", "mrs", "ms", "dr", "p", "pp", "v", "vs", "al", "chap", "sect", "u.s", "u.n", "inc", "co", "ltd",
                 "approx", "incl", "excl", "esp", "resp", "ibid", "viz", "govt", "dept", "misc", "alt"}
# after a full stop, what starts another sentence: a capital, or a numbered item ("control. 2. Motherhood"); or, after
# a manual line break, a lettered item typed on the next line ("States.⏎(c) train …": an item's end inside the clause)
NEXT_SENTENCE = lazy(r"\.(?=\s+(?:[A-Z]|\d{1,3}\.\s)|[ \t]*\n\s*\(?(?:[a-z]|[ivx]{1,4})[.)]\s)")
# a reference whose part numbers run one into the next, each with its stop: "Part I. Article II. Section 5. of the
# Charter" (a stop in such a chain of three parts or more is no sentence end; a single "Article 13. Paragraph 1" may
# be a sentence that ends after the article, so it is still one)
CITATION_PART = r"(?:part|article|art|section|sect|chapter|chap|paragraph|para|title|annex|clause|rule|book|volume|vol)"
CITATION_NUMBER = r"(?:[IVXLC]+|\d+[A-Za-z]?)"
CHAIN_BEFORE = lazy(rf"\b{CITATION_PART}\.?\s+{CITATION_NUMBER}\.\s+{CITATION_PART}\.?\s+{CITATION_NUMBER}$",
                    re.IGNORECASE)
CHAIN_AFTER = lazy(rf"\.\s+{CITATION_PART}\.?\s+{CITATION_NUMBER}\.(?=\s|$)", re.IGNORECASE)
CITATION_NEXT = lazy(rf"\.\s+{CITATION_PART}\b", re.IGNORECASE)
# a clause number typed after the end mark of the clause before it, on the same line ("…; 3" of "…; 3. Invites")
TYPED_CLAUSE_NUMBER = lazy(r"[;；]\s*\d{1,3}$")
# a full stop between two lower-case words ("matters that requires. immediate attention", "displaced by disasters. and
# to present it"), in every profile
LOWER_AFTER_STOP = lazy(r"(?<=[a-z]{4})\.\s+([a-z]{2,})\b")
# an exclamation or question mark after a word that ends a sentence before the clause goes on ("for great articles!,",
# "who will pay? Member States …"): not one glued to what follows ("?year=2024" in a web address)
# (after a space too: French typing sets one, often a no-break one, before "?" and "!": "scanners ? The …")
SENTENCE_MARK = lazy(r"(?:(?<=\w)|(?<=\w[ \u00a0\u202f]))[!?]+(?=[\s,;:)\]’”'\"]|$)")
# a full stop in Chinese text: 。, the half-width ｡, the full-width ． (not in "1．5") and a "." typed between Chinese
# words ("使用.各国"; not "1.2")
# an exclamation or question mark that ends a sentence before the clause goes on ("设立咨询室！让学生……；", a pupil's
# way of stressing a point) ends it as a full stop does; one that ends the paragraph is its end mark's finding
# the full stop of a Chinese or Japanese input method ending a sentence inside an English clause, the next sentence
# opening right after it, with or without a space ("by 2028。The guide …"; not "1．5")
FULL_STOP_EN = lazy(r"[。｡．](?=[ \t\u3000]*[A-Z])")
ZH_FULL_STOP = lazy(r"[。｡]|(?<!\d)．|．(?!\d)|(?<=[\u4e00-\u9fff])\.(?=\s*[\u4e00-\u9fff“「《（(])"
                    r"|(?<=[\u4e00-\u9fff])[！？](?=[\u4e00-\u9fff“「《（(])")
QUOTES = {"“": "”", "「": "」", "『": "』"}
# a quotation in curly or corner marks (one left open runs to the end) or a title in 《》; one in straight marks only
# where it closes on the line (a straight mark opens and closes alike: one typed alone says nothing), or where it
# opens the paragraph and nothing closes it: a paragraph of a quotation over several, each opening with the mark and
# only the last closing it (GA resolutions 475 (V), 2553 (XXIV): '"The Committee may set up subcommittees.')
QUOTED = lazy(r"“[^”]*(?:”|$)|「[^」]*(?:」|$)|《[^》]*(?:》|$)|^\s*\"[^\"\n]*$|\"[^\"\n]*\"")
CLOSERS = {close: opening for opening, close in QUOTES.items()}
# German and Central-European quotation marks open low and close high: „…“ (German, Czech, Slovak), „…” (Polish,
# Hungarian, Romanian, Croatian), ‚…‘ / ‚…’ in single marks, and the reversed high marks ‟ ‛ that PDF copies of Word
# files print for them („energetic materials‟); read as the English pairs “…” and ‘…’: low mark -> (English opening,
# the high marks that close it, English closing); a „ may close with a straight " too, where a keyboard has no
# German closing mark („Leave it wild")
LOW_OPENINGS = {"„": ("“", "“”‟\"", "”"), "‚": ("‘", "‘’‛", "’")}
# guillemets: «…» (French, Italian, Spanish, Swiss, Russian typing) or »…« (German, Danish), and ‹…› / ›…‹ in single
# marks -> the English pair; a » with no « in the paragraph (a bullet or an arrow) is left alone
GUILLEMETS = (("«", "»", "“", "”"), ("‹", "›", "‘", "’"))
FOREIGN_QUOTES = "„‚«»‹›"
FOREIGN_QUOTE = lazy(f"[{FOREIGN_QUOTES}]")
QUOTE_MARK = lazy('["“”「」『』]')  # any mark _open_quote counts
# words that may open a clause after a semicolon (a clause joined to another, or the next item of a list)
CLAUSE_OPENERS = {
    "and", "or", "but", "nor", "yet", "so", "whereas", "while", "however", "moreover", "furthermore", "therefore",
    "thus", "hence", "nevertheless", "nonetheless", "instead", "indeed", "otherwise", "meanwhile", "consequently",
    "accordingly", "also", "including", "notably", "namely", "in", "inter", "it", "this", "these", "that", "those",
    "they", "we", "he", "she", "there", "such", "the", "a", "an", "each", "all", "every", "both", "many", "most",
    "some", "its", "their", "his", "her", "our", "no", "not", "as well",
}


# a line typed to close the text: "（完）", "（全文完）", "——完——", "以上", "END", "End of Resolution", and the closing
# formula of a Chinese official document (公文) "特此决议。", "特此通知。"
END_MARKER = lazy(r"[\s（(【\[—–\-*=~]*(?:全文完|正文完|完|以上|结束|結束|特此(?:决议|決議|决定|決定|通知|公告|通告|函告|报告|報告)"
                  r"|the\s+end|end(?:\s+of\s+(?:the\s+)?(?:draft\s+)?resolution)?)[\s）)】\]—–\-*=~。.!！]*", re.IGNORECASE)


def check(ctx: Context) -> None:
    """Stray full stops, stray semicolons (MUN profiles, English) and unclosed quotation marks (the heading block
    too) in every clause."""
    mun = ctx.profile != "un"
    several_sentences = not mun and security_council(ctx)  # SC paragraphs may hold several sentences
    body = ctx.tree.preamble + list(ctx.tree.walk())
    for part in body:
        lines = clause_lines(part)
        if not (several_sentences and part.role != "preambular"):
            _stray_stops(ctx, part, goes_on=mun and bool(lines))
        if mun and ctx.lang == "en" and part.role in ("preambular", "operative"):  # UN texts join decisions with ";"
            _stray_semicolon(ctx, part, preambular=part.role == "preambular")
        if mun and ctx.lang == "zh" and part.role in ("preambular", "operative"):
            _stray_semicolon_zh(ctx, part)
        if mun:
            for line in lines:
                _stray_stops(ctx, line, goes_on=line is not lines[-1])
    _unclosed_quotes(ctx)
    _unbalanced_brackets(ctx)
    _amendment_traces(ctx)
    _negotiation_marks(ctx)


def clause_lines(part: Node) -> list[Node]:
    """The paragraphs ``part`` runs on into, without the labelled lines and the closing lines that follow it once it
    has ended with a full stop ("…danger zones." then "Press Release: The delegation …", "Note: …"; "…这一问题。" then
    "抄送：各代表团", "特此决议。", "（完）"): those come after the text, they do not carry the clause on."""
    lines = part.continuation
    count = len(lines)
    while count and (fields_in(text := lines[count - 1].para.text.strip()) or END_MARKER.fullmatch(text)):
        count -= 1
    if count == len(lines) or not (lines[count - 1].text if count else part.text).rstrip().endswith((".", "。")):
        return list(lines)
    return list(lines[:count])


def security_council(ctx: Context) -> bool:
    """The document is a Security Council text (its organ line names the Council)."""
    organ = ctx.tree.organ
    text = organ.text if organ is not None else ""
    return "Security Council" in text or "SECURITY COUNCIL" in text or "安全理事会" in text or "安理会" in text


# the World Health Assembly named by an organ line or a heading's committee ("The Seventy-eighth World Health
# Assembly,", "Committee: WHA"): its resolutions label sub-paragraphs "(1) (2) (3)" ("URGES Member States: (1) to …;")
HEALTH_ASSEMBLY = lazy(r"world\s+health\s+assembly|\bWHA\b", re.IGNORECASE)


def health_assembly(ctx: Context) -> bool:
    """The document is a World Health Assembly text: its organ line, or its heading's committee, names the Health
    Assembly."""
    organ = ctx.tree.organ
    if organ is not None and HEALTH_ASSEMBLY.search(organ.text):
        return True
    return any(field.key == "committee" and HEALTH_ASSEMBLY.search(field.value)
               for field in heading_fields([node.para.text for node in ctx.tree.heading]))


# the next clause's number a copy out of a PDF left at the end of a clause, after its end mark ("… projects; 3.")
LABEL_LEFT_ABOVE = lazy(r"(?:(?<=[;,:])[ \t\u00a0]+|(?<=[；，：])[ \t\u00a0]*)([0-9]{1,3}\.)$")


LABEL_ALONE_LONGEST = 24  # the longest label a line can hold alone ("Operative Clause 12:", "第十二条")


def number_left_above(text: str) -> re.Match[str] | None:
    """The number typed after the end mark that closes ``text`` ("… projects; 3."), else None."""
    text = text.rstrip()
    if not (text.endswith(".") and text[-2:-1].isdigit()):
        return None  # most paragraphs: looked at without the pattern
    return LABEL_LEFT_ABOVE.search(text)


def label_alone(node: Node) -> Typed | None:
    """The typed label ``node`` holds and nothing else ("3.", "a.", "(ii)"), the words it labels cut from it; None
    for any other paragraph, one Word numbers, a bullet, and a bare number (a page's)."""
    line = node.para.text.strip()
    if node.para.num_id is not None or len(line) > LABEL_ALONE_LONGEST or line.isdigit():
        return None
    return label_only(line)


def label_left_above(ctx: Context, node: Node) -> re.Match[str] | None:
    """The number of the next clause typed at the end of operative paragraph ``node``, after its end mark ("… projects;
    3."), the clause it numbers on the next line without one; None otherwise."""
    if node.role != "operative" or node.para.num_id is not None:
        return None
    found = number_left_above(node.para.text)
    after = next_node(ctx, node) if found is not None else None
    if found is None or after is None or not words_unlabelled(after) or after.role != "operative":
        return None
    if node.label.isdigit() and int(found.group(1)[:-1]) != int(node.label) + 1:
        return None
    return found


def next_node(ctx: Context, node: Node) -> Node | None:
    """The paragraph after ``node`` that holds text."""
    nodes = ctx.nodes
    if not _FOLLOWING or _FOLLOWING[0][0] is not nodes or _FOLLOWING[0][1] != len(nodes):
        following: dict[int, Node | None] = {}
        after: Node | None = None
        for later in reversed(nodes):
            following[id(later)] = after
            if later.para.text.strip():
                after = later
        _FOLLOWING[:] = [(nodes, len(nodes), following)]
    return _FOLLOWING[0][2].get(id(node))


# the paragraph after each of the last document's (one document at a time: looked up once per paragraph, not by a
# walk of the paragraphs before it)
_FOLLOWING: list[tuple[list[Node], int, dict[int, Node | None]]] = []


def words_unlabelled(node: Node) -> bool:
    """``node`` opens with words, no label typed or numbered by Word before them."""
    words = node.para.text.strip()
    return bool(words) and words[0].isalpha() and node.para.num_id is None and read_typed(words) is None


def without_footnote(text: str) -> str:
    """``text`` without trailing spaces and without a footnote number typed after its final mark ("…;2",
    "…,[1]"), nor a co-author's @-mention typed after it ("…；@林晓雨 再确认一下": :data:`MENTION_AFTER`)."""
    text = text.rstrip()
    if "@" in text or "＠" in text:
        mention = MENTION_AFTER.search(text)
        text = text[:mention.start()].rstrip() if mention is not None else text
    if not text[-1:].isdigit() and text[-1:] not in "])":
        return text  # the pattern is anchored at the end: only a digit (a superscript one too), "]" or ")" can end it
    head, tail = text[:-40], text[-40:]
    return head + FOOTNOTE_MARK.sub(lambda m: m.group(1) or m.group(2) or m.group(3), tail)


def _stray_stops(ctx: Context, part: Node, goes_on: bool) -> None:
    """A full stop that ends a sentence inside the clause (quotations and abbreviations aside); ``goes_on``: the
    clause continues in the next paragraph, so the paragraph's own final stop is inside it too (MUN profiles)."""
    if ctx.lang != "zh" and reference_entry(part.content):
        return  # "McAdam, J. (2012). Climate change …": a source's full stops, not sentences of a clause
    text = without_footnote(part.text)
    body = text[:-1] if text.endswith((".", "。", "．", "｡")) and not goes_on else text
    if ctx.lang != "zh" and "." not in body and "!" not in body and "?" not in body and not FULL_STOP_EN.search(body):
        return  # no full stop inside the clause (every English finding below is at one, or at a "!" or "?")
    outside = _outside_quotes(body)
    if ctx.lang != "zh":
        for m in FULL_STOP_EN.finditer(outside):
            if m.start() >= part.offset:  # not a typed label's point ("１．")
                ctx.add("stray-full-stop", part, m.start() + 1)
                return
    if ctx.lang == "zh":
        for m in ZH_FULL_STOP.finditer(outside[part.offset:]):
            ctx.add("stray-full-stop", part, part.offset + m.start() + 1)
            return
        return
    if goes_on and body.endswith("."):
        outside += " A"  # the clause goes on after the final stop
    for m in NEXT_SENTENCE.finditer(outside):
        if m.start() < part.offset:
            continue
        if TYPED_CLAUSE_NUMBER.search(body[: m.start()]):
            continue  # "…; 3. Invites …": the point of the next clause's number typed on the same line (clause-joined)
        word = re.findall(r"([A-Za-z.]+)$", body[: m.start()])
        token = word[0].casefold() if word else ""
        if token in ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"([a-z]\.)+[a-z]", token):
            continue
        if CITATION_NEXT.match(outside, m.start()) and (CHAIN_BEFORE.search(body[: m.start()])
                                                        or CHAIN_AFTER.match(outside, m.start())):
            continue  # "Part I. Article II. Section 5.": one reference, not three sentences
        ctx.add("stray-full-stop", part, m.start() + 1)
        return
    if ("!" in body or "?" in body) and _exclaimed(ctx, part, body, outside):
        return
    _stop_between_words(ctx, part, body, outside)


def _exclaimed(ctx: Context, part: Node, body: str, outside: str) -> bool:
    """An exclamation or question mark that ends a sentence inside an English clause, outside quotations and
    brackets (an aside in brackets, "(is it?)", ends no sentence of the clause; one that ends the paragraph is its
    end mark's finding): reported as a full stop there is; True when one was."""
    end = len(body.rstrip())
    for m in SENTENCE_MARK.finditer(outside):
        if m.start() < part.offset or m.end() >= end:
            continue
        before = outside[:m.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue
        ctx.add("stray-full-stop", part, m.start() + 1)
        return True
    return False


def _stop_between_words(ctx: Context, part: Node, body: str, outside: str) -> None:
    """A full stop typed between two dictionary words in lower case, the sentence going on after it (a slip, not
    the end of a sentence: no capital follows; abbreviations aside)."""
    for m in LOWER_AFTER_STOP.finditer(outside):
        if m.start() < part.offset:
            continue
        token = re.findall(r"([A-Za-z]+)$", body[: m.start()])[0].casefold()
        if token in ABBREVIATIONS or not spelling.known(token) or not spelling.known(m.group(1)):
            continue
        ctx.add("stray-full-stop", part, m.start() + 1)
        return


# "; providing that", "; committing that", "; stating the": a participle opening a phrase of its own after a semicolon
# inside a preambular paragraph ("thing", "during", "nothing" are no participles)
PARTICIPLE_PHRASE = lazy(r"(?!(?:no|some|any|every)thing$|during$|morning$|evening$|s[tp]ring$|ceiling$)[a-z]{3,}ing")
PARTICIPLE_OBJECT = {"that", "the", "its", "their", "all", "to"}
STRAY_SEMICOLON = {
    "preambular": Text("splits the preambular paragraph (it is one phrase ending with ',')",
                       "序言段是以逗号结尾的一个短语"),
    "operative": Text("a second operative verb after it ({verb!r}) makes a second clause; give it its own number",
                      "其后的第二个执行性动词（“{verb}”）构成另一条款，应单独编号"),
    "sentence": Text("a second sentence follows it ({subject!r} with its own verb); an operative paragraph is one "
                     "clause of the resolution's one sentence: word it as a clause of its own",
                     "其后是另一个句子（“{subject}”有自己的谓语）；执行段只是决议这一个句子中的一个条款，应改写为单独的条款"),
}
# "; governments should update …", "; community members would be …": a subject of one to three words in small letters
# and a modal verb after a semicolon open a second sentence inside an operative paragraph
SECOND_SENTENCE = lazy(r";\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:would|should|shall|will|must|can|could|may"
                       r"|might)\s+[a-z]")
# words after a verb that make it one ("; declares that", "; requests the", "; calls upon")
VERB_OBJECT = {"that", "the", "all", "upon", "on", "its", "member", "states", "to", "further", "also", "a", "an"}


def _stray_semicolon(ctx: Context, part: Node, preambular: bool) -> None:
    """A semicolon inside a preambular paragraph before words that cannot open a clause of their own ("have
    already; have some sort", not "; whereas, elsewhere"), or before a second operative verb inside an operative
    paragraph (MUN-F04, MUN-F05: one idea per clause). Quotations, brackets and the items of a list after a colon
    aside."""
    text = part.text.rstrip()
    body = _outside_brackets(_outside_quotes(text[:-1] if text[-1:] in ",;.:" else text))
    if preambular and _series(body[part.offset:]):
        return  # "… terrorism; improved working methods, peace and security; and took up …": one list's items
    for m in re.finditer(r";\s+(?:and\s+)?([a-z][a-z-]*)(?:\s+([A-Za-z]+))?", body):
        if m.start() < part.offset or ":" in body[part.offset: m.start()]:
            continue  # semicolons that separate the items of a list after a colon
        if preambular:
            if m.group(1) in CLAUSE_OPENERS and not m.group(0)[1:].lstrip().startswith("and "):
                continue  # a clause joined to the one before it
            if PARTICIPLE_PHRASE.fullmatch(m.group(1)) and (m.group(2) or "") in PARTICIPLE_OBJECT \
                    and spelling.known(m.group(1)):
                continue  # "…Article 27; providing that all matters …": a participle's phrase, as "; including" is
            ctx.add("stray-semicolon", part, m.start() + 1, before=_before(m.group(1)),
                    what=STRAY_SEMICOLON["preambular"])
            return
        verb, following = m.group(1), (m.group(2) or "").casefold()
        folded = fold_spelling(verb)
        operative = folded in ctx.phrases.first_words("operative") and folded not in ctx.phrases.first_words(
            "preambular")
        if operative and verb.endswith("s") and following in VERB_OBJECT:
            ctx.add("stray-semicolon", part, m.start() + 1, before=_before(verb),
                    what=STRAY_SEMICOLON["operative"].format(verb=verb))
            return
        sentence = SECOND_SENTENCE.match(body, m.start())
        if sentence is not None and sentence.group(1).split()[0] not in ("and", "or", "but", "which", "who", "that"):
            ctx.add("stray-semicolon", part, m.start() + 1, before=_before(verb),
                    what=STRAY_SEMICOLON["sentence"].format(subject=sentence.group(1)))
            return


# "；并简化……", "；同时加强……": a full-width semicolon inside a Chinese clause before a word that carries the same clause
# on (a connective, not a lead): what is left when two clauses are joined into one (a deleted paragraph mark, a
# clause pasted onto the one before) and the first one's end mark is not changed to "，"
ZH_JOINED_SEMICOLON = lazy(r"；\s*(并且|並且|并|並|同时|同時|而且|且)(?=[\u4e00-\u9fff])")
FULL_WIDTH_BRACKETED = lazy(r"（[^（）]*）")
ZH_STRAY_SEMICOLON = Text("the clause goes on after it ({word!r} carries the same clause on): a clause has one end "
                          "mark; use '，' inside it, or make what follows a clause of its own",
                          "其后以“{word}”接续同一条款：一个条款只在结尾使用一个结尾标点，条款中间应使用“，”，或将其后内容另列一段")


def _stray_semicolon_zh(ctx: Context, part: Node) -> None:
    """A "；" inside a Chinese preambular or operative clause before a connective that carries the clause on
    ("……的定价和捐赠做法；并简化……；"): one clause with a second end mark in its middle (MUN-F05, ZH-B05: clauses are
    separated by "，" or "；", so a "；" inside one splits it). Quotations, titles and brackets aside, and the items of
    a list after a colon."""
    text = part.text.rstrip()
    body = FULL_WIDTH_BRACKETED.sub(lambda b: " " * len(b.group(0)), _outside_brackets(_outside_quotes(text)))
    for m in ZH_JOINED_SEMICOLON.finditer(body):
        if m.start() < part.offset or "：" in body[part.offset: m.start()] or ":" in body[part.offset: m.start()]:
            continue
        if not body[m.end():].strip("；，。,;. "):
            continue
        word = m.group(1)
        ctx.add("stray-semicolon", part, m.start() + 1, before=_before(word),
                what=ZH_STRAY_SEMICOLON.format(word=word))
        return


def _before(word: str) -> Text:
    """Where a stray semicolon stands, for its message: "before 'also'" / "（“also”之前）"."""
    return Text(f"before {word!r}", f"（“{word}”之前）")


def _series(clause: str) -> bool:
    """The clause's semicolons separate the items of one series: two or more of them, the last before "and" or
    "or" ("A, B; C, D; and E"), as a list whose items hold commas is written."""
    marks = [m.start() for m in re.finditer(";", clause)]
    return len(marks) >= 2 and re.match(r";\s+(?:and|or)\s", clause[marks[-1]:]) is not None


def _outside_brackets(text: str) -> str:
    """Text with bracketed passages blanked out (same length)."""
    out = list(text)
    depth = 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
            out[i] = " "
            continue
        if depth:
            out[i] = " "
    return "".join(out)


QUOTED_ITEMS = 12  # how many paragraphs a quoted list may run over


# What an amendment typed into the draft by hand leaves behind (MUN-A01, MUN-A04): struck words between "~~" marks
# ("～～" on a Chinese keyboard); an editor's note in square brackets ("[strike: …]", "[deleted]", "[friendly
# amendment, Chile: …]", "[added]"); a tag in round brackets ("(amended)", "(amended by Chile)", "(friendly
# amendment by Chile)", "(deleted)"; a vote's note "(Amendment 1, adopted 18-9-3)"; where
# a moved clause stood, "(formerly clause 3)", "(previously 3)"; on the moved clause, "(moved up from clause 5 at
# the request of Chile)", "(moved from OP 2 by France)"); in Chinese the same notes in brackets ("（已删除）", "【友好修正案】", "（经修正）",
# "（已修改）", in traditional characters "（已刪除）", "（經修正）"; with its proposer first: "（法国提出的友好修正案，
# 起草国已接受）"; a moved clause's note "（原第5条，移至此处）", "（移自第4条）"), and the tag of added words
# ("【增加】…【/增加】", "【新增】", "【增加：…】": the tag alone, or a colon and the words). "(as amended)" only where
# it closes the paragraph after the clause's end mark ("…session; (as amended)"); not a treaty cited "(as amended)"
# nor "(amended by the 1978 Protocol)", nor 《…》（经修订） right after a title: a treaty "as amended" is cited so; not
# "（新增面积见附件）".
# 第5条 / 第五條 / 第3段 / 第二款: a clause's number in a Chinese note of amendment
_ZH_ARTICLE = r"第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:条|條|段|款|项|項)"
AMENDMENT_TRACES = lazy(
    r"~~[^~\n]+~~|～～[^～\n]+～～"
    r"|\[\s*(?:strike|struck|delete|deleted|remove|removed|add|added|insert|inserted|amend|amended|amendment"
    r"|friendly|unfriendly|moved|replace|replaced|withdrawn)\b[^\]]*\]"
    r"|\(\s*(?:un)?friendly\s+amendment\b[^()]*\)"
    r"|\(\s*amended(?:\s+by\s+(?!the\b)[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4})?\s*\)"
    # "(as amended)" closing a clause after its end mark ("…session; (as amended)"): the chair's mark of an amendment
    # voted in; a treaty cited "(as amended)" stands before the clause's end mark, never after it
    r"|(?:(?<=[;.,:；。])|(?<=[;.,:；。]\s))\(\s*as\s+amended(?:\s+(?:by\s+(?!the\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4}|in\s+(?:the\s+)?(?:committee|plenary)))?\s*\)(?=\s*\Z)"
    r"|\(\s*amendment(?:\s+(?:by\s+(?!the\b)[A-Z][\w'’-]*|\d{1,2}))?\s*\)"
    r"|\(\s*(?:deleted|struck(?:\s+out)?)\s*\)"
    r"|\(\s*amendment\s+(?:no\.?\s*)?(?:\d{1,2}|[A-Z])\b(?:\s+(?:by|from)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)"
    r"{0,3})?\s*[,;:–—-]\s*(?:adopted|passed|accepted|agreed|approved|carried|incorporated)\b[^()\n]*\)"
    r"|\(\s*(?:formerly|previously|originally|was|old|moved\s+from)\s+(?:operative\s+|preambular\s+)?"
    r"(?:clause|paragraph|para\.|sub-?clause|OP|PP)\s*\(?[0-9a-z]{1,4}\)?\s*\)"
    r"|\(\s*(?:formerly|previously|originally|moved\s+from)\s+[0-9]{1,3}\s*\)"
    r"|\(\s*moved\s+(?:up\s+|down\s+|here\s+)?from\s+(?:operative\s+|preambular\s+)?"
    r"(?:clause|paragraph|para\.|sub-?clause|OP|PP)\s*\(?[0-9a-z]{1,4}\)?\s+(?:at\s+the\s+request\s+of|by|on)\s+"
    r"[^()\n]{2,40}\)"
    r"|(?<!》)[（(【\[〔]\s*(?:[^（）()【】\[\]〔〕，。；\n]{1,12}?(?:提出|提交|提议|提議)的\s*(?=(?:非)?友好|修正))?"
    r"(?:已?[删刪]除|[删刪]去|(?:已经|已經|已|经|經)?(?:修改|修正)|(?:已经|已經|已|经|經)(?:修订|修訂)"
    r"|(?:非)?友好修正案?|修正案)[^）)】\]〕]{0,40}[）)】\]〕]"
    r"|[（(【\[〔]\s*(?:增加|新增|添加|插入|增补|增補)(?:的?(?:内容|內容|部分|文字))?\s*"
    r"(?:[）)】\]〕]|[：:][^）)】\]〕]{1,60}[）)】\]〕])"
    # a moved clause's note: （原第5条，移至此处）, （由原第3條移至此處）, （原第五条，现为第二条）, （移自第4条）, where it
    # stood （已移至第2条）; the bare （原第5条） only right after a clause's end mark (第12条（原第9条） cites a renumbered
    # article)
    rf"|[（(【\[〔]\s*(?:(?:由|从|從)\s*原?|原(?:为|為)?){_ZH_ARTICLE}"
    r"[，,、\s]*(?:(?:现|現|已|并|並)\s*)?(?:移至|移到|移入|移来|移來|调至|調至|改为|改為|为|為)[^（）()【】\[\]〔〕\n]{0,10}"
    r"[）)】\]〕]"
    rf"|(?<=[；;。，,])\s*[（(【\[〔]\s*原(?:为|為)?{_ZH_ARTICLE}\s*[）)】\]〕]"
    rf"|[（(【\[〔]\s*(?:已经|已經|已|现|現)?\s*(?:移自|移至|移到|调至|調至)\s*(?:原)?{_ZH_ARTICLE}"
    r"(?:之?(?:后|後|前|下))?\s*[）)】\]〕]",
    re.IGNORECASE)
# the first character of every trace AMENDMENT_TRACES reads: it is tried only where one stands
TRACE_OPENING = lazy(r"[~～\[(（【〔]")
# a slot left for the writer to fill, in square brackets, as a chat assistant or a template leaves it: "[Insert
# Country]", "[Insert Session Number]", "[Date]", "[Your Name]", "[Country Name]", "[XX]" — not an amendment's note
# ("[insert: …]", "[inserted]") nor words of a negotiation ("[by 2030]", "[eighty-second]")
_SLOT = (r"(?:country|countries|state|states|delegation|delegations|name|names|date|year|number|session|committee"
         r"|topic|title|school|figure|amount|percentage)")
TYPED_PLACEHOLDER = lazy(
    rf"\[\s*(?:(?:insert|enter|type|add|fill\s+in|put)\s+(?:(?:the|your|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_SLOT}"
    rf"\b[^\[\]:\n]{{0,30}}|(?:(?:your|the)\s+)?(?:[\w'’-]+\s+)?{_SLOT}(?:\s+(?:names?|numbers?|here))?|x{{2,}})\s*\]",
    re.IGNORECASE)


def amendment_trace(text: str, start: int = 0) -> re.Match[str] | None:
    """The first amendment trace in ``text`` from ``start`` (AMENDMENT_TRACES.search, tried only at the marks that
    open one: most paragraphs hold none, or a bracket or two); a placeholder in brackets is none."""
    for opening in TRACE_OPENING.finditer(text, start):
        found = AMENDMENT_TRACES.match(text, opening.start())
        if found is not None and not (found.group(0).startswith("[") and TYPED_PLACEHOLDER.fullmatch(found.group(0))):
            return found
    return None


def closing_trace(text: str, start: int = 0) -> int | None:
    """Where an amendment trace that closes ``text`` starts ("…of whales; (friendly amendment by France)",
    "……工作；〔修正〕"), None when none does: the clause's own end stands before it (tried only when the text ends
    with a closing bracket or tilde)."""
    if text.rstrip()[-1:] not in ")）]】〕~～":
        return None
    for opening in TRACE_OPENING.finditer(text, start):
        found = AMENDMENT_TRACES.match(text, opening.start())
        if found is not None and not text[found.end():].strip():
            return opening.start()
    return None


def typed_placeholders(text: str) -> list[re.Match[str]]:
    """The placeholders in square brackets in ``text`` outside quotations (most paragraphs hold no bracket)."""
    if "[" not in text:
        return []
    return list(TYPED_PLACEHOLDER.finditer(masked_quotations(text)))


# the instruction of an amendment (MUN-A04) pasted into the draft, as the amendment sheet words it: "在第3条之后增加一条：
# …", "删除第3条", "将第2条中的“请”改为“敦促”", "第2条修改为：…"; "Add after operative clause 3 a new clause to read: …",
# "Strike operative clause 3", "Amend clause 2 to read: …" (at the start of a paragraph or after its label, so never a
# clause that amends another text: "决定在第70/1号决议第3段之后增加一段", "Decides to amend paragraph 3 …")
_ZH_NUMBER = r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:条|條|段|款)"
_EN_PART = r"(?:operative\s+|preambular\s+)?(?:clause|paragraph|sub-?clause|sub-?paragraph)s?\s+\(?\w{1,4}\)?"
AMENDMENT_INSTRUCTION = lazy(
    rf"\s*(?:(?:在|于|於)\s*)?{_ZH_NUMBER}(?:之[一二三四五六七八九十]{{1,2}})?[^，。：:；\n]{{0,12}}?"
    r"(?:之后|之後|后|後|之前|前)\s*(?:增加|增添|加入|插入|新增|添加|增补|增補)"
    rf"|\s*(?:[删刪]除|[删刪]去)\s*{_ZH_NUMBER}"
    rf"|\s*(?:(?:将|將|把)\s*)?{_ZH_NUMBER}[^，。；\n]{{0,30}}?(?:修改|修正|更改|改)(?:为|為)"
    rf"|\s*(?:add|insert)\b[^.:;\n]{{0,40}}?\b{_EN_PART}[^:\n]{{0,40}}?(?:\bto\s+read\b|:)"
    rf"|\s*(?:strike|delete|remove)\s+(?:out\s+)?{_EN_PART}"
    rf"|\s*amend\s+{_EN_PART}\S*\s+to\s+read\b",
    re.IGNORECASE)
# the heading of an amendment left at the head of the clause it wrote, or as a line of its own above it ("Amendment 2
# by France: Encourages …", "Friendly amendment submitted by Peru and accepted by the sponsors:"): its name or number
# and a colon within the line's first words (not "Amendments to the Statute …", no colon, nor a clause's own words)
AMENDMENT_HEADING = lazy(r"\s*(?:(?:un)?friendly\s+amendment\b|amendment\s+(?:no\.?\s*)?(?:[0-9]{1,2}|[A-Z])\b)"
                         r"[^:;.\n]{0,80}:", re.IGNORECASE)
# a note that says how a clause was amended, on a line of its own under the text or between clauses ("注：第3条经友好
# 修正案修改。", "备注：原第二条已删除"): the amendment's note left in the draft (MUN-A01), where the amended text stands
# alone; a heading's field ("注：" read as a label like 起草国：) it is not
AMENDMENT_NOTE = lazy(r"\s*(?:注|注释|注釋|备注|備註|附注|附註|说明|說明)\s*[：:]"
                      r"(?=[^。\n]{0,60}?(?:修正案|修正|修改|修订|修訂|[删刪]除|增加|新增))")
# a clause struck and left in as its label and a word ("3. Deleted.", "3. deleted;")
STRUCK_CLAUSE = lazy(r"\s*(?:deleted|struck|struck out|withdrawn|removed|已?[删刪]除)\s*[.;,。；，]?\s*", re.IGNORECASE)
# in the heading's lists of States: a State's change of role written next to its name ("Ghana (withdrawn)")
ROLE_CHANGE = lazy(r"\(\s*(?:withdrawn|withdrew|added|new|joined|removed)\b[^()]*\)|[（(](?:已?撤回|退出|新增|已加入)[）)]",
                   re.IGNORECASE)


def _amendment_traces(ctx: Context) -> None:
    """The marks of an amendment left in a clause or in the heading's lists of States: struck words, an editor's
    note or tag, a struck clause left as its number, the amendment's instruction pasted in (one finding per
    paragraph, at the first trace)."""
    for part in ctx.nodes:
        # a struck clause whose label stands inside the strike marks ("~~3. Recommends …;~~") reads as no clause
        if part.role not in ("heading", "preambular", "operative", "sub", "continuation", "section"):
            continue
        text = part.text
        found = amendment_trace(text, part.offset)
        if found is None and part.role == "heading":
            found = ROLE_CHANGE.search(text)
        if found is None and part.role != "heading":
            found = AMENDMENT_INSTRUCTION.match(text, part.offset) or AMENDMENT_HEADING.match(text, part.offset) \
                or AMENDMENT_NOTE.match(text, part.offset)
        if found is not None:
            ctx.add("amendment-trace", part, found.start() + 1, trace=found.group(0).strip())
        elif part.role in ("operative", "sub") and part.offset and STRUCK_CLAUSE.fullmatch(text, part.offset):
            ctx.add("amendment-trace", part, part.offset + 1, trace=text[part.offset:].strip())


# What an open negotiation leaves in the text (MUN-F05: what goes to the vote is one settled sentence): a status
# mark ("(agreed ad ref)"), the tag of an alternative clause ("(Alt.)", "[Alt 2]"), a note ("(NOTE: Chile to propose
# wording)"), and, in English, words still in square brackets ("[Urges] [Encourages]", "[by 2030]", "[and
# regional]", "[from Draft Resolution 4.5]"). Not square brackets inside a quotation (an editor's "[relevant]"),
# "[sic]", "[…]", the mark of a reviewer's Word comment a copy of the page keeps ("[BC1]"); not "(alternative
# development)".
NEGOTIATION_MARKS = lazy(
    r"[(\[]\s*(?:agreed\s+)?ad\s+ref(?:erendum)?\.?\s*[)\]]|\bagreed\s+ad\s+ref(?:erendum)?\b"
    r"|[(\[]\s*alt(?:\.|ernative)?\s*\d{0,2}\s*[)\]]"
    r"|[(\[]\s*(?:note|n\.\s?b\.|(?:facilitator|chair|secretariat)[’']?s?\s+note)\s*:[^)\]]*[)\]]",
    re.IGNORECASE)
# a status mark of the consultations set right after a clause's label or right after its end mark, as the rolling
# text keeps them: "4. (new) Encourages …", "…health care, (new)", "…Ageing, (Agreed)", "…; (as orally revised)",
# "(Agreed, placement tbd)" — only there: "(new)" inside a clause's words may be a name's part
STATUS_MARK = r"[(\[]\s*(?:new|agreed(?:[,;][^()\[\]\n]{0,30})?|(?:as\s+)?orally\s+revised|as\s+revised)\s*[)\]]"
STATUS_AFTER_LABEL = lazy(rf"\s*({STATUS_MARK})\s", re.IGNORECASE)
STATUS_AFTER_END = lazy(rf"(?<=[,;.:])\s*({STATUS_MARK})\s*$", re.IGNORECASE)
# the tag of an alternative clause typed with its number, at the head of the paragraph: "4 alt. Invites …",
# "OP7 alt Requests …", "3 bis alt:" (one of the two is chosen before the text goes to the vote)
ALTERNATIVE_NUMBER = lazy(r"\s*((?:(?:OP|PP|Op\.?)\s?)?\d{1,3}(?:\s?(?:bis|ter))?\s?(?:alt\.?|alternative))(?=[\s:.)-])",
                          re.IGNORECASE)
# a note of the negotiation on a line of its own in the heading, in brackets: "[As orally revised by the main sponsor
# in informal consultations on 11 November]", "(Text agreed ad ref by the facilitator)" — not the adoption line's
# "[on the report of the Third Committee (A/80/…)]" nor "[Original: English]"
HEADING_NOTE = lazy(r"\s*[\[(][^\[\]()]*\b(?:orally\s+revised|informal(?:[- ]informal)?\s+consultations|(?:co-?)?"
                    r"facilitators?|ad\s+ref(?:erendum)?|compilation\s+text)\b[^\[\]]*[\])]\s*$", re.IGNORECASE)
# words one of NEGOTIATION_MARKS holds, folded (most paragraphs hold none: the pattern is not tried on them)
MARK_WORDS = ("ad ref", "alt", "note", "n.b", "n. b")
# a note of the negotiation on a line of its own ("NOTE: Chile to propose wording …")
NOTE_LINE = lazy(r"\s*(?:NOTE|Note|N\.\s?B\.|(?:Facilitator|FACILITATOR|Chair|CHAIR)[’']?[sS]?\s+(?:note|NOTE))\s*:")
OPEN_BRACKETS = lazy(r"\[(?!\s*(?:sic|…|\.\.\.)\s*\])(?![A-Z]{1,4}\d{1,3}\])[^\[\]\n]*[A-Za-z0-9][^\[\]\n]*\]",
                     re.IGNORECASE)
QUOTATION = lazy(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’')
# a statistic's uncertainty range in square brackets, as UNAIDS and WHO print their estimates ("1 million
# [830,000-1.2 million] people", "[95%–98%]"): figures, not wording still open (a single bracketed figure, "[30] per
# cent", may be an open number and stays a negotiation mark)
# an abbreviation in square brackets right after the name it shortens ("… Mission in Kosovo [UNMIK]", "… of Chemical
# Weapons [OPCW]"): the name's short form written in the wrong brackets, not wording still open
BRACKETED_INITIALS = lazy(r"\[([A-Z]{2,8})s?\]")


def _abbreviates(before: str, initials: str) -> bool:
    """The words ``before`` the brackets end on a capitalised word and spell ``initials`` in order: each letter the
    first of one of the last twelve words, the first of them a capitalised word ("United Nations Interim
    Administration Mission in Kosovo" for "UNMIK")."""
    names = re.findall(r"[A-Za-z]+", before)[-12:]
    if not names or not names[-1][:1].isupper() or not before.rstrip()[-1:].isalpha():
        return False
    firsts = [word[0] for word in names]
    for start, word in enumerate(names):
        if word[0] != initials[0]:
            continue
        letters = iter(first.upper() for first in firsts[start + 1:])
        if all(letter in letters for letter in initials[1:]):
            return True
    return False


def _abbreviations_masked(text: str) -> str:
    """``text`` with each name's abbreviation in square brackets blanked out, its length kept."""
    return BRACKETED_INITIALS.sub(lambda m: " " * len(m.group(0)) if _abbreviates(text[:m.start()], m.group(1))
                                  else m.group(0), text)


FIGURE = r"\d[\d.,\u00a0\u202f ]*\s*(?:%|per\s+cent|percent|million|billion|thousand)?"
BRACKETED_RANGE = lazy(rf"\[\s*{FIGURE}\s*(?:[-–—]|to)\s*{FIGURE}\s*\]", re.IGNORECASE)


def english_quotes(text: str) -> str:
    """``text`` with its quotations in the marks of other languages written in the English marks (“…”, ‘…’), its
    length kept: a low „ opens, and the first high mark of its kind after it (“, ” or ‟; for „ a straight " too) closes, unless it stands
    between two letters ("Russia‟s": an apostrophe); guillemets pair as the first of them in the paragraph shows
    («…» or »…«)."""
    if text.isascii() or FOREIGN_QUOTE.search(text) is None:
        return text  # most clauses quote nothing in such marks
    chars = list(text)
    for pointing_in, pointing_out, opening, closing in GUILLEMETS:
        first_in, first_out = text.find(pointing_in), text.find(pointing_out)
        if first_in == -1:
            continue  # none, or a lone » (a bullet, an arrow)
        opens = pointing_out if -1 < first_out < first_in else pointing_in  # »…« where » comes first
        for i, char in enumerate(text):
            if char in (pointing_in, pointing_out):
                chars[i] = opening if char == opens else closing
    open_low: list[str] = []  # the low marks still open, innermost last
    for i, char in enumerate(chars):
        if char in LOW_OPENINGS:
            chars[i] = LOW_OPENINGS[char][0]
            open_low.append(char)
        elif open_low and char in LOW_OPENINGS[open_low[-1]][1] and not _apostrophe(text, i):
            chars[i] = LOW_OPENINGS[open_low.pop()][2]
    return "".join(chars)


def masked_quotations(text: str) -> str:
    """``text`` with each quotation on one line ("…", “…”, ‘…’, „…“) blanked out, its length kept: what a quotation
    says is not the clause's own wording."""
    return QUOTATION.sub(lambda m: " " * len(m.group(0)), english_quotes(text))


def _negotiation_marks(ctx: Context) -> None:
    """The marks of a negotiation still open, left in a clause or on a line between clauses (one finding per
    paragraph, at the first mark; none where an amendment's trace is reported already)."""
    for part in ctx.nodes:
        if part.role == "heading":
            if part.text.rstrip()[-1:] in ")]" and HEADING_NOTE.fullmatch(part.text) is not None:
                ctx.add("negotiation-mark", part, 1, trace=part.text.strip()[:60])
            continue
        if part.role not in ("preambular", "operative", "sub", "continuation", "section"):
            continue
        text = part.text
        status = _status_mark(part, text)
        if status is not None:
            ctx.add("negotiation-mark", part, status.start(1) + 1, trace=status.group(1))
            continue
        prefix = CHAT_PREFIX.match(text) if ctx.lang == "en" and text[:1] in "[0123456789" else None
        if prefix is not None:  # a chat's sender and time before the line (pasted-artefact): no negotiation's bracket
            text = " " * prefix.end() + text[prefix.end():]
        line = NOTE_LINE.match(text, part.offset)
        low = text.casefold()
        found = None if line is not None or not any(word in low for word in MARK_WORDS) \
            else NEGOTIATION_MARKS.search(text, part.offset)
        if line is None and found is None and ctx.lang == "en" and "[" in text:
            unquoted = BRACKETED_RANGE.sub(lambda m: " " * len(m.group(0)), masked_quotations(text))
            unquoted = FOOTNOTE_REFERENCE.sub(lambda m: " " * len(m.group(0)), unquoted)
            unquoted = TYPED_PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), unquoted)  # placeholder-typed's
            unquoted = _abbreviations_masked(unquoted)  # "… Mission in Kosovo [UNMIK]": a name's short form
            found = OPEN_BRACKETS.search(unquoted, part.offset)
        if (line is None and found is None) or amendment_trace(text, part.offset) is not None:
            continue  # nothing, or what amendment-trace says
        if line is not None:
            ctx.add("negotiation-mark", part, line.start() + 1, trace=text[line.start():].strip()[:60])
        elif found is not None:
            ctx.add("negotiation-mark", part, found.start() + 1, trace=text[found.start():found.end()].strip())


def _status_mark(part: Node, text: str) -> re.Match[str] | None:
    """A status mark of the consultations right after the paragraph's label or after its end mark ("(new)",
    "(Agreed)", "(as orally revised)"), or the tag of an alternative clause at its head ("4 alt.", "OP7 alt"):
    its group 1 is the mark."""
    if "(" not in text and "[" not in text and "alt" not in text[:16].casefold():
        return None  # most paragraphs hold no bracket and no tag
    return STATUS_AFTER_LABEL.match(text, part.offset) or STATUS_AFTER_END.search(text, max(0, len(text) - 60)) \
        or ALTERNATIVE_NUMBER.match(text)


def _unclosed_quotes(ctx: Context) -> None:
    """An opening quotation mark with no closing one in its paragraph, unless the quotation runs on into the next
    paragraph (which then opens with a quotation mark, as quotations of several paragraphs do, or closes it)."""
    body = [n for n in ctx.nodes if n.role in ("heading", "preambular", "operative", "sub", "continuation")]
    for i, part in enumerate(body):
        column = _open_quote(part.text)
        if column is None:
            continue
        following = body[i + 1].text.lstrip() if i + 1 < len(body) else ""
        if following[:1] in QUOTES or following[:1] == '"' or _closes_earlier(following):
            continue
        if part.text[column] == "‘" and (following[:1] == "‘" or _closes_single_earlier(following)):
            continue  # a quotation in single marks running on into the next paragraph
        if _closes_after_items(part.text, [n.text for n in body[i + 1:]]):
            continue
        ctx.add("quote-unclosed", part, column + 1)


# a label typed inside a clause's text before an item of a list ("options: a) …, b) …", "1.) …", "1.1) …", "с) …"),
# which closes a bracket it never opened: the text before the bracket ends with it
INLINE_LABEL = lazy(r"(?:^|[\s:：;；,，])(?:[^\W\d_]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,3})(?:\.\d{1,3})*\.?$")
OPENING_BRACKETS, CLOSING_BRACKETS = "(（", ")）"
LOOK_AHEAD = 6  # how many paragraphs after an unclosed bracket may close it (a list of items inside brackets)


def _unbalanced_brackets(ctx: Context) -> None:
    """A round bracket closed with none open before it in its clause ("resolution 74/247 (A/RES/74/247)), adopted",
    "… the Office)"), or one opened and never closed, neither in its clause nor in the few paragraphs after it that
    may carry on a bracketed list ("(in particular:" / "a) …;" / "b) ….);"). A label's bracket is no slip ("a)",
    "1.1)", inline "… a) … b) …"); nor is a bracket open in the last paragraph, where a page cut off may have lost
    its close. Full-width and half-width brackets pair with each other (their width is another rule's)."""
    body = [n for n in ctx.nodes if n.role in ("preambular", "operative", "sub", "continuation")]
    carried = 0  # brackets an earlier paragraph left open for the following ones to close
    for i, part in enumerate(body):
        text = part.content
        if not any(c in text for c in OPENING_BRACKETS + CLOSING_BRACKETS):
            continue  # most clauses hold no bracket
        stray, left, carried = _bracket_balance(text, carried)
        if stray is not None:
            ctx.add("bracket-unbalanced", part, part.offset + stray + 1, found=text[stray],
                    want=Text("an opening bracket before it", "前面应有开括号"))
        if left is None or i + 1 == len(body):
            continue
        if not any(_bracket_balance(n.content)[0] is not None for n in body[i + 1:i + 1 + LOOK_AHEAD]):
            carried = 0
            ctx.add("bracket-unbalanced", part, part.offset + left + 1, found=text[left],
                    want=Text("a closing bracket after it", "后面应有闭括号"))


def _bracket_balance(text: str, carried: int = 0) -> tuple[int | None, int | None, int]:
    """In ``text``, with ``carried`` brackets left open by the paragraphs before it: where the first closing bracket
    with none open stands (a label's excepted), where the first of its own brackets left open at its end stands
    (None when there is none), and how many brackets are open at its end."""
    stack: list[int] = [-1] * carried
    stray = None
    for i, char in enumerate(text):
        if char in OPENING_BRACKETS:
            stack.append(i)
        elif char in CLOSING_BRACKETS:
            if stack:
                stack.pop()
            elif stray is None and INLINE_LABEL.search(text, 0, i) is None:
                stray = i
    own = [at for at in stack if at >= 0]
    return stray, own[0] if own else None, len(stack)


def opens_quoted_list(ctx: Context, part: Node) -> bool:
    """``part`` opens a quotation whose colon hands on to items standing as paragraphs of their own ("… which says:
    “The State should possess the following qualifications:" / "a permanent population;" / "government.”,"): the
    clause ends where the quotation closes, so this colon is no wrong end mark (the items are judged as they
    stand)."""
    if _open_quote(part.text) is None:
        return False
    body = [n for n in ctx.nodes if n.role in ("heading", "preambular", "operative", "sub", "continuation")]
    at = next((i for i, n in enumerate(body) if n is part), None)
    return at is not None and _closes_after_items(part.text, [n.text for n in body[at + 1:]])


def _closes_after_items(text: str, later: list[str]) -> bool:
    """A quotation ending with ":" whose items stand as paragraphs of their own ("… the following
    qualifications:" / "a defined territory;" / "government.”,"): a later paragraph closes it before any opens
    another quotation."""
    if not text.rstrip().endswith((":", "：")):
        return False
    for following in later[:QUOTED_ITEMS]:
        if _closes_earlier(following.lstrip()):
            return True
        if _open_quote(following) is not None:
            return False
    return False


def open_quote(text: str) -> int | None:
    """The position of the first quotation mark left open in ``text`` (:func:`_open_quote`), else None."""
    return _open_quote(text)


def _open_quote(text: str) -> int | None:
    """The position of the first quotation mark left open in ``text`` (curly or corner quotes; straight double
    quotes when their number is odd; a single curly ‘ that no ’ closes, :func:`_open_single_quote`; low marks read as
    :func:`english_quotes` does), else None."""
    text = english_quotes(text)
    if QUOTE_MARK.search(text) is None:
        return _open_single_quote(text)  # most clauses quote nothing
    if all(text.count(opening) == text.count(closing) for opening, closing in QUOTES.items()) \
            and text.count('"') % 2 == 0:
        return _open_single_quote(text)
    stack: list[int] = []
    for i, char in enumerate(text):
        if char in QUOTES:
            stack.append(i)
        elif char in CLOSERS and stack and text[stack[-1]] == CLOSERS[char]:
            stack.pop()
    if stack:
        return stack[0]
    straight = [i for i, char in enumerate(text) if char == '"']
    return straight[-1] if len(straight) % 2 else None


def _apostrophe(text: str, at: int) -> bool:
    """The single curly mark at ``at`` stands between two letters or digits: an apostrophe ("NATO’s", "don’t"), no
    quotation mark."""
    return 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()


def _open_single_quote(text: str) -> int | None:
    """The position of the first single curly quotation mark ‘ that no ’ after it closes ("the topic ‘the future of
    NATO’s mandate;"): a ’ between two letters is an apostrophe and closes nothing; one after a word ("States’ ")
    closes the quotation open before it, if any, else it is a plural's apostrophe; so does a straight ' typed for
    it."""
    if "‘" not in text:
        return None  # most clauses quote nothing in single marks
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "‘" and not _apostrophe(text, i):
            stack.append(i)
        elif char in "’'" and stack and not _apostrophe(text, i):
            stack.pop()  # "‘lost generation'": a straight mark typed for the closing one
    return stack[0] if stack else None


def _closes_single_earlier(text: str) -> bool:
    """``text`` holds a ’ that is no apostrophe before any ‘: it closes a single quotation opened before it."""
    for i, char in enumerate(text):
        if char == "‘" and not _apostrophe(text, i):
            return False
        if char == "’" and not _apostrophe(text, i):
            return True
    return False


def _closes_earlier(text: str) -> bool:
    """``text`` holds a closing quotation mark for one opened before it."""
    depth = 0
    for char in text:
        if char in QUOTES:
            depth += 1
        elif char in CLOSERS:
            if depth == 0:
                return True
            depth -= 1
    return False


def _outside_quotes(text: str) -> str:
    """Text with quoted passages (and titles in 《》) blanked out, same length, so marks inside them are ignored;
    a quotation left open runs to the end (one in straight marks only where it closes); a quotation in single marks
    (‘…’, or '…' typed straight) only where it closes (:func:`_blank_single_quoted`)."""
    if "'" in text or "‘" in text:
        text = _blank_single_quoted(text)
    if not any(mark in text for mark in "“「《\"„‚«‹"):
        return text
    return QUOTED.sub(lambda m: " " * len(m.group(0)), english_quotes(text))


def _blank_single_quoted(text: str) -> str:
    """``text`` with its quotations in single marks blanked out, same length: a ‘ or ' that opens (no letter or digit
    before it, a word right after it) up to the first ’ or ' that closes (a word right before it, no letter or digit
    after it: an apostrophe between two letters, "world's", closes nothing). A mark that nothing closes ("the '90s")
    blanks nothing."""
    chars = list(text)
    i = 0
    while i < len(text) - 1:
        if text[i] in "'‘" and (i == 0 or not text[i - 1].isalnum()) and not text[i + 1].isspace():
            close = next((j for j in range(i + 2, len(text)) if text[j] in "'’" and not text[j - 1].isspace()
                          and (j + 1 == len(text) or not text[j + 1].isalnum())), None)
            if close is not None:
                chars[i:close + 1] = " " * (close + 1 - i)
                i = close
        i += 1
    return "".join(chars)
