"""The amendment sheet a dais collects (FORMAT.md MUN-A04), in English or Chinese.

Committee, ``Amendment to Draft Resolution 1.1``, the submitting delegation, co-signers
(signatories of an unfriendly amendment), friendly or unfriendly, one instruction per action
("Strike operative paragraph 3.", "Amend operative paragraph 2 to read: …"), and lines for
signatures and the dais's decision.
"""

from __future__ import annotations

import io
import re
from typing import Any

from drafter.compose import styles as house
from drafter.compose.assemble import country_names
from drafter.compose.render import default_template
from drafter.library import Library
from drafter.punctuation import joiner, zh_typography
from drafter.revise.amend import Action, Amendment
from drafter.revise.document import DraftDocument
from drafter.word import ooxml

TEXTS = {
    "en": {
        "committee": "Committee: ", "title": "Amendment to {draft}", "draft": "Draft Resolution {number}",
        "submitted": "Submitted by: ", "cosigners": "Co-signers: ", "signatories": "Signatories: ", "none": "None",
        "kind": "Type: ", "friendly": "Friendly amendment (all sponsors agree; incorporated without a vote)",
        "unfriendly": "Unfriendly amendment (to be debated and voted on before the draft)",
        "numbering": "Paragraph numbers refer to ",
        "original": "the draft resolution as introduced.", "current": "the draft resolution as amended so far.",
        "actions": "The amendment:",
        "strike": "Strike operative paragraph {a}.",
        "strike-sub": "Strike sub-paragraph {a}.",
        "add_after": "Add after operative paragraph {a} a new paragraph to read:",
        "add_after-sub": "Add after sub-paragraph {a} a new sub-paragraph to read:",
        "add-first": "Add before operative paragraph 1 a new paragraph to read:",
        "add-last": "Add as the final operative paragraph:",
        "replace": "Amend operative paragraph {a} to read:",
        "replace-sub": "Amend sub-paragraph {a} to read:",
        "replace_words": "In operative paragraph {a}, replace {old} with {new}.",
        "delete_words": "In operative paragraph {a}, strike {old}.",
        "change_lead": "In operative paragraph {a}, replace the lead phrase {old} with {new}.",
        "with-subs": "with the sub-paragraphs:",
        "quote": "\u201c{}\u201d", "sign": "Signatures", "sponsor-approval": "Approved by the sponsors of the draft:",
        "dais": "For the dais: received ________  decision ________  vote ____ in favour, ____ against, ____ abstaining",
    },
    "zh": {
        "committee": "委员会：", "title": "对{draft}的修正案", "draft": "决议草案{number}",
        "submitted": "提交国：", "cosigners": "附议国：", "signatories": "附议国：", "none": "无",
        "kind": "类型：", "friendly": "友好修正案（全体起草国同意，直接并入，无需表决）",
        "unfriendly": "非友好修正案（须在草案之前讨论并表决）",
        "numbering": "段落编号指", "original": "提交时的决议草案。", "current": "经此前修正后的决议草案。",
        "actions": "修正内容：",
        "strike": "删除执行部分第{a}段。",
        "strike-sub": "删除第{a}分段。",
        "add_after": "在执行部分第{a}段之后增加一段，内容如下：",
        "add_after-sub": "在第{a}分段之后增加一个分段，内容如下：",
        "add-first": "在执行部分第1段之前增加一段，内容如下：",
        "add-last": "增加一段作为执行部分最后一段，内容如下：",
        "replace": "将执行部分第{a}段修改为：",
        "replace-sub": "将第{a}分段修改为：",
        "replace_words": "在执行部分第{a}段中，将{old}改为{new}。",
        "delete_words": "在执行部分第{a}段中，删除{old}。",
        "change_lead": "将执行部分第{a}段的引导词{old}改为{new}。",
        "with-subs": "并包括以下分段：",
        "quote": "\u201c{}\u201d", "sign": "签名", "sponsor-approval": "草案起草国同意：",
        "dais": "主席团填写：收到时间________  决定________  表决：赞成____ 反对____ 弃权____",
    },
}


def instruction(action: Action, lang: str, old_lead: str = "", lib: Library | None = None,
                draft_lang: str = "") -> tuple[str, list[str]]:
    """The sentence for one action (in the sheet's language ``lang``) and the quoted text lines that follow it.

    What the sheet quotes is text of the draft, so a lead phrase is quoted in ``draft_lang`` (the draft's
    language; default ``lang``): the Chinese sheet of an English draft quotes "Urges", not 敦促."""
    t = TEXTS[lang]
    quoted_lang = draft_lang or lang
    q = t["quote"].format
    sub = len(action.path) > 1
    a = action.address
    if action.kind == "strike":
        return t["strike-sub" if sub else "strike"].format(a=a), []
    if action.kind in ("add_after", "replace"):
        if action.kind == "add_after" and action.path == [0]:
            head = t["add-first"]
        elif action.kind == "add_after" and action.path == []:
            head = t["add-last"]
        else:
            head = t[f"{action.kind}-sub" if sub else action.kind].format(a=a)
        text = action.text
        if action.phrase and lib is not None and action.phrase in lib.phrases:
            lead = lib.phrases[action.phrase].text[quoted_lang]
            text = f"{lead}{joiner(quoted_lang, text)}{text}"
        typeset = zh_typography if quoted_lang == "zh" else str
        quoted = [q(typeset(text))]
        if action.subparagraphs:
            quoted.append(t["with-subs"])
            quoted += [q(typeset(s)) for s in action.subparagraphs]
        return head, quoted
    if action.kind == "replace_words":
        if not action.replacement:
            return t["delete_words"].format(a=a, old=q(action.words)), []
        return t["replace_words"].format(a=a, old=q(action.words), new=q(action.replacement)), []
    new = lib.phrases[action.phrase].text[quoted_lang] if lib is not None and action.phrase in lib.phrases else action.phrase
    return t["change_lead"].format(a=a, old=q(old_lead) if old_lead else "", new=q(new)).replace("  ", " "), []


def draft_name(amendment: Amendment, draft: DraftDocument, lang: str) -> str:
    """How the sheet names the draft: the amendment's 'resolution', the draft's number or symbol, its file."""
    t = TEXTS[lang]
    if amendment.resolution:
        value = amendment.resolution
        return value if "/" in value and not re.fullmatch(r"\d+/\d+", value) else t["draft"].format(number=value)
    answers = draft.answers
    if answers is not None and answers.symbol:
        return answers.symbol
    structure = draft.structure
    heading = [*structure.heading, *([structure.organ] if structure.organ is not None else [])]
    for node in heading:
        symbol = re.match(r"^(A|S|E)/[A-Z0-9./\- ]*\d", node.para.text.strip())
        if symbol:
            return symbol.group(0)
    if answers is not None and answers.draft_number:
        return t["draft"].format(number=answers.draft_number)
    for node in heading:
        number = re.search(r"(?:Draft Resolution|草案编号[：:]|决议草案)\s*([\d.]+)", node.para.text, re.IGNORECASE)
        if number:
            return t["draft"].format(number=number.group(1))
    return t["draft"].format(number=f" ({draft.path.stem})" if lang == "en" else f"（{draft.path.stem}）").replace("  ", " ")


def committee_name(amendment: Amendment, draft: DraftDocument, lib: Library, lang: str) -> str:
    """The committee's name: the amendment's, else the draft's, else the library's only agenda's."""
    code = amendment.committee or (draft.answers.committee if draft.answers else "")
    if not code and len(lib.agendas) == 1:
        code = next(iter(lib.agendas.values())).committee
    committee = lib.committees.get(code)
    return committee.name[lang] if committee else ""


def render(amendment: Amendment, draft: DraftDocument, lib: Library, lang: str, leads: dict[int, str]) -> bytes:
    """The sheet as .docx bytes; ``leads`` are the lead phrases change_lead replaces (by action index)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t = TEXTS[lang]
    document = Document(str(default_template()))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    defaults = ooxml.doc_defaults_rpr(document)
    east_asia = (ooxml.default_east_asian_font(document) or house.EAST_ASIAN_FONT) if lang == "zh" else None
    if east_asia:
        ooxml.set_language(defaults, "zh-CN", "zh-CN")
        ooxml.set_run_fonts(defaults, east_asia=east_asia)
    else:
        ooxml.set_language(defaults, "en-GB", "zh-CN")
    styles = {key: document.styles[name] for key, name in house.STYLE_NAMES.items()}
    sep = "、" if lang == "zh" else ", "

    def add(paragraph: Any, text: str, bold: bool = False) -> None:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if east_asia:
            rpr = run._r.get_or_add_rPr()
            ooxml.set_run_fonts(rpr, east_asia=east_asia)
            ooxml.set_language(rpr, "zh-CN", "zh-CN")

    def line(style: str, label: str, text: str, bold: bool = False) -> Any:
        para = document.add_paragraph(style=styles[style])
        if label:
            add(para, label, bold=True)
        add(para, text, bold=bold)
        return para

    committee = committee_name(amendment, draft, lib, lang)
    if committee:
        line("heading", t["committee"], committee)
    title = line("title", "", t["title"].format(draft=draft_name(amendment, draft, lang)))
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    submitter = country_names([amendment.submitted_by], lib, lang)[0]
    line("heading", t["submitted"], submitter)
    key = "signatories" if amendment.kind == "unfriendly" else "cosigners"
    line("heading", t[key], sep.join(country_names(amendment.cosigners, lib, lang)) or t["none"])
    line("heading", t["kind"], t[amendment.kind])
    line("heading", t["numbering"], t[amendment.numbering])
    line("body", "", t["actions"], bold=True)
    for n, action in enumerate(amendment.actions, 1):
        head, quoted = instruction(action, lang, leads.get(n - 1, ""), lib, draft.language)
        line("body", f"{n}. ", head)
        for text in quoted:
            para = line("body", "", text)
            para.paragraph_format.left_indent = 360000  # EMU: 1 cm
    line("body", "", t["sign"], bold=True)
    for code in [amendment.submitted_by, *amendment.cosigners]:
        line("body", "", f"{country_names([code], lib, lang)[0]}{'：' if lang == 'zh' else ': '}________________")
    if amendment.kind == "friendly":  # MUN-A01: every sponsor of the draft agrees
        line("body", "", t["sponsor-approval"], bold=True)
        answers = draft.answers
        sponsors = [c for c in (answers.sponsors if answers is not None else [])
                    if c not in (amendment.submitted_by, *amendment.cosigners)]
        for name in country_names(sponsors, lib, lang):
            line("body", "", f"{name}{'：' if lang == 'zh' else ': '}________________")
        if answers is None:
            line("body", "", "________________")
    line("body", "", t["dais"])
    core = document.core_properties
    core.title = t["title"].format(draft=draft_name(amendment, draft, lang))
    core.author = "drafter"
    core.language = "zh-CN" if lang == "zh" else "en-GB"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
