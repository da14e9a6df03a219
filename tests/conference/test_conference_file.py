"""The conference rules file: the shipped ones load, Chinese keys are read, every fault is reported as
file:line:column with exit 2 and nothing else done."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT

from drafter import conference
from drafter.status import DrafterError, ExitStatus

SHIPPED = sorted((ROOT / "conferences").glob("*.yaml"))


def test_three_conferences_are_shipped() -> None:
    assert {p.name for p in SHIPPED} == {"thimun-style.yaml", "cn-national.yaml", "un-general-assembly.yaml"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_conference_loads(path: Path) -> None:
    conf = conference.load(path)
    assert conf.name and conf.committees


def test_the_thimun_conference_reads_its_numbers() -> None:
    conf = conference.load(ROOT / "conferences" / "thimun-style.yaml")
    assert conf.signatures.minimum == 6 and conf.max_sponsors == 1 and conf.cross_draft and conf.members_only
    council = conf.committee("UNSC")
    assert council is not None and council.security_council
    assert conf.length_for(council).pages == 3 and conf.length_for(conf.committee("GA1")).pages == 2
    assert "Decides" in conf.sc_only and not conf.amend_preamble


def test_chinese_keys_and_values_are_read() -> None:
    conf = conference.load(ROOT / "conferences" / "cn-national.yaml")
    assert conf.language == "zh" and conf.present == 40 and conf.signatures.share == pytest.approx(0.2)
    council = conf.committee("安理会")
    assert council is not None and council.name == "安全理事会" and council.security_council
    assert conf.needed_signatures(40) == 8 and conf.needed_signatures(41) == 9
    assert conf.max_sponsors == 3 and conf.length.lines == 80 and "谴责" in conf.sc_only


def test_present_on_the_command_line_replaces_the_file() -> None:
    assert conference.load(ROOT / "conferences" / "cn-national.yaml", present=12).present == 12


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "conf.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_fault_is_reported_with_its_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "conference: Test MUN\ncommittees:\n  - name: GA\n    kind: plenary\n"
                           "signatures:\n  share: 150%\n  minimun: 3\nvoting:\n  resolutions: most\nlenght: 2\n")
    with pytest.raises(DrafterError) as caught:
        conference.load(path)
    assert caught.value.status == ExitStatus.BAD_INPUT
    lines = str(caught.value).splitlines()
    assert f"{path}:4:11: kind 'plenary' is not one of security-council, general-assembly, other" in lines
    assert any(line.startswith(f"{path}:6:10: share '150%'") for line in lines)
    assert any(line.startswith(f"{path}:7:3: unknown field 'minimun'") for line in lines)
    assert any(line.startswith(f"{path}:9:16: resolutions 'most'") for line in lines)
    assert any(line.startswith(f"{path}:10:1: unknown field 'lenght'") for line in lines)


def test_a_chinese_key_out_of_place_is_named_as_written(tmp_path: Path) -> None:
    path = write(tmp_path, "会议: 测试\n委员会: [安理会]\n附议:\n  最少: -1\n")
    with pytest.raises(DrafterError) as caught:
        conference.load(path)
    assert f"{path}:4:7: minimum must be a whole number from 0" in str(caught.value)


def test_yaml_syntax_and_a_missing_file_are_clear(tmp_path: Path) -> None:
    with pytest.raises(DrafterError) as caught:
        conference.load(write(tmp_path, "conference: [unclosed\n"))
    assert "YAML syntax error" in str(caught.value) and caught.value.status == ExitStatus.BAD_INPUT
    with pytest.raises(DrafterError) as missing:
        conference.load(tmp_path / "none.yaml")
    assert "no such conference rules file" in str(missing.value)


def test_the_committees_are_required(tmp_path: Path) -> None:
    with pytest.raises(DrafterError) as caught:
        conference.load(write(tmp_path, "conference: Test MUN\n"))
    assert "missing field 'committees'" in str(caught.value)


def test_check_reports_a_bad_rules_file_with_exit_2(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "conference: Test MUN\ncommittees: 3\n")
    (tmp_path / "d.docx").write_bytes(b"")
    status, out, err = run("check", "--rules", "conf.yaml", "d.docx")
    assert status == ExitStatus.BAD_INPUT and out == ""
    assert "conf.yaml:2:13: committees must be a list" in err and "missing" not in err


def test_the_amendment_rules_are_read_in_english_and_chinese() -> None:
    thimun = conference.load(ROOT / "conferences" / "thimun-style.yaml").amendment_rules
    assert (thimun.preambular, thimun.unfriendly_signatories, thimun.order) == (False, 3, "reverse")
    assert thimun.lines == {"preambular": 32, "unfriendly-signatories": 33, "order": 34}
    china = conference.load(ROOT / "conferences" / "cn-national.yaml").amendment_rules
    assert (china.preambular, china.unfriendly_signatories, china.order) == (False, 2, "submission")
    ga = conference.load(ROOT / "conferences" / "un-general-assembly.yaml").amendment_rules
    assert (ga.preambular, ga.unfriendly_signatories, ga.order) == (True, 0, "submission")


@pytest.mark.parametrize(("amendments", "message"), [
    ("  order: last-first\n", "conf.yaml:4:10: order 'last-first' is not one of submission, reverse"),
    ("  unfriendly-signatories: -1\n", "conf.yaml:4:27: unfriendly-signatories must be a whole number from 0"),
    ("  signatories: 3\n", "conf.yaml:4:3: unknown field 'signatories'"),
    ("  表决顺序: 随机\n", "conf.yaml:4:9: order '随机' is not one of submission, reverse"),
])
def test_a_wrong_amendment_rule_is_reported_with_its_line(amendments: str, message: str, tmp_path: Path) -> None:
    path = write(tmp_path, f"conference: Test MUN\ncommittees: [GA]\namendments:\n{amendments}")
    with pytest.raises(DrafterError) as caught:
        conference.load(path)
    assert message in str(caught.value)
