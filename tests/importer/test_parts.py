"""The seams of drafter.importer: text cleaning, a document read through the structure tree, pairing of language
versions, near-duplicates and the entries written for new phrases."""

from __future__ import annotations

from pathlib import Path

from paths import UN_FIXTURES

from drafter import library
from drafter.importer.clean import clean, normalise, same_lead, short, slug, symbol_slug
from drafter.importer.entries import NewPhrase, similar
from drafter.importer.pair import group_documents, mismatch
from drafter.importer.read import descendants, read_document, shape
from drafter.structure import Node

EN, ZH = UN_FIXTURES / "74_247.docx", UN_FIXTURES / "74_247_C.docx"


def test_clean_and_keys() -> None:
    assert clean("  Urges  all\nStates ;", "en") == "Urges all States"
    assert clean("各国,并;注意到:第2段。", "zh") == "各国，并；注意到：第2段"
    assert clean("见http://x", "zh") == "见http://x"
    assert short("a " * 40).endswith("…") and len(short("a " * 40)) == 60
    assert normalise("Recalls resolution 74/247, of 2019!") == "recalls resolution # # of #"
    assert same_lead("Emphasizes", "emphasises", "en") and not same_lead("鼓励", "鼓历", "zh")
    assert slug("The Question of the Use of Force in the", 30) == "the-question-of-the-use"
    assert symbol_slug("A/RES/74/260 B") == "a74-260b" and symbol_slug("notes.docx") == "notes"


def test_a_document_is_read_through_its_tree(lib: library.Library) -> None:
    doc = read_document(EN, lib)
    assert doc.language == "en" and doc.symbol == "A/RES/74/247" and doc.organ == "The General Assembly"
    kinds = [p.kind for p in doc.paras]
    assert kinds.count("preambular") == 17 and kinds.count("operative") == 6
    for para in doc.paras:
        assert para.node in doc.tree.preamble or para.node in doc.tree.operative
        assert [s.node for s in para.subs] == para.node.children and para.shape() == shape(para.subs)
        assert para.node.content.strip().startswith(para.lead)
    assert not any(p.subs for p in doc.paras)
    doc = read_document(UN_FIXTURES / "74_133.docx", lib)
    with_subs = [p for p in doc.paras if p.subs]
    assert with_subs
    for para in with_subs:
        assert len(descendants(para.subs)) >= len(para.subs)
        assert [s.node for s in descendants(para.subs)] == [n for n in doc.tree.walk() if n.level > 0
                                                             and _top(n) is para.node]


def _top(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def test_versions_pair_when_their_shapes_match(lib: library.Library) -> None:
    en, zh = read_document(EN, lib), read_document(ZH, lib)
    assert mismatch(en, zh) == ""
    grouping = group_documents({EN: en, ZH: zh}, [])
    assert grouping.groups == [[en, zh]] and len(grouping.paired) == 1 and not grouping.unpaired
    zh.paras.pop()
    assert "operative paragraphs" in mismatch(en, zh)


def test_near_duplicates_and_new_phrases() -> None:
    assert similar("a" * 100, "a" * 95 + "b" * 5) and not similar("abc", "xyz") and similar("", "")
    assert NewPhrase("x-notes", "operative", "Notes", "").as_data() == {
        "id": "x-notes", "kind": "operative", "languages": ["en"], "en": "Notes", "review": True,
        "source": "drafter library import: a lead phrase not in the phrase list"}


def test_a_chinese_lead_is_not_cut_before_its_adverb_s_verb(tmp_path: Path, lib: library.Library) -> None:
    """"表示赞赏地注意到" is one lead: the operative "表示赞赏" it opens with is an adverb of it here, and a clause
    imported as "表示赞赏" + "地注意到……" would be rebuilt with its lead half emphasised."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("大会，")
    for lead, body in [("回顾", "其以往关于这一问题的各项决议，"), ("1.\t", ""), ("2.\t", "")]:
        doc.add_paragraph().add_run(lead + body).bold = lead == "回顾"
    numbered = doc.paragraphs[2:]
    numbered[0].add_run("表示赞赏地注意到").bold = True
    numbered[0].add_run("秘书长关于地方治理的报告；")
    numbered[1].add_run("决定").bold = True
    numbered[1].add_run("继续审议这一问题。")
    path = tmp_path / "res_C.docx"
    doc.save(str(path))
    read = read_document(path, lib)
    operative = [p for p in read.paras if p.kind == "operative"]
    assert operative and operative[0].lead != "表示赞赏" and not operative[0].body.startswith("地"), operative[0]
