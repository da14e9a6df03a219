"""Build the drafts of the blind set holdout98 and write annotations.yaml from the fault marks.

    python make_drafts.py           # write the .txt drafts and annotations.yaml next to this script
    python make_drafts.py --list    # print every paragraph with its special characters named (U+XXXX)

The set is about characters a chair cannot see, brought into English drafts by copying from web pages, PDFs and chat
apps. The drafts are typed in this file with tokens (<NB>, <ZW>, <Ce>, ...) that stand for the exact characters
(table TOKENS below); the script replaces them, so that what is in each .txt is exactly what is meant. Each paragraph
is P(text, F(kind, note), ...); its number is its 1-based index among the non-empty lines after the two comment lines
(bench/students README), checked again on the written file. Every "..." quote of a note is checked to be in its
paragraph (after the same token replacement). Nothing of drafter is imported.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

TOKENS = {
    "<NB>": "\u00a0",    # NO-BREAK SPACE
    "<NNB>": "\u202f",   # NARROW NO-BREAK SPACE
    "<ZW>": "\u200b",    # ZERO WIDTH SPACE
    "<ZWJ>": "\u200d",   # ZERO WIDTH JOINER
    "<BOM>": "\ufeff",   # ZERO WIDTH NO-BREAK SPACE (byte order mark) inside a line
    "<SHY>": "\u00ad",   # SOFT HYPHEN
    "<NBH>": "\u2011",   # NON-BREAKING HYPHEN
    "<TAB>": "\t",
    "<ELL>": "\u2026",   # HORIZONTAL ELLIPSIS
    "<EN>": "\u2013",    # EN DASH
    "<EM>": "\u2014",    # EM DASH
    "<LQ>": "\u201c", "<RQ>": "\u201d", "<AP>": "\u2019",  # curly quotes, apostrophe
    # Cyrillic look-alikes
    "<Ca>": "\u0430", "<Ce>": "\u0435", "<Co>": "\u043e", "<Cc>": "\u0441", "<Cp>": "\u0440", "<Ci>": "\u0456",
    "<CA>": "\u0410", "<CE>": "\u0415", "<CC>": "\u0421", "<CS>": "\u0405", "<CK>": "\u041a", "<CT>": "\u0422",
    "<CO>": "\u041e", "<CM>": "\u041c",
    # Greek look-alikes
    "<GA>": "\u0391", "<GO>": "\u039f", "<Go>": "\u03bf", "<GN>": "\u039d", "<GI>": "\u0399",
    # full-width punctuation typed by a Chinese input method
    "<FWC>": "\uff0c", "<FWCOLON>": "\uff1a", "<FWSEMI>": "\uff1b", "<FWSTOP>": "\uff0e",
}


def fw(text: str) -> str:
    """``text`` in full-width Latin letters and digits (U+FF01-U+FF5E), as a Chinese input method in full-width mode
    types them; spaces become ideographic spaces."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def sub(text: str) -> str:
    text = re.sub(r"<FW:([^>]*)>", lambda m: fw(m.group(1)), text)
    for token, char in TOKENS.items():
        text = text.replace(token, char)
    if re.search(r"<[A-Za-z]+>", text):
        raise SystemExit(f"unknown token in {text!r}")
    return text


def F(kind: str, note: str) -> tuple[str, str]:  # noqa: N802 - a fault mark
    return kind, note


def P(text: str, *faults: tuple[str, str]) -> tuple[str, list[tuple[str, str]]]:  # noqa: N802 - a paragraph
    return text, list(faults)


DRAFTS: dict[str, tuple[str, str, list[tuple[str, list[tuple[str, str]]]]]] = {}

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-01-gdocs-sochum-online-hate-speech-cyrillic-s-in-sponsors-cyrillic-e-in-lead.txt"] = (
    "typed by holdout98, round 25: imitates a school delegation's draft for the Third Committee written together in "
    "Google Docs by four co-sponsors, each pasting from elsewhere (a web page, a PDF of the Rabat Plan, a chat with a "
    "delegate whose keyboard switches to Russian), then exported as plain text",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; tabs after heading labels and clause numbers, "
    "no-break spaces, zero-width spaces and non-breaking hyphens as pasted (see README); lead emphasis not represented "
    "(not judged)",
    [
        P("Committee:<TAB>Third Committee (SOCHUM)"),
        P("Topic:<TAB>Countering online hate speech targeting minorities"),
        P("<CS>ponsors:<TAB>Brazil, Canada, Kenya, Norway",
          F("heading-field-missing", 'the sponsors field is labelled "<CS>ponsors:" with a Cyrillic capital Dze (U+0405) '
            'for the S, pasted from a co-sponsor\'s chat: the heading has no field «Sponsors:» as a chair\'s search or '
            'a conference template reads it (MUN-H01)')),
        P("Signatories:<NB>Chile, Fiji, Germany, India, Jordan, Mexico, Nepal, Philippines"),
        P("The General Assembly,"),
        P("Recalling articles 19 and 20 of the International Covenant on Civil and Political Rights, which protect "
          "freedom of expression and prohibit advocacy of hatred that constitutes incitement,"),
        P("R<Ce>affirming the Rabat Plan of Action on the prohibition of advocacy of national, racial or religious "
          "hatred that constitutes incitement to discrimination, hostility or violence,",
          F("misspelt-lead", 'the lead "R<Ce>affirming" carries a Cyrillic small ie (U+0435) for its first e: it looks '
            'right but is not the word a spell-checker, a search or a phrase list knows; «Reaffirming» (UN-B03, '
            'MUN-F04)')),
        P("Deeply<NB>concerned that hate speech spread on social media platforms has been linked to violence against "
          "religious, ethnic and linguistic minorities in several regions,"),
        P("Noting with appreciation the United Nations Strategy and Plan of Action on Hate Speech launched by the "
          "Secretary<NBH>General in June 2019,"),
        P("Recognizing<ZW> that automated content moderation often fails in languages with few speakers online and in "
          "posts that mix several languages or scripts,"),
        P("Alarmed by reports that coordinated accounts use altered spellings and invisible characters to avoid the "
          "keyword filters of platforms;",
          F("preambular-end-mark", '"…to avoid the keyword filters of platforms;" - a preambular clause ends with a '
            'semicolon; «…of platforms,» (UN-B05, MUN-F04)')),
        P("Emphasizing that any restriction on freedom of expression must be provided by law and be necessary and "
          "proportionate to a legitimate aim,"),
        P("1.<TAB>Encourages Member States to adopt national action plans against hate speech that are consistent "
          "with international human rights law;"),
        P("2.<TAB>Calls upon social media companies to publish regular transparency reports on content moderation, "
          "broken down by language and by country;"),
        P("3.<TAB>Urges platforms to employ human moderators who speak minority languages, including through "
          "partnerships with local civil society organizations;"),
        P("4.<TAB>Requests the Office of the United Nations High Commissioner for Human Rights to develop guidance on "
          "the detection of hate speech disguised with altered spellings, emojis and look<NBH>alike characters.",
          F("operative-end-mark", '"Requests the Office … look<NBH>alike characters." - operative clause 4, not '
            'the last, ends with a full stop; «…look-alike characters;» (UN-B09, MUN-F05)')),
        P("5.<TAB>Invites Member States to include media and information literacy in school curricula, with "
          "particular attention to:"),
        P("(a)<TAB>recognizing manipulated images and videos;"),
        P("(b)<TAB>reporting hateful content to platforms and to national authorities;"),
        P("(c)<TAB>supporting classmates who are targeted online;"),
        P("7.<TAB>Further Invites regional organizations to share good practices on the early warning of online "
          "incitement to violence;",
          F("numbering", '"7." comes right after clause 5 - clause 6 skipped; «6. Further invites», then «7. Requests» (UN-B07, '
            'MUN-F05)'),
          F("capital-after-lead", '"Further Invites" - the second word of the lead capitalised; «Further invites» '
            '(MUN-F05)')),
        P("8.<TAB>Requests the Secretary-General to report to the General Assembly at its eighty-second session on "
          "the implementation of the present resolution."),
    ],
)

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-02-un-pdf-c2-mountains-narrow-nbsp-soft-hyphens-cyrillic-organ-and-distr.txt"] = (
    "typed by holdout98, round 25: imitates a university delegate's UN-style L-document for the Second Committee "
    "built by copying the masthead and several paragraphs from a UN PDF (narrow no-break spaces in numbers, soft "
    "hyphens and non-breaking hyphens) and the rest from a Russian-language Word template whose letters stayed in "
    "two places",
    "un; typed, not retrieved; plain text, one paragraph per line; narrow no-break spaces, soft hyphens, non-breaking "
    "hyphens and ellipsis characters as copied from the PDF (see README); lead emphasis not represented (not judged)",
    [
        P("A/C.2/80/L.31"),
        P("Distr.: L<Ci>mited",
          F("other", 'the distribution line reads "Distr.: L<Ci>mited" with a Cyrillic-Ukrainian small i (U+0456) '
            'from the template: the masthead of a draft reads «Distr.: Limited» (UN-H02, UN-D01)')),
        P("12 November 2025"),
        P("Original: English"),
        P("General Assembly"),
        P("Eightieth session"),
        P("Second Committee"),
        P("Agenda item 18 (j)"),
        P("Sustainable development: sustainable mountain development"),
        P("Andorra, Bhutan, Kyrgyzstan, Nepal and Peru: draft resolution"),
        P("Sustainable mountain development"),
        P("The General <CA>ssembly,",
          F("other", 'the organ line "The General <CA>ssembly," carries a Cyrillic capital A (U+0410) from the '
            'template: the organ line names the organ, «The General Assembly,» (UN-B02, MUN-F01)')),
        P("Recalling its resolution 78/201 of 22 December 2023 on sustainable mountain development and the outcome "
          "document <LQ>The future we want<RQ>, which recognizes that <LQ>the benefits derived from mountain regions "
          "are essential for sustainable development<ELL><RQ>,"),
        P("Recognizing that mountains cover around 27<NNB>per cent of the Earth<AP>s land surface and are home to "
          "about 1.1<NNB>billion people, many of whom live in poverty,"),
        P("Noting with concern that glaciers in many mountain ranges are retreating at unprecedented rates, with "
          "consequences for water supply, agriculture and hydro<SHY>power downstream,"),
        P("Welcoming the proclamation of the years 2023<EN>2027 as the Five Years of Action for the Development of "
          "Mountain Regions,"),
        P("Aware that mountain communities, including indigenous peoples, hold traditional knowledge that is "
          "valuable for adaptation to climate change.",
          F("preambular-end-mark", '"…valuable for adaptation to climate change." - the last preambular paragraph ends '
            'with a full stop; «…to climate change,» (UN-B05)')),
        P("1.<NB>Takes note of the report of the Secretary<NBH>General on sustainable mountain development;"),
        P("2.<NB>Encourages States to adopt a long<NBH>term perspective and holistic approaches, including by "
          "incorporating mountain<SHY>specific policies into national sustainable development strategies;"),
        P("3.<NB><CE>ncourages also the mobilization of financial resources for mountain regions, including through "
          "public<EN>private partnerships;",
          F("misspelt-lead", 'the lead "<CE>ncourages also" opens with a Cyrillic capital Ie (U+0415) from the '
            'template: it looks right but is not the word; «Encourages also» (UN-B06)')),
        P("4.<NB>Invites Member States to strengthen early warning systems for glacial lake outburst floods, "
          "landslides and avalanches and to share data across borders;"),
        P("5.<NB>Stresses the importance of sustainable tourism in mountain areas that respects the carrying capacity "
          "of fragile ecosystems;"),
        P("6.<NB>Requests the Secretary-General to submit to the General Assembly at its eighty<NBH>second session a "
          "report on the implementation of the present resolution;"),
        P("7.<NB>Decides to include in the provisional agenda of its eighty-second session, under the item entitled "
          "<LQ>Sustainable development<RQ>, the sub-item entitled <LQ>Sustainable mountain development<RQ>",
          F("operative-end-mark", 'the last operative paragraph ends "…Sustainable mountain development<RQ>" with no '
            'full stop; «…“Sustainable mountain development”.» (UN-B09)')),
    ],
)

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-03-wechat-ime-unep-plastics-full-width-lead-and-label-ellipsis-end.txt"] = (
    "typed by holdout98, round 25: imitates a draft for UNEP typed partly on a phone in a chat app (WeChat) by a "
    "delegate whose Chinese input method was left in full-width mode for a few words, sent to the group and pasted "
    "into the shared file with the chat's curly quotes, ellipses and dashes",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; full-width letters, digits and marks, curly "
    "and straight quotes mixed, ellipsis characters, en and em dashes and trailing spaces as pasted (see README); "
    "lead emphasis not represented (not judged)",
    [
        P("Committee: United Nations Environment Assembly (UNEA)"),
        P("Topic: Ending plastic pollution in the marine environment"),
        P("Sponsors: Chile, Indonesia, <FW:Japan>, Senegal",
          F("other", 'the sponsor "<FW:Japan>" typed in full-width Latin letters (U+FF2A…), a wide name among the '
            'others: the name of the State in ordinary letters, «Japan» (MUN-H01, UN-H06)')),
        P("Signatories: Australia, Ecuador, Fiji, Ghana, Maldives, Peru, Philippines, Portugal "),
        P("The United Nations Environment Assembly,"),
        P("Recalling its resolution 5/14 of 2 March 2022, <LQ>End plastic pollution: towards an international legally "
          "binding instrument<RQ>,"),
        P("<FW:Noting> with deep concern that between 19 and 23 million tonnes of plastic waste leak into aquatic "
          "ecosystems every year,",
          F("misspelt-lead", 'the lead "<FW:Noting>" typed in full-width Latin letters (U+FF2E…) by the input method: '
            'it is not the word «Noting» and prints wide (UN-B03, MUN-F04)')),
        P("Aware that microplastics have been found in seafood, drinking water and human blood,"),
        P("Recognizing the role of waste pickers <EM> often without social protection <EM> in collecting and "
          "recycling plastic in many developing countries,"),
        P("Noting the \"polluter pays\" principle and the experience of extended producer responsibility schemes,"),
        P("Emphasizing that single-use plastics make up a large share of the litter found on beaches<ELL>",
          F("preambular-end-mark", '"…found on beaches<ELL>" - a preambular clause ends with an ellipsis character '
            'instead of its comma; «…found on beaches,» (UN-B05, MUN-F04)')),
        P("1. Calls upon Member States to phase out the most problematic single-use plastic products by 2030;  "),
        P("2. Encourages governments to support the transition of waste pickers into safer, better paid work in the "
          "circular economy;"),
        P("<FW:3.> Urges producers to design plastic packaging that is reusable, recyclable or compostable;",
          F("numbering", 'the clause number "<FW:3.>" in full-width digit and full stop (U+FF13 U+FF0E): operative '
            'clauses are numbered with half-width Arabic numerals, «3.» (UN-B07, MUN-F05)')),
        P("4. Requests the Executive Director of UNEP to:"),
        P("<EN> set up a platform to share data on marine litter monitoring;",
          F("sub-clause-label", 'a sub-clause opened by an en dash "<EN>" (the chat app\'s bullet) instead of a '
            'letter: «(a) set up a platform…» (UN-B10, MUN-F06)')),
        P("<EN> support small island developing States in cleaning up their coastlines;",
          F("sub-clause-label", 'a sub-clause opened by an en dash "<EN>" instead of a letter: «(b) support small '
            'island developing States…» (UN-B10, MUN-F06)')),
        P("5. Invites the private sector to report each year on the amount of virgin plastic it places on the "
          "market;"),
        P("6. Decides to review progress on the present resolution at its seventh session."),
    ],
)

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-04-web-page-thimun-ecosoc-road-safety-nbsp-bom-cyrillic-sub-labels.txt"] = (
    "typed by holdout98, round 25: imitates a THIMUN-style ECOSOC draft copied out of a conference website's "
    "resolution page (HTML no-break spaces after labels and inside leads, a byte order mark left by the site's "
    "editor) into Word, with two sub-clause letters typed on a Russian keyboard layout",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; no-break spaces, a byte order mark inside a "
    "line, zero-width joiners, em dashes and curly quotes as copied (see README); lead emphasis not represented (not "
    "judged)",
    [
        P("FORUM:<NB>Economic and Social Council"),
        P("QUESTION OF:<NB>Reducing road traffic deaths and injuries in low- and middle-income countries"),
        P("SUBMITTED BY:<NB>Sweden"),
        P("CO-SUBMITTERS:<NB>Argentina, Ghana, Malaysia, Morocco, Spain, Viet Nam"),
        P("THE ECONOMIC AND SOCIAL COUNCIL,"),
        P("Recalling General Assembly resolution 74/299 of 31 August 2020, which proclaimed the Second Decade of "
          "Action for Road Safety 2021<EN>2030,"),
        P("Alarmed that road traffic crashes kill about 1.19<NB>million people every year and are the leading cause "
          "of death for children and young people aged 5<EN>29,"),
        P("Noting<BOM> that more than nine in ten road traffic deaths occur in low- and middle-income countries, "
          "which have around 60 per cent of the world<AP>s vehicles,"),
        P("Deeply<NB>concerned that pedestrians, cyclists and motorcyclists make up more than half of all road "
          "traffic deaths,"),
        P("Taking into account the Global Plan for the Decade of Action and its <LQ>safe system<RQ> approach,"),
        P("Bearing In Mind that safe and affordable public transport reduces the exposure of the poorest road users "
          "to risk,",
          F("capital-after-lead", '"Bearing In Mind" - a word inside the lead phrase capitalised; «Bearing in mind» '
            '(MUN-F04)')),
        P("1.<NB>Urges Member States to adopt and enforce laws on the five key risk factors: speed, drink<NBH>driving, "
          "helmets<ZWJ>, seat-belts and child restraints;"),
        P("2.<NB>Encourages all Member States to set speed limits of 30<NB>km/h in areas where pedestrians and "
          "vehicles mix;"),
        P("3.<NB>Recommends that Member States improve the safety of roads by:"),
        P("a)<NB>building sidewalks and safe crossings near schools,"),
        P("b)<NB>separating motorcycle lanes on high-speed roads,"),
        P("<Cc>)<NB>auditing the safety of new roads before they are opened,",
          F("sub-clause-label", 'the third sub-clause is labelled "<Cc>)" with a Cyrillic small es (U+0441) typed on '
            'the Russian layout: the label is not the letter «c)» that follows a) and b) (MUN-F06)')),
        P("d)<NB>lowering speeds on roads through villages;"),
        P("4.<NB>Calls Upon development banks to include road safety components in every road project they finance;",
          F("capital-after-lead", '"Calls Upon" - the second word of the lead capitalised; «Calls upon» '
            '(MUN-F05)')),
        P("5.<NB>Requests the World Health Organization to support countries in improving the collection of data on "
          "road traffic injuries, in particular:"),
        P("a)<NB>data from hospitals and emergency services,"),
        P("b)<NB>data from police records, including:"),
        P("i.<NB>the age and sex of the victims,"),
        P("<Ci><Ci>.<NB>the kind of road user involved;",
          F("sub-clause-label", 'the second sub-sub-clause is labelled "<Ci><Ci>." with two Cyrillic-Ukrainian small i '
            '(U+0456) typed on the Russian layout, after a Latin i.: the label is not the numeral «ii.» (MUN-F06)')),
        P("6.<NB>Further requests the Secretary-General to report on the progress of the Decade of Action at the "
          "Council<AP>s next substantive session."),
    ],
)

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-05-pdf-hmun-wha-antimicrobial-greek-alpha-lead-soft-hyphens-lead.txt"] = (
    "typed by holdout98, round 25: imitates an HMUN-style draft for the World Health Assembly put together from a "
    "PDF background guide (soft hyphens where the PDF broke words, non-breaking hyphens), a Greek classmate's "
    "keyboard for a few letters, and a web page with no-break spaces",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; soft hyphens inside leads and words, "
    "non-breaking hyphens, no-break and narrow no-break spaces, zero-width spaces as copied (see README); lead "
    "emphasis not represented (not judged)",
    [
        P("DRAFT RESOLUTION 2.1"),
        P("Committee: World Health Assembly"),
        P("Topic: Antimicrobial resistance"),
        P("Signatories: Bangladesh, Colombia, Egypt, France, Georgia, <CK>enya, Netherlands, Pakistan, Thailand, "
          "Zambia",
          F("other", 'the signatory "<CK>enya" begins with a Cyrillic capital Ka (U+041A): the name of the State is '
            '«Kenya» in Latin letters (MUN-H03, UN-H06)')),
        P("The World Health Assembly,"),
        P("Re<SHY>calling resolution WHA68.7 of 2015 adopting the Global Action Plan on Antimicrobial Resistance,"),
        P("<GA>cknowledging the political declaration of the high-level meeting of the General Assembly on "
          "antimicrobial resistance of 26 September 2024,",
          F("misspelt-lead", 'the lead "<GA>cknowledging" opens with a Greek capital Alpha (U+0391): it looks right '
            'but is not the word; «Acknowledging» (UN-B03, MUN-F04)')),
        P("Gravely concerned that bacterial antimicrobial resistance was directly responsible for an estimated "
          "1.14<NNB>million deaths in 2021,"),
        P("Noting that the overuse of antibiotics in livestock contributes to the spread of resistant "
          "bacteria,"),
        P("Recognizing that many people in low-income countries still lack access to the antibiotics they need,"),
        P("Emphasizing the One Health approach, which links human, animal and environmental health. and the need for "
          "cooperation between sectors,",
          F("full-stop-inside-clause", '"…environmental health. and the need…" - a full stop inside a preambular '
            'clause; «…environmental health, and the need…» (UN-B09, MUN-F05)')),
        P("1. Urges Member States to update their national action plans on antimicrobial resistance by 2026 and to "
          "fund them;"),
        P("2. Calls upon Member States to end the use of medically important antimicrobials for growth promotion in "
          "animals;"),
        P("3. Encour<SHY>ages investment in the research and development of new antibiotics, vaccines and rapid "
          "diagnostic tests;"),
        P("4. Member States to strengthen surveillance of antimicrobial use and resistance through the Global "
          "Antimicrobial Resistance and Use Surveillance System (GLASS);",
          F("operative-without-verb", '"4. Member States to strengthen surveillance…" - the clause has no operative '
            'verb; «4. Encourages Member States to strengthen surveillance…» (UN-B06, MUN-F05)')),
        P("5. Invites the Quadripartite organizations to support countries in reducing antibiotic use in "
          "agriculture;"),
        P("6. Requests the Director<NBH>General to <ZW>report to the Seventy-ninth World Health Assembly on progress "
          "in implementing the present resolution;"),
        P("7. Further re<SHY>quests the Director-General to publish a list of essential antibiotics for children;"),
        P("8. Decides to keep this matter under review."),
    ],
)

# --------------------------------------------------------------------------------------------------------------------
DRAFTS["en-06-clean-notion-unesco-endangered-languages-all-invisible-shapes.txt"] = (
    "typed by holdout98, round 25: imitates a clean UNA-USA-style UNESCO draft drafted in Notion and copied through "
    "a browser, so that it carries the invisible shapes of web text (no-break and narrow no-break spaces, zero-width "
    "spaces and joiners, a byte order mark, soft hyphens, non-breaking hyphens, tabs, trailing spaces, curly and "
    "straight quotes, dashes, an ellipsis inside a quotation) and no format fault",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; invisible and look-alike-free web characters "
    "as copied (see README); lead emphasis not represented (not judged)",
    [
        P("<BOM>Committee:<TAB>UNESCO General Conference"),
        P("Topic:<NB>Safeguarding endangered indigenous languages"),
        P("Sponsors:<TAB>Bolivia (Plurinational State of), Canada, Mexico, New Zealand"),
        P("Signatories:<TAB>Australia, Ecuador, Finland, Guatemala, Norway, Peru, Samoa "),
        P("The General Conference,"),
        P("Recalling the Universal Declaration on Cultural Diversity of 2001 and the United Nations Declaration on the "
          "Rights of Indigenous Peoples,"),
        P("Noting that about 40<NB>per cent of the world<AP>s estimated 7<NNB>000 languages are in danger of "
          "disappearing,<NB>"),
        P("Welcoming the International Decade of Indigenous Languages 2022<EN>2032 proclaimed by the General "
          "Assembly in its resolution 74/135,"),
        P("Recog<SHY>nizing that a language disappears when its last speakers<ZW> die, and with it knowledge of "
          "plants, places and history,"),
        P("Convinced that children learn best in their mother tongue in the early years of school, "),
        P("Bearing in mind the Los Pinos Declaration, \u201cMaking a Decade of Action for Indigenous "
          "Languages<RQ>, and its call to place indigenous peoples \"at the centre\" of the Decade,"),
        P("1.<TAB>Encourages Member States to support mother<NBH>tongue based multilingual education in areas where "
          "indigenous languages are spoken;"),
        P("2.<TAB>Calls upon Member States to recognize indigenous languages in their laws and to provide public "
          "services in them where possible;"),
        P("3.<TAB>Invites technology companies to add indigenous languages to keyboards, translation tools and "
          "voice assistants, in cooperation with the communities concerned;"),
        P("4.<TAB>Recommends the creation of community archives that record speakers<ZWJ> telling stories, songs "
          "and place names<EM>with their free, prior and informed consent;"),
        P("5.<TAB>Requests the Director<NBH>General to:"),
        P("(a)<NB>update the World Atlas of Languages every two years;"),
        P("(b)<NB>support exchanges between teachers of endangered languages;"),
        P("6.<TAB>Encourages universities to train linguists from indigenous communities to document their own "
          "languages, following the principle <LQ>nothing about us without us<ELL><RQ>;"),
        P("7.<TAB>Decides to review the implementation of the present resolution at its next session. "),
    ],
)


def special_chars(text: str) -> list[str]:
    """The characters of ``text`` outside printable ASCII, named."""
    return [f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in text if not (" " <= c <= "~")]


def check_quotes(paragraph: str, note: str, where: str) -> None:
    for quote in re.findall(r'"([^"]+)"', note):
        parts = [p for p in quote.split("\u2026") if p.strip()]
        for part in parts:
            if part.strip() not in paragraph:
                raise SystemExit(f"{where}: quote {part!r} not in the paragraph {paragraph!r}")


def build(listing: bool = False) -> None:
    import yaml

    annotations: dict[str, dict[str, list[dict[str, object]]]] = {}
    for name, (source, fmt, paragraphs) in DRAFTS.items():
        texts = [sub(text) for text, _ in paragraphs]
        if not 15 <= len(texts) <= 40:
            raise SystemExit(f"{name}: {len(texts)} paragraphs")
        lines = [f"# source: {source}", f"# format: {fmt}", *texts]
        path = HERE / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written = [line for line in path.read_text(encoding="utf-8").splitlines()[2:] if line.strip()]
        if written != texts:
            raise SystemExit(f"{name}: the written paragraphs differ from the typed ones")
        faults = []
        for number, (text, (_raw, marks)) in enumerate(zip(texts, paragraphs, strict=True), 1):
            for kind, note in marks:
                note = sub(note)
                check_quotes(text, note, f"{name} ¶{number}")
                faults.append({"paragraph": number, "kind": kind, "note": note})
            if listing:
                print(f"{name} ¶{number}: {text[:70]!r} {special_chars(text)} {[k for k, _ in marks]}")
        annotations[name] = {"faults": faults}
    header = (
        "# Annotations of true format faults, one list per draft file (see README.md). Written by helper holdout98\n"
        "# (round 25) by make_drafts.py before anything of drafter ran on these texts; kept as first written.\n"
        "# paragraph = 1-based index over non-empty lines after the two leading comment lines.\n"
        "# Decision (README): invisible characters (no-break and narrow no-break spaces, zero-width spaces and\n"
        "# joiners, byte order marks, soft hyphens, non-breaking hyphens, tabs, trailing spaces) and mixed quotes,\n"
        "# dashes and ellipses inside a clause are not faults; a look-alike letter (Cyrillic, Greek) or a full-width\n"
        "# character that makes a checked element wrong (a lead, a heading field's name, the organ line, a label, the\n"
        "# distribution line, a State's name, an end mark) is, as are the ordinary faults of students.\n"
    )
    (HERE / "annotations.yaml").write_text(
        header + yaml.safe_dump(annotations, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


if __name__ == "__main__":
    build(listing="--list" in sys.argv)
