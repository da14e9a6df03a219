"""The grammar of a paragraph's opening words: operative verb, participle, legislative formula, infinitive, or no
verb at all; and the form a lead takes in the other part ("Recognizes" in a preamble is "Recognizing").

English forms are derived from the word as written (so "Recognises" becomes "Recognising", keeping the draft's
spelling) and chosen by the phrase list first, the spelling dictionary second.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.hanzi import has_traditional, simplified
from drafter.patterns import lazy
from drafter.structure import spelling
from drafter.structure.phrases import EN_MODIFIER, Phrases, fold_spelling

# "Whereas", "Be it hereby resolved that", "Now, therefore, be it resolved": how laws and US bills open, not UN texts
LEGISLATIVE = lazy(r"(?:now,?\s+)?(?:therefore,?\s+)?(?:be\s+it\s+(?:hereby\s+|further\s+|also\s+)*resolved"
                   r"(?:\s+that)?|whereas|it\s+is\s+(?:hereby\s+)?resolved(?:\s+that)?|resolved,?\s+that)\b",
                   re.IGNORECASE)
PARTICIPLE = lazy(r"[A-Z][a-z]{2,}ing\b")  # "Defining", "Remembering": how a preambular paragraph opens
# a past participle with its agent, another way a preambular paragraph opens ("Inspired by", "Encouraged by"); not
# the heading's "Submitted by", "Sponsored by"
_HEADING_PARTICIPLES = (r"Submitted|Sponsored|Co-sponsored|Cosponsored|Signed|Presented|Proposed|Written|Drafted"
                        r"|Adopted|Approved|Prepared|Chaired|Organi[sz]ed|Hosted")
PAST_PARTICIPLE_BY = lazy(rf"(?!(?:{_HEADING_PARTICIPLES})\b)[A-Z][a-z]{{2,}}ed\s+by\b")
# a past participle or adjective with what follows it ("Troubled that", "Bewildered by", "Heartened at"): a
# preambular paragraph's opening the phrase list may lack; an operative paragraph opens with a finite verb
PAST_PARTICIPLE_LEAD = lazy(rf"(?!(?:{_HEADING_PARTICIPLES}|Dated|Based|Located|Related|Entitled|Titled|Called"
                            rf"|Named)\b)[A-Z][a-z]{{2,}}ed\s+(?:by|that|about|at|with|over|of|to|in)\b")
INFINITIVE = lazy(r"to\s+(?!(?:the|a|an|this|that|these|those|its|their|all|be)\b)([a-z]+)\b", re.IGNORECASE)
# words that never open a clause with its verb: articles, determiners, pronouns, prepositions, conjunctions
EN_NO_VERB = frozenset("""the a an every each all any some no this these those its their our his her my your we it
they there he she i you such both many most several other another in on at for with by from under within without
through during after before since if when because although though where unless until upon more less fewer few
much as""".split())
# a word in the possessive ("WW’s", "Israel's"): the opening of a subject
POSSESSIVE = lazy(r"\w['’]s$")
# a noun made of a verb, the object after "of" ("Designation of", "Establishment of", "Creation of"): a clause's
# subject where its verb belongs (the verb is "Designates", "Establishes", "Creates")
NOMINAL = lazy(r"[A-Z][a-z]{2,}(?:tion|sion|ment|ance|ence)")
# a subject followed by a modal or auxiliary: "Countries must", "Member States should", "Saudi Arabia will"
EN_MODALS = frozenset("""must will shall should would can could may might need needs ought is are was were has have
had does do did""".split())
# a modal opening the clause, its subject after it or left out: "Should Member States lower …", "Must ensure …" (a
# question's or a note's order; the clause opens with the organ's verb, UN-B06); "May" and "Will" may be names
OPENING_MODALS = frozenset("should must shall could would might ought".split())
# plural nouns a clause's subject opens with that no verb shares ("Governments to ensure …", "Donors to fund …": the
# organ's verb dropped before them); "States" is left out: "States that …" is a verb
SUBJECT_PLURALS = frozenset("""governments countries nations parties donors stakeholders organizations organisations
agencies institutions members ministries authorities citizens communities companies corporations universities
delegations signatories ngos""".split())
# words that join a verb to its object clause, never a subject's ("Urge that States will", "Decide whether it can")
SUBJECT_JOINS = frozenset("that whether how what which who why to and or".split())
# Chinese openings without the verb: a preposition or time frame (在……前, 对……, 为了, 鉴于; 有关 / 至于 / 针对, the
# "concerning" and "as for" of a topic: 有关中小企业的合规成本；), or a subject with a modal
ZH_FRAME = lazy(r"(?:在|对于|对|关于|有关|至于|针对|为了|为|由于|鉴于|如果|若|当|随着|通过|基于)")
# ("大家应该……", "各个国家要……": a pupil's spoken subjects; "各发达国家应当……", "所有缔约方必须……": a group of States
# named by what sets it apart, its quantifier before it)
ZH_SUBJECT = lazy(r"(?:(?:各个|各|所有|全体|每个|有关|相关)?"
                  r"(?:发达|发展中|最不发达|欠发达|内陆|小岛屿|捐助|受援|沿海|出兵|过境|原籍|东道|有核武器|无核武器|成员|会员|缔约)?"
                  r"(?:国家|国|方)|联合国|国际社会|我们|大家)"
                  r"(?:政府)?"
                  r"(?:应当|应该|应|将|必须|需要|要|会|可以|能够|须|都)")
# a modal with no subject before it ("应该为……提供资金", "必须加强……"): a pupil's "should" where the organ's verb belongs;
# not 应 or 要 alone, which open verbs (应对, 要求)
ZH_MODAL = lazy(r"(?:应当|应该|必须|务必|需要)")
# a body named as the subject of its own verb ("战略空军司令部提高至二级战备状态", "国务院负责……", a cabinet's or a
# crisis committee's order to one of its services): a name of up to ten characters ending with the word of a
# headquarters, a service, a ministry or a secretariat, then a verb (not 的, 和, 与, 及, 、 or a mark, which go on with
# the name or list more). The organ's own operative verb is missing (UN-B06: «指示战略空军司令部提高……»)
ZH_BODY_SUBJECT = lazy(r"[\u4e00-\u9fff]{0,10}?(?:司令部|指挥部|指揮部|委员会|委員會|秘书处|秘書處|部队|部隊|舰队|艦隊"
                       r"|办公室|辦公室|国务院|國務院|国防部|國防部|外交部|司法部|财政部|財政部|情报局|情報局|总部|總部)"
                       r"(?=[\u4e00-\u9fff])(?![的和与與及之])")
# an officer opening the clause as the subject of its verb ("秘书长向大会第八十届会议提交报告", "联合国难民事务高级专员
# 加强……", "世界卫生组织总干事继续……"): the request's 请 cut off when a clause of an adopted text was adapted, or a
# report's sentence; the UN's clauses ask the officer (请秘书长……, UN-B06), none opens with one (GA74, SC2020). The
# officer's title at the paragraph's start, alone or after the name of the body it heads (联合国难民事务, 世界卫生组织,
# 国际原子能机构: a name that opens with 联合国, 世界 or 国际, so that no verb the list lacks is read as a name's start:
# 责成…署署长), then a verb (not 的, 和, 与, 及, 、 or a mark, which go on with a name or a list)
ZH_OFFICER_SUBJECT = lazy(r"(?:(?:联合国|聯合國|世界|国际|國際)[\u4e00-\u9fff]{0,14}?)?"
                          r"(?:常务副秘书长|常務副秘書長|副秘书长|副秘書長|秘书长|秘書長|总干事|總幹事|执行主任|執行主任"
                          r"|高级专员|高級專員|署长|署長|特别代表|特別代表|特使)"
                          r"(?=[\u4e00-\u9fff])(?![的和与與及之])")
# a body named as the subject of a modal ("粮农组织应当……", "联合国开发计划署必须……", "世界银行须……", "非洲联盟应……"):
# a name of up to fourteen characters ending with the word of an organisation, an agency, a programme, a fund, a
# bank, a union or a court, then "should" or "must" (not 应对, 应邀, 应用, which are verbs of their own), or the
# future 将 ("世界银行将拨付……", a pledge a delegation of a crisis committee makes in its own name; 各国将 is ZH_SUBJECT's).
# Such a clause says what the body shall or will do where the organ's verb belongs (UN-B06: «请粮农组织……»,
# «欢迎世界银行承诺……»); 组织 and 署 alone open no such clause, as 组织 is a verb too (组织一次会议)
ZH_NAMED_SUBJECT = lazy(r"(?:[\u4e00-\u9fff、]{1,14}?(?:组织|組織|机构|機構|署|基金会|基金會|基金|银行|銀行|联盟|聯盟|法院)"
                        # or a body's Latin initials (WHO应……, GSF应与……, UNHCR将……: a bilingual delegate's subject)
                        r"|[A-Z]{2,8}s?[ \t]?)"
                        r"(?:应当|應當|应该|應該|必须|必須|务必|務必|需要|须|須|应(?![对邀用变急届])|應(?![對邀用變急屆])"
                        r"|将(?![军领])|將(?![軍領]))")
# a group of States counted by its quantifier opening the clause with no modal after it ("各国坚持履行……", "各缔约国
# 承诺……", "所有国家接受……"): a treaty article's or a speech's subject where the organ's verb belongs; the UN's Chinese
# texts (GA74, SC2020) open no paragraph or item so. Not 各国议会联盟 (a body's name), 各国际组织 (各 + 国际), 各方面
ZH_COUNTED_SUBJECT = lazy(r"(?:各个|各|所有|全体|每个)"
                          r"(?:发达|发展中|最不发达|欠发达|内陆|小岛屿|捐助|受援|沿海|出兵|过境|原籍|东道|有核武器|无核武器|成员|会员|缔约)?"
                          r"(?:国家|国|方)(?:政府)?(?!议会|际|面|之间|的)")

# the instrument itself opening the clause as the subject of its verb ("本公约禁止……", "该条约适用于……"): a treaty
# article's sentence where the organ's verb belongs (UN-B06, ZH-B03: «决定……», «吁请缔约国……»); not its article or
# paragraph cited (本公约第三条, 本公约的), nor a list going on (本公约和……)
ZH_INSTRUMENT_SUBJECT = lazy(r"(?:本|该|該)(?:公约|公約|条约|條約|协定|協定|议定书|議定書)"
                             r"(?=[\u4e00-\u9fff])(?![的和与與及之第所])")


def words(text: str) -> list[str]:
    """The words of ``text`` up to its first clause mark, without surrounding punctuation."""
    clause = re.split(r"[,;:，；：]", text, maxsplit=1)[0]
    return [w.strip("()\"“”‘’'") for w in clause.split()]


def _cased(model: str, word: str) -> str:
    """``word`` with the capital of ``model`` ("Recognizing" after "Recognizes")."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _choose(candidates: list[str], known_firsts: set[str]) -> str | None:
    """The candidate a known lead phrase starts with, else the most frequent dictionary word, else None."""
    for candidate in candidates:
        if fold_spelling(candidate) in known_firsts:
            return candidate
    scored = [(spelling.frequency(c), c) for c in candidates]
    best = max(scored, default=(0, ""))
    return best[1] if best[0] > 0 else None


def participle(verb: str, phrases: Phrases) -> str | None:
    """The participle of an operative verb ("Recognises" → "Recognising", "Urges" → "Urging", "Notifies" →
    "Notifying"), or None when it cannot be told."""
    low = verb.casefold()
    stems = []
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("s"):
        stems.append(low[:-1])
    candidates: list[str] = []
    for stem in stems:
        if not stem:
            continue
        drop_e = stem.endswith("e") and not stem.endswith(("ee", "ye", "oe"))
        candidates.append((stem[:-1] if drop_e else stem) + "ing")
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", stem):
            candidates.append(stem + stem[-1] + "ing")  # "Admits" → "Admitting"
    found = _choose(candidates, phrases.first_words("preambular"))
    return _cased(verb, found) if found else None


def plain_form(verb: str) -> str:
    """The plain form of a verb in the third person ("Recognizes" → "Recognize", "Stresses" → "Stress", "Notifies"
    → "Notify"), as the dictionary knows it, else ""."""
    low = verb.casefold()
    candidates = ([low[:-3] + "y"] if low.endswith("ies") else []) + [low[:-1], low[:-2]]
    known = [c for c in candidates if c and low.endswith("s") and spelling.known(c)]
    if not known:
        return ""
    found = known[0]
    return found.upper() if verb.isupper() else _cased(verb, found)


def past_participle(verb: str, phrases: Phrases) -> str | None:
    """The participle of a verb written in the past tense, when a listed preambular lead opens with it and the
    word is no lead of its own ("Noted" → "Noting", "Recognized" → "Recognizing", "Regretted" → "Regretting"; not
    "Concerned", "Alarmed", which open preambles as they are); None otherwise."""
    low = verb.casefold()
    if not low.endswith("ed") or len(low) < 5 or fold_spelling(low) in phrases.first_words("preambular"):
        return None
    stem = low[:-3] + "y" if low.endswith("ied") else low[:-2]
    candidates = [stem + "ing"]
    if re.search(r"([bdgmnprt])\1$", stem):
        candidates.append(stem[:-1] + "ing")  # "Admitted" → "admitting" (kept first), "Planned" → "planning"
    found = next((c for c in candidates if fold_spelling(c) in phrases.first_words("preambular")), None)
    return _cased(verb if verb[:1].isupper() else verb.capitalize(), found) if found else None


def finite(word: str, phrases: Phrases) -> str | None:
    """The operative (third person) form of a participle or an infinitive ("Recognizing" → "Recognizes", "Taking"
    → "Takes", "Having" → "Has", "encourage" → "Encourages"), or None when it cannot be told."""
    low = word.casefold()
    if low == "having":
        return _cased(word, "has")
    bases = []
    if low.endswith("ing") and len(low) > 4:
        stem = low[:-3]
        bases = [stem, stem + "e"]
        if re.search(r"([bdgmnprt])\1$", stem):
            bases.append(stem[:-1])  # "Admitting" → "admit"
    else:
        bases = [low]
    candidates = []
    for base in bases:
        if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
            candidates.append(base[:-1] + "ies")
        elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
            candidates.append(base + "es")
        else:
            candidates.append(base + "s")
    found = _choose(candidates, phrases.first_words("operative"))
    return _cased(word if low != word else word.capitalize(), found) if found else None


def past_finite(verb: str, phrases: Phrases) -> str | None:
    """The operative form of a verb written in the past tense, when an operative lead opens with it and the word
    is no lead of its own ("Requested" → "Requests", "Decided" → "Decides", "urged" → "Urges", "Notified" →
    "Notifies"; not "Concerned", "Determined", which open preambles as they are); None otherwise."""
    low = verb.casefold()
    if not low.endswith("ed") or len(low) < 5 or fold_spelling(low) in phrases.first_words("preambular") \
            or fold_spelling(low) in phrases.first_words("operative"):
        return None
    stems = [low[:-2], low[:-1]]
    if low.endswith("ied"):
        stems.append(low[:-3] + "y")  # "Notified" → "notify"
    if re.search(r"([bdgmnprt])\1ed$", low):
        stems.append(low[:-3])  # "Admitted" → "admit"
    for stem in stems:
        found = finite(stem, phrases)
        if found and fold_spelling(found) in phrases.first_words("operative"):
            return found
    return None


# leads of UN resolutions in Spanish, French and Portuguese, as the official texts word them (written here without
# their accents, which students drop too), that a translation tool may leave in an English draft ("Reconociendo
# that …", "3. Solicita the Secretary-General …"): the English lead each stands for (UN-B03, UN-B06). Words English
# spells alike ("Invite", "Encourage", "Decide", "Note", "Engage") are left to the English checks.
FOREIGN_PREAMBULAR = {
    # Spanish
    "reconociendo": "Recognizing", "recordando": "Recalling", "reafirmando": "Reaffirming",
    "considerando": "Considering", "observando": "Noting", "tomando nota": "Taking note",
    "teniendo presente": "Bearing in mind", "teniendo en cuenta": "Taking into account",
    "tomando en consideracion": "Taking into consideration", "preocupada": "Concerned", "preocupado": "Concerned",
    "profundamente preocupada": "Deeply concerned", "profundamente preocupado": "Deeply concerned",
    "gravemente preocupada": "Gravely concerned", "gravemente preocupado": "Gravely concerned",
    "acogiendo con beneplacito": "Welcoming", "acogiendo con satisfaccion": "Welcoming", "acogiendo": "Welcoming",
    "destacando": "Emphasizing", "subrayando": "Underlining", "convencida": "Convinced", "convencido": "Convinced",
    "alarmada": "Alarmed", "alarmado": "Alarmed", "afirmando": "Affirming", "reiterando": "Reiterating",
    "deplorando": "Deploring", "lamentando": "Regretting", "habiendo examinado": "Having examined",
    "habiendo considerado": "Having considered", "decidida": "Determined", "decidido": "Determined",
    # French
    "rappelant": "Recalling", "reconnaissant": "Recognizing", "reaffirmant": "Reaffirming",
    "considerant": "Considering", "notant": "Noting", "constatant": "Noting", "prenant note": "Taking note",
    "soulignant": "Emphasizing", "preoccupee": "Concerned", "profondement preoccupee": "Deeply concerned",
    "vivement preoccupee": "Deeply concerned", "convaincue": "Convinced", "convaincu": "Convinced",
    "alarmee": "Alarmed", "se felicitant": "Welcoming", "accueillant avec satisfaction": "Welcoming",
    "tenant compte": "Taking into account", "ayant examine": "Having examined", "affirmant": "Affirming",
    "reiterant": "Reiterating", "deplorant": "Deploring", "gardant a l'esprit": "Bearing in mind",
    "resolue": "Determined",
    # Portuguese
    "reconhecendo": "Recognizing", "relembrando": "Recalling", "notando": "Noting", "acolhendo": "Welcoming",
    "saudando": "Welcoming", "sublinhando": "Underlining", "tendo em conta": "Taking into account",
    "tendo em mente": "Bearing in mind",
}
FOREIGN_OPERATIVE = {
    # Spanish
    "exhorta": "Urges", "insta": "Urges", "solicita": "Requests", "pide": "Requests", "invita": "Invites",
    "alienta": "Encourages", "recomienda": "Recommends", "reafirma": "Reaffirms", "acoge con beneplacito": "Welcomes",
    "acoge con satisfaccion": "Welcomes", "toma nota": "Takes note", "subraya": "Underlines", "destaca": "Emphasizes",
    "condena": "Condemns", "exige": "Demands", "expresa": "Expresses", "apoya": "Supports", "reconoce": "Recognizes",
    "recuerda": "Recalls", "encomia": "Commends",
    # French
    "prie": "Requests", "demande": "Calls upon", "exhorte": "Urges", "recommande": "Recommends",
    "reaffirme": "Reaffirms", "se felicite": "Welcomes", "accueille avec satisfaction": "Welcomes",
    "prend note": "Takes note", "souligne": "Emphasizes", "condamne": "Condemns", "rappelle": "Recalls",
    "reconnait": "Recognizes", "appuie": "Supports", "felicite": "Commends",
    # Portuguese
    "exorta": "Urges", "convida": "Invites", "incentiva": "Encourages", "encoraja": "Encourages",
    "recomenda": "Recommends", "acolhe": "Welcomes", "sublinha": "Underlines", "apela": "Calls upon",
    "reconhece": "Recognizes", "apoia": "Supports",
}
_FOREIGN = {**{k: ("preambular", v) for k, v in FOREIGN_PREAMBULAR.items()},
            **{k: ("operative", v) for k, v in FOREIGN_OPERATIVE.items()}}
FOREIGN_LEAD = lazy("(?:" + "|".join(re.escape(key).replace(r"\ ", r"\s+")
                                     for key in sorted(_FOREIGN, key=len, reverse=True)) + r")(?![\w'])",
                    re.IGNORECASE)


def foreign_lead(text: str) -> tuple[str, str, str] | None:
    """A lead in Spanish, French or Portuguese opening ``text`` ("Reconociendo que", "Considérant", "Solicita"):
    (the words as written, the English lead, its kind "preambular" or "operative"); None otherwise."""
    head = text[:40]
    bare = "".join(unicodedata.normalize("NFD", c)[0] for c in head)  # one character for one: "é" → "e"
    found = FOREIGN_LEAD.match(bare)
    if found is None:
        return None
    kind, english = _FOREIGN[" ".join(found.group(0).casefold().split())]
    return head[: found.end()], english, kind


# an entry of a reference list in the author-date style a teacher asks for (APA): the author, then the year in
# brackets and a full stop ("McAdam, J. (2012). Climate change …", "World Bank. (2022, May 4). Report …")
REFERENCE_ENTRY = lazy(r"^[^\W\d][^()]{1,100}?\.\s*\((?:1[5-9]|20)\d{2}[a-z]?(?:,\s*[^()]{1,20})?\)\.(?:\s|$)")


def reference_entry(text: str) -> bool:
    """``text`` (a paragraph after its label) is a source of a reference list, not a clause: no verb at all."""
    return bool(REFERENCE_ENTRY.match(text.strip()))


def no_verb_en(text: str) -> bool:
    """The text opens without a verb: with an article, pronoun, preposition or conjunction ("Every country
    must", "The United Nations will"), with a subject and a modal ("Countries must", "Member States should",
    "Member states should", "Security Council members must"), or with a noun made of a verb and "of"
    ("Establishment of a fund …")."""
    opening = words(text)[:4]
    if not opening:
        return False
    if opening[0].casefold() in EN_NO_VERB and (len(opening) > 1 or opening[0].casefold() != "as"):
        return True  # not a lone "As": a line cut after it may have been "Asks …"
    if opening[0].casefold() in OPENING_MODALS and len(opening) > 1:
        return True  # "Should Member States lower …": a modal, no verb of the organ's
    if POSSESSIVE.search(opening[0]):
        return True  # a possessive opens a subject, never a verb: "WW’s goal is", "Israel's plan will"
    if len(opening) > 1 and opening[1] == "of" and NOMINAL.fullmatch(opening[0]):
        return True  # "Designation of drug cartels as …": a noun where the verb belongs
    if len(opening) > 1 and opening[1].casefold() in EN_MODALS:
        return True  # "Countries must"
    # a two-word name before the modal: "Member States should" (not "Believes it should")
    if len(opening) > 2 and opening[1][:1].isupper() and opening[2].casefold() in EN_MODALS:
        return True
    # a name and a noun before the modal: "Security Council members must", "Member State governments should"
    if len(opening) > 3 and opening[0][:1].isupper() and opening[1][:1].isupper() and opening[2].isalpha() \
            and opening[2].islower() and opening[3].casefold() in EN_MODALS:
        return True
    return _subject_before_modal(opening)


def _subject_before_modal(opening: list[str]) -> bool:
    """An adjective or noun and one or two nouns in small letters, then a modal: "Developing countries must",
    "Technical assistance programmes should". A word in the third person ("Believes", "Hopes"), an adverb
    ("Strongly", "Further") or a word of grammar after the first ("Believes it should", "Urge that States will")
    opens a verb's clause, not a subject."""
    first = opening[0]
    if not first[:1].isupper() or first.casefold().endswith(("s", "ly")) or EN_MODIFIER.fullmatch(first + " "):
        return False
    for size in (2, 3):
        if len(opening) > size and opening[size].casefold() in EN_MODALS:
            between = opening[1:size]
            return all(w.isalpha() and w.islower() and w not in EN_NO_VERB and w not in EN_MODALS
                       and w not in SUBJECT_JOINS for w in between)
    return False


# a house label and its colon where a clause's verb belongs ("Funding: …", "Monitoring and evaluation: …", "Timeline:
# The first …"): a noun of one to three words, then the clause's text after the colon
LABEL_OPENING = lazy(r"([A-Z][a-z]+(?:[ -][a-z]+){0,2}):[ \t]+\S")


def label_opening(text: str) -> bool:
    """The text opens with a label and a colon and goes on after it ("Evaluation: UN-Habitat will report …"): a
    heading where the operative verb belongs. A word in the third person is a verb ("Endorses: the plan": the lead
    before a colon is lead-colon's or lead-unknown's), as is a plural label ("Goals:"), left alone."""
    found = LABEL_OPENING.match(text)
    if found is None:
        return False
    first = found.group(1).split()[0].split("-")[0].casefold()
    return not first.endswith("s") or first.endswith(("ss", "is"))


# the Chinese reading of LABEL_OPENING: a noun phrase of two to twelve characters (joined by 与, 和, 及, 、) and its
# colon, then the clause's text ("资金与技术支持：设立……", "數據共享：建立……")
LABEL_OPENING_ZH = lazy(r"[\u4e00-\u9fff][\u4e00-\u9fff、]{1,11}[：:][ \t\u3000]*[\u4e00-\u9fff]")


def label_opening_zh(text: str) -> bool:
    """The Chinese text opens with a label and a colon and goes on after it ("资金与技术支持：设立专门的多边基金……"): a
    heading where the operative verb belongs, as "Funding: …" is in English. The caller asks it of a clause with no
    lead phrase of the lists: a lead before a colon ("请秘书长：", "决定如下：") opens the clause rightly."""
    return bool(LABEL_OPENING_ZH.match(text.lstrip()))


def no_verb_zh(text: str) -> bool:
    """The Chinese text opens with a preposition or time frame (在难民入境前, 对难民的……), a subject and a modal
    (各国应), a counted group of States (各国坚持……), a modal alone (应该为……), a body as the subject of its own verb
    (战略空军司令部提高……) or of a modal (粮农组织应当……), an officer as one (秘书长向大会提交……) or the instrument itself
    (本公约禁止……), not with its verb; traditional characters are
    read as simplified ones (各會員國應 is 各会员国应)."""
    if ZH_FRAME.match(text) or ZH_SUBJECT.match(text) or ZH_MODAL.match(text) or ZH_COUNTED_SUBJECT.match(text) \
            or ZH_BODY_SUBJECT.match(text) or ZH_OFFICER_SUBJECT.match(text) or ZH_NAMED_SUBJECT.match(text) \
            or ZH_INSTRUMENT_SUBJECT.match(text):
        return True
    if not has_traditional(text[:12]):
        return False
    opening = simplified(text[:12])
    return bool(ZH_FRAME.match(opening) or ZH_SUBJECT.match(opening) or ZH_MODAL.match(opening)
                or ZH_COUNTED_SUBJECT.match(opening))


# the modals of "should" and "must" that end a subject opening a Chinese clause (各国应该, 所有国家必须): a sentence of
# its own with its own verb, not a frame before the organ's verb
ZH_SHOULD = lazy(r"(?:应当|应该|应|必须|需要|须|務必|务必|應當|應該|應|必須)$")


def subject_after_topic_zh(text: str) -> bool:
    """The Chinese text's first part (a topic of two to thirty characters: 电子垃圾非法出口的问题，) ends with a comma and
    the words after it open with a subject and its modal (会员国要加强……, 各国应……): a sentence of its own subject, the
    topic before it no verb; traditional characters are read as simplified ones."""
    found = re.search(r"[，,]", text)
    if found is None or not 2 <= found.start() <= 30:
        return False
    rest = text[found.end():].lstrip()[:16]
    return bool(ZH_SUBJECT.match(simplified(rest) if has_traditional(rest) else rest))


def modal_sentence_zh(text: str) -> bool:
    """The Chinese text opens with a subject and "should" or "must" (各国应该制定……, 联合国开发计划署必须……) or with the
    modal alone (应该为……): its first part is a sentence with a verb of its own, so a lead after its comma (……，要求
    平台……, "requiring platforms …") is a word of that sentence, not the clause's verb after a frame; traditional
    characters are read as simplified ones."""
    opening = simplified(text[:16]) if has_traditional(text[:16]) else text[:16]
    subject = ZH_SUBJECT.match(opening)
    return bool((subject is not None and ZH_SHOULD.search(subject.group(0))) or ZH_MODAL.match(opening)
                or ZH_NAMED_SUBJECT.match(opening))


def verb_after_frame(text: str, phrases: Phrases) -> bool:
    """A later part of the first sentence opens with an operative lead: "In this regard, calls upon",
    "While noting …, recognizes", "Bearing in mind …, decides", 在不妨碍……的情况下，决定. After a participle opening,
    a verb joined by "and" is no frame's ("Calling for …, and calls for …": the participle stands as the clause's first
    verb, the second coordinated with it), where after other frames "and" is dropped ("In this regard, and …")."""
    sentence = re.split(r"[;；:：]", text, maxsplit=1)[0]
    opening = sentence.lstrip()
    participle = bool(PARTICIPLE.match(opening) or PAST_PARTICIPLE_LEAD.match(opening))
    for mark in re.finditer(r"[,，]\s*", sentence):
        rest = sentence[mark.end():]
        if participle and re.match(r"and\s", rest, flags=re.IGNORECASE):
            continue  # "Calling for …, and calls for …": two verbs, the first a participle
        if rest[:1] in ("并", "並"):
            continue  # 深信……，并请……: 并 joins a second verb to the clause's own lead (UN-B12: no clause opens with
            # it), so the words before the comma are that lead's, not a frame's (在……的情况下，决定……)
        rest = re.sub(r"^(?:and|also|further|hereby)\s+", "", rest, flags=re.IGNORECASE)
        if any(p.kind == "operative" for _, p in phrases.matches(rest)):
            return True
    return False
