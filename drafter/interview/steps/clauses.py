"""What the draft is about, and its clauses: the topics, then the preambular and operative clauses chosen from
the library, the suggestion ticked, each clause presented as an :class:`~drafter.interview.asker.Option`."""

from __future__ import annotations

from drafter.compose.answers import ClauseChoice
from drafter.interview.asker import Option
from drafter.interview.state import FlowState
from drafter.interview.suggest import alternatives, contested_question, default_topics, suggested_ids


def ask_topics(flow: FlowState) -> None:
    """The topics the draft is about (the suggestion covers them)."""
    agenda = flow.lib.agendas[flow.answers.agenda]
    country = flow.lib.countries[flow.answers.country]
    ticked = flow.topics or default_topics(flow.lib, country, agenda)
    options = []
    for topic_id in agenda.topics:
        topic = flow.lib.topics[topic_id]
        operative = [c for c in flow.lib.clauses.values() if c.topics[0] == topic_id and c.kind == "operative"
                     and flow.lang in c.languages]
        examples = ([c for c in operative if flow.lib.suggested(c, country)]
                    or [c for c in operative if flow.lib.fits(c, country)])[:3]  # a library without stances
        preview = f"{topic.name[flow.lang]}\n{topic.name[flow.other]}\n\n" + "\n".join(
            f"• {flow.texts.clause_title(c, 200)}" for c in examples)
        options.append(Option(topic_id, topic.name[flow.lang], topic_id in ticked,
                              search=f"{topic_id} {topic.name.en} {topic.name.zh}", preview=preview))
    title = flow.t("topics-paper" if flow.answers.kind == "position-paper" else "topics")
    chosen = list(flow.asker.pick(title, options))
    chosen = [t for t in agenda.topics if t in chosen] or list(agenda.topics)
    if flow.topics and chosen != flow.topics and flow.defaults:
        flow.defaults.preambular, flow.defaults.operative = [], []  # new topics, new suggestions
    flow.topics = chosen


def clause_options(flow: FlowState, kind: str, ticked: list[str]) -> list[Option]:
    """The ticked clauses first (in their order), then every other clause of the kind under its topic."""
    lib, texts = flow.lib, flow.texts
    country = lib.countries[flow.answers.country]
    agenda = lib.agendas[flow.answers.agenda]
    options: list[Option] = []
    first = [(flow.t("ticked-group"), [lib.clauses[c] for c in ticked if c in lib.clauses
                                       and flow.lang in lib.clauses[c].languages])]
    # a resolution is also offered the procedural topics tagged for every agenda; a lead phrase reserved to the
    # Security Council only where drafter check accepts it (an SC committee, or any profile but thimun: MUN-F09)
    topics = lib.topics_for(agenda.id) if flow.answers.kind == "resolution" else list(agenda.topics)
    sc_ok = lib.committees[agenda.committee].security_council or flow.answers.profile != "thimun"
    rest = [(lib.topics[topic].name[flow.lang],
             [c for c in lib.clauses.values() if c.kind == kind and c.topics and c.topics[0] == topic
              and c.id not in ticked and (sc_ok or not lib.phrases[c.phrase].security_council_only)
              and flow.lang in c.languages])
            for topic in topics]
    for group, clauses in first + rest:
        for clause in clauses:
            opposed = lib.opposing_blocs(clause, country)
            title = texts.clause_title(clause, 400)
            if opposed:
                title = f"⚠ {title}"
            options.append(Option(clause.id, title, clause.id in ticked, search=texts.clause_search(clause),
                                  preview=texts.clause_preview(clause, country), group=group))
    return options


def replaced_note(flow: FlowState, chosen: str, removed: str) -> str:
    """Why choosing ``chosen`` removed ``removed``: they answer a contested question differently."""
    question = contested_question(flow.lib, chosen, removed)
    return flow.t("replaced", other=removed, question=question.id if question else "")


def ask_clauses(flow: FlowState, kind: str) -> list[ClauseChoice]:
    """The clauses of ``kind``: the earlier choice, else the suggestion, ticked; one side of each contested
    question; a resolution needs an operative clause. Earlier choices keep their changes and order."""
    earlier: list[ClauseChoice] = list(flow.default(kind, []))
    ticked = [c.id for c in earlier if c.id] if earlier else suggested_ids(flow.lib, flow.answers, flow.topics, kind)
    title = flow.t("proposals" if flow.answers.kind == "position-paper" else kind)
    options = clause_options(flow, kind, ticked)
    while True:
        chosen = list(flow.asker.pick(title, options, multi=True,
                                      alternatives=lambda cid: alternatives(flow.lib, cid),
                                      describe=lambda chosen, removed: replaced_note(flow, chosen, removed)))
        if kind == "operative" and not chosen and flow.answers.kind == "resolution":
            flow.asker.say(flow.t("need-operative"))
            continue
        break
    kept = {c.id: c for c in earlier if c.id}
    own = [c for c in earlier if c.own]
    ordered = [i for i in kept if i in chosen] + [i for i in chosen if i not in kept]  # earlier order, then as chosen
    return [kept.get(i, ClauseChoice(id=i)) for i in ordered] + own


def ask_preambular(flow: FlowState) -> None:
    """The preambular clauses."""
    flow.answers.preambular = ask_clauses(flow, "preambular")


def ask_operative(flow: FlowState) -> None:
    """The operative clauses (a position paper's proposals)."""
    flow.answers.operative = ask_clauses(flow, "operative")
