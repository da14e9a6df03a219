"""Which clauses and topics ``drafter new`` suggests: a draft a chair would accept, fitting the country's blocs,
never two clauses on opposite sides of a contested question."""

from __future__ import annotations

from collections.abc import Callable

from drafter.compose.answers import Answers
from drafter.compose.positions import MAX_PROPOSALS, chosen_or_suggested
from drafter.library import Library
from drafter.library.model import Agenda, Clause, Contested, Country

PREAMBULAR_RANGE = (5, 8)  # how many clauses a suggested draft has
OPERATIVE_RANGE = (6, 10)
PROPOSAL_RANGE = (3, MAX_PROPOSALS)  # and how many proposals a position paper makes

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


def default_topics(lib: Library, country: Country, agenda: Agenda) -> list[str]:
    """The three topics with most operative clauses the country's blocs support (with most operative clauses none
    of its blocs opposes, when the library gives no stances toward its blocs: an imported one)."""
    def counts_by(keep: Callable[[Clause], bool]) -> dict[str, int]:
        return {t: sum(1 for c in lib.clauses.values() if c.kind == "operative" and c.topics[0] == t and keep(c))
                for t in agenda.topics}

    counts = counts_by(lambda c: lib.suggested(c, country))
    if not any(counts.values()):
        counts = counts_by(lambda c: lib.fits(c, country))
    best = sorted(agenda.topics, key=lambda t: -counts[t])[:3]
    return [t for t in agenda.topics if t in best]


def suggested_ids(lib: Library, answers: Answers, topics: list[str], kind: str) -> list[str]:
    """The clauses ticked at first for ``kind``: a position paper's proposals, or a resolution's suggestion
    for ``topics`` (see :func:`suggest_clauses`)."""
    country = lib.countries[answers.country]
    agenda = lib.agendas[answers.agenda]
    if answers.kind == "position-paper":
        if not topics:
            return [c.id for c, _, _ in chosen_or_suggested(Answers(agenda=answers.agenda), lib, country)][
                :MAX_PROPOSALS]
        return suggest_clauses(lib, country, agenda, topics, kind, answers.language, PROPOSAL_RANGE)
    return suggest_clauses(lib, country, agenda, topics, kind, answers.language)


def suggest_clauses(lib: Library, country: Country, agenda: Agenda, topics: list[str], kind: str,
                    lang: str = "", sizes: tuple[int, int] | None = None) -> list[str]:
    """A draft a chair would accept: clauses fitting the country's blocs, covering ``topics`` in turn,
    between :data:`PREAMBULAR_RANGE` / :data:`OPERATIVE_RANGE` (or ``sizes``) of them, never two on opposite
    sides; only clauses written in ``lang`` when it is given.

    When no clause of the agenda has a stance toward the country's blocs (a library imported from adopted
    resolutions), the clauses the documents repeat come first (common ground), then those without blanks to fill,
    and no lead phrase is taken twice while the topic offers another."""
    low, high = sizes or (PREAMBULAR_RANGE if kind == "preambular" else OPERATIVE_RANGE)
    topics = [t for t in topics if t in agenda.topics] or list(agenda.topics)
    target = min(high, max(low, 2 * len(topics) + 2 if kind == "operative" else len(topics) + 3))
    order = {cid: n for n, cid in enumerate(lib.clauses)}
    pool = [c for c in lib.clauses.values() if c.kind == kind and set(c.topics) & set(agenda.topics)
            and lib.fits(c, country) and (not lang or lang in c.languages)]
    stances = any(lib.supporting_blocs(c, country) for c in pool)

    def rank(clause: Clause) -> tuple[int, int, int]:
        if not stances:
            return (-len(clause.sources), len(clause.placeholders), order[clause.id])
        return (-len(lib.supporting_blocs(clause, country)), len(clause.placeholders), order[clause.id])

    chosen: list[str] = []
    blocked: set[str] = set()

    def take(clause: Clause) -> bool:
        if clause.id in chosen or clause.id in blocked:
            return False
        chosen.append(clause.id)
        blocked.update(alternatives(lib, clause.id))
        return True

    def next_of(candidates: list[Clause]) -> Clause:
        """The first candidate, or without stances the first whose lead phrase the draft does not have yet."""
        if not stances:
            phrases = {lib.clauses[cid].phrase for cid in chosen}
            fresh = next((c for c in candidates if c.phrase not in phrases), None)
            if fresh is not None:
                candidates.remove(fresh)
                return fresh
        return candidates.pop(0)

    supported = [c for c in pool if lib.supporting_blocs(c, country)] if stances else pool
    per_topic = {t: sorted((c for c in supported if c.topics[0] == t), key=rank) for t in topics}
    progress = True
    while len(chosen) < target and progress:  # one clause per topic per round: the topics share the draft
        progress = False
        for topic in topics:
            while per_topic[topic] and len(chosen) < target:
                if take(next_of(per_topic[topic])):
                    progress = True
                    break
    for clause in sorted(pool, key=lambda c: (not set(c.topics) & set(topics), *rank(c))):
        if len(chosen) >= low:
            break
        take(clause)
    topic_order = {t: n for n, t in enumerate(agenda.topics)}
    return sorted(chosen, key=lambda cid: (PHRASE_PLACE.get(lib.clauses[cid].phrase, 5),
                                           topic_order.get(lib.clauses[cid].topics[0], 99), order[cid]))
