"""Chinese drafts of a functional commission on the route through the Economic and Social Council (holdout-zh33, #20),
tested with sentences of our own: the lines that pass the text on, in traditional characters ("麻醉藥品委員會建議經濟及
社會理事會核准下列決議草案：", "建議大會通過下列決議草案：") are heading lines as the simplified ones are, and a decision
written in one paragraph ("经济及社会理事会，回顾……，决定：") over lettered items is the decision's chapeau."""

from __future__ import annotations

from pathlib import Path

from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

HEAD = ["决议草案", "委员会：麻醉药品委员会", "议题：网上销售合成药物", "起草国：斐济、秘鲁", "附议国：乍得"]
BODY = ["回顾其以往关于合成药物的各项决议，", "关切地注意到合成药物经由邮政渠道寄递的数量增加，",
        "1. 敦促会员国培训邮政人员识别可疑包裹；", "2. 请执行主任向委员会下届会议报告。"]


def test_traditional_lines_pass_the_text_on_to_the_assembly(tmp_path: Path, lib: library.Library) -> None:
    passing = ["麻醉藥品委員會建議經濟及社會理事會核准下列決議草案：", "經濟及社會理事會，", "建議大會通過下列決議草案：",
               "大會，"]
    tree = read_structure(reader.read(make(tmp_path, [*HEAD, *passing, *BODY])), lib)
    assert tree.organ is not None and tree.organ.text == "大會，"
    assert [n.text for n in tree.heading] == [*HEAD, *passing[:3]]
    assert len(tree.preamble) == 2 and [n.label for n in tree.operative] == ["1", "2"] and not tree.annexes


def test_a_chinese_decision_in_one_paragraph_is_the_chapeau_of_its_items(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    running = "经济及社会理事会，回顾其以往关于妇女地位委员会工作方法的各项决定，决定："
    items = ["(a) 妇女地位委员会第七十二届会议的优先主题为农村妇女的土地权；", "(b) 请秘书处为互动对话编写背景说明。"]
    head = ["决定草案", "委员会：妇女地位委员会", "议题：农村妇女与土地", "起草国：斐济、秘鲁",
            "妇女地位委员会建议经济及社会理事会通过下列决定草案："]
    tree = read_structure(reader.read(make(tmp_path, [*head, running, *items])), lib)
    assert tree.decision is not None and tree.decision.text == running
    assert tree.operative == [tree.decision] and [c.label for c in tree.decision.children] == ["(a)", "(b)"]
    assert tree.organ is None and not tree.preamble
    # traditional characters: the same reading
    trad = ["經濟及社會理事會，回顧其以往的各項決定，決定：", "(a) 第七十二屆會議的優先主題為農村婦女的土地權；",
            "(b) 請秘書處編寫背景說明。"]
    tree = read_structure(reader.read(make(tmp_path, [*head, *trad], "trad.docx")), lib)
    assert tree.decision is not None and [c.label for c in tree.decision.children] == ["(a)", "(b)"]
    # a paragraph that names another body than an organ, or has no items under it, is no decision
    other = ["各会员国，回顾其承诺，决定：", *items]
    assert read_structure(reader.read(make(tmp_path, [*head, *other], "other.docx")), lib).decision is None
    alone = [*head, running[:-1] + "推迟审议该问题。"]
    assert read_structure(reader.read(make(tmp_path, alone, "alone.docx")), lib).decision is None
