"""Misses of the checker on the blind set holdout112 (#20), English drafts that copy the Assembly's L-document layout,
each held by sentences of our own: under the ``un`` profile a sub-paragraph that ends with a comma while the other
items of its list end with a semicolon breaks the list's own marks (UN-B11 asks ";" after each sub-paragraph; the
UN's lists never mix the two), so it is a ``sub-end`` finding. A list whose items all hand on with commas (the
Council's mandate lists), a list of two items, and a mixed list under a MUN profile (MUN-F06: "," or ";") stay
right."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEAD = ["A/C.2/81/L.41", "Distr.: Limited", "3 November 2026", "Original: English", "Eighty-first session",
        "Second Committee", "Agenda item 20", "Sustainable development",
        "Fiji, Jamaica and Norway: draft resolution", "Coastal fisheries and small-scale fishers",
        "The General Assembly,", "Recalling its resolution 78/68 of 5 December 2023,",
        "Noting that small-scale fisheries employ most of the world's fish workers,",
        "1. Welcomes the work of the regional fisheries bodies;"]
LAST = "3. Requests the Secretary-General to report at its eighty-third session."
MUN_HEAD = ["Committee: Second Committee", "Topic: Small-scale fisheries", "Sponsors: Fiji, Norway",
            "Signatories: Jamaica", "The General Assembly,", "Noting that small-scale fisheries employ most fish workers,",
            "1. Welcomes the work of the regional fisheries bodies;"]


def _text(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "fisheries.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _clause(items: list[str]) -> list[str]:
    return ["2. Encourages coastal States to support small-scale fishers by:", *items, LAST]


def test_a_comma_among_semicolons_in_a_un_list_is_a_sub_end(lib: library.Library, tmp_path: Path) -> None:
    """(a) and (c) end with ";", (b) (¶17) with ",": the comma breaks its list's marks under un; sub-end asks ";"
    and --fix writes it."""
    items = ["(a) mapping the fishing grounds they depend on;", "(b) giving them access to cold storage,",
             "(c) including them in the management of marine protected areas;",
             "(d) collecting catch data by sex and age;"]
    path = _text(tmp_path, [*HEAD, *_clause(items)])
    assert rules(path, lib).get("sub-end") == [17]
    report, _ = check.check_file(path, lib)
    finding = next(f for f in report.findings if f.rule == "sub-end")
    assert "';'" in str(finding.message)


def test_a_comma_before_a_joined_last_item_is_a_sub_end_too(lib: library.Library, tmp_path: Path) -> None:
    """"; and" on the item before the last counts as the list's semicolon: the comma on (a) (¶16) is the odd one."""
    items = ["(a) mapping the fishing grounds they depend on,", "(b) giving them access to cold storage; and",
             "(c) including them in the management of marine protected areas;"]
    assert rules(_text(tmp_path, [*HEAD, *_clause(items)]), lib).get("sub-end") == [16]


def test_a_un_list_handing_on_with_commas_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    """Every item hands on with a comma (the Council's mandate lists): no finding, as before."""
    items = ["(a) mapping the fishing grounds they depend on,", "(b) giving them access to cold storage,",
             "(c) including them in the management of marine protected areas;"]
    assert "sub-end" not in rules(_text(tmp_path, [*HEAD, *_clause(items)]), lib)


def test_a_two_item_un_list_with_a_comma_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    """Two items, the first with a comma: the last carries its clause's mark, so no list style to break."""
    items = ["(a) mapping the fishing grounds they depend on,", "(b) giving them access to cold storage;"]
    assert "sub-end" not in rules(_text(tmp_path, [*HEAD, *_clause(items)]), lib)


def test_a_mixed_list_under_a_mun_profile_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    """MUN-F06 lets a sub-clause end with "," or ";": the same mixed list under a MUN heading stays right."""
    items = ["a) mapping the fishing grounds they depend on;", "b) giving them access to cold storage,",
             "c) including them in the management of marine protected areas;",
             "d) collecting catch data by sex and age;"]
    lines = [*MUN_HEAD, "2. Encourages coastal States to support small-scale fishers by:", *items,
             "3. Requests the Secretary-General to report on the matter."]
    assert "sub-end" not in rules(_text(tmp_path, lines), lib)


def test_a_comma_list_whose_item_lacks_its_mark_settles_in_one_fix(lib: library.Library, tmp_path: Path) -> None:
    """(d) lacks its mark in a list that hands on with commas (as S/RES/2550 (2020) ¶30 does): --fix gives it ";",
    and the commas, still the list's own mark, are no finding on the next run (the fix oracle caught the cascade)."""
    from drafter.check import fix

    items = ["(a) mapping the fishing grounds they depend on,", "(b) giving them access to cold storage,",
             "(c) including them in the management of marine protected areas,",
             "(d) collecting catch data by sex and age", "(e) training them in the safety of small boats;"]
    path = _text(tmp_path, [*HEAD, *_clause(items)])
    assert rules(path, lib).get("sub-end") == [19]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.txt", force=True)
    assert "sub-end" not in rules(tmp_path / "fixed.txt", lib)
