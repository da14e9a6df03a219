"""Amendments in debate order (issue 21 item 1): each amendment applied to the draft as the earlier ones left it.

Every address names a paragraph of the draft with every earlier change accepted; all addresses of one amendment
file name paragraphs of the same text; a draft that already holds tracked changes is read as accepted, and the new
changes stand beside the old ones. Oracles: accept-all of every output gives the expected text, reject-all the
draft as it was before the first amendment, and amendments applied one at a time equal them applied at once.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from drafter import library
from drafter.compose.answers import read as read_answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.revise import amend, apply
from drafter.revise.document import open_draft
from drafter.word import reader, revisions, runtext
from drafter.word.accept import accept_all

FIXTURES = Path(__file__).parent / "amend_fixtures"
W = runtext.w

BASE = ["Encourages States to make full use of", "Also encourages States to provide", "Requests the Secretariat to support",
        "the review of their legislation", "the training of judges and prosecutors",
        "the exchange of electronic evidence", "Urges States to define offences", "Also requests the United Nations"]


def build(answers: Path, lib: library.Library, out: Path) -> Path:
    out.write_bytes(to_docx(assemble(read_answers(answers, lib), lib)))
    return out


def amendment(folder: Path, name: str, draft: str, country: str, actions: str, date: str = "2027-05-21") -> Path:
    path = folder / name
    path.write_text(f"draft: {draft}\nsubmitted_by: {country}\ndate: {date}\nactions:\n{actions}",
                    encoding="utf-8")
    return path


def apply_to(draft: Path, amendments: list[Path], lib: library.Library, out: Path) -> Path:
    opened = open_draft(draft, lib)
    apply.revise(opened, [amend.read(a, lib) for a in amendments], lib)
    out.write_bytes(apply.to_bytes(opened))
    return out


def reject_all(body) -> None:  # noqa: ANN001 - an lxml element
    """Reject every change: inserted text and paragraphs go, struck text and marks come back."""
    for el in list(body.iter(W("ins"), W("moveTo"))):
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag == W("rPr"):
            p = parent.getparent().getparent()
            following = p.getnext()
            if following is not None and following.tag == W("p") and p.getparent() is not None:
                for child in [c for c in p if c.tag != W("pPr")]:  # its text joins the paragraph after it
                    following.find(W("pPr")).addnext(child) if following.find(W("pPr")) is not None else (
                        following.insert(0, child))
            if p.getparent() is not None:
                p.getparent().remove(p)
        else:
            parent.remove(el)
    for el in list(body.iter(W("del"), W("moveFrom"))):
        parent = el.getparent()
        if parent.tag == W("rPr"):
            parent.remove(el)
            continue
        for t in el.iter(W("delText")):
            t.tag = W("t")
        revisions.unwrap(el)


def texts(data: bytes, how: str) -> list[str]:
    """The paragraphs' texts (label and text) with every change accepted, or rejected."""
    from docx import Document

    document = Document(io.BytesIO(data))
    if how == "accept":
        accept_all(document.element.body)
    else:
        reject_all(document.element.body)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = reader.read_docx(Document(io.BytesIO(buffer.getvalue())), Path("x.docx"))
    return [f"{p.label} {p.text}".strip() for p in doc.paragraphs if p.text.strip()]


def operative(lines: list[str]) -> list[str]:
    """The operative part: the lines from the first paragraph numbered 1."""
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    return lines[first:]


def starts(lines: list[str]) -> list[str]:
    """Which paragraph of BASE each operative line is (its start), or the line itself when it is new."""
    return [next((start for start in BASE if start in line), line) for line in operative(lines)]


def authors(data: bytes, dates: bool = False) -> set[str]:
    """Who made the tracked changes (``dates``: "author on day" for each)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        from lxml import etree

        root = etree.fromstring(package.read("word/document.xml"))
    return {f"{el.get(W('author'))} on {el.get(W('date'), '')[:10]}" if dates else el.get(W("author"), "")
            for el in root.iter(W("ins"), W("del"))}


@pytest.fixture()
def base(tmp_path: Path, lib: library.Library) -> Path:
    return build(FIXTURES / "draft-en.yaml", lib, tmp_path / "base.docx")


@pytest.fixture()
def once(tmp_path: Path, base: Path, lib: library.Library) -> Path:
    """The base draft after France struck paragraph 2."""
    first = amendment(tmp_path, "fra.yaml", "base.docx", "FRA", "  - strike: '2'\n")
    return apply_to(base, [first], lib, tmp_path / "once.docx")


def test_a_second_strike_strikes_the_paragraph_it_names(tmp_path: Path, once: Path, base: Path,
                                                        lib: library.Library) -> None:
    second = amendment(tmp_path, "deu.yaml", "once.docx", "DEU", "  - strike: '1'\n", date="2027-05-22")
    twice = apply_to(once, [second], lib, tmp_path / "twice.docx").read_bytes()
    assert authors(twice, dates=True) == {"France on 2027-05-21", "Germany on 2027-05-22"}
    assert starts(texts(twice, "accept")) == BASE[2:]
    assert operative(texts(twice, "accept"))[0].startswith("1. Requests")
    assert texts(twice, "reject") == texts(base.read_bytes(), "accept")
    assert authors(twice) == {"France", "Germany"}


def test_a_second_change_of_lead_changes_the_paragraph_it_names(tmp_path: Path, once: Path, base: Path,
                                                                lib: library.Library) -> None:
    second = amendment(tmp_path, "deu.yaml", "once.docx", "DEU", "  - change_lead: '1'\n    phrase: urges\n")
    twice = apply_to(once, [second], lib, tmp_path / "twice.docx").read_bytes()
    accepted = operative(texts(twice, "accept"))
    assert accepted[0].startswith("1. Urges States to make full use of"), accepted
    assert len(accepted) == 7
    assert texts(twice, "reject") == texts(base.read_bytes(), "accept")


def test_a_second_amendment_edits_words_of_a_paragraph_joined_by_a_strike(tmp_path: Path, once: Path, base: Path,
                                                                           lib: library.Library) -> None:
    second = amendment(tmp_path, "deu.yaml", "once.docx", "DEU",
                       "  - replace_words: '1'\n    words: make full use of\n    with: use\n"
                       "  - add_after: '0'\n    text: Welcomes the work of the Commission\n")
    twice = apply_to(once, [second], lib, tmp_path / "twice.docx").read_bytes()
    accepted = operative(texts(twice, "accept"))
    assert accepted[0] == "1. Welcomes the work of the Commission;"
    assert accepted[1].startswith("2. Encourages States to use, and to consider")
    assert starts(accepted)[2:] == BASE[2:]
    assert texts(twice, "reject") == texts(base.read_bytes(), "accept")
    assert authors(twice) == {"France", "Germany"}


def test_addresses_in_one_file_name_paragraphs_of_the_same_text(tmp_path: Path, base: Path,
                                                                lib: library.Library) -> None:
    """The README's own pattern: strike 3, then amend a later paragraph by its number before the strike."""
    one = amendment(tmp_path, "fra.yaml", "base.docx", "FRA",
                    "  - strike: '3'\n  - change_lead: '4'\n    phrase: calls-upon\n"
                    "  - replace_words: '5'\n    words: Also requests\n    with: Requests\n")
    data = apply_to(base, [one], lib, tmp_path / "out.docx").read_bytes()
    accepted = operative(texts(data, "accept"))
    assert [line[:20] for line in accepted] == ["1. Encourages States", "2. Also encourages S",
                                                "3. Calls upon States", "4. Requests the Unit"]
    assert texts(data, "reject") == texts(base.read_bytes(), "accept")


SEQUENCE = [
    ("FRA", "  - strike: '2'\n"),
    ("DEU", "  - change_lead: '1'\n    phrase: urges\n"),
    ("ITA", "  - add_after: '2(b)'\n    text: the training of police officers\n"),
    ("JPN", "  - strike: '1'\n"),
    ("CHN", "  - replace_words: '1(d)'\n    words: electronic evidence\n    with: digital evidence\n"),
    ("BRA", "  - add_after: last\n    text: Decides to remain seized of the matter\n"),
    ("KEN", "  - strike: '1(a)'\n"),
    ("IND", "  - replace: '2'\n    text: Urges States to define offences precisely\n"),
    ("MEX", "  - add_after: '0'\n    text: Welcomes the work of the Commission\n"),
    ("EGY", "  - change_lead: '4'\n    phrase: requests\n"),
]


def test_ten_amendments_one_at_a_time_equal_them_at_once(tmp_path: Path, base: Path, lib: library.Library) -> None:
    files, draft = [], base
    for n, (country, actions) in enumerate(SEQUENCE):
        path = amendment(tmp_path, f"a{n}.yaml", draft.name, country, actions)
        files.append(path)
        draft = apply_to(draft, [path], lib, tmp_path / f"step{n}.docx")
        assert texts(draft.read_bytes(), "reject") == texts(base.read_bytes(), "accept"), n
    at_once = apply_to(base, files, lib, tmp_path / "at-once.docx").read_bytes()
    assert texts(draft.read_bytes(), "accept") == texts(at_once, "accept")
    assert texts(at_once, "reject") == texts(base.read_bytes(), "accept")
    accepted = operative(texts(at_once, "accept"))
    assert accepted[:6] == ["1. Welcomes the work of the Commission;",
                            "2. Requests the Secretariat to support Member States in:",
                            "(a) the training of judges and prosecutors;", "(b) the training of police officers;",
                            "(c) the exchange of digital evidence;", "3. Urges States to define offences precisely;"]
    assert accepted[6].startswith("4. Requests the United Nations Office on Drugs and Crime to report")
    assert accepted[6].endswith(";")
    assert accepted[7:] == ["5. Decides to remain seized of the matter."]
    assert authors(at_once) == {"France", "Germany", "Italy", "Japan", "China", "Brazil", "Kenya", "India", "Mexico",
                                "Egypt"}


TYPED = ["1. Encourages States to cooperate;", "2. Urges States to share information;",
         "3. Calls upon States to train judges;", "4. Requests the Secretariat to report."]


@pytest.mark.parametrize("action, expected", [
    ("strike: '1'", ["1. Calls upon States to train judges;", "2. Requests the Secretariat to report."]),
    ("strike: '2'", ["1. Encourages States to cooperate;", "2. Requests the Secretariat to report."]),
    ("change_lead: '2'\n    phrase: encourages",
     ["1. Encourages States to cooperate;", "2. Encourages States to train judges;",
      "3. Requests the Secretariat to report."]),
    ("add_after: '1'\n    text: Notes the report",
     ["1. Encourages States to cooperate;", "2. Notes the report;", "3. Calls upon States to train judges;",
      "4. Requests the Secretariat to report."]),
    ("strike: '3'", ["1. Encourages States to cooperate;", "2. Calls upon States to train judges."]),
])
def test_typed_numbers_after_an_earlier_strike(action: str, expected: list[str], tmp_path: Path,
                                               lib: library.Library) -> None:
    from docx import Document

    document = Document()
    for text in ["The Commission on Crime Prevention and Criminal Justice,",
                 "Recalling its previous resolutions on cybercrime,", *TYPED]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "typed.docx"))
    first = amendment(tmp_path, "fra.yaml", "typed.docx", "FRA", "  - strike: '2'\n")
    once = apply_to(tmp_path / "typed.docx", [first], lib, tmp_path / "once.docx")
    second = amendment(tmp_path, "deu.yaml", "once.docx", "DEU", f"  - {action}\n")
    twice = apply_to(once, [second], lib, tmp_path / "twice.docx").read_bytes()
    assert texts(twice, "accept")[2:] == expected
    assert texts(twice, "reject")[2:] == TYPED


ZH_SEQUENCE = [
    ("FRA", "  - strike: '2'\n"),
    ("DEU", "  - change_lead: '1'\n    phrase: urges\n"),
    ("ITA", "  - strike: '1'\n  - add_after: '2'\n    text: 欢迎委员会的工作\n"),
    ("JPN", "  - add_after: '0'\n    text: 注意到秘书长的报告\n"),
]


def test_chinese_amendments_one_at_a_time_equal_them_at_once(tmp_path: Path, lib: library.Library) -> None:
    base = build(FIXTURES / "draft-zh.yaml", lib, tmp_path / "base.docx")
    files, draft = [], base
    for n, (country, actions) in enumerate(ZH_SEQUENCE):
        path = amendment(tmp_path, f"a{n}.yaml", draft.name, country, actions)
        files.append(path)
        draft = apply_to(draft, [path], lib, tmp_path / f"step{n}.docx")
        assert texts(draft.read_bytes(), "reject") == texts(base.read_bytes(), "accept"), n
    at_once = apply_to(base, files, lib, tmp_path / "at-once.docx").read_bytes()
    assert texts(draft.read_bytes(), "accept") == texts(at_once, "accept")
    accepted = operative(texts(at_once, "accept"))
    assert accepted[0].startswith("1. 注意到秘书长的报告")
    assert sum(line.startswith(("1. ", "2. ", "3. ", "4. ", "5. ")) for line in accepted) == 5
    assert texts(at_once, "reject") == texts(base.read_bytes(), "accept")


def test_amend_and_apply_print_the_paragraph_each_action_names(tmp_path: Path, base: Path, run) -> None:  # noqa: ANN001
    one = amendment(tmp_path, "fra.yaml", "base.docx", "FRA",
                    "  - strike: '3'\n  - change_lead: '4'\n    phrase: calls-upon\n"
                    "  - add_after: '1'\n    text: Notes the report of the Secretary-General\n")
    status, out, _ = run("amend", str(one))
    assert status == 0
    assert out.splitlines() == ["  struck 3: Requests the Secretariat to support Member States in:",
                                "  changed the lead phrase of 4: Urges States to define offences clearly, to make "
                                "intent an…",
                                "  added 2: Notes the report of the Secretary-General"]
    status, out, _ = run("apply", str(base), str(one), "--out", str(tmp_path / "out.docx"))
    assert status == 0 and out.splitlines()[0] == f"{one}: struck 3: Requests the Secretariat to support Member States in:"


SLIP = ["1. Encourages States to cooperate;", "2. Urges States to share information;",
        "2. Calls upon States to train judges;", "3. Requests the Secretariat to report."]


def slip_draft(folder: Path) -> Path:
    """A draft with typed numbers and a slip: the number 2 typed twice."""
    from docx import Document

    document = Document()
    for text in ["The Commission on Crime Prevention and Criminal Justice,",
                 "Recalling its previous resolutions on cybercrime,", *SLIP]:
        document.add_paragraph(text)
    document.save(str(folder / "typed.docx"))
    return folder / "typed.docx"


@pytest.mark.parametrize("command", ["amend", "apply"])
@pytest.mark.parametrize("action, named", [
    ("change_lead: '3'\n    phrase: encourages", ["3rd", "Calls upon States", "4th", "Requests the Secretariat"]),
    ("replace: '2'\n    text: Urges States to act", ["2nd", "Urges States to share", "3rd", "Calls upon States"]),
])
def test_an_address_a_slip_makes_ambiguous_names_both_paragraphs(command: str, action: str, named: list[str],
                                                                 tmp_path: Path, run) -> None:  # noqa: ANN001
    draft = slip_draft(tmp_path)
    one = amendment(tmp_path, "fra.yaml", "typed.docx", "FRA", f"  - {action}\n")
    out = tmp_path / "out.docx"
    status, _, err = run(command, *([str(one)] if command == "amend" else [str(draft), str(one), "--out", str(out)]))
    assert status == 2 and "Traceback" not in err
    assert "ambiguous" in err and all(word in err for word in named), err
    assert not out.exists()


def test_a_strike_that_puts_a_slip_right_does_not_credit_the_delegation(tmp_path: Path, run) -> None:  # noqa: ANN001
    draft = slip_draft(tmp_path)
    one = amendment(tmp_path, "fra.yaml", "typed.docx", "FRA", "  - strike: '4'\n")
    out = tmp_path / "out.docx"
    status, _, err = run("apply", str(draft), str(one), "--out", str(out))
    assert status == 0 and "typed '2' in the draft where '3' was due" in err
    data = out.read_bytes()
    assert texts(data, "accept")[2:] == ["1. Encourages States to cooperate;", "2. Urges States to share information;",
                                         "3. Calls upon States to train judges."]
    assert texts(data, "reject")[2:] == SLIP
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        from lxml import etree

        root = etree.fromstring(package.read("word/document.xml"))
    numbers = {"".join(t.text or "" for t in el.iter(W("t"))): el.get(W("author")) for el in root.iter(W("ins"))}
    assert numbers["3"] == "drafter" and numbers["."] == "France"


def test_a_strike_the_slip_makes_no_repair_for_stays_the_delegations(tmp_path: Path, lib: library.Library) -> None:
    draft = slip_draft(tmp_path)
    one = amendment(tmp_path, "fra.yaml", "typed.docx", "FRA", "  - strike: '1'\n")
    data = apply_to(draft, [one], lib, tmp_path / "out.docx").read_bytes()
    assert texts(data, "accept")[2:] == ["1. Urges States to share information;",
                                         "2. Calls upon States to train judges;",
                                         "3. Requests the Secretariat to report."]
    assert texts(data, "reject")[2:] == SLIP
    assert authors(data) == {"France"}


@pytest.mark.parametrize("draft, actions, expected", [
    ("draft-en.yaml", "  - strike: '1'\n", "1. Encourages States to provide, with appropriate safeguards"),
    ("draft-en.yaml", "  - change_lead: '1'\n    phrase: urges\n", "2. Encourages States to provide, with appropriate"),
    ("draft-zh.yaml", "  - strike: '2'\n", "3. 强调指出技术援助应当应请求提供"),
])
def test_an_also_form_with_nothing_before_it_becomes_the_plain_form(draft: str, actions: str, expected: str,
                                                                    tmp_path: Path, lib: library.Library) -> None:
    base = build(FIXTURES / draft, lib, tmp_path / "base.docx")
    one = amendment(tmp_path, "a.yaml", "base.docx", "FRA", actions)
    data = apply_to(base, [one], lib, tmp_path / "out.docx").read_bytes()
    assert any(line.startswith(expected) for line in operative(texts(data, "accept"))), texts(data, "accept")
    assert texts(data, "reject") == texts(base.read_bytes(), "accept")
    assert authors(data) == {"France"}


def test_a_repeated_lead_the_draft_got_wrong_is_left_for_check(tmp_path: Path, lib: library.Library) -> None:
    from docx import Document

    document = Document()
    for text in ["The Commission on Crime Prevention and Criminal Justice,",
                 "Recalling its previous resolutions on cybercrime,", "1. Urges States to cooperate;",
                 "2. Also encourages States to share information;", "3. Requests the Secretariat to report."]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "typed.docx"))
    one = amendment(tmp_path, "a.yaml", "typed.docx", "FRA", "  - strike: '1'\n")
    data = apply_to(tmp_path / "typed.docx", [one], lib, tmp_path / "out.docx").read_bytes()
    assert texts(data, "accept")[2:] == ["1. Also encourages States to share information;",
                                         "2. Requests the Secretariat to report."]


def test_merge_reads_word_documents_even_under_another_name(tmp_path: Path, base: Path, run) -> None:  # noqa: ANN001
    """Issue 21 item 3: a .docx (also one saved under a .yaml name) is read as a working paper, never as
    "not UTF-8 text"; a file of another kind is refused with what merge takes, and nothing is written."""
    disguised = tmp_path / "bloc-b.yaml"
    disguised.write_bytes(base.read_bytes())
    out = tmp_path / "merged.yaml"
    status, text, err = run("merge", str(base), str(disguised), str(FIXTURES / "draft-en.yaml"), "--out", str(out))
    assert status == 0 and "UTF-8" not in err, err
    assert "(also in bloc-b.yaml operative 1 (¶" in text and "draft-en.yaml operative 1)" in text
    notes = tmp_path / "notes.txt"
    notes.write_text("Urges States to cooperate.\n", encoding="utf-8")
    status, _, err = run("merge", str(base), str(notes), "--out", str(tmp_path / "again.yaml"))
    assert status == 2 and "Traceback" not in err
    assert f"{notes}:1:1: merge takes answers files (.yaml) and Word working papers (.docx)" in err
    assert not (tmp_path / "again.yaml").exists()


def test_a_paragraph_a_person_joined_with_track_changes_is_amended_as_one(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    """Someone joined two paragraphs with Track Changes on (the first one's mark struck): an amendment quotes
    words across the join, and strikes the joined paragraph with everything in it."""
    from docx import Document

    document = Document()
    for text in ["The Commission on Crime Prevention and Criminal Justice,",
                 "Recalling its previous resolutions on cybercrime,", "1. Encourages States to cooperate ",
                 "and to share information;", "2. Calls upon States to train judges;",
                 "3. Requests the Secretariat to report."]:
        document.add_paragraph(text)
    chair = revisions.Author("Chair", "2027-05-20T10:00:00Z", revisions.Ids(document.element.body))
    from drafter.word import tracked_paragraphs

    tracked_paragraphs.mark_paragraph(document.paragraphs[2]._p, "del", chair)
    document.save(str(tmp_path / "joined.docx"))
    before = texts((tmp_path / "joined.docx").read_bytes(), "reject")
    assert texts((tmp_path / "joined.docx").read_bytes(), "accept")[2] == (
        "1. Encourages States to cooperate and to share information;")
    words = amendment(tmp_path, "a.yaml", "joined.docx", "FRA",
                      "  - replace_words: '1'\n    words: cooperate and to share\n    with: cooperate and share\n"
                      "  - change_lead: '2'\n    phrase: urges\n")
    data = apply_to(tmp_path / "joined.docx", [words], lib, tmp_path / "a.docx").read_bytes()
    assert texts(data, "accept")[2:] == ["1. Encourages States to cooperate and share information;",
                                         "2. Urges States to train judges;", "3. Requests the Secretariat to report."]
    assert texts(data, "reject") == before
    assert authors(data) == {"Chair", "France"}
    strike = amendment(tmp_path, "b.yaml", "joined.docx", "DEU", "  - strike: '1'\n")
    data = apply_to(tmp_path / "joined.docx", [strike], lib, tmp_path / "b.docx").read_bytes()
    assert texts(data, "accept")[2:] == ["1. Calls upon States to train judges;",
                                         "2. Requests the Secretariat to report."]
    assert texts(data, "reject") == before


def test_a_paragraph_with_a_continuation_is_struck_whole_in_debate_order(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    from docx import Document

    document = Document()
    original = ["1. Encourages States to cooperate;", "2. Urges States to share information, noting that",
                "information shared should be protected;", "3. Calls upon States to train judges;",
                "4. Requests the Secretariat to report."]
    for text in ["The Commission on Crime Prevention and Criminal Justice,",
                 "Recalling its previous resolutions on cybercrime,", *original]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "cont.docx"))
    first = amendment(tmp_path, "a.yaml", "cont.docx", "FRA", "  - strike: '2'\n")
    once = apply_to(tmp_path / "cont.docx", [first], lib, tmp_path / "once.docx")
    assert texts(once.read_bytes(), "accept")[2:] == ["1. Encourages States to cooperate;",
                                                      "2. Calls upon States to train judges;",
                                                      "3. Requests the Secretariat to report."]
    second = amendment(tmp_path, "b.yaml", "once.docx", "DEU", "  - strike: '1'\n")
    twice = apply_to(once, [second], lib, tmp_path / "twice.docx").read_bytes()
    assert texts(twice, "accept")[2:] == ["1. Calls upon States to train judges;",
                                          "2. Requests the Secretariat to report."]
    assert texts(twice, "reject")[2:] == original


def test_a_paragraph_added_after_a_chain_of_struck_paragraphs_stands_alone(tmp_path: Path, base: Path,
                                                                          lib: library.Library) -> None:
    """Two paragraphs struck after paragraph 1 leave a chain of struck marks behind it; a paragraph added after 1
    goes after the whole chain, or paragraph 1's text would join it when the changes are accepted (found by
    tests/revise/test_debate_properties.py)."""
    steps = [("FRA", "  - strike: '2'\n"), ("DEU", "  - strike: '2'\n"),
             ("JPN", "  - add_after: '1'\n    text: Welcomes the report of the Commission\n")]
    files = [amendment(tmp_path, f"a{n}.yaml", "base.docx", country, actions)
             for n, (country, actions) in enumerate(steps)]
    at_once = apply_to(base, files, lib, tmp_path / "at-once.docx").read_bytes()
    accepted = operative(texts(at_once, "accept"))
    assert accepted[1] == "2. Welcomes the report of the Commission;"
    assert accepted[0].startswith("1. Encourages States to make full use of") and accepted[0].endswith("cybercrime;")
    assert texts(at_once, "reject") == texts(base.read_bytes(), "accept")
