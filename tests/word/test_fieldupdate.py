"""drafter.word.fieldupdate: tables of contents flagged for Word to recompute after an edit."""

from __future__ import annotations

from docx.oxml import parse_xml

from drafter.word import fieldupdate
from drafter.word.runtext import W_NS, W


def _body(*paragraphs: str) -> object:
    return parse_xml(f'<w:body xmlns:w="{W_NS}">' + "".join(f"<w:p>{p}</w:p>" for p in paragraphs) + "</w:body>")


def _char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def _dirty(body: object) -> list[str | None]:
    return [c.get(f"{W}dirty") for c in body.iter(f"{W}fldChar", f"{W}fldSimple")  # type: ignore[attr-defined]
            if c.tag == f"{W}fldSimple" or c.get(f"{W}fldCharType") == "begin"]


def test_a_toc_field_over_several_paragraphs_is_flagged_not_its_page_references() -> None:
    body = _body(_char("begin") + _code(' TOC \\o "1-3" ') + _code("\\h ") + _char("separate")
                 + _char("begin") + _code(" PAGEREF _Toc1 \\h ") + _char("separate") + "<w:r><w:t>1</w:t></w:r>"
                 + _char("end"),
                 "<w:r><w:t>2. Requests</w:t></w:r>" + _char("end"),
                 _char("begin") + _code(" PAGE ") + _char("separate") + "<w:r><w:t>3</w:t></w:r>" + _char("end"))
    assert fieldupdate.stale_contents(body) == 0
    assert fieldupdate.mark_contents_stale(body) == 1
    assert _dirty(body) == ["true", None, None]
    assert fieldupdate.stale_contents(body) == 1


def test_a_simple_toc_field_and_a_toc_without_a_result() -> None:
    body = _body('<w:fldSimple w:instr=" TOC \\o &quot;1-2&quot; "><w:r><w:t>1. Urges</w:t></w:r></w:fldSimple>',
                 _char("begin") + _code(" TOC ") + _char("end"),
                 '<w:fldSimple w:instr=" DATE "><w:r><w:t>1 May</w:t></w:r></w:fldSimple>')
    assert fieldupdate.mark_contents_stale(body) == 2
    assert sorted(map(str, _dirty(body))) == ["None", "true", "true"]


def test_a_document_without_a_table_of_contents() -> None:
    body = _body("<w:r><w:t>Urges all States;</w:t></w:r>", _char("begin") + _code(" TOCX ") + _char("end"))
    assert fieldupdate.mark_contents_stale(body) == 0
