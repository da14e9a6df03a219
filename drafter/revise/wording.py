"""How two versions of a paragraph differ, word by word, in a form a person can read.

difflib alone aligns any two texts on their common small words, so a sentence replaced by an unrelated one reads as
the two interleaved word by word. Here a paragraph is first cut into sentences; sentences are aligned whole, and
two sentences less alike than FLOOR are one deletion and one insertion (keeping only the words they share at the
start and the end); sentences alike enough are compared the same way clause by clause (clauses end with a comma or
a colon), then word by word. Inside sentences alike enough, a short stretch of equal text between two changes larger than it
is absorbed into them (the "semantic" clean-up of diff-match-patch): "29 June" → "18 December" is one change, not two.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from drafter.revise.tokens import Opcode, opcodes

FLOOR = 0.5  # two sentences (or paragraphs) less alike than this share no edit: one is struck, the other added
_ENDS = {".", ";", "。", "；", "!", "?", "！", "？"}
_CLAUSE_ENDS = {",", "，", ":", "："}
_LEVELS = 2  # sentences, then clauses, then words


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two token lists are (difflib's ratio over the tokens that are not spaces), 0 to 1."""
    a = [t for t in a if not t.isspace()]
    b = [t for t in b if not t.isspace()]
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def sentences(toks: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) token ranges of the sentences of ``toks``: each ends after a full stop or semicolon (and the
    space after it); "8." of a typed label or "para. 4" ends none."""
    return _units(toks, 0, len(toks), 0)


def _units(toks: Sequence[str], start: int, end: int, level: int) -> list[tuple[int, int]]:
    """[start, end) ranges of the sentences (level 0) or clauses (level 1: also ended by a comma or a colon) of
    ``toks[start:end]``."""
    marks = _ENDS if level == 0 else _ENDS | _CLAUSE_ENDS
    out, first = [], start
    for i in range(start, end):
        tok = toks[i]
        if tok not in marks:
            continue
        nxt = toks[i + 1] if i + 1 < end else ""
        before = toks[i - 1] if i > start else ""
        if tok == "." and not (len(before) >= 2 and before.isalpha() or before == ")"):
            continue
        if nxt and not nxt.isspace() and tok in (".", ";", ",", ":"):
            continue  # "74/247.", "1,000", "10:30" end nothing
        stop = i + 2 if nxt.isspace() else i + 1
        out.append((first, stop))
        first = stop
    if first < end:
        out.append((first, end))
    return out


def edits(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """Opcodes from token list ``a`` to ``b`` (difflib's form), sentence by sentence, then clause by clause,
    readable (see the module)."""
    out: list[Opcode] = []
    _align(a, b, 0, len(a), 0, len(b), 0, out)
    return out


def _align(a: Sequence[str], b: Sequence[str], i1: int, i2: int, j1: int, j2: int, level: int,
           out: list[Opcode]) -> None:
    """Edits of ``a[i1:i2]`` to ``b[j1:j2]``: their units of ``level`` aligned whole, the differing ones paired."""
    if level == _LEVELS:
        _fine(a, b, i1, i2, j1, j2, out)
        return
    ua, ub = _units(a, i1, i2, level), _units(b, j1, j2, level)
    keys_a = ["".join(a[s:e]) for s, e in ua]
    keys_b = ["".join(b[s:e]) for s, e in ub]
    for op, x1, x2, y1, y2 in opcodes(keys_a, keys_b):
        if op == "equal":
            _add(out, "equal", ua[x1][0], ua[x2 - 1][1], ub[y1][0], ub[y2 - 1][1])
            continue
        a_start = ua[x1][0] if x1 < len(ua) else i2
        b_start = ub[y1][0] if y1 < len(ub) else j2
        _block(a, b, ua[x1:x2], ub[y1:y2], (a_start, b_start), level, out)


def _block(a: Sequence[str], b: Sequence[str], olds: Sequence[tuple[int, int]], news: Sequence[tuple[int, int]],
           at: tuple[int, int], level: int, out: list[Opcode]) -> None:
    """Edits for a run of differing units: pairs alike enough (in order) are compared a level down."""
    a_start, b_start = at
    a_end = olds[-1][1] if olds else a_start
    b_end = news[-1][1] if news else b_start
    pairs: list[tuple[int, int]] = []
    start = 0
    for i, (s, e) in enumerate(olds):
        best, best_ratio = None, FLOOR
        for k in range(start, len(news)):
            ratio = similarity(a[s:e], b[news[k][0]:news[k][1]])
            if ratio >= best_ratio:
                best, best_ratio = k, ratio
        if best is not None:
            pairs.append((i, best))
            start = best + 1
    if not pairs and olds and news and similarity(a[a_start:a_end], b[b_start:b_end]) >= FLOOR:
        _align(a, b, a_start, a_end, b_start, b_end, level + 1, out)  # units split or joined: the block as one
        return
    ai, bj = a_start, b_start
    for i, k in pairs:
        (s, e), (t, u) = olds[i], news[k]
        _whole(a, b, ai, s, bj, t, out)
        _align(a, b, s, e, t, u, level + 1, out)
        ai, bj = e, u
    _whole(a, b, ai, a_end, bj, b_end, out)


def _whole(a: Sequence[str], b: Sequence[str], i1: int, i2: int, j1: int, j2: int, out: list[Opcode]) -> None:
    """[i1, i2) of ``a`` struck and [j1, j2) of ``b`` added, as one change, but for the tokens they share at the
    start and the end (a typed number, the final full stop)."""
    while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
        _add(out, "equal", i1, i1 + 1, j1, j1 + 1)
        i1, j1 = i1 + 1, j1 + 1
    tail = 0
    while i2 - tail > i1 and j2 - tail > j1 and a[i2 - tail - 1] == b[j2 - tail - 1]:
        tail += 1
    if i2 - tail > i1 or j2 - tail > j1:
        kind = "replace" if i2 - tail > i1 and j2 - tail > j1 else ("delete" if i2 - tail > i1 else "insert")
        _add(out, kind, i1, i2 - tail, j1, j2 - tail)
    if tail:
        _add(out, "equal", i2 - tail, i2, j2 - tail, j2)


def _fine(a: Sequence[str], b: Sequence[str], i1: int, i2: int, j1: int, j2: int, out: list[Opcode]) -> None:
    """Word-by-word edits of two alike stretches, cleaned up."""
    ops = [(op, x1 + i1, x2 + i1, y1 + j1, y2 + j1) for op, x1, x2, y1, y2 in opcodes(a[i1:i2], b[j1:j2])]
    for op in _clean(a, b, ops):
        _add(out, *op)


def _size(toks: Sequence[str], start: int, end: int) -> int:
    return sum(len(t) for t in toks[start:end])


def _clean(a: Sequence[str], b: Sequence[str], ops: list[Opcode]) -> list[Opcode]:
    """Absorb each equal stretch no longer than the changes on both sides of it into them."""
    ops = list(ops)
    changed = True
    while changed:
        changed = False
        for k in range(1, len(ops) - 1):
            op, i1, i2, j1, j2 = ops[k]
            left, right = ops[k - 1], ops[k + 1]
            if op != "equal" or left[0] == "equal" or right[0] == "equal":
                continue
            length = _size(a, i1, i2)
            if (length <= max(_size(a, left[1], left[2]), _size(b, left[3], left[4]))
                    and length <= max(_size(a, right[1], right[2]), _size(b, right[3], right[4]))):
                ops[k - 1:k + 2] = [("replace", left[1], right[2], left[3], right[4])]
                changed = True
                break
    return ops


def _add(out: list[Opcode], op: str, i1: int, i2: int, j1: int, j2: int) -> None:
    """Append an opcode, merged with the one before it when both are equal or both are changes."""
    if i1 == i2 and j1 == j2:
        return
    if out:
        last = out[-1]
        if (last[0] == "equal") == (op == "equal") and last[2] == i1 and last[4] == j1:
            merged = op if op == "equal" else _kind(last[1], i2, last[3], j2)
            out[-1] = (merged, last[1], i2, last[3], j2)
            return
    out.append((op if op == "equal" else _kind(i1, i2, j1, j2), i1, i2, j1, j2))


def _kind(i1: int, i2: int, j1: int, j2: int) -> str:
    return "replace" if i2 > i1 and j2 > j1 else ("delete" if i2 > i1 else "insert")
