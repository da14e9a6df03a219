"""What one paragraph looks like on its own: numbered, an annex heading, the organ line, a section heading."""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.hanzi import simplified
from drafter.labelkinds import PAGE_NUMBER_ZH, Typed, read_label, read_typed
from drafter.labels import (
    SECTION_LABEL,
    TYPED_NUMBER,
    ZH_CAPITALS,
    ZH_NUMERAL,
    ZH_PAREN,
    roman,
    roman_value,
    spelled_value,
)
from drafter.patterns import lazy
from drafter.punctuation import CJK
from drafter.structure.heading import APOSTROPHES, SYMBOL, bare_line, fields_in
from drafter.structure.lead import emphasised_span, set_off_span
from drafter.structure.leadwords import LEGISLATIVE, no_verb_en, participle
from drafter.structure.phrases import Phrases
from drafter.structure.tree import Node
from drafter.word import placement, reader, runtext

CLOSING = lazy(r"^(\d+(st|nd|rd|th) (plenary )?meeting|第\d+次全体会议|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}年\d{1,2}月\d{1,2}日"
               r"|Adopted at the [\w -]+ meeting.*|.*次会议通过)$")
# the sponsors named in a sentence of the text ("本决议由法国和德国提出。", "This resolution is submitted by France and
# Germany."), as a pupil introduces a draft: no clause, wherever it stands (the check says where they belong)
SPONSOR_SENTENCE = lazy(r"本(?:决议|決議|提案)(?:草案)?(?:是|乃)?由.{1,80}?(?:共同|联合|聯合)?(?:提出|提交|起草|撰写|撰寫)"
                        r"|this\s+(?:draft\s+)?resolution\s+(?:is|was|has\s+been)\s+(?:(?:jointly|co-?)\s*)?"
                        r"(?:submitted|sponsored|proposed|written|drafted|put\s+forward)\s+by\b", re.IGNORECASE)
# the record of a vote typed under a draft's text: "Adopted by 13 votes in favour, 2 abstentions", "Voting: 9 in
# favour, none against", "Passed unanimously", "以13票赞成、2票弃权通过", "一致通过"
VOTE_LINE = lazy(r"(?:(?:votes?|voting|vote\s+count|result|outcome)\s*[:：].{0,120}"
                 r"|(?:adopted|passed|approved|carried|rejected|failed)\b.{0,80}?\b(?:votes?|unanimously|in\s+favou?r"
                 r"|against|abstentions?|abstaining|by\s+consensus|by\s+acclamation|without\s+a\s+vote)\b.{0,80}"
                 r"|.{0,40}?\b(?:\d+|none|no)\s+(?:votes?\s+)?(?:in\s+favou?r|against)\b.{0,100}"
                 r"|.{0,40}?(?:\d+|[一二三四五六七八九十]+)\s?票(?:赞成|贊成|反对|反對|弃权|棄權).{0,60}"
                 r"|(?:经|經)?(?:一致|协商一致|協商一致|未经表决|未經表決|鼓掌)(?:通过|通過).{0,40}"
                 r"|(?:表决结果|表決結果|投票结果|投票結果)\s*[:：].{0,60})", re.IGNORECASE)
# a Chinese clause that names its speaker before the verb (我们呼吁……, 大家应该……): a pupil's clause, the organ's verb
# after it
# "And" joining a paragraph to the one before it ("And determined to …,", "And recalling …"): its lead stands after
JOINING_AND = lazy(r"(?:And|AND|and)\s+(?=[A-Za-z])")
ZH_SPEAKER = lazy(r"(?:我们|我們|我方|大家)(?:在此|特此|一致|再次|也|还|還)?")
# an annex's opening word, in Chinese with the annex's number or letter glued to it ("附件一", "附件二：职权范围",
# "附件A") as the UN numbers several annexes; "附件所载……" (a sentence on the annex) is no opening
ANNEX = lazy(r"^(?:(?:Annex|ANNEX|Appendix|APPENDIX|Enclosure|ENCLOSURE)\b|(?:附件|附录)(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}|[A-ZＡ-Ｚ])?(?![\w]))")
ORGANS = {
    "en": ["The General Assembly", "The Security Council", "The Economic and Social Council", "The Human Rights Council",
           "The Commission on Crime Prevention and Criminal Justice", "The Commission on Narcotic Drugs",
           "The Commission on the Status of Women", "The Conference of the States Parties"],
    "zh": ["大会", "安全理事会", "安理会", "经济及社会理事会", "经社理事会", "人权理事会", "预防犯罪和刑事司法委员会", "麻醉药品委员会",
           "妇女地位委员会", "缔约国会议"],
}
# the Chinese name of each organ whose English name a Chinese draft's organ line may be left in, as a delegate who
# wrote from an English template keeps it ("The General Assembly," before 回顾…); the line gives the Chinese (ZH-B01)
ZH_NAME_OF_ORGAN = dict(zip((o.casefold().removeprefix("the ") for o in ORGANS["en"]),
                            ("大会", "安全理事会", "经济及社会理事会", "人权理事会", "预防犯罪和刑事司法委员会", "麻醉药品委员会",
                             "妇女地位委员会", "缔约国会议"), strict=True))
ENDS = ",;.:，；。：!?！？"
CLOSING_QUOTES = "”’\"'」』"  # a paragraph's end mark may stand before them: '… “killer robots,”'
LIST_JOINER = lazy(r"[,;，；]\s*(?:and|or)$")
COLON_HEADING = {"en": 60, "zh": 20}  # the longest line read as a heading when it ends with a colon
ZH_HEADING = 30  # the longest Chinese line read as a heading
ARTICLE_LABEL = lazy(r"^第[一二三四五六七八九十百零〇\d]+[条條款]")
# a verb in the third person and the article or determiner of its object: a clause that lost its final mark, not a
# heading ("Realizes the hazardous impacts of …", "Stresses its concern …"); nouns in the plural rarely stand so
VERB_AND_OBJECT = lazy(r"[A-Za-z]{3,}(?<![su]s)(?<!is)s\s+(?:the|a|an|all|its|their|these|those|this)\s", re.IGNORECASE)
# a sentence's connective ("Therefore call upon all nations", "Thus urges …") opens a clause that lost its mark, never
# a heading's words
CLAUSE_STARTERS = {"further", "also", "again", "having", "being", "whereas", "to", "the", "a", "an", "all", "we",
                   "therefore", "thus", "hence", "accordingly", "consequently", "furthermore", "moreover"}
NOUN_ENDINGS = {"reporting", "financing", "peacebuilding", "policing", "funding", "training", "monitoring",
                "housing", "shed", "need", "speed", "seed", "creed", "feed", "greed", "bed", "red"}
ORGAN_WORDS = lazy(r"(?i)assembl|council|committee|\bbody\b|resolved|大会|理事会|委员会|安理会")
# an operative paragraph that adopts the text after it: "Adopts the following declaration:", "通过以下宣言："
# how a paragraph that introduces a list ends, with the colon or with the mark a student put instead ("… charged
# with;", "… the following;")
CHAPEAU_END = lazy(r"(?::|\b(?:by|through|via|including|following|follows|to|with|namely)\s*[;,:]?)$", re.IGNORECASE)
# (下述, "the following" as the UN's Chinese often writes it: "建议经济及社会理事会通过下述决议草案：")
ADOPTS_FOLLOWING = lazy(r"\bthe following\b|(?:如下|以下|下列|下述)[^，,；;]{0,20}[:：]$")
# a decision in one paragraph, as the UN writes it: the organ's name, a comma, the words that lead to its verb and
# the verb ("The Economic and Social Council, recalling its resolution 1992/22, decides:"), a colon over its items
RUNNING_DECISION = lazy(r"(?i)^(?:the\s+)?(?P<organ>[^,:;]{3,90}?),\s+(?=[a-z])[^:;]*\b(?:decides|decided)\b[^:;]*:$")
# the same in Chinese: the organ's name, "，", the words before its verb, and 决定 with its colon ("经济及社会理事会，回顾
# 大会第65/230号决议，决定："), in simplified or traditional characters
RUNNING_DECISION_ZH = lazy(r"^(?P<organ>[^，,：:；;。]{2,30})[，,][^：:；;。]*[决決]定[：:]$")
# a body passes the text after it on to a higher organ ("The Commission … recommends to the Economic and Social Council
# the approval of the following draft resolution for adoption by the General Assembly:", "Recommends to the General
# Assembly the adoption of the following draft resolution:", "建议经济及社会理事会核准以下决议草案：", in traditional
# characters "建議大會通過下列決議草案：", "……通过下述决议草案："): a heading line
PASSES_ON = lazy(r"(?i)\b(?:recommends?|transmits?|submits?)\b[^:：]*\bthe\s+following\s+(?:revised\s+)?draft\s+"
                 r"(?:resolutions?|decisions?)\b[^:：]*:$|(?:建[议議]|提[请請]|[转轉]交)[^：:]{0,40}(?:以下|下列|下述)[^：:]{0,10}"
                 r"[决決](?:[议議]|定)草案[^：:]{0,20}：$")
# a body's name: an assembly, council, commission, organization, … or a programme's board or office (执行局, 规划署),
# or a regional organisation named as a union or community (东南亚国家联盟, 阿拉伯国家联盟, 加勒比共同体: ZH-B01's
# "own name for others")
# (an enumeration comma between two Han characters belongs to the name: 联合国教育、科学及文化组织; so does the slash
# between the programmes of a joint board: 开发计划署/人口基金/项目署执行局, the UN's Chinese name of that Board)
CHINESE_ORGAN = lazy(r"^(?:[\u4e00-\u9fff（）()]|(?<=[\u4e00-\u9fff])[、/／](?=[\u4e00-\u9fff])){1,24}"
                     r"(?:会|会议|大会|理事会|委员会|组织|论坛|法院|峰会|内阁|执行局|局|署|机构|联盟|共同体)$")
# the meeting of a treaty's parties, named after the treaty in its 《》 (《联合国海洋法公约》缔约国会议, 《南极条约》协商会议,
# 《生物多样性公约》缔约方大会): a body's name that cites an instrument, the only one (ZH-B01's "own name for others")
TREATY_MEETING = lazy(r"^《[^《》]{2,60}》(?:缔约国|缔约方)?(?:会议|大会|协商会议|审议大会|审议会议)$")
# the last character of a line is a Han character: a name with no mark after it
HAN_LAST = lazy(r"[\u4e00-\u9fff]$")
# words that make a line what a text is about, not a body's name: 关于 (about) or the 的 of a description
NOT_A_NAME = lazy(r"关于|關於|的")
# the session an organ line names after the organ, as the International Labour Conference's texts open ("The General
# Conference of the International Labour Organization, meeting in its 112th Session, 2024,"): part of the organ line,
# not a preambular paragraph; the name before it is judged as the organ's
ORGAN_SESSION = lazy(r",\s+(?:meeting|having\s+met|assembled|convened)\s+(?:in|at)\s+its\s+[\w-]+\s+"
                     r"(?:(?:regular|ordinary|special)\s+)?session(?:,\s+(?:19|20)[0-9]{2})?$", re.IGNORECASE)
# short names of organs students put in the organ line, and the organ's name they stand for (ZH-B01: "大会，"; the
# line writes the body's own name in full, UN-B02, MUN-F07): 联大 for the Assembly, 安理会 for the Council, 人理会 and
# 世卫大会 for the Human Rights Council and the World Health Assembly, 妇地会 for the Commission on the Status of Women;
# ECOSOC's 经社理事会 is the form ZH-B01 itself gives, no short name
CHINESE_ORGAN_SHORT = {"联大": ("大会", "大會"), "安理会": ("安全理事会", "安全理事會"),  # simplified and traditional
                       "人理会": ("人权理事会", "人權理事會"), "世卫大会": ("世界卫生大会", "世界衛生大會"),
                       "妇地会": ("妇女地位委员会", "婦女地位委員會")}
# a body's English acronym standing for the organ line of a Chinese draft ("CCPCJ，", "ECOSOC，"), as a delegate used to
# English-language conferences types it before the preamble; the line gives the organ's Chinese name (ZH-B01)
LATIN_ACRONYM = lazy(r"(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z])[A-Z][A-Za-z0-9-]{1,9}")
# the organ line written as a sentence that announces the resolution ("大会通过以下决议。", "安全理事会兹作出如下决议："):
# the organ's name, then the words after it (in simplified characters)
CHINESE_ORGAN_ADOPTING = lazy(r"^(?P<name>[\u4e00-\u9fff（）()]{1,20}?)(?P<tail>(?:兹|特此|现)?(?:通过|作出|做出)了?"
                              r"(?:以下|下列|如下)(?:各项)?决议(?:草案)?\s*[。：:，,；;]?)$")
WHEREAS = lazy(r"^whereas\b", re.IGNORECASE)
PARTICIPLE = lazy(r"^[A-Z][a-z]+ing\b")
# a line naming a part of the body ("Preambulatory Clauses:", "OPERATIVE CLAUSES", "The Operative Clauses", "序言部分："):
# a label, not a clause
# (a toggle's mark before it, "▸ Operative clauses", as a shared page of Notion copies it)
PART_HEADING = lazy(r"^(?:[▸▹▶▷►▾▿▼]\s*)?(?:the\s+)?(?:(?:first|second|third|next|last)\s+(?=\S+\s+(?:clause|phrase)))?"
                    r"(?:(?P<preambular>(?:pre-?|per)ambul\w*|preamble)|(?P<operative>operative|operational))"
                    r"(?:\s+(?:clauses?|paragraphs?|phrases?|part|section|provisions?))?\s*[:：.,]?$"
                    r"|^(?:[▸▹▶▷►▾▿▼]\s*)?(?:(?P<zh_preambular>序言)(?:性)?(?:部分|条款|段落?)?"
                    r"|(?P<zh_operative>执行|行动)(?:性)?(?:部分|条款|段落?))\s*[:：]?$",
                    re.IGNORECASE)
# a labelled heading line: "Article I: Sustainable Development", "Section 2 – Funding", "Part One", "第一章 总则"
HEADING_LABEL = lazy(r"^(?:article|section|part|chapter|title)\s+(?:[IVXLC]+|\d+|[A-Z]|one|two|three|four|five)"
                     r"\b(?![,;])|^第[一二三四五六七八九十\d]+[章节部分]", re.IGNORECASE)
SUBSTITUTE = lazy(r"^(?:be it (?:hereby )?resolved\b.*|this\b.{0,40}\b(?:body|assembly|council|committee|"
                  r"commission)\b.*(?:assembled|resolves?)\b.*)$", re.IGNORECASE)
# the opening of a parliamentary motion on a line of its own, where a resolution's organ line stands: "That this House",
# "That this Assembly" (the form Rotary Model United Nations Assemblies and youth parliaments print their
# resolutions in: "That this Assembly / Expressing concern …, / Recommends …"); a whole motion ("That this House
# calls upon …") or a sentence about the body ("That this assembly of delegates has met …") is none
MOTION_OPENING = lazy(r"^that\s+this\s+(?:house|assembly|council|committee|commission|conference|parliament|forum|body)"
                      r"\s*[,:：\u2013\u2014-]?$", re.IGNORECASE)

# a delegation's formula set down where the operative part begins, the way Tennessee YMCA drafts write it: "We, the
# delegation of Haiti hereby:", "The delegation of Mozambique hereby:", "We, the delegates of Chile, hereby resolve:"
# (UN-B01, MUN-F01: the organ's name opens the text, the operative part follows the preamble directly)
DELEGATION_FORMULA = lazy(r"^(?:we,?\s+)?the\s+(?:delegations?|delegates?|representatives?|government)\s+(?:of|from)\s+"
                          r"[^,;:.]{2,60}?,?\s+(?:do\s+)?(?:hereby|here\s+assembled)\b[^;.；。]{0,30}$", re.IGNORECASE)
# the organ line written as its members speaking, on a line of its own before the preamble: "We the delegates of the
# Economic and Social Council,", "We, the representatives of the General Assembly,", "We the Member States of the
# Human Rights Council," (the words of a declaration or of a Charter's preamble; UN-B02, MUN-F01: the organ's name
# and a comma). A formula with "hereby" or a verb after it is DELEGATION_FORMULA's; a name with a comma inside, or
# a sentence going on after it, is none
NAME_SMALL_WORDS = {"of", "and", "on", "for", "the", "in", "to", "&"}
SPEAKING_ORGAN = lazy(r"^we,?\s+the\s+(?:delegations?|delegates?|representatives?|members?|member\s+states)"
                      r"\s+(?:of|from|to|in|at)\s+(?P<name>(?!.*\b(?:hereby|here\s+assembled|resolves?|do)\b)"
                      r"[^,;:.，；：。]{2,80}?)\s*,$", re.IGNORECASE)
# the resolving verb a body's name carries when the organ line is set down before the operative part: "The General
# Assembly Resolves,", "The Security Council hereby decides:"
RESOLVING_TAIL = lazy(r"\s+(?:hereby\s+)?(?:resolves|decides)(?:\s+(?:that|as\s+follows))?\s*[,，:：]?$", re.IGNORECASE)
# what may follow the organ's name when a student writes the organ line again before the operative part
REPEATED_TAIL = lazy(r"[\s,，]*(?:hereby|here assembled|兹|特此|现)?"
                     r"(?:\s*(?:resolves|decides)(?:\s+(?:to|that|as\s+follows))?|决定|决议如下|作出如下决议)?"
                     r"\s*[,，:：;；.。]?\s*$", re.IGNORECASE)
# a legislature's resolving formula set down where the operative part begins, under the organ line: "Be it resolved
# by the General Assembly:", "NOW, THEREFORE, BE IT RESOLVED:", "Resolves:" alone (UN-B01, MUN-F01: the operative
# part follows the preamble directly)
RESOLVING_FORMULA = lazy(r"^(?:(?:now|therefore)[,\s]+)*(?:be\s+it\s+(?:hereby\s+|further\s+)?resolved"
                         # the body that resolves, named after it ("… by the General Assembly", "… that this Council");
                         # a clause's own words after it ("Be it resolved that the Office must act,") are no formula
                         r"(?:\s+(?:by|that)\s+(?:the\s+|this\s+)?(?:[\w'’&-]+\s+){0,6}?(?:assembly|council|committee"
                         r"|commission|conference|organi[sz]ation|forum|board|body|union|parliament|delegates|delegations?))?"
                         r"(?:\s+(?:hereby|here\s+assembled))?"
                         r"|(?:it\s+is\s+)?(?:hereby\s+)?(?:resolves|resolved))\s*[,:]?$", re.IGNORECASE)
# how a legislature's formula opens ("Be it resolved", "Now, therefore, be it further resolved"): "Resolves," alone,
# which RESOLVING_FORMULA reads too, is no line standing in for a missing organ line
BE_IT = lazy(r"^(?:(?:now|therefore)[,\s]+)*be\s+it\b", re.IGNORECASE)
# a body's name standing alone with a colon: "the United Nations Environment Programme Committee:", "The Economic
# and Social Council:" (capitalised words, "of"/"and" between them, a body's noun at the end)
BODY_NAME = lazy(r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’&\-]*|of|and|on|for)\s+){0,8}(?:Committee|Commission|Council|"
                 r"Assembly|Programme|Program|Conference|Organi[sz]ation|Board|Forum)(?:\s+Committee)?$")
# a body's name with its article, every word capitalised but the small words between ("The United Nations High
# Commissioner for Refugees", "The Office of the Special Envoy"): the words of an organ line, whatever body it names
NAMED_BODY = lazy(r"^(?:The|THE)(?:\s+(?:[A-Z][\w'’&\-]*|of|and|on|for|the|in|to|&)){0,15}\s+[A-Z][\w'’&\-]*$")
# a United Nations body's name without its article, every word capitalised but the small words between ("United
# Nations Women", "UN Women", "United Nations Environment Programme"): the words of an organ line a MUN committee
# named after the body writes, as "UNITED NATIONS WOMEN" in capitals is
# a body named after what it deals with, with its article, the body's word first ("The Committee on the Peaceful Uses of
# Outer Space", "The Commission on the Status of Women", "The Council of Europe"): every word capitalised but the small
# words between; a body's name of its own when it stands alone right before the operative part
BODY_ON = lazy(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’&\-]*\s+){0,3}(?:Committee|Commission|Council|Conference|Board|Forum|"
               r"Programme|Program|Organi[sz]ation)\s+(?:on|of|for)\s+(?:(?:[A-Z][\w'’&\-]*|of|and|on|for|the|in|to)\s+)"
               r"{0,8}[A-Z][\w'’&\-]*$")
# an unlisted body's name without its article, two to six words, every one capitalised but the small words between
# ("Special Ambassadors Meet", "Youth Summit on Migration"): the organ line of a meeting no list names, when its comma
# ends it and the preamble follows; not a salutation's words ("Distinguished Delegates,", "Honourable Chair,")
TITLED_BODY = lazy(r"^[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|and|on|for|the|in|to|&)){0,4}\s+[A-Z][\w'’&\-]*$")
ADDRESSEE_WORDS = lazy(r"\b(?:Delegates?|Delegations?|Chairs?|Chairperson|Chairman|Madam|Sir|Mr|Mrs|Ms|Members|"
                       r"Honou?rable|Distinguished|Excellenc(?:y|ies)|Ladies|Gentlemen|Dear|Friends|Colleagues|"
                       r"President|Secretary)\b")
UN_BODY = lazy(r"^(?:United\s+Nations|UN)(?:[\s-]+(?:[A-Z][\w'’&\-]*|of|and|on|for|the|in|to|&)){1,8}$")
# the organ line written as an address, the way a letter or a legislature's bill is headed: "To the General Assembly:",
# "To The General Assembly," (the word before the organ's name)
ADDRESSED = lazy(r"^to\s+(?=the\s)", re.IGNORECASE)
# Chinese ordinals with "、" that number clauses: "一、", "甲、", "子、"
DOTTED_ORDINALS = ("zh-dot", "stem-dot", "branch-dot")


def numbers_clauses(typed: Typed) -> bool:
    """``typed`` is a form students number operative paragraphs with: a number in any form ("1.", "1)", "(1)",
    "1-", "１．", "1、"), an article ("第一条"), a Chinese numeral or a Heavenly Stem or Earthly Branch with "、"
    ("一、", "甲、") or an outline number whose clauses have no "1." above them ("1.1." "1.2." …: read as clauses 1,
    2, …)."""
    return typed.kind in ("number", "article", "outline") or typed.name in DOTTED_ORDINALS


def clause_label(text: str) -> Typed | None:
    """The label typed before ``text`` when it is one that numbers operative paragraphs (:func:`numbers_clauses`)."""
    typed = read_typed(text)
    return typed if typed is not None and numbers_clauses(typed) else None


BRACKETED_ORDINALS = ("zh-paren", "stem", "branch", "circled")  # "（一）", "（甲）", "（子）", "①": sub-labels, or a student's clause numbers


def typed_bracketed_clause(text: str, typed: Typed, phrases: Phrases) -> bool:
    """``text`` is a clause a student numbered with a bracketed Chinese ordinal ("（一）敦促……；", "（甲）请……；"): an
    operative lead after the label (Chinese leads open both parts, so any operative reading) and a clause's end, as
    :func:`bracketed_clause` reads Word's."""
    return typed.name in BRACKETED_ORDINALS and text.rstrip().endswith(("；", ";", "。", "：", ":")) \
        and any(phrase.kind == "operative" for _, phrase in phrases.matches(text[typed.end:]))


def sub_label(text: str) -> bool:
    """``text`` opens with a label of the kind sub-paragraphs carry ("(a)", "ii.", "㈠", "•"), not a clause number
    ("1.", "第一条")."""
    typed = read_typed(text)
    return typed is not None and typed.kind != "article" and not typed.un_number


def word_clause_number(para: reader.Paragraph) -> bool:
    """Word numbers the paragraph at level 0 with a label that numbers clauses: a digit first ("1.", "1)"), or a
    Chinese clause number ("一、", "第一条", "甲、"); "(1)" at level 0 is left to the sub-paragraphs, as "(a)" is."""
    if para.num_id is None or para.level != 0:
        return False
    if re.match(r"^\d", para.label):
        return True
    shown = read_label(para.label)
    return shown is not None and (shown.kind == "article" or shown.name in DOTTED_ORDINALS)


def bracketed_clause(para: reader.Paragraph, phrases: Phrases) -> bool:
    """Word numbers the paragraph at level 0 "（一）", "(1)" or "（甲）" (a form from WPS's or Word's gallery) and it is
    a clause: an operative lead and a clause's end. Such labels at level 0 are sub-paragraphs otherwise."""
    if para.num_id is None or para.level != 0 or not para.text.rstrip().endswith((";", "；", ".", "。", ":", "：")):
        return False
    shown = read_label(para.label)
    return shown is not None and shown.name in (*BRACKETED_ORDINALS, "number-paren") \
        and any(phrase.kind == "operative" for _, phrase in phrases.matches(para.text))


# a list label that holds a word and a number, as a template's list may show it: "Clause 1:", "Article 2.", "Para 3",
# "Operative clause 4 -" (the number is the clause's count), or the capitals of UN drafts' paragraph tags glued to it:
# "OP1", "PP 2", "Op.3" (operative / preambular paragraph)
WORDED_NUMBER = lazy(r"^\s*(?:(?:[^\W\d_]+\.?\s+){1,2}|[A-Z][A-Za-z]{1,2}\.?\s*)(\d{1,3})\s*[.:)\-–]?\s*$")


# a word and a Roman numeral, as the Multilevel List gallery's "Article I. / Section 1.01 / (a)" shows its first level:
# "Article I.", "Article IV.", "Part ii)" (the numeral is the count)
WORDED_ROMAN = lazy(r"^\s*(?:[^\W\d_]+\.?\s+){1,2}([IVXL]{1,7}|[ivxl]{1,7})\s*[.:)\-–]?\s*$")


# the marks a worded label may end with ("Article One:", "First)", "Clause Two -")
WORDED_END = lazy(r"\s*[.:)\-–]?\s*$")
WORDED_PREFIX = lazy(r"[^\W\d_]+\.?")  # a word before the number ("Article", "Art.", "Clause")


def worded_clause_number(label: str) -> int | None:
    """The count a label that holds a word and a number shows ("Clause 1:" → 1, "Article IV." → 4, "Article One"
    → 1), or a number spelled alone ("First" → 1, "1st" → 1); None for any other label."""
    match = WORDED_NUMBER.match(label)
    if match:
        return int(match.group(1))
    match = WORDED_ROMAN.match(label)
    value = roman_value(match.group(1)) if match else None
    if match and value and roman(value) == match.group(1).lower():
        return value
    return spelled_clause_number(label)


def spelled_clause_number(label: str) -> int | None:
    """The number a label spells as Word's cardinalText, ordinalText or ordinal shows it, alone or after a word or
    two: "First" → 1, "Article One" → 1, "Clause Twenty-one:" → 21, "1st" → 1 (the words a delegate's "Define New
    Number Format" gives a list level); None for any other label."""
    words = WORDED_END.sub("", label).split()
    for cut in range(min(2, len(words) - 1) + 1):
        if all(WORDED_PREFIX.fullmatch(word) for word in words[:cut]):
            value = spelled_value(" ".join(words[cut:]))
            if value is not None:
                return value
    return None


def other_form_clause(para: reader.Paragraph, phrases: Phrases) -> bool:
    """Word numbers the paragraph at level 0 with Roman numerals ("I.", "II.", a list level or an override that
    says upperRoman) or capital letters ("A.", "B.": upperLetter, as a template's or an override's level 0 may say),
    with a word and a number ("Clause 1:") or with circled digits ("①", "②": a list level that
    says decimalEnclosedCircle, from Word's or WPS's Chinese gallery), and it is a clause: it ends as a clause ends
    and an operative lead opens it. Clauses numbered in a wrong form, as "第一条" is; such labels number sections,
    headings or sub-paragraphs otherwise."""
    if para.num_id is None or para.level != 0 or not para.text.rstrip().endswith((";", "；", ".", "。", ":", "：")):
        return False
    shown = read_label(para.label)
    roman = shown is not None and shown.upper and (shown.kind == "roman" and para.num_format == "upperRoman"
                                                   or shown.kind == "letter" and para.num_format == "upperLetter")
    circled = shown is not None and shown.kind == "circled" and para.num_format.startswith("decimalEnclosedCircle")
    if not roman and not circled and worded_clause_number(para.label) is None:
        return False
    return any(phrase.kind == "operative" for _, phrase in phrases.matches(para.text))


BARE_CLAUSE_NUMBER = lazy(r"\s*([0-9]{1,3})\s+(?=[A-Z][a-zA-Z]|[\u3400-\u9fff])")  # "6 Determines", "2 敦促": no point


def bare_clause_number(text: str, expected: int, phrases: Phrases, run: bool = False) -> Typed | None:
    """A clause number typed without its point ("1 Urges …", "6 Determines …" after "5."): the label when it is
    the ``expected`` count and a verb of the operative form follows it (an operative lead, or the finite form of a
    known preambular one: "Determines" for "Determining", unless the words read as a subject and its verb: "4 States
    have …"); "15 States have …", "5 March 2026" and "2030 Agenda" are text. In a ``run`` of such numbers (the
    clause before was numbered so too: "2 REQUESTS …" then "3 AUTHORITISES …") the next count before a capitalised
    word that is no subject opens the next clause even when its lead is misspelt or in the wrong form ("5 FURTHER
    REQUEST …"): the draft numbers every clause this way, and its lead is judged by the lead rules."""
    match = BARE_CLAUSE_NUMBER.match(text)
    if match is None or int(match.group(1)) != expected:
        return None
    rest = text[match.end():]
    verb = rest.split(maxsplit=1)[0] if rest.split() else ""
    in_run = run and phrases.lang == "en" and not no_verb_en(rest)  # the next number of the run, a verb's place
    if not in_run and not any(p.kind == "operative" for _, p in phrases.matches(rest)) \
            and (phrases.lang != "en" or participle(verb, phrases) is None or no_verb_en(rest)):
        return None  # "4 States have …": a subject, not a verb ("Stating" is a lead all the same)
    return Typed(match.group(1), match.group(1), "number", "bare", int(match.group(1)), False, match.start(1),
                 match.end())


# a page's number that a scan or a PDF's copy read onto the line of the clause opening the page ("2 4. Recommends …")
PAGE_BEFORE_NUMBER = lazy(r"[ \t]*[0-9]{1,3}[ \t]+(?=[0-9]{1,3}[.．][ \t])")


def number_after_page_number(text: str, expected: int, phrases: Phrases) -> Typed | None:
    """The clause number ``expected`` typed after a page number that the copy put before it on its line ("2 4.
    Recommends …": page 2 opens with clause 4), an operative lead after it; None otherwise."""
    match = PAGE_BEFORE_NUMBER.match(text)
    typed = read_typed(text[match.end():]) if match is not None else None
    if match is None or typed is None or typed.kind != "number" or typed.value != expected or typed.start:
        return None
    if not any(p.kind == "operative" for _, p in phrases.matches(text[match.end() + typed.end:])):
        return None
    return replace(typed, start=match.end(), end=match.end() + typed.end)


def numbered_top(para: reader.Paragraph, phrases: Phrases | None = None) -> bool:
    """The paragraph opens the operative part: Word numbering at level 0 in a form that numbers clauses
    (:func:`word_clause_number`), or a first clause number typed in any form (:func:`clause_label`) that does not
    head a section ("一、总则")."""
    if para.num_id is not None:
        return word_clause_number(para) and not looks_like_section(para.text, para.label, phrases)
    typed = clause_label(para.text) or _field_clause_number(para, phrases) \
        or (bare_clause_number(para.text, 1, phrases) if phrases is not None else None)
    if typed is not None and typed.kind == "outline" and not re.match(r"0*1[.．]", typed.token):
        return False  # "2.1." is the first item under clause 2 (its value is 1), never the clause that opens the part
    return typed is not None and typed.value == 1 and not looks_like_section(para.text, typed.text, phrases)


def _field_clause_number(para: reader.Paragraph, phrases: Phrases | None) -> Typed | None:
    """The label of a self-numbering field at level 1 (:func:`field_number`) before an operative lead ("i.
    Encourages …"): a clause's number in another form; not before other words ("a. the wells of …", an item)."""
    typed = field_number(para)
    if typed is None or phrases is None:
        return None
    return typed if any(phrase.kind == "operative" for _, phrase in phrases.matches(para.text[typed.end:])) else None


def field_number(para: reader.Paragraph) -> Typed | None:
    """The label a self-numbering field that counts at level 1 shows before ``para``'s text, in whatever form its
    switch gives it ("AUTONUM \\* roman": "i.", "ii."; "\\* ALPHABETIC": "A."): a clause's number, which Word counts
    at the level of body text as it does "1.", "2." (the switch changes the form only); None when no such field
    numbers the paragraph."""
    if para.number_field is None or para.number_level != 1:
        return None
    return read_typed(para.text)


def is_annex(text: str) -> bool:
    """A short unpunctuated line opening an annex ("Annex", "附件")."""
    text = text.strip()
    return bool(ANNEX.match(text)) and len(text) < 120 and not text.endswith(tuple(ENDS[:4]) + ("，", "；", "。"))


def address_length(text: str) -> int:
    """The length of the word that addresses the organ before its name ("To " in "To the General Assembly:"), 0
    when the line does not open so."""
    match = ADDRESSED.match(text.lstrip())
    return match.end() if match is not None else 0


# an organ line between the marks Markdown types for emphasis ("_The General Assembly,_", "**The General
# Assembly**,"), as an export of Google Docs or a chat leaves it: the marks and the line inside them
MARKED_LINE = lazy(r"(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_]+?)(?P=mark)(?P<after>[,，:：]?)")


# a chatbot's own sentence around the draft it wrote, left in when its answer is pasted whole: the reply's opening
# ("Sure! Here is a draft resolution …:", "Certainly, here's …", "Here's a polished draft …" (a delegate's letter
# says "our draft"), "I'll draft a resolution on …", "I've put together …") and the offer that closes it ("Let me
# know if you would like …", "I hope this helps!", "Feel free to adjust …", "Would you like me to …?", "If you want,
# I can also …", "If you tell me which country you represent, I can tailor …")
CHATBOT_LINE = lazy(r"(?:(?:sure|certainly|of course|absolutely|great|okay|ok)\s*[!,.]\s*(?:here(?:'s|’s|\s+is|\s+are)"
                    r"|below\s+is|i(?:'ve|’ve|\s+have))\b|let\s+me\s+know\b|feel\s+free\s+to\b"
                    r"|(?:i\s+)?hope\s+(?:this|that|it)\s+helps\b|would\s+you\s+like\s+me\s+to\b"
                    r"|do\s+you\s+want\s+me\s+to\b|if\s+you(?:'d|’d|\s+would)\s+like,?\s+i\s+(?:can|could)\b"
                    r"|if\s+you\s+want,?\s+i\s+(?:can|could)\b|i\s+(?:can|could)\s+also\b"
                    r"|here(?:'s|’s|\s+is)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:draft|version)\b"
                    r"|i(?:'ll|’ll|\s+will)\s+(?:draft|write|create|prepare|put\s+together)\b"
                    r"|i(?:'ve|’ve|\s+have)\s+(?:drafted|written|created|prepared|put\s+together)\b"
                    r"|if\s+you\s+(?:tell|give|send|share|show|let)\b[^.!?]{0,120}?,\s*i(?:\s+(?:can|could|will)|'ll|’ll)\b)",
                    re.IGNORECASE)
# the same offer as the second sentence of a line that opened with a remark on the draft ("This draft balances
# prevention with support. Let me know if …")
CHATBOT_OFFER = lazy(r"[.!?]\s+(?:let\s+me\s+know\b|would\s+you\s+like\s+me\s+to\b|feel\s+free\s+to\b"
                     r"|i\s+(?:can|could)\s+also\b)", re.IGNORECASE)
# the same in a Chinese chatbot's answer, from the line's start: its opening ("好的，以下是……：", "当然可以！下面是……",
# "以下是我为您起草的……：") and its close ("希望以上内容对你有所帮助！", "如需调整……请随时告诉我", "需要我……吗？", "小提示：……");
# CHATBOT_OPENING_ZH and CHATBOT_LINE_ZH below read the same sentences in the words of other assistants
CHATBOT_REPLY_ZH = lazy(r"(?:好的|当然(?:可以)?|没问题)[！!，,。～~]|(?:以下|下面)是[^。！？]{0,60}[：:]$"
                       r"|希望(?:这份|这篇|以上|上述|本|这些|这个)?[^，。！!]{0,10}对(?:你|您)(?:有所|有)?(?:帮助|启发)"
                       r"|如(?:需|有需要|果需要|果(?:你|您)(?:还)?(?:需要|想|希望))[^。！]{0,40}"
                       r"(?:告诉我|联系我|随时|我(?:可以|可|能|再))"
                       r"|需要我[^。！？]{0,40}吗[？?]|(?:小|温馨)提示[：:]")
# emoji before a line, as a chatbot's answer sets them before its headings and tips ("📌 Operative Clauses")
LEADING_EMOJI = lazy(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]"
                     r"[\uFE0F\U0001F3FB-\U0001F3FF]?\s*)+")
# the delegate's own request to a chatbot, copied with its answer ("can you write a resolution on …", "帮我写一份
# 关于……的决议草案")
PROMPT = lazy(r"(?:(?:hi|hey|hello)[,!]?\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?"
              r"(?:write|draft|make|create|generate|give\s+me|help\s+me\s+(?:write|draft))\s+(?:me\s+)?"
              r"(?:a|an|my|our)\s+[^.!]{0,120}?\b(?:resolution|draft|clauses)\b"
              r"|(?:请|麻烦)?(?:你)?(?:帮我|帮忙|给我|替我)(?:写|起草|拟|生成|撰写)一(?:份|篇|个)[^。]{0,60}(?:决议草案|决议)",
              re.IGNORECASE)
# a sentence that comments on the draft instead of being a clause of it: what a clause does ("This ensures that …",
# "This will help …", "These measures would …"), or what the whole does ("In conclusion, this resolution …", "This
# resolution aims to …", "Overall, …")
COMMENTARY = lazy(r"(?:this|these|such)(?:\s+(?:clause|clauses|measure|measures|provision|provisions|approach|step|steps"
                  r"|resolution|draft|paragraph|initiative|framework|action|actions|proposal|proposals))?\s+"
                  r"(?:will|would|ensures?|allows?|helps?|aims?|seeks?|guarantees?|enables?|promotes?|means|can|could)\b"
                  r"|in\s+(?:conclusion|summary|sum|short)\s*,|to\s+(?:conclude|sum\s+up|summari[sz]e)\s*,"
                  r"|(?:overall|ultimately|altogether)\s*,", re.IGNORECASE)


# a Chinese chat assistant's own sentence around the draft it wrote (文心一言, 豆包, Kimi, DeepSeek …): the reply's
# opening, which announces the draft and ends with a colon ("以下是一份关于……的决议草案：", "好的！下面是为你撰写的……范本："),
# and what closes it, speaking to the user as 你/您 or of itself as 我: "希望对你有帮助", "请随时告诉我", "供您参考",
# "祝你在会议中取得好成绩", "您可以根据……调整" (simplified and traditional)
CHATBOT_OPENING_ZH = lazy(r"(?:(?:好的|好|当然|當然|没问题|沒問題|可以)[，,！!。.～~]*\s*)?(?:以下|下面|如下)(?:是|为|為)"
                          r"[^。！？!?]{0,60}(?:草案|决议|決議|文件|范本|範本|示例|版本)[^。！？!?]{0,30}[：:]")
CHATBOT_LINE_ZH = lazy(r"(?:希望|但愿|但願)[^。！？!?]{0,12}(?:对|對)(?:你|您)有(?:所)?(?:帮助|幫助)"
                       r"|(?:告诉|告訴)我|供(?:你|您)(?:参考|參考)"
                       r"|祝(?:你|您)[^。！？!?]{0,12}(?:取得|获得|獲得|顺利|順利)"
                       r"|(?:你|您)可以根(?:据|據)[^。！？!?]{0,30}(?:修改|调整|調整|补充|補充)")


def commentary(text: str) -> str | None:
    """What a line of prose is when it is no clause but talk about the draft: "chatbot" for a chatbot's own sentence
    around the draft (English or Chinese), "comment" for an English sentence commenting on the draft or on a
    clause; None otherwise. An English line is a sentence: it ends with ".", "!", "?" or (a chatbot's reply opening)
    ":"."""
    stripped = text.strip()
    if any("\u4e00" <= char <= "\u9fff" for char in stripped[:12]):
        reply = stripped[-1:] in "。！？：" and CHATBOT_REPLY_ZH.match(LEADING_EMOJI.sub("", stripped)) is not None
        return "chatbot" if reply or CHATBOT_OPENING_ZH.fullmatch(stripped) or CHATBOT_LINE_ZH.search(stripped) \
            else None
    if len(stripped.split()) < 4 or stripped[-1:] not in ".!?:":
        return None
    if CHATBOT_LINE.match(stripped) or CHATBOT_OFFER.search(stripped):
        return "chatbot"
    if stripped[-1:] != ":" and COMMENTARY.match(stripped):
        return "comment"
    return None


# the marks Markdown types before a heading ("## Operative Clauses", "# Draft Resolution on …"), as a chatbot's answer
# or a Markdown export leaves them when pasted as plain text
MARKDOWN_HEADING = lazy(r"#{1,6}[ \t]+(?=\S)")


def without_markdown(text: str) -> str:
    """``text`` (a short line) without the marks Markdown types for a heading or around the whole line
    ("## Operative Clauses" → "Operative Clauses", "**Preambular Clauses:**" → "Preambular Clauses:")."""
    stripped = text.strip()
    heading = MARKDOWN_HEADING.match(stripped)
    if heading is not None:
        stripped = stripped[heading.end():].strip()
    marked = unmarked_line(stripped) if "*" in stripped or "_" in stripped else None
    return marked[1] if marked is not None else stripped


def unmarked_line(text: str) -> tuple[str, str] | None:
    """The mark and the line inside it when ``text`` is written whole between Markdown's emphasis marks; None
    otherwise."""
    match = MARKED_LINE.fullmatch(text.strip())
    if match is None:
        return None
    return match.group("mark"), match.group("inner") + match.group("after")


def motion_opening(text: str) -> bool:
    """``text`` is a motion's opening alone ("That this House", "That this Assembly:"), written where a resolution's
    organ line stands (MOTION_OPENING)."""
    return bool(MOTION_OPENING.match(text.strip()))


def is_organ(text: str, following: str, organs: list[str], phrases: Phrases, before: tuple[str, ...] = ()) -> bool:
    """The organ line ("The General Assembly,"), judged with the text of the paragraph after it. An English organ
    line written as an address ("To the General Assembly:") is the organ line too when a clause follows it; so is
    one written between Markdown's emphasis marks ("_The General Assembly,_") or after its heading marks ("## The
    General Assembly,", a Markdown file pasted as it is). ``before``: the heading's lines above it, one of which may
    name the body an unlisted organ line names."""
    stripped = text.strip()
    heading = MARKDOWN_HEADING.match(stripped) if phrases.lang == "en" else None
    if heading is not None:
        stripped = stripped[heading.end():]
    marked = unmarked_line(stripped) if phrases.lang == "en" else None
    if marked is not None:
        stripped = marked[1]
    if phrases.lang == "en" and motion_opening(stripped):
        # "That this Assembly" over the preamble: the organ line written as a motion's opening (organ-line says so)
        return bool(phrases.match(following) or clause_label(following))
    address = address_length(stripped) if phrases.lang == "en" else 0
    if address:
        rest = stripped[address:]
        named = rest.rstrip(",:").strip()
        known = any(named.casefold() == o.casefold() for o in organs) or bool(BODY_NAME.match(named))
        return known and rest.endswith((",", ":")) and bool(phrases.match(following) or clause_label(following))
    name = stripped.rstrip(",，:：、").strip()  # 、: the enumeration comma typed for ， (安全理事會、)
    session = ORGAN_SESSION.search(name) if phrases.lang == "en" and stripped.endswith(",") else None
    if session is not None and name.startswith(("The ", "THE ")):
        name = name[:session.start()]  # "The General Conference of the …, meeting in its 112th Session, 2024,"
        stripped = name + ","
    if not name or len(name) > 90:
        return False
    # a known organ's name ending with a semicolon or a full stop ("The General Assembly;", "大会；") before the
    # preamble: the organ line with the wrong mark
    as_named = name.rstrip(";；.。").strip() if name.endswith((";", "；", ".", "。")) \
        and phrases.match(following) is not None else name
    if any(as_named.casefold().removeprefix("the ") == o.casefold().removeprefix("the ") for o in organs):
        # the masthead names the organ too; the organ line is the one the preamble follows
        return stripped != name or bool(phrases.match(following) or clause_label(following))
    if phrases.lang == "zh" and adopting_tail(stripped) and phrases.match(following) is not None:
        return True  # "大会通过以下决议。" before the preamble: the organ line written as a sentence
    if phrases.match(name):
        return False
    if phrases.lang == "zh":  # a short clause ending with "，" is no organ line: the name ends like an organ's
        lead_follows = phrases.match(following) is not None
        ended = stripped.endswith("，") or (stripped.endswith((",", ":", "：", "、")) and lead_follows)
        if not ended and lead_follows and (HAN_LAST.search(stripped) or stripped.endswith(("；", ";", "。"))):
            # a body's name with no mark or a clause's mark the preamble follows ("欧洲理事会", "欧洲理事会；"): the organ
            # line without its comma, unless the words say what a text is about (关于…的…: a title, not a name)
            name = name.rstrip("；;。").strip()
            ended = not NOT_A_NAME.search(name)
        known = CHINESE_ORGAN.match(simplified(name)) is not None or simplified(name) in CHINESE_ORGAN_SHORT \
            or (LATIN_ACRONYM.fullmatch(name) is not None and phrases.match(following) is not None) \
            or (bool(english_organ(name)) and phrases.match(following) is not None)
        # only with its comma: with no mark such a line may be a text's title (《联合国宪章》缔约国会议 over the preamble)
        meeting = TREATY_MEETING.match(simplified(name)) is not None and stripped.endswith(("，", ","))
        return ended and (bool(known) or meeting) and ("《" not in name or meeting) \
            and not SYMBOL.match(name)  # an organ's name cites no instrument (世界卫生大会： before 回顾: the wrong mark)
    if phrases.lang == "en" and (stripped[-1:].isalpha() or stripped[-1:] in ":;.") and unmarked_body_name(stripped) \
            and _opens_with_lead(following, phrases):
        # "THE SPECIAL CONFERENCE", "The Food and Agriculture Organization:" before the preamble: the organ line
        # without its comma or with another mark, whatever body it names
        return True
    if phrases.lang == "en" and stripped.endswith(";") and NAMED_BODY.match(stripped[:-1].rstrip()) is not None \
            and phrases.match(following) is not None:
        # "The United Nations High Commissioner for Refugees;" before the preamble: a body's name, every word of it
        # capitalised, with a semicolon for the organ line's comma (a clause or a sentence has words in lower case)
        return True
    if phrases.lang == "en" and speaking_organ(stripped) >= 0 and _opens_with_lead(following, phrases):
        # "We the delegates of the Economic and Social Council," before the preamble: the organ line written as the
        # body's members speaking (organ-line says so), not a preambular clause with a subject of its own
        return True
    if not stripped.endswith(","):
        return False
    if name.startswith("The ") or (name.isupper() and name.startswith("THE ")):
        return True
    if UN_BODY.match(name) is not None and name.split()[-1][:1].isupper() and _opens_with_lead(following, phrases):
        return True  # "United Nations Women," before the preamble: the body's name without "The"
    if phrases.lang == "en" and BODY_NAME.match(name) is not None and not ADDRESSEE_WORDS.search(name) \
            and not re.search(r"\b[A-Z]{2,}", name) and _opens_with_lead(following, phrases):
        return True  # "World Trade Organization,", "Sustainable Development Committee," before the preamble: a body's
        # name without "The", ended by a body's word (organ-line says the article is missing); a name with an acronym
        # ("AYIMUN WHO Council,") may be the heading's committee line, and one in capitals is judged below
    if phrases.lang == "en" and TITLED_BODY.match(name) is not None and not ADDRESSEE_WORDS.search(name) \
            and phrases.match(following) is not None and _named_above(name, before):
        return True  # "Special Ambassadors Meet," before the preamble under a heading line naming that meeting: an
        # unlisted body's name without "The"
    # a body's name in capitals without its article ("UNITED NATIONS WOMEN,", "UNESCO,") that the preamble follows,
    # its first clause numbered or not ("1. Recalling …;" when a student numbered the preamble)
    return name.isupper() and len(name.split()) <= 8 and not re.search(r"[:;0-9]", name) \
        and _opens_with_lead(following, phrases)


def _named_above(name: str, before: tuple[str, ...]) -> bool:
    """A heading line above names the body ``name`` names, word for word but for case and apostrophes (the
    committee line "Special Ambassador's Meet" over the organ line "Special Ambassadors Meet,")."""
    def plain(text: str) -> str:
        return " ".join(APOSTROPHES.sub("", text).casefold().split()).strip(" .,:;")
    return plain(name) in {plain(line) for line in before}


def _opens_with_lead(text: str, phrases: Phrases) -> bool:
    """``text`` opens with a lead phrase, after a clause number typed before it or not."""
    if phrases.match(text) is not None:
        return True
    typed = clause_label(text)
    return typed is not None and phrases.match(text[typed.end:].lstrip()) is not None


def adopting_tail(text: str) -> str:
    """The words after the organ's name when a Chinese organ line is written as a sentence announcing the
    resolution ("通过以下决议。" in "大会通过以下决议。"); "" when ``text`` is no such line."""
    match = CHINESE_ORGAN_ADOPTING.match(simplified(text.strip()))
    if match is None or not CHINESE_ORGAN.match(match.group("name")):
        return ""
    return text.strip()[len(match.group("name")):]


def enough_words(text: str, count: int) -> bool:
    """``text`` has at least ``count`` words: counted by spaces, or in Chinese (no spaces between words) as two
    characters a word."""
    text = text.strip()
    return len(text.split()) >= count or (CJK.match(text) is not None and len(text) >= 2 * count)


def opens_body(text: str, phrases: Phrases) -> bool:
    """The paragraph opens the body of a draft without an organ line: a lead phrase (or the legislative
    "Whereas", or an English participle) and a clause after it that ends with a mark, runs on with "and" or is
    longer than a heading line."""
    text = text.strip()
    closed = text.rstrip("\"”’')）")  # a clause may end inside a quotation: 'as "…,"'
    matched = phrases.match(text)
    if matched is not None:
        lead = len(matched[0])
    elif WHEREAS.match(text):
        lead = len("Whereas")
    elif PARTICIPLE.match(text) and len(text.split()) >= 6 and closed[-1:] in (",", ";"):
        return True  # "Respecting each country's right to …,": a preambular clause whose lead the library lacks
    elif CJK.match(text) and len(text) >= 12 and closed[-1:] in ("，", "；"):
        return True  # a Chinese clause (了解到……，) whose lead the library lacks: heading lines end without a mark
    else:
        return False
    if len(text) <= lead + 3:
        return False
    return closed[-1:] in tuple(ENDS) or len(text) > 100 or bool(re.search(r"\b(?:and|or)$", text))


def sentence_clause(text: str) -> bool:
    """An English paragraph that reads as a clause of the preamble although no lead opens it: a run of words,
    most of them lower-case (not a list of names), that ends with a comma ("human rights as the articles …,")."""
    closed = text.strip().rstrip("\"”’')）")
    found = re.findall(r"[A-Za-z][\w’'-]*", closed)
    lower = [w for w in found if w[0].islower()]
    return closed[-1:] == "," and len(found) >= 8 and 2 * len(lower) > len(found)


def english_organ(name: str) -> str:
    """The Chinese name of the organ ``name`` (without its end mark) names in English ("The General Assembly",
    "THE SECURITY COUNCIL"), else ""."""
    return ZH_NAME_OF_ORGAN.get(" ".join(name.split()).casefold().removeprefix("the "), "")


def is_organ_substitute(text: str, organs: list[str], before_operative: bool = False) -> bool:
    """A line standing in for the organ line ("Be It Hereby Resolved That The General Assembly:", "This UN Body
    Here Assembled:", "大会：", "the United Nations Environment Programme Committee:"). ``before_operative``: the
    line stands right before the operative part, where a body's name with no mark at all ("The Fourth Committee of
    The General Assembly") or with the organ line's comma ("The Disarmament and International Security Committee,",
    as some conference guides place it) is the organ line set down late too."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return False
    if stripped[-1] in ";.；。":
        # right before the operative part, a body's name alone with a full stop or a semicolon ("The General
        # Assembly.") is the organ line set down late with the wrong mark: no clause is a name and nothing more
        named = stripped.rstrip(";.；。").strip()
        return before_operative and (bool(BODY_NAME.fullmatch(named)) or any(
            named.casefold().removeprefix("the ") == o.casefold().removeprefix("the ") for o in organs))
    if SUBSTITUTE.match(stripped) or DELEGATION_FORMULA.match(stripped):
        return True
    if be_it_resolved(stripped):
        return True  # "Therefore, be it resolved that the Social Committee:": a legislature's formula, any body named
    resolving = RESOLVING_TAIL.search(stripped)
    if resolving is not None:  # "The General Assembly Resolves,": the organ's name with the verb of the operative part
        named = stripped[: resolving.start()].strip()
        return bool(BODY_NAME.match(named)) or any(
            named.casefold().removeprefix("the ") == o.casefold().removeprefix("the ") for o in organs)
    name = stripped.rstrip(",，:：").strip()
    if before_operative and stripped[-1] in ",，":  # a clause of the preamble may name a body: the name alone, here
        # (a name may hold a comma of its own: "The Social, Humanitarian and Cultural Committee,")
        joined = re.sub(r",\s+", " ", name)
        return bool(BODY_NAME.match(joined) or BODY_ON.match(joined)) or any(
            name.casefold().removeprefix("the ") == o.casefold().removeprefix("the ") for o in organs)
    announced = stripped[-1] in ":：" or (before_operative and stripped[-1].isalnum())
    if announced and BODY_NAME.match(name):
        return True  # a body's name of its own, the organ line set down after the preamble
    return announced and any(o.casefold().removeprefix("the ") in name.casefold() for o in organs)


def resolving_formula(text: str) -> bool:
    """A legislature's resolving formula on a line of its own ("Be it resolved by the General Assembly:", "NOW,
    THEREFORE, BE IT RESOLVED:", "Resolves:"): the operative part follows it."""
    stripped = text.strip()
    return 0 < len(stripped) <= 120 and bool(RESOLVING_FORMULA.match(stripped))


def be_it_resolved(text: str) -> bool:
    """A legislature's resolving formula of the "be it resolved" kind on a line of its own ("Therefore, be it resolved
    that the Social Committee:", "Be it further resolved:"); "Resolves:" alone is not one."""
    return bool(BE_IT.match(text.strip())) and resolving_formula(text)


def speaking_organ(text: str) -> int:
    """Where the body's name begins in an organ line written as its members speaking ("We the delegates of the
    Economic and Social Council," → the offset of "the Economic …" in the stripped line); -1 when ``text`` is no
    such line."""
    match = SPEAKING_ORGAN.match(text.strip())
    if match is None:
        return -1
    name = re.sub(r"^the\s+", "", match.group("name"), flags=re.IGNORECASE)
    # a name: every word capitalised but the small words between ("Commission on the Status of Women"), or all in
    # capitals; "Nepal believe that stoves save lives" is a sentence
    named = name.isupper() or all(w[0].isupper() or w in NAME_SMALL_WORDS for w in name.split())
    return match.start("name") if named and name[:1].isupper() else -1


def delegation_formula(text: str) -> bool:
    """A delegation's formula in place of the resolving organ ("We, the delegation of Haiti hereby:"): the operative
    part follows it."""
    stripped = text.strip()
    return 0 < len(stripped) <= 120 and bool(DELEGATION_FORMULA.match(stripped))


def repeats_organ(text: str, organ: str) -> bool:
    """``text`` is the organ line ``organ`` written again ("The General Assembly hereby:" after "The General
    Assembly,"): the same name, whatever its end mark, with "hereby" or "here assembled" and a resolving verb after it
    at most ("… hereby resolves as follows:", "大会兹决定：")."""
    if len(text.strip()) > len(organ.strip()) + 40 or len(text.strip()) < 2:
        return False  # longer than the name and any such tail: a paragraph, not the organ line again
    name = _organ_name(text)
    return bool(name) and name == _organ_name(organ)


def unmarked_body_name(text: str) -> bool:
    """``text`` is a body's name with its article and nothing after it ("THE SPECIAL CONFERENCE", "The Human Rights
    Council"), in capitals or not: the words of an organ line, whatever mark ends it."""
    name = text.strip().rstrip(",:;.").strip()
    if not name.startswith(("The ", "THE ")) or len(name) > 90:
        return False
    return BODY_NAME.match(name.title() if name.isupper() else name) is not None


def names_organ_again(text: str, organs: list[str]) -> bool:
    """``text`` is an organ line of its own after the organ line: a known organ's name or a body's name with its
    article, and only its mark after it ("The Economic and Social Council," below "The General Assembly,"); a
    clause that opens with a body's name goes on after it."""
    stripped = text.strip()
    if not stripped.endswith((",", ":")):
        return False
    name = stripped[:-1].strip()
    return any(name.casefold() == o.casefold() for o in organs) or unmarked_body_name(name)


def _organ_name(text: str) -> str:
    name = REPEATED_TAIL.sub("", simplified(text).strip()).casefold()
    return re.sub(r"^(?:the\s+)?(?:united nations\s+|un\s+)?", "", name).strip()


def looks_like_section(text: str, label: str, phrases: Phrases | None = None) -> bool:
    """A labelled heading such as "A. Targeted sanctions" or "一、总则" rather than a clause or sub-paragraph. With
    ``phrases``: not a clause left without its end mark, whose operative lead runs on ("一、促请各国批准该议定书")."""
    text = text.strip()
    if ZH_PAREN_NUMERAL.fullmatch(label.strip()):
        return _paren_heading(text, label, phrases)
    if not re.fullmatch(rf"[A-Z]\.|[IVXLC]+\.|[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}}[、.．]", label) or len(text) >= 150:
        return False
    if text[-1] in "：:":
        return _labelled_colon_heading(text, label, phrases)
    if text[-1] in ENDS:
        return False
    if phrases is None:
        return True
    content = text[text.find(label) + len(label):].strip() if label in text else text
    matched = [(lead, phrase) for lead, phrase in phrases.matches(content) if phrase.kind == "operative"]
    return not any(len(content) > len(lead) for lead, _ in matched)


def _labelled_colon_heading(text: str, label: str, phrases: Phrases | None) -> bool:
    """"一、维和人员的部署：": a topic heading over the clauses that follow, closed with a colon by the student — a
    few words after the label that no lead phrase opens and no comma or enumeration divides; a labelled chapeau
    ("一、敦促各国：") opens with its lead and stays a clause. An English heading's words open with a capital
    ("B. Financing:"); "A. yearly:" is an item announcing items of its own."""
    content = text[text.find(label) + len(label):].strip() if label in text else ""
    return phrases is not None and colon_title(content, phrases)


def colon_title(content: str, phrases: Phrases) -> bool:
    """The words after a label are a topic's title closed with a colon ("Action Plan:", "维和人员的部署："): a few
    words that no lead phrase opens and no comma or enumeration divides, in English opening with a capital."""
    if content[-1:] not in (":", "："):
        return False
    words = content[:-1].strip()
    if not words or (phrases.lang == "en" and not words[0].isupper()) or len(words) > COLON_HEADING[phrases.lang] \
            or any(mark in words for mark in "，,；;、"):
        return False
    return not phrases.matches(words)


# a footnote typed after the text with its number in brackets: "[1] A/RES/71/3。", "［2］ See resolution 70/1."
FOOTNOTE_LINE = lazy(r"^[\[［](\d{1,2})[\]］]\s*\S")
# the mark of footnote n in the text before it, a template for n: "[n]" or "［n］" after a word or a mark
NUMBERED_REFERENCE = "(?<=\\S)[\\[［]{}[\\]］]"
# a footnote typed after the text with its bare number before it, as a page's foot prints it ("1 The Jeddah
# Declaration was signed …"; not a clause's "1." or "1)"), and its mark in the text: that number glued to the end of a
# word ("…Civilians of Sudan1 of 11 May", "the El Niño-phenomenon1:"), as a footnote reference pasted as text is
BARE_FOOTNOTE_LINE = lazy(r"^(\d{1,2})\s+[A-Z“\"(]")
GLUED_REFERENCE = "(?<=[^\\W\\d_]){}(?![\\d\\w])"
# a footnote typed after the text under an asterisk or a dagger ("* Convention relating to the Status of Refugees, …"),
# and its mark in the text: the same sign alone, glued to the word before it ("the Convention*,", "Refugees* and")
STAR_NOTE = lazy(r"^([*＊†])\s+\S")
STAR_REFERENCE = lazy(r"(?<=[^\W\d_])([*＊†])(?=[\s,;.:，；。：)]|$)")
# the heading of the list of sources a student types after the last clause when asked to cite them ("Works Cited",
# "Sources:", "References", "Bibliography", "Notes", "参考资料："): a line of that name alone, a Markdown "#" before it
SOURCES_HEADING = lazy(r"^(?:#{1,6}\s*)?(?:works\s+cited|references|bibliography|(?:list\s+of\s+)?sources"
                       r"(?:\s+(?:cited|consulted|used))?|notes|endnotes|footnotes|citations"
                       r"|参考资料|参考文献|资料来源|注释|引用资料|引用文献)\s*[:：]?$", re.IGNORECASE)
# the same heading with its sources run on after its colon on one line ("Sources: A/RES/78/175; ILO Recommendation
# No. 193."): not "Notes:" (a line of notes to the dais says more than where the text comes from)
SOURCES_LINE = lazy(r"^(?:works\s+cited|references|bibliography|(?:list\s+of\s+)?sources(?:\s+(?:cited|consulted|used))?"
                    r"|citations|参考资料|参考文献|资料来源|引用资料|引用文献)\s*[:：]\s*\S", re.IGNORECASE)


# a Chinese numeral in brackets, the label of the level under "一、" in a long draft ("（二）获取和权属"), or the same
# bracketed numeral as the one character Word's and WPS's Chinese list styles type ("㈡ 保护")
ZH_PAREN_NUMERAL = lazy(rf"[(（][{ZH_NUMERAL}]{{1,3}}[)）]|[{ZH_PAREN}]")


def _paren_heading(text: str, label: str, phrases: Phrases | None) -> bool:
    """"（二）获取和权属": a short heading under a bracketed Chinese numeral, not a sub-paragraph so labelled — no end
    mark, no comma or enumeration inside, a few words that no lead phrase opens."""
    content = text[text.find(label) + len(label):].strip() if label in text else ""
    if not content or text[-1] in ENDS or len(text) > ZH_HEADING or any(mark in content for mark in "，,；;、"):
        return False
    return phrases is None or not phrases.matches(content)


# the label a line naming a part may carry: "I. Preambulatory Clauses", "B. Operative clauses", "一、序言部分",
# "壹、序言性條款" (a financial capital), "（二）执行部分"
PART_LABEL = lazy(rf"^(?:[A-Z]|[IVXLC]{{1,6}}|[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}})[.．、]\s*"
                  rf"|^[(（](?:[A-Z]|[IVXLC]{{1,6}}|[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}})[)）]\s*")


PART_HEADING_LONGEST = 60  # "II. Preambulatory Clauses:", "▸ Operative paragraphs", "贰、序言性條款": short lines


def part_heading(text: str) -> str | None:
    """"preambular" or "operative" when ``text`` is a line naming that part of the body ("Operative Clauses:"),
    with a section's label before it or not ("II. Operative Clauses", "贰、执行部分"), with the marks of a Markdown
    heading or emphasis around it or not ("## Operative Clauses", "**Preambular Clauses:**"), and with emoji before
    it or not ("✅ Operative Clauses", a chatbot's heading)."""
    stripped = text.strip()
    if stripped[:1] in "#*_":
        stripped = without_markdown(stripped)
    if not stripped.isascii() and LEADING_EMOJI.match(stripped):
        stripped = LEADING_EMOJI.sub("", stripped, count=1)
    if stripped[:1] in "【〖[［" and stripped[-1:] in "】〗]］":
        stripped = stripped[1:-1].strip()  # "【序言性条款】": a WeChat article's section mark around the part's name
    if len(stripped) > PART_HEADING_LONGEST:
        return None  # a paragraph of the text, not a line naming a part
    plain = simplified(stripped)
    match = PART_HEADING.match(plain) or PART_HEADING.match(PART_LABEL.sub("", plain, count=1))
    if match is None:
        return None
    return "preambular" if match.group("preambular") or match.group("zh_preambular") else "operative"


def template_instruction(text: str) -> bool:
    """A template's line announcing a part of the resolution ("Establishing in the PREAMBLE the principles that
    apply in the resolution:", "Stating in PREAMBLE the problems that exist:"): it names the part, and the
    resolution or the part in capitals as templates print it, ends with a colon and quotes nothing."""
    stripped = text.strip()
    part = PART_WORD.search(stripped)
    return stripped.endswith(":") and len(stripped) < 150 and part is not None \
        and (bool(RESOLUTION_WORD.search(stripped)) or part.group(0).isupper()) and not QUOTE_MARKS.search(stripped)


# a Chinese template's note to the writer on a line of its own, all of it in 【】 (or 〖〗): an instruction
# ("【填写说明：……提交前请删除……】", "【序言性条款以动词开头，不编号，以逗号结尾。】") or a slot to type over
# ("【请在此输入序言性条款】"); not a remark of the dais ("【主席团批注：……】") nor an amendment's note
_NOTE = lazy(r"[【〖]((?:[^【】〖〗]|【】){4,300})[】〗]")  # (a note may name "【】" itself)
_NOTE_WORDS = lazy(r"请|請|勿|说明|說明|提示|不编号|不編號|结尾|結尾|开头|開頭|样式|樣式")
_NOT_NOTE = lazy(r"主席|批注|批註|点评|點評|修正|修改|修订|修訂|增加|删去|刪去")
_SLOT = lazy(r"\s*(?:(?:请|請)\s*(?:在此处?|在這裡|在这里|于此|於此|此处|此處)?|在此处?|在這裡|在这里|此处|此處)"
             r"\s*(?:输入|輸入|填写|填寫|键入|鍵入)")


def template_note(text: str) -> bool:
    """A template's note to the writer left as a line of the draft: a 【】 line telling how to fill the template in
    (it asks, forbids or describes a part's form) or marking a slot to type over; see :func:`template_slot`."""
    found = _NOTE.fullmatch(text.strip()) if text.strip()[:1] in "【〖" else None
    return found is not None and bool(_NOTE_WORDS.search(found.group(1))) and not _NOT_NOTE.search(found.group(1))


def template_slot(text: str) -> bool:
    """A template's slot still holding its typed placeholder ("【请在此输入序言性条款】", "【请在此处填写附议国，……】"):
    a :func:`template_note` that opens by asking for the text to be typed there."""
    found = _NOTE.fullmatch(text.strip()) if text.strip()[:1] in "【〖" else None
    return found is not None and _SLOT.match(found.group(1)) is not None and template_note(text)


PART_WORD = lazy(r"\b(?:pre-?ambul\w*|preamble|operative)\b", re.IGNORECASE)
RESOLUTION_WORD = lazy(r"\bresolution\b", re.IGNORECASE)
QUOTE_MARKS = lazy(r"[\"“”‘’]")


# a Chinese section's numeral label, written as Chinese writes it, with no space after the 、 ("一、住房与基本服务";
# SECTION_LABEL reads "一、 住房" with one, as it reads "A. Funding")
ZH_SECTION_LABEL = lazy(rf"^[{ZH_NUMERAL}{ZH_CAPITALS}]{{1,3}}[、．]\s*[\u4e00-\u9fff]")


def labelled_heading(text: str) -> bool:
    """A heading line with its own label: "Article I: …", "A. Targeted sanctions", "Part One", "第一章", "一、住房"."""
    text = text.strip()
    return bool(HEADING_LABEL.match(text) or SECTION_LABEL.match(text) or ZH_SECTION_LABEL.match(text)) \
        and text[-1:] not in tuple(ENDS[:3]) + ("，", "；", "。")


def lead_alone(text: str, phrases: Phrases) -> bool:
    """``text`` is a lead phrase and nothing else ("Alarmed by", "关切地注意到")."""
    text = text.strip()
    return bool(text) and any(len(form) == len(text) for form, _ in phrases.matches(text))


def lead_cell(para: reader.Paragraph, phrases: Phrases) -> bool:
    """``para`` is a lead phrase alone in a table cell and the next cell of its row opens with words: a template's
    lead column, the rest of the clause beside it on the page ("Alarmed by" | "the spread of …,")."""
    if para.element is None or not lead_alone(para.text, phrases):
        return False
    return bool(placement.text_beside(para.element))


def rest_cell(para: reader.Paragraph, phrases: Phrases) -> bool:
    """``para`` opens the table cell right after a lead cell (:func:`lead_cell`) of its row: the rest of that
    clause, on the lead's line on the page ("联合国儿童基金会：" beside "请")."""
    lead = placement.alone_before(para.element) if para.element is not None else None
    return lead is not None and lead_alone(runtext.current_text(lead), phrases)


def number_cell(para: reader.Paragraph) -> bool:
    """``para`` is a typed label alone in a table cell ("4、", "3."), the next cell of its row opening with words:
    a number column, the label of the clause beside it."""
    if para.element is None or para.num_id is not None:
        return False
    if read_label(para.text.strip()) is None:
        return False
    return bool(placement.text_beside(para.element))


def is_section(para: reader.Paragraph, phrases: Phrases) -> bool:
    """A section heading: a short line without a final mark that is not a clause missing its mark, a line naming a
    part of the body ("Preambulatory Clauses:"), or a short line ending with a colon that names a topic rather than
    the organ or a lead ("消除维和人员不统一性：")."""
    text = para.text.strip()
    if part_heading(text):
        return True
    if lead_cell(para, phrases) or rest_cell(para, phrases):
        return False  # a clause laid out as lead cell | rest cell: one line on the page, no heading
    if len(text) > 200:
        return False
    if text[-1] in ":：":
        return _colon_heading(text, phrases)
    if text.rstrip(CLOSING_QUOTES)[-1:] in ENDS or LIST_JOINER.search(text):
        return False  # also a quoted sentence ("“It shall report.”") and a clause handing on (", and")
    if SECTION_LABEL.match(text):
        return True
    if LEGISLATIVE.match(text):
        return False  # "Whereas …, and": a clause in the wrong form, not a heading
    if phrases.lang == "en" and text[:1].islower() and "," in text:
        return False  # "ponds, ditches and …": the printed line of a clause going on, kept as a line by a scan
    matched = phrases.match(text)
    if matched and len(text) > len(matched[0]) + 20 and (emphasised_span(para, 0, len(matched[0]))
                                                         or phrases.lang == "en"):
        return False  # a clause missing its final mark, not a heading (an English lead goes on as a clause)
    marked = MARKED_OPENING.match(text) if phrases.lang == "en" else None
    if marked is not None and phrases.match(marked.group("inner")) and len(text) > marked.end() + 20:
        return False  # the same with its lead between typed marks ("*Recognizing* the role of …")
    return len(text) <= 150


# an English paragraph opening with its lead between Markdown's emphasis marks (*…*, **…**, _…_, __…__), as a student
# underlines it in a plain-text draft
MARKED_OPENING = lazy(r"(?P<mark>\*\*|__|\*|_)(?P<inner>[A-Za-z][A-Za-z’' -]{0,60}?)(?P=mark)(?=\s)")


OPENING_QUOTES = "“\"‘「『"
# the clause's own mark after the quotation closed ('….";'): the quotation, and the clause with it, end there
QUOTATION_CLOSED = lazy(r"[”\"’」』]\s*[;,.；，。]$")


def quoted_paragraph(text: str, before: str) -> bool:
    """``text`` is a paragraph of a quotation the paragraph ``before`` hands on to: ``before`` ends with a colon ("…
    to read as follows:") or is itself a paragraph of that quotation that did not close it with the clause's own mark.
    A quotation over several paragraphs is printed so (GA resolutions 475 (V), 2553 (XXIV)): each paragraph opens with
    a quotation mark and only the last one closes it, so "“Rule 78 bis" there is a line of the quoted rule, not a
    heading of the draft."""
    text, before = text.strip(), before.rstrip()
    if text[:1] not in OPENING_QUOTES or not before:
        return False
    if before[-1] in ":：":
        return True
    return before[:1] in OPENING_QUOTES and QUOTATION_CLOSED.search(before) is None


def _colon_heading(text: str, phrases: Phrases) -> bool:
    """A heading that ends with a colon: short, no lead phrase, no label, not an organ line in disguise
    ("This Body Here Assembled:"), not the lower-case start of a sentence."""
    name = text[:-1].strip()
    if not name or len(name) > COLON_HEADING[phrases.lang] or name[0].islower() or name[0] in "“\"「‘'(（[":
        return False
    typed = read_typed(text)
    if typed is not None:  # "一、维和人员的部署：": labelled, a heading only when its words name a topic
        return _labelled_colon_heading(text, typed.text, phrases)
    if ORGAN_WORDS.search(name):
        return False
    return not phrases.match(name)


def heading_words(text: str, lang: str) -> bool:
    """The words of a heading rather than of a clause that lost its final mark: in English the first word is not
    a participle or an adverb ("Renewal of the mandate", not "Further taking into consideration …") and the second
    word is not "that" (a verb and its object clause: "Realize that the wells …") and the line does not open with a
    verb in the third person and its object ("Realizes the hazardous impacts …"); in Chinese the line is short and
    is not an article label (第六条 …)."""
    text = text.strip()
    if SECTION_LABEL.match(text):
        return True  # "A. Targeted sanctions", "二、总则"
    if lang == "zh":
        return len(text) <= ZH_HEADING and not ARTICLE_LABEL.match(text)
    first = re.match(r"[A-Za-z]+", text)
    word = first.group(0).casefold() if first else ""
    if re.match(r"[A-Za-z]+\s+that\b", text) or VERB_AND_OBJECT.match(text):
        return False
    return not (word.endswith(("ing", "ed", "ly")) and word not in NOUN_ENDINGS) and word not in CLAUSE_STARTERS


def item_numbered_as_clause(para: reader.Paragraph, before: Node, phrases: Phrases) -> bool:
    """An item of a list (after a paragraph ending with ":") that Word numbers as the next clause ("4." in the
    clauses' list: a sub-clause given the clause style): the item ``before`` it is Word-numbered in the same list
    and ends as a list item goes on (";" or ","), and ``para`` opens with no lead phrase and nothing emphasised
    (in English, with a small letter), as the items do. Not when a clause number typed before its words is
    followed by a lead phrase ("3. 2.<tab>促请……": a clause pasted with its number as text into the numbered
    paragraph after the items): that paragraph is the next clause, numbered twice."""
    text = para.text.strip()
    if not before.auto or before.para.list_id != para.list_id or not text:
        return False
    typed_number = TYPED_NUMBER.match(text)
    if typed_number is not None and phrases.match(text[typed_number.end():]) is not None:
        return False
    if before.para.text.rstrip()[-1:] not in (";", "；", ",", "，"):
        return False
    if phrases.match(text) is not None or set_off_span(para, 0, len(text.split()[0])):
        return False
    return phrases.lang == "zh" or text[0].islower()


def items_list_goes_on(para: reader.Paragraph, before: Node | None, clause: Node, item_lists: set[str]) -> bool:
    """An item of a list of items under ``clause`` (a clause ending with ":") that Word numbers like clauses, "1."
    "2." (List Number 2, a list other than the clauses', set further in): the next item of the Word-numbered item
    ``before`` it, on the same list and level, or with no item before it the first item under the clause on a list
    that already held the items of a clause above ("3." "4." counting on), which is why it is not "1.". Whatever
    its words open with (an item may open with a verb that is also a lead: "通过……"), unless its first word is
    emphasised as leads are or the first item is set no further in than the clause (the next items of a list whose
    first item was read as one, set at the clause's indent, "1)" "2)" of an English draft's list under "3. …：", go
    on with it as the first did)."""
    text = para.text.strip()
    if not text or not para.list_id or para.list_id == clause.para.list_id or not clause.auto:
        return False
    if before is not None and (not before.auto or (before.para.list_id, before.para.level)
                               != (para.list_id, para.level)):
        return False
    if before is None and para.list_id not in item_lists:
        return False
    if before is None and para.indent is not None and clause.para.indent is not None \
            and para.indent <= clause.para.indent:
        return False
    start = len(para.text) - len(para.text.lstrip())
    return not emphasised_span(para, start, start + 1)


def first_item_in_new_list(para: reader.Paragraph, clause: Node, phrases: Phrases) -> bool:
    """The first item of a list under a clause ending with ":" that Word numbers as clauses ("1." after "2. …
    offer:"): a list of its own, not the clause's, whose count starts here at 1, and ``para`` opens as an item
    does (no lead phrase, nothing emphasised, in English a small letter). Lists converted from web pages and
    Google Docs, where each run of items is a list of its own, come out so. A label no clause is numbered with
    (WPS's circled "①", a bracketed "（1）" or "(1)", a letter or a roman numeral) is an item's whatever verb its
    words open with: "①支持……" under "3. 请总干事：" (an item may open with a verb that is also a lead)."""
    text = para.text.strip()
    shown = read_label(para.label)
    if not clause.auto or clause.para.list_id == para.list_id or not text or shown is None or shown.value != 1:
        return False
    if set_off_span(para, 0, len(text.split()[0])):
        return False
    if phrases.match(text) is not None:
        return item_label_only(shown)
    return phrases.lang == "zh" or text[0].islower()


def item_label_only(shown: Typed) -> bool:
    """A label Word or WPS shows that numbers items, never clauses: circled numbers ("①", "㈠"), a number in brackets
    ("（1）", "(1)"), small letters or roman numerals ("a)", "i.")."""
    return shown.kind == "circled" or shown.shape == "enclosed" or (shown.kind == "number" and shown.shape == "paren") \
        or (shown.kind in ("letter", "roman") and not shown.upper)


def item_left_at_clause_level(para: reader.Paragraph, clause: Node, phrases: Phrases) -> bool:
    """The first item under a clause ending with ":" left at the clause's own level of its list (Enter after the
    chapeau and no Tab, or the indent taken away: "4." after "3. 鼓励医疗机构："), so that Word numbers it as the next
    clause: Word-numbered by the clause's own list instance at the clause's level, and ``para`` opens as an item
    does (no typed label of its own, no lead phrase, nothing emphasised, in English a small letter)."""
    text = para.text.strip()
    if not clause.auto or clause.para.num_id != para.num_id or clause.para.level != para.level or not text:
        return False
    if read_typed(text) is not None:
        return False  # "a) …" typed in the numbered paragraph: typed_item_numbered_as_clause decides
    if phrases.match(text) is not None or set_off_span(para, 0, len(text.split()[0])):
        return False
    return phrases.lang == "zh" or text[0].islower()


def typed_item_numbered_as_clause(para: reader.Paragraph, clause: Node, phrases: Phrases) -> Typed | None:
    """The first item under a clause ending with ":" typed with its own first label ("a) the date …", "（a）接受……")
    in a paragraph that kept Word's numbering of the clauses (Enter at the end of the clause, no Tab), so that Word
    numbers it as the next clause ("5. a) …"): its typed label opens a small-letter or Roman list ("a)", "(a)",
    "a.", "i)") or a Chinese one ("（一）") at its first value, and the words after it open as an item's do: nothing
    emphasised, in English a small letter (a Chinese item may open with a verb that is also a lead, "接受……"). The
    typed label, or None."""
    text = para.text.lstrip()
    typed = read_typed(text) if clause.auto and para.num_id is not None else None
    if typed is None or typed.value != 1 or typed.upper or not (
            typed.kind in ("letter", "roman") or typed.name == "zh-paren"):
        return None
    rest = text[typed.end:].lstrip()
    if not rest.strip():
        return None
    start = len(para.text) - len(rest)
    if emphasised_span(para, start, start + 1) or (phrases.lang != "zh" and not rest[0].islower()):
        return None
    return typed


def runs_on(before: reader.Paragraph, after: reader.Paragraph, following: reader.Paragraph | None,
            phrases: Phrases, *, comma: bool = False, numbered: bool = False, operative: bool = False) -> bool:
    """``before`` stops on a word with no end mark and ``after`` goes on with it: one clause broken in two by a
    stray paragraph mark. In English ``after`` opens in small letters, in Chinese on a Chinese character; it
    carries no label of its own (typed or Word's), no lead phrase and no emphasis on its first word. Not when
    ``after`` ends like a list item and ``following`` (the paragraph after it) opens the same way: unlabelled
    items under a sentence that lacks its colon ("… to" + "report on …;" + "consult …;"), unless ``following`` is a
    Chinese page's footer ("第 3 页 共 12 页": the clause was cut above it). With ``comma`` (an
    operative clause, whose own end is never a comma), ``before`` may also stop on a comma: "2. 敦促各国确保……，" +
    "以便……；". With ``numbered``, ``after`` may carry Word's number: the caller has seen that it stands in
    ``before``'s list at its level (Enter pressed inside a numbered clause numbers the rest as the next clause).
    With ``operative`` (``before`` opens an operative clause or a sub-clause), an English rest in small letters
    may open with a preambular lead's words ("… their aquifers" + "taking into account …;"): no preambular clause
    stands there, the words go on with the clause."""
    text = before.text.strip()
    if before.element is not None and after.element is not None and placement.in_next_cell(before.element, after.element) \
            and lead_cell(before, phrases) and read_typed(after.text.strip()) is None \
            and not phrases.matches(after.text):
        return True  # a lead phrase alone in its cell, its clause's words in the next cell of the row (one line)
    last = text[-1:]
    if comma and last in ",，" and len(text) > 1:
        last = text[-2]
    if phrases.lang == "en" and last == "-" and text[-2:-1].isalpha():
        last = text[-2]  # "… the develop-" + "ment of …": a word hyphenated where a PDF's line ended
    opened = text.rstrip(OPENING_MARKS)
    if opened != text and opened:
        last = opened[-1]  # "重申《" + "联合国海洋法公约》……": broken right after a title's or a quotation's opening mark
    dash = DASH_END.search(text) if phrases.lang == "en" else None
    if dash is not None:
        last = text[:dash.start()][-1:]  # "… of a smallholder family —" + "the only income …": a dash ends no clause
    if not last or not (CJK.match(last) if phrases.lang == "zh" else last.isalnum()) \
            or not _goes_on(after, phrases, before=text, numbered=numbered, operative=operative):
        return False
    if phrases.lang == "en" and after.text.strip()[:1].isupper() and after.text.rstrip()[-1:] in ",;" \
            and following is not None and _plain_words(following, phrases):
        return False  # "… such as" + "Microfinance …;" + "Training …;": capitalised items of a list, not a clause's rest
    if phrases.lang == "zh" and (any(len(form) == len(text) for form, _ in phrases.matches(text))
                                 or _zh_item_heading(before, phrases)):
        return False  # a lead standing alone ("关切地注意到"): a clause left empty, the next one unled
    return following is None or after.text.rstrip()[-1:] not in ",;，；" or not _goes_on(following, phrases) \
        or PAGE_NUMBER_ZH.match(following.text.strip()) is not None  # a page's footer ("第 3 页 共 12 页"): no item


def _zh_item_heading(para: reader.Paragraph, phrases: Phrases) -> bool:
    """A labelled Chinese line that names what the text under it is about ("(f) 人道主义援助", a mandate's
    heading): short, with no comma, semicolon or colon inside it. Not a numbered clause that opens with its lead
    ("6. 支持", "邀请区域银行向……"): a heading names a matter, a clause's lead is a verb whose words were cut off."""
    typed = read_typed(para.text)
    if typed is None and para.num_id is None:
        return False
    content = para.text[typed.end if typed is not None else 0:].strip()
    return len(content) <= 40 and not re.search(r"[，；：,;:]", content) and not phrases.matches(content)


# an English paragraph's end that no clause stops on: a dash after a word ("… family —", "… at all --")
DASH_END = lazy(r"(?<=\w)\s*[—–]$|(?<=\w)\s+-{1,2}$")
# the last word of an English line that leaves its sentence open (an article, a preposition, "that")
# ("… and" is not one: a legislative list of clauses ends each with ", and")
DANGLING_END = lazy(r"(?i)(?<![,;] )\b(?:a|an|the|that|which|whose|of|to|in|on|at|by|for|with|from|into|as|than|its"
                    r"|their|such)$|(?<=\w)\s*[—–]$|(?<=\w)\s+-{1,2}$")
# a capitalised participle opening a line ("Promoting …", "Alarmed …"): a clause's lead, listed or not
LEAD_LIKE = lazy(r"[A-Z][a-z]{2,}(?:ing|ed)\b")
# the words a phone's autocorrect capitalises at the start of a line that goes on with the sentence before it
# ("The only income …", "In consultation with …"): no clause of a resolution opens with one
# ("And recalling …" is a lead's wrong form, not a clause's rest)
CONTINUING_OPENING = lazy(r"(?:The|A|An|In|Of|On|At|By|For|With|From|Into|To|As|Than|Which|Whose"
                          r"|Its|Their|Including|Especially|Particularly|Notably)\s+[a-z0-9]")

# the nouns UN texts capitalise inside a sentence ("coastal States", "small island developing States", "the States
# Parties", "national Governments"): a line that opens with one after a line stopping on a word in small letters
# ("… with coastal" + "States that lack …;") goes on with its sentence; no clause opens with one (its lead does)
CAPITALISED_NOUN = lazy(r"(?:States|Parties|Governments|Member\s+States|Territories|Powers)\b(?!\s*[,;:.]?$)")


def _plain_words(para: reader.Paragraph, phrases: Phrases) -> bool:
    """``para`` opens with a word: no label (typed or Word's), no lead phrase."""
    text = para.text.strip()
    return text[:1].isalpha() and para.num_id is None and read_typed(text) is None and not phrases.matches(text)


def _goes_on(para: reader.Paragraph, phrases: Phrases, before: str = "", numbered: bool = False,
             operative: bool = False) -> bool:
    """``para`` opens as the rest of a sentence: in small letters (a Chinese character in Chinese), with no label,
    no lead phrase and no emphasis on its first character. In English, given ``before`` (the text of the line it
    would go on from, stopping on a word or a dash, not on a mark), a capital a phone's autocorrect put after the
    line break is read past when ``para`` opens
    with a word that opens no clause ("The only income …") or ``before`` stops where no sentence does ("… a gap
    that", "… family —"). With ``numbered``, Word's number on ``para`` is no label of its own (the caller knows it
    is the number of the clause's list, given to the rest of a clause broken by Enter). With ``operative`` (the
    line before opens an operative clause), English words in small letters that a preambular lead's form reads
    ("taking into account …") are no lead: no preambular clause goes on an operative one."""
    text = para.text.strip()
    if not text or (para.num_id is not None and not numbered) or read_typed(text) is not None:
        return False
    found = phrases.matches(text)
    if found and not (operative and phrases.lang == "en" and text[:1].islower()
                      and all(phrase.kind == "preambular" for _, phrase in found)):
        return False
    autocorrected = phrases.lang == "en" and text[0].isupper() and bool(before) \
        and (before[-1:].isalnum() or DASH_END.search(before) is not None) \
        and (CONTINUING_OPENING.match(text) or DANGLING_END.search(before)
             or (CAPITALISED_NOUN.match(text) if before[-1:].islower() else None)) is not None \
        and not LEAD_LIKE.match(text)
    # "……巴塞尔公约" + "》关于……的修正案；": the rest opens with the mark that closes a title (a quotation) ``before`` opened
    closes = text[0] in CLOSING_MARKS and before.count(CLOSING_MARKS[text[0]]) > before.count(text[0])
    if not autocorrected and not closes and not (CJK.match(text[0]) if phrases.lang == "zh" else text[0].islower()):
        return False
    start = len(para.text) - len(para.text.lstrip())
    return not emphasised_span(para, start, start + 1)


# the opening marks a clause never ends on, and the closing marks with their opening ones: a clause broken inside a
# title or a quotation ("重申《" / "联合国海洋法公约》……", "……巴塞尔公约" / "》关于……")
OPENING_MARKS = "《〈“‘「『（("
CLOSING_MARKS = {"》": "《", "〉": "〈", "”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "("}

# the last words of a paragraph that announce the items after it although it lacks its colon: "… charged with;",
# "… the following;", "… such as", "… whose aims will include;", "Defines" (a paragraph that is only its lead and
# introduces definitions); a clause left hanging on a preposition whose object the items give ("… resulting in;",
# "… in the fields of;", "… through;"), not the idiom "… and so on;"
ANNOUNCING_END = {
    "en": lazy(r"(?i)(?:\b(?:the\s+following|as\s+follows|such\s+as|including|include|includes|with|namely|defines"
               r"|by|to|(?<!\bso\s)on|in|into|of|for|at|from|through|via|between|among|against|towards?|regarding"
               r"|concerning|about|upon|within|across)"
               r"|\bthe\s+following\s+\w+"
               # "… a new body that will;", "… which will meet yearly and will;": a modal with no verb after it
               # (after a relative pronoun, or joined to a verb before it by "and" / "or"), the items finishing the
               # sentence
               r"|\b(?:that|which|who|and|or)\s+(?:will|shall|would|should|must|can|could|may))\s*[;,.]?\s*$"),
    "zh": lazy(r"(?:以下|如下|包括|例如|即)[；;，,。]?\s*$"),
}


ANNOUNCING_REACH = 80


def announces_list(text: str, lang: str) -> bool:
    """The paragraph's last words announce a list of items after it ("… charged with;", "… the following;",
    "Defines"), whatever mark it ends with."""
    text = text.strip()
    # only the last words can announce (the longest ending, "the following" and a word, is far shorter): searching
    # from there keeps long clauses cheap, and the pattern still sees the words before its start (\b, look-behind)
    return ANNOUNCING_END[lang].search(text, max(0, len(text) - ANNOUNCING_REACH)) is not None


def after_joining_and(text: str) -> str:
    """``text`` without an "And" that joins it to the paragraph before ("And determined …" → "determined …")."""
    opening = JOINING_AND.match(text)
    return text[opening.end():] if opening is not None else text


def numbered_heading_line(para: reader.Paragraph) -> bool:
    """A heading line that Word numbers ("1. Topic: …": Format Painter copied a clause's format, its number with it,
    onto the line; "1. Draft Resolution 3/1": the title put in Heading 1, which a list linked to the headings
    numbers): it opens with the label of a known heading field, or it is a draft's generic title, so it is the
    heading's, not a clause."""
    if para.num_id is None:
        return False
    text = para.text.strip()
    return any(f.key != "other" and f.start == 0 for f in fields_in(text)) or bare_line(text) == "generic-title"
