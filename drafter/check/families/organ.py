"""The organ line ("The General Assembly," / "大会，"): it opens the text before the preamble, names the organ
with its article in English, ends with a comma, and is emphasised where the profile wants it (UN-B01, UN-B02,
MUN-F01, ZH-B01).

A draft without one gets one finding: on the line that stands in for it further down ("Be It Hereby Resolved
That The General Assembly:"), else on the first paragraph of the body.
"""

from __future__ import annotations

import collections
import re

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.check.families.punctuation import require_end
from drafter.hanzi import has_traditional, simplified
from drafter.library.names import edit_distance
from drafter.patterns import lazy
from drafter.punctuation import CJK, FINAL_MARKS
from drafter.structure import UNREAD, Node
from drafter.structure.classify import (
    CHINESE_ORGAN,
    CHINESE_ORGAN_SHORT,
    LATIN_ACRONYM,
    MARKDOWN_HEADING,
    ORGANS,
    PASSES_ON,
    address_length,
    adopting_tail,
    delegation_formula,
    english_organ,
    motion_opening,
    repeats_organ,
    resolving_formula,
    speaking_organ,
    unmarked_line,
)
from drafter.structure.heading import Field, heading_fields
from drafter.structure.lead import emphasis_of
from drafter.structure.spelling import known
from drafter.word.edit import Edit, Emphasis, Emphasise, Replace
from drafter.word.fontnames import SET_OFF_FACES, east_asian_faces, font_key

PROBLEMS = {
    "missing": Text("is missing before the preamble", "缺失，正文应以机构名称开头"),
    "misplaced": Text("must open the text before the preamble, as the organ's name and a comma",
                      "应位于正文开头、序言之前，写作机构名称加逗号"),
    "repeated": Text("is written again here; it stands once, before the preamble", "在此重复出现；机构名称行只在序言之前写一次"),
    "another": Text("is written a second time here, naming {line!r}; it stands once, before the preamble",
                    "在此第二次出现（“{line}”）；机构名称行只在序言之前写一次"),
    "organization": Text("names the United Nations as a whole, not the body that adopts the text; it is that body's "
                         "name", "写的是联合国整体，而非通过决议的机构；机构名称行应写该机构的名称"),
    "formula": Text("is replaced here by a delegation's formula ({line!r}); the operative part follows the preamble "
                    "directly, under the organ line that stands once, before the preamble",
                    "在此被代表团的套语（“{line}”）取代；执行部分紧接序言，机构名称行只在序言之前写一次"),
    "resolving": Text("is replaced here by a resolving formula ({line!r}); the operative part follows the preamble "
                      "directly, under the organ line that stands once, before the preamble",
                      "在此被决议套语（“{line}”）取代；执行部分紧接序言，机构名称行只在序言之前写一次"),
    "appended": Text("is written again at the end of the last preambular paragraph ({tail!r}); it stands once, before "
                     "the preamble, and the paragraph ends with a comma",
                     "又写在最后一个序言段的末尾（“{tail}”）；机构名称行只在序言之前写一次，该段以逗号结尾"),
    "article": Text("names the organ without 'The'", "缺少冠词“The”"),
    "case": Text("writes the organ's name in small letters ({name!r})", "机构名称的英文大小写有误（“{name}”）"),
    "end": Text("does not end with {end!r}", "未以“{end}”结尾"),
    "body": Text("names the General Assembly, but the heading's committee is {body!r}, which opens with its own name",
                 "写的是大会，但标题中的委员会为“{body}”，应以该机构自己的名称开头"),
    "committee": Text("names more than the organ (a committee of an organ opens with the organ's own name)",
                      "不止写了机构名称（委员会的决议以所属机构名称开头）"),
    "prefix": Text("names more than the organ ({extra!r} before its name)", "机构名称前多了“{extra}”"),
    "other-body": Text("names {line!r}, another body than the heading's committee {body!r}; it opens with the "
                       "committee's own organ", "写的是“{line}”，与标题中的委员会“{body}”不是同一机构，应以该机构的名称开头"),
    "misnamed": Text("writes the body's name wrongly ({line!r}; the heading's committee is {body!r})",
                     "写错了机构名称（“{line}”，标题中的委员会为“{body}”）"),
    "sentence": Text("is written as a sentence ({tail!r} after the organ's name); it is the organ's name and a comma",
                     "写成了句子（机构名称后多了“{tail}”）；机构名称行只写机构名称加逗号"),
    "speaking": Text("is written as the body's members speaking ({words!r} before its name); it is the body's name "
                     "alone", "写成了成员的口吻（机构名称前多了“{words}”）；机构名称行只写机构名称"),
    "delegation": Text("names a delegation ({name!r}), not the body that adopts the text; it is the body's name",
                       "写的是代表团（“{name}”），而非通过决议的机构；机构名称行应写机构名称"),
    "address": Text("is written as an address ({word!r} before the organ's name); it is the organ's name alone",
                    "写成了称呼语（机构名称前多了“{word}”）；机构名称行只写机构名称"),
    "motion": Text("is written as a motion's opening ({line!r}), not the name of the body that adopts the text; it is "
                   "the body's name and a comma", "写成了动议的开头（“{line}”），而非通过决议的机构名称；机构名称行应写机构名称加逗号"),
    "abbreviation": Text("names the body by an abbreviation ({name!r}); it is the organ's name written in full",
                         "用缩写（“{name}”）代替了机构名称；机构名称行应写机构全称"),
    "misspelt": Text("misspells the organ's name ({name!r})", "机构名称有误（“{name}”）"),
    "english": Text("is left in English ({name!r}); a Chinese draft opens with the organ's Chinese name",
                    "写成了英文（“{name}”）；中文草案应以机构的中文名称开头"),
}
# abbreviations students put in the organ line ("The ECOSOC II Committee,") and the organ each stands for
ABBREVIATED = {"ECOSOC": "The Economic and Social Council", "UNSC": "The Security Council",
               "UNHRC": "The Human Rights Council", "HRC": "The Human Rights Council", "UNGA": "The General Assembly",
               "GA": "The General Assembly"}
# an organ line that is an abbreviation alone ("SOCHUM,", "GA3,", "ECOSOC,"): one word of capitals (digits and a
# hyphen allowed), never an organ's name written out, which the line must give (UN-B02, MUN-F01, MUN-F07)
ABBREVIATION_LINE = lazy(r"^(?:(?:the|The|THE)\s+)?(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z0-9]$)[A-Z][A-Z0-9-]{1,9}$")
# the abbreviations of the General Assembly's Main Committees (and the Special Committee on decolonization), whose
# drafts open with the Assembly's name (MUN-F01)
# the acronyms that are the common names of organisations (agencies, funds, programmes, regional bodies): "UNESCO,"
# names the organisation as its own documents do, no committee's short name
AGENCY_ACRONYMS = frozenset({"UNESCO", "UNICEF", "UNHCR", "UNDP", "UNEP", "UNODC", "UNFPA", "WHO", "FAO", "ILO",
                             "IAEA", "WFP", "IMO", "ICAO", "ITU", "WIPO", "UNIDO", "IFAD", "WMO", "UPU", "UNWTO", "IMF",
                             "WTO", "INTERPOL", "NATO", "ASEAN", "AU", "EU", "OAS", "OSCE", "OPEC", "UNAIDS"})
# the nouns a body's name is made of: an organ line of one such word in capitals ("THE ASSEMBLY,", "THE COUNCIL,",
# THIMUN's house style of capitals) writes the body's short name out, which is no abbreviation (the IMO's, the ISA's
# organ is "the Assembly"); whether that name fits the heading's committee is the line's other checks' to say
BODY_NOUNS = frozenset({"ASSEMBLY", "COUNCIL", "COMMISSION", "CONFERENCE", "COMMITTEE", "BOARD", "FORUM", "CONGRESS",
                        "PARLIAMENT", "SUMMIT", "TRIBUNAL", "COURT", "SECRETARIAT", "PLENARY", "CABINET", "SENATE"})
MAIN_COMMITTEE_ABBREVIATION = lazy(r"^(?:DISEC|SPECPOL|SOCHUM|SOCHUMC|ECOFIN|LEGAL|GA-?[1-6]|C-?[1-6]|C-?24)$")
# the marks an organ line ends with, right or wrong: its comma, a colon, a semicolon, a full stop, the enumeration
# comma 、 typed for ， (安全理事會、); its name is what comes before them
END_MARKS = ",，:：;；、.。"
# UN-B02: the organ line is italic in English; Chinese UN texts set it in bold (italic accepted)
EMPHASIS: dict[str, tuple[Emphasis, ...]] = {"en": ("italic",), "zh": ("bold", "italic")}
FULL_NAMES = {"安理会": "安全理事会"}
# the Chinese names of the bodies whose English acronyms a Chinese draft's organ line may stand on ("CCPCJ，"): the line
# gives the name (ZH-B01); a Main Committee's draft opens with the Assembly's (MUN-F01)
ZH_NAME_OF_ACRONYM = {"GA": "大会", "UNGA": "大会", "SC": "安全理事会", "UNSC": "安全理事会", "ECOSOC": "经济及社会理事会",
                      "HRC": "人权理事会", "UNHRC": "人权理事会", "CCPCJ": "预防犯罪和刑事司法委员会", "CND": "麻醉药品委员会",
                      "CSW": "妇女地位委员会", "PBC": "建设和平委员会", "UNEA": "联合国环境大会", "WHA": "世界卫生大会"}
# bodies outside the General Assembly whose resolutions open with their own name (MUN-F01)
OWN_BODY = lazy(r"security council|economic and social council|human rights council|international monetary fund"
                r"|world bank|world health organi[sz]ation|environment assembly|international court of justice"
                # the specialised agencies' and the IAEA's governing organs, named in English (in Chinese UNESCO's
                # General Conference is 大会 itself, so no Chinese name of theirs stands here)
                r"|world health assembly|general conference|international labou?r conference"
                r"|安理会|安全理事会|经社理事会|经济及社会理事会|人权理事会|国际货币基金组织|世界银行|世界卫生组织", re.IGNORECASE)
OWN_BODY_SHORT = lazy(r"\b(?:UNSC|ECOSOC|UNHRC|HRC|IMF|WHO|UNEA|ICJ|WHA|UNESCO|IAEA|ILO)\b")
# committees that are bodies of their own and open their texts with their own name (MUN-F01), not a committee of
# an organ: "The Executive Committee," (UNHCR's, in its conclusions), "The Special Committee," (A/AC.109, S18), "The
# Ad Hoc Committee on …,", "The Committee on the Peaceful Uses of Outer Space,"; a crisis committee ("The Crisis
# Committee,", "The Joint Crisis Committee,"), which a conference sets up as a body of its own, under no organ; a
# Main Committee ("The Disarmament and International Security Committee,", "The Third Committee,") is named after its
# subject or number instead
OWN_COMMITTEE = lazy(r"\b(?:executive|ad[\s-]+hoc|special|preparatory|intergovernmental|advisory|standing|steering"
                     r"|crisis)\s+committee\b|\bcommittee\s+(?:on|of|for)\b", re.IGNORECASE)
# a number after a body's name in the organ line ("The Environment Commission 2,", "THE SPECIAL CONFERENCE II,"): the
# conference's committee (its second sitting of the body), not the organ; a body's name ends with no number
COMMITTEE_NUMBER = lazy(r"(?<=[A-Za-z])\s+(?:\d{1,2}|II|III|IV|VI?)$")
# an organ line that names a delegation, not a body: "The delegation of Peru,", "The Delegates of Ghana and Chile,",
# "The Government of Peru,", "The Permanent Mission of Japan," (a student speaking for the sponsor, not the organ)
DELEGATION = lazy(r"(?:the\s+)?(?:delegations?|delegates?|representatives?|ambassadors?|(?:permanent\s+)?missions?"
                  r"|governments?)\s+of\s+\S", re.IGNORECASE)
# known bodies for comparing the organ line with the heading's committee: (organisation, organ, pattern on the
# simplified, case-folded text); organ "" for the organisation itself. The Security Council's name inside the African
# Union's "Peace and Security Council" (和平与安全理事会) is not the Council's. ECOSOC's functional commissions are organs of
# the Council: their drafts open with their own name or, as MUN-F01 has it, with the Council's (both accepted); the
# Peacebuilding Commission advises the Assembly and the Council and opens with its own name. The General Assembly's Chinese name is anchored
# at the start, as other bodies' names end in 大会 (世界卫生大会, 联合国环境大会, 教科文组织大会)
_BODY_NAMES: dict[str, list[tuple[str, str, str]]] = {
    "zh": [("who", "board", r"世界卫生组织执行委员会|世卫组织执行委员会|世卫组织执委会"),
           ("who", "assembly", r"世界卫生大会|世卫大会"),
           ("who", "", r"世界卫生组织|世卫组织"),
           ("unesco", "conference", r"(?:教育、?科学及文化组织|教科文组织)大会"),
           ("unesco", "board", r"(?:教育、?科学及文化组织|教科文组织)执行局"),
           ("unesco", "", r"教育、?科学及文化组织|教科文组织"),
           ("unea", "", r"环境大会"),
           # the African Union's Peace and Security Council, a crisis committee's body, whose name holds 安全理事会
           ("au", "psc", r"和平与安全理事会"),
           ("au", "", r"非洲联盟|非盟"),
           ("sc", "", r"(?<!和平与)安全理事会|安理会"),
           ("ecosoc", "", r"经济及社会理事会|经社理事会"),
           ("ecosoc", "csw", r"妇女地位委员会"),
           ("ecosoc", "cnd", r"麻醉药品委员会"),
           ("ecosoc", "ccpcj", r"预防犯罪和刑事司法委员会"),
           ("ecosoc", "csocd", r"社会发展委员会"),
           ("ecosoc", "cpd", r"人口与发展委员会"),
           ("pbc", "", r"建设和平委员会"),
           ("hrc", "", r"人权理事会"),
           # the ILO's and the IAEA's governing organs in Chinese (国际劳工大会; 原子能机构大会 / 理事会, the Board of
           # Governors), as the English names above
           ("ilo", "conference", r"国际劳工大会|(?:国际)?劳工组织大会"),
           ("ilo", "", r"国际劳工组织|劳工组织"),
           ("iaea", "conference", r"(?:国际)?原子能机构大会"),
           ("iaea", "board", r"(?:国际)?原子能机构理事会"),
           ("iaea", "", r"国际原子能机构|原子能机构"),
           ("ga", "", r"^(?:联合国)?大会")],
    "en": [("who", "board", r"executive board of the world health organi[sz]ation|\bwho executive board"),
           ("who", "assembly", r"world health assembly"),
           ("who", "", r"world health organi[sz]ation"),
           ("unesco", "conference", r"general conference of (?:the )?unesco|unesco general conference"),
           ("unesco", "board", r"executive board of (?:the )?unesco|unesco executive board"),
           ("unesco", "", r"\bunesco\b|united nations educational, scientific and cultural organi[sz]ation"),
           ("unea", "", r"environment assembly|\bunea\b"),
           ("au", "psc", r"peace and security council"),
           ("au", "", r"african union"),
           ("sc", "", r"(?<!peace and )security council|\bunsc\b"),
           ("ecosoc", "", r"economic and social council|\becosoc\b"),
           ("ecosoc", "csw", r"commission on the status of women|\bcsw\b"),
           ("ecosoc", "cnd", r"commission on narcotic drugs|\bcnd\b"),
           ("ecosoc", "ccpcj", r"commission on crime prevention and criminal justice|\bccpcj\b"),
           ("ecosoc", "csocd", r"commission for social development|\bcsocd\b"),
           ("ecosoc", "cpd", r"commission on population and development"),
           ("pbc", "", r"peacebuilding commission|\bpbc\b"),
           ("hrc", "", r"human rights council|\bu?nhrc\b"),
           # the ILO's and the IAEA's governing organs ("The General Conference of the International Labour
           # Organization, …", "Committee: IAEA General Conference")
           ("ilo", "conference", r"international labou?r conference|general conference of the international labou?r"
                                 r" organi[sz]ation"),
           ("ilo", "", r"international labou?r organi[sz]ation|\bilo\b"),
           ("iaea", "conference", r"iaea general conference|general conference of the (?:iaea|international atomic"
                                  r" energy agency)"),
           ("iaea", "", r"international atomic energy agency|\biaea\b"),
           ("ga", "", r"general assembly|\bunga\b")],
}
BODIES = {lang: [(family, organ, lazy(pattern)) for family, organ, pattern in names]
          for lang, names in _BODY_NAMES.items()}
# bodies of the table above whose heading is compared with a line naming another body, but not with one naming the
# General Assembly: whether their drafts may open with the Assembly's name is left to the rule for the bare "The
# General Assembly," (OWN_BODY), so that "The United Nations General Assembly," is judged like it
NOT_AGAINST_ASSEMBLY = frozenset({("ecosoc", "csw"), ("ecosoc", "cnd"), ("ecosoc", "ccpcj"), ("ecosoc", "csocd"),
                                  ("ecosoc", "cpd"), ("pbc", "")})
# ECOSOC's functional commissions: a draft of one opens with its own name or the Council's, never the Assembly's; not
# the CCPCJ, which sends most of its texts through the Council to the Assembly, so that its delegates draft them under
# the Assembly's name (the route holdout67 and holdout-zh33 measured)
ECOSOC_COMMISSIONS = frozenset(key for key in NOT_AGAINST_ASSEMBLY if key[0] == "ecosoc") - {("ecosoc", "ccpcj")}
# words before the organ's name that name the conference's committee, or the United Nations the organ belongs to, not
# the organ (MUN-F01, ZH-B01): "历史安理会，", "联合国大会，" (大会，)
ZH_COMMITTEE_PREFIX = lazy(r"(?:历史|歷史|模拟|模擬|危机|危機|联合国|聯合國)$")
# the General Assembly's Main Committees named in the organ line instead of the Assembly (ZH-B01: 大会，): "第三委员会，",
# "社会、人道主义和文化委员会，"
ZH_MAIN_COMMITTEE = lazy(r"^(?:大会)?(?:第[一二三四五六]委员会|裁军(?:与|和)国际安全委员会|特别政治(?:与|和)非殖民化委员会"
                         r"|社会、?人道主义(?:与|和)文化委员会|经济(?:与|和)金融委员会|法律委员会)$")
# the "General" of "General Assembly" translated word for word before 大会 ("一般性大会，", "全体大会，"): the Assembly's
# Chinese name is 大会 alone (ZH-B01, MUN-F01)
ZH_GENERAL_PREFIX = lazy(r"(?:一般性|一般|普通|全体|全體|总|總)$")
# the words that make "Security Council" the name of another body: the African Union's "Peace and Security Council"
# (和平与安全理事会), whose organ line is its own name, not the UN Council's with words before it
OTHER_COUNCIL = lazy(r"(?:peace\s+and|和平与|和平與)\s*$", re.IGNORECASE)
WANT = {"italic": Text("in italics", "使用斜体"), "bold": Text("in bold", "使用粗体")}


# the nouns that head a body's name and take the article ("The Economic and Social Council", "The Food and Agriculture
# Organization"); a name headed otherwise takes none ("UN Women", "UNICEF", "United Nations Women")
HEAD_NOUNS = frozenset({"assembly", "council", "committee", "commission", "organization", "organisation", "programme",
                        "program", "fund", "agency", "court", "conference", "board", "forum", "office", "union",
                        "league", "bank", "body", "entity", "parliament", "summit", "tribunal", "group", "panel"})


def takes_article(organ_text: str) -> bool:
    """The organ's name is headed by a noun that takes "The" in English: the last word before "of", "for", "on" or
    "to" ("Commission on the Status of Women", "Organization of American States") or of the whole name."""
    name = organ_text.strip().rstrip(END_MARKS).strip()
    head = re.split(r"\s+(?:of|for|on|to)\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]
    words = re.findall(r"[A-Za-z]+", head)
    return bool(words) and words[-1].casefold() in HEAD_NOUNS


def check(ctx: Context) -> None:
    """The organ line is there, before the preamble, in its right form and emphasis."""
    organ = ctx.tree.organ
    example = _example(ctx, organ)
    for repeat in ctx.tree.organ_repeats:  # "The General Assembly hereby:" before the operative part
        problem = PROBLEMS["formula"].format(line=repeat.text.strip()) if delegation_formula(repeat.text) \
            else PROBLEMS["resolving"].format(line=repeat.text.strip()) if resolving_formula(repeat.text) \
            else PROBLEMS["repeated"] if organ is None or repeats_organ(repeat.text, organ.text) \
            else PROBLEMS["another"].format(line=repeat.text.strip())  # another body's name: two drafts merged
        ctx.add("organ-line", repeat, problem=problem, example=example)
    if organ is not None and not organ.misplaced:
        _appended(ctx, organ, example)
    if organ is None and ctx.tree.decision is not None:
        return  # "The Economic and Social Council, recalling …, decides:": the decision opens with its organ's name
    if organ is None:
        first_body = next((p for p in ctx.nodes if p.role not in UNREAD | {"heading"}), None)
        if first_body is not None:
            ctx.add("organ-line", first_body, problem=PROBLEMS["missing"], example=example)
        return
    if organ.misplaced:
        ctx.add("organ-line", organ, problem=PROBLEMS["misplaced"], example=example)
        return
    text = organ.text
    name_start = len(text) - len(text.lstrip())
    heading = MARKDOWN_HEADING.match(text, name_start) if ctx.lang == "en" else None
    if heading is not None:  # "## The General Assembly,": the marks go, the line is emphasised as it should be
        _heading_marked(ctx, organ, name_start, heading.end())
        return
    marked = unmarked_line(text) if ctx.lang == "en" else None
    if marked is not None:  # "_The General Assembly,_": the marks go, the line is emphasised as it should be
        _marked(ctx, organ, marked[0], name_start)
        return
    if ctx.lang == "en" and motion_opening(text):  # "That this Assembly": a motion's opening, no organ's name
        ctx.add("organ-line", organ, name_start + 1, problem=PROBLEMS["motion"].format(line=text.strip()),
                example=_heading_body(ctx) or example)
        return
    tail = adopting_tail(text) if ctx.lang == "zh" else ""
    if tail:  # "大会通过以下决议。": the name stays, a comma replaces the rest
        end = len(text.rstrip())
        ctx.add("organ-line", organ, end - len(tail) + 1, fix=f"write {text.strip()[:-len(tail)]}{ctx.end['organ']}",
                edits=[Replace(end - len(tail), end, ctx.end["organ"])], problem=PROBLEMS["sentence"].format(tail=tail),
                example=example)
        return
    address = address_length(text) if ctx.lang == "en" else 0
    if address:  # "To the General Assembly:": the word of address goes, the organ's name stays
        word = text[name_start: name_start + address].strip()
        lower = text[name_start + address] == "t"  # "To the General Assembly": the article takes its capital
        ctx.add("organ-line", organ, name_start + 1, fix=f"remove {word!r}",
                edits=[Replace(name_start, name_start + address + lower, "T" if lower else "")],
                problem=PROBLEMS["address"].format(word=word), example=example)
        name_start += address
    if _speaking(ctx, organ, example, name_start) or _delegation(ctx, organ, example, name_start) \
            or _abbreviation(ctx, organ, example, name_start) \
            or _english(ctx, organ, name_start) or _whole_organization(ctx, organ, example, name_start):
        return
    _misspelt(ctx, organ, name_start)
    # "United Nations Economic and Social Council,": one fault, the words before the organ's name, whose fix gives
    # the name its article too (issue #20: each fault is one finding)
    prefixed = _committee_named(ctx, organ, example, name_start)
    if ctx.lang == "en" and not re.match(r"the\b", text[name_start:], re.IGNORECASE) and takes_article(text) \
            and not prefixed and not _organ_committee(text[name_start:]):  # "Youth Committee,": the committee rule
        article = "THE " if text.strip().isupper() else "The "
        ctx.add("organ-line", organ, name_start + 1, fix=f"begin it with {article.strip()!r}",
                edits=[Replace(name_start, name_start, article)], problem=PROBLEMS["article"],
                example=_with_article(ctx, text[name_start:], article, example))
    _lower_case(ctx, organ, example, name_start, bool(address))
    _other_body(ctx, organ, name_start)
    no_preamble = not ctx.tree.preamble and ctx.tree.operative and text.rstrip()[-1:] not in FINAL_MARKS
    if not text.rstrip().endswith(ctx.end["organ"]) and not no_preamble:  # no preamble: no comma (Editorial Manual)
        require_end(ctx, organ, "organ-line", ctx.end["organ"], colon_fixable=True, example=_example(ctx, organ, True),
                    problem=PROBLEMS["end"].format(end=ctx.end["organ"]))
    if ctx.profile == "un":
        organ_emphasis(ctx, organ)
    else:  # a conference draft's organ line follows its leads' emphasis: the leads family judges it
        ctx.organ_pending = organ


def _marked(ctx: Context, organ: Node, mark: str, start: int) -> None:
    """UN-B02, MUN-F01: the organ line written between Markdown's emphasis marks ("_The General Assembly,_",
    "**The General Assembly**,"), typed characters where emphasis was meant. The fix takes the marks away and sets
    the name in italics."""
    text = organ.text
    close = text.rfind(mark)
    edits: list[Edit] = [Replace(close, close + len(mark), ""), Emphasise(start + len(mark), close, "italic"),
                         Replace(start, start + len(mark), "")]
    ctx.add("organ-marked", organ, start + 1, fix=f"take away {mark}…{mark} and make the organ line italic",
            edits=edits, marks=f"{mark}…{mark}")


def _heading_marked(ctx: Context, organ: Node, start: int, name: int) -> None:
    """UN-B02, MUN-F01: the organ line after the marks Markdown types for a heading ("## The General Assembly,"), a
    Markdown file pasted as it is: typed characters where emphasis was meant. The fix takes the marks away and sets
    the name in italics (its comma stays upright)."""
    text = organ.text
    end = len(text.rstrip())
    close = end - 1 if text[end - 1: end] in (",", ":") else end
    mark = text[start:name].strip()
    ctx.add("organ-marked", organ, start + 1, fix=f"take away {mark!r} and make the organ line italic",
            edits=[Emphasise(name, close, "italic"), Replace(start, name, "")], marks=mark)


def _organ_names(ctx: Context, organ: Node) -> list[str]:
    """The organ's name as its line gives it and the names of the usual organs, without "The" and the end mark."""
    names = [organ.text.strip().rstrip(END_MARKS).strip(), *ORGANS.get(ctx.lang, [])]
    bare = [re.sub(r"^the\s+", "", name, flags=re.IGNORECASE) for name in names]
    return sorted({name for name in bare if name}, key=len, reverse=True)


def _appended(ctx: Context, organ: Node, example: str) -> None:
    """The organ's name written again at the end of the last preambular paragraph, as the formula that leads into
    the operative part ("…, the General Assembly:"): the organ line stands once, before the preamble (UN-B01). A
    name followed by a comma is left alone: it may close a list of bodies ("…, the Security Council, the General
    Assembly,")."""
    if not ctx.tree.preamble or not ctx.tree.operative:
        return
    last = ctx.tree.preamble[-1]
    text = last.para.text.rstrip()
    names = "|".join(re.escape(name) for name in _organ_names(ctx, organ))
    tail = re.search(rf"[,，]\s*(?:the\s+)?(?:{names})(?:\s+hereby)?\s*[:：]?$", text, re.IGNORECASE)
    if tail is None:
        return
    ctx.add("organ-line", last, tail.start() + 2, problem=PROBLEMS["appended"].format(tail=tail.group().lstrip(",， ")),
            example=example)


def _speaking(ctx: Context, organ: Node, example: str, start: int) -> bool:
    """UN-B02, MUN-F01: the organ line written as the body's members speaking ("We the delegates of the Economic and
    Social Council,"); ``start``: where the line begins. The words before the body's name go and its article takes
    the capital; reported once, the line's other forms are then not judged."""
    if ctx.lang != "en":
        return False
    at = speaking_organ(organ.text[start:])
    if at < 0:
        return False
    at += start
    words = organ.text[start:at].strip()
    edits: list[Edit] = []
    if re.match(r"the\s", organ.text[at:], re.IGNORECASE):  # "… of the Economic and Social Council,": "The Economic …"
        capital = "THE" if organ.text.strip().isupper() else "The"
        edits = [Replace(start, at + 3, capital)]
    ctx.add("organ-line", organ, start + 1, fix="keep only the body's name" if edits else "", edits=edits,
            problem=PROBLEMS["speaking"].format(words=words), example=_heading_body(ctx) or example)
    return True


def _delegation(ctx: Context, organ: Node, example: str, start: int) -> bool:
    """UN-B02, MUN-F01: the organ line names a delegation ("The delegation of Peru,", "The Government of Ghana,") or
    a State ("The Republic of Peru,"), not the body that adopts the text; ``start``: where the name begins. Reported
    once, with the body's name as the example; the line's other forms are then not judged."""
    if ctx.lang != "en":
        return False
    name = organ.text[start:].strip().rstrip(END_MARKS).strip()
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    names = ctx.lib.state_names
    if not DELEGATION.match(name) and not (bare and (names.find(bare) is not None or names.formal_style(bare))):
        return False
    example = _heading_body(ctx) or example  # the heading's committee, when it is a body of its own
    ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["delegation"].format(name=name), example=example)
    return True


def _abbreviation(ctx: Context, organ: Node, example: str, start: int) -> bool:
    """UN-B02, MUN-F01: the organ line is an abbreviation alone ("SOCHUM,", "DISEC,", "ECOSOC,"), a committee's or
    an organ's short name where the organ's name is written in full; ``start``: where the name begins. The example
    is the Assembly's name for a Main Committee, the organ an abbreviation students use stands for, else the
    heading's committee when it is a body of its own, else the usual example. Reported once; the line's other
    forms are then not judged."""
    name = organ.text[start:].strip().rstrip(END_MARKS).strip()
    if ctx.lang == "zh":
        if LATIN_ACRONYM.fullmatch(name):  # "CCPCJ，": the body's English acronym in a Chinese draft
            short = name.upper().replace("-", "")
            chinese = "大会" if MAIN_COMMITTEE_ABBREVIATION.match(short) else ZH_NAME_OF_ACRONYM.get(short)
            ctx.add("organ-line", organ, organ.text.index(name, start) + 1, problem=PROBLEMS["abbreviation"].format(
                name=name), example=chinese + ctx.end["organ"] if chinese else _heading_organ_zh(ctx) or example)
            return True
        forms = CHINESE_ORGAN_SHORT.get(simplified(name))
        if forms is None:
            return False
        full = forms[1] if has_traditional(name) else forms[0]  # never converts the draft's characters
        at = organ.text.index(name, start)
        ctx.add("organ-line", organ, at + 1, fix=f"write {full}", edits=[Replace(at, at + len(name), full)],
                problem=PROBLEMS["abbreviation"].format(name=name), example=full + ctx.end["organ"])
        return True
    if not ABBREVIATION_LINE.match(name):
        return False
    short = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).replace("-", "")
    if short in AGENCY_ACRONYMS or short in BODY_NOUNS:
        return False
    if MAIN_COMMITTEE_ABBREVIATION.match(short):
        example = "The General Assembly" + ctx.end["organ"]
    elif short in ABBREVIATED:
        example = ABBREVIATED[short] + ctx.end["organ"]
    else:
        example = _heading_body(ctx) or example
    ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["abbreviation"].format(name=name), example=example)
    return True


def _heading_organ_zh(ctx: Context) -> str:
    """The organ line of a Chinese heading's committee when it names a body in Chinese ("委员会：妇女地位委员会" →
    "妇女地位委员会，"); "" otherwise."""
    for field in _fields(ctx):
        value = re.sub(r"\s*[（(][^（）()]*[)）]\s*$", "", field.value)
        if field.key == "committee" and CHINESE_ORGAN.match(simplified(value)):
            return value + ctx.end["organ"]
    return ""


def _fields(ctx: Context) -> list[Field]:
    """The labelled fields of the heading, a label's value in the next cell or line read with it."""
    return heading_fields([node.para.text for node in ctx.tree.heading])


def _misspelt(ctx: Context, organ: Node, start: int) -> None:
    """UN-B02, MUN-F01: an organ's name with a word misspelt ("The Genral Assembly,", "The Security Counsil,"):
    each differing word is no English word and within two edits of the organ's own; ``start``: where the name
    begins. The fix writes the organ's words."""
    text = organ.text
    end = len(text.rstrip().rstrip(END_MARKS))
    # letters of any script: a look-alike letter typed in another ("The General Аssembly," with a Cyrillic А) is
    # part of its word, which the fix writes whole
    words = list(re.finditer(r"[^\W\d_]+", text[start:end]))
    if ctx.lang != "en" or not words or len(words) > 12:
        return
    if words[0].group().casefold() == "the":
        words = words[1:]
    for organ_name in ORGANS["en"]:
        own = organ_name.split()[1:]  # every name in the table begins with "The"
        if len(own) != len(words):
            continue
        wrong = [(w, o) for w, o in zip(words, own) if w.group().casefold() != o.casefold()]
        # the distance first: the dictionary is read only for a word that is near the organ's own
        if not wrong or any(edit_distance(w.group().casefold(), o.casefold(), 2) > 2 for w, o in wrong) \
                or any(known(w.group()) for w, _ in wrong):
            continue
        edits = [Replace(start + w.start(), start + w.end(), o.upper() if w.group().isupper() else o)
                 for w, o in wrong]
        name = text[start:end].strip()
        ctx.add("organ-line", organ, start + wrong[0][0].start() + 1, fix=f"write {organ_name!r}", edits=edits,
                problem=PROBLEMS["misspelt"].format(name=name), example=organ_name + ctx.end["organ"])
        return


def _heading_body(ctx: Context) -> str:
    """The organ line of the heading's committee when that is a body of its own ("Committee: Food and Agriculture
    Organization" → "The Food and Agriculture Organization,"); "" when the heading names none (or a committee)."""
    example = ""
    for field in _fields(ctx):
        value = field.value.strip()
        if field.key == "committee" and value and (OWN_BODY.search(simplified(value)) or (
                takes_article(value) and not re.search(r"\bcommittee\b", value, re.IGNORECASE))):
            example = _own_name(ctx, value)
    return example


def _lower_case(ctx: Context, organ: Node, example: str, start: int, addressed: bool) -> None:
    """UN-B02: "The general assembly,", "the Security Council,", "The United Nations Security council,": a usual
    organ's name (at the end of the line's name, after any words the committee rule reports) with a word in small
    letters that the name writes with a capital; a line in capitals is right. ``start``: where the name begins in
    the line; ``addressed``: a word of address stood before it, whose finding gives the article its capital."""
    if ctx.lang != "en":
        return
    text = organ.text
    end = len(text.rstrip().rstrip(",，:：;；.").rstrip())
    name = text[start:end]
    for organ_name in ORGANS["en"]:
        bare = organ_name.removeprefix("The ")
        if not name.casefold().endswith(bare.casefold()) or name[: len(name) - len(bare)][-1:].isalnum():
            continue
        at = end - len(bare)
        edits = [Replace(at + m.start(), at + m.start() + 1, right[0])
                 for m, right in zip(re.finditer(r"\S+", text[at:end]), bare.split(), strict=True)
                 if m.group(0)[:1].islower() and right[:1].isupper()]
        if name.startswith("the ") and not addressed:
            edits.insert(0, Replace(start, start + 1, "T"))
        if edits:
            letters = list(name)
            for edit in edits:
                letters[edit.start - start] = edit.text
            ctx.add("organ-line", organ, edits[0].start + 1, fix=f"write {''.join(letters)!r}", edits=edits,
                    problem=PROBLEMS["case"].format(name=name), example=example)
        return


def _committee_named(ctx: Context, organ: Node, example: str, start: int) -> bool:
    """MUN-F01: "The General Assembly Committee 1," / "大会第一委员会，": the organ's name with more after it;
    ``start``: where the name begins in the line (after its indent and a word of address). True when it reported
    words before the organ's name ("United Nations Economic and Social Council,"): its fix writes the article the
    name takes, so that the line's missing "The" is no second finding."""
    text = organ.text
    end = len(text.rstrip().rstrip(END_MARKS))
    name = simplified(text[start:end]).casefold()
    for organ_name in sorted(ORGANS[ctx.lang], key=len, reverse=True):
        bare = organ_name.casefold().removeprefix("the ")
        head = len(name) - len(name.removeprefix("the ").lstrip()) if ctx.lang == "en" else 0
        if name[head:].startswith(bare) and name[head + len(bare):].strip():
            cut = start + head + len(bare)
            edits = [Replace(cut, end, "")]
            if ctx.lang == "en" and not head and not takes_article(text) and takes_article(text[start:cut]):
                # "GENERAL ASSEMBLY ONE,": once cut to the organ's name, the name takes its article too
                edits.insert(0, Replace(start, start, "THE " if text.strip().isupper() else "The "))
            ctx.add("organ-line", organ, cut + 1, fix="keep only the organ's name", edits=edits,
                    problem=PROBLEMS["committee"], example=example)
            return False
        at = name.find(bare, head)
        # words before the organ's name: "The United Nations Security Council,", "The United Security Council,";
        # in Chinese only a committee's word ("历史安理会，": a historical committee simulating the Council)
        if at > head and name[head:at].strip() and not OTHER_COUNCIL.search(name[head:at]) and (
                ctx.lang == "en" or ZH_COMMITTEE_PREFIX.search(name[head:at]) or (
                bare == "大会" and ZH_GENERAL_PREFIX.search(name[head:at]))):
            extra = text[start + head: start + at].strip()
            article = "THE " if text.strip().isupper() else "The "
            # no "The" before the words ("United Nations Economic and Social Council,"): the name takes it
            lead = article if ctx.lang == "en" and not head and takes_article(text) else ""
            edits = [Replace(start + head, start + at, lead)]
            short = CHINESE_ORGAN_SHORT.get(bare) if ctx.lang == "zh" else None
            if short is not None:  # "历史安理会，": the short name left is written in full too, in the draft's characters
                written = text[start + at: start + at + len(bare)]
                edits.append(Replace(start + at, start + at + len(bare), short[1] if has_traditional(written) else short[0]))
            if name[at + len(bare):].strip():  # a committee after the name too ("… General Assembly 4th Committee,")
                edits.append(Replace(start + at + len(bare), end, ""))
            ctx.add("organ-line", organ, start + head + 1, fix="keep only the organ's name", edits=edits,
                    problem=PROBLEMS["prefix"].format(extra=extra), example=example)
            return True
    if ctx.lang == "en" and _organ_committee(name):
        words = re.findall(r"[A-Z]{2,}", text)
        body = next((ABBREVIATED[w] for w in words if w in ABBREVIATED), "The General Assembly")
        ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["committee"], example=body + ctx.end["organ"])
        return False
    if ctx.lang == "zh" and ZH_MAIN_COMMITTEE.match(name.strip()):
        ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["committee"], example="大会" + ctx.end["organ"])
        return False
    numbered = COMMITTEE_NUMBER.search(text[start:end]) if ctx.lang == "en" else None
    if numbered is not None:  # "THE ENVIRONMENT COMMISSION 2,": the conference's second sitting of the body
        cut = start + numbered.start()
        body = text[start:cut].strip()
        ctx.add("organ-line", organ, cut + 2, fix="keep only the organ's name", edits=[Replace(cut, end, "")],
                problem=PROBLEMS["committee"], example=body + ctx.end["organ"])
    return False


def _bodies(text: str, lang: str) -> set[tuple[str, str]]:
    """The bodies a name or a heading's committee names, as (organisation, organ) pairs; organ "" when the text names
    the organisation alone ("世界卫生组织")."""
    folded = simplified(text).casefold()
    found = {(family, organ) for family, organ, pattern in BODIES[lang] if pattern.search(folded)}
    # a body's name inside a longer one ("世界卫生大会" holds no "大会" of the General Assembly: that pattern is
    # anchored; "世界卫生组织执行委员会" holds "世界卫生组织") counts once, as the more precise name
    return {(family, organ) for family, organ in found if organ or not any(f == family and o for f, o in found)}


def body_family(ctx: Context) -> str:
    """The organisation whose organ the draft is ("who", "hrc", "ga" …, the families of BODIES): the one its organ
    line and its heading's committee name; "" when neither names exactly one, or when the two name different ones
    (the organ line's own finding says which is wrong)."""
    organ = ctx.tree.organ
    named: set[str] = set()
    committee = next((field for field in _fields(ctx) if field.key == "committee"), None)
    bodies = _bodies(committee.value, ctx.lang) if committee is not None else set()
    if organ is not None:
        name = simplified(organ.text.strip().rstrip(END_MARKS))
        # "大会，" opens the Chinese texts of a specialised agency's or the IAEA's general conference too: the line
        # alone does not tell the General Assembly from them, the heading's committee says which it is
        if not (ctx.lang == "zh" and name == "大会"):
            families = {family for family, _ in _bodies(name, ctx.lang)}
            named |= families if len(families) == 1 else set()
    families = {family for family, _ in bodies}
    named |= families if len(families) == 1 else set()
    return next(iter(named)) if len(named) == 1 else ""


def _mismatched_body(ctx: Context, organ: Node, start: int) -> None:
    """MUN-F01, ZH-B01: the organ line names another body than the heading's committee ("世界卫生组织执行委员会，"
    under 委员会：世界卫生大会, "The Security Council," under Committee: Economic and Social Council). Reported only
    when the line and the committee each name one known body, the committee's is not the General Assembly, and the
    two differ; a committee this table does not know is left alone."""
    line = _bodies(organ.text[start:].strip().rstrip(END_MARKS), ctx.lang)
    if not line and ctx.lang == "zh":
        _misnamed_zh(ctx, organ, start)
    if len({family for family, _ in line}) != 1:
        return
    for field in _fields(ctx):
        if field.key != "committee":
            continue
        named = _bodies(field.value, ctx.lang)
        # a General Assembly committee's draft opening with a council's name is left to the committee and form
        # rules: only a body that opens with its own name (MUN-F01) is compared
        if len({family for family, _ in named}) != 1 or ("ga", "") in named or (
                ("ga", "") in line and named <= NOT_AGAINST_ASSEMBLY):
            return
        (family, body), (line_family, line_body) = next(iter(named)), next(iter(line))
        if family != line_family or (body and line_body and body != line_body):
            ctx.add("organ-line", organ, problem=PROBLEMS["other-body"].format(
                line=organ.text.strip().rstrip(END_MARKS), body=field.value), example=_own_name(ctx, field.value))
        return


def _misnamed_zh(ctx: Context, organ: Node, start: int) -> None:
    """ZH-B01, UN-B02: a Chinese organ line that names no body this table knows, one or two characters off the known
    body the heading's committee names ("麻醉品委员会，" under 委员会：麻醉药品委员会, a character left out; "妇女地为委员会，"
    one typed wrongly): the body's name written wrongly, not another body. Its first and last characters as the
    committee's, so that a short form (安理会 for 安全理事会) or another body of the same ending is no slip of it."""
    name = simplified(organ.text[start:].strip().rstrip(END_MARKS)).strip()
    if len(name) < 4 or not CHINESE_ORGAN.match(name):
        return
    for field in _fields(ctx):
        if field.key != "committee":
            continue
        value = simplified(re.sub(r"\s*[（(][^（）()]*[)）]\s*$", "", field.value.strip()))
        if len(_bodies(value, ctx.lang)) != 1 or value == name or value[:1] != name[:1] or value[-1:] != name[-1:] \
                or edit_distance(name, value, 2) > 2:
            return
        ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["misnamed"].format(line=name, body=value),
                example=_own_name(ctx, field.value))
        return


def _other_body(ctx: Context, organ: Node, start: int) -> None:
    """MUN-F01: a draft whose heading names the Security Council, ECOSOC or one of its functional commissions, the
    Human Rights Council or a specialised body opens with that body's name, not the General Assembly's (a
    commission's with its own or the Council's, never the Assembly's); ``start``: where the name begins."""
    if ctx.profile == "un":
        return
    name = simplified(organ.text[start:].strip().rstrip(END_MARKS)).casefold().removeprefix("the ").strip()
    if name not in ("general assembly", "大会"):
        _mismatched_body(ctx, organ, start)
        return
    for field in _fields(ctx):
        value = field.value
        if field.key == "committee" and (OWN_BODY.search(simplified(value)) or OWN_BODY_SHORT.search(value)
                                         or _commission(ctx, value)):
            ctx.add("organ-line", organ, problem=PROBLEMS["body"].format(body=value), example=_own_name(ctx, value))
            return


def _commission(ctx: Context, committee: str) -> bool:
    """The heading's committee is one of ECOSOC's functional commissions ("妇女地位委员会", "Commission on Narcotic
    Drugs"), not a committee of the Assembly that names one, and no heading line passes the text on to a higher organ
    ("…建议大会通过下列决议草案：": the Assembly's own text follows, under its name)."""
    named = _bodies(committee, ctx.lang)
    return bool(named & ECOSOC_COMMISSIONS) and ("ga", "") not in named \
        and not any(PASSES_ON.search(node.para.text.strip()) for node in ctx.tree.heading)


def _own_name(ctx: Context, body: str) -> str:
    """The organ line a body's draft opens with ("The Security Council,"); a note in brackets after the committee's
    name ("（危机委员会）", "(Historical, 1962)") is the conference's, not the organ's."""
    comma = ctx.end["organ"]
    body = re.sub(r"\s*[（(][^（）()]*[)）]\s*$", "", body.strip()) or body
    if ctx.lang == "zh":
        return body + comma
    return ("" if body.casefold().startswith("the ") else "The ") + body + comma


def organ_emphasis(ctx: Context, organ: Node) -> None:
    """UN-B02: the organ's name (its comma aside) is emphasised; a style's italics count. Under the ``un`` profile
    always; in an English conference draft when its preambular leads are italic (the leads family asks then). A
    THIMUN draft's organ line typed in capitals ("THE GENERAL ASSEMBLY,") has its own form (MUN-H02): its
    capitals set it off."""
    text = organ.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip().rstrip(END_MARKS))
    if end <= start:
        return
    if ctx.profile == "thimun" and text[start:end].isupper():
        return
    wanted = EMPHASIS[ctx.lang]
    if emphasis_of(organ.para, start, end) & set(wanted) or _face_set_off(ctx, organ, start, end):
        return
    ctx.add("organ-emphasis", organ, start + 1, fix=f"set it {WANT[wanted[0]].en}",
            edits=[Emphasise(start, end, wanted[0])], want=WANT[wanted[0]])


def _face_set_off(ctx: Context, organ: Node, start: int, end: int) -> bool:
    """UN-B02, FORMAT.md 0.2: a Chinese organ name set off by its face, as the UN's Chinese texts print it ("大会"
    in 楷体 over a text in 宋体): every Chinese character of the name in one face that stands for bold or italic
    (黑体, 楷体), while most of the document's Chinese is in another. Its own line has no other Chinese to compare
    with, so the document's is."""
    if ctx.lang != "zh":
        return False
    faces = east_asian_faces(organ.para.runs, start, end)
    if len(faces) != 1 or not faces <= SET_OFF_FACES:
        return False
    counts: collections.Counter[str] = collections.Counter()
    for para in ctx.doc.paragraphs:
        for run in para.runs:
            counts[font_key(run.fonts[1])] += len(CJK.findall(run.text))
    return max(counts, key=lambda face: counts[face]) not in faces


# the Organization itself named in the organ line ("The United Nations,"): not one of its organs or bodies (MUN-F01)
WHOLE_ORGANIZATION = lazy(r"(?:the\s+)?(?:united\s+nations(?:\s+organi[sz]ation)?|UNO?)\s*[,:;.]?", re.IGNORECASE)


def _whole_organization(ctx: Context, organ: Node, example: str, name_start: int) -> bool:
    """MUN-F01: "The United Nations," names the Organization, not the body that adopts the text."""
    if ctx.lang != "en" or not WHOLE_ORGANIZATION.fullmatch(organ.text[name_start:].strip()):
        return False
    ctx.add("organ-line", organ, name_start + 1, problem=PROBLEMS["organization"], example=example)
    return True


def _english(ctx: Context, organ: Node, start: int) -> bool:
    """ZH-B01: a Chinese draft's organ line left in English ("The General Assembly,"); ``start``: where the name
    begins. Reported once, with the organ's Chinese name; the line's other forms are then not judged."""
    name = organ.text[start:].strip().rstrip(END_MARKS).strip()
    chinese = english_organ(name) if ctx.lang == "zh" else ""
    if chinese:
        ctx.add("organ-line", organ, start + 1, problem=PROBLEMS["english"].format(name=name),
                example=chinese + ctx.end["organ"])
    return bool(chinese)


def _with_article(ctx: Context, name: str, article: str, example: str) -> str:
    """The example for an organ line without its article: the line's own name with "The" ("World Trade Organization,"
    → "The World Trade Organization,") when it names a body no list holds, else ``example``."""
    bare = name.strip().rstrip(END_MARKS).strip()
    if example != "The General Assembly" + ctx.end["organ"] or "general assembly" in bare.casefold():
        return example
    return article + bare + ctx.end["organ"]


def _organ_committee(name: str) -> bool:
    """MUN-F01: an English organ line naming a committee of an organ ("Sustainable Development Committee,"): no body
    of its own, no organ's name in it; the committee rule reports it and gives the organ's line."""
    name = simplified(name).casefold()
    return bool(re.search(r"\bcommittee\b", name)) and not OWN_COMMITTEE.search(name) and not any(
        organ_name.casefold().removeprefix("the ") in name for organ_name in ORGANS["en"])


def _example(ctx: Context, organ: Node | None, own: bool = False) -> str:
    """The organ line as it should read: the organ the line (or else the heading) names, else the General
    Assembly's. ``own``: a line naming a body no list holds (聯合國糧食及農業組織：, "The World Trade Organization:") is
    shown with its own name, when only its mark is wrong."""
    comma = ctx.end["organ"]
    texts = [organ.text] if organ is not None else [n.text for n in ctx.tree.heading]
    for text in texts:
        folded = simplified(text).casefold()
        for name in sorted(ORGANS[ctx.lang], key=len, reverse=True):
            bare = name.casefold().removeprefix("the ")
            if bare and bare in folded:
                full = FULL_NAMES.get(name, name)
                return (full.upper() if text.strip().isupper() else full) + comma
    named = organ.text.strip().rstrip(END_MARKS).strip() if own and organ is not None else ""
    return (named or ("The General Assembly" if ctx.lang == "en" else "大会")) + comma
