"""The English word-blind2 drafts: blocks (wordshapes.Para / Table / TextBox) and build options, by file name."""

from __future__ import annotations

from typing import Any

from wordshapes import Para as P
from wordshapes import Table, TextBox

SH = "\u00ad"  # soft hyphen
NB = "\u00a0"  # no-break space


def F(kind: str, note: str) -> list[tuple[str, str]]:
    return [(kind, note)]


C01 = [
    P("<b>DRAFT RESOLUTION</b>", align="center"),
    Table([("Committee:", "General Assembly Third Committee"),
           ("Topic:", "Safe drinking water in informal settlements"),
           ("Sponsors:", "Kenya, Peru"),
           ("Signatories:", "Bangladesh, Ghana, Jordan, Nepal")]),
    P(""),
    P("<i>The General Assembly</i>,"),
    P("<cs>Recalling</cs> its resolution 64/292 recognizing the human right to safe and clean drinking water and "
      "sanitation,"),
    P("<cs>Alarmed</cs> that one in four city dwellers lives in an informal settlement without a piped water "
      "connection,"),
    P("<cs>Noting with concern</cs> the Special Rapporteur’s warning that “water sold by private tankers costs up "
      "to ten times the piped price …” in many cities,"),
    P(f"<cs>Bearing in mind</cs> the role of local authorities and non{SH}governmental organizations in reaching "
      f"un{SH}registered households,"),
    P("1. <u>Encourages</u> Member States to extend water mains to informal settlements regardless of land tenure;",
      comment="Kenya: can we say “strongly encourages” here?"),
    P(f"2. <u>Calls upon</u> municipal utilities to offer connection fees payable in instalments over at least "
      f"24{NB}months;"),
    P("3. <u>Recommends</u> that kiosks run by community groups be licensed and their water tested at least once "
      "a week;"),
    P(f"4. <u>Requests</u> the Secretary-General to report on progress towards Sustainable Development Goal{NB}6 "
      "at the eighty-third session of the General Assembly."),
]

C02 = [
    TextBox(["Committee: Economic and Social Council"]),
    P("Topic: Broadband connections for rural schools"),
    P("Sponsors: Chile, Estonia, Rwanda"),
    P("Signatories: Fiji, Mongolia, Senegal, Uruguay"),
    P(""),
    P("<i>The Economic and Social Council</i>,"),
    P("<i>Recognizing</i> that <del>most </del><ins>nearly half of </ins>rural schools in low-income countries "
      "have no internet connection,"),
    P("<i>Aware</i> that satellite links cost schools more per month than a teacher’s salary in some "
      "regions<del>;</del><ins>,</ins>"),
    P("<i>Concerned</i> that teachers in remote areas seldom receive training in digital tools;",
      faults=F("preambular-end-mark", 'preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)')),
    P("1. <u>Urges</u> Member States to include schools in the universal service obligations of "
      "telecommunications operators;"),
    P("2. <u>Invites</u> regional development banks to finance shared towers that serve schools, clinics and "
      "local markets<ins> alike</ins>;"),
    P("3. <u>Suggests</u> that every school receive a free satellite dish by 2028;", deleted=True),
    P("<del>4</del><ins>3</ins>. <u>Encourages</u> partnerships between ministries of education and mobile "
      "network operators to zero-rate educational websites;"),
    P("<del>5</del><ins>4</ins>. Requests the International Telecommunication Union to report on progress at the "
      "2028 session of the Council.",
      faults=F("emphasis", 'operative lead "Requests" not underlined (nor italic), unlike the other operative '
                           "leads (MUN-F03)")),
]

C03 = [
    P("<b>DRAFT RESOLUTION</b>", align="center"),
    P("Committee: General Assembly Second Committee",
      faults=F("heading-field-missing", "no «Signatories:» line in the heading; it gives committee, topic and "
                                        "sponsors only (MUN-H01)")),
    P("Topic: Protecting pollinators in agricultural policy"),
    P("Sponsors: Austria, Costa Rica, Uganda"),
    P("<i>The General Assembly</i>,"),
    P("<i>Recalling</i> the International Initiative for the Conservation and Sustainable Use of Pollinators,"),
    P("<i>Noting</i> that three quarters of the leading food crops depend<br/>at least in part on animal "
      "pollination,"),
    P("<i>Deeply concerned</i> by the decline of wild bee populations in",
      faults=F("other", 'a stray paragraph mark breaks the clause in two: "…wild bee populations in" ends with no '
                        "mark and the clause goes on in the next paragraph (one clause, ending «,») (UN-B05)")),
    P("intensively farmed regions over the past two decades,",
      faults=F("other", 'the second half of the clause broken by a stray paragraph mark stands as a paragraph '
                        'with no lead phrase ("intensively farmed regions …") (UN-B03)')),
    P("<i>Having considered</i> the findings of the assessment report presented on <date/>,"),
    P("<i>Urges</i> governments to phase out the most harmful neonicotinoid pesticides,",
      faults=F("wrong-lead-form", '"Urges" is an operative verb opening a preambular clause; preambular clauses '
                                  "begin with a participle or adjective (UN-B03)")),
    P("1. <u>Encourages</u> farmers’ cooperatives to plant flowering hedgerows along field margins;"),
    P("2. <u>Recommends</u> that Member States pay farmers for leaving pesticide-free strips at least three metres "
      "wide;"),
    P("3. <u>Calls for</u> a global monitoring network for wild pollinators, coordinated by the Food and "
      "Agriculture Organization of the United Nations."),
]

C04 = [
    P("<b>DRAFT RESOLUTION GA1/2.1</b>", align="center"),
    P("Committee: Disarmament and International Security Committee"),
    P("Topic: Clearing unexploded ordnance from farmland"),
    P("Sponsors: Cambodia, Colombia, Croatia"),
    P("Signatories: Angola, Belgium, Mozambique, Norway"),
    P("", section_break="1col"),
    P("<i>The General Assembly</i>,"),
    P("<i>Recalling</i> the Convention on Cluster Munitions and the Anti-Personnel Mine Ban Convention,"),
    P("<i>Alarmed</i> that farmers in post-conflict areas continue to be killed or maimed while ploughing their "
      "fields,"),
    P("<i>Recognizing</i> that cleared land returns quickly to food production when survey data are shared with "
      "farming communities,"),
    P("1. <u>Calls upon</u> States affected by explosive remnants of war to give priority to clearing "
      "agricultural land.",
      faults=F("operative-end-mark", 'operative clause 1 ends with "." though clauses follow; expected «;» '
                                     "(UN-B09, MUN-F05)")),
    P("2. <u>Encourages</u> donors to fund non-technical surveys so that land wrongly suspected of contamination "
      "can be released;"),
    P("3. <u>Requests</u> mine action centres to publish maps of cleared fields in local languages;"),
    P("4. <u>Encourages</u> donors to fund non-technical surveys so that land wrongly suspected of contamination "
      "can be released;",
      faults=F("duplicate-clause", "clause 4 repeats clause 2 word for word (MUN-F05: one idea per clause)")),
    P("5. <u>Recommends</u> that farmers receive risk education before they return to cleared land;",
      faults=F("operative-end-mark", 'the last operative clause ends with ";"; expected «.» (UN-B09, MUN-F05)')),
]

C05 = [
    P("FORUM: General Assembly Fourth Committee"),
    P("QUESTION OF: Protecting coastal heritage sites from erosion"),
    P("SUBMITTED BY: Greece"),
    P("CO-SUBMITTERS: Egypt, Italy, Malta, Tunisia"),
    P(""),
    P("<i>THE GENERAL ASSEMBLY</i>,"),
    P("<i>Reaffirming</i> the Convention concerning the Protection of the World Cultural and Natural Heritage,"),
    P("<i>Deeply</i> concerned that rising seas and storms are eroding archaeological sites along the "
      "Mediterranean coast,",
      faults=F("emphasis", 'only "Deeply" of the lead "Deeply concerned" is italic; the emphasis leaves out the '
                           "adjective itself (UN-B04, MUN-F02)")),
    P("Noting that many coastal sites have never been surveyed or recorded in digital form,",
      faults=F("emphasis", 'preambular lead "Noting" not emphasised (UN-B04, MUN-F02)')),
    P("<i>Welcoming</i> the work of volunteer divers and local museums in documenting submerged remains,",
      comment="Malta: add a reference to the 2001 Convention on underwater heritage?"),
    P("1. <u>Calls upon</u> coastal States to survey heritage sites at risk from erosion within five years;"),
    P("2. <u>Recommends</u> the creation of a regional fund for coastal heritage which would:"),
    P("a) finance sea defences where a site cannot be moved;"),
    P("b) pay for three-dimensional scans of sites that cannot be saved;"),
    P("3. <u>Strongly</u> urges the United Nations Educational, Scientific and Cultural Organization to publish "
      "guidelines on relocating endangered monuments;",
      faults=F("emphasis", 'only "Strongly" of the lead "Strongly urges" is underlined; the verb "urges" is not '
                           "(MUN-F03)")),
    P("4. <u>Encourages</u> universities to train local conservators in low-cost stabilisation techniques.",
      comment="Egypt: we support this clause."),
]

C06 = [
    P("Committee: Social, Humanitarian and Cultural Committee"),
    P("Topic: Mental health services for adolescents"),
    P("Sponsors: Finland, Jamaica"),
    P("Signatories: Australia, Botswana, Qatar, Viet Nam"),
    P("<i>The General Assembly</i>,"),
    P("<i>Taking Into Account</i> that half of all mental health conditions begin by the age of 14,",
      faults=F("capital-after-lead", '"Taking Into Account": words inside the lead capitalised («Taking into '
                                     "account») (MUN-F04)")),
    P("<i>Noting</i> the World Health Organization’s guidance on “helping adolescents thrive”,"),
    P("<i>Concerned</i> that fewer than one in five adolescents in need receive any care. Many wait more than a "
      "year for a first appointment,",
      faults=F("full-stop-inside-clause", '"…receive any care. Many wait…": a full stop inside a preambular '
                                          "clause; the resolution is one sentence (MUN-F05)")),
    P("<i>Emphasizing</i> that stigma keeps young people from asking for help …",
      faults=F("preambular-end-mark", 'preambular clause ends with "…" and no comma; expected «,» (UN-B05)')),
    P(f"1. <u>Encourages</u> schools to employ trained counsellors, with at least one counsellor per 250{NB}pupils;"),
    P("2. <u>Calls upon</u> Member States to include mental health in school curricula<ins>. Lessons should start "
      "at primary level</ins>;",
      faults=F("full-stop-inside-clause", '"…school curricula. Lessons should start…" (a tracked insertion): a '
                                          "full stop inside an operative clause (UN-B09, MUN-F05)")),
    P("3. <u>Recommends</u> free, confidential helplines run in the languages young people speak at home;"),
    P("4. <u>Invites</u> the World Health Organization to report on adolescent services at the eighty-second "
      "session of the General Assembly."),
]

DRAFTS_EN: dict[str, tuple[list[Any], dict[str, Any]]] = {
    "en-d01-correct-table-heading-and-character-style": (C01, {"zh": False, "header": "Model United Nations of "
                                                                "the Lakes 2026"}),
    "en-d02-committee-in-text-box-and-tracked-changes": (C02, {"zh": False, "header": "Youth Model United "
                                                                "Nations 2026"}),
    "en-d03-line-break-stray-enter-and-date-field": (C03, {"zh": False}),
    "en-d04-two-columns-after-a-section-break": (C04, {"zh": False, "two_columns": True}),
    "en-d05-partial-emphasis-and-comments": (C05, {"zh": False, "header": "Mediterranean MUN · GA4"}),
    "en-d06-smart-quotes-ellipsis-and-inserted-stop": (C06, {"zh": False}),
}
