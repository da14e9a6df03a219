"""Every approval-panel rule with a failing and a passing draft, in English and in Chinese, through
``drafter check --rules``; and a batch of twenty drafts with cross-draft faults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from drafter.conference import PANEL_RULES
from drafter.conference import length as lengths
from drafter.status import ExitStatus

EN_RULES = """conference: Test MUN
language: en
committees:
  - name: General Assembly Third Committee
    kind: general-assembly
    aliases: [GA3]
  - name: Security Council
    kind: security-council
    aliases: [SC]
signatures:
  minimum: 4
main-submitters:
  maximum: 2
cross-draft: true
member-states-only: true
sc-only-phrases: true
length:
  lines: 60
"""
ZH_RULES = """会议: 测试模联
语言: zh
委员会:
  - 名称: 联合国大会第三委员会
    类型: 大会
    别名: [第三委员会]
  - 名称: 安全理事会
    类型: 安全理事会
附议:
  最少: 4
主提交国:
  最多: 2
跨草案: true
仅限会员国: true
安理会专用词: true
篇幅:
  行数: 60
"""
EN_STATES = ["France", "Chile", "Brazil", "Kenya", "Japan", "Peru", "Ghana", "India", "Egypt", "Mexico", "Norway",
             "Nepal", "Spain", "Italy", "Oman", "Qatar", "Fiji", "Togo", "Mali", "Chad", "Cuba", "Iraq", "Laos", "Niger",
             "Sweden", "Poland", "Greece", "Canada", "Angola", "Jordan", "Bhutan", "Belize", "Panama", "Israel",
             "Latvia", "Malawi", "Monaco", "Rwanda", "Serbia", "Sudan"]
ZH_STATES = ["法国", "智利", "巴西", "肯尼亚", "日本", "秘鲁", "加纳", "印度", "埃及", "墨西哥"]


def draft(tmp_path: Path, name: str, *, committee: str = "GA3", sponsors: str = "France", signatories: str =
          "Chile, Brazil, Kenya", operative: tuple[str, ...] = ("Urges", "Requests"), zh: bool = False,
          filler: int = 0) -> Path:
    """A draft as students write it: a labelled heading, the organ, one preambular and some operative clauses."""
    doc = Document()
    if zh:
        heading = [f"委员会：{committee}", "议题：难民问题", f"起草国：{sponsors}", f"附议国：{signatories}", "大会，",
                   "回顾其以往的各项决议，"]
        body = [f"{i}. {lead}各会员国开展合作{'；' if i < len(operative) else '。'}" for i, lead in
                enumerate(operative, 1)]
    else:
        heading = [f"Committee: {committee}", "Topic: The question of refugees", f"Sponsors: {sponsors}",
                   f"Signatories: {signatories}", "The General Assembly,", "Recalling its earlier resolutions,"]
        body = [f"{i}. {lead} Member States to cooperate{';' if i < len(operative) else '.'}" for i, lead in
                enumerate(operative, 1)]
    for text in heading + ["回顾其各项决议，" if zh else "Noting its earlier work,"] * filler + body:
        doc.add_paragraph(text)
    path = tmp_path / name
    doc.save(str(path))
    return path


def panel(run, tmp_path: Path, files: list[Path], zh: bool = False, *extra: str) -> tuple[int, list[dict]]:  # type: ignore[no-untyped-def,type-arg]
    (tmp_path / "conf.yaml").write_text(ZH_RULES if zh else EN_RULES, encoding="utf-8")
    status, out, err = run("check", "--rules", "conf.yaml", "--format", "json", *extra, *[f.name for f in files])
    assert status in (ExitStatus.OK, ExitStatus.FINDINGS), err
    return status, json.loads(out)


def found(reports: list[dict], index: int = 0) -> list[tuple[str, int, int]]:  # type: ignore[type-arg]
    return [(f["rule"], f["paragraph"], f["column"]) for f in reports[index]["findings"] if f["rule"] in PANEL_RULES]


def test_a_draft_that_keeps_every_rule_passes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert found(panel(run, tmp_path, [draft(tmp_path, "a.docx")])[1]) == []
    assert found(panel(run, tmp_path, [draft(tmp_path, "z.docx", committee="第三委员会", sponsors="法国",
                                             signatories="智利、巴西、肯尼亚", zh=True)], True)[1]) == []


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_too_few_signatures(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    path = draft(tmp_path, "a.docx", committee="第三委员会" if zh else "GA3", sponsors="法国" if zh else "France",
                 signatories="智利、巴西" if zh else "Chile, Brazil", zh=zh)
    status, reports = panel(run, tmp_path, [path], zh)
    assert status == ExitStatus.FINDINGS
    assert [r for r, *_ in found(reports)] == ["signatures-too-few"]
    message = next(f["message"] for f in reports[0]["findings"] if f["rule"] == "signatures-too-few")
    assert message == ("列出了3个代表团；本次会议至少需要4个" if zh else
                       "3 delegations named; this conference needs at least 4")
    assert found(reports)[0][1] == 4  # at the signatory list


def test_a_share_of_the_delegations_present(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "conf.yaml").write_text("conference: T\ncommittees: [GA3]\nsignatures:\n  share: 10%\n", "utf-8")
    path = draft(tmp_path, "a.docx")
    status, out, err = run("check", "--rules", "conf.yaml", "a.docx")
    assert status == ExitStatus.BAD_INPUT and "--present N" in err
    status, out, err = run("check", "--rules", "conf.yaml", "--present", "50", "--format", "line", path.name)
    assert "signatures-too-few:error:4 delegations named; this conference needs at least 5 (10% of 50 delegations " \
           "present)" in out
    status, out, err = run("check", "--rules", "conf.yaml", "--present", "40", "--format", "line", path.name)
    assert "signatures-too-few" not in out
    draft(tmp_path, "twice.docx", signatories="Chile, Brazil, Chile, Kenya")
    status, out, err = run("check", "--rules", "conf.yaml", "--present", "50", "--format", "line", "twice.docx")
    assert "4 delegations named; this conference needs at least 5" in out  # Chile signs once


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_too_many_main_submitters(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    sponsors = "法国、日本、秘鲁" if zh else "France, Japan, Peru"
    path = draft(tmp_path, "a.docx", committee="第三委员会" if zh else "GA3", sponsors=sponsors,
                 signatories="智利、巴西、肯尼亚" if zh else "Chile, Brazil, Kenya", zh=zh)
    _, reports = panel(run, tmp_path, [path], zh)
    column = sponsors.index("秘鲁" if zh else "Peru") + len("起草国：" if zh else "Sponsors: ") + 1
    assert found(reports) == [("sponsors-too-many", 3, column)]
    message = next(f["message"] for f in reports[0]["findings"] if f["rule"] == "sponsors-too-many")
    assert message == ("主提交国有3个；本次会议最多允许2个" if zh else
                       "3 main submitters; this conference allows at most 2")


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_only_member_states_sign(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    path = draft(tmp_path, "a.docx", committee="第三委员会" if zh else "GA3", sponsors="法国" if zh else "France",
                 signatories="智利、巴西、肯尼亚、台湾、欧洲联盟" if zh else "Chile, Brazil, Kenya, Taiwan, Holy See", zh=zh)
    _, reports = panel(run, tmp_path, [path], zh)
    rules = found(reports)
    assert [r for r, *_ in rules] == ["signatory-not-member", "signatory-not-member"]
    messages = [f["message"] for f in reports[0]["findings"] if f["rule"] == "signatory-not-member"]
    assert messages[0] == ("“台湾”不是联合国会员国；本次会议只有会员国可以附议" if zh else
                           "'Taiwan' is not a Member State; only Member States sign at this conference")


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_security_council_language_outside_the_council(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    leads = ("敦促", "谴责") if zh else ("Urges", "Strongly condemns")
    common = {"sponsors": "法国" if zh else "France", "signatories": "智利、巴西、肯尼亚" if zh else
              "Chile, Brazil, Kenya", "zh": zh, "operative": leads}
    outside = draft(tmp_path, "ga.docx", committee="第三委员会" if zh else "GA3", **common)  # type: ignore[arg-type]
    _, reports = panel(run, tmp_path, [outside], zh)
    assert [(r, p) for r, p, _ in found(reports)] == [("sc-only-language", 8)]
    message = next(f["message"] for f in reports[0]["findings"] if f["rule"] == "sc-only-language")
    assert message == ("本次会议中“谴责”仅限安全理事会使用；本草案属于联合国大会第三委员会" if zh else
                       "'Strongly condemns' is kept for the Security Council at this conference; this draft is for "
                       "General Assembly Third Committee")
    assert "sc-only-phrase" not in {f["rule"] for f in reports[0]["findings"]}  # the conference's rule replaces it
    inside = draft(tmp_path, "sc.docx", committee="安全理事会" if zh else "SC", **common)  # type: ignore[arg-type]
    assert found(panel(run, tmp_path, [inside], zh)[1]) == []


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_a_committee_the_conference_does_not_have(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    path = draft(tmp_path, "a.docx", committee="人权理事会" if zh else "Human Rights Council",
                 sponsors="法国" if zh else "France", signatories="智利、巴西、肯尼亚" if zh else "Chile, Brazil, Kenya",
                 zh=zh)
    _, reports = panel(run, tmp_path, [path], zh)
    assert [r for r, *_ in found(reports)] == ["committee-unknown"]


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_a_draft_over_its_line_cap(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    common = {"committee": "第三委员会" if zh else "GA3", "sponsors": "法国" if zh else "France",
              "signatories": "智利、巴西、肯尼亚" if zh else "Chile, Brazil, Kenya", "zh": zh}
    short = draft(tmp_path, "short.docx", filler=40, **common)  # type: ignore[arg-type]
    assert found(panel(run, tmp_path, [short], zh)[1]) == []
    long = draft(tmp_path, "long.docx", filler=60, **common)  # type: ignore[arg-type]
    _, reports = panel(run, tmp_path, [long], zh)
    assert [r for r, *_ in found(reports)] == ["length-over-cap"]
    message = next(f["message"] for f in reports[0]["findings"] if f["rule"] == "length-over-cap")
    assert message.startswith("68行（按文字估算）；本次会议最多允许60行" if zh else
                              "68 lines (estimated from the text); this conference allows at most 60")


def test_a_page_cap_without_libreoffice_says_it_is_an_estimate(run, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lengths.shutil, "which", lambda name: None)
    (tmp_path / "conf.yaml").write_text("conference: T\ncommittees: [GA3]\nlength:\n  pages: 1\n", "utf-8")
    draft(tmp_path, "long.docx", filler=60)
    draft(tmp_path, "short.docx")
    status, out, _ = run("check", "--rules", "conf.yaml", "--format", "line", "long.docx", "short.docx")
    assert status == ExitStatus.FINDINGS
    caps = [line for line in out.splitlines() if "length-over-cap" in line]
    assert caps == ["long.docx:1:1:length-over-cap:error:2 pages (an estimate from the text: LibreOffice is not "
                    "installed); this conference allows at most 1"]


@pytest.mark.skipif(lengths.shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_page_cap_is_counted_on_the_pages_libreoffice_lays_out(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "conf.yaml").write_text("conference: T\ncommittees: [GA3]\nlength:\n  pages: 1\n", "utf-8")
    draft(tmp_path, "long.docx", filler=80)
    (tmp_path / "sub").mkdir()
    draft(tmp_path / "sub", "long.docx")  # the same name in another folder: counted on its own
    _, out, _ = run("check", "--rules", "conf.yaml", "--format", "line", "long.docx", "sub/long.docx")
    caps = [line for line in out.splitlines() if "length-over-cap" in line]
    assert len(caps) == 1 and caps[0].startswith("long.docx:1:1:length-over-cap:error:")
    assert "(laid out by LibreOffice)" in caps[0]


@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_a_state_sponsoring_one_draft_may_not_sponsor_or_sign_another(run, tmp_path: Path, zh: bool) -> None:  # type: ignore[no-untyped-def]
    states = ZH_STATES if zh else EN_STATES
    sep = "、" if zh else ", "
    committee = "第三委员会" if zh else "GA3"
    first = draft(tmp_path, "a.docx", committee=committee, sponsors=states[0], signatories=sep.join(states[1:4]), zh=zh)
    second = draft(tmp_path, "b.docx", committee=committee, sponsors=states[4],
                   signatories=sep.join([states[5], states[0], states[6]]), zh=zh)
    _, reports = panel(run, tmp_path, [first, second], zh)
    assert found(reports, 0) == []
    assert [(r, p) for r, p, _ in found(reports, 1)] == [("sponsor-other-draft", 4)]
    message = next(f["message"] for f in reports[1]["findings"] if f["rule"] == "sponsor-other-draft")
    assert message == (f"{states[0]}已是a.docx的提交国，不得再提交或附议其他草案" if zh else
                       f"{states[0]} sponsors a.docx and may not sponsor or sign another draft")
    apart = draft(tmp_path, "c.docx", committee=committee, sponsors=states[4], signatories=sep.join(states[5:8]), zh=zh)
    _, reports = panel(run, tmp_path, [first, apart], zh)
    assert found(reports, 0) == [] and found(reports, 1) == []


def test_a_batch_of_twenty_drafts_with_cross_draft_faults(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Twenty drafts, each with its own sponsor and signatories drawn from the other States; three faults:
    draft 6 is sponsored by draft 2's sponsor, draft 11 is signed by draft 1's sponsor, draft 17 signed by a
    non-member; nothing else may be reported."""
    sponsors = EN_STATES[:20]
    signers = EN_STATES[20:]
    files = []
    for i in range(20):
        sponsor = sponsors[1] if i == 5 else sponsors[i]
        names = [signers[(i + k) % len(signers)] for k in range(3)]
        if i == 10:
            names[1] = sponsors[0]
        if i == 16:
            names.append("Kosovo")
        files.append(draft(tmp_path, f"d{i + 1:02}.docx", sponsors=sponsor, signatories=", ".join(names)))
    status, reports = panel(run, tmp_path, files)
    assert status == ExitStatus.FINDINGS
    panel_findings = {(reports[i]["file"], rule) for i in range(20) for rule, *_ in found(reports, i)}
    assert panel_findings == {("d06.docx", "sponsor-other-draft"), ("d11.docx", "sponsor-other-draft"),
                              ("d17.docx", "signatory-not-member")}


def test_disable_and_min_severity_apply_to_the_panel_rules(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = draft(tmp_path, "a.docx", committee="Human Rights Council", signatories="Chile")
    _, reports = panel(run, tmp_path, [path], False, "--disable", "signatures-too-few")
    assert [r for r, *_ in found(reports)] == ["committee-unknown"]
    _, reports = panel(run, tmp_path, [path], False, "--min-severity", "error")
    assert [r for r, *_ in found(reports)] == ["signatures-too-few"]
    status, _, err = run("check", "--disable", "signatures-too-few", "a.docx")
    assert status == ExitStatus.BAD_INPUT and "unknown rule" in err


def test_every_panel_rule_has_both_messages() -> None:
    for rule in PANEL_RULES.values():
        assert rule.en and rule.zh and rule.severity in ("error", "warning", "suggestion")
        assert not any(c in rule.zh for c in ",:()") and "(s)" not in rule.zh


def test_the_text_report_shows_the_panel_findings_under_their_paragraph(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "conf.yaml").write_text(ZH_RULES, encoding="utf-8")
    draft(tmp_path, "z.docx", committee="第三委员会", sponsors="法国", signatories="智利", zh=True)
    status, out, _ = run("check", "--rules", "conf.yaml", "z.docx")
    assert status == ExitStatus.FINDINGS
    assert "  ¶4  附议国：智利\n    4:5 错误 signatures-too-few：列出了2个代表团；本次会议至少需要4个" in out


def test_the_conferences_sc_rule_replaces_the_thimun_profiles_warning(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft(tmp_path, "a.docx", operative=("Urges", "Condemns"))
    status, out, _ = run("check", "--profile", "thimun", "--format", "line", "a.docx")
    assert ":sc-only-phrase:warning:" in out
    (tmp_path / "conf.yaml").write_text(EN_RULES.replace("language: en\n", "language: en\nprofile: thimun\n"), "utf-8")
    status, out, _ = run("check", "--rules", "conf.yaml", "--format", "line", "a.docx")
    assert ":sc-only-phrase:" not in out and "a.docx:8:4:sc-only-language:error:" in out


def test_present_without_rules_and_a_batch_with_an_unreadable_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft(tmp_path, "a.docx", signatories="Chile")
    status, _, err = run("check", "--present", "30", "a.docx")
    assert status == ExitStatus.BAD_INPUT and "--rules" in err
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "conf.yaml").write_text(EN_RULES, encoding="utf-8")
    status, out, err = run("check", "--rules", "conf.yaml", "--format", "line", "broken.docx", "a.docx")
    assert status == ExitStatus.UNREADABLE and "broken.docx" in err
    assert "a.docx:4:14:signatures-too-few:error:2 delegations named; this conference needs at least 4" in out
