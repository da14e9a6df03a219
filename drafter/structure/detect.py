"""What a document is before its structure is read: its language and the formatting convention (profile) it follows."""

from __future__ import annotations

import re

from drafter.patterns import lazy
from drafter.structure.heading import (
    ADOPTION_LINE,
    DISTRIBUTION_ZH,
    SYMBOL,
    ZH_ADOPTING_ORGANS,
    bare_line,
    fields_in,
    fold_label,
)
from drafter.word import reader
from drafter.word.headers import header_lines

SAMPLE = 20_000
NOT_LATIN = lazy(r"[^A-Za-z]+")
NOT_CJK = lazy(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")  # the complement of punctuation.CJK
THIMUN_LABELS = {"forum", "questionof", "submittedby", "mainsubmitter", "mainsubmitters", "cosubmitters",
                 "cosubmitter", "论坛", "主提交国", "联合提交国"}
MUN_FIELDS = {"committee", "topic", "sponsors", "co-sponsors", "signatories", "number"}
UNA_FORUM = {"committee", "topic"}  # where THIMUN writes "FORUM:" and "QUESTION OF:"
# the labels of a draft's submitters that a conference's own heading uses too: "Submitted by:" under "Committee:" and
# "Topic:" renames UNA-USA's sponsors, and a Chinese conference names its main sponsors 主提交国 under 委员会 and 议题
# (beside 附议国); THIMUN's heading has its own labels around them (FORUM:, 论坛, CO-SUBMITTERS:, 联合提交国), which
# THIMUN_LABELS still reads
SUBMITTER_LABELS = {"submittedby", "主提交国"}
DELEGATION_FIELDS = {"sponsors", "co-sponsors", "signatories"}  # labelled lists of States: no UN masthead has them
# the first operative clause ("1. Urges …", "1) …"): a labelled line after it is no heading line ("Submitted by:
# Japan, Brazil" signed under the last clause)
FIRST_CLAUSE = lazy(r"1\s*[.)]\s*\S")
# the distribution line's label, its full stop typed or not ("Distr.: Limited", "Distr: General")
DISTRIBUTION_LABEL = lazy(r"distr\.?\s*:", re.IGNORECASE)
# a model UN conference's name ("Atlantic College Model United Nations", "HMUN 2024"): a heading that names one
# heads a conference's paper, whatever UN lines it copies
CONFERENCE_NAME = lazy(r"(?i:\bmodel\s+(?:united\s+nations|un)\b)|\b[A-Z]*MUN\b")
# the UN organs whose adoption lines head an adopted UN text ("Resolution adopted by the General Assembly", "2020 年 1 月
# 13 日安全理事会第 8701 次会议通过"); a specialized agency's ("… the General Conference of the International Labour
# Organization") heads its own text, which conferences model too
UN_ADOPTING_ORGAN = lazy(r"general assembly|security council|economic and social council|human rights council|"
                         + ZH_ADOPTING_ORGANS, re.IGNORECASE)


def un_adoption_line(text: str) -> bool:
    """The line is an adopted UN text's adoption line: one :data:`ADOPTION_LINE` reads that names a UN organ, or the
    bracket under the Assembly's ("[on the report of the Third Committee (A/78/481)]")."""
    return ADOPTION_LINE.match(text) is not None \
        and (UN_ADOPTING_ORGAN.search(text) is not None or text.startswith(("[", "［")))


def distribution_line(text: str) -> bool:
    """The line is a UN masthead's distribution line: "Distr.: Limited", "Distr: General", or translated ("分发：限制")."""
    return text.casefold().startswith("distr.") or DISTRIBUTION_LABEL.match(text) is not None \
        or DISTRIBUTION_ZH.fullmatch(text) is not None


def detect_language(doc: reader.Document) -> str:
    """"zh" when Chinese characters make up a third or more of the letters (of the first 20,000 characters: a
    resolution is written in one language), else "en"."""
    text = "".join(p.text for p in doc.paragraphs)[:SAMPLE]
    if text.isascii():
        return "en"
    cjk = len(NOT_CJK.sub("", text))  # counting what is left is faster than listing every match
    return "zh" if cjk and cjk * 3 >= len(NOT_LATIN.sub("", text)) else "en"


def guess_profile(doc: reader.Document, lang: str) -> str:
    """The formatting convention a document follows, from its heading block: ``un`` only with a UN masthead
    (a document symbol or a distribution line, "Distr.: Limited" or its Chinese translation, or an adopted text's
    adoption line above its organ line), else a conference profile."""
    texts = [p.text.strip() for p in doc.paragraphs[:40] if p.text.strip()]
    lowered = [t.casefold() for t in texts]
    opening = [f for t in texts for f in fields_in(t)[:1] if f.start == 0]  # labelled lines, first label
    body = next((i for i, t in enumerate(texts) if FIRST_CLAUSE.match(t)), len(texts))
    heading = [f for t in texts[:body] for f in fields_in(t)[:1] if f.start == 0]  # above the first clause
    labels = {fold_label(f.label) for f in heading}
    if labels & THIMUN_LABELS - SUBMITTER_LABELS \
            or labels & SUBMITTER_LABELS and not any(f.key in UNA_FORUM for f in heading):
        return "thimun"  # "Submitted by:" (主提交国) under "Committee:" and "Topic:" is a conference's renamed sponsors
    if any(distribution_line(t) for t in texts):
        return "un"  # a distribution line, in English or translated into Chinese: a UN masthead
    if not any(f.key in DELEGATION_FIELDS for f in opening) and any(distribution_line(t) for t in header_lines(doc)):
        return "un"  # a UN document downloaded as Word keeps its masthead in the first page's header (UN-H02)
    # a symbol-like line ("UNEP/RES/A March 9th, 2013", "S/RES/2134 (2023)") heads a UN document only when no
    # labelled list of delegations follows it: "Sponsors:", "Author:", "Signatories:" belong to a conference draft
    if any(SYMBOL.match(t) for t in texts) and not any(f.key in DELEGATION_FIELDS for f in opening):
        return "un"
    # an adoption line above the organ line heads the layout of an adopted UN text typed without its symbol and
    # distribution line ("General Assembly", "First session", "Agenda item 1", "Resolution adopted by the General
    # Assembly", "1/1. …"): a UN text still, unless a conference's labelled field ("Topic:", "Sponsors:") or its name
    # ("… Model United Nations") makes it a conference's paper that says it passed
    top = texts[:next((i for i, t in enumerate(texts) if t.endswith((",", "，")) or FIRST_CLAUSE.match(t)), len(texts))]
    if any(un_adoption_line(t) for t in top) and not any(f.key in MUN_FIELDS for f in opening) \
            and not any(CONFERENCE_NAME.search(t) for t in top):
        return "un"
    if any(t.startswith(("委员会：", "委员会:", "起草国：", "起草国:", "草案编号")) for t in texts) or "决议草案" in texts:
        return "cn-mun"
    if any(t.startswith("draft number:") for t in lowered) or "draft resolution" in lowered:
        return "cn-mun" if lang == "zh" else "una-usa"  # an English "Draft Resolution" title: a conference draft
    if any(f.key in MUN_FIELDS for f in opening) or (texts and bare_line(texts[0]) in ("number", "generic-title")):
        return "cn-mun" if lang == "zh" else "una-usa"
    return "una-usa" if lang == "en" else "cn-mun"  # no UN masthead: a conference draft
