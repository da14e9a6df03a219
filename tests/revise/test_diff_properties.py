"""``drafter diff`` on generated edits of real resolutions (issue 22): whatever a delegation does to a draft — words
replaced, inserted or struck, paragraphs added, struck, moved, joined or split, spaces doubled, emphasis dropped —
accepting every tracked change diff writes gives exactly the new text and rejecting every change exactly the old,
and the two input files are byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import diff_golden
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import UN_FIXTURES

from drafter import library
from drafter.revise import diff
from drafter.word import reader
from drafter.word.accept import revised_bytes

LIB = library.load([library.builtin_library()])


def _paragraphs(name: str, first: int, count: int) -> list[str]:
    texts = [p.text for p in reader.read(UN_FIXTURES / name).paragraphs if p.text.strip()]
    return texts[first:first + count]


SOURCES = {"en": _paragraphs("74_247.docx", 8, 14), "zh": _paragraphs("74_247_C.docx", 8, 14)}
NEW_WORDS = {"en": ["digital", "all States", "in particular", "without delay"], "zh": ["数字", "所有国家", "特别是", "立即"]}


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A language, the old paragraphs and the new ones after one to four edits."""
    lang = draw(st.sampled_from(sorted(SOURCES)))
    old = list(SOURCES[lang])
    new = list(old)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(new) - 1))
        words = new[i].split(" ") if lang == "en" else list(new[i])
        kind = draw(st.sampled_from(["insert-words", "strike-words", "replace-words", "add", "strike", "move",
                                     "join", "split", "double-space", "italic"]))
        cut = draw(st.integers(1, max(1, len(words) - 1)))
        glue = " " if lang == "en" else ""
        if kind == "insert-words":
            new[i] = glue.join(words[:cut] + [draw(st.sampled_from(NEW_WORDS[lang]))] + words[cut:])
        elif kind == "strike-words" and len(words) > 3:
            new[i] = glue.join(words[:cut] + words[cut + 1:])
        elif kind == "replace-words" and len(words) > 3:
            new[i] = glue.join(words[:cut] + [draw(st.sampled_from(NEW_WORDS[lang]))] + words[cut + 1:])
        elif kind == "add":
            new.insert(i, glue.join(words[cut:] + words[:cut]))  # a new paragraph of the same words, reordered
        elif kind == "strike" and len(new) > 2:
            del new[i]
        elif kind == "move" and len(new) > 2:
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(i))
        elif kind == "join" and i + 1 < len(new):
            new[i:i + 2] = [new[i] + glue + new[i + 1]]
        elif kind == "split" and len(words) > 3:
            new[i:i + 1] = [glue.join(words[:cut]), glue.join(words[cut:])]
        elif kind == "double-space" and lang == "en" and len(words) > 3:
            new[i] = " ".join(words[:cut]) + "  " + " ".join(words[cut:])
        elif kind == "italic" and len(words) > 3:
            new[i] = f"*{glue.join(words[:cut])}*{glue}{glue.join(words[cut:])}"
    return lang, old, [p for p in new if p.strip()]


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=edits())
def test_accept_gives_new_and_reject_gives_old(case: tuple[str, list[str], list[str]]) -> None:
    lang, old, new = case
    with tempfile.TemporaryDirectory() as temp:
        old_path, new_path = Path(temp) / "old.docx", Path(temp) / "new.docx"
        old_path.write_bytes(diff_golden.document(old))
        new_path.write_bytes(diff_golden.document(new))
        digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (old_path, new_path)]
        o, n, changes, pairs, found_lang = diff.run(old_path, new_path, LIB)
        diff.tracked(o, n, changes, pairs, found_lang, "drafter", diff_golden.DATE)
        data = revised_bytes(n.docx)
        plain = [p.replace("*", "") for p in new]
        assert diff_golden.texts(data, "accept") == plain
        assert diff_golden.texts(data, "reject") == old
        assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in (old_path, new_path)] == digests
        if old != plain:
            assert changes, "the versions differ but diff found no change"
