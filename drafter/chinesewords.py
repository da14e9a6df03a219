"""Chinese words: jieba's segmenter and its dictionary, loaded on first use (about half a second).

The comparison of texts cuts Chinese into words with it (:mod:`drafter.revise.tokens`); the lead-phrase reader asks
whether characters make a word (:func:`chinese_word`): a word is a writer's choice, characters that make none a slip.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from drafter import cachedir


@functools.cache
def segmenter() -> Any:
    """jieba's tokenizer, loaded once; its dictionary cache is kept with drafter's own cache when there is one."""
    import logging

    # loaded on use: jieba takes half a second to load its dictionary
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    cache = cachedir.folder("jieba")
    if cache is not None:
        try:
            cache.mkdir(parents=True, exist_ok=True)
            tokenizer.tmp_dir = str(cache)
        except OSError:
            pass  # an unwritable cache folder: jieba keeps its cache in the temporary folder
    return tokenizer


def chinese_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (声明, 督促; not 欢印)."""
    tokenizer = segmenter()
    if not tokenizer.initialized:
        tokenizer.initialize()
    return bool(tokenizer.FREQ.get(text, 0))


def word_frequency(text: str) -> int:
    """How often jieba's dictionary counts ``text`` as a word (制定 13662, 指定 1699; 0 for no word: 鼓历). Read from
    the dictionary's text when jieba is not loaded yet (a few milliseconds, where loading it takes half a second: the
    lead-phrase reader asks this of a homophone slip in drafts that need jieba for nothing else)."""
    tokenizer = segmenter()
    if tokenizer.initialized:
        return int(tokenizer.FREQ.get(text, 0))
    return frequency_in_dictionary_text(text)


def frequency_in_dictionary_text(text: str) -> int:
    """:func:`word_frequency` read from the text of jieba's dictionary, without loading it."""
    line = re.search(rf"^{re.escape(text)} (\d+)", _dictionary_text(), re.MULTILINE)
    return int(line.group(1)) if line else 0


@functools.cache
def _dictionary_text() -> str:
    """The text of jieba's dictionary: a line "word frequency tag" for each word."""
    import jieba

    with jieba.get_dict_file() as dictionary:
        return str(dictionary.read().decode("utf-8"))


def word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words jieba's dictionary cuts ``text`` into (参考布达佩斯公约: 参考, 布达佩斯, 公约), without its
    guess of unknown words (HMM), so the same text is always cut the same way."""
    tokenizer = segmenter()
    return [(start, end) for _, start, end in tokenizer.tokenize(text, HMM=False)]
