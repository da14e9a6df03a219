"""Write annotations.yaml for holdout-zh30 from a table naming each faulty paragraph by a snippet of its text.

Each snippet must occur in exactly one paragraph (the non-empty lines after the two "#" lines), and every "…" quote
of a note must be in that paragraph. Frozen with the blind commit.
"""
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

# file -> [(snippet, kind, note)]
FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "zh-01-ga2-rural-women-digital-tag-after-mark-zhi-er.txt": [
        ("宽带和移动网络覆盖；（修正案一）", "other",
         '"…移动网络覆盖；（修正案一）" - the amendment tag "（修正案一）" left after the clause\'s end mark; the '
         'amendment is worked into the text and the clause ends with its semicolon («…宽带和移动网络覆盖；») '
         '(ZH-A01, MUN-A04, UN-B16, ZH-B03)'),
        ("3之二.", "numbering",
         '"3之二." - a clause inserted by amendment numbered "3之二."; operative clauses are numbered consecutively '
         'with Arabic numerals («4.», the clauses after it renumbered) (UN-B07, ZH-B03)'),
        ("【删除】在其能力范围内【/删除】", "other",
         '"【删除】在其能力范围内【/删除】" - words struck by an amendment left in the clause between typed '
         '【删除】 marks; they are removed («邀请国际金融机构支持农村数字基础设施项目；») (MUN-A04, UN-B16, ZH-A01)'),
        ("（友好修正案）", "other",
         '"（友好修正案）" - the label of a friendly amendment left as a paragraph of its own between clauses 4 and '
         '5; a friendly amendment is worked into the text with no mark, the line is removed (MUN-A01, ZH-A01, UN-B16)'),
    ],
    "zh-02-hrc-climate-children-trad-zeng-jia-di3tiao-zhi-yi.txt": [
        ("【增加】包括原住民兒童", "other",
         '"【增加】包括原住民兒童和身心障礙兒童" - words added by an amendment still marked with the typed tag '
         '【增加】; they are worked into the clause without the tag («確保受災地區的兒童，包括原住民兒童和身心障礙兒童，'
         '能夠…») (ZH-A01, MUN-A04, UN-B16)'),
        ("第3條之一", "numbering",
         '"第3條之一" - a clause inserted by amendment labelled "第3條之一"; operative clauses are numbered '
         'consecutively with Arabic numerals and a full stop, not 第…條 («4.», the clauses after it renumbered) '
         '(UN-B07, ZH-B03)'),
        ("對兒童心理健康的影響。", "operative-end-mark",
         '"…評估氣候相關災害對兒童心理健康的影響。" - clause 4, retyped from the amendment sheet when its verb '
         'was changed (請 → 敦促), kept the sheet\'s "。"; it is not the last clause and ends with «；» '
         '(ZH-B03, UN-B09, ZH-B05)'),
    ],
    "zh-03-sc-sahel-gap-moved-sub-clause-tilde-words.txt": [
        ("(d) 在边境口岸", "sub-clause-label",
         '"(d) 在边境口岸…" right after sub-clause (b) - sub-clause (c) was moved to another clause and the letters were not '
         'closed up («(c)») (UN-B10, ZH-B04)'),
        ("~~在必要时~~", "numbering",
         '"4. 请各会员国…" right after clause 2 - clause 3 was struck and the numbers were not closed up («3.», '
         'the clauses after it renumbered) (UN-B07, ZH-B03)'),
        ("~~在必要时~~", "other",
         '"~~在必要时~~" - words struck by an amendment left in the clause between strike marks ~~; they are '
         'removed («请各会员国向萨赫勒五国联合部队提供后勤和资金支助；») (MUN-A04, UN-B16, ZH-A01)'),
        ("重返社会方案；", "operative-end-mark",
         '"…重返社会方案；" - clause 5 is now followed by a sub-clause moved under it, but still ends with "；"; a '
         'clause that introduces sub-clauses ends with «：» (UN-B11, ZH-B04)'),
        ("(c) 为脱离武装团体", "sub-clause-label",
         '"(c) 为脱离武装团体的青年…" - a sub-clause moved from clause 2 kept its label "(c)": it is the only '
         'sub-clause of clause 5 and its letters start at «(a)»; a single sub-clause is not a list (worked into the '
         'clause) (UN-B10, MUN-F06, ZH-B04)'),
    ],
    "zh-04-ga1-disarmament-education-3bis-amendment-pasted.txt": [
        ("在线学习资源（已修正）；", "other",
         '"…在线学习资源（已修正）；" - the amendment tag "（已修正）" left in the clause; a clause amended in '
         'debate carries no mark («…继续开发多语种的在线学习资源；») (ZH-A01, MUN-A04, UN-B16)'),
        ("3bis.", "numbering",
         '"3bis." - a clause inserted by amendment numbered "3bis."; operative clauses are numbered consecutively '
         '(«4.», the clause after it «5.») (UN-B07, ZH-B03)'),
        ("修正案一（友好修正案）", "other",
         '"修正案一（友好修正案）" - the title of the amendment sheet pasted below the last clause; the amendment is '
         'already worked into the text (clause 3bis), nothing follows the last clause\'s full stop (ZH-A01, MUN-A04, '
         'ZH-B05)'),
        ("提交国：爱尔兰、菲律宾", "other",
         '"提交国：爱尔兰、菲律宾" - the submitters of the amendment, from the pasted amendment sheet, below the last '
         'clause; removed (the amendment is not part of the resolution) (ZH-A01, MUN-A04, ZH-B05)'),
        ("在第3条之后增加一条", "other",
         '"在第3条之后增加一条：“…”" - the instruction of the amendment pasted below the last clause; removed (its '
         'clause is already in the text) (ZH-A01, MUN-A04, ZH-B05)'),
    ],
    "zh-05-wha-essential-medicines-clean-amended.txt": [],
    "zh-06-unea-sand-dust-storms-clean-amended.txt": [],
}


def paragraphs(path: Path) -> list[str]:
    """The non-empty lines after the two "#" lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# source:") and lines[1].startswith("# format:"), path
    return [line for line in lines[2:] if line.strip()]


def main() -> None:
    out: dict[str, dict[str, list[dict[str, object]]]] = {}
    for name, faults in FAULTS.items():
        paras = paragraphs(HERE / name)
        entries = []
        for snippet, kind, note in faults:
            hits = [i for i, p in enumerate(paras, 1) if snippet in p]
            assert len(hits) == 1, (name, snippet, hits)
            for quote in note.split('"')[1::2]:
                for part in quote.split("…"):
                    assert part.strip() in paras[hits[0] - 1], (name, quote)
            entries.append({"paragraph": hits[0], "kind": kind, "note": note})
        out[name] = {"faults": entries}
    header = (
        "# Annotations of true format faults, one list per draft file (see README.md for conventions).\n"
        "# paragraph = 1-based index over non-empty lines after the two leading comment lines.\n"
        "# In notes, \"...\" quotes the draft text; «...» is the form FORMAT.md expects or text that is missing.\n"
        "# Written by holdout-zh30 before anything of drafter was run on these texts (kept as first written).\n"
        "# Generated by build_annotations.py.\n")
    text = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=10000, default_flow_style=None)
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    main()
