"""General causes behind the misses and false alarms of the ninth held-out student set (bench/students/holdout9),
each tested with paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, OP1, OP2, ORGAN, PRE, findings, make, rules_at

from drafter import check, library
from drafter.structure.phrases import Phrases

BODY = [ORGAN, PRE, OP1, OP2]


# -- delegation lists printed one name a line, under labels conferences use ------------------------------------

def test_a_list_printed_one_name_a_line_is_read_name_by_name(tmp_path: Path, lib: library.Library) -> None:
    head = ["Working Paper", "Committee 3: Commission on Crime Prevention and Criminal Justice",
            "Topic B: Global governance of cybercrime", "Heads of block:", "Argentina", "Republic of Spain",
            "Signatory countries:", "Ghana", "Argentina"]
    found = [(f.paragraph, f.rule) for f in findings(make(tmp_path, [*head, *BODY]), lib)]
    assert (6, "state-style") in found  # "Republic of Spain": the State is the Kingdom of Spain
    assert (9, "sponsor-signatory") in found  # Argentina heads the block and signs as well
    assert not [r for r in found if r[1] == "heading-missing"]  # committee, topic and sponsors are all given


def test_a_list_label_alone_on_its_line_opens_the_list(tmp_path: Path, lib: library.Library) -> None:
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Drafting Countries", "Chile", "Kenya", "Signatories", "Peru", "Kenya"]
    found = rules_at(tmp_path, lib, [*head, *BODY])
    assert (8, "sponsor-signatory") in found
    assert not [r for r in found if r[1] == "heading-missing"]


def test_a_title_after_a_list_is_no_name(tmp_path: Path, lib: library.Library) -> None:
    """Only lines naming a State go on a list printed one name a line: the title after it stays the title."""
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Sponsors:", "Chile", "Kenya",
            "Protecting the victims of online fraud"]
    found = rules_at(tmp_path, lib, [*head, *BODY])
    assert not [r for r in found if r[0] == 5]
    assert not [r for r in found if r[1] == "heading-missing"]  # the title line names the topic


def test_a_numbered_label_is_a_label_only_when_it_names_a_field() -> None:
    from drafter.structure.heading import fields_in

    assert [(f.key, f.value) for f in fields_in("Committee 4: Security Council")] == [("committee", "Security Council")]
    assert [f.key for f in fields_in("Topic 2: Online fraud")] == ["topic"]
    assert fields_in("Resolution 2: Protecting victims of online fraud") == []  # a title, as before


def test_co_submitted_by_is_a_list_label(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM: Commission on Crime Prevention and Criminal Justice", "QUESTION OF: Global governance of cybercrime",
            "SUBMITTED BY: Chile", "Co-submitted by:Empire of Japan, Kenya"]
    found = [(f.paragraph, f.rule) for f in findings(make(tmp_path, [*head, *BODY]), lib, "thimun")]
    assert (4, "state-style") in found  # no source calls Japan an empire


def test_co_submitters_do_not_stand_in_for_the_main_submitter(tmp_path: Path, lib: library.Library) -> None:
    head = ["FORUM: Commission on Crime Prevention and Criminal Justice", "QUESTION OF: Global governance of cybercrime",
            "CO-SUBMITTERS: Chile, Kenya", "SIGNATORIES: Peru"]
    missing = [f for f in findings(make(tmp_path, [*head, *BODY]), lib, "thimun") if f.rule == "heading-missing"]
    assert [f.paragraph for f in missing] == [1] and "SUBMITTED BY" in missing[0].message
    whole = ["FORUM: Commission on Crime Prevention and Criminal Justice",
             "QUESTION OF: Global governance of cybercrime", "SUBMITTED BY: Peru", "CO-SUBMITTERS: Chile, Kenya"]
    assert not [r for r in rules_at(tmp_path, lib, [*whole, *BODY], "thimun") if r[1] == "heading-missing"]
    sponsoring = ["Committee: Commission on Crime Prevention and Criminal Justice",
                  "Topic: Global governance of cybercrime", "Co-sponsors: Chile, Kenya", "Signatories: Peru"]
    assert not [r for r in rules_at(tmp_path, lib, [*sponsoring, *BODY]) if r[1] == "heading-missing"]


# -- the organ line written again before the operative part ---------------------------------------------------

def test_the_organ_line_written_again_is_one_finding(tmp_path: Path, lib: library.Library) -> None:
    again = "The Commission on Crime Prevention and Criminal Justice hereby:"
    draft = [*EN_HEAD, ORGAN, PRE, again, OP1, OP2]
    found = rules_at(tmp_path, lib, draft)
    assert [r for r in found if r[0] == 7] == [(7, "organ-line")]
    message = next(f.message for f in findings(make(tmp_path, draft), lib) if f.paragraph == 7)
    assert "written again" in message
    capitals = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, "THE COMMISSION ON CRIME PREVENTION AND CRIMINAL "
                                        "JUSTICE,", OP1, OP2])
    assert [r for r in capitals if r[0] == 7] == [(7, "organ-line")]


def test_another_body_named_before_the_operative_part_is_no_repetition(tmp_path: Path, lib: library.Library) -> None:
    """Only the organ line's own name repeats it; a clause naming another body is judged as a clause."""
    clause = [("Noting", "i"), (" the work of the Economic and Social Council,", "")]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, clause, OP1, OP2])
    assert not [r for r in found if r[1] == "organ-line"]


# -- a lead run into the next word ----------------------------------------------------------------------------

def test_a_lead_run_into_the_next_word_is_a_slip(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "en")
    assert phrases.glued("Requeststhe Office to report")[:2] == ("Requeststhe", "Requests the")
    assert phrases.glued("Expresses its hopethat all States")[:2] == ("Expresses its hopethat",
                                                                        "Expresses its hope that")
    assert phrases.glued("Noteworthy efforts of the Office") is None  # a word of its own
    assert phrases.glued("Decidedly the Council") is None
    assert phrases.glued("Urgesxq Member States") is None  # no word after the lead


def test_fix_puts_the_space_back(tmp_path: Path, lib: library.Library) -> None:
    from drafter.check import fix
    from drafter.word import reader

    glued = [("1. ", ""), ("Requeststhe", "u"), (" Office to continue its work;", "")]
    draft = make(tmp_path, [*EN_HEAD, ORGAN, PRE, glued, OP2], "glued.docx")
    report, doc = check.check_file(draft, lib)
    assert [(f.paragraph, f.rule) for f in report.findings if f.rule == "lead-misspelled"] == [(7, "lead-misspelled")]
    fixed, _ = fix.fix(report, doc, tmp_path / "once.docx", force=False)
    assert reader.read(tmp_path / "once.docx").paragraphs[6].text == "1. Requests the Office to continue its work;"
    again, doc2 = check.check_file(tmp_path / "once.docx", lib)
    fix.fix(again, doc2, tmp_path / "twice.docx", force=False)
    once = [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]
    assert [p.text for p in reader.read(tmp_path / "twice.docx").paragraphs] == once


# -- names run together in a list that separates the others with commas ----------------------------------------

def test_names_run_together_in_a_comma_list(tmp_path: Path, lib: library.Library) -> None:
    from drafter.check import fix
    from drafter.word import reader

    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Sponsors: Peru, Republic of Korea Kingdom of the Netherlands, Kenya", "Signatories: Brazil"]
    draft = make(tmp_path, [*head, *BODY], "joined.docx")
    report, doc = check.check_file(draft, lib)
    joined = [f for f in report.findings if f.rule == "sponsor-separator"]
    assert [f.paragraph for f in joined] == [3] and "Republic of Korea" in joined[0].message
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[2].text == \
        "Sponsors: Peru, Republic of Korea, Kingdom of the Netherlands, Kenya"
    spaced = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
              "Sponsors: Peru Kenya Chile", "Signatories: Brazil"]
    assert not [r for r in rules_at(tmp_path, lib, [*spaced, *BODY]) if r[1] == "sponsor-separator"]


# -- an essay's part named in the heading block ---------------------------------------------------------------

def test_an_introduction_heading_is_no_part_of_a_resolution(tmp_path: Path, lib: library.Library) -> None:
    found = rules_at(tmp_path, lib, [*EN_HEAD, "Introduction:", *BODY])
    assert (5, "section-heading") in found
    essay = "Online fraud costs the world more every year. Our bloc therefore proposes the measures below."
    heading = [f for f in findings(make(tmp_path, [*EN_HEAD, "Introduction:", essay, *BODY]), lib)
               if f.rule == "section-heading"]
    assert [(f.paragraph, f.paragraphs) for f in heading] == [(5, [5, 6])]  # the heading and the prose under it
    titled = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Background checks online",
              "Sponsors: China, France", "Signatories: Brazil"]
    assert not [r for r in rules_at(tmp_path, lib, [*titled, *BODY]) if r[1] == "section-heading"]


# -- numbered items under an unnumbered preambular paragraph (what --fix leaves of a numbered preamble) ---------

def test_numbered_items_under_an_unnumbered_preambular_paragraph(tmp_path: Path, lib: library.Library) -> None:
    """After --fix took the numbers off a numbered preamble, its items keep theirs: they stay the items of the
    paragraph ending with ":", so a second --fix reads the draft as the first did."""
    intro = [("Referring", "i"), (" to the Budapest Convention, whose articles:", "")]
    items = ["1. 2 make illegal access to a computer system an offence,", "2. 8 punish computer-related fraud,"]
    found = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE, intro, *items, OP1, OP2])
    assert (8, "preambular-sub-clause") in found and (9, "preambular-sub-clause") in found
    assert not [r for r in found if r[1] in ("lead-form", "operative-end", "numbering-sequence", "operative-no-verb")]


def test_fix_twice_on_a_numbered_preamble_with_items(tmp_path: Path, lib: library.Library) -> None:
    from drafter.check import fix
    from drafter.word import reader

    draft = make(tmp_path, [*EN_HEAD, ORGAN, "1. Alarmed by the growth of ransomware,",
                            "2. Further referring to the Budapest Convention, whose articles:",
                            "1. 2 make illegal access to a computer system an offence,",
                            "2. 8 punish computer-related fraud,", "3. Noting the work of the Office,", OP1, OP2],
                 "numbered.docx")
    report, doc = check.check_file(draft, lib)
    fix.fix(report, doc, tmp_path / "once.docx", force=False)
    again, doc2 = check.check_file(tmp_path / "once.docx", lib)
    fix.fix(again, doc2, tmp_path / "twice.docx", force=False)
    once = [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]
    assert once[6] == "Further referring to the Budapest Convention, whose articles:"
    assert [p.text for p in reader.read(tmp_path / "twice.docx").paragraphs] == once
