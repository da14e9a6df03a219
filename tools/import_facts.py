"""Write the library's facts about States from the shared research data (../shared/data), each with its sources.

    python tools/import_facts.py [DATA_FOLDER]

Writes clauses/references.yaml (the works cited), clauses/facts/*.yaml (one file per subject: the vote on and the
sponsorship of A/RES/74/247, the Budapest Convention, the United Nations Convention against Cybercrime, national
law, Internet use, the ITU Global Cybersecurity Index 2020, regional instruments, positions stated in the Ad Hoc
Committee) and rewrites the names, aliases and sources of clauses/countries.yaml, whose facts now come from those
files. What the data leaves uncertain stays out or is marked: see the comments of each output file and
SOURCES-2026.md / COUNTRY-FACTS.md in the data folder. Run it again after the data changes; the tests compare the
library with the data.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from references import REFERENCES, SEEDS, SITES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "clauses"
URL = re.compile(r"https?://[^\s;|,)\"]+")


def default_data() -> Path:
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    raise SystemExit("no shared/data folder above this checkout; give its path")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


# -- references ------------------------------------------------------------------------------------------------

BY_URL = {url: ident for ident, (_, _, url, _) in REFERENCES.items() if url}
EXTRA: dict[str, tuple[str, str | None, str, str]] = {}


def reference(url: str) -> str:
    """The id of the reference at ``url``: a listed one, else one named after its site."""
    url = url.rstrip(".")
    if url in BY_URL:
        return BY_URL[url]
    site = urlparse(url).netloc
    ident = re.sub(r"[^a-z0-9]+", "-", site.removeprefix("www.").lower()).strip("-") + "-" + \
        hashlib.sha1(url.encode()).hexdigest()[:6]
    if ident not in EXTRA:
        publisher = SITES.get(site, site.removeprefix("www."))
        EXTRA[ident] = (publisher, None, url, "")
    BY_URL[url] = ident
    return ident


def urls(text: str) -> list[str]:
    return list(dict.fromkeys(reference(u) for u in URL.findall(text)))


# -- facts ------------------------------------------------------------------------------------------------------

def res_74_247(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "res_74_247_vote.csv"):
        yield {"country": row["iso3"], "fact": "res_74_247", "value": row["vote"], "date": "2019-12-27",
               "sources": ["ga-12235", "unvotes-9087"]}
        if row["iso3"] == "RUS":
            yield {"country": "RUS", "fact": "res_74_247_role", "value": "initiated", "document": "A/C.3/74/L.11",
                   "sources": ["tass-1091919", "a-c3-74-l11"]}
        elif row["original_sponsor_L11"] == "Y":
            yield {"country": row["iso3"], "fact": "res_74_247_role", "value": "sponsored",
                   "document": "A/C.3/74/L.11", "sources": ["a-c3-74-l11"]}
        elif row["cosponsor_3c"] == "Y":
            yield {"country": row["iso3"], "fact": "res_74_247_role", "value": "co-sponsored",
                   "document": "A/C.3/74/L.11/Rev.1", "sources": ["mid-ru-3909516"]}


# Budapest years checked against the inview.nl entry-into-force dates (SOURCES-2026.md, 2.3)
CHECKED_YEARS = {"ARG", "AUS", "BRA", "CAN", "CHL", "COL", "CRI", "DOM", "GHA", "ISR", "JPN", "CPV", "LIE", "MLT",
                 "MAR", "MUS", "MDA", "PHL", "AND"}
INVITED_ON = {"KEN": "2024-10-09", "MWI": "2024-10-09", "PNG": "2024-10-09", "MOZ": "2024-02-07",
              "TLS": "2022-10-06"}
SIGNED_ON = {"IRL": "2002-02-28", "ZAF": "2001-11-23"}
DEPOSITED_ON = {"BEN": "2024-06-20", "CIV": "2024-07-29", "FJI": "2024-06-20", "KIR": "2024-06-20",
                "NZL": "2025-08-28", "RWA": "2025-01-10", "STP": "2025-06-05", "VUT": "2025-06-05"}


def budapest(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "budapest_status_2026.csv"):
        iso3, status, source = row["iso3"], row["status"], row["source"]
        fact: dict[str, Any] = {"country": iso3, "fact": "budapest", "value": status, "as_of": "2026-01-14"}
        year_src = re.search(r"year_src=([\w-]+)", source)
        verified = year_src is None or year_src.group(1) in ("coe2015", "netlawgic", "trb2007", "news") or \
            (year_src.group(1) == "k" and iso3 in CHECKED_YEARS)
        inferred = "inferred" in source
        if status == "party":
            if row["year"].isdigit() and verified and not inferred:
                fact["year"] = int(row["year"])
            elif row["year"]:
                fact["note"] = f"year of deposit {row['year']} not verified ({'inferred' if inferred else 'unchecked'})"
            if iso3 in DEPOSITED_ON:
                fact["date"] = DEPOSITED_ON[iso3]
            if iso3 == "ECU":
                fact["confidence"] = "medium"
        elif status == "signatory":
            fact["date"], fact["year"] = SIGNED_ON[iso3], int(SIGNED_ON[iso3][:4])
        elif status == "invited":
            if iso3 in INVITED_ON:
                fact["date"], fact["year"] = INVITED_ON[iso3], int(INVITED_ON[iso3][:4])
                fact["as_of"] = "2025-11" if iso3 == "MOZ" else INVITED_ON[iso3]
            else:
                weak = iso3 in ("BFA", "GTM", "NER")
                fact["confidence"] = "low" if weak else "medium"
                fact["as_of"] = {"MEX": "2025-01", "BFA": "2026-01"}.get(iso3, "2020")
                fact["note"] = " ".join(source.split(":")[0].split())
        elif status == "unknown":
            fact["note"] = "not a Party; an invitation is reported but not verified"
        sources = urls(source) or ["coe-budapest-parties"]
        if status in ("party", "none", "unknown") and "coe-budapest-parties" not in sources:
            sources.insert(0, "coe-budapest-parties")
        if status in ("none", "unknown") or iso3 == "ECU":
            sources.append("nl-treaty-ets185")
        fact["sources"] = list(dict.fromkeys(sources))
        yield fact


def uncc(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "uncc_signatories_2026.csv"):
        iso3, status, day, source = row["iso3"], row["status"], row["date"], row["source"]
        if iso3 == "EU":
            continue
        sources = urls(source)
        fact: dict[str, Any] = {"country": iso3, "fact": "uncc"}
        if status == "not_signed":
            fact.update(value="not-signed", as_of=day)
            if day == "2025-10-26":
                fact["confidence"] = "medium"
                fact["note"] = "not at Hanoi; no later list covers it"
        else:
            fact.update(value="signed" if status == "signed" else "ratification-reported", as_of="2026-05-21")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                fact["date"] = day
                fact["place"] = "Hanoi" if day.startswith("2025-10") else "Headquarters"
            elif day == "2025-10-25/26":
                fact.update(date="2025-10", place="Hanoi", note="day not recorded (25 or 26 October 2025)")
            elif iso3 == "ARE":
                fact.update(place="Headquarters", as_of="2026-02", confidence="medium",
                            note="signed after Hanoi, by February 2026; date not found")
            elif iso3 == "CAN":
                fact.update(date="2026-07", place="Headquarters", as_of="2026-08-01", confidence="medium",
                            note="secondary source (a digest citing canada.ca)")
            if iso3 == "UGA":
                fact["confidence"] = "medium"
            if status != "signed":
                sources.append("machineherald-2026-05-21")
                if iso3 == "AZE":
                    fact["ratified"] = "2026-02-23"
                    sources.append("reportaz-2026-02")
                    fact["note"] = "President signed the law of ratification on 23 February 2026; deposit not verified"
                else:
                    fact["note"] = "ratification reported (Machine Herald, May 2026); date of deposit not verified"
        fact["sources"] = list(dict.fromkeys(sources))
        yield fact


LANGUAGE_NOTE = re.compile(r"\s*\((?:[Ii]n |n )?(?:English|French|Spanish|Portuguese|[Aa]rabic|Russian|Greek)"
                           r"[^)]*\)")
CYBER = re.compile(r"cyber|ciber|computer|inform[aá]|electronic|digital|tecnolog|reati informatici|online|"
                   r"telecommunication", re.I)
AMENDMENT_NOTE = re.compile(r"\s*\((?:with the latest amendments|as amended|amended|revised|consolidated)[^)]*\)")
LONGEST = 120
SPELLING = {"Crimial": "Criminal", "Cybcercrime": "Cybercrime", "Crime Crime Act": "Crime Act", "Domíno": "Domínio"}


def law_title(titles: str, status: str) -> tuple[str, str]:
    """The title a paper may print, and a note of what was changed ("" when nothing)."""
    chosen, notes = [], []
    for raw in titles.split(" | "):
        title = LANGUAGE_NOTE.sub("", raw).strip().rstrip(".").strip()
        if AMENDMENT_NOTE.search(title):
            title = AMENDMENT_NOTE.sub("", title)
            notes.append("a bracketed note on amendments dropped")
        title = title.replace(" ,", ",")
        if re.search(r"(,| -) Sections? [\d, ]+$", title):
            title = re.sub(r"(,| -) Sections? [\d, ]+$", "", title)
            notes.append("the sections cited after the title dropped")
        title = re.sub(r"\s+-\s+[A-Z]{2,5}$", "", title)  # "… Act - CMCA": the acronym
        title = re.sub(r"\s+", " ", title)
        if not title or title.lower() == "link" or title.count("(") != title.count(")") or \
                title.count("“") != title.count("”") or title.count('"') % 2 or len(title) > LONGEST:
            continue
        if status == "legislation" and re.search(r"\b(Draft|Bill)\b", title):
            continue
        for wrong, right in SPELLING.items():
            if wrong in title:
                title = title.replace(wrong, right)
                notes.append(f"spelling corrected: {wrong} -> {right}")
        chosen.append(title)
    best = next((t for t in chosen if CYBER.search(t)), chosen[0] if chosen else "")
    return best, "; ".join(dict.fromkeys(notes)) if best else ""


STATUS = {"Legislation": "legislation", "Draft Legislation": "draft", "No Legislation": "none", "No Data": "no-data"}


def national_law(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "cybercrime_law_unctad_2026.csv"):
        status = STATUS[row["cybercrime_status"]]
        fact: dict[str, Any] = {"country": row["iso3"], "fact": "law", "value": status, "as_of": "2026-04-27"}
        if row["law_titles"] and not row["quality_flag"]:
            title, note = law_title(row["law_titles"], status)
            if title:
                fact["title"] = title
            if note:
                fact["note"] = note
        elif row["quality_flag"]:
            fact["note"] = f"title not used: {row['quality_flag']}"
        fact["sources"] = ["unctad-cyberlaw-2026"]
        yield fact
        yield {"country": row["iso3"], "fact": "data_protection", "value": STATUS[row["data_protection_status"]],
               "as_of": "2026-04-27", "sources": ["unctad-cyberlaw-2026"]}


def internet(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "internet_users_itu.csv"):
        fact: dict[str, Any] = {"country": row["iso3"], "fact": "internet", "value": float(row["internet_users_pct"]),
                                "year": int(row["year"]), "sources": ["itu-internet"]}
        if row["stale_flag"]:
            fact["note"] = "older than 2021"
        yield fact


def gci(data: Path) -> Iterator[dict[str, Any]]:
    for row in rows(data / "gci_itu.csv"):
        if not row["gci2020_overall"]:
            continue
        raw = {name: row[f"gci2020_{name}"] for name in ("legal", "technical", "organisational", "capacity",
                                                        "cooperation")}
        fact: dict[str, Any] = {"country": row["iso3"], "fact": "gci2020", "value": float(row["gci2020_overall"])}
        if all(raw.values()):
            fact["pillars"] = {name: float(value) for name, value in raw.items()}
        elif sum(float(v) for v in raw.values() if v) > fact["value"]:
            continue  # the extraction is inconsistent (Mozambique: pillars above the overall score)
        else:
            fact["note"] = "pillar scores incomplete in the extraction"
        fact["sources"] = ["itu-gci-2020"]
        yield fact


# Regional instruments. A second source is what a paper needs before it states one (COUNTRY-FACTS.md).
MALABO_2023 = ["BEN", "CPV", "CIV", "COG", "GHA", "GIN", "MOZ", "MUS", "NAM", "NER", "RWA", "SEN", "TGO", "ZMB", "MRT"]
ARAB_2016 = ["ARE", "JOR", "DZA", "SDN", "IRQ", "OMN", "PSE", "QAT", "KWT", "EGY"]


def regional(data: Path) -> Iterator[dict[str, Any]]:
    seen = {(r["iso3"], r["instrument"][:5]) for r in rows(data / "regional_instruments_partial.csv")}
    for iso3 in MALABO_2023:
        assert (iso3, "Malab") in seen, iso3
        fact: dict[str, Any] = {"country": iso3, "fact": "malabo", "value": "ratified", "as_of": "2023-05",
                                "sources": ["dataguidance-malabo"]}
        if iso3 == "MRT":
            fact.update(date="2023-05-09", as_of="2023-05-19", sources=["powerlaw-malabo", "dataguidance-malabo"],
                        note="the fifteenth ratification; in force 8 June 2023")
        yield fact
    for iso3 in ARAB_2016:
        fact = {"country": iso3, "fact": "arab_it_convention", "value": "ratified", "as_of": "2016",
                "sources": ["alwatan-588024"]}
        if iso3 == "QAT":
            fact["sources"] = ["masress-356602", "alwatan-588024"]
        elif iso3 == "ARE":
            fact["sources"] = ["masress-33104", "alwatan-588024"]
        elif iso3 == "EGY":
            fact["note"] = ("a7walmasr.com reports a presidential decree approving accession, subject to "
                            "ratification (about 2014-2015): the two sources do not agree on the step reached")
        yield fact
    yield {"country": "KAZ", "fact": "cis_it_agreement", "value": "ratified", "date": "2019-12-09",
           "as_of": "2019-12-09", "sources": ["zakonpravo-cis-2019"]}
    yield {"country": "ARM", "fact": "cis_it_agreement", "value": "in-force", "date": "2022-01-22",
           "as_of": "2022-01-22", "sources": ["arlis-9136"]}


# Positions stated in the Ad Hoc Committee (ahc_positions.csv, high and medium confidence rows only), worded as the
# predicate of a paper's sentence; the subject is the State, or ``speaker`` for a group's statement.
POSITIONS: list[dict[str, Any]] = [
    {"country": "RUS", "row": ("RUS", "2019-11-22"), "sources": ["tass-1091919"],
     "text": {"en": "said through its Ministry of Foreign Affairs on 22 November 2019 that resolution 74/247 "
                    "“secures the digital sovereignty of states over their information space”",
              "zh": "于2019年11月22日通过外交部表示，第74/247号决议“确保各国对其信息空间的数字主权”"}},
    {"country": "RUS", "row": ("RUS", "2021-07"), "sources": ["kommersant-4920377"],
     "text": {"en": "published, after the organizational session of the Ad Hoc Committee in May 2021, a draft United "
                    "Nations convention on countering the use of information and communications technologies for "
                    "criminal purposes",
              "zh": "在特设委员会2021年5月组织会议之后，公布了一份关于打击为犯罪目的使用信息和通信技术的联合国公约草案"}},
    {"country": "USA", "row": ("USA", "2022-02-28"), "sources": ["stl-505895"],
     "text": {"en": "called at the first session of the Ad Hoc Committee (February 2022) for “a fair, "
                    "rights-respecting, criminal justice instrument focused on addressing cybercrime that is built "
                    "on consensus and informed by experts”",
              "zh": "在特设委员会第一届会议（2022年2月）上呼吁制定一项“公正、尊重权利、以应对网络犯罪为重点、建立在协商一致"
                    "基础上并听取专家意见的刑事司法文书”"}},
    {"country": "USA", "row": ("USA", "2022-08-29"), "sources": ["stl-539061"],
     "text": {"en": "advocated at the third session (August 2022) a practical instrument that respects human rights "
                    "and provides a modern framework for electronic evidence",
              "zh": "在第三届会议（2022年8月）上主张制定一项尊重人权、为电子证据提供现代框架的务实文书"}},
    {"country": "USA", "row": ("USA", "2022-02-28"), "sources": ["usun-2022-02-28"],
     "text": {"en": "said at the first session (February 2022) that, after the invasion of Ukraine, it would treat "
                    "the proposals of the Russian Federation “with extreme skepticism”",
              "zh": "在第一届会议（2022年2月）上表示，在乌克兰遭到入侵之后，将以“极度怀疑”的态度对待俄罗斯联邦的提案"}},
    {"group": "EU", "row": ("EU", "2022-03-02"), "sources": ["eeas-2022-03-02"],
     "speaker": {"en": "the European Union and its member States", "zh": "欧洲联盟及其成员国"},
     "text": {"en": "held in the Ad Hoc Committee (March 2022) that the convention should focus on clearly defined "
                    "cyber-dependent crimes, include procedural measures and criminal justice cooperation, "
                    "capacity-building among them, and be consistent with existing instruments",
              "zh": "在特设委员会（2022年3月）上主张，公约应侧重于界定明确的网络依赖型犯罪，纳入程序性措施和刑事司法合作"
                    "（包括能力建设），并与现有文书保持一致"}},
    {"group": "EU", "row": ("EU", "2020-01-15"), "sources": ["eeas-2020-01-15"],
     "speaker": {"en": "the European Union", "zh": "欧洲联盟"},
     "text": {"en": "did not support resolution 74/247, called the Budapest Convention the global standard and warned "
                    "in January 2020 that a United Nations treaty must not lower human rights standards or endorse "
                    "State control of the Internet",
              "zh": "不支持第74/247号决议，称《布达佩斯公约》为全球标准，并于2020年1月警告，联合国条约不得降低人权标准，"
                    "也不得认可国家对互联网的控制"}},
    {"country": "CHN", "row": ("CHN", "2024-02"), "sources": ["leiden-2024-02"],
     "text": {"en": "has made a treaty negotiated within the United Nations its primary objective, with State "
                    "sovereignty in cyberspace enshrined in it, a broader scope of criminalization and conditions on "
                    "transborder access to data, as an analysis by the Leiden Asia Centre (February 2024) describes",
              "zh": "把在联合国框架内谈判条约作为首要目标，主张在条约中确立网络空间国家主权、扩大刑事定罪范围并对跨境调取"
                    "数据设定条件（据莱顿亚洲中心2024年2月的分析）"}},
    {"country": "CUB", "row": ("CUB", "2022-02-28"), "sources": ["cubaminrex-2022-02-28"],
     "text": {"en": "supported a comprehensive convention “from the outset” and called at the first session of the "
                    "Ad Hoc Committee (February 2022) for strong international cooperation and for the transfer of "
                    "technologies, resources and knowledge to the South",
              "zh": "“从一开始”就支持制定一项全面公约，并在特设委员会第一届会议（2022年2月）上呼吁开展有力的国际合作，"
                    "向南方国家转让技术、资源和知识"}},
    {"group": "Arab League", "row": ("LAS", "2024-08"), "sources": ["darelhilal-2516675"],
     "speaker": {"en": "the League of Arab States", "zh": "阿拉伯国家联盟"},
     "text": {"en": "supported full consensus at the concluding session of the Ad Hoc Committee (August 2024), "
                    "recalled the Arab Convention on Combating Information Technology Offences of 2010 and called "
                    "for a unified Arab vision",
              "zh": "在特设委员会闭幕会议（2024年8月）上支持达成完全协商一致，回顾了2010年《阿拉伯打击信息技术犯罪公约》，"
                    "并呼吁形成统一的阿拉伯立场"}},
]


def positions(data: Path) -> Iterator[dict[str, Any]]:
    table = {(r["iso3"], r["date"], r["source_url"]): r for r in rows(data / "ahc_positions.csv")}
    for item in POSITIONS:
        url = REFERENCES[item["sources"][0]][2]
        row = table.get((*item["row"], url))
        assert row is not None and row["confidence"] in ("high", "medium"), item["row"]
        fact: dict[str, Any] = {("group" if "group" in item else "country"): item.get("group") or item["country"],
                                "fact": "position", "date": item["row"][1], "sources": item["sources"]}
        if "speaker" in item:
            fact["speaker"] = item["speaker"]
        fact["text"] = item["text"]
        if row["confidence"] != "high":
            fact["confidence"] = row["confidence"]
        yield fact


# -- writing ----------------------------------------------------------------------------------------------------

class Dumper(yaml.SafeDumper):
    pass


def _flow_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = all(not isinstance(item, dict | list) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


Dumper.add_representer(list, _flow_list)


def dump_entries(section: str, entries: list[dict[str, Any]], header: str) -> str:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()] + [f"{section}:"]
    for entry in entries:
        flat = all(not isinstance(v, dict) for v in entry.values())
        if flat:
            body = yaml.dump(entry, Dumper=Dumper, allow_unicode=True, default_flow_style=True, width=10_000,
                             sort_keys=False).strip()
            lines.append(f"  - {body}")
        else:
            body = yaml.dump(entry, Dumper=Dumper, allow_unicode=True, width=118, sort_keys=False).rstrip()
            block = body.splitlines()
            lines.append("  - " + block[0])
            lines += ["    " + line for line in block[1:]]
    return "\n".join(lines) + "\n"


FILES = {
    "res-74-247": (res_74_247, """
The recorded plenary vote on General Assembly resolution 74/247 (27 December 2019: 79 in favour, 60 against, 33
abstentions, 21 not voting) and the part each State took in its draft: the Russian Federation initiated it; eight
States sponsored A/C.3/74/L.11 (11 October 2019); the Russian Ministry of Foreign Affairs names 47 co-sponsors of the
revised draft A/C.3/74/L.11/Rev.1, those eight among them. Source: ../shared/data/res_74_247_vote.csv."""),
    "budapest": (budapest, """
The Council of Europe Convention on Cybercrime (Budapest, ETS No. 185): 81 Parties, 2 signatories and the known
invitees as of January 2026 (../shared/data/budapest_status_2026.csv, SOURCES-2026.md section 2). year: the year the
instrument was deposited (party), signed (signatory) or the invitation made (invited), only where a source gives it;
a year from general knowledge that no source checked stays in the note. Invitations of about 2020 (Guatemala, Niger)
may have lapsed after five years: confidence low; Burkina Faso's rests on a stale list: low."""),
    "uncc": (uncc, """
The United Nations Convention against Cybercrime (A/RES/79/243): signatures at Hanoi (25-26 October 2025: 70 Member
States, the State of Palestine and the European Union), later signatures at Headquarters and reported ratifications
(../shared/data/uncc_signatories_2026.csv, SOURCES-2026.md section 1). A State that had not signed is recorded as of
the last list that covers it; two States that signed between March and May 2026 are not identified, and signature
stays open until 31 December 2026."""),
    "national-law": (national_law, """
Cybercrime and data protection legislation as the UNCTAD Global Cyberlaw Tracker records it (data of 27 April 2026,
../shared/data/cybercrime_law_unctad_2026.csv). A law's title is kept only where the data does not flag it (general
penal code, placeholder link, no title); notes in brackets about the language of a text are dropped, a draft or bill
is not given as the title of legislation in force, and obvious misspellings are corrected (the note says which)."""),
    "internet": (internet, """
Individuals using the Internet, per cent of the population, with the year of the figure (ITU via World Bank WDI
IT.NET.USER.ZS, update of 24 January 2025; ../shared/data/internet_users_itu.csv)."""),
    "gci-2020": (gci, """
ITU Global Cybersecurity Index 2020: the overall score (of 100) and the five pillars (of 20 each)
(../shared/data/gci_itu.csv; no 2020 score for Micronesia, Palau and Yemen). The partial 2024 tiers are not used."""),
    "regional": (regional, """
Regional instruments: the Malabo Convention of the African Union (the 15 Parties at its entry into force on 8 June
2023), the Arab Convention on Combating Information Technology Offences (10 ratifications reported in 2016) and the
CIS agreement on combating crimes in the field of information technology (2018). COUNTRY-FACTS.md: a paper states
such a fact only where a second source agrees, that is where a fact lists two sources."""),
    "positions": (positions, """
Positions stated in the negotiations of the Ad Hoc Committee (2019-2024): the high- and medium-confidence rows of
../shared/data/ahc_positions.csv (machine-written session summaries are left out), worded as the predicate of a
paper's sentence. A group's statement (the European Union, the League of Arab States) belongs to every member."""),
}


# -- countries.yaml ---------------------------------------------------------------------------------------------

FORMAL = {"TUR": ("the Republic of Türkiye", "土耳其共和国"), "CIV": ("the Republic of Côte d'Ivoire", "科特迪瓦共和国")}
ALIASES_ZH = {"DMA": [], "DOM": ["多明尼加"]}  # 多米尼加 is the Dominican Republic, never Dominica
# names the UN's own texts list a State by besides its M49 short name, with the text that shows it
LISTED = {"DOM": ({"zh": ["多米尼加共和国"]}, "listed names: A/RES/74/82 (Chinese) para. 38 '决定多米尼加共和国、卢旺达和"
                                        "新加坡成为委员会成员' (shared/un-corpus/ga74/74_82_C.docx)")}


def rewrite_countries(data: Path) -> None:
    path = LIBRARY / "countries.yaml"
    text = path.read_text(encoding="utf-8")
    body = yaml.safe_load(text)
    corrections = {(r["iso3"], r["field"]): r for r in rows(data / "un_name_corrections.csv")}
    assert ("DMA", "common_name_zh") in corrections and ("TUR", "unterm_formal_en") in corrections
    for country in body["countries"]:
        iso3 = country["iso3"]
        country.pop("facts", None)
        if iso3 in FORMAL:
            country["formal"] = {"en": FORMAL[iso3][0], "zh": FORMAL[iso3][1]}
        if iso3 in ALIASES_ZH:
            country.setdefault("aliases", {"en": [], "zh": []})["zh"] = ALIASES_ZH[iso3]
        sources = ["names: UNSD M49 / UNTERM (shared/data/un_member_states.csv)"]
        if iso3 in LISTED:
            country["listed"] = LISTED[iso3][0]
            sources.append(LISTED[iso3][1])
        if iso3 in FORMAL:
            sources.insert(0, f"formal names: shared/data/un_name_corrections.csv (UNTERM blank for {iso3})")
        if "G77" in country["groups"]:
            sources.append("G77: derived from the rule of thumb in shared/data/blocs.yaml (count only verified)")
        sources.append("facts: clauses/facts/*.yaml, each with its own sources")
        country["sources"] = sources
    header = """Member States of the United Nations (193) and the two observer States: names and groups. Names are the UN M49
short names and UNTERM formal names in English and Chinese (../shared/data/un_member_states.csv), corrected by
../shared/data/un_name_corrections.csv: the formal names of Türkiye and Côte d'Ivoire; Dominica is 多米尼克 (多米尼加
is the Dominican Republic). Groups: BRICS, SCO, Arab League, African Union, EU, ASEAN, CIS, CoE (Council of Europe),
G77, LDC / LLDC / SIDS (UN M49). sort_zh is the pinyin of the Chinese name (Chinese lists sort by it). The facts the
blocs are derived from are in facts/*.yaml, each with its sources and the date it holds at (tools/import_facts.py)."""
    dumped = yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=118)
    path.write_text("\n".join(f"# {line}" for line in header.splitlines()) + "\n" + dumped, encoding="utf-8")


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else default_data()
    folder = LIBRARY / "facts"
    folder.mkdir(exist_ok=True)
    for name, (make, header) in FILES.items():
        entries = list(make(data))
        (folder / f"{name}.yaml").write_text(dump_entries("facts", entries, header), encoding="utf-8")
    refs = [{"id": ident, "en": en, **({"zh": zh} if zh else {}), **({"url": url} if url else {}),
             **({"date": day} if day else {}), **({"seed": SEEDS[ident]} if ident in SEEDS else {})}
            for ident, (en, zh, url, day) in {**REFERENCES, **EXTRA}.items()]
    (LIBRARY / "references.yaml").write_text(dump_entries("references", refs, """
The works the facts (facts/*.yaml) and the position papers cite. Titles are given in English and, for documents of
the United Nations and other bodies with a Chinese version or name, in Chinese; other works keep their English
description in Chinese papers. Written by tools/import_facts.py (tools/references.py)."""), encoding="utf-8")
    rewrite_countries(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
