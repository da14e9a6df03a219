"""What a document is before its structure is read: its language and the formatting convention (profile) it follows."""

from __future__ import annotations

import re

from drafter.punctuation import CJK
from drafter.word import reader

LATIN = re.compile(r"[A-Za-z]")
SYMBOL = re.compile(r"^(A|S|E|CCPCJ|UNODC|UNEP|UNW|HRC)/[A-Za-z0-9./\- ]*\d")


def detect_language(doc: reader.Document) -> str:
    """"zh" when Chinese characters make up a third or more of the letters, else "en"."""
    cjk = sum(len(CJK.findall(p.text)) for p in doc.paragraphs)
    latin = sum(len(LATIN.findall(p.text)) for p in doc.paragraphs)
    return "zh" if cjk and cjk * 3 >= latin else "en"


def guess_profile(doc: reader.Document, lang: str) -> str:
    """The formatting convention a document follows, from its heading block."""
    texts = [p.text.strip() for p in doc.paragraphs[:40] if p.text.strip()]
    lowered = [t.casefold() for t in texts]
    if any(t.startswith(("forum:", "question of:", "submitted by:", "co-submitters:", "论坛：", "主提交国：")) for t in lowered):
        return "thimun"
    if any(SYMBOL.match(t) or t.casefold().startswith("distr.") for t in texts):
        return "un"
    if any(t.startswith(("委员会：", "委员会:", "起草国：", "起草国:", "草案编号")) for t in texts) or "决议草案" in texts:
        return "cn-mun"
    if any(t.startswith("draft number:") for t in lowered) or "draft resolution" in lowered:
        return "cn-mun"
    if any(t.startswith(("committee:", "topic:", "sponsors:", "signatories:")) for t in lowered):
        return "cn-mun" if lang == "zh" else "una-usa"
    return "un" if lang == "en" else "cn-mun"
