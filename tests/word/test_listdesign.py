"""Planned changes to Word lists (drafter.word.listdesign): where a level's form is changed, what a plan adds to
numbering.xml, and that the labels counted from the edited numbering.xml are the ones the plan promised."""

from __future__ import annotations

import copy
from typing import Any

from docx.oxml import parse_xml
from lxml import etree
from wordlists import CLAUSES, NS, abstract, lvl, num, start_override

from drafter.word import listdesign
from drafter.word.listdesign import AddList, LevelForm, ReformLevel
from drafter.word.numbering import Assignment, Numbering

LETTERS = LevelForm("lowerLetter", "(%2)")


def lists(xml: str) -> Any:
    """A w:numbering element holding ``xml``."""
    return parse_xml(f"<w:numbering {NS}>{xml}</w:numbering>")


def shown(numbering_xml: Any, assignments: list[Assignment]) -> list[str]:
    return [label.text if label else "" for label in Numbering(numbering_xml, {}).labels(assignments)]


def made(root: Any, proposal: listdesign.Proposal) -> Any:
    """A copy of ``root`` with the proposal's edits made (each once more, to see that a second time changes
    nothing)."""
    edited = copy.deepcopy(root)
    for edit in proposal.edits:
        assert listdesign.apply(edited, edit)
    once = etree.tostring(edited)
    for edit in proposal.edits:
        assert listdesign.apply(edited, edit)
    assert etree.tostring(edited) == once
    return edited


def test_a_form_like_a_label() -> None:
    assert LevelForm.like("(a)", 1) == LevelForm("lowerLetter", "(%2)")
    assert LevelForm.like("（a）", 1) == LevelForm("lowerLetter", "（%2）")
    assert LevelForm.like("a)", 0) == LevelForm("lowerLetter", "%1)")
    assert LevelForm.like("i.", 2) == LevelForm("lowerRoman", "%3.")
    assert LevelForm.like("1.", 0) == LevelForm("decimal", "%1.")
    assert LevelForm.like("一、", 0) == LevelForm("chineseCounting", "%1、")
    assert LevelForm.like("•", 1) is None and LevelForm.like("第一条", 0) is None and LevelForm.like("(b)", 1) is None


ROMAN = abstract(1, [lvl(0), lvl(1, "lowerRoman", "%2.")])
PLACES: list[Assignment] = [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1)]


def test_every_paragraph_of_the_level_changes_the_level_itself() -> None:
    root = lists(ROMAN + num(1, 1))
    proposal = listdesign.restyle(Numbering(root, {}), PLACES, {1, 2, 4}, lambda level: LETTERS)
    assert proposal is not None
    assert proposal.edits == [ReformLevel("1", 1, LETTERS)] and proposal.moves == {}
    edited = made(root, proposal)
    assert shown(edited, PLACES) == ["1.", "(a)", "(b)", "2.", "(a)"]
    assert shown(edited, PLACES) == [label.text if label else "" for label in proposal.labels(PLACES)]


def test_some_paragraphs_of_the_level_get_an_instance_of_their_own() -> None:
    """Only the first sub-list is meant to change: it gets a w:num whose override gives the level its form, and
    the other keeps its "i."."""
    root = lists(ROMAN + num(1, 1) + num(2, 1, start_override(1, 5)))
    numbering = Numbering(root, {})
    proposal = listdesign.restyle(numbering, PLACES, {1, 2}, lambda level: LETTERS)
    assert proposal is not None
    assert proposal.edits == [AddList(3, 1, "1", 1, form=LETTERS)]
    assert proposal.moves == {1: (3, 1), 2: (3, 1)}
    edited = made(root, proposal)
    moved = [proposal.moves.get(i, a) for i, a in enumerate(PLACES)]
    assert shown(edited, moved) == ["1.", "(a)", "(b)", "2.", "i."]
    added = edited.findall(f"{listdesign.W}num")[-1]
    assert added.get(f"{listdesign.W}numId") == "3" and added.find(f".//{listdesign.W}startOverride") is None


def test_a_level_an_instance_defines_itself_is_changed_there() -> None:
    override = f'<w:lvlOverride w:ilvl="1">{lvl(1, "chineseCounting", "（%2）")}</w:lvlOverride>'
    root = lists(abstract(1, CLAUSES) + num(1, 1) + num(2, 1, override))
    places: list[Assignment] = [(1, 0), (1, 1), (1, 0), (2, 1), (2, 1)]
    assert shown(root, places) == ["1.", "(a)", "2.", "（一）", "（二）"]
    form = LevelForm("lowerLetter", "（%2）")
    proposal = listdesign.restyle(Numbering(root, {}), places, {3, 4}, lambda level: form)
    assert proposal is not None and proposal.edits == [ReformLevel("1", 1, form, num_id=2)]
    assert shown(made(root, proposal), places) == ["1.", "(a)", "2.", "（a）", "（b）"]


def test_no_plan_when_another_label_would_change() -> None:
    """Level 2 shows the number of level 1 ("1.i"): changing level 1 alone would change it, so there is no plan."""
    root = lists(abstract(1, [lvl(0), lvl(1, "lowerRoman", "%2."), lvl(2, "lowerRoman", "%2.%3")]) + num(1, 1))
    places: list[Assignment] = [(1, 0), (1, 1), (1, 2)]
    assert listdesign.restyle(Numbering(root, {}), places, {1}, lambda level: LETTERS) is None


def test_a_restart_is_a_start_override_of_an_instance_of_their_own() -> None:
    root = lists(abstract(3, [lvl(0), lvl(1, "lowerLetter", "(%2)")]) + num(3, 3))
    places: list[Assignment] = [None, (3, 1), (3, 1), None, (3, 1), (3, 1)]
    assert shown(root, places) == ["", "(a)", "(b)", "", "(c)", "(d)"]
    proposal = listdesign.restart(Numbering(root, {}), places, {4, 5}, 1)
    assert proposal is not None and proposal.edits == [AddList(4, 3, "3", 1, start=1)]
    moved = [proposal.moves.get(i, a) for i, a in enumerate(places)]
    assert shown(made(root, proposal), moved) == ["", "(a)", "(b)", "", "(a)", "(b)"]
    assert listdesign.restart(Numbering(root, {}), places, {1, 3}, 1) is None  # not one instance and level


def test_a_first_level_restarted_where_all_its_paragraphs_move_changes_its_start() -> None:
    root = lists(abstract(1, [lvl(0, start=5), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1))
    places: list[Assignment] = [(1, 0), (1, 1), (1, 0)]
    proposal = listdesign.restart(Numbering(root, {}), places, {0, 2}, 1)
    assert proposal is not None and proposal.edits == [listdesign.SetStart("1", 0, 1)] and proposal.moves == {}
    assert shown(made(root, proposal), places) == ["1.", "(a)", "2."]
    # the first paragraph is left where it is: the others get an instance of their own
    later = listdesign.restart(Numbering(root, {}), places, {2}, 2)
    assert later is not None and later.edits == [AddList(2, 1, "1", 0, start=2)]


def test_a_form_replaces_word_2010_choices_and_legal_numbering() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    level = parse_xml(f'<w:lvl {NS} xmlns:mc="{mc}" w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent>'
                      '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>'
                      '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:isLgl/>'
                      '<w:lvlText w:val="%1)"/></w:lvl>')
    listdesign.set_form(level, LevelForm("decimal", "%1."))
    assert [child.tag.split("}")[1] for child in level] == ["start", "numFmt", "lvlText"]
    assert level.find(f"{listdesign.W}lvlText").get(f"{listdesign.W}val") == "%1."


def test_an_edit_on_lists_that_are_not_there_is_refused() -> None:
    root = lists(ROMAN + num(1, 1))
    before = etree.tostring(root)
    assert not listdesign.apply(root, ReformLevel("9", 1, LETTERS))
    assert not listdesign.apply(root, ReformLevel("1", 1, LETTERS, num_id=1))  # no override of its own there
    assert not listdesign.apply(root, AddList(5, 8, "1", 1, form=LETTERS))
    assert etree.tostring(root) == before
