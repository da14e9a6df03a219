"""Write holdout64's typed plain-text drafts and annotations.yaml (faults marked next to their lines)."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
# a line "!!kind|note" marks the NEXT line as carrying a fault
DRAFTS: dict[str, str] = {}

DRAFTS["en-01-typed-un-ga-sids-ocean-clean-list-to-bb.txt"] = r'''
# source: typed by holdout64, round 20: imitates a General Assembly Second Committee L-document (A/C.2/…/L.…) of the omnibus kind, with a lettered list running past (z) to (aa), (bb) as UN texts letter it, 32 operative paragraphs, footnote numbers typed in brackets
# format: un guess; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged); footnote marks typed as [1], [2] where the PDF prints superscripts
A/C.2/81/L.34
Distr.: Limited
12 November 2026
Original: English
Eighty-first session
Second Committee
Agenda item 19 (b)
Sustainable development: follow-up to and implementation of the Antigua and Barbuda Agenda for Small Island Developing States
Fiji, Maldives, Palau, Samoa, Tuvalu and Vanuatu: draft resolution
Ocean resilience and sustainable development in small island developing States
The General Assembly,
Recalling its resolution 78/232 of 22 December 2023 and all its previous resolutions on the sustainable development of small island developing States,
Reaffirming the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity,[1]
Recognizing that small island developing States remain a special case for sustainable development in view of their unique and particular vulnerabilities, including to sea-level rise, ocean acidification and extreme weather events,
Noting with concern that the economic losses caused by disasters in small island developing States have, in several cases, exceeded their annual gross domestic product,[2]
Taking note of the report of the Secretary-General on the follow-up to and implementation of the Antigua and Barbuda Agenda,[3]
1. Takes note of the report of the Secretary-General;
2. Reaffirms its commitment to support the efforts of small island developing States to implement the Antigua and Barbuda Agenda;
3. Decides to adopt the following list of priority actions for the period 2027–2031:
(a) Strengthening early warning systems for storms, storm surges and tsunamis;
(b) Mapping coastal areas exposed to sea-level rise;
(c) Protecting and restoring mangroves, seagrass meadows and coral reefs;
(d) Supporting community-based management of coastal fisheries;
(e) Improving the collection of disaggregated ocean data;
(f) Building capacity for the monitoring of marine protected areas;
(g) Reducing marine litter and plastic pollution from land-based sources;
(h) Promoting sustainable and resilient tourism;
(i) Expanding renewable energy in maritime transport;
(j) Developing resilient port infrastructure;
(k) Facilitating access to concessional finance for adaptation;
(l) Applying the multidimensional vulnerability index in eligibility decisions;
(m) Supporting debt-for-nature and debt-for-climate swaps where requested;
(n) Strengthening national statistical offices;
(o) Integrating traditional knowledge into coastal planning;
(p) Promoting the participation of women and young people in ocean governance;
(q) Improving water security and desalination capacity;
(r) Protecting cultural heritage threatened by coastal erosion;
(s) Strengthening health systems against climate-sensitive diseases;
(t) Supporting regional cooperation on search and rescue at sea;
(u) Expanding digital connectivity through resilient submarine cables;
(v) Enhancing food security through sustainable aquaculture;
(w) Encouraging South-South and triangular cooperation among island States;
(x) Supporting the sustainable management of deep-sea resources within national jurisdiction;
(y) Establishing national ocean accounts;
(z) Protecting freshwater lenses from saltwater intrusion;
(aa) Facilitating the voluntary and dignified relocation of communities where no other option remains;
(bb) Sharing good practices through the Small Island Developing States Centre of Excellence;
4. Requests the Secretary-General to give priority, within existing resources, to the actions listed in paragraphs 3 (a) to (c) above;
5. Invites Member States and relevant organizations to support the actions listed in paragraph 3 (aa) and (bb) above through voluntary contributions;
6. Encourages development partners to align their support with the national priorities of small island developing States;
7. Calls upon Member States to fulfil their commitments on climate finance, including those made under the Paris Agreement;[4]
8. Stresses the importance of the multidimensional vulnerability index as a complement to gross national income per capita;
9. Recalls paragraph 8 bis of its resolution 79/210, in which it requested the United Nations development system to report on the application of the index;
10. Welcomes the establishment of the Small Island Developing States Centre of Excellence;
11. Urges the international community to support the Centre with adequate and predictable funding;
12. Encourages the private sector to invest in sustainable ocean-based economic activities in small island developing States;
13. Emphasizes the need to protect the livelihoods of coastal communities;
14. Recognizes the contribution of regional seas conventions and action plans;
15. Invites the regional commissions to assist small island developing States in the preparation of national ocean accounts;
16. Encourages the use of nature-based solutions in coastal adaptation;
17. Requests the United Nations Environment Programme to continue its support for the reduction of marine litter;
18. Calls upon States to ratify and implement the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction;
19. Stresses the need to strengthen the resilience of food systems in small island developing States;
20. Encourages Member States to integrate disaster risk reduction into national development planning;
21. Welcomes the holding of the Fifth United Nations Ocean Conference in 2028;
22. Invites the President of the General Assembly to convene a high-level meeting on sea-level rise during the eighty-second session;
23. Underlines the importance of reliable data for evidence-based policymaking;
24. Requests the United Nations Statistics Division to support national statistical offices in the production of ocean statistics;
25. Encourages academic institutions to develop partnerships with universities in small island developing States;
26. Recognizes the role of young people as agents of change in the protection of the ocean;
27. Calls upon development partners to simplify access to climate finance for small island developing States;
28. Encourages the Green Climate Fund to continue to expedite the approval of projects in small island developing States;
29. Reaffirms that the Antigua and Barbuda Agenda should be implemented in synergy with the 2030 Agenda for Sustainable Development;
30. Requests the Secretary-General to submit to the General Assembly at its eighty-second session a report on the implementation of the present resolution;
31. Decides to include in the provisional agenda of its eighty-second session, under the item entitled "Sustainable development", the sub-item entitled "Follow-up to and implementation of the Antigua and Barbuda Agenda for Small Island Developing States";
32. Also decides to consider at its eighty-third session the question of convening a fourth review of the Agenda.
'''

DRAFTS["en-02-typed-un-sc-sanctions-clean-quoted-amendment.txt"] = r'''
# source: typed by holdout64, round 20: imitates a Security Council draft resolution renewing a sanctions regime (the form of S/RES/2507 (2020) and S/RES/2542 (2020) in /work/shared/un-corpus/sc2020): "Decides that all States shall:" items ending "," and the last ";", exemptions ending "; or", a Panel mandate in (i)-(xiv) under an item, a paragraph of an earlier resolution replaced by quoted text and a new paragraph "8 bis" inserted by quotation
# format: un guess; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged); footnote mark typed as [1]
S/2026/431
Distr.: Limited
30 July 2026
Original: English
Security Council
Denmark, France, Sierra Leone and United Kingdom of Great Britain and Northern Ireland: draft resolution
The Security Council,
Recalling its previous resolutions and statements of its President on the situation in the Republic of Eastland, in particular resolution 2799 (2025),
Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and unity of the Republic of Eastland,
Welcoming the final report of the Panel of Experts established pursuant to resolution 2711 (2023),[1]
Expressing grave concern at the continued illicit flow of arms and ammunition to armed groups in the eastern provinces,
Determining that the situation in the Republic of Eastland continues to constitute a threat to international peace and security in the region,
Acting under Chapter VII of the Charter of the United Nations,
1. Decides that, until 31 July 2027, all States shall:
(a) prevent the direct or indirect supply, sale or transfer of arms and related materiel of all types to non-governmental entities and individuals operating in the territory of the Republic of Eastland,
(b) prevent the provision of technical assistance, training, financial or other assistance related to military activities to such entities and individuals,
(c) prevent the entry into or transit through their territories of individuals designated by the Committee established pursuant to paragraph 8 of resolution 2711 (2023) (the Committee),
(d) freeze without delay the funds, other financial assets and economic resources owned or controlled by the individuals and entities designated by the Committee;
2. Decides that the measures imposed by paragraph 1 (a) and (b) above shall not apply to:
(a) supplies intended solely for the support of or use by the United Nations, including its peacekeeping operations;
(b) protective clothing, including flak jackets and military helmets, temporarily exported by United Nations personnel and representatives of the media for their personal use only; or
(c) other sales or supply of arms and related materiel as approved in advance by the Committee;
3. Decides to replace paragraph 3 of resolution 2799 (2025) with the following: "3. Decides that the travel ban imposed by paragraph 1 (c) shall not apply where the Committee determines that travel is justified on the grounds of humanitarian need, including religious obligation;";
4. Decides to insert after paragraph 8 of resolution 2799 (2025) the following new paragraph: “8 bis. Requests the Committee to make accessible on its website a narrative summary of the reasons for the listing of each individual and entity;”;
5. Decides to extend until 31 August 2027 the mandate of the Panel of Experts, and decides that the Panel shall:
(a) assist the Committee in carrying out its mandate;
(b) carry out the following tasks, in close cooperation with the Government of the Republic of Eastland:
(i) gather, examine and analyse information on the implementation of the measures imposed by paragraph 1 above;
(ii) gather information on the sources of financing of armed groups, including through the illicit trade in natural resources;
(iii) examine the routes used to supply arms to armed groups;
(iv) identify individuals and entities that may meet the designation criteria;
(v) report on violations of international humanitarian law;
(vi) report on the recruitment and use of children by armed groups;
(vii) report on sexual and gender-based violence in armed conflict;
(viii) assess the impact of the measures on the civilian population;
(ix) assess the progress made in the reform of the security sector;
(x) assist States, upon request, in their implementation of the measures;
(xi) cooperate with other Panels of Experts established by the Council;
(xii) consult with regional organizations and neighbouring States;
(xiii) provide to the Council a midterm update no later than 31 January 2027; and
(xiv) provide to the Council a final report no later than 15 June 2027;
(c) keep the Committee regularly informed of its work;
6. Recalls paragraph 8 bis of resolution 2799 (2025), as inserted by paragraph 4 above, and requests the Committee to review the narrative summaries annually;
7. Requests all States to report to the Committee within 120 days on the steps they have taken to implement the measures set out in paragraphs 1 (a) to (d) above;
8. Calls upon all States, in particular the States of the region, to cooperate fully with the Panel of Experts;
9. Decides to review the measures set out in paragraph 1 above in the light of progress in the stabilization of the Republic of Eastland;
10. Decides to remain actively seized of the matter.
'''

DRAFTS["en-03-typed-mun-ga3-migrants-list-restart-after-z.txt"] = r'''
# source: typed by holdout64, round 20: imitates a long MUN General Assembly Third Committee draft written by a delegate who copied the UN lettering habit for a 30-item list but restarted at (a) after (z), with roman items in a second list and a clause that quotes an earlier resolution's clause
# format: mun-en guess (UNA-USA-style heading); typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
Committee: Social, Humanitarian and Cultural Committee (GA Third Committee)
Topic: Protection of migrant workers and their families
Sponsors: Philippines, Mexico, Senegal
Signatories: Indonesia, Ecuador, Ghana, Nepal, Sri Lanka, Morocco, Guatemala
The General Assembly,
Recalling the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families,
Recalling also its resolution GA3/2.1 adopted at the previous session of this conference,
Alarmed by the number of migrant workers who die or disappear on migration routes every year,
Recognizing the contribution of migrant workers to the economies of both countries of origin and countries of destination,
1. Encourages Member States to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families;
2. Recommends that Member States take the following measures to protect migrant workers:
(a) abolishing recruitment fees charged to workers;
(b) prohibiting the confiscation of passports by employers;
(c) providing contracts in a language the worker understands;
(d) guaranteeing the right to change employer;
(e) establishing labour inspections in domestic work;
(f) ensuring equal pay for work of equal value;
(g) providing access to health care regardless of status;
(h) allowing the transfer of social security benefits;
(i) opening complaint mechanisms to undocumented workers;
(j) training police officers on the rights of migrants;
(k) ending immigration detention of children;
(l) providing free legal aid in labour disputes;
(m) licensing and monitoring private recruitment agencies;
(n) publishing lists of agencies found to have cheated workers;
(o) setting a minimum wage for domestic workers;
(p) guaranteeing one day of rest per week;
(q) providing safe shelters for workers fleeing abuse;
(r) reducing the cost of sending remittances;
(s) recognizing foreign qualifications;
(t) offering language classes free of charge;
(u) protecting the right to join trade unions;
(v) issuing identity documents to children born abroad;
(w) allowing family reunification after two years of work;
(x) consulting migrant associations on new laws;
(y) collecting data disaggregated by sex and age;
(z) protecting workers from heat stress in outdoor work;
!!sub-clause-label|"(a) ensuring access to schools" - the list runs on after "(z)" but restarts at "(a)" (and then "(b)", "(c)"); the 27th item of a lettered list is «(aa)», then «(bb)», «(cc)» (UN-B10, MUN-F06)
(a) ensuring access to schools for the children of migrant workers;
(b) supporting the return and reintegration of workers who go home;
(c) cooperating with countries of origin on pre-departure training;
3. Requests the Secretary-General to submit to the next session a report on the measures listed in clause 2 (a) to (z) above;
4. Calls upon countries of destination to adopt national action plans which include:
(i) a review of laws that tie the worker's visa to one employer;
(ii) a hotline in the main languages of migrant workers;
(iii) a budget for labour inspections;
(iv) training for judges on labour exploitation;
(v) a campaign against xenophobia;
(vi) a register of deaths of migrant workers;
(vii) the protection of whistle-blowers;
!!sub-clause-label|"(iix) yearly public reporting" - the eighth roman item is labelled "(iix)", not «(viii)», between "(vii)" and "(ix)" (UN-B10, MUN-F06)
(iix) yearly public reporting on progress;
(ix) a complaints procedure independent of the employer;
(x) a fund for the repatriation of remains;
(xi) measures against forced overtime;
(xii) cooperation with embassies of countries of origin;
5. Resolves to amend clause 6 of resolution GA3/2.1 to read as follows: "6. Urges Member States to include migrant workers in national social protection floors;" and to keep its other clauses unchanged;
!!operative-end-mark|"…as follows: “4. Requests Member States to report every two years on the protection of migrant domestic workers;”" - the ";" inside the quotation marks belongs to the quoted clause; the clause itself has no end mark after the closing quotation mark; «…domestic workers;”;» (UN-B09, MUN-F05)
6. Further resolves to replace clause 4 of resolution GA3/2.1 as follows: “4. Requests Member States to report every two years on the protection of migrant domestic workers;”
7. Invites the International Labour Organization to assist Member States in implementing the present resolution;
8. Requests the Secretary-General to transmit the present resolution to all Member States.
'''

DRAFTS["en-04-typed-un-ga-education-aa-as-a1-and-8-bis.txt"] = r'''
# source: typed by holdout64, round 20: imitates a UN-style General Assembly draft from a university MUN that copies the L-document heading, where a delegate ran out of letters after (z) and wrote "(a1)", "(a2)", and kept an amendment's "8 bis." as a clause number in the final text
# format: un guess; typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged); footnote marks typed as [1], [2]
A/81/L.22
Distr.: Limited
4 December 2026
Original: English
Eighty-first session
Agenda item 68
Education for all in emergencies
Canada, Kenya, Norway and Qatar: draft resolution
The right to education in emergency situations
The General Assembly,
Recalling its resolution 64/290 of 9 July 2010 on the right to education in emergency situations,
Reaffirming the Safe Schools Declaration[1] and the Guidelines for Protecting Schools and Universities from Military Use during Armed Conflict,
Deeply concerned that more than 220 million school-age children affected by crises need educational support,[2]
Recognizing that education in emergencies provides physical, psychosocial and cognitive protection,
1. Urges Member States to ensure access to quality education for all children and young people in emergency situations;
2. Calls upon Member States to adopt the following measures in the planning of the education response:
(a) conducting joint needs assessments;
(b) keeping schools open as safe spaces;
(c) providing temporary learning spaces;
(d) recruiting teachers from affected communities;
(e) paying teachers' salaries without interruption;
(f) providing psychosocial support to learners;
(g) recognizing learning achieved in displacement;
(h) using the curriculum of the country of origin where appropriate;
(i) including refugee learners in national education systems;
(j) providing school meals;
(k) ensuring access to water and sanitation in schools;
(l) providing menstrual hygiene facilities;
(m) protecting schools from attack;
(n) removing explosive remnants of war from school grounds;
(o) providing accessible learning materials for learners with disabilities;
(p) offering accelerated education programmes;
(q) providing distance learning by radio;
(r) ensuring connectivity for online learning;
(s) training teachers in conflict-sensitive pedagogy;
(t) preventing the recruitment of children from schools;
(u) preventing child marriage through schooling;
(v) integrating mine risk education into curricula;
(w) protecting school records;
(x) issuing certificates to displaced learners;
(y) coordinating with humanitarian clusters;
(z) including education in humanitarian response plans;
!!sub-clause-label|"(a1) financing the rebuilding" - after "(z)" the next item is labelled «(aa)», not "(a1)" (UN-B10)
(a1) financing the rebuilding of damaged schools;
!!sub-clause-label|"(a2) reporting annually" - the 28th item is labelled «(bb)», not "(a2)" (UN-B10)
(a2) reporting annually on attacks against education;
3. Encourages donors to allocate at least 10 per cent of humanitarian funding to education;
4. Requests the Secretary-General to give priority to the measures set out in paragraph 2 (a) to (c) above;[3]
5. Invites Education Cannot Wait to continue its support to education in protracted crises;
6. Encourages Member States to endorse the Safe Schools Declaration;
7. Calls upon all parties to armed conflict to refrain from the military use of schools;
8. Requests the United Nations Children's Fund to continue to lead the education cluster together with Save the Children;
!!numbering|"8 bis. Encourages Member States" - an amendment's working number kept in the final text; operative paragraphs are numbered consecutively «9.» (and the following «10.» … «12.») (UN-B07, MUN-F05)
8 bis. Encourages Member States to collect data on the education of displaced children;
9. Stresses the need for predictable multi-year funding;
10. Requests the Secretary-General to report to the General Assembly at its eighty-third session on the implementation of the present resolution;
11. Decides to include in the provisional agenda of its eighty-third session the item entitled "Education for all in emergencies".
'''

DRAFTS["en-05-typed-mun-sc-sanctions-open-chapeau-and-skip.txt"] = r'''
# source: typed by holdout64, round 20: imitates a long MUN Security Council draft on a sanctions regime copying the Council's wording ("Decides that all States shall", items ending "," and "; and"), with more than 30 operative clauses; written by the delegate, numbered by hand
# format: mun-en guess (THIMUN-style heading, Security Council); typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged); footnote marks typed as [1]
FORUM: Security Council
QUESTION OF: The situation in the Sahel region
SUBMITTED BY: France
CO-SUBMITTERS: Niger, Ghana, Ireland, Japan, Ecuador
The Security Council,
Recalling its resolutions 2359 (2017) and 2391 (2017) on the Group of Five for the Sahel Joint Force,
!!preambular-end-mark|"…in the region;" - a preambular clause ends with a semicolon; «…in the region,» (UN-B05, MUN-F04)
Expressing grave concern at the expansion of terrorist groups in the region;
Welcoming the report of the Secretary-General on the situation in the Sahel,[1]
Determining that the situation in the Sahel constitutes a threat to international peace and security,
Acting under Chapter VII of the Charter of the United Nations,
!!operative-end-mark|"…all States shall" - the clause introduces items (a) to (d) but its chapeau has no colon; «…all States shall:» (UN-B11, MUN-F06)
1. Decides that all States shall
(a) prevent the supply of arms to groups listed by the Committee,
(b) freeze the assets of individuals listed by the Committee,
(c) prevent the entry into their territory of individuals listed by the Committee; and
(d) report to the Committee within 90 days on the measures taken;
2. Decides to establish a Committee of the Security Council consisting of all the members of the Council;
3. Decides that the Committee shall designate individuals and entities subject to the measures in clause 1;
4. Requests the Secretary-General to create a Panel of up to five experts;
5. Decides that the Panel shall:
(a) assist the Committee,
(b) gather information on violations; and
!!operative-end-mark|"(c) make recommendations to the Council," - the last item closes clause 5 and carries its end mark; «(c) make recommendations to the Council;» (MUN-F06, UN-B11)
(c) make recommendations to the Council,
6. Calls upon all States to cooperate with the Panel;
7. Urges the States of the region to strengthen border controls;
8. Encourages the African Union to continue its support to the Joint Force;
9. Requests the Joint Force to respect international humanitarian law;
10. Welcomes the creation of a compliance framework for the Joint Force;
11. Calls for the release of all hostages;
12. Demands that all armed groups cease attacks against civilians;
13. Condemns attacks against peacekeepers;
14. Stresses the need for development programmes in border areas;
15. Encourages donors to fund the Sahel Priority Investment Programme;
16. Requests the Secretary-General to support the Joint Force logistically;
17. Urges Member States to prevent the financing of terrorism;
18. Calls upon States to prosecute foreign terrorist fighters;
19. Encourages the return of refugees when conditions allow;
20. Requests the humanitarian agencies to scale up their response;
21. Stresses the role of women in the prevention of violent extremism;
22. Encourages regional cooperation on judicial matters;
23. Calls upon States to protect schools from attacks;
24. Urges States to combat the illicit trafficking of cultural property;
25. Encourages the Joint Force to share information with neighbouring States;
26. Welcomes the cooperation of the Joint Force with the United Nations;
27. Requests the Secretary-General to report every six months;
28. Calls upon States to implement the measures in clause 1 (a) to (c) above;
29. Decides that the measures shall be reviewed after twelve months;
30. Expresses its intention to impose further measures if violations continue;
31. Encourages the sharing of best practices among Member States;
!!numbering|"33. Requests the Committee" - the clause after "31." is numbered "33."; operative clauses are numbered consecutively «32.» (and the closing clause «33.») (UN-B07, MUN-F05)
33. Requests the Committee to submit an annual report to the Council;
34. Decides to remain seized of the matter.
'''

DRAFTS["en-06-typed-mun-ga1-quoted-clause-numbering-carried-on.txt"] = r'''
# source: typed by holdout64, round 20: imitates a MUN General Assembly First Committee draft that amends an earlier resolution of the same conference by quoting its clause with that clause's own number, after which the delegate went on numbering from the quoted number; roman items past (x); the last item ending "; and"
# format: mun-en guess (UNA-USA-style heading); typed, not retrieved; plain text, one paragraph per line; lead emphasis not represented (not judged)
Committee: Disarmament and International Security Committee
Topic: Small arms and light weapons
Sponsors: Mexico, Ghana
Signatories: Peru, Togo, Ireland, Malawi, Jamaica, Costa Rica
The General Assembly,
Recalling the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects,
Noting with concern that small arms are used in most violent deaths worldwide,
Welcoming the adoption of the Global Framework for Through-life Conventional Ammunition Management,
1. Urges Member States to mark all small arms at the time of manufacture and import;
2. Calls upon Member States to keep records of small arms for at least thirty years;
3. Resolves to replace clause 7 of resolution DISEC/1.1 with the following: “7. Requests Member States to destroy surplus weapons under international observation;”;
!!numbering|"8. Encourages regional organizations" - the clause after clause 3 is numbered "8.", going on from the quoted clause's number "7."; the resolution's own clauses run on «4.» (and «5.» … «7.») (UN-B07, MUN-F05)
8. Encourages regional organizations to establish regional registers of transfers;
9. Recommends that Member States include the following in their national action plans:
(i) a national coordination body;
(ii) a national point of contact;
(iii) legislation on brokering;
(iv) controls on transit and trans-shipment;
(v) end-user certificates;
(vi) safe storage of state stockpiles;
(vii) the collection of weapons from civilians;
(viii) public awareness campaigns;
(ix) gender-responsive programmes;
(x) cooperation with customs;
(xi) tracing of weapons found at crime scenes;
(xii) exchange of information with neighbouring States;
(xiii) training of border police; and
!!operative-end-mark|"(xiv) a yearly national report; and" - the last item closes clause 9 and carries its end mark; "; and" belongs to the item before the last; «(xiv) a yearly national report;» (MUN-F06, UN-B11)
(xiv) a yearly national report; and
10. Invites the United Nations Office for Disarmament Affairs to assist Member States on request;
!!operative-end-mark|"…under review;" - the last operative clause ends with a semicolon; the resolution ends with a full stop «…under review.» (UN-B09, MUN-F05)
11. Resolves to keep the matter under review;
'''


def build() -> None:
    """Write every draft (marker lines dropped) and the annotations with paragraph numbers counted."""
    out = ["# Annotations of true format faults, one list per draft file (see README.md).",
           "# paragraph = 1-based index over non-empty lines after the two leading comment lines.",
           "# Written by helper holdout64 (round 20) before anything of drafter ran on these texts; kept as first written.",
           ""]
    for name, text in DRAFTS.items():
        lines = text.strip("\n").split("\n")
        kept: list[str] = []
        faults: list[tuple[int, str, str]] = []
        pending: tuple[str, str] | None = None
        for line in lines:
            if line.startswith("!!"):
                kind, note = line[2:].split("|", 1)
                pending = (kind, note)
                continue
            kept.append(line)
            if pending is not None:
                para = sum(1 for x in kept[2:] if x.strip())
                faults.append((para, pending[0], pending[1]))
                pending = None
        (HERE / name).write_text("\n".join(kept) + "\n", encoding="utf-8")
        out.append(f"{name}:")
        if not faults:
            out.append("  faults: []")
        else:
            out.append("  faults:")
            for para, kind, note in faults:
                q = note.replace("'", "''")
                out.append(f"    - {{paragraph: {para}, kind: {kind}, note: '{q}'}}")
        out.append("")
    (HERE / "annotations.yaml").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    build()
