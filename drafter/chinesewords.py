"""Chinese words: jieba's segmenter and its dictionary, loaded on first use (about half a second).

The comparison of texts cuts Chinese into words with it (:mod:`drafter.revise.tokens`); the lead-phrase reader asks
whether characters make a word (:func:`chinese_word`): a word is a writer's choice, characters that make none a slip.
"""

from __future__ import annotations

import functools
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
    """How often jieba's dictionary counts ``text`` as a word (制定 13662, 指定 1699; 0 for no word: 鼓历)."""
    tokenizer = segmenter()
    if not tokenizer.initialized:
        tokenizer.initialize()
    return int(tokenizer.FREQ.get(text, 0))


def word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words jieba's dictionary cuts ``text`` into (参考布达佩斯公约: 参考, 布达佩斯, 公约), without its
    guess of unknown words (HMM), so the same text is always cut the same way."""
    tokenizer = segmenter()
    return [(start, end) for _, start, end in tokenizer.tokenize(text, HMM=False)]
