"""``drafter new --amendment DRAFT``: the questions that write an amendment file, as plain Python.

Questions go through an :class:`~drafter.interview.asker.Asker` (the terminal one is in
:mod:`drafter.interview.questionnaire`); every action is checked against the draft as soon as it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.environment import Environment
from drafter.interview.asker import Asker, GoBack, Option
from drafter.labels import parse_address
from drafter.library import Library
from drafter.plurals import counted
from drafter.problems import q
from drafter.revise import amend
from drafter.revise.amend import ACTIONS, KINDS, Action, Amendment, AmendmentError
from drafter.revise.apply import revise
from drafter.revise.document import open_draft
from drafter.revise.reviser import Reviser
from drafter.status import DrafterError, ExitStatus
from drafter.wrapping import truncate

MESSAGES: dict[str, tuple[str, str]] = {
    "intro": ("Amending {draft}: {paragraphs}.", "修正 {draft}：共{count}段执行部分。"),
    "submitter": ("Submitting delegation", "提交国"),
    "bad-country": ("No State by that name or code", "没有这个国名或代码"),
    "cosigners": ("Co-signers", "附议国"),
    "kind": ("Friendly (all sponsors agree) or unfriendly?", "友好修正案(全体起草国同意)还是非友好修正案？"),
    "friendly": ("Friendly", "友好修正案"),
    "unfriendly": ("Unfriendly", "非友好修正案"),
    "action": ("What does the amendment do?", "修正案要做什么？"),
    "add_after": ("Add a paragraph", "增加一段"),
    "strike": ("Strike a paragraph", "删除一段"),
    "replace_words": ("Replace words in a paragraph", "替换某段中的文字"),
    "replace": ("Replace a whole paragraph", "替换整段"),
    "change_lead": ("Change a lead phrase", "更换引导词"),
    "done": ("Done: write the amendment", "完成：保存修正案"),
    "which": ("Which paragraph?", "哪一段？"),
    "after": ("Add it after which paragraph?", "加在哪一段之后？"),
    "first": ("At the start (before 1)", "最前面(第1段之前)"),
    "text": ("Text of the paragraph (a lead phrase first for an operative paragraph)",
             "段落内容(执行部分段落以引导词开头)"),
    "words": ("Words to replace, exactly as written", "要替换的文字(须与草案完全一致)"),
    "not-there": ("Those words are not in the paragraph", "该段中没有这些文字"),
    "with": ("Replace them with (empty: strike them)", "替换为(留空即删除)"),
    "phrase": ("New lead phrase", "新的引导词"),
    "bad-phrase": ("Not an operative lead phrase of the phrase list", "不是短语表中的执行部分引导词"),
    "empty": ("Please write something", "请输入内容"),
    "problem": ("Not added: {problem}", "未加入：{problem}"),
    "none-yet": ("An amendment needs at least one action.", "修正案至少需要一项修改。"),
    "output": ("Save the amendment as", "修正案保存为"),
    "written": ("Wrote {path}\nSheet for the dais: drafter amend {path} --sheet SHEET.docx\n"
                "Revised draft: drafter apply {draft} {path} --out REVISED.docx",
                "已保存 {path}\n主席团用的修正案表：drafter amend {path} --sheet SHEET.docx\n"
                "修订后的草案：drafter apply {draft} {path} --out REVISED.docx"),
}


def message(key: str, lang: str, **fields: Any) -> str:
    """The message ``key`` in ``lang`` (Chinese for "zh", else English), its {fields} filled."""
    en, zh = MESSAGES[key]
    return (zh if lang == "zh" else en).format(**fields)


@dataclass
class AmendmentFlow:
    """One run of the amendment questions."""

    lib: Library
    asker: Asker
    draft_path: Path
    lang: str = ""
    cwd: Path = field(default_factory=Path.cwd)
    amendment: Amendment = field(default_factory=Amendment)

    def t(self, key: str, **fields: Any) -> str:
        """A message in the questionnaire's language (the draft's, unless given)."""
        return message(key, self.lang or "en", **fields)

    def reviser(self, actions: list[Action]) -> Reviser:
        """The draft with ``actions`` applied (raises AmendmentError on a problem)."""
        trial = Amendment(draft=str(self.draft_path), submitted_by=self.amendment.submitted_by or "",
                          actions=actions, source=self.cwd / "amendment.yaml")
        return revise(open_draft(self.draft_path, self.lib), [trial], self.lib)

    def run(self) -> Amendment:
        """Ask the questions (Esc goes back one); return the amendment, every action checked against the draft."""
        draft = open_draft(self.draft_path, self.lib)
        self.lang = self.lang or draft.language
        if hasattr(self.asker, "language"):
            self.asker.language = self.lang  # the terminal widgets' own texts follow the draft
        self.amendment.draft = _relative(self.draft_path, self.cwd)
        self.amendment.source = self.cwd / "amendment.yaml"
        operative = len(draft.structure.operative)
        self.asker.say(self.t("intro", draft=self.draft_path.name, count=operative,
                              paragraphs=counted(operative, "operative paragraph")))
        steps = [self.ask_submitter, self.ask_cosigners, self.ask_kind, self.ask_actions]
        index = 0
        while index < len(steps):
            try:
                steps[index]()
            except GoBack:  # Esc: the question before, again
                index = max(0, index - 1)
                continue
            index += 1
        return self.amendment

    def ask_kind(self) -> None:
        """Friendly or unfriendly."""
        self.amendment.kind = self.asker.select(self.t("kind"), [Option(k, self.t(k)) for k in KINDS],
                                                self.amendment.kind or "friendly")

    def ask_actions(self) -> None:
        """Actions until "done"; Esc inside an action drops it, Esc at this menu goes back a question."""
        while True:
            kind = self.asker.select(self.t("action"), [Option(k, self.t(k)) for k in (*ACTIONS, "done")], "done")
            if kind == "done":
                if self.amendment.actions:
                    return
                self.asker.say(self.t("none-yet"))
                continue
            try:
                action = self.ask_action(kind)
            except GoBack:
                continue
            try:
                self.reviser(self.amendment.actions + [action])
            except AmendmentError as exc:
                self.asker.say(self.t("problem", problem="; ".join(p.message for p in exc.problems)))
                continue
            self.amendment.actions.append(action)

    def country_options(self, exclude: str = "") -> list[Option]:
        """Every State, sorted for the language, searchable by either name, aliases and ISO3 code."""
        countries = sorted((c for c in self.lib.countries.values() if c.iso3 != exclude),
                           key=lambda c: c.sort_zh if self.lang == "zh" else c.name.en.casefold())
        return [Option(c.iso3, f"{c.name[self.lang]} ({c.iso3})",
                       search=" ".join([c.iso3, c.name.en, c.name.zh, c.formal.en, c.formal.zh, *c.aliases_en,
                                        *c.aliases_zh]))
                for c in countries]

    def ask_submitter(self) -> None:
        """The submitting delegation."""
        picked = self.asker.pick(self.t("submitter"), self.country_options(), multi=False)
        country = self.lib.find_country(str(picked))
        if country is None:  # a scripted asker may answer anything
            raise DrafterError(self.t("bad-country"))
        self.amendment.submitted_by = country.iso3

    def ask_cosigners(self) -> None:
        """The co-signers (any State but the submitter)."""
        picked = self.asker.pick(self.t("cosigners"), self.country_options(exclude=self.amendment.submitted_by))
        self.amendment.cosigners = [c for c in picked if c in self.lib.countries]

    def paragraph_options(self, with_ends: bool) -> list[Option]:
        """The paragraphs of the draft as amended so far (``with_ends``: "at the start" first)."""
        paragraphs = self.reviser(list(self.amendment.actions)).current_paragraphs()
        options = [Option("0", self.t("first"))] if with_ends else []
        for address, current in paragraphs:
            text = current.strip()
            options.append(Option(address, f"{address}  {truncate(text, 60)}"))
        return options

    def ask_action(self, kind: str) -> Action:
        """One action of ``kind``: the paragraph, then what it needs (text, words, lead phrase)."""
        not_empty = lambda text: None if text.strip() else self.t("empty")  # noqa: E731
        address = self.asker.select(self.t("after" if kind == "add_after" else "which"),
                                    self.paragraph_options(kind == "add_after"))
        path = [0] if address == "0" else parse_address(address)
        if path is None:
            raise DrafterError(f"unreadable paragraph address {address!r}", zh=f"无法识别的段落地址{q(address)}")
        action = Action(kind, address, path)
        if kind in ("add_after", "replace"):
            action.text = " ".join(self.asker.text(self.t("text"), validate=not_empty).split())
        elif kind == "replace_words":
            content = dict(self.reviser(list(self.amendment.actions)).current_paragraphs())[address]
            action.words = self.asker.text(self.t("words"), validate=lambda text: (
                self.t("empty") if not text.strip() else None if text.strip() in content else self.t("not-there"))).strip()
            action.replacement = self.asker.text(self.t("with")).strip()
        elif kind == "change_lead":
            other = "en" if self.lang == "zh" else "zh"
            options = [Option(p.id, p.text[self.lang], search=f"{p.id} {p.text[other]}")
                       for p in self.lib.phrases.values() if p.kind == "operative"]
            action.phrase = str(self.asker.pick(self.t("phrase"), options, multi=False))
            if action.phrase not in self.lib.phrases:
                raise DrafterError(self.t("bad-phrase"))
        return action


def _relative(path: Path, cwd: Path) -> str:
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path.resolve())


def interview(flow: AmendmentFlow, env: Environment, out: Path | None, force: bool) -> int:
    """Ask the questions and write the amendment file; Ctrl-C writes nothing."""
    try:
        amendment = flow.run()
        default = flow.cwd / f"{flow.draft_path.stem}-amendment-{amendment.submitted_by.lower()}.yaml"
        while True:
            try:
                path = out or env.resolve(flow.asker.text(flow.t("output"), default=_relative(default, flow.cwd)))
                break
            except GoBack:
                flow.ask_actions()
    except (KeyboardInterrupt, EOFError):
        env.error("")
        env.error("已中断，没有写入任何文件。" if flow.lang == "zh" else "Interrupted; nothing was written.")
        return ExitStatus.INTERRUPTED
    amendment.draft = _relative(flow.draft_path, path.parent)
    amendment.source = path
    amend.write(amendment, path, force=force)
    flow.asker.say(flow.t("written", path=_relative(path, flow.cwd), draft=_relative(flow.draft_path, flow.cwd)))
    return ExitStatus.OK
