"""English and Chinese versions of one resolution: which documents pair up (by ``--pair``, else by symbol), whether
their structures match paragraph by paragraph, and the Chinese leads read again with the English phrases."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.importer.clean import clean
from drafter.importer.footnotes import drop_known_marks
from drafter.importer.read import Doc, Para, Shape, Sub, descendants
from drafter.plurals import counted
from drafter.status import DrafterError


@dataclass
class Grouping:
    """Documents as single versions or [en, zh] pairs, with a line for each pair made and each pair refused."""

    groups: list[list[Doc]] = field(default_factory=list)
    paired: list[str] = field(default_factory=list)
    unpaired: list[str] = field(default_factory=list)
    split: dict[int, Doc] = field(default_factory=dict)  # id() of a Chinese version not paired -> its English one


def mismatch(en: Doc, zh: Doc) -> str:
    """Why two language versions cannot be paired paragraph by paragraph, naming both files ("" when they can)."""
    def outline(doc: Doc) -> list[tuple[str, str, Shape]]:
        return [(p.kind, p.label if p.kind == "operative" else "", p.shape()) for p in doc.paras]

    def count(items: list[tuple[str, str, Shape]], kind: str) -> int:
        return sum(1 for item in items if item[0] == kind)

    a, b = outline(en), outline(zh)
    for kind in ("preambular", "operative"):
        if count(a, kind) != count(b, kind):
            return f"{count(a, kind)} {kind} paragraphs in {en.path.name}, {count(b, kind)} in {zh.path.name}"
    for x, y, para in zip(a, b, en.paras):
        if x[:2] != y[:2]:
            return (f"operative numbering differs: para. {x[1] or '(unnumbered)'} in {en.path.name} stands where "
                    f"{zh.path.name} has para. {y[1] or '(unnumbered)'}")
        if x[2] != y[2]:
            where, mine, theirs = _first_difference(para.subs, x[2], y[2], para.ref)
            return (f"the sub-paragraphs differ: {where} has {counted(mine, 'sub-paragraph')} in {en.path.name}, {theirs} "
                    f"in {zh.path.name}")
    return ""


def _first_difference(subs: list[Sub], a: Shape, b: Shape, where: str) -> tuple[str, int, int]:
    """Where two sub-paragraph shapes first differ (as the English labels say it) and how many sub-paragraphs
    each has there."""
    if len(a) != len(b):
        return where, len(a), len(b)
    for sub, x, y in zip(subs, a, b):
        if x != y:
            return _first_difference(sub.children, x, y, f"{where} {sub.node.label or '(unlabelled)'}")
    return where, len(a), len(b)


def group_documents(docs: dict[Path, Doc], pairs: list[tuple[Path, Path]]) -> Grouping:
    """Documents as single versions or [en, zh] pairs (by --pair, else by symbol)."""
    grouping = Grouping()
    used: set[Path] = set()
    for en_path, zh_path in pairs:
        en, zh = docs[en_path], docs[zh_path]
        if en.language == zh.language:
            raise DrafterError(f"--pair {en_path.name} {zh_path.name}: both are in "
                               f"{'Chinese' if en.language == 'zh' else 'English'}",
                               zh=f"--pair {en_path.name} {zh_path.name}：两份都是{'中文' if en.language == 'zh' else '英文'}")
        if en.language == "zh":
            en, zh = zh, en
        grouping.groups.extend(_pair_or_split(en, zh, grouping))
        used.update((en_path, zh_path))
    by_symbol: dict[str, list[Doc]] = {}
    for path, doc in docs.items():
        if path in used:
            continue
        if doc.symbol:
            by_symbol.setdefault(doc.symbol, []).append(doc)
        else:
            grouping.groups.append([doc])
    for symbol, found in by_symbol.items():
        langs = {d.language: d for d in found}
        if len(found) == 2 and len(langs) == 2:
            grouping.groups.extend(_pair_or_split(langs["en"], langs["zh"], grouping))
        else:
            if len(found) > len(langs):
                raise DrafterError(f"{symbol}: {len(found)} documents in one language "
                                   f"({', '.join(d.path.name for d in found)}); import one of them",
                                   zh=f"{symbol}：同一语言有{len(found)}份文件"
                                      f"（{'、'.join(d.path.name for d in found)}）；请只导入其中一份")
            grouping.groups.extend([d] for d in found)
    return grouping


def _pair_or_split(en: Doc, zh: Doc, grouping: Grouping) -> list[list[Doc]]:
    """[[en, zh]] when the structures match, else [[en], [zh]] and the reason in ``grouping.unpaired``."""
    why = mismatch(en, zh)
    if why:
        grouping.unpaired.append(f"{en.name} ({en.path.name}, {zh.path.name}): {why}; each version is imported in "
                                 "its own language, both under one topic")
        grouping.split[id(zh)] = en
        return [[en], [zh]]
    grouping.paired.append(f"{en.name}: {en.path.name} + {zh.path.name}")
    for en_para, zh_para in zip(en.paras, zh.paras):
        align_zh_lead(en_para, zh_para)
        zh_para.body, found = drop_known_marks(zh_para.body, en_para.notes, en_para.body)
        zh_para.notes += found
        for en_sub, zh_sub in zip(descendants(en_para.subs), descendants(zh_para.subs)):
            zh_sub.text, found = drop_known_marks(zh_sub.text, en_sub.notes, en_sub.text)
            zh_sub.notes += found
    return [[en, zh]]


def align_zh_lead(en: Para, zh: Para) -> None:
    """A Chinese lead the phrase list does not know, read again with the English paragraph's phrase: the
    Chinese text up to that phrase's Chinese form when it stands within the first few characters
    ("再次赞扬" for "Commends"), instead of the structure reader's two-character guess."""
    if zh.phrase is not None or en.phrase is None:
        return
    text = zh.lead + zh.body
    forms = sorted(en.phrase.forms("zh"), key=len, reverse=True)
    for form in forms:
        at = text.find(form, 0, 8 + len(form))
        if at >= 0 and at + len(form) < len(text):
            zh.lead, zh.body = text[: at + len(form)], clean(text[at + len(form):], "zh")
            return
