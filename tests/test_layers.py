"""The package's layers hold: a layer imports only the layers below it, no module imports itself round a circle,
and a drafter import inside a function says why it is there (start-up time)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from paths import ROOT

PACKAGE = ROOT / "drafter"
LEAVES = {"status", "bilingual", "problems", "labels", "labelkinds", "punctuation", "table", "wrapping", "files", "yamlio",
          "yamlparse", "yamlcache", "cachedir", "regexcache", "patterns", "fields", "environment", "hanzi", "plurals", "oserrors",
          "sameends", "lookalike", "chinesewords", "numberwords"}
BELOW: dict[str, set[str]] = {  # a layer and what it may import besides itself
    "leaf": set(),
    "word": {"leaf"},
    "library": {"leaf"},
    "structure": {"word", "library", "leaf"},
    "compose": {"word", "library", "leaf"},
    "check": {"structure", "word", "library", "leaf"},
    "importer": {"structure", "word", "library", "leaf"},
    "conference": {"structure", "word", "library", "leaf"},
    "revise": {"conference", "compose", "structure", "word", "library", "leaf"},
    "booklet": {"conference", "compose", "structure", "library", "word", "leaf"},
    "interview": {"revise", "conference", "compose", "structure", "library", "word", "leaf"},
    "serve": {"revise", "check", "conference", "compose", "structure", "library", "word", "leaf"},
    "commands": {"serve", "interview", "revise", "check", "importer", "conference", "booklet", "compose", "structure",
                 "library", "word", "leaf"},
    "cli": {"commands", "serve", "interview", "revise", "check", "importer", "conference", "booklet", "compose",
            "structure", "library", "word", "leaf"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "data" in path.relative_to(PACKAGE).parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "cli"  # drafter/__init__.py: the version only
    if parts[1] in LEAVES:
        return "leaf"
    if parts[1] in ("cli", "__main__"):
        return "cli"
    return parts[1]


def imports(tree: ast.Module, module: str, known: set[str]) -> Iterator[tuple[ast.stmt, str, bool]]:
    """(statement, imported drafter module, at module level) for every drafter import of a module; imports under
    ``if TYPE_CHECKING:`` count as module level (they are for the type checker only)."""
    top = {id(node) for node in tree.body}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            top |= {id(child) for child in node.body}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "drafter":
            for alias in node.names:  # "from drafter.word import reader" imports the module drafter.word.reader
                sub = f"{node.module}.{alias.name}"
                names.append(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.split(".")[0] == "drafter"]
        for name in names:
            yield node, name, id(node) in top


def graph() -> tuple[dict[str, set[str]], list[str], list[str]]:
    sources = dict(modules())
    known = set(sources)
    edges: dict[str, set[str]] = {m: set() for m in known}
    wrong_layer, uncommented = [], []
    for module, path in sources.items():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        for node, target, at_top in imports(tree, module, known):
            if target == "drafter":
                continue
            mine, theirs = layer(module), layer(target)
            if theirs != mine and theirs not in BELOW[mine]:
                wrong_layer.append(f"{path.relative_to(ROOT)}:{node.lineno}: {mine} imports {target} ({theirs})")
            if at_top:
                edges[module].add(target)
            elif not said_why(lines, node.lineno):
                where = f"{path.relative_to(ROOT)}:{node.lineno}: {lines[node.lineno - 1].strip()}"
                if where not in uncommented:
                    uncommented.append(where)
    return edges, wrong_layer, uncommented


def said_why(lines: list[str], lineno: int) -> bool:
    """A comment on the import's line, or on the line above the block of imports it stands in."""
    if "#" in lines[lineno - 1]:
        return True
    above = lineno - 2
    while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#")


def test_every_module_has_a_layer() -> None:
    for module, path in modules():
        assert layer(module) in BELOW, f"{path}: in no layer; add its package to tests/test_layers.py"


def test_a_layer_imports_only_the_layers_below_it() -> None:
    _, wrong, _ = graph()
    assert not wrong, "\n".join(wrong)


def test_no_import_circles() -> None:
    edges, _, _ = graph()
    circles = [c for c in strongly_connected(edges) if len(c) > 1]
    assert not circles, "\n".join(" ⇄ ".join(sorted(c)) for c in circles)


def test_imports_inside_functions_say_why() -> None:
    _, _, uncommented = graph()
    assert not uncommented, "a drafter import inside a function needs a short comment (why not at the top):\n" + \
        "\n".join(uncommented)


def strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[set[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                out.append(component)
    return out


@pytest.mark.parametrize("edges, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [{"a", "b"}]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
])
def test_circle_finder(edges: dict[str, set[str]], expected: list[set[str]]) -> None:
    assert [c for c in strongly_connected(edges) if len(c) > 1] == expected


def test_the_layer_check_catches_a_wrong_import(tmp_path: Path) -> None:
    tree = ast.parse("from drafter.check import Finding\n")
    found = list(imports(tree, "drafter.word.reader", {"drafter.check", "drafter.word.reader"}))
    assert [(target, top) for _, target, top in found] == [("drafter.check", True)]
    assert layer("drafter.check") not in BELOW[layer("drafter.word.reader")]


# lxml's tree walks and placements: a module above the Word layer that calls one knows where Word keeps things in its XML
TREE_WALKS = {"getparent", "getnext", "getprevious", "iterancestors", "iterchildren", "iterdescendants", "itersiblings",
              "xpath", "iter", "iterfind", "addnext", "addprevious"}


def tree_walks(source: str) -> list[tuple[int, str]]:
    """(line, method) for every call of one of lxml's tree walks in ``source``."""
    return [(node.lineno, node.func.attr) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in TREE_WALKS]


def test_readers_above_the_word_layer_never_walk_its_xml() -> None:
    """The structure reader, the checker's rules, --fix, the revisions' writers and every other package above
    drafter.word ask it (runtext, placement, batch, edit, revisions) about a paragraph's neighbours and cells and to
    put paragraphs in place; none walks the XML itself."""
    readers = [path for module, path in modules() if layer(module) not in ("word", "leaf", "cli")]
    walks = [f"{path.relative_to(ROOT)}:{line}: .{method}()" for path in readers
             for line, method in tree_walks(path.read_text(encoding="utf-8"))]
    assert not walks, "\n".join(walks)


def test_the_walk_check_catches_a_walk() -> None:
    assert tree_walks("cell = para.element.getparent()\nlen(x)\n") == [(1, "getparent")]
    assert tree_walks("anchor.addnext(p)\n\"a b\".split()\n") == [(1, "addnext")]


def test_every_package_ships_in_the_wheel() -> None:
    """A package missing from pyproject.toml's list works in the source tree and fails once installed."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert packages <= listed, f"add to [tool.setuptools] packages: {sorted(packages - listed)}"
