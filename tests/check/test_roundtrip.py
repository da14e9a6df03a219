"""check(render(x)) is clean: every draft drafter renders passes its own checker, in both languages."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import check, library
from drafter.compose import answers, assemble, render

LIB = library.load([library.builtin_library()])
OFFERED = set(LIB.topics_for("cybercrime"))  # the general library's Security Council topic is not offered to the CCPCJ
PRE = sorted(c.id for c in LIB.clauses.values() if c.kind == "preambular" and c.topics[0] in OFFERED)
OPS = sorted(c.id for c in LIB.clauses.values() if c.kind == "operative" and c.topics[0] in OFFERED)
# the questionnaire offers clauses led by a Security-Council-only phrase (Decides) under every profile but thimun (MUN-F09)
NOT_SC = [i for i in OPS if not LIB.phrases[LIB.clauses[i].phrase].security_council_only]
MEMBERS = sorted(c.iso3 for c in LIB.countries.values() if not c.observer)


@st.composite
def drafts(draw: st.DrawFn) -> answers.Answers:
    language = draw(st.sampled_from(["en", "zh"]))
    profile = draw(st.sampled_from(["un", "una-usa", "thimun", "cn-mun"]))
    country = draw(st.sampled_from(MEMBERS))
    others = draw(st.lists(st.sampled_from(MEMBERS), max_size=6, unique=True))
    sponsors = [country] + [c for c in others[:3] if c != country]
    signatories = [c for c in others[3:] if c not in sponsors]
    parsed = answers.Answers(kind="resolution", language=language, profile=profile, committee="ccpcj",
                             agenda="cybercrime", country=country, sponsors=sponsors, signatories=signatories,
                             date="2027-05-20", draft_number="1.1")
    parsed.preambular = [answers.ClauseChoice(id=i) for i in draw(st.lists(st.sampled_from(PRE), max_size=8, unique=True))]
    parsed.operative = [answers.ClauseChoice(id=i)
                        for i in draw(st.lists(st.sampled_from(NOT_SC if profile == "thimun" else OPS), min_size=1,
                                               max_size=12, unique=True))]
    return parsed


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_rendered_drafts_check_clean(parsed: answers.Answers) -> None:
    draft = assemble.assemble(parsed, LIB)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.docx"
        path.write_bytes(render.to_docx(draft))
        report, _ = check.check_file(path, LIB, profile=parsed.profile)
        assert report.language == parsed.language
        assert [(f.rule, f.paragraph, f.message, f.excerpt) for f in report.findings] == []
        # a chair who gives no --profile gets the profile guessed from the heading, and no false findings
        guessed, _ = check.check_file(path, LIB)
        assert [(f.rule, f.paragraph, f.message) for f in guessed.findings] == [], guessed.profile
