"""``drafter check``: split a .docx draft into its parts, run the rules, report findings.

The structure analysis (heading block, organ line, preambular and operative parts, sub-paragraphs)
works on :mod:`drafter.reader` paragraphs, so any author's document can be checked.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from drafter import reader
from drafter.library import Library
from drafter.model import Phrase
from drafter.numbering import ZH_PAREN, letters, roman
from drafter.punctuation import END, FULL_TO_HALF, HALF_TO_FULL, half_width_in_chinese
from drafter.rules import RULES, SEVERITIES

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
TYPED_NUMBER = re.compile(r"^\s*(\d+)\s*[.．、]\s*")
TYPED_SUB = re.compile(r"^\s*(\([a-z]{1,4}\)|（[a-z]{1,4}）|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|[㈠-㈩]|"
                       r"[a-z]{1,3}\)|[a-z]{1,4}\.)\s*(?=\S)")
SYMBOL = re.compile(r"^(A|S|E|CCPCJ)/[A-Z0-9./\- ]*\d")
CLOSING = re.compile(r"^(\d+(st|nd|rd|th) plenary meeting|第\d+次全体会议|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}年\d{1,2}月\d{1,2}日)$")
ABBREVIATIONS = {"no", "nos", "art", "arts", "para", "paras", "rev", "add", "corr", "vol", "e.g", "i.e", "etc", "st",
                 "mr", "mrs", "ms", "dr", "p", "pp", "v", "vs", "al", "chap", "sect", "u.s", "u.n", "inc", "co", "ltd"}
KNOWN_ORGANS = {
    "en": ["The General Assembly", "The Security Council", "The Economic and Social Council", "The Human Rights Council",
           "The Commission on Crime Prevention and Criminal Justice", "The Commission on Narcotic Drugs",
           "The Commission on the Status of Women", "The Conference of the States Parties"],
    "zh": ["大会", "安全理事会", "经济及社会理事会", "经社理事会", "人权理事会", "预防犯罪和刑事司法委员会", "麻醉药品委员会",
           "妇女地位委员会", "缔约国会议"],
}
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
class Part:
    para: reader.Paragraph
    role: str  # heading | organ | preambular | operative | sub | closing | empty | other
    label: str = ""
    auto: bool = False
    level: int = 0
    offset: int = 0  # first character of the content after a typed label
    lead: str = ""
    phrase: Phrase | None = None
    children: list["Part"] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.para.text

    @property
    def content(self) -> str:
        return self.para.text[self.offset:]


@dataclass
class Report:
    file: str
    language: str
    profile: str
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")


class _Phrases:
    """Lead-phrase forms of the library, longest first, for one language."""

    def __init__(self, lib: Library, lang: str) -> None:
        self.lang = lang
        forms: list[tuple[str, Phrase]] = []
        for phrase in lib.phrases.values():
            for form in phrase.forms(lang):
                if form:
                    forms.append((form, phrase))
        forms.sort(key=lambda f: -len(f[0]))
        self.forms = forms
        self.by_lower = {f.casefold(): p for f, p in forms}

    def match(self, text: str) -> tuple[str, Phrase] | None:
        found = self.matches(text)
        return found[0] if found else None

    def matches(self, text: str) -> list[tuple[str, Phrase]]:
        """Every phrase form the text starts with, longest first ("Taking note of", then "Taking note")."""
        stripped = text.lstrip()
        out = []
        for form, phrase in self.forms:
            if self.lang == "en":
                head = stripped[: len(form)]
                rest = stripped[len(form): len(form) + 1]
                if head.casefold() == form.casefold() and (not rest or not rest.isalpha()):
                    out.append((head, phrase))
            elif stripped.startswith(form):
                out.append((form, phrase))
        return out

    def nearest(self, candidate: str) -> str | None:
        pool = list({f for f, _ in self.forms})
        close = difflib.get_close_matches(candidate, pool, n=1, cutoff=0.6)
        if not close and self.lang == "en":
            lowered = {f.casefold(): f for f in pool}
            close = [lowered[c] for c in difflib.get_close_matches(candidate.casefold(), list(lowered), n=1, cutoff=0.6)]
        return close[0] if close else None


def detect_language(doc: reader.Document) -> str:
    cjk = sum(len(CJK.findall(p.text)) for p in doc.paragraphs)
    latin = sum(len(LATIN.findall(p.text)) for p in doc.paragraphs)
    return "zh" if cjk and cjk * 3 >= latin else "en"


def guess_profile(doc: reader.Document, lang: str) -> str:
    texts = [p.text.strip() for p in doc.paragraphs[:40] if p.text.strip()]
    lowered = [t.casefold() for t in texts]
    if any(t.startswith(("forum:", "question of:", "submitted by:", "co-submitters:", "论坛：", "主提交国：")) for t in lowered):
        return "thimun"
    if any(SYMBOL.match(t) or t.startswith("distr.") for t in texts):
        return "un"
    if any(t.startswith(("委员会：", "委员会:", "起草国：", "起草国:", "草案编号")) for t in texts) or "决议草案" in texts:
        return "cn-mun"
    if any(t.startswith("draft number:") for t in lowered) or "draft resolution" in lowered:
        return "cn-mun"
    if any(t.startswith(("committee:", "topic:", "sponsors:", "signatories:")) for t in lowered):
        return "cn-mun" if lang == "zh" else "una-usa"
    return "un" if lang == "en" else "cn-mun"


# -- structure ------------------------------------------------------------------------------------


def _is_organ(text: str, lang: str, organs: list[str], phrases: _Phrases) -> bool:
    stripped = text.strip()
    bare = stripped.rstrip(",，:：").strip()
    if not bare or len(bare) > 90:
        return False
    if any(bare.casefold() == o.casefold() for o in organs):
        return True
    if phrases.match(bare):
        return False
    if lang == "zh":
        return stripped.endswith("，") and len(bare) <= 25 and "：" not in bare and ":" not in bare
    return stripped.endswith(",") and (bare.startswith("The ") or (bare.isupper() and bare.startswith("THE ")))


def _typed_sub_level(label: str, previous: str | None, profile: str) -> int:
    inner = label.strip("()（）.)")
    if label[0] in ZH_PAREN or re.fullmatch(r"[一二三四五六七八九十]+", inner):
        return 2
    is_roman = bool(re.fullmatch(r"[ivxlcdm]+", inner))
    is_letter = bool(re.fullmatch(r"[a-z]{1,4}", inner)) and len(set(inner)) == 1
    if label.endswith(")") and not label.startswith("("):  # a) style: THIMUN level 1
        return 1 if is_letter and not (is_roman and previous and previous != "1") else 2
    if label.endswith("."):
        if profile == "un":
            return 3 if is_letter and not is_roman else 4
        return 1 if is_letter and not (is_roman and previous == "1") else 2
    if is_roman and not is_letter:
        return 2
    if is_roman and is_letter:  # (i), (v), (x): letter only if it continues the letter sequence
        expected_letter = letters(ord(inner[0]) - ord("a") + 1) if previous == "1" else None
        return 1 if previous == "1" and expected_letter == inner else 2
    return 1


def analyse(doc: reader.Document, lib: Library, lang: str, profile: str) -> list[Part]:
    """Classify every paragraph: heading, organ, preambular, operative (with sub-paragraphs), closing."""
    phrases = _Phrases(lib, lang)
    organs = KNOWN_ORGANS[lang] + [c.organ[lang] for c in lib.committees.values()]
    parts: list[Part] = []
    organ_index = None
    first_body = None
    for i, para in enumerate(doc.paragraphs):
        if para.in_table:
            continue
        text = para.text.strip()
        label_like = re.match(r"^[^\s:：]{1,25}[:：]", text)
        if (para.num_id is not None and para.level == 0) or TYPED_NUMBER.match(text):
            first_body = i
            break
        matched = phrases.match(text)
        if matched and not label_like and len(text) > len(matched[0]) + 3:
            first_body = i
            break
    if first_body is not None:
        for i in range(first_body - 1, -1, -1):
            para = doc.paragraphs[i]
            if not para.text.strip() or para.in_table:
                continue
            if _is_organ(para.text, lang, organs, phrases):
                organ_index = i
                break
    body_start = (organ_index + 1) if organ_index is not None else (first_body if first_body is not None else len(doc.paragraphs))
    for para in doc.paragraphs[:body_start]:
        role = "organ" if organ_index is not None and para is doc.paragraphs[organ_index] else "heading"
        parts.append(Part(para, role))
    in_operative = False
    last_operative: Part | None = None
    stack: list[Part] = []
    finished = False
    for para in doc.paragraphs[body_start:]:
        text = para.text
        if not text.strip():
            parts.append(Part(para, "empty"))
            continue
        if finished or para.in_table:
            parts.append(Part(para, "other"))
            continue
        if in_operative and CLOSING.match(text.strip()):
            parts.append(Part(para, "closing"))
            continue
        if text.strip() in ("Annex", "附件"):
            finished = True
            parts.append(Part(para, "other"))
            continue
        part = Part(para, "preambular")
        number = TYPED_NUMBER.match(text)
        sub = TYPED_SUB.match(text) if in_operative else None
        if para.num_id is not None and para.level is not None:
            part.auto, part.label, part.level = True, para.label, para.level
            part.role = "operative" if para.level == 0 else "sub"
            typed = TYPED_NUMBER.match(text) if para.level == 0 else TYPED_SUB.match(text)
            if typed:  # typed on top of automatic numbering: keep it visible to the numbering rule
                part.offset = typed.end()
        elif number:
            part.role, part.label, part.offset, part.level = "operative", number.group(1), number.end(), 0
        elif sub and last_operative is not None:
            previous = stack[-1].label.strip("()（）.)") if stack else None
            level = _typed_sub_level(sub.group(1), "1" if stack and stack[-1].level == 1 else previous, profile)
            part.role, part.label, part.offset, part.level = "sub", sub.group(1), sub.end(), level
        else:
            matched = phrases.match(text)
            if matched and matched[1].kind == "operative" and (in_operative or not _preambular_form(text, phrases)):
                part.role = "operative"
                part.level = 0
        content = text[part.offset:]
        candidates = phrases.matches(content)
        if part.role in ("preambular", "operative"):
            if candidates:
                offset = len(content) - len(content.lstrip())
                start = part.offset + offset
                # the longest form whose words are all emphasised, else the longest form
                emphasised = [c for c in candidates if _emphasised(para, start, start + len(c[0]))]
                form, phrase = (emphasised or candidates)[0]
                part.lead, part.phrase = content[offset: offset + len(form)], phrase
                part.offset = start
            else:
                part.lead = _candidate_lead(para, part.offset, lang)
        if part.role == "operative":
            in_operative = True
            last_operative = part
            stack = []
        elif part.role == "sub" and last_operative is not None:
            while stack and stack[-1].level >= part.level:
                stack.pop()
            (stack[-1].children if stack else last_operative.children).append(part)
            stack.append(part)
        elif part.role == "sub":
            part.role = "preambular"
        parts.append(part)
    return parts


def _emphasised(para: reader.Paragraph, start: int, end: int) -> bool:
    pos = 0
    for run in para.runs:
        run_end = pos + len(run.text)
        if run_end > start and pos < end and run.text[max(0, start - pos): end - pos].strip():
            if not (run.italic or run.bold or run.underline):
                return False
        pos = run_end
    return True


def _preambular_form(text: str, phrases: _Phrases) -> bool:
    matched = phrases.match(text)
    return bool(matched and matched[1].kind == "preambular")


def _candidate_lead(para: reader.Paragraph, offset: int, lang: str) -> str:
    """The emphasised opening words, or the first word (two characters in Chinese)."""
    pos, lead = 0, ""
    for run in para.runs:
        end = pos + len(run.text)
        if end <= offset:
            pos = end
            continue
        piece = run.text[max(0, offset - pos):]
        if run.italic or run.underline or run.bold:
            lead += piece
            pos = end
            continue
        break
    lead = lead.strip()
    if lead and len(lead) < 60:
        return lead.rstrip(",，:：;；")
    content = para.text[offset:].strip()
    if lang == "zh":
        return content[:2]
    words = content.split()
    return words[0].rstrip(",;:.") if words else ""


# -- rules ------------------------------------------------------------------------------------------


class _Checker:
    def __init__(self, doc: reader.Document, lib: Library, lang: str, profile: str, msg_lang: str) -> None:
        self.doc, self.lib, self.lang, self.profile, self.msg_lang = doc, lib, lang, profile, msg_lang
        self.findings: list[Finding] = []
        self.parts = analyse(doc, lib, lang, profile)
        self.end = END[lang]

    def add(self, rule_id: str, part_or_para: Any, column: int = 1, fix: str = "",
            edits: Iterable[tuple[Any, ...]] = (), **fields: Any) -> None:
        para = part_or_para.para if isinstance(part_or_para, Part) else part_or_para
        rule = RULES[rule_id]
        text = para.text
        start = max(0, column - 1 - 10)
        excerpt = text[start: start + 60].replace("\n", " ").strip()
        self.findings.append(Finding(rule_id, rule.severity, para.index, column, excerpt,
                                     rule.message(self.msg_lang, **fields), fix, list(edits)))

    def run(self) -> list[Finding]:
        body = [p for p in self.parts if p.role in ("preambular", "operative")]
        operatives = [p for p in self.parts if p.role == "operative"]
        self.heading()
        self.organ()
        if not operatives:
            anchor = body[0].para if body else (self.doc.paragraphs[0] if self.doc.paragraphs else None)
            if anchor is not None:
                self.add("no-operative", anchor)
        seen_operative = False
        for part in body:
            if part.role == "operative":
                seen_operative = True
            elif seen_operative:
                self.add("preambular-after-operative", part)
            self.lead(part)
        self.punctuation(operatives)
        self.numbering(operatives)
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
        fields: dict[str, Part] = {}
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

    def distribution(self, heading: list[Part], draft: bool) -> None:
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

    def dates(self, heading: list[Part]) -> None:
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

    def states(self, part: Part, text: str, base: int, role: str) -> list[str]:
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

    def state(self, part: Part, name: str, column: int, codes: list[str]) -> None:
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
    def lead(self, part: Part) -> None:
        column = part.offset + 1
        if not part.content.strip().rstrip(",，;；.。:："):
            return
        if part.phrase is None:
            nearest = _Phrases(self.lib, self.lang).nearest(part.lead) if part.lead else None
            hint = ""
            if nearest:
                hint = f"; did you mean {nearest!r}?" if self.msg_lang == "en" else f"，是否为“{nearest}”？"
            if part.lead:
                self.add("lead-unknown", part, column, lead=part.lead, suggestion=hint)
            return
        lead = part.lead
        if not part.content[len(part.content) - len(part.content.lstrip()) + len(lead):].strip().rstrip(",，;；.。:："):
            self.add("empty-clause", part, column)
        if part.phrase.security_council_only and self.profile != "un" and not self.security_council():
            self.add("sc-only-phrase", part, column, lead=lead)
        if self.lang == "en" and lead[:1].islower():
            self.add("lead-capital", part, column, fix="capitalise the first letter",
                     edits=[("replace", part.offset, part.offset + 1, lead[0].upper())], lead=lead)
        wanted = self.wanted_emphasis(part.role)
        got = self.emphasis_of(part.para, part.offset, part.offset + len(lead))
        if not got & set(wanted):
            default = wanted[0]
            words = {"italic": ("in italics", "使用斜体"), "bold": ("in bold", "使用粗体"),
                     "underline": ("underlined", "加下划线")}
            want = (" or " if self.msg_lang == "en" else "或").join(words[w][self.msg_lang == "zh"] for w in wanted)
            self.add("lead-emphasis", part, column, fix=f"make the lead phrase {words[default][0]}",
                     edits=[("emphasis", part.offset, part.offset + len(lead), default)], lead=lead, want=want)

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
        organ = next((p for p in self.parts if p.role == "organ"), None)
        return bool(organ and ("Security Council" in organ.text or "安全理事会" in organ.text
                               or "SECURITY COUNCIL" in organ.text))

    # punctuation --------------------------------------------------------------------------------
    def terminal(self, part: Part, rule_id: str, end: str, **fields: Any) -> None:
        text = part.text.rstrip()
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

    def punctuation(self, operatives: list[Part]) -> None:
        for part in self.parts:
            if part.role == "preambular" and part.content.strip():
                self.terminal(part, "preambular-end", self.end["preambular"])
        last_index = len(operatives) - 1
        for i, op in enumerate(operatives):
            is_last = i == last_index
            if op.children:
                self.terminal(op, "chapeau-colon", self.end["chapeau"])
                self.subs(op.children, is_last)
            else:
                self.terminal(op, "final-stop" if is_last else "operative-end",
                              self.end["last"] if is_last else self.end["operative"])
        final = operatives[-1] if operatives else None
        final_leaf = final
        while final_leaf is not None and final_leaf.children:
            final_leaf = final_leaf.children[-1]
        for part in self.parts:
            if part.role not in ("preambular", "operative", "sub"):
                continue
            self.stray_stops(part, is_final=part is final_leaf)

    def subs(self, subs: list[Part], last_paragraph: bool) -> None:
        for j, sub in enumerate(subs):
            final = last_paragraph and j == len(subs) - 1
            if sub.children:
                self.terminal(sub, "chapeau-colon", self.end["chapeau"])
                self.subs(sub.children, final)
                continue
            text = sub.text.rstrip()
            if final:
                self.terminal(sub, "final-stop", self.end["last"])
            elif self.profile != "un" and text.endswith(("," if self.lang == "en" else "，")):
                continue  # MUN-F06: sub-clauses may end with a comma outside UN style
            else:
                self.terminal(sub, "sub-end", self.end["sub"])

    def stray_stops(self, part: Part, is_final: bool) -> None:
        text = part.text.rstrip()
        body = text[:-1] if text.endswith((".", "。")) else text
        if self.lang == "zh":
            for m in re.finditer("。", body[part.offset:]):
                self.add("stray-full-stop", part, part.offset + m.start() + 1)
                return
            return
        for m in re.finditer(r"\.(?=\s+[A-Z])", body):
            if m.start() < part.offset:
                continue
            word = re.findall(r"([A-Za-z.]+)$", body[: m.start()])
            token = word[0].casefold() if word else ""
            if token in ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"([a-z]\.)+[a-z]", token):
                continue
            self.add("stray-full-stop", part, m.start() + 1)
            return

    # numbering -----------------------------------------------------------------------------------
    def numbering(self, operatives: list[Part]) -> None:
        typed = [p for p in operatives if not p.auto and p.label]
        auto = [p for p in operatives if p.auto]
        unnumbered = [p for p in operatives if not p.auto and not p.label]
        for part in unnumbered:
            self.add("operative-unnumbered", part)
        double = [p for p in auto if p.offset and TYPED_NUMBER.match(p.text)]
        for part in double:  # a typed number on top of Word's own
            typed_number = TYPED_NUMBER.match(part.text)
            assert typed_number is not None
            self.add("numbering-mixed", part, 1, fix="remove the typed number",
                     edits=[("replace", 0, typed_number.end(), "")])
        if typed and auto:
            num_id = auto[0].para.num_id
            for part in typed:
                typed_number = TYPED_NUMBER.match(part.text)
                assert typed_number is not None
                self.add("numbering-mixed", part, 1, fix="use Word's numbering like the other paragraphs",
                         edits=[("numbering", 0, typed_number.end(), num_id)])
            return  # the sequence is only meaningful once one kind of numbering is used
        expected = 1
        for part in operatives:
            if part.auto:
                found = part.label.rstrip(".")
                if found != str(expected):
                    self.add("numbering-sequence", part, found=part.label, expected=f"{expected}.")
            elif part.label and part.label != str(expected):
                start = len(part.text) - len(part.text.lstrip())
                self.add("numbering-sequence", part, start + 1, fix=f"renumber as {expected}",
                         edits=[("replace", start, start + len(part.label), str(expected))],
                         found=f"{part.label}.", expected=f"{expected}.")
            expected += 1
        for op in operatives:
            self.sub_labels(op.children, 1)

    def sub_labels(self, subs: list[Part], level: int) -> None:
        for n, sub in enumerate(subs, 1):
            expected = self.expected_label(n, sub.level)
            found = sub.label
            allowed = self.allowed_labels(n, sub.level)
            if found not in allowed and self.normal(found) not in {self.normal(a) for a in allowed}:
                if self.normal(found) in {self.normal(self.any_label(n, sub.level, style)) for style in range(4)}:
                    self.add("sub-label-style", sub, found=found, expected=expected, profile=self.profile)
                elif not sub.auto:
                    start = len(sub.text) - len(sub.text.lstrip())
                    fixed = self.same_style(found, n, sub.level)
                    self.add("sub-label-sequence", sub, start + 1, fix=f"relabel as {fixed}",
                             edits=[("replace", start, start + len(found), fixed)], found=found, expected=fixed)
                else:
                    self.add("sub-label-sequence", sub, found=found, expected=expected)
            self.sub_labels(sub.children, level + 1)

    @staticmethod
    def normal(label: str) -> str:
        return label.replace("（", "(").replace("）", ")")

    def expected_label(self, n: int, level: int) -> str:
        return self.allowed_labels(n, level)[0]

    def allowed_labels(self, n: int, level: int) -> list[str]:
        zh_second = [ZH_PAREN[n - 1]] if n <= 10 else []
        zh_counting = f"({_zh_number(n)})"
        if self.profile == "un":
            table = {1: [f"({letters(n)})"], 2: [f"({roman(n)})"] + (zh_second + [zh_counting] if self.lang == "zh" else []),
                     3: [f"{letters(n)}."], 4: [f"{roman(n)}."]}
        elif self.profile == "thimun":
            table = {1: [f"{letters(n)})", f"({letters(n)})", f"{letters(n)}."],
                     2: [f"{roman(n)}.", f"({roman(n)})", f"{roman(n)})"], 3: [f"{letters(n)}."], 4: [f"{roman(n)}."]}
        else:
            table = {1: [f"({letters(n)})", f"{letters(n)}.", f"{letters(n)})"],
                     2: [f"({roman(n)})", f"{roman(n)}.", f"{roman(n)})"] + zh_second + [zh_counting],
                     3: [f"{letters(n)}.", f"({letters(n)})"], 4: [f"{roman(n)}."]}
        return table.get(level, [f"({letters(n)})"])

    @staticmethod
    def any_label(n: int, level: int, style: int) -> str:
        value = letters(n) if level in (1, 3) else roman(n)
        return [f"({value})", f"{value})", f"{value}.", ZH_PAREN[n - 1] if n <= 10 and level == 2 else f"({value})"][style]

    def same_style(self, found: str, n: int, level: int) -> str:
        value = letters(n) if level in (1, 3) else roman(n)
        if found and found[0] in ZH_PAREN:
            return ZH_PAREN[n - 1] if n <= 10 else f"({_zh_number(n)})"
        if re.search(r"[一二三四五六七八九十]", found):
            return found[0] + _zh_number(n) + found[-1]
        if found.startswith(("(", "（")):
            return found[0] + value + found[-1]
        return value + found[-1]

    # Chinese -------------------------------------------------------------------------------------
    def chinese(self) -> None:
        if self.lang != "zh":
            return
        for part in self.parts:
            if part.role in ("empty",):
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
            missing = next((r for r in part.para.runs if CJK.search(r.text) and not r.east_asia), None)
            if missing is not None:
                self.add("east-asian-font", part, fix="set the East Asian font to SimSun",
                         edits=[("east-asia", 0, len(text), "SimSun")])

    def repeats(self) -> None:
        seen: dict[str, int] = {}
        empties = 0
        first_empty: Part | None = None
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


def _zh_number(n: int) -> str:
    digits = "零一二三四五六七八九十"
    if n <= 10:
        return digits[n]
    if n < 20:
        return "十" + digits[n - 10]
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# -- entry points ---------------------------------------------------------------------------------


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
    return Report(str(doc.path), language, chosen, findings)


def check_file(path: Path, lib: Library, **options: Any) -> tuple[Report, reader.Document]:
    doc = reader.read(path)
    return check_document(doc, lib, **options), doc
