"""Delegation names in sponsor and signatory lists, read name by name.

A UN short name passes; a formal name ("Italian Republic") gets at most a suggestion that UN documents list
sponsors by short name; a common name ("Russia", "美国") a suggestion naming the UN name; a non-member
("Taiwan") a plain statement; a misspelling of a Member State "did you mean"; any other name is a non-State
delegation (a UN body, a company, a person in a crisis committee) and is left alone, except in a UN sponsor
line, where only States stand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from drafter.bilingual import Text, did_you_mean
from drafter.check.context import Context
from drafter.check.rules import RULES
from drafter.library.model import Country
from drafter.library.names import STATE_FORM, edit_distance, key
from drafter.lookalike import described, latin_reading, strangers
from drafter.patterns import lazy
from drafter.punctuation import CJK
from drafter.structure import Node, spelling
from drafter.structure.homophones import homophones
from drafter.word.edit import Replace

# a State written as its initials: "USA", "U.K.", "KSA", "DPRK" (not "Chad", "Iran")
ABBREVIATION = lazy(r"(?:[A-Z]\.?){2,5}")
SEPARATORS = lazy(r"[,;、，；]|\s{2,}|\t")
# what separates the names of a list: a comma (UN-H06), in a Chinese list "、" (ZH-H02)
LIST_MARK = {False: Text("a comma", "逗号"), True: Text("\"、\"", "顿号“、”")}
NO_NAME = {"none", "无", "n/a", "na", "tbd", "nil", "暂无", "无附议国"}
TRAILER = lazy(r"\s*(?:etc\.?|et al\.?|and others|等国?|等等)\s*$", re.IGNORECASE)
LEADER = lazy(r"^\s*(?:and|&|和|及|与)\s+|^(?:和|及|与)", re.IGNORECASE)
REMARK = lazy(r"\([^()]*\)|（[^（）]*）")
OBSERVER_REMARK = lazy(r"\bobserver\b|观察员|觀察員", re.IGNORECASE)  # a remark that seats the name as an observer
# a note mark printed after a name: "Greece*", "Serbia*1" (the asterisk with the note's number), "Chile**"
FOOTNOTE_MARK = lazy(r"[*＊]+\d{0,2}$")
GLUED = lazy(r"(?<=[a-z])(?=[A-Z])")  # one name ends and the next begins with no space: "GabonThe"
HISTORICAL = lazy(r"\bhistorical\b|历史", re.IGNORECASE)  # a committee set in the past
# a delegation named by its government: "Government of New Zealand", "the Government of Australia"
GOVERNMENT = lazy(r"^(?:the\s+)?(?:government|govt\.?)\s+of\s+(?P<state>\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Named:
    """One State named in a list: its code, the paragraph and where the name stands (0-based, end excluded)."""

    iso3: str  # a State of the past that no Member State continues: "~" and its name
    node: Node
    start: int
    end: int
    written: str = ""  # a State's name of the past, as the list gives it (it sorts there under that name)


def state_of(ctx: Context, item: Named) -> str:
    """The name a finding gives the State of ``item``: the UN name, or the name of the past the list gives it."""
    if item.written:
        return item.written
    return ctx.lib.countries[item.iso3].name[ctx.lang]


def check_list(ctx: Context, node: Node, start: int, end: int) -> list[Named]:
    """Check the names in ``node``'s text [start, end); return the States found, in order."""
    text = node.para.text
    named: list[Named] = []
    pieces = _pieces(text, start, end)
    if ctx.lang == "zh":
        _mixed_separators(ctx, node, pieces)
    _empty_places(ctx, node, pieces)
    for piece_start, piece_end in pieces:
        for name_start, name_end in _split_and(ctx, text, piece_start, piece_end):
            _name(ctx, node, name_start, name_end, named, separated=len(pieces) > 1)
    return named


def _empty_places(ctx: Context, node: Node, pieces: list[tuple[int, int]]) -> None:
    """UN-H06: a list's names are separated by one mark each; two marks with no name between them ("Japan, ;",
    "Chile, , Peru", "智利、、秘鲁") leave an empty place in the list, a name deleted and its comma kept. A mark that
    closes the list alone ("…, Japan;") is none, nor spaces between names. Reported once a list (a list with places
lost is one slip), at its first empty place; the fix deletes every one, so that a second --fix finds none."""
    text = node.para.text
    empty = [(before_end, blank_start, blank_end) for (_, before_end), (blank_start, blank_end), (after_start, _)
             in zip(pieces, pieces[1:], pieces[2:], strict=False)
             if not text[blank_start:blank_end].strip() and text[before_end:blank_start].strip()
             and text[blank_end:after_start].strip()]
    if empty:
        first_end, first_blank, _ = empty[0]
        ctx.add("list-empty-item", node, first_end + 1, fix="delete the marks with no name after them",
                edits=[Replace(before_end, blank_end, "") for before_end, _, blank_end in empty],
                mark=text[first_end:first_blank].strip())


def _mixed_separators(ctx: Context, node: Node, pieces: list[tuple[int, int]]) -> None:
    """ZH-H02: a Chinese list separates its names with one mark, "、" (the UN's; a conference's "，" is accepted when it
    is the only one): a list that mixes "、" with "，" or "," is one finding, whose fix writes "、" throughout."""
    text = node.para.text
    marks = [(end, text[end:next_start].strip()) for (_, end), (next_start, _) in zip(pieces, pieces[1:], strict=False)
             if text[next_start:pieces[-1][1]].strip()]
    kinds = {mark for _, mark in marks if mark in ("、", "，", ",")}
    if "、" not in kinds or len(kinds) < 2:
        return
    commas = [(text.index(mark, at), mark) for at, mark in marks if mark in ("，", ",")]
    ctx.add("list-separators-mixed", node, commas[0][0] + 1, fix="separate the names with 、",
            edits=[Replace(at, at + 1, "、") for at, _ in commas], found=commas[0][1])


def names_a_state(ctx: Context, text: str) -> bool:
    """``text`` is one delegation's name: a State's name, initials or formal name, or a State's name in a style of
    its own ("Republic of France"), spelt as the State is or with a word in lower case."""
    name = _clean(text)
    if not name or len(name) > 80:
        return False
    names = ctx.lib.state_names
    return any(look(name) is not None for look in (names.find, names.abbreviation, names.formal_style,
                                                     names.styled_misname))


def report_duplicates(ctx: Context, named: list[Named]) -> None:
    """A State listed twice in one list (sponsors with co-submitters, or signatories): one error on the repeat."""
    seen: set[str] = set()
    for item in named:
        if item.iso3 in seen:
            ctx.add("sponsor-duplicate", item.node, item.start + 1, state=state_of(ctx, item))
        seen.add(item.iso3)


def report_order(ctx: Context, named: list[Named], rule: str) -> None:
    """The first State out of order in a list, one finding: ``sponsor-order`` (UN-H06: a UN sponsor line in English
    alphabetical order, observer States after the Member States) or ``list-order-pinyin`` (ZH-H02: a Chinese
    conference lists States by pinyin)."""
    countries = ctx.lib.countries

    def order(item: Named) -> tuple[bool, str]:
        if item.written:  # a State of the past sorts under the name the list gives it
            return False, key(item.written)
        country = countries[item.iso3]
        if rule == "list-order-pinyin":
            return False, country.sort_zh
        return country.observer, key(country.name.en)

    if rule == "list-order-pinyin":  # a name of the past has no pinyin order of the library's
        named = [item for item in named if not item.written]
    lang = "zh" if rule == "list-order-pinyin" else ctx.lang
    for before, item in zip(named, named[1:], strict=False):
        if order(item) < order(before):
            ctx.add(rule, item.node, item.start + 1, name=item.written or countries[item.iso3].name[lang],
                    before=before.written or countries[before.iso3].name[lang])
            return


def report_last_join(ctx: Context, named: list[Named], end: int) -> None:
    """UN-H06: a UN sponsor line joins its last two names with "and" ("Chile, Peru and Togo: draft resolution";
    "智利、秘鲁和多哥：决议草案"): the last two States of ``named`` parted by a bare comma, the last name ending the
    list (``end``, footnote marks aside), is one finding, whose fix writes the conjunction."""
    if len(named) < 2:
        return
    before, last = named[-2], named[-1]
    text = last.node.para.text
    if before.node is not last.node or text[last.end:end].strip(" *\u00a0"):
        return
    between = text[before.end:last.start]
    if between.strip() not in (",", "、", "，"):
        return
    joined = "和" if ctx.lang == "zh" else " and "
    ctx.add("sponsor-last-and", last.node, before.end + 1, fix=f"join the last two names with {joined.strip()!r}",
            edits=[Replace(before.end, last.start, joined)], name=state_of(ctx, last), joined=joined.strip())


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at separators outside brackets: (piece start, piece end) pairs."""
    pieces: list[tuple[int, int]] = []
    depth, piece = 0, start
    position = start
    while position < end:
        char = text[position]
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            separator = SEPARATORS.match(text, position, end)
            if separator:
                pieces.append((piece, position))
                position = piece = separator.end()
                continue
        position += 1
    pieces.append((piece, end))
    return pieces


def _split_and(ctx: Context, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "A and B" / "A和B" where both sides are names ("Trinidad and Tobago" stays whole)."""
    piece = text[start:end]
    names = ctx.lib.state_names
    if names.find(_clean(piece)) is not None:
        return [(start, end)]
    for match in re.finditer(r"\s+and\s+|\s*&\s*|和|及|与", piece):
        left, right = piece[: match.start()], piece[match.end():]
        if names.find(_clean(left)) is not None and names.find(_clean(right)) is not None:
            return [(start, start + match.start()), (start + match.end(), end)]
    # "Indonesia and Senegal & Norway": three names or more joined by "and" or "&" alone, each one a name
    cuts = list(re.finditer(r"\s+and\s+|\s*&\s*|和|及|与", piece))
    bounds = list(zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(piece)], strict=True))
    if len(bounds) > 2 and all(names.find(_clean(piece[a:b])) is not None for a, b in bounds):
        return [(start + a, start + b) for a, b in bounds]
    sides = [_clean(piece[:cuts[0].start()]), _clean(piece[cuts[0].end():])] if len(cuts) == 1 else []
    found = [names.find(side) is not None for side in sides]
    if sides and re.fullmatch(r"\s+and\s+", cuts[0].group(0)) and sum(found) == 1 \
            and re.fullmatch(r"[^\W\d_][^\s\d]*", sides[found.index(False)]) is not None:
        # "Perú and España": a State's name and one word that names none, each judged alone (no State's name holds
        # another's and a word: "Trinidad and Tobago", "Antigua and Barbuda" have none on either side); "United
        # Kingdom and the Great Northern Ireland" is one name written wrongly
        return [(start, start + cuts[0].start()), (start + cuts[0].end(), end)]
    return [(start, end)]


def _glued(ctx: Context, name: str) -> list[int]:
    """Where names run together with no space ("GabonThe Republic of Brazil", "ChileKenya"): the positions of a
    capital right after a small letter, when every piece they cut names a State in some form; [] otherwise."""
    cuts = [m.start() for m in GLUED.finditer(name)]
    if not cuts:
        return []
    pieces = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)], strict=True)]
    return cuts if all(_state_meant(ctx, piece) is not None for piece in pieces) else []


def _state_meant(ctx: Context, name: str) -> Country | None:
    """The State ``name`` names, exactly or in a style of its own ("The Republic of Gabon"), else None."""
    names = ctx.lib.state_names
    found = names.find(name)
    if found is not None:
        return found.country
    return names.formal_style(name) or names.garbled(name) or names.styled_misname(name)


def _clean(name: str) -> str:
    name = TRAILER.sub("", LEADER.sub("", name.strip()))
    return FOOTNOTE_MARK.sub("", name.strip()).strip("*＊").strip()


def _name(ctx: Context, node: Node, start: int, end: int, named: list[Named], separated: bool = False) -> None:
    """One name at [start, end) of ``node``'s text: its State goes to ``named``; a finding when it is not the
    UN short name of a State. ``separated``: the list separates its other names with commas, so names run together
    here lack theirs (a list written with spaces only, as a page may flatten a table, is left alone)."""
    text = node.para.text
    raw = text[start:end]
    name = _clean(raw)
    if not name or name.casefold() in NO_NAME:
        return
    start += raw.index(name)
    end = start + len(name)
    names = ctx.lib.state_names
    found = names.find(name)
    observer = False  # the list itself says the name sits as an observer: "Taiwan (observer)", "科索沃（观察员）"
    if found is None and REMARK.search(name):
        bare = _clean(REMARK.sub("", name))  # "Iraq (the author)" – but "Iran (Islamic Republic of)" is a name
        if not bare:
            return
        if names.find(bare) is not None:
            observer = any(OBSERVER_REMARK.search(remark) for remark in REMARK.findall(name))
            name, end = bare, start + len(bare)
            found = names.find(bare)
    # "Кenya" with a Cyrillic К, "Ｊａｐａｎ" in full-width letters (which the library reads as "Japan"): letters that
    # look Latin and are not, in a name a search or a list of States does not find (not a Chinese name's brackets)
    latin = latin_reading(name)
    alike = names.find(latin) if any(c.isalpha() for c in strangers(name)) and not CJK.search(name) else None
    if alike is not None and alike.country is not None:
        named.append(Named(alike.country.iso3, node, start, end))
        ctx.add("state-name", node, start + 1, name=name,
                suggestion=Text(f"; write {latin!r}", f"，应为“{latin}”") + described(name))
        return
    governed = GOVERNMENT.match(name) if found is None else None
    state = names.find(governed.group("state")) if governed else None
    if state is not None and state.country is not None:  # a State's government named for the State
        named.append(Named(state.country.iso3, node, start, end))
        suggestion = state.country.name[ctx.lang]
        ctx.add("state-name", node, start + 1, name=name, suggestion=did_you_mean(suggestion))
        return
    glued = _glued(ctx, name) if found is None and separated else []
    if glued:  # "The Republic of GabonThe Republic of Brazil": a name's last letter, then the next name's capital
        bounds = list(zip([0, *glued], [*glued, len(name)], strict=True))
        for (first_start, cut), (_, second_end) in zip(bounds, bounds[1:], strict=False):
            ctx.add("sponsor-separator", node, start + cut + 1, fix="put a comma between the names",
                    edits=[Replace(start + cut, start + cut, ", ")], first=name[first_start:cut],
                    second=name[cut:second_end], separator=LIST_MARK[False])
        for piece_start, piece_end in bounds:  # each piece counts for duplicates; the separator is the fault
            meant = _state_meant(ctx, name[piece_start:piece_end])
            if meant is not None:
                named.append(Named(meant.iso3, node, start + piece_start, start + piece_end))
        return
    if found is None:
        spans = names.segment(name)
        if spans is not None:  # names run together without separators
            # UN-H06: names separated by commas; ZH-H02: by 、, though Chinese lists vary ("、", "，", spaces):
            # there, only two names with nothing at all between them
            chinese = bool(CJK.search(name))
            if separated:
                for (first_start, first_end), (second_start, second_end) in zip(spans, spans[1:], strict=False):
                    if chinese and first_end != second_start:
                        continue
                    cut = start + first_end
                    ctx.add("sponsor-separator", node, cut + 1,
                            fix="put 、 between the names" if chinese else "put a comma between the names",
                            edits=[Replace(cut, cut, "、" if chinese else ",")], first=name[first_start: first_end],
                            second=name[second_start: second_end], separator=LIST_MARK[chinese])
            for span_start, span_end in spans:
                _name(ctx, node, start + span_start, start + span_end, named)
            return
    column = start + 1
    if found is not None and found.country is not None:
        country = found.country
        named.append(Named(country.iso3, node, start, end))
        capitalised = _capitalised(name, country) or _apostrophe(name, country)
        if capitalised is not None:  # "The grand duchy of Luxembourg", "Russian federation", "Peoples' Republic"
            ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(capitalised))
        elif found.how == "native":  # "Nippon-koku", "Kongeriget Danmark": the State's own name for itself
            if ctx.profile == "un":  # a UN sponsor line lists the States by their United Nations names (UN-H06)
                ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(country.name[ctx.lang]))
            else:  # the State is plain to see; the blind sets leave a delegate's own-language name unmarked
                ctx.add("state-style", node, column, name=name, short=country.name[ctx.lang])
        elif found.how == "informal":  # "北朝鲜": a colloquial name no Chinese standard gives the State (UN-H06)
            ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(country.name[ctx.lang]))
        elif found.how == "formal":
            ctx.add("sponsor-short-name", node, column, name=name, short=country.name[ctx.lang])
        elif found.how == "common":
            _common(ctx, node, start, name, country)
        elif _accent_added(name, country):  # "Perú", "México", "Việt Nam": the name with its own language's accents
            ctx.add("state-style", node, column, name=name, short=country.name[ctx.lang])
        if country.observer and ctx.profile != "un":  # UN-H06: observer States sponsor UN drafts, footnoted
            ctx.add("observer-state", node, column, name=name)
        return
    if found is not None and found.how in ("former", "former-initials"):
        _former(ctx, node, start, end, name, found.entity, found.how == "former-initials", named)
        return
    if found is not None:
        # "The Republic of China" in a committee set in 1946 was a Member State; a MUN list that seats a non-member
        # as an observer says itself that it is none (a UN sponsor line lists States only: there it is said)
        if not historical(ctx) and not (observer and ctx.profile != "un"):
            ctx.add("not-member", node, column, name=name, detail="")
        return
    short = names.abbreviation(name)
    if short is not None:
        named.append(Named(short.iso3, node, start, end))
        _common(ctx, node, start, name, short)
        return
    garbled = names.garbled(name)  # the State a garbled long name means, when one stands out
    formal = names.formal_style(name)
    if formal is not None and (garbled is None or garbled.iso3 == formal.iso3):
        named.append(Named(formal.iso3, node, start, end))
        if not CJK.search(name) and _misstyled(name, formal):  # "Republic of Germany", "Republic of Portugal"
            if ctx.profile == "un" or _misspelt_core(name, formal):  # "Portugese Republic": a misspelling
                _misnamed(ctx, node, column, name, formal)
            else:  # the State is plain to see; a chair sends no draft back for the style of its name
                ctx.add("state-style", node, column, name=name, short=formal.name[ctx.lang])
        else:
            ctx.add("sponsor-short-name", node, column, name=name, short=formal.name[ctx.lang])
        return
    misnamed = names.styled_misname(name) if garbled is None else garbled
    if misnamed is not None:
        named.append(Named(misnamed.iso3, node, start, end))
        _misnamed(ctx, node, column, name, misnamed)  # "The Great Republic of Japan", "Democratic Republic of Korea"
        return
    close = names.near_miss(name)
    if close is not None:
        ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(close.name[ctx.lang]))
        return
    several = [country for country in names.near_misses(name) if key(country.name["zh"])[:1] == key(name)[:1]] \
        if CJK.search(name) and len(name) >= 4 else names.near_misses(name) if _english_slip(name) else []
    if len(several) > 1:
        # a Chinese name one character off two States' past its first (阿尔及尼亚: 阿尔及利亚 and 阿尔巴尼亚) is no
        # State's name but a slip of one of them, whichever it meant (ZH-H02): said with both. Not a name whose
        # first character differs from theirs (北非共和国 beside 南非 and 中非共和国: a word of its own, no slip).
        # An English name as near two States ("Nigera": Niger and Nigeria) the same (UN-H02), when it is no English
        # word ("Mail", "Malty" are words, no slip of Mali or Malta)
        either = [country.name[ctx.lang] for country in several]
        ctx.add("state-name", node, column, name=name,
                suggestion=Text(f"; did you mean {' or '.join(repr(m) for m in either)}?",
                                "，是否为" + "或".join(f"“{m}”" for m in either) + "？"))
        return
    typed_for = _homophone_slip(ctx, name)
    if typed_for is not None:
        ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(typed_for.name[ctx.lang]))
        return
    if ctx.profile == "un":  # a UN sponsor line names States only
        ctx.add("state-name", node, column, name=name, suggestion="")


def _homophone_slip(ctx: Context, name: str) -> Country | None:
    """The one Member State whose two-character Chinese name ``name`` writes with its second character typed as a
    homophone (加篷 for 加蓬, 乍德 for 乍得: an input-method slip, ZH-H02); the near-miss rule leaves names so short alone,
    as one character changed any way would reach several (加篷 is one off 加蓬 and 加纳)."""
    folded = key(name)
    if len(folded) != 2 or not CJK.search(folded):
        return None
    meant = {c.iso3: c for c in ctx.lib.state_names.countries if not c.observer
             and len(own := key(c.name["zh"])) == 2 and own != folded and own[0] == folded[0]
             and homophones(own[1], folded[1])}
    return next(iter(meant.values())) if len(meant) == 1 else None


def _english_slip(name: str) -> bool:
    """``name`` may be an English slip of a State's name: one word of letters ("Nigera", "Austira"), capitalised
    and not in capitals (an acronym is none), that the dictionary does not know."""
    word = name.strip()
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}", word)) and not spelling.known(word)


def _former(ctx: Context, node: Node, start: int, end: int, name: str, entity: str, initials: bool,
            named: list[Named]) -> None:
    """A State's name of the past ("Union of Soviet Socialist Republics", "Upper Volta", "USSR"): right in a committee
    set in that past, where it sorts under that name; its initials are an abbreviation there as "USA" is (MUN-F07);
    in a committee set now, the name of a Member State renamed since is a warning naming the State's name now, and a
    State that is gone is no State in a UN sponsor line."""
    english, chinese, now = ctx.lib.state_names.former(entity)
    written = chinese if ctx.lang == "zh" else english
    named.append(Named(now.iso3 if now is not None else f"~{english}", node, start, end,
                       written=written if initials else name))
    if initials:
        ctx.add("state-abbreviation", node, start + 1, name=name, official=written)
    elif historical(ctx):
        return
    elif now is not None:  # "Burma", as a common name is: the UN name is suggested
        ctx.add("state-common-name", node, start + 1, name=name, official=now.name[ctx.lang])
    elif ctx.profile == "un":
        ctx.add("state-name", node, start + 1, name=name, suggestion="")


# a date in the heading before 2000 ("17 November 1967", "Date: October 24, 1962", "(October 1962)"): a draft dated
# then is set then, as no draft handed in now bears a date of the last century
PAST_DATE = lazy(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|"
                 r"October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+19\d\d\b|(?<!\d)19\d\d年\d{1,2}月")


def historical(ctx: Context) -> bool:
    """The heading names a historical committee ("Committee: Historical General Assembly", "Historical Security
    Council", "历史安理会") or dates the draft in the last century ("17 November 1967"): its delegations bear the
    names and the membership of their time."""
    return any(HISTORICAL.search(node.para.text) or PAST_DATE.search(node.para.text) for node in ctx.tree.heading)


def _capitalised(name: str, country: Country) -> str | None:
    """The State's name as written by the United Nations when ``name`` is that name with a word it capitalises
    in lower case ("People's republic of Bangladesh" → "People's Republic of Bangladesh"); None otherwise (a name
    in capitals, "SYRIA", is no slip, nor "Kingdom Of Bhutan")."""
    if name.isupper() or CJK.search(name):
        return None
    given = _the_less(name).replace("’", "'").split()
    for written in _written(country):
        right = written.replace("’", "'").split()
        if [w.casefold() for w in given] == [w.casefold() for w in right] and any(
                g[:1].islower() and r[:1].isupper() for g, r in zip(given, right, strict=True)):
            return written
    return None


def _apostrophe(name: str, country: Country) -> str | None:
    """The State's name as written by the United Nations when ``name`` is that name with an apostrophe misplaced
    or left out ("Democratic Peoples' Republic of Korea", "Lao Peoples Democratic Republic"); None otherwise
    ("Cote D'Ivoire" is the name without its accent and curly apostrophe, no slip)."""
    if CJK.search(name):
        return None
    given = _words(name)
    for written in _written(country):
        right = _words(written)
        if given != right and [w.replace("'", "") for w in given] == [w.replace("'", "") for w in right]:
            return written
    return None


def _accent_added(name: str, country: Country) -> bool:
    """``name`` is one of the State's English names with accents none of them bears ("Perú", "México", "Panamá",
    "Việt Nam"): the name as the State's own language writes it. A name the United Nations writes with its accent
    ("Côte d'Ivoire", "Türkiye") is right, and so is one that leaves an accent out ("Cote d'Ivoire")."""
    if name.isascii() or CJK.search(name):
        return False
    same = [written for written in (*_written(country), *country.listed_en) if _words(written) == _words(name)]
    return bool(same) and not any(_marks(name) <= _marks(written) for written in same)


def _marks(name: str) -> set[tuple[str, str]]:
    """The accented letters of a name, as (letter, accent) pairs in lower case."""
    pairs = set()
    for letter in name.casefold():
        decomposed = unicodedata.normalize("NFKD", letter)
        pairs |= {(decomposed[0], mark) for mark in decomposed[1:] if unicodedata.combining(mark)}
    return pairs


def _written(country: Country) -> list[str]:
    """The English names the United Nations gives ``country`` (short, formal, other), without a leading "the"."""
    return [_the_less(written) for written in (country.name.en, country.formal.en, *country.aliases_en)]


def _the_less(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _words(name: str) -> list[str]:
    """A name's words for comparing spellings: case, accents and a leading "the" aside, one kind of apostrophe."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _the_less(plain.casefold().replace("’", "'").strip()).split()


def _misstyled(name: str, country: Country) -> bool:
    """A name in a State's style that its formal name is not: short of a word of State form ("Republic of
    Germany"), another form than the formal name's ("Kingdom of France"), or "<form> of <short name>" where the
    formal name says it with an adjective ("Republic of Portugal": the Portuguese Republic), or any style where the
    formal name is the bare name ("State of Japan"), unless a source gives it (:data:`ATTESTED_STYLE`)."""
    given, formal = _form_words(name), _form_words(country.formal.en)
    if given < formal or (formal and not given <= formal):
        return True
    if given and not formal and not given <= ATTESTED_STYLE.get(country.iso3, set()):
        return True  # "State of Japan", "Federation of Malaysia", "Republic of Ireland": the State's name is bare
    if given & CROWN_FORM - formal:  # "Kingdom of Ukraine", "Dominion of Canada": a style no source gives it
        return True
    short = country.name.en.casefold()
    if f" of {short}" in name.casefold() and short not in country.formal.en.casefold():
        return True
    return _misspelt_core(name, country)


def _misspelt_core(name: str, country: Country) -> bool:
    """The word the style is built round is one edit off (a letter, or two swapped) the State's name or a word of
    its formal name ("Republic of the Philippine"); an adjective of the name ("Italian Republic") is no slip."""
    core = [w for w in re.findall(r"[a-z']+", name.casefold()) if w not in STATE_FORM]
    known = {w for w in re.findall(r"[a-z']+", f"{country.formal.en} {country.name.en}".casefold())
             if w not in STATE_FORM}
    return len(core) == 1 and core[0] not in known and any(edit_distance(core[0], word, 1) == 1 for word in known)


# styles of a crown or an empire: a State whose formal name lacks the word is never called so
# States whose name the UN gives without a word of State form, but whose constitution or UNTERM gives a longer
# one: that style is a formal name, any other style a misnomer
ATTESTED_STYLE = {"AUS": {"commonwealth"}, "NPL": {"federal", "democratic", "republic"}}
CROWN_FORM = {"kingdom", "principality", "duchy", "sultanate", "emirate", "dominion", "empire"}


def _form_words(name: str) -> set[str]:
    """The words of State form in a name ("federal", "republic"; not "of" or "the")."""
    return {w for w in re.findall(r"[a-z]+", name.casefold()) if w in STATE_FORM} - {"the", "of", "and"}


def _misnamed(ctx: Context, node: Node, column: int, name: str, country: Country) -> None:
    """A name in a State's style that is none of its names: a warning naming the UN short name (none in a historical
    committee, where "Philippine Commonwealth" is the name of the time)."""
    if not historical(ctx):
        ctx.add("state-name", node, column, name=name, suggestion=did_you_mean(country.name[ctx.lang]))


def _common(ctx: Context, node: Node, start: int, name: str, country: Country) -> None:
    """A common name ("Russia", "美国"): a suggestion naming the UN name; the State's initials ("USA", "U.K.",
    "KSA") a warning, an abbreviation never written out (MUN-F07); --fix leaves a delegation's name alone."""
    rule = "state-abbreviation" if _initials(name, country) else "state-common-name"
    ctx.add(rule, node, start + 1, name=name, official=country.name[ctx.lang])


def _initials(name: str, country: Country) -> bool:
    """``name`` is the State's initials, not one of its names in capitals ("SYRIA", "IRAN" in a list in capitals)."""
    if not ABBREVIATION.fullmatch(name):
        return False
    plain = name.replace(".", "").casefold()
    return not any(written.casefold() == plain and not written.isupper()
                   for written in (country.name.en, country.formal.en, *country.aliases_en))



# a run of names a clause lists ("Peru, Bolivia and Equador", "Mali, Niger, Chad"): capitalised words (one to three
# each) joined by commas and a last "and"
NAME_RUN = lazy(r"(?<![\w-])(?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?:(?:, |,? and )(?:[A-Z][a-z'’-]+"
                r"(?: [A-Z][a-z'’-]+){0,2}))+(?![\w-])")
# a State's name misspelt as a word of its own ("Columbia"): read as a slip all the same
REAL_WORD_SLIPS = frozenset(RULES["state-name"].word_list("real-word-slips"))
NAME_RUN_SPLIT = lazy(r", and |, | and ")


def check_text(ctx: Context) -> None:
    """UN-H06 in the text: a State's name misspelt in a list of States a clause gives ("farmers in Peru, Bolivia and
    Equador"). A name one slip off a Member State's ( :meth:`near_miss`) is said when another name of the same list
    is a State's, so the list is one of States, and the word is no English word; a name that is a State's in any
    form, a word the dictionary knows and a list of no State are left alone (places, people, bodies)."""
    if ctx.lang != "en":
        return
    names = ctx.lib.state_names
    nodes = [*ctx.tree.preamble, *ctx.tree.walk()]
    nodes += [c for n in list(nodes) for c in n.continuation]
    nodes += ctx.tree.annexes  # an annexed text's own lists of States ("Young people from Peru, Kenya and …")
    for node in sorted(nodes, key=lambda n: n.para.index):
        text = node.para.text
        for run in NAME_RUN.finditer(text):
            pieces: list[tuple[int, str]] = []
            at = run.start()
            for piece in NAME_RUN_SPLIT.split(run.group(0)):
                at = text.index(piece, at)
                pieces.append((at, piece))
                at += len(piece)
            states = [_state_meant(ctx, piece) for _, piece in pieces]
            if not any(states):
                continue
            for (start, piece), state in zip(pieces, states, strict=True):
                if state is not None or " " in piece or spelling.known(piece.lower()) and piece not in REAL_WORD_SLIPS:
                    continue
                close = names.near_miss(piece)
                if close is not None and close not in states:
                    ctx.add("state-name", node, start + 1, name=piece, suggestion=did_you_mean(close.name[ctx.lang]))
