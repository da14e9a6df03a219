"""Reading a conference rules file: every problem found with its file, line and column, then one error (exit 2).

Keys may be written in English or in Chinese (``委员会``, ``附议``, ``篇幅`` …); :data:`ALIASES` turns them into the
English keys before the fields are checked, so a message names the key as the file writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from drafter import fields
from drafter.conference.model import (
    COUNTED,
    KINDS,
    MAJORITIES,
    ORDERS,
    SC_ONLY,
    SPONSORS,
    AmendmentRules,
    Committee,
    Conference,
    Counted,
    Kind,
    Length,
    Majority,
    Order,
    Signatures,
    Sponsors,
)
from drafter.problems import Location, Problem, joined_zh, q
from drafter.status import DrafterError, ExitStatus
from drafter.structure.paper import SECTION_KINDS, PaperRules, SectionKind
from drafter.yamlio import Mark, YamlProblem, YList, YMap, read_input

TOP = ("conference", "language", "profile", "present", "committees", "signatures", "main-submitters", "cross-draft",
       "member-states-only", "sc-only-phrases", "length", "amendments", "voting", "booklet", "position-papers")
PAPER_KEYS = ("pages", "font-size", "sections", "sources")
ALIASES = {
    "会议": "conference", "语言": "language", "格式": "profile", "出席": "present", "出席代表团": "present",
    "委员会": "committees", "附议": "signatures", "主提交国": "main-submitters", "跨草案": "cross-draft",
    "仅限会员国": "member-states-only", "安理会专用词": "sc-only-phrases", "篇幅": "length", "修正案": "amendments",
    "表决": "voting", "名称": "name", "类型": "kind", "别名": "aliases", "最少": "minimum", "比例": "share",
    "计入": "counted", "最多": "maximum", "页数": "pages", "行数": "lines", "安理会": "security-council",
    "序言可修正": "preambular", "决议": "resolutions", "决议汇编": "booklet", "提案国名单": "sponsors",
    "立场文件": "position-papers", "字号": "font-size",
    "部分": "sections", "参考资料": "sources",
    "非友好附议": "unfriendly-signatories", "非友好修正案附议": "unfriendly-signatories", "表决顺序": "order",
}
VALUE_ALIASES = {
    "安全理事会": "security-council", "安理会": "security-council", "大会": "general-assembly", "其他": "other",
    "简单多数": "simple", "三分之二": "two-thirds", "投票三分之二": "two-thirds-voting", "全部": "all",
    "附议国": "signatories", "联合提交国": "co-sponsors", "保留": "keep", "删除": "remove", "提交顺序": "submission",
    "倒序": "reverse", "提交倒序": "reverse",
}
# the sections a position paper's headings name, in Chinese
SECTION_ALIASES = {"议题背景": "background", "背景": "background", "已有国际行动": "past-action", "国际行动": "past-action",
                   "国家立场": "position", "立场": "position", "解决方案建议": "proposals", "建议": "proposals",
                   "解决方案": "proposals"}
CHOICE_KEYS = ("kind", "counted", "resolutions", "amendments", "sponsors", "order")  # values that may be written in Chinese
PROFILES = ("un", "una-usa", "thimun", "cn-mun")


class _Problems:
    """The problems of one file, as :class:`drafter.fields.Report` wants to send them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Problem] = []

    def __call__(self, mark: Mark, message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        self.found.append(Problem(Location(self.path, *mark), message, hint, zh, zh_hint))


def load(path: Path, present: int | None = None) -> Conference:
    """Read the rules file at ``path``; ``present`` (from the command line) replaces the file's roll-call count.
    Raise :class:`DrafterError` (exit 2) listing every problem as file:line:column."""
    try:
        data = read_input(path, "conference rules file")
    except YamlProblem as exc:
        raise DrafterError(str(exc), ExitStatus.BAD_INPUT,
                           zh=f"{Location(exc.path, exc.line, exc.column).zh()}：{exc.zh}") from None
    report = _Problems(path)
    if not isinstance(data, YMap):
        report((1, 1), "a conference rules file is a mapping (conference:, committees:, signatures: …)",
               zh="会议规则文件应为映射（字段 conference、committees、signatures 等）")
        _raise(report)
    conference = _read(path, _english(data), report, present)
    _raise(report)
    return conference


def _raise(report: _Problems) -> None:
    if report.found:
        raise DrafterError("\n".join(str(p) for p in report.found), ExitStatus.BAD_INPUT,
                           zh="\n".join(p.text("zh") for p in report.found))


def _english(mapping: YMap) -> YMap:
    """``mapping`` with Chinese keys turned into the English ones (their places kept)."""
    made = YMap()
    made.mark = mapping.mark
    for key, value in mapping.items():
        english = ALIASES.get(key, key) if isinstance(key, str) else key
        if english in CHOICE_KEYS and isinstance(value, str) and value.strip() in VALUE_ALIASES:
            value = VALUE_ALIASES[value.strip()]
        made[english] = _english(value) if isinstance(value, YMap) else value
        made.key_marks[english] = mapping.where_key(key)
        made.value_marks[english] = mapping.where(key)
    return made


def _read(path: Path, data: YMap, report: _Problems, present: int | None) -> Conference:
    fields.check_keys(data, TOP, report)
    name = fields.value(data, "conference", str, report, hint="name the conference: conference: MUN 2027") or ""
    language = fields.text(data, "language", report, choices=("en", "zh")) or "en"
    profile = fields.text(data, "profile", report, choices=PROFILES) or None
    in_file = fields.whole_number(data, "present", report, minimum=1)
    committees = _committees(data, report)
    signatures = _signatures(data, report)
    sponsors = fields.mapping_under(data, "main-submitters", report, "main-submitters must be a mapping (maximum: 3)")
    max_sponsors = 0
    if sponsors is not None:
        fields.check_keys(sponsors, ("maximum",), report)
        max_sponsors = fields.whole_number(sponsors, "maximum", report, minimum=1) or 0
    sc_only = _sc_only(data, language, report)
    length, sc_length = _length(data, report)
    amendment_rules = _amendment_rules(data, report)
    return Conference(path, name, language, profile, present or in_file, committees, signatures, max_sponsors,
                      _flag(data, "cross-draft", report), _flag(data, "member-states-only", report), sc_only,
                      length, sc_length, amendment_rules, _voting(data, report),
                      booklet_sponsors=_booklet(data, report), papers=_papers(data, report))


def _amendment_rules(data: YMap, report: _Problems) -> AmendmentRules:
    found = fields.mapping_under(data, "amendments", report,
                                 "amendments must be a mapping (preambular: false, unfriendly-signatories: 3, "
                                 "order: reverse)")
    if found is None:
        return AmendmentRules()
    keys = ("preambular", "unfriendly-signatories", "order")
    fields.check_keys(found, keys, report)
    order = fields.text(found, "order", report, choices=ORDERS) or "submission"
    return AmendmentRules(_flag(found, "preambular", report, default=True),
                          fields.whole_number(found, "unfriendly-signatories", report, minimum=0) or 0,
                          cast(Order, order), {key: found.where_key(key)[0] for key in keys if key in found})


def _flag(mapping: YMap, key: str, report: _Problems, default: bool = False) -> bool:
    found = fields.value(mapping, key, bool, report, required=False)
    return default if found is None else bool(found)


def _committees(data: YMap, report: _Problems) -> tuple[Committee, ...]:
    items = fields.list_under(data, "committees", report, "committees must be a list (- name: …, kind: …)")
    if items is None:
        if "committees" not in data:
            report(data.mark, fields.missing("committees"), "list the committees: - name: Security Council",
                   zh=fields.missing_zh("committees"), zh_hint="请列出委员会：- name: 安全理事会")
        return ()
    committees: list[Committee] = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            item = YMap.standing_at(items.where(index), {"name": item})
        if not isinstance(item, YMap):
            report(items.where(index), "a committee is a name or a mapping (name:, kind:, aliases:)",
                   zh="委员会应为名称或映射（字段 name、kind、aliases）")
            continue
        item = _english(item)
        fields.check_keys(item, ("name", "kind", "aliases"), report)
        name = fields.value(item, "name", str, report, hint="name: Security Council")
        kind = fields.text(item, "kind", report, choices=KINDS) or "other"
        aliases = fields.as_list(item.get("aliases", YList()))
        if aliases is None or not all(isinstance(a, str) for a in aliases):
            report(item.where("aliases"), "aliases must be a list of names", zh="aliases 必须是名称列表")
            aliases = YList()
        if name:
            committees.append(Committee(name, cast(Kind, kind), tuple(a.strip() for a in aliases)))
    return tuple(committees)


def _signatures(data: YMap, report: _Problems) -> Signatures:
    found = fields.mapping_under(data, "signatures", report, "signatures must be a mapping (minimum: 6, share: 10%)")
    if found is None:
        return Signatures()
    fields.check_keys(found, ("minimum", "share", "counted"), report)
    minimum = fields.whole_number(found, "minimum", report, minimum=0) or 0
    share = _share(found, report)
    counted = fields.text(found, "counted", report, choices=COUNTED) or "all"
    return Signatures(minimum, share, cast(Counted, counted))


def _share(mapping: YMap, report: _Problems) -> float:
    """A share written "20%" or 0.2, between 0 and 1."""
    written: Any = mapping.get("share")
    if written is None:
        return 0.0
    try:
        share = float(written.strip().removesuffix("%")) / 100 if isinstance(written, str) else float(written)
    except (TypeError, ValueError):
        share = -1.0
    if isinstance(written, bool) or not 0 < share <= 1:
        report(mapping.where("share"), f"share {written!r} is not a share of the delegations present",
               "write it as 20% or 0.2", zh=f"share 的值{q(written)}不是出席代表团的比例", zh_hint="请写作 20% 或 0.2")
        return 0.0
    return share


def _sc_only(data: YMap, language: str, report: _Problems) -> tuple[str, ...]:
    """The lead words kept for the Security Council: ``true`` for the usual ones, or a list."""
    found = data.get("sc-only-phrases")
    if found is None or found is False:
        return ()
    if found is True:
        return SC_ONLY[language]
    words = fields.as_list(found)
    if words is None or not all(isinstance(w, str) and w.strip() for w in words):
        report(data.where("sc-only-phrases"), "sc-only-phrases must be true or a list of lead words (Decides, 决定)",
               zh="sc-only-phrases 必须是 true 或引导词列表（Decides、决定）")
        return ()
    return tuple(w.strip() for w in words)


def _length(data: YMap, report: _Problems) -> tuple[Length, Length]:
    found = fields.mapping_under(data, "length", report, "length must be a mapping (pages: 2, lines: 80)")
    if found is None:
        return Length(), Length()
    fields.check_keys(found, ("pages", "lines", "security-council"), report)
    council = fields.mapping_under(found, "security-council", report,
                                   "length: security-council must be a mapping (pages: 3)")
    return _caps(found, report), (_caps(council, report) if council is not None else Length())


def _caps(mapping: YMap, report: _Problems) -> Length:
    if "security-council" not in mapping:
        fields.check_keys(mapping, ("pages", "lines"), report)
    return Length(fields.whole_number(mapping, "pages", report, minimum=1) or 0,
                  fields.whole_number(mapping, "lines", report, minimum=1) or 0)


def _voting(data: YMap, report: _Problems) -> dict[str, Majority]:
    found = fields.mapping_under(data, "voting", report, "voting must be a mapping (resolutions: simple)")
    voting: dict[str, Majority] = {"resolutions": "simple", "amendments": "simple"}
    if found is None:
        return voting
    fields.check_keys(found, ("resolutions", "amendments"), report)
    for what in ("resolutions", "amendments"):
        chosen = fields.text(found, what, report, choices=MAJORITIES)
        if chosen:
            voting[what] = cast(Majority, chosen)
    return voting


def _booklet(data: YMap, report: _Problems) -> Sponsors:
    """What the booklet of adopted resolutions does with the sponsor lists: keep (the default) or remove."""
    found = fields.mapping_under(data, "booklet", report, "booklet must be a mapping (sponsors: keep or remove)")
    if found is None:
        return "keep"
    fields.check_keys(found, ("sponsors",), report)
    return cast(Sponsors, fields.text(found, "sponsors", report, choices=SPONSORS) or "keep")


def _papers(data: YMap, report: _Problems) -> PaperRules:
    """``position-papers:``: pages (the text, sources not counted), font-size in points, the sections the
    headings must name, whether a sources list is required."""
    found = fields.mapping_under(data, "position-papers", report,
                                 "position-papers must be a mapping (pages: 1, font-size: 12, sections: […], sources: true)")
    if found is None:
        return PaperRules()
    fields.check_keys(found, PAPER_KEYS, report)
    default = PaperRules()
    pages = fields.whole_number(found, "pages", report, minimum=1) or default.pages
    size = found.get("font-size")
    font_size = default.font_size
    if size is not None:
        if isinstance(size, bool) or not isinstance(size, (int, float)) or not 6 <= size <= 30:
            report(found.where("font-size"), f"font-size {size!r} is not a size in points", "write it as 12 or 10.5",
                   zh=f"font-size 的值{q(size)}不是以磅为单位的字号", zh_hint="请写作 12 或 10.5")
        else:
            font_size = float(size)
    sections = default.sections
    if "sections" in found:
        written = fields.as_list(found.get("sections"))
        if written is None or not all(isinstance(s, str) for s in written):
            report(found.where("sections"), "sections must be a list of section names",
                   f"sections are: {', '.join(SECTION_KINDS)}",
                   zh="sections 必须是部分名称的列表", zh_hint=f"可用部分：{joined_zh(SECTION_KINDS)}")
        else:
            chosen: list[SectionKind] = []
            for index, name in enumerate(written):
                kind = SECTION_ALIASES.get(name.strip(), name.strip())
                if kind not in SECTION_KINDS:
                    report(written.where(index), f"unknown section {name!r}", f"sections are: {', '.join(SECTION_KINDS)}",
                           zh=f"未知部分{q(name)}", zh_hint=f"可用部分：{joined_zh(SECTION_KINDS)}")
                else:
                    chosen.append(cast(SectionKind, kind))
            sections = tuple(chosen)
    return PaperRules(pages, font_size, sections, _flag(found, "sources", report, default=default.sources))
