"""Misses of the checker on the blind set holdout142 (#20), English drafts of delegates at conferences in India,
Pakistan, Nigeria, Kenya, Ghana and the Philippines, each held by sentences of our own:

* an operative clause that opens with a sentence adverb and its comma ("Further,", "Additionally,", "Moreover,")
  and then a noun phrase or a subject with its modal ("3. Further, the training of …;", "Also, Member States
  should …"): the adverb hid the missing verb, for the checks of a verbless opening looked at the adverb only. The
  words after the adverb are the clause's opening and are judged as such; an adverb before the organ's verb
  ("Further, requests …", "Finally, calls upon …") stays right.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["Committee: World Health Assembly", "Agenda: Cholera in coastal cities", "Sponsors: Ghana, Mozambique",
        "Signatories: Peru, Malawi, Haiti", "The World Health Assembly,",
        "Alarmed by the return of cholera to cities where it had not been seen for decades,"]


def _text(tmp_path: Path, lines: list[str], name: str = "cholera.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_adverb_and_comma_before_a_noun_phrase_is_no_verb(lib: library.Library, tmp_path: Path) -> None:
    """¶8 "2. Additionally, the chlorination of …" and ¶9 "3. Moreover, Member States should …" have no operative
    verb behind their adverb."""
    body = ["1. Urges Member States to test the water of public wells every month;",
            "2. Additionally, the chlorination of water tanks in markets and schools;",
            "3. Moreover, Member States should train nurses to give oral rehydration salts;",
            "4. Requests the Director-General to report on cholera at the next Assembly."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert 8 in found.get("operative-no-verb", [])
    assert 9 in found.get("operative-no-verb", [])


def test_adverb_and_comma_before_the_verb_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """"Further, requests …" and "Finally, calls upon …" open on the organ's verb after the adverb."""
    body = ["1. Urges Member States to test the water of public wells every month;",
            "2. Further, requests the World Health Organization to send cholera kits to the affected cities;",
            "3. Finally, calls upon donors to fund the chlorination of water tanks in markets and schools."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert "operative-no-verb" not in found
    assert "lead-form" not in found
