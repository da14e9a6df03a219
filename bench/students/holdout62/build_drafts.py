"""Write the holdout62 drafts and annotations.yaml (run once, before anything of drafter ran on them).

A draft is a list of paragraphs; a paragraph with a fault is a tuple (text, kind, note). Every "..." quote of a
note must be in its paragraph (checked here). Paragraph numbers count the non-empty lines after the two comment
lines, as bench/students.py does.
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WHO = "typed by holdout62, round 20: "
NOEMPH = "typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)"

DRAFTS: dict[str, tuple[str, str, list]] = {}

# ---------------------------------------------------------------- en-01 (clean)
DRAFTS["en-01-un-c3-cybercrime-sections-definitions-annex-footnotes-clean.txt"] = (
    WHO + "a university delegation's UN-style Third Committee L-document (heading block, sponsor line, title), "
    "operative part under section headings I.–IV. with the numbering continuing across them, a definitions clause "
    "with (a)–(c), cross-references (\"paragraph 1 (a) above\"), an annex with its own headings A.–C. and items 1.–5., "
    "footnotes typed at the end as [1] [2] (clean)",
    "un; " + NOEMPH,
    [
        "United Nations",
        "A/C.3/80/L.27",
        "General Assembly",
        "Distr.: Limited",
        "14 October 2025",
        "Original: English",
        "Eightieth session",
        "Third Committee",
        "Agenda item 108",
        "Crime prevention and criminal justice",
        "Brazil, Estonia, Ghana, Japan, Kenya, Mexico and Portugal: draft resolution",
        "Strengthening international cooperation against cybercrime",
        "The General Assembly,",
        "Recalling its resolution 79/243 of 24 December 2024, by which it adopted the United Nations Convention "
        "against Cybercrime[1],",
        "Recalling also its resolutions 74/247 of 27 December 2019 and 75/282 of 26 May 2021,",
        "Noting with concern that the misuse of information and communications technologies for criminal purposes "
        "continues to grow in scale and in reach,",
        "Recognizing that developing countries face particular challenges in investigating and prosecuting "
        "cybercrime and in obtaining electronic evidence held abroad,",
        "Mindful of the need to respect human rights and fundamental freedoms, including the right to privacy, in "
        "all measures taken against cybercrime,",
        "Taking note of the report of the Secretary-General on the implementation of resolution 79/243[2],",
        "I. Definitions",
        "1. Decides that, for the purposes of the present resolution:",
        "(a) \"Cybercrime\" means the offences established in accordance with articles 7 to 17 of the Convention;",
        "(b) \"Electronic evidence\" means any data relevant to a criminal investigation that is stored in or "
        "transmitted by an information and communications technology system;",
        "(c) \"Competent authority\" means the national authority designated by a State party to receive and "
        "send requests for mutual legal assistance under the Convention;",
        "II. Prevention",
        "2. Calls upon Member States that have not yet done so to consider signing and ratifying the Convention;",
        "3. Encourages Member States to develop national strategies for the prevention of cybercrime that include "
        "public awareness campaigns, in particular for children and older persons;",
        "4. Invites the private sector and civil society to contribute to the prevention measures referred to in "
        "paragraph 3 above;",
        "III. Capacity-building and technical assistance",
        "5. Requests the United Nations Office on Drugs and Crime, within existing resources:",
        "(a) To continue to provide technical assistance to developing countries, upon request, in the "
        "investigation of the offences defined in paragraph 1 (a) above;",
        "(b) To support the training of competent authorities, as defined in paragraph 1 (c) above, in the "
        "handling of electronic evidence;",
        "6. Urges Member States and other donors to provide extrabudgetary contributions for the purposes set out "
        "in paragraph 5 above;",
        "IV. Follow-up",
        "7. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report "
        "on the implementation of the present resolution, including on the action plan contained in the annex to "
        "the present resolution;",
        "8. Decides to include in the provisional agenda of its eighty-first session, under the item entitled "
        "\"Crime prevention and criminal justice\", the sub-item entitled \"Countering the use of information and "
        "communications technologies for criminal purposes\".",
        "Annex",
        "Action plan for capacity-building against cybercrime, 2026–2028",
        "A. Objectives",
        "1. The action plan aims to help developing countries to apply the Convention in their national law and "
        "practice.",
        "2. It covers the investigation and prosecution of cybercrime, the preservation of electronic evidence and "
        "international cooperation.",
        "B. Activities",
        "3. The United Nations Office on Drugs and Crime will hold regional workshops for competent authorities in "
        "2026 and 2027.",
        "4. A model law on electronic evidence will be prepared and made available in the six official languages.",
        "C. Review",
        "5. A review of the action plan will be presented to the Commission on Crime Prevention and Criminal "
        "Justice at its thirty-seventh session.",
        "[1] See resolution 79/243, annex.",
        "[2] A/80/312.",
    ],
)

# ---------------------------------------------------------------- en-02
DRAFTS["en-02-unausa-disec-small-arms-parts-restart-appendix-definitions.txt"] = (
    WHO + "an ambitious high-school bloc's UNA-USA-style DISEC draft with the operative part under \"Part I — "
    "Prevention\" / \"Part II — Cooperation\" (numbers restarting in Part II), a cross-reference \"clause 3 b) "
    "above\", an \"Appendix I – Definitions\" after the last clause and footnotes typed at the end as [1] [2]",
    "mun-en; " + NOEMPH,
    [
        "Committee: Disarmament and International Security Committee (DISEC)",
        "Topic: The illicit trade in small arms and light weapons",
        "Sponsors: Argentina, Ghana, Norway, Philippines",
        "Signatories: Chile, Côte d'Ivoire, Fiji, Jordan, Mexico, Nepal, Senegal, Sweden",
        "The General Assembly,",
        "Recalling the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and "
        "Light Weapons in All Its Aspects[1],",
        ("Reaffirming the Arms Trade Treaty, which entered into force on 24 December 2014,[2]",
         "preambular-end-mark",
         'a footnote mark typed after the comma: the clause ends with "[2]" instead of «,» («…24 December 2014[2],») '
         '(UN-B05, MUN-F04)'),
        "Deeply concerned by the diversion of small arms from national stockpiles to armed groups and criminal "
        "networks,",
        ("Noting that weak marking and record-keeping make it difficult to trace weapons used in crimes;",
         "preambular-end-mark",
         'preambular clause ends with ";" («…used in crimes,») (UN-B05, MUN-F04)'),
        "Convinced that regional organizations have an important role in the collection and destruction of surplus "
        "weapons,",
        "Part I — Prevention",
        "1. Urges Member States to mark all small arms at the time of manufacture and import, in line with the "
        "International Tracing Instrument;",
        "2. Encourages Member States to adopt the definitions set out in Appendix I when revising their national "
        "laws on firearms;",
        "3. Calls upon Member States to secure national stockpiles through:",
        "a) regular inventories of weapons and ammunition held by the armed forces and the police;",
        "b) the destruction of surplus, obsolete or seized weapons under international observation;",
        ("4. Recommends the creation of national commissions on small arms where none exist.",
         "operative-end-mark",
         'operative clause 4 ends with "." before the heading of Part II; only the last clause ends with a full '
         'stop («…where none exist;») (UN-B09, MUN-F05)'),
        "Part II — Cooperation",
        ("1. Invites regional organizations to establish registers of brokers of small arms and light weapons;",
         "numbering",
         '"1." after clause 4 - the numbers restart under the heading of Part II («5.»; the three clauses after it '
         'continue the restarted count as 2. to 4. and are not annotated again) (UN-B07, MUN-F05)'),
        "2. Requests the Secretary-General to assist States, upon request, with the inventories described in "
        "clause 3 b) above;",
        "3. Further invites Member States to share information on seized weapons through the INTERPOL Illicit Arms "
        "Records and tracing Management System (iARMS);",
        ("4. Decides to remain actively seized of the matter.",
         "other",
         'the Security Council\'s closing formula "Decides to remain actively seized of the matter" in a General '
         'Assembly committee\'s draft (MUN-F09, UN-B14)'),
        "Appendix I – Definitions",
        "For the purposes of this resolution:",
        "(a) \"small arms\" means weapons designed for individual use, including revolvers, pistols, rifles, "
        "carbines and light machine guns;",
        "(b) \"light weapons\" means weapons designed for use by two or three persons serving as a crew;",
        "(c) \"diversion\" means the transfer of a weapon from the legal to the illicit market.",
        "[1] A/CONF.192/15, chapter IV.",
        "[2] A/RES/67/234 B.",
    ],
)

# ---------------------------------------------------------------- en-03
DRAFTS["en-03-unausa-hrc-young-defenders-declaration-adopted-in-body.txt"] = (
    WHO + "a university delegation's UNA-USA-style Human Rights Council draft with a definitions list typed between "
    "preamble and operative part, a declaration adopted by a clause (\"Adopts the following declaration:\" then "
    "its title, its own preamble and Articles 1–3) and the resolution's clauses continuing after it",
    "mun-en; " + NOEMPH,
    [
        "Committee: Human Rights Council",
        "Topic: Protecting young environmental human rights defenders",
        "Sponsors: Colombia, Costa Rica, Finland, Vanuatu",
        "Signatories: Benin, Chile, Ireland, Malawi, Maldives, Mongolia, Paraguay, Slovenia",
        "The Human Rights Council,",
        "Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,",
        "Recalling Human Rights Council resolution 40/11 of 21 March 2019 on environmental human rights "
        "defenders,",
        ("Deeply Concerned by the threats, harassment and violence faced by young people who defend the "
         "environment,",
         "capital-after-lead",
         '"Deeply Concerned" - capital letter inside the lead phrase («Deeply concerned») (MUN-F04, UN-B03)'),
        "Recognizing the contribution of children and youth to climate action at the local, national and "
        "international levels,",
        ("For the purposes of this resolution:",
         "operative-without-verb",
         'a definitions chapeau "For the purposes of this resolution:" typed as a line of its own between the '
         'preamble and clause 1, with no number and no operative verb (e.g. «1. Decides that, for the purposes of '
         'the present resolution:») (UN-B06, UN-B07, MUN-F05)'),
        "(a) \"young environmental defenders\" means persons under the age of 30 who act peacefully to protect the "
        "environment;",
        "(b) \"reprisal\" means any act of intimidation or harm against a person because of his or her cooperation "
        "with the United Nations;",
        "1. Condemns all reprisals against young environmental defenders, online and offline;",
        "2. Adopts the following declaration:",
        "Declaration on the Protection of Young Environmental Human Rights Defenders",
        "We, the members of the Human Rights Council,",
        "Affirming that every young person has the right to take part in the protection of the environment,",
        "Acknowledging the particular vulnerability of defenders in rural and indigenous communities,",
        "Declare as follows:",
        "Article 1. Every young person has the right, individually and in association with others, to promote and "
        "strive for the protection of the environment.",
        "Article 2. States shall protect young environmental defenders against violence, threats, retaliation and "
        "discrimination.",
        "Article 3. States shall ensure that young environmental defenders have access to information and to "
        "justice in environmental matters.",
        "3. Calls upon States to give the widest possible publicity to the declaration adopted in paragraph 2 "
        "above, including in schools and universities;",
        ("4. Requests the Office of the High Commissioner for Human Rights to prepare a child-friendly version of "
         "the declaration.",
         "operative-end-mark",
         'operative clause 4 ends with "." but is not the last clause («…of the declaration;») (UN-B09, MUN-F05)'),
        ("6. Invites special procedure mandate holders to pay attention to the situation of young defenders in "
         "their reports;",
         "numbering",
         '"6." after clause 4 - number 5 is skipped («5.»; the clause after it continues the count as 7. and is not annotated again) (UN-B07, MUN-F05)'),
        "7. Decides to consider the matter at its sixty-second session under the same agenda item.",
    ],
)

# ---------------------------------------------------------------- en-04
DRAFTS["en-04-un-c2-small-scale-fisheries-sections-code-annex.txt"] = (
    WHO + "a university delegation's UN-style Second Committee L-document with section headings A.–C. in the "
    "operative part (a number skipped after a heading), a clause that adopts a code of conduct \"contained in the "
    "annex\", and the annex itself (Articles 1–3 with headings on their own lines and (a)–(c) items)",
    "un; " + NOEMPH,
    [
        "United Nations",
        "A/C.2/80/L.19",
        "General Assembly",
        "Distr.: Limited",
        "3 November 2025",
        "Original: English",
        "Eightieth session",
        "Second Committee",
        "Agenda item 19",
        "Sustainable development",
        "Fiji, Iceland, Mauritius, Peru and Portugal: draft resolution",
        "Sustainable small-scale fisheries",
        "The General Assembly,",
        "Recalling the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries in the Context of Food "
        "Security and Poverty Eradication, endorsed by the Committee on Fisheries in 2014,",
        "Reaffirming Sustainable Development Goal 14, in particular target 14.b on access for small-scale "
        "artisanal fishers to marine resources and markets,",
        ("Noting with concern that illegal, unreported and unregulated fishing deprives coastal communities of food "
         "and income.",
         "preambular-end-mark",
         'preambular paragraph ends with "." («…of food and income,») (UN-B05)'),
        "Recognizing that women make up about half of the workforce in small-scale fisheries, in particular in "
        "processing and trade,",
        "A. Access and tenure",
        "1. Calls upon States to recognize and protect the tenure rights of small-scale fishing communities to the "
        "waters and lands on which they depend;",
        ("2. Encourages States to involve small-scale fishers in the management of the fisheries referred to in "
         "paragraph 1 above. Such involvement should include women fish workers;",
         "full-stop-inside-clause",
         'a full stop inside the paragraph: "…referred to in paragraph 1 above. Such involvement should include…" '
         '(one sentence: «…paragraph 1 above, including women fish workers;») (UN-B09, MUN-F05)'),
        "B. Markets and value chains",
        ("4. Invites the Food and Agriculture Organization of the United Nations to support cooperatives of "
         "small-scale fishers in reaching local and regional markets;",
         "numbering",
         '"4." after paragraph 2 - number 3 is skipped after the section heading («3.»; the paragraphs after it '
         'continue the count as 5. to 7. and are not annotated again) (UN-B07)'),
        "5. Encourages States to reduce post-harvest losses through:",
        "(a) Investment in cold storage and ice production;",
        "(b) Training in hygienic handling and processing;",
        "C. Follow-up",
        "6. Adopts the code of conduct for responsible small-scale fisheries partnerships contained in the annex "
        "to the present resolution;",
        ("7. Requests the Secretary-General to report to the General Assembly at its eighty-second session on the "
         "implementation of the present resolution;",
         "operative-end-mark",
         'the last operative paragraph ends with ";" before the annex («…of the present resolution.») (UN-B09)'),
        "Annex",
        "Code of conduct for responsible small-scale fisheries partnerships",
        "Article 1",
        "Purpose",
        "The present code sets out principles for partnerships between small-scale fishing communities, States, "
        "donors and private companies.",
        "Article 2",
        "Principles",
        "Partners shall:",
        "(a) Respect the tenure rights of fishing communities;",
        "(b) Share the benefits of partnerships fairly, including with women fish workers;",
        "(c) Publish the terms of their agreements.",
        "Article 3",
        "Review",
        "The code shall be reviewed every five years by the Committee on Fisheries.",
    ],
)

# ---------------------------------------------------------------- en-05
DRAFTS["en-05-thimun-ga1-outer-space-sections-appendix-contents.txt"] = (
    WHO + "an ambitious high-school bloc's THIMUN-style GA1 draft with section headings I.–III. (numbering "
    "continuing), a) b) sub-clauses, a cross-reference to \"Article 3 of the Appendix\", and an APPENDIX with a "
    "title, a table of contents and Articles 1–3",
    "mun-en (THIMUN heading); " + NOEMPH,
    [
        "FORUM: General Assembly First Committee",
        ("QUESTION OF:",
         "heading-field-missing",
         'the heading field "QUESTION OF:" is left empty («QUESTION OF: Preventing an arms race in outer space») '
         '(MUN-H02)'),
        "SUBMITTED BY: India",
        "CO-SUBMITTERS: Brazil, Egypt, Indonesia, Kazakhstan, New Zealand, South Africa",
        "THE GENERAL ASSEMBLY,",
        "Reaffirming the Treaty on Principles Governing the Activities of States in the Exploration and Use of "
        "Outer Space, including the Moon and Other Celestial Bodies, of 1967,",
        "Alarmed by the growing number of anti-satellite weapon tests and the debris they create in low Earth "
        "orbit,",
        "Noting with appreciation the work of the Group of Governmental Experts on further practical measures for "
        "the prevention of an arms race in outer space,",
        "Bearing in mind that more than 9,000 active satellites support communications, navigation and weather "
        "forecasting for all States,",
        "I. Transparency and confidence-building",
        "1. Calls upon all States to refrain from destructive direct-ascent anti-satellite missile tests;",
        "2. Encourages States to notify the Secretary-General in advance of launches and of manoeuvres that may "
        "affect the satellites of other States, using the form set out in Article 3 of the Appendix;",
        "3. Recommends the exchange of information on national space policies through:",
        "a) annual reports to the United Nations Office for Outer Space Affairs,",
        "b) visits by experts to launch sites on a voluntary basis,",
        ("d) regional seminars on space security;",
         "sub-clause-label",
         '"d)" after b) - sub-clause c) is skipped («c)») (MUN-F06)'),
        "II. Capacity-building",
        ("4. Requests the United Nations Institute for Disarmament Research to organize training courses on space "
         "law for diplomats from developing countries. These courses should be offered in at least three "
         "languages;",
         "full-stop-inside-clause",
         'a full stop inside the clause: "…from developing countries. These courses should…" (one sentence: '
         '«…from developing countries, offered in at least three languages;») (MUN-F05)'),
        "5. Invites States with space programmes to share satellite data for disaster relief with States that "
        "have none, such as:",
        ("a) images of areas struck by floods and earthquakes;",
         "sub-clause-label",
         'a single sub-clause "a)" under clause 5: a sub-clause list needs at least two items (fold it into the '
         'clause: «…with States that have none, such as images of areas struck by floods and earthquakes;») '
         '(MUN-F06)'),
        "III. Follow-up",
        "6. Proposes the establishment of an open-ended working group to negotiate the guidelines set out in the "
        "Appendix;",
        "7. Expresses its hope that the guidelines will be adopted by consensus by 2028.",
        "APPENDIX",
        "Guidelines on transparency in outer space activities",
        "Contents",
        "Article 1 – Scope",
        "Article 2 – Definitions",
        "Article 3 – Notification of launches and manoeuvres",
        "Article 1 – Scope",
        "These guidelines apply to all space objects launched by States or by companies registered in their "
        "territory.",
        "Article 2 – Definitions",
        "For the purposes of these guidelines, \"manoeuvre\" means any deliberate change in the orbit of a space "
        "object.",
        "Article 3 – Notification of launches and manoeuvres",
        "States should notify planned launches at least seven days in advance and manoeuvres near the satellites "
        "of other States at least 48 hours in advance.",
    ],
)

# ---------------------------------------------------------------- en-06 (clean)
DRAFTS["en-06-un-plenary-political-declaration-in-body-footnote-clean.txt"] = (
    WHO + "a university delegation's UN-style plenary L-document in the form of A/RES/74/2: the organ line, one "
    "paragraph \"Adopts the following political declaration …:\", then the declaration's title, subtitle, "
    "\"We, Heads of State …,\" and its own numbered paragraphs with bare plural verbs (Reaffirm, Recognize, Note), "
    "a line \"We therefore commit to:\" and a heading \"Follow-up\" inside it; one footnote typed at the end in the "
    "UN form \"1 Resolution 70/1.\" (clean)",
    "un; " + NOEMPH,
    [
        "United Nations",
        "A/80/L.41",
        "General Assembly",
        "Distr.: Limited",
        "2 December 2025",
        "Original: English",
        "Eightieth session",
        "Agenda item 20",
        "Sustainable development",
        "Draft resolution submitted by the President of the General Assembly",
        "Political declaration of the high-level meeting on clean cooking for all",
        "The General Assembly,",
        "Adopts the following political declaration approved by the high-level meeting on clean cooking for all, "
        "held on 24 September 2025:",
        "Political declaration of the high-level meeting on clean cooking for all",
        "\"Clean air at home: a healthier future for every family\"",
        "We, Heads of State and Government and representatives of States and Governments, assembled at the United "
        "Nations on 24 September 2025 to review progress on universal access to clean cooking,",
        "1. Reaffirm our commitment to the 2030 Agenda for Sustainable Development1, including target 7.1 on "
        "universal access to affordable, reliable and modern energy services;",
        "2. Recognize that about 2.1 billion people still cook with polluting fuels and technologies, most of them "
        "women and children in rural areas of sub-Saharan Africa and Asia;",
        "3. Note with grave concern that household air pollution causes some 3 million premature deaths each "
        "year;",
        "4. Acknowledge the progress made by countries that have combined targeted subsidies with the expansion of "
        "liquefied petroleum gas, biogas and electric cooking;",
        "We therefore commit to:",
        "5. Set national targets for clean cooking, with plans that identify the households most in need and the "
        "means to reach them;",
        "6. Mobilize public and private finance, including blended finance, for the clean cooking sector, building "
        "on the experience referred to in paragraph 4 above;",
        "7. Collect data on cooking fuels disaggregated by sex, age and location, in line with paragraph 2 above;",
        "Follow-up",
        "8. Request the Secretary-General to provide, at the eighty-third session of the General Assembly, a "
        "progress report on the implementation of the present declaration;",
        "9. Decide to convene a high-level meeting on clean cooking in 2030 to undertake a comprehensive review of "
        "progress.",
        "1 Resolution 70/1.",
    ],
)

HEADER = """# Annotations of true format faults, one list per draft file (see README.md for conventions).
# paragraph = 1-based index over non-empty lines after the two leading comment lines.
# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects.
# Written by helper holdout62 (round 20) before anything of drafter ran on these texts; kept as first written.
# Generated by build_drafts.py. Not annotated (UN practice or no FORMAT.md rule): section headings inside the
# operative part with the numbering continuing across them (A/RES/74/19); an annex or appendix after the last
# clause, its headings, articles, table of contents, items and their full stops; a declaration adopted in the body
# ("Adopts the following declaration:" then its title, own preamble and articles, as A/RES/74/2 and 1514 (XV));
# definitions "(a) "x" means …" under a chapeau; cross-references ("paragraph 1 (a) above", "clause 3 b) above");
# footnote marks glued before the comma ("Cybercrime[1],") and footnotes typed after the text ("[1] …", "1 …").
"""


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def main() -> None:
    out = [HEADER.rstrip("\n")]
    total = 0
    for name, (source, fmt, paras) in DRAFTS.items():
        lines = [f"# source: {source}", f"# format: {fmt}"]
        faults = []
        for i, p in enumerate(paras, 1):
            if isinstance(p, tuple):
                text, kind, note = p
                for quote in re.findall(r'"([^"]*)"', note):
                    for part in quote.split("…"):
                        assert part.strip() in text, (name, i, part)
                faults.append((i, kind, note))
            else:
                text = p
            assert text.strip() and "\n" not in text, (name, i)
            lines.append(text)
        (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(f"{name}:")
        if faults:
            out.append("  faults:")
            out += [f"    - {{paragraph: {i}, kind: {k}, note: {q(n)}}}" for i, k, n in faults]
        else:
            out.append("  faults: []")
        total += len(faults)
        print(name, len(paras), "paragraphs,", len(faults), "faults")
    (HERE / "annotations.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("total", total)


if __name__ == "__main__":
    main()
