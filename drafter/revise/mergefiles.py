"""``drafter merge`` from files to file: every input read (answers files and Word working papers, every problem
at once), the drafts merged (:mod:`drafter.revise.merge`) and the result written as an answers file or a Word
draft rendered through :mod:`drafter.compose`, whole or not at all."""

from __future__ import annotations

from pathlib import Path

from drafter import yamlio
from drafter.compose import answers as answers_file
from drafter.compose.answers import Answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.files import check_writable, write_atomic
from drafter.library import Library
from drafter.problems import Location, Problem
from drafter.revise import workingpaper
from drafter.revise.merge import KINDS, Report, Source, merge_sources
from drafter.status import DrafterError, ExitStatus

OLD_FORMATS = (".doc", ".docm", ".dotx", ".odt", ".rtf")


def _kind_of(path: Path) -> str:
    """"answers", "word", "old" (a Word format drafter does not read) or "other", by name and first bytes."""
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        start = b""  # the reader says what is wrong with it
    if start.startswith(b"PK\x03\x04") and path.suffix.lower() not in OLD_FORMATS:
        return "word"
    if path.suffix.lower() in OLD_FORMATS or start.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        return "old"
    if path.suffix.lower() in (".yaml", ".yml"):
        return "answers"
    return "word" if path.suffix.lower() == ".docx" else "other"


def read_sources(paths: list[Path], lib: Library, say: str = "") -> list[Source]:
    """Read every draft, answers file or Word working paper; every problem of every file at once, said in ``say``
    (en or zh; default: the first draft's language, else English)."""
    problems: list[Problem] = []
    refusals: list[DrafterError] = []
    sources: list[Source] = []
    language = ""
    for path in paths:
        kind = _kind_of(path)
        if kind == "old":
            problems.append(Problem(Location(path, 1, 1), "not a .docx (an old .doc, .odt or .rtf document)",
                                    "save it as a Word document (.docx) and merge again",
                                    zh="不是 .docx 文件（旧的 .doc、.odt 或 .rtf 文档）",
                                    zh_hint="另存为 Word 文档（.docx）后再合并"))
        elif kind == "other":
            problems.append(Problem(Location(path, 1, 1),
                                    "merge takes answers files (.yaml) and Word working papers (.docx)",
                                    "give the bloc's answers file or its .docx",
                                    zh="合并只接受答案文件（.yaml）和 Word 工作文件（.docx）",
                                    zh_hint="请提供该集团的答案文件或其 .docx"))
        elif kind == "answers":
            try:
                answers = answers_file.read(path, lib)
            except answers_file.AnswersError as exc:
                problems.extend(exc.problems)
                continue
            sources.append(Source.of_answers(path.name, answers))
            language = language or answers.language
        else:
            try:
                paper = workingpaper.read(path, lib, language or None, say)
            except DrafterError as exc:
                refusals.append(exc)
                continue
            language = language or paper.answers.language
            sources.append(Source(path.name, paper.answers,
                                  {k: [c.place for c in paper.of(k)] for k in KINDS},
                                  {k: [c.library for c in paper.of(k)] for k in KINDS}, paper.left_out))
    if problems and not refusals:
        raise answers_file.AnswersError(problems, say or language)
    if problems or refusals:
        status = max((r.status for r in refusals), default=ExitStatus.BAD_INPUT)
        error = DrafterError("\n".join([*(str(p) for p in problems), *(str(r) for r in refusals)]), status,
                             zh="\n".join([*(p.text("zh") for p in problems), *(r.text("zh") for r in refusals)]))
        error.language = say or language  # said in the first draft's language unless --lang says otherwise
        raise error
    _name_apart(sources, paths)
    return sources


def _name_apart(sources: list[Source], paths: list[Path]) -> None:
    """Two inputs with one file name (a/draft.docx, b/draft.docx) are named by their paths in the report."""
    counted: dict[str, int] = {}
    for source in sources:
        counted[source.name] = counted.get(source.name, 0) + 1
    for source, path in zip(sources, paths):
        if counted[source.name] > 1:
            source.name = str(path)


def output_bytes(merged: Answers, out: Path, lib: Library) -> bytes:
    """The merged draft as the output's kind wants it: an answers file (.yaml) or a Word draft (.docx) rendered
    from it; the answers are read back and validated first, so nothing is written that would not build."""
    text = merged.to_yaml()
    _, problems = answers_file.parse(yamlio.parse(text, out), out, lib)
    if problems:
        raise DrafterError("the merged draft would not build:\n" + "\n".join(str(p) for p in problems),
                           zh="合并后的草案无法生成：\n" + "\n".join(p.text("zh") for p in problems))
    if out.suffix.lower() == ".docx":
        return to_docx(assemble(merged, lib))
    return text.encode("utf-8")


def run(paths: list[Path], lib: Library, out: Path, force: bool, say: str = "") -> tuple[Answers, Report]:
    """Read every draft (all problems at once), merge them and write the merged answers file or Word draft;
    refusals are said in ``say`` (en or zh), by default in the drafts' language."""
    check_writable(out, force)
    sources = read_sources(paths, lib, say)
    merged, report = merge_sources(sources, lib)
    if out.suffix.lower() != ".docx":
        merged.output = out.with_suffix(".docx").name
    write_atomic(out, output_bytes(merged, out, lib), force=force)
    return merged, report
