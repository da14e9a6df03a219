"""The drafts the booklet tests put together: in each language, one built by drafter, one a student typed with Word
numbering, one adopted UN text; and votes files for them."""

from __future__ import annotations

from pathlib import Path

from paths import ROOT, UN_FIXTURES

from drafter.compose import answers as answers_file
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.library import Library

STUDENTS = ROOT / "bench" / "students" / "word"
VOTES_EN = "brazil.docx: {for: 20, against: 10, abstain: 5}\n74_247.docx: adopted without a vote\n"
VOTES_ZH = "china.docx: {赞成: 20, 反对: 10, 弃权: 5}\n74_247_C.docx: 未经表决通过\n"


def make_drafts(folder: Path, lib: Library) -> Path:
    """Write the six drafts and two votes files into ``folder``."""
    for example, name in (("brazil-resolution-en-una-usa.yaml", "brazil.docx"),
                          ("china-resolution-zh-cn-mun.yaml", "china.docx")):
        answers = answers_file.read(ROOT / "examples" / example, lib)
        (folder / name).write_bytes(to_docx(assemble(answers, lib)))
    for source in (STUDENTS / "en-w13-correct-instances-of-one-list.docx",
                   STUDENTS / "zh-w14-correct-style-linked-list.docx", UN_FIXTURES / "74_247.docx",
                   UN_FIXTURES / "74_247_C.docx"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "votes-en.yaml").write_text(VOTES_EN, encoding="utf-8")
    (folder / "votes-zh.yaml").write_text(VOTES_ZH, encoding="utf-8")
    return folder


def english(folder: Path) -> list[str]:
    return [str(folder / n) for n in ("brazil.docx", "en-w13-correct-instances-of-one-list.docx", "74_247.docx")]


def chinese(folder: Path) -> list[str]:
    return [str(folder / n) for n in ("china.docx", "zh-w14-correct-style-linked-list.docx", "74_247_C.docx")]
