"""The PyYAML side of :mod:`drafter.yamlio`: the loader that keeps line numbers and refuses what drafter will not
load, and the dumper. Imported only when a file is really parsed or YAML is written (an answers file or a library
file read from :mod:`drafter.yamlcache` needs neither, and PyYAML's import is a good part of a command's start)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from drafter.yamlio import CONTROL, MAX_ALIASES, MAX_EXPANDED, MAX_NESTING, Mark, YamlProblem, YList, YMap, shorten

try:
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - libyaml missing
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader as _Reader
    from yaml.scanner import Scanner as _Scanner

    class _Parser(_Reader, _Scanner, _PyParser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            _Reader.__init__(self, stream)
            _Scanner.__init__(self)
            _PyParser.__init__(self)


class _Refused(yaml.MarkedYAMLError):
    """Well-formed YAML that drafter will not load (too big, too deep, control characters)."""


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _marks(event: yaml.Event) -> tuple[yaml.Mark | None, yaml.Mark | None]:
    """The start and end of an event. libyaml's marks are its own class, with the same line and column as
    PyYAML's (the stubs keep the two apart)."""
    return cast("yaml.Mark | None", event.start_mark), cast("yaml.Mark | None", event.end_mark)


class _Loader(Composer, _Parser, SafeConstructor, Resolver):
    """libyaml's parser, with a composer that refuses alias bombs, deep nesting and control characters."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.depth = 0
        self.aliases = 0
        self.sizes: dict[int, int] = {}  # id(node) -> its size with every alias written out
        self.resolved: dict[tuple[str, tuple[bool, bool]], str] = {}  # implicit tags of plain scalars seen before

    def resolve_tag(self, kind: type[yaml.Node], value: str | None, implicit: Any) -> str:
        """The tag of a node written without one (Resolver.resolve, which the stubs leave untyped)."""
        tag: str = self.resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
        return tag

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        """The next node, with its size counted and its scalars checked; the common ones composed here."""
        event = self.peek_event()
        sizes = self.sizes
        if isinstance(event, yaml.ScalarEvent) and event.anchor is None:  # most nodes: composed here, directly
            self.get_event()
            tag = event.tag
            if tag is None or tag == "!":
                key = (event.value, event.implicit)
                tag = self.resolved.get(key)
                if tag is None:
                    tag = self.resolved[key] = self.resolve_tag(yaml.ScalarNode, event.value, event.implicit)
            scalar = yaml.ScalarNode(tag, event.value, *_marks(event), style=event.style)
            self._check_scalar(scalar)
            sizes[id(scalar)] = 1 + len(scalar.value)
            return scalar
        assert isinstance(event, yaml.NodeEvent)  # the parser offers a node's event whenever a node is due
        if isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _Refused(None, None, f"more than {MAX_ALIASES} aliases (*name)", _marks(event)[0])
            target = self.anchors.get(event.anchor)
            if target is not None and id(target) not in sizes:
                raise _Refused(None, None, f"the alias *{event.anchor} refers to itself", _marks(event)[0])
            return self._composed(parent, index)
        collection = isinstance(event, yaml.CollectionStartEvent)
        if collection:
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise _Refused(None, None, f"nested more than {MAX_NESTING} levels deep", _marks(event)[0])
        node: yaml.Node
        if isinstance(event, yaml.CollectionStartEvent) and event.anchor is None:
            node = self._compose_collection(event, isinstance(event, yaml.MappingStartEvent))
        else:
            node = self._composed(parent, index)
        if collection:
            self.depth -= 1
        if isinstance(node, yaml.ScalarNode):
            self._check_scalar(node)
            size = 1 + len(node.value)
        elif isinstance(node, yaml.SequenceNode):
            size = 1 + sum(sizes[id(child)] for child in node.value)
        else:
            size = 1 + sum(sizes[id(k)] + sizes[id(v)] for k, v in node.value)
        if size > MAX_EXPANDED:
            raise _Refused(None, None, f"the aliases expand to more than {MAX_EXPANDED // (1024 * 1024)} MB of text",
                           node.start_mark)
        sizes[id(node)] = size
        return node

    def _composed(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        """A node composed by PyYAML's own composer (aliases, and nodes with an anchor)."""
        node = super().compose_node(parent, index)
        assert node is not None  # PyYAML returns None only at the end of a document, never for a node's event
        return node

    def _compose_collection(self, start: yaml.CollectionStartEvent, mapping: bool) -> yaml.CollectionNode:
        """A mapping or sequence without an anchor, composed like PyYAML's composer does, in one loop."""
        self.get_event()
        tag = start.tag
        node_class: type[yaml.CollectionNode] = yaml.MappingNode if mapping else yaml.SequenceNode
        end_class: type[yaml.Event] = yaml.MappingEndEvent if mapping else yaml.SequenceEndEvent
        if tag is None or tag == "!":
            tag = self.resolve_tag(node_class, None, start.implicit)
        node = node_class(tag, [], _marks(start)[0], None, flow_style=start.flow_style)
        items = node.value
        while type(self.peek_event()) is not end_class:
            if mapping:
                key = self.compose_node(node, None)
                items.append((key, self.compose_node(node, key)))
            else:
                items.append(self.compose_node(node, len(items)))
        end = self.get_event()
        node.end_mark = _marks(end)[1] if end is not None else None
        return node

    @staticmethod
    def _check_scalar(node: yaml.ScalarNode) -> None:
        bad = CONTROL.search(node.value)
        if bad:
            raise _Refused(None, None, f"control character U+{ord(bad.group()):04X} at character {bad.start() + 1} "
                           "of this value; remove it", node.start_mark)

    def construct_yaml_map(self, node: yaml.MappingNode) -> Generator[YMap, None, None]:
        """A :class:`YMap` with the places of its keys and values; a duplicate or non-text key is refused."""
        data = YMap()
        data.mark = _mark(node)
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise _Refused(
                    None, None, f"a key must be text, not a {'list' if isinstance(key, list) else 'mapping'}",
                    key_node.start_mark)
            if key in data:
                first = data.key_marks[key][0]
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {shorten(repr(key), 80)} (the first one is on line {first})",
                    key_node.start_mark,
                )
            data[key] = self.construct_object(value_node, deep=True)
            data.key_marks[key] = _mark(key_node)
            data.value_marks[key] = _mark(value_node)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """A date as PyYAML reads it; an impossible one (2027-13-01) stays text, for the date check to name."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return str(node.value)

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Generator[YList, None, None]:
        """A :class:`YList` with the places of its items."""
        data = YList()
        data.mark = _mark(node)
        yield data
        for child in node.value:
            data.append(self.construct_object(child, deep=True))
            data.item_marks.append(_mark(child))


# What add_constructor does; spelt out because its stubs accept only PyYAML's own loader classes.
_Loader.yaml_constructors = {**_Loader.yaml_constructors, "tag:yaml.org,2002:map": _Loader.construct_yaml_map,
                             "tag:yaml.org,2002:seq": _Loader.construct_yaml_seq,
                             "tag:yaml.org,2002:timestamp": _Loader.construct_yaml_timestamp}


def parse(text: str, path: Path) -> Any:
    """Parse YAML text (:func:`drafter.yamlio.parse`)."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or str(exc)
        if isinstance(exc, _Refused):
            raise YamlProblem(path, line, column, f"refused: {message}", f"拒绝读取（{message}）") from None
        if exc.context and exc.problem:
            message = f"{exc.context}: {exc.problem}" if "duplicate key" not in exc.problem else exc.problem
        raise YamlProblem(path, line, column, f"YAML syntax error: {message}", f"YAML 语法错误（{message}）") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(path, 1, 1, f"YAML error: {shorten(str(exc))}", f"YAML 错误（{shorten(str(exc))}）") from None
    finally:
        loader.dispose()


class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(YMap, _Dumper.represent_dict)
_Dumper.add_representer(YList, _Dumper.represent_list)


def dump(data: Any) -> str:
    """Plain data as block-style YAML (:func:`drafter.yamlio.dump`)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
