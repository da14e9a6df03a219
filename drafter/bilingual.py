"""Words said in English and in Chinese: a pair of texts, and a message filled in both languages at once from
one set of fields (a field may itself be a pair, each language taking its own words)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """The same text in English and Chinese."""

    en: str
    zh: str

    def __getitem__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def __add__(self, other: Text) -> Text:
        """Each language's text followed by ``other``'s."""
        return Text(self.en + other.en, self.zh + other.zh)

    def format(self, **fields: object) -> Text:
        """Both texts as templates filled with ``fields`` (see :func:`fill`)."""
        return filled(self.en, self.zh, fields)


EMPTY = Text("", "")  # nothing, in either language


def fill(template: str, lang: str, fields: dict[str, object]) -> str:
    """``template`` (a ``str.format`` template) filled with ``fields`` in ``lang``: a :class:`Text` field gives
    its words in ``lang``, any other value is used as it is."""
    return template.format(**{k: v[lang] if isinstance(v, Text) else v for k, v in fields.items()})


def filled(en: str, zh: str, fields: dict[str, object]) -> Text:
    """The English template ``en`` and the Chinese ``zh`` filled with the same ``fields`` (see :func:`fill`)."""
    return Text(fill(en, "en", fields), fill(zh, "zh", fields))


def joined(items: list[Text], en: str, zh: str) -> Text:
    """``items`` listed in each language, joined by ``en`` in English and by ``zh`` in Chinese."""
    return Text(en.join(t.en for t in items), zh.join(t.zh for t in items))


def listing(items: list[str]) -> Text:
    """Words that are the same in both languages, listed: "a, b" in English, "a、b" in Chinese."""
    return Text(", ".join(items), "、".join(items))


def did_you_mean(name: str) -> Text:
    """A name suggested at the end of a message: "; did you mean 'Japan'?" / "，是否为“日本”？"."""
    return Text(f"; did you mean {name!r}?", f"，是否为“{name}”？")
