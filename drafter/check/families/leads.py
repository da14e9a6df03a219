"""Lead phrases: known and spelled right, of the right form for their part, capitalised, followed by a clause,
allowed by the organ, emphasised.

The grammar of a lead is :mod:`leadform`'s, the words in and after it :mod:`leadtext`'s. Missing emphasis is
reported once per lead phrase, or once for the whole document when most leads lack it; --fix then uses the
emphasis the other leads already carry.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from collections.abc import Iterator

from drafter.bilingual import EMPTY, Text, joined
from drafter.check.context import Context
from drafter.check.families import leadform
from drafter.check.families.clause_marks import AMENDMENT_TRACES, masked_quotations, without_footnote
from drafter.check.families.delegations import historical
from drafter.check.families.leadtext import LeadText
from drafter.check.families.numbering import clauses_after_breaks, clauses_run_on
from drafter.check.families.organ import body_family, organ_emphasis
from drafter.check.families.parts import lead_slot_unfilled
from drafter.check.families.sublabels import typed_item
from drafter.check.report import Correction, Finding
from drafter.check.rules import RULES
from drafter.hanzi import as_written, simplified
from drafter.labelkinds import read_typed
from drafter.lookalike import described
from drafter.patterns import lazy
from drafter.punctuation import CJK
from drafter.sameends import same_ends
from drafter.structure import ZH_PREFIX, Node, candidate_lead, fold_spelling, leadwords, spelling
from drafter.structure.classify import is_annex
from drafter.structure.heading import heading_fields
from drafter.structure.lead import annotate, emphasis_of, run_emphasis
from drafter.structure.phrases import EN_MODIFIER, spelt_as_written
from drafter.word import runtext
from drafter.word.edit import Edit, Emphasis, Emphasise, Replace
from drafter.word.fontnames import SET_OFF_FACES, east_asian_faces, font_key
from drafter.word.reader import Paragraph, Run

REPEAT_WORD = lazy(r"^(?:also|further)\s+|\s+(?:also|further)$|^[又还]")
EMPHASIS_WORDS: dict[Emphasis, Text] = {
    "italic": Text("in italics", "使用斜体"), "bold": Text("in bold", "使用粗体"), "underline": Text("underlined", "加下划线")}
EMPHASIS_ORDER: tuple[Emphasis, ...] = ("italic", "underline", "bold")
LEAD_ONLY = Text("a lead phrase", "引导词")  # what an empty clause holds (empty-clause)
PART_WORDS = {"preambular": Text("preambular", "序言性条款"), "operative": Text("operative", "行动性条款")}
HIGHLIGHTED = Text("highlighted", "以底色突出显示")  # a highlighter's colour behind words (w:highlight)
MARKED = Text("set off with emphasis marks", "加着重号")  # 着重号: dots over or under each character (w:em)
COLOURED = Text("in another colour", "以其他颜色突出显示")  # a text colour of its own (w:color), red, blue …
SHADED = Text("on a coloured background", "加了底色")  # a background colour behind words (w:shd fill)
CAPITALS = Text("typed in capitals", "以大写字母突出")
# words between typed double marks inside a clause ("**and publish**", "__not__"), a word's letters or digits right
# inside the marks; a single "*" marks an observer State or a footnote, a single "_" a blank
TYPED_EMPHASIS = lazy(r"(\*\*|__)(?=[^\s*_])([^*_\n]{0,80}?[A-Za-z0-9\u4e00-\u9fff][^*_\n]{0,80}?)(?<=[^\s*_])\1")
TYPED_MARKS = Text("set off between typed marks {marks!r}", "以键入的“{marks}”标出")
# words set off by capitals inside a clause's lower-case text ("national AND REGIONAL plans", "NOT LATER than"; an
# amendment typed in so, or emphasis): two or more words in capitals, one of them a word no acronym is made of
CAPITALS_RUN = lazy(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")
# the manner that continues a lead typed in capitals ("NOTING WITH ALARM", "VIEWING WITH DEEP CONCERN"): a preposition
# of manner and one to three words, the lead's own phrase even where the list has no lead of that wording
MANNER_AFTER_LEAD = lazy(r"WITH(?:\s+[A-Z]+){1,3}$")
PLAIN_WORDS = {"AND", "OR", "NOT", "THE", "OF", "TO", "IN", "FOR", "WITH", "BY", "ON", "AT", "FROM", "ALL", "ANY",
               "BUT", "ALSO", "ONLY", "MUST", "SHOULD", "SHALL", "NO", "LATER", "THAN", "EVERY", "EACH"}
NOR_ORGAN = Text(", nor is the organ line", "，机构名称行亦然")
# MUN-F09: only the Security Council demands; at every MUN conference these verbs are the Council's
# (THIMUN-procedure conferences reserve more of its verbs: the library's security_council_only phrases)
DEMANDING = {"demanding", "demands"}
CHAPTER_VII = lazy(r"Chapter\s+VII\b|第七章", re.IGNORECASE)  # UN-B14: the Council's enforcement formula
# a binding measure a decision imposes (MUN-F09: only the Council decides them): "Decides to impose an arms embargo
# on …", "决定对……实施全面武器禁运" (the measure within the decision's first words)
DECIDING = {"decides", "resolves"}
MEASURE = lazy(r"^(?:to\s+)?(?:impose|institute|enforce|establish|apply)\b[^;:,.]{0,40}?\b(?P<measure>(?:an?\s+)?(?:arms\s+)?"
               r"embargo|(?:targeted\s+|economic\s+)?sanctions|travel\s+ban|asset\s+freeze|no-fly\s+zone)"
               r"|^(?:对|對)?[^；;，,。]{0,16}?(?:实施|實施|实行|實行|施加)[^；;，,。]{0,8}?"
               r"(?P<measure_zh>武器禁运|武器禁運|禁运|禁運|制裁|旅行禁令|资产冻结|資產凍結|禁飞区|禁飛區)", re.IGNORECASE)
LINK = lazy(r"https?:|www\.|@|\.(?:org|com|int|net)\b")  # a pasted link shows underlined
OPENING_CUT = lazy(r"[，,；;：:]")  # where a Chinese paragraph's opening ends
# an adverb in 地 opening a Chinese lead, with the verb after it: 关切地注意到, 最强烈地谴责, 满意地欢迎
ZH_ADVERB = lazy(r"[\u4e00-\u9fff]{1,6}地(?=[\u4e00-\u9fff])")
# words that open a lead before its participle or verb ("Deeply concerned", "Further requests", "Also notes")
# what may follow a Chinese lead's verb outside its emphasis: an aspect particle or a complement (**审议**了, UN
# Chinese; **注意**到)
ZH_LEAD_PARTICLES = "了到于着过"
LEAD_ADVERB = lazy(r"[A-Za-z]+ly|further|also|again", re.IGNORECASE)
# the words after an English lead's participle or verb that its emphasis covers (UN-B04 "tightly bound modifiers":
# *Recalling also*, *Noting further*, *Calls upon*, *Calls for*); the adverbs are taken in from the text after a lead
# too ("Recalling" read as the lead of "*Recalling* also …")
LEAD_TAIL = {"also", "further", "again", "upon", "on", "for"}
LEAD_TAIL_ADVERBS = {"also", "further", "again"}
# words a lead's emphasis may take in after the lead phrase without setting off the clause's text ("Decides that",
# "Expresses its", "Taking note of", UN italics "Expressing great concern over")
BOUND_WORDS = {"that", "to", "its", "their", "his", "her", "this", "these", "of", "on", "upon", "with", "in", "for",
               "the", "a", "an", "and", "once", "over", "at", "by", "about", "from", "into"}
# not the African Union's Peace and Security Council (非盟和平与安全理事会), a regional body (OUTSIDE_UN) whose name
# holds the Council's
COUNCIL = lazy(r"(?<!peace and )(?<!peace & )security\s+council|\bUNSC\b|(?<!和平与)(?<!和平與)(?:安全理事会|安全理事會)"
               r"|安理会|安理會", re.IGNORECASE)
# the governing organs of the specialised agencies and of the IAEA, which adopt decisions in their own right (a fund,
# a programme, the agenda of a later session): "Decides" is their word too, not the Security Council's (MUN-F09 sets
# the Council's words against the General Assembly's committees); the World Health Assembly, the General Conferences
# of UNESCO, the IAEA and the ILO (the International Labour Conference)
AGENCY_ORGAN = lazy(r"world\s+health\s+assembly|\bWHA\b|general\s+conference|international\s+labou?r\s+conference"
                    r"|\bUNESCO\b|\bIAEA\b|\bILO\b|atomic\s+energy\s+agency|labou?r\s+organi[sz]ation"
                    r"|世界卫生大会|世界衛生大會|国际劳工大会|國際勞工大會", re.IGNORECASE)
# a crisis committee (a joint crisis committee, a crisis cabinet): a body a conference sets up to act on a crisis,
# deciding its own measures and meetings ("Decides to meet again within 48 hours"); MUN-F09 sets the Council's words
# against the General Assembly's committees, not against it
# (in Chinese also with words between, as conferences name them: 危机联合应对委员会, 危机应对委员会)
CRISIS_COMMITTEE = lazy(r"\bcrisis\s+(?:committee|cabinet)\b|危[机機][^，,。；;：:、\s]{0,6}?委[员員][会會]", re.IGNORECASE)
# bodies outside the United Nations, whose words MUN-F09 (a rule on the UN's organs) does not reserve: regional and
# other organisations of States (the African Union, the European Union, ASEAN, NATO, the League of Nations, the Arab
# League, the OAS, the SCO) and conferences of States ("International Conference on Cambodia", 巴黎和会, 中南半岛局势
# 国际会议), as historical and crisis committees sit them; not a United Nations conference (the name says so)
OUTSIDE_UN = lazy(r"african\s+union|european\s+union|\bASEAN\b|\bNATO\b|north\s+atlantic\s+treaty|league\s+of\s+nations"
                  r"|arab\s+league|league\s+of\s+arab\s+states|organi[sz]ation\s+of\s+american\s+states"
                  r"|shanghai\s+cooperation|international\s+conference|peace\s+conference"
                  r"|非洲联盟|非洲聯盟|非盟|欧洲联盟|歐洲聯盟|欧盟|歐盟|东南亚国家联盟|東南亞國家聯盟|东盟|東盟|北大西洋公约组织"
                  r"|北約|北约|国际联盟|國際聯盟|国联|國聯|阿拉伯国家联盟|阿拉伯國家聯盟|美洲国家组织|美洲國家組織|上海合作组织"
                  r"|上海合作組織|国际会议|國際會議|和会|和會", re.IGNORECASE)
UNITED_NATIONS = lazy(r"united\s+nations|\bUN\b|联合国|聯合國", re.IGNORECASE)
# UN-B14: the Council's closing formula, "Decides to remain (actively) seized of the matter." / 决定继续（积极）处理此案
# (traditional characters too: 決定繼續積極處理此案)
SEIZED = lazy(r"^(?:to\s+)?remain\s+(?:actively\s+)?seized\b|^(?:继续|繼續)(?:积极|積極)?(?:处理|處理)此案",
              re.IGNORECASE)
# the Council's own words, "actively" seized (继续积极处理), which no other body closes with
ACTIVELY_SEIZED = lazy(r"^(?:to\s+)?remain\s+actively\s+seized\b|^(?:继续|繼續)(?:积极|積極)(?:处理|處理)此案",
                       re.IGNORECASE)
# UN-B14: the General Assembly's formulas for its sessions, which the Security Council (it has no numbered sessions)
# never decides: "Decides to continue its consideration of the question at its eighty-first session." ("to consider
# the question at its eighty-second session", holdout157) / 决定在第八十一届
# 会议上继续审议这一问题, and "Decides to include in the provisional agenda of its eighty-first session the item …" /
# 决定将题为“……”的项目列入其第八十一届会议临时议程 (matched on the simplified text after the lead)
ASSEMBLY_SESSION = lazy(r"^to\s+(?:continue\s+(?:its\s+)?consideration\s+of|consider)\s+(?:the|this)\s+"
                        r"(?:question|matter|item)\s+at\s+its\s+[\w-]+\s+session\b"
                        r"|^to\s+include\s+in\s+the\s+provisional\s+agenda\s+of\s+its\s+[\w-]+\s+session\b|^(?:在|于)?其?第[\d一二三四五六七八九十百零〇]+届会议上?继续审议"
                        r"|^将.{0,60}?列入其?第[\d一二三四五六七八九十百零〇]+届会议(?:的)?临时议程", re.IGNORECASE)
# a body's decision on its own future work "in accordance with its programme of work", the Human Rights Council's
# closing formula ("Decides to continue its consideration of this question in accordance with its programme of
# work." / 决定根据其工作方案继续审议这一问题): it binds no State, like the Assembly's session formulas above
OWN_PROGRAMME = lazy(r"^to\s+(?:continue\s+(?:its\s+)?consideration\s+of|remain\s+seized\s+of)\s+(?:the|this)\s+"
                     r"(?:question|matter|issue|item)\s+in\s+accordance\s+with\s+its\s+(?:annual\s+)?programme\s+of\s+work\b"
                     r"|^(?:根据|按照)其(?:年度)?工作方案继续(?:审议|处理)", re.IGNORECASE)
# MUN-F09: a body's decision on what one of its own future sessions does binds no State, so the Council's reserved
# "Decides" is the body's own word there: ASSEMBLY_SESSION's formulas and the plainer "Decides to consider the question
# at its eighty-third session", "Decides to review progress at its eighth session" (UNEA), "决定在第八十三届会议上审议
# 这一问题" (matched on the simplified text after the lead)
OWN_SESSION = lazy(r"^to\s+(?:further\s+)?(?:consider|review|examine|take\s+up|revisit|return\s+to)\b[^;:]{0,160}?"
                   r"\bat\s+its\s+(?:[\w-]+\s+){1,3}?session\b"
                   r"|^(?:在|于)其?第[\d一二三四五六七八九十百零〇]+届(?:常会|会议)上?(?:继续)?(?:审议|审查)", re.IGNORECASE)
# UN-B14: the Council's closing formula reworded in a Council text, matched on the simplified text after the lead:
# "决定继续积极关注此事。", "决定继续处理这一问题。" (the General Assembly's and the Human Rights Council's words), "决定积极
# 继续处理此案。", "Decides to remain actively seized on the matter.", "Decides to remain engaged with the issue." -
# the whole clause, so that a clause going on to say more is left alone; SEIZED's own forms are right
CLOSING_REWORDED = lazy(r"^(?:将|会)?(?:积极)?继续(?:积极|密切)?(?:关注|处理|审议|过问|注视|处置)(?:此|该|这一|这个|本)"
                        r"(?:案|事|事项|问题|议题|局势)件?[。.；;]?\s*$"
                        r"|^(?:to\s+)?(?:remain|stay|continue\s+to\s+be)\s+(?:actively\s+)?(?:seized|engaged|involved)"
                        r"\s+(?:(?:on|with|in|to|by|over)\s+(?:the|this)\s+(?:matter|issue|question|situation)"
                        r"|of\s+(?:the|this)\s+(?:issue|question|situation))\s*[.;]?\s*$",
                        re.IGNORECASE)
COUNCIL_CLOSING = lazy(r"^继续(?:积极)?处理此案[。；;]?\s*$")  # the formula CLOSING_REWORDED's Chinese takes in too
# the Council's closing formula of its first decades, "Decides that the Security Council should remain seized of the
# question" (S/RES/241 (1967), para. 6): right in a draft set then (a historical committee), reworded in one set now
COUNCIL_CLOSING_THEN = lazy(r"^(?:to\s+)?remain\s+seized\s+of\s+the\s+question\s*[.;]?\s*$", re.IGNORECASE)
# MUN-F09, UN-B06: an operative clause of the Council's own text that addresses the Security Council ("Calls upon the
# Security Council to authorize …", "Requests the Security Council to …", 促请安全理事会……): the Council acts in its
# own name (matched on the text after the lead; not its possessive, "the Security Council's"); only after a lead that
# asks something of its addressee ("Stresses that the Security Council may …" / 强调安全理事会可…… states a fact)
ADDRESSING = lazy(r"\b(?:calls?|urges?|requests?|recommends?|encourages?|invites?|appeals?|asks?)\b"
                  r"|促请|吁请|敦促|^(?:又|还|再次)?请$|建议|鼓励|邀请|呼吁", re.IGNORECASE)
COUNCIL_ADDRESSED = lazy(r"^(?:upon\s+|on\s+|that\s+)?the\s+(?:United\s+Nations\s+)?Security\s+Council\b(?!['’]s)"
                         r"|^(?:联合国)?(?:安全理事会|安理会)(?!的)", re.IGNORECASE)
# an officer an operative clause addresses by title alone ("Requests the Director-General to …", "Invites the
# Secretary-General:"); a body named after the title ("the Director-General of UNESCO", "the Executive Director of
# the United Nations Office on Drugs and Crime") or an abbreviation in brackets makes it another body's, rightly named
OFFICER = lazy(r"^(?:upon\s+|on\s+)?the\s+(?P<title>Secretary[-\s]General|Director[-\s]General|Executive\s+Director)"
               r"\b(?!['’]s)(?!\s+(?:of|for)\b)(?!\s*[(,])", re.IGNORECASE)
# the officers a body's own texts never address by title alone: the specialised agencies' and the IAEA's organs have
# a Director-General (the IAEA writes "Director General"), not a Secretary-General or an Executive Director; the
# United Nations' organs (the Assembly, the Councils, the Human Rights Council, ECOSOC's commissions, UNEA) have the
# Secretary-General (UNEA: UNEP's Executive Director; the commissions: UNODC's), none a Director-General
NOT_OWN_OFFICERS = {"who": {"secretary-general", "executive-director"},
                    "unesco": {"secretary-general", "executive-director"},
                    "ilo": {"secretary-general", "executive-director"},
                    "iaea": {"secretary-general", "executive-director"},
                    "hrc": {"director-general"}, "ga": {"director-general"}, "sc": {"director-general"},
                    "ecosoc": {"director-general"}, "unea": {"director-general"}}
# the same officers in Chinese, addressed by title alone right after the lead ("请秘书长……", "邀请总干事……"); one named
# with its body before the title ("请联合国秘书长", "请原子能机构总干事") is rightly named (simplified forms)
OFFICER_ZH = lazy(r"^(?P<title>秘书长|总干事|执行主任)(?!的|之|特别代表|特别顾问|特使|办公厅|报告)")
OFFICER_TITLES_ZH = {"秘书长": "secretary-general", "总干事": "director-general", "执行主任": "executive-director"}
OWN_OFFICER_ZH = {"who": "总干事", "unesco": "总干事", "ilo": "总干事", "iaea": "总干事", "hrc": "秘书长或人权事务高级专员",
                  "ga": "秘书长", "sc": "秘书长", "ecosoc": "秘书长", "unea": "执行主任"}
OWN_OFFICER = {"who": "the Director-General", "unesco": "the Director-General", "ilo": "the Director-General",
               "iaea": "the Director General", "hrc": "the Secretary-General or the High Commissioner",
               "ga": "the Secretary-General", "sc": "the Secretary-General", "ecosoc": "the Secretary-General",
               "unea": "the Executive Director"}
# a regional organisation's peace and security council (the African Union's, a model ASEAN's), which decides and
# demands in its own right
PEACE_COUNCIL = lazy(r"peace\s+(?:and|&)\s+security\s+council|\bAU\s*PSC\b|和平与安全理事会|和平與安全理事會",
                     re.IGNORECASE)
# bodies that close their own texts with "Decides to remain (actively) seized of the matter" themselves: the African
# Union's Peace and Security Council (its communiqués) and the IAEA's Board of Governors (its resolutions, e.g.
# GOV/2022/17): the formula is not the Security Council's there (UN-B14 names it for the Council among the UN's organs);
# the first is PEACE_COUNCIL, the second this
BOARD_OF_GOVERNORS = lazy(r"board\s+of\s+governors|原子能机构理事会|原子能機構理事會", re.IGNORECASE)
# bodies that have closed resolutions with "remain seized" themselves: the General Assembly (and so its committees'
# drafts) and the Human Rights Council; elsewhere (WHO, UNESCO, IAEA, commissions, committees) it is the Council's
REMAIN_SEIZED_TOO = lazy(r"general\s+assembly|\b(?:UN)?GA\b|\b(?:first|second|third|fourth|fifth|sixth)\s+committee"
                         r"|\b(?:DISEC|SOCHUM|SPECPOL|ECOFIN|C-?24)\b|disarmament|special\s+political|legal\s+committee"
                         r"|social,?\s+humanitarian|economic\s+and\s+financial|human\s+rights\s+council|\b(?:UN)?HRC\b"
                         r"|(?:联合国|聯合國|^|[：:\s])大[会會]|第[一二三四五六]委[员員][会會]|人[权權]理事[会會]", re.IGNORECASE)
# characters typed around a lead to mark it where emphasis was meant: the brackets of Chinese plain text and
# Markdown's bold, italic and underline (longest first: "**" before "*")
LEAD_MARKS = (("【", "】"), ("〖", "〗"), ("**", "**"), ("__", "__"), ("*", "*"), ("_", "_"))
# what such marks may hold to be a lead: a few Chinese characters, or a few English words (no digits, no marks)
MARKED_WORDS = {"zh": lazy(r"[\u4e00-\u9fff]{1,8}"), "en": lazy(r"[A-Za-z][A-Za-z’'-]*(?: [A-Za-z][A-Za-z’'-]*){0,3}")}
# what marks may hold when it opens with a known lead phrase: the phrase and the words a chatbot's bold runs on over
# ("**Recognizing the importance of the fact that**"), English words only, a dozen at most
MARKED_RUN_ON = lazy(r"[A-Za-z][A-Za-z’'-]*(?: [A-Za-z][A-Za-z’'-]*){0,11}")


def check(ctx: Context) -> None:
    """Every preambular and operative lead phrase, in document order; then their emphasis."""
    emphasis = {id(node): lead_emphasis(ctx, node) for node in ctx.tree.preamble + ctx.tree.operative
                if node.phrase is not None}  # what each known lead carries: the lead itself is not changed
    dominant = dominant_emphasis(ctx, emphasis)
    defaults = part_emphasis(ctx, emphasis, dominant)
    unemphasised: list[tuple[Node, str, list[Emphasis]]] = []
    emphasised: list[Node] = []  # the known leads whose emphasis is one the profile accepts
    leads = 0
    text = LeadText(ctx)
    for node in sorted(ctx.tree.preamble + ctx.tree.operative, key=lambda n: n.para.index):
        if _marked_lead(ctx, node, defaults):
            _through_marks(ctx, node, text)  # the lead's own faults, read as if the marks were not there
            continue  # its lead is the word inside the marks; the finding's fix leaves it emphasised
        if not _lead(ctx, node, text, defaults):  # True only for a known lead phrase
            continue
        wanted = wanted_emphasis(ctx, node.role)
        leads += 1
        if not emphasis[id(node)] & set(wanted) and not _framed_verb_emphasis(ctx, node) & set(wanted) \
                and not font_set_off(ctx, node) and not marks_set_off(ctx, node):
            unemphasised.append((node, zh_full_lead(ctx, node) or node.lead, wanted))
        elif emphasis[id(node)]:
            emphasised.append(node)
    if ctx.lang == "en" and ctx.organ_pending is not None and _italic_preamble(ctx, emphasis, unemphasised, defaults):
        organ_emphasis(ctx, ctx.organ_pending)  # before the leads' findings: one for the document takes it in
    _emphasis_findings(ctx, unemphasised, leads, defaults)
    _split_lead_emphasis(ctx, emphasis, dominant)
    _odd_emphasis(ctx, emphasised, emphasis)
    _partial_leads(ctx, emphasised, emphasis)
    if ctx.lang == "en" and ctx.profile == "thimun":  # MUN-F06: THIMUN sub-clauses open in lower case
        for node in ctx.tree.walk():
            if node.role == "sub":
                text.capital_opening(node)
    _repeats(ctx, ctx.tree.operative)
    if ctx.lang == "zh":
        _repeats_zh_preamble(ctx, ctx.tree.preamble)
    _annex_preamble(ctx)
    _annex_declaration(ctx)
    misspelled = {f.paragraph for f in ctx.findings if f.rule == "lead-misspelled"}
    for node in [*ctx.tree.preamble, *ctx.tree.walk()]:
        if not _highlighted(ctx, node) and not _marked_in_text(ctx, node) and not _coloured_in_text(ctx, node) \
                and node.role != "sub" and not _emphasis_past_lead(ctx, node, misspelled) \
                and not _whole_clause_emphasis(ctx, node):
            _emphasis_in_text(ctx, node)


def marked_lead(ctx: Context, node: Node) -> tuple[str, str, str] | None:
    """The lead of ``node`` written between typed marks (【回顾】, **Recalls**, *鼓励*): its opening mark, the lead and
    its closing mark. The marks open the paragraph's content and hold a known lead phrase, or a few Chinese
    characters or English words that something follows; None otherwise, and None for an amendment's trace (【删除】)."""
    content = node.content
    for opening, closing in LEAD_MARKS:
        if not content.startswith(opening):
            continue
        end = content.find(closing, len(opening))
        inner = content[len(opening):end] if end > len(opening) else ""
        known = any(form == inner for form, _ in ctx.phrases.matches(inner)) if inner else False
        words = MARKED_WORDS.get(ctx.lang)
        run_on = ctx.lang == "en" and bool(inner) and MARKED_RUN_ON.fullmatch(inner) is not None \
            and bool(ctx.phrases.matches(inner))
        if AMENDMENT_TRACES.fullmatch(content[:end + len(closing)]) is not None:
            return None  # 【删除】: an amendment's trace (its rule says so), the lead follows it
        if inner and (known or run_on or (words is not None and words.fullmatch(inner))) \
                and content[end + len(closing):].strip(" ,，;；.。:："):
            return opening, inner, closing
        return None  # a paragraph opens with one mark at most: "**" is not also a "*"
    return None


def _marked_lead(ctx: Context, node: Node, defaults: dict[str, Emphasis]) -> bool:
    """UN-B04/B08, ZH-B02/B03: a lead marked with typed characters instead of emphasis (【回顾】 in plain text,
    Markdown's **鼓励** pasted into Word). The fix takes the marks away and emphasises the lead as the check
    wants it (the emphasis most leads of its part carry when it is accepted: :func:`part_emphasis`). True when the
    lead is so marked."""
    marked = marked_lead(ctx, node)
    if marked is None:
        return False
    opening, lead, closing = marked
    start = node.offset
    wanted = wanted_emphasis(ctx, node.role)
    default = fix_emphasis(ctx, node.role, defaults)
    inner = start + len(opening)
    edits: list[Edit] = [Replace(inner + len(lead), inner + len(lead) + len(closing), ""),
                         Emphasise(inner, inner + len(lead), default), Replace(start, inner, "")]
    ctx.add("lead-marked", node, start + 1, fix=f"take away {opening}{closing} and make {lead!r} "
            f"{EMPHASIS_WORDS[default].en}", edits=edits, lead=lead, marks=f"{opening}…{closing}", want=either(wanted))
    return True


def _through_marks(ctx: Context, node: Node, text: LeadText) -> None:
    """The faults of a lead typed between marks that are its own, not the marks' ("**Deeply Concerned By**": its
    capitals; "**Encourages**" opening a preambular paragraph: its form): the paragraph is read again with the marks
    as spaces, so that every column and every edit stands where it stands in the paragraph itself. Their findings
    quote the paragraph as it is."""
    marked = marked_lead(ctx, node)
    if marked is None:
        return
    opening, lead, closing = marked
    start = node.offset + len(opening)
    end = start + len(lead)
    plain = node.para.text
    masked = plain[:node.offset] + " " * len(opening) + plain[start:end] + " " * len(closing) + plain[end + len(closing):]
    para = dataclasses.replace(node.para, runs=[dataclasses.replace(node.para.runs[0], text=masked)]) \
        if node.para.runs else None
    if para is None:
        return
    shadow = dataclasses.replace(node, para=para, offset=start, lead="", phrase=None, misspelled="", children=[],
                                 continuation=[])
    annotate(shadow, ctx.phrases)
    if shadow.phrase is None or shadow.misspelled:
        return  # no known lead inside the marks: the marks' finding says all there is to say
    before = len(ctx.findings)
    if not leadform.judge(ctx, shadow):
        text.check(shadow, shadow.phrase.kind)
    for finding in ctx.findings[before:]:
        column = max(0, finding.column - 1 - 10)
        finding.excerpt = plain[column: column + 60].replace("\n", " ").strip()


def _framed_verb_emphasis(ctx: Context, node: Node) -> set[Emphasis]:
    """The emphasis of the operative verb that follows an opening frame in an operative paragraph ("Acting in
    support of a request …, *recalls its authorization*"): there the verb is the lead, not the frame's first
    word. Empty when the paragraph opens with its operative verb."""
    if ctx.lang != "en" or node.role != "operative" or node.phrase is None or node.phrase.kind == "operative":
        return set()
    sentence = re.split(r"[;:]", node.content, maxsplit=1)[0]
    for mark in re.finditer(r",\s*", sentence):
        rest = sentence[mark.end():]
        skip = re.match(r"(?:(?:and|also|further|hereby)\s+)?", rest, re.IGNORECASE)
        start = mark.end() + (skip.end() if skip else 0)
        if any(p.kind == "operative" for _, p in ctx.phrases.matches(sentence[start:])):
            verb = re.match(r"\S+", sentence[start:])
            end = start + (verb.end() if verb else 0)
            return emphasis_of(node.para, node.offset + start, node.offset + end)
    return set()


def _repeats(ctx: Context, nodes: list[Node]) -> None:
    """An operative "Also requests" (又请) with no operative paragraph before it that uses "Requests" in any form,
    as an amendment that strikes the first use leaves it. "Further …" (还…) is left alone: adopted Security
    Council texts open with it where nothing was said before ("Further demands"), and so are preambles, where
    adopted Chinese texts write 又 or 还 before another verb than the English repeats."""
    seen: set[str] = set()  # phrase ids, and the leads as written (casefolded)
    for node in nodes:
        phrase = node.phrase
        if phrase is None or not node.lead:
            continue
        lead = node.lead.casefold()
        repeated = [phrase.also[ctx.lang].casefold()] if phrase.also and phrase.also[ctx.lang] else []
        bare = REPEAT_WORD.sub("", lead).strip()  # "Also commends" → "commends", 又赞扬 → 赞扬
        if lead in repeated and not {phrase.id, bare} & seen:
            plain = phrase.text[ctx.lang]
            ctx.add("lead-repeat-first", node, node.offset + 1, fix=f"write {plain!r}",
                    edits=[Replace(node.offset, node.offset + len(node.lead), plain)], lead=node.lead, plain=plain)
        seen |= {phrase.id, bare}


def _highlighted(ctx: Context, node: Node) -> bool:
    """UN-B17: words of a clause or sub-paragraph painted with Word's highlighter (a reviewer's mark left in the
    draft, or a delegate's emphasis), in either language: nothing in a resolution is set off but the lead phrases,
    and a highlight is no lead's emphasis in any profile. One finding a paragraph, at the first highlighted words
    (a link's runs left alone); True when there is one."""
    for begin, run, piece in _runs_after(node, node.offset):
        if run.highlight and piece.strip() and not _linked(run):
            ctx.add("emphasis-in-text", node, _column(begin, piece), words=piece.strip()[:40], how=HIGHLIGHTED)
            return True
    return False


def _marked_in_text(ctx: Context, node: Node) -> bool:
    """UN-B17: words of a clause or sub-paragraph set off with emphasis marks (着重号, w:em: dots under or over each
    character), the Chinese way of emphasising words in running text, in either language; the lead's own marks are
    its emphasis (:func:`marks_set_off`) and are passed over. One finding a paragraph, at the first marked words;
    True when there is one."""
    if not any(run.marks for run in node.para.runs):
        return False
    for begin, run, piece in _runs_after(node, _text_begins(ctx, node)):
        if run.marks and piece.strip():
            ctx.add("emphasis-in-text", node, _column(begin, piece), words=piece.strip()[:40], how=MARKED)
            return True
    return False


def _coloured_in_text(ctx: Context, node: Node) -> bool:
    """UN-B17: words of a clause or sub-paragraph after its lead set off by a colour of their own: a text colour
    that is a colour (not black or grey) and differs from the colour of most of the paragraph (a co-author's red
    left from review), or a background colour (w:shd fill, the online editors' text highlight) that differs from
    most of the paragraph's; links, and a paragraph all in one colour, are left alone. One finding a paragraph, at
    the first such words; True when there is one."""
    runs = node.para.runs
    if not any(run.colour or run.shading for run in runs):
        return False
    widths: dict[tuple[str, str], int] = collections.Counter()
    for run in runs:
        widths[run.colour, run.shading] += len(run.text)
    base_colour = _most(widths, 0)
    base_shading = _most(widths, 1)
    end = len(without_footnote(node.para.text))  # not a co-author's @-mention after the clause (remark-left)
    for begin, run, piece in _runs_after(node, _text_begins(ctx, node)):
        if begin >= end or not piece.strip() or _linked(run):
            continue
        if run.shading and run.shading != base_shading and run.shading != "FFFFFF":
            how = SHADED
        elif run.colour and run.colour != base_colour and _chromatic(run.colour):
            how = COLOURED
        else:
            continue
        ctx.add("emphasis-in-text", node, _column(begin, piece), words=piece.strip()[:40], how=how)
        return True
    return False


def _text_begins(ctx: Context, node: Node) -> int:
    """Where a clause's own words begin: after its lead (the whole Chinese lead, "深表关切地注意到"), or after the
    label of a sub-paragraph, which has no lead of its own."""
    if node.role == "sub":
        return node.offset
    return node.offset + len(zh_full_lead(ctx, node) or node.lead or candidate_lead(node.para, node.offset, ctx.lang))


def _runs_after(node: Node, begin: int) -> Iterator[tuple[int, Run, str]]:
    """The runs of ``node``'s paragraph that reach past character ``begin``, each with where its part past
    ``begin`` starts and that part's text (a run ``begin`` falls inside gives only its rest)."""
    pos = 0
    for run in node.para.runs:
        start, pos = pos, pos + len(run.text)
        if pos > begin:
            yield max(start, begin), run, run.text[max(0, begin - start):]


def _column(begin: int, piece: str) -> int:
    """The 1-based column of the first letter of ``piece``, which starts at character ``begin``."""
    return begin + len(piece) - len(piece.lstrip()) + 1


def _linked(run: Run) -> bool:
    """The run is part of a hyperlink (a link's underline and colour are the link's)."""
    return run.element is not None and runtext.in_link(run.element)


def _most(widths: dict[tuple[str, str], int], slot: int) -> str:
    """The colour (slot 0) or background (slot 1) that most of a paragraph's characters have."""
    totals: dict[str, int] = collections.Counter()
    for key, width in widths.items():
        totals[key[slot]] += width
    return max(totals, key=lambda colour: totals[colour])


def _chromatic(colour: str) -> bool:
    """A text colour that reads as a colour, not as black or a grey (1F2329, 333333, 595959 are text colours)."""
    red, green, blue = (int(colour[k:k + 2], 16) for k in (0, 2, 4))
    return max(red, green, blue) - min(red, green, blue) >= 64


def _repeats_zh_preamble(ctx: Context, nodes: list[Node]) -> None:
    """A Chinese preambular lead with 又 ("also") whose verb no paragraph before it opens with in any form: 又注意到
    with no 注意到, 表示注意到 or 深表关切地注意到 before it. Adopted Chinese texts put 又 before a verb that differs
    from the one the English repeats only where an earlier lead holds that verb (表示注意到 …, 又注意到), so a 又 with
    no such lead before it repeats nothing; 还 ("further") is left alone, as in the operative part. A lead the list
    lacks or a misspelt one (回故 for 回顾) counts by the opening of its paragraph and by the form it misspells; a
    clause run on after a comma in an earlier paragraph (the organ line's "人权理事会，回顾……") by its own opening."""
    ids: set[str] = set()
    openings: list[str] = []
    for node in nodes:
        lead = node.lead if node.phrase is not None else ""
        if lead.startswith("又") and len(lead) > 2 and node.phrase is not None and node.phrase.id not in ids:
            bare = simplified(lead[1:])
            if not any(bare in opening for opening in openings):
                ctx.add("lead-repeat-first", node, node.offset + 1, fix=f"write {lead[1:]!r}",
                        edits=[Replace(node.offset, node.offset + len(lead), lead[1:])], lead=lead, plain=lead[1:])
        if node.phrase is not None:
            ids.add(node.phrase.id)
        opening = re.split(r"[，,；;：:。]", node.content, maxsplit=1)[0][:24]
        openings += [simplified(opening), simplified(node.misspelled)] if node.misspelled else [simplified(opening)]
        # the clauses run on after a comma in the same paragraph ("人权理事会，回顾……，", the organ line and the first
        # clause in one; a preamble typed as one paragraph): each opens with its lead as a paragraph would
        openings += [simplified(part[:24]) for part in re.split(r"[，,]", node.content)[1:] if part.strip()]


def _emphasis_past_lead(ctx: Context, node: Node, misspelled: set[int]) -> bool:
    """UN-B04, UN-B17: the lead's emphasis carried on, without a break, over the words after the lead phrase ("Calls
    upon all coastal States" underlined as one, "敦促各会员国" for 敦促). Words a lead binds ("Recalling also",
    "Decides that") and the Council's closing formula typed all in the lead's emphasis are left alone. True when
    reported. ``misspelled``: the paragraphs whose lead is misspelled ("*Noting with apreciation*": the emphasised
    words are the lead)."""
    if node.phrase is None or not node.lead or node.para.index in misspelled \
            or not _emphasis_runs_on(node.para, node.offset + len(node.lead)) or _framed_verb_emphasis(ctx, node):
        return False  # (the lead's emphasis stops with it in most drafts: looked at first, in one walk)
    text = node.para.text
    lead = zh_full_lead(ctx, node) or node.lead
    start = text.find(lead, node.offset)
    if start < 0 or text[node.offset:start].strip() and ctx.lang == "en":
        return False
    end = start + len(lead)
    after = len(text) - len(text[end:].lstrip())  # the first word after the lead
    if after >= len(text) or not any_emphasis(node.para, after, after + 1) & any_emphasis(node.para, end - 1, end):
        return False  # the lead's emphasis stops with it, as in most drafts
    # the lead's own emphasis, less what the whole clause carries (a clause typed in a bold heading style)
    kinds = any_emphasis(node.para, end - 1, end) - emphasis_of(node.para, start, len(text))
    if not kinds:
        return False
    stop, pos = end, 0
    for run in node.para.runs:
        run_end = pos + len(run.text)
        if run_end > stop and pos <= stop:
            if not run_emphasis(run) & kinds or _linked(run):
                break  # (a link's underline is the link's)
            stop = run_end
        pos = run_end
    extra = text[end:stop].rstrip()
    if not extra.strip() or SEIZED.search(extra.strip()) or SEIZED.search(simplified(extra.strip())):
        return False
    if ctx.lang == "zh":
        shown = extra.strip().lstrip("，,、")
        if len(CJK.findall(shown)) < 2 or shown.startswith("地") or ctx.phrases.matches(shown.lstrip("并和及又还")):
            return False
    else:
        words = re.findall(r"[A-Za-z][\w’'-]*", extra)
        vocabulary = ctx.phrases.words()  # "Expresses its grave concern": words leads are made of
        if not words or all(LEAD_ADVERB.fullmatch(w) or w.casefold() in BOUND_WORDS
                            or fold_spelling(w) in vocabulary for w in words):
            return False
        shown = extra.strip()
    kind = next(k for k in EMPHASIS_ORDER if k in kinds)
    column = end + len(extra) - len(extra.lstrip()) + 1
    ctx.add("emphasis-in-text", node, column, words=shown[:40], how=EMPHASIS_WORDS[kind])
    return True


def _emphasis_runs_on(para: Paragraph, end: int) -> bool:
    """The character before ``end`` and the first one after it that is no space share a kind of emphasis."""
    text = para.text
    after = len(text) - len(text[end:].lstrip())
    if end < 1 or after >= len(text):
        return False
    last: set[Emphasis] | None = None
    pos = 0
    for run in para.runs:
        run_end = pos + len(run.text)
        if last is None and run.text and run_end >= end:
            last = run_emphasis(run)
            if not last:
                return False
        if run_end > after:
            return bool(last and run_emphasis(run) & last)
        pos = run_end
    return False


def _emphasis_in_text(ctx: Context, node: Node) -> None:
    """UN-B17: bold or underlined words in an English clause's text after its lead phrase (emphasis for emphasis);
    italics are left alone (titles of publications, Latin words), and so are links and a verb that follows an
    opening frame (it is the lead there). In Chinese, words set off between typed marks ("**立即**") only: Word's
    bold there is left to the lead rules (leads are bold in UN Chinese texts)."""
    if node.phrase is None or not node.lead or _framed_verb_emphasis(ctx, node):
        return
    lead_end = node.offset + max(len(node.lead), len(candidate_lead(node.para, node.offset, ctx.lang)))
    if ctx.lang != "en":
        if not _typed_in_text(ctx, node, lead_end):
            _underlined_apart(ctx, node, lead_end)
        return
    second_leads: set[int] | None = None  # read only once a run after the lead is bold or underlined
    text = node.para.text
    # what the whole clause carries, its lead included (a clause typed in Word's bold Heading 1 style), sets no
    # words of it off
    whole = emphasis_of(node.para, node.offset, len(text.rstrip()))
    for begin, run, piece in _runs_after(node, lead_end):
        kinds = [k for k in ("bold", "underline") if k in run_emphasis(run) and k not in whole]
        if not kinds or not re.search(r"[A-Za-z0-9]", piece) or LINK.search(piece) or _linked(run):
            continue
        if second_leads is None:
            second_leads = {*clauses_after_breaks(ctx, node.para.text),
                            *clauses_after_breaks(ctx, node.para.text, "preambular"),
                            *(m.end() for m in clauses_run_on(ctx, node))}
        column = _column(begin, piece)
        if column - 1 in second_leads:
            continue  # the lead of a second clause typed after a line break (numbering.clauses_after_breaks)
        ctx.add("emphasis-in-text", node, column, words=piece.strip()[:40], how=EMPHASIS_WORDS[kinds[0]])
        return
    if not _typed_in_text(ctx, node, lead_end):
        _capitals_in_text(ctx, node, lead_end)


def _underlined_apart(ctx: Context, node: Node, lead_end: int) -> None:
    """UN-B17: underlined words of a Chinese clause that plain words part from its lead ("呼吁各国<u>在2030年前</u>
    完成……", the new words of an amendment typed in): no lead's emphasis, which opens the clause; a lead phrase
    underlined later in the clause (……，并<u>敦促</u>……) is a second lead and is left alone, and so are links."""
    if not any(run.underline for run in node.para.runs):
        return
    apart = False
    for begin, run, piece in _runs_after(node, lead_end):
        if not run.underline or not piece.strip():
            apart = apart or bool(piece.strip())
            continue
        if not apart or CJK.search(piece) is None and not any(c.isdigit() for c in piece) \
                or ctx.phrases.matches(piece.strip().lstrip("并和及又还")) or _linked(run):
            continue
        ctx.add("emphasis-in-text", node, _column(begin, piece), words=piece.strip()[:40],
                how=EMPHASIS_WORDS["underline"])
        return


def _typed_in_text(ctx: Context, node: Node, lead_end: int) -> bool:
    """UN-B17: words of a clause set off between typed marks after its lead ("to collect **and publish** data",
    Markdown's bold typed or pasted as plain text): emphasis for emphasis, as Word's bold would be. Not the marks
    of a lead typed between them, nor those of a second clause's lead run on in the paragraph. True when found."""
    if "**" not in node.para.text and "__" not in node.para.text:
        return False
    marked = marked_lead(ctx, node)
    if marked is not None:
        lead_end = max(lead_end, node.offset + sum(len(part) for part in marked))
    text = node.para.text
    for match in TYPED_EMPHASIS.finditer(text, lead_end):
        if match.start(2) in {*clauses_after_breaks(ctx, text), *clauses_after_breaks(ctx, text, "preambular"),
                              *(m.end() for m in clauses_run_on(ctx, node))}:
            continue
        how = TYPED_MARKS.format(marks=f"{match.group(1)}…{match.group(1)}")
        ctx.add("emphasis-in-text", node, match.start() + 1, words=match.group(2)[:40], how=how)
        return True
    return False


def _capitals_in_text(ctx: Context, node: Node, lead_end: int) -> None:
    """UN-B17: words of a lower-case clause set off by typing them in capitals (not a clause typed all in capitals,
    not acronyms, not a quotation)."""
    if CAPITALS_RUN.search(node.para.text, lead_end) is None:
        return  # (no run of capitals at all: nothing to look at inside or outside quotations)
    text = masked_quotations(node.para.text)
    lead_in_capitals = text[:lead_end].strip().isupper()
    for run in CAPITALS_RUN.finditer(text, lead_end):
        if not PLAIN_WORDS & set(run.group(0).split()):
            continue
        if lead_in_capitals and not text[lead_end:run.start()].strip() and MANNER_AFTER_LEAD.match(run.group(0)):
            continue  # "NOTING WITH ALARM that": the manner of a lead typed in capitals, the lead as the writer reads it
        clause = text[lead_end:]
        if sum(c.islower() for c in clause) < 2 * sum(c.isupper() for c in clause):
            return  # a clause mostly in capitals: its case is no emphasis of some words
        ctx.add("emphasis-in-text", node, run.start() + 1, words=run.group(0)[:40], how=CAPITALS)
        return


# English leads translated word for word from a delegate's first language, each with the listed lead of its sense
# ("Having in mind" → "Bearing in mind"), longest first
_CALQUES = sorted(RULES["lead-unknown"].word_map("calques-en").items(), key=lambda item: -len(item[0]))


def _calque(ctx: Context, part: Node) -> tuple[str, str] | None:
    """The calqued lead opening ``part`` as written and the listed lead of its sense ("Deeply worried",
    "Deeply concerned"), or None."""
    if ctx.lang != "en":
        return None
    opening = part.para.text[part.offset:]
    folded = opening.casefold()
    for calque, (listed, *_) in _CALQUES:
        if folded.startswith(calque) and not folded[len(calque):len(calque) + 1].isalpha():
            return opening[:len(calque)], listed
    return None


def _lead(ctx: Context, part: Node, text: LeadText, defaults: dict[str, Emphasis]) -> bool:
    """The findings on one paragraph's lead phrase; True when it is a known phrase whose emphasis counts.
    ``defaults``: the emphasis --fix gives a lead of each part (:func:`part_emphasis`), given a misspelled lead its
    fix corrects."""
    column = part.offset + 1
    marks = part.content.strip()
    if not marks.rstrip(",，;；.。:："):
        if marks and part.typed is None and not part.auto and not part.children and not part.continuation:
            # "." alone between the preamble and clause 1: a paragraph holding a mark and no words (MUN-F05)
            ctx.add("empty-clause", part, column, what=Text(f"only the mark {marks!r}", f"标点“{marks}”"))
        return False
    if lead_slot_unfilled(part):  # the lead's slot still shows a template's placeholder: placeholder-left's finding
        return False
    if ctx.lang == "en" and part.phrase is not None and part.phrase.kind == "preambular" and typed_item(ctx, part):
        return False  # "5. encouraging nations to …" under a chapeau: an item numbered as a clause (its label's
        # finding, sub-numbered-as-clause), whose participle is an item's opening, no lead of a clause
    emphasised_lead = candidate_lead(part.para, part.offset, ctx.lang)
    if part.misspelled:
        respelled = leadform.misspelled_form(ctx, part) or part.misspelled  # "Regretsthe" → "Regretting the"
        respelled = spelt_as_written(part.lead, respelled)  # "Recognisng" → "Recognising", the writer's spelling
        if ctx.lang == "zh":  # 認識道 → 認識到 in a draft in traditional characters, not 认识到
            respelled = as_written(respelled, part.para.text[part.offset:])
        ctx.add("lead-misspelled", part, column, fix=f"write {respelled!r}",
                edits=_respelled(ctx, part, part.lead, respelled, defaults), lead=part.lead, correct=respelled,
                why=described(part.lead))  # "Еncourages": its Cyrillic Е, which looks right, is said
        if ctx.lang == "en":  # "Taking in Consideration": a capital inside the lead is a fault of its own
            text.capital_inside(part)
        leadform.misspelled_operative(ctx, part)  # "2. Taking in consideration": a preamble's lead, misspelled
        return False
    wrong_form = leadform.judge(ctx, part)
    if part.phrase is None:
        if not part.lead or wrong_form:
            return False
        content = part.content.strip()
        if ctx.lang == "en" and " " not in part.lead and content[-1:] in ",;" and not part.children \
                and not part.continuation and not content[len(part.lead):].strip(" ,;"):
            ctx.add("empty-clause", part, column, what=LEAD_ONLY)  # "Hereby," alone between preamble and operative part
            return False
        first = fold_spelling(part.lead.split()[0])
        kind = next((k for k in ("preambular", "operative") if first in ctx.phrases.first_words(k)), "")
        text.check(part, kind)
        if ctx.lang == "zh" and not opening_emphasis(part):
            return False  # an unemphasised opening in Chinese is no lead phrase to name
        if _quoted_passage(ctx, part):
            return False  # "… which reads:" + "“Everyone has …”,": the words quoted, no lead of their own
        calque = _calque(ctx, part)
        ctx.add("lead-unknown", part, column, lead=calque[0] if calque else part.lead,
                meant=Text(f"; the listed lead of its sense is {calque[1]!r}", f"；常用词表中同义的引导词为“{calque[1]}”")
                if calque else EMPTY)
        return False
    lead = part.lead
    if len(emphasised_lead) > len(lead) + 2 and ctx.lang == "en":
        correct = ctx.phrases.misspelled(emphasised_lead)
        correct = None if correct is None else spelt_as_written(emphasised_lead, correct)
        if correct is not None and len(correct) > len(lead) and correct.casefold() != emphasised_lead.casefold():
            ctx.add("lead-misspelled", part, column, fix=f"write {correct!r}",
                    edits=[Replace(part.offset, part.offset + len(emphasised_lead), correct)],
                    lead=emphasised_lead, correct=correct, why=described(emphasised_lead))
            return False
    rest = part.content[len(part.content) - len(part.content.lstrip()) + len(lead):]
    # the formula is the whole paragraph; 对……深表关切 holds its clause inside the lead
    whole_sentence = part.phrase.id == "acting-under-chapter-vii" or ctx.phrases.framed(lead)
    if not rest.strip().rstrip(",，;；.。:：") and not part.children and not part.continuation and not whole_sentence:
        ctx.add("empty-clause", part, column, what=LEAD_ONLY)
    # the Assembly's decisions on its own sessions ("Decides to include in the provisional agenda of its eighty-first
    # session the item …") bind no State: its own word, not the Council's (MUN-F09 reserves binding decisions)
    own_session = part.phrase.id in DECIDING and any(
        formula.search(simplified(rest.strip())) is not None for formula in (ASSEMBLY_SESSION, OWN_PROGRAMME, OWN_SESSION))
    if part.phrase.security_council_only and ctx.profile == "thimun" and not _security_council(ctx) \
            and _in_own_part(part) and not own_session and not _peace_council(ctx) \
            and not (part.phrase.id in DECIDING and (_agency_organ(ctx) or _crisis_committee(ctx))
                     and not SEIZED.search(rest.strip())):
        ctx.add("sc-only-phrase", part, column, lead=lead)
    # a crisis committee demands in its own right, as it decides (要求各航空公司……, "Demands that the junta …"), and so
    # does a regional organisation's peace and security council
    elif part.phrase.id in DEMANDING and _another_body(ctx) and not _outside_un(ctx) and not _crisis_committee(ctx) \
            and not _peace_council(ctx) and (ctx.profile in ("una-usa", "cn-mun") or (
                ctx.profile == "un" and not _remains_seized_too(ctx))):  # UN practice: the Assembly and HRC demand too
        ctx.add("council-language", part, column, lead=lead)
    if part.phrase.id == "acting-under-chapter-vii" and CHAPTER_VII.search(part.content) and _another_body(ctx):
        ctx.add("chapter-vii", part, column, lead=lead)
    if part.role == "operative" and part.phrase.id in DECIDING \
            and SEIZED.search(rest.strip()) and _another_body(ctx) and not _seized_own(ctx) \
            and (ACTIVELY_SEIZED.search(rest.strip()) or not _remains_seized_too(ctx)):
        ctx.add("council-seized", part, column, formula=" ".join((lead + rest).split()).rstrip(".。"))
    if part.role == "operative" and part.phrase.id in DECIDING and CLOSING_REWORDED.search(simplified(rest.strip())) \
            and not COUNCIL_CLOSING.search(simplified(rest.strip())) and _security_council(ctx) \
            and not (COUNCIL_CLOSING_THEN.search(rest.strip()) and historical(ctx)):
        ctx.add("council-closing", part, column, formula=" ".join((lead + rest).split()).rstrip(".。；;"))
    if part.role == "operative" and part.phrase.id in DECIDING and ctx.profile != "un" \
            and ASSEMBLY_SESSION.search(simplified(rest.strip())) and _security_council(ctx):
        ctx.add("assembly-formula", part, column, formula=" ".join((lead + rest).split()).rstrip(".。；;"))
    addressed = COUNCIL_ADDRESSED.search(rest.strip()) \
        if part.role == "operative" and ADDRESSING.search(lead) else None
    if addressed and _security_council(ctx):
        ctx.add("council-addressed", part, column, formula=" ".join(lead.split()) + ("" if ctx.lang == "zh" else " ")
                + " ".join(addressed.group(0).split()))
    officer = (OFFICER if ctx.lang == "en" else OFFICER_ZH).search(
        rest.strip() if ctx.lang == "en" else simplified(rest.strip())) \
        if part.role == "operative" and ADDRESSING.search(lead) else None
    if officer is not None:
        _officer(ctx, part, column, lead, officer.group("title"))
    measure = MEASURE.search(rest.strip()) if part.role == "operative" and part.phrase.id in DECIDING \
        and ctx.profile != "un" else None
    if measure and _another_body(ctx):
        ctx.add("council-measures", part, column, lead=lead,
                measure=(measure.group("measure") or measure.group("measure_zh")).strip())
    if ctx.lang == "en" and lead[:1].islower():
        ctx.add("lead-capital", part, column, fix="capitalise the first letter",
                edits=[Replace(part.offset, part.offset + 1, lead[0].upper())], lead=lead)
    text.check(part, part.phrase.kind)
    return True


# the line that opens an annexed declaration's or code's own preamble, its subject: "We, the Heads of State and
# Government …," or "The States participating in the present Declaration," (a comma after it: the leads follow)
ANNEX_SUBJECT = lazy(r"^(?:We,?[ \t]+the[ \t]|The[ \t]+(?:\S+[ \t]+){0,6}?(?:States|Parties|Governments|Ministers|"
                     r"Heads[ \t]+of[ \t]+State|participants|representatives)\b).{0,400}[,，]$")


def annex_preamble(ctx: Context) -> list[Node]:
    """The paragraphs of an annexed text's own preamble: after the line naming its subject ("We, the …,", "The
    States …,"), each paragraph that ends with a comma, up to the first that does not ("Declare the following:",
    "1. States should …", "Article 1"). English only; an annex line ("Annex II") starts the search again."""
    if ctx.lang != "en":
        return []
    found: list[Node] = []
    inside = False
    for node in ctx.tree.annexes:
        text = node.para.text.strip()
        if not text:
            continue
        if is_annex(text):
            inside = False
        elif ANNEX_SUBJECT.match(text):
            inside = True
        elif inside and text.endswith(",") and node.para.num_id is None and read_typed(text) is None:
            found.append(node)
        else:
            inside = False
    return found


def _annex_preamble(ctx: Context) -> None:
    """UN-B03 and UN-B06 in an annexed text's own preamble (:func:`annex_preamble`): a lead misspelt
    ("Recongizing") is lead-misspelled; a lead in the operative form ("Acknowledges" after "The States …,", whose
    subject is plural and whose preamble takes participles) is lead-form, the participle its form. A bare plural
    verb ("Recognize", "Reaffirm": a declaration's "We … recognize") and a word no list knows are left alone: the
    annex is its authors' own text. Its layout (headings, "Article n" lines, a closing ".") is not judged."""
    for node in annex_preamble(ctx):
        read = dataclasses.replace(node, role="preambular", lead="", phrase=None, misspelled="", children=[],
                                   continuation=[], parent=None)
        annotate(read, ctx.phrases)
        column = read.offset + 1
        if read.misspelled and not read.lead[:1].islower():
            correct = spelt_as_written(read.lead, read.misspelled)
            if correct.casefold() != read.lead.casefold():
                ctx.add("lead-misspelled", node, column, fix=f"write {correct!r}",
                        edits=[Replace(read.offset, read.offset + len(read.lead), correct)],
                        lead=read.lead, correct=correct, why=described(read.lead))
            continue
        if read.phrase is None or read.phrase.kind != "operative":
            continue
        if any(p.kind == "preambular" for _, p in ctx.phrases.matches(read.para.text[read.offset:])):
            continue
        leadform.annex_operative(ctx, node, read.lead)


# the subject of a declaration in the first person plural, on a line of its own before its numbered paragraphs: "We,
# the Heads of State and Government and representatives of States and Governments, assembled at …," ("WE, the …",
# "We, Heads of State …"): each numbered paragraph goes on with its plain verb ("1. Reaffirm …", "5. Commit to …")
DECLARATION_WE = lazy(r"^We,?[ \t]+(?:the[ \t]+)?(?:Heads|Ministers|representatives|leaders|peoples|Member|States|"
                      r"Governments|participants)\b.{0,400}[,，]$", re.IGNORECASE)
# words ending in -ing that open a sentence as prepositions, not as a participle of the verb the paragraph needs
ING_PREPOSITIONS = frozenset({"according", "concerning", "considering", "during", "excluding", "following",
                              "including", "notwithstanding", "pending", "regarding", "beginning", "starting"})


def declaration_paragraphs(ctx: Context) -> Iterator[tuple[Node, int]]:
    """The numbered paragraphs of an annexed declaration spoken by "We, …," (:data:`DECLARATION_WE`), each with the
    offset of its first word: from the subject line to the next annex line ("Annex II"), or to a line of the
    subject's own that announces what it declares ("Declare the following:", "Agree as follows:"), after which each
    paragraph is a sentence of its own, not the subject's verb. English only."""
    if ctx.lang != "en":
        return
    inside = False
    for node in ctx.tree.annexes:
        text = node.para.text.strip()
        if not text:
            continue
        if is_annex(text):
            inside = False
        elif DECLARATION_WE.match(text):
            inside = True
        elif inside:
            typed = read_typed(node.para.text)
            if typed is not None and typed.kind == "number" and typed.shape == "dot":
                yield node, typed.end
            elif typed is None and node.para.num_id is not None:
                yield node, len(node.para.text) - len(node.para.text.lstrip())
            elif typed is None and text.endswith((":", "：")):
                inside = False


def _annex_declaration(ctx: Context) -> None:
    """UN-B06 in the numbered paragraphs of an annexed declaration spoken by "We, …," (:func:`declaration_paragraphs`):
    each continues the sentence of its subject, so it opens with the plain verb ("2. Recognize that …"). A
    third-person verb ("2. Recognizes …") or a participle ("10. Ensuring that …") is lead-form, the plain form its
    correction; a misspelt verb ("8. Strenghten", "7. Reafirm") is lead-misspelled. A participle whose phrase goes on
    to the plain verb after a comma ("3. Recognizing …, commit to …") is right, and so is a word no list and no
    dictionary reading tells."""
    operative = ctx.phrases.first_words("operative")
    for node, start in declaration_paragraphs(ctx):
        text = node.para.text
        rest = text[start:]
        modifier = EN_MODIFIER.match(rest)
        head = rest[: modifier.end()] if modifier else ""
        word_match = re.match(r"[A-Za-z]+", rest[len(head):])
        if word_match is None:
            continue
        verb = word_match.group(0)
        low = verb.casefold()
        at = start + len(head)
        if fold_spelling(low + "s") in operative or fold_spelling(low + "es") in operative \
                or (low.endswith("y") and fold_spelling(low[:-1] + "ies") in operative):
            continue  # the plain form of a listed verb: "Reaffirm", "Urge", "Call upon"
        if fold_spelling(low) in operative and low.endswith("s"):
            right = leadwords.plain_form(verb)
            if right:
                leadform.declaration_form(ctx, node, at, verb, right, "third")
            continue
        if low.endswith("ing") and len(low) > 5 and low not in ING_PREPOSITIONS:
            clause = re.split(r"[;:.]", rest, maxsplit=1)[0]
            after_comma = re.findall(r",\s+([a-z]+)", clause)  # "…, commit to …", "…, we commit …"
            if any(w == "we" or spelling.known(w + "s") or spelling.known(w + "es") for w in after_comma):
                continue  # "Recognizing …, commit to …": a participle phrase before the plain verb
            third = leadwords.finite(verb, ctx.phrases)
            right = leadwords.plain_form(third) if third else ""
            if right:
                leadform.declaration_form(ctx, node, at, verb, right, "participle")
            continue
        if spelling.known(low) or not verb[:1].isupper():
            continue
        slip = ctx.phrases.misspelled(verb[:1].upper() + verb[1:].lower() + "s")
        if slip is None or " " in slip:
            continue
        right = leadwords.plain_form(slip)
        if not right or right.casefold() == low:
            continue
        correct = spelt_as_written(verb, right)
        ctx.add("lead-misspelled", node, at + 1, fix=f"write {correct!r}",
                edits=[Replace(at, at + len(verb), correct)], lead=verb, correct=correct, why=described(verb))


# the marks a quoted passage opens with
OPENING_QUOTES = "“‘\"'「『«„"


def _quoted_passage(ctx: Context, part: Node) -> bool:
    """``part`` opens with a quotation mark right after a paragraph that ends with a colon ("Recalling article 19 …,
    which reads:" + "“Everyone has the right …”,"): the passage the paragraph before quotes, set on a line of its
    own, whose first word is no lead phrase. Only the paragraphs just before it are looked at."""
    if part.content.lstrip()[:1] not in OPENING_QUOTES:
        return False
    paragraphs = ctx.doc.paragraphs
    at = part.para.index - 1  # (``index`` is 1-based)
    if not 0 <= at < len(paragraphs) or paragraphs[at] is not part.para:
        return False
    before = next((p.text.rstrip() for p in reversed(paragraphs[max(0, at - 3):at]) if p.text.strip()), "")
    return before.endswith((":", "："))


def _respelled(ctx: Context, part: Node, lead: str, correct: str, defaults: dict[str, Emphasis]) -> list[Edit]:
    """The edits that write the misspelled ``lead`` of ``part`` as ``correct``: only the characters that differ
    replaced, and the corrected lead phrase emphasised as the check wants it when it is not yet (as the leads of its
    part are: :func:`part_emphasis`), so that one --fix leaves no lead-emphasis for a second."""
    same, tail = same_ends(lead, correct)
    start = part.offset
    edits: list[Edit] = [Replace(start + same, start + len(lead) - tail, correct[same:len(correct) - tail])]
    forms = [form for form, _ in ctx.phrases.matches(correct + part.para.text[start + len(lead):])]
    wanted = wanted_emphasis(ctx, part.role)
    if forms and not emphasis_of(part.para, start, start + len(lead)) & set(wanted):
        end = len(max(forms, key=len))  # where the corrected lead ends, in the corrected text
        if end > same and not same:  # in the original text: the end of the changed characters, or as far past them
            end = len(lead) - tail if end <= len(correct) - tail else end - len(correct) + len(lead)
        # a replacement after the lead's first character is made before the emphasis (right to left): the emphasis
        # then spans the corrected text, "Regretsthe" → "Regretting the" emphasised over all of "Regretting"
        edits.insert(0, Emphasise(start, start + end, fix_emphasis(ctx, part.role, defaults)))
    return edits


def _emphasis_findings(ctx: Context, unemphasised: list[tuple[Node, str, list[Emphasis]]], leads: int,
                       defaults: dict[str, Emphasis]) -> None:
    """One finding per lead without emphasis, or one for the document when most leads lack it; the fix gives each
    lead the emphasis of its part (:func:`part_emphasis`)."""
    if len(unemphasised) >= 3 and len(unemphasised) * 2 > leads:
        part, lead, wanted = unemphasised[0]
        default = fix_emphasis(ctx, part.role, defaults)
        edits = [Correction(Emphasise(p.offset, _emphasis_end(ctx, p, lp), fix_emphasis(ctx, p.role, defaults)),
                            paragraph=p.para.index) for p, lp, _ in unemphasised]
        organ = _organ_emphasis_finding(ctx)
        also = EMPTY
        if organ is not None:  # the same emphasis lost: one finding for the document, the organ line's fix in it
            ctx.findings.remove(organ)
            edits += [Correction(c.edit, paragraph=organ.paragraph) for c in organ.edits]
            also = NOR_ORGAN
        ctx.add("lead-emphasis-document", part, part.offset + 1,
                fix=f"make every lead phrase {EMPHASIS_WORDS[default].en}", edits=edits, count=len(unemphasised),
                total=leads, want=either(wanted), also=also)
        return
    for part, lead, wanted in unemphasised:
        default = fix_emphasis(ctx, part.role, defaults)
        ctx.add("lead-emphasis", part, part.offset + 1, fix=f"make the lead phrase {EMPHASIS_WORDS[default].en}",
                edits=[Emphasise(part.offset, _emphasis_end(ctx, part, lead), default)], lead=lead,
                want=either(wanted))


def _emphasis_end(ctx: Context, node: Node, lead: str) -> int:
    """Where the emphasis --fix gives an unemphasised English lead ends: past the words bound to its verb that
    follow it ("COGNIZANT ALSO", "Calls upon"; :func:`_lead_tail`), which lead-emphasis-partial would otherwise ask
    for on a second run; else at the end of ``lead``."""
    end = node.offset + len(lead)
    tail = _lead_tail(node) if ctx.lang == "en" and ctx.profile != "un" else None
    return max(end, tail[1]) if tail is not None else end


def _italic_preamble(ctx: Context, emphasis: dict[int, set[Emphasis]],
                     unemphasised: list[tuple[Node, str, list[Emphasis]]], defaults: dict[str, Emphasis]) -> bool:
    """An English conference draft whose preambular leads are in italics, as UN texts set them (UN-B04, MUN-F02's
    italic profile), once --fix has emphasised the leads it emphasises: it follows the UN's emphasis, so its organ
    line is italic with them (UN-B02). Two italic leads at least, and no lead emphasised another way; counted as
    the fix leaves them (a lead without emphasis takes the one its finding gives it, a misspelt or marked lead the
    one its correction gives), so that a second --fix finds nothing new. Underlined leads (the other MUN
    profiles) leave the organ line alone."""
    planned: dict[int, Emphasis] = {node.para.index: fix_emphasis(ctx, node.role, defaults)
                                    for node, _, _ in unemphasised}
    for finding in ctx.findings:  # a lead corrected or unmarked by its finding's fix, emphasised with it
        for correction in finding.edits:
            if isinstance(correction.edit, Emphasise):
                planned.setdefault(correction.paragraph or finding.paragraph, correction.edit.kind)
    italic = 0
    for node in ctx.tree.preamble:
        kinds = emphasis.get(id(node), set()) if node.phrase is not None else set()
        if node.para.index in planned:  # a bold lead the fix puts in italics too is italic then
            kinds = {*kinds, planned[node.para.index]}
        if kinds and "italic" not in kinds:
            return False
        italic += "italic" in kinds
    return italic >= 2


def _split_lead_emphasis(ctx: Context, emphasis: dict[int, set[Emphasis]], dominant: Emphasis) -> None:
    """The emphasis each lead phrase typed after a line break needs once a fix makes its clause a paragraph of its
    own (``clause-after-break``, ``preambular-after-break``), so that one --fix run leaves nothing for a second
    (:attr:`Context.split_lead_emphasis`): one the check accepts, the one most leads of its part carry (else the
    document's, ``dominant``). ``emphasis``: each known lead's, by the id of its node."""
    nodes = ctx.tree.preamble + ctx.tree.operative
    chosen: dict[str, tuple[list[Emphasis], Emphasis]] = {}
    for kind in ("preambular", "operative"):
        wanted = wanted_emphasis(ctx, kind)
        counts = {k: sum(k in emphasis[id(n)] for n in nodes if n.phrase is not None and n.phrase.kind == kind)
                  for k in wanted}
        best = max(wanted, key=lambda k: counts[k])
        chosen[kind] = wanted, best if counts[best] else dominant if dominant in wanted else wanted[0]
    for node in nodes:
        text = node.para.text
        for kind, (wanted, default) in chosen.items():
            for start in clauses_after_breaks(ctx, text, kind):
                forms = [form for form, phrase in ctx.phrases.matches(text[start:]) if phrase.kind == kind]
                if not forms:
                    continue
                end = start + len(forms[0])
                if not emphasis_of(node.para, start, end) & set(wanted):
                    ctx.split_lead_emphasis[(node.para.index, start)] = Emphasise(start, end, default)


def _odd_emphasis(ctx: Context, nodes: list[Node], emphasis: dict[int, set[Emphasis]]) -> None:
    """MUN-F02, MUN-F03, ZH-B02, ZH-B03: a part's leads take one form of emphasis, whichever the profile allows.
    A lead in another accepted form (italic among underlined leads), or with an emphasis added to the part's form
    (italic and underlined among underlined ones), is reported when at least three leads of its part share one
    form and they outnumber the leads that differ from it."""
    for role in ("preambular", "operative"):
        forms = {id(node): frozenset(emphasis[id(node)] - (_link_underline(node) if "underline" in emphasis[id(node)]
                                                           else set())) for node in nodes if node.role == role}
        forms = {key: form for key, form in forms.items() if form}  # a link's underline alone: no form to compare
        counts = collections.Counter(forms.values())
        if len(counts) < 2:
            continue
        form, count = counts.most_common(1)[0]
        odd = [node for node in nodes if id(node) in forms and node.role == role and forms[id(node)] != form]
        if count < 3 or count <= len(odd):
            continue
        for node in odd:
            ctx.add("lead-emphasis-odd", node, node.offset + 1, lead=zh_full_lead(ctx, node) or node.lead,
                    found=both(forms[id(node)]), count=count, part=PART_WORDS[role], want=both(form))


def _partial_leads(ctx: Context, nodes: list[Node], emphasis: dict[int, set[Emphasis]]) -> None:
    """UN-B04, UN-B12, MUN-F02, MUN-F03: an English lead whose participle or verb is emphasised but not the words
    bound to it ("*Calls* upon", "*Recalling* also", "_Noting_ further"): its emphasis counts for the lead rules, and
    a warning says the rest. Conference drafts only: adopted UN texts set about one "Calls upon" in twenty so, at
    times next to whole ones in the same text, and the ``un`` profile takes their practice as it is.
    ``nodes``: the emphasised known leads; ``emphasis``: each one's, by the id of its node."""
    if ctx.lang != "en" or ctx.profile == "un":
        return
    for node in nodes:
        tail = _lead_tail(node)
        kinds = emphasis[id(node)]
        if tail is None:
            _cut_lead(ctx, node, kinds)
            continue
        if emphasis_of(node.para, *tail) & kinds:
            continue
        start, end = tail
        text = node.para.text
        _partial_lead(ctx, node, kinds, node.offset, start + len(text[start:]) - len(text[start:].lstrip()), end,
                      "emphasise the whole lead phrase as its first word is")


def _partial_lead(ctx: Context, node: Node, kinds: set[Emphasis], begin: int, plain: int, end: int, fix: str) -> None:
    """The lead-emphasis-partial finding on the lead of ``node`` written over [begin, end), its emphasis ``kinds``
    stopping where its first plain word opens (``plain``); --fix gives the whole lead those kinds."""
    text = node.para.text
    order = [k for k in EMPHASIS_ORDER if k in kinds]
    ctx.add("lead-emphasis-partial", node, plain + 1, fix=fix, edits=[Emphasise(begin, end, k) for k in order],
            lead=" ".join(text[begin:end].split()), part=" ".join(text[begin:plain].split()),
            how=EMPHASIS_WORDS[order[0]])


def _cut_lead(ctx: Context, node: Node, kinds: set[Emphasis]) -> None:
    """UN-B04, MUN-F02, MUN-F03: a lead whose emphasis runs on past its participle or verb and stops inside the
    phrase ("*Noting with* concern", "*Taking into* account"; the first read as "Noting", the known form its
    emphasised words make). Its writer emphasised past the first word, so meant the whole phrase: the words left
    plain are reported. A lead whose verb alone is emphasised ("*Noting* with concern", the older UNA-USA style of
    the first word) and the bound words a form ends with ("Taking note of", "Alarmed by": plain in UN texts) are
    left alone."""
    text = node.para.text
    start = node.offset + len(text[node.offset:]) - len(text[node.offset:].lstrip())
    full = next((form for form, phrase in ctx.phrases.matches(text[start:])
                 if node.phrase is not None and phrase.kind == node.phrase.kind), node.lead)
    if len(full) < len(node.lead):
        full = node.lead
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\W\d_][\w’'-]*", full)]
    verb = next((at for at, (a, b) in enumerate(words) if not LEAD_ADVERB.fullmatch(text[a:b])), None)
    if verb is None:
        return
    after = words[verb + 1:]
    while after and text[after[-1][0]:after[-1][1]].casefold() in BOUND_WORDS:
        after.pop()  # "Taking note of": the bound word a form ends with is not the lead's emphasis
    if len(after) < 2 or not emphasis_of(node.para, *after[0]) & kinds:
        return
    plain = next((w for w in after if not emphasis_of(node.para, *w) & kinds), None)
    if plain is None:
        return
    _partial_lead(ctx, node, kinds, start, plain[0], after[-1][1], "emphasise the whole lead phrase as its first words are")


def _lead_tail(node: Node) -> tuple[int, int] | None:
    """Where the words bound to an English lead's participle or verb stand ("upon" of "Calls upon", "also" after
    "Recalling"), or None when it has none."""
    if not node.lead or node.phrase is None:
        return None
    text = node.para.text
    if text.find(node.lead, node.offset) != node.offset:
        return None
    words = list(re.finditer(r"[^\W\d_][\w’'-]*", node.lead))
    verb = next((at for at, word in enumerate(words) if not LEAD_ADVERB.fullmatch(word.group(0))), None)
    if verb is None:
        return None
    start = end = node.offset + words[verb].end()
    for word in words[verb + 1:]:
        if word.group(0).casefold() not in LEAD_TAIL:
            return None  # "Taking note", "Bearing in mind": the verb's emphasis is what the lead rules judge
        end = node.offset + word.end()
    if end == start and words[-1].group(0).casefold() not in LEAD_TAIL_ADVERBS:
        after = re.match(r"\s+([A-Za-z]+)\b", text[end:])
        if after is not None and after.group(1).casefold() in LEAD_TAIL_ADVERBS:
            end += after.end()
    return None if end == start else (start, end)


def _link_underline(node: Node) -> set[Emphasis]:
    """{"underline"} when the lead stands in a hyperlink: its underline is the link's, not the lead's emphasis."""
    pos = 0
    for run in node.para.runs:
        if pos >= node.offset + len(node.lead):
            break
        if pos + len(run.text) > node.offset and _linked(run):
            return {"underline"}
        pos += len(run.text)
    return set()


def both(kinds: frozenset[Emphasis]) -> Text:
    """The emphasis of ``kinds`` together: "in italics and underlined" / "使用斜体并加下划线"."""
    return joined([EMPHASIS_WORDS[k] for k in EMPHASIS_ORDER if k in kinds], " and ", "并")


def either(kinds: list[Emphasis]) -> Text:
    """The emphasis of ``kinds`` for a message: "in italics or in bold" / "使用斜体或使用粗体"."""
    return joined([EMPHASIS_WORDS[k] for k in kinds], " or ", "或")


def _organ_emphasis_finding(ctx: Context) -> Finding | None:
    """The organ line's missing-emphasis finding, when the organ family made one."""
    return next((f for f in ctx.findings if f.rule == "organ-emphasis"), None)


def lead_emphasis(ctx: Context, part: Node) -> set[Emphasis]:
    """Emphasis of the lead: in English its words up to its participle or verb ("*Calls* upon", "*Deeply
    concerned*", "*Further requests*": an adverb alone emphasised leaves the lead's own word plain, UN-B04); in
    Chinese any emphasised characters of the opening (最强烈地**谴责**, 根据…**采取行动**)."""
    if ctx.lang == "en":
        end = part.offset + len(part.lead)
        for word in re.finditer(r"[^\W\d_][\w’'-]*", part.lead):
            if not LEAD_ADVERB.fullmatch(word.group(0)):
                end = part.offset + word.end()
                break
        return emphasis_of(part.para, part.offset, end)
    kinds = opening_emphasis(part)
    full = zh_full_lead(ctx, part)
    if kinds and full is not None:
        adverb = ZH_ADVERB.match(full)
        if adverb is not None and not any_emphasis(part.para, part.offset + adverb.end(), part.offset + len(full)):
            return set()  # **关切地**注意到: the adverb alone emphasised leaves the lead's own verb plain (ZH-B02)
    if kinds and _zh_head_plain(ctx, part, full or part.lead):
        return set()  # **深为**关切: the modifier alone emphasised leaves the lead's own verb plain (UN-B04)
    return kinds


def _whole_clause_emphasis(ctx: Context, node: Node) -> bool:
    """UN-B04, UN-B08, UN-B17: a clause whose text after the lead is emphasised from end to end (every word in
    italics, underlined or bold: a clause put in an italic, underlined or bold paragraph style, or all of it
    selected and emphasised) while most clauses of the draft are not: the lead is not set off from the text, and
    the text carries emphasis for emphasis. In English, italics alone are otherwise left to the titles they mark;
    in Chinese, bold and underlined words only where plain words part them from the lead. At least three clauses
    whose text is not so emphasised, outnumbering those that are; links, the Council's closing formula and
    clauses of a few words are left alone. True when reported."""
    if node.phrase is None or not node.lead or node.role == "sub" or _framed_verb_emphasis(ctx, node) \
            or node.phrase.id == "acting-under-chapter-vii":
        return False
    kinds = _clause_text_emphasis(ctx, node)
    if not kinds:
        return False
    plain = whole = 0
    own_part = ctx.tree.operative if node.role == "operative" else ctx.tree.preamble
    part_plain = part_whole = 0  # the clauses of its own part (preamble or operative part)
    for other in ctx.tree.preamble + ctx.tree.operative:
        if other.phrase is None or not other.lead:
            continue
        emphasised = bool(_clause_text_emphasis(ctx, other) & kinds)
        if emphasised:
            whole += 1
        else:
            plain += 1
        if any(other is n for n in own_part) and (emphasised or _judged(ctx, other)):
            part_whole, part_plain = part_whole + emphasised, part_plain + (not emphasised)
    if plain < 3 or plain <= whole:
        return False
    if part_whole >= 3 and not part_plain:
        return False  # its whole part typed so (the operative clauses as Word's bold, blue Heading 1): a layout
    begin = _text_begins(ctx, node)
    shown = node.para.text[begin:].strip().lstrip(",，、")
    kind = next(k for k in EMPHASIS_ORDER if k in kinds)
    column = begin + len(node.para.text[begin:]) - len(node.para.text[begin:].lstrip()) + 1
    ctx.add("emphasis-in-text", node, column, words=shown[:40], how=EMPHASIS_WORDS[kind])
    return True


def _judged(ctx: Context, node: Node) -> bool:
    """The text after ``node``'s lead is long enough for :func:`_clause_text_emphasis` to judge (three words, six
    Chinese characters)."""
    rest = node.para.text[_text_begins(ctx, node):]
    words = re.findall(r"[A-Za-z0-9][\w’'-]*", rest) if ctx.lang == "en" else CJK.findall(rest)
    return len(words) >= (3 if ctx.lang == "en" else 6)


def _clause_text_emphasis(ctx: Context, node: Node) -> set[Emphasis]:
    """The kinds of emphasis every word of a clause's text after its lead carries (its final mark and spaces
    aside): none for a text of fewer than three words (six Chinese characters), a link, or the Council's closing
    formula."""
    begin = _text_begins(ctx, node)
    rest = node.para.text[begin:]
    words = re.findall(r"[A-Za-z0-9][\w’'-]*", rest) if ctx.lang == "en" else CJK.findall(rest)
    if len(words) < (3 if ctx.lang == "en" else 6) or SEIZED.search(rest.strip().lstrip(",，")) \
            or SEIZED.search(simplified(rest.strip().lstrip(",，"))):
        return set()
    kinds: set[Emphasis] = {"italic", "underline", "bold"}
    for _, run, piece in _runs_after(node, begin):
        if not re.search(r"\w", piece):
            continue  # the final mark, spaces
        if _linked(run):
            return set()
        kinds &= run_emphasis(run)
        if not kinds:
            break
    return kinds


def _zh_head_plain(ctx: Context, part: Node, lead: str) -> bool:
    """A Chinese lead of a few characters whose emphasised characters all stand before its last one, the verb the
    modifiers lean on (**深为**关切, **表示**关切, **强烈**敦促); 最强烈地**谴责** emphasises the verb and passes. Leads that
    hold a clause of their own (根据…采取行动, 决定继续处理此案) are left to the opening's emphasis."""
    if part.phrase is None or len(lead) < 2 or len(lead) > 8 or part.phrase.id == "acting-under-chapter-vii":
        return False
    start = part.para.text.find(lead, part.offset)
    if start < 0 or not CJK.fullmatch(lead[-1]):
        return False
    end = start + len(lead.rstrip(ZH_LEAD_PARTICLES) or lead)  # **审议**了: the verb, not its particle, is the head
    if any_emphasis(part.para, end - 1, end):
        return False  # the verb emphasised, as in most drafts
    return bool(any_emphasis(part.para, start, end - 1)) and not ctx.phrases.framed(lead)


def zh_full_lead(ctx: Context, part: Node) -> str | None:
    """The whole Chinese lead when it opens with an adverb in 地 ("关切地注意到", "最强烈地谴责"): the longest known
    form at the paragraph's opening, which may be longer than the lead the emphasis picked ("关切", itself a known
    phrase, when only "关切地" is underlined); None for other leads."""
    if ctx.lang != "zh" or not part.lead:
        return None
    opening = part.para.text[part.offset:]
    forms = [form for form, _ in ctx.phrases.matches(opening) if opening.startswith(form)]
    full = max(forms, key=len, default=part.lead)
    if len(full) < len(part.lead) or not full.startswith(part.lead):
        full = part.lead
    return full if ZH_ADVERB.match(full) else None


def any_emphasis(para: Paragraph, start: int, end: int) -> set[Emphasis]:
    """Emphasis kinds of any non-space character of [start, end)."""
    kinds: set[Emphasis] = set()
    pos = 0
    for run in para.runs:
        if pos >= end:
            break
        run_end = pos + len(run.text)
        if run_end > start and run.text[max(0, start - pos): end - pos].strip():
            kinds |= run_emphasis(run)
        pos = run_end
    return kinds


def opening_emphasis(part: Node) -> set[Emphasis]:
    """Emphasis on any Chinese characters of a paragraph's opening (up to the first mark, at most 40 characters)."""
    content = part.content
    prefix = ZH_PREFIX.match(content)  # 在这方面，**鼓励**: the verb after the prefix carries the emphasis
    skip = prefix.end() if prefix else 0
    cut = OPENING_CUT.search(content, skip)
    end = part.offset + skip + min(cut.start() - skip if cut else len(content) - skip, 40)
    kinds: set[Emphasis] = set()
    pos = 0
    for run in part.para.runs:
        if pos >= end:
            break  # the runs after the opening
        run_end = pos + len(run.text)
        if run_end > part.offset and pos < end and CJK.search(run.text[max(0, part.offset - pos): end - pos]):
            kinds |= run_emphasis(run)
        pos = run_end
    return kinds


def font_set_off(ctx: Context, part: Node) -> bool:
    """ZH-B02/B03, FORMAT.md 0.2: a Chinese lead set off by its face rather than by underline, italic or bold — every
    Chinese character of the lead in 黑体 or 楷体 (a Chinese template's bold and italic) while the rest of its
    paragraph's Chinese is in another font (宋体, 仿宋). A paragraph all in one face sets nothing off."""
    if ctx.lang != "zh" or not part.lead:
        return False
    start = part.offset
    end = start + len(zh_full_lead(ctx, part) or part.lead)
    lead_faces = east_asian_faces(part.para.runs, start, end)
    rest: collections.Counter[str] = collections.Counter()
    pos = 0
    for run in part.para.runs:
        rest[font_key(run.fonts[1])] += len(CJK.findall(run.text[max(0, end - pos):]))
        pos += len(run.text)
    main = max(rest, key=lambda f: rest[f], default="")
    return len(lead_faces) == 1 and lead_faces <= SET_OFF_FACES and rest[main] > 0 and main not in lead_faces


def marks_set_off(ctx: Context, part: Node) -> bool:
    """ZH-B02/B03, FORMAT.md 0.2: a Chinese lead set off with emphasis marks (着重号, w:em) rather than by underline,
    italic or bold — every Chinese character of the lead marked while most of the rest of its paragraph's Chinese
    is not. English leads want underline or italics (MUN-F02/F03): marks there set nothing off."""
    if ctx.lang != "zh" or not part.lead or not any(run.marks for run in part.para.runs):
        return False
    start = part.offset
    end = start + len(zh_full_lead(ctx, part) or part.lead)
    lead_marked = lead_plain = marked = plain = 0
    pos = 0
    for run in part.para.runs:
        run_end = pos + len(run.text)
        inside = len(CJK.findall(run.text[max(0, start - pos): max(0, end - pos)]))
        after = len(CJK.findall(run.text[max(0, end - pos):]))
        if run.marks:
            lead_marked, marked = lead_marked + inside, marked + after
        else:
            lead_plain, plain = lead_plain + inside, plain + after
        pos = run_end
    return lead_marked > 0 and not lead_plain and plain > marked


def dominant_emphasis(ctx: Context, emphasis: dict[int, set[Emphasis]]) -> Emphasis:
    """The emphasis most lead phrases of this document already carry (for --fix), from ``emphasis``: each
    known lead's (by the id of its node)."""
    counts: dict[Emphasis, int] = {}
    for node in ctx.tree.preamble + ctx.tree.operative:
        if node.phrase is None:
            continue
        for kind in emphasis[id(node)]:
            counts[kind] = counts.get(kind, 0) + 1
    wanted = wanted_emphasis(ctx, "operative")
    if not counts:
        return wanted[0]
    return max(counts, key=lambda k: (counts[k], k in wanted))


def part_emphasis(ctx: Context, emphasis: dict[int, set[Emphasis]], dominant: Emphasis) -> dict[str, Emphasis]:
    """The emphasis --fix gives a lead of each part (MUN-F02, MUN-F03: a part's leads take one form): of the forms
    the check accepts there, the one most known leads of that part already carry, the document's (``dominant``) on
    a tie or where none carries one. A draft with italic preambular and underlined operative leads keeps both: the
    operative lead left plain is underlined, not put in italics because the preamble has more leads. Keyed by
    role, ``""`` holding ``dominant`` for any other. ``emphasis``: each known lead's, by the id of its node."""
    defaults = {"": dominant}
    for role, nodes in (("preambular", ctx.tree.preamble), ("operative", ctx.tree.operative)):
        counts = collections.Counter(kind for node in nodes if node.phrase is not None for kind in emphasis[id(node)])
        defaults[role] = max(wanted_emphasis(ctx, role), key=lambda kind: (counts[kind], kind == dominant))
    return defaults


def fix_emphasis(ctx: Context, role: str, defaults: dict[str, Emphasis]) -> Emphasis:
    """The emphasis --fix gives a lead of a paragraph of ``role``: its part's (:func:`part_emphasis`) when the check
    accepts it there, else the profile's default."""
    wanted = wanted_emphasis(ctx, role)
    chosen = defaults.get(role, defaults[""])
    return chosen if chosen in wanted else wanted[0]


def wanted_emphasis(ctx: Context, role: str) -> list[Emphasis]:
    """Accepted emphasis, the profile's default first. Chinese shows UN italics as bold (slanted CJK is no italic)."""
    if ctx.profile == "un":
        return ["italic"] if ctx.lang == "en" else ["bold", "italic"]
    if ctx.profile == "cn-mun":
        return ["underline", "italic", "bold"]
    wanted: list[Emphasis] = ["italic", "underline"] if role == "preambular" else ["underline", "italic"]
    if ctx.lang == "zh":
        wanted = [("bold" if w == "italic" else w) for w in wanted] + ["italic"]
    return wanted


def _in_own_part(part: Node) -> bool:
    """The lead stands in the part its list is for (MUN-F09 reserves operative verbs in the operative part and
    participles in the preamble): "Condemns" opening a preambular paragraph is a wrong form (``lead-form``), not
    the Council's verb in a General Assembly's operative part."""
    if part.phrase is None:
        return False
    if part.role == "preambular":
        return part.phrase.kind == "preambular"
    if part.role == "operative":
        return part.phrase.kind == "operative"
    return True


def _security_council(ctx: Context) -> bool:
    """The text is the Security Council's: its organ line or its heading's committee (forum) names the Council."""
    organ = ctx.tree.organ
    if organ and COUNCIL.search(organ.text):
        return True
    return any(field.key == "committee" and COUNCIL.search(field.value)
               for field in heading_fields([node.para.text for node in ctx.tree.heading]))


def _officer(ctx: Context, part: Node, column: int, lead: str, title: str) -> None:
    """UN-B06: the organ acts through its own officers; an operative clause that requests or invites, by title alone,
    an officer the organ does not have ("REQUESTS the Secretary-General" in a World Health Assembly draft, "Requests
    the Director-General" in a Human Rights Council draft) addresses another body's officer as its own."""
    family = body_family(ctx)
    key = OFFICER_TITLES_ZH.get(title) or re.sub(r"[-\s]+", "-", title.casefold())
    if key not in NOT_OWN_OFFICERS.get(family, set()):
        return
    if ctx.lang == "zh":  # 请秘书长: the words as written (a traditional draft's 秘書長 too), the officer in Chinese
        written = part.content.lstrip()[:len(lead) + len(title)]
        ctx.add("officer-other-body", part, column, formula=written, own=OWN_OFFICER_ZH[family])
        return
    ctx.add("officer-other-body", part, column, formula=f"{' '.join(lead.split())} the {' '.join(title.split())}",
            own=OWN_OFFICER[family])


def _agency_organ(ctx: Context) -> bool:
    """The draft's organ line or its heading's committee (forum) names a specialised agency's (or the IAEA's)
    governing organ, which decides in its own right (AGENCY_ORGAN)."""
    organ = ctx.tree.organ
    if organ is not None and AGENCY_ORGAN.search(organ.text):
        return True
    return any(field.key == "committee" and AGENCY_ORGAN.search(field.value)
               for field in heading_fields([node.para.text for node in ctx.tree.heading]))


def _crisis_committee(ctx: Context) -> bool:
    """The draft's organ line or its heading's committee names a crisis committee (CRISIS_COMMITTEE), a body that
    decides and acts in its own right as a conference sets it up."""
    organ = ctx.tree.organ
    if organ is not None and CRISIS_COMMITTEE.search(organ.text):
        return True
    return any(field.key == "committee" and CRISIS_COMMITTEE.search(field.value)
               for field in heading_fields([node.para.text for node in ctx.tree.heading]))


def _names_body(ctx: Context, body: re.Pattern[str]) -> bool:
    """The draft's organ line or a line of its heading names a body ``body`` matches."""
    named = ([ctx.tree.organ] if ctx.tree.organ is not None else []) + ctx.tree.heading
    return any(body.search(node.text) for node in named)


def _remains_seized_too(ctx: Context) -> bool:
    """The draft's organ line or heading names the General Assembly (or one of its committees) or the Human Rights
    Council, which have closed resolutions with "Decides to remain seized of the matter." themselves."""
    return _names_body(ctx, REMAIN_SEIZED_TOO)


def _peace_council(ctx: Context) -> bool:
    """The draft's organ line or heading names a regional organisation's peace and security council (PEACE_COUNCIL:
    the African Union's, a model ASEAN's), which decides, declares and demands in its own right: MUN-F09 reserves
    the Security Council's words against the General Assembly's committees, not against it."""
    return _names_body(ctx, PEACE_COUNCIL)


def _seized_own(ctx: Context) -> bool:
    """The draft's organ line or heading names a body that closes its texts with the seized formula itself: the
    AU's Peace and Security Council (:func:`_peace_council`), the IAEA's Board of Governors."""
    return _peace_council(ctx) or _names_body(ctx, BOARD_OF_GOVERNORS)


def _outside_un(ctx: Context) -> bool:
    """The draft's organ line, or else its heading's committee, names a body outside the United Nations
    (OUTSIDE_UN): an organisation of States of its own or a conference of States."""
    organ = ctx.tree.organ
    names = [organ.text] if organ is not None else [
        field.value for field in heading_fields([node.para.text for node in ctx.tree.heading])
        if field.key == "committee"]
    return any(OUTSIDE_UN.search(name) and not UNITED_NATIONS.search(name) for name in names)


def _another_body(ctx: Context) -> bool:
    """The draft names the body it comes from (organ line or heading) and that body is not the Security
    Council."""
    named = ([ctx.tree.organ] if ctx.tree.organ is not None else []) + ctx.tree.heading
    if not named:
        return False  # a draft that does not say whose it is: no telling
    return not any(COUNCIL.search(node.text) for node in named)
