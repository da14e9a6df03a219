"""What an organiser gets from drafter library import: clean clauses (notes out, doubled leads repaired), one
topic per resolution whatever its versions, every document kept when file names clash, nothing written when
anything is wrong, and a progress line on a terminal."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from paths import UN_FIXTURES

from drafter import importer, library, yamlio
from drafter.commands.library import ProgressBar
from drafter.environment import Environment
from drafter.importer.write import write_library
from drafter.status import DrafterError

EN, ZH = UN_FIXTURES / "74_247.docx", UN_FIXTURES / "74_247_C.docx"


def _edited(source: Path, target: Path, changes: dict[str, str], symbol: str | None = None) -> Path:
    """A copy of ``source`` with run texts changed (every run that holds a key) and, when given, another symbol
    (none: "")."""
    document = docx.Document(str(source))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if symbol is not None and re.fullmatch(r"A/RES/74/\d+", run.text.strip()):
                run.text = symbol
            for old, new in changes.items():
                if old in run.text:
                    run.text = run.text.replace(old, new)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


def _texts(folder: Path) -> list[str]:
    """Every English and Chinese text of the clauses an import wrote, sub-paragraphs included."""
    found = []

    def walk(item: dict[str, object]) -> None:
        for lang in ("en", "zh"):
            if isinstance(item.get(lang), str):
                found.append(str(item[lang]))
        for sub in item.get("subparagraphs", []) or []:  # type: ignore[attr-defined]
            walk(sub)

    for path in sorted((folder / "clauses").glob("*.yaml")):
        for clause in yamlio.read(path)["clauses"]:
            walk(clause)
    return found


def test_typed_footnote_numbers_are_taken_out_in_both_languages(tmp_path: Path, lib: library.Library) -> None:
    """74/19 types its notes ("the Convention1", "Agreement;23"); 74/305 has them in both languages; a Chinese
    number between characters goes when the English paragraph has that note."""
    en = _edited(EN, tmp_path / "en.docx", {"Study on Cybercrime;": "Study on Cybercrime;1"})
    zh = _edited(ZH, tmp_path / "zh.docx", {"政府间专家组的工作和成果": "政府间专家组1的工作和成果"})
    out = tmp_path / "lib"
    importer.run(importer.Options([UN_FIXTURES / "74_19.docx", UN_FIXTURES / "74_305_E.docx",
                                   UN_FIXTURES / "74_305_C.docx", en, zh], out), lib)
    loaded = library.load([library.builtin_library(), out])
    assert loaded.clauses["a74-19-op-1"].text.en == "the unified character of the Convention and the vital " \
                                                     "importance of preserving its integrity"
    assert loaded.clauses["a74-19-op-2"].text.en.endswith("the Convention and the Part XI Agreement")
    texts = _texts(out)
    assert not [t for t in texts if re.search(r"[a-z]{3}\d{1,3}\b|;\d|[》”]\d", t)]
    assert not [t for t in texts if re.search(r"  | [,;:.)]|\( |\s(?=[\u4e00-\u9fff，；。：、》）])|(?<=[\u4e00-\u9fff，；。：、《（])\s",
                                             t)]
    changed = loaded.clauses["a74-247-op-2"]
    assert changed.text.en.endswith("Expert Group to Conduct a Comprehensive Study on Cybercrime")
    assert changed.text.zh.endswith("政府间专家组的工作和成果")


def _with_word_footnote(source: Path, target: Path, after: str, note: str) -> Path:
    """``source`` with a real Word footnote (the text ``note``) referred to right after the run ending ``after``."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(source) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    body = parts["word/document.xml"].decode("utf-8")
    reference = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    at = body.index(after + "</w:t></w:r>") + len(after + "</w:t></w:r>")
    parts["word/document.xml"] = (body[:at] + reference + body[at:]).encode("utf-8")
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>')).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>')).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return target


def test_a_word_footnote_becomes_the_source_note(tmp_path: Path, lib: library.Library) -> None:
    noted = _with_word_footnote(EN, tmp_path / "noted.docx", "in a Changing World,", "Resolution 65/230, annex.")
    out = tmp_path / "lib"
    importer.run(importer.Options([noted], out), lib)
    loaded = library.load([library.builtin_library(), out])
    noted_clauses = [c for c in loaded.clauses.values() if "footnote" in c.source.note]
    assert len(noted_clauses) == 1
    assert noted_clauses[0].source.note == "footnote: Resolution 65/230, annex."
    assert noted_clauses[0].text.en.endswith("Development in a Changing World")


def test_a_doubled_lead_is_repaired_and_reported(run, tmp_path: Path) -> None:
    doubled = _edited(EN, tmp_path / "75_5.docx", {" the potential risk": " noting also the potential risk"},
                      symbol="A/RES/75/5")
    out = tmp_path / "lib"
    status, _, err = run("library", "import", str(doubled), "--out", str(out))
    assert status == 0, err
    assert re.search(r"repaired 75_5\.docx ¶\d+ \(preambular, preamble, para\. 2\): the lead 'Noting also' is "
                     r"written twice; kept once", err), err
    assert run("library", "lint", str(out))[0] == 0
    loaded = library.load([library.builtin_library(), out])
    assert loaded.clauses["a75-5-pp-2"].text.en.startswith("the potential risk")


@pytest.mark.parametrize("name", ["Crime\x07", "Crime\u0085", "   "])
def test_a_topic_name_that_cannot_be_written_is_refused(run, tmp_path: Path, name: str) -> None:
    status, _, err = run("library", "import", str(EN), "--out", str(tmp_path / "lib"), "--topic", "crime",
                         "--topic-name", name)
    assert status == 2 and "--topic-name" in err
    assert not (tmp_path / "lib").exists()


def test_two_documents_whose_names_give_one_file_are_both_kept(run, tmp_path: Path) -> None:
    """Without a symbol, clauses files are named after the documents: notes.docx in two folders, 74-247.docx and
    74_247.docx."""
    files = [_edited(UN_FIXTURES / source, tmp_path / folder / name, {}, symbol="")
             for source, folder, name in (("74_247.docx", "a", "notes.docx"), ("74_78.docx", "b", "notes.docx"),
                                          ("74_133.docx", "c", "74-1.docx"), ("74_19.docx", "c", "74_1.docx"))]
    out = tmp_path / "lib"
    status, _, err = run("library", "import", *map(str, files), "--out", str(out))
    assert status == 0, err
    assert sorted(p.name for p in (out / "clauses").iterdir()) == ["74-1-2.yaml", "74-1.yaml", "notes-2.yaml",
                                                                  "notes.yaml"]
    assert err.count("\nread ") + err.startswith("read ") == 4
    assert f"read {tmp_path / 'a' / 'notes.docx'} (en): 23 paragraphs" in err
    assert f"read {tmp_path / 'b' / 'notes.docx'} (en): 21 paragraphs" in err
    loaded = library.load([library.builtin_library(), out])
    by_file = {path.name: len(yamlio.read(path)["clauses"]) for path in (out / "clauses").iterdir()}
    assert by_file["notes.yaml"] == 23 and by_file["notes-2.yaml"] > 15 and len(by_file) == 4
    assert run("library", "lint", str(out))[0] == 0 and len(loaded.topics) > len(library.load().topics)


def test_a_library_that_would_not_load_is_never_written(tmp_path: Path) -> None:
    out = tmp_path / "lib"
    with pytest.raises(DrafterError, match=r"would not load, so nothing was written to .*lib:\n.*invalid id"):
        write_library(out, {"library.yaml": "extends: [builtin]\ntopics:\n  - {id: Bad Id, en: A, zh: 甲}\n",
                            "clauses/x.yaml": "clauses: []\n"}, False, [library.builtin_library()])
    assert list(tmp_path.iterdir()) == []  # neither the folder nor the place the files were checked in
    out.mkdir()
    (out / "library.yaml").write_text("extends: [builtin]\n", encoding="utf-8")
    with pytest.raises(DrafterError, match="would not load"):
        write_library(out, {"library.yaml": "topics: oops\n"}, True, [library.builtin_library()])
    assert (out / "library.yaml").read_text(encoding="utf-8") == "extends: [builtin]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["lib"]


def test_versions_that_do_not_match_make_one_bilingual_topic(run, tmp_path: Path, lib: library.Library) -> None:
    """The English and Chinese versions of one resolution whose structures differ: one message naming both files,
    one topic with both names, one agenda named after the resolution (not "Adopted resolutions")."""
    zh = tmp_path / "74_247_C.docx"
    document = docx.Document(str(ZH))
    last = document.paragraphs[-1]
    for paragraph in reversed(document.paragraphs):
        if paragraph.text.startswith("6."):
            last = paragraph
            break
    last._element.getparent().remove(last._element)  # the Chinese version loses its last operative paragraph
    document.save(str(zh))
    out = tmp_path / "cyber"
    status, _, err = run("library", "import", str(EN), str(zh), "--out", str(out))
    assert status == 0, err
    assert "NOT PAIRED A/RES/74/247 (74_247.docx, 74_247_C.docx): 6 operative paragraphs in 74_247.docx, 5 in " \
           "74_247_C.docx; each version is imported in its own language, both under one topic" in err
    loaded = library.load([library.builtin_library(), out])
    (topic,) = [t for t in loaded.topics.values() if t.id not in lib.topics]
    assert topic.name.en.startswith("Countering the use") and topic.name.zh.startswith("打击为犯罪目的")
    (agenda,) = [a for a in loaded.agendas.values() if a.id not in lib.agendas]
    assert agenda.name == topic.name and agenda.topics == (topic.id,)
    imported = [c for c in loaded.clauses.values() if c.id not in lib.clauses]
    assert {c.languages for c in imported} == {("en",), ("zh",)} and all(c.topics == (topic.id,) for c in imported)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_only(tmp_path: Path, lib: library.Library) -> None:
    shown = Environment(stdout=io.StringIO(), stderr=_Terminal(), cwd=tmp_path)
    bar = ProgressBar(shown)
    importer.run(importer.Options([EN, ZH], tmp_path / "a"), lib, bar.show)
    bar.end()
    text = shown.stderr.getvalue()
    assert "\r[" in text and "reading 74_247_C.docx" in text and "comparing paragraphs" in text
    assert text.endswith("\n") and "2/2" in text
    quiet = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    bar = ProgressBar(quiet)
    importer.run(importer.Options([EN], tmp_path / "b"), lib, bar.show)
    bar.end()
    assert quiet.stderr.getvalue() == ""


def test_a_document_that_cannot_be_read_stops_the_import(run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    shutil.copy(EN, tmp_path / "good.docx")
    status, _, err = run("library", "import", str(tmp_path / "good.docx"), str(broken), "--out", str(tmp_path / "x"))
    assert status == 3 and "broken.docx" in err
    assert not (tmp_path / "x").exists()
