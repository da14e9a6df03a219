"""The printed page, read back from LibreOffice's PDF: running heads, page numbers, symbols on one line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import paths
import pytest

from drafter import library
from drafter.compose import answers, assemble, render
from drafter.compose.draft import Draft, OperativeParagraph, PreambularParagraph
from drafter.word import reader

ROOT = paths.ROOT
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SYMBOL = re.compile(r"(?<![A-Za-z0-9./])[A-Za-z0-9][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+"
                    r"|(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
# Symbols put at every position of a line, in both languages (a document no example happens to be).
ZH_LINE = "大会第74/247号决议、2026年12月31日、E/CN.15/2027/L.4号文件和A/RES/74/247号决议以及17 000名"
EN_LINE = "see A/RES/74/247 and E/CN.15/2027/L.4 and UNODC/CCPCJ/EG.4/2021/2 for 17 000 people"
SHIFTS = 48


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("soffice and pdftotext are required in CI")
        pytest.skip("LibreOffice or pdftotext not installed (outside CI)")
    return found


def stress_draft(language: str) -> Draft:
    draft = Draft(kind="resolution", language=language, profile="cn-mun" if language == "zh" else "una-usa")
    draft.organ = "大会" if language == "zh" else "The General Assembly"
    for shift in range(SHIFTS):
        if language == "zh":
            body, lead, end = "字" * shift + ZH_LINE, "回顾", "，"
        else:
            body, lead, end = "word " * (shift // 4) + "x" * (shift % 7) + " " + EN_LINE, "Recalling", ","
        draft.preambular.append(PreambularParagraph(lead, body, end))
    draft.operative.append(OperativeParagraph("决定" if language == "zh" else "Decides", "x",
                                              "。" if language == "zh" else "."))
    return draft


@pytest.fixture(scope="module")
def printed(lib: library.Library, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """Every example and the two line-position documents as .docx and as the text of each PDF page."""
    soffice = _soffice()
    folder = tmp_path_factory.mktemp("pdf")
    docs = []
    for example in EXAMPLES:
        out = folder / f"{example.stem}.docx"
        out.write_bytes(render.to_docx(assemble.assemble(answers.read(example, lib), lib)))
        docs.append(out)
    for language in ("en", "zh"):
        out = folder / f"line-positions-{language}.docx"
        out.write_bytes(render.to_docx(stress_draft(language)))
        docs.append(out)
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), *map(str, docs)], check=True, capture_output=True, timeout=600)
    result = {}
    for docx in docs:
        pdf = docx.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {docx.name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        result[docx.stem] = (docx, pages)
    return result


def lines_of(page: str) -> list[str]:
    return [" ".join(line.replace("\u202f", " ").replace("\u00a0", " ").split()) for line in page.splitlines()
            if line.strip()]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def example_ids() -> list[str]:
    return [p.stem for p in EXAMPLES]


@pytest.mark.parametrize("name", example_ids())
def test_page_numbers_and_running_heads(name: str, printed: dict, lib: library.Library) -> None:
    docx, pages = printed[name]
    parsed = answers.read(ROOT / "examples" / f"{name}.yaml", lib)
    draft = assemble.assemble(parsed, lib)
    total = len(pages)
    assert total >= 1
    for number, page in enumerate(pages, 1):
        lines = lines_of(page)
        first, last = squeeze(lines[0]), squeeze(lines[-1])
        if parsed.kind == "resolution" and parsed.profile == "un":
            if number == 1:  # the heading block alone: no running head, no page number
                assert first == squeeze("United Nations") and not re.fullmatch(r"\d+/\d+", last)
            else:
                assert first == squeeze(draft.running_head), (name, number, lines[0])
                assert last == f"{number}/{total}", (name, number, lines[-1])
            continue
        wanted = f"第{number}页，共{total}页" if parsed.language == "zh" else squeeze(f"Page {number} of {total}")
        assert last == wanted, (name, number, lines[-1])
        if parsed.kind == "position-paper":
            assert first == squeeze(draft.running_head), (name, number, lines[0])


def test_the_un_example_runs_to_a_second_page(printed: dict) -> None:
    assert len(printed["usa-resolution-en-un"][1]) >= 2  # so the continuation page is really tested


@pytest.mark.parametrize("name", example_ids())
def test_no_symbol_is_split_in_an_example(name: str, printed: dict) -> None:
    docx, pages = printed[name]
    text = "\n".join(p.text for p in reader.read(docx).paragraphs)
    # a web address in the list of references is longer than a line and may wrap; symbols inside it are not counted
    symbols = {m.group(0) for m in SYMBOL.finditer(text) if "://" not in _token(text, m.start())}
    body_lines = []
    for page in pages:  # without the running head and the page number
        lines = lines_of(page)
        body_lines += lines[1:-1] if len(lines) > 2 else lines
    for symbol in symbols:
        typed = len(re.findall(rf"(?<![A-Za-z0-9./]){re.escape(symbol)}(?![A-Za-z0-9/])", text))
        printed_whole = sum(len(re.findall(rf"(?<![A-Za-z0-9./]){re.escape(symbol)}(?![A-Za-z0-9/])", line))
                            for line in body_lines)
        assert printed_whole == typed, f"{name}: {symbol!r} is split across lines"


def _token(text: str, index: int) -> str:
    """The run of non-space characters around ``index``."""
    start = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index)) + 1
    ends = [e for e in (text.find(" ", index), text.find("\n", index)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_symbols_stay_whole_at_every_line_position(language: str, printed: dict) -> None:
    _, pages = printed[f"line-positions-{language}"]
    lines = [line for page in pages for line in lines_of(page)]
    symbols = ["A/RES/74/247", "E/CN.15/2027/L.4", "17 000"] + (["2026"] if language == "zh" else
                                                                 ["UNODC/CCPCJ/EG.4/2021/2"])
    for symbol in symbols:
        whole = sum(line.count(symbol) for line in lines)
        assert whole == SHIFTS, f"{language}: {symbol!r} printed whole {whole} times of {SHIFTS}"
