"""The Chinese of every help text of the parser, keyed by its English (tests/commands/test_help_zh.py fails when
a help text has no Chinese). Loaded only for ``--help`` in Chinese."""

from __future__ import annotations

HELP_ZH: dict[str, str] = {
    # drafter
    "Draft UN-style resolutions and position papers in Chinese and English, and check drafts.":
        "以中文和英文起草联合国式决议草案和立场文件，并检查草案格式。",
    "exit codes: 0 ok, 1 findings (lint/check), 2 bad input or usage, 3 unreadable file, 130 interrupted\n"
    "docs: README.md; clause library format: clauses/README.md":
        "退出码：0 正常，1 有检查结果（lint/check），2 输入或用法有误，3 文件无法读取，130 已中断\n"
        "文档：README.md；条款库格式：clauses/README.md",
    "show this help message and exit": "显示本帮助信息并退出",
    "show program's version number and exit": "显示版本号并退出",
    "language of the help and of the reports (default: the locale's)": "帮助信息和报告的语言（默认：系统区域设置的语言）",
    "work with clause libraries": "管理条款库",
    "search, list and show clauses": "搜索、列出和显示条款",
    "list States, or show one with its blocs and why": "列出国家，或显示一国及其所属立场集团和理由",
    "list the blocs of the debate with their member and clause counts": "列出辩论中的立场集团及其成员数和条款数",
    "list the topics with their clause counts": "列出议题及其条款数",
    "list the groups of States (BRICS, EU, G77, …) with their members": "列出国家集团（金砖国家、欧盟、77国集团等）及其成员",
    "build documents from answers files": "根据答案文件生成文件",
    "check the format of draft resolutions and position papers (.docx, or plain text)": "检查决议草案和立场文件的格式（.docx 或纯文本）",
    "adopted or not: a tally under a conference's majority": "按会议规定的多数计票，判断是否通过",
    "draft a resolution or position paper by answering questions": "通过回答问题起草决议草案或立场文件",
    "check an amendment file against its draft; write its sheet": "对照草案检查修正案文件；生成修正案表",
    "apply amendments to a draft as Word tracked changes": "以 Word 修订标记将修正案应用于草案",
    "compare two versions of a draft": "比较草案的两个版本",
    "merge several blocs' answers files into one draft": "将多个集团的答案文件合并为一份草案",
    "print a shell completion script (bash, zsh or fish)": "输出 shell 自动补全脚本（bash、zsh 或 fish）",
    # library
    "Work with clause libraries.": "管理条款库。",
    "validate clause library folders": "校验条款库文件夹",
    "build a clause library from adopted resolutions (.docx)": "根据已通过的决议（.docx）建立条款库",
    "Validate library folders (default: the built-in library plus yours; folders given are linted together with "
    "the built-in library unless --alone). Exit 0 when clean, 1 when there are findings.":
        "校验条款库文件夹（默认：内置条款库及您的条款库；除非使用 --alone，所给文件夹与内置条款库一并校验）。"
        "无问题时退出码为 0，有问题时为 1。",
    "library folders to check": "要校验的条款库文件夹",
    "print findings as JSON": "以 JSON 输出检查结果",
    "lint only the folders given, without the built-in library they extend": "只校验所给文件夹，不加载其扩展的内置条款库",
    "language of the report (default: the locale's)": "报告的语言（默认：系统区域设置的语言）",
    "also load the clause library in DIR (repeatable; DRAFTER_LIBRARY works too)":
        "同时加载 DIR 中的条款库（可重复；也可使用 DRAFTER_LIBRARY）",
    "Turn adopted resolutions (.docx, English and/or Chinese) into a clause library folder: every preambular and "
    "operative paragraph becomes a clause with its lead phrase, sub-paragraphs, topic and source. English and "
    "Chinese versions of one resolution (same symbol, or --pair) become bilingual clauses; a paragraph repeated "
    "across documents becomes one clause with every source. Headings, closing lines, annexes and tables are left "
    "out and listed.":
        "将已通过的决议（.docx，英文和/或中文）转为条款库文件夹：每个序言段和执行段成为一条条款，附引导词、分段、"
        "议题和出处。同一决议的英文和中文版本（文件编号相同，或用 --pair 指定）合为双语条款；在多份文件中重复的段落"
        "合为一条条款并列出全部出处。标题、结尾行、附件和表格不予导入，并逐一列出。",
    "the library folder to write": "要写入的条款库文件夹",
    "file every clause under this topic (an existing one, or a new one; default: one topic per document title)":
        "将所有条款归入此议题（已有议题或新议题；默认：每个文件标题一个议题）",
    "the new topic's name; give it twice for English and Chinese": "新议题的名称；给出两次，分别为英文和中文",
    "the English and Chinese versions of one resolution (default: paired by symbol)":
        "同一决议的英文和中文版本（默认：按文件编号配对）",
    "an existing committee for the agenda (default: one for the documents' organ, e.g. the General Assembly)":
        "议程所属的已有委员会（默认：按文件的机构新建，例如大会）",
    "stances from a recorded vote on one imported resolution (its symbol or file name): a CSV with a State column "
    "(ISO3 code or name) and a vote column (yes/no/abstain, Y/N/A/NV)":
        "根据对某一导入决议（文件编号或文件名）的记录表决确定立场：CSV 文件含国家列（ISO3 代码或国名）和表决列"
        "（yes/no/abstain，Y/N/A/NV）",
    "also give each clause the loaded libraries' topics its words point to (the words are written beside each one)":
        "另按条款用词为其添加已加载条款库中的相应议题（所据词语写在各议题旁）",
    "replace the files of an earlier import in DIR": "替换 DIR 中先前导入的文件",
    # clauses, countries, listings
    "Search clauses: every word must match, in any order, with or without hyphens, in English or Chinese; best "
    "matches first (id, then lead phrase, text, topic, source). 'drafter clauses show ID' shows one clause in full.":
        "搜索条款：每个词都须匹配，顺序不限，有无连字符均可，中英文皆可；最佳匹配在前（依次为编号、引导词、正文、"
        "议题、出处）。“drafter clauses show 编号”显示一条条款的全文。",
    "words to search for, or: show ID": "要搜索的词语，或：show 编号",
    "topic id or name, any case (drafter topics lists them)": "议题编号或名称，不区分大小写（drafter topics 列出全部议题）",
    "only clauses this bloc supports: id or name, any case (drafter blocs)":
        "只列此立场集团支持的条款：编号或名称，不区分大小写（见 drafter blocs）",
    "only clauses none of this country's blocs opposes": "只列该国所属立场集团均不反对的条款",
    "search and show one language": "只搜索和显示一种语言",
    "print a JSON list (shape: README.md)": "输出 JSON 列表（格式见 README.md）",
    "List States with names in English and Chinese, blocs and groups; 'drafter countries show ISO3|NAME' shows "
    "one State in full.":
        "列出各国的中英文名称、所属立场集团和国家集团；“drafter countries show 代码|国名”显示一国的全部信息。",
    "show one State (code or name, en or zh)": "显示一国（代码或国名，中英文皆可）",
    "only countries in this bloc: id or name, any case": "只列此立场集团的国家：编号或名称，不区分大小写",
    "only countries in this group, any case, e.g. BRICS, EU, G77": "只列此国家集团的国家，不区分大小写，例如 BRICS、EU、G77",
    "language of the names and labels (default en)": "名称和标签的语言（默认 en）",
    "print JSON (shape: README.md)": "输出 JSON（格式见 README.md）",
    "List the blocs of the debate with their member and clause counts.": "列出辩论中的立场集团及其成员数和条款数。",
    "language of the names (default en)": "名称的语言（默认 en）",
    "List the topics with their clause counts.": "列出议题及其条款数。",
    "List the groups of States (BRICS, EU, G77, …) with their members.": "列出国家集团（金砖国家、欧盟、77国集团等）及其成员。",
    # build
    "Build drafts from answers files (YAML). Every file is checked first; if any has a problem, all problems are "
    "listed and nothing is written.":
        "根据答案文件（YAML）生成草案。先检查每个文件；只要有一个文件有问题，即列出全部问题，不写入任何文件。",
    "output file (one answers file only); - for standard output (md, txt)": "输出文件（仅限一个答案文件）；- 表示标准输出（md、txt）",
    "write every document into DIR": "将所有文件写入 DIR",
    "docx (default, or what --out's extension names); md or txt for quick previews; pdf through LibreOffice":
        "docx（默认，或按 --out 的扩展名）；md 或 txt 用于快速预览；pdf 通过 LibreOffice 生成",
    "a reference document with drafter's styles": "含 drafter 样式的参考文档",
    "replace existing files": "替换已有文件",
    # check
    "Check draft resolutions and position papers written in any editor (a position paper is recognised by its title "
    "or header fields). Exit 0 when there is no error, 1 when there are errors, 2 for usage errors, 3 for an "
    "unreadable file.":
        "检查用任何编辑器写成的决议草案和立场文件（根据标题或文首信息栏识别立场文件）。无错误时退出码为 0，有错误时为 1，"
        "用法有误时为 2，文件无法读取时为 3。",
    "A draft handed in as plain text (.txt, .text: UTF-8, UTF-16 or GB 18030) is read one paragraph per line; "
    "its emphasis, fonts and Word numbering are not judged. A Markdown draft (.md, .markdown) is read as a Markdown "
    "viewer shows it, its emphasis judged. --fix writes it back as text, or as a Word document when OUT ends in "
    ".docx.":
        "以纯文本提交的草案（.txt、.text；UTF-8、UTF-16 或 GB 18030 编码）按每行一段读取，不检查其强调、字体和 "
        "Word 编号。Markdown 草案（.md、.markdown）按 Markdown 阅读器的显示读取，检查其强调。--fix 将其写回为文本；"
        "OUT 以 .docx 结尾时写为 Word 文档。",
    "format profile (default: guessed from the heading)": "格式类型（默认：根据标题部分判断）",
    "language of the messages (default: the document's)": "提示信息的语言（默认：文件的语言）",
    "text for people; json (a list, one object per file); line FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE":
        "text 供人阅读；json（列表，每个文件一个对象）；line 每条一行：FILE:PARAGRAPH:COLUMN:RULE:SEVERITY:MESSAGE",
    "skip a rule (repeatable, or several separated by commas)": "跳过某条规则（可重复，或用逗号分隔多条）",
    "write a corrected copy (the original is never changed)": "写出修正后的副本（原文件不会改动）",
    "write a copy with each finding as a Word comment on its paragraph (with --fix: a copy of the corrected "
    "draft, commented with what is left for a person)":
        "写出副本，将每条检查结果作为 Word 批注加在相应段落上（与 --fix 同用时：在修正后的副本上批注仍需人工处理之处）",
    "author of the comments (default: Chair)": "批注的作者（默认：Chair）",
    "check N files at a time, each in a process of its own (default: one process per core, with 4 files or more "
    "each; 1 checks every file in this process)": "同时检查 N 个文件，每个文件在单独的进程中检查（默认：每个处理器核心一个进程，"
                                                 "每个进程至少 4 个文件；1 表示全部在本进程中检查）",
    "replace OUT.docx if it exists": "OUT.docx 已存在时将其替换",
    "a conference's rules file: its signature, sponsor, cross-draft, language and length rules are checked too, "
    "per draft and across the files, and its position-papers: rules on papers (see conferences/)":
        "会议规则文件：同时按其附议、起草国、草案之间、语言和篇幅规则，逐份并跨文件检查，并按其立场文件规则（position-papers）检查立场文件"
        "（见 conferences/）",
    "delegations present at roll call (with --rules; replaces the file's present:)":
        "点名时出席的代表团数（与 --rules 同用；取代规则文件中 present 的值）",
    # vote
    "Say whether a resolution or amendment is adopted from the votes cast, under the majority of the conference's "
    "rules file (the Security Council: nine votes and no permanent member against). Exit 0 when adopted, 1 when "
    "not, 2 for usage errors.":
        "按会议规则文件规定的多数，根据所投票数判断决议或修正案是否通过（安全理事会：九票赞成且无常任理事国反对）。"
        "通过时退出码为 0，未通过时为 1，用法有误时为 2。",
    "the conference's rules file": "会议规则文件",
    "votes for": "赞成票数",
    "votes against": "反对票数",
    "abstentions (default 0)": "弃权票数（默认 0）",
    "the committee voting, as the rules file names it (default: its only committee)":
        "进行表决的委员会，按规则文件中的名称（默认：其唯一的委员会）",
    "a permanent member of the Security Council voting against (repeatable)": "投反对票的安全理事会常任理事国（可重复）",
    "what is voted on (default: a resolution)": "表决对象（默认：决议）",
    "language of the result (default: the rules file's)": "结果的语言（默认：规则文件的语言）",
    # new
    "Answer questions in the terminal (English or Chinese) and get a .docx and the answers file that rebuilds it. "
    "Ctrl-C saves your answers for --resume.":
        "在终端中回答问题（中文或英文），得到 .docx 文件及可据以重新生成的答案文件。按 Ctrl-C 会保存已答内容，"
        "可用 --resume 继续。",
    "language of the questions and the document": "问题和文件的语言",
    "start from an earlier answers file (its values become defaults)": "从先前的答案文件开始（其内容作为默认值）",
    "continue an interrupted questionnaire": "继续中断的问答",
    "where to write the document (default: asked)": "文件的保存位置（默认：询问）",
    "write an amendment to DRAFT (an answers file or .docx) instead of a new draft":
        "为 DRAFT（答案文件或 .docx）撰写修正案，而不是新草案",
    # amend, apply, diff, merge
    "Check an amendment (YAML) against the draft it names: every paragraph it addresses must exist and every word "
    "it replaces must be there. --sheet writes the amendment sheet the dais collects.":
        "对照修正案（YAML）所指的草案进行检查：所涉段落必须存在，所替换的词语必须在原文中。--sheet 生成主席团收取的修正案表。",
    "write the amendment sheet": "生成修正案表",
    "language of the sheet (default: the draft's)": "修正案表的语言（默认：草案的语言）",
    "Apply amendments in order; each change is a Word tracked change by the submitting delegation. Nothing is "
    "written if any amendment has a problem.":
        "按顺序应用修正案；每处修改都是以提交代表团署名的 Word 修订。任何一份修正案有问题时不写入任何文件。",
    "the draft: a .docx or an answers file": "草案：.docx 文件或答案文件",
    "write the clean text with every change accepted": "写出接受全部修改后的清洁文本",
    "replace REVISED.docx if it exists": "REVISED.docx 已存在时将其替换",
    "Compare two versions of a draft paragraph by paragraph and word by word (Chinese cut into words), each sentence "
    "whole when it was rewritten. Edits of whitespace or emphasis alone are reported too. Exit 0 when they are the "
    "same, 1 when they differ.":
        "逐段、逐词（中文先分词）比较草案的两个版本，改写过的句子整句对照。仅改动空白或强调格式的也会报告。相同时退出码为 0，"
        "不同时为 1。",
    "the earlier version (a .docx, or an answers file)": "较早的版本（.docx 文件或答案文件）",
    "the later version (a .docx, or an answers file)": "较新的版本（.docx 文件或答案文件）",
    "write NEW with tracked changes against OLD": "写出相对于 OLD 带修订标记的 NEW",
    "author of the tracked changes (default: drafter)": "修订的作者（默认：drafter）",
    "language of the drafts (default: guessed)": "草案的语言（默认：自动判断）",
    "format profile": "格式类型",
    "replace CHANGES.docx if it exists": "CHANGES.docx 已存在时将其替换",
    "Merge draft resolutions given as answers files: sponsors united, clauses without duplicates, a report of what "
    "came from where. Exit 1 when clauses contradict each other (the blocs must choose).":
        "合并以答案文件给出的决议草案：起草国合并，条款去重，并报告各部分的来源。条款相互矛盾时退出码为 1（须由各集团取舍）。",
    "replace MERGED.yaml if it exists": "MERGED.yaml 已存在时将其替换",
    # merge of answers files and working papers
    "merge several blocs' drafts (answers files or .docx) into one": "将多个集团的草案（答案文件或 .docx）合并为一份",
    "Merge draft resolutions given as answers files or Word working papers: sponsors united, clauses without "
    "duplicates, each draft's follow-up clause last, a report of what came from where (file and paragraph). --out "
    ".yaml writes an answers file, --out .docx a Word draft in the first file's profile. Exit 1 when questions "
    "remain for the blocs (contested pairs, other figures, paragraphs that could not be taken).":
        "合并以答案文件或 Word 工作文件给出的决议草案：起草国合并，条款去重，各草案的后续行动条款放在最后，并报告各部分的来源"
        "（文件和段落）。--out .yaml 写出答案文件，--out .docx 按第一个文件的格式写出 Word 草案。仍有须由各集团决定的问题"
        "（相互矛盾的条款、不同的数字、无法采用的段落）时退出码为 1。",
    "answers files (.yaml) or working papers (.docx)": "答案文件（.yaml）或工作文件（.docx）",
    "language of the report (default: the drafts')": "报告的语言（默认：草案的语言）",
    "replace the output if it exists": "输出文件已存在时将其替换",
    # booklet
    "the booklet of adopted resolutions (.docx or PDF)": "已通过决议汇编（.docx 或 PDF）",
    "Put adopted resolutions into one booklet: a cover, the contents with page numbers, each resolution from a new "
    "page with its number and vote, page numbers at the foot. Drafts are .docx files from any author (or answers "
    "files). A draft the votes file shows not adopted is left out (exit 1); a draft that cannot be read stops the "
    "run and nothing is written (exit 2 or 3).":
        "将已通过的决议汇编成册：封面、带页码的目录，每项决议另起一页并注明编号和表决结果，页脚有页码。草案可以是任何人"
        "写的 .docx 文件（或答案文件）。表决文件显示未获通过的草案不收入（退出码 1）；有草案无法读取时停止运行，不写入任何文件"
        "（退出码 2 或 3）。",
    "the adopted drafts, in the booklet's order": "已通过的草案，按汇编中的顺序",
    "the booklet to write": "要生成的汇编文件",
    "docx, or pdf through LibreOffice (default: from the name given to --out)":
        "docx，或经 LibreOffice 生成 pdf（默认：按 --out 的文件名判断）",
    "the conference's rules file: its name, committees, majority, booklet: {sponsors: …}":
        "会议规则文件：会议名称、委员会、多数规则、booklet: {sponsors: …}",
    "each draft's vote: draft.docx: {for: 20, against: 10, abstain: 5} or an outcome":
        "各草案的表决结果：draft.docx: {for: 20, against: 10, abstain: 5}，或表决结论",
    "a draft's number in the booklet (repeatable; default: the number or symbol its heading gives)":
        "草案在汇编中的编号（可重复给出；默认：草案标题部分的编号或文号）",
    "the conference's name on the cover (default: the rules file's)": "封面上的会议名称（默认：规则文件中的名称）",
    "the date on the cover (default: today)": "封面上的日期（默认：今天）",
    "the booklet's language (default: the drafts')": "汇编的语言（默认：草案的语言）",
    "replace the booklet if it exists": "汇编文件已存在时将其替换",
    # amendments (the log)
    "the committee's amendment log: submit, vote, withdraw, build the revised draft":
        "委员会的修正案记录：提交、表决、撤回、生成修正后的草案",
    "Keep a committee's amendment log (YAML). Amendments are voted one at a time in the conference's order under its "
    "majority for amendments (simple without --rules); a passed amendment that strikes, changes or renumbers a "
    "paragraph a pending one addresses makes that one stale. Only this command changes the log, atomically. Without "
    "an action: show the log.":
        "保存委员会的修正案记录（YAML）。修正案按会议规定的顺序逐项表决，适用会议对修正案规定的多数（未给出 --rules 时为简单多数）；"
        "获通过的修正案删除、修改或重新编号了待表决修正案所针对的段落时，该待表决修正案即告失效。只有本命令会修改记录，且写入"
        "是原子性的。不给出操作时显示记录。",
    "language of messages and the sheet (default: the draft's)": "提示信息和修正案表的语言（默认：草案的语言）",
    "how the log is shown": "记录的显示方式",
    "start a log for a draft": "为一份草案建立记录",
    "submit amendments (checked against the draft as it now stands)": "提交修正案（对照草案当前的文本检查）",
    "record the vote on the next amendment": "记录对下一项修正案的表决结果",
    "incorporate a friendly amendment without a vote": "不经表决纳入友好修正案",
    "the proposer withdraws a pending amendment": "提案方撤回待表决的修正案",
    "write the revised draft: the original plus the passed amendments": "写出修正后的草案：原文加上获通过的修正案",
    "write the sheet of every amendment and its outcome": "写出列有每项修正案及其结果的修正案表",
    "the draft debated: an answers file or a .docx": "审议的草案：答案文件或 .docx",
    "the committee, as the rules file names it": "委员会，按规则文件中的名称",
    "replace LOG.yaml if it exists": "LOG.yaml 已存在时将其替换",
    "the amendment: its number in the log or its file": "修正案：其在记录中的编号或其文件",
    "what the dais notes": "主席团的备注",
    "the clean text, every change accepted": "接受全部修改后的清洁文本",
    "replace SHEET.docx if it exists": "SHEET.docx 已存在时将其替换",
    # serve
    "the committee's desk in a web page (delegates, the chair, the screen)": "委员会的网页工作台（代表、主席、会场屏幕）",
    "Start the desk: delegates upload drafts and read the checker's report, the chair approves, returns and runs the "
    "amendment desk, the room's screen shows the draft as amended. All its state is in the --dir folder; stop with "
    "Ctrl+C.":
        "启动工作台：代表上传草案并查看格式检查报告，主席批准、退回草案并主持修正案审议，会场屏幕显示修正后的草案。所有数据"
        "保存在 --dir 文件夹中；按 Ctrl+C 停止。",
    "the desk's folder (made if missing; default ./desk)": "工作台文件夹（不存在时自动创建；默认 ./desk）",
    "the address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 for the LAN)":
        "监听的地址（默认 127.0.0.1，仅限本机；0.0.0.0 用于局域网）",
    "the port (default 8765)": "端口（默认 8765）",
    "the pages' language (default: the locale's)": "网页的语言（默认：系统区域设置的语言）",
    "a conference's rules file: its rules join the checker's findings in the chair's queue, its majority decides votes":
        "会议规则文件：其规则的检查结果列入主席的待审队列，表决按其多数规则判定",
    "largest upload in MiB (default 10)": "上传文件的最大大小，单位 MiB（默认 10）",
    # completion
    "Print a completion script for SHELL: commands, options, their choices, clause ids and country codes. "
    "Install: see README.md (Shell completion).":
        "输出 SHELL 的自动补全脚本：命令、选项及其可选值、条款编号和国家代码。安装方法见 README.md（Shell completion）。",
    "the shell to complete for": "要补全的 shell",
}

# argparse's own words
TITLES = {"usage": "用法：", "positional": "位置参数", "options": "选项", "commands": "命令"}
