"""A quotation over several paragraphs, from the blind set holdout94 (#20), held by sentences of our own: when a
clause hands on with "… to read as follows:" to a quoted text printed as the UN prints one over several paragraphs
(GA resolutions 475 (V), 2553 (XXIV): each paragraph opens with a quotation mark, only the last closes it), the
quoted paragraphs are the clause's own text — the quoted rule's heading line ("“Rule 12 bis") is no heading of the
draft, the colon is no wrong end of the clause, a quoted paragraph's own full stop is no stray one — and the clause's
end mark stands after the closing quotation mark of the last one (UN-B09: '….";')."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

UN_HEAD = ["A/C.6/90/L.4", "Distr.: Limited", "2 November 2035", "Original: English", "General Assembly",
           "Ninetieth session", "Sixth Committee", "Agenda item 81", "Rules of procedure of the General Assembly",
           "Fiji, Iceland and Uruguay: draft resolution", "Conduct of elections in the Main Committees"]
MUN_HEAD = ["Committee: Sixth Committee", "Topic: Rules of procedure", "Sponsors: Fiji, Uruguay",
            "Signatories: Iceland, Nepal, Oman"]
END_RULES = {"operative-end", "final-stop", "section-heading", "quote-unclosed", "stray-full-stop", "chapeau-colon"}


def _body(rule_text: list[str], last: str = "3. Requests the Secretary-General to issue the amended rules.") -> list[str]:
    return ["The General Assembly,",
            "Recalling rule 163 of its rules of procedure,",
            "Having considered the proposals of the Bureau,",
            "1. Decides to insert in its rules of procedure a new rule 12 bis worded as follows:",
            *rule_text,
            "2. Also decides that the new rule shall apply from its next session;",
            last]


def test_quoted_rule_over_several_paragraphs_is_the_clause_text(lib: library.Library, tmp_path: Path) -> None:
    quoted = ['"Rule 12 bis',
              '"Elections in the Main Committees shall be held by secret ballot.',
              '"The Chair shall announce the results before the next item is taken up.";']
    found = rules(make(tmp_path, [*UN_HEAD, *_body(quoted)]), lib)
    assert not END_RULES & set(found), found
    # in curly marks, and under a MUN heading, where the lines a clause runs on into are judged for full stops too
    curly = [line.replace('"', "“", 1).replace('";', "”;") for line in quoted]
    found = rules(make(tmp_path, [*MUN_HEAD, *_body(curly)], "mun.docx"), lib)
    assert not END_RULES & set(found), found


def test_quoted_paragraphs_without_a_heading_line_hold_no_stray_full_stop(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    quoted = ['"Elections in the Main Committees shall be held by secret ballot.',
              '"The Chair shall announce the results before the next item is taken up.";']
    found = rules(make(tmp_path, [*MUN_HEAD, *_body(quoted)]), lib)
    assert not END_RULES & set(found), found


def test_quotation_closed_without_the_clause_mark(lib: library.Library, tmp_path: Path) -> None:
    quoted = ['"Rule 12 bis',
              '"Elections in the Main Committees shall be held by secret ballot.',
              '"The Chair shall announce the results before the next item is taken up."']
    body = [*UN_HEAD, *_body(quoted)]
    found = rules(make(tmp_path, body), lib)
    closing = body.index(quoted[-1]) + 1
    assert found.get("operative-end") == [closing], found  # '….";': the clause's own mark after the quotation
    assert "section-heading" not in found
    # the last clause of the resolution closes with the full stop after the quotation mark: '….".'
    last = [*UN_HEAD, *_body(quoted[:-1] + [quoted[-1] + "."])[:4], *quoted[:-1], quoted[-1] + "."]
    found = rules(make(tmp_path, last, "last.docx"), lib)
    assert not END_RULES & set(found), found


def test_a_heading_after_a_closed_quotation_is_still_a_heading(lib: library.Library, tmp_path: Path) -> None:
    # the quotation closed with the clause's mark: a short line opening with a quotation mark after it is the draft's
    # own line again, and the colon of a clause handing on to no quotation is judged as before
    body = [*UN_HEAD, "The General Assembly,", "Recalling rule 163 of its rules of procedure,",
            "1. Decides to amend rule 12 to read as follows:",
            '"The Bureau shall meet weekly.";',
            "2. Requests the Secretary-General to issue the amended rules;",
            "3. Decides to keep the matter under review:"]
    found = rules(make(tmp_path, body), lib)
    assert "operative-end" not in found, found
    assert found.get("final-stop") == [len(body)], found


def test_several_quoted_rules_each_closed_are_the_clause_text(lib: library.Library, tmp_path: Path) -> None:
    # resolution 2553 (XXIV)'s form: the quoted rules one after another, each closing its own quotation, the clause's
    # mark after the last one; a heading of the quoted rules in capitals is theirs too
    quoted = ['"ELECTIONS IN THE MAIN COMMITTEES',
              '"Rule 12',
              '"Elections shall be held by secret ballot."',
              '"Rule 13',
              '"The Chair shall announce the results.";']
    found = rules(make(tmp_path, [*UN_HEAD, *_body(quoted)]), lib)
    assert not END_RULES & set(found), found
