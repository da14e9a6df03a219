"""Turn answers and a library into a :class:`~drafter.compose.draft.Draft`."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from drafter.compose import templating
from drafter.compose.answers import Answers, ClauseChoice, tidy_body
from drafter.compose.dates import format_date
from drafter.compose.draft import Draft, Emphasis, HeadingLine, OperativeParagraph, PreambularParagraph, SubParagraph
from drafter.compose.sessions import draft_symbol, session_line
from drafter.library import Library
from drafter.library.model import Clause, Phrase
from drafter.problems import q
from drafter.punctuation import END, LIST_JOINER, zh_typography
from drafter.status import DrafterError

# Lead emphasis per profile: (preambular, operative) in English; Chinese shows italic as bold.
EMPHASIS: dict[str, tuple[Emphasis, Emphasis]] = {
    "un": ("italic", "italic"),
    "una-usa": ("italic", "underline"),
    "thimun": ("italic", "underline"),
    "cn-mun": ("underline", "underline"),
}


def emphasis_for(profile: str, language: str) -> tuple[Emphasis, Emphasis]:
    """The emphasis of preambular and operative leads under ``profile`` in ``language``."""
    pre: Emphasis
    op: Emphasis
    pre, op = EMPHASIS.get(profile, EMPHASIS["un"])
    if language == "zh":
        pre, op = ("bold" if pre == "italic" else pre), ("bold" if op == "italic" else op)
    return pre, op


def country_names(codes: Iterable[str], lib: Library, language: str) -> list[str]:
    """UN short names in the document's language: English sorted alphabetically, Chinese by pinyin."""
    countries = [lib.countries[c] for c in codes]
    if language == "zh":
        countries.sort(key=lambda c: c.sort_zh)
    else:
        countries.sort(key=lambda c: _english_sort_key(c.name.en))
    return [c.name[language] for c in countries]


def _english_sort_key(name: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


def join_names(names: list[str], language: str, final_and: bool) -> str:
    """Names as a list in running text; ``final_and``: "A, B and C" / "A、B和C"."""
    if not names:
        return ""
    if language == "zh":
        if final_and and len(names) > 1:
            return "、".join(names[:-1]) + "和" + names[-1]
        return "、".join(names)
    if final_and and len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return ", ".join(names)


class PhraseCounter:
    """Gives a lead phrase its also / further form when it is used again."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def form(self, phrase: Phrase, language: str, chosen: str = "") -> str:
        """The lead as written: ``chosen`` (plain / also / further) when given, else by how often it was used."""
        self.seen[phrase.id] += 1
        n = self.seen[phrase.id]
        if chosen:
            form = {"also": phrase.also, "further": phrase.further}.get(chosen)
            return form[language] if form and form[language] else phrase.text[language]
        if n == 2 and phrase.also:
            return phrase.also[language]
        if n >= 3 and phrase.further:
            return phrase.further[language]
        if n >= 2 and phrase.also and not phrase.further:
            return phrase.also[language]
        return phrase.text[language]


def assemble(answers: Answers, lib: Library, today: dt.date | None = None) -> Draft:
    """Build the document model for ``answers``."""
    if answers.kind == "position-paper":
        # loaded on use: the position paper's composer (citations, national policy, stances) is a resolution's
        # start-up cost otherwise
        from drafter.compose.positions import position_paper

        return position_paper(answers, lib, today)
    lang = answers.language
    pre_emph, op_emph = emphasis_for(answers.profile, lang)
    draft = Draft(kind="resolution", language=lang, profile=answers.profile,
                  preambular_emphasis=pre_emph, operative_emphasis=op_emph,
                  organ_emphasis="bold" if lang == "zh" else "italic")
    committee = lib.committees[answers.committee]
    organ = committee.organ[lang]
    draft.organ = organ.upper() if answers.profile == "thimun" and lang == "en" else organ
    draft.organ_end = END[lang]["organ"]
    if answers.profile == "cn-mun":
        draft.organ_emphasis = "none"
    draft.heading, draft.title = heading(answers, lib, today or dt.date.today())
    draft.running_head = next((line.text for line in draft.heading if line.role == "symbol"), "")

    counter = PhraseCounter()
    for index, choice in enumerate(answers.preambular):
        lead, body, _ = _paragraph(choice, lib, lang, counter, f"preambular clause {index + 1}")
        draft.preambular.append(PreambularParagraph(lead, body, END[lang]["preambular"], choice.id))

    counter = PhraseCounter()
    total = len(answers.operative)
    for index, choice in enumerate(answers.operative):
        last = index == total - 1
        lead, body, subs = _paragraph(choice, lib, lang, counter, f"operative clause {index + 1}")
        end = END[lang]["chapeau"] if subs else END[lang]["last" if last else "operative"]
        draft.operative.append(OperativeParagraph(lead, body, end, _punctuate(subs, lang, last), choice.id))
    return draft


def _paragraph(choice: ClauseChoice, lib: Library, lang: str, counter: PhraseCounter,
               where: str) -> tuple[str, str, list[Any]]:
    clause: Clause | None = lib.clauses.get(choice.id) if choice.id else None
    phrase_id = choice.phrase or (clause.phrase if clause else "")
    phrase = lib.phrases.get(phrase_id)
    if phrase is None:
        raise DrafterError(f"{where}: unknown lead phrase {phrase_id!r}", zh=f"{where}：未知引导词{q(phrase_id)}")
    lead = counter.form(phrase, lang, choice.form)
    values: dict[str, str] = {}
    if clause:
        values = {name: p.default_in(lang) for name, p in clause.placeholders.items()}
        values.update(choice.values)
    context = f"{where} ({choice.id or 'own clause'})"
    if choice.text:
        body = zh_typography(choice.text) if lang == "zh" else choice.text
    elif clause:
        body = _typeset(templating.fill(clause.text[lang], values, context), lang)
    else:
        raise DrafterError(f"{context}: no text", zh=f"{where}（{choice.id or '自拟条款'}）：没有文字")
    subs: list[Any]
    if choice.subparagraphs:
        subs = [_own_sub(s, lang) for s in choice.subparagraphs]
    elif clause and not choice.text:
        subs = [_library_sub(s, lang, values, context) for s in clause.subparagraphs]
    else:
        subs = []
    return lead, body, subs


def _library_sub(sub: Any, lang: str, values: dict[str, str], context: str) -> tuple[str, list[Any]]:
    return (_typeset(templating.fill(sub.text[lang], values, context), lang),
            [_library_sub(c, lang, values, context) for c in sub.children])


def _typeset(text: str, lang: str) -> str:
    return zh_typography(text) if lang == "zh" else text


def _own_sub(sub: Any, lang: str) -> tuple[str, list[Any]]:
    if isinstance(sub, dict):
        text = tidy_body(str(sub.get("text", "")), lang)
        children = [_own_sub(c, lang) for c in sub.get("subparagraphs", []) or []]
    else:
        text, children = tidy_body(str(sub), lang), []
    return _typeset(text, lang), children


def _punctuate(subs: list[tuple[str, list[Any]]], lang: str, last_paragraph: bool) -> list[SubParagraph]:
    result = []
    for i, (text, children) in enumerate(subs):
        final = last_paragraph and i == len(subs) - 1
        if children:
            end = END[lang]["chapeau"]
        elif not final and LIST_JOINER.search(text):
            end = ""  # "(h) … Committee; or": the joiner ends the item, as the adopted text has it
        else:
            end = END[lang]["last"] if final else END[lang]["sub"]
        result.append(SubParagraph(text, end, _punctuate(children, lang, final)))
    return result


# -- heading block --------------------------------------------------------------------------

LABELS = {
    "una-usa": {"en": ("Committee: ", "Topic: ", "Sponsors: ", "Signatories: "),
                "zh": ("委员会：", "议题：", "起草国：", "附议国：")},
    "cn-mun": {"en": ("Committee: ", "Topic: ", "Sponsors: ", "Signatories: "),
               "zh": ("委员会：", "议题：", "起草国：", "附议国：")},
    "thimun": {"en": ("FORUM: ", "QUESTION OF: ", "SUBMITTED BY: ", "CO-SUBMITTERS: "),
               "zh": ("论坛：", "议题：", "主提交国：", "联合提交国：")},
}


def heading(answers: Answers, lib: Library, today: dt.date) -> tuple[list[HeadingLine], str]:
    """The heading block of a draft resolution under its profile, and its title."""
    lang = answers.language
    committee = lib.committees[answers.committee]
    agenda = lib.agendas[answers.agenda]
    title = _typeset(answers.title, lang) if answers.title else agenda.name[lang]
    day = dt.date.fromisoformat(answers.date) if answers.date else today
    none = "无" if lang == "zh" else "None"
    if answers.profile == "un":
        sponsors = join_names(country_names(answers.sponsors, lib, lang), lang, final_and=True)
        symbol = answers.symbol or draft_symbol(committee, day, answers.draft_number or "1", answers.session)
        original = "Chinese" if lang == "zh" else "English"
        lines = [
            HeadingLine("un-name", "联合国" if lang == "zh" else "United Nations"),
            HeadingLine("symbol", symbol, align="right"),
        ]
        if committee.parent:
            lines.append(HeadingLine("organ-name", committee.parent[lang], bold=True))
        lines += [
            # UN-H02: drafts numbered /L. are of limited distribution; a Security Council draft (S/2026/123) is general
            HeadingLine("distr", "Distr.: Limited" if "/L." in symbol else "Distr.: General", align="right"),
            HeadingLine("date", format_date(day, "en"), align="right"),
        ]
        if lang == "zh":
            lines.append(HeadingLine("language", "Chinese", align="right"))
        lines.append(HeadingLine("original", f"Original: {original}", align="right"))
        lines.append(HeadingLine("committee", committee.name[lang], bold=True))
        session = session_line(committee, day, lang, answers.session)
        if session:
            lines.append(HeadingLine("session", session))
        item = agenda.agenda_item or committee.agenda_item
        if item.get("number"):
            several = re.search(r"\band\b|,", item["number"])  # "Agenda items 11 and 15"
            lines.append(HeadingLine("agenda-item", f"议程项目{item['number']}" if lang == "zh" else
                                     f"Agenda item{'s' if several else ''} {item['number']}"))
            if item.get(lang):
                lines.append(HeadingLine("agenda-title", item[lang], bold=True))
        tail = "：决议草案" if lang == "zh" else ": draft resolution"
        lines.append(HeadingLine("sponsors", sponsors + tail))
        lines.append(HeadingLine("title", title, bold=True))
        return lines, title
    labels = LABELS[answers.profile][lang]
    names_sponsors = country_names(answers.sponsors, lib, lang)
    names_signatories = country_names(answers.signatories, lib, lang)
    sep = "、" if lang == "zh" else ", "
    lines = []
    if answers.profile == "cn-mun":
        lines.append(HeadingLine("title", "决议草案" if lang == "zh" else "Draft Resolution", align="center", bold=True))
    if answers.profile == "una-usa" and answers.draft_number:
        lines.append(HeadingLine("title", f"Draft Resolution {answers.draft_number}" if lang == "en"
                                 else f"决议草案 {answers.draft_number}", align="center", bold=True))
    lines.append(HeadingLine("committee", committee.short[lang] if lang == "en" and answers.profile == "thimun"
                             else committee.name[lang], label=labels[0]))
    lines.append(HeadingLine("topic", title, label=labels[1]))
    if answers.profile == "thimun":
        main = lib.countries[answers.country].name[lang] if answers.country else (names_sponsors[:1] or [none])[0]
        co = [n for n in names_sponsors if n != main]
        lines.append(HeadingLine("submitted-by", main, label=labels[2]))
        lines.append(HeadingLine("co-submitters", sep.join(co) or none, label=labels[3]))
        if names_signatories:
            lines.append(HeadingLine("signatories", sep.join(names_signatories),
                                     label="附议国：" if lang == "zh" else "SIGNATORIES: "))
    else:
        lines.append(HeadingLine("sponsors", sep.join(names_sponsors) or none, label=labels[2]))
        lines.append(HeadingLine("signatories", sep.join(names_signatories) or none, label=labels[3]))
    if answers.profile == "cn-mun" and answers.draft_number:
        lines.append(HeadingLine("draft-number", answers.draft_number,
                                 label="草案编号：" if lang == "zh" else "Draft number: "))
    return lines, title
