"""Every refusal drafter raises has a Chinese form (issue 25): a walk over the source finds each ``DrafterError``,
``ActionProblem`` and ``AmendmentError`` it raises, and each ``Problem`` it makes, and fails on one that is
English only; in ``drafter/library``, each problem a reader reports (``reader.report(…)``,
``loading.problem(…)``) must be given its Chinese as ``zh=`` too.

A refusal is bilingual when it is given ``zh=``, when its message is already chosen by language (a conditional
expression, ``said(…)``, ``t(…)``, ``text(…)``), when it passes on a message made elsewhere (a name), or, for an
``Problem``, when it is given its Chinese as ``zh=`` or as its fourth argument.
"""

from __future__ import annotations

import ast

from paths import ROOT

RAISED = ("DrafterError", "ActionProblem", "AmendmentError", "Problem")
CHOSEN_BY_LANGUAGE = ("said", "t", "text")
REPORTED = ("report", "problem")  # a library reader's problem: FileReader.report, Loading.problem


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _bilingual(call: ast.Call) -> bool:
    if any(k.arg == "zh" for k in call.keywords):
        return True
    if _name(call.func) == "Problem":
        return len(call.args) >= 4
    if _name(call.func) == "AmendmentError":  # its problems are walked as problems
        return True
    if not call.args:
        return False
    first = call.args[0]
    if isinstance(first, (ast.Name, ast.Attribute, ast.IfExp)):
        return True
    return isinstance(first, ast.Call) and _name(first.func) in CHOSEN_BY_LANGUAGE


def english_only(source: str, name: str = "<source>") -> list[str]:
    """"file:line: call" for each refusal in ``source`` that has no Chinese form."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in RAISED and not _bilingual(node):
            segment = (ast.get_source_segment(source, node) or "").splitlines()[0]
            found.append(f"{name}:{node.lineno}: {segment[:100]}")
    return sorted(found)


def reported_in_english_only(source: str, name: str = "<source>") -> list[str]:
    """"file:line: call" for each ``x.report(…)`` / ``x.problem(…)`` in ``source`` not given ``zh=``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REPORTED \
                and not any(k.arg == "zh" for k in node.keywords):
            segment = (ast.get_source_segment(source, node) or "").splitlines()[0]
            found.append(f"{name}:{node.lineno}: {segment[:100]}")
    return sorted(found)


def test_every_library_problem_has_a_chinese_form() -> None:
    found = []
    for path in sorted((ROOT / "drafter" / "library").rglob("*.py")):
        found += reported_in_english_only(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "library problems with no Chinese form (give them zh=):\n" + "\n".join(found)


def test_the_walk_finds_an_english_only_library_problem() -> None:
    source = '''
def f(reader, loading, mark, ident):
    reader.report(mark, f"clause {ident!r} has no topic", "list at least one topic id")
    reader.report(mark, f"clause {ident!r} has no topic", zh=f"条款{q(ident)}没有议题")
    loading.problem(path, mark, "no .yaml files")
    report(mark, "passed on: the caller gives the words")
'''
    found = reported_in_english_only(source)
    assert [line.split(":")[1] for line in found] == ["3", "5"], found
    assert "has no topic" in found[0] and "no .yaml files" in found[1]


def test_every_refusal_has_a_chinese_form() -> None:
    found = []
    for path in sorted((ROOT / "drafter").rglob("*.py")):
        found += english_only(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "refusals with no Chinese form (give them zh=):\n" + "\n".join(found)


def test_the_walk_finds_an_english_only_refusal() -> None:
    source = '''
def f(path, lang, exc):
    raise DrafterError(f"{path}: no such file")
    raise DrafterError(f"{path}: no such file", zh=f"{path}：没有此文件")
    raise DrafterError(said(lang, "x", "甲"))
    raise DrafterError("甲" if lang == "zh" else "x")
    raise DrafterError(str(exc))
    raise AmendmentError([Problem(where, "no draft")])
    raise AmendmentError([Problem(where, "no draft", zh="没有草案")])
    raise ActionProblem("too deep", "use fewer levels")
'''
    found = english_only(source)
    assert [line.split(":")[1] for line in found] == ["10", "3", "7", "8"], found  # sorted as text
    assert "ActionProblem" in found[0] and "no such file" in found[1] and "str(exc)" in found[2]
    assert found[3].endswith('Problem(where, "no draft")')
