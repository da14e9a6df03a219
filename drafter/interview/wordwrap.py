"""Word wrapping for the text editor of ``drafter new``: prompt_toolkit wraps a long line at the last column,
inside a word; this processor pads each row with spaces (on screen only) so the next row starts where
:func:`drafter.wrapping.line_spans` breaks the line — between words, never before a closing Chinese mark."""

from __future__ import annotations

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.formatted_text.utils import fragment_list_to_text
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
from prompt_toolkit.layout.utils import explode_text_fragments

from drafter.wrapping import display_width, line_spans


def padding(line: str, width: int) -> list[tuple[int, int]]:
    """(position, spaces) to insert into ``line`` so that its rows, broken at ``width`` columns, start on a
    new screen row each (one column is kept free for the cursor)."""
    inserts: list[tuple[int, int]] = []
    column = 0
    spans = line_spans(line, width - 1)
    for (start, _), (next_start, _) in zip(spans, spans[1:]):
        column += display_width(line[start:next_start])
        spaces = -column % width
        if spaces:
            inserts.append((next_start, spaces))
            column += spaces
    return inserts


class WordWrap(Processor):
    """Pads the rows of each line of the buffer so that a wrapped line breaks between words."""

    def apply_transformation(self, ti: TransformationInput) -> Transformation:
        """The line's fragments with the padding spaces, and the position mappings both ways."""
        line = fragment_list_to_text(ti.fragments)
        inserts = padding(line, ti.width) if ti.width > 2 else []
        if not inserts:
            return Transformation(ti.fragments)
        chars = explode_text_fragments(ti.fragments)
        out: StyleAndTextTuples = []
        at = dict(inserts)
        for i, fragment in enumerate(chars):
            if i in at:
                out.append((fragment[0], " " * at[i]))
            out.append(fragment)

        def to_display(i: int) -> int:
            return i + sum(n for position, n in inserts if position <= i)

        def to_source(j: int) -> int:
            shift = 0
            for position, n in inserts:
                if j < position + shift:
                    break
                if j < position + shift + n:
                    return position  # on the padding: the start of the row
                shift += n
            return j - shift

        return Transformation(out, source_to_display=to_display, display_to_source=to_source)
