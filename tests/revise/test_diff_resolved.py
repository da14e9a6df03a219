"""``drafter diff`` proved by resolving its output (issue 21, items 4 and the readability list).

Every tracked .docx diff writes must give exactly the new text once every change is accepted and exactly the old
text once every change is rejected, by drafter's own resolver (drafter.word.accept) and by LibreOffice's, headless
(tests/office.py; skipped where soffice is absent, required on CI). The pairs: the golden cases
(tests/revise/golden/diff, each checked against its expected file too), real resolutions of the Security Council
renewed twice in 2020 (shared/un-corpus/sc2020, English and Chinese), and edited copies of real resolutions (a
paragraph rewritten in place, one ending with an insertion followed by a wholly inserted one, one struck, one moved
and changed, a lead's emphasis removed, a doubled space), also given as a new version that already holds tracked
changes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import diff_golden
import office
import pytest
from paths import UN_CORPUS, UN_FIXTURES

from drafter import library
from drafter.revise import diff
from drafter.word import reader
from drafter.word.accept import revised_bytes

CASES = diff_golden.cases()
SC = UN_CORPUS / "sc2020" if UN_CORPUS is not None else None
# the same mandate renewed twice in 2020: Syria cross-border aid, UNFICYP (Cyprus), UNDOF (Golan), UNAMID (Darfur)
RENEWALS = [(2504, 2533), (2506, 2537), (2530, 2555), (2517, 2525)]
EDITED = ["74_247.docx", "74_247_C.docx"]  # from tests/fixtures/un; the largest of ga74 too when the corpus is there


def _texts(path: Path) -> list[str]:
    return [p.text for p in reader.read(path).paragraphs if p.text.strip()]


def _write_diff(old: Path, new: Path, out: Path, lib: library.Library, author: str = "drafter") -> int:
    o, n, changes, pairs, lang = diff.run(old, new, lib)
    diff.tracked(o, n, changes, pairs, lang, author, diff_golden.DATE)
    out.write_bytes(revised_bytes(n.docx))
    return len(changes)


# -- golden cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_golden_diff(case: Path, lib: library.Library, tmp_path: Path) -> None:
    got, _ = diff_golden.result(case, lib, tmp_path)
    expected = case.with_suffix(".json")
    assert expected.exists(), "no expected file: run python tests/diff_golden.py --write and read it"
    assert diff_golden.dumps(got) == expected.read_text(encoding="utf-8"), (
        f"{case.name}: diff's result changed; if on purpose, run python tests/diff_golden.py --write")
    spec = diff_golden.yaml.safe_load(case.read_text(encoding="utf-8"))
    plain = [p.replace("\\t", "\t").replace("*", "") for p in spec["old"]], [
        p.replace("\\t", "\t").replace("*", "") for p in spec["new"]]
    assert got["rejected"] == plain[0] and got["accepted"] == plain[1]


def test_the_golden_cases_cover_the_issue_list_in_both_languages() -> None:
    names = {p.stem for p in CASES}
    for topic in ("sentence-replaced", "rewritten-in-place", "moved-and-changed", "lead-replaced", "whitespace",
                  "formatting", "tracked-new-version", "paragraph-join"):
        assert {f"en-{topic}", f"zh-{topic}"} <= names, topic
    assert {"zh-words", "zh-numbers", "en-dates"} <= names


def test_golden_readability(lib: library.Library) -> None:
    def load(name: str) -> dict:
        return json.loads((diff_golden.GOLDEN / f"{name}.json").read_text(encoding="utf-8"))

    assert [c["words"] for c in load("zh-words")["changes"]] == [[{"old": "东盟", "new": "东南亚国家联盟"}]]
    assert [c["words"] for c in load("zh-numbers")["changes"]] == [[{"old": "七十九", "new": "八十一"}]]
    replaced = load("en-sentence-replaced")["changes"]
    assert len(replaced) == 1 and len(replaced[0]["words"]) == 1  # one deletion and one insertion, not interleaved
    assert [c["change"] for c in load("en-moved-and-changed")["changes"]].count("moved") == 1
    assert {c["change"] for c in load("en-whitespace")["changes"]} == {"whitespace"}
    assert {c["change"] for c in load("zh-formatting")["changes"]} == {"formatting"}
    lead = load("en-lead-replaced")["tracked"][5]
    assert "[-_Invites_-]{+_Urges_+}{+ all+} donor" in lead  # the old lead struck in italic; "all" not italic


# -- the report in both languages -----------------------------------------------------------------


def test_diff_reports_each_change_in_the_language_asked(lib: library.Library, tmp_path: Path, run) -> None:  # noqa: ANN001
    case = diff_golden.GOLDEN / "en-dates.yaml"
    spec = diff_golden.yaml.safe_load(case.read_text(encoding="utf-8"))
    (tmp_path / "old.docx").write_bytes(diff_golden.document(spec["old"]))
    (tmp_path / "new.docx").write_bytes(diff_golden.document(spec["new"]))
    status, out, err = run("diff", "old.docx", "new.docx")
    assert status == 1 and out.startswith("operative 2: '29 June 2020 at its seventy-ninth' → ") and "1 change" in err
    status, out, err = run("diff", "old.docx", "new.docx", "--lang", "zh")
    assert status == 1 and out.startswith("执行部分第2段：“29 June 2020 at its seventy-ninth”→“18 December")
    assert "：1 处修改" in err and "change" not in err
    status, out, _ = run("diff", "old.docx", "new.docx", "--format", "json")
    assert json.loads(out)["changes"][0]["change"] == "changed"


def test_whitespace_and_formatting_are_not_no_change(lib: library.Library, tmp_path: Path, run) -> None:  # noqa: ANN001
    for name, kind, zh in (("en-whitespace", "whitespace", "仅空白改动"), ("en-formatting", "formatting", "仅格式改动")):
        spec = diff_golden.yaml.safe_load((diff_golden.GOLDEN / f"{name}.yaml").read_text(encoding="utf-8"))
        (tmp_path / "old.docx").write_bytes(diff_golden.document(spec["old"]))
        (tmp_path / "new.docx").write_bytes(diff_golden.document(spec["new"]))
        status, out, _ = run("diff", "old.docx", "new.docx", "--format", "json")
        assert status == 1 and [c["change"] for c in json.loads(out)["changes"]] == [kind]
        status, out, _ = run("diff", "old.docx", "new.docx", "--lang", "zh")
        assert status == 1 and zh in out


# -- edited copies of real resolutions ------------------------------------------------------------


def _sources() -> list[Path]:
    found = [UN_FIXTURES / name for name in EDITED]
    if UN_CORPUS is not None:
        found += [UN_CORPUS / "ga74" / "74_19.docx", UN_CORPUS / "ga74" / "74_19_C.docx"]
    return found


def _jobs(lib: library.Library, folder: Path) -> list[tuple[str, Path, Path, Path]]:
    """(name, old, new, tracked diff) for every pair this module resolves."""
    out = []
    for case in CASES:
        _, data = diff_golden.result(case, lib, folder)
        (folder / f"{case.stem}.docx").write_bytes(data)
        out.append((case.stem, folder / f"{case.stem}-old.docx", folder / f"{case.stem}-new.docx",
                    folder / f"{case.stem}.docx"))
    for source in _sources():
        edited = folder / f"{source.stem}-edited.docx"
        diff_golden.edited_copy(source, edited)
        assert _write_diff(source, edited, folder / f"{source.stem}-diff.docx", lib) >= 6
        out.append((f"{source.stem}-edited", source, edited, folder / f"{source.stem}-diff.docx"))
        # the edited copy handed back with its changes still tracked (by another author): read as accepted
        _write_diff(source, edited, folder / f"{source.stem}-handed.docx", lib, author="Delegate")
        assert _write_diff(source, folder / f"{source.stem}-handed.docx", folder / f"{source.stem}-again.docx",
                           lib) >= 6
        out.append((f"{source.stem}-tracked-new", source, edited, folder / f"{source.stem}-again.docx"))
    if SC is not None:
        for a, b in RENEWALS:
            for suffix in ("", "_C"):
                old, new = SC / f"S_RES_{a}_2020{suffix}.docx", SC / f"S_RES_{b}_2020{suffix}.docx"
                name = f"S_RES_{a}-{b}{suffix}"
                assert _write_diff(old, new, folder / f"{name}.docx", lib) > 0
                out.append((name, old, new, folder / f"{name}.docx"))
    return out


@pytest.fixture(scope="module")
def resolved(lib: library.Library, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    """For each pair: the old and new texts, and the tracked diff accepted and rejected by drafter and by
    LibreOffice (with LibreOffice's own saving of the old and new versions, when soffice is there)."""
    folder = tmp_path_factory.mktemp("resolved")
    jobs = _jobs(lib, folder)
    results: dict[str, dict[str, list[str]]] = {}
    for name, old, new, tracked in jobs:
        results[name] = {"old": _texts(old), "new": _texts(new),
                         "accept": diff_golden.texts(tracked.read_bytes(), "accept"),
                         "reject": diff_golden.texts(tracked.read_bytes(), "reject")}
    program = office.soffice()
    if program is not None:
        lo = office.Office(program, folder / "office")
        lo_jobs = []
        for name, old, new, tracked in jobs:
            lo_jobs += [("accept", tracked, folder / f"{name}-lo-accept.docx"),
                        ("reject", tracked, folder / f"{name}-lo-reject.docx"),
                        ("same", old, folder / f"{name}-lo-old.docx"), ("same", new, folder / f"{name}-lo-new.docx")]
        lo.resolve(lo_jobs)
        for name, *_ in jobs:
            results[name].update({f"lo-{key}": _texts(folder / f"{name}-lo-{key}.docx")
                                  for key in ("accept", "reject", "old", "new")})
    return results


def _names() -> list[str]:
    names = [p.stem for p in CASES] + [f"{Path(n).stem}-edited" for n in EDITED] + [
        f"{Path(n).stem}-tracked-new" for n in EDITED]
    if UN_CORPUS is not None:
        names += ["74_19-edited", "74_19_C-edited", "74_19-tracked-new", "74_19_C-tracked-new"]
        names += [f"S_RES_{a}-{b}{s}" for a, b in RENEWALS for s in ("", "_C")]
    return names


@pytest.mark.parametrize("name", _names())
def test_drafters_accept_all_and_reject_all_give_the_new_and_the_old_text(name: str, resolved) -> None:  # noqa: ANN001
    texts = resolved[name]
    assert texts["accept"] == texts["new"]
    assert texts["reject"] == texts["old"]


@pytest.mark.parametrize("name", _names())
def test_libreoffices_accept_all_and_reject_all_give_the_new_and_the_old_text(name: str, resolved) -> None:  # noqa: ANN001
    texts = resolved[name]
    if "lo-accept" not in texts:
        pytest.skip("LibreOffice (soffice) is not installed")
    assert texts["lo-accept"] == texts["lo-new"]
    assert texts["lo-reject"] == texts["lo-old"]  # the paragraph-joining case among them


def test_a_new_version_holding_tracked_changes_is_read_as_accepted(lib: library.Library, tmp_path: Path) -> None:
    source = UN_FIXTURES / "74_247.docx"
    diff_golden.edited_copy(source, tmp_path / "edited.docx")
    _write_diff(source, tmp_path / "edited.docx", tmp_path / "handed.docx", lib, author="Delegate")
    _, _, direct, _, _ = diff.run(source, tmp_path / "edited.docx", lib)
    _, _, handed, _, _ = diff.run(source, tmp_path / "handed.docx", lib)
    assert [c.line() for c in handed] == [c.line() for c in direct]
    _write_diff(source, tmp_path / "handed.docx", tmp_path / "again.docx", lib)
    with io.BytesIO((tmp_path / "again.docx").read_bytes()) as data:
        import zipfile

        xml = zipfile.ZipFile(data).read("word/document.xml").decode()
    assert 'w:author="Delegate"' not in xml  # the earlier changes accepted, not kept beside the new ones


def test_jieba_is_loaded_only_for_a_chinese_diff(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from drafter import library; from drafter.revise import diff\n"
              "lib = library.load([library.builtin_library()])\n"
              "diff.run(Path(sys.argv[1]), Path(sys.argv[1]), lib); print('jieba' in sys.modules)\n"
              "diff.run(Path(sys.argv[2]), Path(sys.argv[3]), lib); print('jieba' in sys.modules)\n")
    spec = diff_golden.yaml.safe_load((diff_golden.GOLDEN / "zh-words.yaml").read_text(encoding="utf-8"))
    (tmp_path / "old.docx").write_bytes(diff_golden.document(spec["old"]))
    (tmp_path / "new.docx").write_bytes(diff_golden.document(spec["new"]))
    done = subprocess.run([sys.executable, "-c", script, str(UN_FIXTURES / "74_247.docx"), str(tmp_path / "old.docx"),
                           str(tmp_path / "new.docx")], capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.stdout.split() == ["False", "True"], done.stderr
