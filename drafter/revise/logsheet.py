"""The dais's sheet of a debate: every amendment in the log, in order of submission, with its proposer,
co-signers, kind, what it does and its outcome (its vote, or why it is stale or withdrawn), in English or Chinese."""

from __future__ import annotations

from drafter.compose.assemble import country_names
from drafter.revise import sheet
from drafter.revise.amend import Amendment
from drafter.revise.debate import Debate
from drafter.revise.logwords import outcome_text, rule_summary
from drafter.revise.sheetdoc import SheetDocument

TEXTS = {
    "en": {"title": "Amendments to {draft}", "rules": "Rules: ", "amendment": "Amendment {n}",
           "by": "Submitted by: ", "cosigners": "Co-signers: ", "signatories": "Signatories: ", "none": "None",
           "kind": "Type: ", "friendly": "friendly", "unfriendly": "unfriendly", "file": "File: ",
           "outcome": "Outcome: ", "empty": "No amendment has been submitted.",
           "summary": "{passed} passed, {failed} failed, {withdrawn} withdrawn, {stale} stale, {pending} pending"},
    "zh": {"title": "对{draft}的修正案", "rules": "规则：", "amendment": "第{n}号修正案",
           "by": "提交国：", "cosigners": "附议国：", "signatories": "附议国：", "none": "无",
           "kind": "类型：", "friendly": "友好修正案", "unfriendly": "非友好修正案", "file": "文件：",
           "outcome": "结果：", "empty": "尚无修正案提交。",
           "summary": "通过{passed}项，未通过{failed}项，撤回{withdrawn}项，失效{stale}项，待表决{pending}项"},
}


def render(debate: Debate, lang: str) -> bytes:
    """The sheet as .docx bytes."""
    t = TEXTS[lang]
    draft = debate.draft()
    doc = SheetDocument(lang)
    sep = "、" if lang == "zh" else ", "
    entries = sorted(debate.log.entries, key=lambda e: e.submitted)
    first = debate.amendments[entries[0].submitted] if entries else None
    name = sheet.draft_name(first, draft, lang) if first is not None else sheet.draft_name(
        Amendment(), draft, lang)
    title = t["title"].format(draft=name)
    committee = sheet.committee_name(first or Amendment(), draft, debate.lib, lang)
    if committee:
        doc.line("heading", sheet.TEXTS[lang]["committee"], committee)
    doc.centred("title", title)
    doc.line("heading", t["rules"], rule_summary(debate, lang))
    counts = {status: sum(e.status == status for e in entries)
              for status in ("passed", "failed", "withdrawn", "stale", "pending")}
    doc.line("heading", "", t["summary"].format(**counts) if entries else t["empty"])
    for entry in entries:
        amendment = debate.amendments[entry.submitted]
        doc.line("body", "", t["amendment"].format(n=entry.submitted), bold=True)
        doc.line("body", t["by"], country_names([entry.proposer], debate.lib, lang)[0])
        key = "signatories" if entry.kind == "unfriendly" else "cosigners"
        doc.line("body", t[key], sep.join(country_names(entry.cosigners, debate.lib, lang)) or t["none"])
        doc.line("body", t["kind"], t[entry.kind])
        sheet.actions(doc, amendment, lang, {}, debate.lib, draft.language)
        doc.line("body", t["outcome"], outcome_text(debate, entry, lang))
    return doc.to_bytes(title)
