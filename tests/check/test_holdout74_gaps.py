"""Gaps of the checker on the set holdout74 (#20), each held by sentences of our own: sub-items numbered like the
clauses ("1." "2." under "2. …", as a web page's lists print them) were read as clauses whose count starts again
when the chapeau over them ends on a modal joined by "and" ("… which will meet yearly and will;"), and a "1." under
a sub-item "1. … such as:" was read as a clause rather than as that item's own first item."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library
from drafter.structure.classify import announces_list

HEAD = ["Committee: Economic and Social Council", "Question of: Inland fisheries", "Submitted by: Malawi"]
ORGAN = ["The Economic and Social Council,",
         "Noting that inland fisheries feed millions of rural households,"]


def test_a_chapeau_ending_on_a_coordinated_modal_announces_items(lib: library.Library, tmp_path: Path) -> None:
    for end in ("and will;", "or may;", "and shall,"):
        assert announces_list(f"… a fisheries council which will sit twice a year {end}", "en"), end
    body = [*HEAD, *ORGAN,
            "1. Encourages Member States to map their inland fishing grounds;",
            "2. Requests that the FAO set up a fisheries council which will sit twice a year and will;",
            "1. gather catch data from lake and river fisheries,",
            "2. advise Member States on closed seasons,",
            "3. Invites donors to support small-scale fishers."]
    found = rules(make(tmp_path, body, "modal.docx"), lib)
    assert "numbering-sequence" not in found  # "1." under clause 2 starts its items, not the clauses' count again
    assert "operative-end" not in found
    assert found.get("chapeau-colon") == [7]  # the chapeau announcing the items ends with ";" («will:»)


def test_a_first_item_under_an_item_announcing_a_list(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, *ORGAN,
            "1. Recommends Member States to train fishers, including but not limited to:",
            "1. courses held in fishing villages by means such as but not limited to:",
            "1. radio lessons in local languages,",
            "2. Requests the Secretary-General to report on the matter next year."]
    found = rules(make(tmp_path, body, "nested.docx"), lib)
    assert "numbering-sequence" not in found  # the second "1." numbers the items of the first item
    assert 8 not in found.get("operative-end", [])
