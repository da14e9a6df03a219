"""Misses of the checker on the blind set holdout84 (#20, NMUN texts), held by sentences of our own: a heading with
the code the dais gives a paper ("Code: DR 2/1", NMUN) that lists the paper's signatories but not its sponsors. A
coded heading with no submitters at all is an adopted text as NMUN publishes it and asks for none (UN-D01); one that
names its signatories is a draft whose sponsors head that list (MUN-H01)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEADING = ["Code: DR 2/1", "Committee: Commission on the Status of Women", "Topic: Women in rural cooperatives"]
ORGAN = "The Commission on the Status of Women,"
PRE = "Noting that women do most of the farm work in many rural areas,"
OPS = ["1. Encourages Member States to open rural credit schemes to women's cooperatives;",
       "2. Invites the Food and Agriculture Organization to train cooperative leaders."]


def test_a_coded_draft_that_lists_signatories_but_no_sponsors(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEADING, "Signatories: Chile, Ghana, Nepal, Peru", ORGAN, PRE, *OPS]
    assert rules(make(tmp_path, body), lib).get("heading-missing") == [1]
    # with no submitters at all (an adopted text as NMUN publishes it), or with both lists, nothing is asked for
    adopted = [*HEADING, ORGAN, PRE, *OPS]
    assert "heading-missing" not in rules(make(tmp_path, adopted, "adopted.docx"), lib)
    both = [*HEADING, "Sponsors: Ghana, Peru", "Signatories: Chile, Nepal", ORGAN, PRE, *OPS]
    assert "heading-missing" not in rules(make(tmp_path, both, "both.docx"), lib)
