"""Write annotations.yaml for holdout37 from the table below (frozen with the commit that annotated the set).

Each fault names its paragraph by a snippet that must occur in exactly one paragraph of the draft (paragraph =
1-based index over non-empty lines after the two leading "#" lines); every "..." quote of a note must occur in that
paragraph (a quote with "…" in it: each part must occur).
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

PP_NOTE = 'preambular clause tagged "{t}" before its text; preambular clauses are not numbered or tagged (UN-B05, MUN-F04)'
OP_NOTE = 'operative clause tagged "{t}" before its text; operative clauses are numbered «{n}.» (UN-B07, MUN-F05)'

TABLE: dict[str, list[tuple[str, str, str]]] = {
    "en-01-pp-op-tags-ad-ref-silicosis.txt": [
        ("PP1 Recalling", "numbering", PP_NOTE.format(t="PP1")),
        ("PP2 Alarmed", "numbering", PP_NOTE.format(t="PP2")),
        ("PP2 Alarmed", "other", '"(agreed ad ref)" - a negotiator\'s status mark left after the end mark; the clause ends with its comma («…in their twenties and thirties,») (UN-B05, MUN-F05)'),
        ("PP3 Convinced", "numbering", PP_NOTE.format(t="PP3")),
        ("OP1 Calls upon", "numbering", OP_NOTE.format(t="OP1", n=1)),
        ("OP1 Calls upon", "other", '"(agreed ad ref)" - a negotiator\'s status mark left after the end mark; the clause ends with its semicolon («…through labour inspection;») (UN-B09, MUN-F05)'),
        ("OP2 Encourages", "numbering", OP_NOTE.format(t="OP2", n=2)),
        ("OP3 Invites", "numbering", OP_NOTE.format(t="OP3", n=3)),
        ("OP4 Requests", "numbering", OP_NOTE.format(t="OP4", n=4)),
    ],
    "en-02-bracketed-alternatives-coastal-dunes.txt": [
        ("[Urges] [Encourages]", "other", '"[Urges] [Encourages]" - two alternative lead verbs left in square brackets; the clause opens with one operative verb, without brackets («Urges» or «Encourages») (UN-B06, MUN-F05)'),
        ("[by 2030] [as soon as possible]", "other", '"[by 2030] [as soon as possible]" - two alternative wordings left in square brackets; one is chosen and written without brackets (MUN-F05)'),
        ("[and regional]", "other", '"[and regional]" - words still under negotiation left in square brackets; they are either kept without brackets or removed (MUN-F05, MUN-A01)'),
    ],
    "en-03-alt-clause-facilitator-note-plastic-pellets.txt": [
        ("3. (Alt.)", "other", '"3. (Alt.)" - an alternative version of clause 3 kept below it with the same number; one of the two is chosen before the vote and the other removed (UN-B07, MUN-F05)'),
        ("NOTE: Chile", "other", '"NOTE: Chile to propose wording …" - a facilitator\'s note left on a line of its own between the clauses; it is no part of the resolution and is removed (UN-B01, MUN-F05)'),
    ],
    "en-04-friendly-amendment-caps-struck-clause-stunting.txt": [
        ("AND REGIONAL", "other", '"national AND REGIONAL nutrition plans" - the words of a friendly amendment typed in capitals; once incorporated they are written like the rest of the clause («national and regional nutrition plans») (MUN-A01, UN-B17)'),
        ("[FRIENDLY AMENDMENT:", "other", '"[FRIENDLY AMENDMENT: add "and paternity" after "maternity"]" - a friendly amendment left as a bracketed instruction at the end of the clause; it is carried out in the text («…paid maternity and paternity leave;») (MUN-A01, MUN-A04)'),
        ("~~3. Recommends", "other", '"~~3. Recommends" … "~~" - a struck clause left in the text between strike marks with its number; it is removed and the clauses after it renumbered («4.» becomes «3.») (MUN-A04, UN-B07)'),
    ],
    "en-05-deleted-4bis-note-waste-pickers.txt": [
        ("3. (DELETED)", "other", '"3. (DELETED)" - a struck clause left as a numbered line holding only the word "(DELETED)"; the line is removed and the clauses after it renumbered (MUN-A04, UN-B07)'),
        ("4 bis.", "numbering", '"4 bis." - a clause inserted by amendment numbered "4 bis."; operative clauses are numbered consecutively («5.», the clauses after it renumbered) (UN-B07)'),
        ("(NOTE: Kenya", "other", '"[of at least 10 per cent]" still in square brackets and the note "(NOTE: Kenya to confirm the figure)" left in the clause; the figure is settled and written without brackets, the note removed (MUN-F05)'),
    ],
    "en-06-merged-two-sponsor-lists-eye-health.txt": [
        ("Sponsors (Draft Resolution 4.5)", "other", '"Sponsors (Draft Resolution 4.5): Colombia and Viet Nam" - a second list of sponsors kept from the other merged draft; the merged draft has one «Sponsors:» field that names the sponsors of both (MUN-H01, MUN-S01)'),
        ("[from Draft Resolution 4.5]", "other", '"[from Draft Resolution 4.5]" - a merge tag left before the lead verb; the clause opens with its operative verb («3. Urges Member States…») (UN-B06)'),
    ],
    "en-07-clean-final-seeds.txt": [],
    "en-08-clean-final-article-3-bis-civil-aviation.txt": [],
}

HEADER = """# Annotations of true format faults, one list per draft file (see README.md for conventions).
# paragraph = 1-based index over non-empty lines after the leading comment lines.
# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects or text that is missing.
# Written before anything of drafter was run on these texts (kept as first written).
# Generated by build_annotations.py.
"""


def paragraphs(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def quote_ok(quote: str, para: str) -> bool:
    return all(part.strip() in para for part in quote.split("…") if part.strip())


def main() -> None:
    files = sorted(p.name for p in HERE.glob("*.txt"))
    assert files == sorted(TABLE), (files, sorted(TABLE))
    out = [HEADER]
    total = 0
    for name in files:
        paras = paragraphs(HERE / name)
        out.append(f"\n{name}:\n")
        items = []
        for snippet, kind, note in TABLE[name]:
            hits = [i for i, p in enumerate(paras, 1) if snippet in p]
            assert len(hits) == 1, (name, snippet, hits)
            n = hits[0]
            # quotes: "..." at the start of a note or after a space / "(" ; a quote may contain inner quotes
            for q in re.findall(r'(?:^|(?<=[\s(]))"([^"]+?)"(?=[\s,;)\-]|$)', note):
                assert quote_ok(q, paras[n - 1]), (name, n, q)
            items.append((n, kind, note))
        if not items:
            out.append("  faults: []\n")
            continue
        out.append("  faults:\n")
        for n, kind, note in sorted(items, key=lambda t: (t[0], t[1])):
            esc = note.replace("'", "''")
            out.append(f"    - {{paragraph: {n}, kind: {kind}, note: '{esc}'}}\n")
            total += 1
    (HERE / "annotations.yaml").write_text("".join(out), encoding="utf-8")
    print(f"{total} faults in {len(files)} files")


if __name__ == "__main__":
    main()
