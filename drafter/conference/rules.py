"""The approval panel's rules as data: id, severity, message in English and Chinese, the conference rule it
enforces. Each has a passing and a failing example in tests/conference/."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.bilingual import Text, filled


@dataclass(frozen=True)
class PanelRule:
    id: str
    severity: str
    en: str
    zh: str
    source: str  # the key of the conference rules file

    def said(self, **fields: object) -> Text:
        """The message filled with ``fields`` in English and in Chinese."""
        return filled(self.en, self.zh, fields)


PANEL_RULES: dict[str, PanelRule] = {r.id: r for r in [
    PanelRule("committee-unknown", "warning",
              "the committee {found!r} is not one of this conference's ({known})",
              "委员会“{found}”不在本次会议的委员会之列（{known}）", "committees"),
    PanelRule("signatures-too-few", "error",
              "{count} delegations named; this conference needs at least {needed}{why}",
              "列出了{count}个代表团；本次会议至少需要{needed}个{why}", "signatures"),
    PanelRule("sponsors-too-many", "error",
              "{count} main submitters; this conference allows at most {maximum}",
              "主提交国有{count}个；本次会议最多允许{maximum}个", "main-submitters"),
    PanelRule("sponsor-other-draft", "error",
              "{state} sponsors {other} and may not sponsor or sign another draft",
              "{state}已是{other}的提交国，不得再提交或附议其他草案", "cross-draft"),
    PanelRule("signatory-not-member", "error",
              "{name!r} is not a Member State; only Member States sign at this conference",
              "“{name}”不是联合国会员国；本次会议只有会员国可以附议", "member-states-only"),
    PanelRule("sc-only-language", "error",
              "{lead!r} is kept for the Security Council at this conference; this draft is for {committee}",
              "本次会议中“{lead}”仅限安全理事会使用；本草案属于{committee}", "sc-only-phrases"),
    PanelRule("length-over-cap", "error",
              "{count} {unit}{how}; this conference allows at most {cap}",
              "{count}{unit}{how}；本次会议最多允许{cap}{unit}", "length"),
]}
