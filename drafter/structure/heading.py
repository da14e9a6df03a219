"""The fields of a heading block as conferences print them.

A heading line holds labelled fields ("Committee: …", "QUESTION OF: …", "议 题：…", "起草國：…", several on one
line when a form was flattened) or is a bare line: a committee ("General Assembly Third Committee", "安全理事会"),
a title, a generic title ("Draft Resolution 1.1", "决议草案"), a draft number, a date. Labels are read in any
case, with or without a colon, with spaces inside Chinese labels, in simplified or traditional characters and
with one slip in a long label ("COMMISION").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from drafter.hanzi import simplified
from drafter.library.names import one_slip
from drafter.patterns import lazy
from drafter.punctuation import CJK

FieldKey = Literal["committee", "topic", "sponsors", "co-sponsors", "signatories", "number", "date", "other"]
LineKind = Literal["committee", "title", "generic-title", "number", "date", "masthead", "symbol"]
# a United Nations document symbol opening a line ("A/C.1/74/L.3", "S/RES/2601 (2021)", "UNEP/RES/A March 9th, 2013"):
# its first part names the body the document is for
SYMBOL = lazy(r"^(A|S|E|CCPCJ|UNODC|UNEP|UNW|HRC)/[A-Za-z0-9./\- ]*\d")
# a UN masthead's distribution line translated into Chinese ("分发：限制", "分發：一般", "限制分发"): the line stays in
# English in every language version (UN-H02), but it still marks the heading as a UN masthead
DISTRIBUTION_ZH = lazy(r"分[发發]\s*[:：]?\s*(?:限制|有限|一般|普遍|公开|公開)(?:分[发發])?|(?:限制|有限|一般|普遍)分[发發]")
# the adoption line of an adopted text (UN-H08, UN-H09; one pattern for the profile's detection and the heading's
# rules): the Council's "Adopted by the Security Council at its 7911th meeting,
# on …", the Assembly's "Resolution adopted by the General Assembly on 14 December 2023" ("2023年12月14日大会决议", or a
# bare "大会决议" as the Chinese HTML pages of older resolutions print it above the bracket; the Human Rights Council's
# Chinese texts name the organ first: "人权理事会2020年7月16日通过的决议"; the Council's, with or without the spaces a
# PDF sets: "2020 年 1 月 13 日安全理事会第 8701 次会议通过"), and
# the bracket under the Assembly's that says how the text came to it: "[on the report of the Third Committee
# (A/78/481)]", "[without reference to a Main Committee (A/78/L.30)]", "[根据第三委员会的报告(A/78/481)通过]"
# the UN organs whose Chinese adoption lines head an adopted text, in simplified and traditional characters, and the
# date those lines give (with or without the spaces a PDF sets around its digits)
ZH_ADOPTING_ORGANS = r"(?:大[会會]|安全理事[会會]|经济及社会理事会|經濟及社會理事會|人权理事会|人權理事會)"
_ZH_DAY = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
ADOPTION_LINE = lazy(r"^(?:adopted by the\b.{1,80}?\bat its\s+\S+\s+(?:plenary\s+)?meeting\b"
                     r"|resolution adopted by the\s[^,;.]{1,60}?(?:\son\s+\d{1,2}\s+[a-z]+\s+\d{4})?\s*$"
                     rf"|(?:{_ZH_DAY}\s*)?{ZH_ADOPTING_ORGANS}[决決][议議]$"
                     rf"|{_ZH_DAY}\s*{ZH_ADOPTING_ORGANS}\s*第\s*\d+\s*次(?:全体|全體)?[会會][议議]\s*通[过過]$"
                     rf"|{ZH_ADOPTING_ORGANS}\s*{_ZH_DAY}\s*通[过過]的[决決][议議]$"
                     r"|[\[［]\s*(?:on the report of the\b|without reference to a main committee\b|根据.{1,30}报告|根據.{1,30}報告"
                     r"|未经发交主要委员会|未經發交主要委員會).*[\]］]$)", re.IGNORECASE)

# the code the dais gives a paper it accepted ("Code: GA1/1/1", NMUN; "Resolution code: GA/01/A/02"): such a
# heading lists no sponsors, whose names went on the dais's submission form
DAIS_CODES = ("code", "resolutioncode", "documentcode", "draftcode", "papercode", "文件代码", "决议代码")
# label (folded: simplified, case-folded, without spaces, dots, hyphens and slashes) -> field
LABELS: dict[str, FieldKey] = {
    **dict.fromkeys(("committee", "committees", "committeename", "forum", "commission", "organ", "body",
                     "committeeorgan", "committeeforum", "forumcommittee", "submittedto", "to", "council", "委员会", "所在委员会", "论坛", "会议", "机构",
                     "委员会名称", "会场"), "committee"),
    **dict.fromkeys(("topic", "topics", "topicarea", "questionof", "question", "issue", "mainissue", "subject",
                     "subjectofresolution", "agenda", "agendaitem", "agendatopic", "topicname", "re", "concerning", "regarding", "议题", "议题名称", "主题",
                     "问题", "题目", "议程", "议程项目", "决议主题",
                     # Malaysian and Singaporean Chinese for an issue (华社课题, 教育课题)
                     "课题"), "topic"),
    **dict.fromkeys(("sponsors", "sponsor", "sponsoredby", "sponsoringcountries", "sponsoringdelegations",
                     "sponsoringstates", "submittedby", "mainsubmitter", "mainsubmitters", "mainsponsor",
                     "mainsponsors", "submitter", "submitters", "submittingcountry", "proposedby", "author", "authors",
                     # a motion's mover (a youth parliament's or a class's procedure): who tables the draft
                     "mover", "movers", "movedby",
                     "delegation", "delegations", "country", "from", "draftingcountries", "draftingcountry",
                     "draftingdelegations", "draftingstates", "drafters", "draftedby", "heads", "headsofblock", "headofblock", "headsofbloc",
                     "headofbloc", "起草国", "起草国家", "主提交国", "提案国", "主提案国", "提交国", "主起草国", "发起国",
                     # Taiwan's and Hong Kong's conferences shorten 主提案國 to 主提國 (the main sponsors)
                     "主提国", "主提国家",
                     # the same with 国家 (a State) for 国, as 起草国家 and 附议国家 are written
                     "提交国家", "主提交国家", "提案国家", "主提案国家", "发起国家", "主起草国家",
                     # a machine translator's word for "Sponsors:" (DeepL, 百度翻译): 赞助国
                     "代表团", "赞助国", "赞助国家", "主赞助国",
                     # Malaysian and Singaporean Chinese: 提呈 = to table (a bill, a motion)
                     "提呈国", "主提呈国",
                     # a crisis committee's (a cabinet's, a joint crisis committee's) sponsors are persons or offices
                     # (起草人：国防部长、国务卿), as an English directive lists "Sponsors: DoD, CIA"
                     "起草人", "提案人", "主提案人",
                     # a committee seating non-State delegations names each side 方 (party), not 国 (State)
                     "提交方", "主提交方", "起草方", "提案方", "主提案方"), "sponsors"),
    **dict.fromkeys(("cosubmitters", "cosubmitter", "cosubmittedby", "cosponsors", "cosponsor", "cosponsoredby",
                     # a conference that ranks its co-submitters lists its "main" ones first (MAIN CO-SUBMITTERS)
                     "maincosubmitters", "maincosubmitter", "maincosponsors", "maincosponsor",
                     "coauthors", "coauthor", "联合提交国", "联合起草国", "共同提交国", "共同提案国", "共同赞助国", "联合赞助国",
                     "联合提呈国", "共同提呈国", "联合提交方", "共同提交方", "联合起草方", "共同提案方"),
                    "co-sponsors"),
    **dict.fromkeys(("signatories", "signatory", "signatorycountries", "signatorynations", "signatorydelegations",
                     "cosignatories", "signedby", "secondedby", "seconder", "seconders", "supportedby", "supportingcountries", "附议国", "附议国家", "签署国",
                     "联署国", "连署国", "附署国", "支持国", "附议人", "联署人", "连署人",
                     "附议方", "签署方", "联署方", "连署方"), "signatories"),
    **dict.fromkeys(("draftnumber", "resolutionnumber", "draftresolutionnumber", "草案编号", "编号", "决议编号",
                     "决议草案编号", "指令编号", "指令草案编号", *DAIS_CODES), "number"),
    **dict.fromkeys(("date", "日期"), "date"),
}
# a wrong word for a field's label (another word, not a slip of the right one: "Signatures:" for "Signatories:"):
# the line is read as that field, and the checker names the right label (heading-label)
WRONG_LABELS: dict[str, FieldKey] = {
    **dict.fromkeys(("signatures", "signature", "cosignatures", "signees", "signers"), "signatories"),
    **dict.fromkeys(("sponsorship", "sponsorships"), "sponsors"),
}
NUMBERED_TOPIC = lazy(r"(?:topic|topicarea|agenda|agendaitem|question|issue)(?:[a-d]|[0-9]{1,2}|[ivx]{1,4})")
NUMBERED_COMMITTEE = lazy(r"(?:committee|commission)(?:[0-9]{1,2}|[ivx]{1,4})")  # "Committee 4: Security Council"
# labels that name a list of delegations: a line holding nothing else ("Drafting Countries", "Signatories:") opens
# the list, whose names follow one a line
LIST_KEYS = ("sponsors", "co-sponsors", "signatories")
NOT_LIST_LABELS = {"country", "from", "delegation", "delegations", "author", "代表团"}
# labels that name the delegation writing the paper ("Country: Pakistan", "Delegation: Colombia"): beside a list of
# sponsors under another label they name its writer, who is listed again among the sponsors, not twice
WRITER_LABELS = frozenset({"country", "from", "delegation", "代表团"})
# labels written without a colon: they end in a preposition, so the value cannot be read as part of them; one with a
# colon after a space ("QUESTION OF : …", French spacing) is a label before its colon, read there
BARE_LABEL = lazy(r"^\s*(sponsored by|submitted by|submitted to|proposed by|question of|signed by)\s+(?=[^\s:：])",
                  re.IGNORECASE)
# a label in capitals set off from its value by a tab or wide spacing ("FORUM      General Assembly"), or any
# label set off by a dash ("Sponsors – France, Chile")
SPACED_LABEL = lazy(r"^\s*([A-Z][A-Z .\-/]{1,30}?)(?:\t|\s{3,})(?=\S)"
                    r"|^\s*([A-Za-z][A-Za-z .\-/]{1,30}?|[\u4e00-\u9fff ]{2,8}?)\s+[-–—]{1,2}\s+(?=\S)"
                    r"|^\s*([\u4e00-\u9fff]{2,8}?)\s*——\s*(?=\S)")  # "委员会——大会": the Chinese dash
# up to four words before the colon; written without nested quantifiers, which backtrack for a long time on long lines
ENGLISH_LABEL = lazy(r"([A-Za-z][\w.’'/\-]*(?:\s+(?:[A-Za-z][\w.’'/\-]*|\d{1,2})){0,3}\s*)$")  # "Committee 4"
# the characters of a Chinese label may be spaced out to align the heading ("议　　题：", full-width spaces)
CHINESE_LABEL = lazy(r"([\u3400-\u4dbf\u4e00-\u9fff][\u3400-\u4dbf\u4e00-\u9fff \u3000\t]*)\s*$")
PARENTHESES = lazy(r"\([^()]*\)|（[^（）]*）")
# the gap between two columns of a table copied into one line: a full-width space, a tab, or two spaces or more
CHINESE_GAP = lazy(r"[ \t]*[\u3000\t][ \u3000\t]*| {2,}")
# a Chinese label set off from its value by spaces only, no colon in the line ("附议国 萨摩亚 莱索托"): the label of
# a field written without its colon
CHINESE_BARE_LABEL = lazy(r"^\s*([\u4e00-\u9fff]{2,6})[ \u3000\t]+(?=\S)")

# an English label set off from its value by one space only, no colon in the line ("Committee ECOSOC", "SPONSORS
# France, Chile"): the label of a field written without its colon; not a body's name ("Committee Against Torture",
# "Commission on the Status of Women"), a numbered one ("Committee 1", "Topic No. 2", "Agenda Item 1") nor a sentence
ENGLISH_BARE_LABEL = lazy(r"^\s*(Committee|COMMITTEE|Forum|FORUM|Topic|TOPIC|Sponsors|SPONSORS|Signatories|SIGNATORIES"
                          r"|Co-[Ss]ponsors|CO-SPONSORS|Co-[Ss]ubmitters|CO-SUBMITTERS|Cosponsors|Agenda|AGENDA)"
                          r" (?=[A-Z\"“])(?!(?:Against|On|For|Of|To|And|In|At|No|Item|Number)\b)")
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NAMES = tuple(MONTHS.split("|"))  # January … December
# an ordinal's letters after a day, typed or in the superscript letters a phone's or a web form's autocorrect writes
# ("25ᵗʰ June, 2025", "March 22ⁿᵈ"): alternatives for a regular expression
ORDINAL_SUFFIX = "st|nd|rd|th|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ"
# a date written in Chinese numerals, as official documents (公文) were dated: 二〇二六年十二月六日, 二〇二二年三月 (the
# year digit by digit, 〇 or ○ for nought; the month and the day counted: 十二, 二十六); UN Chinese writes 2026年12月6日
CHINESE_NUMERAL_DATE = (r"(?<![〇○零一二三四五六七八九十])[一二][〇○零一二三四五六七八九]{3}\s?年"
                        r"(?:\s?(?:十[一二]?|[一二三四五六七八九])\s?月"
                        r"(?:\s?(?:三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号號])?)?")
DATE_LINE = lazy(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}}"
                 rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?)$", re.IGNORECASE)
NUMBER_LINE = lazy(r"^(?:[A-Z]{1,6}\s*[-–]\s*)?\d+(?:\.\d+)*\.?(?:\s*[(（].*[)）])?$")
# its number as a dais gives it: "1.1", "3/1", "GA3/1.2", "SPECPOL/1.2", "DISEC-2" (letters only before digits)
GENERIC_TITLE = lazy(r"^(?:sample\s+|united nations\s+|un\s+)?(?:draft\s+)?(?:resolution|working paper)s?"
                     r"(?:\s*(?:#|no\.?|number))?\s*(?:(?:[A-Z]{1,8}\s*[-/]?\s*)?\d[\d./-]*)?$"
                     r"|^(?:决议草案|决议案|决议|草案|工作文件)\s*[\d.]*$"
                     # the same title in its short form, a dais's code for the paper ("DR 1.2" a Draft Resolution,
                     # "WP 2.1" a Working Paper): it names no subject
                     r"|^(?:DR|WP)\s*[-#]?\s*\d[\d./-]*$", re.IGNORECASE)
# where a Chinese template's hint says to type: "在此处", "此处", "这里", "单击或点击此处" (Word's content-control text)
ZH_HERE = r"(?:(?:在|于|於)?(?:此处|此處|这里|這裡|此)|单击或点击此处|單擊或點擊此處)"
# a template's wording left in a field: "Country Name", "[Your delegation]", "Insert Here", "List here, in
# Alphabetical Order", "Name of country", "XXX", "TBD"
PLACEHOLDER = lazy(r"^[\[(<{]?\s*(?:(?:(?:the\s+)?name\s+of\s+(?:the\s+|your\s+)?|your\s+)?(?:country|countries|"
                   r"delegation|delegations|nation|member\s+states?)(?:\s+names?)?|insert(?:\s+[\w\']+){0,3}|"
                   r"list(?:\s+[\w\']+,?){0,6}|x{2,}|tbd|tba)\s*[\])>}]?\s*[.…]*$"
                   # a template's instruction to the writer, in brackets or ending "here": "[Type the names of the
                   # signatory countries here]", "(Enter signatories)", "Please fill in the sponsors here"
                   r"|^[\[(<{]\s*(?:please\s+)?(?:type|enter|write|add|fill\s+in|put|insert|list)\b[^\[\](){}<>]{0,80}"
                   r"[\])>}]\s*[.…]*$"
                   r"|^(?:please\s+)?(?:type|enter|write|add|fill\s+in|put|insert)\b[^\[\](){}<>]{0,80}\bhere\s*[.…:]*$"
                   # a Chinese template's hint left in the field: "【请在此处填写附议国，国名之间用顿号分隔】", "（请填写国家
                   # 名称）", "请输入", "在此输入", "單擊或點擊此處輸入文字。" (a bare verb is no hint: "输入性疟疾的防控")
                   rf"|^(?:[【\[〔(（<〈]\s*(?:请|請)?\s*{ZH_HERE}?|(?:请|請)\s*{ZH_HERE}?|{ZH_HERE})\s*"
                   r"(?:填写|填寫|填入|输入|輸入|列出)[^【】\[\]〔〕()（）<>〈〉]{0,40}[】\]〕)）>〉]?\s*[。.…]*$"
                   # a chat assistant's slot for the writer's own words, once or listed: "[国家名称]", "[国家名称]、[国家名称]",
                   # "【國家名稱】", "（国名）"
                   r"|^(?:[【\[〔(（<〈［]\s*(?:国家|國家|国|國|代表团|代表團|成员国|成員國|会员国|會員國)(?:名称|名稱|名)?"
                   r"\s*\d*\s*[】\]〕)）>〉］]\s*(?:[、，,；;]\s*)?)+(?:等|……|…)?\s*[。.…]*$", re.IGNORECASE)
# a sponsor or signatory field that names the whole room instead of States: "Everyone", "All", "All Member States",
# "The whole committee", "所有国家"
EVERYONE = lazy(r"^(?:everyone|everybody|all(?:\s+(?:of\s+the\s+)?(?:member\s+states|states|countries|nations|"
                r"delegations|delegates|members|the\s+committee))?|the\s+(?:whole|entire)\s+(?:committee|room|"
                r"assembly)|所有国家|所有代表|所有成员国|全体(?:成员国|代表|国家)?|各国)\s*[.。!]*$", re.IGNORECASE)
MASTHEAD = lazy(r"^(?:united nations|联合国)$", re.IGNORECASE)
ORGAN_NOUN = r"(?:committee|commission|council|assembly|conference)"
# the plural of an organ's last noun closing a line ("… Councils", "… Assemblies")
ORGAN_PLURAL = lazy(r"(?<=\w )(?:(committee|commission|council|conference)s|assemblies)$")
SITTING = r"(?:(?:emergency\s+)?special\s+session|emergency\s+session|plenary(?:\s+session)?)"
COMMITTEE_LINE = lazy(
    rf"^(?!.*\bof\b)(?:[\w,'’&\-]+\s+){{0,8}}{ORGAN_NOUN}(?:\s*[(（][A-Za-z0-9 \-]+[)）])?$"
    rf"|^(?:committee|commission)\s+(?:[0-9]{{1,2}}|[IVX]{{1,4}})$"  # a committee named by its number: "Committee 1"
    # an organ's main committee named by its letter, as the World Health Assembly's are ("Committee A", "World Health
    # Assembly - Committee B", "WHA Committee A")
    rf"|^(?!.*\bof\b)(?:[\w,'’&\-]+\s+){{0,8}}(?:{ORGAN_NOUN}\s*[-–—:,]?\s*)?committee\s+[AB]$"
    rf"|^(?:{ORGAN_NOUN}|board)\s+(?:on|for|of)\b(?:\s+\S+){{1,12}}$"
    # an organ named with the sitting a conference simulates: "General Assembly Special Session", "Security Council
    # Emergency Session", "General Assembly Plenary", "Special Session of the General Assembly"
    rf"|^(?!.*\bof\b)(?:[\w,'’&\-]+\s+){{0,8}}{ORGAN_NOUN}\s+{SITTING}$"
    rf"|^(?:[\w\-]+\s+)?{SITTING}\s+of\s+the\s+(?:[\w'’&\-]+\s+){{0,6}}{ORGAN_NOUN}$"
    rf"|^(?!.*\bof\b)(?:[\w,'’&\-]+\s+){{1,8}}organi[sz]ation(?:\s*[(（][A-Za-z0-9 \-]+[)）])?$"
    r"|^(?:GA\d?|UNGA|SC|UNSC|ECOSOC|HRC|UNHRC|DISEC|SOCHUM|SPECPOL|ECOFIN|CCPCJ|CSW|CND|WHO|UNESCO|UNEP|UNICEF"
    r"|UNHCR|UNDP|UNODC|IAEA|FAO|ILO)$"
    # a regional organisation MUN conferences simulate as a committee: "African Union", "League of Arab States"
    r"|^(?:the\s+)?(?:(?:african|european|eurasian economic)\s+union|arab\s+league|league\s+of\s+arab\s+states"
    r"|organi[sz]ation\s+of\s+american\s+states|association\s+of\s+southeast\s+asian\s+nations)$", re.IGNORECASE)
# an abbreviation in brackets closing a body's name: "United Nations Children's Fund (UNICEF)"
ABBREVIATION_AFTER = lazy(r"\s*[(（]([A-Za-z]{2,8})[)）]$")
# the same abbreviation set after a comma or a dash ("GENERAL ASSEMBLY, UNHC", "Security Council - UNSC"): in
# capitals only, so that a word going on from the name ("…, Third") is no abbreviation
ABBREVIATION_APPENDED = lazy(r"(?<=\w)\s*[,，\-–—]\s*([A-Z][A-Z0-9]{1,7})$")
# what a United Nations fund, programme or office is called once "United Nations" is taken off its name
UN_BODY = lazy(r"^(?!.*\bof\b)(?:[\w'’&\-]+\s+){0,5}(?:fund|programme|program|agency|office|entity)$"
               r"|^(?:office of the\s+)?high commissioner for (?:refugees|human rights)$", re.IGNORECASE)
# a title that says in prose which body the text is for, or who presents it: "Motion for a Resolution by the
# Committee on Culture and Education", "Resolution of the General Assembly", "GA Resolution 050: …", "Draft
# Resolution Presented by the Delegation of Bolivia"
TITLE_COMMITTEE = lazy(r"\b(?:resolution|motion|draft|report|recommendation)s?\s+(?:by|of|from)\s+the\s+"
                       r"(?:[\w'’&\-]+\s+){0,6}?(?:committee|commission|council|assembly)\b", re.IGNORECASE)
TITLE_BODY = lazy(r"^(?P<body>[^:;,]{2,60}?)\s+(?:draft\s+)?resolution\b", re.IGNORECASE)
# the same in Chinese: the body's name before the title, on one line ("联合国人居署大会 决议草案", "安全理事会决议草案 1.1")
TITLE_BODY_ZH = lazy(r"^(?P<body>[\u4e00-\u9fff]{2,30}?)[ \u3000\t]*(?:决议草案|決議草案)(?:[ \u3000\t]*[\d.]+)?$")
# "Presented by the Delegation of …", "Submitted for revision by the delegations to the Model United Nations …" (a
# committee's own draft: every delegation in it submits)
TITLE_SPONSOR = lazy(r"\b(?:presented|submitted|proposed|sponsored|introduced|tabled)(?:\s+for\s+\w+)?\s+by\s+the\s+"
                     r"delegations?\s+(?:of|to)\s+\S", re.IGNORECASE)
# a committee submitting its own text, as a Model European Parliament's resolutions open: "The Committee on Industry,
# Research and Energy submits the following resolution to the Model European Parliament …" names the committee and,
# as the committee is the text's author, its submitter
COMMITTEE_SUBMITS = lazy(r"^(?:the\s+)?(?:[\w'’&\-]+,?\s+){0,8}?(?:committee|commission|council)\b[^.;:]{0,120}?"
                         r"\s(?:submits|presents|proposes|tables|puts\s+forward)\s+the\s+following\s+"
                         r"(?:(?:draft|motion\s+for\s+a)\s+)?resolution\b", re.IGNORECASE)
CHINESE_COMMITTEE = lazy(r"^[\u4e00-\u9fff()（）]{0,16}(?:委员会|理事会|大会|会议|安理会|联大)(?:[(（].{1,12}[)）])?$")


@dataclass(frozen=True)
class Field:
    """One labelled field of a heading line: its label at [start, value_start), its value up to value_end."""

    key: FieldKey
    label: str
    start: int
    value_start: int
    value_end: int
    text: str  # the whole line

    @property
    def value(self) -> str:
        value = self.text[self.value_start: self.value_end].strip()
        if value[:2] in ("**", "__") and self.text[:self.start].rstrip().endswith(value[:2]):
            return value[2:].strip()  # "**起草国：** 中国": the closing half of the label's typed Markdown bold
        return value

    @property
    def empty(self) -> bool:
        """Nothing but blanks, underlines, dashes or dots after the label."""
        return not re.sub(r"[\s_\-–—.…·]+", "", self.value)

    @property
    def placeholder(self) -> bool:
        """Only a template's wording after the label ("Country Name", "[Insert here]", "List here, in
        alphabetical order", "XXX"): the field is still to be filled."""
        return bool(PLACEHOLDER.match(self.value))

    @property
    def everyone(self) -> bool:
        """The field names the whole room rather than any delegation ("Co-sponsors: Everyone", "All")."""
        return bool(EVERYONE.match(self.value))


# a label written in a longer form that means the same: "FORUM OF:" (after "QUESTION OF:" on the line below) is
# the FORUM label; "MAIN SUBMITTED BY:" is "MAIN SUBMITTER:" (MUN-H02)
LABEL_FORMS = {"forumof": "forum", "mainsubmittedby": "mainsubmitter"}


# the dotted capital İ and the dotless ı a Turkish keyboard types for I and i ("QUESTİON OF:", "Sıgnatories:")
TURKISH_I = str.maketrans("İı", "Ii")


def fold_label(label: str) -> str:
    """A label as :data:`LABELS` keys it (a longer form of a label as the label: see :data:`LABEL_FORMS`; a Turkish
    İ or ı as the I or i it stands for)."""
    folded = re.sub(r"[\s.\-–/_’']+", "", simplified(label).translate(TURKISH_I).casefold())
    return LABEL_FORMS.get(folded, folded)


def _numbered_topic(folded: str) -> FieldKey | None:
    """"Topic B", "Topic 2", "Agenda II": the topic label with the letter or number of the committee's topic;
    "Committee 4": the committee label with the committee's number."""
    if NUMBERED_TOPIC.fullmatch(folded):
        return "topic"
    return "committee" if NUMBERED_COMMITTEE.fullmatch(folded) else None


def _joined_label(label: str) -> FieldKey | None:
    """"Main Submitter/Sponsor", "Co-Submitters/Signatories": two names of a field joined by a slash, the
    conference's own word and the common one, each a label by itself; the field the last one names."""
    parts = [part for part in re.split(r"\s*/\s*", label.strip()) if part]
    if len(parts) < 2:
        return None
    keys = [LABELS.get(fold_label(part)) for part in parts]
    return keys[-1] if all(keys) else None


# the noun a list's label may take after it ("Sponsors Countries:", "Signatories Nations:"): the list's label all the same
LIST_NOUNS = ("countries", "nations", "states", "delegations", "memberstates")


def _list_label_with_noun(folded: str) -> FieldKey | None:
    """"Sponsors Countries", "Signatories Nations": a delegation list's label followed by the noun of what it lists."""
    for noun in LIST_NOUNS:
        if folded.endswith(noun) and len(folded) > len(noun):
            key = LABELS.get(folded[:-len(noun)])
            return key if key in LIST_KEYS else None
    return None


def label_key(label: str, *, slip: bool = False) -> FieldKey | None:
    """The field a label names; with ``slip``, also a long label with one letter wrong ("COMMISION")."""
    folded = fold_label(label)
    found = LABELS.get(folded) or WRONG_LABELS.get(folded) or _numbered_topic(folded) or _joined_label(label) \
        or _list_label_with_noun(folded)
    if found is not None or not slip or len(folded) < 7 or CJK.search(folded):
        return found
    close = {LABELS[LABEL_FORMS.get(known, known)] for known in (*LABELS, *LABEL_FORMS)
             if abs(len(known) - len(folded)) <= 1 and one_slip(known, folded)}  # "MAIN SUBMITTTED BY" too
    return close.pop() if len(close) == 1 else None


# the fields a Chinese heading gives under Chinese labels (ZH-H01: 委员会：, 议题：, 起草国：, 附议国：)
CHINESE_LABELED: tuple[FieldKey, ...] = ("committee", "topic", "sponsors", "signatories", "co-sponsors")


def english_label(field: Field) -> bool:
    """The field is one a Chinese heading labels in Chinese, under an English label alone ("Committee:", "QUESTION
    OF:"); not a bilingual label, whose Chinese word stands before the English one ("委员会 Committee：")."""
    if field.key not in CHINESE_LABELED or CJK.search(field.label) or not re.search(r"[A-Za-z]", field.label):
        return False
    before = re.search(r"[\u4e00-\u9fff]+$", field.text[:field.start].rstrip(" \t\u3000/／|｜"))
    return before is None or not any(f.key == field.key and CJK.search(f.label) for f in fields_in(before.group(0) + "：x"))


def chinese_label(field: Field) -> bool:
    """The field is one an English heading labels in English, under a Chinese label alone ("議題：", "委员会："), as a
    delegate with a Chinese input method on types it; not a bilingual label, whose English word stands before the
    Chinese one ("Committee 委员会:", the mirror of :func:`english_label`)."""
    if field.key not in CHINESE_LABELED or not CJK.search(field.label) or re.search(r"[A-Za-z]", field.label):
        return False
    before = re.search(r"[A-Za-z][A-Za-z -]*$", field.text[:field.start].rstrip(" \t\u3000/／|｜"))
    return before is None or not any(f.key == field.key and not CJK.search(f.label)
                                     for f in fields_in(before.group(0) + ": x"))


def fields_in(text: str) -> list[Field]:
    """The labelled fields of one heading line, in order (none for a bare line)."""
    found = _FIELDS.get(text)  # the profile guess and the heading's readers ask about the same lines
    if found is None:
        if len(_FIELDS) > 4096:
            _FIELDS.clear()
        found = _FIELDS[text] = _fields_in(text)
    return list(found)


_FIELDS: dict[str, list[Field]] = {}


def heading_fields(lines: list[str]) -> list[Field]:
    """The labelled fields of a heading's lines in order; a label with nothing after it takes the next line as its
    value when that line has no label of its own and reads as a value (a committee's or a title's words): "委员会："
    | "安全理事会" in two cells of a table row, or "Committee:" over "Security Council"."""
    out: list[Field] = []
    for i, line in enumerate(lines):
        found = fields_in(line)
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if found and value_below(found[-1], after):
            found[-1] = filled_by(found[-1], after)
        out += found
    return out


def value_below(label: Field, line: str, organs: Iterable[str] = ()) -> bool:
    """Whether ``line``, the line under an empty ``label`` or the cell beside it, is the label's value: it has no
    label of its own and reads as a committee's or a title's words, or, under a delegation list's label, as a list
    of names ending with a clause's mark ("Signatories:" / "Algeria, China, …, United Kingdom;"). A body's name
    under a delegation list's empty label is the organ line after a field left empty ("Signatories:" / "The World
    Health Assembly,"), not a delegation the list names (MUN-H01, MUN-F01)."""
    if not label.empty or not line.strip() or fields_in(line):
        return False
    kind = bare_line(line, organs)
    if kind == "committee" and label.key in LIST_KEYS:
        return False
    return kind in ("committee", "title") or kind is None and label.key in LIST_KEYS and names_line(line)


def filled_by(label: Field, line: str) -> Field:
    """The field of an empty ``label`` whose value is the whole of ``line`` (the line under it)."""
    return Field(label.key, label.label, 0, 0, len(line), line)


def _fields_in(text: str) -> list[Field]:
    colons = ":" in text or "：" in text
    # "Signatory(附议国…):" keeps its label (a line without a colon has no label before one to mask)
    masked = PARENTHESES.sub(lambda m: " " * len(m.group(0)), text) if colons else text
    labels: list[tuple[int, int, FieldKey, str]] = []  # label start, value start, field, label as written
    bare = BARE_LABEL.match(text)
    if bare:
        labels.append((bare.start(1), bare.end(), _key(bare.group(1)), bare.group(1)))
    spaced = SPACED_LABEL.match(text)
    if not labels and spaced and not colons:
        group = next(i for i in (1, 2, 3) if spaced.group(i))
        if label_key(spaced.group(group)) is not None:
            labels.append((spaced.start(group), spaced.end(), _key(spaced.group(group)), spaced.group(group)))
    for colon in re.finditer(r"[:：]", masked) if colons else ():
        if labels and colon.start() < labels[-1][1]:
            continue
        found = _label_before(masked, colon.start(), first=not labels)
        if found is not None:
            start, key = found
            labels.append((start, colon.end(), key, text[start: colon.start()].strip()))
    if not labels and not colons:
        bare_zh = CHINESE_BARE_LABEL.match(text)
        if bare_zh and LABELS.get(simplified(bare_zh.group(1))) is not None:
            labels.append((bare_zh.start(1), bare_zh.end(), LABELS[simplified(bare_zh.group(1))], bare_zh.group(1)))
        bare_en = ENGLISH_BARE_LABEL.match(text) if not labels and len(text) < 200 else None
        if bare_en is not None:
            labels.append((bare_en.start(1), bare_en.end(), _key(bare_en.group(1)), bare_en.group(1)))
    if not labels:
        alone = _list_label_alone(text)
        if alone is not None:
            labels.append(alone)
    fields = []
    for i, (start, value_start, key, label) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        fields.append(Field(key, label, start, value_start, end, text))
    return fields


def _list_label_alone(text: str) -> tuple[int, int, FieldKey, str] | None:
    """A line that is only the label of a delegation list, without a colon ("Drafting Countries", "SIGNATORIES"):
    an empty field whose names follow on the next lines."""
    written = text.strip().rstrip(":：-–— ").strip()
    if not written or len(written) > 40:
        return None  # a paragraph, no list's label (and not worth folding)
    folded = fold_label(written)
    key = LABELS.get(folded)
    if key is None or key not in LIST_KEYS or folded in NOT_LIST_LABELS:
        return None
    return text.index(written), len(text), key, written


def names_line(text: str) -> bool:
    """A line of names ended with the mark a clause ends with ("Algeria, China, …, United Kingdom;"), as a list of
    delegations under its label alone on the line above may be: each name short, none a clause."""
    line = text.strip()
    if line[-1:] not in (",", ";", "，", "；"):
        return False
    names = line[:-1].rstrip()
    items = [item.strip() for item in re.split(r"[,，、;；]", names)]
    return bare_line(names) == "title" and (len(items) > 1 or len(names) <= 40) \
        and all(item and len(item) <= 60 for item in items)


def bare_line(text: str, organs: Iterable[str] = ()) -> LineKind | None:
    """What a heading line without fields is: a committee, a title, a generic title, a number, a date, a document
    symbol."""
    line = text.strip()
    if not line:
        return None
    plain = simplified(line).strip(" .,:;，。：；")
    if MASTHEAD.match(plain):
        return "masthead"
    if SYMBOL.match(line):
        return "symbol"
    if DATE_LINE.match(plain):
        return "date"
    if NUMBER_LINE.match(plain):
        return "number"
    if GENERIC_TITLE.match(plain):
        return "generic-title"
    if is_committee(plain, organs):
        return "committee"
    if line[-1] in ",;，；" or not re.search(r"[A-Za-z\u4e00-\u9fff]", line):
        return None
    return "title"


# "(the) United Nations" / "UN" / 联合国 before a body's name ("United Nations Environment Programme", 联合国人口基金)
UN_PREFIX = lazy(r"^(?:the\s+)?(?:united nations|un)\s+|^(?:联合国|聯合國)", re.IGNORECASE)


def without_un_prefix(name: str) -> str:
    """``name`` without the "(the) United Nations", "UN" or 联合国 that may open it."""
    return UN_PREFIX.sub("", name).strip()


# the apostrophes a name may be typed with or without
APOSTROPHES = lazy(r"['’]")


def is_committee(text: str, organs: Iterable[str] = ()) -> bool:
    """The line names a committee or organ ("General Assembly Third Committee", "DISEC", "联合国安全理事会")."""
    name = without_un_prefix(simplified(text).strip(" .,:;，。：；"))
    folded = name.casefold().removeprefix("the ")
    # the organ's name with its abbreviation after it ("… Caribbean (ECLAC)") names the organ as well
    short = ABBREVIATION_AFTER.sub("", ABBREVIATION_APPENDED.sub("", name)).casefold().removeprefix("the ")
    # a known organ's name with its last noun in the plural ("UN Economic and Social Councils"): a slip for the
    # organ; only a name the organs list holds is read so ("Youth Councils" may be a topic)
    singular = ORGAN_PLURAL.sub(lambda m: m.group(1) or "assembly", folded)
    if any(organ.casefold().removeprefix("the ") in (folded, short, singular) for organ in organs):
        return True
    # the same name with an apostrophe typed in one line and not in the other ("Special Ambassador's Meet" over the
    # organ line "Special Ambassadors Meet,", "Children's Fund" / "Childrens Fund"): a slip of the writer, one body
    bare = {APOSTROPHES.sub("", form) for form in (folded, short, singular)}
    if any(APOSTROPHES.sub("", organ.casefold().removeprefix("the ")) in bare for organ in organs):
        return True
    if CJK.search(name):
        return bool(CHINESE_COMMITTEE.match(name))
    prefixed = len(name) < len(simplified(text).strip(" .,:;，。：；"))
    if prefixed and UN_BODY.match(ABBREVIATION_AFTER.sub("", name)):
        return True  # "United Nations Children's Fund (UNICEF)", "UN Development Programme": a fund, programme or agency
    return bool(COMMITTEE_LINE.match(name) or COMMITTEE_LINE.match(ABBREVIATION_APPENDED.sub("", name)))


def title_fields(text: str, organs: Iterable[str] = ()) -> set[FieldKey]:
    """The heading fields a title line gives in its prose: the committee when it names the body the text is by or
    for ("… by the Committee on …", "GA Resolution 050: …"), the sponsors when it names the delegation presenting
    it ("Presented by the Delegation of …"), both when the committee submits it ("The Committee on … submits the
    following resolution to …")."""
    found: set[FieldKey] = set()
    line = text.strip()
    body = TITLE_BODY.match(line) or TITLE_BODY_ZH.match(line)
    if TITLE_COMMITTEE.search(line) or (body is not None and is_committee(body.group("body"), organs)):
        found.add("committee")
    if TITLE_SPONSOR.search(line):
        found.add("sponsors")
    if COMMITTEE_SUBMITS.match(line):
        found |= {"committee", "sponsors"}
    return found


def _label_before(masked: str, colon: int, first: bool) -> tuple[int, FieldKey] | None:
    """Where the label before a colon starts and which field it is; None when the words there are no label."""
    before = masked[:colon].rstrip()
    chinese = CHINESE_LABEL.search(before) if CJK.search(before) else None  # compiled for Chinese only
    if chinese:
        written = chinese.group(1)
        folded = re.sub(r"[ \u3000\t]", "", written)
        key = LABELS.get(simplified(folded))
        if key is not None:  # the whole run of characters before the colon ("议 题", "所在委员会")
            return _start_of_last(before, len(folded)), key
        spaced = _after_gap(written) or _after_space(written)
        if spaced is not None:  # "委员会：大会第三委员会　　议题：…": a label after the gap between two columns
            return _start_of_last(before, len(re.sub(r"[ \u3000\t]", "", written[spaced[0]:]))), spaced[1]
        if first and chinese.start(1) == 0:  # the first label may end a longer run ("决议草案委员会：")
            for size in range(len(folded) - 1, 1, -1):
                key = LABELS.get(simplified(folded[-size:]))
                if key is not None:
                    return _start_of_last(before, size), key
            return (0, "other") if len(folded) <= 8 else None
        return None
    english = ENGLISH_LABEL.search(before)
    if not english:
        return None
    words = list(re.finditer(r"\S+", english.group(1)))
    for count in range(len(words), 0, -1):
        start = english.start(1) + words[-count].start()
        key = label_key(before[start:], slip=first and start == 0)
        # a label inside a line ("… Malott Committee: F") is capitalised, so "the question of:" in a value is none
        if key is not None and (start == 0 or (not before[start - 1].isalnum() and before[start].isupper())):
            return start, key
    if first and english.start(1) == 0 and len(words) <= 3 and len(before) <= 30 and not words[-1].group(0).isdigit():
        return 0, "other"  # "School: …", "City: …": a field the checker has no rule for ("Resolution 2: …" is a title)
    return None


def _after_space(run: str) -> tuple[int, FieldKey] | None:
    """A heading field's Chinese label after one space, two fields typed on one line ("起草国：斐济、图瓦卢 附议国：…",
    "议题：…… 起草国：……"): where the label starts in ``run`` and its field. Only the labels of the fields a Chinese
    heading lists (委员会, 议题, 起草国, 附议国 …), of two characters or more, after words of their own."""
    space = run.rfind(" ")
    if space <= 0 or not run[:space].strip():
        return None
    label = run[space + 1:]
    key = LABELS.get(simplified(label)) if len(label) >= 2 and " " not in label else None
    return (space + 1, key) if key in CHINESE_LABELED else None


def _after_gap(run: str) -> tuple[int, FieldKey] | None:
    """A label at the end of a run of Chinese characters, set off from the words before it by a full-width space, a
    tab or two spaces (two columns of a table copied into one line): where it starts in ``run`` and its field."""
    for gap in reversed(list(CHINESE_GAP.finditer(run))):
        label = re.sub(r"[ \u3000\t]", "", run[gap.end():])
        key = LABELS.get(simplified(label))
        if key is not None:
            return gap.end(), key
    return None


def _start_of_last(text: str, count: int) -> int:
    """The offset in ``text`` where its last ``count`` non-space characters begin."""
    seen = 0
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            seen += 1
            if seen == count:
                return i
    return 0


def _key(label: str) -> FieldKey:
    return label_key(label) or "other"
