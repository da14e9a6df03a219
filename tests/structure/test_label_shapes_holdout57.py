"""Label shapes of the blind set holdout57 (#20), tested with sentences of our own: a roman list under a lettered
item that turns into letters ("i." "ii." "c." under "a.", then "b.") keeps its third item under "a.": the letter
names the roman list's next place, not the outer list's, and the outer list's next letter follows it. Without that
next letter, or where the letter is the outer list's next one, the letter stays an item of the outer list. The other
way round, "(iii)" after "(a)" "(b)" with "(d)" next is the letters' third item, not a list under "(b)"."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["FORUM: Human Rights Council", "QUESTION OF: Access to clean drinking water", "SUBMITTED BY: Peru",
        "CO-SUBMITTERS: Ghana, Nepal", "THE HUMAN RIGHTS COUNCIL,",
        "Recalling that safe drinking water is a human right,"]
CHAPEAU = "1. Calls upon Member States to protect water sources, through:"
LAST = "2. Invites donors to fund rural water projects."


def shape(tmp_path: Path, lib: library.Library, items: list[str], name: str = "doc.docx") -> list[tuple[str, ...]]:
    """The labels under the first operative clause, each with the labels of its own items."""
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, CHAPEAU, *items, LAST], name)), lib)
    return [(c.label, *(g.label for g in c.children)) for c in tree.operative[0].children]


@pytest.mark.parametrize("form", ["{}.", "({})", "{})"])
def test_a_roman_list_turning_into_letters_stays_under_its_item(lib: library.Library, tmp_path: Path,
                                                                  form: str) -> None:
    a, b, c, d, i, ii = (form.format(token) for token in ("a", "b", "c", "d", "i", "ii"))
    items = [f"{a} wells dug by the villages, protected by:", f"{i} fences around the wells,",
             f"{ii} covers over the wells,", f"{c} regular tests of the water,", f"{b} filters for households;"]
    assert shape(tmp_path, lib, items) == [(a, i, ii, c), (b,)]
    # with no next letter to tell the lists apart, the letter stays the outer list's ("b" skipped, or "iii." lettered)
    alone = [f"{a} wells dug by the villages, protected by:", f"{i} fences around the wells,",
             f"{ii} covers over the wells,", f"{c} filters for households;"]
    assert shape(tmp_path, lib, alone, "alone.docx") == [(a, i, ii), (c,)]
    # the outer list's next letter after the roman items is its own item
    back = [f"{a} wells dug by the villages, protected by:", f"{i} fences around the wells,",
            f"{ii} covers over the wells,", f"{b} regular tests of the water,", f"{c} filters for households;"]
    assert shape(tmp_path, lib, back, "back.docx") == [(a, i, ii), (b,), (c,)]
    # "c" after "ii" under "b": the outer list's next letter, whatever follows
    under_b = [f"{a} wells dug by the villages,", f"{b} pumps, protected by:", f"{i} fences around the pumps,",
               f"{ii} covers over the pumps,", f"{c} filters for households,", f"{d} tanks on roofs;"]
    assert shape(tmp_path, lib, under_b, "b.docx") == [(a,), (b, i, ii), (c,), (d,)]


@pytest.mark.parametrize("form", ["{}.", "({})", "{})"])
def test_letters_turning_into_a_roman_numeral_stay_one_list(lib: library.Library, tmp_path: Path, form: str) -> None:
    a, b, c, d, i, ii, iii = (form.format(token) for token in ("a", "b", "c", "d", "i", "ii", "iii"))
    items = [f"{a} wells,", f"{b} pumps,", f"{iii} tanks,", f"{d} filters;"]
    assert shape(tmp_path, lib, items) == [(a,), (b,), (iii,), (d,)]
    # a list under "b" opens at "i"; a numeral not followed by the next letter is left as read
    nested = [f"{a} wells,", f"{b} pumps, protected by:", f"{i} fences,", f"{ii} covers,", f"{c} filters;"]
    assert shape(tmp_path, lib, nested, "nested.docx") == [(a,), (b, i, ii), (c,)]
