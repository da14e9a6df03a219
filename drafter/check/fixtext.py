"""What --fix does for a finding, said in Chinese from its edits (the rule families say it in English)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from drafter.check.report import Correction
from drafter.labels import word_number
from drafter.word.edit import EastAsianFont, Emphasise, JoinNext, Replace, Split
from drafter.word.listdesign import AddList, LevelForm, ReformLevel, SetStart

EMPHASIS = {"italic": "改为斜体", "bold": "改为粗体", "underline": "加下划线"}


def describe_zh(corrections: Sequence[Correction], own: int, text_of: Callable[[int], str]) -> str:
    """One line in Chinese for the ``corrections`` of a finding at paragraph ``own``; ``text_of(index)`` gives
    a paragraph's text."""
    if not corrections:
        return ""
    # a change of the words says more than the emphasis or numbering that comes with it ("回故" → "回顾", underlined)
    main = next((c for c in corrections if isinstance(c.edit, Replace)), corrections[0])
    first = _one(main, own, text_of)
    if len(corrections) == 1:
        return first
    return f"{first}等 {len(corrections)} 处修改"


def _one(correction: Correction, own: int, text_of: Callable[[int], str]) -> str:
    edit = correction.edit
    if isinstance(edit, EastAsianFont):
        return f"将{'全文' if correction.everywhere else '本段'}的东亚字体设为 {edit.font}"
    if isinstance(edit, (ReformLevel, AddList)) and edit.form is not None:
        return f"将 Word 自动编号改为“{first_label(edit.form)}”的形式"
    if isinstance(edit, (AddList, SetStart)) and edit.start is not None:
        return f"让本段起的 Word 自动编号从 {edit.start} 起计数"
    if isinstance(edit, JoinNext):
        return "将本段与下一段合并为一段"
    text = text_of(own if correction.paragraph is None else correction.paragraph)
    if isinstance(edit, Split):
        return f"从“{text[edit.end:edit.end + 12].strip()}”处另起一段"
    if isinstance(edit, Emphasise):
        return f"将“{text[edit.start:edit.end]}”{EMPHASIS[edit.kind]}"
    if isinstance(edit, Replace):
        old = text[edit.start:edit.end]
        if not old:
            return f"补上“{edit.text}”"
        if not edit.text:
            return f"删去“{old}”"
        return f"将“{old}”改为“{edit.text}”"
    # a typed label given up for Word's numbering, or another change of the paragraph's numbering alone
    label = text[getattr(edit, "start", 0):getattr(edit, "end", 0)].strip()
    return f"删去手动输入的编号“{label}”，改用 Word 自动编号" if label else "调整本段的 Word 自动编号"


def first_label(form: LevelForm) -> str:
    """The first label a level of ``form`` shows ("(%2)" in lowerLetter: "(a)")."""
    return re.sub(r"%[1-9]", word_number(1, form.fmt), form.text)
