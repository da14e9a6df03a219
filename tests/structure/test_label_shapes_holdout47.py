"""Label shapes of the blind set holdout47 (#20), tested with sentences of our own: operative clauses numbered as
the articles of a law ("Art. 1", "Article 2:", "Artículo 3"), as delegates whose first language is Spanish, French or
Portuguese number them; an article named at the start of a sentence stays text."""

from __future__ import annotations

import pytest

from drafter.labelkinds import read_typed


@pytest.mark.parametrize(("text", "value", "label"), [
    ("Art. 1 Asks the regional offices to publish their budgets;", 1, "Art. 1"),
    ("Article 2: Asks the regional offices to publish their budgets;", 2, "Article 2:"),
    ("Artículo 3 Pide a las oficinas regionales publicar sus presupuestos;", 3, "Artículo 3"),
])
def test_an_article_label_is_read(text: str, value: int, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("number", value, label)
    # an article named in the text, or standing alone, is no label
    assert read_typed("Article 12 of the Convention sets out the duties of States") is None
    assert read_typed("Article 5.") is None
