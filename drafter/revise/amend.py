"""Amendments: a small YAML file of actions on operative paragraphs, validated against its draft.

An amendment names the draft it amends, the submitting delegation and its co-signers, whether it
is friendly (MUN-A01) or unfriendly (MUN-A02), and a list of actions on operative paragraphs and
sub-paragraphs addressed by their numbers ("3", "5(b)(ii)"); only operative paragraphs can be
amended (MUN-A03)::

    draft: brazil.yaml            # the draft: an answers file or a .docx, relative to this file
    submitted_by: FRA
    cosigners: [DEU, ITA]
    kind: unfriendly              # friendly | unfriendly
    numbering: current            # current (the text as amended so far) | original (the draft as introduced)
    actions:
      - strike: "3"
      - add_after: "5"            # "0": before paragraph 1; "last": after the final paragraph
        text: Requests the Secretariat to report on the implementation of the present resolution
      - replace_words: "2"
        words: all States
        with: all Member States
      - replace: "4(a)"
        text: the exchange of electronic evidence
      - change_lead: "6"
        phrase: urges              # a phrase id from the phrase list, or the words themselves
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import fields, yamlio
from drafter.files import write_atomic
from drafter.labels import parse_address
from drafter.library import Library
from drafter.problems import Location, Problem, did_you_mean, did_you_mean_zh
from drafter.punctuation import is_chinese
from drafter.status import DrafterError, ExitStatus
from drafter.word.revisions import timestamp

ACTIONS = ("add_after", "strike", "replace_words", "replace", "change_lead")
FIELDS = ("draft", "submitted_by", "cosigners", "kind", "numbering", "date", "resolution", "committee", "actions")
ACTION_FIELDS = {
    "add_after": ("text", "phrase", "subparagraphs"),
    "strike": (),
    "replace_words": ("words", "with", "occurrence"),
    "replace": ("text", "phrase", "subparagraphs"),
    "change_lead": ("phrase",),
}
PREAMBULAR_ADDRESS = re.compile(r"^(?:pp|p|preamb(?:ular|le)?(?:\s+paragraph)?)\s*[.:]?\s*(\d{1,4})$"
                                r"|^序言(?:部分)?(?:第)?\s*(\d{1,4})\s*段?$", re.IGNORECASE)
"""How amendments write a preambular paragraph: "PP2", "preambular 2", "序言部分第2段"."""
KINDS = ("friendly", "unfriendly")
NUMBERINGS = ("current", "original")


@dataclass
class Action:
    """One change to one operative paragraph or sub-paragraph."""

    kind: str  # one of ACTIONS
    address: str  # "3", "5(b)(ii)", for add_after also "0" or "last"
    path: list[int]  # the address as positions: [5, 2, 2]; [0] before the first paragraph; [] last
    text: str = ""
    phrase: str = ""
    words: str = ""
    replacement: str = ""
    occurrence: int = 0  # replace_words: which occurrence (1-based) when the words appear more than once
    subparagraphs: list[str] = field(default_factory=list)
    location: Location | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {self.kind: self.address}
        if self.kind in ("add_after", "replace"):
            if self.phrase:
                data["phrase"] = self.phrase
            data["text"] = self.text
            if self.subparagraphs:
                data["subparagraphs"] = list(self.subparagraphs)
        elif self.kind == "replace_words":
            data["words"] = self.words
            data["with"] = self.replacement
            if self.occurrence:
                data["occurrence"] = self.occurrence
        elif self.kind == "change_lead":
            data["phrase"] = self.phrase
        return data


@dataclass
class Amendment:
    """An amendment file, read and checked on its own (see :func:`validate` for the draft)."""

    draft: str = ""
    submitted_by: str = ""  # ISO3
    cosigners: list[str] = field(default_factory=list)
    kind: str = "friendly"
    numbering: str = "current"
    date: str = ""
    resolution: str = ""  # how the sheet names the draft ("1/1", "E/CN.15/2027/L.4"); default from the draft
    committee: str = ""
    actions: list[Action] = field(default_factory=list)
    source: Path | None = None
    preambular: list[Action] = field(default_factory=list)  # actions on preambular paragraphs: refused (MUN-A03)

    @property
    def draft_path(self) -> Path | None:
        if not self.draft:
            return None
        path = Path(self.draft).expanduser()
        if not path.is_absolute() and self.source is not None:
            path = self.source.parent / path
        return path

    def author(self, lib: Library) -> str:
        """The name tracked changes carry: the submitting delegation's UN name in English."""
        country = lib.countries.get(self.submitted_by)
        return country.name.en if country else self.submitted_by or "drafter"

    def timestamp(self) -> str:
        """The w:date its tracked changes carry: noon UTC of its date, else now."""
        if self.date:
            day = dt.date.fromisoformat(self.date)
            return timestamp(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))
        return timestamp()

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.draft:
            data["draft"] = self.draft
        data["submitted_by"] = self.submitted_by
        data["cosigners"] = list(self.cosigners)
        data["kind"] = self.kind
        data["numbering"] = self.numbering
        for key in ("date", "resolution", "committee"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        data["actions"] = [a.to_data() for a in self.actions]
        return data

    def to_yaml(self) -> str:
        header = ("# drafter amendment: check it with `drafter amend THIS_FILE`, print the sheet with\n"
                  "# `drafter amend THIS_FILE --sheet SHEET.docx`, apply it with `drafter apply DRAFT THIS_FILE`.\n")
        return header + yamlio.dump(self.to_data())


class AmendmentError(DrafterError):
    """An amendment that cannot be used; lists every problem with its line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems), ExitStatus.BAD_INPUT,
                         zh="\n".join(p.text("zh") for p in problems))


# -- addresses ------------------------------------------------------------------------------------

# -- reading --------------------------------------------------------------------------------------


def read(path: Path, lib: Library) -> Amendment:
    """Read and check an amendment file on its own; raise :class:`AmendmentError` listing every problem."""
    amendment, problems = parse_file(path, lib)
    if problems:
        raise AmendmentError(problems)
    return amendment


def parse_file(path: Path, lib: Library) -> tuple[Amendment, list[Problem]]:
    """The amendment at ``path`` as far as it can be read, and its problems; raise :class:`AmendmentError` when
    it is not YAML."""
    try:
        data = yamlio.read_input(path, "amendment file")
    except yamlio.YamlProblem as exc:
        raise AmendmentError([Problem(Location(path, exc.line, exc.column), exc.message, zh=exc.zh)]) from None
    return parse(data, path, lib)


def parse(data: Any, path: Path, lib: Library) -> tuple[Amendment, list[Problem]]:
    """Turn parsed YAML into an :class:`Amendment`, checking every field."""
    problems: list[Problem] = []

    def problem(mark: tuple[int, int], message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        problems.append(Problem(Location(path, *mark), message, hint, zh, zh_hint))

    amendment = Amendment(source=path)
    if not isinstance(data, yamlio.YMap):
        problem((1, 1), "an amendment file must be a mapping of fields", "start with 'submitted_by: FRA'",
                zh="修正案文件必须是字段的映射（每行“字段: 值”）", zh_hint="以 `submitted_by: FRA` 开头")
        return amendment, problems
    fields.check_keys(data, FIELDS, problem)
    amendment.draft = fields.text(data, "draft", problem)
    amendment.kind = fields.text(data, "kind", problem, choices=KINDS) or "friendly"
    amendment.numbering = fields.text(data, "numbering", problem, choices=NUMBERINGS) or "current"
    amendment.resolution = fields.text(data, "resolution", problem)
    amendment.committee = fields.text(data, "committee", problem)
    if amendment.committee and amendment.committee not in lib.committees:
        problem(data.where("committee"), f"unknown committee {amendment.committee!r}",
                f"known: {', '.join(lib.committees)}", zh=f"未知委员会“{amendment.committee}”",
                zh_hint=f"已知委员会：{'、'.join(lib.committees)}")
        amendment.committee = ""
    amendment.date = fields.text(data, "date", problem)
    if amendment.date and not fields.check_date(data, "date", amendment.date, problem, "write it as YYYY-MM-DD",
                                                "请写成 YYYY-MM-DD"):
        amendment.date = ""
    submitter = fields.text(data, "submitted_by", problem)
    if not submitter:  # also when it is not text, or only spaces
        problem(data.mark, fields.missing("submitted_by"), "the submitting delegation: an ISO3 code or UN name",
                zh=fields.missing_zh("submitted_by"), zh_hint="提交的代表团：ISO3 代码或联合国名称")
    else:
        found = lib.find_country(submitter)
        if found is None:
            problem(data.where("submitted_by"), lib.unknown_country(submitter),
                    "use an ISO3 code or the UN name (`drafter countries`)", zh=lib.unknown_country_zh(submitter),
                    zh_hint="请用 ISO3 代码或联合国名称；`drafter countries` 列出全部")
        else:
            amendment.submitted_by = found.iso3
    raw = data.get("cosigners")
    cosigners = fields.as_list(raw) if raw is not None else yamlio.YList()
    if cosigners is None:
        problem(data.where("cosigners"), "cosigners must be a list of countries", zh="cosigners 必须是国家列表")
        cosigners = yamlio.YList()
    for i, item in enumerate(cosigners):
        mark = cosigners.where(i)
        found = lib.find_country(str(item))
        if found is None:
            problem(mark, lib.unknown_country(str(item), "in cosigners"), "use an ISO3 code or the UN name",
                    zh=lib.unknown_country_zh(str(item), "cosigners"), zh_hint="请用 ISO3 代码或联合国名称")
        elif found.iso3 == amendment.submitted_by:
            problem(mark, f"{found.name.en} submits the amendment; it is not also a co-signer",
                    zh=f"{found.name.zh}是修正案的提交国，不再是附议国")
        elif found.iso3 in amendment.cosigners:
            problem(mark, f"{found.name.en} is listed twice in cosigners", zh=f"{found.name.zh}在 cosigners 中列出了两次")
        else:
            amendment.cosigners.append(found.iso3)

    actions = data.get("actions")
    if actions is None:
        problem(data.mark, fields.missing("actions"), f"a list of actions: {', '.join(ACTIONS)}",
                zh=fields.missing_zh("actions"), zh_hint=f"修改动作的列表：{'、'.join(ACTIONS)}")
    elif not isinstance(actions, yamlio.YList) or not actions:
        problem(data.where("actions"), "actions must be a non-empty list", f"each one of: {', '.join(ACTIONS)}",
                zh="actions 必须是非空列表", zh_hint=f"每项为以下之一：{'、'.join(ACTIONS)}")
    else:
        for i, item in enumerate(actions):
            action = _action(item, actions.where(i), path, lib, problem)
            if action is not None and action.path == [-1]:
                amendment.preambular.append(action)
            elif action is not None:
                amendment.actions.append(action)
    return amendment, problems


def _action(item: Any, mark: yamlio.Mark, path: Path, lib: Library, problem: fields.Report) -> Action | None:
    """One entry of ``actions:`` at ``mark``: exactly one of :data:`ACTIONS` with its address, and the fields
    that action takes; None when it cannot be used."""
    if not isinstance(item, yamlio.YMap):
        problem(mark, "each action must be a mapping such as 'strike: \"3\"'", f"actions: {', '.join(ACTIONS)}",
                zh="每个动作都必须是映射，如 `strike: \"3\"`", zh_hint=f"动作：{'、'.join(ACTIONS)}")
        return None
    kinds = [k for k in item if k in ACTIONS]
    if len(kinds) != 1:
        problem(item.mark, "an action names exactly one of " + ", ".join(ACTIONS) +
                (f" (found {', '.join(kinds)})" if kinds else ""),
                zh="每个动作只能写以下之一：" + "、".join(ACTIONS) + (f"（写了 {'、'.join(kinds)}）" if kinds else ""))
        return None
    kind = kinds[0]
    allowed = ", ".join(ACTION_FIELDS[kind]) or "no other field"
    for key, key_mark in fields.unknown_keys(item, (kind, *ACTION_FIELDS[kind])):
        problem(key_mark, f"{kind} does not take {key!r}", f"{kind} takes {allowed}",
                zh=f"{kind} 不接受“{key}”", zh_hint=f"{kind} 接受：{'、'.join(ACTION_FIELDS[kind]) or '无其他字段'}")
    address = str(item[kind]).strip() if item[kind] is not None else ""
    where = item.where(kind)
    if kind == "add_after" and address.casefold() in ("last", "end"):
        path_numbers: list[int] | None = []
    elif kind == "add_after" and address == "0":
        path_numbers = [0]
    else:
        path_numbers = parse_address(address)
    if path_numbers is None and PREAMBULAR_ADDRESS.match(address):
        problem(where, f"{address!r} is a preambular paragraph: only operative paragraphs can be amended "
                       "(FORMAT.md MUN-A03)",
                "amend the operative paragraphs; a conference whose rules allow preambular amendments changes "
                "a preambular paragraph by hand",
                zh=f"“{address}”是序言部分段落：只能修正执行部分段落（FORMAT.md MUN-A03）",
                zh_hint="请修正执行部分段落；规则允许修正序言部分的会议，由人工修改序言段落")
        return Action(kind, address, [-1], location=Location(path, *where))
    if path_numbers is None or (path_numbers and path_numbers[0] == 0 and kind != "add_after"):
        problem(where, f"{address!r} is not an operative paragraph address",
                'write the number as the draft shows it: "3", "5(b)", "5(b)(ii)"' +
                ('; "0" or "last" to add at the start or the end' if kind == "add_after" else ""),
                zh=f"“{address}”不是执行部分段落的地址",
                zh_hint="请照草案写编号：“3”“5(b)”“5(b)(ii)”" +
                        ("；“0”或“last”表示加在开头或末尾" if kind == "add_after" else ""))
        return None
    action = Action(kind, address, path_numbers, location=Location(path, *where))

    def field_text(key: str, required: bool) -> str:
        value = item.get(key)
        if fields.is_blank(value):
            if required:
                problem(item.mark, f"{kind} needs '{key}:'", zh=f"{kind} 需要 `{key}:`")
            return ""
        if isinstance(value, (list, dict)):
            problem(item.where(key), f"{key} must be text", zh=fields.wrong_kind_zh(key, str))
            return ""
        return " ".join(str(value).split()) if not is_chinese(str(value)) else "".join(str(value).split())

    if kind in ("add_after", "replace"):
        action.text = field_text("text", True)
        action.phrase = field_text("phrase", False)
        subs = item.get("subparagraphs")
        if subs is not None:
            if not isinstance(subs, list) or not all(isinstance(s, (str, int, float)) for s in subs):
                problem(item.where("subparagraphs"), "subparagraphs must be a list of texts",
                        zh="subparagraphs 必须是文字的列表")
            else:
                action.subparagraphs = [str(s).strip() for s in subs if str(s).strip()]
    elif kind == "replace_words":
        action.words = field_text("words", True)
        action.replacement = field_text("with", False)
        action.occurrence = fields.whole_number(item, "occurrence", problem, minimum=1) or 0
    elif kind == "change_lead":
        action.phrase = field_text("phrase", True)
    if action.phrase and kind != "change_lead" and action.phrase not in lib.phrases:
        problem(item.where("phrase"), f"unknown phrase {action.phrase!r}{did_you_mean(action.phrase, lib.phrases)}",
                "a phrase id from the phrase list (`drafter clauses` shows leads), or leave it out and "
                "write the lead phrase at the start of 'text'",
                zh=f"未知引导词“{action.phrase}”{did_you_mean_zh(action.phrase, lib.phrases)}",
                zh_hint="请写引导词表中的编号（`drafter clauses` 列出引导词），或省略它，把引导词写在 `text` 开头")
    if action.phrase and action.phrase in lib.phrases and lib.phrases[action.phrase].kind != "operative":
        problem(item.where("phrase"), f"phrase {action.phrase!r} is preambular; operative paragraphs need an "
                                      "operative lead phrase",
                zh=f"引导词“{action.phrase}”属于序言部分；执行部分段落需要执行性引导词")
    return action


def write(amendment: Amendment, path: Path, force: bool = False) -> Path:
    """Write ``amendment`` as YAML to ``path`` (atomically; an existing file only with ``force``)."""
    write_atomic(path, amendment.to_yaml().encode("utf-8"), force=force)
    return path
