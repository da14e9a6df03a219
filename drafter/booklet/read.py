"""A draft read for the booklet: opened (a .docx from any author, or an answers file built in memory), read
through the structure reader, and turned into what the booklet prints: its number or symbol, title and committee
as its heading gives them, its sponsor lines and the paragraphs of its text with their runs and labels."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.compose import answers as answers_file
from drafter.compose.assemble import assemble
from drafter.compose.bookletdoc import Block, BlockRole, Piece
from drafter.compose.render import to_docx
from drafter.library import Library
from drafter.status import DrafterError, ExitStatus
from drafter.structure import SYMBOL, Node, Structure, read_structure
from drafter.structure.heading import LIST_KEYS, bare_line, fields_in
from drafter.word import reader

UN_SPONSOR_LINE = re.compile(r"[:：]\s*(?:revised\s+)?draft\s+resolution\s*$|[:：]\s*(?:订正)?决议草案\s*$",
                             re.IGNORECASE)
# lines of a UN heading that are no title: "Resolution adopted by …", "[on the report of …]", "Adopted by the Security
# Council at its 8701st meeting …", "Resolution 2505 (2020)", "Agenda item 74 (a)", "Seventy-fourth session",
# "23January 2020" (a date typed without its space), "2019年12月27日大会决议", "第2505(2020)号决议",
# "安全理事会于2020年3月30日通过", "议程项目74(a)", "第七十四届会议"
NOT_A_TITLE = re.compile(r"^(?:resolution adopted by|adopted by|resolution\s+\d|agenda items?\s|\[|［|第.*号决议$"
                         r"|\d{4}年\d{1,2}月|议程项目)|决议$|通过$|\bsession$|届会议$|^\d{1,2}\s*[A-Z][a-z]+\s+\d{4}$",
                         re.IGNORECASE)
UN_TITLE = re.compile(r"^(\d+/\d+)\.?\s+(\S.*)$")
ROLES: dict[str, BlockRole] = {"organ": "organ", "preambular": "preambular", "operative": "operative", "sub": "sub",
                               "section": "section", "continuation": "continuation", "closing": "closing",
                               "annex": "annex", "table": "closing"}
POSITION_PAPER = {"position paper", "立场文件"}


@dataclass
class ReadDraft:
    """A draft as the booklet takes it."""

    path: Path
    language: str
    number: str  # from the heading: a draft number ("1.1") or a symbol; "" when none
    title: str
    committees: list[str]  # what the heading and organ line call the committee, most telling first
    sponsors: tuple[Block, ...]
    body: tuple[Block, ...]


def read_draft(path: Path, lib: Library) -> ReadDraft:
    """Read ``path`` (.docx, or .yaml / .yml answers file); :class:`DrafterError` (exit 2 or 3, in English and
    Chinese) when it cannot be read as a draft resolution."""
    tree = _structure(path, lib)
    if {n.para.text.strip().casefold() for n in tree.nodes[:12]} & POSITION_PAPER:  # as drafter check tells one
        raise DrafterError(f"{path}: a position paper, not a resolution", ExitStatus.BAD_INPUT,
                           zh=f"{path}：立场文件，不是决议")
    if not tree.operative:
        raise DrafterError(f"{path}: no operative paragraph found: not a draft resolution", ExitStatus.BAD_INPUT,
                           zh=f"{path}：没有执行性段落，不是决议草案")
    number, title, (labelled, bare), sponsors = _heading(tree)
    organs = []
    if tree.organ is not None:  # the organ that adopts: a better name than a masthead's parent organ
        organ = tree.organ.para.text.strip().rstrip(",，")
        if not organ.isupper():
            organs.append(re.sub(r"^the\s+", "", organ, flags=re.IGNORECASE))
    committees = labelled + organs + bare
    return ReadDraft(path, tree.language, number, title or ("" if number else path.stem), committees, tuple(sponsors), _body(tree))


def _structure(path: Path, lib: Library) -> Structure:
    from docx import Document

    if path.suffix.lower() in (".yaml", ".yml"):
        if not path.is_file():
            raise DrafterError(f"{path}: no such answers file", ExitStatus.BAD_INPUT, zh=f"{path}：没有这个答案文件")
        answers = answers_file.read(path, lib)
        if answers.kind != "resolution":
            raise DrafterError(f"{path}: a {answers.kind}, not a resolution", ExitStatus.BAD_INPUT,
                               zh=f"{path}：立场文件，不是决议")
        docx = Document(io.BytesIO(to_docx(assemble(answers, lib))))
        return read_structure(reader.read_docx(docx, path), lib, answers.language, answers.profile)
    return read_structure(reader.read(path), lib)


def _heading(tree: Structure) -> tuple[str, str, tuple[list[str], list[str]], list[Block]]:
    """The number, title, committee names (labelled "Committee: …", and bare lines) and sponsor lines of the
    heading block."""
    number, symbol, topic = "", "", ""
    titles: list[str] = []
    labelled: list[str] = []
    committees: list[str] = []
    sponsors: list[Block] = []
    list_follows = False
    for node in tree.heading:
        text = node.para.text.strip()
        if not text:
            continue
        found = fields_in(text)
        if tree.profile == "un" and all(f.key == "other" for f in found):
            found = []  # a UN agenda title with a colon ("Social development: social development, …") is no field
        if list_follows and not found:
            sponsors.append(_block(node, "sponsors"))
            list_follows = False
            continue
        list_follows = False
        if any(f.key in LIST_KEYS for f in found) or (not found and UN_SPONSOR_LINE.search(text)):
            sponsors.append(_block(node, "sponsors"))
            list_follows = bool(found) and found[-1].key in LIST_KEYS and found[-1].empty
            continue
        for item in found:
            if item.key == "number" and not item.empty and not number:
                number = item.value
            elif item.key == "topic" and not item.empty and not topic:
                topic = item.value
            elif item.key == "committee" and not item.empty:
                labelled.append(item.value)
        if found:
            continue
        kind = bare_line(text)
        if SYMBOL.match(text):
            symbol = symbol or text
        elif kind in ("number", "generic-title"):
            digits = re.search(r"\d+(?:\.\d+)*", text)
            number = number or (digits.group(0) if digits else "")
        elif kind == "committee":
            committees.append(text)
        elif kind == "title" and not NOT_A_TITLE.search(text):
            titles.append(text)
    title = topic or (titles[-1] if titles else "")
    adopted = UN_TITLE.match(title)
    if adopted:  # "74/247. Countering the use of …": the resolution's number and its title
        symbol, title = symbol or adopted.group(1), adopted.group(2)
    return symbol or number, title, (labelled, committees), sponsors


def _body(tree: Structure) -> tuple[Block, ...]:
    owners = {id(c): n for n in tree.nodes for c in n.continuation}  # a continuation stands at its owner's depth
    blocks = []
    for node in tree.nodes:
        role = ROLES.get(node.role)
        if role is None or not node.para.text.strip():
            continue
        owner = owners.get(id(node))
        blocks.append(_block(node, role, owner.level if owner is not None and role == "continuation" else None))
    return tuple(blocks)


def _block(node: Node, role: BlockRole, depth: int | None = None) -> Block:
    """The paragraph's runs (neighbours of the same emphasis joined), its Word numbering label as shown, depth."""
    pieces: list[Piece] = []
    for run in node.para.runs:
        piece = Piece(run.text, run.bold, run.italic, run.underline)
        if pieces and (pieces[-1].bold, pieces[-1].italic, pieces[-1].underline) == (run.bold, run.italic,
                                                                                      run.underline):
            pieces[-1] = Piece(pieces[-1].text + run.text, run.bold, run.italic, run.underline)
        else:
            pieces.append(piece)
    label = node.para.label if node.para.label and role in ("operative", "sub", "annex", "section") else ""
    labelled = bool(label) or (role in ("operative", "sub") and node.typed is not None)
    level = node.level if depth is None else depth
    return Block(role, tuple(pieces), label, level, labelled)
