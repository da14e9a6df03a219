"""Write annotations.yaml for holdout-zh38 from the table below (run once, before any run of drafter).

Each row names a faulty paragraph by a snippet of its text; the snippet must be in exactly one paragraph, and every
"…" quote of the note must be in that paragraph. Paragraphs: for .txt the non-empty lines after the two "#" comment
lines; for .md the non-empty lines after the front matter, "---" rules left out (each line of these drafts is a
paragraph of its own: none is wrapped)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
AT = "the assistant's"

FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "zh-01-ga2-sids-adaptation-finance-wenxin-preface-bold-fields.txt": [
        ("供您参考", "other", f'{AT} own sentence "以下是一份关于小岛屿发展中国家气候适应融资问题的决议草案，供您参考：" pasted above '
         "the draft (the chat's answer, not part of a resolution; delete) (UN-B01)"),
        ("**决议草案**", "other", 'Markdown bold marks "**" typed around the title "**决议草案**" (left in the text as characters; '
         "delete them: «决议草案») (ZH-H01)"),
        ("**委员会：**", "other", 'Markdown bold marks "**" typed around the heading field name "**委员会：**" (left in the text; '
         "delete them: «委员会：联合国大会第二委员会») (ZH-H01)"),
        ("**议题：**", "other", 'Markdown bold marks "**" typed around the heading field name "**议题：**" (left in the text; '
         "delete them) (ZH-H01)"),
        ("**起草国：**", "other", 'Markdown bold marks "**" typed around the heading field name "**起草国：**" (left in the text; '
         "delete them) (ZH-H01)"),
        ("**附议国：**", "other", 'Markdown bold marks "**" typed around the heading field name "**附议国：**" (left in the text; '
         "delete them) (ZH-H01)"),
        ("**附议国：**", "heading-field-missing", f'the 附议国 field holds only {AT} placeholder "[国家名称]、[国家名称]": '
         "no co-sponsor is named («附议国：萨摩亚、瓦努阿图……») (ZH-H01)"),
        ("序言性条款", "other", f'{AT} section heading "序言性条款" left between 大会， and the first preambular clause (not part '
         "of a resolution; delete) (UN-B01)"),
        ("深为关切地注意到", "preambular-end-mark", 'preambular clause ends with "；" («……远低于其实际需求，») (ZH-B02, UN-B05)'),
        ("行动性条款", "other", f'{AT} section heading "行动性条款" left between the preamble and clause 1 (not part of a '
         "resolution; delete) (UN-B01)"),
        ("4. 各会员国应", "operative-without-verb", '"4. 各会员国应加强" - the clause opens with its subject and 应, not with an '
         "operative verb («4. 促请各会员国加强……») (ZH-B03, UN-B06)"),
        ("希望对你有帮助", "other", f'{AT} closing offer "希望对你有帮助！如果需要调整格式" left under the last clause (the chat\'s '
         "answer, not part of a resolution; delete) (UN-B01)"),
    ],
    "zh-02-sc-car-deepseek-md-subheadings-restart.md": [
        ("好的，以下是", "other", f'{AT} own sentence "好的，以下是一份按照模拟联合国格式撰写的安理会决议草案：" pasted above the '
         "draft (the chat's answer, not part of a resolution; delete) (UN-B01)"),
        ("### 序言部分", "other", f'{AT} section heading "序言部分" (a Markdown heading) left above 安全理事会， (not part of a '
         "resolution; delete) (UN-B01)"),
        ("### 执行部分", "other", f'{AT} section heading "执行部分" (a Markdown heading) left between the preamble and clause 1 '
         "(not part of a resolution; delete) (UN-B01)"),
        ("一、保护平民", "other", f'{AT} thematic section heading "一、保护平民" inside the operative part (not part of a '
         "resolution; delete) (UN-B01)"),
        ("二、政治进程与选举", "other", f'{AT} thematic section heading "二、政治进程与选举" inside the operative part (not '
         "part of a resolution; delete) (UN-B01)"),
        ("1. **鼓励**", "numbering", '"1." after clause 3 - the numbers restart under the heading 二、政治进程与选举 («4.»; the '
         "three clauses after it continue the restarted count as 2. to 4. and are not annotated again) (ZH-B03, UN-B07)"),
        ("加强国家选举管理局", "sub-clause-label", '"- 加强国家选举管理局" - a Markdown list mark "-" instead of a letter label '
         "(«(a) 加强国家选举管理局的后勤能力；») (ZH-B04, UN-B10)"),
        ("支持选民登记", "sub-clause-label", '"- 支持选民登记" - a Markdown list mark "-" instead of a letter label '
         "(«(b) 支持选民登记和身份证件发放；») (ZH-B04, UN-B10)"),
        ("3. 促请", "emphasis", '"3. 促请该区域各国" - the lead "促请" is not emphasised while every other lead is bold '
         "(«3. **促请**该区域各国……») (ZH-B03, UN-B08)"),
        ("**说明：**", "other", f'{AT} closing note "本草案参照安理会近年关于中非共和国的决议用语拟定" left under the last '
         "clause (the chat's answer, not part of a resolution; delete) (UN-B01)"),
    ],
    "zh-03-ga1-wmd-terrorism-chatgpt-half-width-date-blank.txt": [
        ("XX年X月X日", "other", f'{AT} blanks "XX年X月X日" and "第XX/XX号决议" left in the clause unfilled (give the real date '
         "and symbol, e.g. «2024年12月2日通过的第79/…号决议») (ZH-P02)"),
        ("规定的义务", "half-width-punctuation-in-chinese", 'preambular clause ends with a half-width comma "规定的义务," '
         "(«规定的义务，») (ZH-P01, ZH-B02)"),
        ("深信", "missing-book-title-marks", 'the title of a treaty in quotation marks "“制止核恐怖主义行为国际公约”" instead '
         "of 《》 («《制止核恐怖主义行为国际公约》») (ZH-P01, UN-B15)"),
        ("新兴技术,包括", "half-width-punctuation-in-chinese", 'half-width commas "新兴技术,包括" and "合成生物学,可能" inside '
         "Chinese text («新兴技术，包括», «合成生物学，可能») (ZH-P01)"),
        ("出口管制,并", "half-width-punctuation-in-chinese", 'half-width comma "出口管制,并" inside Chinese text («出口管制，并») '
         "(ZH-P01)"),
        ("3. 鼓励各会员国:", "half-width-punctuation-in-chinese", 'the chapeau ends with a half-width colon "鼓励各会员国:" '
         "(«鼓励各会员国：») (ZH-P01, UN-B11)"),
        ("(c) 加强实验室", "operative-end-mark", '"加强实验室生物安全管理。" - the last sub-clause of clause 3, which is not the last '
         "clause, ends with 。 («加强实验室生物安全管理；») (UN-B09, UN-B11, ZH-B05)"),
    ],
    "zh-04-trad-hrc-indigenous-climate-kimi-md-bullets.md": [
        ("## 決議草案", "heading-field-missing", "no 附議國 line in the heading (only 委員會, 議題 and 起草國) («附議國：……») "
         "(ZH-H01)"),
        ("## 序言性條款", "other", f'{AT} section heading "序言性條款" (a Markdown heading) left above 人權理事會， (not part of a '
         "resolution; delete) (UN-B01)"),
        ("鑑於", "wrong-lead-form", '"鑑於氣候變化正嚴重威脅" - 鑑於 opens the clause instead of a preambular lead verb '
         "(«**關切地注意到**氣候變化正嚴重威脅……» or «**意識到**……») (ZH-B02, UN-B03)"),
        ("深切關注", "preambular-end-mark", 'preambular clause ends with "。" («……參與仍然有限，») (ZH-B02, UN-B05, ZH-B05)'),
        ("## 執行性條款", "other", f'{AT} section heading "執行性條款" (a Markdown heading) left between the preamble and '
         "clause 1 (not part of a resolution; delete) (UN-B01)"),
        ("事先與受影響社區", "sub-clause-label", '"- 事先與受影響社區" - a Markdown list mark "-" instead of a letter label '
         "(«(a) 事先與受影響社區進行真誠協商；») (ZH-B04, UN-B10)"),
        ("建立公平的惠益", "sub-clause-label", '"- 建立公平的惠益分享機制" - a Markdown list mark "-" instead of a letter label '
         "(«(b) 建立公平的惠益分享機制；») (ZH-B04, UN-B10)"),
        ("如需進一步調整", "other", f'{AT} closing offer "如需進一步調整措辭、增加條款或補充附議國名單，歡迎隨時告訴我！" left '
         "under the last clause (the chat's answer, not part of a resolution; delete) (UN-B01)"),
    ],
    "zh-05-un-habitat-heat-doubao-numbered-preamble-no-organ.txt": [
        ("好的！以下是", "other", f'{AT} own sentence "好的！以下是为你生成的一份模联决议草案" pasted above the draft (the '
         "chat's answer, not part of a resolution; delete) (UN-B01)"),
        ("起草国：", "heading-field-missing", f'the 起草国 field holds only {AT} placeholder "[国家名称]": no sponsor is named '
         "(ZH-H01)"),
        ("日期：", "other", f'a date left as {AT} blank "2025年X月X日" (fill in the date, e.g. «2025年11月22日») (ZH-P02)'),
        ("一、序言性条款", "other", f'{AT} section heading "一、序言性条款" left above the first preambular clause (not part of a '
         "resolution; delete) (UN-B01)"),
        ("1. 认识到", "other", "no organ line: the preamble opens without the body's name «联合国人居大会，» (ZH-B01, UN-B01, "
         "UN-B02)"),
        ("1. 认识到", "numbering", 'preambular clause numbered "1." (preambular clauses are not numbered: «认识到极端高温事件……») '
         "(ZH-B02, UN-B05)"),
        ("2. 注意到", "numbering", 'preambular clause numbered "2." (preambular clauses are not numbered) (ZH-B02, UN-B05)'),
        ("3. 强调", "numbering", 'preambular clause numbered "3." (preambular clauses are not numbered) (ZH-B02, UN-B05)'),
        ("4. 关切地注意到", "numbering", 'preambular clause numbered "4." (preambular clauses are not numbered) (ZH-B02, UN-B05)'),
        ("二、行动性条款", "other", f'{AT} section heading "二、行动性条款" left between the preamble and clause 1 (not part of '
         "a resolution; delete) (UN-B01)"),
        ("以上草案可以", "other", f'{AT} closing wish "以上草案可以根据你所代表国家的立场进行修改，祝你在会议中取得好成绩！" left '
         "under the last clause (the chat's answer, not part of a resolution; delete) (UN-B01)"),
    ],
    "zh-06-wha-rare-diseases-qwen-md-cleaned.md": [
        ("促进罕见病药物", "half-width-punctuation-in-chinese", 'clause 2 ends with a half-width semicolon "公平获取;" '
         "(«公平获取；») (ZH-P01, ZH-B03)"),
    ],
}


def paragraphs(path: Path) -> list[str]:
    """The paragraphs of a draft as this set counts them (see the module docstring)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".md":
        if lines and lines[0].strip() == "---":
            end = lines.index("---", 1)
            lines = lines[end + 1:]
        return [line for line in lines if line.strip() and line.strip() != "---"]
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def main() -> None:
    out: dict[str, dict[str, list[dict[str, object]]]] = {}
    for name in sorted(p.name for p in HERE.iterdir() if p.suffix in (".txt", ".md") and p.name.startswith("zh-")):
        paras = paragraphs(HERE / name)
        entries = []
        for snippet, kind, note in FAULTS.get(name, []):
            found = [i for i, text in enumerate(paras, 1) if snippet in text]
            assert len(found) == 1, (name, snippet, found)
            for quote in re.findall(r'"([^"]+)"', note):
                assert quote in paras[found[0] - 1] or quote in ("**", "-"), (name, quote)
            entries.append({"paragraph": found[0], "kind": kind, "note": note})
        out[name] = {"faults": sorted(entries, key=lambda e: int(str(e["paragraph"])))}
    text = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=1000)
    (HERE / "annotations.yaml").write_text(text, encoding="utf-8")
    for name, entry in out.items():
        print(name, len(entry["faults"]))


if __name__ == "__main__":
    main()
