"""Chinese typography wherever drafter writes Chinese, and the structure of the printed page (no LibreOffice)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import paths
import pytest
from docdump import page_parts

from drafter import library
from drafter.compose import answers, assemble, positions, preview, render
from drafter.interview import messages
from drafter.interview.flow import Flow
from drafter.punctuation import full_width_brackets, zh_typography
from drafter.word import package, reader

ROOT = paths.ROOT
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
CHINESE_EXAMPLES = [p for p in EXAMPLES if re.search(r"^language: zh", p.read_text(encoding="utf-8"), re.M)]
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef《》“”]"
# A half-width , ; : ? ! . ( ) [ ] standing next to Chinese text (a "." that opens a file suffix such as .docx is
# not punctuation).
MARK = r"(?:[,;:?!()\[\]]|\.(?![A-Za-z0-9]))"
HALF_BY_CHINESE = re.compile(rf"(?<={CJK}) *{MARK}|{MARK} *(?={CJK})")
UN_CITATION = re.compile(r"\d\(\d{4}\)")  # 第2165(2014)号决议 (UN-B15, ZH-P02) keeps its brackets
PARAGRAPH_NUMBER = re.compile(r"^\s*\d+\\?\.(?= )")  # UN-B07: Chinese keeps "1." (previews type Word's numbers)


CITATIONS = re.compile(r"\[\d+(?:, \d+)*\]")  # a position paper's citation numbers ("[3]", "[1, 2]", GB/T 7714)
KEYCAPS = re.compile(r"\[[ x]\]")  # the picker's key names and tick boxes ("[ ] 调整顺序", "[x] 已选入草案"): symbols, not brackets


def half_width_by_chinese(text: str) -> list[str]:
    if CITATIONS.match(text) and not re.search(r"[\u4e00-\u9fff]", text):
        return []  # an entry of a Chinese paper's references that is all in English (an English work's title)
    text = PARAGRAPH_NUMBER.sub(lambda m: m.group(0)[:-1] + "#", text)
    text = KEYCAPS.sub("##", text)
    text = CITATIONS.sub(lambda m: "#" * len(m.group(0)), text)
    allowed = {m.start() + offset for m in UN_CITATION.finditer(text) for offset in (1, 6)}
    return [text[max(0, m.start() - 8): m.end() + 8] for m in HALF_BY_CHINESE.finditer(text)
            if not ({m.start(), m.end() - 1} & allowed)]


def chinese_texts(docx: Path) -> list[str]:
    doc = reader.read(docx)
    return [p.text for p in doc.paragraphs] + [line.split(" | ", 2)[2] for line in page_parts(doc.docx)
                                               if line.count(" | ") >= 2]


def build(parsed: answers.Answers, lib: library.Library, tmp_path: Path, name: str) -> Path:
    out = tmp_path / f"{name}.docx"
    out.write_bytes(render.to_docx(assemble.assemble(parsed, lib)))
    return out


def test_the_check_finds_half_width_marks() -> None:
    assert half_width_by_chinese("建议(UNODC/2)。") and half_width_by_chinese("国家,以及") \
        and half_width_by_chinese("公约.")
    assert half_width_by_chinese("第2165(2014)号决议") == []
    assert half_width_by_chinese("Distr.: Limited; 1.1 (a)") == []
    assert half_width_by_chinese("1. 鼓励会员国") == [] and half_width_by_chinese("文件名须以 .docx 结尾") == []
    assert half_width_by_chinese("(a) 鼓励会员国") and half_width_by_chinese("鼓励会员国. ")


def test_there_are_chinese_examples() -> None:
    assert len(CHINESE_EXAMPLES) >= 3


@pytest.mark.parametrize("example", CHINESE_EXAMPLES, ids=lambda p: p.stem)
def test_chinese_examples_use_chinese_punctuation(example: Path, lib: library.Library, tmp_path: Path) -> None:
    parsed = answers.read(example, lib)
    assert parsed.language == "zh"
    draft = assemble.assemble(parsed, lib)
    docx = build(parsed, lib, tmp_path, example.stem)
    texts = chinese_texts(docx) + preview.to_text(draft).splitlines() + preview.to_text(draft, markdown=True).splitlines()
    assert [bad for text in texts for bad in half_width_by_chinese(text)] == []
    if parsed.kind == "resolution":  # names are joined with 、
        assert any("、" in text for text in texts if text.startswith(("起草国", "附议国", "主提交国", "联合提交国")))


@pytest.mark.parametrize("profile", ["un", "cn-mun", "thimun", "una-usa"])
def test_every_clause_in_chinese_uses_chinese_punctuation(profile: str, lib: library.Library, tmp_path: Path) -> None:
    parsed = answers.Answers(kind="resolution", language="zh", profile=profile, committee="ccpcj", agenda="cybercrime",
                             country="CHN", sponsors=["CHN", "RUS", "BRA"], signatories=["IND", "ZAF"],
                             date="2027-05-20", draft_number="1.1")
    parsed.preambular = [answers.ClauseChoice(id=c.id) for c in lib.clauses.values() if c.kind == "preambular"]
    parsed.operative = [answers.ClauseChoice(id=c.id) for c in lib.clauses.values() if c.kind == "operative"]
    docx = build(parsed, lib, tmp_path, profile)
    assert [bad for text in chinese_texts(docx) for bad in half_width_by_chinese(text)] == []


def test_chinese_position_papers_for_every_bloc(lib: library.Library, tmp_path: Path) -> None:
    """One Chinese paper per bloc, so that every branch of the template is written out."""
    countries = {}
    for country in lib.countries.values():
        for bloc in country.blocs:
            countries.setdefault(bloc, country.iso3)
    assert len(countries) >= 5
    for iso3 in sorted(set(countries.values())):
        parsed = answers.Answers(kind="position-paper", language="zh", profile="cn-mun", committee="ccpcj",
                                 agenda="cybercrime", country=iso3, date="2027-05-20")
        docx = build(parsed, lib, tmp_path, iso3)
        assert [bad for text in chinese_texts(docx) for bad in half_width_by_chinese(text)] == [], iso3


def test_questionnaire_prompts_in_chinese() -> None:
    bad = {key: zh for key, (_, zh) in messages.MESSAGES.items() if half_width_by_chinese(zh)}
    assert bad == {}
    questionary = pytest.importorskip("questionary")
    del questionary
    from drafter.interview.questionnaire import WIDGET_TEXTS  # the widgets' own help lines

    assert {key: zh for key, (_, zh) in WIDGET_TEXTS.items() if half_width_by_chinese(zh)} == {}


def test_brackets_and_marks_become_full_width() -> None:
    assert zh_typography("建议(UNODC/CCPCJ/EG.4/2021/2)。") == "建议（UNODC/CCPCJ/EG.4/2021/2）。"
    assert zh_typography("《公约》(《布达佩斯公约》,2001年)") == "《公约》（《布达佩斯公约》，2001年）"
    assert full_width_brackets("第2165(2014)号决议") == "第2165(2014)号决议"
    assert full_width_brackets("see (a) and (b)") == "see (a) and (b)"


# -- symbols that must not break ---------------------------------------------------------------------------------


def test_symbols_and_thousands_are_tied() -> None:
    tied = render.unbreakable("see A/RES/74/247, E/CN.15/2027/L.4 and 17 000 people in 2027 20")
    assert "A\u2060/\u2060RES\u2060/\u206074\u2060/\u2060247" in tied
    assert "E\u2060/\u2060CN.15\u2060/\u20602027\u2060/\u2060L.4" in tied
    assert "17\u202f000" in tied and "2027 20" in tied
    assert render.unbreakable("第74/247号决议") == "第74\u2060/\u2060247号决议"


def test_the_checker_reads_symbols_without_joiners(lib: library.Library, tmp_path: Path) -> None:
    example = ROOT / "examples" / "usa-resolution-en-un.yaml"
    docx = build(answers.read(example, lib), lib, tmp_path, "usa")
    with zipfile.ZipFile(docx) as package:
        assert "E\u2060/\u2060CN.15" in package.read("word/document.xml").decode("utf-8")
    texts = [p.text for p in reader.read(docx).paragraphs]
    assert "E/CN.15/2027/L.3" in texts and not any("\u2060" in t for t in texts)


def test_chinese_documents_tag_latin_text_so_it_is_not_broken(lib: library.Library, tmp_path: Path) -> None:
    example = ROOT / "examples" / "china-resolution-zh-cn-mun.yaml"
    docx = build(answers.read(example, lib), lib, tmp_path, "china")
    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    langs = set(re.findall(r"<w:lang [^>]*/>", xml))
    assert langs and all('w:val="en-GB"' in lang and 'w:eastAsia="zh-CN"' in lang for lang in langs)


# -- running heads and page numbers ------------------------------------------------------------------------------


def parts_of(example: str, lib: library.Library, tmp_path: Path) -> list[str]:
    docx = build(answers.read(ROOT / "examples" / f"{example}.yaml", lib), lib, tmp_path, example)
    return page_parts(package.open_docx(docx))


def test_un_profile_pages(lib: library.Library, tmp_path: Path) -> None:
    parts = parts_of("usa-resolution-en-un", lib, tmp_path)
    assert "page setup | different first page" in parts  # page 1 keeps the heading block alone
    assert "header | right | E/CN.15/2027/L.3" in parts and "even_page_header | left | E/CN.15/2027/L.3" in parts
    assert "footer | right | {PAGE}/{NUMPAGES}" in parts and "even_page_footer | left | {PAGE}/{NUMPAGES}" in parts
    assert not any(p.startswith(("first_page_header", "first_page_footer")) for p in parts)


@pytest.mark.parametrize("example,footer", [("brazil-resolution-en-una-usa", "Page {PAGE} of {NUMPAGES}"),
                                            ("team-mexico-en-thimun", "Page {PAGE} of {NUMPAGES}"),
                                            ("china-resolution-zh-cn-mun", "第{PAGE}页，共{NUMPAGES}页")])
def test_mun_profiles_number_every_page(example: str, footer: str, lib: library.Library, tmp_path: Path) -> None:
    parts = parts_of(example, lib, tmp_path)
    assert parts == [f"footer | center | {footer}"]


def test_position_papers_carry_a_running_head(lib: library.Library, tmp_path: Path) -> None:
    # ZPP-03: the delegate's name, and the date the README promises on every page
    assert "header | right | 王磊\u30002027年5月20日" in parts_of("russia-position-paper-zh", lib, tmp_path)
    assert "header | right | Amina Njoroge · 20 May 2027" in parts_of("kenya-position-paper-en", lib, tmp_path)
    anonymous = answers.Answers(kind="position-paper", language="en", profile="un", committee="ccpcj",
                                agenda="cybercrime", country="KEN", date="2027-05-20")
    assert assemble.assemble(anonymous, lib).running_head == "Kenya · 20 May 2027"


def test_a_template_with_its_own_header_keeps_it(lib: library.Library, tmp_path: Path) -> None:
    from docx import Document

    template = Document(str(render.default_template()))
    template.sections[0].header.paragraphs[0].text = "Conference letterhead"
    template.save(str(tmp_path / "conference.docx"))
    draft = assemble.assemble(answers.read(ROOT / "examples" / "usa-resolution-en-un.yaml", lib), lib)
    out = tmp_path / "out.docx"
    out.write_bytes(render.to_docx(draft, tmp_path / "conference.docx"))
    assert page_parts(package.open_docx(out)) == ["header | - | Conference letterhead"]


# -- position papers ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh"])
def test_position_paper_date_and_proposal_lists(language: str, lib: library.Library) -> None:
    parsed = answers.Answers(kind="position-paper", language=language, profile="un", committee="ccpcj",
                             agenda="cybercrime", country="KEN", date="2027-05-20")
    parsed.operative = [answers.ClauseChoice(id="cyb-core-op-02"), answers.ClauseChoice(id="cyb-core-op-20")]
    draft = assemble.assemble(parsed, lib)
    assert [line.full for line in draft.heading if line.role == "date"] == (
        ["日期：2027年5月20日"] if language == "zh" else ["Date: 20 May 2027"])
    proposals = next(s for s in draft.sections if s.heading.startswith(("IV.", "四、")))
    items = proposals.items
    assert len(items) == 2
    first = items[0]
    assert first.text.endswith("：" if language == "zh" else ":")
    assert [c.text[-1] for c in first.children] == (["；", "。"] if language == "zh" else [";", "."])
    assert not first.text.startswith("建议委员会建议")
    assert items[1].text.endswith("。" if language == "zh" else ".") and not items[1].children


def test_a_template_with_text_after_its_list_is_refused(tmp_path: Path) -> None:
    from drafter.status import DrafterError

    with pytest.raises(DrafterError, match="text after a section's list"):
        positions.parse_sections("## I\n\nintro\n- one\n- two\n\nafterwards\n", tmp_path / "t.j2")
    sections = positions.parse_sections("## I\n\nintro\n- one\n  - one (a)\n- two\n", tmp_path / "t.j2")
    assert sections[0].paragraphs == ["intro"]
    assert [(i.text, [c.text for c in i.children]) for i in sections[0].items] == [("one", ["one (a)"]), ("two", [])]


def test_the_bloc_line_joins_names_with_the_chinese_comma(lib: library.Library) -> None:
    import types

    country = max(lib.countries.values(), key=lambda c: len(c.blocs))
    for lang, separator in (("zh", "、"), ("en", ", ")):
        asker = types.SimpleNamespace()
        drafting = Flow(lib=lib, asker=asker, lang=lang)  # type: ignore[arg-type]
        names = [lib.blocs[b].name[lang] for b in country.blocs]
        line = drafting.t("country-blocs", name=country.name[lang], blocs=drafting.bloc_names(country))
        assert len(names) >= 2 and separator.join(names) in line, line
        if lang == "zh":
            assert ", " not in line and not half_width_by_chinese(line) and " " not in line
