"""State names as delegates write them: the UN short name, the formal name, a common name, a misspelling, a
non-member, or no State at all (a UN body, a company, a person in a crisis committee).

Names are compared in one folded form (simplified characters, no accents, case or punctuation, no leading
"the"), so "Côte d’Ivoire", "COTE D'IVOIRE", "科特迪瓦" and "俄羅斯" are found as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from drafter.hanzi import simplified
from drafter.library.hongkong_names import HONG_KONG_NAMES
from drafter.library.model import Country
from drafter.library.taiwan_names import TAIWAN_NAMES
from drafter.patterns import lazy
from drafter.punctuation import CJK

How = Literal["official", "formal", "common", "native", "informal", "non-member", "former", "former-initials"]

# Chinese names of Member States that are neither a UN name nor a short name in any Chinese standard (mainland,
# Taiwan, Hong Kong): the colloquial compass names of the two Koreas ("North Korea" / "South Korea" rendered with
# 朝鲜, the DPRK's own short name), which a chair sends back; 北韩 / 南韩 are Taiwan's and Hong Kong's names
# (:mod:`taiwan_names`), 朝鲜 and 韩国 the mainland's short names; and the slang of everyday talk for a State
# (老美 and 美帝 for the United States, 小日本 for Japan, holdout-zh76), which no standard gives either (facts, in
# simplified characters; read as whole names in a list of States, never inside words)
INFORMAL_NAMES_ZH: dict[str, tuple[str, ...]] = {"PRK": ("北朝鲜",), "KOR": ("南朝鲜",), "USA": ("老美", "美帝"),
                                                 "JPN": ("小日本",)}

# Entities that are neither Member States nor observer States of the United Nations, with the names delegates
# give them (facts; the library's countries are the 193 Member States and the two observer States)
NON_MEMBERS: dict[str, tuple[str, ...]] = {
    "Taiwan": ("Taiwan", "Republic of China", "Chinese Taipei", "台湾", "中华民国", "中华台北"),
    "Kosovo": ("Kosovo", "Republic of Kosovo", "科索沃"),
    "Western Sahara": ("Western Sahara", "Sahrawi Arab Democratic Republic", "西撒哈拉", "阿拉伯撒哈拉民主共和国"),
    "Northern Cyprus": ("Northern Cyprus", "Turkish Republic of Northern Cyprus", "北塞浦路斯"),
    "Somaliland": ("Somaliland", "索马里兰"),
    "Abkhazia": ("Abkhazia", "阿布哈兹"),
    "South Ossetia": ("South Ossetia", "南奥塞梯"),
}
# States as the United Nations named them in the past (facts): a State that no longer exists, or a Member State under
# the name it bore then; a committee set in that past (a historical committee) lists them so. Each entry: the English
# and Chinese names of the time, the ISO3 code of the Member State that bears the name now (None: the State is gone),
# other names and the initials delegates write
FORMER_STATES: tuple[tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Union of Soviet Socialist Republics", "苏维埃社会主义共和国联盟", None, ("Soviet Union", "苏联"), ("USSR",)),
    ("Byelorussian Soviet Socialist Republic", "白俄罗斯苏维埃社会主义共和国", "BLR", ("Byelorussian SSR",), ()),
    ("Ukrainian Soviet Socialist Republic", "乌克兰苏维埃社会主义共和国", "UKR", ("Ukrainian SSR",), ()),
    ("Czechoslovakia", "捷克斯洛伐克", None, ("Czechoslovak Socialist Republic", "Czech and Slovak Federal Republic"), ()),
    ("German Democratic Republic", "德意志民主共和国", None, ("民主德国",), ("GDR",)),
    ("Yugoslavia", "南斯拉夫", None, ("Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia",
                                      "南斯拉夫社会主义联邦共和国", "南斯拉夫联盟共和国"), ("SFRY",)),
    ("United Arab Republic", "阿拉伯联合共和国", None, (), ("UAR",)),
    ("Democratic Yemen", "民主也门", None, ("People's Democratic Republic of Yemen",), ()),
    ("Yemen Arab Republic", "阿拉伯也门共和国", None, (), ()),
    ("Tanganyika", "坦噶尼喀", None, (), ()),
    ("Burma", "缅甸联邦", "MMR", ("Union of Burma", "Socialist Republic of the Union of Burma"), ()),
    ("Ceylon", "锡兰", "LKA", (), ()),
    ("Dahomey", "达荷美", "BEN", (), ()),
    ("Upper Volta", "上沃尔特", "BFA", (), ()),
    ("Zaire", "扎伊尔", "COD", ("Republic of Zaire",), ()),
    ("Democratic Kampuchea", "民主柬埔寨", "KHM", ("Kampuchea", "Khmer Republic"), ()),
    ("Malagasy Republic", "马尔加什共和国", "MDG", (), ()),
    ("Western Samoa", "西萨摩亚", "WSM", (), ()),
)
# States as they name themselves in their own language, written in Latin letters (facts): a delegate who copies a
# State's name from its own government's pages or a national flag list writes "Nippon-koku", "Deutschland" or
# "Kongeriget Danmark"; United Nations documents write the English short name (UN-H06). Only names that differ from
# the English ones once accents are taken off ("España", not "México" or "România"), by ISO3 code
NATIVE_NAMES: dict[str, tuple[str, ...]] = {
    "ALB": ("Shqipëria", "Shqipëri", "Republika e Shqipërisë"),
    "ARM": ("Hayastan", "Hayastani Hanrapetutyun"),
    "AUT": ("Österreich", "Republik Österreich"),
    "AZE": ("Azərbaycan", "Azərbaycan Respublikası"),
    "BEL": ("België", "Belgique", "Belgien", "Koninkrijk België", "Royaume de Belgique"),
    "BRA": ("Brasil", "República Federativa do Brasil"),
    "CHE": ("Schweiz", "Suisse", "Svizzera", "Svizra", "Schweizerische Eidgenossenschaft", "Confédération suisse",
            "Confederazione Svizzera", "Confoederatio Helvetica", "Helvetia"),
    "CHN": ("Zhongguo", "Zhonghua Renmin Gongheguo"),
    "CZE": ("Česko", "Česká republika"),
    "DEU": ("Deutschland", "Bundesrepublik Deutschland"),
    "DNK": ("Danmark", "Kongeriget Danmark"),
    "EGY": ("Misr", "Jumhuriyat Misr al-Arabiya"),
    "ESP": ("España", "Reino de España"),
    "EST": ("Eesti", "Eesti Vabariik"),
    "ETH": ("Ityopiya",),
    "FIN": ("Suomi", "Suomen tasavalta"),
    "GEO": ("Sakartvelo",),
    "GRC": ("Hellas", "Ellada", "Elláda", "Ellinikí Dimokratía"),
    "HRV": ("Hrvatska", "Republika Hrvatska"),
    "HUN": ("Magyarország",),
    "IND": ("Bharat", "Bhārat", "Bharat Ganarajya"),
    "IRL": ("Éire", "Poblacht na hÉireann"),
    "ISL": ("Ísland", "Lýðveldið Ísland"),
    "ITA": ("Italia", "Repubblica Italiana"),
    "JPN": ("Nippon", "Nihon", "Nippon-koku", "Nihon-koku", "Nippon Koku", "Nihon Koku"),
    "KOR": ("Hanguk", "Daehan Minguk", "Taehan Min'guk"),
    "LTU": ("Lietuva", "Lietuvos Respublika"),
    "LVA": ("Latvija", "Latvijas Republika"),
    "MAR": ("Al-Maghrib", "Al-Mamlakah al-Maghribiyah"),
    "NLD": ("Nederland", "Koninkrijk der Nederlanden"),
    "NOR": ("Norge", "Noreg", "Kongeriket Norge", "Kongeriket Noreg"),
    "NZL": ("Aotearoa",),
    "PHL": ("Pilipinas", "Republika ng Pilipinas", "Filipinas"),
    "POL": ("Polska", "Rzeczpospolita Polska"),
    "RUS": ("Rossiya", "Rossiyskaya Federatsiya"),
    "SRB": ("Srbija", "Republika Srbija"),
    "SVK": ("Slovensko", "Slovenská republika"),
    "SVN": ("Slovenija", "Republika Slovenija"),
    "SWE": ("Sverige", "Konungariket Sverige"),
    "THA": ("Prathet Thai", "Mueang Thai"),
}
# States as delegates name them in their own first language when it is not the State's own (facts): a delegate whose
# first language is Spanish, French, Portuguese or Italian writes "Rusia", "Corée du Sud", "Alemanha" in an English
# draft, and one whose first language is Russian the English forms of the Soviet era's names ("Kirghizia",
# "Byelorussia", "Moldavia"); United Nations documents write the English short name (UN-H06). Read as a State's own
# name is ("native", the weakest reading). Only names that differ from every name the library holds once accents are
# taken off, and that are no English word ("Chili", "Argentine", "Japon" are left out), by ISO3 code
OTHER_LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "BEL": ("Bélgica",),
    "BLR": ("Byelorussia", "Belorussia", "Bielorrusia", "Biélorussie", "Bielorrússia"),
    "BRA": ("Brésil",),
    "DEU": ("Alemania", "Allemagne", "Alemanha", "Germania"),
    "DZA": ("Argelia", "Algérie", "Argélia"),
    "EGY": ("Egipto", "Égypte", "Egito", "Egitto"),
    "ESP": ("Espagne", "Espanha", "Spagna"),
    "FRA": ("Francia", "França"),
    "GBR": ("Reino Unido", "Royaume-Uni", "Regno Unito"),
    "GRC": ("Grecia", "Grèce", "Grécia"),
    "JPN": ("Japón", "Japão", "Giappone"),
    "KGZ": ("Kirghizia", "Kirgizia", "Kirghizstan", "Kirguistán", "Quirguistão"),
    "KOR": ("Corea del Sur", "Corée du Sud", "Coreia do Sul", "Corea del Sud"),
    "MAR": ("Marruecos", "Maroc", "Marrocos", "Marocco"),
    "MDA": ("Moldavia", "Moldavie"),
    "MEX": ("Mexique", "Méjico", "Messico"),
    "NLD": ("Países Bajos", "Pays-Bas", "Países Baixos", "Paesi Bassi"),
    "POL": ("Polonia", "Pologne", "Polônia"),
    "PRK": ("Corea del Norte", "Corée du Nord", "Coreia do Norte", "Corea del Nord"),
    "RUS": ("Rusia", "Russie", "Russland"),
    "SAU": ("Arabia Saudita", "Arabie saoudite", "Arábia Saudita"),
    "SWE": ("Suecia", "Suède", "Suécia", "Svezia"),
    "TUN": ("Túnez", "Tunisie"),
    "USA": ("Estados Unidos", "États-Unis", "Stati Uniti"),
    "ZAF": ("Sudáfrica", "Afrique du Sud", "África do Sul", "Sudafrica"),
}
# words that make a short name formal ("Federal Republic of Germany", "Italian Republic")
STATE_FORM = {"republic", "kingdom", "federation", "federal", "federative", "federated", "state", "states",
              "democratic", "people", "peoples", "socialist", "islamic", "arab", "united", "union", "commonwealth",
              "principality", "grand", "duchy", "sultanate", "emirate", "emirates", "plurinational", "bolivarian",
              "independent", "cooperative", "hashemite", "oriental", "sovereign", "popular", "dominion", "empire",
              "of", "the", "and"}
# the words that show a name is meant as a State's formal name ("republic", not "of")
STRONG_FORM = {"republic", "kingdom", "federation", "commonwealth", "principality", "duchy", "sultanate", "emirate"}
STATE_FORM_ZH = ("联邦", "民主", "人民", "社会主义", "伊斯兰", "共和国", "王国", "合众国", "大公国", "公国", "苏丹国",
                 "酋长国", "国")
WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)?")


def key(name: str, simplify: bool = True) -> str:
    """The folded form names are compared in (a delegate's text in simplified characters; the library's names are
    indexed as written, ``simplify=False``: its official names are simplified already)."""
    text = simplified(name.strip()) if simplify else name.strip()
    if not text.isascii():  # plain ASCII has no accent to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub("", _THE.sub("", text.casefold()))


_THE = lazy(r"^the\s+")
_NON_WORD = lazy(r"[\W_]+")
HAN_CHARACTER = lazy(r"[\u4e00-\u9fff]")  # one Chinese character


@dataclass(frozen=True)
class Found:
    """What a written name is: ``country`` is None for a non-member (then ``entity`` names it)."""

    how: How
    country: Country | None = None
    entity: str = ""


class StateNames:
    """Every way the library's States (and the non-members above) are written, for one lookup each."""

    def __init__(self, countries: Iterable[Country]) -> None:
        self.countries = list(countries)
        self._names: dict[str, Found] = {}
        for country in self.countries:  # the weakest reading first: a stronger one replaces it
            for name in (*NATIVE_NAMES.get(country.iso3, ()), *OTHER_LANGUAGE_NAMES.get(country.iso3, ())):
                self._names[key(name, simplify=False)] = Found("native", country)
            for name in (*TAIWAN_NAMES.get(country.iso3, ()), *HONG_KONG_NAMES.get(country.iso3, ())):
                self._names[key(name, simplify=False)] = Found("common", country)
            for name in (country.iso3, *country.aliases_en, *country.aliases_zh):
                self._names[key(name, simplify=False)] = Found("common", country)
            for name in INFORMAL_NAMES_ZH.get(country.iso3, ()):
                self._names[key(name, simplify=False)] = Found("informal", country)
        for entity, names in NON_MEMBERS.items():
            for name in names:
                self._names[key(name, simplify=False)] = Found("non-member", None, entity)
        self._former: dict[str, tuple[str, str, str | None]] = {}
        for english, chinese, successor, others, initials in FORMER_STATES:
            self._former[english] = (english, chinese, successor)
            for name in (english, chinese, *others):
                self._names[key(name, simplify=False)] = Found("former", None, english)
            for name in initials:
                self._names[key(name, simplify=False)] = Found("former-initials", None, english)
        for country in self.countries:
            for name in (country.formal.en, country.formal.zh):
                self._names[key(name, simplify=False)] = Found("formal", country)
        for country in self.countries:  # the names the UN's texts list a State by are as right as its short name
            for name in (country.name.en, country.name.zh, *country.listed_en, *country.listed_zh):
                self._names[key(name, simplify=False)] = Found("official", country)
        self._names.pop("", None)
        self._misspelt: tuple[dict[str, list[str]], list[tuple[str, Country]], re.Pattern[str]] | None = None
        self._four: list[tuple[str, Country]] | None = None  # the UN Chinese names of four characters
        self._short = {key(c.name.en, simplify=False): c for c in self.countries} | {key(c.name.zh, simplify=False): c for c in self.countries}

    def find(self, name: str) -> Found | None:
        """The State or entity ``name`` is written for, exactly (up to case, accents, script and punctuation)."""
        return self._names.get(key(name))

    def former(self, entity: str) -> tuple[str, str, Country | None]:
        """A State's name of the past (an entity :meth:`find` answers "former"): its English and Chinese names of the
        time and the Member State that bears the name now (None: the State is gone)."""
        english, chinese, successor = self._former[entity]
        now = next((c for c in self.countries if c.iso3 == successor), None) if successor else None
        return english, chinese, now

    def formal_style(self, name: str) -> Country | None:
        """The State whose name ``name`` gives in a formal style not in the library ("Italian Republic")."""
        if CJK.search(name):
            folded = key(name)
            for short, country in sorted(self._short.items(), key=lambda item: -len(item[0])):
                if CJK.search(short) and folded.startswith(short) and folded != short:
                    if re.fullmatch("(?:" + "|".join(STATE_FORM_ZH) + ")+", folded[len(short):]):
                        return country
            return None
        words = [w.casefold().replace("’", "'") for w in WORD.findall(simplified(name))]
        rest = [w for w in words if w.removesuffix("'s") not in STATE_FORM]
        if not rest or len(rest) == len(words):
            return None
        found = self._short.get(key(" ".join(rest)))
        if found is not None:
            return found
        leading = next(i for i, w in enumerate(words) if w.removesuffix("'s") not in STATE_FORM)
        if leading:  # the style before a name that holds "and" or "the" itself ("Republic of Bosnia and Herzegovina")
            found = self._short.get(key(" ".join(words[leading:])))
            if found is not None:
                return found
        if len(rest) == 1 and len(rest[0]) >= 5:  # the adjective of the short name: Italian, Argentine
            stems = {c.iso3: c for c in self.countries
                     if len(c.name.en) >= 4 and rest[0][:4] == key(c.name.en)[:4] and " " not in c.name.en}
            if len(stems) == 1:
                return next(iter(stems.values()))
        return None

    def styled_misname(self, name: str) -> Country | None:
        """The State a name in a State's style seems to mean although it is no name of it ("The Great Republic of
        Japan"): a word of State form, other words, then a State's short name."""
        words = [w.casefold().replace("’", "'") for w in WORD.findall(simplified(name))]
        if not any(w in STRONG_FORM for w in words):
            return None
        rest = [w for w in words if w not in STATE_FORM]
        for i in range(1, len(rest)):
            found = self._short.get(key(" ".join(rest[i:])))
            if found is not None:
                return found
        return None

    def garbled(self, name: str) -> Country | None:
        """The one State whose long English name ``name`` garbles: a name in a State's style whose words are
        mostly the words of that State's formal or official long name, some left out, added or changed ("United
        Kingdom and the Great Northern Ireland", "Democratic Republic of Korea"). The State that shares the most
        words, counted against the words of both names, wins; a word of State form alone ("Republic") never
        makes a match, and a tie is no answer."""
        if CJK.search(name):
            return None
        words = _long_words(name)
        if len(words) < 2 or not words & STATE_FORM:
            return None
        scores: dict[str, tuple[float, Country]] = {}
        for country in self.countries:
            for long_name in (country.formal.en, country.name.en, *country.aliases_en):
                known = _long_words(long_name)
                shared = words & known
                if not known & STATE_FORM or not shared - STATE_FORM:
                    continue
                score = len(shared) / len(words | known)
                if score > scores.get(country.iso3, (0.0, country))[0]:
                    scores[country.iso3] = (score, country)
        ranked = sorted(scores.values(), key=lambda item: -item[0])
        if not ranked or ranked[0][0] < GARBLED_SHARE or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    def abbreviation(self, name: str) -> Country | None:
        """The one State whose Chinese name ``name`` is the start of (沙特 for 沙特阿拉伯), if there is one."""
        folded = key(name)
        if len(folded) < 2 or not CJK.search(folded):
            return None
        starts = {f.country.iso3: f.country for k, f in self._names.items()
                  if f.country is not None and k.startswith(folded) and CJK.search(k)}
        return next(iter(starts.values())) if len(starts) == 1 else None

    def near_miss(self, name: str) -> Country | None:
        """The one Member State ``name`` misspells: a slip small for the name's length, the first letter kept (a
        Chinese name's first character may be a homophone's, the rest of the name as written)."""
        close = self.near_misses(name)
        return close[0] if len(close) == 1 else None

    def near_misses(self, name: str) -> list[Country]:
        """Every Member State ``name`` is as near to as ``near_miss`` asks, the nearest only: one when the slip
        tells the State, several when it is as near to two (阿尔及尼亚: one character off 阿尔及利亚 and 阿尔巴尼亚)."""
        folded = key(name)
        if CJK.search(folded):
            if len(folded) < 3:
                return []
            limit = 1
        elif len(folded) < 4 or name.strip().isupper() and len(name.strip()) <= 6:
            return []  # an acronym ("UNDP", "PRC") is no misspelt name
        else:
            limit = 1 if len(folded) <= 6 else (2 if len(folded) <= 12 else 3)
        best: dict[str, Country] = {}
        for written, found in self._names.items():
            # a UN Chinese name of four characters or more may have its first one changed for a homophone (赛内加尔
            # for 塞内加尔: an input-method slip), the rest kept as written; not the names of Taiwan and Hong Kong,
            # whose variants differ so too (塞普勒斯 beside Taiwan's 賽普勒斯 is Cyprus as written there)
            first_homophone = len(folded) >= 4 and len(written) == len(folded) and written[1:] == folded[1:] \
                and CJK.search(folded) is not None and found.how in ("official", "formal")
            if found.country is None or written[:1] != folded[:1] and not first_homophone \
                    or abs(len(written) - len(folded)) > limit or written == key(found.country.iso3):
                continue
            distance = edit_distance(written, folded, limit)
            if distance < limit:  # a closer name: the farther ones are no longer candidates
                best, limit = {}, distance
            if distance <= limit:
                best[found.country.iso3] = found.country
        return list(best.values())

    def misspelt_in_text(self, text: str) -> list[tuple[int, int, Country]]:
        """The misspelt Chinese names of Member States in running text (吉尔吉斯坦, 乌滋别克斯坦): a window one
        character off (one left out, added or changed) a UN Chinese name of five characters or more, its first and
        last characters kept, that is no name of the library's and overlaps none it finds in the text beyond its own
        span (a shorter name inside it, Taiwan's 吉尔吉斯 in 吉尔吉斯坦, is no reason to pass it). Spans in
        ``text``, with the State meant when only one is."""
        folded = simplified(text)
        if not CJK.search(folded):
            return []
        if self._misspelt is None:
            self._misspelt = self._misspelt_patterns()
        by_first, long_names, known = self._misspelt
        taken = [(m.start(), m.end()) for m in known.finditer(folded)]
        found: list[tuple[int, int, Country]] = []
        for start, end in _near_windows(folded, by_first):
            window = folded[start:end]
            if self.find(window) is not None or any(s < end and start < e and (s < start or e > end)
                                                    for s, e in taken):
                continue
            if any((known_name := self.find(part)) is not None and known_name.how in ("official", "formal")
                   for part in (window[:-1], window[1:])):
                continue  # a right name and the next word's first character (中非共和国国防): no slip
            near = [(name, c) for name, c in long_names
                    if name[0] == window[0] and name[-1] == window[-1] and edit_distance(window, name, 1) == 1]
            if all(len(name) < len(window) for name, _ in near) and any(
                    self.find(window[:cut]) is not None for cut in range(2, len(window) - 1)):
                continue  # a name, then words that end as the longer name does (巴勒斯坦两国 is no 巴勒斯坦国)
            meant = {c.iso3: c for _, c in near}
            if len(meant) == 1:
                found.append((start, end, next(iter(meant.values()))))
        found += self._misspelt_listed(folded, taken, found)
        return sorted(found)

    def _misspelt_listed(self, folded: str, taken: list[tuple[int, int]],
                         found: list[tuple[int, int, Country]]) -> list[tuple[int, int, Country]]:
        """A UN Chinese name of four characters with one character inside it changed (阿赛拜疆 for 阿塞拜疆, a
        homophone typed for it) where it stands as an item of a list of States: next to a 、, or after 和 / 及 / 与 /
        以及 that follow a State's name (越南、卡塔尔和阿赛拜疆). A short name is too near ordinary words to be judged
        alone in running text; a list of States tells what the word is."""
        if "、" not in folded and not taken:
            return []  # no list of States to stand in
        if self._four is None:
            self._four = [(name, c) for c in self.countries for name in {c.name.zh, *c.listed_zh}
                          if len(name) == 4 and all(CJK.match(ch) for ch in name)]
        short = self._four
        spans: list[tuple[int, int, Country]] = []
        for start in range(len(folded) - 3):
            end = start + 4
            listed = folded[end:end + 1] == "、" or folded[start - 1:start] == "、" or any(
                start >= len(word) and folded.startswith(word, start - len(word))
                and any(e == start - len(word) for _, e in taken) for word in ("以及", "和", "及", "与"))
            if not listed:
                continue
            window = folded[start:end]
            if not all(HAN_CHARACTER.match(ch) for ch in window) or self.find(window) is not None \
                    or any(s < end and start < e for s, e in taken) \
                    or any(s < end and start < e for s, e, _ in (*found, *spans)):
                continue
            near = {c.iso3: c for name, c in short if name[0] == window[0] and name[-1] == window[-1]
                    and sum(a != b for a, b in zip(name, window, strict=True)) == 1}
            if len(near) == 1:
                spans.append((start, end, next(iter(near.values()))))
        return spans

    def _misspelt_patterns(self) -> tuple[dict[str, list[str]], list[tuple[str, Country]], re.Pattern[str]]:
        """What :meth:`misspelt_in_text` looks with: the long UN Chinese names by their first character, the long
        names with their States, and a pattern of every Chinese name the library knows (the longest first)."""
        long_names = list({(name, c.iso3): (name, c) for c in self.countries
                           for name in (c.name.zh, c.formal.zh, *c.listed_zh)
                           if len(name) >= 5 and all(CJK.match(ch) for ch in name)}.values())
        by_first: dict[str, list[str]] = {}
        for name, _ in long_names:
            by_first.setdefault(name[0], []).append(name)
        chinese = sorted((k for k in self._names if CJK.search(k) and len(k) >= 2), key=len, reverse=True)
        known = re.compile("|".join(re.escape(k) for k in chinese))
        return by_first, long_names, known

    def segment(self, text: str) -> list[tuple[int, int]] | None:
        """Offsets of the names in ``text`` when it is several known names run together ("Angola Azerbaijan",
        "美国中国法国"), else None."""
        if CJK.search(text):
            tokens = [(m.start(), m.end()) for m in re.finditer(r"\S", text)]
        else:
            tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        if len(tokens) < 2 or len(tokens) > 400:
            return None
        longest = 14 if CJK.search(text) else 8
        # fewest[i]: the fewest names covering tokens[:i]; back[i]: where the last of them starts
        fewest: list[int | None] = [0] + [None] * len(tokens)
        back = [0] * (len(tokens) + 1)
        for end in range(1, len(tokens) + 1):
            for start in range(max(0, end - longest), end):
                before = fewest[start]
                if before is None or self.find(text[tokens[start][0]: tokens[end - 1][1]]) is None:
                    continue
                now = fewest[end]
                if now is None or before + 1 < now:
                    fewest[end], back[end] = before + 1, start
        total = fewest[-1]
        if total is None or total < 2:
            return None
        spans: list[tuple[int, int]] = []
        end = len(tokens)
        while end > 0:
            start = back[end]
            spans.append((tokens[start][0], tokens[end - 1][1]))
            end = start
        return spans[::-1]


GARBLED_SHARE = 0.6  # the share of the two names' words a garbled long name has in common with the State's


def _long_words(name: str) -> set[str]:
    """The words of an English name that tell it apart ("people's" and "peoples" alike; not "of", "the", "and")."""
    words = {w.casefold().replace("’", "'").removesuffix("'s").replace("'", "") for w in WORD.findall(name)}
    return {"people" if w == "peoples" else w for w in words} - {"of", "the", "and"}


def _near_windows(text: str, by_first: dict[str, list[str]]) -> list[tuple[int, int]]:
    """The spans of ``text``, left to right and not overlapping, of Chinese characters one slip or none off a name of
    ``by_first`` (one character left out, changed or added inside it, its first and last characters kept): at each
    place the longest such span, the search going on after it."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        longest = 0
        for name in by_first.get(text[at], ()):
            for size in (len(name) + 1, len(name), len(name) - 1):
                window = text[at:at + size]
                if size > longest and len(window) == size and window[-1] == name[-1] \
                        and (window == name or one_slip(window, name)) \
                        and all(HAN_CHARACTER.match(c) for c in window):
                    longest = size
        if longest:
            spans.append((at, at + longest))
            at += longest
        else:
            at += 1
    return spans



def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one character changed, left out or added (edit distance 1, without the
    table :func:`edit_distance` fills)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if len(longer) - len(shorter) != 1:
        return False
    same = 0
    while same < len(shorter) and shorter[same] == longer[same]:
        same += 1
    return shorter[same:] == longer[same + 1:]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edits between ``a`` and ``b`` (a letter left out, added, changed, or two swapped), or ``limit + 1`` once
    it is sure to exceed ``limit``."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


# -- lists of names in a heading ("France, Chile and Trinidad and Tobago", "法国、智利", "美国中国法国") ---------------

SEPARATORS = lazy(r"[,;、，；/]|\s{2,}|\t")
JOINTS = lazy(r"\s+(?:and|&)\s+|(?<=\S)[和及与](?=\S)", re.IGNORECASE)
NO_NAME = {"none", "无", "n/a", "na", "tbd", "nil", "暂无", "无附议国"}
TRAILER = lazy(r"\s*(?:etc\.?|et al\.?|and others|等国?|等等)\s*$", re.IGNORECASE)
REMARK = lazy(r"\([^()]*\)|（[^（）]*）")


def listed_names(text: str, start: int, end: int, names: StateNames) -> list[tuple[int, str]]:
    """The delegations listed in ``text[start:end]``, each as (1-based column, name as written): cut at commas, 、
    and semicolons, then a piece that names no one State is cut at "and" / "&" or read as several names run
    together ("美国中国法国") when that finds only known names; otherwise it stays one delegation as written."""
    masked = REMARK.sub(lambda m: " " * len(m.group(0)), text[:end])
    found: list[tuple[int, str]] = []
    for cut in [*SEPARATORS.finditer(masked, start, end), None]:
        stop = cut.start() if cut is not None else end
        for name_start, name_end in _split(text, start, stop, names):
            written = TRAILER.sub("", text[name_start:name_end]).strip(" .。:：")
            if written and written.casefold() not in NO_NAME:
                piece = text[name_start:name_end]
                found.append((name_start + len(piece) - len(piece.lstrip()) + 1, written))
        if cut is not None:
            start = cut.end()
    return found


def _split(text: str, start: int, end: int, names: StateNames) -> list[tuple[int, int]]:
    """[start, end) as one name, or as the fewest States it holds joined by "and" / 和 ("Trinidad and Tobago and
    France") or run together ("美国中国法国"); as one delegation when neither reads it whole."""
    piece = text[start:end]
    if names.find(TRAILER.sub("", piece).strip(" .。:：")) is not None:
        return [(start, end)]
    parts, position = [], start
    for joint in JOINTS.finditer(piece):
        parts.append((position, start + joint.start()))
        position = start + joint.end()
    parts.append((position, end))
    joined = _fewest(text, parts, names) if len(parts) > 1 else None
    if joined:
        return joined
    spans = names.segment(piece.strip())
    offset = start + len(piece) - len(piece.lstrip())
    if spans and not any(piece.strip()[a:b].islower() for a, b in spans):  # "and" is no State (AND: Andorra)
        return [(offset + a, offset + b) for a, b in spans]
    return [(start, end)]


def _fewest(text: str, parts: list[tuple[int, int]], names: StateNames) -> list[tuple[int, int]] | None:
    """The fewest runs of consecutive ``parts`` (with the joints between them) that are each a State's name."""
    best: list[list[tuple[int, int]] | None] = [[]] + [None] * len(parts)
    for stop in range(1, len(parts) + 1):
        for begin in range(stop):
            before = best[begin]
            span = (parts[begin][0], parts[stop - 1][1])
            if before is None or names.find(TRAILER.sub("", text[span[0]:span[1]]).strip(" .。:：")) is None:
                continue
            now = best[stop]
            if now is None or len(before) + 1 < len(now):
                best[stop] = [*before, span]
    return best[-1]
