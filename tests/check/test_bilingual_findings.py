"""One check says every finding, fix and note in English and in Chinese (the desk shows either from one check):
each rule's message, whatever the fields it fills, and the conference panel's breaches are English in English and
Chinese in Chinese; a report spoken in the other language says those and leaves the first as it was."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from check.example_docs import build
from chinese_lines import latin_words
from docmaker import make

from drafter import check, conference, library, yamlio
from drafter.bilingual import Text, fill, filled, joined, listing
from drafter.check import ruleload
from drafter.check.report import Finding
from drafter.check.rules import RULES, SEVERITIES
from drafter.commands.panel import add_findings
from drafter.punctuation import CJK, is_chinese
from drafter.structure.paper import PaperRules
from drafter.word import reader

EXAMPLES = [{"rule": rule["id"], "example": example, "kind": example["kind"]}
            for _, rule in ruleload.read(SEVERITIES) for example in rule["examples"]]
NAMES = {"Word", "THIMUN", "eastAsia", "LibreOffice", "SimSun"}  # names (and a font --fix sets) a Chinese message
# writes in Latin letters


def plain(message: str, text: str) -> str:
    """``message`` without the document's own words (a message quotes what the draft wrote, in its language): each
    run of Chinese characters and each Latin word that ``text`` holds too."""
    return re.sub(r"[\u3400-\u9fff]+|[A-Za-z][A-Za-z'-]*", lambda m: " " if m.group(0) in text else m.group(0), message)


def document_words(doc: reader.Document) -> str:
    """The document's text and the names of its fonts (a message names them as the document does)."""
    fonts = {font for p in doc.paragraphs for run in p.runs for font in run.fonts if font}
    return "\n".join([*(p.text for p in doc.paragraphs), *fonts, *reader.theme_fonts(doc).values()])


def assert_said_in_both(finding: Finding, text: str, language: str) -> None:
    """The finding's Chinese message and fix hold no English word but the document's own ``text``, names and ids;
    its English ones no Chinese character, unless the draft is Chinese (``language``: a message then quotes the
    form to write); a fix is said in both or in neither."""
    for chinese in (finding.said.zh, finding.fixes.zh):
        assert latin_words(plain(chinese, text)) <= NAMES, (finding.rule, chinese)
    assert is_chinese(finding.said.zh), (finding.rule, finding.said.zh)
    for english in (finding.said.en, finding.fixes.en):
        assert language == "zh" or not CJK.search(plain(english, text)), (finding.rule, english)
    assert bool(finding.fixes.en) == bool(finding.fixes.zh), (finding.rule, finding.fixes)


def test_every_rule_is_said_in_both_languages_from_one_check(lib: library.Library, tmp_path: Path) -> None:
    """A failing example of every rule, checked once: each finding is said in English and in Chinese, whatever the
    fields its rule fills; the report spoken in the other language says just those."""
    seen: set[str] = set()
    first = {}
    for example in EXAMPLES:
        if example["kind"] == "fail":
            first.setdefault(example["rule"], example["example"])
    for number, example in enumerate(first.values()):
        path = build(example, tmp_path / f"example-{number}.docx")
        rules = PaperRules()
        if "conference" in example:  # a conference's rules on position papers
            (tmp_path / "conference.yaml").write_text(yamlio.dump(example["conference"]), encoding="utf-8")
            rules = conference.load(tmp_path / "conference.yaml").paper_rules()
        report, doc = check.check_file(path, lib, profile=example.get("profile"), paper_rules=rules)
        text = document_words(doc)
        for f in report.findings:
            assert_said_in_both(f, text, example["language"])
        other = "zh" if report.message_lang == "en" else "en"
        spoken = report.speaking(other)
        assert [(f.message, f.fix) for f in spoken.findings] == [(f.said[other], f.fixes[other]) for f in report.findings]
        assert spoken.notes == [note[other] for note in report.remarks]
        seen |= {f.rule for f in report.findings}
    assert seen >= set(RULES) - {"paper-length"}  # measured for a batch of papers, not by check_file


def test_a_report_spoken_in_another_language_leaves_the_first_as_it_was(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    path = make(tmp_path, ["Committee: Fourth Committee", "Topic: Clean rivers", "The General Assembly,",
                           "recalling the water conference held in Dakar;", "Asks all States to share water data."])
    english, _ = check.check_file(path, lib, lang="en")
    messages = [f.message for f in english.findings]
    chinese = english.speaking("zh")
    assert english.findings and english.remarks  # the parts told apart by their lead phrases: a note says so
    assert chinese.message_lang == "zh" and english.message_lang == "en"
    assert [f.message for f in english.findings] == messages and english.notes == [n.en for n in english.remarks]
    assert chinese.notes == [n.zh for n in english.remarks] and chinese.counts_text() != english.counts_text()
    assert all(f.message != c.message and c.message == f.said.zh for f, c in zip(english.findings, chinese.findings,
                                                                                   strict=True))
    assert [f.said for f in chinese.findings] == [f.said for f in english.findings]


def test_a_field_said_differently_in_each_language_is_filled_in_each() -> None:
    """A message's field may be a pair (the emphasis it asks for, a heading's field) or one word for both."""
    want = joined([Text("in italics", "使用斜体"), Text("in bold", "使用粗体")], " or ", "或")
    assert want == Text("in italics or in bold", "使用斜体或使用粗体")
    template = Text("the lead {lead!r} should be {want}", "引导词“{lead}”应{want}")
    assert template.format(lead="Urges", want=want) == Text("the lead 'Urges' should be in italics or in bold",
                                                              "引导词“Urges”应使用斜体或使用粗体")
    assert filled(template.en, template.zh, {"lead": "Urges", "want": want}) == template.format(lead="Urges", want=want)
    assert fill("{name!r} is listed{hint}", "en", {"name": "Narnia", "hint": Text("; check it", "，请核对")}) == \
        "'Narnia' is listed; check it"
    assert listing(["Fourth Committee", "Sixth Committee"]) == Text("Fourth Committee, Sixth Committee",
                                                                    "Fourth Committee、Sixth Committee")
    assert Text("the sponsor line", "起草国") + Text(" (empty)", "（为空）") == Text("the sponsor line (empty)", "起草国（为空）")


CONFERENCE = {"conference": "Riverside Model United Nations", "language": "en", "profile": "una-usa", "present": 30,
              "committees": [{"name": "Fourth Committee", "kind": "general-assembly"},
                             {"name": "Sixth Committee", "kind": "general-assembly"}],
              "signatures": {"minimum": 3, "share": "20%", "counted": "all"}, "main-submitters": {"maximum": 1},
              "member-states-only": True, "sc-only-phrases": True, "length": {"lines": 4}}


def test_the_panels_breaches_are_said_in_both_languages_from_one_check(lib: library.Library, tmp_path: Path) -> None:
    """A conference's rules (too few signatures as a share of those present, an unknown committee, a verb kept for
    the Security Council, too many lines) add breaches that say themselves in both languages, as the checker's
    own findings do."""
    (tmp_path / "rules.yaml").write_text(yamlio.dump(CONFERENCE), encoding="utf-8")
    rules = conference.load(tmp_path / "rules.yaml")
    path = make(tmp_path, ["Committee: Water Committee", "Topic: Clean rivers", "Sponsors: Chile, Kenya",
                           "The General Assembly,", "Recalling the water conference held in Dakar,",
                           "1. Demands that all States share their water data;", "2. Decides to meet again."])
    report, doc = check.check_file(path, lib)
    args = argparse.Namespace(disable=[], min_severity="suggestion", present=None, rules="rules.yaml")
    add_findings(rules, [(report, doc)], lib, args)
    panel = [f for f in report.findings if f.rule not in RULES]
    assert {"signatures-too-few", "committee-unknown", "sponsors-too-many", "sc-only-language",
            "length-over-cap"} <= {f.rule for f in panel}, [f.rule for f in panel]
    written = document_words(doc) + (tmp_path / "rules.yaml").read_text(encoding="utf-8")  # names as written there
    for finding in panel:
        assert_said_in_both(finding, written, "en")
        assert finding.message == finding.said.en and finding.speaking("zh").message == finding.said.zh
    too_few = next(f for f in panel if f.rule == "signatures-too-few")
    assert "20% of 30 delegations present" in too_few.said.en and "出席30个代表团的20%" in too_few.said.zh
