"""The country the delegate represents, the sponsors and the signatories."""

from __future__ import annotations

from collections.abc import Iterable

from drafter.interview.asker import Option
from drafter.interview.state import FlowState
from drafter.library.model import Country
from drafter.status import DrafterError


def country_options(flow: FlowState, ticked: Iterable[str] = ()) -> list[Option]:
    """Every State, sorted for the language, searchable by either name, aliases and ISO3 code."""
    countries = sorted(flow.lib.countries.values(),
                       key=lambda c: c.sort_zh if flow.lang == "zh" else c.name.en.casefold())
    order = {code: n for n, code in enumerate(ticked)}  # as chosen: the delegate's own State first
    options = []
    for c in countries:
        search = " ".join([c.iso3, c.name.en, c.name.zh, c.formal.en, c.formal.zh, *c.aliases_en, *c.aliases_zh])
        preview = f"{c.name[flow.lang]} / {c.name[flow.other]} ({c.iso3})\n{c.formal[flow.lang]}\n" + \
            flow.t("pv-members", blocs=flow.bloc_names(c))
        options.append(Option(c.iso3, f"{c.name[flow.lang]} / {c.name[flow.other]} ({c.iso3})", c.iso3 in order,
                              search=search, preview=preview, rank=order.get(c.iso3, 0)))
    return options


def find_country(flow: FlowState, typed: str) -> Country | None:
    """The State ``typed`` names: an ISO3 code, an option's title, or a name the library knows."""
    typed = typed.strip()
    if not typed:
        return None
    if typed in flow.lib.countries:
        return flow.lib.countries[typed]
    for option in country_options(flow):
        if typed == option.title:
            return flow.lib.countries[option.value]
    return flow.lib.find_country(typed)


def ask_country(flow: FlowState) -> None:
    """The delegate's State; its blocs are shown once chosen."""
    options = country_options(flow, [flow.default("country", "")])
    picked = flow.asker.pick(flow.t("country"), options, multi=False)
    country = find_country(flow, str(picked))
    if country is None:  # a scripted asker may answer anything
        raise DrafterError(flow.t("country-bad"))
    old = flow.answers.country
    if old and old != country.iso3 and flow.defaults:
        flow.defaults.preambular, flow.defaults.operative = [], []  # suggestions were for another country
        # the old country sponsored as the delegate's own; the new one sponsors, so it signs no more
        flow.defaults.sponsors = [c for c in flow.defaults.sponsors if c != old]
        flow.defaults.signatories = [c for c in flow.defaults.signatories if c != country.iso3]
    flow.answers.country = country.iso3
    flow.asker.say(flow.t("country-blocs", name=country.name[flow.lang], blocs=flow.bloc_names(country)))


def ask_sponsors(flow: FlowState) -> None:
    """The sponsors; the delegate's State always first."""
    own = flow.answers.country
    ticked = [own] + [c for c in flow.default("sponsors", []) if c != own]
    prompt = {"un": "sponsors-un", "thimun": "sponsors-thimun"}.get(flow.answers.profile, "sponsors")
    options = country_options(flow, ticked)
    said = flow.t("own-sponsor", name=flow.lib.countries[own].name[flow.lang])
    for option in options:
        if option.value == own:
            option.locked = said  # the picker refuses to untick it and says why
    chosen = list(flow.asker.pick(flow.t(prompt), options))
    if own not in chosen:  # an asker without locked rows (a script, an answers file) is told
        flow.asker.say(said)
    flow.answers.sponsors = [own] + [c for c in chosen if c != own]


def ask_signatories(flow: FlowState) -> None:
    """The signatories (a sponsor stays a sponsor only); then how near the draft is to the usual threshold. The
    UN format has none (FORMAT.md UN-H06): nothing is asked, and signatories given earlier are kept, said so."""
    names = "、".join if flow.lang == "zh" else ", ".join
    if flow.answers.profile == "un":
        kept = [c for c in flow.default("signatories", []) if c in flow.lib.countries]
        flow.answers.signatories = kept
        flow.asker.say(flow.t("kept-signatories", names=names(flow.lib.countries[c].name[flow.lang] for c in kept))
                       if kept else flow.t("no-signatories"))
        return
    chosen = list(flow.asker.pick(flow.t("signatories"), country_options(flow, flow.default("signatories", []))))
    both = [c for c in chosen if c in flow.answers.sponsors]
    if both:
        flow.asker.say(flow.t("both", names=names(flow.lib.countries[c].name[flow.lang] for c in both)))
        chosen = [c for c in chosen if c not in both]
    flow.answers.signatories = chosen
    flow.asker.say(threshold_note(flow))


def threshold_note(flow: FlowState) -> str:
    """How many members sponsor or sign, against the usual threshold of 20%."""
    members = flow.lib.committees[flow.answers.committee].members or len(flow.lib.countries)
    count = len(flow.answers.sponsors) + len(flow.answers.signatories)
    needed = -(-members * 20 // 100)
    return flow.t("threshold", count=count, members=members, percent=round(100 * count / members), needed=needed)
