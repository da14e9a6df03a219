"""Abbreviations in the body of a conference draft (MUN-F07): an organisation's or a treaty's initials ("UNODC",
"ICT", "NGOs", "WHO") are written out in full at first use, the abbreviation after them in brackets
("non-governmental organizations (NGOs)"). The abbreviations UN practice leaves unexplained ("UN", "HIV",
"COVID-19") and State initials (the delegations family's ``state-abbreviation``) are not this rule's.

An abbreviation counts as written out when its first use stands in brackets, or when the words of its full form
come before it in the body (their initials spell it), or when a heading line introduces it with its full form in
brackets ("Topic: … of WMDs (Weapons of Mass Destruction)", "Topic: the World Health Organization (WHO)"): the
body may then use it alone. A full name merely standing in the heading ("Committee: World Health Organization")
introduces nothing. Lines in capitals (a THIMUN organ line, a title typed in
capitals) are not searched: their words are not abbreviations.

In a Chinese draft (FORMAT.md MUN-F07 ZH) the full name comes first and the short form after it in brackets:
"联合国阿卜耶伊临时安全部队(联阿安全部队)", "世界贸易组织(WTO)". Latin initials ("WTO", "NGO", "UN") with no Chinese
(or English) full name before them are a rule of their own, ``initials-in-chinese``, a warning where the English
rule is a suggestion: in Chinese text they are a foreign script, never left bare in UN Chinese; the number a goal
or session shares with its initials ("可持续发展目标4(SDG 4)") and an English name given in the brackets before
them, words in lower case too
("损失和损害应对基金(Fund for responding to Loss and Damage, FRLD)"), write them out as well. A Chinese short
form used before the paragraph that defines it is not: adopted Security Council texts do so (联塞部队 in
S/RES/2506 (2020), defined two paragraphs later). A generic short title in title marks (《公约》, 《议定书》, 《宣言》) is, where no full title of its kind (《……公约》) came
before it: it names no instrument until one is written out.
"""

from __future__ import annotations

import re

from drafter.check.context import Context
from drafter.patterns import lazy
from drafter.structure import Node, spelling

# initials of two to eight capitals, a plural "s" allowed ("NGOs"), not part of a symbol ("A/RES/74/247") or of
# a word in capitals
ABBREVIATION = lazy(r"(?<![\w/.-])([A-Z]{2,8})(s?)(?![\w/]|-[A-Z0-9])")  # not "SS-4", "COVID-19"
# abbreviations UN texts use without writing them out (UN Editorial Manual practice: the Organization's own
# initials, the names of diseases)
KNOWN = frozenset({"UN", "HIV", "AIDS", "COVID", "SARS", "MERS", "DNA", "GDP"})
# in Chinese text the Organization is always 联合国: UN Chinese never writes "UN", whose exemption is English usage
KNOWN_IN_CHINESE = KNOWN - {"UN"}
SKIPPED_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "against", "de", "&"})
# a Roman numeral written the standard way ("XV", "VII", "MCM"): "IDC", "ICC", "CDC" and "LDCs" are made of its
# letters but are initials, not numbers; one with a plural "s" ("MDCs") is initials too
ROMAN = lazy(r"(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
CAPITALS_AROUND = lazy(r"[A-Z]{2,}\s+$|^\s+[A-Z]{2,}\b")  # a word in capitals right before or after


def check(ctx: Context) -> None:
    """MUN-F07: one warning on the paragraph where an abbreviation is first used without its full form."""
    if ctx.profile == "un":
        return  # a conference convention
    if ctx.lang == "zh":
        _latin_in_chinese(ctx)
        _short_titles(ctx)
        return
    names = ctx.lib.state_names
    seen = _introduced_in_heading(ctx, ABBREVIATION)
    before = ""  # the body's text up to the paragraph being read
    for node in _body(ctx):
        text = node.para.text
        if not _in_capitals(text):
            for match in ABBREVIATION.finditer(text):
                initials = match.group(1)
                roman = ROMAN.fullmatch(initials) and not match.group(2)  # "MDCs": a plural, no number
                if initials in seen or initials in KNOWN or roman or _a_word(text, match) \
                        or CAPITALS_AROUND.search(text[:match.start()]) or CAPITALS_AROUND.search(text[match.end():]):
                    continue  # "UNIVERSAL DECLARATION OF HUMAN RIGHTS", "NOTING that": words in capitals
                seen.add(initials)
                found = names.find(initials + match.group(2)) or names.find(initials)
                if found is not None or _bracketed(text, match) or _written_out(before + text[:match.start()],
                                                                                initials) \
                        or _written_out(_brackets_after(text, match), initials):
                    continue
                ctx.add("abbreviation-unexplained", node, match.start() + 1, abbreviation=match.group(0))
        before += text + "\n"


def _introduced_in_heading(ctx: Context, pattern: re.Pattern[str]) -> set[str]:
    """The abbreviations a heading line introduces with their full form in brackets, before ("… on Drugs and Crime
    (UNODC)") or after them ("WMDs (Weapons of Mass Destruction)", "WTO(世界贸易组织)")."""
    introduced: set[str] = set()
    for node in ctx.tree.heading:
        text = node.para.text
        for match in pattern.finditer(text):
            initials = match.group(1)
            inside = _brackets_after(text, match)
            if (_bracketed(text, match) and (_written_out(text[:match.start()], initials)
                                             or HAN.search(text[:match.start()].rstrip()[-2:-1] or ""))) \
                    or _written_out(inside, initials) or HAN.search(inside):
                introduced.add(initials)
    return introduced


def _in_capitals(text: str) -> bool:
    """Most of the paragraph's letters are capitals: a line typed in capitals ("THE GENERAL ASSEMBLY,")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) * 5 >= len(letters) * 3


def _body(ctx: Context) -> list[Node]:
    """The preambular and operative paragraphs with their sub-paragraphs, in document order."""
    nodes = [*ctx.tree.preamble, *ctx.tree.walk()]
    nodes += [c for n in list(nodes) for c in n.continuation]
    return sorted(nodes, key=lambda n: n.para.index)


def _a_word(text: str, match: re.Match[str]) -> bool:
    """An English word typed in capitals for emphasis, not initials: the paragraph's first word ("NOTING that",
    "DEFINING the") or a longer word the dictionary knows ("PURELY")."""
    word = match.group(0)
    first = not text[:match.start()].strip(" \t0-9.)(")
    return spelling.known(word.lower()) and (first or len(word) >= 6)


def _brackets_after(text: str, match: re.Match[str]) -> str:
    """The words in brackets right after the abbreviation: "the UDHR (Universal Declaration of Human Rights)"."""
    after = re.match(r"\s*[(（]([^()（）]*)[)）]", text[match.end():])
    return after.group(1) if after else ""


# the end of brackets holding initials, the number of the goal or session they name allowed: "(SDG 4)", "(COP 29)"
BRACKET_CLOSED = lazy(r"\s*(?:\d+(?:\.\d+)*\s*)?[)）]")


def _bracketed(text: str, match: re.Match[str]) -> bool:
    """The abbreviation stands in brackets after its full form: "… on Drugs and Crime (UNODC)", "… Goal 4 (SDG 4)"."""
    return text[:match.start()].rstrip().endswith(("(", "（")) and bool(BRACKET_CLOSED.match(text[match.end():]))


def _written_out(text: str, initials: str) -> bool:
    """Capitalised words before the abbreviation whose initials spell it ("World Health Organization" for "WHO";
    "of", "and", "the" skipped, each part of a hyphenated word giving its letter: "Non-Governmental
    Organizations"). A word in lower case breaks the run: initials spelt by chance across a sentence count for
    nothing."""
    letters: list[str] = []
    for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text):
        if word.casefold() in SKIPPED_WORDS:
            continue
        letters.extend(part[0] for part in word.split("-") if part) if word[0].isupper() else letters.append("|")
    return initials in "".join(letters)


HAN = lazy(r"[\u4e00-\u9fff]")  # Chinese drafts only: compiled on first use
# Latin initials among Chinese characters (which ``\w`` counts as letters): "与WTO合作"
# initials inside a symbol or a Latin name: "PSC/PR/COMM.", "GC(63)/RES/1", "FV Siraj"
SYMBOL_AROUND = lazy(r"(?:/|[A-Za-z]\s)\s*$")
SYMBOL_AFTER = lazy(r"\.|[(\w)]{0,12}/|\s+[A-Za-z]")
LATIN_INITIALS = lazy(r"(?<![A-Za-z0-9/.-])([A-Z]{2,8})(s?)(?![A-Za-z0-9/]|-[A-Z0-9])")


NUMBER_END = lazy(r"\s*\d+(?:\.\d+)*$")
# the English name that opens the brackets of the initials and a comma before them: "(Fund for responding to Loss
# and Damage, FRLD"
ENGLISH_NAME = lazy(r"[(（]\s*([A-Za-z][A-Za-z'’&\s-]*?)\s*[,，]\s*$")


def _english_name_before(text: str, match: re.Match[str]) -> bool:
    """The initials close brackets that give the English name first, a comma between them, and every word of that
    name but "of", "and", "for", "to" … gives its first letter, in lower case too: "损失和损害应对基金(Fund for
    responding to Loss and Damage, FRLD)". Within one bracket the letters cannot be spelt by chance, so the word
    in lower case (which ``_written_out`` takes for a break) counts."""
    name = ENGLISH_NAME.search(text[:match.start()])
    if name is None or not BRACKET_CLOSED.match(text[match.end():]):
        return False
    letters = [part[0] for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", name.group(1))
               if word.casefold() not in SKIPPED_WORDS for part in word.split("-") if part]
    return "".join(letters).upper() == match.group(1)


def _latin_in_chinese(ctx: Context) -> None:
    """Latin initials in a Chinese draft at their first use: right after a Chinese full name in brackets
    ("世界贸易组织(WTO)", "《特定常规武器公约》(CCW)"), written out in brackets after them ("WTO(世界贸易组织)") or
    after their English words, else an ``initials-in-chinese`` warning: a foreign script its reader cannot expand,
    which UN Chinese never leaves bare (世卫组织, 难民署, 非政府组织), "UN" included. Symbols ("PSC/PR/COMM.",
    "GC(63)/RES/1"), Latin names ("FV Siraj", "UN Women") and roman numerals ("第1514(XV)号") are no abbreviations."""
    names = ctx.lib.state_names
    seen = _introduced_in_heading(ctx, LATIN_INITIALS)
    before = ""
    for node in _body(ctx):
        text = node.para.text
        for match in LATIN_INITIALS.finditer(text):
            initials = match.group(1)
            if initials in seen or initials in KNOWN_IN_CHINESE or ROMAN.fullmatch(initials) \
                    or SYMBOL_AROUND.search(text[:match.start()]) or SYMBOL_AFTER.match(text[match.end():]):
                continue
            seen.add(initials)
            if names.find(initials + match.group(2)) is not None or names.find(initials) is not None:
                continue
            opening = text[:match.start()].rstrip()
            # the Chinese name before the bracket, a space typed between them or not: "儿童性虐待材料 (CSAM)"; the
            # number it and the initials share after it: "可持续发展目标4(SDG 4)"; a title in its marks:
            # "《特定常规武器公约》(CCW)"
            name = NUMBER_END.sub("", opening[:-1].rstrip()).rstrip("》」』”")
            if (_bracketed(text, match) and HAN.match(name[-1:] or " ")) \
                    or HAN.search(_brackets_after(text, match)) \
                    or _written_out(before + text[:match.start()], initials) \
                    or _written_out(_brackets_after(text, match), initials) \
                    or _english_name_before(text, match):
                continue
            ctx.add("initials-in-chinese", node, match.start() + 1, abbreviation=match.group(0))
        before += text + "\n"


# a generic short title in title marks (《公约》, 《議定書》), which stands for a full title written out before it
SHORT_TITLE = lazy(r"《\s*(公约|公約|议定书|議定書|宪章|憲章|协定|協定|宣言|条约|條約)\s*》")
# a full title in title marks (《联合国打击网络犯罪公约》) or, in a heading line, a full name without them
# (议题：联合国打击网络犯罪公约的执行); group 1 the kind of instrument its last word names
FULL_TITLE = lazy(r"《[^《》]*?[\u4e00-\u9fff]\s*(公约|公約|议定书|議定書|宪章|憲章|协定|協定|宣言|条约|條約)\s*》")
# "其" before a short title ties it to the instrument just named: «《关于难民地位的公约》及其1967年《议定书》»
ITS = lazy(r"其\s*(?:\d{4}\s*年)?\s*$")
HEADING_TITLE = lazy(r"[\u4e00-\u9fff]{2}(公约|公約|议定书|議定書|宪章|憲章|协定|協定|宣言|条约|條約)")


def _short_titles(ctx: Context) -> None:
    """MUN-F07: a generic short title (《公约》) at its first use, where neither the heading nor the text before it
    wrote out a full title of its kind (《联合国打击网络犯罪公约》): the instrument is then never named. One that
    follows 其 after a full title is that instrument's own (《关于难民地位的公约》及其1967年《议定书》)."""
    kinds: set[str] = set()  # the kinds of instrument whose full title has been written out
    for node in ctx.tree.heading:
        kinds.update(match.group(1) for match in HEADING_TITLE.finditer(node.para.text))
    for node in _body(ctx):
        text = node.para.text
        if "《" not in text:
            continue
        full = [(match.start(), match.group(1)) for match in FULL_TITLE.finditer(text)]
        for match in SHORT_TITLE.finditer(text):
            kind = match.group(1)
            if kind in kinds or any(at < match.start() and of == kind for at, of in full) \
                    or (full and ITS.search(text, 0, match.start())):
                continue  # its own title written out before, or an instrument's own (…公约》及其《议定书》)
            kinds.add(kind)  # one finding for each kind
            ctx.add("abbreviation-unexplained", node, match.start() + 1, abbreviation=match.group(0))
        kinds.update(of for _, of in full)
