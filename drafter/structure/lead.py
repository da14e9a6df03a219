"""A paragraph's lead: the emphasised opening words, and the library phrase they are (or misspell)."""

from __future__ import annotations

import re

from drafter.chinesewords import chinese_word
from drafter.hanzi import simplified
from drafter.labelkinds import read_typed
from drafter.library.model import Phrase
from drafter.structure.phrases import Phrases
from drafter.structure.tree import Node
from drafter.word import reader
from drafter.word.edit import Emphasis


def emphasised_span(para: reader.Paragraph, start: int, end: int) -> bool:
    """Every non-space character of [start, end) is italic, bold or underlined."""
    pos = 0
    for run in para.runs:
        run_end = pos + len(run.text)
        if run_end > start and pos < end and run.text[max(0, start - pos): end - pos].strip():
            if not (run.italic or run.bold or run.underline):
                return False
        pos = run_end
    return True


def set_off_span(para: reader.Paragraph, start: int, end: int) -> bool:
    """Every non-space character of [start, end) is italic, bold or underlined by a kind of emphasis the whole
    paragraph does not carry: a clause typed in a bold heading style (Word's own Heading 1, bold and blue) sets
    none of its words off by that bold."""
    text = para.text
    return bool(emphasis_of(para, start, end) - emphasis_of(para, len(text) - len(text.lstrip()), len(text.rstrip())))


def emphasis_of(para: reader.Paragraph, start: int, end: int) -> set[Emphasis]:
    """Emphasis kinds that cover every non-space character of [start, end)."""
    kinds: set[Emphasis] = {"italic", "bold", "underline"}
    pos = 0
    for run in para.runs:
        if pos >= end:
            break
        run_end = pos + len(run.text)
        if run_end > start:
            piece = run.text[max(0, start - pos): end - pos]
            if piece.strip():
                kinds &= run_emphasis(run)
        pos = run_end
    return kinds


def run_emphasis(run: reader.Run) -> set[Emphasis]:
    flags: tuple[tuple[Emphasis, bool], ...] = (("italic", run.italic), ("bold", run.bold),
                                                 ("underline", run.underline))
    return {k for k, on in flags if on}


def candidate_lead(para: reader.Paragraph, offset: int, lang: str) -> str:
    """The emphasised opening words, or the first word (two characters in Chinese)."""
    pos, lead = 0, ""
    for run in para.runs:
        end = pos + len(run.text)
        if end <= offset:
            pos = end
            continue
        piece = run.text[max(0, offset - pos):]
        if run.italic or run.underline or run.bold:
            lead += piece
            pos = end
            continue
        break
    lead = lead.strip()
    if lead and len(lead) < 60:
        return lead.rstrip(",，:：;；")
    content = para.text[offset:].strip()
    if lang == "zh":
        return content[:2]
    words = content.split()
    return words[0].rstrip(",;:.") if words else ""


def annotate(node: Node, phrases: Phrases) -> None:
    """Find the lead phrase: the longest known form, preferring one that is emphasised; else the candidate
    lead, read as the phrase it misspells when it is a slip. Moves ``node.offset`` past leading spaces, and past
    the typed label typed a second time ("1. 1. 鼓励": the lead is the word after it; label-doubled says the rest)."""
    para = node.para
    content = para.text[node.offset:]
    skip = len(content) - len(content.lstrip())
    start = node.offset + skip
    again = read_typed(content[skip:]) if node.typed is not None and node.typed.kind != "bullet" else None
    if again is not None and node.typed is not None and again.text == node.typed.text:
        after = para.text[start + again.end:]
        start += again.end + len(after) - len(after.lstrip())
        content, skip = para.text[start:], 0
    candidates = phrases.matches(content)
    glued = phrases.glued(content, longer_than=len(candidates[0][0]) if candidates else 0)
    if glued is not None:
        # "Emphasizesthe creation": the lead run into the next word, a slip the space mends
        node.lead, node.misspelled, node.phrase = glued
        node.emphasised = emphasised_span(para, start, start + len(node.lead))
    elif candidates and _form_slip(node, content[skip:], phrases, len(candidates[0][0])):
        # "Noting with concerns": a known first word, and a longer phrase written in a wrong form of its words
        node.emphasised = emphasised_span(para, start, start + len(node.lead))
    elif candidates:
        emphasised = [c for c in candidates if emphasised_span(para, start, start + len(c[0]))]
        form, phrase = (emphasised or candidates)[0]
        node.lead, node.phrase = para.text[start: start + len(form)], phrase
        node.emphasised = bool(emphasised)
        joined = _joined_slip_zh(content[skip + len(form):], phrases) if phrases.lang == "zh" else None
        if joined is not None:  # "回顾并重审": the second verb of a joined lead typed as a homophone (重申)
            node.lead, node.misspelled = node.lead + joined[0], node.lead + joined[1]
        elif phrases.lang == "zh":
            # "重申申": the lead's last character typed twice; "关切地注到": a longer lead with a character left out;
            # "关切得注意到": a longer lead with 得 for its 地
            mistyped = _doubled_zh(content[skip:], form, phrase) \
                or phrases.dropped_character(content[skip:], len(form) + 1) \
                or phrases.particle_slip(content[skip:], len(form))
            if mistyped is not None:
                node.lead, node.misspelled, node.phrase = mistyped
                node.emphasised = emphasised_span(para, start, start + len(node.lead))
    else:
        node.lead = candidate_lead(para, start, phrases.lang)
        foreign = phrases.look_alike(content[skip:])  # "Еncourages" with a Cyrillic Е: the lead it looks like
        slipped = foreign[2] if foreign is not None else None
        correct: str | None
        if foreign is not None:
            node.lead, correct = foreign[0], foreign[1]
        else:
            correct = phrases.misspelled(node.lead)
        if correct is None and phrases.lang == "zh" and node.lead == content[skip:].strip()[:2]:
            longer = _longer_slip_zh(content[skip:].strip(), phrases)  # "注意倒": 注意到 with its last character
            if longer is not None:
                node.lead, correct = longer
        if correct is None and phrases.lang == "zh":
            # "鼓 励": a space typed inside the lead; "jueding设立": the lead left in pinyin; "满意地注到": a character
            # left out; "深切的关注": 的 typed for (or put into) the adverb's 地; "切地注意到": the lead's first characters
            # cut off; "进一部请": the adverb before the lead typed as a homophone
            other = _spaced_zh(content[skip:], phrases) or phrases.pinyin_lead(content[skip:]) \
                or phrases.dropped_character(content[skip:]) or phrases.particle_slip(content[skip:]) \
                or phrases.front_cut(content[skip:]) or phrases.modifier_slip(content[skip:])
            if other is not None:
                node.lead, correct, slipped = other
        if correct is None and phrases.lang == "en" and node.lead and " " not in node.lead:
            longer = _slip_in_first_word(content[skip:], phrases)
            if longer is not None:
                node.lead, correct = longer
        if correct is None and phrases.lang == "en":
            slip = phrases.word_form_slip(content[skip:])  # "Calls up on", "Taking into considerations"
            if slip is not None:
                node.lead, correct = slip
        if correct is None and phrases.lang == "en":
            glued_capital = phrases.stray_capital(content[skip:])  # "LFully aware": a stray capital before the lead
            if glued_capital is not None:
                node.lead, correct = glued_capital
        if correct is None and phrases.lang == "en":
            dropped = phrases.ligature_dropped(content[skip:])  # "Rea rms": a PDF copy lost the "ffi" of a ligature
            if dropped is not None:
                node.lead, correct = dropped
        if correct is None and phrases.lang == "en":
            adverb = phrases.adverb_slip(content[skip:])  # "Futher noting": the adverb before a known lead misspelt
            if adverb is not None:
                node.lead, correct, slipped = adverb
        if correct is not None and correct != node.lead:  # a slip: read it as the phrase it misspells
            node.misspelled = correct
            node.phrase = slipped or next(p for f, p in phrases.forms if f == correct)
            node.emphasised = emphasised_span(para, start, start + len(node.lead))
    node.offset = start


# the words that join a second verb to a Chinese lead (回顾并重申, 注意到并欢迎)
JOINED_ZH = ("并且", "並且", "并", "並")


def _joined_slip_zh(rest: str, phrases: Phrases) -> tuple[str, str] | None:
    """A second verb joined to a Chinese lead by 并 and typed as a homophone ("回顾并重审": 重申): ``rest`` is the text
    after the first lead; the joined words as written ("并重审") and as they should read ("并重申"). A second verb
    that is a known lead (并重申, 并欢迎) or no slip of one is left alone."""
    for joiner in JOINED_ZH:
        if not rest.startswith(joiner):
            continue
        after = rest[len(joiner):]
        if phrases.matches(joiner + after) or phrases.matches(after):
            return None
        for size in (2, 3, 4):
            head = after[:size]
            if len(head) < size or not all("\u4e00" <= c <= "\u9fff" for c in head):
                return None
            correct = phrases.misspelled(head)
            if correct is not None and correct != head:
                return joiner + head, joiner + correct
        return None
    return None


def _longer_slip_zh(content: str, phrases: Phrases) -> tuple[str, str] | None:
    """A Chinese lead of three or four characters whose first two are the form's own and a later one is typed as a
    homophone ("注意倒" → 注意到, "认识倒" → 认识到), or of three whose first alone is ("足意到" → 注意到, where 足意 is no
    word), or of four whose first two are no word and the last two the form's own ("强列敦促" → 强烈敦促): the
    characters as written and the form they misspell, the shorter first. A different word at the start is
    another lead, not a slip (認知到, Taiwan's word for 认识到)."""
    for size in (3, 4):
        head = content[:size]
        if len(head) < size:
            return None
        correct = phrases.misspelled(head)
        if correct is None or correct == head:
            continue
        if simplified(head[:2]) == simplified(correct[:2]):
            return head, correct
        if size == 3 and simplified(head[1:]) == simplified(correct[1:]) and not chinese_word(head[:2]):
            return head, correct
        if size == 4 and simplified(head[2:]) == simplified(correct[2:]) and not chinese_word(simplified(head[:2])):
            return head, correct  # "强列敦促": the modifier's second character typed as a homophone (强烈敦促)
    return None


# a space typed between two characters of a Chinese lead ("鼓 励", "注意 到")
_SPACE_IN_HAN = re.compile("(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _spaced_zh(content: str, phrases: Phrases) -> tuple[str, str, Phrase] | None:
    """A Chinese lead with a space typed inside one of its words and run on into its text ("鼓 励各国", "注意 到各国"):
    read with its spaces taken out, the lead as written, the form and its phrase; else None. Not a lead spaced out
    character by character with a space after it too, as a copy out of a PDF gives it ("认 识 到 数字平台"), nor a
    space between a modifier and the listed lead it modifies ("强烈 敦促各国", "又 回顾"): spaces between words."""
    head = content[:24]
    if _SPACE_IN_HAN.search(head[:12]) is None:
        return None
    kept = [i for i in range(len(head)) if not _inside_space(head, i)]
    joined = "".join(head[i] for i in kept)
    found = phrases.matches(joined)
    if not found:
        return None
    form, phrase = found[0]
    end = kept[len(form) - 1] + 1  # where the form's last character stands in the text as written
    written = content[:end]
    if written == form or content[end:end + 1].isspace():
        return None
    for space in _SPACE_IN_HAN.finditer(written):
        if phrases.matches(content[space.end():].replace(" ", "")):
            return None  # the space ends a modifier ("强烈 敦促"): the words after it are a listed lead of their own
    return written, form, phrase


def _inside_space(text: str, i: int) -> bool:
    """Whether the character at ``i`` is part of a run of spaces between two Chinese characters."""
    return any(m.start() <= i < m.end() for m in _SPACE_IN_HAN.finditer(text))


# characters that end a lead and also open the next word often ("注意到到2030年": "by 2030"; "震惊于于"): left alone
_ENDS_THAT_OPEN = frozenset("到于对在为以")


def _doubled_zh(content: str, form: str, phrase: Phrase) -> tuple[str, str, Phrase] | None:
    """A Chinese lead whose last character is typed twice ("重申申对…" → 重申): the lead as written, the form and
    its phrase. Not when the second character opens a word with what follows it (决定定期审查, 强调调整, 重申申请),
    nor after a character that ends a lead and opens words as often (注意到到2030年)."""
    last = form[-1:]
    after = content[len(form):]
    if not last or not "\u4e00" <= last <= "\u9fff" or after[:1] != last or simplified(last) in _ENDS_THAT_OPEN:
        return None
    if any(chinese_word(simplified(after[:size])) for size in (2, 3, 4) if len(after) >= size):
        return None
    return form + last, form, phrase


def _form_slip(node: Node, content: str, phrases: Phrases, found: int) -> bool:
    """``content`` opens with a phrase longer than the ``found`` one written in a wrong form of its words
    (Phrases.word_form_slip): read as that phrase, misspelled; True when it is."""
    if phrases.lang != "en":
        return False
    slip = phrases.word_form_slip(content)
    if slip is None or len(slip[1]) <= found:
        return False
    node.lead, node.misspelled = slip
    node.phrase = next(p for f, p in phrases.forms if f == slip[1])
    return True


def _slip_in_first_word(content: str, phrases: Phrases) -> tuple[str, str] | None:
    """A lead of two to four words whose first word is a slip ("Ponting out" → "Pointing out", "Nothing with
    regret" → "Noting with regret", "Nothing with deep concern"): the words as written and the form they
    misspell."""
    for count in (2, 3, 4):
        span = re.match(rf"\S+(?:\s+[A-Za-z]+){{{count - 1}}}", content)
        if span is None:
            return None
        correct = phrases.misspelled(span.group(0)) or phrases.first_word_slip(span.group(0))
        if correct is not None and correct.casefold() != span.group(0).casefold():
            return span.group(0), correct
    return None
