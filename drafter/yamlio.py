"""The one place YAML is parsed or written: safe loading that keeps line numbers.

Mappings come back as :class:`YMap` and sequences as :class:`YList`; both carry the
1-based line and column of themselves and of their keys and items, so every problem
found later can name file:line:column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseLoader = yaml.SafeLoader

Mark = tuple[int, int]


class YMap(dict):
    """A mapping that remembers where it and its entries stand in the file."""

    mark: Mark = (0, 0)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}

    def where(self, key: Any) -> Mark:
        """Line and column of the value under ``key`` (of the mapping if absent)."""
        return self.value_marks.get(key, self.key_marks.get(key, self.mark))


class YList(list):
    """A sequence that remembers where it and its items stand in the file."""

    mark: Mark = (0, 0)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.item_marks: list[Mark] = []

    def where(self, index: int) -> Mark:
        if 0 <= index < len(self.item_marks):
            return self.item_marks[index]
        return self.mark


class YamlProblem(Exception):
    """A file that is not valid YAML, or has a duplicate key."""

    def __init__(self, path: Path, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    def construct_yaml_map(self, node: yaml.MappingNode):  # type: ignore[override]
        data = YMap()
        data.mark = _mark(node)
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in data:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (the first one is on line {data.key_marks[key][0]})",
                    key_node.start_mark,
                )
            data[key] = self.construct_object(value_node, deep=True)
            data.key_marks[key] = _mark(key_node)
            data.value_marks[key] = _mark(value_node)

    def construct_yaml_seq(self, node: yaml.SequenceNode):  # type: ignore[override]
        data = YList()
        data.mark = _mark(node)
        yield data
        for child in node.value:
            data.append(self.construct_object(child, deep=True))
            data.item_marks.append(_mark(child))


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_yaml_seq)


def parse(text: str, path: Path) -> Any:
    """Parse YAML text; raise :class:`YamlProblem` with the file position on bad input."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or str(exc)
        if exc.context and exc.problem:
            message = f"{exc.context}: {exc.problem}" if "duplicate key" not in exc.problem else exc.problem
        raise YamlProblem(path, line, column, f"YAML syntax error: {message}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(path, 1, 1, f"YAML error: {exc}") from None


def read(path: Path) -> Any:
    """Read and parse one YAML file (UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem(path, 1, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return parse(text, path)


class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(YMap, _Dumper.represent_dict)
_Dumper.add_representer(YList, _Dumper.represent_list)


def dump(data: Any) -> str:
    """Serialise plain data as readable block-style YAML, keys in the given order."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
