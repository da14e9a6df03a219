"""A false alarm of the checker on the blind set holdout114 (#20), ordinary English drafts, held by sentences of our
own: a heading line that prints the committee unlabelled, with its abbreviation in brackets after the name
("Economic Commission for Latin America and the Caribbean (ECLAC)"), over an organ line naming the same body, is the
committee line (MUN-H01, ZH-H01: the committee is given); the abbreviation no longer hides it, so the checker stops
saying the heading lacks its Committee line and stops taking that line for the topic. A bare line that names another
body, or a title with an abbreviation after it, is read as before."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

BODY = ["The Economic Commission for Latin America and the Caribbean,",
        "Recalling the Regional Agreement on Access to Information, Public Participation and Justice in Environmental "
        "Matters in Latin America and the Caribbean,",
        "Noting that storms cost the Caribbean a large share of its output each year,",
        "1. Encourages member States to plan for the reconstruction of coastal roads;",
        "2. Requests the Executive Secretary to report on the present resolution at its next session."]


def _text(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "storms.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _missing(path: Path, lib: library.Library) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [str(f.message) for f in report.findings if f.rule == "heading-missing"]


def test_a_bare_committee_line_with_its_abbreviation_is_the_committee(lib: library.Library, tmp_path: Path) -> None:
    """"… Caribbean (ECLAC)" over the organ line naming the Commission: committee given, topic and sponsors labelled,
    no heading-missing at all."""
    head = ["Economic Commission for Latin America and the Caribbean (ECLAC)", "Topic: Recovery after hurricanes",
            "Sponsors: Barbados, Dominica", "Signatories: Chile, Jamaica"]
    assert "heading-missing" not in rules(_text(tmp_path, [*head, *BODY]), lib)


def test_a_committee_only_heading_lacks_its_topic_not_its_committee(lib: library.Library,
                                                                    tmp_path: Path) -> None:
    """With no other heading line, the bare committee line is not taken for the topic: what is missing is the
    topic (and the sponsors), not the committee."""
    messages = _missing(_text(tmp_path, ["Economic Commission for Latin America and the Caribbean (ECLAC)", *BODY]),
                        lib)
    assert not any("Committee" in m for m in messages)
    assert any("Topic" in m for m in messages)


def test_a_bare_line_naming_another_body_is_not_the_committee(lib: library.Library, tmp_path: Path) -> None:
    """A bare line naming another body with its abbreviation ("… Pacific (ESCAP)" over ECLAC's organ line) stays a
    title: the committee is still missing."""
    head = ["Economic and Social Commission for Asia and the Pacific (ESCAP)", "Sponsors: Barbados, Dominica",
            "Signatories: Chile, Jamaica"]
    assert any("Committee" in m for m in _missing(_text(tmp_path, [*head, *BODY]), lib))


def test_a_title_with_an_abbreviation_is_still_the_topic(lib: library.Library, tmp_path: Path) -> None:
    """"Small island developing States (SIDS)" is a title line: the topic is given, the committee line is missing."""
    head = ["Committee: Economic Commission for Latin America and the Caribbean", "Small island developing States (SIDS)",
            "Sponsors: Barbados, Dominica", "Signatories: Chile, Jamaica"]
    assert "heading-missing" not in rules(_text(tmp_path, [*head, *BODY]), lib)
    messages = _missing(_text(tmp_path, ["Small island developing States (SIDS)", "Sponsors: Barbados, Dominica",
                                         "Signatories: Chile, Jamaica", *BODY]), lib)
    assert any("Committee" in m for m in messages) and not any("Topic" in m for m in messages)
