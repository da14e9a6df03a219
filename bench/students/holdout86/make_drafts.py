"""Write holdout86's typed drafts (.txt and .md) and annotations.yaml (faults marked next to their lines).

A line "!!kind|note" marks the NEXT line as carrying a fault and is dropped. Paragraphs: the non-empty lines after
the two "#" lines (.txt) or after the YAML front matter (.md, one block per line, blank lines between blocks).
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFTS: dict[str, str] = {}

DRAFTS["en-01-typed-mun-ecosoc-heat-stress-amended-tag-7bis-at-end.txt"] = r'''
# source: typed by holdout86, round 23: a UNA-USA-style ECOSOC draft as a delegate hands it back after debate, one amendment tagged "[AMENDED]" before the lead it changed, a clause added at the end by amendment and typed "7 bis.", the old last clause's full stop left as it was
# format: mun-en; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
Committee: Economic and Social Council
Topic: Protecting outdoor workers from extreme heat
Sponsors: Bangladesh, Mexico, Qatar, Spain
Signatories: Australia, Egypt, India, Italy, Morocco, Peru, Philippines, South Africa
The Economic and Social Council,
Alarmed by the rising number of days each year on which outdoor temperatures exceed the limits at which physical work can be done safely,
Recalling the Occupational Safety and Health Convention, 1981 (No. 155), of the International Labour Organization,
Recognizing that agricultural labourers, construction workers, street vendors and delivery riders bear most of the burden of heat-related illness at work,
Noting with concern that many heat-related deaths of workers are recorded as cardiac failure and never linked to the conditions of their work,
Bearing in mind that informal workers are seldom covered by national rules on working hours and rest breaks,
1. Calls upon Member States to set maximum working temperatures for outdoor work, above which work must stop or be reorganized;
2. Encourages employers to organize cool rest areas, free water and light protective clothing at every outdoor workplace;
3. Recommends that working hours in the hottest months be moved to the early morning and the evening wherever possible;
!!other|"4. [AMENDED] Invites…" - a note of amendment, the tag "[AMENDED]", left between the clause number and its lead; an amendment adopted in debate is worked into the text without a mark (MUN-A01, MUN-A04, UN-B06) «4. Invites national meteorological services…»
4. [AMENDED] Invites national meteorological services to issue heat warnings at least 48 hours in advance and to share them with labour inspectorates and trade unions;
5. Requests the International Labour Organization to publish a model code of practice on heat stress for employers in agriculture and construction;
6. Urges Member States to record extreme heat as a possible cause in every investigation of the death of a worker during a heatwave;
!!operative-end-mark|"…on equal terms." - clause 7 was the last clause and kept its full stop when a clause was added after it by amendment; a clause that is not the last ends with «;» (UN-B09, MUN-F05)
7. Expresses its hope that national heat action plans will cover informal workers and migrant workers on equal terms.
!!numbering|"7 bis. Proposes…" - the clause added by amendment at the end is numbered "7 bis."; operative clauses are numbered consecutively with Arabic numerals «8.» (UN-B07)
7 bis. Proposes that the Council review the progress made in protecting outdoor workers from extreme heat at its 2028 management segment.
'''

DRAFTS["en-02-typed-thimun-ga2-pesticides-withdrew-cbis-amendment-by-france-old-word-bracketed.txt"] = r'''
# source: typed by holdout86, round 23: a THIMUN-style GA Second Committee resolution as the main submitter retyped it after the amendments passed: a co-submitter that withdrew left in the list with "(withdrew)", a sub-clause inserted as "(c bis)", an amendment's heading "Amendment 2 by France:" left at the head of the clause it replaced, a replaced number kept in square brackets before the new one
# format: mun-en; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
FORUM: General Assembly Second Committee
QUESTION OF: Counterfeit and illegal pesticides in agricultural trade
SUBMITTED BY: Kenya
!!other|"Ghana (withdrew)" - a note that a co-submitter withdrew left in the list of co-submitters; a State that withdrew is no longer a co-submitter and is removed from the heading (MUN-H02, MUN-S01) «CO-SUBMITTERS: Chile, Indonesia, Norway, Viet Nam»
CO-SUBMITTERS: Chile, Ghana (withdrew), Indonesia, Norway, Viet Nam
THE GENERAL ASSEMBLY,
Deeply concerned that counterfeit and illegal pesticides make up a growing share of the pesticides sold to smallholder farmers in several regions,
Aware that such products may contain banned substances, wrong concentrations or no active ingredient at all,
Recognizing the harm done to the health of farmers, to harvests and to soils by products whose contents are unknown,
Noting the International Code of Conduct on Pesticide Management of the Food and Agriculture Organization of the United Nations and the World Health Organization,
1. Urges Member States to require that every pesticide offered for sale carry a registration number that buyers can verify;
2. Calls upon customs authorities to cooperate in tracing shipments of suspected counterfeit pesticides, by means such as:
a) sharing alerts on seized products through a common regional database;
b) training customs officers to recognize forged labels and packaging;
c) inspecting transit consignments declared as "chemicals for industrial use";
!!sub-clause-label|"(c bis) testing…" - a sub-clause inserted by amendment labelled "(c bis)" between c) and d); sub-clauses are lettered consecutively in the list's own form «d)», the one after it «e)» (UN-B10, MUN-F06)
(c bis) testing samples of seized products in accredited laboratories;
d) destroying seized products in facilities approved for hazardous waste;
!!other|"3. Amendment 2 by France: Encourages…" - the heading of the amendment that replaced the clause, "Amendment 2 by France:", left as a note of amendment between the number and the lead; the clause opens with its operative verb (MUN-A04, UN-B06) «3. Encourages the Food and Agriculture Organization…»
3. Amendment 2 by France: Encourages the Food and Agriculture Organization of the United Nations to help countries set up mobile testing units for pesticides sold in rural markets;
4. Recommends that penalties for the sale of counterfeit pesticides take into account the harm caused to health and to the environment;
!!other|"within [two] three years" - the number an amendment replaced kept in square brackets before the new one; the draft as amended carries only the adopted words (MUN-A04, MUN-A01) «within three years»
5. Invites Member States to run awareness campaigns for farmers on how to recognize illegal products within [two] three years of the adoption of the present resolution;
6. Requests the Secretary-General to report to the General Assembly at its eighty-third session on the implementation of the present resolution.
'''

DRAFTS["en-03-typed-un-ga-road-safety-clause-moved-subclauses-left-behind-formerly-3.txt"] = r'''
# source: typed by holdout86, round 23: a General Assembly plenary L-document on children's road safety after the sponsors moved clause 3 (a report request with two sub-clauses) to the end: the clause moved and tagged "(formerly clause 3)", its sub-clauses (a) and (b) left under clause 2; the end marks of the operative part mended clause by clause from "." to ";" and one missed
# format: un; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
A/81/L.42
Distr.: Limited
3 December 2026
Original: English
General Assembly
Eighty-first session
Agenda item 12
Improving global road safety
Argentina, Ghana, Malaysia, Sweden and Uruguay: draft resolution
Keeping children safe on the way to school
The General Assembly,
Recalling its resolution 74/299 of 31 August 2020 on improving global road safety,
Deeply concerned that road traffic injuries are the leading cause of death of children and young people aged 5 to 29 years,
Recognizing that most children killed on the roads are pedestrians or cyclists on their way to or from school,
Noting that lower speed limits around schools have reduced child casualties in the cities that introduced them,
1. Urges Member States to lower the speed limit on streets next to schools and in residential neighbourhoods;
!!operative-end-mark|"…protected cycle lanes;" - followed by sub-clauses (a) and (b): the sub-clauses of the report request moved to the end (now clause 6) were left under clause 2, which ends with ";" and does not introduce them; they belong under clause 6, whose chapeau ends with ":" (UN-B11, UN-B10)
2. Encourages Member States to design safe walking and cycling routes to school, with footpaths separated from traffic and protected cycle lanes;
(a) The number of children killed or injured on the roads each year, by age and by mode of travel;
(b) The progress made by Member States in lowering speeds around schools;
3. Calls upon vehicle manufacturers to fit pedestrian-detection systems to new buses and heavy goods vehicles;
4. Invites civil society organizations to involve pupils and parents in road safety audits of the streets around schools;
!!operative-end-mark|"…loan schemes." - the end marks were mended from "." to ";" clause by clause and clause 5 was missed; it is not the last paragraph and ends with «;» (UN-B09)
5. Recommends that child restraint systems be made affordable through reduced taxes or loan schemes.
!!operative-end-mark|"…eighty-third session on:" - the moved clause, now the last, ends with the colon of a chapeau but no sub-clause follows it (its (a) and (b) stayed under clause 2); the last operative paragraph ends with «.» (UN-B09, UN-B11)
!!other|"6. (formerly clause 3) Requests…" - a note of amendment recording where the moved clause stood, left between the number and the lead «6. Requests the Secretary-General…» (MUN-A04, UN-B06, UN-B16)
6. (formerly clause 3) Requests the Secretary-General to report to the General Assembly at its eighty-third session on:
'''

DRAFTS["en-04-typed-mun-unea-glaciers-c-typed-twice-new-8-friendly-amendment-line.txt"] = r'''
# source: typed by holdout86, round 23: a UNA-USA-style UN Environment Assembly draft after a friendly amendment was typed in: a line announcing the amendment left above the clause it added, the clause numbered "NEW 8."; a sub-clause inserted earlier in debate typed "(c)" again so that two sub-clauses carry (c); the old last clause's full stop mended to a semicolon
# format: mun-en; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
Committee: United Nations Environment Assembly
Topic: Glacier retreat and water security in mountain regions
Sponsors: Nepal, Peru, Switzerland, Tajikistan
Signatories: Bhutan, Bolivia, Chile, Georgia, Kyrgyzstan, Norway, Pakistan
The United Nations Environment Assembly,
Alarmed that glaciers in most mountain ranges are losing mass faster than at any time since measurements began,
Aware that hundreds of millions of people depend on meltwater from glaciers and snow for drinking water, irrigation and hydropower,
Recognizing the danger of sudden floods from glacial lakes to the villages in the valleys below them,
Noting with appreciation the monitoring networks maintained by mountain research institutes and by national hydrological services,
Welcoming the proclamation by the General Assembly of 2025 as the International Year of Glaciers' Preservation,
1. Encourages Member States to include the retreat of glaciers in their national adaptation plans;
2. Calls upon Member States with glaciers on their territory to map the glacial lakes that threaten settlements and infrastructure;
3. Recommends early warning systems for glacial lake outburst floods that include:
(a) automatic water-level sensors at the lakes;
(b) sirens and text-message alerts reaching every village downstream;
(c) evacuation drills held at least once a year with local schools;
!!sub-clause-label|"(c) marked evacuation routes…" - a sub-clause inserted in debate typed "(c)" again after the earlier (c); sub-clauses are lettered consecutively «(d)», the one after it «(e)» (UN-B10)
(c) marked evacuation routes to higher ground;
(d) regular maintenance of the equipment by trained local staff;
4. Invites development partners to finance the monitoring of glaciers and glacial lakes in developing countries;
5. Urges Member States sharing river basins fed by glaciers to exchange hydrological data in a timely manner;
6. Requests the United Nations Environment Programme to prepare a global assessment of the effects of glacier loss on water supplies;
7. Supports the restoration of high-mountain wetlands and pastures that store water through the dry season;
!!other|"Friendly amendment submitted by Peru and accepted by the sponsors:" - a note of amendment left as a paragraph of its own between clauses 7 and 8; a friendly amendment is worked into the text with no mark, the line is removed (MUN-A01, UN-B01)
Friendly amendment submitted by Peru and accepted by the sponsors:
!!numbering|"NEW 8." - the clause added by the friendly amendment is numbered "NEW 8."; operative clauses carry Arabic numbers with a full stop, nothing before them «8.» (UN-B07)
NEW 8. Further invites Member States to include the knowledge of mountain communities in the management of glacier-fed water supplies.
'''

DRAFTS["en-05-typed-mun-hrc-birth-registration-markdown-struck-and-bold-words-list-gap.md"] = r'''
---
source: "typed by holdout86, round 23: a UNA-USA-style Human Rights Council draft kept by the main submitter in a Markdown editor (Obsidian) and amended there: struck words as ~~…~~ with the new words after them in bold, a vote note in italics after one clause, clause 3 deleted and the numbers typed 1, 2, 4, 5, 6 (the viewer numbers the list 1 to 5)"
format: "mun-en; typed, not retrieved; Markdown, judged as a viewer shows it (struck words shown struck through, bold shown bold, the ordered list numbered 1 to 5); italic leads; this front matter is the bench's, not the student's"
---

Committee: Human Rights Council

Topic: Birth registration of children born to stateless or undocumented parents

Sponsors: Côte d'Ivoire, Ecuador, Thailand

Signatories: Armenia, Brazil, Kenya, Lebanon, Mongolia, Netherlands, Portugal, Senegal

The Human Rights Council,

*Recalling* article 7 of the Convention on the Rights of the Child, under which every child is to be registered immediately after birth,

*Concerned* that children whose parents are stateless or have no identity documents are often refused a birth certificate,

*Aware* that an unregistered child may later be unable to enrol in school, to sit examinations or to prove a claim to a nationality,

*Noting with appreciation* the campaigns of several States to register births in remote areas through registrars who travel to the villages,

1. *Calls upon* States to register every birth on their territory regardless of the nationality, residence status or documentation of the parents;

!!emphasis|"by 2030" - the words an amendment put in are set off in bold inside the clause (the struck words before them are shown deleted); words of the text are not emphasized, only lead words are (UN-B17, UN-B08) «…free of charge by 2030;»
2. *Urges* States to make birth registration and the first birth certificate free of charge ~~within five years~~ **by 2030**;

!!other|"(Amendment 1, adopted 18–9–3)" - a note of amendment with its vote left in italics after the clause's semicolon; the adopted words are part of the text, the note is not (MUN-A02, MUN-A04)
4. *Encourages* States to allow health workers and midwives to notify births directly to the civil registry; *(Amendment 1, adopted 18–9–3)*

5. *Requests* the Office of the United Nations High Commissioner for Human Rights to collect good practices on the late registration of births of adults and children;

6. *Invites* the Office of the United Nations High Commissioner for Refugees to support States in identifying children at risk of statelessness at birth.
'''

DRAFTS["en-06-typed-mun-ga2-sustainable-cooling-clean-amended.txt"] = r'''
# source: typed by holdout86, round 23: a UNA-USA-style GA Second Committee draft amended cleanly after debate (a clause inserted and the numbers closed up, a sub-clause inserted and the letters closed up, the old last clause's full stop mended, a withdrawn sponsor removed); the words amendment, amend, new and strike occur as ordinary words of the clauses
# format: mun-en; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
Committee: General Assembly Second Committee
Topic: Sustainable cooling in a warming world
Sponsors: Ghana, India, Rwanda, Singapore
Signatories: Bangladesh, Costa Rica, Denmark, Egypt, Fiji, Jordan, Kenya, Mexico, Sri Lanka
The General Assembly,
Recalling the Montreal Protocol on Substances that Deplete the Ozone Layer and welcoming the entry into force of the Kigali Amendment to the Montreal Protocol,
Aware that the demand for air conditioning is expected to triple by 2050 and that most of the new equipment will be installed in the hottest developing countries,
Concerned that inefficient cooling equipment adds to peak electricity demand and to the emissions that warm the climate,
Recognizing that access to cooling is essential for health, for the storage of food and vaccines and for work in hot climates,
1. Encourages Member States that have not yet done so to ratify the Kigali Amendment to the Montreal Protocol;
2. Calls upon Member States to amend their building codes so that new buildings are designed to stay cool with less energy, through:
(a) shading, natural ventilation and reflective roofs;
(b) minimum energy performance standards for air conditioners and refrigerators;
(c) district cooling where the density of buildings allows it;
(d) the planting of trees along streets and in school yards;
3. Urges manufacturers to phase out refrigerants with a high global warming potential ahead of the schedules agreed under the Protocol;
4. Invites development banks to offer concessional loans for efficient cooling in hospitals, schools and cold chains for food;
5. Recommends that Member States strike a balance between affordable access to cooling and the energy efficiency of the equipment sold;
6. Requests the United Nations Environment Programme to report on the progress made in sustainable cooling to the General Assembly at its eighty-third session.
'''


def paragraphs_and_faults(text: str, markdown: bool) -> tuple[str, list[tuple[int, str, str]]]:
    """The file text (marks dropped) and the faults (paragraph, kind, note) the marks give."""
    lines = text.strip("\n").split("\n")
    out: list[str] = []
    faults: list[tuple[int, str, str]] = []
    pending: list[tuple[str, str]] = []
    count = 0
    in_front = False
    front_done = not markdown
    for i, line in enumerate(lines):
        if markdown and not front_done:
            out.append(line)
            if line == "---":
                if in_front:
                    front_done = True
                in_front = True
            continue
        if not markdown and i < 2:
            out.append(line)
            continue
        if line.startswith("!!"):
            kind, note = line[2:].split("|", 1)
            pending.append((kind, note))
            continue
        out.append(line)
        if line.strip():
            count += 1
            plain = re.sub(r"~~|\*\*|\*", "", line) if markdown else line
            for kind, note in pending:
                quotes = re.findall(r'"([^"]+)"', note.split(" - ")[0])
                for quote in quotes:
                    for part in quote.split("…"):
                        assert part in plain, (part, line)
                faults.append((count, kind, note))
            pending = []
    assert not pending
    return "\n".join(out) + "\n", faults


def main() -> None:
    yaml_lines = ["# Annotations of holdout86 (written by make_drafts.py before anything of drafter ran on these drafts;",
                  "# kept as first written). paragraph = 1-based index of the non-empty lines after the two # lines",
                  "# (.txt) or after the front matter (.md). \"…\" quotes the draft, «…» gives the expected form."]
    total = 0
    for name, text in DRAFTS.items():
        body, faults = paragraphs_and_faults(text, name.endswith(".md"))
        (HERE / name).write_text(body, encoding="utf-8")
        yaml_lines.append(f"{name}:")
        if not faults:
            yaml_lines.append("  faults: []")
            continue
        yaml_lines.append("  faults:")
        for paragraph, kind, note in faults:
            quoted = note.replace("'", "''")
            yaml_lines.append(f"  - {{paragraph: {paragraph}, kind: {kind}, note: '{quoted}'}}")
            total += 1
    (HERE / "annotations.yaml").write_text("\n".join(yaml_lines) + "\n", encoding="utf-8")
    print(f"{len(DRAFTS)} drafts, {total} faults")


if __name__ == "__main__":
    main()
