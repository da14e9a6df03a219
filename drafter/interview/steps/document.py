"""The first questions: the language, the kind of document, the committee and topic, the conference's format."""

from __future__ import annotations

from drafter.interview.asker import Option
from drafter.interview.state import FlowState
from drafter.problems import q
from drafter.status import DrafterError


def ask_language(flow: FlowState) -> None:
    """The language of the document and of the questions (not asked when given with --lang)."""
    if not flow.lang:
        default = flow.defaults.language if flow.defaults else "en"
        flow.lang = flow.asker.select(flow.t("language"), [Option("en", "English"), Option("zh", "中文")], default)
        flow.asker.language = flow.lang
    flow.answers.language = flow.lang


def ask_kind(flow: FlowState) -> None:
    """A resolution or a position paper."""
    flow.answers.kind = flow.asker.select(flow.t("kind"), [Option("resolution", flow.t("resolution")),
                                                           Option("position-paper", flow.t("position-paper"))],
                                          flow.default("kind", "resolution"))


def ask_committee(flow: FlowState) -> None:
    """The committee (not asked when the library has one)."""
    committees = list(flow.lib.committees.values())
    if len(committees) == 1:
        flow.answers.committee = committees[0].id
        return
    flow.answers.committee = flow.asker.select(flow.t("committee"), [Option(c.id, c.name[flow.lang])
                                                                     for c in committees],
                                               flow.default("committee", "ccpcj"))


def ask_agenda(flow: FlowState) -> None:
    """The committee's topic (not asked when it has one)."""
    agendas = [a for a in flow.lib.agendas.values() if a.committee == flow.answers.committee]
    if not agendas:
        raise DrafterError(f"the library has no topic for committee {flow.answers.committee!r}",
                           zh=f"资料库中没有委员会{q(flow.answers.committee)}的议题")
    if len(agendas) == 1:
        flow.answers.agenda = agendas[0].id
        return
    flow.answers.agenda = flow.asker.select(flow.t("agenda"), [Option(a.id, a.name[flow.lang]) for a in agendas],
                                            flow.default("agenda"))


def ask_profile(flow: FlowState) -> None:
    """The conference's format of a resolution (UN, UNA-USA, THIMUN, Chinese MUN)."""
    default = flow.default("profile") if flow.defaults and flow.defaults.profile else None
    flow.answers.profile = flow.asker.select(flow.t("profile"), [Option(p, flow.t(f"profile-{p}"))
                                                                 for p in ("un", "una-usa", "thimun", "cn-mun")],
                                             default or ("cn-mun" if flow.lang == "zh" else "un"))
