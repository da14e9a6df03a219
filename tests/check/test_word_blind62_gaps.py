"""The general cause behind word-blind62's one wrong message (bench/students/word-blind62), on sentences of our own:
sub-paragraphs typed after soft line breaks inside their clause's paragraph (Google Docs or Word on a phone), with a
second level under an item that ends with a colon. The items of the second level were judged as if they were the
first level's: correct "(i)" "(ii)" drew a style warning (expected like "(a)"), and an autocorrected "(I)" drew,
besides its own warning, a sequence error on the correct "(ii)" after it."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import check, library

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Public libraries in rural areas",
                    "Sponsors: Estonia, Ghana", "Signatories: Bolivia, Nepal, Portugal",
                    [("The General Assembly", "i"), (",", "")],
                    [("Recognizing", "i"), (" that a library is often the only free place to read in a village,", "")]]
LAST: Para = [("2. ", ""), ("Requests", "i"), (" a report on the libraries opened.", "")]


def _draft(tmp_path: Path, items: str) -> Path:
    """A draft whose first clause types its items after soft line breaks (python-docx writes "\\n" as w:br)."""
    clause: Para = [("1. ", ""), ("Encourages", "i"), (" Member States to fund:" + items, "")]
    return make(tmp_path, [*HEAD, clause, LAST])


def _messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [str(f.message) for f in report.findings if f.rule == rule]


NESTED = ("\n(a) mobile libraries for remote hamlets;\n(b) reading rooms that offer:\n(i) evening opening hours;"
          "\n(ii) free internet access;")


def test_items_under_an_item_ending_with_a_colon_are_the_level_below(tmp_path: Path, lib: library.Library) -> None:
    found = rules(_draft(tmp_path, NESTED), lib)
    assert "sub-label-style" not in found
    assert "sub-label-sequence" not in found


def test_items_typed_with_full_stops_nest_the_same_way(tmp_path: Path, lib: library.Library) -> None:
    items = "\na. mobile libraries for remote hamlets;\nb. reading rooms that offer:\ni. evening opening hours;" \
            "\nii. free internet access;"
    found = rules(_draft(tmp_path, items), lib)
    assert "sub-label-style" not in found
    assert "sub-label-sequence" not in found


def test_an_autocorrected_capital_first_item_below_is_the_only_finding(tmp_path: Path, lib: library.Library) -> None:
    # the phone's autocorrect turns a typed "(i)" at the start of a line into "(I)"; "(ii)" after it is right
    path = _draft(tmp_path, NESTED.replace("(i) evening", "(I) evening"))
    assert "sub-label-sequence" not in rules(path, lib)
    messages = _messages(path, lib, "sub-label-style")
    assert len(messages) == 1
    assert "'(I)'" in messages[0] and "'(i)'" in messages[0]


def test_an_item_after_the_level_below_goes_back_to_its_own_list(tmp_path: Path, lib: library.Library) -> None:
    right = rules(_draft(tmp_path, NESTED + "\n(c) books in local languages;"), lib)
    assert "sub-label-style" not in right and "sub-label-sequence" not in right
    wrong = _messages(_draft(tmp_path, NESTED + "\n(d) books in local languages;"), lib, "sub-label-sequence")
    assert len(wrong) == 1 and "'(d)'" in wrong[0] and "'(c)'" in wrong[0]


def test_a_gap_in_the_level_below_is_still_a_sequence_error(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, NESTED.replace("(ii) free", "(iii) free"))
    messages = _messages(path, lib, "sub-label-sequence")
    assert len(messages) == 1 and "'(iii)'" in messages[0]


def test_a_numeral_item_with_no_colon_before_it_is_still_the_wrong_style(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    # no item introduces it: "(i)" stands among the first level's letters, where the profile takes letters
    items = "\n(a) mobile libraries for remote hamlets;\n(b) reading rooms in schools;\n(i) evening opening hours;"
    assert rules(_draft(tmp_path, items), lib).get("sub-label-style") == [7]
