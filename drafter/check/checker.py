"""``drafter check``: split a .docx draft into its parts, run the rules, report findings.

The structure analysis (heading block, organ line, preambular and operative parts, sub-paragraphs)
works on :mod:`drafter.word.reader` paragraphs, so any author's document can be checked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.check.rules import RULES, SEVERITIES
from drafter.labels import TYPED_NUMBER, bare, expected_label, normal, same_shape, zh_number
from drafter.library import Library
from drafter.punctuation import END, FULL_TO_HALF, HALF_TO_FULL, half_width_in_chinese
from drafter.structure import (
    SYMBOL,
    ZH_PREFIX,
    Node,
    Phrases,
    Structure,
    candidate_lead,
    detect_language,
    guess_profile,
    read_structure,
)
from drafter.word import reader

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
FOOTNOTE_MARK = re.compile(r"([,;.:，；。：])\s?\d{1,3}(?:[,、]\s?\d{1,3})*$")  # a typed footnote number after the mark
LIST_JOINERS = ("; and", "; or", ";and", ";or", "；以及", "；和", "；或", "；并")
STYLED_KINDS = {"letter", "roman", "letter-dot", "roman-dot", "letter-close", "roman-close", "zh-circled", "zh-paren"}
ABBREVIATIONS = {"no", "nos", "art", "arts", "para", "paras", "rev", "add", "corr", "vol", "e.g", "i.e", "etc", "st",
                 "mr", "mrs", "ms", "dr", "p", "pp", "v", "vs", "al", "chap", "sect", "u.s", "u.n", "inc", "co", "ltd"}
HEADING_FIELDS = {
    "committee": ("committee:", "forum:", "委员会：", "委员会:", "论坛：", "committee/organ:"),
    "topic": ("topic:", "question of:", "议题：", "议题:", "agenda item", "议程项目"),
    "sponsors": ("sponsors:", "sponsor:", "submitted by:", "main submitter:", "起草国：", "起草国:", "主提交国："),
    "signatories": ("signatories:", "signatory:", "附议国：", "附议国:"),
}


@dataclass
class Finding:
    rule: str
    severity: str
    paragraph: int
    column: int
    excerpt: str
    message: str
    fix: str = ""  # what --fix does, or "" when a person must decide
    edits: list[tuple[Any, ...]] = field(default_factory=list)  # ("replace", start, end, text) / ("emphasis", start, end, kind)

    def as_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "paragraph": self.paragraph, "column": self.column,
                "excerpt": self.excerpt, "message": self.message, "fix": self.fix or None}


@dataclass
class Report:
    file: str
    language: str
    profile: str
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)  # how the document was read, for the reader of the report

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")


# -- rules ------------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, doc: reader.Document, lib: Library, lang: str, profile: str, msg_lang: str) -> None:
        self.doc, self.lib, self.lang, self.profile, self.msg_lang = doc, lib, lang, profile, msg_lang
        self.findings: list[Finding] = []
        self.tree: Structure = read_structure(doc, lib, lang, profile)
        self.parts = self.tree.nodes
        self.phrases = Phrases.of(lib, lang)
        self.end = END[lang]
        self.dominant = self.dominant_emphasis()
        self.unemphasised: list[tuple[Node, str, list[str]]] = []
        self.leads = 0

    def add(self, rule_id: str, part_or_para: Any, column: int = 1, fix: str = "",
            edits: Iterable[tuple[Any, ...]] = (), **fields: Any) -> None:
        para = part_or_para.para if isinstance(part_or_para, Node) else part_or_para
        rule = RULES[rule_id]
        text = para.text
        start = max(0, column - 1 - 10)
        excerpt = text[start: start + 60].replace("\n", " ").strip()
        self.findings.append(Finding(rule_id, rule.severity, para.index, column, excerpt,
                                     rule.message(self.msg_lang, **fields), fix, list(edits)))

    def run(self) -> list[Finding]:
        tree = self.tree
        self.heading()
        self.organ()
        if not tree.operative:
            body = tree.preamble
            anchor = body[0].para if body else (self.doc.paragraphs[0] if self.doc.paragraphs else None)
            if anchor is not None:
                self.add("no-operative", anchor)
        for node in tree.preamble:
            if node.misplaced:
                self.add("preambular-after-operative", node)
        for node in sorted(tree.preamble + tree.operative, key=lambda n: n.para.index):
            self.lead(node)
        self.emphasis_findings()
        self.punctuation()
        self.numbering()
        self.chinese()
        self.citations()
        self.repeats()
        return self.findings

    # heading -----------------------------------------------------------------------------------
    def heading(self) -> None:
        heading = [p for p in self.parts if p.role == "heading"]
        first = self.doc.paragraphs[0] if self.doc.paragraphs else None
        if first is None:
            return
        lowered = [(p, p.text.strip().casefold()) for p in heading]
        fields: dict[str, Node] = {}
        for key, prefixes in HEADING_FIELDS.items():
            for part, text in lowered:
                if text.startswith(prefixes):
                    fields.setdefault(key, part)
        names = {"committee": ("the committee", "委员会"), "topic": ("the topic", "议题"),
                 "sponsors": ("the sponsors", "起草国"), "symbol": ("the document symbol", "文件编号")}
        where = heading[0] if heading else first
        if self.profile == "un":
            symbol = next((p for p, t in lowered if SYMBOL.match(p.text.strip())), None)
            if symbol is None:
                self.add("heading-missing", where, field=names["symbol"][self.msg_lang == "zh"])
            elif "/L." in symbol.text:
                sponsor = next((p for p, t in lowered if t.endswith((": draft resolution", "：决议草案", ":决议草案"))
                                or t.startswith("draft resolution submitted by")), None)
                if sponsor is None:
                    self.add("heading-missing", where, field=names["sponsors"][self.msg_lang == "zh"])
                else:
                    text = sponsor.text.strip()
                    cut = re.split(r"[:：]\s*(?:draft resolution|决议草案)\s*$", text)[0]
                    self.states(sponsor, cut, 0, "sponsors")
            if symbol is not None:
                self.distribution(heading, "/L." in symbol.text)
            self.dates(heading)
            return
        for key in ("committee", "topic", "sponsors"):
            if key not in fields:
                self.add("heading-missing", where, field=names[key][self.msg_lang == "zh"])
        lists: dict[str, list[str]] = {}
        for key in ("sponsors", "signatories"):
            found = fields.get(key)
            if found is None:
                continue
            part = found
            text = part.text
            colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
            lists[key] = self.states(part, text[colon + 1:], colon + 1, key)
        if "sponsors" in fields and self.profile == "thimun":
            co = next((p for p, t in lowered if t.startswith(("co-submitters:", "联合提交国："))), None)
            if co is not None:
                colon = max(co.text.find(":"), co.text.find("："))
                lists["sponsors"] = lists.get("sponsors", []) + self.states(co, co.text[colon + 1:], colon + 1, "sponsors")
        for code in lists.get("signatories", []):
            if code in lists.get("sponsors", []):
                self.add("sponsor-signatory", fields["signatories"], state=self.lib.countries[code].name[self.lang])

    def distribution(self, heading: list[Node], draft: bool) -> None:
        """UN-H02: drafts (/L.) are 'Distr.: Limited', adopted texts 'Distr.: General'."""
        want = "Limited" if draft else "General"
        line = next((p for p in heading if p.text.strip().casefold().startswith("distr")), None)
        if line is None:
            self.add("distribution-line", heading[0] if heading else self.doc.paragraphs[0], want=want,
                     found="-" if self.msg_lang == "en" else "无")
            return
        text = line.text.strip()
        found = text.split(":", 1)[1].strip() if ":" in text else text
        if found != want:
            start = line.text.index(found) if found and found in line.text else len(line.text)
            self.add("distribution-line", line, start + 1, fix=f"Distr.: {want}",
                     edits=[("replace", start, start + len(found), want)] if found else [], want=want, found=found)

    def dates(self, heading: list[Node]) -> None:
        """UN-H03: 'day month year', no comma and no ordinal, in the heading block."""
        pattern = re.compile(r"\b(?:(January|February|March|April|May|June|July|August|September|October|November|"
                             r"December) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})|(\d{1,2})(st|nd|rd|th) (January|February|"
                             r"March|April|May|June|July|August|September|October|November|December),? (\d{4}))\b")
        for part in heading:
            match = pattern.search(part.text)
            if match is None:
                continue
            if match.group(1):
                fixed = f"{int(match.group(2))} {match.group(1)} {match.group(3)}"
            else:
                fixed = f"{int(match.group(4))} {match.group(6)} {match.group(7)}"
            self.add("date-format", part, match.start() + 1, fix=f"write {fixed!r}",
                     edits=[("replace", match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)

    def citations(self) -> None:
        """UN-B15: 'resolution 2165 (2014)' in English, '第2165(2014)号决议' in Chinese."""
        if self.lang == "en":
            pattern = re.compile(r"\bresolutions? (\d{3,4})\((\d{4})\)")
            good = "{0} ({1})"
        else:
            pattern = re.compile(r"第(\d{3,4}) +\((\d{4})\)|第(\d{3,4})（(\d{4})）")
            good = "{0}({1})"
        for part in self.parts:
            if part.role not in ("preambular", "operative", "sub"):
                continue
            for match in pattern.finditer(part.text):
                number = match.group(1) or match.group(3)
                year = match.group(2) or match.group(4)
                bad = match.group(0)
                head = bad[: bad.index(number)]
                fixed = head + good.format(number, year)
                self.add("resolution-citation", part, match.start() + 1, fix=f"write {fixed!r}",
                         edits=[("replace", match.start(), match.end(), fixed)], found=bad, fixed=fixed)

    def states(self, part: Node, text: str, base: int, role: str) -> list[str]:
        """Check a list of State names; return the ISO3 codes recognised."""
        codes: list[str] = []
        position = 0
        for piece in re.split(r"([,;、，；])", text):
            start = position
            position += len(piece)
            if re.fullmatch(r"[,;、，；]", piece):
                continue
            for name, offset in self.split_and(piece):
                name_clean = name.strip().strip("*").strip()
                if not name_clean or name_clean.casefold() in ("none", "无", "n/a", "tbd"):
                    continue
                column = base + start + offset + (len(name) - len(name.lstrip())) + 1
                self.state(part, name_clean, column, codes)
        return codes

    def split_and(self, piece: str) -> list[tuple[str, int]]:
        """Split "A and B" / "A和B" only where both sides are names (so "Trinidad and Tobago" stays whole)."""
        stripped = piece.strip().strip("*").strip()
        if not stripped or self.official(stripped) or self.alias(stripped):
            return [(piece, 0)]
        separator = r"\s+and\s+" if self.lang == "en" else r"和|\s+and\s+"
        for match in re.finditer(separator, piece):
            left, right = piece[: match.start()], piece[match.end():]
            if self.known(left) and (self.known(right) or self.split_and(right) != [(right, 0)]):
                return [(left, 0)] + [(n, match.end() + o) for n, o in self.split_and(right)]
        return [(piece, 0)]

    def known(self, name: str) -> bool:
        name = name.strip().strip("*").strip()
        return bool(name) and bool(self.official(name) or self.alias(name))

    def state(self, part: Node, name: str, column: int, codes: list[str]) -> None:
        found = self.official(name)
        if found is not None:
            codes.append(found)
            return
        official = self.alias(name)
        if official is not None:
            new = self.lib.countries[official].name[self.lang]
            hint = f"; use {new!r}" if self.msg_lang == "en" else f"，应为“{new}”"
            self.add("state-name", part, column, fix=f"'{name}' → '{new}'",
                     edits=[("replace", column - 1, column - 1 + len(name), new)], name=name, suggestion=hint)
            codes.append(official)
            return
        pool = [c.name[self.lang] for c in self.lib.countries.values()]
        close = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
        hint = ""
        if close:
            hint = f"; did you mean {close[0]!r}?" if self.msg_lang == "en" else f"，是否为“{close[0]}”？"
        self.add("state-name", part, column, name=name, suggestion=hint)

    def official(self, name: str) -> str | None:
        for country in self.lib.countries.values():
            if name == country.name[self.lang] or name == country.name.en or name == country.name.zh:
                return country.iso3
        return None

    def alias(self, name: str) -> str | None:
        folded = name.casefold().removeprefix("the ")
        for country in self.lib.countries.values():
            names = (*country.aliases_en, *country.aliases_zh, country.formal.en, country.formal.zh, country.iso3,
                     country.name.en, country.name.zh)
            if folded in (n.casefold().removeprefix("the ") for n in names if n):
                return country.iso3
        return None

    def organ(self) -> None:
        organ = next((p for p in self.parts if p.role == "organ"), None)
        example = {"en": "The General Assembly,", "zh": "大会，"}[self.lang]
        if organ is None:
            first_body = next((p for p in self.parts if p.role in ("preambular", "operative")), None)
            if first_body is not None:
                self.add("organ-line", first_body, end=self.end["organ"], example=example)
            return
        text = organ.text.rstrip()
        if not text.endswith(self.end["organ"]):
            self.terminal(organ, "organ-line", self.end["organ"], example=example)

    # lead phrases -------------------------------------------------------------------------------
    def lead(self, part: Node) -> None:
        column = part.offset + 1
        if not part.content.strip().rstrip(",，;；.。:："):
            return
        emphasised_lead = candidate_lead(part.para, part.offset, self.lang)
        if part.misspelled:
            self.add("lead-misspelled", part, column, fix=f"write {part.misspelled!r}",
                     edits=[("replace", part.offset, part.offset + len(part.lead), part.misspelled)],
                     lead=part.lead, correct=part.misspelled)
            return
        if part.phrase is None:
            if not part.lead:
                return
            if self.lang == "zh" and not self.any_emphasis(part):
                return  # an unemphasised opening in Chinese is no lead phrase to name
            self.add("lead-unknown", part, column, lead=part.lead)
            return
        lead = part.lead
        if len(emphasised_lead) > len(lead) + 2 and self.lang == "en":
            correct = self.phrases.misspelled(emphasised_lead)
            if correct is not None and len(correct) > len(lead) and correct.casefold() != emphasised_lead.casefold():
                self.add("lead-misspelled", part, column, fix=f"write {correct!r}",
                         edits=[("replace", part.offset, part.offset + len(emphasised_lead), correct)],
                         lead=emphasised_lead, correct=correct)
                return
        rest = part.content[len(part.content) - len(part.content.lstrip()) + len(lead):]
        whole_sentence = part.phrase.id == "acting-under-chapter-vii"  # the formula is the whole paragraph
        if not rest.strip().rstrip(",，;；.。:：") and not part.children and not part.continuation and not whole_sentence:
            self.add("empty-clause", part, column)
        if part.phrase.security_council_only and self.profile == "thimun" and not self.security_council():
            self.add("sc-only-phrase", part, column, lead=lead)
        if self.lang == "en" and lead[:1].islower():
            self.add("lead-capital", part, column, fix="capitalise the first letter",
                     edits=[("replace", part.offset, part.offset + 1, lead[0].upper())], lead=lead)
        wanted = self.wanted_emphasis(part.role)
        got = self.lead_emphasis(part)
        self.leads += 1
        if not got & set(wanted):
            self.unemphasised.append((part, lead, wanted))

    def emphasis_findings(self) -> None:
        """One finding per lead without emphasis, or one for the document when most leads lack it."""
        words = {"italic": ("in italics", "使用斜体"), "bold": ("in bold", "使用粗体"), "underline": ("underlined", "加下划线")}
        joiner = " or " if self.msg_lang == "en" else "或"
        if len(self.unemphasised) >= 3 and len(self.unemphasised) * 2 > self.leads:
            part, lead, wanted = self.unemphasised[0]
            default = self.dominant if self.dominant in wanted else wanted[0]
            edits = [("emphasis", p.offset, p.offset + len(l), default, p.para.index) for p, l, _ in self.unemphasised]
            self.add("lead-emphasis-document", part, part.offset + 1,
                     fix=f"make every lead phrase {words[default][0]}", edits=edits, count=len(self.unemphasised),
                     total=self.leads, want=joiner.join(words[w][self.msg_lang == "zh"] for w in wanted))
            return
        for part, lead, wanted in self.unemphasised:
            default = self.dominant if self.dominant in wanted else wanted[0]
            want = joiner.join(words[w][self.msg_lang == "zh"] for w in wanted)
            self.add("lead-emphasis", part, part.offset + 1, fix=f"make the lead phrase {words[default][0]}",
                     edits=[("emphasis", part.offset, part.offset + len(lead), default)], lead=lead, want=want)

    def lead_emphasis(self, part: Node) -> set[str]:
        """Emphasis of the lead: its first word in English ("*Calls* upon"); in Chinese any emphasised
        characters of the opening (最强烈地**谴责**, 根据…**采取行动**)."""
        if self.lang == "en":
            words = re.match(r"\S+", part.lead)
            end = part.offset + (words.end() if words else len(part.lead))
            return self.emphasis_of(part.para, part.offset, end)
        return self.opening_emphasis(part)

    def opening_emphasis(self, part: Node) -> set[str]:
        content = part.content
        prefix = ZH_PREFIX.match(content)  # 在这方面，**鼓励**: the verb after the prefix carries the emphasis
        skip = prefix.end() if prefix else 0
        cut = re.search(r"[，,；;：:]", content[skip:])
        end = part.offset + skip + min(cut.start() if cut else len(content) - skip, 40)
        kinds: set[str] = set()
        pos = 0
        for run in part.para.runs:
            run_end = pos + len(run.text)
            if run_end > part.offset and pos < end and CJK.search(run.text[max(0, part.offset - pos): end - pos]):
                kinds |= {k for k, on in (("italic", run.italic), ("bold", run.bold), ("underline", run.underline)) if on}
            pos = run_end
        return kinds

    def any_emphasis(self, part: Node) -> bool:
        return bool(self.opening_emphasis(part))

    def dominant_emphasis(self) -> str:
        """The emphasis most lead phrases of this document already carry (for --fix)."""
        counts: dict[str, int] = {}
        for node in self.tree.preamble + self.tree.operative:
            if node.phrase is None:
                continue
            for kind in self.lead_emphasis(node):
                counts[kind] = counts.get(kind, 0) + 1
        wanted = self.wanted_emphasis("operative")
        if not counts:
            return wanted[0]
        return max(counts, key=lambda k: (counts[k], k in wanted))

    def wanted_emphasis(self, role: str) -> list[str]:
        """Accepted emphasis, the profile's default first. Chinese shows UN italics as bold (slanted CJK is no italic)."""
        if self.profile == "un":
            return ["italic"] if self.lang == "en" else ["bold", "italic"]
        if self.profile == "cn-mun":
            return ["underline", "italic", "bold"]
        wanted = ["italic", "underline"] if role == "preambular" else ["underline", "italic"]
        if self.lang == "zh":
            wanted = [("bold" if w == "italic" else w) for w in wanted] + ["italic"]
        return wanted

    def emphasis_of(self, para: reader.Paragraph, start: int, end: int) -> set[str]:
        """Emphasis kinds that cover every non-space character of [start, end)."""
        kinds = {"italic", "bold", "underline"}
        pos = 0
        for run in para.runs:
            run_end = pos + len(run.text)
            if run_end > start and pos < end:
                piece = run.text[max(0, start - pos): end - pos]
                if piece.strip():
                    have = {k for k, on in (("italic", run.italic), ("bold", run.bold), ("underline", run.underline)) if on}
                    kinds &= have
            pos = run_end
        return kinds

    def security_council(self) -> bool:
        organ = self.tree.organ
        return bool(organ and ("Security Council" in organ.text or "安全理事会" in organ.text
                               or "SECURITY COUNCIL" in organ.text))

    # punctuation --------------------------------------------------------------------------------
    def terminal(self, part: Node, rule_id: str, end: str, **fields: Any) -> None:
        text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
        if not text:
            return
        last = text[-1]
        if last == end:
            return
        replaceable = last in ",;.:，；。：" or last in FULL_TO_HALF or last in HALF_TO_FULL
        start = len(text) - 1 if replaceable else len(text)
        stop = len(text)
        fields.setdefault("end", end)
        self.add(rule_id, part, len(text), fix=f"end it with {end!r}", edits=[("replace", start, stop, end)], **fields)

    def punctuation(self) -> None:
        for part in self.tree.preamble:
            if part.content.strip():
                self.terminal(part, "preambular-end", self.end["preambular"])
        operatives = self.tree.operative
        last_index = len(operatives) - 1
        for i, op in enumerate(operatives):
            is_last = i == last_index
            if op.continuation:
                continue  # quoted or continued text: its end is the end of the last continuation
            if op.children:
                self.chapeau(op)
                self.subs(op.children, is_last)
            else:
                self.terminal(op, "final-stop" if is_last else "operative-end",
                              self.end["last"] if is_last else self.end["operative"])
        final_leaf = operatives[-1] if operatives else None
        while final_leaf is not None and final_leaf.children:
            final_leaf = final_leaf.children[-1]
        for part in self.tree.preamble + list(self.tree.walk()):
            self.stray_stops(part, is_final=part is final_leaf)

    def chapeau(self, part: Node) -> None:
        """A paragraph introducing sub-paragraphs ends with a colon, or with a word ("… shall")."""
        text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
        if text and (text[-1].isalnum() or CJK.match(text[-1])):
            return
        self.terminal(part, "chapeau-colon", self.end["chapeau"])

    def subs(self, subs: list[Node], last_paragraph: bool) -> None:
        for j, sub in enumerate(subs):
            final = last_paragraph and j == len(subs) - 1
            if sub.continuation:
                continue
            if sub.children:
                self.chapeau(sub)
                self.subs(sub.children, final)
                continue
            text = FOOTNOTE_MARK.sub(r"\1", sub.text.rstrip())
            if final:
                self.terminal(sub, "final-stop", self.end["last"])
            elif text.endswith(LIST_JOINERS) or (sub.kind == "bullet" and text[-1:] in ",，;；"):
                continue
            elif self.profile != "un" and text.endswith("," if self.lang == "en" else "，"):
                continue  # MUN-F06: sub-clauses may end with a comma outside UN style
            elif j < len(subs) - 1 or not last_paragraph:
                self.terminal(sub, "sub-end", self.end["sub"])

    def stray_stops(self, part: Node, is_final: bool) -> None:
        text = FOOTNOTE_MARK.sub(r"\1", part.text.rstrip())
        body = text[:-1] if text.endswith((".", "。")) else text
        if self.lang == "zh":
            outside = _outside_quotes(body)
            for m in re.finditer("。", outside[part.offset:]):
                self.add("stray-full-stop", part, part.offset + m.start() + 1)
                return
            return
        outside = _outside_quotes(body)
        for m in re.finditer(r"\.(?=\s+[A-Z])", outside):
            if m.start() < part.offset:
                continue
            word = re.findall(r"([A-Za-z.]+)$", body[: m.start()])
            token = word[0].casefold() if word else ""
            if token in ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"([a-z]\.)+[a-z]", token):
                continue
            self.add("stray-full-stop", part, m.start() + 1)
            return

    # numbering -----------------------------------------------------------------------------------
    def numbering(self) -> None:
        operatives = self.tree.operative
        unnumbered = [p for p in operatives if not p.auto and not p.label]
        if self.tree.by_phrases:
            if len(unnumbered) > 1:  # a one-paragraph resolution is not numbered; more must be
                self.add("numbering-absent", unnumbered[0], count=len(unnumbered))
        else:
            for part in unnumbered:
                self.add("operative-unnumbered", part)
        typed = [p for p in operatives if not p.auto and p.label]
        auto = [p for p in operatives if p.auto]
        for part in auto:  # a typed number on top of Word's own
            typed_number = TYPED_NUMBER.match(part.text)
            if part.offset and typed_number:
                self.add("numbering-mixed", part, 1, fix="remove the typed number",
                         edits=[("replace", 0, typed_number.end(), "")])
        if typed and auto:
            num_id = auto[0].para.num_id
            for part in typed:
                typed_number = TYPED_NUMBER.match(part.text)
                if typed_number is None:
                    continue
                self.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                         edits=[("numbering", 0, typed_number.end(), num_id)])
            return  # the sequence is only meaningful once one kind of numbering is used
        # Compare each number with its position; one finding where the numbering goes off, carrying the
        # renumbering of every paragraph that follows it off by the same amount (a gap is one finding).
        sections = sorted(x.para.index for x in self.tree.sections)
        correct, last_index, drift = 0, 0, 0
        current: Finding | None = None
        for part in operatives:
            after_section = any(last_index < x < part.para.index for x in sections)
            last_index = part.para.index
            found = int(part.label) if part.label.isdigit() else None
            correct = 1 if after_section and found == 1 else correct + 1
            if found is None:
                continue
            delta = found - correct
            if delta == 0:
                drift, current = 0, None
                continue
            start = len(part.text) - len(part.text.lstrip())
            edit = ("replace", start, start + len(part.label), str(correct), part.para.index)
            if delta == drift and current is not None:
                if not part.auto:
                    current.edits.append(edit)
                continue
            drift = delta
            if part.auto:
                self.add("numbering-sequence", part, found=f"{part.label}.", expected=f"{correct}.")
            else:
                self.add("numbering-sequence", part, start + 1, fix=f"renumber from {correct}",
                         edits=[edit], found=f"{part.label}.", expected=f"{correct}.")
            current = self.findings[-1]
        for op in operatives:
            self.sub_labels(op.children, 1)

    def sub_labels(self, subs: list[Node], depth: int) -> None:
        counts: dict[str, int] = {}
        for sub in subs:
            counts[sub.kind] = counts.get(sub.kind, 0) + 1
            n = counts[sub.kind]
            expected = expected_label(sub.kind, n)
            if expected is not None and normal(sub.label) != normal(expected) and not (
                    sub.kind == "zh-paren" and bare(sub.label) == zh_number(n)):
                if sub.auto:
                    self.add("sub-label-sequence", sub, found=sub.label, expected=expected)
                else:
                    start = len(sub.text) - len(sub.text.lstrip())
                    fixed = same_shape(sub.label, expected)
                    self.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}",
                             edits=[("replace", start, start + len(sub.label), fixed)], found=sub.label, expected=fixed)
            elif sub.kind not in self.allowed_kinds(depth) and sub.kind in STYLED_KINDS:
                self.add("sub-label-style", sub, found=sub.label, expected=self.example_label(depth),
                         profile=self.profile)
            self.sub_labels(sub.children, depth + 1)

    def allowed_kinds(self, depth: int) -> set[str]:
        if self.profile == "un":
            table = {1: {"letter"}, 2: {"roman", "zh-circled", "zh-paren"}, 3: {"letter-dot"}, 4: {"roman-dot"}}
        elif self.profile == "thimun":
            table = {1: {"letter-close", "letter", "letter-dot"}, 2: {"roman-dot", "roman", "roman-close"},
                     3: {"letter-dot"}, 4: {"roman-dot"}}
        else:
            table = {1: {"letter", "letter-dot", "letter-close"},
                     2: {"roman", "roman-dot", "roman-close", "zh-circled", "zh-paren"},
                     3: {"letter-dot", "letter"}, 4: {"roman-dot"}}
        return table.get(depth, STYLED_KINDS)

    def example_label(self, depth: int) -> str:
        if self.profile == "thimun":
            return {1: "a)", 2: "i."}.get(depth, "a.")
        if self.profile == "un" and self.lang == "zh" and depth == 2:
            return "㈠"
        return {1: "(a)", 2: "(i)", 3: "a.", 4: "i."}.get(depth, "(a)")

    # Chinese -------------------------------------------------------------------------------------
    def chinese(self) -> None:
        if self.lang != "zh":
            return
        missing_font: Node | None = None
        for part in self.parts:
            if part.role in ("empty", "annex", "table"):
                continue
            text = part.text
            if not CJK.search(text):
                continue
            for position, char in half_width_in_chinese(text):
                if part.role == "heading" and char == ":" and text.strip().startswith(("Distr", "Original")):
                    continue
                if text.endswith(char) and position == len(text.rstrip()) - 1 and part.role in ("preambular", "operative", "sub", "organ"):
                    continue  # the paragraph-end rules report (and fix) the final mark
                full = HALF_TO_FULL[char]
                self.add("half-width-zh", part, position + 1, fix=f"'{char}' → '{full}'",
                         edits=[("replace", position, position + 1, full)], char=char, full=full)
            if missing_font is None and any(CJK.search(r.text) and not r.east_asia for r in part.para.runs):
                missing_font = part
        if missing_font is not None:  # a document-wide setting: one finding, fixed everywhere
            self.add("east-asian-font", missing_font, fix="set the East Asian font to SimSun",
                     edits=[("east-asia-document", 0, 0, "SimSun")])

    def repeats(self) -> None:
        seen: dict[str, int] = {}
        empties = 0
        first_empty: Node | None = None
        for part in self.parts:
            if part.role == "empty":
                empties += 1
                first_empty = first_empty or part
                continue
            if empties >= 3 and first_empty is not None:
                self.add("empty-paragraphs", first_empty, count=empties)
            empties, first_empty = 0, None
            if part.role not in ("preambular", "operative", "sub"):
                continue
            key = re.sub(r"\s+", " ", part.content.strip().rstrip(",，;；.。:："))
            if len(key) < 12:
                continue
            if key in seen:
                self.add("duplicate-paragraph", part, first=seen[key])
            else:
                seen[key] = part.para.index


def _outside_quotes(text: str) -> str:
    """Text with quoted passages blanked out (same length), so marks inside quotations are ignored."""
    out = list(text)
    depth = 0
    for i, char in enumerate(text):
        if char in "“「《":
            depth += 1
        elif char in "”」》" and depth:
            depth -= 1
            continue
        if depth:
            out[i] = " "
    return "".join(out)


def is_position_paper(doc: reader.Document) -> bool:
    """A position paper (drafter's own or by hand) has that title near the top and no numbered clauses."""
    titles = {"position paper", "立场文件"}
    return any(p.text.strip().casefold() in titles for p in doc.paragraphs[:12])


def check_document(doc: reader.Document, lib: Library, *, profile: str | None = None, lang: str | None = None,
                   disabled: Iterable[str] = (), min_severity: str = "suggestion") -> Report:
    language = detect_language(doc)
    if is_position_paper(doc):
        return Report(str(doc.path), language, "position-paper", [])
    chosen = profile or guess_profile(doc, language)
    checker = _Checker(doc, lib, language, chosen, lang or language)
    findings = checker.run()
    threshold = SEVERITIES.index(min_severity)
    skip = set(disabled)
    findings = [f for f in findings if f.rule not in skip and SEVERITIES.index(f.severity) <= threshold]
    findings.sort(key=lambda f: (f.paragraph, f.column))
    notes = []
    if checker.tree.by_phrases:
        notes.append("no numbered paragraphs: preambular and operative paragraphs were told apart by their lead phrases"
                     if (lang or language) == "en" else "无编号段落：序言段和执行段按引导词区分")
    return Report(str(doc.path), language, chosen, findings, notes)


def check_file(path: Path, lib: Library, **options: Any) -> tuple[Report, reader.Document]:
    doc = reader.read(path)
    return check_document(doc, lib, **options), doc
