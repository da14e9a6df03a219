"""Sandboxed Jinja: clause placeholders and position-paper text templates.

Templates never execute user code (sandboxed environment) and an undefined variable is an
error, not an empty string. Values are inserted as text, so ``& < > {{ }}`` in them stay literal.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.oserrors import reason_zh
from drafter.status import DrafterError


@lru_cache(maxsize=1)
def environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                                         trim_blocks=False, lstrip_blocks=True)


@lru_cache(maxsize=4096)
def _compile(source: str) -> Any:
    return environment().from_string(source)


PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def fill(source: str, values: dict[str, Any], where: str) -> str:
    """Render ``source`` with ``values``; a missing value or bad markup names ``where``."""
    if "{" not in source:
        return source
    rest = PLACEHOLDER.sub("", source)
    if not any(mark in rest for mark in ("{{", "}}", "{%", "{#")):  # plain placeholders: no template engine needed
        return _substitute(source, values, where)
    from jinja2 import TemplateError, UndefinedError

    try:
        return str(_compile(source).render(**values))
    except UndefinedError as exc:
        raise DrafterError(f"{where}: no value for a placeholder ({exc.message})",
                           zh=f"{where}：占位符没有值（{exc.message}）") from None
    except TemplateError as exc:
        raise DrafterError(f"{where}: template error: {exc}", zh=f"{where}：模板错误（{exc}）") from None


def _substitute(source: str, values: dict[str, Any], where: str) -> str:
    """``{{ name }}`` replaced by ``str(values[name])``, as the template engine would."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise DrafterError(f"{where}: no value for a placeholder ('{name}' is undefined)",
                              zh=f"{where}：占位符“{name}”没有值")
        return str(values[name])

    return PLACEHOLDER.sub(value, source)


def render_file(path: Path, values: dict[str, Any]) -> str:
    """Render a text template file (UTF-8)."""
    from jinja2 import TemplateError, UndefinedError

    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DrafterError(f"{path}: cannot read the template: {exc.strerror}",
                           zh=f"{path}：无法读取模板（{reason_zh(exc)}）") from None
    try:
        return str(environment().from_string(source).render(**values))
    except UndefinedError as exc:
        raise DrafterError(f"{path}: undefined variable in the template ({exc.message})",
                           zh=f"{path}：模板中有未定义的变量（{exc.message}）") from None
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise DrafterError(f"{path}{':' + str(line) if line else ''}: template error: {exc}",
                           zh=f"{path}{f' 第{line}行' if line else ''}：模板错误（{exc}）") from None
