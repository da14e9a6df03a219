"""Lead phrases as students write them: the wrong form for the part, no verb, capitals, two leads run together, a
comma before the object; words that are English but not in the phrase list; traditional Chinese; Chinese leads
that close their clause (对……深表关切，)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from check.test_check_rules import (
    EN_HEAD,
    GOOD_EN,
    GOOD_ZH,
    OP1,
    OP2,
    ORGAN,
    PRE,
    ZH_HEAD,
    ZH_OP1,
    ZH_OP2,
    ZH_ORGAN,
    ZH_PRE,
    Para,
    findings,
    make,
)

from drafter import check, library
from drafter.check import fix
from drafter.structure import Phrases
from drafter.word import reader


def en_draft(preamble: list[Para] | None = None, operative: list[Para] | None = None) -> list[Para]:
    """A clean English MUN draft with the given preambular and operative paragraphs."""
    return [*EN_HEAD, ORGAN, *(preamble or [PRE]), *(operative or [OP1, OP2])]


def zh_draft(preamble: list[Para] | None = None, operative: list[Para] | None = None) -> list[Para]:
    return [*ZH_HEAD, ZH_ORGAN, *(preamble or [ZH_PRE]), *(operative or [ZH_OP1, ZH_OP2])]


def rule_findings(tmp_path: Path, lib: library.Library, paragraphs: list[Para], rule: str,
                  name: str = "d.docx") -> list[check.Finding]:
    return [f for f in findings(make(tmp_path, paragraphs, name), lib) if f.rule == rule]


def pre(lead: str, rest: str) -> Para:
    return [(lead, "i"), (rest, "")]


def op(number: int, lead: str, rest: str) -> Para:
    return [(f"{number}. ", ""), (lead, "u"), (rest, "")]


# -- lead-form -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "right"), [("Recognises", "Recognising"), ("Recognizes", "Recognizing"),
                                             ("Acknowledges", "Acknowledging"), ("Further recalls", "Further recalling")])
def test_operative_verb_in_the_preamble(lead: str, right: str, lib: library.Library, tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, en_draft([pre(lead, " the work of the Office,")]), "lead-form")
    assert len(found) == 1 and found[0].paragraph == 6 and repr(right) in found[0].message
    assert rule_findings(tmp_path, lib, en_draft([pre(right, " the work of the Office,")]), "lead-form", "ok.docx") == []


@pytest.mark.parametrize("opening", ["Whereas Article 12 of the Universal Declaration of Human Rights states",
                                     "Be it resolved that the Office must act", "To act under the guidance of the Charter"])
def test_legislative_formula_or_infinitive_opens_no_preambular_paragraph(opening: str, lib: library.Library,
                                                                         tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, en_draft([f"{opening} for all,"]), "lead-form")
    assert [f.paragraph for f in found] == [6]


def test_whereas_drafts_without_organ_line_or_numbers(lib: library.Library, tmp_path: Path) -> None:
    """A Civitas-style draft: no organ line, "Whereas …, and" preamble, unnumbered operative part."""
    paragraphs: list[Para] = ["Submitted to: General Assembly", "Submitted by: Sri Lanka",
                              "Whereas Article 12 of the Universal Declaration of Human Rights protects privacy, and",
                              "Whereas Article 19 of the Universal Declaration of Human Rights protects opinion, and",
                              "Urges Member States to respect both articles."]
    found = rule_findings(tmp_path, lib, paragraphs, "lead-form")
    assert [f.paragraph for f in found] == [3, 4]


def test_participle_opening_an_operative_paragraph(lib: library.Library, tmp_path: Path) -> None:
    draft = en_draft(operative=[op(1, "Recognizing", " the need for training;"),
                                "2. Taking in consideration the needs of refugees, the Office shall report;", OP2])
    found = rule_findings(tmp_path, lib, draft, "lead-form")
    assert [(f.paragraph, "'Recognizes'" in f.message or "'Takes" in f.message) for f in found] == [(7, True),
                                                                                                    (8, True)]


@pytest.mark.parametrize(("base", "right"), [("Urge", "Urges"), ("Request", "Requests"), ("Encourage", "Encourages"),
                                             ("Call upon", "Calls")])
def test_operative_verb_in_its_base_form(base: str, right: str, lib: library.Library, tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, en_draft(operative=[op(1, base, " all States to share data;"), OP2]),
                          "lead-form")
    assert [f.paragraph for f in found] == [7] and repr(right) in found[0].message
    good = en_draft(operative=[op(1, right + base[len(right) - 1:], " all States to share data;"), OP2])
    assert rule_findings(tmp_path, lib, good, "lead-form", "ok.docx") == []


@pytest.mark.parametrize(("opening", "right"), [("We are deeply concerned", "Deeply concerned"),
                                                ("We are Gravely alarmed", "Gravely alarmed"),
                                                ("The General Assembly is fully aware", "Fully aware"),
                                                ("We remain convinced", "Convinced"),
                                                ("They are gravely troubled", "Gravely troubled")])
def test_a_subject_before_a_preambular_lead(opening: str, right: str, lib: library.Library, tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, en_draft([f"{opening} that forests store carbon,"]), "lead-form")
    assert [f.paragraph for f in found] == [6] and repr(right) in found[0].message
    assert rule_findings(tmp_path, lib, en_draft([pre(right, " that forests store carbon,")]), "lead-form",
                         "ok.docx") == []


def test_a_capital_inside_a_subject_sentence(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, en_draft(["We are Seriously troubled by the loss of wetlands,"]))
    report, doc = check.check_file(path, lib)
    assert sorted((f.rule, f.paragraph) for f in report.findings if f.severity == "error") == [
        ("capital-after-lead", 6), ("lead-form", 6)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[5].text == "We are seriously troubled by the loss of wetlands,"


def test_a_frame_before_the_operative_verb_is_fine(lib: library.Library, tmp_path: Path) -> None:
    """Adopted texts open operative paragraphs with a frame and then the verb; "Acting under Chapter VII" too."""
    draft = en_draft(operative=[
        op(1, "Bearing in mind", " the report of the Secretary-General, decides to continue its work;"),
        "2. While noting improvements in cooperation, recognizes that more remains to be done;",
        "3. In this regard, calls upon Member States to cooperate;",
        op(4, "Acting", " under Chapter VII of the Charter of the United Nations, decides to renew the measures;"),
        op(5, "Urges", " Member States to cooperate.")])
    found = findings(make(tmp_path, draft), lib)
    assert not [f for f in found if f.rule in ("lead-form", "operative-no-verb")], found


def test_chinese_operative_verb_in_the_preamble(lib: library.Library, tmp_path: Path) -> None:
    draft = zh_draft([ZH_PRE, "决定更改升级哈马舍尔德三原则，"])
    assert [f.paragraph for f in rule_findings(tmp_path, lib, draft, "lead-form")] == [8]
    # UN Chinese preambles open with most operative verbs: 鼓励, 敦促, 表示 are no wrong form there
    ok = zh_draft([ZH_PRE, "鼓励会员国继续开展合作，", "表示严重关切难民人数不断增长，"])
    assert rule_findings(tmp_path, lib, ok, "lead-form", "ok.docx") == []


# -- operative-no-verb ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Every country must cooperate with the Office;",
                                  "The United Nations will take the necessary actions;",
                                  "Member States should report every year;"])
def test_operative_paragraph_without_verb(text: str, lib: library.Library, tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, en_draft(operative=[f"1. {text}", OP2]), "operative-no-verb")
    assert [f.paragraph for f in found] == [7] and found[0].severity == "error"


def test_unlisted_operative_verbs_are_verbs(lib: library.Library, tmp_path: Path) -> None:
    """Verbs the phrase list lacks ("Determines", "Renews") are at most a suggestion, never a missing verb."""
    draft = en_draft(operative=["1. Determines that both parties should continue to demarcate the border;",
                                "2. Renews its call upon States to cooperate."])
    found = findings(make(tmp_path, draft), lib)
    assert not [f for f in found if f.severity != "suggestion"], found


@pytest.mark.parametrize("text", ["在难民入境前，进行全面、合理的身份登记和安全检查；", "对难民的社会宗教背景进行充分地调查；",
                                  "各国应加强边境管理；"])
def test_chinese_operative_paragraph_without_verb(text: str, lib: library.Library, tmp_path: Path) -> None:
    found = rule_findings(tmp_path, lib, zh_draft(operative=[f"1. {text}", ZH_OP2]), "operative-no-verb")
    assert [f.paragraph for f in found] == [8]


def test_chinese_frames_before_the_verb_are_fine(lib: library.Library, tmp_path: Path) -> None:
    draft = zh_draft(operative=["1. 在这方面，鼓励会员国加强合作；", "2. 在不妨碍各国主权的情况下，决定设立工作组；",
                                "3. 对各国的努力表示赞赏；", ZH_OP2])
    found = findings(make(tmp_path, draft), lib)
    assert not [f for f in found if f.rule in ("operative-no-verb", "lead-form")], found


# -- lead-misspelled: real words are no misspelling ----------------------------------------------------------

@pytest.mark.parametrize("lead", ["Defining", "Strongly reaffirms", "Expressing grave concern", "Further calls on",
                                  "Remaining"])
def test_english_words_are_never_misspelled(lead: str, lib: library.Library) -> None:
    assert Phrases.of(lib, "en").misspelled(lead) is None


def test_misspellings_are_still_found(lib: library.Library, tmp_path: Path) -> None:
    phrases = Phrases.of(lib, "en")
    assert phrases.misspelled("Encourges") == "Encourages"
    assert phrases.misspelled("Recaling") == "Recalling"
    draft = en_draft(operative=[op(1, "Encourges", " Member States to cooperate;"), OP2])
    assert [f.paragraph for f in rule_findings(tmp_path, lib, draft, "lead-misspelled")] == [7]


def test_real_words_in_a_draft_are_suggestions_at_most(lib: library.Library, tmp_path: Path) -> None:
    draft = en_draft([pre("Defining", " trafficking as the trade in illegal firearms,"),
                      pre("Remaining", " concerned about the flow of weapons,")],
                     [op(1, "Strongly reaffirms", " the need for cooperation;"),
                      op(2, "Further calls on", " Member States to cooperate.")])
    found = findings(make(tmp_path, draft), lib)
    assert not [f for f in found if f.severity != "suggestion"], found


def test_british_and_american_spellings(lib: library.Library, tmp_path: Path) -> None:
    draft = en_draft([pre("Recognising", " the work of the Office,"), pre("Emphasising", " its importance,")],
                     [op(1, "Emphasises", " the role of the Office;"), op(2, "Recognizes", " its work.")])
    assert findings(make(tmp_path, draft), lib) == []


# -- traditional Chinese and leads that close their clause -------------------------------------------------------

def test_traditional_chinese_is_read_not_corrected(lib: library.Library, tmp_path: Path) -> None:
    draft = zh_draft([pre("回顧", "其所有相關決議，"), pre("承認", "聯合國的作用，"), pre("關切地注意到", "難民人數不斷增長，")])
    path = make(tmp_path, draft)
    found = findings(path, lib)
    assert not [f for f in found if f.rule in ("lead-misspelled", "lead-unknown")], found
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6:9] == ["回顧其所有相關決議，", "承認聯合國的作用，", "關切地注意到難民人數不斷增長，"]


def test_chinese_lead_last_preamble(lib: library.Library, tmp_path: Path) -> None:
    """对……深表关切，: the verb closes the clause, which is neither empty nor without a lead."""
    draft = zh_draft([ZH_PRE, pre("对", "难民人数不断增长深表关切，"), "又对冲突各方持续拖延执行协定表示关切，"])
    found = findings(make(tmp_path, draft), lib)
    assert not [f for f in found if f.rule in ("empty-clause", "lead-unknown", "lead-form")], found


def test_chinese_lead_without_clause_text_is_empty(lib: library.Library, tmp_path: Path) -> None:
    draft = zh_draft([ZH_PRE, pre("严重关切地注意到", "，"), pre("關切地注意到", "，")])
    assert [f.paragraph for f in rule_findings(tmp_path, lib, draft, "empty-clause")] == [8, 9]


# -- capital-after-lead ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "rest", "fixed"), [
    ("Bearing in Mind", " the report,", "Bearing in mind the report,"),
    ("Fully Alarmed", " by the numbers,", "Fully alarmed by the numbers,"),
    ("Alarmed By", " the numbers,", "Alarmed by the numbers,"),
    ("Further Recalling", " its resolution 22/7,", "Further recalling its resolution 22/7,"),
    ("Defining", " Trafficking of illegal firearms as their trade,", "Defining trafficking of illegal firearms as their "
                                                                      "trade,"),
    ("Noting", " The importance of education,", "Noting the importance of education,"),
    ("Concerned", " Education-related spending falls,", "Concerned education-related spending falls,")])
def test_capital_after_lead_is_found_and_fixed(lead: str, rest: str, fixed: str, lib: library.Library,
                                               tmp_path: Path) -> None:
    path = make(tmp_path, en_draft([pre(lead, rest)]))
    found = [f for f in findings(path, lib) if f.rule == "capital-after-lead"]
    assert [f.paragraph for f in found] == [6]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[5].text == fixed


@pytest.mark.parametrize("rest", [" United Nations efforts,", " Member States’ efforts,", " Article 2 of the Charter,",
                                  " Kenya for its work,", " Security Council resolution 1325 (2000),",
                                  " Economic and Social Council resolution 2019/1,", " UNHCR for its work,",
                                  " Italy’s contribution,", " the Charter of the United Nations,",
                                  " Taiwan as a partner,", " Geneva as the seat of the Council,",
                                  " Africa as a continent of young people,", " Guinea-Bissau for its work,",
                                  " Timor-Leste as a member,"])
def test_names_after_the_lead_keep_their_capital(rest: str, lib: library.Library, tmp_path: Path) -> None:
    assert rule_findings(tmp_path, lib, en_draft([pre("Recalling", rest)]), "capital-after-lead") == []


def test_a_word_the_draft_capitalises_elsewhere_is_a_name(lib: library.Library, tmp_path: Path) -> None:
    draft = en_draft([pre("Welcoming", " Mercosur initiatives,"), pre("Noting", " that the Mercosur members act,")])
    assert rule_findings(tmp_path, lib, draft, "capital-after-lead") == []


# -- lead-doubled and lead-comma -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "rest"), [("Aware", " noting also that education ends child labour,"),
                                            ("Bearing in mind", " noting with concern the effects of the crisis,")])
def test_two_leads_run_together(lead: str, rest: str, lib: library.Library, tmp_path: Path) -> None:
    assert [f.paragraph for f in rule_findings(tmp_path, lib, en_draft([pre(lead, rest)]), "lead-doubled")] == [6]


def test_a_participle_used_as_adjective_is_no_second_lead(lib: library.Library, tmp_path: Path) -> None:
    draft = en_draft([pre("Welcoming", " encouraging developments in the peace process,"),
                      pre("Noting", " the growing number of refugees,")])
    assert rule_findings(tmp_path, lib, draft, "lead-doubled") == []


def test_comma_between_lead_and_object(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, en_draft([pre("Taking into consideration", ", the suffering of the people,")]))
    found = [f for f in findings(path, lib) if f.rule == "lead-comma"]
    assert [(f.paragraph, f.severity) for f in found] == [(6, "warning")]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[5].text == "Taking into consideration the suffering of the people,"
    ok = en_draft([pre("Noting", ", however, that the number of refugees grows,"),
                   pre("Recalling", ", in particular, its resolution 22/7,")])
    assert rule_findings(tmp_path, lib, ok, "lead-comma", "ok.docx") == []


def test_chinese_messages_use_full_width_punctuation(lib: library.Library, tmp_path: Path) -> None:
    report, _ = check.check_file(make(tmp_path, zh_draft([ZH_PRE, "决定更改升级哈马舍尔德三原则，"])), lib)
    message = next(f.message for f in report.findings if f.rule == "lead-form")
    assert "（" in message and "(" not in message and "“决定”" in message


# -- the dictionaries load only when needed ----------------------------------------------------------------------

def test_a_clean_draft_loads_no_dictionary(tmp_path: Path) -> None:
    make(tmp_path, GOOD_EN, "en.docx")
    make(tmp_path, GOOD_ZH, "zh.docx")
    script = ("import sys\nfrom pathlib import Path\nfrom drafter import check, library\nlib = library.load()\n"
              f"for name in ('en.docx', 'zh.docx'):\n    check.check_file(Path({str(tmp_path)!r}) / name, lib)\n"
              "print(sorted(m for m in ('spellchecker', 'opencc_purepy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_operative_verb_among_unnumbered_preambular_paragraphs(lib: library.Library, tmp_path: Path) -> None:
    """Without numbers, "Recognises …," followed by more preambular paragraphs stays in the preamble: one wrong-form
    finding each, no operative part opened early and no cascade of misplaced paragraphs."""
    paragraphs: list[Para] = [*EN_HEAD, ORGAN, "Recognises the threat of climate change,",
                              "Noting the rise of sea levels,", "Acknowledges the work of the Panel,",
                              "Deeply concerned by the floods,", "Urges States to cut emissions;",
                              "Calls upon donors to fund adaptation."]
    found = [f for f in findings(make(tmp_path, paragraphs), lib) if f.severity == "error"]
    ignored = ("numbering-absent", "lead-emphasis-document")  # no numbers and no emphasis, as typed above
    assert [(f.rule, f.paragraph) for f in found if f.rule not in ignored] == [("lead-form", 6), ("lead-form", 8)]
