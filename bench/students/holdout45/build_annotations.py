"""Writes annotations.yaml of holdout45 and checks that every quote of a note is in its paragraph."""
import pathlib
import re

import yaml

A = {
'en-01-un-strong-ccpcj-entry-into-force.txt': [
 (13, 'other', 'resolution reference "General Assembly resolution 79/243 of 2024" - a General Assembly resolution cited with the year alone; the citation gives the full date of adoption («General Assembly resolution 79/243 of 24 December 2024», as ¶12 does for 74/247) (UN-B15)'),
 (14, 'other', '"the UN Cybercrime Convention" - the Convention first named in the text by a short form with an abbreviation, not by its title («the United Nations Convention against Cybercrime») (MUN-F07)'),
 (19, 'full-stop-inside-clause', '"on electronic evidence. Such assistance should" - a full stop inside operative clause 2 followed by a second sentence; the resolution is one sentence (UN-B09, MUN-F05)'),
 (23, 'other', '"Decides to remain actively seized of the matter." - the Security Council\'s closing formula in a draft of the Commission on Crime Prevention and Criminal Justice (UN-B14, MUN-F09)'),
],
'en-02-nmun-weak-no-organ-line-ransomware.txt': [
 (6, 'other', 'no organ line: the first preambular clause follows the heading directly («The Commission on Crime Prevention and Criminal Justice,» before it) (UN-B01, UN-B02, MUN-F01)'),
 (6, 'preambular-end-mark', 'preambular clause ends with ";" instead of «,» ("and local governments;") (UN-B05, MUN-F04)'),
 (7, 'preambular-end-mark', 'preambular clause ends with ";" instead of «,» ("a computer system a crime;") (UN-B05, MUN-F04)'),
 (8, 'preambular-end-mark', 'preambular clause ends with ";" instead of «,» ("states that have none;") (UN-B05, MUN-F04)'),
 (9, 'preambular-end-mark', 'preambular clause ends with ";" instead of «,» ("from 2022 to 2024;") (UN-B05, MUN-F04)'),
 (11, 'wrong-lead-form', '"1. Encouraging" - an operative clause led by a participle instead of the present-tense verb («Encourages») (UN-B06)'),
 (12, 'wrong-lead-form', '"2. Calling upon" - an operative clause led by a participle instead of the present-tense verb («Calls upon») (UN-B06)'),
 (14, 'wrong-lead-form', '"4. Suggesting that" - an operative clause led by a participle instead of the present-tense verb («Suggests that») (UN-B06)'),
],
'en-03-thimun-phone-kenya-online-fraud.txt': [
 (6, 'capital-after-lead', '"Deeply Concerned" - the second word of the lead phrase capitalised («Deeply concerned») (MUN-F02, MUN-F04)'),
 (10, 'numbering', '"1)" - operative clause labelled with a closing parenthesis («1.») (UN-B07, MUN-F05)'),
 (10, 'capital-after-lead', '"Calls Upon" - the second word of the lead phrase capitalised («Calls upon») (MUN-F03)'),
 (11, 'numbering', '"2)" - operative clause labelled with a closing parenthesis («2.») (UN-B07, MUN-F05)'),
 (15, 'numbering', '"3)" - operative clause labelled with a closing parenthesis («3.») (UN-B07, MUN-F05)'),
 (16, 'numbering', '"4)" - operative clause labelled with a closing parenthesis («4.») (UN-B07, MUN-F05)'),
 (17, 'numbering', '"5)" - operative clause labelled with a closing parenthesis («5.») (UN-B07, MUN-F05)'),
 (17, 'capital-after-lead', '"Further Requests" - the second word of the lead phrase capitalised («Further requests») (MUN-F03)'),
 (17, 'operative-end-mark', 'the last operative clause has no end mark ("on the progress made"); «.» (UN-B09, MUN-F05)'),
],
'en-04-unausa-drafter-base-hand-added-brazil.txt': [
 (10, 'preambular-end-mark', 'the hand-added last preambular clause ends with ";" instead of «,» ("digital forensic laboratories;") (UN-B05, MUN-F04)'),
 (15, 'operative-end-mark', 'operative clause 5, the last clause of the built draft, keeps its "." although clauses 6 and 7 were added after it ("active against cybercrime."); «;» (UN-B09, MUN-F05)'),
 (16, 'numbering', '"6)" - a hand-added operative clause labelled with a closing parenthesis, between clauses 5 and 7, which are labelled with a full stop («6.») (UN-B07)'),
 (17, 'capital-after-lead', '"Strongly Recommends" - the second word of the lead phrase capitalised («Strongly recommends») (MUN-F03)'),
],
'en-05-un-clean-capacity-developing-states.txt': [],
'en-06-nmun-clean-child-exploitation.txt': [],
'en-07-un-distr-general-demands-e-evidence.txt': [
 (2, 'other', '"Distr.: General" on a draft resolution with an /L. symbol; drafts are «Distr.: Limited» (UN-H02, UN-D01)'),
 (3, 'other', '"May 12th, 2027" - the date written month first, with an ordinal and a comma («12 May 2027») (UN-H03)'),
 (16, 'other', '"Demands that all States" in a draft of the Commission on Crime Prevention and Criminal Justice - demands are Security-Council-only language («Urges» / «Calls upon») (MUN-F09, M7)'),
 (17, 'operative-end-mark', 'the chapeau of operative clause 2 ends with "," before its sub-clauses ("mutual legal assistance,"); «:» (UN-B11, MUN-F06)'),
 (20, 'sub-clause-label', '"(d)" follows the sub-clause (b): the labels skip «(c)» (UN-B10, MUN-F06)'),
],
'en-08-unausa-hanging-subclause-ransomware-fund.txt': [
 (8, 'preambular-end-mark', 'preambular clause ends with "." instead of «,» ("hard to trace.") (UN-B05, MUN-F04)'),
 (12, 'sub-clause-label', 'a single sub-clause "(a)" under operative clause 2; a sub-clause list needs at least two items (MUN-F06)'),
 (15, 'operative-end-mark', 'the last operative clause ends with ";" instead of «.» ("for its information;") (UN-B09, MUN-F05)'),
],
}
out = ["# Annotations of true format faults, one list per draft file (see README.md for conventions).",
       "# paragraph = 1-based index over non-empty lines after the two leading comment lines.",
       '# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects or text that is missing.',
       "# Written by helper holdout45 (round 16) before anything of drafter ran on these texts and before any checker",
       "# code was read; kept as first written.", ""]
for name, faults in A.items():
    paras = [line for line in pathlib.Path(name).read_text(encoding='utf-8').splitlines()[2:] if line.strip()]
    for n, _kind, note in faults:
        for q in re.findall(r'"([^"]+)"', note):
            if q in ('of',):
                continue
            assert q in paras[n-1] or q.rstrip('.') in paras[n-1], (name, n, q)
    out.append(f"{name}:")
    if not faults:
        out.append("  faults: []")
        continue
    out.append("  faults:")
    for n, k, note in faults:
        out.append("    - " + yaml.safe_dump({'paragraph': n, 'kind': k, 'note': note}, default_flow_style=True, width=10000, sort_keys=False, allow_unicode=True).strip())
pathlib.Path('annotations.yaml').write_text("\n".join(out) + "\n", encoding='utf-8')
d = yaml.safe_load(open('annotations.yaml'))
print(sum(len(v['faults']) for v in d.values()))
