"""Write the holdout59 drafts and annotations.yaml (run once, before anything of drafter ran on them).

Each draft is a list of paragraphs; a paragraph that carries faults is a tuple (text, [(kind, note), ...]).
Every "..." quote of a note must be in its paragraph (checked here). Paragraph numbers count the non-empty lines
after the two comment lines, as bench/students.py does.
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"
SHY = "\u00ad"

Para = "str | tuple[str, list[tuple[str, str]]]"

DRAFTS: dict[str, tuple[str, str, list]] = {}

# ---------------------------------------------------------------- en-01
DRAFTS["en-01-unausa-ga3-birth-registration-booklet-page-break.txt"] = (
    "typed by holdout59, round 19: a UNA-USA-style GA Third Committee draft as a chair gets it by selecting the text "
    "of the conference's PDF resolution booklet and pasting it (page 3 to page 4 of the booklet)",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the PDF copy left is kept as pasted "
    "(a line break inside a clause, the booklet's footer, page number and running header between two clauses, a word "
    "hyphenated at a line end, a ligature, a footnote number glued to a word); lead emphasis not represented",
    [
        "Committee: General Assembly Third Committee (Social, Humanitarian and Cultural)",
        "Topic: Universal birth registration and the prevention of childhood statelessness",
        "Sponsors: Côte d'Ivoire, Ecuador, Malaysia, Portugal",
        "Signatories: Armenia, Benin, Colombia, Ghana, Kyrgyzstan, Nepal, Spain, Thailand",
        "The General Assembly,",
        "Recalling article 7 of the Convention on the Rights of the Child1, under which every child shall be "
        "registered immediately after birth and shall have the right to acquire a nationality,",
        "Alarmed that the births of about one in four children under the age of \ufb01ve have never been recorded by "
        "a civil authority,",
        ("Recognizing that a child without a birth certificate may be unable to prove his or her age, parentage or "
         "place of birth, and may therefore be denied schooling, health care or protection from early marriage and "
         "child",
         [("preambular-end-mark",
           'the clause is broken at the PDF\'s line end after "early marriage and child": its first part ends with '
           'no mark (one paragraph, «…and child labour,») (UN-B05, MUN-F04)')]),
        ("labour,",
         [("other",
           'the rest of the clause, "labour,", on a line of its own with no lead (the PDF\'s line break; join it '
           'to the line above) (UN-B03, MUN-F04)')]),
        ("Harbourside Model United Nations 2026 · Delegate Booklet",
         [("other",
           'the booklet\'s footer with the conference name "Harbourside Model United Nations 2026" left between two '
           'preambular clauses (not part of a resolution; delete) (UN-B01)')]),
        ("Page 4 of 11",
         [("other",
           'the booklet\'s page number "Page 4 of 11" left between two preambular clauses (not part of a '
           'resolution; delete) (UN-B01)')]),
        ("GA3 / Resolution 2.1",
         [("other",
           'the booklet\'s running header "GA3 / Resolution 2.1" of the next page left between two preambular '
           'clauses (not part of a resolution; delete) (UN-B01)')]),
        "Concerned that in many countries the fees charged for late registration, the distance to the nearest "
        "registry office and the requirement that both parents be present keep poor and rural families from "
        "registering their children,",
        "Noting with appreciation the work of the Office of the United Nations High Commissioner for Refugees under "
        "its campaign to end statelessness, launched in 2014,",
        "1. Urges Member States to make the registration of births free of charge, at least within the period fixed "
        "by national law, and to waive the fees for late registration of children born during armed conflict or "
        "natural disasters;",
        "2. Calls upon Member States to bring registration services closer to families by:",
        "(a) allowing births to be registered in hospitals and health centres at the time of delivery;",
        "(b) sending mobile registration teams to remote areas and to camps for refugees and displaced persons;",
        "(c) linking the civil registry with vaccination programmes, so that a child who is brought for a first "
        "vaccine can be registered on the same visit;",
        ("3. Encourages Member States to amend their nationality laws so that a child born on their territory who "
         "would otherwise be stateless acquires their nationality, in line with their inter-",
         [("operative-end-mark",
           'operative clause 3 is broken inside the hyphenated word "inter-" at the PDF\'s line end: its first part '
           'ends with no mark (join «international»; the clause ends «;») (UN-B09, MUN-F05)')]),
        ("national obligations;",
         [("other",
           'the rest of operative clause 3, "national obligations;" (the end of the hyphenated word), on a line of '
           'its own with no label or lead (join it to the line above) (UN-B07, MUN-F05)')]),
        "4. Requests the Secretary-General to include, in his next report on the rights of the child, information "
        "on the progress made towards universal birth registration;",
        "5. Invites Member States to share, through the regional commissions, their experience of digitizing civil "
        "registers while protecting the personal data they contain.",
    ],
)

# ---------------------------------------------------------------- en-02
DRAFTS["en-02-un-c2-sand-dust-storms-l-document-pages.txt"] = (
    "typed by holdout59, round 19: a Second Committee draft in the UN document layout, as a delegate gets it by "
    "selecting the text of the three-page PDF of the L-document and pasting it",
    "un; typed, not retrieved; plain text, one paragraph per line; what the PDF copy left is kept as pasted (the job "
    "number of page 1 and the symbol heading page 2 inside a preambular paragraph, the footer of page 2 and the "
    "symbol heading page 3 between two operative paragraphs, a paragraph number on a line of its own, a footnote "
    "number glued to a word); lead emphasis not represented",
    [
        "A/C.2/81/L.31",
        "Distr.: Limited",
        "26 October 2026",
        "Original: English",
        "General Assembly",
        "Eighty-first session",
        "Second Committee",
        "Agenda item 19 (e)",
        "Sustainable development: combating sand and dust storms",
        "Iraq, Kuwait, Mongolia, Niger and Uzbekistan: draft resolution",
        "Combating sand and dust storms",
        "The General Assembly,",
        "Recalling its previous resolutions on combating sand and dust storms,",
        "Recalling also the United Nations Convention to Combat Desertification in Those Countries Experiencing "
        "Serious Drought and/or Desertification, Particularly in Africa1,",
        ("Deeply concerned that sand and dust storms cause severe damage to health, agriculture, transport and "
         "infrastructure in the countries where they arise and in countries far downwind, and that their frequency "
         "and intensity have increased in some regions owing to land degradation and",
         [("preambular-end-mark",
           'the paragraph is broken at the end of page 1 after "owing to land degradation and": its first part '
           'ends with no mark (one paragraph, «…land degradation and drought,») (UN-B05)')]),
        ("26-17502 (E)    211026",
         [("other",
           'the job number and date "26-17502 (E)" printed at the foot of page 1 left inside a preambular '
           'paragraph (not part of a resolution; delete) (UN-B01)')]),
        ("A/C.2/81/L.31",
         [("other",
           'the document symbol "A/C.2/81/L.31" that heads page 2 left inside a preambular paragraph as a running '
           'header (the symbol belongs once, at the top of the text; delete) (UN-B01, UN-H01)')]),
        ("drought,",
         [("other",
           'the rest of the paragraph, "drought,", on a line of its own after the page break, with no lead (join '
           'it to the paragraph it ends) (UN-B03, UN-B05)')]),
        "Noting the establishment of the United Nations Coalition on Combating Sand and Dust Storms in 2019,",
        "Recognizing that early warning systems and the sharing of meteorological data between neighbouring "
        "countries can reduce the harm caused by such storms,",
        "1. Calls upon Member States to include the prevention of sand and dust storms in their national plans for "
        "land restoration and drought management;",
        "2. Encourages Member States and the regional commissions to strengthen regional early warning systems, "
        "including through the exchange of satellite and ground observations;",
        ("3.",
         [("numbering",
           'the paragraph number "3." stands alone on a line, cut from its paragraph by the copy (one paragraph, '
           '«3. Invites the World Meteorological Organization …;») (UN-B07)')]),
        ("Invites the World Meteorological Organization to continue to support national meteorological services in "
         "forecasting sand and dust storms, in particular in the least developed countries;",
         [("numbering",
           'operative paragraph "Invites the World Meteorological Organization …" has no number: its «3.» stands '
           'on the line above (UN-B07)')]),
        ("2/3    26-17502",
         [("other",
           'the footer of page 2, page number "2/3" and job number "26-17502", left between operative paragraphs '
           '3 and 4 (not part of a resolution; delete) (UN-B01)')]),
        ("A/C.2/81/L.31",
         [("other",
           'the document symbol "A/C.2/81/L.31" that heads page 3 left between operative paragraphs 3 and 4 as a '
           'running header (delete) (UN-B01, UN-H01)')]),
        "4. Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report "
        "on the implementation of the present resolution;",
        "5. Decides to include in the provisional agenda of its eighty-third session, under the item entitled "
        "\"Sustainable development\", the sub-item entitled \"Combating sand and dust storms\".",
    ],
)

# ---------------------------------------------------------------- en-03
DRAFTS["en-03-thimun-specpol-undersea-cables-booklet-ligatures.txt"] = (
    "typed by holdout59, round 19: a THIMUN-style SPECPOL draft pasted by a chair out of the conference's PDF "
    "resolution booklet (a ligature kept in one lead and lost in another, a sub-clause label cut from its text, the "
    "booklet's footer and a bare page number between two operative clauses)",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the PDF copy left is kept as pasted "
    "(ligature characters U+FB01 and U+FB03, a ligature the copy dropped, a label on a line of its own, the "
    "booklet's footer and page number, a footnote number glued to a word); lead emphasis not represented",
    [
        "FORUM: Special Political and Decolonization Committee",
        "QUESTION OF: Protecting undersea telecommunication cables",
        "SUBMITTED BY: Portugal",
        "CO-SUBMITTERS: Cabo Verde, Djibouti, Fiji, Japan, Norway, Singapore",
        "THE GENERAL ASSEMBLY,",
        "Aware that almost all intercontinental internet traffic and most \ufb01nancial messages between banks are "
        "carried by cables laid on the sea floor,",
        "Rea\ufb03rming that the United Nations Convention on the Law of the Sea sets out the legal framework within "
        "which all activities in the oceans must be carried out,",
        "Concerned by reports of cables being cut or damaged by ship anchors, bottom trawling and, in some cases, "
        "deliberate acts,",
        "Noting that damage to a single cable can cut off the internet access of a small island State for several "
        "days,",
        "Confident that cooperation between States, cable owners and the fishing and shipping industries can reduce "
        "the number of faults,",
        "1. Encourages Member States to adopt or update national laws that make the wilful or culpably negligent "
        "breaking of a submarine cable a punishable offence, as provided in article 113 of the Convention2;",
        "2. Recommends that coastal States:",
        ("a.",
         [("sub-clause-label",
           'the sub-clause label "a." stands alone on a line, cut from its sub-clause by the copy (one paragraph, '
           '«a. publish the routes of cables …,») (MUN-F06)')]),
        ("publish the routes of cables in their waters on nautical charts, so that ships know where not to anchor,",
         [("sub-clause-label",
           'the first sub-clause of clause 2, "publish the routes of cables …", has no label: its «a.» stands on '
           'the line above (MUN-F06)')]),
        "b. establish protection zones around landing stations, where anchoring and bottom trawling are restricted,",
        "c. share information on faults and suspected sabotage with the owners of the cables concerned;",
        ("Lakeshore International MUN 2026 | Resolution Booklet | SPECPOL",
         [("other",
           'the booklet\'s footer "Lakeshore International MUN 2026 | Resolution Booklet | SPECPOL" left between '
           'operative clauses 2 and 3 (not part of a resolution; delete) (UN-B01)')]),
        ("7",
         [("other",
           'the booklet\'s page number "7" left on a line of its own between operative clauses 2 and 3 (not part '
           'of a resolution; delete) (UN-B01)')]),
        "3. Calls upon Member States to include the protection of cables in their maritime spatial planning and to "
        "consult the owners of cables before granting licences for dredging or for offshore wind farms;",
        "4. Further encourages Member States to train the crews of fishing vessels in the use of charts that show "
        "cable routes;",
        ("5. Rea rms the importance of the freedom to lay submarine cables on the continental shelf, subject to the "
         "rights of the coastal State, and invites the International Cable Protection Committee to share its "
         "recommendations with Member States.",
         [("misspelt-lead",
           '"Rea rms" - the lead «Reaffirms» with its «ffi» ligature lost by the copy: the draft as handed in '
           'reads "Rea rms" (UN-B06, MUN-F05)')]),
    ],
)

# ---------------------------------------------------------------- en-04
DRAFTS["en-04-hmun-wha-lead-poisoning-label-on-line-above.txt"] = (
    "typed by holdout59, round 19: an HMUN-style World Health Assembly draft (Draft Resolution 1.3, signatories "
    "only) pasted by a delegate out of the committee's PDF booklet",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the PDF copy left is kept as pasted (a "
    "clause's number at the end of the line above it, a clause broken by the page break with the page number and "
    "the running header between its halves, a footnote number glued to a word, ligatures); lead emphasis not "
    "represented",
    [
        "DRAFT RESOLUTION 1.3",
        "Committee: World Health Assembly",
        "Topic: Childhood lead poisoning",
        "Signatories: Bangladesh, Brazil, Georgia, Kenya, Mexico, Nigeria, Peru, Philippines, Serbia, Tunisia",
        "The World Health Assembly,",
        "Alarmed that lead harms the developing brain of children at levels of exposure once thought safe, and that "
        "the damage cannot be undone,",
        "Recognizing that paint containing lead, spices coloured with lead chromate, pots cast from scrap metal and "
        "the melting of used batteries in backyards remain major sources of exposure in many countries,",
        "Noting that many countries still have no legally binding limit on the lead content of paint,",
        "Deeply concerned that children living near informal battery recycling sites often have blood lead levels "
        "several times higher than the reference value3 used by public health authorities,",
        "Welcoming the work of the Global Alliance to Eliminate Lead Paint in helping countries to draft and "
        "\ufb01nalize their laws,",
        "1. Urges Member States to adopt legally binding controls on lead in paint and to enforce them at the point "
        "of import and sale;",
        ("2. Calls upon Member States to test blood lead levels in children living near known sources of exposure "
         "and to provide them with follow-up care; 3.",
         [("numbering",
           'the number of the next clause, "3.", left at the end of clause 2 ("follow-up care; 3.") by the copy; '
           'clause 2 ends with «;» and «3.» opens the clause below (UN-B07, MUN-F05)')]),
        ("Requests the Director-General to publish guidance on the safe recycling of lead-acid batteries and on the "
         "testing of spices and cookware for lead;",
         [("numbering",
           'operative clause "Requests the Director-General …" has no number: its «3.» was left at the end of the '
           'line above (UN-B07, MUN-F05)')]),
        ("4. Encourages Member States to set up national registries of contaminated sites and to give priority in "
         "clean-up to sites near homes, schools and sources of drinking",
         [("operative-end-mark",
           'operative clause 4 is broken by the page break after "sources of drinking": its first part ends with '
           'no mark (one paragraph, «…sources of drinking water;») (UN-B09, MUN-F05)')]),
        ("5",
         [("other",
           'the booklet\'s page number "5" left on a line of its own inside operative clause 4 (not part of a '
           'resolution; delete) (UN-B01)')]),
        ("WHA · Draft Resolution 1.3 · Childhood lead poisoning",
         [("other",
           'the booklet\'s running header "WHA · Draft Resolution 1.3 · Childhood lead poisoning" left inside '
           'operative clause 4 (not part of a resolution; delete) (UN-B01)')]),
        ("water;",
         [("other",
           'the rest of operative clause 4, "water;", after the page number and the running header, with no label '
           'or lead (join it to clause 4) (UN-B07, MUN-F05)')]),
        "5. Invites Member States to report every two years to the Health Assembly, through the Director-General, "
        "on the progress made in reducing the exposure of children to lead and on the e\ufb03ciency of their controls.",
    ],
)

# ---------------------------------------------------------------- en-05 (clean)
DRAFTS["en-05-clean-unausa-ecosoc-smallholder-finance-pdf-characters.txt"] = (
    "typed by holdout59, round 19: a UNA-USA-style ECOSOC draft copied carefully out of a PDF booklet (clean: "
    "every clause joined, no header or page number left; only the characters a PDF leaves)",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; characters of the PDF copy kept (ligatures "
    "U+FB01 U+FB02 U+FB03 in leads and text, no-break spaces after the labels, a soft hyphen, a double space, a "
    "trailing space, a footnote number glued to a word, a hyphenated word rejoined with a space); lead emphasis not "
    "represented",
    [
        "Committee: Economic and Social Council",
        "Topic: Financial inclusion of smallholder farmers",
        "Sponsors: Kenya, Paraguay, Viet Nam",
        "Signatories: Bhutan, Côte d'Ivoire, Ethiopia, Guatemala, Indonesia, Morocco, Zambia",
        "The Economic and Social Council,",
        "A\ufb03rming that access to savings, credit and insurance helps smallholder farmers to invest in their land "
        "and to withstand poor harvests,",
        "Recalling target 8.10 of the 2030 Agenda for Sustainable Development1 on strengthening the capacity of "
        "domestic \ufb01nancial institutions,",
        "Noting that most smallholder farmers live far from the nearest bank branch and lack  the land titles that "
        "banks usually require as collateral,",
        "Recognizing that mobile money and agent banking have brought basic \ufb01nancial services to millions of "
        "rural households in the past \ufb01fteen years, ",
        "Concerned that women farmers, who do much of the work on small farms, are less likely than men to hold an "
        "account in their own name, as inter- national surveys of \ufb01nancial inclusion have shown,",
        "1." + NBSP + "Encourages Member States to allow crops in storage, livestock and future harvests to be "
        "used as collateral for loans to smallholder farmers;",
        "2." + NBSP + "Invites development banks and micro" + SHY + "\ufb01nance institutions to offer \ufb02exible "
        "loans whose repayment dates follow the growing season rather than a \ufb01xed monthly schedule;",
        "3." + NBSP + "Calls upon Member States to promote index-based crop insurance, in cooperation with national "
        "meteorological services, by:",
        "(a)" + NBSP + "collecting reliable rainfall data at the level of districts;",
        "(b)" + NBSP + "subsidizing premiums for the poorest farmers during the \ufb01rst years of a scheme;",
        "4." + NBSP + "Rea\ufb03rms that \ufb01nancial literacy programmes should reach women and young farmers in "
        "their own languages;",
        "5." + NBSP + "Requests the regional commissions to report on the progress made in the \ufb01nancial "
        "inclusion of smallholder farmers at the next session of the Council.",
    ],
)


def main() -> None:
    lines = [
        "# Annotations of true format faults, one list per draft file (see README.md for conventions).",
        "# paragraph = 1-based index over non-empty lines after the two leading comment lines.",
        "# In notes, \"...\" quotes the draft text; «...» is the form FORMAT.md expects.",
        "# Written by helper holdout59 (round 19) before anything of drafter ran on these texts and before any "
        "checker code or docs/RULES.md was read; kept as first written. Generated by build_drafts.py.",
    ]
    for name, (source, fmt, paras) in DRAFTS.items():
        text = [f"# source: {source}", f"# format: {fmt}"]
        faults: list[str] = []
        for n, para in enumerate(paras, 1):
            body, marks = (para, []) if isinstance(para, str) else para
            assert body.strip(), (name, n)
            text.append(body)
            for kind, note in marks:
                for quote in re.findall(r'"([^"]+)"', note):
                    q = quote.replace(" …", "").replace("…", "")
                    assert q in body, (name, n, quote)
                esc = note.replace("'", "''")
                faults.append(f"    - {{paragraph: {n}, kind: {kind}, note: '{esc}'}}")
        (HERE / name).write_text("\n".join(text) + "\n", encoding="utf-8")
        lines.append(f"{name}:")
        lines.append("  faults:" + ("" if faults else " []"))
        lines.extend(faults)
    (HERE / "annotations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
