"""The grammar of a lead (part of the leads family): an operative verb opening a preambular paragraph
("Recognises" → "Recognising", 决定), a participle, infinitive or legislative formula ("Whereas", "Be it resolved")
opening a paragraph it cannot open, and an operative paragraph with no verb at all ("Every country must",
在难民入境前). A participle or frame followed by an operative verb ("Bearing in mind …, decides") is a verb lead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.bilingual import Text
from drafter.check.context import Context
from drafter.check.families.leadtext import FUNCTION_WORDS
from drafter.check.rules import RULES
from drafter.hanzi import as_written, has_traditional, simplified
from drafter.patterns import lazy
from drafter.structure import Node, spelling
from drafter.structure.classify import ORGANS
from drafter.structure.leadwords import (
    EN_NO_VERB,
    INFINITIVE,
    LEGISLATIVE,
    OPENING_MODALS,
    POSSESSIVE,
    SUBJECT_PLURALS,
    finite,
    foreign_lead,
    label_opening,
    label_opening_zh,
    modal_sentence_zh,
    no_verb_en,
    no_verb_zh,
    participle,
    past_finite,
    past_participle,
    reference_entry,
    subject_after_topic_zh,
    verb_after_frame,
    words,
)
from drafter.structure.phrases import EN_MODIFIER, ZH_MODIFIER, ZH_PREFIX, Phrases, fold_spelling
from drafter.word.edit import Replace

PART = {"preambular": Text("a preambular paragraph", "序言段"), "operative": Text("an operative paragraph", "执行段"),
        "declaration": Text("a numbered paragraph of a declaration spoken by 'We'", "以“我们”为主语的宣言编号段")}
WHY = {"operative": Text("an operative verb", "执行性引导词"), "preambular": Text("a preambular lead", "序言性引导词"),
       "legislative": Text("a legislative formula", "立法用语"), "infinitive": Text("an infinitive", "不定式"),
       "base": Text("a verb without its third-person -s", "动词形式有误"),
       "third": Text("a verb in the third person where 'We' takes its plain form", "第三人称动词，“我们”之后应用动词原形"),
       "participle": Text("a participle where 'We' takes the plain verb", "分词，“我们”之后应用动词原形"),
       "subject": Text("a sentence with its own subject", "带主语的完整句子"),
       "bare": Text("the bare form of a verb", "动词原形"),
       "past": Text("a verb in the past tense", "动词过去式"),
       "foreign": Text("a lead left in Spanish, French or Portuguese", "未译成英文的西班牙文、法文或葡萄牙文引导词"),
       "noun": Text("a noun", "名词"),
       "adverb": Text("an adverb that opens a sentence", "句首副词"),
       "adjective": Text("the -ing form where the adjective in -ed is meant", "用了 -ing 形式，应为以 -ed 结尾的形容词"),
       "adverb-form": Text("an adjective where the adverb in -ly is meant", "用了形容词，应为以 -ly 结尾的副词"),
       "be": Text("the bare verb 'Be' before the lead, an instruction", "引导词前多了祈使的“Be”"),
       "copula": Text("the verb 'is' or 'are' before the lead, a sentence's verb with no subject",
                      "引导词前多了系动词“is”或“are”"),
       "english": Text("an English phrase in a Chinese text", "中文文本中的英文引导词"),
       "repeat-after": Text("'also' written after the lead, word for word from the English", "“又”写在了引导词之后"),
       "and-before": Text("'and' (并) before a repeated lead, which takes 又 ('also') or 还 ('further')",
                          "重复的引导词前用了“并”，应加“又”或“还”"),
       "also-word": Text("'also' written 也, word for word from the English; a repeated lead takes 又",
                         "“also”译成了“也”，重复的引导词应加“又”"),
       "and-en": Text("a conjunction ('And', 'But') before the lead: a clause is not joined to the one before it, "
                      "and a repeated lead takes 'also' or 'further'",
                      "引导词前加了连词（And、But）：条款不与前一条相连，重复的引导词应加 also 或 further"),
       "none": Text("no lead phrase at all", "没有引导词"),
       "frame-open": Text("the frame 对…… opened and never closed by the verb that ends it (对……表示关切)",
                          "“对……”之后缺少收尾的动词（如“对……表示关切”）"),
       "example": Text("words that introduce an example of the clause before, not a consideration",
                       "引出前一条款例子的词语，而非序言性引导词"),
       "sequence": Text("a speech's word of order or connective before the lead", "引导词前加了表示次序或承接的词"),
       "everyday": Text("a word of everyday Chinese, not a lead phrase of UN texts", "日常用语，不是联合国文件的引导词"),
       "known": Text("an appeal to what everybody knows, how a speech opens a sentence, not a lead phrase",
                     "“众所周知”一类的口头语，不是引导词"),
       "hereby": Text("'hereby', a formula of official letters, before the lead", "引导词前加了公文用语"),
       "with": Text("'with' translated word for word before the verb; the manner takes 地 before it",
                    "“with”逐字译成了“带着”，应为“……地”加动词"),
       "ing": Text("the English -ing rendered word for word with 着; a lead takes no aspect particle",
                   "英文的 -ing 逐字译成了“着”，引导词不带“着”")}
# words that open a sentence or a clause's object, never a preambular lead: "that the embargo …", "the right to …"
# what follows a verb given as a command ("Start a program", "Provide the funds"), never a noun opening a sentence
OBJECT_OPENERS = frozenset({"a", "an", "the", "all", "more", "new", "its", "their"})
# what follows a finite verb, never a noun opening a preambular clause ("Opposes the …", "Supports that …"): an
# article, "that", "to", or a demonstrative or possessive that opens the verb's object ("Applauds this invention",
# "Fears these talks", "Cherishes our commitment")
VERB_OBJECTS = OBJECT_OPENERS | {"that", "to", "this", "these", "those", "our", "such"}
# verbs that follow a subject: a noun phrase before one opens a sentence, not a command's object
# the word after a verb's past tense that opens the manner of a listed lead of the same verb ("Noting with concern",
# "Noting with satisfaction"): "Noted with alarm the …" is the past said for "Noting with alarm"
PAST_MANNER = frozenset({"with"})
AUXILIARIES = frozenset({"must", "should", "shall", "will", "would", "can", "could", "may", "might", "is", "are",
                         "was", "were", "has", "have", "had", "needs", "need", "remain", "remains"})
# words after a capitalised noun that make the noun's phrase ("Support for", "Research into"), not a verb's object
PREPOSITIONS = frozenset({"of", "for", "on", "in", "into", "to", "with", "by", "from", "at", "as", "about", "against",
                          "between", "among", "within", "under", "over", "and", "or", "is", "are", "was", "were",
                          "will", "shall", "should", "must", "can", "may", "be", "has", "have"})
# and a quantity opening a sentence about the world ("Many children cannot study …", "More than 700 million people
# live …"): the subject of a sentence of its own, no participle (UN-B03)
NOT_A_LEAD = frozenset({"that", "the", "this", "these", "those", "it", "its", "there", "a", "an", "their", "many",
                        "most", "more", "less", "few", "fewer", "several", "some", "every", "each"})
# a subject and a copula before a preambular lead: "We are deeply concerned", "The General Assembly is alarmed"
SUBJECT = lazy(r"(?:we|i|they|it|(?:the\s+)?(?:[A-Z][\w-]*\s+){1,6}?)\s*(?:is|are|am|remains|remain|feels|feel)\s+"
               r"(?:also\s+|further\s+|still\s+)?", re.IGNORECASE)
# a personal subject before a verb: "We need to recognize that", "We must note", "I strongly believe" (the verb in
# group 1; "We are deeply concerned" is SUBJECT's)
PRONOUN_VERB = lazy(r"(?:we|i)\s+(?:(?:also|further|strongly|firmly)\s+)?(?:(?:need|have|want|wish|ought)\s+to\s+"
                    r"|would\s+like\s+to\s+|must\s+|should\s+|shall\s+|will\s+|can\s+|do\s+|hereby\s+)?"
                    r"(?:(?:also|further|strongly|firmly)\s+)?([a-z]+)\b", re.IGNORECASE)
# verbs of opinion written after "We" ("We think that …") with the listed lead that says the same ("Believing"),
# from lead-form's rule data (drafter/check/ruledata/leadform.yaml)
OPINION_LEADS = {verb: said[0] for verb, said in RULES["lead-form"].word_map("opinion-verbs").items()}
# a capitalised noun and the preposition after it opening a paragraph: "Emphasis on", "Recognition of"
NOUN_LEAD = lazy(r"([A-Z][a-z]{5,}(?<!ing)(?<!ed))\s+(?:on|of|to|for|about|over|at|with|in)\s")
# adjectives in -ant / -ent opening a preamble with their preposition ("Observant of"): a lead, not a noun (UN-B03)
ADJECTIVES_ANT = frozenset(RULES["lead-form"].word_list("adjectives-ant"))
# adverbs that open a sentence about the world ("Currently …"), never a preambular lead: lead-form's rule data
SENTENCE_ADVERBS = RULES["lead-form"].word_list("sentence-adverbs")
# words that introduce an example of what the clause before says, opening a list item, never a consideration:
# "Including reports of …", "Such as the closure of …" (UN-B03)
EXAMPLE_OPENING = lazy(r"(?:including|such\s+as)\b", re.IGNORECASE)
# words that name a statement's source or cause: "According to the report of the Office," refers to a source as
# "Further to the report" does; followed by the statement itself ("According to, the Institute has reported …",
# "Due to the drought, harvests have failed"), they open a sentence with its own subject (UN-B03)
SOURCE_OPENING = lazy(r"(?:according\s+to|due\s+to|owing\s+to|because\s+of|thanks\s+to|as\s+a\s+result\s+of)\b",
                      re.IGNORECASE)
# words that open a preambular paragraph without being a verb's bare form ("Further to the report …")
NOT_BARE_VERBS = frozenset({"further", "pursuant", "according", "due", "thanks", "given", "in", "as", "with"})
# what follows an adjective lead ("Concerned that", "Alarmed by", "Convinced of"), not a verb's object: an -ing form
# before one of them stands for the adjective ("Concerning that …"); before a noun it is a verb ("Convincing parties")
ADJECTIVE_COMPLEMENTS = frozenset({"that", "by", "with", "about", "at", "of", "over"})
# verbs whose past participle is spelled as their base form: "Upset that …", "Hurt by …" read as the participle (an
# adjective, as "Concerned that …"), not as an instruction
SAME_PARTICIPLE = frozenset({"upset", "hurt", "beset", "set", "cut", "put", "shut", "hit", "spread", "burst", "cast",
                             "broadcast", "forecast", "read", "split", "thrust", "struck"})
HINT = {"preambular": Text("a participle or adjective such as 'Recalling', 'Noting' or 'Deeply concerned'",
                           "序言性引导词（如“回顾”“注意到”“深为关切”）"),
        "operative": Text("an operative verb such as 'Requests', 'Urges' or 'Decides'",
                          "执行性动词（如“请”“敦促”“决定”）")}
# Chinese verbs do not inflect, and UN preambles open with most operative verbs too (表示, 鼓励, 敦促, 促请);
# only a decision or a request cannot state a consideration (none of the GA74 and SC2020 preambles opens so)
ZH_OPERATIVE_ONLY = lazy(r"[又还并]?(?:决定|请|授权)")
# a Chinese sentence with its own subject in place of a preambular lead: a topic (…问题, …局势, …人数) and how it
# stands (日益严重, 仍在增长): 海洋塑料污染问题日益严重，…; the topic holds no verb ending (了解到, 注意到 open a lead)
ZH_STATEMENT = lazy(r"(?:(?![到了过過着著])[\u4e00-\u9fff]){1,16}?"
                    r"(?:问题|問題|局势|局勢|形势|形勢|情况|情況|状况|狀況|现象|現象|污染|汙染|危机|危機|冲突|衝突"
                    r"|人数|人數|数量|數量|规模|規模|威胁|威脅|挑战|挑戰)"
                    r"(?:日益|日趋|日趨|越来越|越來越|正在|仍然|依然|仍在|不断|不斷|持续|持續|已经|已經|十分|非常|更加"
                    r"|愈发|愈發|愈加)")
# a Chinese clause that names who speaks before its lead: 我们呼吁…, 本委员会决定…, 我国重申… (the organ is the
# subject of every clause, so the lead opens the paragraph: 呼吁…)
ZH_SUBJECT = lazy(r"^(?:我们|我們|我方|我国|我國|本委员会|本委員會|本会|本會|本大会|本大會|本理事会|本理事會)"
                  r"(?:在此|特此|谨此|謹此|谨|謹|一致|再次)?")
# the Chinese "Whereas" (鉴于……，: how the Universal Declaration and laws open their considerations, a preposition
# "in view of", no verb): a legislative formula, as "Whereas" is in English; a resolution's preambular paragraph opens
# with its lead (注意到, 考虑到, UN-B03, ZH-B02); not a 鉴于 clause before the lead (鉴于……，注意到……)
ZH_LEGISLATIVE = lazy(r"(?:鉴于|鑒於|鑑於|鉴於)")
# a topic announced before the sentence that speaks of it (关于……的问题，各国的做法不一, a position paper's or a
# report's way in): no preambular lead opens the paragraph, and none follows the topic (UN-B03, ZH-B02)
ZH_TOPIC = lazy(r"(?:关于|關於|至于|至於)(?!此|这|這)")
# a purpose announced where the lead belongs (为了促进……，减少……，: "in order to", how a plan or an essay opens a
# sentence): no preambular lead opens the paragraph, and none follows the purpose (UN-B03, ZH-B02); not 为此
# ("to this end", a link to what was said before)
ZH_PURPOSE = lazy(r"(?:为了|為了|为使|為使)")
# a speech's words of order opening a preambular paragraph (首先，我们注意到……，/ 其次，……的战争……，/ 此外，还回顾……，):
# the preamble is a row of leads, not a speaker's points (UN-B03, ZH-B02)
ZH_SEQUENCE = lazy(r"(?:首先|其次|再次|然后|然後|最后|最後|此外|另外|同时|同時|同样|同樣|而且|并且|並且)\s*[，,、]\s*")
# the same words, and the connectives of a speech (同时 "at the same time", 同样 "likewise", 而且, 并且), typed straight
# before the lead with no comma (同时呼吁……, 此外鼓励……, 同样敦促……): no paragraph of the GA74 and SC2020 Chinese texts
# opens so, whose prefixes are 在这方面 / 为此 / 因此 / 特别 (ZH_PREFIX); not 再次, the "again" of a repeated lead
# (再次呼吁), and not before a lead already marked as repeated (此外还呼吁, 同时又请: the 还 / 又 is the "further")
ZH_CONNECTIVE = lazy(r"(?:首先|其次|然后|然後|最后|最後|此外|另外|同时|同時|同样|同樣|而且|并且|並且)(?![\s，,、又还還])")
# the mark of a repeated lead typed after the lead, word for word from "Recalling also" / "Requests also" (回顾又其…,
# 请又秘书长…): 又 stands before the lead (又回顾, UN-B12); not 又 opening the clause's own words (注意到又有三个国家…,
# 确认又一次…)
ZH_REPEAT_AFTER = lazy(r"又(?![有是在一出发發增将將可能要再称稱被次])")


# the word lists of lead-form's rule data (drafter/check/ruledata/leadform.yaml, where each is explained): everyday
# words in a Chinese lead's place (催促 for 敦促) with the listed lead they stand for in an operative and in a
# preambular paragraph; the preambular leads that never open an operative paragraph (铭记, 忆及) with the operative
# lead of the same sense; the adjectives written for a lead's adverb ("Deep concerned")
ZH_EVERYDAY = RULES["lead-form"].word_map("everyday-zh")
ZH_PREAMBULAR_ONLY = {word: said[0] for word, said in RULES["lead-form"].word_map("preambular-only-zh").items()}
ADVERB_MEANT = RULES["lead-form"].word_list("adverb-meant")
_EVERYDAY_LONGEST = sorted(ZH_EVERYDAY, key=len, reverse=True)
# the words that open with one of ZH_EVERYDAY's and are other words (让步 "concession", 意识形态): lead-form's rule data
ZH_NOT_EVERYDAY = RULES["lead-form"].word_list("everyday-zh-not")
# an appeal to what everybody knows in a lead's place (众所周知，……, 大家都知道……): lead-form's rule data, longest first
ZH_COMMON_KNOWLEDGE = sorted(RULES["lead-form"].word_list("common-knowledge-zh"), key=len, reverse=True)
# "with" translated word for word before a listed lead's verb (带着关切注意到 for 关切地注意到): lead-form's rule data
ZH_WITH_CALQUE = sorted(RULES["lead-form"].word_list("with-calque-zh"), key=len, reverse=True)
# verbs that render an English lead's -ing word for word with 着 (知道着 for "Knowing") and are neither listed
# leads nor words of ZH_EVERYDAY: lead-form's rule data, each with [its operative, its preambular lead]
ZH_ING_CALQUE = RULES["lead-form"].word_map("ing-calque-zh")
# the aspect particle after a verb of up to four characters opening the paragraph (回顾着, 承认着, 深切关注着)
ZH_ING = lazy(r"([\u4e00-\u9fff]{1,4}?)[着著]")
# the comma that may follow those words (众所周知，) before the sentence or a lead
ZH_OPENING_COMMA = lazy(r"\s*[，,、]?\s*")
# "hereby" before a Chinese lead (特此决定, 谨此呼吁, 兹决定): the formula that closes official letters (公文: 特此通知),
# which no paragraph of the GA74 and SC2020 Chinese texts opens with; the lead opens the paragraph (UN-B06, ZH-B03)
ZH_HEREBY = lazy(r"(?:特此|谨此|謹此|兹|茲)")


def _opening_words(text: str) -> int:
    """The length of the 又 / 还 / 并 and the adverbs (进一步, 强烈, 再次) that open a Chinese paragraph before its verb."""
    folded = simplified(text[:24])
    start = 1 if folded[:1] in ("又", "还", "并") else 0
    modifier = ZH_MODIFIER.match(folded[start:])
    return start + (modifier.end() if modifier else 0)


def _everyday_zh(node: Node, part: str) -> tuple[str, str] | None:
    """(the words up to the end of the everyday word, the listed lead to write after the same adverbs) for a Chinese
    paragraph whose verb is a word of ZH_EVERYDAY (催促各国…, 进一步倡议各方…); None when none is, when the word opens
    another word of ZH_NOT_EVERYDAY (让步与妥协……: a noun, not the causative 让), or when a listed lead runs as far
    as the word or further (注意到 is the lead, not 注意 with 到 after it)."""
    text = node.content
    start = _opening_words(text)
    folded = simplified(text[start:start + 8])
    word = next((w for w in _EVERYDAY_LONGEST if folded.startswith(w)), None)
    if word is None or any(folded.startswith(other) for other in ZH_NOT_EVERYDAY):
        return None
    end = start + len(word)
    if node.phrase is not None and len(node.lead) >= end:
        return None
    listed = ZH_EVERYDAY[word][0 if part == "operative" else 1]
    return text[:end], (text[:start] + listed if listed else "")


def _with_calque_zh(ctx: Context, text: str, part: str) -> tuple[str, str] | None:
    """(the words up to the end of the lead's verb, the listed lead) for a Chinese paragraph opening with "with"
    translated word for word (带着 / 怀着) and a manner the UN writes as an adverb in 地 before a lead of ``part``
    (带着关切注意到…… for 关切地注意到, 带着严重关切注意到…… for 严重关切地注意到; a Chinese operative paragraph opens with
    a preambular lead too, 满意地注意到); None when no listed lead reads there with 地 put back."""
    folded = simplified(text[:40])
    word = next((w for w in ZH_WITH_CALQUE if folded.startswith(w)), None)
    if word is None:
        return None
    start = len(word)
    for size in range(1, 7):  # the manner: 关切, 严重关切, 深为关切 ...
        manner = folded[start:start + size]
        if len(manner) < size or not "\u4e00" <= manner[-1] <= "\u9fff":
            return None
        leads = [lead for lead, phrase in ctx.phrases.matches(manner + "地" + folded[start + size:])
                 if (phrase.kind == part or part == "operative") and len(lead) > size + 1]
        if leads:
            lead = max(leads, key=len)
            return text[:start + len(lead) - 1], lead
    # a manner no 地 turns into a listed lead (带着深深的关切注意到): the words up to the end of the last listed lead in
    # the opening before any mark, whose right form cannot be rebuilt (the hint of the part's leads is given)
    opening = re.split(r"[，,；;：:。]", folded, maxsplit=1)[0][:start + 12]
    ends = [at + len(lead) for at in range(start + 1, len(opening))
            for lead, phrase in ctx.phrases.matches(opening[at:])
            if (phrase.kind == part or part == "operative") and len(lead) >= 2]
    return (text[:max(ends)], "") if ends else None


def _topic_then_subject_zh(ctx: Context, text: str) -> bool:
    """The Chinese operative text opens with a topic that holds no lead (电子垃圾非法出口的问题，) and goes on after its
    comma with a sentence of its own subject and modal (会员国要加强……): the organ's verb is missing, the subject's
    standing in for it (UN-B06, ZH-B03). A listed lead after the comma (……的问题，请秘书长……) is verb_after_frame's."""
    head = re.split(r"[，,]", text, maxsplit=1)[0]
    return subject_after_topic_zh(text) and not _kinds(ctx, head)


def _ing_calque_zh(ctx: Context, text: str, part: str) -> tuple[str, str] | None:
    """(the words up to 着, the lead to write) for a Chinese paragraph whose lead verb carries the aspect particle 着,
    the English -ing rendered word for word (承认着社区的作用，for "Recognizing", 回顾着……): a listed lead of ``part``
    (or one with 到: 注意着 → 注意到), a word of ZH_EVERYDAY or of ZH_ING_CALQUE before it. No paragraph of the GA74
    and SC2020 Chinese texts opens so; 本着 / 随着 ("in the spirit of", "as") are no verb of a lead and pass."""
    start = _opening_words(text)
    folded = simplified(text[start:start + 8])
    found = ZH_ING.match(folded)
    if found is None:
        return None
    verb = found.group(1)
    index = 0 if part == "operative" else 1
    listed = [lead for lead, phrase in ctx.phrases.matches(verb + "到") + ctx.phrases.matches(verb)
              if (phrase.kind == part or part == "operative") and lead in (verb, verb + "到")]
    if listed:
        right = max(listed, key=len)
    elif verb in ZH_EVERYDAY:
        right = ZH_EVERYDAY[verb][index]
    elif verb in ZH_ING_CALQUE:
        right = ZH_ING_CALQUE[verb][index]
    else:
        return None
    return text[:start + found.end()], (text[:start] + right if right else "")


def _common_knowledge_zh(ctx: Context, text: str, part: str) -> tuple[str, str] | None:
    """(the words, up to the end of the lead of ``part`` after them if one follows, and that lead, or "") for a
    Chinese paragraph opening with an appeal to what everybody knows (众所周知，…… / 大家都知道…… / 众所周知，注意到……),
    as a speech opens a sentence, in the lead's place (UN-B03, UN-B06); None otherwise."""
    folded = simplified(text[:12])
    word = next((w for w in ZH_COMMON_KNOWLEDGE if folded.startswith(w)), None)
    if word is None:
        return None
    comma = ZH_OPENING_COMMA.match(text, len(word))
    after = comma.end() if comma else len(word)
    leads = [lead for lead, phrase in ctx.phrases.matches(text[after:]) if phrase.kind == part]
    if leads:
        lead = max(leads, key=len)
        return text[:after + len(lead)], lead
    return text[:len(word)], ""


def _hereby_zh(ctx: Context, node: Node) -> tuple[str, str] | None:
    """(特此 and the listed lead after it, the lead to write) for 特此决定……; None otherwise. In an operative paragraph
    the lead takes 还 ("further", UN-B12) when an earlier operative paragraph opens with it bare."""
    hereby = ZH_HEREBY.match(node.content)
    if hereby is None:
        return None
    leads = ctx.phrases.matches(node.content[hereby.end():])
    if not leads:
        return None
    lead = leads[0][0]
    if node.role == "operative" and lead in {o.lead for o in ctx.tree.operative if o.para.index < node.para.index}:
        return hereby.group(0) + lead, ("還" if has_traditional(node.content) else "还") + lead
    return hereby.group(0) + lead, lead


def _preambular_only_zh(ctx: Context, node: Node) -> tuple[str, str] | None:
    """(the lead, the operative lead to write or "") for an operative paragraph opening with a lead of
    ZH_PREAMBULAR_ONLY (3. 忆及……；, 7. 铭记……；), after 又 / 还 or an adverb too; None otherwise."""
    if node.phrase is None or node.phrase.kind != "preambular":
        return None
    if any(phrase.kind == "operative" for _, phrase in ctx.phrases.matches(node.content)):
        return None
    start = _opening_words(node.lead)
    core = simplified(node.lead[start:])
    if core not in ZH_PREAMBULAR_ONLY:
        return None
    right = ZH_PREAMBULAR_ONLY[core]
    return node.lead, (node.lead[:start] + right if right else "")


def _word_of_order(ctx: Context, text: str, part: str) -> re.Match[str] | None:
    """The word of order or connective opening ``text`` before its lead: with a comma after it (此外，鼓励……, with or
    without a lead after the comma) or typed straight before a lead of ``part`` (同时呼吁……); None otherwise."""
    order = ZH_SEQUENCE.match(text)
    if order is not None:
        return order
    bare = ZH_CONNECTIVE.match(text)
    if bare is None or not any(phrase.kind == part for _, phrase in ctx.phrases.matches(text[bare.end():])):
        return None
    return bare


def _repeat_after(ctx: Context, text: str) -> tuple[str, str] | None:
    """(the lead as written with 又 after it, the lead with 又 before it) for 回顾又……; None otherwise."""
    matched = ctx.phrases.match(text)
    if matched is None:
        return None
    lead = matched[0]
    if lead[:1] in "又还並并" or not lead or re.search(r"[，,：:]", lead) or not ZH_REPEAT_AFTER.match(text[len(lead):]):
        return None
    return lead + "又", "又" + lead


# 并 ("and") opening a paragraph before a lead (并回顾，…; 并请秘书长…): a clause is not joined to the one before it, and a
# repeated lead takes 又 or 还 (UN-B12); no paragraph of the GA74 and SC2020 Chinese texts opens with 并 (又/还: 400)
ZH_AND_BEFORE = ("并", "並")
ZH_ITEM_LENGTH = 30  # the characters of a short item of a list ("电子证据处理、保管链和法证分析；")


def _and_before(ctx: Context, text: str) -> tuple[str, str] | None:
    """(the lead as written with 并 before it, the lead with 又 before it) for 并回顾……; None otherwise."""
    return _word_before(ctx, text, ZH_AND_BEFORE)


def _word_before(ctx: Context, text: str, words: str | tuple[str, ...]) -> tuple[str, str] | None:
    """(the lead as written with one of ``words`` before it, the lead with 又 instead) when the paragraph opens so
    and the library knows the lead with it (并回顾, 也请); None otherwise."""
    if not text.startswith(words):
        return None
    matched = ctx.phrases.match(text)
    if matched is None or not matched[0].startswith(words) or len(matched[0]) < 2:
        return None
    return matched[0], "又" + matched[0][1:]


# 也 ("also") opening a paragraph before a lead, word for word from "Also recalling" / "Also encourages" (也回顾……,
# 也鼓励会员国……): the Chinese of a repeated lead's "also" is 又 (UN-B12, FORMAT.md 2.4); 也门 (Yemen) opens no lead
ZH_ALSO_WORD = "也"


def _also_word(ctx: Context, text: str) -> tuple[str, str] | None:
    """(the lead as written with 也 before it, the lead with 又 before it) for 也回顾……; None otherwise."""
    return _word_before(ctx, text, ZH_ALSO_WORD)


# "And" opening an English paragraph before a listed lead ("And recalling …,", "4. And stresses …;"), as a delegate
# whose language joins its clauses so writes them (Arabic و), or "But" / "Yet" before one that qualifies the clause
# before it ("But also aware of …,", holdout156): the lead stands first, a repeated one with "also" or "further"
# (UN-B03, UN-B06, UN-B12)
EN_AND_BEFORE = lazy(r"(?:And|AND|and|But|BUT|but|Yet|YET|yet)\s+(?=[A-Za-z])")
# "also" / "further" the delegate set between the conjunction and the lead ("But also remembering"): the fix keeps
# one, in its place for the part
EN_REPEAT_OPENING = lazy(r"(?:also|further)\s+", re.IGNORECASE)
EN_REPEATED_PARTICIPLE = lazy(r"(?:also|further)\s+[a-z]{3,}ing\b", re.IGNORECASE)


def _and_before_en(ctx: Context, text: str, part: str) -> tuple[str, str] | None:
    """(the lead as written with "And" / "But" / "Yet" before it, the lead with "also" or "further") for "And
    recalling …" or "But also aware …"; None otherwise."""
    opening = EN_AND_BEFORE.match(text)
    if opening is None:
        return None
    leads = [lead for lead, phrase in ctx.phrases.matches(text[opening.end():]) if phrase.kind == part]
    if not leads:  # "But also remembering …": a participle the list lacks, after "also" / "further"
        unlisted = EN_REPEATED_PARTICIPLE.match(text, opening.end()) if part == "preambular" else None
        if unlisted is None:
            return None
        leads = [unlisted.group(0)]
    lead = max(leads, key=len)
    repeat = EN_REPEAT_OPENING.match(lead)
    core = lead[repeat.end():] if repeat else lead
    words = core.split()
    if part == "preambular" and len(words) > 1 and words[-1].casefold() in PREPOSITIONS | {"that"}:
        right = " ".join(words[:-1])[:1].upper() + " ".join(words[:-1])[1:] + " also " + words[-1]  # Aware also of
    elif part == "preambular":
        right = core[:1].upper() + core[1:] + " also"
    else:
        right = "Further " + core[:1].lower() + core[1:]
    return text[:opening.end()] + lead, right


# the words that close a 对…… frame (对……表示关切, 对……深感不安, 对……感到震惊, 对……表示赞赏): a feeling or a stance,
# after 表示 / 深表 / 感到 or on its own, at the end of one of the paragraph's clauses (the frame may hold commas:
# 对索马里境内……，不断导致……，感到震惊，, S/RES/767); read in simplified characters
ZH_FRAME_CLOSER = lazy(r"(?:表示|表达|深表|深感|感到|[\u4e00-\u9fff]{0,4}?)"
                       r"(?:关切|关注|震惊|遗憾|赞赏|感谢|欢迎|愤慨|不安|忧虑|满意|失望|痛惜|谴责|支持|重视|感激|敬意|哀悼"
                       r"|慰问|同情|担忧|关心|欣慰|鼓舞|钦佩|祝贺|赞扬|声援|信心|愤怒|悲痛|震动|警惕|不满)(?:的是)?$"
                       r"|表示[\u4e00-\u9fff]{1,6}$")


def _frame_closed(ctx: Context, text: str) -> bool:
    """A Chinese preambular paragraph that opens with 对 closes the frame: one of its clauses ends with a listed lead
    or with the words of a feeling or a stance (:data:`ZH_FRAME_CLOSER`), or a lead opens a later clause; False for
    "对女童遭受的一切形式暴力，包括……，", whose verb the adaptation cut off (UN-B03, ZH-B02)."""
    if _lead_after_comma(ctx, text):
        return True
    forms = [form for form, _ in ctx.phrases.forms if len(form) >= 2]
    for clause in re.split(r"[，,；;：:。]", simplified(text)):
        clause = clause.strip()
        if clause and (ZH_FRAME_CLOSER.search(clause) or any(clause.endswith(form) for form in forms)):
            return True
    return False


def _lead_after_comma(ctx: Context, text: str) -> bool:
    """A lead phrase opens a later part of the first sentence: "关于这一问题，注意到……" names the topic, then leads."""
    sentence = re.split(r"[;；:：。]", text, maxsplit=1)[0]
    return any(ctx.phrases.matches(sentence[mark.end():]) for mark in re.finditer(r"[,，]\s*", sentence))


# the Latin words opening a Chinese paragraph before its first Chinese character, or the bracket or quotation mark
# that opens its Chinese words: "Recalling 安理会…", "Urges 各国…", "Recalling《联合国宪章》…" (a delegate used to
# English-language conferences, or one translating an English draft, keeps the English lead)
LATIN_OPENING = lazy(r"([A-Za-z][A-Za-z' -]*?)\s*(?=[\u4e00-\u9fff《〈「『“‘（【])")
# the Chinese words a repeated English lead's adverb becomes (FORMAT.md 2.4: also → 又, further → 还, again → 再次)
ZH_REPEAT = {"also": "又", "further": "还", "again": "再次", "once again": "再次"}
WHOLE_SENTENCE = {"acting-under-chapter-vii"}  # "Acting under Chapter VII …," opens Security Council paragraphs too


def judge(ctx: Context, node: Node) -> bool:
    """Report a lead of the wrong form or a missing operative verb on a preambular or operative paragraph;
    True when a finding was added."""
    if node.role == "preambular" and not node.misplaced:
        return _preambular(ctx, node)
    if node.role == "operative":
        return _operative(ctx, node)
    return False


def misspelled_form(ctx: Context, node: Node) -> str | None:
    """The lead a misspelled preambular lead should be written as when the phrase it misspells is an operative
    verb ("Regretsthe" → "Regrets the", an operative verb: "Regretting the"); None when the respelled lead is of
    the paragraph's own part. A lead-form finding is added then: one --fix writes the right form at once."""
    if ctx.lang != "en" or node.role != "preambular" or node.misplaced or not node.misspelled:
        return None
    rest = node.para.text[node.offset + len(node.lead):]
    kinds = _kinds(ctx, node.misspelled + rest)
    if "operative" not in kinds or "preambular" in kinds:
        return None
    head, verb, tail = _verb(node.misspelled)
    right = participle(verb, ctx.phrases)
    if not right:
        return None
    _report(ctx, node, (head + verb).strip(), "preambular", "operative", head + right)
    return head + right + tail


def misspelled_operative(ctx: Context, node: Node) -> None:
    """A lead-form finding on an operative paragraph whose misspelled lead misspells a preambular phrase only
    ("2. Taking in consideration …": a participle in a wrong form, which opens no operative paragraph either)."""
    if ctx.lang != "en" or node.role != "operative" or not node.misspelled:
        return
    kinds = _kinds(ctx, node.misspelled + node.para.text[node.offset + len(node.lead):])
    if "preambular" not in kinds or "operative" in kinds:
        return
    head, verb, tail = _verb(node.misspelled)
    right = finite(verb, ctx.phrases) if verb.casefold().endswith("ing") else None
    _report(ctx, node, node.lead, "operative", "preambular", head + _after_adverb(head, verb, right) + tail
            if right else "")


def annex_operative(ctx: Context, node: Node, lead: str) -> None:
    """A lead-form finding on a paragraph of an annexed text's own preamble that opens with an operative verb
    ("Acknowledges the role of …,"): the participle is its form ("Acknowledging")."""
    head, verb, tail = _verb(lead)
    if not verb.casefold().endswith("s"):
        return
    right = participle(verb, ctx.phrases)
    _report(ctx, node, lead, "preambular", "operative", head + right + tail if right else "")


def declaration_form(ctx: Context, node: Node, at: int, verb: str, right: str, why: str) -> None:
    """A lead-form finding on a numbered paragraph of a declaration spoken by "We, …,": ``verb`` (in the third
    person or a participle, ``why``) where the subject takes the plain form ``right``."""
    ctx.add("lead-form", node, at + 1, lead=verb, part=PART["declaration"], why=WHY[why],
            correct=Text(repr(right), f"“{right}”"))


def _own_verb(text: str) -> bool:
    """``text`` holds a verb of its own subject ("the Institute has reported"), not one of a relative clause ("the
    report, which has shown")."""
    found = re.findall(r"[a-z’']+", text.casefold())
    return any(word in AUXILIARIES and (i == 0 or found[i - 1] not in ("which", "that", "who", "whose"))
               for i, word in enumerate(found))


def _kinds(ctx: Context, text: str) -> set[str]:
    return {p.kind for _, p in ctx.phrases.matches(text)}


def _verb(lead: str) -> tuple[str, str, str]:
    """A lead split round its verb: (modifier words, the verb, the words after it): "Further recognizes" →
    ("Further ", "recognizes", "")."""
    modifier = EN_MODIFIER.match(lead)
    head = lead[: modifier.end()] if modifier else ""
    rest = lead[len(head):]
    verb, _, tail = rest.partition(" ")
    return head, verb, (" " + tail if tail else "")


def _preambular(ctx: Context, node: Node) -> bool:
    text = node.content
    if ctx.lang == "zh":
        english = _english_lead(ctx, text)
        if english is not None:
            return _report(ctx, node, english[0], "preambular", "english", english[1])
        after = _repeat_after(ctx, text)
        if after is not None:
            return _report(ctx, node, after[0], "preambular", "repeat-after", after[1])
        ing = _ing_calque_zh(ctx, text, "preambular")
        if ing is not None:
            return _report(ctx, node, ing[0], "preambular", "ing", ing[1])
        everyday = _everyday_zh(node, "preambular")
        if everyday is not None:
            return _report(ctx, node, everyday[0], "preambular", "everyday", everyday[1])
        hereby = _hereby_zh(ctx, node)
        if hereby is not None:
            return _report(ctx, node, hereby[0], "preambular", "hereby", hereby[1])
        calque = _with_calque_zh(ctx, text, "preambular")
        if calque is not None:
            return _report(ctx, node, calque[0], "preambular", "with", calque[1])
        known = _common_knowledge_zh(ctx, text, "preambular")
        if known is not None:
            return _report(ctx, node, known[0], "preambular", "known", known[1])
        # read in simplified characters: 請各國…… / 決定…… open a traditional preamble so (the words as written)
        decision = ZH_OPERATIVE_ONLY.match(simplified(text))
        if decision and "operative" in _kinds(ctx, text):
            return _report(ctx, node, text[:decision.end()], "preambular", "operative", "")
        joined = _and_before(ctx, text)
        if joined is not None:
            return _report(ctx, node, joined[0], "preambular", "and-before", joined[1])
        also = _also_word(ctx, text)
        if also is not None:
            return _report(ctx, node, also[0], "preambular", "also-word", also[1])
        order = _word_of_order(ctx, text, "preambular")
        if order is not None:
            rest = text[order.end():]
            subject = _subject_zh(ctx, rest, "preambular")
            leads = [lead for lead, phrase in ctx.phrases.matches(rest) if phrase.kind == "preambular"]
            if subject is not None:
                return _report(ctx, node, order.group(0) + subject[0], "preambular", "sequence", subject[1])
            if leads:
                return _report(ctx, node, order.group(0) + max(leads, key=len), "preambular", "sequence",
                               max(leads, key=len))
            opening = re.split(r"[，,；;：:]", rest, maxsplit=1)[0]
            return _report(ctx, node, order.group(0) + opening[:12] + ("……" if len(opening) > 12 else ""),
                           "preambular", "none", "")
        subject = _subject_zh(ctx, text, "preambular")
        if subject is not None:
            return _report(ctx, node, subject[0], "preambular", "subject", subject[1])
        statement = ZH_STATEMENT.match(text) if node.phrase is None else None
        if statement:
            return _report(ctx, node, statement.group(0), "preambular", "subject", "")
        formula = ZH_LEGISLATIVE.match(text)
        if formula and not _lead_after_comma(ctx, text):
            return _report(ctx, node, formula.group(0), "preambular", "legislative", "")
        topic = ZH_TOPIC.match(text) or ZH_PURPOSE.match(text)
        if topic and not _lead_after_comma(ctx, text):
            opening = re.split(r"[，,；;：:]", text, maxsplit=1)[0]
            return _report(ctx, node, opening[:12] + ("……" if len(opening) > 12 else ""), "preambular", "none", "")
        if node.phrase is None and not node.misspelled and ctx.phrases.framed(text) and not _frame_closed(ctx, text):
            opening = re.split(r"[，,；;：:]", text, maxsplit=1)[0]
            return _report(ctx, node, opening[:12] + ("……" if len(opening) > 12 else ""), "preambular",
                           "frame-open", "对……表示关切")
        return False
    joined = _and_before_en(ctx, text, "preambular") if node.phrase is None else None
    if joined is not None:
        return _report(ctx, node, joined[0], "preambular", "and-en", joined[1])
    foreign = foreign_lead(text) if node.phrase is None else None
    if foreign is not None:  # "Reconociendo that …": a translation tool's gap
        return _report(ctx, node, foreign[0], "preambular", "foreign", _english_in_part(ctx, foreign, "preambular"))
    formula = LEGISLATIVE.match(text)
    if formula:
        if organ_line(text[formula.end():]):
            return False  # "Be it resolved that the General Assembly:" stands for the organ line: the organ rule's
        return _report(ctx, node, formula.group(0), "preambular", "legislative", "")
    infinitive = INFINITIVE.match(text)
    if infinitive:
        verb = finite(infinitive.group(1), ctx.phrases)
        right = participle(verb, ctx.phrases) if verb else None
        return _report(ctx, node, infinitive.group(0), "preambular", "infinitive", right or "")
    subject = _subject_lead(ctx, text)
    if subject is not None:
        at = node.offset + len(subject[0])
        word = (text[len(subject[0]):].split() or [""])[0]
        if word[:1].isupper() and not word.isupper():  # "We are Deeply worried": a capital inside the sentence
            lower = word[0].lower() + word[1:]
            ctx.add("capital-after-lead", node, at + 1, fix=f"write {lower!r}",
                    edits=[Replace(at, at + 1, word[0].lower())], word=word, fixed=subject[0] + lower)
        return _report(ctx, node, text[: len(subject[0])].rstrip(), "preambular", "subject", subject[1])
    pronoun = PRONOUN_VERB.match(text) if node.phrase is None else None
    if pronoun is not None:  # "We need to recognize That …": the participle of its verb opens the clause
        right = participle(pronoun.group(1) + "s", ctx.phrases)
        if not right or fold_spelling(right) not in ctx.phrases.first_words("preambular"):
            # "We think that" → "Believing that", not "Thinking" (no lead): the listed lead of the same sense, else
            # the hint of the part's leads
            right = OPINION_LEADS.get(pronoun.group(1).casefold(), "")
        return _report(ctx, node, pronoun.group(0), "preambular", "subject", right[:1].upper() + right[1:] if right
                       else "")
    example = EXAMPLE_OPENING.match(text) if node.phrase is None else None
    if example is not None:  # "Including reports of …": an item of the clause before, no consideration
        return _report(ctx, node, example.group(0), "preambular", "example", "")
    source = SOURCE_OPENING.match(text) if node.phrase is None else None
    if source is not None and _own_verb(text[source.end():]):
        return _report(ctx, node, source.group(0), "preambular", "subject", "")  # "According to, X has reported"
    adverb = re.match(r"([A-Za-z]+)(?:\s*,)?\s+", text) if node.phrase is None else None
    if adverb is not None and adverb.group(1).casefold() in SENTENCE_ADVERBS \
            and not ctx.phrases.matches(text[adverb.end():]):
        return _report(ctx, node, adverb.group(1), "preambular", "adverb", "")  # "Currently deforestation affects …"
    slip = _adverb_or_be(ctx, text) if node.phrase is None else None
    if slip is not None:  # "Deep concerned about …" → "Deeply concerned", "Be aware of …" → "Aware of"
        return _report(ctx, node, slip[0], "preambular", slip[1], slip[2])
    kinds = _kinds(ctx, text)
    lead = node.lead if node.phrase is not None else _opening(text)
    head, verb, tail = _verb(lead)
    if node.phrase is None and head and verb[:1].isupper() and not verb.isupper() and spelling.known(verb.casefold()):
        at = node.offset + len(head)  # "Fully Supportive of": the word after the adverb takes a small letter
        lower = verb[0].lower() + verb[1:]
        ctx.add("capital-after-lead", node, at + 1, fix=f"write {lower!r}",
                edits=[Replace(at, at + 1, verb[0].lower())], word=verb, fixed=head + lower)
    if node.phrase is None and (verb[:1].isupper() or head) and not tail \
            and not verb.casefold().endswith(("s", "ing", "ed")) and verb.casefold() not in NOT_BARE_VERBS \
            and verb.casefold() not in SAME_PARTICIPLE:
        # "Understand that …", "Welcome the …", "Fully realize that …": an instruction
        following = text[len(lead):].split()[:1]
        right = participle(verb + "s", ctx.phrases)
        adjective = _adjective_of_bare(ctx, text, lead, right)
        if adjective is not None:  # "Deeply concern about …", "Convince that …", "Alarm by …": the -ed of a listed lead
            return _report(ctx, node, lead, "preambular", "bare", adjective)
        if right and following and following[0].casefold() in VERB_OBJECTS:
            return _report(ctx, node, lead, "preambular", "bare", head + right)
        respelled = head + right if right else ""
        phrase = _phrase_from_bare(ctx, respelled + text[len(lead):], len(respelled)) if respelled else ""
        if phrase:  # "Bear in mind that …", "Take into account …": the bare verb of a listed lead of several words
            return _report(ctx, node, text[:len(lead) + len(phrase) - len(respelled)], "preambular", "bare", phrase)
    adjective = _adjective_meant(ctx, text, lead) if node.phrase is None else None
    if adjective is not None:  # "Concerning that …", "Deeply concerning with …": "Concerned", "Deeply concerned"
        return _report(ctx, node, lead, "preambular", "adjective", adjective)
    noun = _noun_lead(ctx, text) if node.phrase is None and not head else None
    if noun is not None:  # "Emphasis on the closures …": the noun of a participle that opens preambles
        return _report(ctx, node, noun[0], "preambular", "noun", noun[1])
    if "operative" in kinds and "preambular" not in kinds:
        right = participle(verb, ctx.phrases)
        return _report(ctx, node, lead, "preambular", "operative", head + right + tail if right else "")
    if node.phrase is None and not tail and (verb[:1].isupper() or head):
        right = past_participle(verb, ctx.phrases)  # "Noted that", "Fully recognized the": the past of a listed lead
        following = text[len(lead):].split()[:1]
        if right and following and following[0].casefold() in VERB_OBJECTS:
            return _report(ctx, node, lead, "preambular", "past", head + right)
        respelled = head + right if right else ""
        phrase = _phrase_from_bare(ctx, respelled + text[len(lead):], len(respelled)) if respelled else ""
        if phrase:  # "Noted with concern that …", "Expressed its deep concern at …": a listed lead of several words
            return _report(ctx, node, text[:len(lead) + len(phrase) - len(respelled)], "preambular", "past", phrase)
        if right and following and following[0].casefold() in PAST_MANNER:
            # "Noted with alarm the …": a manner the list has no lead for ("Noting with alarm"), after a listed verb
            return _report(ctx, node, lead, "preambular", "past", head + right)
    if node.phrase is None and verb.casefold().endswith("s") and (verb[:1].isupper() or head):
        right = participle(verb, ctx.phrases)  # an operative verb the list lacks ("Observes" → "Observing")
        if right and fold_spelling(right) in ctx.phrases.first_words("preambular"):
            return _report(ctx, node, lead, "preambular", "operative", head + right)
        folded = fold_spelling(verb)  # "Draws to attention": an operative verb the phrase's wording lacks
        if folded in ctx.phrases.first_words("operative") and folded not in ctx.phrases.first_words("preambular"):
            return _report(ctx, node, lead, "preambular", "operative", head + right if right else "")
        following = text[len(lead):].split()[:1]
        if right and not tail and following and (following[0].casefold() in VERB_OBJECTS
                                                 or _state_opening(ctx, text[len(lead):])):
            # "Opposes the trafficking", "Warns Saudi Arabia about …": an article, "that", "to" or a State named
            # right after the verb opens its object
            return _report(ctx, node, lead, "preambular", "operative", head + right)
    if node.phrase is None and lead and (not lead[0].isupper() or lead.casefold() in NOT_A_LEAD
                                         or POSSESSIVE.search(lead)) \
            and len(text.split()) >= 4:  # a paragraph cut off after a word or two has no lead to judge yet
        # "that the embargo …,", "human rights as …,", "Poland's accession … is acknowledged.": a possessive opens
        # a subject, never a lead
        return _report(ctx, node, lead, "preambular", "none", "")
    return False


def _adverb_or_be(ctx: Context, text: str) -> tuple[str, str, str] | None:
    """A listed preambular lead written with the adjective for its adverb ("Deep concerned about" → "Deeply
    concerned") or after an imperative "Be" ("Be aware of" → "Aware of", "Be mindful that" → "Mindful") or a copula
    with no subject ("Is alarmed by" → "Alarmed by"): (the words to name, why, the lead to write); None otherwise."""
    first = re.match(r"([A-Za-z]+)\s+", text)
    if first is None:
        return None
    word = first.group(1)
    rest = text[first.end():]
    if word.casefold() in ADVERB_MEANT and word[:1].isupper():
        meant = word + ("LY" if word.isupper() else "ly")
        found = [form for form, phrase in ctx.phrases.matches(meant + " " + rest)
                 if phrase.kind == "preambular" and len(form) > len(meant)]
        if found:
            lead = max(found, key=len)
            return text[: len(lead) - 2], "adverb-form", lead
    if word.casefold() in ("be", "is", "are") and word[:1].isupper() and rest[:1].isalpha():
        # "Is alarmed by …", "Are deeply concerned …": the copula of a sentence whose subject (the organ) is left
        # out, before a listed lead, as much as an imperative "Be"
        capital = rest[:1].upper() + rest[1:]
        found = [form for form, phrase in ctx.phrases.matches(capital) if phrase.kind == "preambular"]
        if found:
            lead = max(found, key=len)
            return text[: first.end() + len(lead)], "be" if word.casefold() == "be" else "copula", lead
    return None


def _phrase_from_bare(ctx: Context, respelled: str, verb_end: int) -> str:
    """The listed preambular lead of several words that ``respelled`` (a paragraph whose bare verb was put in its
    -ing form, which ends at ``verb_end``) opens with: "Bearing in mind" for "Bear in mind that …"; "" when none does
    (a lead of one word needs its object after it, which the caller asks for)."""
    found = [form for form, phrase in ctx.phrases.matches(respelled)
             if phrase.kind == "preambular" and len(form) > verb_end]
    return max(found, key=len) if found else ""


def _opening(text: str) -> str:
    """The first word of a paragraph without a known lead, with the adverbs before it ("Fully believes")."""
    modifier = EN_MODIFIER.match(text)
    head = text[: modifier.end()] if modifier else ""
    first = (words(text[len(head):]) or [""])[0]
    return head + first if first else (words(text) or [""])[0]


def _ed_forms(verb: str) -> list[str]:
    """The forms in -ed of the verb an -ing form comes from ("concerning" → "concerned", "convincing" →
    "convinced", "worrying" → "worried", "regretting" → "regretted")."""
    stem = verb[:-3]
    forms = [stem + "ed"]
    if stem.endswith("y"):
        forms.append(stem[:-1] + "ied")
    return forms


def _adjective_meant(ctx: Context, text: str, lead: str) -> str | None:
    """A preambular paragraph opening with an -ing form that is no lead, where the adjective in -ed is one
    ("Concerning that …" → "Concerned", "Deeply concerning with …" → "Deeply concerned", "Alarming by …" →
    "Alarmed by"; a translation's slip: "preocupado" / "besorgt" read as "concerning"): the lead to write (its
    adverbs kept), else None. Not when the -ing form opens a lead itself ("Encouraging", "Determining")."""
    head, verb, tail = _verb(lead)
    folded = fold_spelling(verb)
    if tail or not folded.endswith("ing") or len(folded) < 7 or not (verb[:1].isupper() or head):
        return None
    if any(folded in ctx.phrases.first_words(kind) for kind in ("preambular", "operative")):
        return None
    rest = text[len(lead):]
    if (rest.split() or [""])[0].casefold() not in ADJECTIVE_COMPLEMENTS:
        return None  # "Convincing parties to …": a verb with its object, no adjective meant
    for form in _ed_forms(verb):
        right = head + form
        if any(phrase.kind == "preambular" and len(found) >= len(right)
               for found, phrase in ctx.phrases.matches(right + rest)):
            return right
    return None


def _adjective_of_bare(ctx: Context, text: str, lead: str, participle_form: str | None) -> str | None:
    """A preambular paragraph opening with a verb's bare form where a listed lead is its form in -ed, an adjective
    ("Deeply concern about …" → "Deeply concerned", "Convince that …" → "Convinced", "Alarm by …" → "Alarmed by"):
    the -ed dropped, as a writer of English as a second language drops it. The lead to write (its adverbs kept),
    else None. Not when the bare verb's -ing form opens a listed lead ("Determine that" → "Determining"), nor when no
    adjective's complement follows ("Concern the …")."""
    head, verb, tail = _verb(lead)
    if tail or not verb.isalpha() or len(verb) < 4:
        return None
    if participle_form and fold_spelling(participle_form) in ctx.phrases.first_words("preambular"):
        return None
    if not head and _noun_lead(ctx, text) is not None:
        return None  # "Concern about …": a noun as well, which the noun's branch names
    rest = text[len(lead):]
    if (rest.split() or [""])[0].casefold() not in ADJECTIVE_COMPLEMENTS:
        return None
    low = verb.casefold()
    forms = [low + "d"] if low.endswith("e") else [low + "ed"]
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        forms.append(low[:-1] + "ied")  # "Worry about" → "Worried about"
    for form in forms:
        right = head + (form.capitalize() if not head and verb[:1].isupper() else form)
        if any(phrase.kind == "preambular" and len(found) >= len(right)
               for found, phrase in ctx.phrases.matches(right + rest)):
            return right
    return None


def _noun_lead(ctx: Context, text: str) -> tuple[str, str] | None:
    """A noun and its preposition opening a preambular paragraph where the participle or adjective it comes from
    opens preambles ("Emphasis on" → "Emphasizing", "Recognition of" → "Recognizing", "Concern about" →
    "Concerned"): (the words, the lead to write); None otherwise."""
    found = NOUN_LEAD.match(text)
    if found is None:
        return None
    noun = found.group(1).casefold()
    if noun in ADJECTIVES_ANT:
        return None  # "Observant of": an adjective that opens a preamble as "Aware of" does
    best, shared = "", 0
    for word in ctx.phrases.first_words("preambular"):
        if not word.endswith(("ing", "ed")) or word == noun:
            continue
        common = next((i for i, (a, b) in enumerate(zip(noun, word, strict=False)) if a != b), min(len(noun), len(word)))
        if common > shared:
            best, shared = word, common
    if shared < 6 or shared * 5 < len(noun) * 3:  # "Emphasis"/"emphasizing" share 7 of 8 letters
        return None
    return found.group(0).rstrip(), best[:1].upper() + best[1:]


def _operative(ctx: Context, node: Node) -> bool:
    fault = _operative_fault(ctx, node)
    if fault is None or (fault[0] not in ("sequence", "hereby", "known")
                         and verb_after_frame(node.content, ctx.phrases)
                         and not (ctx.lang == "zh" and modal_sentence_zh(node.content))):
        return False  # no fault, or a frame before the verb: "Bearing in mind …, decides" (a word of order and a
        # comma, 此外，, or an appeal to what everybody knows, 众所周知，, frame nothing: the lead after them is the
        # paragraph's own)
    if fault[0] == "operative-no-verb":
        ctx.add("operative-no-verb", node, node.offset + 1, opening=fault[1])
        return True
    return _report(ctx, node, fault[1], "operative", fault[0], fault[2])


# the endings of English nouns and adjectives that no verb has ("Emergency", "Transparency", "Priority", "Tourism",
# "Childhood"; "Additional", "Financial", "Numerous"): operative-no-verb's rule data (drafter/check/ruledata/leadform.yaml)
NOUN_ONLY = lazy(r"[A-Za-z]{2,}(?:" + "|".join(sorted(RULES["operative-no-verb"].word_list("noun-only-endings")
                                                     | RULES["operative-no-verb"].word_list("adjective-only-endings"),
                                                     key=len, reverse=True)) + ")")


def _inflected(verb: str) -> bool:
    """``verb`` carries an ending of its own: the third-person -s, -ing or -ed; a base form ending in a double s
    ("Express", "Stress", "Address") carries none."""
    folded = verb.casefold()
    return folded.endswith(("ing", "ed")) or (folded.endswith("s") and not folded.endswith("ss"))


def _after_adverb(head: str, verb: str, right: str) -> str:
    """``right`` (the verb to write for ``verb``) as it stands after the adverbs ``head``: in small letters unless
    the verb was in capitals ("Further encouraging" → "Further encourages", not "Further Encourages")."""
    if head and right and not verb.isupper():
        return right[:1].lower() + right[1:]
    return right


def _operative_fault(ctx: Context, node: Node) -> tuple[str, str, str] | None:
    """What is wrong with an operative paragraph's opening: ("operative-no-verb", opening, "") or (why, lead,
    right form) for a lead of the wrong form; None when it opens with a verb."""
    text = node.content
    if node.phrase is not None and node.phrase.id in WHOLE_SENTENCE:
        return None
    kinds = _kinds(ctx, text) if node.phrase is not None else set()
    if ctx.lang == "zh":  # Chinese operative paragraphs open with any verb of the preamble too (回顾, 赞赏地注意到)
        readings: tuple[tuple[str, Callable[[], tuple[str, str] | None]], ...] = (
            ("english", lambda: _english_lead(ctx, text)),
            ("repeat-after", lambda: _repeat_after(ctx, text)),
            ("and-before", lambda: _and_before(ctx, text)),
            ("also-word", lambda: _also_word(ctx, text)),
            ("sequence", lambda: _sequence_zh(ctx, node)),
            ("known", lambda: _common_knowledge_zh(ctx, text, "operative")),
            ("subject", lambda: _subject_zh(ctx, text, "operative")),
            ("ing", lambda: _ing_calque_zh(ctx, text, "operative")),
            ("everyday", lambda: _everyday_zh(node, "operative")),
            ("hereby", lambda: _hereby_zh(ctx, node)),
            ("with", lambda: _with_calque_zh(ctx, text, "operative")),
            ("preambular", lambda: _preambular_only_zh(ctx, node)),
        )
        for why, reading in readings:  # in this order: the first reading that explains the opening is reported
            found = reading()
            if found is not None:
                return why, found[0], found[1]
        speaker = ZH_SUBJECT.match(text)
        if speaker is not None and not _subject_zh(ctx, text, "preambular"):
            # a delegation speaking for itself with no lead after it (我国主张设立…, a position paper's sentence):
            # the organ's operative verb is missing
            return "operative-no-verb", re.split(r"[，,；;：:]", text, maxsplit=1)[0][:12], ""
        prefix = ZH_PREFIX.match(text)
        rest = text[prefix.end() if prefix else 0:]
        if not kinds and (no_verb_zh(rest) or _item_after_items(ctx, node) or _plain_verb_zh(node, rest)
                          or _topic_then_subject_zh(ctx, rest)
                          or (node.phrase is None and not node.misspelled and label_opening_zh(rest))):
            # "资金与技术支持：设立……": a noun phrase and its colon where the verb belongs, as "Funding: …" is
            return "operative-no-verb", re.split(r"[，,；;：:]", text, maxsplit=1)[0][:12], ""
        return None
    if node.phrase is None and reference_entry(text):  # "7. McAdam, J. (2012). …": a source numbered as a clause
        return "operative-no-verb", " ".join(text.split()[:4]), ""
    joined = _and_before_en(ctx, text, "operative") if node.phrase is None else None
    if joined is not None:
        return "and-en", joined[0], joined[1]
    foreign = foreign_lead(text) if node.phrase is None else None
    if foreign is not None:  # "3. Solicita the Secretary-General …": a translation tool's gap
        return "foreign", foreign[0], _english_in_part(ctx, foreign, "operative")
    formula = LEGISLATIVE.match(text)
    if formula:
        return "legislative", formula.group(0), ""
    infinitive = INFINITIVE.match(text)
    if infinitive and not kinds:
        return "infinitive", infinitive.group(0), finite(infinitive.group(1), ctx.phrases) or ""
    if node.phrase is None and not node.misspelled and label_opening(text):
        return "operative-no-verb", " ".join(text.split()[:4]), ""  # "Funding: …" is a heading, no participle
    lead = node.lead if node.phrase is not None else _unlisted_lead(text)
    head, verb, tail = _verb(lead)
    if "preambular" in kinds and "operative" not in kinds:
        right = finite(verb, ctx.phrases) if verb.casefold().endswith("ing") else None
        return "preambular", lead, head + _after_adverb(head, verb, right) + tail if right else ""
    if node.phrase is None and verb.casefold().endswith("ing") and verb[:1].isupper() and not no_verb_en(text):
        right = finite(verb, ctx.phrases)  # a participle the list lacks ("Taking in consideration"), not an
        # adjective of a subject ("Developing countries must": no verb at all)
        if fold_spelling(verb) in ctx.phrases.first_words("preambular") or right:
            return "preambular", lead, head + _after_adverb(head, verb, right) if right else ""
    if node.phrase is None and (verb[:1].isupper() or head) and (not _inflected(verb) or NOUN_ONLY.fullmatch(verb)) \
            and verb.casefold() not in FUNCTION_WORDS and verb.casefold() not in EN_NO_VERB \
            and verb.casefold() not in OPENING_MODALS:  # "Must lower …" is no bare verb ("Musts"); "In accordance with
        # …" opens on no verb at all, "I propose …" on its subject (PRONOUN_VERB's), "More tests …" on a noun's phrase
        if not tail and NOUN_ONLY.fullmatch(verb) and not node.misspelled:
            # "Emergency funding of …", "Priority access for …": a noun of an ending no English verb has (-ency,
            # -ity, -ism, -hood), no bare verb to give an -s ("Emergencies"); "Additional funding for …": an
            # adjective of such an ending (-ional, -ical, -ial, -ual, -ous, -ful) before its noun
            return "operative-no-verb", " ".join(text.split()[:4]), ""
        if not tail and _verb_of_noun(ctx, verb):
            # "Recommendation that …", "Approval of …": the noun of a listed operative verb, no verb at all (as
            # "Establishment of …" is), not a bare verb to give its -s ("Recommendations")
            return "operative-no-verb", " ".join(text.split()[:4]), ""
        right = finite(verb, ctx.phrases)  # the base form: "Urge", "Consider", "Request" → "Urges" …
        if right and fold_spelling(right) in ctx.phrases.first_words("operative"):
            return "base", lead, head + _after_adverb(head, verb, right)  # "Further encourage" → "Further encourages"
        following = text[len(lead):].split()[:1]
        after = text[len(lead):].split()[:3]
        if right and not tail and following and ctx.profile != "un" \
                and (_command_object(following[0], after[1:])
                     or (verb.casefold() not in AUXILIARIES and _state_object(ctx, text[len(lead):]))):
            return "base", lead, head + _after_adverb(head, verb, right)  # a verb the list lacks, as a command: "Start a program …",
            # "Implement mandatory regulations …" (UN mandate lists give commands after a chapeau: "30. Ensure
            # the protection of …")
    if node.phrase is None and not tail and (verb[:1].isupper() or head):
        right = past_finite(verb, ctx.phrases)  # "Requested the Secretary-General", "Further urged": the past tense
        if right:
            return "past", lead, head + _after_adverb(head, verb, right)
    pronoun = PRONOUN_VERB.match(text) if node.phrase is None else None
    if pronoun is not None:  # "We urge delegations to …", "We Call upon …": the verb of a sentence of its own
        right = _operative_lead(ctx, finite(pronoun.group(1).casefold(), ctx.phrases), text[pronoun.end():])
        if right:
            return "subject", pronoun.group(0), right
    if node.phrase is None and not node.misspelled and (no_verb_en(text) or _state_opening(ctx, text)
                                                        or _subject_to(ctx, text) or _no_verb_after_adverb(ctx, text)
                                                        or THAT_SUBJECT.match(text)):
        return "operative-no-verb", " ".join(text.split()[:4]), ""
    return None


# an operative paragraph opening with "That" and the subject of a verb in the subjunctive ("3. That the new
# technology be used for …", "That Member States be encouraged to …"): a motion's wording, no verb of the organ's
# (UN-B06); "That this Assembly" stands for the organ line (the organ rule's), not for a clause
THAT_SUBJECT = lazy(r"That\s+(?!this\b)(?:the|all|every|each|a|an|these|those|such|[A-Z][\w-]*)\s+\S")


def _no_verb_after_adverb(ctx: Context, text: str) -> bool:
    """The paragraph opens with a sentence adverb and its comma ("Further,", "Additionally,", "Moreover,") and the
    words after it open without a verb ("Further, the vaccination of …", "Moreover, Member States should …"): the
    adverb is no verb, and what follows it is the clause's real opening. An adverb with no comma ("Further the …")
    is left to the reading of its lead."""
    modifier = EN_MODIFIER.match(text)
    if modifier is None or "," not in modifier.group(0):
        return False
    rest = text[modifier.end():]
    return bool(rest) and (no_verb_en(rest) or _state_opening(ctx, rest) or _subject_to(ctx, rest))


# endings of a noun made of a verb, in the order they are tried, and what replaces each to give the verb's stem:
# "Recommendation" → "recommend", "Invitation" → "invit(e)", "Decision" → "decide", "Approval" → "approv(e)":
# operative-no-verb's rule data (drafter/check/ruledata/leadform.yaml)
NOUN_ENDINGS = tuple(RULES["operative-no-verb"].word_map("verb-noun-endings").items())


def _verb_of_noun(ctx: Context, word: str) -> str | None:
    """The listed operative verb a noun opening an operative paragraph is made of ("Recommendation" →
    "Recommends", "Suggestion" → "Suggests", "Encouragement" → "Encourages", "Approval" → "Approves"), else None."""
    low = word.casefold()
    if not word[:1].isupper() or len(low) < 7 or not low.isalpha():
        return None
    operative = ctx.phrases.first_words("operative")
    for ending, stems in NOUN_ENDINGS:
        if not low.endswith(ending):
            continue
        base = low[: -len(ending)]
        for tail in stems:
            stem = base + tail
            for verb in (stem + "s", stem + "es"):
                if fold_spelling(verb) in operative:
                    return verb.upper() if word.isupper() else verb.capitalize()
        return None
    return None


def _english_in_part(ctx: Context, foreign: tuple[str, str, str], part: str) -> str:
    """The English lead a foreign one (words, English lead, its kind) stands for, in the form of ``part``:
    "Solicita" opening a preambular paragraph is "Requesting", "Reconociendo" an operative one "Recognizes"; ""
    when that form cannot be told."""
    _, english, kind = foreign
    if kind == part:
        return english
    verb, _, rest = english.partition(" ")
    right = participle(verb, ctx.phrases) if part == "preambular" else finite(verb, ctx.phrases)
    return right + (" " + rest if rest else "") if right else ""


def _unlisted_lead(text: str) -> str:
    """The opening of an operative paragraph whose lead the phrase list lacks: its first word, or its adverbs with
    the word after them ("Further expects", "Also encourage"), for "Further" or "Also" is never the verb (UN-B12)."""
    modifier = EN_MODIFIER.match(text)
    if modifier is not None:
        after = words(text[modifier.end():])
        if after:
            return text[:modifier.end()] + after[0]
    return (words(text) or [""])[0]


# the verbs of an action itself, never the organ's verb (改进, 扩大, 建立, 加强 …): operative-no-verb's rule data
# (drafter/check/ruledata/leadform.yaml), simplified forms, longest first
ZH_PLAIN_VERBS = sorted(RULES["operative-no-verb"].word_list("plain-verbs-zh"), key=len, reverse=True)
ZH_PLAIN_NOT = RULES["operative-no-verb"].word_list("plain-verbs-zh-not")


def _plain_verb_zh(node: Node, text: str) -> bool:
    """A Chinese operative clause that opens with the verb of the action itself (1. 改进……程序：, 2. 扩大……资金；, an
    instruction as a pupil writes it), the organ's operative verb before it dropped (呼吁改进……, 决定扩大……): the clause
    has no lead phrase of the lists, and its first word is one of ZH_PLAIN_VERBS (not a noun that opens with one,
    促进会). A sub-clause under a chapeau opens with such a verb rightly; this is asked of clauses only."""
    if node.phrase is not None:
        return False
    opening = simplified(text.lstrip()[:8])
    return any(opening.startswith(verb) for verb in ZH_PLAIN_VERBS) \
        and not any(opening.startswith(word) for word in ZH_PLAIN_NOT)


def _item_after_items(ctx: Context, node: Node) -> bool:
    """A Chinese operative paragraph that reads as one more item of the list just before it (an item promoted to a
    clause, "6. 电子证据处理、保管链和法证分析；" after "5. 请……进行：" and its "（a）"): the clause before it ends
    with a colon over sub-paragraphs, and this one has no lead phrase, no comma and is as short as an item (a list
    of nouns, where any clause of the organ opens with its verb)."""
    operatives = ctx.tree.operative
    place = next((i for i, op in enumerate(operatives) if op is node), 0)
    if place == 0 or node.phrase is not None:
        return False
    before = operatives[place - 1]
    content = node.content.strip()
    return bool(before.children) and before.content.rstrip().endswith(("：", ":")) \
        and len(content) <= ZH_ITEM_LENGTH and not re.search(r"[，,：:]", content)


def _subject_to(ctx: Context, text: str) -> bool:
    """The paragraph opens with its subject and "to" and a verb, the organ's verb before them dropped ("Member States
    to strengthen …", "Donor countries to fund …" for "Encourages Member States to …"): one to three words before
    "to", the first capitalised and not ending in -s (a verb the list lacks may: "Exhorts all States to", "Solicits
    to") unless a plural no verb shares ("Governments to …"), none a lead's first word nor a participle or an
    adverb, and a word in small letters after it."""
    opening = words(text)[:5]
    if "to" not in opening[1:4]:
        return False
    at = opening.index("to", 1)
    before, after = opening[:at], opening[at + 1: at + 2]
    operative, preambular = ctx.phrases.first_words("operative"), ctx.phrases.first_words("preambular")
    plural = before[0].casefold().endswith("s") and before[0].casefold() not in SUBJECT_PLURALS
    return before[0][:1].isupper() and not plural and bool(after) \
        and after[0].isalpha() and after[0].islower() \
        and not any(fold_spelling(w) in operative or fold_spelling(w) in preambular
                    or w.casefold().endswith(("ing", "ed", "ly")) for w in before)


def _state_opening(ctx: Context, text: str) -> bool:
    """The paragraph opens with a State's name ("Jordan will", "Israel provides", "Saudi Arabia must"): its subject,
    never an operative verb."""
    opening = words(text)[:4]
    names = ctx.lib.state_names
    return any(names.find(" ".join(opening[:n])) is not None for n in range(len(opening), 0, -1))


def _command_object(word: str, then: list[str]) -> bool:
    """The word after a bare verb opens its object: an article or determiner ("Start a program"), or a word in
    lower case that is no preposition ("Implement mandatory regulations"; not "Support for", a noun's phrase) with
    no auxiliary right after it ("Water shortages must be addressed": a subject, not a command)."""
    folded = word.casefold().strip(",;:")
    if folded in OBJECT_OPENERS:
        return True
    if any(w.casefold().strip(",;:") in AUXILIARIES for w in then):
        return False
    return word[:1].islower() and folded.isalpha() and folded not in PREPOSITIONS and spelling.known(folded)


def _state_object(ctx: Context, rest: str) -> bool:
    """The words after a bare verb open with a State's name, its object ("Send Niger, Nigeria, Chad …", "Help South
    Sudan rebuild …"), with no auxiliary right after it ("Japan will make …" is a subject's sentence, and no
    verb opens it). A three-letter code counts only in capitals ("Can" is no Canada)."""
    words = rest.split()[:4]
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count]).rstrip(",;:.")
        if not name[:1].isupper() or (len(name) <= 3 and not name.isupper()):
            continue
        if ctx.lib.state_names.find(name) is not None:
            return not any(w.casefold().strip(",;:") in AUXILIARIES for w in words[count:count + 2])
    return False


def _english_lead(ctx: Context, text: str) -> tuple[str, str] | None:
    """An English lead phrase opening a Chinese paragraph ("Recalling 安理会…", "Urges 各国…"): (the English
    words, the Chinese lead the library gives for them, "又"/"还" before it for "also"/"further"); None when the
    paragraph opens with Chinese, or with Latin letters that are no English lead (an abbreviation: "WHO 报告")."""
    opening = LATIN_OPENING.match(text)
    if opening is None:
        return None
    words_en = opening.group(1).strip()
    found = Phrases.of(ctx.lib, "en").match(words_en)
    if found is None or found[0].strip().casefold() != words_en.casefold():
        return None
    lead, phrase = found
    folded = lead.casefold()
    for repeated in (phrase.also, phrase.further):
        if repeated and repeated["en"] and repeated["en"].casefold() == folded and repeated["zh"]:
            return lead, repeated["zh"]
    modifier = EN_MODIFIER.match(lead)
    adverb = lead[: modifier.end()].strip(" ,").casefold() if modifier else ""
    return lead, ZH_REPEAT.get(adverb, "") + phrase.text["zh"]


def _sequence_zh(ctx: Context, node: Node) -> tuple[str, str] | None:
    """An operative paragraph opening with a speech's word of order and a comma before its lead ("4. 此外，鼓励…",
    "最后，决定…"; ZH_SEQUENCE, as the preamble's are read), or a connective typed straight before it ("4. 同时呼吁…",
    ZH_CONNECTIVE): (the words up to the end of the lead, the lead to write), the lead taking 还 ("further", UN-B12)
    when an earlier operative paragraph opens with it bare; None otherwise."""
    order = _word_of_order(ctx, node.content, "operative")
    if order is None:
        return None
    rest = node.content[order.end():]
    leads = [lead for lead, phrase in ctx.phrases.matches(rest) if phrase.kind == "operative"]
    if not leads:
        return None
    lead = max(leads, key=len)
    earlier = {other.lead for other in ctx.tree.operative if other.para.index < node.para.index}
    further = "還" if has_traditional(node.content) else "还"
    return order.group(0) + lead, further + lead if lead in earlier else lead


def _subject_zh(ctx: Context, text: str, part: str) -> tuple[str, str] | None:
    """A Chinese clause opening with its speaker and then a lead of ``part`` ("我们呼吁国际社会…"): (the words up to
    the end of the lead, the lead); None otherwise."""
    subject = ZH_SUBJECT.match(text)
    if subject is None:
        return None
    rest = text[subject.end():]
    leads = [lead for lead, phrase in ctx.phrases.matches(rest) if phrase.kind == part]
    if not leads:
        return None
    lead = max(leads, key=len)
    return text[: subject.end() + len(lead)], lead


def _operative_lead(ctx: Context, verb: str | None, rest: str) -> str:
    """The operative lead a verb of a sentence opens ("urges" + " delegations to" → "Urges", "calls" + " upon
    …" → "Calls upon"); "" when the verb opens none."""
    if not verb:
        return ""
    leads = [lead for lead, phrase in ctx.phrases.matches(verb[:1].upper() + verb[1:] + rest)
             if phrase.kind == "operative"]
    return max(leads, key=len) if leads else ""


def _subject_lead(ctx: Context, text: str) -> tuple[str, str] | None:
    """A subject and a copula before a known preambular lead ("We are deeply concerned by"): the words up to
    the lead and the lead as it should open the paragraph ("Deeply concerned"); None otherwise."""
    subject = SUBJECT.match(text)
    if subject is None or (subject.group(0).split()[0].casefold() not in ("we", "i", "they", "it")
                           and not organ_line(subject.group(0).rsplit(None, 1)[0])):
        return None
    rest = text[subject.end():]
    found = [lead for lead, phrase in ctx.phrases.matches(rest[:1].upper() + rest[1:]) if phrase.kind == "preambular"]
    adjective = re.match(r"(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", rest, re.IGNORECASE)  # "deeply worried": a lead all the same
    if not found and adjective is None:
        return None
    lead = max(found, key=len) if found else adjective.group(0) if adjective else ""
    return text[: subject.end()], lead[:1].upper() + lead[1:].lower()


def organ_line(text: str) -> bool:
    """``text`` is only an organ's name ("The General Assembly:"): what stands for the organ line."""
    name = text.strip().rstrip(",:;.").strip().casefold()
    return any(name == organ.casefold() or name == organ.casefold().removeprefix("the ") for organ in ORGANS["en"])


def _report(ctx: Context, node: Node, lead: str, part: str, why: str, right: str) -> bool:
    """A lead-form finding: ``lead`` cannot open a ``part`` paragraph because it is ``why``; ``right`` is the
    form to write, or "" for the hint of the part's leads."""
    if right and ctx.lang == "zh":  # 進一步倡議 → 進一步鼓勵 in a draft in traditional characters, not 进一步鼓励
        right = as_written(right, node.para.text[node.offset:])
    correct = Text(repr(right), f"“{right}”") if right else HINT[part]
    ctx.add("lead-form", node, node.offset + 1, lead=lead, part=PART[part], why=WHY[why], correct=correct)
    return True
