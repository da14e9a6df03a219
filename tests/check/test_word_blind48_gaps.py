"""The general causes behind word-blind48's first-run misses and false alarms (bench/students/word-blind48), on
sentences of our own: Chinese drafts whose labels come from Word / WPS lists in East Asian number formats.

* Word's labels in another form than "1." ("第二条") are judged for their form also when a clause number typed by
  hand ("第一条") stands among them (the mix was reported, the forms of Word's labels were not);
* a clause pushed down to the items' level is one finding (operative-sub-level), not a second one on the item
  label Word shows it ("（三）");
* a number typed in the form Word's list shows ("四、" after Word's "一、" "二、" "三、"), one past the last, after a
  clause that ends as a clause ends, is the next clause, not an item of the one before;
* a list whose first level numbers only topic headings ("壹、养护资金", "A. Funding") and whose second numbers the
  clauses under them is read with its clauses at the clause level: the headings are section headings, the
  clauses numbered, their items items."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para
from wordlists import abstract, lvl, num, numbered_draft, start_override

from drafter import library

ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第二委员会", "议题：城市行道树的养护", "起草国：智利、蒙古",
                       "附议国：加纳、挪威、泰国", [("大会", "b"), ("，", "")],
                       [("认识到", "b"), ("行道树能够降低城市夏季的气温，", "")],
                       [("关切", "b"), ("许多城市的行道树因缺乏养护而死亡，", "")]]
EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Street trees in growing cities", "Sponsors: Chile, Mongolia",
                       "Signatories: Ghana, Norway, Thailand", [("The General Assembly", "i"), (",", "")],
                       [("Recognizing", "i"), (" that street trees cool cities during summer heat,", "")],
                       [("Concerned", "i"), (" that many young street trees die for lack of care,", "")]]


def _draft(tmp_path: Path, paragraphs: list[Para], lists: str, numbered: dict[int, tuple[int, int]],
           name: str = "zh.docx") -> Path:
    return numbered_draft(tmp_path, paragraphs, lists, numbered, name)


def test_word_labels_in_another_form_are_judged_beside_a_typed_number(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("第一条　", ""), ("鼓励", "b"), ("各城市为行道树建立养护档案；", "")],
            [("促请", "b"), ("各国在城市规划中为树木根系保留足够的空间；", "")],
            [("请", "b"), ("联合国人类住区规划署编写行道树养护的技术指南；", "")],
            [("决定", "b"), ("继续审议这一问题。", "")]]
    lists = abstract(1, [lvl(0, "chineseCounting", "第%1条", suff="space")]) + num(1, 1, start_override(0, 2))
    found = rules(_draft(tmp_path, body, lists, {9: (1, 0), 10: (1, 0), 11: (1, 0)}), lib)
    assert found.get("numbering-mixed") == [9]
    assert found.get("numbering-form") == [10, 11, 12]  # "第二条" "第三条" "第四条": «2.» «3.» «4.»


def test_a_clause_pushed_down_is_not_also_an_item_in_the_wrong_style(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("鼓励", "b"), ("各城市为行道树建立养护档案；", "")], [("请", "b"), ("各地园林部门：", "")],
            "每年冬季修剪病枝和枯枝；", "及时补种死亡的树木；", [("呼吁", "b"), ("居民参与认养社区内的行道树；", "")],
            [("决定", "b"), ("继续审议这一问题。", "")]]
    lists = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "japaneseCounting", "（%2）", suff="nothing")]) + num(1, 1)
    numbered = {8: (1, 0), 9: (1, 0), 10: (1, 1), 11: (1, 1), 12: (1, 1), 13: (1, 0)}
    found = rules(_draft(tmp_path, body, lists, numbered), lib)
    assert found.get("operative-sub-level") == [13]  # Word shows it "（三）"
    assert found.get("sub-label-style") == [11, 12]  # the two items' "（一）" "（二）", not the clause's "（三）"


def test_a_typed_number_continuing_word_count_is_the_next_clause(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("鼓励", "b"), ("各城市为行道树建立养护档案；", "")],
            [("促请", "b"), ("各国在城市规划中为树木根系保留足够的空间；", "")],
            [("请", "b"), ("联合国人类住区规划署编写行道树养护的技术指南；", "")],
            [("四、", ""), ("决定", "b"), ("继续审议这一问题。", "")]]
    lists = abstract(1, [lvl(0, "chineseCounting", "%1、", suff="nothing")]) + num(1, 1)
    found = rules(_draft(tmp_path, body, lists, {8: (1, 0), 9: (1, 0), 10: (1, 0)}), lib)
    assert "sub-label-sequence" not in found and "chapeau-colon" not in found
    assert found.get("numbering-mixed") == [12]
    assert found.get("numbering-form") == [9, 10, 11]  # Word's "一、" "二、" "三、"


def test_headings_on_the_first_level_over_clauses_on_the_second(tmp_path: Path, lib: library.Library) -> None:
    zh = [*ZH_HEAD, "养护资金", [("鼓励", "b"), ("各城市为行道树养护设立专项资金；", "")],
          [("请", "b"), ("各地园林部门：", "")], "每年冬季修剪病枝和枯枝；", "及时补种死亡的树木；", "公众参与",
          [("邀请", "b"), ("学校组织学生认养校园周边的树木；", "")], [("决定", "b"), ("继续审议这一问题。", "")]]
    en = [*EN_HEAD, "Funding", [("Encourages", "i"), (" cities to set aside funds for the care of street trees;", "")],
          [("Requests", "i"), (" municipal parks departments:", "")], "to prune dead branches every winter;",
          "to replace trees that have died;", "Public participation",
          [("Invites", "i"), (" schools to adopt the trees around their grounds;", "")],
          [("Decides", "i"), (" to remain seized of the matter.", "")]]
    for body, head, fmt, name in ((zh, len(ZH_HEAD), "chineseLegalSimplified", "zh.docx"),
                                  (en, len(EN_HEAD), "upperLetter", "en.docx")):
        lists = abstract(1, [lvl(0, fmt, "%1、" if name == "zh.docx" else "%1."), lvl(1, "decimal", "%2."),
                             lvl(2, "lowerLetter", "(%3)")]) + num(1, 1)
        levels = [0, 1, 1, 2, 2, 0, 1, 1]
        found = rules(_draft(tmp_path, body, lists, {head + i: (1, level) for i, level in enumerate(levels)}, name),
                      lib)
        first = head + 1  # 1-based index of the first heading
        assert found.get("section-heading") == [first, first + 5], name
        assert "numbering-absent" not in found and "operative-end" not in found, name
        assert found.get("numbering-sequence") == [first + 6], name  # "1." again under the second heading: «3.»
