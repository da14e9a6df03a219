"""Drafts made by Word or WPS: content controls around paragraphs and inside them, smart tags, custom XML, a
hyperlink round a lead, proofing marks and a bookmark inside a lead, custom XML round paragraphs, page-break
marks in runs, rsid attributes, a simple field, a symbol, a phonetic guide (ruby),
numbering linked through a numbering style and given only by a paragraph style, a w:lvlOverride holding a w:lvl,
WPS's Chinese list formats. The checker reads the same text and labels as LibreOffice shows, finds what it finds
on the same draft written plainly, and --fix writes a file LibreOffice opens with the text intact."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from check.test_check_rules import ZH_HEAD, ZH_ORGAN, ZH_PRE, Para
from check.test_fix_oracle import expected_texts
from check.test_fix_word_lists import parts
from check.test_word_numbering import numbered
from docmaker import make
from docx import Document
from docx.oxml import parse_xml
from paths import ROOT
from wordlists import CLAUSES, NS, abstract, lvl, num, number, set_lists
from wordmarkup import (
    WRAPPERS,
    W,
    add_rsids,
    body_paragraphs,
    put_between,
    runs_of,
    split,
    symbol_run,
    wrap_paragraphs,
    wrap_runs,
)

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

EN: list[Para] = [
    "Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
    "Sponsors: China, France", "Signatories: Brazil",
    [("The Commission on Crime Prevention and Criminal Justice", "i"), (",", "")],
    [("Recalling", "i"), (" its resolution 22/7 of ", ""), ("26 April 2013", ""), (",", "")],
    [("Noting with concern", ""), (" the rise of ransomware attacks on hospitals", ""), (";", "")],
    [("Requests", "u"), (" the ", ""), ("United Nations Office on Drugs and Crime", ""), (":", "")],
    "to train judges and prosecutors;", "to support the central authorities of developing countries;",
    [("Urges", "u"), (" Member States to cooperate (see ", ""), ("§", ""), (" 12 of the report);", "")],
    [("Decides", "u"), (" to continue its consideration of the question at its next session.", "")]]
EN_CLAUSES, EN_SUBS = [7, 10, 11], [8, 9]

ZH: list[Para] = [*ZH_HEAD, ZH_ORGAN, ZH_PRE, [("请", "u"), ("联合国毒品和犯罪问题办公室：", "")], "培训法官；", "培训检察官；",
                  [("敦促", "u"), ("会员国开展合作；", "")], [("吁请", "u"), ("会员国：", "")], "分享信息；", "制定法律；",
                  [("决定", "u"), ("在下届会议上继续审议这一问题。", "")]]
ZH_TYPED = {7: "一、", 8: "（一）", 9: "（二）", 10: "二、", 11: "三、", 12: "（一）", 13: "（二）", 14: "四、"}


def plain_en(tmp_path: Path) -> Path:
    """The English draft written plainly: each paragraph numbered by its own w:numPr in one list."""
    path = make(tmp_path, EN, "plain-en.docx")
    doc = Document(str(path))
    set_lists(doc, abstract(1, CLAUSES) + num(1, 1))
    for position in EN_CLAUSES:
        number(doc.paragraphs[position], 1, 0)
    for position in EN_SUBS:
        number(doc.paragraphs[position], 1, 1)
    doc.save(str(path))
    return path


def word_en(tmp_path: Path) -> Path:
    """The same draft as Word writes it, with every kind of markup of the module's docstring."""
    path = make(tmp_path, EN, "word-en.docx")
    doc = Document(str(path))
    link = '<w:styleLink w:val="ResolutionList"/>'
    uses = '<w:numStyleLink w:val="ResolutionList"/>'
    own_sub_level = f'<w:lvlOverride w:ilvl="1">{lvl(1, "lowerLetter", "(%2)")}</w:lvlOverride>'
    set_lists(doc, abstract(10, CLAUSES, link) + f'<w:abstractNum w:abstractNumId="11">{uses}</w:abstractNum>'
              + num(10, 10) + num(11, 11) + num(12, 11, own_sub_level))
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {NS} w:type="numbering" w:styleId="ResolutionList"><w:name w:val="Resolution '
                            'List"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/>'
                            '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="11"/></w:numPr></w:pPr>'
                            '</w:style>'))
    for position in EN_CLAUSES:
        doc.paragraphs[position].style = doc.styles["Clause"]
    for position in EN_SUBS:
        number(doc.paragraphs[position], 12, 1)
    paragraphs = body_paragraphs(doc)
    wrap_paragraphs(paragraphs[0], paragraphs[3], "Heading block")
    wrap_runs(runs_of(paragraphs[4])[:1], "sdt")
    rec, alling = split(paragraphs[5], 0, 3)
    put_between(rec, '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="lead"/>')
    put_between(alling, '<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>')
    wrap_runs(runs_of(paragraphs[5])[3:4], "smartTag")
    wrap_runs(runs_of(paragraphs[6])[1:], "customXml")
    for run in runs_of(paragraphs[6]):  # where Word last broke the page, as it records in every run it saves there
        run.insert(1, parse_xml(f"<w:lastRenderedPageBreak {NS}/>"))
    wrap_runs(runs_of(paragraphs[7])[:1], "hyperlink")
    wrap_runs(runs_of(paragraphs[7])[2:3], "fldSimple")
    section = runs_of(paragraphs[10])[2]
    section.addprevious(symbol_run("00A7", "Times New Roman", section))
    section.getparent().remove(section)
    wrap_runs(runs_of(paragraphs[10])[:1], "sdt")
    decides, _ = split(paragraphs[11], 0, 4)
    put_between(decides, '<w:proofErr w:type="gramStart"/>')
    wrap_paragraphs(paragraphs[8], paragraphs[9], "", "customXml")
    wrap_paragraphs(paragraphs[10], paragraphs[11], "Clauses")
    add_rsids(doc)
    doc.save(str(path))
    return path


def wps_zh(tmp_path: Path, typed: bool = False) -> Path:
    """A Chinese draft as WPS numbers it: clauses "一、" (chineseCountingThousand), sub-clauses "（一）"
    (chineseCounting; the second group through a w:lvlOverride holding an ideographDigital w:lvl), a phonetic
    guide over a character of the organ line. ``typed``: the same labels typed, no guide."""
    paragraphs = [[(ZH_TYPED[i], ""), *([(p, "")] if isinstance(p, str) else p)] if typed and i in ZH_TYPED else p
                  for i, p in enumerate(ZH)]
    path = make(tmp_path, paragraphs, f"wps-zh{'-typed' if typed else ''}.docx")
    if typed:
        return path
    doc = Document(str(path))
    override = f'<w:lvlOverride w:ilvl="1">{lvl(1, "ideographDigital", "（%2）")}</w:lvlOverride>'
    set_lists(doc, abstract(1, [lvl(0, "chineseCountingThousand", "%1、"), lvl(1, "chineseCounting", "（%2）")])
              + num(1, 1) + num(2, 1, override))
    for position, place in {7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 0), 11: (1, 0), 12: (2, 1), 13: (2, 1),
                            14: (1, 0)}.items():
        number(doc.paragraphs[position], *place)
    organ = body_paragraphs(doc)[5]  # 犯 with its pinyin over it (a phonetic guide)
    first, rest = split(organ, 0, 2)
    rest, after = split(organ, 1, 1)
    guide = parse_xml(f'<w:r {NS}><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/>'
                      '<w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr>'
                      '<w:rt><w:r><w:t>fàn</w:t></w:r></w:rt><w:rubyBase/></w:ruby></w:r>')
    rest.addprevious(guide)
    guide.find(f"{W}ruby/{W}rubyBase").append(rest)
    doc.save(str(path))
    return path


def wps_margin_zh(tmp_path: Path, fmt: str) -> Path:
    """The Chinese draft whose sub-clauses WPS numbers "（%1）" in ``fmt`` at level 0 of a list of their own (at
    the clauses' margin), the second group a second instance that continues the count."""
    lists = abstract(1, [lvl(0), lvl(1, "lowerLetter", "（%2）")]) + abstract(2, [lvl(0, fmt, "（%1）")]) \
        + num(1, 1) + num(2, 2) + num(3, 2)
    return numbered(tmp_path, ZH, {7: (1, 0), 8: (2, 0), 9: (2, 0), 10: (1, 0), 11: (1, 0), 12: (3, 0), 13: (3, 0),
                                   14: (1, 0)}, lists)


def seen(path: Path) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in reader.read(path).paragraphs]


def found(path: Path, lib: library.Library) -> list[tuple[int, int, str, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.column, f.rule, f.message, f.fix) for f in report.findings]


def test_word_markup_reads_as_the_plain_draft(lib: library.Library, tmp_path: Path) -> None:
    """Same texts, same labels, same findings (the two faults of the preamble among them)."""
    plain, word = plain_en(tmp_path), word_en(tmp_path)
    assert seen(word) == seen(plain)
    assert [label for label, _ in seen(word) if label] == ["1.", "(a)", "(b)", "2.", "3."]
    assert seen(word)[10][1] == "Urges Member States to cooperate (see § 12 of the report);"
    assert found(word, lib) == found(plain, lib)
    assert {finding[2] for finding in found(word, lib)} >= {"preambular-end", "lead-emphasis"}


def test_wps_lists_read_as_the_typed_draft(lib: library.Library, tmp_path: Path) -> None:
    """WPS's Chinese list formats show "一、" and "（一）" as typed labels do, and get the same findings."""
    wps, typed = wps_zh(tmp_path), wps_zh(tmp_path, typed=True)
    assert [p.label for p in reader.read(wps).paragraphs if p.label] == list(ZH_TYPED.values())
    rules = {(finding[0], finding[2]) for finding in found(wps, lib)}
    assert rules == {(finding[0], finding[2]) for finding in found(typed, lib)}
    assert rules == {(i + 1, "numbering-form") for i in (7, 10, 11, 14)} | \
        {(i + 1, "sub-label-style") for i in (8, 9, 12, 13)}


@pytest.mark.parametrize(("fmt", "shown"), [("chineseCounting", "（一）"), ("ideographDigital", "（一）"),
                                            ("chineseCountingThousand", "（一）"), ("lowerRoman", "（i）")])
def test_a_wps_sub_list_at_the_margin(fmt: str, shown: str, lib: library.Library, tmp_path: Path) -> None:
    """Each group is one sub-label-level finding naming the label the draft shows; Chinese counting is also a
    sub-label-style finding on each sub-clause (roman numerals are allowed); --fix nests and letters them."""
    path = wps_margin_zh(tmp_path, fmt)
    report, _ = check.check_file(path, lib)
    level = [(f.paragraph, f.message) for f in report.findings if f.rule == "sub-label-level"]
    assert level[0] == (9, f"分段“{shown}”被编为与条款并列的另一个Word列表，应设为条款编号的下一级")
    assert [paragraph for paragraph, _ in level] == [9, 13]
    styled = [f.paragraph for f in report.findings if f.rule == "sub-label-style"]
    assert styled == ([] if fmt == "lowerRoman" else [9, 10, 13, 14])
    fixed = fixed_copy(path, lib)
    assert [p.label for p in reader.read(fixed).paragraphs if p.label] == \
        ["1.", "（a）", "（b）", "2.", "3.", "（a）", "（b）", "4."]


def fixed_copy(path: Path, lib: library.Library) -> Path:
    """--fix ``path``: every fixable finding fixed, each paragraph's text the original with the listed edits."""
    report, doc = check.check_file(path, lib)
    out = path.with_name(f"{path.stem}-fixed.docx")
    fixed, rest = fix.fix(report, doc, out, force=True)
    assert fixed and all(not f.edits for f in rest)
    want = expected_texts(check.check_file(path, lib)[1], fixed)
    assert {p.index: p.text for p in reader.read(out).paragraphs} == want
    again, again_doc = check.check_file(out, lib)
    assert not {(f.paragraph, f.rule) for f in again.findings} & {(f.paragraph, f.rule) for f in fixed}
    fix.fix(again, again_doc, path.with_name(f"{path.stem}-twice.docx"), force=True)
    assert parts(path.with_name(f"{path.stem}-twice.docx")) == parts(out)  # --fix twice is --fix once
    return out


def test_fix_writes_within_the_markup(lib: library.Library, tmp_path: Path) -> None:
    word = fixed_copy(word_en(tmp_path), lib)
    assert seen(word)[6] == ("", "Noting with concern the rise of ransomware attacks on hospitals,")
    wps = fixed_copy(wps_zh(tmp_path), lib)
    assert [p.label for p in reader.read(wps).paragraphs if p.label] == \
        ["1.", "（a）", "（b）", "2.", "3.", "（a）", "（b）", "4."]


def test_libreoffice_shows_what_the_reader_reads(lib: library.Library, tmp_path: Path) -> None:
    """LibreOffice's text export of the Word and WPS drafts, and of their fixed copies, shows every paragraph
    with the label and text the reader reads."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    drafts = [word_en(tmp_path), wps_zh(tmp_path), wps_margin_zh(tmp_path, "chineseCounting")]
    drafts += [fixed_copy(path, lib) for path in drafts]
    out = tmp_path / "txt"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(out), *map(str, drafts)], check=True,
                   capture_output=True, timeout=300)
    for path in drafts:
        lines = (out / f"{path.stem}.txt").read_text(encoding="utf-8-sig").splitlines()
        assert [line.strip() for line in lines] == [f"{label} {text}".strip() for label, text in seen(path)], \
            path.name


BENCH = sorted([*(ROOT / "bench" / "students" / "word").glob("*.docx"),
                *(ROOT / "bench" / "students" / "word-lo").glob("*.docx"),
                *(ROOT / "bench" / "students" / "word-blind").glob("*.docx")])


def marked_up(source: Path, out: Path, seed: int) -> Path:
    """A copy of ``source`` with Word's markup put in at random (seeded): inline wrappers round runs, proofing
    marks and bookmarks between runs, page-break marks in runs, rsids, block content controls and custom XML
    round paragraphs."""
    chance = random.Random(seed)
    doc = Document(str(source))
    for at, p in enumerate(body_paragraphs(doc)):
        runs = list(p.iterchildren(f"{W}r"))
        if len(runs) >= 2:
            put_between(runs[chance.randrange(len(runs) - 1)],
                        f'<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="{at}" w:name="b{at}"/>'
                        f'<w:bookmarkEnd w:id="{at}"/><w:proofErr w:type="spellEnd"/>')
        if runs:
            chance.choice(runs).insert(1, parse_xml(f"<w:lastRenderedPageBreak {NS}/>"))
            start = chance.randrange(len(runs))
            wrap_runs(runs[start:chance.randrange(start, len(runs)) + 1], chance.choice(sorted(WRAPPERS)))
    add_rsids(doc)
    paragraphs = body_paragraphs(doc)
    for kind in ("sdt", "customXml"):
        first = chance.randrange(len(paragraphs) - 3)
        wrap_paragraphs(paragraphs[first], paragraphs[first + chance.randrange(3)], "Block", kind)
        paragraphs = body_paragraphs(doc)
    doc.save(str(out))
    return out


@pytest.mark.parametrize("path", BENCH, ids=lambda p: p.name)
def test_word_markup_changes_nothing_on_the_bench_drafts(path: Path, lib: library.Library, tmp_path: Path) -> None:
    """Every Word- and LibreOffice-numbered student draft with markup put in at random reads, checks and is fixed
    as the draft itself."""
    marked = marked_up(path, tmp_path / path.name, seed=len(path.name))
    assert seen(marked) == seen(path)
    assert found(marked, lib) == found(path, lib)
    report, doc = check.check_file(marked, lib)
    fix.fix(report, doc, tmp_path / "marked-fixed.docx", force=True)
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert seen(tmp_path / "marked-fixed.docx") == seen(tmp_path / "fixed.docx")
