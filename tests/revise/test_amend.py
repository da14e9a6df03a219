"""Amendments, apply, diff and merge: golden amendment files, tracked changes, real clients."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import paths
import pytest

from drafter import library
from drafter.compose.answers import read as read_answers
from drafter.revise import amend, apply, diff, merge
from drafter.revise.document import open_draft
from drafter.word import reader, revisions, runtext, tracked_paragraphs
from drafter.word.accept import accept_all

HERE = Path(__file__).parent
FIXTURES = HERE / "amend_fixtures"
GOLDEN = FIXTURES / "golden"
ROOT = paths.ROOT
AMENDMENTS = sorted(p for p in FIXTURES.glob("*.yaml") if not p.name.startswith("draft-"))
W = runtext.w


def revise(draft: Path, amendments: list[Path], lib: library.Library, accept: bool = False) -> bytes:
    opened = open_draft(draft, lib)
    apply.revise(opened, [amend.read(a, lib) for a in amendments], lib)
    return apply.to_bytes(opened, accept)


def operative_dump(data: bytes, path: Path) -> list[str]:
    """The operative part as a reader sees it: label and text, sub-paragraphs indented."""
    from docx import Document

    doc = reader.read_docx(Document(io.BytesIO(data)), path)
    return [("    " * (p.level or 0)) + f"{p.label} {p.text}".strip() for p in doc.paragraphs if p.label]


def revisions_dump(data: bytes) -> list[str]:
    """Every tracked change in document order: kind, author and the text it carries."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        from lxml import etree

        root = etree.fromstring(package.read("word/document.xml"))
    lines = []
    for el in root.iter(W("ins"), W("del")):
        kind = el.tag.split("}")[1]
        author = el.get(W("author"))
        assert el.get(W("date")) and el.get(W("id")) is not None
        if el.getparent().tag == W("rPr"):
            lines.append(f"{kind} paragraph mark by {author}")
            continue
        text = "".join(t.text or "" for t in el.iter(W("t"), W("delText")))
        lines.append(f"{kind} by {author}: {text}")
    return lines


def golden_text(amendment: Path, lib: library.Library) -> str:
    data = amend.read(amendment, lib)
    draft = data.draft_path
    assert draft is not None
    tracked = revise(draft, [amendment], lib)
    accepted = revise(draft, [amendment], lib, accept=True)
    assert not tracked_paragraphs.has_revisions(_body(accepted))
    return "\n".join(["# accepted text", *operative_dump(accepted, draft), "# tracked changes",
                      *revisions_dump(tracked)]) + "\n"


def _body(data: bytes):
    from docx import Document

    return Document(io.BytesIO(data)).element.body


@pytest.mark.parametrize("amendment", AMENDMENTS, ids=lambda p: p.stem)
def test_golden_amendment(amendment: Path, lib: library.Library) -> None:
    got = golden_text(amendment, lib)
    expected_file = GOLDEN / (amendment.stem + ".txt")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        expected_file.write_text(got, encoding="utf-8")
    assert expected_file.exists(), f"no golden file for {amendment.name}; run with UPDATE_GOLDEN=1"
    assert got == expected_file.read_text(encoding="utf-8")


def test_every_action_has_a_golden_file_in_both_languages() -> None:
    for lang in ("en", "zh"):
        kinds = set()
        for path in AMENDMENTS:
            if path.name.startswith(f"{lang}-"):
                kinds |= {k for k in amend.ACTIONS if f"- {k}:" in path.read_text(encoding="utf-8")}
        assert kinds == set(amend.ACTIONS), lang


def test_struck_last_paragraph_moves_the_full_stop(lib: library.Library) -> None:
    lines = operative_dump(revise(FIXTURES / "draft-en.yaml", [FIXTURES / "en-strike.yaml"], lib, accept=True),
                       FIXTURES / "draft-en.yaml")
    assert len([l for l in lines if not l.startswith(" ")]) == 4
    assert lines[-1].startswith("4. Urges") and lines[-1].endswith("criminalized.")
    tracked = revisions_dump(revise(FIXTURES / "draft-en.yaml", [FIXTURES / "en-strike.yaml"], lib))
    assert "del by Germany: ;" in tracked and "ins by Germany: ." in tracked


def test_chinese_struck_last_paragraph_moves_the_full_stop(lib: library.Library) -> None:
    lines = operative_dump(revise(FIXTURES / "draft-zh.yaml", [FIXTURES / "zh-strike.yaml"], lib, accept=True),
                       FIXTURES / "draft-zh.yaml")
    assert lines[-1].startswith("4. ") and lines[-1].endswith("。")
    assert all(not l.endswith("。") for l in lines[:-1])


def test_amendments_apply_in_order_with_original_numbering(lib: library.Library) -> None:
    draft = FIXTURES / "draft-en.yaml"
    data = revise(draft, [FIXTURES / "en-strike-2.yaml", FIXTURES / "en-original-numbering.yaml"], lib, accept=True)
    lines = [l for l in operative_dump(data, draft) if not l.startswith(" ")]
    assert lines[2].startswith("3. Urges") and "legitimate expression, research or journalism is" in lines[2]
    authors = {l.split(" by ")[1].split(":")[0] for l in
               revisions_dump(revise(draft, [FIXTURES / "en-strike-2.yaml", FIXTURES / "en-original-numbering.yaml"], lib))}
    assert authors == {"United States of America", "Japan"}


def test_adding_next_to_a_struck_paragraph_keeps_paragraphs_apart(lib: library.Library, tmp_path: Path) -> None:
    amendment = tmp_path / "a.yaml"
    amendment.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: FRA\nactions:\n  - strike: '2'\n"
                         "  - add_after: '1'\n    text: Urges States to act\n  - strike: '4'\n"
                         "  - add_after: '3(c)'\n    text: the training of police officers\n", encoding="utf-8")
    draft = FIXTURES / "draft-en.yaml"
    lines = operative_dump(revise(draft, [amendment], lib, accept=True), draft)
    assert [l[:22] for l in lines] == ["1. Encourages States t", "2. Urges States to act", "3. Requests the Secret",
                                      "    (a) the review of ", "    (b) the training o", "    (c) the exchange o",
                                      "    (d) the training o", "4. Also requests the U"]
    assert lines[1].endswith("act;") and lines[-1].endswith("resolution.")


def test_striking_words_leaves_one_space(lib: library.Library, tmp_path: Path) -> None:
    amendment = tmp_path / "a.yaml"
    amendment.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: FRA\nactions:\n"
                         "  - replace_words: '1'\n    words: full\n    with: ''\n", encoding="utf-8")
    draft = FIXTURES / "draft-en.yaml"
    lines = operative_dump(revise(draft, [amendment], lib, accept=True), draft)
    assert lines[0].startswith("1. Encourages States to make use of, and")
    assert "del by France: full " in revisions_dump(revise(draft, [amendment], lib))


def test_current_numbering_is_the_default(lib: library.Library, tmp_path: Path) -> None:
    second = tmp_path / "second.yaml"
    second.write_text((FIXTURES / "en-original-numbering.yaml").read_text(encoding="utf-8")
                      .replace("numbering: original\n", "")
                      .replace("draft: draft-en.yaml", f"draft: {FIXTURES / 'draft-en.yaml'}"), encoding="utf-8")
    with pytest.raises(amend.AmendmentError, match="not in paragraph 4"):
        revise(FIXTURES / "draft-en.yaml", [FIXTURES / "en-strike-2.yaml", second], lib)


@pytest.mark.parametrize("action, line, message", [
    ('strike: "12"', 4, "no paragraph 12: the draft has 5 operative paragraphs"),
    ('strike: "3(d)"', 4, "no paragraph 3(d): the draft has 3 sub-paragraphs in 3"),
    ('strike: "1(a)"', 4, "1 has no sub-paragraphs"),
    ('replace_words: "1"\n    words: no such words\n    with: x', 4, "the words 'no such words' are not in paragraph 1"),
    ('replace_words: "3(a)"\n    words: "the"\n    with: a', 4, None),  # once as a word ("their" is another)
    ('replace_words: "1"\n    words: "the"\n    with: a', 4, "appear 2 times in paragraph 1"),
    ('change_lead: "3(a)"\n    phrase: urges', 4, "only operative paragraphs have a lead phrase"),
    ('change_lead: "4"\n    phrase: urges', 4, "paragraph 4 already opens with 'Urges'"),
    ('strike: "three"', 4, "is not an operative paragraph address"),
    ('add_after: "2"', 4, "add_after needs 'text:'"),
    ('replace: "2"\n    text: x\n    phrase: recalling', 6, "is preambular"),
    ('replace: "2"\n    text: 敦促各国合作', 4, "'敦促各国合作' is Chinese, but the draft is in English"),
])
def test_validation_names_the_line(action: str, line: int, message: str | None, lib: library.Library,
                                   tmp_path: Path, run) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: FRA\nactions:\n  - {action}\n",
                    encoding="utf-8")
    status, out, err = run("amend", str(path))
    if message is None:
        assert status == 0, err
        return
    assert status == 2
    assert f"{path}:{line}:" in err and message in err
    assert "Traceback" not in err


def test_bad_fields_are_all_reported(tmp_path: Path, run) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("submitted_by: Atlantis\ncosigners: [FRA, FRA]\nkind: hostile\ncolour: red\n"
                    "actions:\n  - strike: '1'\n    text: x\n", encoding="utf-8")
    status, _, err = run("amend", str(path))
    assert status == 2
    for expected in (":1:15: unknown country 'Atlantis'", ":2:18: France is listed twice", ":3:7: kind 'hostile'",
                     ":4:1: unknown field 'colour'", ":7:5: strike does not take 'text'"):
        assert expected in err


def test_apply_writes_nothing_when_an_amendment_is_wrong(tmp_path: Path, run) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: FRA\nactions:\n  - strike: '9'\n",
                   encoding="utf-8")
    out = tmp_path / "revised.docx"
    status, _, err = run("apply", str(FIXTURES / "draft-en.yaml"), str(FIXTURES / "en-add.yaml"), str(bad),
                         "--out", str(out))
    assert status == 2 and "bad.yaml:4:" in err
    assert not out.exists()


def test_apply_never_replaces_a_file_without_force(tmp_path: Path, run) -> None:
    out = tmp_path / "revised.docx"
    out.write_bytes(b"keep")
    args = ("apply", str(FIXTURES / "draft-en.yaml"), str(FIXTURES / "en-add.yaml"), "--out", str(out))
    status, _, err = run(*args)
    assert status == 2 and "already exists" in err and out.read_bytes() == b"keep"
    status, _, _ = run(*args, "--force")
    assert status == 0 and zipfile.is_zipfile(out)


@pytest.mark.parametrize("amendment", [p for p in AMENDMENTS if "strike" not in p.name], ids=lambda p: p.stem)
def test_revised_draft_checks_clean(amendment: Path, lib: library.Library, tmp_path: Path, run) -> None:
    draft = amend.read(amendment, lib).draft_path
    assert draft is not None
    for accept in (False, True):
        out = tmp_path / f"revised-{accept}.docx"
        out.write_bytes(revise(draft, [amendment], lib, accept=accept))
        status, text, _ = run("check", str(out), "--min-severity", "error")
        assert status == 0, text


@pytest.mark.parametrize("amendment", [p for p in AMENDMENTS if "strike" in p.name], ids=lambda p: p.stem)
def test_revised_draft_with_struck_paragraphs_checks_clean_once_accepted(amendment: Path, lib: library.Library,
                                                                          tmp_path: Path, run) -> None:
    draft = amend.read(amendment, lib).draft_path
    assert draft is not None
    out = tmp_path / "revised.docx"
    out.write_bytes(revise(draft, [amendment], lib, accept=True))
    status, text, _ = run("check", str(out), "--min-severity", "error")
    assert status == 0, text


@pytest.mark.parametrize("draft, amendment", [("draft-en.yaml", "en-strike-2.yaml"), ("draft-en.yaml", "en-strike.yaml"),
                                               ("draft-en.yaml", "en-strike-sub.yaml"), ("draft-zh.yaml", "zh-strike.yaml")])
def test_tracked_strike_checks_clean(draft: str, amendment: str, lib: library.Library, tmp_path: Path, run) -> None:
    """A struck paragraph (text and mark deleted) is read as Word shows it once accepted: gone, not numbered."""
    out = tmp_path / "revised.docx"
    out.write_bytes(revise(FIXTURES / draft, [FIXTURES / amendment], lib))
    status, text, _ = run("check", str(out), "--min-severity", "error")
    assert status == 0, text


def test_tracked_output_keeps_track_changes_on(lib: library.Library) -> None:
    draft = FIXTURES / "draft-en.yaml"
    for accept, expected in ((False, True), (True, False)):
        with zipfile.ZipFile(io.BytesIO(revise(draft, [FIXTURES / "en-add.yaml"], lib, accept=accept))) as package:
            settings = package.read("word/settings.xml").decode()
        assert ("<w:trackRevisions/>" in settings) is expected


def test_accept_all_equals_the_accepted_output(lib: library.Library) -> None:
    draft = FIXTURES / "draft-en.yaml"
    amendments = [FIXTURES / "en-strike-sub.yaml", FIXTURES / "en-add-sub.yaml"]
    tracked = revise(draft, amendments, lib)
    from docx import Document

    document = Document(io.BytesIO(tracked))
    accept_all(document.element.body)
    buffer = io.BytesIO()
    document.save(buffer)
    assert operative_dump(buffer.getvalue(), draft) == operative_dump(revise(draft, amendments, lib, True), draft)


# -- typed numbers ------------------------------------------------------------------------------


def typed_draft(path: Path) -> None:
    from docx import Document

    document = Document()
    for text in ("Commission on Crime Prevention and Criminal Justice", "The Commission on Crime Prevention and "
                 "Criminal Justice,", "Recalling its previous resolutions on cybercrime,",
                 "1. Encourages States to cooperate;", "2. Urges States to share information;",
                 "3. Calls upon States to train judges;", "4. Requests the Secretariat to report."):
        document.add_paragraph(text)
    document.save(str(path))


def test_typed_numbers_are_renumbered_as_tracked_changes(lib: library.Library, tmp_path: Path) -> None:
    draft = tmp_path / "typed.docx"
    typed_draft(draft)
    amendment = tmp_path / "a.yaml"
    amendment.write_text("draft: typed.docx\nsubmitted_by: KEN\nactions:\n  - strike: '2'\n"
                         "  - add_after: last\n    text: Decides to remain seized of the matter\n", encoding="utf-8")
    tracked = revise(draft, [amendment], lib)
    changes = revisions_dump(tracked)
    assert "del by Kenya: 3" in changes and "ins by Kenya: 2" in changes
    assert "ins by Kenya: 4. " in changes
    from docx import Document

    document = Document(io.BytesIO(revise(draft, [amendment], lib, accept=True)))
    texts = [p.text for p in document.paragraphs][3:]
    assert texts == ["1. Encourages States to cooperate;", "2. Calls upon States to train judges;",
                     "3. Requests the Secretariat to report;", "4. Decides to remain seized of the matter."]


# -- diff ---------------------------------------------------------------------------------------


def build(answers: Path, lib: library.Library, out: Path) -> Path:
    from drafter.compose.assemble import assemble
    from drafter.compose.render import to_docx

    out.write_bytes(to_docx(assemble(read_answers(answers, lib), lib)))
    return out


@pytest.mark.parametrize("draft", ["draft-en.yaml", "draft-zh.yaml"])
def test_diff_of_a_draft_against_itself_is_empty(draft: str, lib: library.Library, tmp_path: Path, run) -> None:
    path = build(FIXTURES / draft, lib, tmp_path / "d.docx")
    _, _, changes, _, _ = diff.run(path, path, lib)
    assert changes == []
    status, out, _ = run("diff", str(path), str(path), "--format", "json")
    assert status == 0
    assert run("diff", str(FIXTURES / draft), str(path))[0] == 0  # an answers file is built in memory
    import json

    assert json.loads(out)["changes"] == []


EXPECTED_DIFF = {
    "en-strike.yaml": [("struck", "operative 5"), ("punctuation", "operative 4")],
    "en-strike-sub.yaml": [("struck", "operative 3(c)")],
    "en-add.yaml": [("added", "operative 6"), ("punctuation", "operative 5")],
    "en-add-sub.yaml": [("added", "operative 2"), ("added", "operative 4(b)")],
    "en-replace-words.yaml": [("changed", "operative 1"), ("changed", "operative 3(b)")],
    "en-replace.yaml": [("changed", "operative 4")],
    "en-lead.yaml": [("changed", "operative 2")],
    "zh-strike.yaml": [("struck", "operative 5"), ("struck", "operative 5(a)"), ("struck", "operative 5(b)"),
                       ("punctuation", "operative 4")],
    "zh-add.yaml": [("added", "operative 3"), ("added", "operative 4(c)")],
    "zh-replace-words.yaml": [("changed", "operative 3(b)")],
    "zh-replace.yaml": [("changed", "operative 1")],
    "zh-lead.yaml": [("changed", "operative 4")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_DIFF))
def test_diff_after_apply_lists_exactly_the_amendments(name: str, lib: library.Library, tmp_path: Path) -> None:
    amendment = FIXTURES / name
    draft = amend.read(amendment, lib).draft_path
    assert draft is not None
    old = build(draft, lib, tmp_path / "old.docx")
    for accept in (True, False):
        new = tmp_path / f"new-{accept}.docx"
        new.write_bytes(revise(draft, [amendment], lib, accept=accept))
        _, _, changes, _, _ = diff.run(old, new, lib)
        if not accept and "strike" in name:
            continue  # the reader sees a struck paragraph as an empty one until it learns deleted paragraph marks
        got = [(c.kind, c.new_where or c.old_where) for c in changes if c.kind != "renumbered"]
        assert sorted(got) == sorted(EXPECTED_DIFF[name]), [c.line() for c in changes]


def test_diff_recognises_moved_and_renumbered_paragraphs(lib: library.Library, tmp_path: Path, run) -> None:
    text = (FIXTURES / "draft-en.yaml").read_text(encoding="utf-8")
    moved = text.replace("  - cyb-core-op-13\n  - cyb-core-op-16\n", "  - cyb-core-op-16\n").replace(
        "  - cyb-core-op-18\n", "  - cyb-core-op-18\n  - cyb-core-op-13\n")
    (tmp_path / "moved.yaml").write_text(moved, encoding="utf-8")
    old = build(FIXTURES / "draft-en.yaml", lib, tmp_path / "old.docx")
    new = build(tmp_path / "moved.yaml", lib, tmp_path / "new.docx")
    _, _, changes, _, _ = diff.run(old, new, lib)
    kinds = {(c.kind, c.old_where, c.new_where) for c in changes}
    assert ("moved", "operative 1", "operative 4") in kinds
    assert ("renumbered", "operative 3", "operative 2") in kinds
    assert not any(c.kind == "renumbered" and "(" in c.new_where for c in changes)  # they follow their paragraph
    assert not any(c.kind in ("added", "struck") for c in changes)
    out = tmp_path / "changes.docx"
    assert run("diff", str(old), str(new), "--out", str(out))[0] == 1
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode()
    assert xml.count("<w:moveFromRangeStart") == xml.count("<w:moveToRangeStart") == 1
    assert 'w:name="drafter-move-1"' in xml
    from docx import Document

    document = Document(str(out))
    accept_all(document.element.body)
    document.save(str(tmp_path / "accepted.docx"))
    assert diff.run(new, tmp_path / "accepted.docx", lib)[2] == []
    if soffice():
        subprocess.run([soffice(), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                        "--convert-to", "docx", "--outdir", str(tmp_path / "lo"), str(out)],
                       check=True, capture_output=True, timeout=180)
        with zipfile.ZipFile(tmp_path / "lo" / "changes.docx") as package:
            round_trip = package.read("word/document.xml").decode()
        assert "<w:moveFrom " in round_trip and "<w:moveTo " in round_trip


def test_diff_words_in_english_and_characters_in_chinese() -> None:
    assert diff.word_changes("make full use of", "make better use of", "en") == [("full", "better")]
    assert diff.word_changes("培训法官和检察官", "培训法官、检察官", "zh") == [("和", "、")]


def test_diff_writes_the_new_version_with_tracked_changes(lib: library.Library, tmp_path: Path, run) -> None:
    old = build(FIXTURES / "draft-en.yaml", lib, tmp_path / "old.docx")
    new = tmp_path / "new.docx"
    new.write_bytes(revise(FIXTURES / "draft-en.yaml", [FIXTURES / "en-replace-words.yaml",
                                                        FIXTURES / "en-strike-2.yaml"], lib, accept=True))
    out = tmp_path / "changes.docx"
    status, text, _ = run("diff", str(old), str(new), "--out", str(out), "--author", "Chair")
    assert status == 1 and "operative 2: struck" in text and "'full' → 'better'" in text
    dumped = revisions_dump(out.read_bytes())
    assert "del by Chair: full" in dumped and "ins by Chair: better" in dumped
    assert "del paragraph mark by Chair" in dumped
    from docx import Document

    document = Document(str(out))
    accept_all(document.element.body)
    document.save(str(tmp_path / "accepted.docx"))
    _, _, again, _, _ = diff.run(new, tmp_path / "accepted.docx", lib)
    assert again == []
    rejected = Document(str(out))
    _reject_all(rejected.element.body)
    rejected.save(str(tmp_path / "rejected.docx"))
    _, _, back, _, _ = diff.run(old, tmp_path / "rejected.docx", lib)
    assert back == []


def _reject_all(body) -> None:
    """Reject every change: the inverse of accepting (used to check diff output both ways)."""
    for el in list(body.iter(W("ins"))):
        parent = el.getparent()
        if parent.tag == W("rPr"):
            p = parent.getparent().getparent()
            p.getparent().remove(p)
        elif parent is not None:
            parent.remove(el)
    for el in list(body.iter(W("del"))):
        parent = el.getparent()
        if parent.tag == W("rPr"):
            parent.remove(el)
            continue
        for t in el.iter(W("delText")):
            t.tag = W("t")
        revisions.unwrap(el)


# -- merge --------------------------------------------------------------------------------------


def key(answers) -> tuple:
    def clauses(kind: str) -> list[str]:
        return sorted(repr(c.to_data()) for c in getattr(answers, kind))

    return (sorted(answers.sponsors), sorted(answers.signatories), clauses("preambular"), clauses("operative"))


PAIRS = [("usa-resolution-en-un.yaml", "brazil-resolution-en-una-usa.yaml"),
         ("china-resolution-zh-cn-mun.yaml", "team-mexico-zh-thimun.yaml")]


@pytest.mark.parametrize("a, b", PAIRS)
def test_merge_is_commutative_and_idempotent(a: str, b: str, lib: library.Library) -> None:
    first, second = (read_answers(ROOT / "examples" / n, lib) for n in (a, b))
    ab, _ = merge.merge([first, second], lib)
    ba, _ = merge.merge([second, first], lib)
    assert key(ab) == key(ba)
    again, _ = merge.merge([ab, second], lib)
    assert again.to_data() == ab.to_data()
    itself, _ = merge.merge([first, first], lib)
    assert itself.to_data()["operative"] == first.to_data()["operative"]
    assert itself.to_data()["preambular"] == first.to_data()["preambular"]


def test_merge_unites_sponsors_and_drops_duplicates(lib: library.Library, tmp_path: Path, run) -> None:
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text("kind: resolution\nlanguage: en\ncountry: FRA\nsponsors: [FRA, DEU]\nsignatories: [KEN]\n"
                 "operative:\n  - cyb-core-op-13\n  - phrase: requests\n    text: the Secretariat to report to the "
                 "Commission at its next session\n", encoding="utf-8")
    b.write_text("kind: resolution\nlanguage: en\ncountry: KEN\nsponsors: [KEN]\nsignatories: [DEU, NGA]\n"
                 "operative:\n  - cyb-core-op-21\n  - cyb-core-op-13\n  - phrase: requests\n    text: the "
                 "Secretariat to report to the Commission at its next session.\n", encoding="utf-8")
    out = tmp_path / "merged.yaml"
    status, text, err = run("merge", str(a), str(b), "--out", str(out))
    assert status == 0, err
    merged = read_answers(out, lib)
    assert merged.sponsors == ["DEU", "FRA", "KEN"] and merged.signatories == ["NGA"]
    assert [c.id for c in merged.operative] == ["cyb-core-op-21", "cyb-core-op-13", ""]
    assert "Kenya signed one draft and sponsors another" in text
    assert "(also in b.yaml operative 2)" in text
    status, _, err = run("merge", str(a), str(b), "--out", str(out))
    assert status == 2 and "already exists" in err


def test_merge_reports_contradictions_of_the_library(lib: library.Library, tmp_path: Path, run) -> None:
    usa, brazil = (ROOT / "examples" / n for n in PAIRS[0])
    both = [c.id for path in (usa, brazil) for c in read_answers(path, lib).operative if c.id]
    expected = lib.contradictions(both)
    assert expected, "these two drafts take opposite sides on some question"
    out = tmp_path / "merged.yaml"
    status, text, err = run("merge", str(usa), str(brazil), "--out", str(out))
    assert status == 1, err
    merged = read_answers(out, lib)  # still a valid answers file: one side of each question is kept
    ids = [c.id for c in merged.operative]
    for a, b, question in expected:
        assert f"({question})" in text
        assert (a in ids) != (b in ids)


def test_merge_keeps_the_smaller_id_of_a_contradicting_pair(lib: library.Library) -> None:
    first, second = (read_answers(ROOT / "examples" / n, lib) for n in PAIRS[0])

    class Knowing:
        def __init__(self, inner: library.Library) -> None:
            self.inner = inner

        def __getattr__(self, name: str):
            return getattr(self.inner, name)

        def contradictions(self, ids: list[str]) -> list[tuple[str, str, str]]:
            both = {"cyb-core-op-12", "cyb-core-op-13"} <= set(ids)
            return [("cyb-core-op-13", "cyb-core-op-12", "treaty-path")] if both else []

    merged, report = merge.merge([first, second], Knowing(lib))  # type: ignore[arg-type]
    assert report.contradictions == [("cyb-core-op-12", "cyb-core-op-13", "treaty-path")]
    assert "cyb-core-op-13" not in [c.id for c in merged.operative]
    assert any("contradiction" in line for line in report.lines(lib))


# -- the sheet and the questionnaire ------------------------------------------------------------


@pytest.mark.parametrize("lang, expected", [
    ("en", ["Amendment to E/CN.15/2027/L.4", "Submitted by: Canada", "Signatories: None", "Type: Unfriendly",
            "In operative paragraph 1, replace \u201cfull use\u201d with \u201cbetter use\u201d."]),
    ("zh", ["对E/CN.15/2027/L.4的修正案", "提交国：加拿大", "在执行部分第1段中，将\u201cfull use\u201d改为\u201cbetter use\u201d。"]),
])
def test_sheet(lang: str, expected: list[str], tmp_path: Path, run) -> None:
    out = tmp_path / "sheet.docx"
    status, _, err = run("amend", str(FIXTURES / "en-replace-words.yaml"), "--sheet", str(out), "--lang", lang)
    assert status == 0, err
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for line in expected:
        assert line in text


def test_friendly_sheet_asks_every_sponsor_of_the_draft(tmp_path: Path, run) -> None:
    out = tmp_path / "sheet.docx"
    assert run("amend", str(FIXTURES / "en-lead.yaml"), "--sheet", str(out))[0] == 0
    from docx import Document

    text = [p.text for p in Document(str(out)).paragraphs]
    start = text.index("Approved by the sponsors of the draft:")
    assert text[start + 1: start + 4] == ["France: ________________", "Germany: ________________",
                                          "Italy: ________________"]


def test_chinese_sheet_sets_east_asian_fonts(tmp_path: Path, run) -> None:
    out = tmp_path / "sheet.docx"
    assert run("amend", str(FIXTURES / "zh-lead.yaml"), "--sheet", str(out))[0] == 0
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode()
    assert 'w:eastAsia="' in xml and "将执行部分第4段的引导词\u201c又强调指出\u201d改为\u201c敦促\u201d。" in xml


def test_amendment_questionnaire(lib: library.Library, tmp_path: Path) -> None:
    from scripted import ScriptedAsker

    from drafter.environment import Environment
    from drafter.interview import amendflow
    from drafter.interview.asker import GoBack

    script = ["DEU", ["ITA"], "unfriendly",
              GoBack(), "unfriendly",  # Esc at the action menu: the question before
              "strike", GoBack(),  # Esc inside an action: back to the menu, nothing added
              "replace_words", "1", "no such words", "full use", "better use",
              "strike", "5",
              "add_after", "0", "Calls upon States to act",
              "done", str(tmp_path / "a.yaml")]
    asker = ScriptedAsker(script)
    flow = amendflow.AmendmentFlow(lib, asker, FIXTURES / "draft-en.yaml", cwd=tmp_path)
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=tmp_path)
    assert amendflow.interview(flow, env, None, False) == 0
    assert any("not in the paragraph" in s for s in asker.said)
    written = amend.read(tmp_path / "a.yaml", lib)
    assert [a.kind for a in written.actions] == ["replace_words", "strike", "add_after"]
    assert written.submitted_by == "DEU" and written.cosigners == ["ITA"] and written.kind == "unfriendly"
    assert written.draft_path is not None and written.draft_path.resolve() == (FIXTURES / "draft-en.yaml").resolve()
    apply.validate(written, lib)


# -- real clients -------------------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_tracked_documents_and_keeps_the_changes(lib: library.Library, tmp_path: Path) -> None:
    tracked = tmp_path / "revised.docx"
    tracked.write_bytes(revise(FIXTURES / "draft-zh.yaml", [FIXTURES / "zh-strike.yaml", FIXTURES / "zh-add.yaml"],
                               lib))
    outdir = tmp_path / "out"
    profile = tmp_path / "profile"
    for fmt in ("pdf", "docx"):
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(tracked)], check=True, capture_output=True, timeout=180)
    pdf = subprocess.run(["pdftotext", str(outdir / "revised.pdf"), "-"], capture_output=True, text=True).stdout
    assert "决定继续积极处理此案" in pdf  # inserted text shown
    assert "能力建设" in pdf  # struck text still shown, as a change
    round_trip = revisions_dump((outdir / "revised.docx").read_bytes())  # LibreOffice splits runs its own way
    inserted = "".join(line.split(": ", 1)[1] for line in round_trip if line.startswith("ins by Russian Federation: "))
    deleted = "".join(line.split(": ", 1)[1] for line in round_trip if line.startswith("del by Pakistan: "))
    assert "决定继续积极处理此案" in inserted and "交流电子证据方面的经验" in inserted
    assert "电子证据处理、保管链和法证分析" in deleted
    assert "del paragraph mark by Pakistan" in round_trip


def test_replace_can_give_a_paragraph_sub_paragraphs(lib: library.Library, tmp_path: Path) -> None:
    amendment = tmp_path / "a.yaml"
    amendment.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: FRA\nactions:\n"
                         "  - replace: '5'\n    text: Requests the Secretariat to report on\n"
                         "    subparagraphs: [the ratification of the Convention, the technical assistance given]\n",
                         encoding="utf-8")
    draft = FIXTURES / "draft-en.yaml"
    lines = operative_dump(revise(draft, [amendment], lib, accept=True), draft)
    assert lines[-3:] == ["5. Requests the Secretariat to report on:", "    (a) the ratification of the Convention;",
                          "    (b) the technical assistance given."]


def test_new_words_inside_an_earlier_insertion_go_where_they_belong(lib: library.Library, tmp_path: Path) -> None:
    """Issue 22 item 2: the second delegation's words land inside the first one's insertion, which is split."""
    base = build(FIXTURES / "draft-en.yaml", lib, tmp_path / "base.docx")
    first_text = next(p.text for p in reader.read(base).paragraphs if p.label == "1." or p.text.startswith("Enc"))
    words = first_text.split()[1:3]
    first = tmp_path / "first.yaml"
    first.write_text(f"draft: base.docx\nsubmitted_by: FRA\nactions:\n  - replace_words: '1'\n    words: {' '.join(words)}\n"
                     f"    with: {words[0]} of the region {words[1]}\n", encoding="utf-8")
    once = tmp_path / "once.docx"
    once.write_bytes(revise(base, [first], lib))
    second = tmp_path / "second.yaml"
    second.write_text("draft: once.docx\nsubmitted_by: DEU\nactions:\n  - replace_words: '1'\n    words: the region\n"
                      "    with: every region\n", encoding="utf-8")
    twice = revise(once, [second], lib)
    from docx import Document

    accepted = Document(io.BytesIO(twice))
    accept_all(accepted.element.body)
    texts = [p.text for p in accepted.paragraphs]
    assert any(f"{words[0]} of every region {words[1]}" in t for t in texts), texts
    rejected = Document(io.BytesIO(twice))
    _reject_all(rejected.element.body)
    assert [p.text for p in rejected.paragraphs] == [p.text for p in Document(str(base)).paragraphs]
    dumped = revisions_dump(twice)
    assert "ins by Germany: every" in dumped


def _draft_with(tmp_path: Path, name: str, country: str, texts: list[str]) -> Path:
    own = "".join(f"  - phrase: calls-upon\n    text: {t}\n" for t in texts)
    path = tmp_path / name
    path.write_text(f"kind: resolution\nlanguage: en\ncountry: {country}\nsponsors: [{country}]\n"
                    f"operative:\n  - id: cyb-core-op-01\n{own}", encoding="utf-8")
    return path


def test_merge_keeps_a_drafts_own_similar_clauses_and_reports_other_figures(lib: library.Library, tmp_path: Path,
                                                                            run) -> None:
    """Issue 22 item 5: one draft's two clauses are never versions of each other; versions of two drafts that
    state other figures are a choice for the blocs (exit 1)."""
    five = "Member States to pledge 5 million dollars to the fund in 2028"
    nine = "Member States to pledge 9 million dollars to the fund in 2029"
    first = _draft_with(tmp_path, "a.yaml", "BRA", [five, nine, "the Secretariat to report"])
    merged, report = merge.merge([read_answers(first, lib), read_answers(
        _draft_with(tmp_path, "b.yaml", "CHN", ["the Secretariat to report"]), lib)], lib)
    texts = [c.text for c in merged.operative]
    assert five in texts and nine in texts and report.open_questions == 0
    status, out, _ = run("merge", str(first), str(_draft_with(tmp_path, "c.yaml", "CHN", [nine.replace("2029", "2030")])),
                         "--out", str(tmp_path / "m.yaml"))
    assert status == 1 and "figures differ" in out


def test_merge_of_many_clauses_stays_fast_enough_to_finish(lib: library.Library, tmp_path: Path) -> None:
    """300 own clauses in each of two drafts: every pair is compared only when its lengths allow a match."""
    texts = [f"Member States to consider measure number {i} on topic {i * 7919 % 1000} with care" for i in range(300)]
    one = read_answers(_draft_with(tmp_path, "a.yaml", "BRA", texts), lib)
    two = read_answers(_draft_with(tmp_path, "b.yaml", "CHN", [t + " and speed" for t in texts[::-1]]), lib)
    merged, report = merge.merge([one, two], lib)
    assert len(merged.operative) >= 301


def _sheet_text(path: Path) -> list[str]:
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs]


def test_chinese_sheet_of_an_english_draft_quotes_the_new_lead_in_english(tmp_path: Path, run) -> None:
    out = tmp_path / "sheet.docx"
    status, _, err = run("amend", str(FIXTURES / "en-lead.yaml"), "--sheet", str(out), "--lang", "zh")
    assert status == 0, err
    text = "\n".join(_sheet_text(out))
    assert "将执行部分第2段的引导词\u201c" in text and "\u201d改为\u201cUrges\u201d。" in text
    assert "敦促" not in text


def test_sheet_quotes_a_new_paragraphs_lead_in_the_drafts_language(tmp_path: Path, run) -> None:
    amendment = tmp_path / "add.yaml"
    amendment.write_text(f"draft: {FIXTURES / 'draft-en.yaml'}\nsubmitted_by: IRL\nkind: unfriendly\n"
                         "date: 2027-05-21\nactions:\n  - add_after: last\n    phrase: requests\n"
                         "    text: the Secretary-General to report to the Commission\n", encoding="utf-8")
    out = tmp_path / "sheet.docx"
    status, _, err = run("amend", str(amendment), "--sheet", str(out), "--lang", "zh")
    assert status == 0, err
    assert "\u201cRequests the Secretary-General to report to the Commission\u201d" in _sheet_text(out)


def test_chinese_sheet_has_full_width_brackets(tmp_path: Path, run) -> None:
    import re

    amendment = tmp_path / "add.yaml"
    amendment.write_text(f"draft: {FIXTURES / 'draft-zh.yaml'}\nsubmitted_by: RUS\nkind: friendly\n"
                         "date: 2027-05-21\nactions:\n  - add_after: last\n"
                         "    text: 请联合国毒品和犯罪问题办公室(毒品和犯罪问题办公室)提供技术援助\n", encoding="utf-8")
    out = tmp_path / "sheet.docx"
    status, _, err = run("amend", str(amendment), "--sheet", str(out))
    assert status == 0, err
    text = "\n".join(_sheet_text(out))
    assert "友好修正案（全体起草国同意" in text and "（毒品和犯罪问题办公室）" in text
    assert not re.search(r"[\u4e00-\u9fff][()]|[()][\u4e00-\u9fff]", text)
