"""Position papers: a country's facts and chosen clauses, through a Jinja text template, into a Draft."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, TypeAlias, TypedDict

from drafter.compose import templating
from drafter.compose.answers import Answers
from drafter.compose.citations import Citations
from drafter.compose.dates import format_date
from drafter.compose.draft import Draft, HeadingLine, ListItem, Section, Sentence
from drafter.compose.national import National
from drafter.compose.stances import Stances
from drafter.compose.voice import Paragraphs
from drafter.library import Library, builtin_templates
from drafter.library.model import Clause, Country
from drafter.punctuation import END, strip_end, to_full_width, zh_typography
from drafter.status import DrafterError

SECTION_KEYS = ("background", "past_action", "position", "proposals")
MAX_PROPOSALS = 6
_INTRODUCERS = {"zh": ("包括", "考虑", "授权", "如下", "以下", "涵盖"),
                "en": ("include", "including", "consider", "authorize", "authorizes", "following", "to", "as follows",
                       "in that regard")}
_ADVERBS = {"strongly", "further", "also", "fully", "solemnly", "again", "once"}

Proposal: TypeAlias = tuple[Clause, dict[str, str], str | None]
"""An operative clause a paper proposes: the clause, its placeholder values, and its own wording (or None)."""


class Consideration(TypedDict):
    """A preambular clause as a sentence of the background, and the symbols of the documents it comes from."""

    text: str
    symbols: list[str]


def template_path(agenda: str, language: str, folder: Path | None = None) -> Path:
    """The position-paper template for ``agenda`` in ``language``, else the generic one of ``language``."""
    base = folder or builtin_templates()
    specific = base / f"position-paper.{agenda}.{language}.j2"
    return specific if specific.exists() else base / f"position-paper.{language}.j2"


def base_form(lead: str) -> str:
    """'Strongly urges' -> 'strongly urge', 'Calls upon' -> 'call upon', for "proposes that the Commission …"."""
    words = lead.split()
    out, done = [], False
    for word in words:
        lower = word.lower()
        if not done and lower not in _ADVERBS:
            if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
                lower = lower[:-2]
            elif lower.endswith("ies"):
                lower = lower[:-3] + "y"
            elif lower.endswith("s") and not lower.endswith("ss"):
                lower = lower[:-1]
            done = True
        out.append(lower)
    return " ".join(out)


# United Nations regional groups and the political groups of the library's country facts, by name in each language
GROUP_NAMES: dict[str, tuple[str, str]] = {
    "African": ("the Group of African States", "非洲国家组"),
    "Asia-Pacific": ("the Group of Asia-Pacific States", "亚洲-太平洋国家组"),
    "Eastern European": ("the Group of Eastern European States", "东欧国家组"),
    "Latin American and Caribbean": ("the Group of Latin American and Caribbean States", "拉丁美洲和加勒比国家组"),
    "Western European and Others": ("the Group of Western European and other States", "西欧和其他国家组"),
    "G77": ("the Group of 77", "77国集团"), "African Union": ("the African Union", "非洲联盟"),
    "CoE": ("the Council of Europe", "欧洲委员会"), "EU": ("the European Union", "欧洲联盟"),
    "LDC": ("the least developed countries", "最不发达国家"), "SIDS": ("the small island developing States", "小岛屿发展中国家"),
    "LLDC": ("the landlocked developing countries", "内陆发展中国家"),
    "Arab League": ("the League of Arab States", "阿拉伯国家联盟"),
    "SCO": ("the Shanghai Cooperation Organization", "上海合作组织"),
    "SCO dialogue partner": ("the dialogue partners of the Shanghai Cooperation Organization", "上海合作组织对话伙伴"),
    "SCO observer": ("the observers of the Shanghai Cooperation Organization", "上海合作组织观察员国"),
    "BRICS": ("BRICS", "金砖国家"), "BRICS partner": ("the BRICS partner countries", "金砖国家伙伴国"),
    "CIS": ("the Commonwealth of Independent States", "独立国家联合体"),
    "ASEAN": ("the Association of Southeast Asian Nations", "东南亚国家联盟"),
}


def group_name(group: str, language: str) -> str:
    """A group of States as a paper names it in ``language`` (``group`` itself when unknown)."""
    names = GROUP_NAMES.get(group)
    return names[language == "zh"] if names else group


HEAD_NOUNS = ("Assembly", "Council", "Commission", "Committee", "Conference", "Board", "Forum")


def organ_reference(organ: str, language: str) -> str:
    """How a proposal names the body it addresses: "the Commission", "the Assembly" / 委员会, 大会."""
    if language == "zh":
        for noun in ("大会", "安全理事会", "理事会", "委员会", "会议"):
            if organ.endswith(noun) or noun in organ:
                return noun
        return organ
    words = organ.replace(",", "").split()
    head = next((w for w in words if w in HEAD_NOUNS), words[-1] if words else "Committee")
    return f"the {head}"


def proposal(clause: Clause, lib: Library, language: str, values: dict[str, str],
             body: str | None = None, organ: str = "", phrase_id: str = "") -> dict[str, Any]:
    """An operative clause rewritten as a proposal: ``text`` (a sentence, or a chapeau ending in a colon) and
    ``items`` (its sub-paragraphs, punctuated as a list: ``;`` between items, a full stop after the last).
    ``phrase_id`` is a lead phrase the delegate chose instead of the clause's own (stronger, weaker)."""
    phrase = lib.phrases[phrase_id or clause.phrase]
    vals = {n: p.default_in(language) for n, p in clause.placeholders.items()} | values
    text = body if body is not None else templating.fill(clause.text[language], vals, clause.id)
    subs: list[str] = []
    if body is None:
        for sub in clause.subparagraphs:
            _flatten(sub, language, vals, clause.id, subs)
    end = END[language]
    if language == "zh":
        sentence = f"{organ or '委员会'}{phrase.text.zh}{strip_end(to_full_width(text))}"
    else:
        sentence = f"{organ or 'the Commission'} {base_form(phrase.text.en)} {strip_end(text)}"
    if not subs:
        return {"text": sentence + end["last"], "items": []}
    items = [strip_end(s) + end["sub"] for s in subs[:-1]] + [strip_end(subs[-1]) + end["last"]]
    if not sentence.endswith(_INTRODUCERS[language]):  # the list must read on from the sentence
        sentence += "，内容包括" if language == "zh" else ", including"
    return {"text": sentence + end["chapeau"], "items": items}


def _flatten(sub: Any, language: str, values: dict[str, str], where: str, out: list[str]) -> None:
    text = templating.fill(sub.text[language], values, where)
    out.append(to_full_width(text) if language == "zh" else text)
    for child in sub.children:
        _flatten(child, language, values, where, out)


def chosen_or_suggested(answers: Answers, lib: Library, country: Country) -> list[Proposal]:
    """The operative clauses the paper proposes: those chosen (a delegate's own proposals among them), else up to
    MAX_PROPOSALS of the agenda that the country's blocs support and none opposes."""
    picked: list[Proposal] = []
    for choice in answers.operative:
        if choice.id:
            picked.append((lib.clauses[choice.id], choice.values, choice.text or None))
    if picked or answers.operative:
        return picked
    agenda = lib.agendas[answers.agenda]
    for clause in lib.clauses.values():
        if clause.kind != "operative" or not set(clause.topics) & set(agenda.topics):
            continue
        if lib.supporting_blocs(clause, country) and lib.fits(clause, country):
            picked.append((clause, {}, None))
        if len(picked) >= MAX_PROPOSALS:
            break
    if not picked:  # a library without stances (an imported one): the agenda's clauses no bloc of it opposes
        unopposed: list[Proposal] = [(c, {}, None) for c in lib.clauses.values() if c.kind == "operative"
                                     and set(c.topics) & set(agenda.topics) and lib.fits(c, country)
                                     and answers.language in c.languages]
        picked = unopposed[:MAX_PROPOSALS]
    return picked


def own_proposals(answers: Answers, lib: Library, organ: str) -> list[dict[str, Any]]:
    """The delegate's own proposals (a lead phrase and a text), worded like the library's, in their place."""
    lang = answers.language
    out = []
    for index, choice in enumerate(answers.operative):
        if choice.id or not choice.phrase:
            continue
        phrase = lib.phrases[choice.phrase]
        body = strip_end(to_full_width(choice.text) if lang == "zh" else choice.text)
        text = f"{organ}{phrase.text.zh}{body}" if lang == "zh" else f"{organ} {base_form(phrase.text.en)} {body}"
        out.append({"index": index, "text": text + END[lang]["last"], "items": [], "marker": ""})
    return out


def considerations(answers: Answers, lib: Library, country: Country) -> list[Consideration]:
    """Preambular clauses of the agenda that no bloc of the country opposes, as sentences with their lead
    phrase, and the documents they come from: what a generic paper says of the background."""
    lang = answers.language
    agenda = lib.agendas[answers.agenda]
    chosen = [lib.clauses[c.id] for c in answers.preambular if c.id]
    pool = chosen or [c for c in lib.clauses.values() if c.kind == "preambular" and set(c.topics) & set(agenda.topics)
                      and lib.fits(c, country)]
    out: list[Consideration] = []
    for clause in pool:
        if lang not in clause.languages:
            continue
        phrase = lib.phrases[clause.phrase]
        values = {n: p.default_in(lang) for n, p in clause.placeholders.items()}
        body = strip_end(templating.fill(clause.text[lang], values, clause.id))
        text = f"{phrase.text[lang]}{'' if lang == 'zh' or body.startswith(',') else ' '}{body}"
        symbols = [s.symbol for s in (clause.sources or (clause.source,)) if s.symbol]
        out.append({"text": text, "symbols": symbols})
        if len(out) >= MAX_PROPOSALS:
            break
    return out


def context(answers: Answers, lib: Library, today: dt.date, cite: Citations | None = None) -> dict[str, Any]:
    """Everything a position-paper template may use; ``cite`` numbers the works the paper's sentences rest on."""
    lang = answers.language
    cite = cite or Citations(lib, lang)
    country = lib.countries[answers.country]
    committee = lib.committees[answers.committee]
    agenda = lib.agendas[answers.agenda]
    formal = country.formal[lang] or country.name[lang]
    subject = formal[:1].upper() + formal[1:] if lang == "en" else formal
    organ = organ_reference(committee.organ[lang], lang)
    proposals: list[dict[str, Any]] = []
    for clause, values, body in chosen_or_suggested(answers, lib, country):
        choice = next((c for c in answers.operative if c.id == clause.id), None)
        item = proposal(clause, lib, lang, values, body, organ, choice.phrase if choice else "")
        item["marker"] = cite.source(clause)
        item["index"] = next((n for n, c in enumerate(answers.operative) if c.id == clause.id), len(proposals))
        proposals.append(item)
    proposals = sorted(proposals + own_proposals(answers, lib, organ), key=lambda p: p["index"])
    for item in proposals:  # the citation stands before the sentence's (or chapeau's) last mark
        item["text"] = item["text"][:-1] + item["marker"] + item["text"][-1]
    considered = considerations(answers, lib, country)
    paras = Paragraphs(country, lang)
    if lib.references:  # the facts of a library with references: section III written from them
        National(lib, country, lang, cite, today, paras).write()
        Stances(country, lang, cite, paras).write()
    return {
        "lang": lang,
        "country": {"iso3": country.iso3, "name": country.name[lang], "formal": formal, "subject": subject,
                    "groups": list(country.groups), "blocs": list(country.blocs), "observer": country.observer,
                    "regional_group": country.regional_group},
        "facts": dict(country.facts),
        "blocs": {b: {"name": lib.blocs[b].name[lang], "description": lib.blocs[b].description[lang]}
                  for b in country.blocs},
        "committee": {"name": committee.name[lang], "short": committee.short[lang]},
        "agenda": {"id": agenda.id, "name": agenda.name[lang]},
        "proposals": proposals,
        "considerations": considered,
        "documents": list(dict.fromkeys(s for item in considered for s in item["symbols"])),
        "group_names": [group_name(g, lang) for g in country.groups],
        "regional_group_name": group_name(country.regional_group, lang) if country.regional_group else "",
        "paper": dict(answers.position_paper),
        "today": today.isoformat(),
        "national": paras.text(),
        "stats": statistics(lib, lang, today),
        "cite": lambda *refs: cite.mark(list(refs)),
    }


def statistics(lib: Library, lang: str, today: dt.date) -> dict[str, Any]:
    """Counts the background of a paper states, computed from the library's facts (never typed)."""
    members = [c for c in lib.countries.values() if not c.observer]
    ratified = sorted((c for c in members if c.facts.get("uncc") == "ratification-reported"),
                      key=lambda c: c.sort_zh if lang == "zh" else c.name.en)
    names = [c.name[lang] for c in ratified]
    joined = ("、".join(names[:-1]) + "和" + names[-1] if lang == "zh" else ", ".join(names[:-1]) + " and " + names[-1]) \
        if len(names) > 1 else "".join(names)
    return {
        "budapest_parties": sum(1 for c in members if c.facts.get("budapest") == "party"),
        "uncc_signatories": sum(1 for c in members if c.facts.get("uncc") in ("signed", "ratification-reported")),
        "uncc_ratified": len(ratified), "uncc_ratified_names": joined,
        "signature_open": today <= dt.date(2026, 12, 31),
    }


def position_paper(answers: Answers, lib: Library, today: dt.date | None = None,
                   template: Path | None = None) -> Draft:
    """Build a position paper Draft: heading block, the four sections, and the references its sentences cite."""
    today = dt.date.fromisoformat(answers.date) if answers.date else (today or dt.date.today())
    lang = answers.language
    cite = Citations(lib, lang)
    values = context(answers, lib, today, cite)
    path = template or template_path(answers.agenda, lang)
    text = templating.render_file(path, values)
    sections = parse_sections(text, path)
    paper = answers.position_paper
    for index, key in enumerate(SECTION_KEYS):
        override = paper.get(key)
        if override and index < len(sections):
            paragraphs = override if isinstance(override, list) else [p for p in re.split(r"\n\s*\n", override)]
            sections[index].paragraphs = [" ".join(p.split()) if lang == "en" else "".join(p.split())
                                          for p in paragraphs if p.strip()]
            sections[index].items = []
    for section in sections:
        cited = [cite.resolve(p) for p in section.paragraphs]
        section.paragraphs = [t for t, _ in cited]
        section.sentences = [s for _, s in cited]
        section.item_sentences = _resolve_items(section.items, cite)
        if lang == "zh":
            section.paragraphs = [zh_typography(p) for p in section.paragraphs]
            _typeset_items(section.items)
    if cite.order:
        sections.append(Section("参考资料" if lang == "zh" else "References", cite.references(), kind="references"))
    draft = Draft(kind="position-paper", language=lang, profile=answers.profile, sections=sections)
    draft.title = "立场文件" if lang == "zh" else "Position Paper"
    labels = ({"delegate": "代表姓名：", "school": "学校：", "country": "国家：", "committee": "委员会：", "topic": "议题：",
               "date": "日期："}
              if lang == "zh" else
              {"delegate": "Delegate: ", "school": "School: ", "country": "Delegation: ", "committee": "Committee: ",
               "topic": "Topic: ", "date": "Date: "})
    heading = []
    for key in ("delegate", "school"):
        if paper.get(key):
            heading.append(HeadingLine(key, str(paper[key]), label=labels[key]))
    dated = format_date(today, lang)
    heading += [HeadingLine("country", values["country"]["formal"] if lang == "zh" else values["country"]["subject"],
                            label=labels["country"]),
                HeadingLine("committee", values["committee"]["name"], label=labels["committee"]),
                HeadingLine("topic", values["agenda"]["name"], label=labels["topic"]),
                HeadingLine("date", dated, label=labels["date"]),
                HeadingLine("title", draft.title, align="center", bold=True)]
    draft.heading = heading
    # ZPP-03: the delegate's name at the top right of every page (in the conference's language), with the date the
    # README promises; without a name (conferences that judge blind, P9) the delegation's.
    who = str(paper.get("delegate") or values["country"]["formal" if lang == "zh" else "name"])
    draft.running_head = f"{who}　{dated}" if lang == "zh" else f"{who} · {dated}"
    return draft


def _resolve_items(items: list[ListItem], cite: Citations) -> list[list[Sentence]]:
    """Number the citations of a list's items (depth first), and return each item's sentences."""
    out = []
    for item in items:
        item.text, sentences = cite.resolve(item.text)
        out.append(sentences)
        out += _resolve_items(item.children, cite)
    return out


def national_text(draft: Draft) -> str:
    """Section III of a built paper as a delegate edits it: paragraphs, without citation numbers (an edited
    section is the delegate's own text, and cites nothing)."""
    paragraphs = draft.sections[2].paragraphs if len(draft.sections) > 2 else []
    return "\n\n".join(CITED.sub("", p) for p in paragraphs)


CITED = re.compile(r" ?\[\d+(?:, \d+)*\]")


def _typeset_items(items: list[ListItem]) -> None:
    for item in items:
        item.text = zh_typography(item.text)
        _typeset_items(item.children)


def parse_sections(text: str, path: Path) -> list[Section]:
    """Split template output into sections: a line starting with '## ' opens one; blank lines split paragraphs;
    lines starting with '- ' (indented by two spaces per level) are items of the section's numbered list."""
    sections: list[Section] = []
    current: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        if line.startswith("## "):
            if sections:
                sections[-1].paragraphs = _paragraphs(current)
            sections.append(Section(line[3:].strip(), []))
            current = []
        elif stripped.startswith("- ") and sections:
            level = (len(line) - len(stripped)) // 2
            items = sections[-1].items
            for _ in range(level):
                if not items:
                    raise DrafterError(f"{path}: output line {number}: a sub-item with no item above it",
                                       zh=f"{path}：输出第{number}行：子项上方没有项目")
                items = items[-1].children
            items.append(ListItem(_join(stripped[2:].split("\n"))))
        elif sections and sections[-1].items and line.strip():
            raise DrafterError(f"{path}: output line {number}: text after a section's list; "
                               "put paragraphs before the list or open a new section",
                               zh=f"{path}：输出第{number}行：一节的列表之后还有文字；"
                                  "请把段落放在列表之前，或另起一节")
        else:
            current.append(line)
    if not sections:
        raise DrafterError(f"{path}: the template produced no '## ' section headings",
                           zh=f"{path}：模板没有生成任何“## ”节标题")
    sections[-1].paragraphs = _paragraphs(current)
    return sections


def _join(lines: list[str]) -> str:
    joined = " ".join(part.strip() for part in lines if part.strip())
    if re.search(r"[\u4e00-\u9fff]", joined):
        joined = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", joined)
    return joined


def _paragraphs(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    out = []
    for block in re.split(r"\n\s*\n", text):
        joined = _join(block.splitlines())
        if joined:
            out.append(joined)
    return out
