"""New WordprocessingML elements for a document python-docx opened, with python-docx loaded only when one is made:
a check that edits nothing never loads it."""

from __future__ import annotations

from typing import Any

from drafter.word.runtext import w


def OxmlElement(tag: str) -> Any:  # noqa: N802 - python-docx's name, for python-docx's element
    """A new python-docx element ``tag`` ("w:r")."""
    from docx.oxml import OxmlElement as make  # loaded on use: keeps a check that edits nothing fast

    return make(tag)


def qn(tag: str) -> str:
    """The Clark name of a prefixed WordprocessingML name ("w:i")."""
    return w(tag.removeprefix("w:"))
