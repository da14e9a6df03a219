"""The questionnaire's logic as plain Python: questions, defaults, suggestions, validation.

:class:`Flow` asks through an :class:`Asker` (the terminal one lives in
:mod:`drafter.interview.questionnaire`; tests script one). Every answer goes straight into an
:class:`~drafter.compose.answers.Answers`, so an interruption at any point can save what was given.
Any prompt may raise :class:`GoBack` (Esc): the flow then asks the previous step again.
"""

from __future__ import annotations

import copy
import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from drafter import yamlio
from drafter.compose.answers import Answers, ClauseChoice, tidy_body
from drafter.library import PLACEHOLDER, Library
from drafter.library.model import Agenda, Clause, Contested, Country, Phrase
from drafter.punctuation import to_full_width
from drafter.status import DrafterError

Validator = Callable[[str], "str | None"]  # returns an error message, or None when the answer is fine

PREAMBULAR_RANGE = (5, 8)  # how many clauses a suggested draft has
OPERATIVE_RANGE = (6, 10)


class GoBack(Exception):
    """Esc at a prompt: ask the previous step again (or ``step``, when given)."""

    def __init__(self, step: str | None = None) -> None:
        super().__init__(step or "")
        self.step = step


@dataclass
class Option:
    value: Any
    title: str
    checked: bool = False
    search: str = ""  # more text the filter looks at (other language, ids, topics, source)
    preview: str = ""  # shown in full beside the list
    group: str = ""  # heading the option stands under


class Asker(Protocol):
    def select(self, message: str, options: list[Option], default: Any = None) -> Any: ...
    def pick(self, message: str, options: list[Option], multi: bool = True,
             alternatives: Callable[[Any], Iterable[Any]] | None = None,
             describe: Callable[[Any, Any], str] | None = None) -> Any: ...
    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str: ...
    def outline(self, message: str, rows: list[Option], index: int = 0, note: str = "") -> tuple[str, str, int]: ...
    def confirm(self, message: str, default: bool = True) -> bool: ...
    def say(self, text: str) -> None: ...


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
    "profile-un": ("UN style (symbol, sponsor line, title)", "联合国格式（文件编号、提案国行、标题）"),
    "profile-una-usa": ("UNA-USA (Committee / Topic / Sponsors / Signatories)", "UNA-USA 格式（委员会/议题/起草国/附议国）"),
    "profile-thimun": ("THIMUN (FORUM / QUESTION OF / SUBMITTED BY)", "THIMUN 格式（论坛/议题/主提交国）"),
    "profile-cn-mun": ("Chinese MUN (决议草案 / 委员会 / 议题 / 起草国 / 附议国)", "中文模联格式（起草国/附议国/草案编号）"),
    "sponsors": ("Sponsors", "起草国"),
    "signatories": ("Signatories", "附议国"),
    "both": ("Warning: {names} cannot be both sponsor and signatory; they stay sponsors only.",
             "注意：{names}不能同时是起草国和附议国，已只保留为起草国。"),
    "threshold": ("{count} of {members} members ({percent}%) sponsor or sign; the usual threshold is 20% ({needed}).",
                  "起草国和附议国共{count}个，占{members}个成员的{percent}%；\n通常需要达到20%（{needed}个）。"),
    "topics": ("What is your draft about? Tick topics with Tab; clauses are suggested for them",
               "您的草案关于什么？用 Tab 勾选议题，随后为您推荐相应条款"),
    "preambular": ("Preambular clauses  ([x] in your draft · ⚠ opposed by your blocs · ⇄ other side)",
                   "序言性条款（[x] 已选入草案 · ⚠ 与所属集团立场相悖 · ⇄ 对立观点）"),
    "operative": ("Operative clauses  ([x] in your draft · ⚠ opposed by your blocs · ⇄ other side)",
                  "行动性条款（[x] 已选入草案 · ⚠ 与所属集团立场相悖 · ⇄ 对立观点）"),
    "ticked-group": ("Your draft (suggested for your blocs and topics)", "您的草案（按所属集团和议题推荐）"),
    "proposals": ("Proposals of the position paper (operative clauses)", "立场文件的建议（行动性条款）"),
    "need-operative": ("A resolution needs at least one operative clause.", "决议至少需要一条行动性条款。"),
    "replaced": ("Removed {other} (other side of the contested question {question}).",
                 "已移除 {other}（在争议问题 {question} 上持相反立场）。"),
    "conflict-note": ("Alternative to {others} (“{question}”): choosing it removes them.",
                      "与 {others} 互为替代（“{question}”）：选择它会移除后者。"),
    "chosen-count": ("{title}: {count} chosen", "{title}：已选 {count} 项"),
    "outline": ("Your draft: check it, change it, then Enter", "您的草案：检查、修改后按回车"),
    "outline-help": ("↑↓ move  [ ] reorder  x remove  s/w stronger/weaker lead  e edit  f fill blanks\n"
                     "a add library clauses  n own clause  b earlier steps  Enter done  Esc back\n"
                     "Ctrl-D/U scroll the preview",
                     "↑↓ 选择  [ ] 调整顺序  x 删除  s/w 加强/减弱引导词  e 编辑  f 填空\n"
                     "a 添加条款  n 自拟条款  b 返回之前的步骤  回车 完成  Esc 返回\n"
                     "Ctrl-D/U 滚动预览"),
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
    "not-written": ("Nothing written. Your answers are in {path}; edit them and run: drafter build {quoted}",
                    "未生成文件。您的回答已保存在{path}；\n可编辑后运行：drafter build {quoted}"),
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
                     "争议问题：{question}；本条款：{side}。替代条款：{others}"),
    "pv-blanks": ("Blanks (f to fill): {values}", "待填内容（按 f 填写）：{values}"),
    "pv-members": ("Blocs: {blocs}", "所属集团：{blocs}"),
}
RESUME_KEY = "resume"

# The answers fields each step sets (going back keeps them as the defaults of the steps asked again).
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "kind": ("kind",), "committee": ("committee",), "agenda": ("agenda",), "country": ("country",),
    "profile": ("profile",), "sponsors": ("sponsors",), "signatories": ("signatories",),
    "preambular": ("preambular",), "operative": ("operative",), "outline": ("preambular", "operative"),
    "paper": ("position_paper",), "output": ("output",),
}
STEP_NAMES: dict[str, tuple[str, str]] = {
    "language": ("Language", "语言"), "kind": ("Kind of document", "文件类型"), "committee": ("Committee", "委员会"),
    "agenda": ("Topic", "议题"), "country": ("Country", "国家"), "profile": ("Format", "格式"),
    "sponsors": ("Sponsors", "起草国"), "signatories": ("Signatories", "附议国"), "topics": ("What the draft is about", "草案议题"),
    "preambular": ("Preambular clauses", "序言性条款"), "operative": ("Operative clauses", "行动性条款"),
    "outline": ("Outline", "草案大纲"), "placeholders": ("Blanks", "填空"), "paper": ("Position paper", "立场文件"),
    "output": ("File name", "文件名"),
}


def message(key: str, lang: str, **fields: Any) -> str:
    en, zh = MESSAGES[key]
    return (zh if lang == "zh" else en).format(**fields)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean_input(text: str, multiline: bool = False) -> str:
    """Typed or pasted text without control characters (a line break copied from Word, \\x0b, becomes a
    space; a one-line answer keeps no line break)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    return _CONTROL.sub(" ", text)


class _CountingAsker:
    """Passes every call to the real asker and counts the questions (so going back skips silent steps)."""

    def __init__(self, inner: Any) -> None:
        object.__setattr__(self, "inner", inner)
        object.__setattr__(self, "questions", 0)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if callable(attr) and name != "say":
            object.__setattr__(self, "questions", self.questions + 1)
        return attr

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.inner, name, value)


# -- contested questions (the library's alternatives) -------------------------------------------

def alternatives(lib: Library, clause_id: str) -> set[str]:
    """Clause ids on another side of a contested question ``clause_id`` answers."""
    return lib.alternatives(clause_id)


def contested_question(lib: Library, first: str, second: str) -> Contested | None:
    """The contested question on which ``first`` and ``second`` take different sides, or None."""
    for question in lib.contested.values():
        a, b = question.side_of(first), question.side_of(second)
        if a is not None and b is not None and a != b:
            return question
    return None


# Where a lead phrase usually stands: references first, then findings, concerns and convictions
# (preambular); general statements, then calls on States, then requests to the Secretariat (operative).
PHRASE_PLACE: dict[str, int] = {
    "guided-by": 0, "reaffirming": 1, "recalling": 2, "bearing-in-mind": 3, "having-considered": 3,
    "taking-note-with-appreciation": 4, "taking-note": 4, "welcoming": 4, "noting-with-appreciation": 4,
    "expressing-appreciation": 4, "acknowledging": 4, "noting": 5, "recognizing": 5, "aware-of": 5, "conscious": 5,
    "mindful": 5, "cognizant": 5, "considering": 5, "concerned": 6, "deeply-concerned": 6, "noting-with-concern": 6,
    "convinced": 7, "deeply-convinced": 7, "stressing": 7, "emphasizing": 7, "determined": 7,
    "reaffirms": 0, "affirms": 0, "recognizes": 0, "acknowledges": 0, "welcomes": 0, "notes-with-concern": 0,
    "stresses": 0, "emphasizes": 0, "underlines": 0, "requests": 9,
}


def suggest_clauses(lib: Library, country: Country, agenda: Agenda, topics: list[str], kind: str) -> list[str]:
    """A draft a chair would accept: clauses fitting the country's blocs, covering ``topics`` in turn,
    between :data:`PREAMBULAR_RANGE` / :data:`OPERATIVE_RANGE` of them, never two on opposite sides."""
    low, high = PREAMBULAR_RANGE if kind == "preambular" else OPERATIVE_RANGE
    topics = [t for t in topics if t in agenda.topics] or list(agenda.topics)
    target = min(high, max(low, 2 * len(topics) + 2 if kind == "operative" else len(topics) + 3))
    order = {cid: n for n, cid in enumerate(lib.clauses)}
    pool = [c for c in lib.clauses.values() if c.kind == kind and set(c.topics) & set(agenda.topics)
            and lib.fits(c, country)]

    def rank(clause: Clause) -> tuple[int, int, int]:
        return (-len(lib.supporting_blocs(clause, country)), len(clause.placeholders), order[clause.id])

    chosen: list[str] = []
    blocked: set[str] = set()

    def take(clause: Clause) -> bool:
        if clause.id in chosen or clause.id in blocked:
            return False
        chosen.append(clause.id)
        blocked.update(alternatives(lib, clause.id))
        return True

    supported = [c for c in pool if lib.supporting_blocs(c, country)]
    per_topic = {t: sorted((c for c in supported if c.topics[0] == t), key=rank) for t in topics}
    progress = True
    while len(chosen) < target and progress:  # one clause per topic per round: the topics share the draft
        progress = False
        for topic in topics:
            while per_topic[topic] and len(chosen) < target:
                if take(per_topic[topic].pop(0)):
                    progress = True
                    break
    for clause in sorted(pool, key=lambda c: (not set(c.topics) & set(topics), *rank(c))):
        if len(chosen) >= low:
            break
        take(clause)
    topic_order = {t: n for n, t in enumerate(agenda.topics)}
    return sorted(chosen, key=lambda cid: (PHRASE_PLACE.get(lib.clauses[cid].phrase, 5),
                                           topic_order.get(lib.clauses[cid].topics[0], 99), order[cid]))


@dataclass
class Flow:
    """One run of the questionnaire."""

    lib: Library
    asker: Any
    lang: str = ""
    answers: Answers = field(default_factory=Answers)
    answered: list[str] = field(default_factory=list)  # steps done (a resumed run skips them)
    defaults: Answers | None = None  # an earlier answers file, or the answers before going back
    cwd: Path = field(default_factory=Path.cwd)
    force: bool = False
    out: Path | None = None
    topics: list[str] = field(default_factory=list)
    create_folder: bool = False  # the delegate agreed to create the output's missing folder
    history: list[str] = field(default_factory=list)  # steps that asked something, in order

    def __post_init__(self) -> None:
        self.asker = _CountingAsker(self.asker)
        if self.lang:
            self.asker.language = self.lang

    def t(self, key: str, **fields: Any) -> str:
        return message(key, self.lang or "en", **fields)

    @property
    def other(self) -> str:
        return "zh" if self.lang == "en" else "en"

    # -- the order of questions ------------------------------------------------------------
    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        steps = [("language", self.ask_language), ("kind", self.ask_kind), ("committee", self.ask_committee),
                 ("agenda", self.ask_agenda), ("country", self.ask_country)]
        if self.answers.kind == "resolution":
            steps += [("profile", self.ask_profile), ("sponsors", self.ask_sponsors),
                      ("signatories", self.ask_signatories), ("topics", self.ask_topics),
                      ("preambular", self.ask_preambular), ("operative", self.ask_operative),
                      ("outline", self.ask_outline)]
        else:
            steps += [("operative", self.ask_operative), ("placeholders", self.ask_placeholders),
                      ("paper", self.ask_paper)]
        steps += [("output", self.ask_output)]
        return steps

    def run(self) -> Answers:
        """Ask every question not answered yet; Esc goes back a step. Return the answers (the caller writes them)."""
        index = 0
        while True:
            steps = self.steps()  # the list depends on the kind chosen
            if index >= len(steps):
                return self.answers
            name, ask = steps[index]
            if name in self.answered:
                index += 1
                continue
            before = self.asker.questions
            try:
                ask()
            except GoBack as back:
                index = self.go_back(back.step, [n for n, _ in steps], name)
                continue
            self.answered.append(name)
            if self.asker.questions > before and name not in self.history:
                self.history.append(name)
            index += 1

    def go_back(self, step: str | None, names: list[str], current: str) -> int:
        """Forget the answers from ``step`` (default: the last step that asked something) on; return its index."""
        if step is None:
            earlier = [n for n in self.history if n in names and names.index(n) < names.index(current)]
            if not earlier:
                return names.index(current)
            step = earlier[-1]
        base = copy.deepcopy(self.defaults) if self.defaults else Answers()
        for done in self.answered:
            for name in STEP_FIELDS.get(done, ()):
                setattr(base, name, copy.deepcopy(getattr(self.answers, name)))
        base.language = self.lang
        self.defaults = base
        cut = names.index(step)
        if step == "language":
            self.lang = ""  # asked again
        self.answered = [n for n in self.answered if n not in names or names.index(n) < cut]
        self.history = [n for n in self.history if n in names and names.index(n) < cut]
        return cut

    def default(self, name: str, fallback: Any = None) -> Any:
        value = getattr(self.defaults, name, None) if self.defaults else None
        return value if value else fallback

    # -- steps ----------------------------------------------------------------------------
    def ask_language(self) -> None:
        if not self.lang:
            default = self.defaults.language if self.defaults else "en"
            self.lang = self.asker.select(self.t("language"), [Option("en", "English"), Option("zh", "中文")], default)
            self.asker.language = self.lang
        self.answers.language = self.lang

    def ask_kind(self) -> None:
        self.answers.kind = self.asker.select(self.t("kind"), [Option("resolution", self.t("resolution")),
                                                               Option("position-paper", self.t("position-paper"))],
                                              self.default("kind", "resolution"))

    def ask_committee(self) -> None:
        committees = list(self.lib.committees.values())
        if len(committees) == 1:
            self.answers.committee = committees[0].id
            return
        self.answers.committee = self.asker.select(self.t("committee"), [Option(c.id, c.name[self.lang])
                                                                         for c in committees],
                                                   self.default("committee", "ccpcj"))

    def ask_agenda(self) -> None:
        agendas = [a for a in self.lib.agendas.values() if a.committee == self.answers.committee]
        if not agendas:
            raise DrafterError(f"the library has no topic for committee {self.answers.committee!r}")
        if len(agendas) == 1:
            self.answers.agenda = agendas[0].id
            return
        self.answers.agenda = self.asker.select(self.t("agenda"), [Option(a.id, a.name[self.lang]) for a in agendas],
                                                self.default("agenda"))

    def bloc_names(self, country: Country) -> str:
        return ("、" if self.lang == "zh" else ", ").join(self.lib.blocs[b].name[self.lang] for b in country.blocs) or "-"

    def country_options(self, ticked: Iterable[str] = ()) -> list[Option]:
        """Every State, sorted for the language, searchable by either name, aliases and ISO3 code."""
        countries = sorted(self.lib.countries.values(),
                           key=lambda c: c.sort_zh if self.lang == "zh" else c.name.en.casefold())
        ticked = set(ticked)
        options = []
        for c in countries:
            search = " ".join([c.iso3, c.name.en, c.name.zh, c.formal.en, c.formal.zh, *c.aliases_en, *c.aliases_zh])
            preview = f"{c.name[self.lang]} / {c.name[self.other]} ({c.iso3})\n{c.formal[self.lang]}\n" + \
                self.t("pv-members", blocs=self.bloc_names(c))
            options.append(Option(c.iso3, f"{c.name[self.lang]} / {c.name[self.other]} ({c.iso3})", c.iso3 in ticked,
                                  search=search, preview=preview))
        return options

    def find_country(self, typed: str) -> Country | None:
        typed = typed.strip()
        if not typed:
            return None
        if typed in self.lib.countries:
            return self.lib.countries[typed]
        for option in self.country_options():
            if typed == option.title:
                return self.lib.countries[option.value]
        return self.lib.find_country(typed)

    def ask_country(self) -> None:
        options = self.country_options([self.default("country", "")])
        picked = self.asker.pick(self.t("country"), options, multi=False)
        country = self.find_country(str(picked))
        if country is None:  # a scripted asker may answer anything
            raise DrafterError(self.t("country-bad"))
        if self.answers.country and self.answers.country != country.iso3 and self.defaults:
            self.defaults.preambular, self.defaults.operative = [], []  # suggestions were for another country
        self.answers.country = country.iso3
        self.asker.say(self.t("country-blocs", name=country.name[self.lang], blocs=self.bloc_names(country)))

    def ask_profile(self) -> None:
        default = self.default("profile") if self.defaults and self.defaults.profile else None
        self.answers.profile = self.asker.select(self.t("profile"), [Option(p, self.t(f"profile-{p}"))
                                                                     for p in ("un", "una-usa", "thimun", "cn-mun")],
                                                 default or ("cn-mun" if self.lang == "zh" else "un"))

    def ask_sponsors(self) -> None:
        ticked = self.default("sponsors", [self.answers.country])
        chosen = list(self.asker.pick(self.t("sponsors"), self.country_options(ticked)))
        self.answers.sponsors = [self.answers.country] + [c for c in chosen if c != self.answers.country]

    def ask_signatories(self) -> None:
        chosen = list(self.asker.pick(self.t("signatories"), self.country_options(self.default("signatories", []))))
        both = [c for c in chosen if c in self.answers.sponsors]
        if both:
            names = "、".join if self.lang == "zh" else ", ".join
            self.asker.say(self.t("both", names=names(self.lib.countries[c].name[self.lang] for c in both)))
            chosen = [c for c in chosen if c not in both]
        self.answers.signatories = chosen
        self.asker.say(self.threshold_note())

    def threshold_note(self) -> str:
        members = self.lib.committees[self.answers.committee].members or len(self.lib.countries)
        count = len(self.answers.sponsors) + len(self.answers.signatories)
        needed = -(-members * 20 // 100)
        return self.t("threshold", count=count, members=members, percent=round(100 * count / members), needed=needed)

    # -- what the draft is about, and the clauses ----------------------------------------------
    def default_topics(self, country: Country, agenda: Agenda) -> list[str]:
        """The three topics with most operative clauses the country's blocs support."""
        counts = {t: sum(1 for c in self.lib.clauses.values() if c.kind == "operative" and c.topics[0] == t
                         and self.lib.suggested(c, country)) for t in agenda.topics}
        best = sorted(agenda.topics, key=lambda t: -counts[t])[:3]
        return [t for t in agenda.topics if t in best]

    def ask_topics(self) -> None:
        agenda = self.lib.agendas[self.answers.agenda]
        country = self.lib.countries[self.answers.country]
        ticked = self.topics or self.default_topics(country, agenda)
        options = []
        for topic_id in agenda.topics:
            topic = self.lib.topics[topic_id]
            examples = [c for c in self.lib.clauses.values() if c.topics[0] == topic_id and c.kind == "operative"
                        and self.lib.suggested(c, country)][:3]
            preview = f"{topic.name[self.lang]}\n{topic.name[self.other]}\n\n" + "\n".join(
                f"• {self.clause_title(c, 200)}" for c in examples)
            options.append(Option(topic_id, topic.name[self.lang], topic_id in ticked,
                                  search=f"{topic_id} {topic.name.en} {topic.name.zh}", preview=preview))
        chosen = list(self.asker.pick(self.t("topics"), options))
        chosen = [t for t in agenda.topics if t in chosen] or list(agenda.topics)
        if self.topics and chosen != self.topics and self.defaults:
            self.defaults.preambular, self.defaults.operative = [], []  # new topics, new suggestions
        self.topics = chosen

    def lead(self, clause: Clause, lang: str | None = None) -> str:
        return self.lib.phrases[clause.phrase].text[lang or self.lang]

    def clause_title(self, clause: Clause, width: int = 72) -> str:
        sep = "" if self.lang == "zh" else " "
        text = f"{self.lead(clause)}{sep}{clause.text[self.lang]}"
        text = PLACEHOLDER.sub(lambda m: f"[{m.group(1)}]", text)
        from drafter.table import truncate

        return truncate(text, width)

    def full_text(self, clause: Clause, lang: str, phrase: str = "", values: dict[str, str] | None = None,
                  text: str = "") -> str:
        """The clause as it will read: lead phrase, body with placeholders filled, sub-paragraphs."""
        lead = self.lib.phrases[phrase or clause.phrase].text[lang]
        fills = {n: p.default for n, p in clause.placeholders.items()} | (values or {})
        body = text or PLACEHOLDER.sub(lambda m: fills.get(m.group(1)) or f"[{m.group(1)}]", clause.text[lang])
        lines = [f"{lead}{'' if lang == 'zh' else ' '}{body}"]

        def walk(subs: Any, depth: int) -> None:
            for n, sub in enumerate(subs):
                mark = f"({chr(ord('a') + n)})" if depth == 0 else f"({'i' * (n + 1)})"
                lines.append(f"{'   ' * (depth + 1)}{mark} {sub.text[lang]}")
                walk(sub.children, depth + 1)

        if not text:
            walk(clause.subparagraphs, 0)
        return "\n".join(lines)

    def clause_preview(self, clause: Clause, country: Country) -> str:
        stances = ("；" if self.lang == "zh" else "; ").join(
            f"{self.lib.blocs[b].name[self.lang]}{'：' if self.lang == 'zh' else ': '}{self.t('pv-' + clause.stance(b))}"
                            for b in country.blocs) or "-"
        topics = ("、" if self.lang == "zh" else ", ").join(self.lib.topics[t].name[self.lang] for t in clause.topics
                                                            if t in self.lib.topics)
        colon = "：" if self.lang == "zh" else ": "
        parts = [self.full_text(clause, self.lang), "", self.full_text(clause, self.other), "",
                 f"{self.t('pv-blocs')}{colon}{stances}"]
        for question in self.lib.contested.values():
            side = question.side_of(clause.id)
            if side is not None:
                others = sorted(c for s in question.sides.values() if s.id != side for c in s.clauses)
                parts.append(self.t("pv-contested", question=getattr(question, self.lang),
                                    side=getattr(question.sides[side], self.lang), others=", ".join(others)))
        parts += [f"{self.t('pv-source')}{colon}{clause.source}", f"{self.t('pv-topics')}{colon}{topics}",
                  f"id{colon}{clause.id}"]
        return "\n".join(parts)

    def clause_search(self, clause: Clause) -> str:
        phrase = self.lib.phrases[clause.phrase]
        topics = [f"{t} {self.lib.topics[t].name.en} {self.lib.topics[t].name.zh}" for t in clause.topics
                  if t in self.lib.topics]
        return " ".join([clause.id, phrase.id, phrase.text.en, phrase.text.zh, *self.lib._texts(clause, None),
                         *topics, str(clause.source)])

    def clause_options(self, kind: str, ticked: list[str]) -> list[Option]:
        """The ticked clauses first (in their order), then every other clause of the kind under its topic."""
        country = self.lib.countries[self.answers.country]
        agenda = self.lib.agendas[self.answers.agenda]
        options: list[Option] = []
        first = [(self.t("ticked-group"), [self.lib.clauses[c] for c in ticked if c in self.lib.clauses
                                           and self.lang in self.lib.clauses[c].languages])]
        # a resolution is also offered the procedural topics tagged for every agenda; a lead phrase reserved to the
        # Security Council only where drafter check accepts it (an SC committee, or any profile but thimun: MUN-F09)
        topics = self.lib.topics_for(agenda.id) if self.answers.kind == "resolution" else list(agenda.topics)
        sc_ok = self.lib.committees[agenda.committee].security_council or self.answers.profile != "thimun"
        rest = [(self.lib.topics[topic].name[self.lang],
                 [c for c in self.lib.clauses.values() if c.kind == kind and c.topics and c.topics[0] == topic
                  and c.id not in ticked and (sc_ok or not self.lib.phrases[c.phrase].security_council_only)])
                for topic in topics]
        for group, clauses in first + rest:
            for clause in clauses:
                opposed = self.lib.opposing_blocs(clause, country)
                title = self.clause_title(clause, 400)
                if opposed:
                    title = f"⚠ {title}"
                options.append(Option(clause.id, title, clause.id in ticked, search=self.clause_search(clause),
                                      preview=self.clause_preview(clause, country), group=group))
        return options

    def replaced_note(self, chosen: str, removed: str) -> str:
        question = contested_question(self.lib, chosen, removed)
        return self.t("replaced", other=removed, question=question.id if question else "")

    def suggested_ids(self, kind: str) -> list[str]:
        country = self.lib.countries[self.answers.country]
        agenda = self.lib.agendas[self.answers.agenda]
        if self.answers.kind == "position-paper":
            from drafter.compose.positions import MAX_PROPOSALS, chosen_or_suggested

            return [c.id for c, _, _ in chosen_or_suggested(Answers(agenda=self.answers.agenda), self.lib,
                                                            country)][:MAX_PROPOSALS]
        return suggest_clauses(self.lib, country, agenda, self.topics, kind)

    def ask_clauses(self, kind: str) -> list[ClauseChoice]:
        earlier: list[ClauseChoice] = list(self.default(kind, []))
        ticked = [c.id for c in earlier if c.id] if earlier else self.suggested_ids(kind)
        title = self.t("proposals" if self.answers.kind == "position-paper" else kind)
        options = self.clause_options(kind, ticked)
        while True:
            chosen = list(self.asker.pick(title, options, multi=True,
                                          alternatives=lambda cid: alternatives(self.lib, cid),
                                          describe=self.replaced_note))
            if kind == "operative" and not chosen and self.answers.kind == "resolution":
                self.asker.say(self.t("need-operative"))
                continue
            break
        kept = {c.id: c for c in earlier if c.id}
        own = [c for c in earlier if c.own]
        ordered = [i for i in kept if i in chosen] + [i for i in chosen if i not in kept]  # earlier order, then as chosen
        return [kept.get(i, ClauseChoice(id=i)) for i in ordered] + own

    def ask_preambular(self) -> None:
        self.answers.preambular = self.ask_clauses("preambular")

    def ask_operative(self) -> None:
        self.answers.operative = self.ask_clauses("operative")

    # -- the outline -----------------------------------------------------------------------------
    def choice_title(self, choice: ClauseChoice) -> str:
        from drafter.table import truncate

        return truncate(self.choice_text(choice).split("\n")[0], 400)

    def choice_text(self, choice: ClauseChoice, lang: str | None = None) -> str:
        lang = lang or self.lang
        if choice.own:
            phrase = self.lib.phrases[choice.phrase]
            return f"{phrase.text[lang]}{'' if lang == 'zh' else ' '}{choice.text}"
        clause = self.lib.clauses[choice.id]
        return self.full_text(clause, lang, choice.phrase, choice.values, choice.text)

    def outline_rows(self) -> list[Option]:
        rows = []
        for kind in ("preambular", "operative"):
            for n, choice in enumerate(getattr(self.answers, kind)):
                preview = self.choice_text(choice)
                clause = self.lib.clauses.get(choice.id) if choice.id else None
                if clause is not None:
                    if not choice.text and not choice.phrase:
                        preview += "\n\n" + self.full_text(clause, self.other)
                    if clause.placeholders and not choice.text:
                        values = {n: p.default for n, p in clause.placeholders.items()} | choice.values
                        preview += "\n\n" + self.t("pv-blanks", values=", ".join(f"{k} = {v or '?'}"
                                                                                 for k, v in values.items()))
                    colon = "：" if self.lang == "zh" else ": "
                    preview += f"\n\n{self.t('pv-source')}{colon}{clause.source}\nid{colon}{clause.id}"
                rows.append(Option((kind, n), self.choice_title(choice), group=self.t(f"{kind}-kind"),
                                   preview=preview))
        return rows

    def ask_outline(self) -> None:
        """The chosen clauses in order: reorder, remove, change the lead phrase, edit, fill blanks, add."""
        index, note = 0, ""
        while True:
            rows = self.outline_rows()
            index = max(0, min(index, len(rows) - 1))
            action, kind, position = self.asker.outline(self.t("outline"), rows, index, note)
            note = ""
            items: list[ClauseChoice] = getattr(self.answers, kind) if kind else []
            if action == "done":
                if not self.answers.operative:
                    note = self.t("need-operative")
                    continue
                self.ask_placeholders(only_missing=True)
                return
            if action in ("up", "down") and items:
                move(items, position, action)
                position = max(0, min(len(items) - 1, position + (1 if action == "down" else -1)))
            elif action == "remove" and items:
                removed = items.pop(position)
                note = self.t("removed", text=self.choice_title(removed))
                position = min(position, len(items) - 1)
            elif action == "add":
                raise GoBack(kind or "operative")
            elif action == "steps":
                self.ask_step()
            else:
                try:  # Esc in these small questions returns to the outline
                    if action in ("stronger", "weaker") and items:
                        note = self.change_phrase(items[position], action)
                    elif action == "edit" and items:
                        self.edit(items[position])
                    elif action == "fill" and items:
                        note = self.fill(items[position])
                    elif action == "own":
                        kind, position = self.ask_own()
                except GoBack:
                    pass
            index = self.row_index(kind, position)

    def row_index(self, kind: str, position: int) -> int:
        if kind == "operative":
            return len(self.answers.preambular) + max(0, position)
        return max(0, position)

    def change_phrase(self, choice: ClauseChoice, action: str) -> str:
        clause = self.lib.clauses.get(choice.id) if choice.id else None
        phrase = self.lib.phrases[choice.phrase or (clause.phrase if clause else "")]
        found = self.lib.stronger(phrase, 1 if action == "stronger" else -1)
        if not found:
            return self.t("no-phrase", which=self.t(action), phrase=phrase.text[self.lang])
        if len(found) == 1:
            picked = found[0].id
        else:
            options = [Option(p.id, f"{p.text[self.lang]} / {p.text[self.other]}") for p in found]
            picked = self.asker.select(self.t("pick-phrase"), options, found[0].id)
        choice.phrase = "" if clause is not None and picked == clause.phrase else picked
        return self.t("phrase-now", phrase=self.lib.phrases[picked].text[self.lang])

    def edit(self, choice: ClauseChoice) -> None:
        clause = self.lib.clauses.get(choice.id) if choice.id else None
        current = choice.text or (self.fill_text(clause, choice) if clause else "")
        choice.text = self.body(self.asker.text(self.t("edit-text"), current, self.not_empty))

    def fill(self, choice: ClauseChoice) -> str:
        clause = self.lib.clauses.get(choice.id) if choice.id else None
        if clause is None or not clause.placeholders or choice.text:
            return self.t("no-blanks")
        for name in clause.placeholders:
            self.ask_value(clause, choice, name)
        return ""

    def ask_step(self) -> None:
        steps = [s for s in self.history if s != "outline"]
        options = [Option(None, self.t("step-stay"))] + [Option(s, STEP_NAMES[s][self.lang == "zh"]) for s in steps]
        try:
            picked = self.asker.select(self.t("steps"), options, None)
        except GoBack:
            return  # Esc: stay in the outline
        if picked:
            raise GoBack(picked)

    def fill_text(self, clause: Clause, choice: ClauseChoice) -> str:
        values = {n: p.default_in(self.lang) for n, p in clause.placeholders.items()} | choice.values
        return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), clause.text[self.lang])

    def ask_value(self, clause: Clause, choice: ClauseChoice, name: str) -> None:
        placeholder = clause.placeholders[name]
        current = choice.values.get(name, placeholder.default_in(self.lang))
        value = self.asker.text(self.t("placeholder", clause=clause.id, question=placeholder.question[self.lang]),
                                current, self.not_empty)
        choice.values[name] = value.strip()

    def ask_placeholders(self, only_missing: bool = False) -> None:
        """Ask the blanks of the chosen clauses (``only_missing``: those without a default)."""
        for choice in self.answers.preambular + self.answers.operative:
            clause = self.lib.clauses.get(choice.id) if choice.id else None
            if clause is None or choice.text:
                continue
            for name, placeholder in clause.placeholders.items():
                if name not in choice.values and not (only_missing and placeholder.default):
                    self.ask_value(clause, choice, name)

    def not_empty(self, text: str) -> str | None:
        return None if text.strip() else self.t("empty")

    def body(self, text: str) -> str:
        tidy = tidy_body(text, self.lang)
        return to_full_width(tidy) if self.lang == "zh" else tidy

    def phrase_options(self, kind: str) -> list[Option]:
        return [Option(p.id, f"{p.text[self.lang]} / {p.text[self.other]}", search=" ".join([p.id, *p.forms("en"),
                                                                                             *p.forms("zh")]))
                for p in self.lib.phrases_of(kind)
                if not p.security_council_only or self.lib.committees[self.answers.committee].security_council]

    def ask_own(self) -> tuple[str, int]:
        """Add one clause of the delegate's own; return where it stands (kind, position)."""
        kind = self.asker.select(self.t("own-kind"), [Option("preambular", self.t("preambular-kind")),
                                                      Option("operative", self.t("operative-kind"))], "operative")
        phrase = self.lib.phrases[self.asker.pick(self.t("own-phrase"), self.phrase_options(kind), multi=False)]
        text = self.strip_lead(self.asker.text(self.t("edit-text"), "", self.not_empty), phrase)
        items = getattr(self.answers, kind)
        items.append(ClauseChoice(phrase=phrase.id, text=self.body(text)))
        return kind, len(items) - 1

    def strip_lead(self, text: str, phrase: Phrase) -> str:
        """Drop the lead phrase if the delegate typed it again at the start."""
        stripped = text.strip()
        for form in phrase.forms(self.lang):
            if stripped.casefold().startswith(form.casefold()):
                return stripped[len(form):].lstrip(" ,，")
        return stripped

    # -- position paper -----------------------------------------------------------------------
    def ask_paper(self) -> None:
        paper = dict(self.defaults.position_paper) if self.defaults else {}
        delegate = self.asker.text(self.t("delegate"), str(paper.get("delegate", "")))
        school = self.asker.text(self.t("school"), str(paper.get("school", "")))
        for key, value in (("delegate", delegate), ("school", school)):
            if value.strip():
                self.answers.position_paper[key] = value.strip()
        default = paper.get("position") or self.national_position()
        if isinstance(default, list):
            default = "\n\n".join(default)
        text = self.asker.text(self.t("position"), default, self.not_empty, multiline=True)
        if text.strip() != self.national_position().strip():
            self.answers.position_paper["position"] = text.strip()

    def national_position(self) -> str:
        """Section III as drafter would write it from the country's facts."""
        from drafter.compose.positions import position_paper

        draft = position_paper(self.answers, self.lib)
        return "\n\n".join(draft.sections[2].paragraphs) if len(draft.sections) > 2 else ""

    # -- output -------------------------------------------------------------------------------
    def default_output(self) -> str:
        if self.out is not None:
            return str(self.out)
        if self.defaults and self.defaults.output:
            return self.defaults.output
        return f"{self.answers.country.lower()}-{self.answers.kind}-{self.lang}.docx"

    def output_problem(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return self.t("empty")
        if not text.lower().endswith(".docx"):
            return self.t("output-suffix")
        path = self.resolve(text)
        if not self.force and (path.exists() or path.with_suffix(".yaml").exists()):
            return self.t("output-exists", path=text)
        return None

    def resolve(self, text: str) -> Path:
        path = Path(text.strip()).expanduser()
        return path if path.is_absolute() else self.cwd / path

    def ask_output(self) -> None:
        while True:
            typed = self.asker.text(self.t("output"), self.default_output(), self.output_problem).strip()
            folder = self.resolve(typed).parent
            if folder.is_dir():
                break
            if self.asker.confirm(self.t("output-folder", folder=folder), True):
                self.create_folder = True
                break
            self.out = Path(typed)  # asked again, with what was typed as the default
        self.answers.output = typed

    # -- resume files ---------------------------------------------------------------------------
    def resume_data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.answers.to_data() if self.answers.country else {"kind": self.answers.kind,
                                                                    "language": self.answers.language}
        data = {k: v for k, v in data.items() if v not in ("", None)}
        for key in ("sponsors", "signatories", "preambular", "operative"):
            if key in data and key not in self.answered and not getattr(self.answers, key):
                del data[key]
        data[RESUME_KEY] = {"answered": list(self.answered), "language": self.lang}
        return data


def quote(path: Path | str) -> str:
    """A path as it can be pasted into a shell."""
    return shlex.quote(str(path))


def move(items: list[Any], index: int, where: str) -> None:
    """Move ``items[index]`` up, down, to the top or to the bottom."""
    item = items.pop(index)
    target = {"up": max(0, index - 1), "down": min(len(items), index + 1), "top": 0, "bottom": len(items)}[where]
    items.insert(target, item)


def save_resume(flow: Flow, path: Path) -> Path:
    """Write what was answered so far; ``drafter new --resume`` continues from it."""
    from drafter.files import write_atomic

    header = ("# drafter questionnaire, interrupted. Continue with: drafter new --resume THIS_FILE\n"
              "# The 'resume' entry lists the questions already answered.\n")
    write_atomic(path, (header + yamlio.dump(flow.resume_data())).encode("utf-8"), force=True)
    return path


def load_resume(path: Path, lib: Library) -> tuple[Answers, list[str], str]:
    """Read a resume file: the answers so far, the steps answered, the language."""
    from drafter.compose import answers as answers_mod

    try:
        data = yamlio.read(path)
    except FileNotFoundError:
        raise DrafterError(f"{path}: no such resume file") from None
    except yamlio.YamlProblem as exc:
        raise DrafterError(str(exc)) from None
    if not isinstance(data, dict) or RESUME_KEY not in data:
        raise DrafterError(f"{path}: not a resume file (no 'resume' entry); use --answers for an answers file")
    state = data.pop(RESUME_KEY) or {}
    parsed, problems = answers_mod.parse(data, path, lib)
    serious = [p for p in problems if "missing field" not in p.message and "needs operative" not in p.message]
    if serious:
        raise DrafterError("\n".join(str(p) for p in serious))
    answered = [str(s) for s in state.get("answered", [])]
    return parsed, answered, str(state.get("language") or parsed.language)


def load_defaults(path: Path, lib: Library) -> Answers:
    from drafter.compose import answers as answers_mod

    return answers_mod.read(path, lib)


def interview(flow: Flow, env: Any, resume_path: Path) -> int:
    """Run the questions, show the draft, write the .docx (and on request a PDF) and its answers file.

    Ctrl-C or end of input at any prompt saves what was answered to ``resume_path`` and
    returns 130; the message says how to resume. Esc at the final question goes back to the questions.
    """
    import datetime as dt

    from drafter.compose import answers as answers_mod
    from drafter.compose.assemble import assemble
    from drafter.compose.render import to_docx, to_text
    from drafter.files import write_atomic
    from drafter.status import ExitStatus

    given = {"language"} if flow.lang and "language" not in flow.answered else set()  # --lang: never asked
    try:
        while True:
            answers = flow.run()
            if not answers.date:  # pin the date, so replaying the answers file gives the same document
                answers.date = dt.date.today().isoformat()
            draft = assemble(answers, flow.lib)
            flow.asker.say(f"\n── {flow.t('review')} ──\n\n{to_text(draft)}")
            docx_path = flow.resolve(answers.output)
            answers_path = docx_path.with_suffix(".yaml")
            try:
                write = flow.asker.confirm(flow.t("write"), True)
            except GoBack:
                flow.go_back(None, [n for n, _ in flow.steps()] + ["write"], "write")
                continue
            answers.output = docx_path.name  # the answers file stands beside the document
            break
        if flow.create_folder:
            docx_path.parent.mkdir(parents=True, exist_ok=True)
        if not write:
            answers_mod.write(answers, answers_path, force=flow.force)
            flow.asker.say(flow.t("not-written", path=answers_path, quoted=quote(answers_path)))
            return ExitStatus.OK
        docx = to_docx(draft)
        pdf_path = docx_path.with_suffix(".pdf")
        want_pdf = _soffice() is not None and (flow.force or not pdf_path.exists()) and \
            flow.asker.confirm(flow.t("pdf"), False)
    except (KeyboardInterrupt, EOFError):
        lang = flow.lang or "en"
        env.error("")
        if not [step for step in flow.answered if step not in given]:  # nothing answered yet: no file
            env.error("已中断。尚未回答任何问题，未保存文件。" if lang == "zh" else
                      "Interrupted before the first answer; nothing was saved.")
            return ExitStatus.INTERRUPTED
        saved = save_resume(flow, resume_path)
        env.error(f"已中断。已回答的内容保存在 {saved}\n继续：drafter new --resume {quote(saved)}" if lang == "zh" else
                   f"Interrupted. Your answers so far are saved in {saved}\nResume with: drafter new --resume {quote(saved)}")
        return ExitStatus.INTERRUPTED
    write_atomic(docx_path, docx, force=flow.force)
    answers_mod.write(answers, answers_path, force=flow.force)
    if resume_path.exists() and resume_path != answers_path:
        resume_path.unlink()
    lines = [flow.t("written", docx=docx_path)]
    if want_pdf:
        from drafter.compose.render import to_pdf

        try:
            to_pdf(docx, pdf_path, flow.force)
            lines.append(flow.t("written-pdf", pdf=pdf_path))
        except DrafterError as exc:
            lines.append(flow.t("pdf-failed", problem=exc))
    lines.append(flow.t("written-answers", answers=answers_path, quoted=quote(answers_path)))
    env.print("\n".join(lines))
    return ExitStatus.OK


def _soffice() -> str | None:
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")
