"""The general causes behind word-blind37's first-run misses and false alarms (bench/students/word-blind37), on
sentences of our own: drafts written in Markdown and converted to Word — the last clauses left as a task list (a
bullet list of their own after the numbered clauses, a check box "☐" / "☒" typed before the lead), and a clause
typed with its own number ("4、", "4.") on the line of the clause before it, which Markdown joins to that clause as
a lazy continuation line, inside a paragraph Word's list numbers."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Community seed banks",
                    "Sponsors: Bolivia, Nepal", "Signatories: Benin, Fiji, Laos"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PREAMBLE: list[Para] = [[("Noting", "i"), (" that farmers keep many local seed varieties alive,", "")],
                        [("Aware", "i"), (" that floods can wipe out a village's seed store in one night,", "")]]
CLAUSES: list[Para] = [[("Encourages", "i"), (" Member States to support seed banks run by villages;", "")],
                       [("Invites", "i"), (" research institutes to store duplicates of local varieties;", "")],
                       [("Calls upon", "i"), (" donors to fund dry and flood-safe storage rooms;", "")]]

ZH_HEAD: list[Para] = ["委员会：大会第二委员会", "议题：社区种子库", "起草国：秘鲁、尼泊尔", "附议国：贝宁、斐济"]
ZH_ORGAN: Para = [("大会", "b"), ("，", "")]
ZH_PREAMBLE: list[Para] = [[("注意到", "b"), ("农民保存了许多地方种子品种，", "")],
                           [("意识到", "b"), ("洪水可能在一夜之间毁掉一个村庄的种子储备，", "")]]


def _lists(path: Path, places: dict[int, tuple[int, int]]) -> None:
    """Number paragraphs (0-based) with Word lists: index -> (numId, ilvl); numId 901 is a decimal list "%1." and
    902 a bullet list "•" (both new, each its own abstractNum)."""
    doc = Document(str(path))
    numbering = doc.part.numbering_part.element
    for aid, fmt, text in ((901, "decimal", "%1."), (902, "bullet", "•")):
        abstract = etree.SubElement(numbering, f"{{{W}}}abstractNum")
        abstract.set(f"{{{W}}}abstractNumId", str(aid))
        for ilvl in range(2):
            lvl = etree.SubElement(abstract, f"{{{W}}}lvl")
            lvl.set(f"{{{W}}}ilvl", str(ilvl))
            for tag, value in (("start", "1"), ("numFmt", fmt), ("lvlText", text.replace("1", str(ilvl + 1)))):
                etree.SubElement(lvl, f"{{{W}}}{tag}").set(f"{{{W}}}val", value)
            ind = etree.SubElement(etree.SubElement(lvl, f"{{{W}}}pPr"), f"{{{W}}}ind")
            ind.set(f"{{{W}}}left", str(720 * (ilvl + 1)))
            ind.set(f"{{{W}}}hanging", "360")
    for nid in (901, 902):
        num = etree.SubElement(numbering, f"{{{W}}}num")
        num.set(f"{{{W}}}numId", str(nid))
        etree.SubElement(num, f"{{{W}}}abstractNumId").set(f"{{{W}}}val", str(nid))
    for at, (nid, ilvl) in places.items():
        ppr = doc.paragraphs[at]._p.get_or_add_pPr()
        num_pr = etree.SubElement(ppr, f"{{{W}}}numPr")
        etree.SubElement(num_pr, f"{{{W}}}ilvl").set(f"{{{W}}}val", str(ilvl))
        etree.SubElement(num_pr, f"{{{W}}}numId").set(f"{{{W}}}val", str(nid))
    doc.save(str(path))


def _draft(tmp_path: Path, tail: list[Para], places: dict[int, tuple[int, int]], name: str = "d.docx",
           head: list[Para] | None = None) -> Path:
    body = [*(head or [*HEAD, ORGAN, *PREAMBLE]), *tail]
    path = make(tmp_path, body, name)
    _lists(path, places)
    return path


TASKS: list[Para] = [[("☒ ", ""), ("Requests", "i"), (" the Food and Agriculture Organization to train keepers;", "")],
                     [("☐ ", ""), ("Decides", "i"), (" to review the matter at its eighty-second session.", "")]]


def test_task_list_clauses_after_the_numbered_ones_are_clauses_without_a_number(tmp_path: Path,
                                                                              lib: library.Library) -> None:
    places = {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (902, 0), 11: (902, 0)}
    found = rules(_draft(tmp_path, [*CLAUSES, *TASKS], places), lib)
    assert found.get("operative-unnumbered") == [11, 12]
    assert not {"chapeau-colon", "sub-label-style", "sub-label-level"} & set(found)


def test_bulleted_clauses_without_check_boxes_after_the_numbered_ones(tmp_path: Path, lib: library.Library) -> None:
    tail = [*CLAUSES, [("Requests", "i"), (" the Secretary-General to report on the seed banks.", "")]]
    found = rules(_draft(tmp_path, tail, {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (902, 0)}), lib)
    assert found.get("operative-unnumbered") == [11]
    assert "chapeau-colon" not in found


def test_bullet_items_under_a_clause_announcing_them_stay_its_items(tmp_path: Path, lib: library.Library) -> None:
    tail = [*CLAUSES[:2], [("Calls upon", "i"), (" donors to fund:", "")], "dry storage rooms;",
            "seed cleaning tools;", [("Requests", "i"), (" a report on the seed banks.", "")]]
    found = rules(_draft(tmp_path, tail, {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (902, 0), 11: (902, 0),
                                          12: (901, 0)}), lib)
    assert "operative-unnumbered" not in found


def test_a_clause_joined_to_a_word_numbered_one_with_its_own_number(tmp_path: Path, lib: library.Library) -> None:
    joined: Para = [("Calls upon", "i"), (" donors to fund dry storage rooms; 4. ", ""), ("Invites", "i"),
                    (" universities to study local varieties;", "")]
    tail = [*CLAUSES[:2], joined, [("Requests", "i"), (" a report on the seed banks.", "")]]
    found = rules(_draft(tmp_path, tail, {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (901, 0)}), lib)
    assert found.get("clause-joined") == [10]
    assert "numbering-sequence" not in found  # Word numbers the clause split off: the next one's "4." is no slip


def test_a_chinese_clause_joined_with_a_number_and_enumeration_comma(tmp_path: Path, lib: library.Library) -> None:
    tail: list[Para] = [[("鼓励", "b"), ("会员国支持由村庄管理的种子库；", "")],
                        [("邀请", "b"), ("研究机构保存地方品种的备份；", "")],
                        [("敦促", "b"), ("捐助方资助防潮防洪的储藏室； 4、", ""), ("请", "b"),
                         ("各大学研究地方品种；", "")],
                        [("决定", "b"), ("在第八十二届会议上审议这一问题。", "")]]
    places = {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (901, 0)}
    found = rules(_draft(tmp_path, tail, places, head=[*ZH_HEAD, ZH_ORGAN, *ZH_PREAMBLE]), lib)
    assert found.get("clause-joined") == [10]
    assert "numbering-sequence" not in found


def test_a_typed_chinese_clause_joined_with_enumeration_comma(tmp_path: Path, lib: library.Library) -> None:
    tail: list[Para] = [[("1. ", ""), ("鼓励", "b"), ("会员国支持由村庄管理的种子库；", "")],
                        [("2. ", ""), ("敦促", "b"), ("捐助方资助防潮防洪的储藏室；3、", ""), ("请", "b"),
                         ("各大学研究地方品种；", "")],
                        [("4. ", ""), ("决定", "b"), ("在第八十二届会议上审议这一问题。", "")]]
    found = rules(_draft(tmp_path, tail, {}, head=[*ZH_HEAD, ZH_ORGAN, *ZH_PREAMBLE]), lib)
    assert found.get("clause-joined") == [9]
    assert "numbering-sequence" not in found


def test_a_number_inside_a_word_numbered_clause_without_a_lead_is_no_clause(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    tail: list[Para] = [[("鼓励", "b"), ("会员国支持由村庄管理的种子库；", "")],
                        [("敦促", "b"), ("捐助方资助下列事项：储藏室；2、种子清选工具；", "")],
                        [("决定", "b"), ("在第八十二届会议上审议这一问题。", "")]]
    found = rules(_draft(tmp_path, tail, {7: (901, 0), 8: (901, 0), 9: (901, 0)},
                         head=[*ZH_HEAD, ZH_ORGAN, *ZH_PREAMBLE]), lib)
    assert "clause-joined" not in found


def test_the_lead_of_a_word_numbered_clause_after_a_check_box(tmp_path: Path, lib: library.Library) -> None:
    tail = [*CLAUSES, TASKS[1]]
    found = rules(_draft(tmp_path, tail, {7: (901, 0), 8: (901, 0), 9: (901, 0), 10: (901, 0)}), lib)
    assert found.get("pasted-artefact") == [11]  # the box is still said
    assert "lead-unknown" not in found  # "Decides", not "☐", is the lead
