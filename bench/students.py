"""The checker on student drafts: recall and precision of error and warning findings against hand annotations.

    python bench/students.py [FOLDER ...] [--show] [--json] [--fix]

Each FOLDER holds drafts and an ``annotations.yaml`` written before any checker run (file name -> faults, each
``{paragraph, kind, note}``). Drafts are ``.txt`` (two ``#`` comment lines, then one paragraph per non-empty
line; turned into a .docx of plain paragraphs) or ``.docx`` (paragraph = the reader's paragraph index).
Default folders: ``bench/students`` and ``bench/students/word`` (when present).

A fault is found when an error or warning finding of a rule that answers its kind lies on its paragraph (for
document-level kinds, anywhere in the draft). Precision counts every scored error and warning finding; findings
that plain text cannot support are not scored: emphasis and fonts (unknown in text), half-width punctuation in
Chinese text whose punctuation was restored (its ``# format:`` line says so; see the corpus README), and, in
truncated texts, the end of the cut-off paragraph and everything that depends on the rest of the draft (among it a
single sub-clause whose list runs to the cut: every paragraph after the finding's lies under the list's parent, so its
second item, had there been one, is beyond the cut; ``lists_to_cut``), a misspelt lead that is the cut paragraph's
last word, the page's last word the excerpt may have cut short ("Expressin"; ``cut_word``), and the
end marks of the paragraphs a text's ``# format:`` line declares not judged for them (a line the page printed without
its last words, quoted there by its opening and/or ending around "…").
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_FOLDERS = [ROOT / "bench" / "students", ROOT / "bench" / "students" / "word"]

# annotation kind -> rules whose finding answers it
KIND_RULES: dict[str, set[str]] = {
    # a clause broken by a stray paragraph mark: its first part ends with no mark, and the finding says why
    "preambular-end-mark": {"preambular-end", "paragraph-broken", "end-doubled"},
    "operative-end-mark": {"operative-end", "final-stop", "sub-end", "chapeau-colon", "paragraph-broken", "end-doubled"},
    "full-stop-inside-clause": {"stray-full-stop"},
    "heading-field-missing": {"heading-missing"},
    # "label-doubled": a label typed twice ("i. i.", "(十一)	(十一)"), of a clause or of a sub-clause
    "numbering": {"numbering-sequence", "numbering-mixed", "numbering-absent", "operative-unnumbered",
                  "numbering-form", "numbering-restart", "preambular-numbered", "numbering-empty", "numbering-rest",
                  "operative-sub-level", "clause-after-break", "label-doubled", "clause-joined", "clause-run-on",
                  "label-glued", "label-alone", "heading-numbered",
                  # a sub-paragraph Word shows as the next clause ("(a)" shown "3."): the clauses' visible numbers go
                  # wrong from it, which chairs mark as numbering as often as a sub-clause's label (the mirror of
                  # operative-sub-level)
                  "sub-numbered-as-clause"},
    # numbering-absent names the items a clause introduces when none of them is lettered either
    "sub-clause-label": {"sub-label-sequence", "sub-label-style", "sub-label-level", "sub-clause-single", "sub-end",
                         "numbering-absent", "sub-run-in",
                         "sub-label-doubled", "sub-numbered-as-clause", "sub-items-level", "label-doubled",
                         "label-glued", "sub-label-inverted", "label-alone"},
    "capital-after-lead": {"capital-after-lead", "lead-capital"},
    "operative-without-verb": {"operative-no-verb", "lead-form"},
    "wrong-lead-form": {"lead-form", "lead-repeat-first"},  # 又注意到 with no 注意到 before it: 又 is the wrong form
    "misspelt-lead": {"lead-misspelled"},
    # an English title in quotes ("Budapest Convention") lacks its Chinese title in 《》 too
    "missing-book-title-marks": {"title-marks", "title-english"},
    "half-width-punctuation-in-chinese": {"half-width-zh"},
    # a lead marked with typed characters (【回顾】, **鼓励**) instead of emphasis: its form of emphasis is the fault;
    # words of the text set off (bold, underlined, highlighted: UN-B17) are an emphasis fault too, and so is an organ
    # line between Markdown marks
    "emphasis": {"lead-emphasis", "lead-emphasis-document", "lead-emphasis-odd", "lead-emphasis-partial",
                 "organ-emphasis", "lead-marked",
                 "emphasis-in-text", "organ-marked"},
    "duplicate-clause": {"duplicate-paragraph", "text-doubled"},  # a clause said twice: as two paragraphs or in one
}
# a full stop that ends a clause before the end of the resolution is that clause's wrong end mark too
END_MARK_RULES = {"sub-end", "operative-end"}
# the rules that judge the mark ending a paragraph (a half-width one included: "…包装;" should end with "；")
PARAGRAPH_END_RULES = {"preambular-end", "operative-end", "final-stop", "sub-end", "chapeau-colon", "end-doubled"}
DOCUMENT_KINDS = {"heading-field-missing", "organ-line"}
# the "# format:" words of a Chinese text whose full-width punctuation a script restored: what the student typed is
# unknown there, so half-width findings are not scored (bench/students/README.md)
RESTORED = "full-width punctuation restored"

# "other" faults, told apart by their note (first match wins): sub-kind, note pattern, rules
OTHER_KINDS: list[tuple[str, str, set[str]]] = [
    # before "organ line": notes may name it; "a template heading left in the text" is a section heading too
    ("section-heading", r"section (?:heading|name)|template heading", {"section-heading"}),
    # before "organ line": what a pasted article adds may be placed by the organ line ("between heading and organ line")
    ("pasted-artefact", r"picture caption|scroll hint|emoji", {"pasted-artefact"}),
    # before "organ line": a speech's salutation (尊敬的主席：) in the organ line's place is the missing organ line
    # too; one before the organ line, or the sponsors named in a sentence of the text, may be placed by it
    ("organ-line", r"salutation[^(]*(?:no organ line|where the organ line)", {"organ-line", "salutation"}),
    ("salutation", r"salutation", {"salutation"}),
    ("sponsor-sentence", r"sponsors(?: and [^,(]{1,20})? written (?:as a sentence|after the last clause)",
     {"sponsor-sentence", "signed-after-text"}),
    ("organ-line", r"organ line|Be It Hereby Resolved|UN Body Here Assembled", {"organ-line"}),
    # before "lead-form" and "empty-clause": a template's clause slot (a content control) still showing its
    # placeholder has no clause text either, and a clause's lead slot left so no lead phrase; its own rule says so
    ("placeholder-left", r"still shows (?:the|its) placeholder", {"placeholder-left", "empty-clause"}),
    ("lead-form", r"Whereas|infinitive opening|not a preambulatory phrase", {"lead-form"}),
    ("lead-comma", r"comma between the lead phrase", {"lead-comma"}),
    # a note that names both faults of a sub-clause under a preambular clause: its place and its end mark
    # (the last such sub-clause closes the preambular clause: its missing mark is the clause's, preambular-end)
    ("preambular-sub-clause", r"sub-clause under a preambular clause.* end mark",
     {"preambular-sub-clause", "sub-end", "chapeau-colon", "preambular-end"}),
    ("sub-end", r"sub-clause .* end mark", {"sub-end", "chapeau-colon"}),  # before "sc-only": a quoted clause may name the Council
    # before "sc-only": a draft dressed as an adopted resolution (an S/RES symbol, an adoption line) may name the Council
    ("draft-as-adopted", r"symbol of an adopted|adoption line on a draft",
     {"draft-as-adopted", "symbol-draft"}),
    # before "sc-only": a symbol or an agenda-item line that does not fit the Council's text names the Council too
    ("symbol-organ", r"symbol on a Security Council|have no agenda-item line", {"symbol-organ"}),
    ("sc-only", r"Security[- ]Council", {"sc-only-phrase", "council-language", "chapter-vii",
                                                  "council-measures", "council-seized", "assembly-formula",
                                                  "council-closing", "council-addressed"}),
    ("stray-semicolon", r"stray semicolon", {"stray-semicolon"}),
    ("lead-doubled", r"lead phrases run together", {"lead-doubled"}),
    # before "distribution": a draft's symbol without "/L." on a text marked "Distr.: Limited" (the note names both)
    ("symbol-draft", r"symbol carries an /L\.", {"symbol-draft"}),
    ("distribution", r"Distr\.", {"distribution-line"}),
    # before "sponsor-line": its last two sponsors joined by a comma, the finding that says so answers too
    ("sponsor-last-and", r'joined by a comma, not "and"', {"sponsor-last-and", "sponsor-order", "sponsor-line"}),
    # a second list of co-submitters or signatories kept as a line of its own under the same label (a merged paper's),
    # its note naming a State listed twice on the two lines too: the line repeated and the State twice both answer
    ("sponsor-line", r"(?i)second (?:co-submitters|co-sponsors|signatories|附议国|附議國) line",
     {"heading-repeated", "sponsor-line", "sponsor-duplicate", "sponsor-signatory"}),
    # not "co-sponsor line" (a State name there); a second sponsor line kept from a merged draft is a heading repeated
    ("sponsor-line", r"(?<![-\w])sponsor line", {"sponsor-line", "heading-missing", "heading-repeated"}),
    ("quote-unclosed", r"quotation mark", {"quote-unclosed"}),
    ("title-marks-body", r"name put in 《》", {"title-marks-body"}),  # 《世界卫生组织》: a body's name as a title
    ("sponsor-duplicate", r"listed twice", {"sponsor-duplicate", "sponsor-signatory"}),
    # before "empty-clause": a clause pasted as a screenshot has no clause text either; its own rule says so
    ("clause-picture", r"screenshot|inline picture", {"clause-picture", "empty-clause"}),
    ("empty-clause", r"no clause text", {"empty-clause"}),
    ("paragraph-rtl", r"right-to-left", {"paragraph-rtl"}),
    ("symbol-full-width", r"document symbols? typed in full-width", {"symbol-full-width"}),  # Ａ／ＲＥＳ／７０／１
    ("lead-gloss", r"English lead[^.]* left in brackets", {"lead-gloss"}),  # 认识到（Recognizing）
    # before "remark-left": a note of an amendment left after a clause ("(amended)", 〔修正〕) is the amendment's trace
    ("amendment-note", r"note of amendment|修正(?:标注|说明)", {"amendment-trace", "remark-left"}),
    ("remark-left", r"remark of the dais", {"remark-left"}),  # 【主席团批注：……】
    ("signed-after-text", r"signed after the last clause|date line after the text", {"signed-after-text"}),
    ("vote-after-text", r"vote note|record of (?:a|the) vote", {"vote-after-text"}),  # "Adopted by 13 votes in favour"
    # "REQUESTS the Secretary-General" in a World Health Assembly draft: an officer the organ does not have
    ("officer-other-body", r"officer of another body", {"officer-other-body"}),
]

UNSCORED_RULES = {"lead-emphasis", "lead-emphasis-document", "organ-emphasis", "east-asian-font", "fonts-mixed"}
TRUNCATION_RULES_LAST = {"preambular-end", "operative-end", "final-stop", "end-doubled", "sub-end", "chapeau-colon",
                         "empty-clause", "sub-clause-single", "quote-unclosed"}
TRUNCATION_RULES_ANYWHERE = {"final-stop", "no-operative", "numbering-absent"}
# unscored in a truncated text when the word they judge is the cut paragraph's last, the page's last word ("Expressin"
# for "Expressing"): the excerpt may have cut it short (see :func:`cut_word`)
TRUNCATION_RULES_CUT_WORD = {"lead-misspelled"}
# unscored in a truncated text on a paragraph of a list that runs to the cut (see :func:`lists_to_cut`): a list of one
# item whose next item the excerpt cut off; such a finding that answers any fault annotated on its paragraph (an
# "other" one too) stays scored: only false alarms move
TRUNCATION_RULES_LIST = {"sub-clause-single"}


@dataclass
class Fault:
    file: str
    paragraph: int
    kind: str  # the annotation's kind; "other" is refined by its note
    note: str
    rules: set[str]
    document_level: bool
    found_by: list[str] = field(default_factory=list)


@dataclass
class Draft:
    path: Path
    language: str
    truncated: bool
    plain_text: bool
    faults: list[Fault]
    restored: bool = False  # the text's full-width punctuation was restored by a script (its # format: line says)
    # the paragraphs whose end marks the # format: line declares not judged (beyond the cut-off last paragraph)
    unjudged_ends: set[int] = field(default_factory=set)


def _rule_ids() -> set[str]:
    """The ids of the checker's rules."""
    from drafter.check.rules import RULES

    return set(RULES)


def refine(kind: str, note: str) -> tuple[str, set[str] | None]:
    """The kind a fault is scored under and the rules that answer it (None: any finding on its paragraph)."""
    if kind == "full-stop-inside-clause" and re.search(r'ends with "\."', note):
        return kind, KIND_RULES[kind] | END_MARK_RULES  # a clause ending with "." before the end: its end mark
    if kind == "half-width-punctuation-in-chinese" and re.search(
            r"ends with a half-width|ending with a half-width|half-width \S at the end|and at the end|以半角[^；。]*[结結]尾"
            r"|organ line", note):
        # the paragraph's last mark: the end-mark rules own it; the organ line's own mark ("大會,"), its rule (the
        # organ line is its name and that mark, so a half-width mark in it is its last one however the note says it)
        owners = PARAGRAPH_END_RULES | ({"organ-line"} if re.search(r"organ line", note) else set())
        return kind, KIND_RULES[kind] | owners
    if kind == "half-width-punctuation-in-chinese" and re.search(r"mixed with", note):
        # half-width "," among the 、 of a list: the mixed separators are the same fault, seen from the list
        return kind, KIND_RULES[kind] | {"list-separators-mixed"}
    if kind in ("preambular-end-mark", "operative-end-mark") and re.search(r"footnote number", note):
        # a footnote number typed after the clause's mark ("…by 2030,1"): the end rules look past it by design, and
        # digit-glued reports the number, which is the fault
        return kind, KIND_RULES[kind] | {"digit-glued"}
    if kind == "wrong-lead-form" and re.search(r"operative verb|UN-B06", note):
        # an operative clause opening with something else than its verb (关于……的问题，会员国应……): the verb is
        # missing, which the operative-no-verb rule says
        return kind, KIND_RULES[kind] | {"operative-no-verb"}
    if kind in KIND_RULES:
        return kind, KIND_RULES[kind]
    if kind != "other":
        return kind, {kind} if kind in _rule_ids() else None  # a kind that names a rule: that rule answers it
    for sub_kind, pattern, rules in OTHER_KINDS:
        if re.search(pattern, note):
            return sub_kind, rules
    return "other", None


def read_folder(folder: Path) -> list[Draft]:
    """The drafts of ``folder`` with their annotated faults."""
    import yaml

    if not (folder / "annotations.yaml").exists():
        if any(folder.glob("*.txt")) or any(folder.glob("*.docx")):
            raise SystemExit(f"{folder}: drafts without an annotations.yaml (annotate them before measuring)")
        print(f"{folder}: no drafts (see its README.md)", file=sys.stderr)
        return []
    annotations = yaml.safe_load((folder / "annotations.yaml").read_text(encoding="utf-8")) or {}
    status = _text_status(folder / "README.md")
    drafts = []
    for name, entry in sorted(annotations.items()):
        path = folder / name
        if not path.exists():
            raise SystemExit(f"{folder / 'annotations.yaml'}: {name} is annotated but not in the folder")
        faults = []
        for item in (entry or {}).get("faults") or []:
            kind, rules = refine(item["kind"], item.get("note", ""))
            if rules is None and kind != "other":
                raise SystemExit(f"{folder / 'annotations.yaml'}: {name} ¶{item['paragraph']}: unknown kind {kind!r} "
                                 "(a kind of KIND_RULES in bench/students.py, a rule id, or other)")
            faults.append(Fault(name, int(item["paragraph"]), kind, item.get("note", ""), rules or set(),
                                document_level=kind in DOCUMENT_KINDS))
            if rules is None:
                faults[-1].rules = {"*"}
        language = "zh" if name.startswith("zh") else "en"
        truncated = status.get(name, "complete") != "complete"
        comments = "".join(line for line in path.read_text(encoding="utf-8").splitlines()[:2]
                           if line.startswith("#")) if path.suffix == ".txt" else ""
        unjudged = unjudged_end_paragraphs(comments, text_paragraphs(path), path) if comments else set()
        drafts.append(Draft(path, language, truncated, path.suffix == ".txt", faults, RESTORED in comments, unjudged))
    return drafts


# a part of a "# format:" line that speaks of the cut-off last paragraph (the bench leaves it unscored already)
_CUT_OFF_WORDS = re.compile(r"excerpt|truncated|cut-off")
# a quote the annotator gives as a guess at the lost words, not as printed text
_GUESSED = re.compile(r"presumably\s*$")


def unjudged_end_paragraphs(comments: str, paragraphs: list[str], path: Path) -> set[int]:
    """The paragraph numbers (1-based) the ``# format:`` words declare not judged for their end marks, beyond the
    cut-off paragraph: each quote in a ";"-separated part saying so is an opening and/or an ending around "…".
    A quote that names no paragraph, or several, stops the bench naming the file."""
    numbers: set[int] = set()
    for part in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', comments):  # a ";" inside a quote splits nothing
        if not re.search(r"not judged for (its|their) end", part) or _CUT_OFF_WORDS.search(part):
            continue
        for quote in re.finditer(r'"([^"]+)"', part):
            if _GUESSED.search(part[:quote.start()]):
                continue
            found = [i for i, text in enumerate(paragraphs, 1) if _quoted(quote.group(1), text.strip())]
            if len(found) != 1:
                raise SystemExit(f"{path}: the # format: line declares \"{quote.group(1)}\" not judged for its end "
                                 f"mark, but {'no paragraph' if not found else 'several paragraphs'} of the text "
                                 f"{'matches' if not found else 'match'} it")
            numbers.add(found[0])
    return numbers


def _quoted(quote: str, text: str) -> bool:
    """Whether ``text`` is the paragraph ``quote`` names: "opening … ending", "… ending", "opening …", or words
    without "…" that open or end it."""
    parts = [p.strip() for p in re.split(r"…|\.\.\.", quote)]
    if len(parts) == 1:
        return text.startswith(parts[0]) or text.endswith(parts[0])
    opening, ending = parts[0], parts[-1]
    return text.startswith(opening) and text.endswith(ending) and len(opening) + len(ending) <= len(text)


def _text_status(readme: Path) -> dict[str, str]:
    """The README table's "text" column: complete, truncated or partial, per file."""
    if not readme.exists():
        return {}
    status = {}
    column = 3  # the tables' usual place for it; a header row naming "text" says where it is
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "file":
            column = cells.index("text") if "text" in cells else column
        elif len(cells) > column and cells[0].endswith((".txt", ".docx")):
            status[cells[0]] = "complete" if cells[column].startswith("complete") else cells[column]
    return status


def text_paragraphs(path: Path) -> list[str]:
    """The paragraphs of a corpus text: its non-empty lines after the leading ``#`` comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def to_docx(paragraphs: list[str], out: Path) -> None:
    """A .docx of plain paragraphs, East Asian font set (the student's fonts are unknown)."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    for text in paragraphs:
        run = doc.add_paragraph().add_run(text)
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), "SimSun")
    doc.save(str(out))


def cut_word(finding: Any, last: int, last_text: str) -> bool:
    """The finding judges the cut paragraph's last word: from its column to the end of the paragraph (``last_text``)
    runs one word and nothing else, a word the excerpt may have cut short."""
    return (finding.rule in TRUNCATION_RULES_CUT_WORD and finding.paragraph == last
            and re.fullmatch(r"\w+", last_text[finding.column - 1:].strip()) is not None)


def scored(finding: Any, draft: Draft, last: int, to_cut: Collection[int] = (), last_text: str = "") -> bool:
    """Whether the finding can be judged against the annotations of this draft (``to_cut``: see :func:`lists_to_cut`;
    ``last_text``: the cut paragraph's text, see :func:`cut_word`)."""
    if finding.severity not in ("error", "warning"):
        return False
    if draft.plain_text and finding.rule in UNSCORED_RULES:
        return False
    if draft.restored and finding.rule == "half-width-zh":
        return False
    if draft.truncated:
        if finding.rule in TRUNCATION_RULES_ANYWHERE:
            return False
        if finding.paragraph == last and finding.rule in TRUNCATION_RULES_LAST:
            return False
        if finding.paragraph in to_cut and finding.rule in TRUNCATION_RULES_LIST:
            return False
        if cut_word(finding, last, last_text):
            return False
    if finding.paragraph in draft.unjudged_ends and finding.rule in PARAGRAPH_END_RULES:
        return False
    return True


def cut_off(finding: Any, draft: Draft, last: int, to_cut: Collection[int] = (), last_text: str = "") -> bool:
    """An error or warning left unscored only because the page was cut off: it still answers a fault of its own kind
    annotated on its paragraph (what is cut off cannot make it a false alarm, nor hide a fault the annotator saw)."""
    if finding.severity not in ("error", "warning"):
        return False
    if finding.paragraph in draft.unjudged_ends and finding.rule in PARAGRAPH_END_RULES:
        return True
    return draft.truncated and (
        finding.rule in TRUNCATION_RULES_ANYWHERE or (finding.paragraph == last and finding.rule in TRUNCATION_RULES_LAST)
        or (finding.paragraph in to_cut and finding.rule in TRUNCATION_RULES_LIST) or cut_word(finding, last, last_text))


def lists_to_cut(doc: Any, lib: Any, last: int) -> set[int]:
    """The paragraphs of a truncated draft whose list runs to the cut: an item, or the paragraph its list hangs from,
    such that every non-empty paragraph after it, up to the last (``last``), lies under that paragraph (its items,
    theirs, their continuations): the list's next item, had there been one, is beyond the cut
    (``TRUNCATION_RULES_LIST``). A list closed before the cut (a later item of the list above, a next clause) is not."""
    from drafter.structure import read_structure

    filled = [p.index for p in doc.paragraphs if p.text.strip()]

    def subtree(node: Any) -> set[int]:
        found = {node.para.index} | {c.para.index for c in node.continuation}
        for child in node.children:
            found |= subtree(child)
        return found

    runs: set[int] = set()
    for parent in read_structure(doc, lib).walk():
        if not parent.children:
            continue
        inside = subtree(parent)
        for node in (parent, *parent.children):
            if node.para.index != last and all(i in inside for i in filled if i > node.para.index):
                runs.add(node.para.index)
    return runs


def covered(finding: Any) -> list[int]:
    """The paragraphs a finding speaks of (document-level findings name several)."""
    return list(getattr(finding, "paragraphs", None) or [finding.paragraph])


def matches(finding: Any, fault: Fault, counted: dict[int, int] | None = None) -> bool:
    """Whether ``finding`` answers ``fault``; ``counted`` turns the reader's paragraph indexes into the annotations'
    (see :func:`annotated_numbers`)."""
    if "*" not in fault.rules and finding.rule not in fault.rules:
        return False
    return fault.document_level or fault.paragraph in [(counted or {}).get(i, i) for i in covered(finding)]


def annotated_numbers(doc: Any) -> dict[int, int]:
    """The paragraph numbers the annotations give each paragraph of ``doc``: they count the paragraphs of the body,
    and a paragraph of a text box the reader reads in the flow is annotated on the paragraph the box is anchored in
    (the annotations were written before the reader read text boxes in the flow)."""
    counted: dict[int, int] = {}
    count = 0
    for para in doc.paragraphs:
        if para.anchor is None:
            count += 1
            counted[para.index] = count
        else:
            counted[para.index] = counted[para.anchor]
    return counted


@dataclass
class Tally:
    faults: int = 0
    found: int = 0
    findings: int = 0
    true: int = 0

    def add(self, other: Tally) -> None:
        self.faults += other.faults
        self.found += other.found
        self.findings += other.findings
        self.true += other.true


def measure(drafts: list[Draft], lib: Any, show: bool, mend: bool = False) -> dict[str, Any]:
    """Check every draft, match findings to faults; return tallies by language, by kind and the misses. With
    ``mend``, also run --fix on a copy of each draft and check the copy again: the scored findings before and
    after, by language, and those left."""
    from drafter import check
    from drafter.check import fix
    from drafter.status import DrafterError

    by_language: dict[str, Tally] = collections.defaultdict(Tally)
    by_kind: dict[str, Tally] = collections.defaultdict(Tally)
    false_alarms: list[str] = []
    misses: list[str] = []
    mended: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # language -> [before, after]
    left: list[str] = []
    unjudged: dict[str, list[str]] = {}  # draft -> "paragraph rule" of each end-mark finding its format line leaves out
    with tempfile.TemporaryDirectory() as tmp:
        for draft in drafts:
            if draft.plain_text:
                paragraphs = text_paragraphs(draft.path)
                path = Path(tmp) / (draft.path.stem + ".docx")
                to_docx(paragraphs, path)
                last = len(paragraphs)
            else:
                path = draft.path
                last = -1
            try:
                report, doc = check.check_file(path, lib)
            except DrafterError as exc:  # a file drafter cannot read: one line naming it, its faults all missed
                print(f"cannot read {draft.path.name}: {exc}", file=sys.stderr)
                for fault in draft.faults:
                    by_kind[fault.kind].faults += 1
                    by_language[draft.language].faults += 1
                    misses.append(f"{draft.path.name}:{fault.paragraph} [{fault.kind}] (file not read) "
                                  f"{fault.note[:90]}")
                continue
            counted = annotated_numbers(doc)
            if not draft.plain_text:
                last = max((p.index for p in doc.paragraphs if p.text.strip()), default=0)
            to_cut = lists_to_cut(doc, lib, last) if draft.truncated else set()
            last_text = next((p.text for p in doc.paragraphs if p.index == last), "") if draft.truncated else ""
            findings = [f for f in report.findings if scored(f, draft, last, to_cut, last_text)
                        or (cut_off(f, draft, last, to_cut, last_text) and any(matches(f, fault, counted) and (
                            "*" not in fault.rules or (f.paragraph in to_cut and f.rule in TRUNCATION_RULES_LIST))
                            for fault in draft.faults))]
            if draft.unjudged_ends:
                unjudged[draft.path.name] = [f"{f.paragraph} {f.rule}" for f in report.findings
                                             if f not in findings and cut_off(f, draft, last, to_cut)
                                             and f.paragraph in draft.unjudged_ends and f.rule in PARAGRAPH_END_RULES]
            if mend:
                out = Path(tmp) / f"{draft.path.stem}-fixed.docx"
                fix.fix(report, doc, out, force=True)
                after = [f for f in check.check_file(out, lib)[0].findings if scored(f, draft, last, to_cut, last_text)]
                mended[draft.language][0] += len(findings)
                mended[draft.language][1] += len(after)
                left += [f"{draft.path.name}:{f.paragraph} {f.rule}: {f.message[:90]}" for f in after]
                report, doc = check.check_file(path, lib)  # --fix edited the document it was given
            tally = by_language[draft.language]
            for fault in draft.faults:
                fault.found_by = [f.rule for f in findings if matches(f, fault, counted)]
                kind = by_kind[fault.kind]
                kind.faults += 1
                tally.faults += 1
                if fault.found_by:
                    kind.found += 1
                    tally.found += 1
                else:
                    misses.append(f"{draft.path.name}:{fault.paragraph} [{fault.kind}] {fault.note[:110]}")
            for finding in findings:
                answered = [fault for fault in draft.faults if matches(finding, fault, counted)]
                tally.findings += 1
                tally.true += bool(answered)
                kind_name = answered[0].kind if answered else _kind_of_rule(finding.rule)
                by_kind[kind_name].findings += 1
                by_kind[kind_name].true += bool(answered)
                if not answered:
                    false_alarms.append(f"{draft.path.name}:{finding.paragraph} {finding.rule} ({finding.severity}): "
                                        f"{finding.message[:90]} | {finding.excerpt[:50]}")
    return {"by_language": dict(by_language), "by_kind": dict(by_kind), "misses": misses,
            "false_alarms": false_alarms, "mended": dict(mended), "left": left,
            "unjudged": unjudged}


def _kind_of_rule(rule: str) -> str:
    for kind, rules in KIND_RULES.items():
        if rule in rules:
            return kind
    for sub_kind, _pattern, rules in OTHER_KINDS:
        if rule in rules:
            return sub_kind
    return f"({rule})"


def _ratio(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    - "


def print_scores(result: dict[str, Any], total: Tally, show: bool) -> None:
    """The table of recall and precision by language and kind; with ``show``, every miss and false alarm."""
    print(f"{'':28} {'faults':>6} {'found':>6} {'recall':>8}   {'findings':>8} {'true':>6} {'precision':>9}")
    rows = [(f"language {k}", v) for k, v in sorted(result["by_language"].items())] + [("all", total)]
    rows += [(f"  {k}", v) for k, v in sorted(result["by_kind"].items())]
    for name, t in rows:
        print(f"{name:28} {t.faults:6} {t.found:6} {_ratio(t.found, t.faults):>8}   {t.findings:8} {t.true:6} "
              f"{_ratio(t.true, t.findings):>9}")
    if result.get("mended"):  # (bench/papers.py runs no --fix and leaves these out)
        for language, (before, after) in sorted(result["mended"].items()):
            print(f"--fix, language {language}: {before} scored findings before, {after} after")
        if show:
            print("left after --fix:")
            for line in result["left"]:
                print("  " + line)
    if show:
        print("\nmissed faults:")
        for line in result["misses"]:
            print("  " + line)
        print("\nfalse alarms:")
        for line in result["false_alarms"]:
            print("  " + line)
        print("\nend-mark findings left unscored where the # format: line declares the end not judged:")
        for name, lines in result.get("unjudged", {}).items():
            print(f"  {name}: {len(lines)}" + (f" ({', '.join(lines)})" if lines else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true", help="list every missed fault and every false alarm")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fix", action="store_true", help="also run --fix on a copy of each draft and count the "
                        "scored findings left")
    args = parser.parse_args()
    from drafter import library

    folders = args.folders or [f for f in DEFAULT_FOLDERS if (f / "annotations.yaml").exists()]
    drafts = [d for folder in folders for d in read_folder(folder)]
    lib = library.load([library.builtin_library()])
    result = measure(drafts, lib, args.show, args.fix)
    total = Tally()
    for tally in result["by_language"].values():
        total.add(tally)
    if args.json:
        print(json.dumps({
            "drafts": len(drafts),
            "recall": total.found / total.faults if total.faults else None,
            "precision": total.true / total.findings if total.findings else None,
            "by_language": {k: vars(v) for k, v in result["by_language"].items()},
            "by_kind": {k: vars(v) for k, v in result["by_kind"].items()},
            "misses": result["misses"], "false_alarms": result["false_alarms"],
            **({"fix": {k: {"before": b, "after": a} for k, (b, a) in result["mended"].items()},
                "left_after_fix": result["left"]} if args.fix else {})}, ensure_ascii=False, indent=1))
        return
    print(f"student drafts: {len(drafts)} from {', '.join(str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in folders)}")
    print_scores(result, total, args.show)


if __name__ == "__main__":
    main()
