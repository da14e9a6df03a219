"""Every word the ``drafter new`` questions say, in English and Chinese (the widgets' own help lines are in
:mod:`drafter.interview.questionnaire`)."""

from __future__ import annotations

from typing import Any

# Every message in both languages; {fields} are filled by format(). Chinese lines fit 80 columns.
MESSAGES: dict[str, tuple[str, str]] = {
    "language": ("Language of the document / 文件语言", "Language of the document / 文件语言"),
    "kind": ("What do you want to draft?", "您要起草什么文件？"),
    "resolution": ("A draft resolution", "决议草案"),
    "position-paper": ("A position paper", "立场文件"),
    "committee": ("Committee", "委员会"),
    "agenda": ("Topic", "议题"),
    "country": ("Your country: type part of its name (English or Chinese) or ISO3 code",
                "您代表的国家：输入中文或英文国名的一部分或ISO3代码，回车选定"),
    "country-bad": ("No State by that name or code; type part of it and choose from the list",
                    "没有这个国名或代码；请输入部分名称并从列表中选择"),
    "country-blocs": ("{name}: blocs {blocs}", "{name}所属立场集团：{blocs}"),
    "profile": ("Format of the conference", "会议文件格式"),
    "profile-un": ("UN style (symbol, sponsor line, title)", "联合国格式（文件编号、起草国行、标题）"),
    "profile-una-usa": ("UNA-USA (Committee / Topic / Sponsors / Signatories)", "UNA-USA 格式（委员会/议题/起草国/附议国）"),
    "profile-thimun": ("THIMUN (FORUM / QUESTION OF / SUBMITTED BY)", "THIMUN 格式（论坛/议题/主提交国）"),
    "profile-cn-mun": ("Chinese MUN (决议草案 / 委员会 / 议题 / 起草国 / 附议国)", "中文模联格式（起草国/附议国/草案编号）"),
    "sponsors": ("Sponsors", "起草国"),
    "sponsors-un": ("Sponsors (the line before “: draft resolution”)", "起草国（列在“……：决议草案”一行）"),
    "sponsors-thimun": ("Co-submitters (your country is the main submitter)", "联合提交国（您的国家为主提交国）"),
    "own-sponsor": ("{name} is your own country: it stays the first sponsor.", "{name}是您代表的国家，始终为第一起草国。"),
    "signatories": ("Signatories", "附议国"),
    "no-signatories": ("The UN format has no signatories: every State that backs the draft is a sponsor.",
                       "联合国格式没有附议国：支持草案的国家都列为起草国。"),
    "kept-signatories": ("Your signatories ({names}) stay in the answers file; the UN format does not print them.",
                         "您选的附议国（{names}）保留在答案文件中；联合国格式不印出附议国。"),
    "both": ("Warning: {names} cannot be both sponsor and signatory; they stay sponsors only.",
             "注意：{names}不能同时是起草国和附议国，已只保留为起草国。"),
    "threshold": ("{count} of {members} members ({percent}%) sponsor or sign; the usual threshold is 20% ({needed}).",
                  "起草国和附议国共{count}个，占{members}个成员的{percent}%；\n通常需要达到20%（{needed}个）。"),
    "topics": ("What is your draft about? Tick topics with Tab; clauses are suggested for them",
               "您的草案关于什么？用 Tab 勾选议题，随后为您推荐相应条款"),
    "topics-paper": ("What does your position paper propose? Tick topics with Tab; proposals are suggested for them",
                     "您的立场文件围绕哪些议题提出建议？用 Tab 勾选，随后为您推荐相应建议"),
    "preambular": ("Preambular clauses  ([x] in your draft · ⚠ opposed by your blocs · ⇄ other side)",
                   "序言性条款（[x] 已选入草案 · ⚠ 与所属集团立场相悖 · ⇄ 对立观点）"),
    "operative": ("Operative clauses  ([x] in your draft · ⚠ opposed by your blocs · ⇄ other side)",
                  "行动性条款（[x] 已选入草案 · ⚠ 与所属集团立场相悖 · ⇄ 对立观点）"),
    "ticked-group": ("Your draft (suggested for your blocs and topics)", "您的草案（按所属集团和议题推荐）"),
    "proposals": ("Proposals of the position paper (operative clauses)", "立场文件的建议（行动性条款）"),
    "need-operative": ("A resolution needs at least one operative clause.", "决议至少需要一条行动性条款。"),
    "replaced": ("Removed {other} (other side of the contested question “{question}”).",
                 "已移除 {other}（在争议问题“{question}”上持相反立场）。"),
    "conflict-note": ("Alternative to {others} (“{question}”): choosing it removes them.",
                      "与 {others} 互为替代（“{question}”）：选择它会移除后者。"),
    "chosen-count": ("{title}: {count} chosen", "{title}：已选 {count} 项"),
    "outline": ("Your draft: check it, change it, then Enter  (⚠ opposed by your blocs)",
                "您的草案：检查、修改后按回车（⚠ 与所属集团立场相悖）"),
    "outline-help": ("↑↓ move  [ ] reorder  x remove  s/w stronger/weaker lead  e edit  f fill blanks\n"
                     "a add library clauses  n own clause  b earlier steps  Enter done  Esc back\n"
                     "Ctrl-D/U scroll the preview",
                     "↑↓ 选择  [ ] 调整顺序  x 删除  s/w 加强/减弱引导词  e 编辑  f 填空\n"
                     "a 添加条款  n 自拟条款  b 返回之前的步骤  回车 完成  Esc 返回\n"
                     "Ctrl-D/U 滚动预览"),
    "outline-paper": ("Your proposals: check them, change them, then Enter", "您的建议：检查、修改后按回车"),
    "need-proposal": ("A position paper needs at least one proposal.", "立场文件至少需要一条建议。"),
    "removed": ("Removed: {text}", "已删除：{text}"),
    "stronger": ("stronger", "更强"),
    "weaker": ("weaker", "更弱"),
    "no-phrase": ("There is no {which} phrase for {phrase}.", "“{phrase}”没有{which}的引导词。"),
    "phrase-now": ("Lead phrase now: {phrase}", "引导词已改为：{phrase}"),
    "no-blanks": ("This clause has no blanks to fill.", "此条款没有需要填写的内容。"),
    "pick-phrase": ("Lead phrase", "引导词"),
    "edit-text": ("Text after the lead phrase (punctuation is added for you)", "引导词之后的文字（标点会自动添加）"),
    "empty": ("Please write something.", "请输入内容。"),
    "placeholder": ("{clause}: {question}", "{clause}：{question}"),
    "own-kind": ("Preambular or operative?", "序言性还是行动性条款？"),
    "own-phrase": ("Lead phrase of your clause (type to filter)", "自拟条款的引导词（输入以筛选）"),
    "preambular-kind": ("Preambular clauses", "序言性条款"),
    "operative-kind": ("Operative clauses", "行动性条款"),
    "proposals-kind": ("Proposals", "建议"),
    "steps": ("Go back to which step?", "返回到哪一步？"),
    "step-stay": ("Stay here", "留在此处"),
    "delegate": ("Delegate's name (optional)", "代表姓名（可不填）"),
    "school": ("School (optional)", "学校（可不填）"),
    "position": ("National position, written from your country's facts (edit freely; Esc then Enter when done)",
                 "国家立场，根据您所代表国家的事实生成\n（可直接编辑；按 Esc 再按回车完成）"),
    "output": ("Save the .docx as", "保存为"),
    "output-exists": ("{path} already exists; choose another name (or run with --force)",
                      "{path}已存在；请换一个文件名（或使用 --force）"),
    "output-suffix": ("The file name must end with .docx", "文件名须以 .docx 结尾"),
    "output-folder": ("The folder {folder} does not exist. Create it?", "文件夹 {folder} 不存在。是否创建？"),
    "review": ("Review", "预览"),
    "write": ("Write the .docx and the answers file?", "生成 .docx 文件和答案文件？"),
    "pdf": ("Also make a PDF (with LibreOffice, takes a few seconds)?", "同时生成 PDF（使用 LibreOffice，需几秒钟）？"),
    "pdf-failed": ("No PDF: {problem}", "未生成 PDF：{problem}"),
    "keep-answers": ("Keep your answers in {path} to build the draft later?", "将回答保存在 {path}，以便稍后生成草案？"),
    "not-written": ("The .docx was not written. Your answers are in {path}; edit them and run: drafter build {quoted}",
                    "未生成 .docx 文件。您的回答已保存在 {path}；\n可编辑后运行：drafter build {quoted}"),
    "discarded": ("Nothing written.", "未保存任何文件。"),
    "written": ("Wrote {docx}", "已生成 {docx}"),
    "written-pdf": ("PDF:  {pdf}", "PDF：{pdf}"),
    "written-answers": ("Answers: {answers}\nRebuild with: drafter build {quoted}",
                        "答案文件：{answers}\n重新生成：drafter build {quoted}"),
    "yes": ("Yes", "是"),
    "no": ("No", "否"),
    # the preview pane
    "pv-source": ("Source", "来源"),
    "pv-blocs": ("Your blocs", "所属集团"),
    "pv-topics": ("Topics", "议题"),
    "pv-supports": ("supports", "支持"),
    "pv-opposes": ("opposes", "反对"),
    "pv-neutral": ("neutral", "中立"),
    "pv-contested": ("Contested: {question}; this clause: {side}. Alternatives: {others}",
                     "争议问题：{question}\n本条款：{side}\n替代条款：{others}"),
    "pv-blanks": ("Blanks (f to fill): {values}", "待填内容（按 f 填写）：{values}"),
    "pv-members": ("Blocs: {blocs}", "所属集团：{blocs}"),
    "pv-opposed": ("⚠ Opposed by your blocs: {blocs}", "⚠ 您所属的集团反对此条款：{blocs}"),
    "pv-adapted": ("adapted: {text}", "改编：{text}"),  # English only: the library's notes are in English
}

# The steps by name, for "go back to which step?"
STEP_NAMES: dict[str, tuple[str, str]] = {
    "language": ("Language", "语言"), "kind": ("Kind of document", "文件类型"), "committee": ("Committee", "委员会"),
    "agenda": ("Topic", "议题"), "country": ("Country", "国家"), "profile": ("Format", "格式"),
    "sponsors": ("Sponsors", "起草国"), "signatories": ("Signatories", "附议国"), "topics": ("What the draft is about", "草案议题"),
    "preambular": ("Preambular clauses", "序言性条款"), "operative": ("Operative clauses", "行动性条款"),
    "outline": ("Outline", "草案大纲"), "placeholders": ("Blanks", "填空"), "paper": ("Position paper", "立场文件"),
    "output": ("File name", "文件名"),
}


def message(key: str, lang: str, **fields: Any) -> str:
    """The message ``key`` in ``lang`` (Chinese for "zh", else English), its {fields} filled."""
    en, zh = MESSAGES[key]
    return (zh if lang == "zh" else en).format(**fields)
