"""``replace_words``: quoted words of a paragraph replaced (or struck) as one tracked change."""

from __future__ import annotations

import re

from drafter.plurals import counted
from drafter.revise.actions.new import split_lead
from drafter.revise.actions.rewrite import rewrite
from drafter.revise.step import ActionProblem, Said, Step, zh_address
from drafter.revise.view import DraftView
from drafter.word import runtext


def replace_words(view: DraftView, step: Step) -> Said:
    """Replace the action's words (its ``occurrence`` when they appear more than once) by its replacement."""
    action = step.action
    node = view.find(action.path, step.numbering, action.address)
    live = view.live[node]
    text = view.text(node)
    pattern = re.escape(runtext.match_key(action.words))  # "17 000" finds "17\u202f000"
    if view.lang == "en":  # whole words: "the" is not in "their"
        pattern = ("\\b" if action.words[:1].isalnum() else "") + pattern + (
            "\\b" if action.words[-1:].isalnum() else "")
    found = [m.start() for m in re.finditer(pattern, runtext.match_key(text)) if m.start() >= live.content_start]
    if not found:
        excerpt = text[live.content_start:].strip()
        excerpt = excerpt if len(excerpt) <= 80 else excerpt[:79] + "…"
        raise ActionProblem(f"the words {action.words!r} are not in paragraph {action.address} "
                            f"({excerpt!r})", "quote the words exactly as the draft writes them",
                            zh=f"{zh_address(action.address)}中没有“{action.words}”（“{excerpt}”）",
                            zh_hint="请照草案原文引用词语")
    if len(found) > 1 and not action.occurrence:
        raise ActionProblem(f"the words {action.words!r} appear {len(found)} times in paragraph "
                            f"{action.address}", "quote more words, or add 'occurrence: N'",
                            zh=f"“{action.words}”在{zh_address(action.address)}中出现 {len(found)} 次",
                            zh_hint="请多引几个词，或加上 `occurrence: N`")
    if action.occurrence > len(found):
        raise ActionProblem(f"the words {action.words!r} appear only {counted(len(found), 'time')} in paragraph "
                            f"{action.address}",
                            zh=f"“{action.words}”在{zh_address(action.address)}中只出现 {len(found)} 次")
    start = found[(action.occurrence or 1) - 1]
    end = start + len(action.words)
    words = text[start:end]  # the draft's own characters (a no-break space where the draft has one)
    if not action.replacement and view.lang == "en" and text[end:end + 1] == " " and text[start - 1:start] in (" ", ""):
        end += 1  # striking words takes one of the spaces around them
        words += " "
    was = view.excerpt(node)
    rewrite(view, node, start, words, action.replacement, step.author, view.lang, one_change=True)
    if live.lead and start < live.lead_start + len(live.lead) and end > live.lead_start:
        new_text = view.text(node)
        live.lead, _ = split_lead(new_text[live.lead_start:], "", step.lib, view.lang)
    return Said(f"replaced words in {action.address}: {was}", f"修改了{zh_address(action.address)}中的词语：{was}")
