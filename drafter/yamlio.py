"""The one place YAML is parsed or written: safe loading that keeps line numbers (the PyYAML side in
:mod:`drafter.yamlparse`, imported only when a file is really parsed or YAML written).

Mappings come back as :class:`YMap` and sequences as :class:`YList`; both carry the
1-based line and column of themselves and of their keys and items, so every problem
found later can name file:line:column.
"""

from __future__ import annotations

import codecs
import errno
import re
import stat
from pathlib import Path
from typing import Any

from drafter.oserrors import reason_zh
from drafter.status import DrafterError, ExitStatus

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

def parse(text: str, path: Path) -> Any:
    """Parse YAML text; raise :class:`YamlProblem` with the file position on bad input."""
    from drafter import yamlparse  # loaded on use: PyYAML is imported only when a file is really parsed

    return yamlparse.parse(text, path)


def shorten(text: str, limit: int = 300) -> str:
    """``text``, cut at ``limit`` characters (for a message quoting a parser's words)."""
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
    folder or unreadable file is a clear error; a YAML problem is left to the caller, which knows its hints.
    Read through :mod:`drafter.yamlcache`: a file read before, unchanged, is not parsed again."""
    from drafter import yamlcache  # loaded on use: it imports this module

    named = INPUT_NAMES_ZH.get(what, what)
    try:
        return yamlcache.read(path)
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


def dump(data: Any) -> str:
    """Serialise plain data as readable block-style YAML, keys in the given order."""
    from drafter import yamlparse  # loaded on use: PyYAML is imported only when YAML is written

    return yamlparse.dump(data)
