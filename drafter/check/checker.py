"""``drafter check``: read a .docx draft (or a plain-text one) as a resolution (or as a position paper, when it is one), run the rule
families over it, report the findings.

The structure (heading block, organ line, preambular and operative parts, sub-paragraphs; a paper's header,
sections and sources) comes from :mod:`drafter.structure`, which works on :mod:`drafter.word.reader`
paragraphs, so any author's document can be checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from drafter.bilingual import Text
from drafter.check.context import Context, PaperContext, finish
from drafter.check.families import (
    abbreviations,
    chinese,
    citations,
    delegations,
    document,
    heading,
    leads,
    numbering,
    organ,
    paper,
    paperstyle,
    parts,
    punctuation,
)
from drafter.check.report import Finding, Report
from drafter.check.rules import SEVERITIES
from drafter.library import Library
from drafter.status import DrafterError
from drafter.structure import detect_language, guess_profile
from drafter.structure.paper import PaperRules, looks_like_paper, read_paper
from drafter.structure.parallel import parallel_texts
from drafter.structure.phrases import Phrases
from drafter.structure.several import resolutions, titled_only
from drafter.word import plaintext, reader

# in this order: findings at the same paragraph and column keep it
FAMILIES: tuple[Callable[[Context], None], ...] = (
    heading.check, organ.check, parts.check, leads.check, punctuation.check, numbering.check, chinese.check,
    citations.check, abbreviations.check, delegations.check_text, document.check,
)


PAPER_FAMILIES: tuple[Callable[[PaperContext], None], ...] = (paper.check, paperstyle.check)
PAPER = "position-paper"  # a paper's report names this as its profile
# the rules that judge what only a Word document holds (emphasis, fonts, sizes, writing direction): a draft read
# from plain text carries none of it, so they are not run on one
FONT_RULES = frozenset({"east-asian-font", "fonts-mixed", "sizes-mixed", "paragraph-rtl", "paper-font-size",
                        "paper-fonts-mixed"})
FORMATTING_RULES = FONT_RULES | {"lead-emphasis", "lead-emphasis-document", "lead-emphasis-odd", "organ-emphasis",
                                 "emphasis-in-text", "lead-emphasis-partial"}
PLAIN_TEXT = Text("a plain-text draft: one paragraph per line; emphasis, fonts and Word numbering are not judged "
                  "(a text holds none)", "纯文本草案：每行一段；不检查强调、字体和 Word 编号（文本中没有这些格式）")
MARKDOWN = Text("a Markdown draft: paragraphs and emphasis (*italics*, **bold**, <u>underline</u>) read as a Markdown "
                "viewer shows them; fonts and Word numbering are not judged",
                "Markdown 草案：段落和强调（*斜体*、**粗体**、<u>下划线</u>）按 Markdown 阅读器的显示读取；"
                "不检查字体和 Word 编号")
BY_PHRASES = Text("no numbered paragraphs: preambular and operative paragraphs were told apart by their lead phrases",
                  "无编号段落：序言段和执行段按引导词区分")


def is_position_paper(doc: reader.Document, lib: Library | None = None, language: str | None = None) -> bool:
    """A position paper (drafter's own or a student's): its title, or its header fields, near the top, unless its
    paragraphs read as a resolution's clauses (by their lead phrases, in ``lib``'s when given, of ``language``:
    the document's when None)."""
    if lib is None:
        return looks_like_paper(doc, None)
    return looks_like_paper(doc, Phrases.of(lib, language or detect_language(doc)))


# the findings on the fields of a heading that the drafts of one report share: said of the first draft only
HEADING_GIVEN_ONCE = frozenset({"heading-missing"})


def check_document(doc: reader.Document, lib: Library, *, profile: str | None = None, lang: str | None = None,
                   disabled: Iterable[str] = (), min_severity: str = "suggestion",
                   paper_rules: PaperRules | None = None) -> Report:
    """Check ``doc`` in ``profile`` (guessed when None), with messages in ``lang`` (the document's when None; each
    finding and note is said in both languages, and :meth:`Report.speaking` gives the report in the other one);
    findings of ``disabled`` rules and below ``min_severity`` are left out. A position paper is checked as one,
    under ``paper_rules`` (the defaults when None); its length is measured for a batch by
    :func:`drafter.check.paperlength.add_length_findings`."""
    language = detect_language(doc)
    if doc.plain is not None:
        disabled = {*disabled, *(FONT_RULES if doc.plain.emphasis else FORMATTING_RULES)}
    if is_position_paper(doc, lib, language):
        return check_paper(doc, lib, language, lang or language, paper_rules or PaperRules(), disabled, min_severity)
    chosen = profile or guess_profile(doc, language)
    found: list[Finding] = []
    by_phrases = False
    lists = None  # the Word lists as the fixes planned so far leave them, shared by the drafts of one file
    for whole in resolutions(doc):  # a file may hold several drafts, each with its own heading: each is checked
        for part, part_lang in parallel_texts(whole, language):  # a parallel text: each language on its own
            part_profile = chosen if part_lang == language or profile else guess_profile(part, part_lang)
            ctx = Context.read(part, lib, part_lang, part_profile, lists)
            lists = ctx.lists
            for family in FAMILIES:
                family(ctx)
            ctx.finish()
            shared = titled_only(whole) and whole is not doc  # "Draft resolution II": the file's heading is its own
            found += [f for f in ctx.findings if not (shared and f.rule in HEADING_GIVEN_ONCE)]
            by_phrases = by_phrases or ctx.tree.by_phrases
    findings = kept(found, disabled, min_severity)
    notes = [] if doc.plain is None else [MARKDOWN] if doc.plain.markdown else [PLAIN_TEXT]
    notes += [BY_PHRASES] if by_phrases else []
    return Report(str(doc.path), language, chosen, findings, notes, message_lang=lang or language)


def check_paper(doc: reader.Document, lib: Library, language: str, msg_lang: str, rules: PaperRules,
                disabled: Iterable[str] = (), min_severity: str = "suggestion") -> Report:
    """Check ``doc`` as a position paper under ``rules`` (all but its length)."""
    ctx = PaperContext(doc, lib, read_paper(doc), rules, language)
    for family in PAPER_FAMILIES:
        family(ctx)
    finish(ctx.findings, doc)
    return Report(str(doc.path), language, PAPER, kept(ctx.findings, disabled, min_severity), message_lang=msg_lang)


def kept(findings: list[Finding], disabled: Iterable[str], min_severity: str) -> list[Finding]:
    """The findings of rules not ``disabled`` at ``min_severity`` or above, in document order."""
    threshold = SEVERITIES.index(min_severity)
    skip = set(disabled)
    out = [f for f in findings if f.rule not in skip and SEVERITIES.index(f.severity) <= threshold]
    out.sort(key=lambda f: (f.paragraph, f.column))
    return out


def check_file(path: Path, lib: Library, *, profile: str | None = None, lang: str | None = None,
               disabled: Iterable[str] = (), min_severity: str = "suggestion",
               paper_rules: PaperRules | None = None, writes: bool = True) -> tuple[Report, reader.Document]:
    """Read and check the .docx at ``path`` (a plain-text draft when its name ends in .txt, .text or .md; options
    as :func:`check_document`); return the report and the document. Unless the caller ``writes`` the document
    (--fix, --comments), python-docx opens a .docx only when asked for. A document without a single paragraph is
    refused (DrafterError, UNREADABLE)."""
    doc = plaintext.read(path) if plaintext.is_text_name(path) else reader.read(path, reading_only=not writes)
    if not doc.paragraphs:  # no finding could name a place in it: said as the file's fault, as an unreadable one is
        raise DrafterError.unreadable(path, "the document has no paragraphs: there is nothing to check",
                                      "文档中没有段落，没有可检查的内容")
    return check_document(doc, lib, profile=profile, lang=lang, disabled=disabled, min_severity=min_severity,
                          paper_rules=paper_rules), doc
