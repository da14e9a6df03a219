"""Amendments in debate order, generated (issue 22): random sequences of amendments, one per delegation, each
addressing the draft as the earlier ones left it.

Oracles, for every sequence: applied one at a time (each on the file the previous one wrote, so each later
amendment meets the tracked changes of other authors) equals applied at once; rejecting every change gives the
draft as it was; accepting every change gives the operative paragraphs a plain list model predicts, numbered 1, 2, 3
… without a gap; the input files are byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import library
from drafter.compose.answers import read as read_answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.revise import amend, apply
from drafter.revise.document import open_draft
from drafter.word import reader
from drafter.word.accept import accept_all, reject_all

FIXTURES = Path(__file__).parent / "amend_fixtures"
LIB = library.load([library.builtin_library()])
COUNTRIES = ["FRA", "DEU", "ITA", "JPN", "CHN", "BRA", "KEN", "IND", "MEX", "EGY"]
TOP_LEVEL = re.compile(r"^(\d+)\.\s")
CHANGED_LEADS = ["urges", "calls-upon", "invites", "notes"]


@dataclass(frozen=True)
class Language:
    answers: str
    markers: tuple[str, ...]  # words found in one operative paragraph of the draft only, in order
    with_subparagraphs: frozenset[str]  # markers of the paragraphs that introduce sub-paragraphs
    leads: tuple[str, ...]  # the phrase each operative paragraph opens with (changing it to itself is refused)
    added: str  # the text of a new paragraph; {n} makes it unique
    replaced: str


LANGUAGES = {
    "en": Language("draft-en.yaml",
                   ("make full use of", "expedited", "the Secretariat to support", "define offences",
                    "Office on Drugs and Crime to report"),
                   frozenset({"the Secretariat to support"}),
                   ("encourages", "encourages", "requests", "urges", "requests"),
                   "Welcomes report {n} of the Commission", "Urges States to act on item {n}"),
    "zh": Language("draft-zh.yaml",
                   ("签署和批准", "调取位于", "秘书处协助", "技术援助", "能力建设"),
                   frozenset({"秘书处协助", "能力建设"}),
                   ("calls-upon", "stresses", "requests", "stresses", "requests"),
                   "欢迎委员会的第{n}份报告", "敦促各国就第{n}项采取行动"),
}


@st.composite
def sequences(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A language and up to five amendments (country, YAML actions), each valid for the text the earlier ones leave."""
    lang = draw(st.sampled_from(sorted(LANGUAGES)))
    spec = LANGUAGES[lang]
    model, leads = list(spec.markers), list(spec.leads)
    steps: list[tuple[str, str]] = []
    for n in range(draw(st.integers(1, 5))):
        kinds = ["add_after", "change_lead"] + (["strike"] if len(model) > 1 else [])
        plain = [i for i, m in enumerate(model, 1) if m not in spec.with_subparagraphs]
        kinds += ["replace"] if plain else []
        kind = draw(st.sampled_from(kinds))
        if kind == "strike":
            i = draw(st.integers(1, len(model)))
            actions = f"  - strike: '{i}'\n"
            del model[i - 1], leads[i - 1]
        elif kind == "add_after":
            i = draw(st.integers(0, len(model)))
            text = spec.added.format(n=n + 1)
            actions = f"  - add_after: '{i}'\n    text: {text}\n"
            model.insert(i, _marker(text, n + 1))
            leads.insert(i, "welcomes")
        elif kind == "change_lead":
            i = draw(st.integers(1, len(model)))
            leads[i - 1] = draw(st.sampled_from([p for p in CHANGED_LEADS if p != leads[i - 1]]))
            actions = f"  - change_lead: '{i}'\n    phrase: {leads[i - 1]}\n"
        else:
            i = draw(st.sampled_from(plain))
            text = spec.replaced.format(n=n + 1)
            actions = f"  - replace: '{i}'\n    text: {text}\n"
            model[i - 1], leads[i - 1] = _marker(text, n + 1), "urges"
        steps.append((COUNTRIES[n], actions))
    return lang, steps + [("", "\n".join(model))]  # the last entry carries the expected markers


def _marker(text: str, n: int) -> str:
    """The words that find a generated paragraph again (its number)."""
    return next(word for word in (f"report {n} ", f"item {n}", f"第{n}份报告", f"第{n}项") if word in text)


def _amendment(folder: Path, name: str, draft: str, country: str, actions: str) -> Path:
    path = folder / name
    path.write_text(f"draft: {draft}\nsubmitted_by: {country}\ndate: 2027-05-21\nactions:\n{actions}",
                    encoding="utf-8")
    return path


def _apply(draft: Path, amendments: list[Path], out: Path) -> bytes:
    opened = open_draft(draft, LIB)
    apply.revise(opened, [amend.read(a, LIB) for a in amendments], LIB)
    data = apply.to_bytes(opened)
    out.write_bytes(data)
    return data


def texts(data: bytes, how: str) -> list[str]:
    """The non-empty paragraphs (label and text) once every change is accepted, or rejected."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    (accept_all if how == "accept" else reject_all)(doc.element.body)
    return [f"{p.label} {p.text}".strip() for p in reader.read_docx(doc, Path("x.docx")).paragraphs if p.text.strip()]


def _top_level(lines: list[str]) -> list[str]:
    first = next(i for i, line in enumerate(lines) if TOP_LEVEL.match(line))
    return [line for line in lines[first:] if TOP_LEVEL.match(line)]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(sequence=sequences())
def test_generated_debates(sequence: tuple[str, list[tuple[str, str]]]) -> None:
    lang, steps = sequence
    *amendments, (_, expected) = steps
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        base = folder / "base.docx"
        base.write_bytes(to_docx(assemble(read_answers(FIXTURES / LANGUAGES[lang].answers, LIB), LIB)))
        before = texts(base.read_bytes(), "accept")
        files, draft, data = [], base, base.read_bytes()
        for n, (country, actions) in enumerate(amendments):
            files.append(_amendment(folder, f"a{n}.yaml", draft.name, country, actions))
            digest = hashlib.sha256(draft.read_bytes()).hexdigest()
            data = _apply(draft, [files[-1]], folder / f"step{n}.docx")
            assert hashlib.sha256(draft.read_bytes()).hexdigest() == digest, "the input was changed"
            assert texts(data, "reject") == before, f"after amendment {n + 1}, reject-all is not the draft"
            draft = folder / f"step{n}.docx"
        at_once = _apply(base, files, folder / "at-once.docx")
        accepted = texts(data, "accept")
        assert accepted == texts(at_once, "accept"), "one at a time differs from all at once"
        assert texts(at_once, "reject") == before
        operative = _top_level(accepted)
        assert [line.split(".")[0] for line in operative] == [str(k) for k in range(1, len(operative) + 1)]
        markers = expected.split("\n")
        assert len(operative) == len(markers), (operative, markers)
        for line, marker in zip(operative, markers):
            assert marker in line, (marker, line)
