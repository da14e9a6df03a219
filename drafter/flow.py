"""The questionnaire's logic as plain Python: questions, defaults, suggestions, validation.

:class:`Flow` asks through an :class:`Asker` (the terminal one lives in
:mod:`drafter.questionnaire`; tests script one). Every answer goes straight into an
:class:`~drafter.answers.Answers`, so an interruption at any point can save what was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from drafter import yamlio
from drafter.answers import Answers, ClauseChoice, tidy_body
from drafter.library import PLACEHOLDER, Library
from drafter.model import Clause, Country, Phrase
from drafter.punctuation import to_full_width
from drafter.status import DrafterError

Validator = Callable[[str], "str | None"]  # returns an error message, or None when the answer is fine


@dataclass
class Option:
    value: Any
    title: str
    checked: bool = False
    header: bool = False  # a group heading (a separator), not selectable


class Asker(Protocol):
    def select(self, message: str, options: list[Option], default: Any = None) -> Any: ...
    def checkbox(self, message: str, options: list[Option], search: bool = False) -> list[Any]: ...
    def text(self, message: str, default: str = "", validate: Validator | None = None,
             multiline: bool = False) -> str: ...
    def autocomplete(self, message: str, options: list[Option], validate: Validator, default: str = "") -> Any: ...
    def confirm(self, message: str, default: bool = True) -> bool: ...
    def say(self, text: str) -> None: ...


# Every message in both languages; {fields} are filled by format().
MESSAGES: dict[str, tuple[str, str]] = {
    "language": ("Language of the document / 文件语言", "Language of the document / 文件语言"),
    "kind": ("What do you want to draft?", "您要起草什么文件？"),
    "resolution": ("A draft resolution", "决议草案"),
    "position-paper": ("A position paper", "立场文件"),
    "committee": ("Committee", "委员会"),
    "agenda": ("Topic", "议题"),
    "country": ("Your country (type a name in English or Chinese, or an ISO3 code)",
                "您代表的国家(输入中文或英文国名，或ISO3代码)"),
    "country-bad": ("No State by that name or code; type part of it and choose from the list",
                    "没有这个国名或代码；请输入部分名称并从列表中选择"),
    "country-blocs": ("{name}: blocs {blocs}", "{name}：所属立场集团 {blocs}"),
    "profile": ("Format of the conference", "会议文件格式"),
    "profile-un": ("UN style (symbol, sponsor line, title)", "联合国格式(文件编号、提案国行、标题)"),
    "profile-una-usa": ("UNA-USA (Committee / Topic / Sponsors / Signatories)", "UNA-USA 格式(委员会/议题/起草国/附议国)"),
    "profile-thimun": ("THIMUN (FORUM / QUESTION OF / SUBMITTED BY)", "THIMUN 格式(论坛/议题/主提交国)"),
    "profile-cn-mun": ("Chinese MUN (决议草案 / 委员会 / 议题 / 起草国 / 附议国)", "中文模联格式(决议草案/委员会/议题/起草国/附议国/草案编号)"),
    "sponsors": ("Sponsors (space to tick, type to filter)", "起草国(空格勾选，输入文字筛选)"),
    "signatories": ("Signatories (space to tick, type to filter)", "附议国(空格勾选，输入文字筛选)"),
    "both": ("Warning: {names} cannot be both sponsor and signatory; they stay sponsors only.",
             "注意：{names}不能同时是起草国和附议国，已只保留为起草国。"),
    "threshold": ("{count} of {members} members ({percent}%) sponsor or sign; the usual threshold is 20% ({needed}).",
                  "起草国和附议国共{count}个，占{members}个成员的{percent}%；通常需要达到20%({needed}个)。"),
    "preambular": ("Preambular clauses (ticked: they fit your blocs; ⚠ opposed by one of them)",
                   "序言性条款(已勾选的符合您所属集团立场；⚠ 表示与所属集团立场相悖)"),
    "operative": ("Operative clauses (ticked: they fit your blocs; ⚠ opposed by one of them)",
                  "行动性条款(已勾选的符合您所属集团立场；⚠ 表示与所属集团立场相悖)"),
    "need-operative": ("A resolution needs at least one operative clause.", "决议至少需要一条行动性条款。"),
    "opposed": ("⚠ opposed by {blocs}", "⚠ 与{blocs}立场相悖"),
    "order": ("Order of the {kind} clauses", "{kind}条款的顺序"),
    "order-keep": ("Keep this order", "保持此顺序"),
    "order-move": ("Move: {text}", "移动：{text}"),
    "order-where": ("Move it where?", "移到哪里？"),
    "up": ("Up one place", "上移一位"),
    "down": ("Down one place", "下移一位"),
    "top": ("To the top", "移到最前"),
    "bottom": ("To the bottom", "移到最后"),
    "customize": ("Change a clause?", "修改条款？"),
    "customize-done": ("No more changes", "不再修改"),
    "action": ("What do you want to change?", "您要修改什么？"),
    "stronger": ("A stronger lead phrase", "更强的引导词"),
    "weaker": ("A weaker lead phrase", "更弱的引导词"),
    "edit": ("Edit the text", "编辑文本"),
    "fill": ("Fill in {name}", "填写{name}"),
    "no-phrase": ("There is no {which} phrase for {phrase}.", "“{phrase}”没有{which}的引导词。"),
    "pick-phrase": ("Lead phrase", "引导词"),
    "edit-text": ("Text after the lead phrase (punctuation is added for you)", "引导词之后的文字(标点会自动添加)"),
    "empty": ("Please write something.", "请输入内容。"),
    "placeholder": ("{clause}: {question}", "{clause}：{question}"),
    "own": ("Add a clause of your own?", "添加您自己的条款？"),
    "own-kind": ("Preambular or operative?", "序言性还是行动性条款？"),
    "own-phrase": ("Lead phrase (type to search the phrase list)", "引导词(输入以搜索引导词列表)"),
    "own-phrase-bad": ("Choose a lead phrase from the list", "请从列表中选择引导词"),
    "preambular-kind": ("preambular", "序言性"),
    "operative-kind": ("operative", "行动性"),
    "delegate": ("Delegate's name (optional)", "代表姓名(可不填)"),
    "school": ("School (optional)", "学校(可不填)"),
    "position": ("National position, written from your country's facts (edit freely; Esc then Enter when done)",
                 "国家立场，根据您所代表国家的事实生成(可直接编辑；按 Esc 再按回车完成)"),
    "output": ("Save the .docx as", "保存为"),
    "output-exists": ("{path} already exists; choose another name (or run with --force)",
                      "{path}已存在；请换一个文件名(或使用 --force)"),
    "output-suffix": ("The file name must end with .docx", "文件名须以 .docx 结尾"),
    "review": ("Review", "预览"),
    "write": ("Write the .docx and the answers file?", "生成 .docx 文件和答案文件？"),
    "not-written": ("Nothing written. Your answers are in {path}; edit them and run: drafter build {path}",
                    "未生成文件。您的回答已保存在{path}；可编辑后运行：drafter build {path}"),
    "written": ("Wrote {docx}\nAnswers: {answers} (rebuild with: drafter build {answers})",
                "已生成 {docx}\n答案文件：{answers}(重新生成：drafter build {answers})"),
}
RESUME_KEY = "resume"


def message(key: str, lang: str, **fields: Any) -> str:
    en, zh = MESSAGES[key]
    return (zh if lang == "zh" else en).format(**fields)


@dataclass
class Flow:
    """One run of the questionnaire."""

    lib: Library
    asker: Asker
    lang: str = ""
    answers: Answers = field(default_factory=Answers)
    answered: list[str] = field(default_factory=list)  # steps done (a resumed run skips them)
    defaults: Answers | None = None  # an earlier answers file: its values become defaults
    cwd: Path = field(default_factory=Path.cwd)
    force: bool = False
    out: Path | None = None

    def t(self, key: str, **fields: Any) -> str:
        return message(key, self.lang or "en", **fields)

    # -- the order of questions ------------------------------------------------------------
    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        steps = [("language", self.ask_language), ("kind", self.ask_kind), ("committee", self.ask_committee),
                 ("agenda", self.ask_agenda), ("country", self.ask_country)]
        if self.answers.kind == "resolution":
            steps += [("profile", self.ask_profile), ("sponsors", self.ask_sponsors),
                      ("signatories", self.ask_signatories), ("preambular", self.ask_preambular)]
        steps += [("operative", self.ask_operative)]
        if self.answers.kind == "resolution":
            steps += [("order", self.ask_order), ("customize", self.ask_customize), ("own", self.ask_own)]
        else:
            steps += [("placeholders", self.ask_placeholders), ("paper", self.ask_paper)]
        steps += [("output", self.ask_output)]
        return steps

    def run(self) -> Answers:
        """Ask every question not answered yet; return the answers (the caller writes them)."""
        index = 0
        while True:
            steps = self.steps()  # the list depends on the kind chosen
            if index >= len(steps):
                return self.answers
            name, ask = steps[index]
            if name not in self.answered:
                ask()
                self.answered.append(name)
            index += 1

    # -- steps ----------------------------------------------------------------------------
    def ask_language(self) -> None:
        if not self.lang:
            default = self.defaults.language if self.defaults else "en"
            self.lang = self.asker.select(self.t("language"), [Option("en", "English"), Option("zh", "中文")], default)
        self.answers.language = self.lang

    def ask_kind(self) -> None:
        default = self.defaults.kind if self.defaults else "resolution"
        self.answers.kind = self.asker.select(self.t("kind"), [Option("resolution", self.t("resolution")),
                                                               Option("position-paper", self.t("position-paper"))],
                                              default)

    def ask_committee(self) -> None:
        committees = list(self.lib.committees.values())
        if len(committees) == 1:
            self.answers.committee = committees[0].id
            return
        default = self.defaults.committee if self.defaults else "ccpcj"
        self.answers.committee = self.asker.select(self.t("committee"), [Option(c.id, c.name[self.lang])
                                                                         for c in committees], default)

    def ask_agenda(self) -> None:
        agendas = [a for a in self.lib.agendas.values() if a.committee == self.answers.committee]
        if not agendas:
            raise DrafterError(f"the library has no topic for committee {self.answers.committee!r}")
        if len(agendas) == 1:
            self.answers.agenda = agendas[0].id
            return
        default = self.defaults.agenda if self.defaults else None
        self.answers.agenda = self.asker.select(self.t("agenda"), [Option(a.id, a.name[self.lang]) for a in agendas],
                                                default)

    def country_options(self) -> list[Option]:
        return [Option(c.iso3, f"{c.name.en} / {c.name.zh} ({c.iso3})") for c in self.lib.countries.values()]

    def find_country(self, typed: str) -> Country | None:
        typed = typed.strip()
        if not typed:
            return None
        for option in self.country_options():
            if typed == option.title:
                return self.lib.countries[option.value]
        return self.lib.find_country(typed)

    def ask_country(self) -> None:
        default = ""
        if self.defaults and self.defaults.country:
            c = self.lib.countries[self.defaults.country]
            default = f"{c.name.en} / {c.name.zh} ({c.iso3})"

        def validate(text: str) -> str | None:
            return None if self.find_country(text) else self.t("country-bad")

        typed = self.asker.autocomplete(self.t("country"), self.country_options(), validate, default)
        country = self.find_country(typed)
        if country is None:  # a scripted asker may skip validation
            raise DrafterError(self.t("country-bad"))
        self.answers.country = country.iso3
        blocs = ", ".join(self.lib.blocs[b].name[self.lang] for b in country.blocs) or "-"
        self.asker.say(self.t("country-blocs", name=country.name[self.lang], blocs=blocs))

    def ask_profile(self) -> None:
        default = (self.defaults.profile if self.defaults and self.defaults.profile else
                   ("cn-mun" if self.lang == "zh" else "un"))
        self.answers.profile = self.asker.select(self.t("profile"), [Option(p, self.t(f"profile-{p}"))
                                                                     for p in ("un", "una-usa", "thimun", "cn-mun")],
                                                 default)

    def state_options(self, ticked: list[str], exclude: tuple[str, ...] = ()) -> list[Option]:
        countries = sorted(self.lib.countries.values(),
                           key=lambda c: c.sort_zh if self.lang == "zh" else c.name.en.casefold())
        return [Option(c.iso3, f"{c.name[self.lang]} ({c.iso3})", c.iso3 in ticked) for c in countries
                if c.iso3 not in exclude]

    def ask_sponsors(self) -> None:
        ticked = (self.defaults.sponsors if self.defaults and self.defaults.sponsors else [self.answers.country])
        chosen = self.asker.checkbox(self.t("sponsors"), self.state_options(ticked), search=True)
        if self.answers.country not in chosen:
            chosen = [self.answers.country] + list(chosen)
        self.answers.sponsors = list(chosen)

    def ask_signatories(self) -> None:
        ticked = self.defaults.signatories if self.defaults else []
        chosen = list(self.asker.checkbox(self.t("signatories"), self.state_options(ticked), search=True))
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

    # -- clauses ----------------------------------------------------------------------------
    def lead(self, clause: Clause) -> str:
        phrase = self.lib.phrases[clause.phrase]
        return phrase.text[self.lang]

    def clause_title(self, clause: Clause, width: int = 72) -> str:
        sep = "" if self.lang == "zh" else " "
        text = f"{self.lead(clause)}{sep}{clause.text[self.lang]}"
        text = PLACEHOLDER.sub(lambda m: f"[{m.group(1)}]", text)
        from drafter.table import truncate

        return truncate(text, width)

    def clause_options(self, kind: str, preselected: list[str] | None) -> list[Option]:
        country = self.lib.countries[self.answers.country]
        agenda = self.lib.agendas[self.answers.agenda]
        options: list[Option] = []
        if preselected is None and self.answers.kind == "position-paper":
            from drafter.positions import MAX_PROPOSALS, chosen_or_suggested

            preselected = [c.id for c, _, _ in chosen_or_suggested(Answers(agenda=self.answers.agenda), self.lib,
                                                                      country)][:MAX_PROPOSALS]
        for topic in agenda.topics:
            clauses = [c for c in self.lib.clauses.values() if c.kind == kind and c.topics and c.topics[0] == topic
                       and self.lang in c.languages]
            if not clauses:
                continue
            options.append(Option(None, f"── {self.lib.topics[topic].name[self.lang]} ──", header=True))
            for clause in clauses:
                opposed = self.lib.opposing_blocs(clause, country)
                title = self.clause_title(clause)
                if opposed:
                    names = ", ".join(self.lib.blocs[b].name[self.lang] for b in opposed)
                    title = f"{title}  {self.t('opposed', blocs=names)}"
                ticked = (clause.id in preselected) if preselected is not None else self.lib.suggested(clause, country)
                options.append(Option(clause.id, title, ticked))
        return options

    def ask_clauses(self, kind: str) -> list[ClauseChoice]:
        earlier = getattr(self.defaults, kind) if self.defaults else None
        preselected = [c.id for c in earlier if c.id] if earlier else None
        while True:
            chosen = self.asker.checkbox(self.t(kind), self.clause_options(kind, preselected), search=True)
            if kind == "operative" and not chosen and self.answers.kind == "resolution":
                self.asker.say(self.t("need-operative"))
                continue
            break
        kept = {c.id: c for c in (earlier or []) if c.id}
        own = [c for c in (earlier or []) if c.own]
        ordered = [i for i in kept if i in chosen] + [i for i in chosen if i not in kept]  # keep the earlier order
        return [kept.get(i, ClauseChoice(id=i)) for i in ordered] + own

    def ask_preambular(self) -> None:
        self.answers.preambular = self.ask_clauses("preambular")

    def ask_operative(self) -> None:
        self.answers.operative = self.ask_clauses("operative")

    def choice_title(self, choice: ClauseChoice) -> str:
        from drafter.table import truncate

        if choice.own:
            phrase = self.lib.phrases[choice.phrase]
            sep = "" if self.lang == "zh" else " "
            return truncate(f"{phrase.text[self.lang]}{sep}{choice.text}", 70)
        clause = self.lib.clauses[choice.id]
        if choice.phrase or choice.text:
            phrase = self.lib.phrases[choice.phrase or clause.phrase]
            sep = "" if self.lang == "zh" else " "
            return truncate(f"{phrase.text[self.lang]}{sep}{choice.text or clause.text[self.lang]}", 70)
        return self.clause_title(clause, 70)

    def ask_order(self) -> None:
        for kind in ("preambular", "operative"):
            items: list[ClauseChoice] = getattr(self.answers, kind)
            while len(items) > 1:
                kind_name = self.t(f"{kind}-kind")
                options = [Option("keep", self.t("order-keep"))]
                options += [Option(i, f"{i + 1}. {self.choice_title(c)}") for i, c in enumerate(items)]
                picked = self.asker.select(self.t("order", kind=kind_name), options, "keep")
                if picked == "keep":
                    break
                where = self.asker.select(self.t("order-where"), [Option("up", self.t("up")), Option("down", self.t("down")),
                                                                  Option("top", self.t("top")),
                                                                  Option("bottom", self.t("bottom"))], "up")
                move(items, picked, where)

    def ask_customize(self) -> None:
        while True:
            choices = self.answers.preambular + self.answers.operative
            options = [Option("done", self.t("customize-done"))]
            options += [Option(i, self.choice_title(c)) for i, c in enumerate(choices)]
            picked = self.asker.select(self.t("customize"), options, "done")
            if picked == "done":
                break
            self.customize(choices[picked])
        self.ask_placeholders()

    def customize(self, choice: ClauseChoice) -> None:
        clause = self.lib.clauses.get(choice.id) if choice.id else None
        phrase = self.lib.phrases[choice.phrase or (clause.phrase if clause else "")]
        actions = [Option("stronger", self.t("stronger")), Option("weaker", self.t("weaker")),
                   Option("edit", self.t("edit"))]
        if clause:
            actions += [Option(("fill", n), self.t("fill", name=n)) for n in clause.placeholders]
        action = self.asker.select(self.t("action"), actions, "stronger")
        if action in ("stronger", "weaker"):
            found = self.lib.stronger(phrase, 1 if action == "stronger" else -1)
            if not found:
                which = self.t(action)
                self.asker.say(self.t("no-phrase", which=which, phrase=phrase.text[self.lang]))
                return
            options = [Option(p.id, f"{p.text[self.lang]} / {p.text['zh' if self.lang == 'en' else 'en']}") for p in found]
            choice.phrase = self.asker.select(self.t("pick-phrase"), options, found[0].id)
        elif action == "edit":
            current = choice.text or (self.fill_text(clause, choice) if clause else "")
            choice.text = self.body(self.asker.text(self.t("edit-text"), current, self.not_empty))
        elif isinstance(action, tuple) and clause is not None:
            self.ask_value(clause, choice, action[1])

    def fill_text(self, clause: Clause, choice: ClauseChoice) -> str:
        values = {n: p.default for n, p in clause.placeholders.items()} | choice.values
        return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), clause.text[self.lang])

    def ask_value(self, clause: Clause, choice: ClauseChoice, name: str) -> None:
        placeholder = clause.placeholders[name]
        current = choice.values.get(name, placeholder.default)
        value = self.asker.text(self.t("placeholder", clause=clause.id, question=placeholder.question[self.lang]),
                                current, self.not_empty)
        choice.values[name] = value.strip()

    def ask_placeholders(self) -> None:
        for choice in self.answers.preambular + self.answers.operative:
            clause = self.lib.clauses.get(choice.id) if choice.id else None
            if clause is None or choice.text:
                continue
            for name in clause.placeholders:
                if name not in choice.values:
                    self.ask_value(clause, choice, name)

    def not_empty(self, text: str) -> str | None:
        return None if text.strip() else self.t("empty")

    def body(self, text: str) -> str:
        tidy = tidy_body(text, self.lang)
        return to_full_width(tidy) if self.lang == "zh" else tidy

    def phrase_options(self, kind: str) -> list[Option]:
        other = "en" if self.lang == "zh" else "zh"
        return [Option(p.id, f"{p.text[self.lang]} / {p.text[other]}") for p in self.lib.phrases_of(kind)
                if not p.security_council_only or self.lib.committees[self.answers.committee].security_council]

    def find_phrase(self, kind: str, typed: str) -> Phrase | None:
        typed = typed.strip()
        for option in self.phrase_options(kind):
            phrase = self.lib.phrases[option.value]
            if typed in (option.title, phrase.text.en, phrase.text.zh, phrase.id) or typed.casefold() == phrase.text.en.casefold():
                return phrase
        return None

    def ask_own(self) -> None:
        while self.asker.confirm(self.t("own"), False):
            kind = self.asker.select(self.t("own-kind"), [Option("preambular", self.t("preambular-kind")),
                                                          Option("operative", self.t("operative-kind"))], "operative")
            typed = self.asker.autocomplete(self.t("own-phrase"), self.phrase_options(kind),
                                            lambda s: None if self.find_phrase(kind, s) else self.t("own-phrase-bad"))
            phrase = self.find_phrase(kind, typed)
            if phrase is None:
                raise DrafterError(self.t("own-phrase-bad"))
            text = self.asker.text(self.t("edit-text"), "", self.not_empty)
            text = self.strip_lead(text, phrase)
            getattr(self.answers, kind).append(ClauseChoice(phrase=phrase.id, text=self.body(text)))

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
        from drafter.positions import position_paper

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
        self.answers.output = self.asker.text(self.t("output"), self.default_output(), self.output_problem).strip()

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
    from drafter import answers as answers_mod

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
    from drafter import answers as answers_mod

    return answers_mod.read(path, lib)


def interview(flow: Flow, env: Any, resume_path: Path) -> int:
    """Run the questions, show the draft, write the .docx and its answers file.

    Ctrl-C or end of input at any prompt saves what was answered to ``resume_path`` and
    returns 130; the message says how to resume.
    """
    from drafter import answers as answers_mod
    from drafter.assemble import assemble
    from drafter.files import write_atomic
    from drafter.render import to_docx, to_text
    from drafter.status import ExitStatus

    import datetime as dt

    given = {"language"} if flow.lang and "language" not in flow.answered else set()  # --lang: never asked
    try:
        answers = flow.run()
        if not answers.date:  # pin the date, so replaying the answers file gives the same document
            answers.date = dt.date.today().isoformat()
        draft = assemble(answers, flow.lib)
        flow.asker.say(f"\n── {flow.t('review')} ──\n\n{to_text(draft)}")
        docx_path = flow.resolve(answers.output)
        answers_path = docx_path.with_suffix(".yaml")
        answers.output = docx_path.name
        if not flow.asker.confirm(flow.t("write"), True):
            answers_mod.write(answers, answers_path, force=flow.force)
            flow.asker.say(flow.t("not-written", path=answers_path))
            return ExitStatus.OK
    except (KeyboardInterrupt, EOFError):
        lang = flow.lang or "en"
        env.error("")
        if not [step for step in flow.answered if step not in given]:  # nothing answered yet: no file
            env.error("已中断。尚未回答任何问题，未保存文件。" if lang == "zh" else
                      "Interrupted before the first answer; nothing was saved.")
            return ExitStatus.INTERRUPTED
        saved = save_resume(flow, resume_path)
        env.error((f"已中断。已回答的内容保存在 {saved}\n继续：drafter new --resume {saved}" if lang == "zh" else
                   f"Interrupted. Your answers so far are saved in {saved}\nResume with: drafter new --resume {saved}"))
        return ExitStatus.INTERRUPTED
    write_atomic(docx_path, to_docx(draft), force=flow.force)
    answers_mod.write(answers, answers_path, force=flow.force)
    if resume_path.exists() and resume_path != answers_path:
        resume_path.unlink()
    flow.asker.say(flow.t("written", docx=docx_path, answers=answers_path))
    return ExitStatus.OK
