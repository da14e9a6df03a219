"""What the amendment log says to people, in English and Chinese: statuses, outcomes with their votes, why an
amendment went stale, the conference's voting rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.revise.log import status_name

if TYPE_CHECKING:
    from drafter.revise.debate import Debate
    from drafter.revise.log import Entry

ORDER_NAMES = {"submission": ("in order of submission", "按提交顺序"),
               "reverse": ("in reverse order of submission", "按提交的倒序")}
MAJORITY_NAMES = {"simple": ("simple majority", "简单多数"), "two-thirds": ("two-thirds majority", "三分之二多数"),
                  "two-thirds-voting": ("two thirds of the votes cast", "投票的三分之二"),
                  "security-council": ("nine votes, no permanent member against", "九票且无常任理事国反对")}


def stale_reason(debate: Debate, entry: Entry, lang: str) -> str:
    """Why a stale amendment is stale: which passed amendment, which paragraph, what happened to it."""
    found = entry.stale
    assert found is not None
    by = next((e for e in debate.log.entries if e.submitted == found.by), None)
    who = debate.name(by, lang) if by is not None else str(found.by)
    if lang == "zh":
        what = {"struck": "删除了", "changed": "修改了", "renumbered": "改变了编号："}[found.how]
        tail = f"现为第{found.now}段" if found.how == "renumbered" else ""
        return f"{who}{what}本修正案所指的执行部分第{found.paragraph}段{tail}；请按现行文本重新提交"
    what = {"struck": "struck", "changed": "changed", "renumbered": "renumbered"}[found.how]
    tail = f" (it is now paragraph {found.now})" if found.how == "renumbered" else ""
    return (f"{who} {what} operative paragraph {found.paragraph}, which this amendment addresses{tail}; "
            "resubmit it against the text as it now stands")


def outcome_text(debate: Debate, entry: Entry, lang: str) -> str:
    """The status with its reason or its vote: "passed (20 for, 5 against, 3 abstaining; simple majority)"."""
    name = status_name(entry.status, lang)
    if entry.status == "stale":
        return f"{name}：{stale_reason(debate, entry, lang)}" if lang == "zh" else \
            f"{name}: {stale_reason(debate, entry, lang)}"
    if entry.status == "pending" and entry.kind == "friendly":
        return f"{name}（友好修正案：起草国同意即并入）" if lang == "zh" else \
            f"{name} (friendly: incorporated once the sponsors agree)"
    if entry.vote is not None:
        en_m, zh_m = MAJORITY_NAMES[entry.vote.majority]
        v = entry.vote
        if lang == "zh":
            return f"{name}（赞成{v.yes}，反对{v.no}，弃权{v.abstain}；{zh_m}）"
        return f"{name} ({v.yes} for, {v.no} against, {v.abstain} abstaining; {en_m})"
    if entry.status == "passed":
        return f"{name}（友好修正案，无需表决）" if lang == "zh" else f"{name} (friendly, incorporated without a vote)"
    if entry.status == "withdrawn" and entry.reason:
        return f"{name}：{entry.reason}" if lang == "zh" else f"{name}: {entry.reason}"
    return name


def rule_summary(debate: Debate, lang: str) -> str:
    """"simple majority, voted in reverse order of submission (thimun-style.yaml)"."""
    en_m, zh_m = MAJORITY_NAMES[debate.majority]
    en_o, zh_o = ORDER_NAMES[debate.order]
    source = debate.conference.path.name if debate.conference else ""
    if lang == "zh":
        return f"修正案须{zh_m}通过，{zh_o}表决" + (f"（{source}）" if source else "（未给出会议规则）")
    return f"amendments need a {en_m}, voted {en_o}" + (f" ({source})" if source else " (no rules file)")
