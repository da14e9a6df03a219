# Annotation source for the holdout set. Convention in notes: "..." = words quoted from the draft paragraph;
# «...» = what FORMAT.md expects / text that is missing.
A = {}
PEM='preambular-end-mark'; OEM='operative-end-mark'; OWV='operative-without-verb'
HFM='heading-field-missing'; NUM='numbering'; SUB='sub-clause-label'; FSI='full-stop-inside-clause'
WLF='wrong-lead-form'; CAP='capital-after-lead'; BTM='missing-book-title-marks'; OTH='other'; MSL='misspelt-lead'

A['en-01-algeria-african-terrorism.txt'] = [
 (5,OTH,'no organ line between the heading and the preamble (e.g. «The General Assembly,» or the body\'s own name + «,») (UN-B01, UN-B02, MUN-F01)'),
 (5,CAP,'"Deeply Disturbed by" - capitalised word inside the lead phrase'),
 (12,OTH,'"Calls For:" - a lead phrase standing alone as a heading between preamble and operative part; each numbered operative clause already carries its own verb (UN-B06)'),
]
A['en-02-unsc-external-aggressors.txt'] = [
 (11,PEM,'last preambular clause has no end mark after "the UN Charter"; needs «,» (UN-B05, MUN-F04)'),
 (13,OTH,'"territories; declares that any future aggression" - a second operative phrase joined after a semicolon inside clause 2; one idea per clause, the next idea needs its own numbered clause (MUN-F05)'),
]
A['en-03-unsc-counter-terrorism-dr3.txt'] = [
 (1,HFM,'heading has title, sponsors and signatories but no «Committee:» and no «Topic:» line (MUN-H01)'),
]
A['en-04-bangladesh-climate-34.txt'] = [
 (1,HFM,'heading names the body and the delegation but gives no topic/question (MUN-H01)'),
 (4,OTH,'organ line "The General Assembly" lacks the final «,» (UN-B02, MUN-F01)'),
 (5,WLF,'"Recognises" - operative (third-person) verb form used as a preambular lead; «Recognizing» (UN-B03)'),
 (11,PEM,'ends with "collosal and" - no «,» at the end of the preambular clause (UN-B05)'),
 (13,OEM,'operative clause introducing sub-clauses a./b. ends with "," ("renewable energy,") instead of «:» (UN-B11, MUN-F06)'),
]
A['en-05-unea-climate-we-are.txt'] = [
 (1,OTH,'adopted-resolution symbol "A/RES/# (2023)" on a draft; drafts carry an /L. symbol (UN-H01, UN-D01)'),
 (3,OTH,'"Distr.: General" on a draft; drafts carry «Distr.: Limited» (UN-H02, UN-D01)'),
 (4,OTH,'date with an ordinal "8th August 2023"; UN date format is «8 August 2023» (UN-H03)'),
 (9,HFM,'"Signatories:" field left empty (MUN-H01)'),
 (11,OTH,'"Preambulatory Clauses:" - a section heading inside the resolution text; the preamble follows the organ line directly (UN-B01)'),
 (12,OTH,'"We are deeply concerned" - a full sentence with a subject instead of a preambular lead; «Deeply concerned» (UN-B03)'),
 (13,OTH,'"We are deeply disturbed" - a full sentence with a subject instead of a preambular lead; «Deeply disturbed» (UN-B03)'),
 (14,OTH,'"We are Deeply worried" - a full sentence with a subject instead of a preambular lead (UN-B03)'),
 (14,CAP,'"We are Deeply worried" - capitalised word inside the lead phrase'),
 (14,FSI,'"vulnerable to desertification. Desertification can cause" - a second sentence inside one preambular clause (MUN-F05)'),
 (15,OTH,'"We are deeply alarmed" - a full sentence with a subject instead of a preambular lead; «Deeply alarmed» (UN-B03)'),
 (16,OTH,'"We are deeply concerned" - a full sentence with a subject instead of a preambular lead; «Deeply concerned» (UN-B03)'),
]
A['en-06-medimun-arms-trade.txt'] = [
 (7,OTH,'organ line "The General Assembly Committee 1," - GA committees open with «The General Assembly,» (or «THE GENERAL ASSEMBLY,»), not the committee name (MUN-F01)'),
]
A['en-07-specpol-environment-tunza.txt'] = [
 (6,OTH,'no organ line (e.g. «THE GENERAL ASSEMBLY,») between the heading and the preamble (UN-B01, MUN-H02)'),
 (11,OTH,'"Article I: Sustainable Development" - a section heading inside the operative part; resolution text has no sub-headings'),
]
A['en-08-coral-bleaching-env-subcomm.txt'] = [
 (5,OTH,'no organ line (e.g. «THE ENVIRONMENT COMMISSION,») between the heading and the preamble (UN-B01, MUN-H02)'),
 (12,WLF,'"Affirms that" - operative verb form used as an (unnumbered) preambular lead; «Affirming» (UN-B03)'),
]
A['en-09-thimun2018-consumer-awareness.txt'] = []
A['en-10-mauritius-sustainable-dev.txt'] = []
A['en-11-civitas-ms-limited-water.txt'] = [
 (5,OTH,'no organ line: the body starts with the preamble; «The General Assembly,» must open the text (UN-B01, UN-B02, MUN-F01)'),
 (5,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase; the clause must open with a participle or adjective (UN-B03)'),
 (5,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
 (6,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase; the clause must open with a participle or adjective (UN-B03)'),
 (6,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
 (7,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase; the clause must open with a participle or adjective (UN-B03)'),
 (7,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
 (8,CAP,'"Appalled Water-related" - capitalised word right after the lead (the clause lacks «by»/«that»)'),
 (8,FSI,'"in the world. At any given time" - further sentences (three full stops) inside one preambular clause (MUN-F05)'),
 (8,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
]
A['en-12-unsc-isil-dr13.txt'] = [
 (1,HFM,'heading has title, sponsors and signatories but no «Committee:» and no «Topic:» line (MUN-H01)'),
]
A['en-13-imf-gold-exchange.txt'] = [
 (3,OTH,'topic line ends with a stray full stop and an unmatched straight quotation mark after "debt crisis"'),
 (5,HFM,'"Signatories:" field holds only a placeholder ("…….") (MUN-H01)'),
 (6,OTH,'organ line "The General Assembly," in an International Monetary Fund committee; specialised bodies open with their own name (MUN-F01)'),
]
A['en-14-civitas-north-korea-sanctions.txt'] = [
 (5,OTH,'no organ line: the body starts with the preamble; «The General Assembly,» must open the text (UN-B01, UN-B02, MUN-F01)'),
 (5,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase; the clause must open with a participle or adjective (UN-B03)'),
 (5,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
 (6,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase; the clause must open with a participle or adjective (UN-B03)'),
 (6,PEM,'ends with ", and" instead of a plain «,» (UN-B05)'),
 (7,OTH,'"Whereas" is a legislative formula, not a preambulatory phrase (UN-B03); the lead is visible before the cut, the end mark is not judged'),
]
A['en-15-unsc-middle-east-thimun.txt'] = [
 (1,HFM,'THIMUN-style heading has QUESTION, CO-SUBMITTERS and CO-SPONSORS but no «FORUM:» and no «SUBMITTED BY:» / «MAIN SUBMITTER:» (MUN-H02)'),
 (8,PEM,'no end mark after "into territory"; needs «,» (UN-B05)'),
 (14,OTH,'sub-clause b. introducing the list i.-iv. ends with "," ("made up of,") instead of «:» (UN-B11)'),
 (18,OEM,'"iv. Russia," - last item of the last sub-clause of non-final clause 1 ends with "," - it carries the clause mark «;» (MUN-F06)'),
 (20,OTH,'sub-clause a. introducing the list i.-iv. ends with "," ("not limited to,") instead of «:» (UN-B11)'),
 (24,OTH,'sub-clause "iv. Refugee camps, hospitality aid" has no end mark; sub-clauses end with «,» or «;» (MUN-F06)'),
 (25,OEM,'last sub-clause of non-final clause 2 has no end mark after "in another state"; it carries the clause mark «;» (MUN-F06)'),
 (26,WLF,'"3. Consider Palestine" - operative verb not in the third-person present form; «Considers» (UN-B06)'),
 (27,OTH,'sub-clause a. introducing the list i.-ii. ends with "," ("Permission to join,") instead of «:» (UN-B11)'),
 (30,SUB,'"ii.Ensure" - label ii. repeated (the previous line is already «ii.») and not followed by a space; the list continues with iii.'),
]
A['en-16-climate-essay-site.txt'] = [
 (8,WLF,'"Propose nations" - operative verb not in the third-person present form; «Proposes» (UN-B06)'),
 (8,OEM,'operative clause introducing sub-items ends with ";" ("population by;") instead of «:» (UN-B11, MUN-F06)'),
 (11,OEM,'operative clause introducing sub-items ends with ";" ("within their nation by;") instead of «:» (UN-B11, MUN-F06)'),
]
A['zh-01-dprk-sc-bbs-variant.txt'] = [
 (7,OTH,'no organ line «安全理事会，» between the heading and the first preambular clause (ZH-B01, UN-B01)'),
 (15,PEM,'last preambular clause ends with "：" ("采取措施：") instead of «，» (ZH-B02; S/RES/1718 itself ends this paragraph with a comma)'),
]
