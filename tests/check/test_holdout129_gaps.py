"""Misses of the checker on the blind set holdout129 (#20), real English drafts, held by sentences of our own:

* a first heading line that is only the paper's short code ("DR 2.3", "WP 1.1": Draft Resolution, Working Paper)
  names no subject: it is a generic title, and a heading without a topic line still lacks one;
* a closing line that signs the draft "The delegate of <State>" (with its article, in either case) after the last
  clause is a signature, as "Delegate of <State>" is.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

ORGAN = "The General Assembly,"
PREAMBLE = ["Noting that many rural schools have no library,", "Aware that girls leave school first,"]
BODY = ["1. Requests Member States to train more rural teachers;", "2. Urges donors to fund rural schools."]


def _text(tmp_path: Path, lines: list[str], name: str = "schools.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _missing(path: Path, lib: library.Library) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == "heading-missing"]


def test_paper_code_is_no_topic(lib: library.Library, tmp_path: Path) -> None:
    """¶1 "DR 2.3" over Committee / Sponsors / Signatories: no line names the topic."""
    head = ["DR 2.3", "Committee: Third Committee", "Sponsors: Chile, Peru", "Signatories: Ghana, Kenya"]
    messages = _missing(_text(tmp_path, [*head, ORGAN, *PREAMBLE, *BODY]), lib)
    assert any("Topic" in m for m in messages), messages


def test_paper_code_with_topic_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    head = ["WP 1.1", "Committee: Third Committee", "Topic: Rural schools", "Sponsors: Chile, Peru",
            "Signatories: Ghana, Kenya"]
    assert _missing(_text(tmp_path, [*head, ORGAN, *PREAMBLE, *BODY]), lib) == []


def test_title_line_still_names_topic(lib: library.Library, tmp_path: Path) -> None:
    """A title in words ("Rural schools for girls") is the topic, as before."""
    head = ["Rural schools for girls", "Committee: Third Committee", "Sponsors: Chile, Peru", "Signatories: Ghana"]
    assert _missing(_text(tmp_path, [*head, ORGAN, *PREAMBLE, *BODY]), lib) == []


HEAD = ["Committee: Third Committee", "Topic: Rural schools", "Sponsors: Chile, Peru", "Signatories: Ghana, Kenya"]


def test_the_delegate_of_signs_after_text(lib: library.Library, tmp_path: Path) -> None:
    """¶10 "The delegate of the Republic of Chile" under the last clause: the draft signed as a letter."""
    path = _text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *BODY, "The delegate of the Republic of Chile"])
    assert rules(path, lib).get("signed-after-text") == [10]


def test_the_delegation_of_signs_after_text(lib: library.Library, tmp_path: Path) -> None:
    path = _text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *BODY, "The Delegation of Peru"])
    assert rules(path, lib).get("signed-after-text") == [10]


def test_clause_naming_a_delegate_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """A last clause that names a delegate of a State is no signature."""
    body = ["1. Requests Member States to train more rural teachers;",
            "2. Invites the delegate of each Member State to report on rural schools."]
    assert "signed-after-text" not in rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib)


def test_signature_under_clause_with_items(lib: library.Library, tmp_path: Path) -> None:
    """¶12 "Delegate of Chile" under a last clause that ends in its items: the signature follows the last item."""
    body = ["1. Requests Member States to train more rural teachers;",
            "2. Urges donors to fund:", "a) rural schools;", "b) teacher training.", "Delegate of Chile"]
    assert rules(_text(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *body]), lib).get("signed-after-text") == [12]
