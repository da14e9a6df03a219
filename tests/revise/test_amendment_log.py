"""The committee's amendment log (issue 21 item 2, issue 26's amendment rules): ``drafter amendments LOG.yaml``.

Oracles: the revised draft rebuilt from the log equals ``drafter apply`` of the passed amendments at once; a stale
amendment names the amendment and the paragraph; votes follow the conference's order and majority; the rules'
refusals cite the rule's file and line; a bad log is reported with its line and nothing is written.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from paths import ROOT
from revise.test_debate_order import SEQUENCE  # the ten amendments, each addressing the text the earlier ones left

from drafter import library
from drafter.compose.answers import read as read_answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.status import ExitStatus
from drafter.word import reader
from drafter.word.accept import accept_all

FIXTURES = Path(__file__).parent / "amend_fixtures"
THIMUN = ROOT / "conferences" / "thimun-style.yaml"
CHINA = ROOT / "conferences" / "cn-national.yaml"



def write_amendment(folder: Path, name: str, country: str, actions: str, *, kind: str = "unfriendly",
                    cosigners: str = "[]", draft: str = "base.docx") -> Path:
    path = folder / name
    path.write_text(f"draft: {draft}\nsubmitted_by: {country}\ncosigners: {cosigners}\nkind: {kind}\n"
                    f"date: 2027-05-21\nactions:\n{actions}", encoding="utf-8")
    return path


def accepted(path: Path) -> list[str]:
    """The paragraphs (label and text) of a .docx with every tracked change accepted."""
    from docx import Document

    document = Document(str(path))
    accept_all(document.element.body)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = reader.read_docx(Document(io.BytesIO(buffer.getvalue())), path)
    return [f"{p.label} {p.text}".strip() for p in doc.paragraphs if p.text.strip()]


@pytest.fixture()
def base(tmp_path: Path, lib: library.Library) -> Path:
    out = tmp_path / "base.docx"
    out.write_bytes(to_docx(assemble(read_answers(FIXTURES / "draft-en.yaml", lib), lib)))
    return out


def log_data(tmp_path: Path) -> dict:
    from drafter import yamlio

    return yamlio.read(tmp_path / "log.yaml")


def entries(tmp_path: Path) -> list[dict]:
    return list(log_data(tmp_path)["amendments"])


def test_ten_amendments_through_the_log_equal_them_applied_at_once(tmp_path: Path, base: Path, run) -> None:
    assert run("amendments", "log.yaml", "start", "base.docx")[0] == ExitStatus.OK
    files = []
    for n, (country, actions) in enumerate(SEQUENCE, 1):
        files.append(write_amendment(tmp_path, f"a{n}.yaml", country, actions).name)
        status, out, err = run("amendments", "log.yaml", "add", files[-1])
        assert status == ExitStatus.OK, err
        status, out, err = run("amendments", "log.yaml", "vote", str(n), "--for", "12", "--against", "3")
        assert status == ExitStatus.OK, err
        assert f"amendment {n} " in out and "passed (12 for, 3 against, 0 abstaining; simple majority)" in out
    assert [e["status"] for e in entries(tmp_path)] == ["passed"] * 10
    assert run("amendments", "log.yaml", "build", "--out", "from-log.docx", "--accept")[0] == ExitStatus.OK
    assert run("apply", "base.docx", *files, "--out", "at-once.docx", "--accept")[0] == ExitStatus.OK
    assert accepted(tmp_path / "from-log.docx") == accepted(tmp_path / "at-once.docx")
    assert "5. Decides to remain seized of the matter." in accepted(tmp_path / "from-log.docx")
    assert run("amendments", "log.yaml", "build", "--out", "tracked.docx")[0] == ExitStatus.OK
    assert accepted(tmp_path / "tracked.docx") == accepted(tmp_path / "at-once.docx")


def test_a_passed_amendment_makes_the_pending_ones_it_touches_stale(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '2'\n")
    write_amendment(tmp_path, "deu.yaml", "DEU", "  - replace_words: '2'\n    words: provide\n    with: offer\n")
    write_amendment(tmp_path, "ita.yaml", "ITA", "  - change_lead: '4'\n    phrase: calls-upon\n")
    write_amendment(tmp_path, "jpn.yaml", "JPN", "  - add_after: last\n    text: Decides to remain seized of the matter\n")
    write_amendment(tmp_path, "chn.yaml", "CHN", "  - replace_words: '1'\n    words: make full use of\n    with: use\n")
    write_amendment(tmp_path, "ken.yaml", "KEN", "  - strike: '1'\n")
    status, _, err = run("amendments", "log.yaml", "add", "fra.yaml", "deu.yaml", "ita.yaml", "jpn.yaml", "chn.yaml",
                         "ken.yaml")
    assert status == ExitStatus.OK, err
    status, out, _ = run("amendments", "log.yaml", "vote", "fra", "--for", "10", "--against", "4")
    assert status == ExitStatus.OK
    assert ("amendment 2 (Germany): stale: amendment 1 (France) struck operative paragraph 2, which this amendment "
            "addresses") in out
    assert "amendment 3 (Italy): stale: amendment 1 (France) renumbered operative paragraph 4" in out
    assert "(it is now paragraph 3)" in out
    log = {e["file"]: e for e in entries(tmp_path)}
    assert log["deu.yaml"]["status"] == "stale" and log["deu.yaml"]["stale"] == {"by": 1, "paragraph": "2",
                                                                                   "how": "struck"}
    assert log["ita.yaml"]["stale"] == {"by": 1, "paragraph": "4", "how": "renumbered", "now": "3"}
    assert log["jpn.yaml"]["status"] == "pending" and log["chn.yaml"]["status"] == "pending"
    status, out, err = run("amendments", "log.yaml", "vote", "chn", "--for", "10", "--against", "4")
    assert status == ExitStatus.BAD_INPUT
    assert "amendment 4 (Japan) is voted first: amendments are voted in order of submission" in err
    assert run("amendments", "log.yaml", "vote", "jpn", "--for", "10", "--against", "4")[0] == ExitStatus.OK
    status, out, _ = run("amendments", "log.yaml", "vote", "chn", "--for", "10", "--against", "4")
    assert "amendment 6 (Kenya): stale: amendment 5 (China) changed operative paragraph 1" in out
    status, out, err = run("amendments", "log.yaml", "vote", "deu", "--for", "10", "--against", "4")
    assert status == ExitStatus.BAD_INPUT and "is stale, not pending" in err
    run("amendments", "log.yaml", "build", "--out", "revised.docx", "--accept")
    text = accepted(tmp_path / "revised.docx")
    assert not any("Also encourages States to provide" in line for line in text)
    assert any(line.startswith("1. Encourages States to use,") for line in text)
    assert text[-1] == "5. Decides to remain seized of the matter."


def test_reverse_order_and_the_signatories_an_unfriendly_amendment_needs(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx", "--rules", str(THIMUN))
    signed = "[DEU, ITA, ESP]"
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n", cosigners=signed)
    write_amendment(tmp_path, "bra.yaml", "BRA", "  - change_lead: '1'\n    phrase: urges\n",
                    cosigners="[ARG, CHL, PER]")
    write_amendment(tmp_path, "ken.yaml", "KEN", "  - strike: '4'\n", cosigners="[NGA]")
    before = (tmp_path / "log.yaml").read_bytes()
    status, _, err = run("amendments", "log.yaml", "add", "ken.yaml")
    assert status == ExitStatus.BAD_INPUT
    assert ("ken.yaml: an unfriendly amendment needs at least 3 signatories at this conference "
            "(thimun-style.yaml line 33: unfriendly-signatories: 3); it has 1") in err
    assert (tmp_path / "log.yaml").read_bytes() == before
    assert run("amendments", "log.yaml", "add", "fra.yaml", "bra.yaml")[0] == ExitStatus.OK
    status, _, err = run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "1")
    assert status == ExitStatus.BAD_INPUT
    assert ("amendment 2 (Brazil) is voted first: amendments are voted in reverse order of submission "
            "(thimun-style.yaml line 34)") in err
    status, out, _ = run("amendments", "log.yaml")
    assert "voted in reverse order of submission (thimun-style.yaml)" in out
    assert run("amendments", "log.yaml", "vote", "2", "--for", "9", "--against", "1")[0] == ExitStatus.OK
    assert run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "1")[0] == ExitStatus.OK
    assert [(e["submitted"], e["decided"]) for e in entries(tmp_path)] == [(1, 2), (2, 1)]


def test_a_preambular_amendment_is_refused_citing_the_rule(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx", "--rules", str(THIMUN))
    write_amendment(tmp_path, "pp.yaml", "FRA", "  - strike: PP2\n", kind="friendly")
    status, _, err = run("amendments", "log.yaml", "add", "pp.yaml")
    assert status == ExitStatus.BAD_INPUT
    assert ("pp.yaml: 'PP2' is a preambular paragraph, and this conference's rules allow no amendment to the "
            "preamble (thimun-style.yaml line 32: amendments: preambular: false)") in err
    assert entries(tmp_path) == []
    status, _, err = run("amend", "pp.yaml")
    assert status == ExitStatus.BAD_INPUT
    assert "'PP2' is a preambular paragraph: only operative paragraphs can be amended (FORMAT.md MUN-A03)" in err


RULES = """conference: Test MUN
committees: [{name: Third Committee, kind: general-assembly}]
voting:
  amendments: {majority}
"""


@pytest.mark.parametrize(("majority", "status"), [("simple", "passed"), ("two-thirds", "failed"),
                                                  ("two-thirds-voting", "passed")])
def test_the_conference_majority_decides(majority: str, status: str, tmp_path: Path, base: Path, run) -> None:
    (tmp_path / "rules.yaml").write_text(RULES.replace("{majority}", majority), encoding="utf-8")
    run("amendments", "log.yaml", "start", "base.docx", "--rules", "rules.yaml")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n")
    run("amendments", "log.yaml", "add", "fra.yaml")
    code, out, _ = run("amendments", "log.yaml", "vote", "1", "--for", "20", "--against", "10", "--abstain", "1")
    assert code == ExitStatus.OK
    assert entries(tmp_path)[0]["status"] == status
    assert entries(tmp_path)[0]["vote"] == {"for": 20, "against": 10, "abstain": 1, "majority": majority}
    run("amendments", "log.yaml", "build", "--out", "revised.docx", "--accept")
    struck = not any("Also requests the United Nations" in line for line in accepted(tmp_path / "revised.docx"))
    assert struck is (status == "passed")


def test_withdraw_and_accept_a_friendly_amendment(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n")
    write_amendment(tmp_path, "deu.yaml", "DEU", "  - change_lead: '1'\n    phrase: urges\n", kind="friendly")
    run("amendments", "log.yaml", "add", "fra.yaml", "deu.yaml")
    status, out, _ = run("amendments", "log.yaml", "withdraw", "fra", "--reason", "merged into the next one")
    assert status == ExitStatus.OK and "withdrawn: merged into the next one" in out
    status, _, err = run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "1")
    assert status == ExitStatus.BAD_INPUT and "amendment 1 (France) is withdrawn, not pending" in err
    assert run("amendments", "log.yaml", "accept", "deu")[0] == ExitStatus.OK
    log = entries(tmp_path)
    assert [e["status"] for e in log] == ["withdrawn", "passed"]
    assert "vote" not in log[1] and log[1]["decided"] == 1
    status, out, _ = run("amendments", "log.yaml", "--format", "json")
    shown = json.loads(out)
    assert shown["next"] is None and shown["amendments"][1]["outcome"] == \
        "passed (friendly, incorporated without a vote)"


def test_an_unfriendly_amendment_is_not_accepted_without_a_vote(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n")
    run("amendments", "log.yaml", "add", "fra.yaml")
    status, _, err = run("amendments", "log.yaml", "accept", "1")
    assert status == ExitStatus.BAD_INPUT and "is unfriendly: it is put to the vote" in err


def test_the_sheet_lists_every_amendment_with_its_outcome(tmp_path: Path, base: Path, run) -> None:
    from docx import Document

    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '2'\n", cosigners="[DEU]")
    write_amendment(tmp_path, "ita.yaml", "ITA", "  - replace_words: '2'\n    words: provide\n    with: offer\n")
    write_amendment(tmp_path, "jpn.yaml", "JPN", "  - add_after: last\n    text: Decides to remain seized of the matter\n")
    run("amendments", "log.yaml", "add", "fra.yaml", "ita.yaml", "jpn.yaml")
    run("amendments", "log.yaml", "vote", "1", "--for", "10", "--against", "2", "--abstain", "1")
    run("amendments", "log.yaml", "vote", "3", "--for", "2", "--against", "10")
    assert run("amendments", "log.yaml", "sheet", "--out", "sheet.docx")[0] == ExitStatus.OK
    text = [p.text for p in Document(str(tmp_path / "sheet.docx")).paragraphs]
    assert "1 passed, 1 failed, 0 withdrawn, 1 stale, 0 pending" in text
    assert "Amendment 1" in text and "Signatories: Germany" in text and "1. Strike operative paragraph 2." in text
    assert "Outcome: passed (10 for, 2 against, 1 abstaining; simple majority)" in text
    assert "Outcome: failed (2 for, 10 against, 0 abstaining; simple majority)" in text
    assert any(line.startswith("Outcome: stale: amendment 1 (France) struck operative paragraph 2") for line in text)
    status, _, err = run("amendments", "log.yaml", "sheet", "--out", "sheet.docx")
    assert status == ExitStatus.BAD_INPUT and "already exists" in err


def test_in_chinese(tmp_path: Path, lib: library.Library, run) -> None:
    from docx import Document

    (tmp_path / "base.docx").write_bytes(to_docx(assemble(read_answers(FIXTURES / "draft-zh.yaml", lib), lib)))
    run("amendments", "log.yaml", "start", "base.docx", "--rules", str(CHINA))
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '2'\n", cosigners="[DEU, ITA]")
    write_amendment(tmp_path, "deu.yaml", "DEU", "  - change_lead: '2'\n    phrase: urges\n", cosigners="[FRA, ITA]")
    write_amendment(tmp_path, "ita.yaml", "ITA", "  - strike: '1'\n", cosigners="[FRA]")
    status, _, err = run("amendments", "log.yaml", "add", "ita.yaml")
    assert status == ExitStatus.BAD_INPUT
    assert "ita.yaml：本次会议的非友好修正案至少需要2个附议国（cn-national.yaml line 31：非友好附议：2），现有1个" in err
    status, out, err = run("amendments", "log.yaml", "add", "fra.yaml", "deu.yaml")
    assert status == ExitStatus.OK and "已作为第1号修正案提交（非友好修正案）" in err
    status, out, _ = run("amendments", "log.yaml", "vote", "1", "--for", "20", "--against", "5", "--abstain", "3")
    assert "第1号修正案（法国）：通过（赞成20，反对5，弃权3；简单多数）" in out
    assert "第2号修正案（德国）：已失效：第1号修正案（法国）删除了本修正案所指的执行部分第2段" in out
    assert run("amendments", "log.yaml", "sheet", "--out", "sheet.docx")[0] == ExitStatus.OK
    text = "\n".join(p.text for p in Document(str(tmp_path / "sheet.docx")).paragraphs)
    assert "第1号修正案" in text and "结果：通过（赞成20，反对5，弃权3；简单多数）" in text
    assert "通过1项，未通过0项，撤回0项，失效1项，待表决0项" in text
    assert "(" not in text and ")" not in text
    status, _, _ = run("amendments", "log.yaml", "--lang", "en", "sheet", "--out", "sheet-en.docx")
    english = "\n".join(p.text for p in Document(str(tmp_path / "sheet-en.docx")).paragraphs)
    assert "Outcome: passed (20 for, 5 against, 3 abstaining; simple majority)" in english


@pytest.mark.parametrize(("text", "message"), [
    ("draft: base.docx\namendments: [\n", "log.yaml:3:1:"),
    ("draft: base.docx\namendments:\n  - file: fra.yaml\n    submitted: 1\n    proposer: FRA\n    status: passed\n",
     "log.yaml:6:13: a passed amendment has 'decided:' (its order of decision)"),
    ("draft: base.docx\namendments:\n  - file: fra.yaml\n    submitted: 1\n    proposer: FRA\n    status: passed\n"
     "    decided: 1\n    kind: unfriendly\n    vote: {for: 2, against: 9}\n",
     "log.yaml:6:13: the vote (2 for, 9 against, 0 abstaining, simple majority) does not adopt the amendment; "
     "the status says passed"),
    ("draft: base.docx\namendments:\n  - file: fra.yaml\n    submitted: 1\n    proposer: FRA\n    status: done\n",
     "log.yaml:6:13: status 'done' is not one of pending, passed, failed, withdrawn, stale"),
    ("draft: base.docx\nchair: me\namendments: []\n", "log.yaml:2:1: unknown field 'chair'"),
    ("draft: missing.docx\namendments: []\n", "log.yaml:1:8: no draft 'missing.docx'"),
    ("- just a list\n", "log.yaml:1:1: an amendment log is a mapping"),
])
def test_a_bad_log_is_reported_with_its_line(text: str, message: str, tmp_path: Path, base: Path, run) -> None:
    (tmp_path / "log.yaml").write_text(text, encoding="utf-8")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n")
    status, out, err = run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "1")
    assert status == ExitStatus.BAD_INPUT
    assert message in err and "Traceback" not in err
    assert (tmp_path / "log.yaml").read_text(encoding="utf-8") == text


def test_missing_log_and_amendment_files(tmp_path: Path, base: Path, run) -> None:
    status, _, err = run("amendments", "nothing.yaml")
    assert status == ExitStatus.UNREADABLE and "no such log" in err
    run("amendments", "log.yaml", "start", "base.docx")
    status, _, err = run("amendments", "log.yaml", "start", "base.docx")
    assert status == ExitStatus.BAD_INPUT and "already exists" in err
    status, _, err = run("amendments", "log.yaml", "add", "none.yaml")
    assert status == ExitStatus.UNREADABLE and "none.yaml: no such amendment file" in err
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '5'\n")
    run("amendments", "log.yaml", "add", "fra.yaml")
    (tmp_path / "fra.yaml").write_text((tmp_path / "fra.yaml").read_text().replace("FRA", "DEU"))
    status, _, err = run("amendments", "log.yaml")
    assert status == ExitStatus.BAD_INPUT and "fra.yaml was changed after it was submitted" in err


def test_also_encourages_becomes_encourages_once_the_first_is_struck(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '1'\n")
    run("amendments", "log.yaml", "add", "fra.yaml")
    run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "2")
    assert run("amendments", "log.yaml", "build", "--out", "revised.docx")[0] == ExitStatus.OK
    lines = accepted(tmp_path / "revised.docx")
    assert any(line.startswith("1. Encourages States to provide") for line in lines), lines
    status, out, _ = run("check", "revised.docx", "--format", "json")
    assert "lead-repeat-first" not in out
    run("amendments", "log.yaml", "build", "--out", "clean.docx", "--accept")
    (tmp_path / "unrepaired.docx").write_bytes((tmp_path / "clean.docx").read_bytes())
    from docx import Document

    document = Document(str(tmp_path / "unrepaired.docx"))
    for para in document.paragraphs:
        for r in para.runs:
            if r.text.startswith("Encourages"):
                r.text = "Also encourages" + r.text[len("Encourages"):]
    document.save(str(tmp_path / "unrepaired.docx"))
    status, out, _ = run("check", "unrepaired.docx", "--format", "json")
    assert "lead-repeat-first" in out


def test_a_chinese_sheet_of_an_english_draft_quotes_the_english_lead(tmp_path: Path, base: Path, run) -> None:
    from docx import Document

    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "deu.yaml", "DEU", "  - change_lead: '1'\n    phrase: urges\n"
                                                 "  - add_after: last\n    phrase: requests\n"
                                                 "    text: the Secretariat to report\n")
    run("amendments", "log.yaml", "add", "deu.yaml")
    assert run("amendments", "log.yaml", "--lang", "zh", "sheet", "--out", "sheet.docx")[0] == ExitStatus.OK
    text = [p.text for p in Document(str(tmp_path / "sheet.docx")).paragraphs]
    assert "1. 将执行部分第1段的引导词改为“Urges”。" in text
    assert "“Requests the Secretariat to report”" in text
    assert not any("敦促" in line or "请the" in line for line in text)


def test_original_numbering_does_not_go_stale_when_paragraphs_move(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '1'\n")
    (tmp_path / "deu.yaml").write_text(
        "submitted_by: DEU\nkind: unfriendly\nnumbering: original\nactions:\n  - change_lead: '4'\n    phrase: calls-upon\n",
        encoding="utf-8")
    assert run("amendments", "log.yaml", "add", "fra.yaml", "deu.yaml")[0] == ExitStatus.OK
    status, out, _ = run("amendments", "log.yaml", "vote", "1", "--for", "9", "--against", "2")
    assert status == ExitStatus.OK and "stale" not in out
    assert run("amendments", "log.yaml", "vote", "2", "--for", "9", "--against", "2")[0] == ExitStatus.OK
    run("amendments", "log.yaml", "build", "--out", "revised.docx", "--accept")
    assert "3. Calls upon States to define offences" in " ".join(accepted(tmp_path / "revised.docx"))


def test_a_refused_file_leaves_the_others_of_the_same_add_unsubmitted(tmp_path: Path, base: Path, run) -> None:
    run("amendments", "log.yaml", "start", "base.docx")
    write_amendment(tmp_path, "fra.yaml", "FRA", "  - strike: '1'\n")
    write_amendment(tmp_path, "deu.yaml", "DEU", "  - strike: '9'\n")
    status, out, err = run("amendments", "log.yaml", "add", "fra.yaml", "deu.yaml")
    assert status == ExitStatus.BAD_INPUT and "no paragraph 9: the draft has 5 operative paragraphs" in err
    assert "submitted" not in err and out == ""
    assert entries(tmp_path) == []
