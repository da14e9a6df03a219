"""Write annotations.yaml for holdout29 from the table below (frozen with the commit that annotated the set).

Each fault names its paragraph by a snippet of the paragraph's text (it must occur in exactly one paragraph); the
paragraph number is the 1-based index over the non-empty lines after the leading "#" lines, as bench/students.py
counts it. Every "..." quote in a note is checked against that paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "en-01-deleted-placeholder-albinism.txt": [
        ("3. [deleted]", "other",
         '"3. [deleted]" - a struck clause left in the text as a numbered line holding only the word «deleted»; the '
         'line is removed and the clauses after it renumbered («4.» becomes «3.») (UN-B07, MUN-A04)'),
        ("4. Encourages ministries", "other",
         '"…magnifying devices; (amended)" - the tag "(amended)" left after the end mark; the clause ends with its '
         'semicolon («…magnifying devices;») (UN-B09, MUN-F05, MUN-A01)'),
        ("6. Requests the Secretary-General", "other",
         '"[friendly amendment, Ireland: including data disaggregated by age and sex]" - a friendly amendment typed '
         'in square brackets with its label; the words are worked into the clause without brackets or label '
         '(«…resolution, including data disaggregated by age and sex.») (MUN-A01)'),
    ],
    "en-02-gap-cbis-last-semicolon-lead-exposure.txt": [
        ("(c) bis testing", "sub-clause-label",
         '"(c) bis" - a sub-clause inserted by amendment labelled "(c) bis"; sub-clauses are lettered in sequence '
         '(«(d)», the next one «(e)») (UN-B10, MUN-F06)'),
        ("4. Requests the Director-General", "numbering",
         '"4." right after clause 2 - clause 3 was struck and the numbers were not closed up («3.») (UN-B07)'),
        ("6. Invites food safety", "operative-end-mark",
         'the last operative clause ends with ";" instead of «.» - the clause after it was struck and its end mark '
         'was not changed (UN-B09, MUN-F05)'),
    ],
    "en-03-3bis-struck-words-menstrual-health.txt": [
        ("Noting with appreciation the countries", "preambular-end-mark",
         'preambular clause added at the end of the preamble ends with ";" instead of «,» (UN-B05, MUN-F04)'),
        ("1. Calls upon Member States to provide", "other",
         '"~~free of charge~~" - words struck by an amendment left in the clause between strike marks; they are '
         'removed («…provide menstrual products at low cost…») (MUN-A04, UN-B16)'),
        ("3bis. Recommends", "numbering",
         '"3bis." - a clause inserted by amendment numbered "3bis."; operative clauses are numbered consecutively '
         '(«4.», the clauses after it renumbered) (UN-B07)'),
        ("4. Invites UN-Women", "other",
         '"…linked to menstruation (amended);" - the tag "(amended)" left in the clause («…linked to menstruation;») '
         '(MUN-A01)'),
    ],
    "en-04-3a-strike-withdrawn-sponsor-mercury.txt": [
        ("Sponsors: Peru", "other",
         '"Ghana (withdrawn)" - a State that withdrew its sponsorship left in the list of sponsors with a note; it is '
         'removed («Sponsors: Indonesia, Peru and Switzerland») (MUN-S01)'),
        ("Signatories: Bolivia", "other",
         '"Switzerland" listed twice: it became a sponsor and was left among the signatories (MUN-S02)'),
        ("1. Encourages Member States to prepare", "other",
         '"[strike: and to ban the use of mercury in the sector by 2030]" - words struck by an amendment left in the '
         'clause in square brackets; they are removed («…small-scale gold mining;») (MUN-A04, UN-B16)'),
        ("3a. Further requests", "numbering",
         '"3a." - a clause inserted by amendment numbered "3a."; operative clauses are numbered consecutively '
         '(«4.», the clauses after it renumbered) (UN-B07)'),
    ],
    "en-05-moved-clause-2point1-conflict-hunger.txt": [
        ("2.1 Encourages humanitarian", "numbering",
         '"2.1" - a clause inserted by amendment numbered "2.1" between clauses 2 and 3; it is an operative clause '
         'of its own, numbered consecutively («3.», the clauses after it renumbered) (UN-B07)'),
        ("7. Expresses its intention", "numbering",
         '"7." between clauses 4 and 5 - a clause moved up by amendment kept its old number; the clauses are '
         'numbered in the order they stand («5.») (UN-B07)'),
    ],
    "en-06-merged-two-headings-rural-energy.txt": [
        ("Draft Resolution 2.4", "other",
         '"Draft Resolution 2.4" - a second heading block (title, committee, topic, sponsors, signatories) left '
         'after the first one when two drafts were merged; the merged draft has one heading that lists the '
         'sponsors and signatories of both (MUN-H01)'),
        ("3. Urges Member States to adopt clear rules", "other",
         '"(friendly amendment by Kenya)" - the label of a friendly amendment left in the clause («…when the main '
         'grid arrives;») (MUN-A01)'),
        ("1. Recommends that Member States", "numbering",
         '"1." after clause 4 - the clauses of the second draft restart at "1." («5.», the two after it «6.» and «7.») '
         '(UN-B07)'),
    ],
    "en-07-clean-cultural-property.txt": [],
    "en-08-clean-thimun-sickle-cell.txt": [],
}


def paragraphs(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def main() -> None:
    out = [
        "# Annotations of true format faults, one list per draft file (see README.md for conventions).",
        "# paragraph = 1-based index over non-empty lines after the leading comment lines.",
        '# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects or text that is missing.',
        "# Written before anything of drafter was run on these texts (kept as first written).",
        "# Generated by build_annotations.py.",
        "",
    ]
    for name, faults in FAULTS.items():
        paras = paragraphs(HERE / name)
        out.append(f"{name}:")
        if not faults:
            out.append("  faults: []")
            continue
        out.append("  faults:")
        entries = []
        for snippet, kind, note in faults:
            hits = [i for i, p in enumerate(paras, 1) if snippet in p]
            assert len(hits) == 1, (name, snippet, hits)
            text = paras[hits[0] - 1]
            for quote in re.findall(r'"([^"]+)"', note):
                for piece in quote.split("…"):
                    assert piece.strip() in text, (name, hits[0], piece)
            entries.append((hits[0], kind, note))
        for number, kind, note in sorted(entries, key=lambda e: e[0]):
            esc = note.replace("'", "''")
            out.append(f"    - {{paragraph: {number}, kind: {kind}, note: '{esc}'}}")
    (HERE / "annotations.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
