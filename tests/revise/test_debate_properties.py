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
    subparagraphs: dict[str, tuple[str, ...]]  # marker -> words found in each of its sub-paragraphs
    leads: tuple[str, ...]  # the phrase each operative paragraph opens with (changing it to itself is refused)
    added: str  # the text of a new paragraph; {n} makes it unique
    replaced: str
    added_sub: str  # the text of a new sub-paragraph


LANGUAGES = {
    "en": Language("draft-en.yaml",
                   ("make full use of", "expedited", "the Secretariat to support", "define offences",
                    "Office on Drugs and Crime to report"),
                   {"the Secretariat to support": ("review of their", "judges and prosecutors", "electronic evidence")},
                   ("encourages", "encourages", "requests", "urges", "requests"),
                   "Welcomes report {n} of the Commission", "Urges States to act on item {n}",
                   "the work of group {n}"),
    "zh": Language("draft-zh.yaml",
                   ("签署和批准", "调取位于", "秘书处协助", "技术援助", "能力建设"),
                   {"秘书处协助": ("审查本国立法", "培训法官"), "能力建设": ("网络犯罪调查", "电子证据处理")},
                   ("calls-upon", "stresses", "requests", "stresses", "requests"),
                   "欢迎委员会的第{n}份报告", "敦促各国就第{n}项采取行动", "第{n}工作组的工作"),
}


@dataclass
class Paragraph:
    """What the model knows of one operative paragraph: words that find it, its lead, its sub-paragraphs' words."""
    marker: str
    lead: str
    subs: list[str]


@st.composite
def sequences(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], list[Paragraph]]:
    """A language, up to six amendments (country, YAML actions), each valid for the text the earlier ones leave, and
    the operative part the model expects at the end."""
    lang = draw(st.sampled_from(sorted(LANGUAGES)))
    spec = LANGUAGES[lang]
    model = [Paragraph(m, lead, list(spec.subparagraphs.get(m, ()))) for m, lead in zip(spec.markers, spec.leads)]
    steps: list[tuple[str, str]] = []
    for n in range(draw(st.integers(1, 6))):
        listing = [i for i, para in enumerate(model, 1) if para.subs]
        kinds = ["add_after", "change_lead"] + (["strike"] if len(model) > 1 else [])
        kinds += ["replace"] if len(listing) < len(model) else []
        kinds += ["strike_sub", "add_sub"] if listing else []
        kind = draw(st.sampled_from(kinds))
        if kind == "strike":
            i = draw(st.integers(1, len(model)))
            actions = f"  - strike: '{i}'\n"
            del model[i - 1]
        elif kind == "add_after":
            i = draw(st.integers(0, len(model)))
            text = spec.added.format(n=n + 1)
            actions = f"  - add_after: '{i}'\n    text: {text}\n"
            model.insert(i, Paragraph(_marker(text, n + 1), "welcomes", []))
        elif kind == "change_lead":
            para = model[draw(st.integers(1, len(model))) - 1]
            para.lead = draw(st.sampled_from([p for p in CHANGED_LEADS if p != para.lead]))
            actions = f"  - change_lead: '{model.index(para) + 1}'\n    phrase: {para.lead}\n"
        elif kind == "replace":
            i = draw(st.sampled_from([i for i in range(1, len(model) + 1) if i not in listing]))
            text = spec.replaced.format(n=n + 1)
            actions = f"  - replace: '{i}'\n    text: {text}\n"
            model[i - 1] = Paragraph(_marker(text, n + 1), "urges", [])
        else:
            i = draw(st.sampled_from(listing))
            subs = model[i - 1].subs
            if kind == "strike_sub" and len(subs) > 1:
                k = draw(st.integers(1, len(subs)))
                actions = f"  - strike: '{i}({chr(96 + k)})'\n"
                del subs[k - 1]
            else:
                k = draw(st.integers(1, len(subs)))
                text = spec.added_sub.format(n=n + 1)
                actions = f"  - add_after: '{i}({chr(96 + k)})'\n    text: {text}\n"
                subs.insert(k, _marker(text, n + 1))
        steps.append((COUNTRIES[n], actions))
    return lang, steps, model


def _marker(text: str, n: int) -> str:
    """The words that find a generated paragraph again (its number)."""
    return next(word for word in (f"report {n} ", f"item {n}", f"group {n}", f"第{n}份报告", f"第{n}项", f"第{n}工作组")
                if word in text)


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


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(sequence=sequences())
def test_generated_debates(sequence: tuple[str, list[tuple[str, str]], list[Paragraph]]) -> None:
    lang, amendments, expected = sequence
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
        blocks = _blocks(accepted)
        assert [label for label, _, _ in blocks] == [f"{k}." for k in range(1, len(blocks) + 1)]
        assert len(blocks) == len(expected), (blocks, expected)
        for (_, line, subs), para in zip(blocks, expected):
            assert para.marker in line, (para.marker, line)
            assert len(subs) == len(para.subs), (line, subs, para.subs)
            for k, (sub, marker) in enumerate(zip(subs, para.subs)):
                assert marker in sub, (marker, sub)
                assert sub.startswith((f"({chr(97 + k)})", f"（{chr(97 + k)}）")), sub


def _blocks(lines: list[str]) -> list[tuple[str, str, list[str]]]:
    """The operative part as (label, paragraph, its sub-paragraphs)."""
    first = next(i for i, line in enumerate(lines) if TOP_LEVEL.match(line))
    blocks: list[tuple[str, str, list[str]]] = []
    for line in lines[first:]:
        if TOP_LEVEL.match(line):
            blocks.append((line.split(" ")[0], line, []))
        elif blocks:
            blocks[-1][2].append(line)
    return blocks
