"""Long UN-style texts and the texts they quote, from the blind set holdout64 (#20), held by sentences of our own:
footnote numbers typed in square brackets after a clause's mark or a word ("…,[2]", "Protocol[1] and") are references,
not wording left open, and the mark before them ends the clause; a clause quoted in straight quotation marks with its
own number holds no stray full stop; a quoted clause's ";" inside the closing quotation mark is the quoted clause's,
not the quoting clause's end (UN-B09); the joiner "; and" on the last item of a list leaves its clause without an end
mark (MUN-F06, UN-B11); a Security Council draft's S/<year>/<n> symbol has no "/L." to lack (UN-H01); items labelled
"(a1)", "(a2)" after "(z)" and a miswritten roman numeral "(iix)" are out of their list's sequence (UN-B10)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

UN_HEAD = ["A/C.2/86/L.9", "Distr.: Limited", "3 November 2031", "Original: English", "General Assembly",
           "Eighty-sixth session", "Second Committee", "Agenda item 20", "Desertification",
           "Chad, Mali and Niger: draft resolution", "Combating desertification in the Sahel"]
MUN_HEAD = ["Committee: Second Committee", "Topic: Desertification", "Sponsors: Chad, Niger",
            "Signatories: Mali, Peru, Nepal"]


def _letters(n: int) -> list[str]:
    """The first ``n`` labels of a UN list: (a) … (z), then (aa), (bb) …"""
    return [f"({chr(ord('a') + i % 26) * (i // 26 + 1)})" for i in range(n)]


# -- footnote numbers in square brackets --------------------------------------------------------------------------------

def test_bracketed_footnote_numbers_are_no_open_wording_and_no_wrong_end(lib: library.Library, tmp_path: Path) -> None:
    body = [*UN_HEAD, "The General Assembly,",
            "Recalling the United Nations Convention to Combat Desertification,[1]",
            "Noting that the Great Green Wall Initiative[2] has restored land in eleven countries,",
            "1. Encourages States to restore degraded land by 2030;[3]",
            "2. Requests the Secretary-General to report on the present resolution.[4][5]"]
    found = rules(make(tmp_path, body), lib)
    assert not {"negotiation-mark", "preambular-end", "operative-end", "final-stop"} & set(found), found
    # a figure still in brackets, typed with a space before it, is wording left open
    open_figure = [*body[:-1], "2. Requests the Secretary-General to report within [3] years."]
    found = rules(make(tmp_path, open_figure, "open.docx"), lib)
    assert found.get("negotiation-mark") == [16]
    # the wrong mark before a bracketed footnote number is still the wrong mark
    wrong = [*body[:12], "Recalling the United Nations Convention to Combat Desertification;[1]", *body[13:]]
    found = rules(make(tmp_path, wrong, "wrong.docx"), lib)
    assert found.get("preambular-end") == [13]
    # after a Chinese comma, a copied page's bracket is still what the clause ends with (as holdout-zh29 marks it)
    chinese = ["大会，", "回顾《联合国防治荒漠化公约》，[1]", "注意到荒漠化威胁萨赫勒地区的粮食安全，",
               "1. 鼓励各国恢复退化土地；", "2. 请秘书长就本决议的执行情况提出报告。"]
    found = rules(make(tmp_path, chinese, "chinese.docx"), lib)
    assert found.get("preambular-end") == [2]


# -- clauses quoted with their own number -------------------------------------------------------------------------------

def test_a_clause_quoted_in_straight_marks_holds_no_stray_full_stop(lib: library.Library, tmp_path: Path) -> None:
    body = [*MUN_HEAD, "The General Assembly,", "Alarmed by the loss of arable land every year,",
            '1. Resolves to amend clause 2 of resolution ECOFIN/1.1 to read: "2. Invites States to plant native '
            'trees;" and to keep its other clauses;',
            "2. Requests the Secretariat to circulate the amended text."]
    found = rules(make(tmp_path, body), lib)
    assert "stray-full-stop" not in found, found


def test_a_quoted_clauses_mark_is_not_the_quoting_clauses_end(lib: library.Library, tmp_path: Path) -> None:
    quoting = "1. Resolves to replace clause 4 of resolution ECOFIN/1.1 with the following: “4. Urges States to " \
              "map degraded land;”"
    body = [*MUN_HEAD, "The General Assembly,", "Alarmed by the loss of arable land every year,", quoting,
            "2. Requests the Secretariat to circulate the amended text."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("operative-end") == [7]
    # with its own mark after the closing quotation mark, the quoting clause ends rightly
    found = rules(make(tmp_path, [*body[:6], quoting + ";", body[7]], "right.docx"), lib)
    assert "operative-end" not in found
    # a quoted title whose comma a writer set inside the closing mark is no quoted clause
    titled = 'Welcoming the campaign "Land for Life,"'
    found = rules(make(tmp_path, [*body[:5], titled, quoting + ";", body[7]], "title.docx"), lib)
    assert "preambular-end" not in found and "operative-end" not in found


# -- a list's joiner on its last item -----------------------------------------------------------------------------------

def test_the_last_item_ending_with_and_leaves_its_clause_without_its_mark(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    body = [*UN_HEAD, "The General Assembly,", "Alarmed by the loss of arable land every year,",
            "1. Calls upon States to adopt national plans that include:",
            "(a) a map of degraded land;", "(b) a seed bank of native species; and", "(c) a yearly report; and",
            "2. Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, body), lib)
    assert found.get("sub-end") == [17], found
    right = [*body[:16], "(c) a yearly report;", body[17]]
    found = rules(make(tmp_path, right, "right.docx"), lib)
    assert "sub-end" not in found  # "; and" before the last item hands on


# -- a Council draft's symbol -------------------------------------------------------------------------------------------

def test_a_council_drafts_symbol_lacks_no_l(lib: library.Library, tmp_path: Path) -> None:
    body = ["S/2031/212", "Distr.: Limited", "9 May 2031", "Original: English", "Security Council",
            "Ghana and Norway: draft resolution", "The Security Council,",
            "Recalling its resolutions on the protection of civilians,",
            "1. Demands that all parties allow humanitarian access;", "2. Decides to remain seized of the matter."]
    found = rules(make(tmp_path, body), lib)
    assert "symbol-draft" not in found, found
    # a General Assembly text with limited distribution and sponsors still lacks its "/L."
    assembly = ["A/C.2/86/9", *UN_HEAD[1:], "The General Assembly,", "Alarmed by the loss of arable land,",
                "1. Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, assembly, "assembly.docx"), lib)
    assert found.get("symbol-draft") == [1]


# -- labels past (z) and a roman numeral miswritten ---------------------------------------------------------------------

def test_a1_after_z_and_a_miswritten_roman_are_out_of_sequence(lib: library.Library, tmp_path: Path) -> None:
    labels = _letters(28)
    items = [f"{label} measure number {i + 1};" for i, label in enumerate(labels)]
    body = [*UN_HEAD, "The General Assembly,", "Alarmed by the loss of arable land every year,",
            "1. Calls upon States to take the following measures:", *items,
            "2. Requests the Secretary-General to report on the present resolution."]
    found = rules(make(tmp_path, body), lib)
    assert "sub-label-sequence" not in found  # (aa) and (bb) follow (z)
    pupil = [*body[:40], "(a1) measure number 27;", "(a2) measure number 28;", body[-1]]
    found = rules(make(tmp_path, pupil, "pupil.docx"), lib)
    assert found.get("sub-label-sequence") == [41, 42], found
    romans = [*body[:14], "(i) measure one;", "(ii) measure two;", "(iix) measure three;", "(iv) measure four;",
              body[-1]]
    found = rules(make(tmp_path, romans, "roman.docx"), lib)
    assert found.get("sub-label-sequence") == [17], found
