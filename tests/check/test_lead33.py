"""The lead's own fixes of round 33, each tested with paragraphs of our own."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import check, library
from drafter.check import fix

HEAD = ["Forum: General Assembly Third Committee", "Question of: Older persons in heat waves",
        "Submitted by: Ghana", "Co-submitters: Chile, Nepal, Norway", "The General Assembly,"]


def _fixed_twice(tmp_path: Path, lib: library.Library, paragraphs: list[str]) -> tuple[set[str], list[str]]:
    """The rules --fix mends on the draft, and those a second --fix on its output still finds to mend."""
    report, doc = check.check_file(make(tmp_path, paragraphs), lib)
    first, _ = fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    second, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    return {f.rule for f in first}, [f.rule for f in second]


def test_fixing_unemphasised_leads_emphasises_the_words_bound_to_them(lib: library.Library, tmp_path: Path) -> None:
    """MUN-F02, UN-B12: leads typed in capitals with no emphasis, two of them with "ALSO" after the verb: --fix
    emphasises "COGNIZANT ALSO" whole, so a second --fix finds no lead emphasised only in part."""
    paragraphs = [*HEAD,
                  "COGNIZANT of the heat waves of 2024 and 2025 in many cities,",
                  "COGNIZANT ALSO that older persons living alone are most at risk,",
                  "NOTING that few cities have a plan to protect them,",
                  "NOTING ALSO the work of the World Health Organization on heat and health,",
                  "1. URGES Member States to open cool rooms in public buildings during heat waves;",
                  "2. REQUESTS the Secretary-General to report on heat and older persons in 2028."]
    first, second = _fixed_twice(tmp_path, lib, paragraphs)
    assert first & {"lead-emphasis", "lead-emphasis-document"}
    assert second == []


def test_a_word_frequency_read_from_the_dictionary_text_is_jiebas() -> None:
    """The lead-phrase reader asks how common a homophone of a lead is (制定 is no 指定 mistyped) without loading
    jieba's dictionary, which takes half a second: the figure read from the dictionary's text is the loaded one."""
    from drafter.chinesewords import frequency_in_dictionary_text, segmenter

    tokenizer = segmenter()
    if not tokenizer.initialized:
        tokenizer.initialize()
    for word in ("制定", "指定", "重申", "重审", "鼓励", "鼓历", "a.b"):
        assert frequency_in_dictionary_text(word) == int(tokenizer.FREQ.get(word, 0))
    assert frequency_in_dictionary_text("制定") > frequency_in_dictionary_text("指定") > 0
    assert frequency_in_dictionary_text("鼓历") == 0
