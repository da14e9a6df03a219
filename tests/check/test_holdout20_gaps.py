"""General causes behind the findings of the twentieth held-out student set (bench/students/holdout20: an online
conference, a state YMCA conference and a middle-school session), each tested with paragraphs of our own in the
patterns students write: the organ line written as an address ("To the General Assembly:")."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP2, PRE, findings, make, rules_at

from drafter import check, library
from drafter.check import fix
from drafter.structure.classify import address_length, is_organ
from drafter.structure.phrases import Phrases
from drafter.word import reader

OP1 = [("1. ", ""), ("Requests", "u"), (" the regional offices to report on reading programmes;", "")]


def fixed_texts(tmp_path: Path, lib: library.Library, path: Path) -> list[str]:
    """The paragraphs' text after --fix."""
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    return [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]


# -- the organ line written as an address: "To the General Assembly:" (UN-B02, MUN-F01) ---------------------------

def test_a_word_of_address_before_the_organ_is_measured() -> None:
    assert address_length("To the General Assembly:") == len("To ")
    assert address_length("  TO THE SECURITY COUNCIL,") == len("TO ")
    assert address_length("The General Assembly,") == 0
    assert address_length("Towards the General Assembly,") == 0


def test_an_addressed_organ_line_before_a_clause_is_the_organ_line(lib: library.Library) -> None:
    phrases = Phrases(lib, "en")
    organs = ["The General Assembly", "The Security Council"]
    following = "Recalling its resolution on school libraries,"
    assert is_organ("To the General Assembly:", following, organs, phrases)
    assert is_organ("To The Security Council,", following, organs, phrases)
    assert is_organ("To the Economic and Social Council,", following, organs, phrases)  # a body's name
    # not an organ line: no clause after it, or a sentence that only begins with an address
    assert not is_organ("To the General Assembly:", "Committee: Third Committee", organs, phrases)
    assert not is_organ("To the members of the General Assembly who vote today,", following, organs, phrases)


def test_the_addressed_organ_line_is_reported_on_its_own_line(tmp_path: Path, lib: library.Library) -> None:
    addressed = [("To the General Assembly", "i"), (":", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, addressed, PRE, OP1, OP2])
    # the word of address and the colon, both on the organ line (paragraph 5); no "missing organ line" on the preamble
    assert found.count((5, "organ-line")) == 2, found
    assert (6, "organ-line") not in found and (6, "lead-form") not in found, found


def test_an_addressed_organ_line_ending_with_a_comma_gets_one_finding(tmp_path: Path, lib: library.Library) -> None:
    addressed = [("To The General Assembly", "i"), (",", "")]
    path = make(tmp_path, [*EN_HEAD, addressed, PRE, OP1, OP2])
    organ = [f for f in findings(path, lib) if f.rule == "organ-line"]
    assert [f.paragraph for f in organ] == [5], organ
    assert "'To'" in organ[0].message, organ[0].message


def test_fix_removes_the_word_of_address_and_sets_the_comma(tmp_path: Path, lib: library.Library) -> None:
    addressed = [("To the General Assembly", "i"), (":", "")]
    texts = fixed_texts(tmp_path, lib, make(tmp_path, [*EN_HEAD, addressed, PRE, OP1, OP2]))
    assert texts[4] == "The General Assembly,", texts[4]
    assert not [f for f in findings(tmp_path / "once.docx", lib) if f.rule == "organ-line"]


def test_a_plain_organ_line_is_left_alone(tmp_path: Path, lib: library.Library) -> None:
    organ = [("The General Assembly", "i"), (",", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, organ, PRE, OP1, OP2])
    assert not [f for f in found if f[1] == "organ-line"], found
