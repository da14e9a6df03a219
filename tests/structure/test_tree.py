"""The seams of drafter.structure: the typed tree (roles, label kinds, addresses), paragraph classification and
lead finding, on paragraphs built by hand rather than read from a .docx."""

from __future__ import annotations

from typing import get_args

import pytest
from paths import UN_FIXTURES

from drafter import library
from drafter.labelkinds import label_kind
from drafter.structure import LabelKind, Node, Phrases, Role, Structure, candidate_lead, emphasised_span, read_structure
from drafter.structure.body import sub_kind
from drafter.structure.classify import is_annex, is_organ, is_section, looks_like_section, numbered_top
from drafter.structure.lead import annotate
from drafter.structure.tree import is_label_kind
from drafter.word import reader


def para(*runs: str | tuple[str, str], index: int = 1, num_id: int | None = None, level: int | None = None,
         label: str = "") -> reader.Paragraph:
    """A paragraph of runs: a plain string, or (text, "i"/"b"/"u") for an emphasised run."""
    out = []
    for run in runs:
        text, style = (run, "") if isinstance(run, str) else run
        out.append(reader.Run(text, italic="i" in style, bold="b" in style, underline="u" in style))
    return reader.Paragraph(index, out, num_id=num_id, level=level, label=label)


def test_every_label_kind_is_a_kind_the_tree_knows() -> None:
    labels = ["(a)", "(i)", "a.", "i.", "a)", "i)", "㈠", "（一）", "一、", "(1)", "•", "(A)", "(aa)", "(xiv)"]
    for label in labels:
        assert is_label_kind(label_kind(label)), label
    assert sub_kind("(i)") == "roman"
    h = Node(para("(h) x"), "sub", label="(h)", kind="letter")
    assert sub_kind("(i)", h) == "letter"
    assert "" in get_args(LabelKind) and "" in get_args(Role)


def test_address_and_find_follow_the_tree() -> None:
    tree = Structure("en", "un")
    top = Node(para("5. Urges"), "operative", label="5", number=5)
    b = Node(para("(b) x"), "sub", label="(b)", number=2, level=1, parent=top)
    ii = Node(para("(ii) y"), "sub", label="(ii)", number=2, level=2, parent=b)
    top.children.append(b)
    b.children.append(ii)
    tree.operative.append(top)
    assert [tree.address(n) for n in tree.walk()] == ["5", "5(b)", "5(b)(ii)"]
    assert tree.find("5(b)(ii)") is ii and tree.find(" 5 (b) ") is b
    assert tree.find("5(c)") is None and tree.find("6") is None and tree.find("b") is None


def test_classification_of_single_paragraphs(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "en")
    assert numbered_top(para("1. Urges all States;"))
    assert not numbered_top(para("2. Urges all States;"))
    assert numbered_top(para("Urges", num_id=3, level=0, label="1."))
    assert is_annex("Annex") and not is_annex("Annex I to the report is noted.")
    organs = ["The General Assembly"]
    assert is_organ("The General Assembly,", "Recalling its resolutions,", organs, phrases)
    assert not is_organ("The General Assembly", "Distr.: General", organs, phrases)
    assert looks_like_section("A. Targeted sanctions", "A.") and not looks_like_section("(a) Targets;", "(a)")
    assert is_section(para("Follow-up"), phrases) and not is_section(para("Urges all States;"), phrases)


def test_lead_is_the_emphasised_phrase_or_the_slip_it_misspells(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "en")
    p = para(("Encourages", "i"), " all States to act;")
    assert emphasised_span(p, 0, 10) and not emphasised_span(p, 0, 15)
    assert candidate_lead(p, 0, "en") == "Encourages"
    node = Node(p, "operative")
    annotate(node, phrases)
    assert (node.lead, node.emphasised, node.phrase is not None) == ("Encourages", True, True)
    slip = Node(para("  ", ("Encourges", "i"), " all States;"), "operative")
    annotate(slip, phrases)
    assert (slip.offset, slip.lead, slip.misspelled) == (2, "Encourges", "Encourages")


@pytest.mark.parametrize("name", ["74_247.docx", "74_247_C.docx"])
def test_read_structure_places_every_paragraph(name: str, lib: library.Library) -> None:
    tree = read_structure(reader.read(UN_FIXTURES / name), lib)
    assert tree.nodes and all(n.role for n in tree.nodes)
