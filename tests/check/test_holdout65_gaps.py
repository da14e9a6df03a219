"""Misses of the checker on the blind set holdout65 (#20), held by sentences of our own: an operative clause that opens
with a house label and a colon ("2. Funding: the sea walls would be paid …", "5. Timeline: …") in place of its
operative verb was taken for an unknown lead, or for a participle to write "Funds"; it has no operative verb (UN-B06,
MUN-F05). A verb the list lacks before a colon ("Endorses: …") is no label."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Second Committee", "Topic: Coastal flooding", "Sponsors: Bangladesh, Viet Nam",
        "Signatories: Fiji", "The General Assembly,",
        "Noting with concern that rising seas threaten low-lying coastal cities,"]


def test_a_label_and_colon_opening_a_clause_is_no_verb(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, "1. Urges Member States to map the coastal districts most at risk of flooding;",
            "2. Funding: the sea walls would be paid for by the Adaptation Fund over ten years;",
            "3. Monitoring and evaluation: an expert panel reports every two years on the walls built;",
            "4. Requests the Secretary-General to report on progress at the next session."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("operative-no-verb") == [8, 9]
    assert "lead-form" not in found  # "Funding" is a label, not a participle to write as "Funds"
    # a verb the list lacks before a colon is no label
    verb = [*HEAD, "1. Urges Member States to map the coastal districts most at risk of flooding;",
            "2. Endorses: the regional plan for sea walls drawn up by the coastal States;",
            "3. Requests the Secretary-General to report on progress at the next session."]
    assert "operative-no-verb" not in rules(make(tmp_path, verb, "verb.docx"), lib)
