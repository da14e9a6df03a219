"""How a position paper names its State, sentence after sentence, in a delegation's voice: the formal name first,
then the short name, "it" / 该国, or in Chinese the diplomatic "X方" where usage has one; never three sentences
in a row opening alike. :class:`Paragraphs` collects the sentences of a section, each with its citation marker."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.library.model import Country

# English short names that take "the" in running text (UN usage), besides those starting with these words
_THE = {"BHS", "COM", "GMB", "NER", "PHL", "SDN", "COG", "NLD", "MHL", "SLB"}
_THE_WORDS = ("United ", "Russian ", "Republic ", "Democratic ", "Dominican ", "Central ", "Lao ", "Syrian ",
              "Holy ", "State of ", "Czech ")
# the Chinese diplomatic short form "X方" (俄方, 中方) for States whose one-character form is unambiguous
SIDE_ZH = {"RUS": "俄方", "CHN": "中方", "USA": "美方", "GBR": "英方", "FRA": "法方", "DEU": "德方", "JPN": "日方",
           "KOR": "韩方", "IND": "印方", "ITA": "意方", "CAN": "加方", "AUS": "澳方", "EGY": "埃方", "KEN": "肯方",
           "VNM": "越方", "CUB": "古方", "MEX": "墨方", "TUR": "土方", "SAU": "沙方", "IDN": "印尼方", "THA": "泰方",
           "SGP": "新方", "NZL": "新方", "ZAF": "南非方", "PRK": "朝方", "MNG": "蒙方", "KAZ": "哈方", "BLR": "白方",
           "UKR": "乌方", "ISR": "以方", "ETH": "埃塞方", "SRB": "塞方", "NLD": "荷方", "GRC": "希方", "PRT": "葡方",
           "POL": "波方", "CHE": "瑞士方"}  # not 西方 (Spain: "the West") nor 比方 (Belgium: "for example")


def prose_name(country: Country) -> str:
    """The State's name inside an English sentence: the short name ("Kenya", "the Philippines"), or the formal one
    where the short name carries brackets ("Bolivia (Plurinational State of)")."""
    name = country.name.en
    if "(" in name:
        return country.formal.en or name
    if country.iso3 in _THE or name.startswith(_THE_WORDS):
        return f"the {name}"
    return name


def cap(text: str) -> str:
    """``text`` with its first letter in upper case (an English sentence's opening)."""
    return text[:1].upper() + text[1:]


def variant(country: Country, salt: str, count: int) -> int:
    """A choice among ``count`` wordings that stays the same for one State and differs between States."""
    return int(hashlib.sha1(f"{country.iso3}:{salt}".encode()).hexdigest(), 16) % count


def opening(sentence: str, lang: str) -> str:
    """What a sentence opens with: its first two characters in Chinese, its first word in English."""
    text = sentence.lstrip("“\"(（")
    if lang == "zh":
        return text[:2]
    return text.split(" ", 1)[0].strip(",").casefold()


@dataclass
class Paragraphs:
    """The paragraphs of a section in the making: sentences built around the State's name, so that no three in a
    row open alike and the formal name opens the first."""

    country: Country
    lang: str
    paragraphs: list[list[str]] = field(default_factory=list)
    openings: list[str] = field(default_factory=list)
    last_subject: str = ""
    said: set[str] = field(default_factory=set)  # facts already stated ("gci.capacity"), so as not to repeat them
    sides: bool = False  # whether 俄方, 中方 … may be a subject: in Chinese they name the party acting, in stances
    # how often each name was a sentence's subject; 该国 counts one from the start, so a delegation names itself first
    used: dict[str, int] = field(default_factory=lambda: {"该国": 1})

    def subjects(self) -> list[str]:
        """The State's names in the order they are tried for the next sentence's subject: the formal name opens
        the section; then the least used first (a paragraph opens with a name, not "it" or 该国), the formal name
        last, and the name the sentence before used after the others."""
        starting = not self.paragraphs or not self.paragraphs[-1]
        if self.lang == "zh":
            formal = self.country.formal.zh or self.country.name.zh
            side = SIDE_ZH.get(self.country.iso3, "") if self.sides else ""
            names = [self.country.name.zh, side, "" if starting else "该国"]
        else:
            formal = cap(self.country.formal.en or self.country.name.en)
            names = [cap(prose_name(self.country)), "" if starting else "It"]
        names = sorted(dict.fromkeys(n for n in names if n), key=lambda n: self.used.get(n, 0))
        if self.last_subject in names:
            names.remove(self.last_subject)
            names.append(self.last_subject)
        ordered = [formal, *names] if not self.openings else [*names, formal]
        return list(dict.fromkeys(ordered))

    def new(self) -> None:
        """Start a paragraph."""
        if not self.paragraphs or self.paragraphs[-1]:
            self.paragraphs.append([])

    def add(self, build: Callable[[str], str] | list[Callable[[str], str]], marker: str = "") -> None:
        """A sentence ``build(subject)`` (without its final full stop), then its citation ``marker``. ``build`` may
        be a list of wordings, tried in order; the subject and wording are the first that do not open the sentence
        like the one before."""
        builds = build if isinstance(build, list) else [build]
        tried = [(b(subject), subject) for b in builds for subject in self.subjects()]
        last = self.openings[-1:] if self.openings else []
        chosen, subject = next((t for t in tried if opening(t[0], self.lang) not in last), tried[0])
        self.put(chosen, marker)
        if subject in chosen:
            self.last_subject = subject
            self.used[subject] = self.used.get(subject, 0) + 1

    def put(self, text: str, marker: str = "") -> None:
        """A sentence as it is (no subject to choose), then its citation ``marker``."""
        if not self.paragraphs:
            self.paragraphs.append([])
        end = "。" if self.lang == "zh" else "."
        text = text.rstrip("。.")
        self.paragraphs[-1].append(f"{text}{marker}{end}")
        self.openings.append(opening(text, self.lang))

    def text(self) -> list[str]:
        """The paragraphs as text (sentences joined; a space between English ones)."""
        glue = "" if self.lang == "zh" else " "
        return [glue.join(p) for p in self.paragraphs if p]
