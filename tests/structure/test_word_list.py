"""The spelling word list kept as one text and searched (drafter/structure/spelling.py): the same answers as the
table it was made from, before and after it turns into a table after many look-ups."""

from __future__ import annotations

from drafter.structure import spelling


def test_searching_the_text_answers_as_the_table() -> None:
    counts = {"recognizing": 7, "urges": 3, "colour": 0, "o'clock": 2, "re": 11}
    words = spelling._WordList(spelling._lines(counts))
    asked = ["recognizing", "urges", "colour", "o'clock", "re", "rec", "urge", "", "x\ty", "urges\n"]
    for word in asked * 3:
        assert words.get(word, 0) == counts.get(word, 0) and (word in words) == (word in counts), word
    assert words.table is None  # a few look-ups: searched, never made into a table
    words.SEARCHES = 3
    for word in [f"w{n}" for n in range(5)] + asked:
        assert words.get(word, 0) == counts.get(word, 0) and (word in words) == (word in counts), word
    assert words.table == counts


def test_the_real_list_knows_british_and_american_spellings() -> None:
    assert spelling.known("recognizing") and spelling.known("recognising") and spelling.known("re-emphasizing")
    assert not spelling.known("recognizng") and spelling.frequency("urges") > 0 == spelling.frequency("xqzt")
