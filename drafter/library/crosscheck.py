"""The pass after every file is read: references between sections, clause texts against their lead phrases
and placeholders, blocs against contested questions, and each country's blocs from the rules and overrides."""

from __future__ import annotations

from typing import Any

from drafter.library.blocs import describe_blocs
from drafter.library.facts import attach_facts
from drafter.library.model import LANGS, Clause, Phrase
from drafter.library.problems_zh import entry_zh
from drafter.library.reading import FileReader, Loading
from drafter.library.rules import evaluate
from drafter.library.typography import JINJA_MARKUP, PLACEHOLDER, TERMINAL
from drafter.problems import did_you_mean, did_you_mean_zh, joined_zh, q
from drafter.punctuation import CJK_TEXT
from drafter.yamlio import YList, YMap

_SECTION_ZH = {"phrase": "引导词", "topic": "议题", "bloc": "立场集团", "clause": "条款", "country": "国家",
               "reference": "参考文献", "committee": "委员会", "agenda": "议程", "seed": "来源文件", "group": "国家集团",
               "contested": "争议问题"}
_KIND_ZH = {"preambular": "序言性", "operative": "行动性"}
_LANG_ZH = {"en": "英文", "zh": "中文"}


def cross_check(loading: Loading) -> None:
    """Report what no single entry shows, and give every country its blocs."""
    _check_references(loading)
    lib = loading.library
    placed_clauses = [(clause, loading.clauses[ident]) for ident, clause in lib.clauses.items()]
    for clause, placed in placed_clauses + loading.duplicates:
        reader, entry = FileReader(loading, placed.path), placed.entry
        phrase = lib.phrases.get(clause.phrase)
        _check_clause_links(reader, entry, clause, phrase)
        _check_body(reader, entry, clause, phrase)
        _check_placeholders(reader, entry, clause)
    _check_positions(loading)
    attach_facts(loading)
    _place_countries(loading)
    describe_blocs(loading)


def _known(mapping: dict[str, Any]) -> str:
    keys = list(mapping)
    return ", ".join(keys[:12]) + (" …" if len(keys) > 12 else "") if keys else "none defined"


def _known_zh(mapping: dict[str, Any]) -> str:
    keys = list(mapping)
    return joined_zh(keys[:12]) + ("……" if len(keys) > 12 else "") if keys else "尚无定义"


def _check_references(loading: Loading) -> None:
    """Every id an entry names from another section (agenda topics, rule countries, contested clauses, …)."""
    lib = loading.library
    for ref in loading.references:
        known = getattr(lib, ref.section)
        if ref.ident not in known:
            close = did_you_mean(ref.ident, known)
            name = ref.section[:-1] if ref.section != "countries" else "country"
            close_zh = did_you_mean_zh(ref.ident, known).removeprefix("；")
            loading.problem(ref.path, ref.mark, f"unknown {name} {ref.ident!r} in {ref.what}",
                            close.removeprefix("; ") if close else f"known: {_known(known)}",
                            zh=f"{entry_zh(ref.what)}中的{_SECTION_ZH.get(name, name)}{q(ref.ident)}不存在",
                            zh_hint=close_zh or f"已有：{_known_zh(known)}")


def _check_clause_links(reader: FileReader, entry: YMap, clause: Clause, phrase: Phrase | None) -> None:
    """A clause's lead phrase (known, of its kind, in its languages), topics and the blocs of its stances."""
    lib = reader.library
    ident = clause.id
    if phrase is None:
        reader.report(entry.where("phrase"), f"unknown phrase {clause.phrase!r} in clause {ident!r}",
                      f"use a phrase id from the phrase list{did_you_mean(clause.phrase, lib.phrases)}",
                      zh=f"条款{q(ident)}中的引导词{q(clause.phrase)}不存在",
                      zh_hint=f"请使用引导词表中的编号{did_you_mean_zh(clause.phrase, lib.phrases)}")
    elif phrase.kind != clause.kind:
        reader.report(entry.where("phrase"), f"phrase {clause.phrase!r} is {phrase.kind}, "
                      f"but clause {ident!r} is {clause.kind}", f"choose a {clause.kind} phrase",
                      zh=f"引导词{q(clause.phrase)}为{_KIND_ZH[phrase.kind]}，而条款{q(ident)}为{_KIND_ZH[clause.kind]}",
                      zh_hint=f"请选用{_KIND_ZH[clause.kind]}引导词")
    elif set(clause.languages) - set(phrase.languages):
        missing = ", ".join(sorted(set(clause.languages) - set(phrase.languages)))
        missing_zh = joined_zh(_LANG_ZH[lang] for lang in sorted(set(clause.languages) - set(phrase.languages)))
        reader.report(entry.where("phrase"), f"clause {ident!r} has {missing} text but its phrase "
                      f"{clause.phrase!r} has none", f"give the phrase its {missing} form",
                      zh=f"条款{q(ident)}有{missing_zh}文本，但其引导词{q(clause.phrase)}没有",
                      zh_hint=f"请给该引导词补上{missing_zh}形式")
    topics = entry.get("topics") or YList()
    for i, topic in enumerate(clause.topics):
        if topic not in lib.topics:
            where = topics.where(i) if isinstance(topics, YList) else entry.mark
            reader.report(where, f"unknown topic {topic!r} in clause {ident!r}", f"known topics: {_known(lib.topics)}",
                          zh=f"条款{q(ident)}中的议题{q(topic)}不存在", zh_hint=f"已有议题：{_known_zh(lib.topics)}")
    stances = entry.get("stances") or YMap()
    for bloc in clause.stances:
        if bloc not in lib.blocs:
            reader.report(stances.where_key(bloc, entry.mark), f"unknown bloc {bloc!r} in clause {ident!r}",
                          f"known blocs: {_known(lib.blocs)}", zh=f"条款{q(ident)}中的立场集团{q(bloc)}不存在",
                          zh_hint=f"已有立场集团：{_known_zh(lib.blocs)}")


def _check_body(reader: FileReader, entry: YMap, clause: Clause, phrase: Phrase | None) -> None:
    """The texts of a clause and its sub-paragraphs: no final punctuation, each language in its own script,
    no template markup but placeholders, and the body does not repeat the lead phrase."""
    bodies = [(clause.text, entry, f"clause {clause.id!r}")]
    stack = [(s, clause.id) for s in clause.subparagraphs]
    while stack:
        sub, _ = stack.pop()
        bodies.append((sub.text, entry, f"a sub-paragraph of clause {clause.id!r}"))
        stack.extend((c, clause.id) for c in sub.children)
    for text, holder, what in bodies:
        for lang in LANGS:
            body = text[lang]
            mark = holder.where(lang) if holder is entry else holder.mark
            if not body:
                continue
            if body.endswith(TERMINAL):
                reader.report(mark, f"the {lang} text of {what} ends with {body[-1]!r}",
                              "remove it: the renderer adds the paragraph's punctuation",
                              zh=f"{entry_zh(what)}的{_LANG_ZH[lang]}文本以{q(body[-1])}结尾",
                              zh_hint="请删除：生成文件时会自动加上段末标点")
            if lang == "zh":
                reader.check_zh(mark, body, what)
            elif CJK_TEXT.search(body):
                reader.report(mark, f"Chinese characters in the English text of {what}", "keep en English and zh Chinese",
                              zh=f"{entry_zh(what)}的英文文本中有中文字符", zh_hint="en 写英文，zh 写中文")
            if JINJA_MARKUP.search(PLACEHOLDER.sub("", body)):
                reader.report(mark, f"template markup in the {lang} text of {what}",
                              "only {{ name }} placeholders are allowed in clause text",
                              zh=f"{entry_zh(what)}的{_LANG_ZH[lang]}文本中有模板标记",
                              zh_hint="条款文本中只允许 {{ name }} 形式的占位符")
    if phrase:
        for lang in LANGS:
            body = clause.text[lang].casefold()
            for form in phrase.forms(lang):
                form_cf = form.casefold()
                if body == form_cf or body.startswith(form_cf + (" " if lang == "en" else "")):
                    reader.report(entry.where(lang), f"the {lang} text of clause {clause.id!r} repeats "
                                  f"its lead phrase {form!r}", "start the body after the lead phrase",
                                  zh=f"条款{q(clause.id)}的{_LANG_ZH[lang]}文本重复了引导词{q(form)}",
                                  zh_hint="正文应从引导词之后开始")
                    break


def _check_placeholders(reader: FileReader, entry: YMap, clause: Clause) -> None:
    """Every placeholder used in a text is declared, and every declared one is used in both languages."""
    used: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for text in clause.texts():
        for lang in LANGS:
            used[lang].update(PLACEHOLDER.findall(text[lang]))
    declared = set(clause.placeholders)
    for lang in LANGS:
        for name in sorted(used[lang] - declared):
            reader.report(entry.where(lang), f"placeholder {{{{ {name} }}}} is used in the {lang} text of "
                          f"clause {clause.id!r} but not declared", f"declare it under 'placeholders: {name}:'",
                          zh=f"条款{q(clause.id)}的{_LANG_ZH[lang]}文本使用了占位符 {{{{ {name} }}}}，但未声明",
                          zh_hint=f"请在“placeholders: {name}:”下声明")
    marks = entry.get("placeholders") or YMap()
    for name in sorted(declared):
        for lang in LANGS:
            if name not in used[lang]:
                reader.report(marks.where_key(name, entry.mark) if isinstance(marks, YMap) else entry.mark,
                              f"placeholder {name!r} of clause {clause.id!r} is declared but not used in the "
                              f"{lang} text", f"use {{{{ {name} }}}} in the {lang} text or remove the declaration",
                              zh=f"条款{q(clause.id)}声明了占位符{q(name)}，但{_LANG_ZH[lang]}文本中未使用",
                              zh_hint=f"请在{_LANG_ZH[lang]}文本中使用 {{{{ {name} }}}}，或删除该声明")


def _check_positions(loading: Loading) -> None:
    """Blocs against contested questions: the side a bloc takes exists, its stances agree with that side,
    and no bloc supports two sides of one question (its suggested drafts would contradict themselves)."""
    lib = loading.library
    for bloc in lib.blocs.values():
        placed = loading.blocs[bloc.id]
        entry = placed.entry
        takes = entry.get("takes") or YMap()
        for question_id, side_id in bloc.takes.items():
            question = lib.contested.get(question_id)
            if question is None:
                loading.problem(placed.path, takes.where_key(question_id, entry.mark),
                                f"bloc {bloc.id!r} takes a side on unknown contested question {question_id!r}",
                                f"known questions: {_known(lib.contested)}",
                                zh=f"立场集团{q(bloc.id)}在未知的争议问题{q(question_id)}上选了一方",
                                zh_hint=f"已有争议问题：{_known_zh(lib.contested)}")
            elif side_id not in question.sides:
                loading.problem(placed.path, takes.where(question_id), f"contested question {question_id!r} has "
                                f"no side {side_id!r} (bloc {bloc.id!r})", f"its sides: {', '.join(question.sides)}",
                                zh=f"争议问题{q(question_id)}没有{q(side_id)}这一方（立场集团{q(bloc.id)}）",
                                zh_hint=f"它的各方：{joined_zh(question.sides)}")
    for question in lib.contested.values():
        for bloc in lib.blocs.values():
            supported: dict[str, str] = {}
            for side in question.sides.values():
                for clause_id in side.clauses:
                    clause = lib.clauses.get(clause_id)
                    if clause is None:
                        continue
                    stance = clause.stance(bloc.id)
                    own = bloc.takes.get(question.id)
                    why = why_zh = ""
                    if own == side.id and stance == "opposes":
                        why = f"opposes a clause on side {side.id!r}, the side it takes"
                        why_zh = f"反对{q(side.id)}方（即其所选一方）的条款"
                    elif own is not None and own != side.id and stance == "supports":
                        why = f"supports a clause on side {side.id!r}, but takes side {own!r}"
                        why_zh = f"支持{q(side.id)}方的条款，但其所选的是{q(own)}方"
                    elif own is None and stance == "supports" and supported and side.id not in supported.values():
                        first = next(iter(supported))
                        why = f"supports clauses on two sides ({first!r} on side {supported[first]!r})"
                        why_zh = f"支持两方的条款（{q(first)}在{q(supported[first])}方）"
                    if stance == "supports":
                        supported[clause_id] = side.id
                    if why:
                        placed = loading.clauses[clause_id]
                        stances = placed.entry.get("stances") or YMap()
                        loading.problem(placed.path, stances.where_key(bloc.id, placed.entry.mark),
                                        f"bloc {bloc.id!r} {why} of contested question {question.id!r} "
                                        f"(clause {clause_id!r})",
                                        "change the stance, or the side the bloc takes in its 'takes:'",
                                        zh=f"就争议问题{q(question.id)}而言，立场集团{q(bloc.id)}{why_zh}"
                                        f"（条款{q(clause_id)}）",
                                        zh_hint="请修改该立场，或修改立场集团在“takes:”中所选的一方")


def _place_countries(loading: Loading) -> None:
    """Each country's blocs: those whose rule holds for it, then its overrides' ``add`` and ``remove``."""
    lib = loading.library
    for item in loading.overrides:
        country, overrides = item.country, item.overrides
        blocs = [b.id for b in lib.blocs.values() if evaluate(b.rule, country)]
        for key, action in (("add", True), ("remove", False)):
            raw = overrides.get(key) or []
            for i, bloc in enumerate(raw):
                if bloc not in lib.blocs:
                    loading.problem(item.path, raw.where(i) if isinstance(raw, YList) else overrides.mark,
                                    f"unknown bloc {bloc!r} in the overrides of {country.iso3}",
                                    f"known blocs: {_known(lib.blocs)}",
                                    zh=f"{country.iso3}的覆盖设置中的立场集团{q(bloc)}不存在",
                                    zh_hint=f"已有立场集团：{_known_zh(lib.blocs)}")
                elif action and bloc not in blocs:
                    blocs.append(bloc)
                elif not action and bloc in blocs:
                    blocs.remove(bloc)
        object.__setattr__(country, "blocs", tuple(blocs))
