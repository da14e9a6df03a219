"""A draft sent in the body of an e-mail: the letter's greeting and its sentence above the heading ("here is our
revised draft, …", "Please find attached …") are pasted artefacts, no part of the resolution (UN-B01); the heading's
own lines are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library

DRAFT = ["Committee: Second Committee", "Topic: Water for small farms", "Sponsors: Chad, Peru",
         "Signatories: Fiji, Nepal", "The General Assembly,", "Noting that small farms feed most rural families,",
         "1. Encourages Member States to fund village wells;", "2. Invites donors to support irrigation."]


@pytest.mark.parametrize("sentence", ["here is our revised draft, we made the changes you asked for.",
                                      "Please find attached our draft for tomorrow's session.",
                                      "We have merged the two blocs' clauses below:",
                                      "I’ve added the clause on wells, see below."])
def test_a_letters_sentence_above_the_heading(tmp_path: Path, lib: library.Library, sentence: str) -> None:
    found = rules_at(tmp_path, lib, ["Dear Chairs,", sentence, *DRAFT])
    assert (1, "pasted-artefact") in found and (2, "pasted-artefact") in found, found


@pytest.mark.parametrize("line", ["Draft Resolution 2.1", "Here and Now: Water for All", "Wells for villages"])
def test_a_title_above_the_heading_is_no_letter(tmp_path: Path, lib: library.Library, line: str) -> None:
    found = rules_at(tmp_path, lib, [line, *DRAFT])
    assert (1, "pasted-artefact") not in found, found
