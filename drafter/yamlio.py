"""The one place YAML is parsed or written: safe loading that keeps line numbers.

Mappings come back as :class:`YMap` and sequences as :class:`YList`; both carry the
1-based line and column of themselves and of their keys and items, so every problem
found later can name file:line:column.
"""

from __future__ import annotations

import codecs
import errno
import re
import stat
from collections.abc import Generator
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from drafter.oserrors import reason_zh
from drafter.status import DrafterError, ExitStatus

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

Mark = tuple[int, int]

# What one YAML file may hold. Aliases let a few hundred bytes stand for gigabytes once the
# values are turned into text, so the size is measured as if every alias were written out.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NESTING = 64
MAX_ALIASES = 1000
MAX_EXPANDED = 4 * 1024 * 1024  # characters of every scalar plus one per node, aliases expanded
# Characters no Word document may hold (XML 1.0) and other control characters; tab and line breaks are fine.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class YMap(dict[Any, Any]):
    """A mapping that remembers where it and its entries stand in the file."""

    mark: Mark = (0, 0)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}

    @classmethod
    def standing_at(cls, mark: Mark, values: dict[Any, Any]) -> YMap:
        """A mapping made in code for one value read elsewhere (``{"id": item}``): it and its values stand at
        ``mark``, so checks written for mappings report the place the value was read from."""
        made = cls(values)
        made.mark = mark
        made.value_marks = dict.fromkeys(values, mark)
        return made

    def where(self, key: Any) -> Mark:
        """Line and column of the value under ``key`` (of the mapping if absent)."""
        return self.value_marks.get(key, self.key_marks.get(key, self.mark))

    def where_key(self, key: Any, default: Mark | None = None) -> Mark:
        """Line and column of ``key`` itself; ``default`` (else the mapping's own) when the key is absent."""
        return self.key_marks.get(key, self.mark if default is None else default)


class YList(list[Any]):
    """A sequence that remembers where it and its items stand in the file."""

    mark: Mark = (0, 0)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.item_marks: list[Mark] = []

    def where(self, index: int) -> Mark:
        """Line and column of the item at ``index`` (of the sequence if there is no such item)."""
        if 0 <= index < len(self.item_marks):
            return self.item_marks[index]
        return self.mark


class YamlProblem(Exception):
    """A file that is not valid YAML, or has a duplicate key."""

    def __init__(self, path: Path, line: int, column: int, message: str, zh: str = "") -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message
        self.zh = zh or message  # the message in Chinese


def written_language(path: Path) -> str:
    """"zh" when a YAML file that could not be read says ``language: zh`` on a line of its own, else ""."""
    try:
        text = path.read_bytes()[:MAX_FILE_BYTES].decode("utf-8", "replace")
    except OSError:
        return ""
    return "zh" if re.search(r"^language:\s*['\"]?zh\b", text, re.MULTILINE) else ""


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
                    None, None, f"duplicate key {_shorten(repr(key), 80)} (the first one is on line {first})",
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
    """Parse YAML text; raise :class:`YamlProblem` with the file position on bad input."""
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
        raise YamlProblem(path, 1, 1, f"YAML error: {_shorten(str(exc))}", f"YAML 错误（{_shorten(str(exc))}）") from None
    finally:
        loader.dispose()


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def read(path: Path) -> Any:
    """Read and parse one YAML file (UTF-8); OSError when it cannot be read at all (a pipe or a device is
    refused before it is opened: reading one could wait forever)."""
    return parse(decode(read_bytes(path), path), path)


def read_bytes(path: Path) -> bytes:
    """The bytes of a YAML file, refused past MAX_FILE_BYTES; OSError for a pipe, a device or no file."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise OSError(errno.EINVAL, "not a regular file (a pipe or a device)", str(path))
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem(path, 1, 1, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                                      "a YAML file drafter reads is never that big",
                          f"超过 {MAX_FILE_BYTES // (1024 * 1024)} MB；drafter 读取的 YAML 文件不会这么大")
    return data


INPUT_NAMES_ZH = {"answers file": "答案文件", "amendment file": "修正案文件", "amendment log": "修正案记录",
                  "conference rules file": "会议规则文件", "votes file": "表决文件"}
"""The Chinese names of the YAML files :func:`read_input` reads."""


def read_input(path: Path, what: str) -> Any:
    """Read a YAML file a person gave on the command line (an answers or amendment file, ``what``): a missing,
    folder or unreadable file is a clear error; a YAML problem is left to the caller, which knows its hints."""
    named = INPUT_NAMES_ZH.get(what, what)
    try:
        return read(path)
    except FileNotFoundError:  # a wrong name on the command line: a usage error
        raise DrafterError(f"{path}: no such {what}", ExitStatus.BAD_INPUT, zh=f"{path}：没有此{named}") from None
    except IsADirectoryError:
        raise DrafterError(f"{path}: is a folder, not an {what}", ExitStatus.BAD_INPUT,
                           zh=f"{path}：是文件夹，不是{named}") from None
    except OSError as exc:
        raise DrafterError(f"{path}: cannot read the {what}: {exc.strerror}", ExitStatus.UNREADABLE,
                           zh=f"{path}：无法读取{named}（{reason_zh(exc)}）") from None


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark is allowed); a clear :class:`YamlProblem` for UTF-16 and other encodings."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise YamlProblem(path, 1, 1, "not UTF-8 text (it is UTF-16)", "不是 UTF-8 文本（而是 UTF-16）")
    head = data[:200]
    if len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4:
        raise YamlProblem(path, 1, 1, "not UTF-8 text (it looks like UTF-16 without a byte-order mark)",
                          "不是 UTF-8 文本（看来是没有字节顺序标记的 UTF-16）")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlProblem(path, 1, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                          f"不是 UTF-8 文本（第 {exc.start} 字节：{exc.reason}）") from None


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
