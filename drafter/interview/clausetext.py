"""Clauses as the questionnaire shows them: one-line titles, the full text as it will read, the preview beside a
list (both languages, the blocs' stances, the contested side, the source) and the text the filter searches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from drafter.compose.answers import ClauseChoice
from drafter.interview.messages import message
from drafter.library import PLACEHOLDER, Library
from drafter.library.model import LANGS, Clause, Country
from drafter.punctuation import joiner
from drafter.wrapping import truncate

# how a source's section reads in Chinese: the library writes its references in English ("annex, art. 5")
REF_ZH = [(re.compile(r"\bsection ([^\s,;()]+)"), r"第\1节"), (re.compile(r"\s*\(opening paragraph\)"), "（首段）"),
          (re.compile(r"\bannex\b"), "附件"), (re.compile(r"\barts?\. (\d+) and (\d+)"), r"第\1和\2条"),
          (re.compile(r"\barts?\. (\d+)"), r"第\1条"), (re.compile(r"\bparas?\. (\d+)"), r"第\1段"),
          (re.compile(r"\brecommendation (\d+)"), r"建议\1"), (re.compile(r", "), "，"), (re.compile(r"; "), "；")]


def section_zh(ref: str) -> str:
    """A source's section as it reads in Chinese ("section 二 (opening paragraph)" -> "第二节（首段）")."""
    for pattern, replacement in REF_ZH:
        ref = pattern.sub(replacement, ref)
    return ref


@dataclass(frozen=True)
class ClauseTexts:
    """Clauses and chosen clauses in ``lang``, the questionnaire's language (the other one beside it)."""

    lib: Library
    lang: str

    @property
    def other(self) -> str:
        """The other language, shown beside the questionnaire's."""
        return "zh" if self.lang == "en" else "en"

    def t(self, key: str, **fields: Any) -> str:
        """A message of :mod:`drafter.interview.messages` in the questionnaire's language."""
        return message(key, self.lang or "en", **fields)

    def lead(self, clause: Clause, lang: str | None = None) -> str:
        """The clause's lead phrase."""
        return self.lib.phrases[clause.phrase].text[lang or self.lang]

    def clause_title(self, clause: Clause, width: int = 72) -> str:
        """Lead phrase and body on one line, blanks shown as [name], cut to ``width`` columns."""
        body = clause.text[self.lang]
        text = f"{self.lead(clause)}{joiner(self.lang, body)}{body}"
        text = PLACEHOLDER.sub(lambda m: f"[{m.group(1)}]", text)
        return truncate(text, width)

    def full_text(self, clause: Clause, lang: str, phrase: str = "", values: dict[str, str] | None = None,
                  text: str = "") -> str:
        """The clause as it will read: lead phrase, body with placeholders filled, sub-paragraphs."""
        lead = self.lib.phrases[phrase or clause.phrase].text[lang]
        fills = {n: p.default for n, p in clause.placeholders.items()} | (values or {})
        body = text or PLACEHOLDER.sub(lambda m: fills.get(m.group(1)) or f"[{m.group(1)}]", clause.text[lang])
        lines = [f"{lead}{joiner(lang, body)}{body}"]

        def walk(subs: Any, depth: int) -> None:
            for n, sub in enumerate(subs):
                mark = f"({chr(ord('a') + n)})" if depth == 0 else f"({'i' * (n + 1)})"
                lines.append(f"{'   ' * (depth + 1)}{mark} {sub.text[lang]}")
                walk(sub.children, depth + 1)

        if not text:
            walk(clause.subparagraphs, 0)
        return "\n".join(lines)

    def clause_preview(self, clause: Clause, country: Country) -> str:
        """Both languages, the stance of each of ``country``'s blocs, the contested side, source, topics, id."""
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
                                    side=getattr(question.sides[side], self.lang), others=("、" if self.lang == "zh" else ", ").join(others)))
        parts += [f"{self.t('pv-source')}{colon}{self.source_line(clause)}", f"{self.t('pv-topics')}{colon}{topics}",
                  f"id{colon}{clause.id}"]
        return "\n".join(parts)

    def source_line(self, clause: Clause) -> str:
        """Where the clause comes from, in the questionnaire's language: the seed's title (not its file name), the
        UN symbol, the section, the excerpt in quotation marks, then how the clause goes beyond it."""
        source = clause.source
        seed = self.lib.seeds.get(source.seed)
        symbol = "" if source.symbol and source.symbol in source.ref else source.symbol
        parts = [seed.title[self.lang] if seed else source.seed, symbol, source.ref]
        if self.lang == "zh":
            parts[1:] = [symbol.replace("; ", "；"), section_zh(source.ref)]
        if source.excerpt:
            parts.append(f"“{source.excerpt}”")
        line = ("；" if self.lang == "zh" else "; ").join(p for p in parts if p)
        if self.lang == "zh":  # the notes on how a clause goes beyond its source are in English only
            return line
        extra = [self.t("pv-adapted", text=source.adapted) if source.adapted else "", source.note]
        return "\n".join(e for e in [line, *extra] if e)

    def clause_search(self, clause: Clause) -> str:
        """What the filter looks at: ids, the lead phrase and every text in both languages, topics, source."""
        phrase = self.lib.phrases[clause.phrase]
        texts = [text for lang in LANGS for text in (phrase.text[lang], *(t[lang] for t in clause.texts()))]
        topics = [f"{t} {self.lib.topics[t].name.en} {self.lib.topics[t].name.zh}" for t in clause.topics
                  if t in self.lib.topics]
        return " ".join([clause.id, phrase.id, phrase.text.en, phrase.text.zh, *texts, *topics, str(clause.source),
                         self.source_line(clause)])

    def choice_text(self, choice: ClauseChoice, lang: str | None = None) -> str:
        """A chosen clause as it will read, with the delegate's changes (or the delegate's own clause)."""
        lang = lang or self.lang
        if choice.own:
            phrase = self.lib.phrases[choice.phrase]
            return f"{phrase.text[lang]}{joiner(lang, choice.text)}{choice.text}"
        clause = self.lib.clauses[choice.id]
        return self.full_text(clause, lang, choice.phrase, choice.values, choice.text)

    def choice_title(self, choice: ClauseChoice) -> str:
        """The first line of :meth:`choice_text`, cut for a list row."""
        return truncate(self.choice_text(choice).split("\n")[0], 400)
