"""``drafter merge`` of Word working papers (issue 21 item 3): one built by drafter, one typed by a delegate,
in English and in Chinese; mixed with answers files; bad inputs; the merged .docx checked again."""

from __future__ import annotations

from pathlib import Path

import paths
import pytest

from drafter import library
from drafter.compose.answers import read as read_answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.revise import workingpaper
from drafter.revise.similar import NEAR_IDENTICAL, near_identical

ROOT = paths.ROOT

# the follow-up clause each bloc ends with, and a version of it a word away (near-identical, same figures)
OWN = {"en": ("the Secretariat to report to the Commission at its thirty-seventh session on the implementation "
              "of the present resolution"),
       "zh": "秘书处向委员会第三十七届会议报告本决议的执行情况"}
NEAR = {"en": ("the Secretariat to report to the Commission at its thirty-seventh session on the implementation "
               "of this resolution"),
        "zh": "秘书处向委员会第三十七届会议报告本项决议的执行情况"}
LEAD = {"en": "Requests", "zh": "请"}


def bloc_a(tmp_path: Path, lib: library.Library, lang: str) -> Path:
    """Bloc A's working paper as drafter builds it (UN profile in English, Chinese MUN profile in Chinese)."""
    answers = tmp_path / f"a-{lang}.yaml"
    profile = "un" if lang == "en" else "cn-mun"
    answers.write_text(
        f"kind: resolution\nlanguage: {lang}\nprofile: {profile}\ncountry: FRA\nsponsors: [FRA, DEU]\n"
        f"signatories: [KEN]\ndate: 2027-05-20\ndraft_number: '1.1'\n"
        "preambular:\n  - cyb-core-pp-01\n  - cyb-core-pp-02\n"
        "operative:\n  - cyb-core-op-04\n  - cyb-core-op-02\n"
        f"  - phrase: requests\n    text: {OWN[lang]}\n", encoding="utf-8")
    out = tmp_path / f"a-{lang}.docx"
    out.write_bytes(to_docx(assemble(read_answers(answers, lib), lib)))
    return out


def typed_paper(path: Path, heading: list[str], organ: str, preamble: list[str],
                operative: list[str | tuple[str, list[str]]]) -> Path:
    """A working paper typed by hand: heading lines, typed numbers "1." and sub-clause labels "(a)"."""
    from docx import Document

    document = Document()
    for line in [*heading, organ, *preamble]:
        document.add_paragraph(line)
    for n, item in enumerate(operative, 1):
        text, subs = (item, []) if isinstance(item, str) else item
        document.add_paragraph(f"{n}. {text}")
        for letter, sub in zip("abcdefgh", subs):
            document.add_paragraph(f"({letter}) {sub}")
    document.save(str(path))
    return path


def lib_text(lib: library.Library, ident: str, lang: str) -> str:
    clause = lib.clauses[ident]
    return f"{lib.phrases[clause.phrase].text[lang]}{'' if lang == 'zh' else ' '}{clause.text[lang]}"


def bloc_b(tmp_path: Path, lib: library.Library, lang: str) -> Path:
    """Bloc B's paper, typed by a delegate: a duplicate of A's preamble, the other side of a contested question
    (cyb-core-op-21 against A's cyb-core-op-02), a clause of its own and A's follow-up clause a word away."""
    zh = lang == "zh"
    end_pre, end_op, last = ("，", "；", "。") if zh else (",", ";", ".")
    heading = (["决议草案", "委员会：预防犯罪和刑事司法委员会", "议题：网络犯罪全球治理", "起草国：肯尼亚、巴西",
                "附议国：德国、尼日利亚"] if zh else
               ["Draft Resolution 2.1", "Committee: Commission on Crime Prevention and Criminal Justice",
                "Topic: Global governance of cybercrime", "Sponsors: Kenya, Brazil", "Signatories: Germany, Nigeria"])
    organ = "预防犯罪和刑事司法委员会，" if zh else "The Commission on Crime Prevention and Criminal Justice,"
    own = ("鼓励会员国每年交流打击勒索软件的国家经验" if zh else
           "Encourages Member States to exchange national experience in countering ransomware every year")
    return typed_paper(tmp_path / f"b-{lang}.docx", heading, organ,
                       [lib_text(lib, "cyb-core-pp-01", lang) + end_pre],
                       [lib_text(lib, "cyb-core-op-21", lang) + end_op, own + end_op,
                        f"{LEAD[lang]}{'' if zh else ' '}{NEAR[lang]}{last}"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_merge_of_two_word_working_papers(lang: str, tmp_path: Path, lib: library.Library, run) -> None:
    a, b = bloc_a(tmp_path, lib, lang), bloc_b(tmp_path, lib, lang)
    out = tmp_path / "merged.yaml"
    status, text, err = run("merge", str(a), str(b), "--out", str(out), "--lang", lang)
    assert status == 1, err  # a contested pair is left to the blocs
    merged = read_answers(out, lib)
    assert merged.language == lang and merged.sponsors == ["BRA", "DEU", "FRA", "KEN"]
    assert merged.signatories == ["NGA"]
    ids = [c.id or c.text for c in merged.operative]
    # duplicates once, the contested pair settled on one side, B's own clause in, one follow-up clause, last
    assert [c.id for c in merged.preambular] == ["cyb-core-pp-01", "cyb-core-pp-02"]
    assert "cyb-core-op-02" in ids and "cyb-core-op-21" not in ids
    assert ids[-1] == OWN[lang] and len(ids) == 4
    lines = text.splitlines()
    if lang == "en":
        assert "  Germany signed one draft and sponsors another: now a sponsor" in lines
        assert any(line.startswith("preambular 1: cyb-core-pp-01 from a-en.docx preambular 1 (¶")
                   and "(also in b-en.docx preambular 1 (¶" in line for line in lines)
        assert any("another version in b-en.docx operative 3 (¶" in line for line in lines)
        assert any(line.startswith("contradiction: cyb-core-op-02 (a-en.docx operative 2 (¶") and
                   "cyb-core-op-21 (b-en.docx operative 1 (¶" in line for line in lines)
        assert lines[-1] == "1 open question for the blocs"
        assert "wrote" in err
    else:
        assert "  德国在一份草案中附议、在另一份中起草：现为起草国" in lines
        assert any(line.startswith("序言部分第1段：cyb-core-pp-01，来自a-zh.docx 序言部分第1段（¶")
                   and "b-zh.docx 序言部分第1段（¶" in line for line in lines)
        assert any("b-zh.docx 执行部分第3段（¶" in line and "的另一版本未采用" in line for line in lines)
        assert any(line.startswith("立场对立：cyb-core-op-02（a-zh.docx 执行部分第2段（¶") for line in lines)
        assert lines[-1] == "有1个问题待各集团决定"
        assert "已写入" in err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_merged_word_draft_checks_clean_in_the_first_files_profile(lang: str, tmp_path: Path,
                                                                   lib: library.Library, run) -> None:
    a, b = bloc_a(tmp_path, lib, lang), bloc_b(tmp_path, lib, lang)
    assert run("check", str(a))[0] == 0
    assert run("check", str(b))[0] == 1  # typed without emphasis on the leads: the merged draft is drafter's own
    out = tmp_path / "merged.docx"
    status, _, err = run("merge", str(a), str(b), "--out", str(out))
    assert status == 1, err
    status, text, err = run("check", str(out))
    assert status == 0, text + err
    profile = "un" if lang == "en" else "cn-mun"
    said = "".join(text.split())  # the summary line wraps with the path's length, inside 格式 too
    assert f"profile{profile}" in said or f"格式{profile}" in said
    paper = workingpaper.read(out, lib)  # and it reads back as the merge left it
    assert paper.answers.sponsors and sorted(paper.answers.sponsors) == ["BRA", "DEU", "FRA", "KEN"]
    assert [c.library for c in paper.of("operative")][:2] == ["cyb-core-op-04", "cyb-core-op-02"]
    assert status == 0 and not paper.left_out


def test_mixed_answers_file_and_word_paper(tmp_path: Path, lib: library.Library, run) -> None:
    answers = tmp_path / "c.yaml"
    answers.write_text("kind: resolution\nlanguage: en\ncountry: CHL\nsponsors: [CHL]\nsignatories: [KEN]\n"
                       "operative:\n  - cyb-core-op-04\n  - phrase: requests\n    text: the Secretariat to "
                       "report to the Commission at its thirty-seventh session on the implementation of the "
                       "present resolution\n", encoding="utf-8")
    paper = bloc_b(tmp_path, lib, "en")
    out = tmp_path / "m.yaml"
    status, text, err = run("merge", str(answers), str(paper), "--out", str(out))
    assert status == 0, err
    merged = read_answers(out, lib)
    assert merged.sponsors == ["BRA", "CHL", "KEN"] and merged.signatories == ["DEU", "NGA"]
    assert [c.id for c in merged.operative][:2] == ["cyb-core-op-04", "cyb-core-op-21"]
    assert "operative 1: cyb-core-op-04 from c.yaml operative 1:" in text
    assert "another version in b-en.docx operative 3 (¶" in text


def test_bad_inputs_are_refused_and_nothing_is_written(tmp_path: Path, lib: library.Library, run) -> None:
    a = bloc_a(tmp_path, lib, "en")
    out = tmp_path / "m.docx"
    notes = tmp_path / "notes.txt"
    notes.write_text("not a draft\n", encoding="utf-8")
    pdf = tmp_path / "scan.docx"
    pdf.write_bytes(b"%PDF-1.7\n")
    paper = tmp_path / "kenya.docx"
    paper.write_bytes(to_docx(assemble(read_answers(ROOT / "examples" / "kenya-position-paper-en.yaml", lib), lib)))
    chinese = bloc_a(tmp_path, lib, "zh")
    cases = [(notes, "merge takes answers files (.yaml) and Word working papers (.docx)"),
             (pdf, "a PDF file, not a .docx"),
             (paper, "a position paper; only draft resolutions can be merged"),
             (chinese, "a draft in Chinese, but the first file is in English: merge drafts in one language")]
    for bad, message in cases:
        status, _, err = run("merge", str(a), str(bad), "--out", str(out))
        assert status in (2, 3) and message in err and str(bad) in err and "Traceback" not in err, err
    for argv, message in [(("--out", str(tmp_path / "m.pdf")), "give a name ending in .yaml or .yml or .docx"),
                          (("--out", str(tmp_path) + "/"), "--out"),
                          (("--out", str(a)), "is an input of this command")]:
        status, _, err = run("merge", str(a), str(bloc_b(tmp_path, lib, "en")), *argv)
        assert status == 2 and message in err, err
    assert not out.exists() and not (tmp_path / "m.pdf").exists()
    out.write_bytes(b"keep")
    status, _, err = run("merge", str(a), str(bloc_b(tmp_path, lib, "en")), "--out", str(out))
    assert status == 2 and "already exists; use --force" in err and out.read_bytes() == b"keep"
    assert run("merge", str(a), str(bloc_b(tmp_path, lib, "en")), "--out", str(out), "--force")[0] == 1


def test_a_paragraph_with_an_unknown_lead_is_reported_as_an_open_question(tmp_path: Path, lib: library.Library,
                                                                           run) -> None:
    a = bloc_a(tmp_path, lib, "en")
    b = typed_paper(tmp_path / "b.docx", ["Sponsors: Kenya"], "The Commission on Crime Prevention and Criminal "
                    "Justice,", [], ["Urges States to cooperate;", "Wantingly asks States to share data;",
                                     "Requests the Secretariat to report."])
    status, text, _ = run("merge", str(a), str(b), "--out", str(tmp_path / "m.yaml"))
    assert status == 1
    assert any(line.startswith("left out b.docx") and "the blocs must word it again" in line
               for line in text.splitlines()), text


def test_near_identical_threshold_on_real_renewals() -> None:
    """Paragraphs the Security Council carried from one resolution into the next (S/RES/2506 and 2537 (2020),
    S/RES/2530 and 2555 (2020)) are one clause; different paragraphs sharing a formula are two."""
    key = workingpaper.key
    carried = [("Expresses full support for the Secretary-General’s appointment of Major General Ishwar Hamal as "
                "Head of Mission and Force Commander",
                "Expresses full support for Major General Ishwar Hamal as Head of Mission and Force Commander"),
               ("Recalls its resolution 2483 (2019), and calls upon the two leaders to",
                "Recalls its resolution 2506 (2020) and calls upon the two leaders urgently to")]
    different = [("Calls for the establishment of an effective mechanism for direct military contacts between the "
                  "sides and the relevant involved parties, and urges UNFICYP, as facilitator through its liaison "
                  "role, to submit proposals in this regard",
                  "Calls for the establishment of an effective mechanism for direct military contacts between the "
                  "sides and the relevant involved parties, encourages full engagement with the proposal on the "
                  "establishment of such a mechanism presented by UNFICYP, and calls for it to be agreed")]
    assert all(near_identical(key(x), key(y)) for x, y in carried)
    assert not any(near_identical(key(x), key(y)) for x, y in different)
    assert 0.65 < NEAR_IDENTICAL <= 0.817


def test_refusals_and_left_out_paragraphs_in_chinese(tmp_path: Path, lib: library.Library, run) -> None:
    a = bloc_a(tmp_path, lib, "zh")
    english = bloc_a(tmp_path, lib, "en")
    notes = tmp_path / "notes.txt"
    notes.write_text("不是草案\n", encoding="utf-8")
    status, _, err = run("merge", str(a), str(english), str(notes), "--out", str(tmp_path / "m.yaml"))
    assert status == 2 and "Traceback" not in err
    assert "这份草案是英文的，而第一个文件是中文的：只能合并同一语言的草案" in err
    assert "合并只接受答案文件（.yaml）和 Word 工作文件（.docx）" in err
    b = typed_paper(tmp_path / "b.docx", ["起草国：肯尼亚"], "预防犯罪和刑事司法委员会，", [],
                    ["敦促各国开展合作；", "随便写各国分享数据；", "请秘书处提出报告。"])
    status, text, _ = run("merge", str(a), str(b), "--out", str(tmp_path / "m.yaml"))
    assert status == 1
    assert any(line.startswith("未采用 b.docx 执行部分第2段（¶") and line.endswith("请各集团重新拟定")
               for line in text.splitlines()), text


def test_a_paragraph_near_a_library_clause_still_meets_its_contested_alternative(tmp_path: Path,
                                                                                lib: library.Library, run) -> None:
    a = bloc_a(tmp_path, lib, "en")  # holds cyb-core-op-02
    edited = lib_text(lib, "cyb-core-op-21", "en").replace("civil society", "civil society organizations")
    b = typed_paper(tmp_path / "b.docx", ["Sponsors: Kenya"], "The Commission on Crime Prevention and Criminal "
                    "Justice,", [], [edited + ";", "Requests the Secretariat to report."])
    out = tmp_path / "m.yaml"
    status, text, _ = run("merge", str(a), str(b), "--out", str(out))
    assert status == 1 and "contradiction: cyb-core-op-02" in text and "cyb-core-op-21 (b.docx operative 1 (¶" in text
    assert "civil society organizations" not in out.read_text(encoding="utf-8")  # one side kept, so it builds
