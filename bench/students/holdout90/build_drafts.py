"""Write the drafts of holdout90 (English drafts read back by OCR from scanned paper) and their annotations.

Each draft is a list of lines; a line is either a string (no fault) or (string, [(kind, note), ...]).
Every "…" quote of a note is checked against its paragraph before anything is written.
Run from this folder: python build_drafts.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHY = "\u00ad"
NBSP = "\u00a0"

Line = str | tuple[str, list[tuple[str, str]]]

DRAFTS: dict[str, tuple[str, str, list[Line]]] = {}

DRAFTS["en-01-tesseract-phone-photo-ga2-volcanic-ash-sp0nsors-page-footer-glued-camscanner.txt"] = (
    "typed by holdout90, round 23: a UNA-USA-style GA Second Committee draft handed in on paper, photographed with a "
    "phone scanner app (CamScanner, which prints its own watermark line at the foot of each page) and read back by "
    "Tesseract",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the OCR gave is kept as read (0 for O in "
    "a heading label and in a lead, a semicolon read for a comma, a comma read for a semicolon and for a label's full "
    "stop, (c) read as (e), W read as VV, the page footer read onto the end of a clause line, the scanner app's "
    "watermark line); lead emphasis not represented (the underline of the paper copy is lost)",
    [
        "Committee: General Assembly Second Committee (Economic and Financial)",
        "Topic: Reducing the risk of volcanic ash, lahars and pyroclastic flows for communities near active volcanoes",
        ("Sp0nsors: Ecuador, Guatemala, Indonesia, Philippines",
         [("heading-field-missing", 'the sponsors field is labelled "Sp0nsors:" - a zero read for the O by the OCR: '
           "as handed in, the heading has no field «Sponsors:» (MUN-H01)")]),
        "Signatories: Cabo Verde, Chile, Iceland, Italy, Japan, Papua New Guinea, Vanuatu",
        "The General Assembly,",
        "Recalling the Sendai Framework for Disaster Risk Reduction 2015-2030 and its call for multi-hazard early "
        "warning systems,",
        ("N0ting with concern that around eight hundred million people live within one hundred kilometres of a "
         "volcano that has erupted in recorded history,",
         [("misspelt-lead", '"N0ting" - the lead «Noting» read with a zero for the capital O by the OCR: the draft '
           "as handed in to the chair opens with a word that is no preambulatory phrase (UN-B03, MUN-F04)")]),
        ("Aware that lahars can travel tens of kilometres along river valleys long after an eruption has "
         "ended;",
         [("preambular-end-mark", 'the preambular clause ends "has ended;" - its comma read as a semicolon by the '
           "OCR: a preambular clause ends with «,» (UN-B05, MUN-F04)")]),
        ("Deeply Concerned that ash fall closes airports, contaminates water supplies and destroys harvests across "
         "whole regions,",
         [("capital-after-lead", '"Deeply Concerned" - a capital inside the lead phrase, as the student wrote it on '
           "paper: «Deeply concerned» (MUN-F02, UN-B04)")]),
        ("Recognizing that volcano observatories in many developing countries lack seismometers, gas sensors and "
         "trained staff, Page 1 of 2",
         [("other", 'the page footer "Page 1 of 2" read onto the end of the clause line by the OCR: the clause no '
           "longer ends with its comma and the footer is no part of a resolution (delete it; the clause ends «staff,») "
           "(UN-B01, UN-B05)")]),
        ("Scanned with CamScanner",
         [("other", 'the scanner app\'s watermark line "Scanned with CamScanner" at the foot of page 1, left between '
           "the preamble and the operative part (no part of a resolution; delete) (UN-B01)")]),
        "1. Urges Member States exposed to volcanic hazards to prepare hazard maps and evacuation plans together "
        "with the communities concerned;",
        ("2, Encourages regional cooperation in the monitoring of volcanoes that lie across national borders;",
         [("numbering", 'the number "2," - its full stop read as a comma by the OCR: operative paragraphs are '
           "numbered «2.» (UN-B07, MUN-F05)")]),
        "3. Requests the World Meteorological Organization, together with the International Civil Aviation "
        "Organization, to:",
        "(a) strengthen the Volcanic Ash Advisory Centres;",
        "(b) share ash dispersion forecasts with national disaster agencies in real time;",
        ("(e) train forecasters from small island developing States;",
         [("sub-clause-label", 'the third sub-clause is labelled "(e)" - «(c)» read as (e) by the OCR: the labels '
           "run (a), (b), «(c)» (UN-B10, MUN-F06)")]),
        ("4. VVelcomes the offer of observatories with long experience to twin with observatories in developing "
         "countries;",
         [("misspelt-lead", '"VVelcomes" - the lead «Welcomes» with its W read as two Vs by the OCR (UN-B06, '
           "MUN-F05)")]),
        ("5. Calls upon donors to fund the replacement of monitoring equipment destroyed by eruptions,",
         [("operative-end-mark", 'operative clause 5 ends "by eruptions," - its semicolon read as a comma by the '
           "OCR: a non-final operative clause ends with «;» (UN-B09, MUN-F05)")]),
        "6. Invites the Secretary-General to report on the implementation of the present resolution at its "
        "eighty-third session.",
    ],
)

DRAFTS["en-02-adobe-scan-un-c3-teacher-shortage-labels-I-S-b-stamp-organ-full-stop.txt"] = (
    "typed by holdout90, round 23: a UN-style draft of a GA Third Committee simulation (the L-document layout) handed "
    "in on paper with the conference's received stamp on it, scanned with Adobe Scan and its recognised text copied "
    "out",
    "un; typed, not retrieved; plain text, one paragraph per line; what the OCR gave is kept as read (rn for m and 0 "
    "for O in two heading lines, a full stop read for the organ line's comma, a soft hyphen left by the scanner's "
    "de-hyphenation inside a lead, cl for d in a lead, the paragraph numbers 1, 5 and 6 read as I, S and b, the "
    "stamp read as a line of text); lead emphasis not represented",
    [
        "A/C.3/81/L.12",
        ("Distr.: Lirnited",
         [("other", 'the distribution line reads "Distr.: Lirnited" (m read as rn by the OCR): a draft is '
           "«Distr.: Limited» (UN-H02, UN-D01)")]),
        "3 November 2026",
        ("0riginal: English",
         [("other", 'the original-language line reads "0riginal: English" (a zero read for the O by the OCR): '
           "«Original: English» (UN-H04)")]),
        "General Assembly",
        "Eighty-first session",
        "Third Committee",
        "Agenda item 25",
        "Social development",
        "Botswana, Finland, Nepal, Paraguay and Senegal: draft resolution",
        "The global shortage of qualified teachers",
        ("The General Assembly.",
         [("other", 'the organ line "The General Assembly." ends with a full stop (the comma read as a point by '
           "the scan): the organ line ends with a comma, «The General Assembly,» (UN-B02)")]),
        "Reaffirming the right of everyone to education, as set out in the Universal Declaration of Human Rights,",
        "Recog" + SHY + "nizing that an estimated forty-four million additional primary and secondary teachers are "
        "needed worldwide to reach universal education by 2030,",
        ("Guicled by the recommendations of the High-level Panel on the Teaching Profession,",
         [("misspelt-lead", '"Guicled" - the lead «Guided» with its d read as cl by the OCR (UN-B03)')]),
        "Concerned that teachers leave the profession early in many countries because of low pay, heavy workloads "
        "and poor working conditions,",
        ("RECE1VED  DA1S  14 N0V 2026  11:05",
         [("other", 'the conference\'s received stamp, read by the scan as the line "RECE1VED DA1S 14 N0V 2026", '
           "left between the preamble and the operative part (no part of a resolution; delete) (UN-B01)")]),
        ("I. Calls upon Member States to develop national teacher workforce strategies with adequate public "
         "funding;",
         [("numbering", 'operative paragraph 1 is numbered "I." - the digit 1 read as a capital I by the OCR: '
           "paragraphs are numbered with Arabic numerals, «1.» (UN-B07)")]),
        "2. Encourages Member States to make the salaries of teachers at least equal to those of other professions "
        "requiring similar qualifications;",
        "3. Urges Member States to provide all new teachers with mentoring during their first years of service;",
        "4. Invites the United Nations Educational, Scientific and Cultural Organization to support Member States "
        "in collecting data on teacher supply and attrition;",
        ("S. Encourages partnerships between teacher training institutions in different regions;",
         [("numbering", 'operative paragraph 5 is numbered "S." - the digit 5 read as the letter S by the OCR: '
           "«5.» (UN-B07)")]),
        ("b. Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report "
         "on the implementation of the present resolution.",
         [("numbering", 'operative paragraph 6 is numbered "b." - the digit 6 read as the letter b by the OCR, so '
           "that the last paragraph looks like a sub-paragraph: «6.» (UN-B07, UN-B10)")]),
    ],
)

DRAFTS["en-03-google-lens-thimun-ecosoc-iodine-handwritten-correction-lead-split-in-column.txt"] = (
    "typed by holdout90, round 23: a THIMUN-style ECOSOC draft from a two-column printed booklet, corrected by hand by "
    "its main submitter (a lead struck out and another written above it) and marked by a chair's pen in the margin, "
    "photographed and read back with Google Lens",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the OCR gave is kept as read (a lead "
    "hyphenated at the end of a narrow column line and its rest on the next line, the struck-out lead read together "
    "with the handwritten one, the margin bar read as \"|||\" and a scribble as \"~~\", ii. read as il., 0 for O in a "
    "heading label); lead emphasis not represented",
    [
        "FORUM: Economic and Social Council",
        "QUESTION OF: Ending iodine deficiency through universal salt iodization",
        "SUBMITTED BY: Bhutan",
        ("C0-SUBMITTERS: Georgia, Madagascar, Morocco, Peru, Tajikistan",
         [("heading-field-missing", 'the co-submitters field is labelled "C0-SUBMITTERS:" - a zero read for the O '
           "by the OCR: as handed in, the heading has no field «CO-SUBMITTERS:» (MUN-H02)")]),
        "THE ECONOMIC AND SOCIAL COUNCIL,",
        "Noting that iodine deficiency remains the most common preventable cause of brain damage in children,",
        ("Expressing its deep appre-",
         [("preambular-end-mark", 'the preambular clause is broken inside its lead at the end of the booklet\'s '
           'narrow column line, "Expressing its deep appre-": its first part ends with no mark (one paragraph, '
           "«Expressing its deep appreciation … salt,») (UN-B05, MUN-F04)")]),
        ("ciation for the work of national salt producers who have iodized their salt,",
         [("other", 'the rest of the clause, "ciation for the work of national salt producers …", on a line of its '
           "own, starting inside a word of the lead (join it to the line above) (UN-B03, MUN-F04)")]),
        "Concerned that small-scale salt producers often lack the equipment and the potassium iodate needed for "
        "iodization,",
        "1. Recommends that all Member States adopt legislation requiring the iodization of salt for human and "
        "animal consumption;",
        ("2. Urges Calls upon all Member States to monitor the iodine content of salt at production sites, at "
         "import and in households;",
         [("other", 'two lead phrases run together, "Urges Calls upon": the student struck out «Urges» by hand and '
           "wrote «Calls upon» above it, and the scan reads both (one operative phrase: «2. Calls upon …») (UN-B06, "
           "MUN-F05)")]),
        ("~~",
         [("other", 'a pen scribble in the margin read by the OCR as the line "~~", left between operative clauses '
           "2 and 3 (no part of a resolution; delete) (UN-B01)")]),
        ("||| 3. Encourages salt producers' associations to set up cooperatives for the purchase of iodization "
         "equipment:",
         [("other", 'the chair\'s pen bar in the margin read as "|||" before the clause\'s number: the line no longer '
           "opens with «3.» (delete the marks) (UN-B07, MUN-F05)")]),
        "a. by pooling the purchase of potassium iodate,",
        "b. by sharing laboratories for quality control, including:",
        "i. portable test kits for small producers,",
        ("il. training of inspectors in the use of titration;",
         [("sub-clause-label", 'the second sub-sub-clause is labelled "il." - «ii.» read as il. by the OCR '
           "(MUN-F06)")]),
        "4. Requests UNICEF to assist Member States in monitoring the iodine status of school-age children and "
        "pregnant women;",
        ("5. Requests the Secretary-General to report on salt iodization to the Council at its next session;",
         [("operative-end-mark", 'the last operative clause ends "at its next session;" with a semicolon: the '
           "resolution closes with a full stop, «…at its next session.» (UN-B09, MUN-F05)")]),
    ],
)

DRAFTS["en-04-tesseract-raw-lines-ga3-drowning-lines-kept-page-number-before-label.txt"] = (
    "typed by holdout90, round 23: a UNA-USA-style GA Third Committee draft handed in on paper, scanned on the "
    "school's copier and read back with Tesseract's plain-text output, which keeps the printed lines of the "
    "preamble as lines",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the OCR gave is kept as read (the printed "
    "lines of three preambular clauses, one with a word hyphenated at the line end; the page number of page 2 read "
    "onto the line of a clause's number; an ﬁ ligature in a lead, Fulﬁlling); lead emphasis not represented",
    [
        "Committee: General Assembly Third Committee (Social, Humanitarian and Cultural)",
        "Topic: Prevention of child drowning in low- and middle-income countries",
        "Sponsors: Bangladesh, Ghana, Ireland, Viet Nam",
        "Signatories: Australia, Cambodia, Fiji, Mozambique, Norway, Uganda",
        "The General Assembly,",
        ("Alarmed that drowning is among the ten leading causes of death of children and young people aged",
         [("preambular-end-mark", 'the preambular clause is kept on the printed lines it had on paper: its first '
           'line "Alarmed that drowning … aged" ends with no mark (one paragraph, «…aged one to twenty-four years,») '
           "(UN-B05, MUN-F04)")]),
        ("one to twenty-four years,",
         [("other", 'the rest of the clause, "one to twenty-four years,", on a line of its own with no lead (join '
           "it to the line above) (UN-B03, MUN-F04)")]),
        ("Noting that most drownings of young children happen within a short distance of the home, in wells,",
         [("other", 'the preambular clause runs over three printed lines kept as lines: the first, "Noting that '
           'most drownings … in wells," ends inside the clause, with the comma of a list, so it looks whole; the '
           "clause goes on on the next two lines (one paragraph, «…no supervision is available,») (UN-B05, "
           "MUN-F04)")]),
        ("ponds, ditches and buckets of water, and often during the hours when adults are at work and no",
         [("other", 'the middle line of the clause, "ponds, ditches and buckets of water …", on a line of its own '
           "with no lead (join it to the clause) (UN-B03, MUN-F04)")]),
        ("supervision is available,",
         [("other", 'the last line of the clause, "supervision is available,", on a line of its own with no lead '
           "(join it to the clause) (UN-B03, MUN-F04)")]),
        ("Recalling World Health Assembly resolution 76.18 and the inclusion of drowning prevention in inter-",
         [("preambular-end-mark", 'the preambular clause is broken inside the word "inter-" at the printed line\'s '
           "end: its first part ends with no mark (one paragraph, «…international development programmes,») "
           "(UN-B05, MUN-F04)")]),
        ("national development programmes,",
         [("other", 'the rest of the clause, "national development programmes," (the end of the hyphenated word), '
           "on a line of its own with no lead (join it to the line above) (UN-B03, MUN-F04)")]),
        "Fulﬁlling its commitment to the teaching of basic swimming and water safety skills to school-age children,",
        "1. Encourages Member States to provide safe, supervised places for young children during the working day;",
        "2. Urges Member States to cover wells and water tanks and to build barriers between homes and open water;",
        ("3. Further Requests Member States to include drowning in their national injury surveillance systems;",
         [("capital-after-lead", '"Further Requests" - a capital inside the lead phrase, as the student typed it: '
           "«Further requests» (MUN-F03, UN-B08)")]),
        ("2 4. Recommends that schools teach basic swimming and safe rescue skills;",
         [("other", 'the page number "2" printed at the top of page 2 read onto the line of operative clause 4, '
           "before its number: the line opens with \"2 4.\" instead of «4.» (delete the page number) (UN-B01, "
           "UN-B07)")]),
        "5. Calls upon national disaster agencies to include flood-related drowning in their early warning and "
        "evacuation planning;",
        "6. Requests the Secretary-General to report on progress in the prevention of drowning at the eighty-second "
        "session.",
    ],
)

DRAFTS["en-05-office-lens-hmun-wha-leprosy-cl-for-d-B-for-8-tick-glued-final-comma.txt"] = (
    "typed by holdout90, round 23: an HMUN-style World Health Assembly draft (signatories only) handed in on paper, "
    "ticked by the chair in pen, photographed with Microsoft Lens (Office Lens) and its text saved to Word and copied "
    "out",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; what the OCR gave is kept as read (cl for d in "
    "a lead, the chair's pen tick read as \"v/\" after a clause, the number 8 read as B, the final full stop read as "
    "a comma, ﬂ and ﬁ ligatures in the text); lead emphasis not represented",
    [
        "DRAFT RESOLUTION 2.3",
        "Committee: World Health Assembly",
        "Topic: Ending stigma and discrimination against persons affected by leprosy",
        "Signatories: Brazil, Comoros, Ethiopia, India, Indonesia, Kiribati, Madagascar, Myanmar, Nepal, Nigeria, "
        "Philippines, Sri Lanka",
        "The World Health Assembly,",
        "Recalling the Global Leprosy Strategy 2021-2030 \u201cTowards zero leprosy\u201d,",
        ("Deeply disturbecl that laws in several countries still allow divorce or dismissal from work on the ground "
         "of leprosy,",
         [("misspelt-lead", '"Deeply disturbecl" - the lead «Deeply disturbed» with its d read as cl by the OCR '
           "(UN-B03, MUN-F04)")]),
        "Noting that early diagnosis and multidrug therapy cure leprosy and prevent disability,",
        "Aware that fear of stigma delays diagnosis and so increases the number of persons with visible "
        "disabilities,",
        ("1. Urges Member States to repeal laws that discriminate against persons affected by leprosy; v/",
         [("other", 'the chair\'s pen tick in the margin read by the OCR as "v/" after the clause\'s semicolon: '
           "the clause no longer ends with its mark (delete the tick; «…affected by leprosy;») (UN-B09, MUN-F05)")]),
        "2. Encourages Member States to integrate leprosy services into primary health care;",
        "3. Calls upon health workers to examine the household contacts of every new patient;",
        "4. Recommends single-dose rifampicin as post-exposure prophylaxis for contacts;",
        "5. Invites organizations of persons affected by leprosy to take part in the design of national programmes;",
        "6. Requests Member States to ensure that affected persons receive self-care training and footwear that "
        "protects insensitive feet;",
        "7. Encourages media campaigns that show leprosy as a curable disease and reﬂect the voices of affected "
        "persons;",
        ("B. Requests the Director-General to report on progress to the Eighty-first World Health Assembly,",
         [("numbering", 'operative clause 8 is numbered "B." - the digit 8 read as the letter B by the OCR: «8.» '
           "(UN-B07, MUN-F05)"),
          ("operative-end-mark", 'the last operative clause ends "World Health Assembly," with a comma (the full '
           "stop read as a comma): the resolution closes with «.» (UN-B09, MUN-F05)")]),
    ],
)

DRAFTS["en-06-clean-scan-ga4-community-radio-soft-hyphens-ligatures.txt"] = (
    "typed by holdout90, round 23: a UNA-USA-style GA Fourth Committee draft printed cleanly, scanned flat on a "
    "copier and read back by Adobe Scan with no slip in its labels, leads or marks",
    "mun-en; typed, not retrieved; plain text, one paragraph per line; clean: the scan left only characters that "
    "print as the right letters (soft hyphens from its de-hyphenation inside a lead and in the text, ﬁ and ﬂ "
    "ligatures, a no-break space after two labels, curly quotes); lead emphasis not represented",
    [
        "Committee: General Assembly Fourth Committee (Special Political and Decolonization)",
        "Topic: Community radio in disaster-affected and remote areas",
        "Sponsors: Haiti, Mali, Mongolia, Timor-Leste",
        "Signatories: Belize, Bolivia (Plurinational State of), Canada, Dominica, Kenya, Samoa, Senegal",
        "The General Assembly,",
        "Acknowledging the work of the Department of Global Communications in support of public information in "
        "the languages of the communities concerned,",
        "Emphasi" + SHY + "zing that radio often remains the only working source of information after floods, "
        "cyclones and earthquakes,",
        "Noting with appreciation the role of community stations in reaching listeners who speak minority "
        "languages and live far from ﬁxed lines,",
        "Having considered the \u201cDeclaration of Principles on Freedom of Expression and Access to Information\u201d "
        "adopted by regional bodies,",
        "1. Encourages Member States to set aside broadcast frequencies for non-profit community radio;",
        "2." + NBSP + "Invites the United Nations Educational, Scientific and Cultural Organization to train "
        "community broad" + SHY + "casters in reporting during emergencies;",
        "3. Calls upon donors to fund solar-powered and wind-up receivers for households in ﬂood-prone areas;",
        "4. Requests the Secretary-General, in cooperation with the International Telecommunication Union:",
        "(a)" + NBSP + "to include community radio in the early warnings for all initiative;",
        "(b) to report to the General Assembly at its eighty-second session on the implementation of the present "
        "resolution.",
    ],
)


def paragraph_text(line: Line) -> str:
    """The text of a draft line."""
    return line if isinstance(line, str) else line[0]


def yaml_quote(text: str) -> str:
    """A single-quoted YAML scalar."""
    return "'" + text.replace("'", "''") + "'"


def main() -> None:
    """Write the drafts and annotations.yaml, checking every quote of a note."""
    out = [
        "# Annotations of true format faults, one list per draft file (see README.md for conventions).",
        "# paragraph = 1-based index over non-empty lines after the two leading comment lines.",
        "# In notes, \"...\" quotes the draft text; «...» is the form FORMAT.md expects.",
        "# Written by helper holdout90 (round 23) before anything of drafter ran on these texts; kept as first "
        "written. Generated by build_drafts.py.",
    ]
    for name, (source, fmt, lines) in DRAFTS.items():
        body = [paragraph_text(line) for line in lines]
        assert all(text.strip() and "\n" not in text for text in body), name
        (HERE / name).write_text(f"# source: {source}\n# format: {fmt}\n" + "\n".join(body) + "\n", encoding="utf-8")
        faults = []
        for index, line in enumerate(lines, 1):
            if isinstance(line, str):
                continue
            for kind, note in line[1]:
                for quote in re.findall(r'"([^"]+)"', note):
                    for part in filter(None, re.split(r"\s*…\s*", quote)):
                        assert part.replace("  ", " ") in body[index - 1].replace("  ", " "), (name, index, part)
                faults.append(f"    - {{paragraph: {index}, kind: {kind}, note: {yaml_quote(note)}}}")
        out.append(f"{name}:")
        out.append("  faults:" if faults else "  faults: []")
        out.extend(faults)
    (HERE / "annotations.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
