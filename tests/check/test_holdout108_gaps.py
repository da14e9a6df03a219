"""Misses of the checker on the blind set holdout108 (#20), English drafts on cybercrime in the CCPCJ, each held by
sentences of our own: a round bracket closed with none open (a cited symbol typed "(A/RES/…))") or opened and never
closed, labels' brackets and a bracketed list over several items left alone (bracket-unbalanced); a document symbol
of a subsidiary body's series typed without its full stop ("E/CN15/…", "A/C3/…": symbol-form) and a resolution's
symbol typed with a space for a slash ("A/RES 75/282": resolution-citation); a preambular lead written in the past
tense before the "with …" a listed lead of its verb takes ("Noted with alarm" for "Noting": lead-form), while
"Encouraged by" and "Concerned with", leads as they stand, are left alone."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEAD = ["Committee: Commission on Narcotic Drugs", "Topic: Precursor chemicals sold online",
        "Sponsors: Colombia, Netherlands (Kingdom of the), Thailand", "Signatories: Ghana, Peru",
        "The Commission on Narcotic Drugs,"]
LAST = "3. Requests the Executive Director to report to the Commission at its next session."


def _text(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "precursors.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _draft(preamble: list[str], operative: list[str] | None = None) -> list[str]:
    return [*HEAD, *preamble, *(operative or ["1. Urges Member States to license the sale of precursor chemicals;",
                                              "2. Invites online marketplaces to report suspicious orders;"]), LAST]


def test_a_cited_symbol_closed_twice_is_a_bracket_with_no_partner(lib: library.Library, tmp_path: Path) -> None:
    """"(A/RES/S-30/1))" (¶6): the second ")" closes nothing; its column is the stray bracket's."""
    path = _text(tmp_path, _draft(["Recalling the outcome document of the special session (A/RES/S-30/1)) on the "
                                   "world drug problem,", "Noting the growth of sales on the dark web,"]))
    assert rules(path, lib).get("bracket-unbalanced") == [6]
    report, _ = check.check_file(path, lib)
    finding = next(f for f in report.findings if f.rule == "bracket-unbalanced")
    assert "opening bracket" in str(finding.message)


def test_a_bracket_never_closed_is_named_unless_a_later_item_closes_it(lib: library.Library,
                                                                     tmp_path: Path) -> None:
    """"(INCB to share …" (¶8) is never closed: named. A bracket opened before a list whose last item closes it
    ("(in particular:" … "b) … );") pairs over the paragraphs: nothing named."""
    open_one = _draft(["Noting the growth of sales on the dark web,"],
                      ["1. Urges Member States to license the sale of precursor chemicals;",
                       "2. Invites the International Narcotics Control Board (INCB to share its lists of suspicious "
                       "buyers;"])
    assert rules(_text(tmp_path, open_one), lib).get("bracket-unbalanced") == [8]
    listed = _draft(["Noting the growth of sales on the dark web,"],
                    ["1. Urges Member States to license the sale of precursor chemicals;",
                     "2. Invites online marketplaces to act on orders (in particular:",
                     "a) bulk orders of safrole oils;", "b) orders shipped to post office boxes);"])
    assert "bracket-unbalanced" not in rules(_text(tmp_path, listed), lib)


def test_labels_closing_brackets_they_never_opened_are_no_slip(lib: library.Library, tmp_path: Path) -> None:
    """Labels "1.)", "a)" at a clause's head and "a) … ii) …" inside one hold a ")" with no "(": no finding."""
    lines = _draft(["Noting the growth of sales on the dark web,"],
                   ["1.) Urges Member States to license the sale of precursor chemicals, in this order: a) "
                    "ephedrine, b) safrole oils, ii) their salts;",
                    "2.) Invites online marketplaces to report suspicious orders;"])
    assert "bracket-unbalanced" not in rules(_text(tmp_path, lines), lib)


def test_a_series_symbol_without_its_full_stop(lib: library.Library, tmp_path: Path) -> None:
    """"E/CN7/2026/4" and "A/C3/81/L.9" (¶6): symbol-form, fixed «E/CN.7», «A/C.3»; "E/CN.7/2026/5" is right."""
    path = _text(tmp_path, _draft(["Taking note of the report of the Executive Director (E/CN7/2026/4), of the note "
                                   "E/CN.7/2026/5 and of draft A/C3/81/L.9,", "Noting the growth of sales online,"]))
    assert rules(path, lib).get("symbol-form") == [6, 6]
    report, _ = check.check_file(path, lib)
    fixes = [str(f.message) for f in report.findings if f.rule == "symbol-form"]
    assert "'E/CN.7'" in fixes[0] and "'A/C.3'" in fixes[1]


def test_a_resolution_symbol_with_a_space_for_a_slash(lib: library.Library, tmp_path: Path) -> None:
    """"A/RES 73/192" and "A/RES/ 70/1" (¶6): resolution-citation, «A/RES/73/192», «A/RES/70/1»."""
    path = _text(tmp_path, _draft(["Recalling General Assembly resolutions A/RES 73/192 and A/RES/ 70/1 and "
                                   "A/RES/71/211,", "Noting the growth of sales online,"]))
    assert rules(path, lib).get("resolution-citation") == [6, 6]


def test_a_past_tense_before_with_is_the_participle_of_a_listed_lead(lib: library.Library,
                                                                      tmp_path: Path) -> None:
    """"Noted with dismay the …" (¶6) is lead-form, «Noting»; "Encouraged by" and "Concerned with" (¶7, ¶8) open
    preambles as they stand."""
    path = _text(tmp_path, _draft(["Noted with dismay the ease of ordering precursors by post,",
                                   "Encouraged by the voluntary codes of some marketplaces,",
                                   "Concerned with the anonymity of buyers who pay in virtual assets,"]))
    assert rules(path, lib).get("lead-form") == [6]
    report, _ = check.check_file(path, lib)
    assert "'Noting'" in str(next(f for f in report.findings if f.rule == "lead-form").message)
