"""drafter library import: adopted resolutions (.docx) into a clause library, and back into documents."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from paths import UN_FIXTURES

from drafter import importer, library, yamlio
from drafter.punctuation import strip_end
from drafter.structure import read_structure
from drafter.word import reader

FIXTURES = UN_FIXTURES
EN, ZH = FIXTURES / "74_247.docx", FIXTURES / "74_247_C.docx"


def _paragraphs(path: Path, lib: library.Library) -> tuple[list[str], list[str], list[str]]:
    """Preambular, operative (with their sub-paragraphs, depth first) texts of a document, final punctuation aside,
    and the stray spaces beside Chinese that an import drops (the UN's "第22/8号决议， 其中")."""
    tree = read_structure(reader.read(path), lib)
    def norm(text: str) -> str:
        text = re.sub(r"\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+",
                      "", text)
        return re.sub(r"\s+", " ", strip_end(text)).strip()
    pre = [norm(n.content) for n in tree.preamble]
    ops = [norm(n.content) for n in tree.operative]
    subs = [norm(n.content) for n in tree.walk() if n.level > 0]
    return pre, ops, subs


def _import(run, tmp_path: Path, *argv: str) -> tuple[int, str]:
    status, _, err = run("library", "import", *argv)
    return status, err


def test_round_trip_of_a_74_247_in_both_languages(run, tmp_path: Path, lib: library.Library) -> None:
    out = tmp_path / "cyber"
    status, err = _import(run, tmp_path, str(EN), str(ZH), "--out", str(out))
    assert status == 0, err
    assert "paired A/RES/74/247: 74_247.docx + 74_247_C.docx" in err
    status, _, err = run("library", "lint", str(out))
    assert status == 0 and err.startswith("clean"), err
    # the answers that rebuild the resolution: every clause in order, with the lead forms it was written with
    report = importer.run(importer.Options([EN, ZH], tmp_path / "again"), lib)
    for lang, original in (("en", EN), ("zh", ZH)):
        answers = tmp_path / f"rebuilt-{lang}.yaml"
        answers.write_text(yamlio.dump(importer.answers_for(report, "A/RES/74/247", lang, "cyber", "CHN")),
                           encoding="utf-8")
        status, _, err = run("build", str(answers), "--library", str(out))
        assert status == 0, err
        built = answers.with_suffix(".docx")
        assert _paragraphs(built, lib) == _paragraphs(original, lib)
        assert len(_paragraphs(built, lib)[0]) == 17 and len(_paragraphs(built, lib)[1]) == 6
        status, out_text, err = run("check", str(built), "--library", str(out))
        clean = "0 errors, 0 warnings" if lang == "en" else "0 个错误，0 个警告"
        assert status == 0 and clean in out_text, out_text


def test_clauses_name_their_source_and_topic(tmp_path: Path, lib: library.Library) -> None:
    out = tmp_path / "cyber"
    importer.run(importer.Options([EN, ZH], out, topic="ict-crime", topic_names=["ICT crime", "信通技术犯罪"]), lib)
    loaded = library.load([library.builtin_library(), out])
    clause = loaded.clauses["a74-247-op-5"]
    assert clause.phrase == "invites" and clause.topics == ("ict-crime",)
    assert clause.text.en.startswith("donor countries to provide assistance") and not clause.text.en.endswith(";")
    assert clause.text.zh.startswith("捐助国向联合国提供援助")
    assert (clause.source.symbol, clause.source.ref) == ("A/RES/74/247", "para. 5")
    assert loaded.clauses["a74-247-pp-3"].source.ref == "preamble, para. 3"
    assert loaded.topics["ict-crime"].name.zh == "信通技术犯罪"
    agenda = loaded.agendas["ict-crime"]
    assert agenda.topics == ("ict-crime",) and loaded.committees[agenda.committee].organ.en == "The General Assembly"


def test_existing_folder_is_not_replaced_without_force(run, tmp_path: Path) -> None:
    out = tmp_path / "lib"
    assert _import(run, tmp_path, str(EN), "--out", str(out))[0] == 0
    target = out / "clauses" / "a74-247.yaml"
    target.write_text("# mine\n", encoding="utf-8")
    status, err = _import(run, tmp_path, str(EN), "--out", str(out))
    assert status == 2 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    (out / "mine.yaml").write_text("topics:\n  - {id: mine, en: Mine, zh: 我的}\n", encoding="utf-8")
    status, err = _import(run, tmp_path, str(EN), "--out", str(out), "--force")
    assert status == 0 and "not written by this import" in err and "mine.yaml" in err
    assert "a74-247-op-1" in target.read_text(encoding="utf-8")


def test_one_language_clauses_load_and_refuse_the_other_language(run, tmp_path: Path) -> None:
    out = tmp_path / "en-only"
    assert _import(run, tmp_path, str(EN), "--out", str(out))[0] == 0
    data = yamlio.read(out / "clauses" / "a74-247.yaml")
    assert data["clauses"][0]["languages"] == ["en"] and "zh" not in data["clauses"][0]
    status, _, err = run("library", "lint", str(out))
    assert status == 0, err
    answers = tmp_path / "zh.yaml"
    answers.write_text("kind: resolution\nlanguage: zh\nagenda: en-only\ncountry: CHN\nsponsors: [CHN]\npreambular: [a74-247-pp-1]\n"
                       "operative: [a74-247-op-1]\n", encoding="utf-8")
    status, _, err = run("build", str(answers), "--library", str(out), "--lang", "en")
    assert status == 2
    assert "zh.yaml:6:14: clause 'a74-247-pp-1' has no Chinese text" in err
    status, _, err = run("build", str(answers), "--library", str(out))  # a Chinese answers file: told in Chinese
    assert status == 2 and "zh.yaml 第6行第14列：条款“a74-247-pp-1”没有中文文本" in err
    assert not answers.with_suffix(".docx").exists()
    answers.write_text(answers.read_text(encoding="utf-8").replace("zh", "en", 1), encoding="utf-8")
    status, _, err = run("build", str(answers), "--library", str(out))
    assert status == 0, err


def test_a_structure_mismatch_is_reported_not_guessed(run, tmp_path: Path) -> None:
    out = tmp_path / "mixed"
    status, err = _import(run, tmp_path, "--pair", str(EN), str(FIXTURES / "74_78_C.docx"), "--out", str(out))
    assert status == 0, err
    assert re.search(r"NOT PAIRED A/RES/74/247 \(74_247.docx, 74_78_C.docx\): \d+ preambular paragraphs in "
                     r"74_247.docx, \d+ in 74_78_C.docx; each version is imported in its own language", err), err
    loaded = library.load([library.builtin_library(), out])
    imported = [c for c in loaded.clauses.values() if c.id.startswith("a74-")]
    assert imported and all(len(c.languages) == 1 for c in imported)
    assert {c.languages for c in imported} == {("en",), ("zh",)}
    assert run("library", "lint", str(out))[0] == 0


def _copy_with(tmp_path: Path, name: str, symbol: str, changes: dict[str, str]) -> Path:
    import docx

    document = docx.Document(str(EN))
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            if run_.text == "A/RES/74/247":
                run_.text = symbol
            for old, new in changes.items():
                if old in run_.text:
                    run_.text = run_.text.replace(old, new)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_near_duplicates_become_one_clause_with_every_source(run, tmp_path: Path, lib: library.Library) -> None:
    later = _copy_with(tmp_path, "75_1.docx", "A/RES/75/1", {
        "resolution 22/8 of 26 April 2013": "resolution 22/8 of 27 April 2013",  # a date: numbers set aside
        "donor countries to provide assistance": "donor countries to provide support",
        "to examine the question": "to convene in 2031 a high-level meeting of all Member States, observers and "
                                   "relevant organizations to review the question and the work done so far"})
    out = tmp_path / "lib"
    report = importer.run(importer.Options([EN, later], out), lib)
    loaded = library.load([library.builtin_library(), out])
    merged = loaded.clauses["a74-247-pp-6"]
    assert [s.symbol for s in merged.sources] == ["A/RES/74/247", "A/RES/75/1"]
    assert "nearly word for word" in merged.sources[1].note and merged.source.symbol == "A/RES/74/247"
    assert "a75-1-pp-6" not in loaded.clauses
    assert [s.symbol for s in loaded.clauses["a74-247-op-5"].sources] == ["A/RES/74/247", "A/RES/75/1"]
    assert "a75-1-op-6" in loaded.clauses  # a different paragraph stays its own clause
    assert report.merged == 22 and report.clauses == 24
    assert library.load_with_problems([out])[1] == []
    status, shown, _ = run("clauses", "show", "a74-247-pp-6", "--library", str(out))
    assert status == 0 and re.search(r"also in +preamble, para\. 6; A/RES/75/1", shown), shown
    status, shown, _ = run("clauses", "show", "a74-247-pp-6", "--library", str(out), "--json")
    assert [s["symbol"] for s in json.loads(shown)["sources"]] == ["A/RES/75/1"]


def test_new_lead_phrases_are_written_for_review(run, tmp_path: Path) -> None:
    heartened = _copy_with(tmp_path, "75_2.docx", "A/RES/75/2", {"Concerned": "Heartened"})
    out = tmp_path / "lib"
    status, err = _import(run, tmp_path, str(heartened), "--out", str(out))
    assert status == 0, err
    assert "1 new phrase marked for review" in err
    phrases = yamlio.read(out / "phrases.yaml")["phrases"]
    assert phrases == [{"id": "lib-heartened", "kind": "preambular", "languages": ["en"], "en": "Heartened",
                        "review": True, "source": "drafter library import: a lead phrase not in the phrase list"}]
    status, _, err = run("library", "lint", str(out))
    assert status == 0 and "1 phrase marked review: true" in err, err
    status, out_text, _ = run("clauses", "show", "a75-2-pp-3", "--library", str(out), "--lang", "en")
    assert status == 0 and "Heartened by the increase" in out_text


def test_headings_inside_the_operative_part_are_left_out_and_listed(run, tmp_path: Path) -> None:
    status, err = _import(run, tmp_path, str(FIXTURES / "74_133.docx"), "--out", str(tmp_path / "lib"))
    assert status == 0, err
    assert "74_133.docx ¶56 (heading inside the operative part): Children without parental care" in err
    assert run("library", "lint", str(tmp_path / "lib"))[0] == 0
    # "41. Decides:" and its sub-paragraphs: a clause whose body is empty
    loaded = library.load([library.builtin_library(), tmp_path / "lib"])
    chapeau = loaded.clauses["a74-133-op-41"]
    assert chapeau.text.en == "" and len(chapeau.subparagraphs) == 8
    answers = tmp_path / "a.yaml"
    answers.write_text("kind: resolution\nlanguage: en\nagenda: lib\ncountry: CHN\npreambular: [a74-133-pp-1]\n"
                       "operative: [a74-133-op-41]\n", encoding="utf-8")
    status, out, err = run("build", str(answers), "--library", str(tmp_path / "lib"), "--format", "md", "--out", "-")
    assert status == 0, err
    assert "1\\. *Decides*:\n" in out and "(a) To request the Secretary-General to submit" in out, out


def test_an_existing_topic_is_used_as_it_is(tmp_path: Path, lib: library.Library) -> None:
    out = tmp_path / "lib"
    importer.run(importer.Options([EN], out, topic="prevention"), lib)
    data = yamlio.read(out / "library.yaml")
    assert "topics" not in data and "agendas" not in data
    loaded = library.load([library.builtin_library(), out])
    assert loaded.clauses["a74-247-op-2"].topics == ("prevention",)


def test_bad_input_is_refused(run, tmp_path: Path) -> None:
    status, err = _import(run, tmp_path, str(tmp_path / "missing.docx"), "--out", str(tmp_path / "x"))
    assert status == 3 and "missing.docx: no such file" in err
    status, err = _import(run, tmp_path, str(EN), str(EN), "--out", str(tmp_path / "x"), "--topic", "Bad Topic")
    assert status == 2 and "--topic 'Bad Topic'" in err
    status, err = _import(run, tmp_path, str(EN), "--out", str(tmp_path / "x"), "--topic-name", "Crime")
    assert status == 2 and "give --topic too" in err
    copy = tmp_path / "copy.docx"
    shutil.copy(EN, copy)
    status, err = _import(run, tmp_path, str(EN), str(copy), "--out", str(tmp_path / "x"))
    assert status == 2 and "2 documents in one language" in err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("entry, message", [
    ("languages: [en]\n    en: text\n    zh: 文本", "'zh' text of clause 'c1', but its languages are en"),
    ("languages: [fr]\n    en: text", "languages of clause 'c1' must be a list of en and/or zh"),
    ("en: text", "missing Chinese text 'zh' of clause 'c1'"),
    ("en: ''\n    zh: 文本", "missing English text 'en' of clause 'c1'"),  # empty only before sub-paragraphs
    ("en: text\n    zh: 文本\n    sources: []", "sources of clause 'c1' must be a non-empty list"),
    ("en: text\n    zh: 文本\n    sources: [{symbol: A/1, ref: para. 1}]", "has both 'source' and 'sources'"),
    ("languages: [zh]\n    zh: 文本\n    phrase2: x", None),
])
def test_loader_rules_for_imported_clauses(tmp_path: Path, entry: str, message: str | None) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    phrase = "phrase: requests" if "phrase2" not in entry else "phrase: only-en"
    entry = entry.replace("\n    phrase2: x", "")
    (folder / "a.yaml").write_text(
        "extends: [builtin]\nphrases:\n  - {id: only-en, kind: operative, languages: [en], en: Only asks, review: true}\n"
        f"clauses:\n  - id: c1\n    kind: operative\n    {phrase}\n    topics: [prevention]\n    {entry}\n"
        "    source: {symbol: A/RES/1, ref: para. 1}\n", encoding="utf-8")
    _, problems = library.load_with_problems([folder])
    text = "\n".join(str(p) for p in problems)
    if message is None:
        assert "clause 'c1' has zh text but its phrase 'only-en' has none" in text
    else:
        assert message in text, text


def test_extends_names_only_the_builtin_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.yaml").write_text("extends: [other]\ntopics:\n  - {id: t1, en: T, zh: 题}\n", encoding="utf-8")
    _, problems = library.load_with_problems([folder])
    assert any("extends must be [builtin]" in str(p) for p in problems)
    (folder / "a.yaml").write_text("topics:\n  - {id: t1, en: T, zh: 题}\n", encoding="utf-8")
    loaded, problems = library.load_with_problems([folder])
    assert problems == [] and "ccpcj" not in loaded.committees  # without extends, a folder stands alone


def test_answers_lead_form(run, tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("kind: resolution\nlanguage: en\ncountry: CHN\npreambular: [cyb-core-pp-01]\noperative:\n  - {id: cyb-rec-04, form: also}\n"
                       "  - {id: cyb-rec-06, form: twice}\n", encoding="utf-8")
    status, _, err = run("build", str(answers), "--format", "md", "--out", "-")
    assert status == 2 and "unknown lead form 'twice'" in err
    answers.write_text(answers.read_text(encoding="utf-8").replace("twice", "plain"), encoding="utf-8")
    status, out, err = run("build", str(answers), "--format", "md", "--out", "-")
    assert status == 0, err
    assert "1\\. *Also encourages* Member States" in out and "2\\. *Encourages* Member States" in out, out


def test_closing_annex_and_tables_are_left_out_and_listed(run, tmp_path: Path) -> None:
    import docx

    document = docx.Document(str(EN))
    document.add_paragraph("52nd plenary meeting")
    document.add_paragraph("27 December 2019")
    document.add_paragraph("Annex")
    document.add_paragraph("Terms of reference of the ad hoc committee.")
    document.add_paragraph("1. The committee shall meet in New York.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Session", "Dates"
    path = tmp_path / "with-annex.docx"
    document.save(str(path))
    out = tmp_path / "lib"
    status, err = _import(run, tmp_path, str(path), "--out", str(out))
    assert status == 0, err
    assert re.search(r"with-annex\.docx ¶\d+ \(closing\): 52nd plenary meeting", err), err
    assert re.search(r"with-annex\.docx ¶\d+–¶\d+ \(annex, \d paragraphs\): Annex", err), err
    assert re.search(r"with-annex\.docx ¶\d+–¶\d+ \(table, 2 paragraphs\): Session", err), err
    clauses = yamlio.read(out / "clauses" / "a74-247.yaml")["clauses"]
    assert len(clauses) == 23 and not any("shall meet" in c["en"] for c in clauses)


def test_a_body_opening_with_a_comma_follows_the_lead_directly(run, tmp_path: Path, lib: library.Library) -> None:
    aside = _copy_with(tmp_path, "75_3.docx", "A/RES/75/3", {" by the increase": ", in this regard, by the increase"})
    report = importer.run(importer.Options([aside], tmp_path / "lib"), lib)
    answers = tmp_path / "a.yaml"
    answers.write_text(yamlio.dump(importer.answers_for(report, "A/RES/75/3", "en", report.agenda, "CHN")),
                       encoding="utf-8")
    status, out, err = run("build", str(answers), "--library", str(tmp_path / "lib"), "--format", "md", "--out", "-")
    assert status == 0, err
    assert "*Concerned*, in this regard, by the increase" in out
    status, _, err = run("build", str(answers), "--library", str(tmp_path / "lib"))
    assert status == 0, err
    assert _paragraphs(answers.with_suffix(".docx"), lib) == _paragraphs(aside, lib)


def test_new_drafts_in_chinese_from_an_imported_library(tmp_path: Path, lib: library.Library) -> None:
    pexpect = pytest.importorskip("pexpect")
    from terminal import CTRL_U, DOWN, ENTER, answer, check_clean, press, read_answers, spawn

    out = tmp_path / "cyber"
    importer.run(importer.Options([EN, ZH], out), lib)
    child = spawn(["--lang", "zh", "--library", str(out)], tmp_path, rows=45, columns=140)
    answer(child, "您要起草什么文件", ENTER)
    answer(child, "委员会", DOWN + ENTER)  # the General Assembly, written by the import
    answer(child, "您代表的国家", "CHN")
    press(child, ENTER)
    answer(child, "会议文件格式", ENTER)
    answer(child, "起草国", ENTER)
    answer(child, "附议国", ENTER)
    answer(child, "您的草案关于什么", ENTER)  # the imported topic
    answer(child, "序言性条款", ENTER)
    answer(child, "行动性条款", ENTER)
    child.expect("x 删除")
    press(child, ENTER)
    answer(child, "保存为", CTRL_U + "draft.docx" + ENTER)
    answer(child, "生成 .docx 文件和答案文件", ENTER)
    if child.expect(["同时生成 PDF", pexpect.EOF]) == 0:
        press(child, ENTER)
        child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = read_answers(tmp_path / "draft.yaml")
    chosen = answers["preambular"] + answers["operative"]
    assert chosen and all(c.startswith("a74-247-") for c in chosen)
    text = "".join(p.text for p in reader.read(tmp_path / "draft.docx").paragraphs)
    first = library.load([library.builtin_library(), out]).clauses[answers["operative"][0]].text.zh
    assert first in text
    check_clean(tmp_path / "draft.docx")


def test_position_paper_for_an_imported_agenda(run, tmp_path: Path) -> None:
    """An agenda without a template of its own gets the generic one: the UN's considerations, the documents, the
    State's groups, the proposals addressed to the body the committee is."""
    out = tmp_path / "ga"
    status, err = _import(run, tmp_path, str(EN), str(ZH), "--out", str(out), "--topic", "ict-crime",
                          "--topic-name", "ICT crime", "--topic-name", "信通技术犯罪")
    assert status == 0, err
    loaded = library.load([library.builtin_library(), out])
    agenda = next({"id": a.id, "committee": a.committee} for a in loaded.agendas.values() if "ict-crime" in a.topics)
    texts = {}
    for lang in ("en", "zh"):
        answers = tmp_path / f"paper-{lang}.yaml"
        answers.write_text(f"kind: position-paper\nlanguage: {lang}\ncommittee: {agenda['committee']}\n"
                           f"agenda: {agenda['id']}\ncountry: FRA\ndate: 2027-05-20\n", encoding="utf-8")
        status, _, err = run("build", str(answers), "--library", str(out), "--format", "md", "--out",
                             str(tmp_path / f"paper-{lang}.md"))
        assert status == 0, err
        texts[lang] = (tmp_path / f"paper-{lang}.md").read_text(encoding="utf-8")
    assert "Noting that information and communications technologies" in texts["en"]
    assert "A/RES/74/247" in texts["en"] and "the European Union and the Council of Europe" in texts["en"]
    assert "That the Assembly decide to establish an open-ended ad hoc intergovernmental committee" in texts["en"]
    assert "That the Commission" not in texts["en"]
    assert "西欧和其他国家组成员" in texts["zh"] and "大会决定设立" in texts["zh"]
    assert not re.search(r"[\u4e00-\u9fff][(),;:]|[(),;:][\u4e00-\u9fff]", texts["zh"])
