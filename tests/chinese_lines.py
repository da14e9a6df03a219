"""What a Chinese message may hold in Latin letters, and a check that it holds no English sentence."""

from __future__ import annotations

import re

from drafter.punctuation import half_width_in_chinese, is_chinese

# Latin text a Chinese message legitimately names: quoted values, commands, options, paths, ids, YAML keys
_ALLOWED = re.compile(
    r"“[^”]*”"  # a value quoted as written
    r"|`[^`]*`"  # a command to type
    r"|\bdrafter(?: [\w|.-]+)+"  # a drafter command line
    r"|--?[A-Za-z][\w-]*(?:[ =][^\s，；：（）]+)?"  # an option and its value
    r"|\S*[/\\]\S*"  # a path
    r"|[\w.-]*\.(?:ya?ml|docx?|odt|rtf|pdf|md|txt|json|csv)\b"  # a file name
    r"|\b[\w-]*[\d_-][\w-]*\b"  # an id: cyb-core-op-12, UN-PUNCT-03, ISO3, UTF-8
)
_SENTENCE = re.compile(r"[A-Za-z]+(?:[ ,'][A-Za-z]+){2,}")  # three English words in a row


def english_in(line: str) -> list[str]:
    """The runs of three or more English words in ``line`` once quoted values, commands, options, paths and ids
    are set aside."""
    return _SENTENCE.findall(_ALLOWED.sub(" ", line))


def latin_words(line: str) -> set[str]:
    """The Latin words (two letters or more) of ``line`` once quoted values, commands, options, paths and ids are
    set aside."""
    return set(re.findall(r"[A-Za-z]{2,}", _ALLOWED.sub(" ", line)))


def assert_said_in_chinese(err: str) -> list[str]:
    """The lines of ``err``: the first opens with "drafter：", each is Chinese with full-width punctuation and
    no English sentence."""
    lines = err.strip().splitlines()
    assert lines, "nothing was said"
    assert lines[0].startswith("drafter："), err
    for line in lines:
        assert is_chinese(line), line
        assert not half_width_in_chinese(line), line
        assert not english_in(line), (english_in(line), line)
    return lines
