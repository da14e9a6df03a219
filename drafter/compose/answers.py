"""Answers files: the contract between the questionnaire and the builder.

An answers file is YAML a person can read and edit. The questionnaire writes it,
``drafter build`` reads it; replaying one gives the same document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import fields, yamlio
from drafter.compose.draft import DOCUMENT_KINDS, PROFILES
from drafter.compose.sessions import draft_session, opening, session_line
from drafter.files import name_problem, relative_problem, write_atomic
from drafter.library import Library
from drafter.library.model import Committee
from drafter.problems import Location, Problem, did_you_mean, did_you_mean_zh, joined_zh, q
from drafter.punctuation import FINAL_MARKS
from drafter.status import DrafterError, ExitStatus

LEAD_FORMS = ("plain", "also", "further")
CLAUSE_FIELDS = ("id", "phrase", "form", "values", "text", "subparagraphs")
PAPER_FIELDS = ("delegate", "school", "background", "past_action", "position", "proposals")
MAX_TITLE = 255  # Word's limit for the title property
TOP_FIELDS = ("kind", "language", "profile", "committee", "agenda", "country", "sponsors", "signatories",
              "draft_number", "symbol", "session", "date", "title", "preambular", "operative", "position_paper",
              "output")


@dataclass
class ClauseChoice:
    """A chosen library clause, or an own clause, with the delegate's overrides."""

    id: str = ""
    phrase: str = ""  # another lead phrase (phrase id); empty: the clause's own
    values: dict[str, str] = field(default_factory=dict)  # filled placeholders
    text: str = ""  # edited or own body, in the document's language; used literally
    subparagraphs: list[Any] = field(default_factory=list)  # own sub-paragraphs: strings or {text, subparagraphs}
    form: str = ""  # the lead's form: "" counts repeats (Recalling, Recalling also, …); plain, also or further

    @property
    def own(self) -> bool:
        return not self.id

    def to_data(self) -> Any:
        if not (self.phrase or self.values or self.text or self.subparagraphs or self.form) and self.id:
            return self.id
        data: dict[str, Any] = {}
        if self.id:
            data["id"] = self.id
        if self.phrase:
            data["phrase"] = self.phrase
        if self.form:
            data["form"] = self.form
        if self.values:
            data["values"] = dict(self.values)
        if self.text:
            data["text"] = self.text
        if self.subparagraphs:
            data["subparagraphs"] = list(self.subparagraphs)
        return data


@dataclass
class Answers:
    """Everything needed to build one document."""

    kind: str = "resolution"
    language: str = "en"
    profile: str = "un"
    committee: str = ""
    agenda: str = ""
    country: str = ""
    sponsors: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    draft_number: str = ""
    symbol: str = ""
    session: int = 0  # the committee's session the draft is for; 0: the session of the draft's date
    date: str = ""
    title: str = ""
    preambular: list[ClauseChoice] = field(default_factory=list)
    operative: list[ClauseChoice] = field(default_factory=list)
    position_paper: dict[str, Any] = field(default_factory=dict)
    output: str = ""
    source: Path | None = None  # the file these answers were read from
    output_where: Location | None = None  # where ``output`` stands in that file

    def output_path(self, fmt: str = "docx") -> Path:
        """Where the document goes: ``output`` relative to the answers file (inside its folder), else beside it."""
        base = self.source.parent if self.source else Path.cwd()
        if self.output:
            path = base / self.output
        else:
            stem = self.source.stem if self.source else f"{self.country.lower()}-{self.kind}"
            path = base / f"{stem}.docx"
        return path.with_suffix(f".{fmt}")

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "language": self.language}
        if self.kind == "resolution":
            data["profile"] = self.profile
        for key in ("committee", "agenda", "country"):
            data[key] = getattr(self, key)
        if self.kind == "resolution":
            data["sponsors"] = list(self.sponsors)
            data["signatories"] = list(self.signatories)
            for key in ("draft_number", "symbol", "session", "date", "title"):
                if getattr(self, key):
                    data[key] = getattr(self, key)
            data["preambular"] = [c.to_data() for c in self.preambular]
            data["operative"] = [c.to_data() for c in self.operative]
        else:
            if self.date:
                data["date"] = self.date
            data["operative"] = [c.to_data() for c in self.operative]
            if self.position_paper:
                data["position_paper"] = dict(self.position_paper)
        if self.output:
            data["output"] = self.output
        return data

    def to_yaml(self) -> str:
        header = ("# drafter answers file: build the document with `drafter build THIS_FILE`,\n"
                  "# or start the questionnaire from it with `drafter new --answers THIS_FILE`.\n")
        return header + yamlio.dump(self.to_data())


class AnswersError(DrafterError):
    """An answers file that cannot be built; lists every problem with its line."""

    def __init__(self, problems: list[Problem], language: str = "") -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems), ExitStatus.BAD_INPUT,
                         zh="\n".join(p.text("zh") for p in problems))
        self.language = language


def read(path: Path, lib: Library) -> Answers:
    """Read and validate an answers file; raise :class:`AnswersError` listing every problem."""
    try:
        data = yamlio.read_input(path, "answers file")
    except yamlio.YamlProblem as exc:
        encoding = exc.message.startswith("not UTF-8")
        hint = "save the file as UTF-8 text" if encoding else "fix the YAML syntax"
        zh_hint = "请将文件存为 UTF-8 文本" if encoding else "请修正 YAML 语法"
        raise AnswersError([Problem(Location(path, exc.line, exc.column), exc.message, hint, exc.zh, zh_hint)],
                           yamlio.written_language(path)) from None
    answers, problems = parse(data, path, lib)
    if problems:
        raise AnswersError(problems, answers.language)
    return answers


def parse(data: Any, path: Path, lib: Library) -> tuple[Answers, list[Problem]]:
    """Turn parsed YAML into :class:`Answers`, validating against the library."""
    problems: list[Problem] = []

    def problem(mark: tuple[int, int], message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        problems.append(Problem(Location(path, *mark), message, hint, zh, zh_hint))

    answers = Answers(source=path)
    if not isinstance(data, yamlio.YMap):
        problem((1, 1), "an answers file must be a mapping of fields", "start with 'kind: resolution'",
                zh="答案文件必须是字段的映射（每行“字段: 值”）", zh_hint="以`kind: resolution`开头")
        return answers, problems

    fields.check_keys(data, TOP_FIELDS, problem)

    def text_field(key: str, required: bool = False, choices: tuple[str, ...] = ()) -> str:
        hint = f"add '{key}: …'" + (f" (one of {', '.join(choices)})" if choices else "")
        zh_hint = f"请加上`{key}: …`" + (f"（{joined_zh(choices)} 之一）" if choices else "")
        return fields.text(data, key, problem, required=required, hint=hint, choices=choices, zh_hint=zh_hint)

    answers.kind = text_field("kind", True, DOCUMENT_KINDS) or "resolution"
    answers.language = text_field("language", True, ("en", "zh")) or "en"
    answers.profile = text_field("profile", False, PROFILES) or "un"
    for key in ("draft_number", "symbol", "title", "output"):
        setattr(answers, key, text_field(key))
    fields.check_length(data, "title", answers.title, MAX_TITLE, problem,
                        "shorten it: Word keeps the title in the document's properties", "请缩短：Word 把标题存入文档属性")
    if answers.output:
        answers.output_where = Location(path, *data.where("output"))
        bad_name = name_problem(answers.output) or relative_problem(answers.output)
        if bad_name:
            problem(data.where("output"), f"output {bad_name}", zh=f"output 的值{q(answers.output)}不能用作输出路径",
                    zh_hint="请给出相对于答案文件所在文件夹的文件名，如 drafts/name.docx")
    answers.date = text_field("date")
    if answers.date:
        fields.check_date(data, "date", answers.date, problem, "write it as YYYY-MM-DD, e.g. 2027-05-20",
                          "请写成 YYYY-MM-DD，例如 2027-05-20")

    agenda_id = text_field("agenda")
    if not agenda_id:
        if len(lib.agendas) == 1:
            agenda_id = next(iter(lib.agendas))
        else:
            problem(data.mark, "missing field 'agenda'", f"one of: {', '.join(lib.agendas)}",
                    zh=fields.missing_zh("agenda"), zh_hint=f"可选：{joined_zh(lib.agendas)}")
    elif agenda_id not in lib.agendas:
        problem(data.where("agenda"), f"unknown agenda {agenda_id!r}", f"known: {', '.join(lib.agendas)}",
                zh=f"未知议题{q(agenda_id)}", zh_hint=f"已知议题：{joined_zh(lib.agendas)}")
        agenda_id = ""
    answers.agenda = agenda_id
    committee = text_field("committee")
    if committee and committee not in lib.committees:
        problem(data.where("committee"), f"unknown committee {committee!r}", f"known: {', '.join(lib.committees)}",
                zh=f"未知委员会{q(committee)}", zh_hint=f"已知委员会：{joined_zh(lib.committees)}")
    elif not committee and agenda_id:
        committee = lib.agendas[agenda_id].committee
    answers.committee = committee
    answers.session = fields.whole_number(data, "session", problem, minimum=1) or 0
    if committee in lib.committees:
        _check_session(data, answers, lib.committees[committee], problem)

    country = text_field("country", True)
    if country:
        found = lib.find_country(country)
        if found is None:
            problem(data.where("country"), lib.unknown_country(country),
                    "use an ISO3 code (e.g. CHN) or the UN name; `drafter countries` lists them",
                    zh=lib.unknown_country_zh(country),
                    zh_hint="请用 ISO3 代码或联合国名称，例如 CHN；`drafter countries` 列出全部")
        else:
            answers.country = found.iso3

    def country_list(key: str) -> list[str]:
        raw = data.get(key)
        if raw is None:
            return []
        listed = fields.as_list(raw)
        if listed is None:
            problem(data.where(key), f"{key} must be a list of countries", zh=f"{key} 必须是国家列表")
            return []
        codes: list[str] = []
        for i, item in enumerate(listed):
            found = lib.find_country(str(item))
            mark = listed.where(i)
            if found is None:
                problem(mark, lib.unknown_country(str(item), f"in {key}"),
                        "use an ISO3 code or the UN name (`drafter countries`)",
                        zh=lib.unknown_country_zh(str(item), key),
                        zh_hint="请用 ISO3 代码或联合国名称；`drafter countries` 列出全部")
            elif found.iso3 in codes:
                problem(mark, f"{found.name.en} is listed twice in {key}",
                        zh=f"{found.name.zh}在 {key} 中列出了两次")
            else:
                codes.append(found.iso3)
        return codes

    answers.sponsors = country_list("sponsors")
    answers.signatories = country_list("signatories")
    if answers.kind == "resolution" and not answers.sponsors and answers.country:
        answers.sponsors = [answers.country]
    both = [c for c in answers.signatories if c in answers.sponsors]
    for code in both:
        problem(data.where("signatories"), f"{lib.countries[code].name.en} is both a sponsor and a signatory",
                "a sponsor cannot also sign the same draft: remove it from one list",
                zh=f"{lib.countries[code].name.zh}既是提案国又是附议国",
                zh_hint="提案国不能再附议同一草案：请从其中一个列表删去")

    chosen: dict[str, tuple[int, int]] = {}  # library clause id -> where the answers file lists it first
    for kind in ("preambular", "operative"):
        raw = fields.list_under(data, kind, problem, f"{kind} must be a list of clause ids or clause entries",
                                f"{kind} 必须是条款编号或条款条目的列表")
        if raw is None:
            continue
        choices = []
        for i, item in enumerate(raw):
            choice = _choice(item, raw.where(i), kind, answers.language, lib, problem)
            if choice is not None:
                choices.append(choice)
                if choice.id:
                    chosen.setdefault(choice.id, raw.where(i))
        setattr(answers, kind, choices)
    for first, second, question_id in lib.contradictions(chosen):
        question = lib.contested[question_id]
        side_a, side_b = question.side_of(first), question.side_of(second)
        problem(chosen[second], f"clauses {first!r} (line {chosen[first][0]}) and {second!r} take opposite sides of "
                f"the contested question {question_id!r} ({side_a} / {side_b}): {question.en}",
                f"keep one of them; `drafter clauses show {second}` lists its alternatives",
                zh=f"条款{q(first)}（第{chosen[first][0]}行）与{q(second)}在争议问题{q(question.zh or question_id)}"
                   f"上立场相反（{side_a} / {side_b}）",
                zh_hint=f"请只保留其一；`drafter clauses show {second}` 列出其替代条款")
    if answers.kind == "resolution" and not answers.operative and "operative" not in data:
        problem(data.mark, "a resolution needs operative clauses", "add 'operative:' with at least one clause id",
                zh="决议草案需要执行性条款", zh_hint="请加上`operative:`，至少列出一个条款编号")

    paper = fields.mapping_under(data, "position_paper", problem, "position_paper must be a mapping")
    if paper is not None:
        fields.check_keys(paper, PAPER_FIELDS, problem, "position-paper field")
        for key, value in paper.items():
            if key in PAPER_FIELDS:
                answers.position_paper[key] = ([str(v) for v in value] if isinstance(value, list)
                                               else None if value is None else str(value))
    return answers, problems


def _choice(item: Any, mark: yamlio.Mark, kind: str, language: str, lib: Library,
            problem: fields.Report) -> ClauseChoice | None:
    """One entry of ``preambular:`` or ``operative:`` at ``mark``: a clause id, or a mapping of
    :data:`CLAUSE_FIELDS`; None when it cannot be used."""
    if isinstance(item, str):
        item = yamlio.YMap.standing_at(mark, {"id": item})
    if not isinstance(item, yamlio.YMap):
        problem(mark, f"each {kind} entry must be a clause id or a mapping with 'id' or 'text'",
                zh=f"{kind} 的每一项必须是条款编号，或含“id”或“text”的映射")
        return None
    fields.check_keys(item, CLAUSE_FIELDS, problem, "clause field")
    choice = ClauseChoice(id=str(item.get("id") or "").strip(), phrase=str(item.get("phrase") or "").strip(),
                          text=str(item.get("text") or "").strip(), form=str(item.get("form") or "").strip())
    if choice.form and choice.form not in LEAD_FORMS:
        problem(item.where("form"), f"unknown lead form {choice.form!r}",
                f"use {', '.join(LEAD_FORMS)} (or leave it out: repeats become 'also' / 'further')",
                zh=f"未知的引导词形式{q(choice.form)}",
                zh_hint=f"请用 {joined_zh(LEAD_FORMS)}（或省略：重复的引导词自动变为“还”“又”）")
        choice.form = ""
    clause = None
    if choice.id:
        clause = lib.clauses.get(choice.id)
        if clause is None:
            problem(item.where("id"), f"unknown clause id {choice.id!r}{did_you_mean(choice.id, lib.clauses)}",
                    "`drafter clauses` lists the ids",
                    zh=f"未知条款编号{q(choice.id)}{did_you_mean_zh(choice.id, lib.clauses)}",
                    zh_hint="`drafter clauses` 列出全部编号")
            return None
        if clause.kind != kind:
            problem(item.where("id"), f"clause {choice.id!r} is {clause.kind}, listed under {kind}",
                    f"move it to '{clause.kind}:'",
                    zh=f"条款{q(choice.id)}属于 {clause.kind}，却列在 {kind} 下", zh_hint=f"请移到`{clause.kind}:`下")
            return None
        if language not in clause.languages and not choice.text:
            name = "Chinese" if language == "zh" else "English"
            name_zh = "中文" if language == "zh" else "英文"
            problem(item.where("id"), f"clause {choice.id!r} has no {name} text (it was imported from its "
                    f"{', '.join(clause.languages)} version only)",
                    f"give your own {name} text with 'text:', or build the document in {clause.languages[0]}",
                    zh=f"条款{q(choice.id)}没有{name_zh}文本（只从其 {joined_zh(clause.languages)} 版本导入）",
                    zh_hint=f"请用`text:`给出自己的{name_zh}文本，或以 {clause.languages[0]} 生成文档")
            return None
    elif not choice.text:
        problem(item.mark, f"a {kind} entry needs 'id' (a library clause) or 'text' (your own clause)",
                zh=f"{kind} 的条目需要“id”（条款库中的条款）或“text”（自己的条款）")
        return None
    if choice.own and not choice.phrase:
        problem(item.mark, "your own clause needs a lead phrase", "add 'phrase:' with a phrase id from the phrase list",
                zh="自己的条款需要引导词", zh_hint="请加上`phrase:`，写引导词表中的编号")
    if choice.phrase:
        phrase = lib.phrases.get(choice.phrase)
        if phrase is None:
            problem(item.where("phrase"), f"unknown phrase {choice.phrase!r}{did_you_mean(choice.phrase, lib.phrases)}",
                    "the lead phrase must come from the phrase list",
                    zh=f"未知引导词{q(choice.phrase)}{did_you_mean_zh(choice.phrase, lib.phrases)}",
                    zh_hint="引导词必须取自引导词表")
        elif phrase.kind != kind:
            problem(item.where("phrase"), f"phrase {choice.phrase!r} is {phrase.kind}, not {kind}",
                    f"choose a {kind} phrase", zh=f"引导词{q(choice.phrase)}属于 {phrase.kind}，不是 {kind}",
                    zh_hint=f"请选 {kind} 引导词")
    values = fields.mapping_under(item, "values", problem, "values must be a mapping of placeholder: value",
                                  "values 必须是映射（每行“占位符: 值”）")
    if values is not None:
        for name, value in values.items():
            if clause is not None and name not in clause.placeholders:
                problem(values.where_key(name), f"clause {choice.id!r} has no placeholder {name!r}",
                        f"its placeholders: {', '.join(clause.placeholders) or 'none'}",
                        zh=f"条款{q(choice.id)}没有占位符{q(name)}",
                        zh_hint=f"其占位符：{joined_zh(clause.placeholders) or '无'}")
            choice.values[str(name)] = "" if value is None else str(value)
    if choice.text:
        choice.text = tidy_body(choice.text, language)
    subs = fields.list_under(item, "subparagraphs", problem, "subparagraphs must be a list")  # zh: the default
    if subs is not None:
        choice.subparagraphs = [_plain(s) for s in subs]
    return choice


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return "" if value is None else str(value)


_TRAILING = re.compile(r"[\s" + re.escape(FINAL_MARKS) + r"]+$")


def tidy_body(text: str, language: str) -> str:
    """A body as typed by a person, with its final punctuation removed (the renderer adds the right one)."""
    text = " ".join(text.split()) if language == "en" else "".join(text.split("\n")).strip()
    return _TRAILING.sub("", text)


def write(answers: Answers, path: Path, force: bool = False) -> Path:
    """Write answers as YAML atomically; refuse to replace a file without ``force``."""

    write_atomic(path, answers.to_yaml().encode("utf-8"), force=force)
    return path


def _check_session(data: yamlio.YMap, answers: Answers, committee: Committee, problem: fields.Report) -> None:
    """The draft's date and its symbol's year agree with its session (one session a year: the thirty-sixth of
    the CCPCJ meets in 2027, its drafts are E/CN.15/2027/L.n)."""
    if committee.sessions is None:
        if answers.session:
            problem(data.where("session"), f"committee {committee.id!r} does not number its sessions",
                    "remove 'session:'; the committee's session is the library's",
                    zh=f"委员会{q(committee.id)}的届会不编号", zh_hint="请删去`session:`；委员会的届会以条款库为准")
        return
    day = dt.date.fromisoformat(answers.date) if answers.date and fields.is_date(answers.date) else dt.date.today()
    number, year = draft_session(committee, day, answers.session)
    if number < 1:
        problem(data.where("date"), f"the {committee.short.en} held no session in {day.year}",
                f"its first session met in {opening(committee.sessions, 1)[0]}",
                zh=f"{committee.short.zh}在 {day.year} 年没有届会", zh_hint=f"其第一届会议于 {opening(committee.sessions, 1)[0]} 年举行")
        return
    name = session_line(committee, day, "en", number).lower()
    if answers.session and day.year != year:
        where = data.where("date") if answers.date else data.where("session")
        problem(where, f"the draft is dated in {day.year}, but the {name} meets in {year}",
                f"date it in {year}, or give the session of {day.year} ({draft_session(committee, day)[0]})",
                zh=f"草案日期在 {day.year} 年，但{session_line(committee, day, 'zh', number)}在 {year} 年举行",
                zh_hint=f"请把日期定在 {year} 年，或写 {day.year} 年的届会（{draft_session(committee, day)[0]}）")
    symbol_year = re.search(r"/(\d{4})/", answers.symbol)
    if symbol_year and int(symbol_year.group(1)) != year:
        problem(data.where("symbol"), f"symbol {answers.symbol} carries {symbol_year.group(1)}, but the draft is for "
                f"the {name}, which meets in {year}", f"write {answers.symbol.replace(symbol_year.group(1), str(year))}",
                zh=f"文号 {answers.symbol} 带有 {symbol_year.group(1)} 年，但草案是为"
                   f"{session_line(committee, day, 'zh', number)}起草的，该届会议在 {year} 年举行",
                zh_hint=f"请写 {answers.symbol.replace(symbol_year.group(1), str(year))}")
