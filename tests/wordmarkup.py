"""The markup Word and WPS write that drafter's own fixtures rarely have, put into a python-docx draft: content
controls (w:sdt) around paragraphs and inside them, smart tags, custom XML, hyperlinks, proofing marks and
bookmarks inside a word, rsid attributes, simple fields, symbols (w:sym)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from docx.oxml import parse_xml

from drafter.word import runtext

W = runtext.W
NS = f'xmlns:w="{runtext.W_NS}"'


def body_paragraphs(doc: Any) -> list[Any]:
    return list(doc.element.body.iterchildren(f"{W}p"))


def wrap_paragraphs(first: Any, last: Any, alias: str, kind: str = "sdt") -> None:
    """Put the body paragraphs from ``first`` to ``last`` into a block content control (Word's rich text or group
    control round a heading block), or with ``kind`` "customXml" into block custom XML markup."""
    if kind == "sdt":
        sdt = parse_xml(f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
                        f'<w:id w:val="101"/></w:sdtPr><w:sdtContent/></w:sdt>')
        content = sdt.find(f"{W}sdtContent")
    else:
        sdt = content = parse_xml(f'<w:customXml {NS} w:uri="urn:un:resolution" w:element="part"><w:customXmlPr>'
                                  '<w:attr w:name="kind" w:val="subparagraphs"/></w:customXmlPr></w:customXml>')
    first.addprevious(sdt)
    paragraph = first
    while paragraph is not None:
        following = paragraph.getnext()
        content.append(paragraph)
        if paragraph is last:
            break
        paragraph = following


WRAPPERS = {
    "sdt": (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Organ"/><w:id w:val="102"/><w:richText/></w:sdtPr>'
            '<w:sdtEndPr/><w:sdtContent/></w:sdt>', "sdtContent"),
    "smartTag": (f'<w:smartTag {NS} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
                 '<w:smartTagPr><w:attr w:name="Year" w:val="2013"/></w:smartTagPr></w:smartTag>', ""),
    "customXml": (f'<w:customXml {NS} w:uri="urn:un:resolution" w:element="clause"><w:customXmlPr>'
                  '<w:attr w:name="part" w:val="operative"/></w:customXmlPr></w:customXml>', ""),
    "hyperlink": (f'<w:hyperlink {NS} w:anchor="_Toc1" w:history="1"/>', ""),
    "fldSimple": (f'<w:fldSimple {NS} w:instr=" HYPERLINK &quot;https://www.unodc.org/&quot; "/>', ""),
}


def wrap_runs(runs: list[Any], kind: str) -> Any:
    """Put consecutive runs (of one paragraph) into inline markup of ``kind`` (a key of WRAPPERS)."""
    xml, inner = WRAPPERS[kind]
    wrapper = parse_xml(xml)
    runs[0].addprevious(wrapper)
    holder = wrapper.find(f"{W}{inner}") if inner else wrapper
    for run in runs:
        holder.append(run)
    return wrapper


def runs_of(paragraph: Any) -> list[Any]:
    return list(paragraph.iter(f"{W}r"))


def split(paragraph: Any, run_index: int, at: int) -> tuple[Any, Any]:
    """Cut run ``run_index`` of ``paragraph`` after ``at`` characters; the two runs."""
    run = runs_of(paragraph)[run_index]
    return run, runtext.split_run(run, at)


def put_between(left: Any, xml: str) -> None:
    """Put markup (proofing marks, bookmarks) right after the run ``left``."""
    for element in reversed(list(_elements(xml))):
        left.addnext(element)


def _elements(xml: str) -> Iterator[Any]:
    yield from parse_xml(f"<w:x {NS}>{xml}</w:x>")


def symbol_run(char: str, font: str, like: Any) -> Any:
    """A run holding one w:sym, formatted like the run ``like``."""
    run = parse_xml(f'<w:r {NS}><w:sym w:font="{font}" w:char="{char}"/></w:r>')
    rpr = like.find(f"{W}rPr")
    if rpr is not None:
        run.insert(0, copy.deepcopy(rpr))
    return run


def add_rsids(doc: Any) -> None:
    """Word's revision-session ids on every paragraph and run."""
    for number, p in enumerate(doc.element.body.iter(f"{W}p")):
        p.set(f"{W}rsidR", f"00{number:06X}")
        p.set(f"{W}rsidRDefault", "00A1B2C3")
        p.set(f"{W}rsidP", "00D4E5F6")
        for run in p.iter(f"{W}r"):
            run.set(f"{W}rsidRPr", f"00{number:06X}")
            run.set(f"{W}rsidR", "00C0FFEE")
