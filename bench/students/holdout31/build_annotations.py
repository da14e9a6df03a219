"""Writes annotations.yaml of holdout31 from the table below (frozen with the commit that annotated the set).

Each fault names its paragraph by a snippet of the text; the snippet must occur in exactly one paragraph, and every
"..." quote of the note must occur in that paragraph. Paragraph = 1-based index over the non-empty lines after the
two leading "#" lines.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "en-01-brazil-degree-sign-rural-schools.txt": [
        ("Recognized that in rural", "wrong-lead-form",
         '"Recognized" - a past-tense verb form opening a preambular clause; a preambular clause opens with a participle or adjective («Recognizing») (UN-B03, MUN-F04)'),
        ("Deeply concerning with", "wrong-lead-form",
         '"Deeply concerning" - the lead translated word for word; the preambular lead is the adjective «Deeply concerned» (by / about) (UN-B03, MUN-F04)'),
        ("Observing the good results", "preambular-end-mark",
         'the last preambular clause ends with "." instead of «,» ("of the region.") (UN-B05, MUN-F04)'),
        ("1° Encourages", "numbering",
         '"1°" - operative clause numbered with the ordinal sign instead of «1.» (UN-B07, MUN-F05)'),
        ("2° Recommends", "numbering",
         '"2°" - operative clause numbered with the ordinal sign instead of «2.» (UN-B07, MUN-F05)'),
        ("3° Calls up on", "numbering",
         '"3°" - operative clause numbered with the ordinal sign instead of «3.» (UN-B07, MUN-F05)'),
        ("3° Calls up on", "misspelt-lead",
         '"Calls up on" - the operative phrase split into two words («Calls upon») (UN-B06, MUN-F05)'),
        ("4° Invites", "numbering",
         '"4°" - operative clause numbered with the ordinal sign instead of «4.» (UN-B07, MUN-F05)'),
        ("5° Requests", "numbering",
         '"5°" - operative clause numbered with the ordinal sign instead of «5.» (UN-B07, MUN-F05)'),
    ],
    "en-02-korea-bare-verbs-fine-dust.txt": [
        ("Recognize that fine", "wrong-lead-form",
         '"Recognize" - a bare verb opening a preambular clause; a preambular clause opens with a participle («Recognizing») (UN-B03, MUN-F04)'),
        ("Noting With concern", "capital-after-lead",
         '"Noting With concern" - a capital inside the lead phrase («Noting with concern») (MUN-F02, UN-B03)'),
        ("1. Urging all", "wrong-lead-form",
         '"1. Urging" - a participle opening an operative clause; an operative clause opens with a verb in the third person («Urges») (UN-B06, MUN-F05)'),
        ("2. Request the", "wrong-lead-form",
         '"2. Request" - a bare verb opening an operative clause; an operative clause opens with a verb in the third person («Requests») (UN-B06, MUN-F05)'),
        ("5. Recommends that the countries organise", "operative-end-mark",
         'the last operative clause has no end mark ("and the neighborhoods"); it ends with «.» (UN-B09, MUN-F05)'),
    ],
    "en-03-egypt-lowercase-organ-river-deltas.txt": [
        ("The general assembly,", "other",
         'organ line "The general assembly," in lower case; the organ line is «The General Assembly,» (UN-B02, MUN-F01)'),
        ("Taking into considerations", "misspelt-lead",
         '"Taking into considerations" - the lead phrase in a wrong form («Taking into consideration») (UN-B03, MUN-F04)'),
        ("Recalling The Paris", "capital-after-lead",
         '"Recalling The Paris Agreement" - capitalised word right after the lead phrase («Recalling the Paris Agreement») (MUN-F02)'),
        ("1. Urges: the Member States", "other",
         '"Urges: the Member States" - a colon after the lead with no sub-clauses following; the clause runs on («Urges the Member States») (UN-B11, MUN-F06)'),
        ("a) Sea walls", "full-stop-inside-clause",
         'sub-clause "a)" ends with "." although b) follows; a sentence instead of a sub-clause («...coasts;») (MUN-F05, MUN-F06, UN-B11)'),
        ("b) Systems of early", "full-stop-inside-clause",
         'sub-clause "b)" ends with "." although c) follows («...storm surges;») (MUN-F05, MUN-F06, UN-B11)'),
        ("c) Pumps and canals", "full-stop-inside-clause",
         'the last sub-clause of operative clause 2 ends with "." although operative clause 3 follows; it carries the clause\'s «;» (MUN-F05, MUN-F06, UN-B09)'),
        ("3. Encourages the universities", "operative-end-mark",
         'operative clause 3 (not the last) ends with "etc." - the point of the abbreviation stands as the clause\'s end mark («...barley, etc.;») (UN-B09, MUN-F05)'),
    ],
    "en-04-germany-paren-numbers-seasonal-workers.txt": [
        ("Recalling The International", "capital-after-lead",
         '"Recalling The International Convention" - capitalised word right after the lead phrase («Recalling the International Convention») (MUN-F02)'),
        ("Deeply Concerned about", "capital-after-lead",
         '"Deeply Concerned" - a capital inside the lead phrase («Deeply concerned») (MUN-F02, UN-B03)'),
        ("Aware Of the fact", "capital-after-lead",
         '"Aware Of" - a capital inside the lead phrase («Aware of») (MUN-F02, UN-B03)'),
        ("Having examined the Reports", "preambular-end-mark",
         'the last preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)'),
        ("1.) Calls upon", "numbering",
         '"1.)" - operative number typed with a point and a parenthesis («1.») (UN-B07, MUN-F05)'),
        ("2.) Urges:", "numbering",
         '"2.)" - operative number typed with a point and a parenthesis («2.») (UN-B07, MUN-F05)'),
        ("2.) Urges:", "other",
         '"Urges: the Employers" - a colon after the lead with no sub-clauses following; the clause runs on («Urges the employers») (UN-B11, MUN-F06)'),
        ("3.) Recommends", "numbering",
         '"3.)" - operative number typed with a point and a parenthesis («3.») (UN-B07, MUN-F05)'),
        ("4.) Requests", "numbering",
         '"4.)" - operative number typed with a point and a parenthesis («4.») (UN-B07, MUN-F05)'),
    ],
    "en-05-vietnam-dash-numbers-rice-methane.txt": [
        ("Concerning that flooded", "wrong-lead-form",
         '"Concerning that" - the lead translated word for word; the preambular lead is the adjective «Concerned that» (UN-B03, MUN-F04)'),
        ("Welcoming the Global Methane", "preambular-end-mark",
         'the last preambular clause has no end mark ("which have joined it"); «,» (UN-B05, MUN-F04)'),
        ("1 - Encourage", "numbering",
         '"1 -" - operative clause numbered with a dash instead of «1.» (UN-B07, MUN-F05)'),
        ("1 - Encourage", "wrong-lead-form",
         '"Encourage the member states" - a bare verb opening an operative clause; an operative clause opens with a verb in the third person («Encourages») (UN-B06, MUN-F05)'),
        ("2 - Requests", "numbering",
         '"2 -" - operative clause numbered with a dash instead of «2.» (UN-B07, MUN-F05)'),
        ("3 - Calls upon", "numbering",
         '"3 -" - operative clause numbered with a dash instead of «3.» (UN-B07, MUN-F05)'),
        ("4 - Invites", "numbering",
         '"4 -" - operative clause numbered with a dash instead of «4.» (UN-B07, MUN-F05)'),
        ("5 - Urges", "numbering",
         '"5 -" - operative clause numbered with a dash instead of «5.» (UN-B07, MUN-F05)'),
    ],
    "en-06-senegal-sc-mixed-ends-aid-workers.txt": [
        ("UN Security council,", "other",
         'organ line "UN Security council," - the organ line is «The Security Council,» (UN-B02, MUN-F01)'),
        ("Considering that in the last year", "preambular-end-mark",
         'preambular clause ends with "." instead of «,» ("national staff.") (UN-B05, MUN-F04)'),
        ("Reaffirming the obligations", "preambular-end-mark",
         'the last preambular clause ends with ";" instead of «,» (UN-B05, MUN-F04)'),
        ("2. Requests the Secretary-General", "operative-end-mark",
         'operative clause 2 (not the last) ends with "." instead of «;» ("humanitarian workers.") (UN-B09, MUN-F05)'),
        ("3. Encourages Member States", "operative-end-mark",
         'operative clause 3 has no end mark ("in front of justice"); «;» (UN-B09, MUN-F05)'),
    ],
    "en-07-mexico-capitals-after-leads-traditional-medicine.txt": [
        ("The United Nation General Assembly,", "other",
         'organ line "The United Nation General Assembly," - the organ line is «The General Assembly,» (UN-B02, MUN-F01)'),
        ("Recalling The United Nations", "capital-after-lead",
         '"Recalling The United Nations Declaration" - capitalised word right after the lead phrase («Recalling the United Nations Declaration») (MUN-F02)'),
        ("Alarmed By", "capital-after-lead",
         '"Alarmed By" - a capital inside the lead phrase («Alarmed by») (MUN-F02, UN-B03)'),
        ("Considering That", "capital-after-lead",
         '"Considering That" - capitalised word right after the lead phrase («Considering that») (MUN-F02)'),
        ("Noting With Concern", "capital-after-lead",
         '"Noting With Concern" - capitals inside the lead phrase («Noting with concern») (MUN-F02, UN-B03)'),
        ("Welcoming The adoption", "capital-after-lead",
         '"Welcoming The adoption" - capitalised word right after the lead phrase («Welcoming the adoption») (MUN-F02)'),
        ("1. Encourages To the", "capital-after-lead",
         '"Encourages To the Member States" - capitalised word right after the lead («Encourages the Member States») (MUN-F03, UN-B06)'),
        ("3. Requests to the World", "operative-end-mark",
         'operative clause 3 (not the last) ends with "," instead of «;» ("where it is safe,") (UN-B09, MUN-F05)'),
        ("5. Requests the Secretary-General", "operative-end-mark",
         'the last operative clause ends with ";" instead of «.» ("eighty-first session;") (UN-B09, MUN-F05)'),
    ],
    "en-08-clean-turkiye-school-earthquake-safety.txt": [],
    "en-09-clean-thai-elephant-conflict.txt": [],
}

HEADER = """# Annotations of true format faults, one list per draft file (see README.md for conventions).
# paragraph = 1-based index over non-empty lines after the two leading comment lines.
# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects.
# Written by helper holdout31 (round 13) before anything of drafter was run on these texts (kept as first written).
"""


def paragraphs(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def main() -> None:
    out = [HEADER]
    for name, faults in FAULTS.items():
        paras = paragraphs(HERE / name)
        out.append(f"{name}:\n")
        if not faults:
            out.append("  faults: []\n")
            continue
        out.append("  faults:\n")
        for snippet, kind, note in faults:
            hits = [i for i, p in enumerate(paras, 1) if snippet in p]
            assert len(hits) == 1, (name, snippet, hits)
            para = paras[hits[0] - 1]
            for quote in re.findall(r'"([^"]+)"', note):
                assert quote in para, (name, snippet, quote)
            escaped = note.replace("'", "''")
            out.append(f"    - {{paragraph: {hits[0]}, kind: {kind}, note: '{escaped}'}}\n")
    names = {p.name for p in HERE.glob("*.txt")}
    assert names == set(FAULTS), names ^ set(FAULTS)
    (HERE / "annotations.yaml").write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
