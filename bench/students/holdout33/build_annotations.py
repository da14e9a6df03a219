"""Writes annotations.yaml of holdout33 from the table below (frozen with the commit that annotated the set).

Each fault names its paragraph by a snippet of the text: the snippet must occur in exactly one paragraph; "=TEXT"
names the paragraph that is exactly TEXT; "TEXT#N" names the N-th paragraph containing TEXT. Every "..." quote of a
note must occur in that paragraph. Paragraph = 1-based index over the non-empty lines after the two leading "#"
lines.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

MD_LEAD = "lead marked with typed {m} {q} ({what} left in the text) instead of emphasis (delete the markers) ({rules})"

FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "en-01-gdocs-markdown-domestic-workers.txt": [
        ("_The General Assembly,_", "emphasis",
         'organ line marked with typed underscores "_The General Assembly,_" (Markdown italic left in the text) '
         'instead of italic emphasis («The General Assembly,» in italics) (UN-B02, MUN-F01)'),
        ("_Recalling_ the Domestic", "emphasis",
         MD_LEAD.format(m="underscores", q='"_Recalling_"', what="Markdown italic", rules="MUN-F02, UN-B04")),
        ("_Noting with concern_", "emphasis",
         MD_LEAD.format(m="underscores", q='"_Noting with concern_"', what="Markdown italic", rules="MUN-F02, UN-B04")),
        ("_Aware_ that", "emphasis",
         MD_LEAD.format(m="underscores", q='"_Aware_"', what="Markdown italic", rules="MUN-F02, UN-B04")),
        ("Recognizing that domestic work", "preambular-end-mark",
         'the last preambular clause ends with "." instead of «,» ("any other employment.") (UN-B05, MUN-F04)'),
        ("1. **Urges**", "emphasis",
         MD_LEAD.format(m="asterisks", q='"**Urges**"', what="Markdown bold", rules="MUN-F03, UN-B08")),
        ("\\- the right to keep", "sub-clause-label",
         'the third sub-clause is marked with an escaped dash "\\-" (a typed "-" the Markdown export escaped) '
         'instead of «c.» after «a.» and «b.» (MUN-F06, UN-B10)'),
        ("3. **Encourages**", "emphasis",
         MD_LEAD.format(m="asterisks", q='"**Encourages**"', what="Markdown bold", rules="MUN-F03, UN-B08")),
        ("3. **Encourages**", "operative-end-mark",
         'operative clause 3 (not the last) ends with "," instead of «;» ("residence permits,") (UN-B09, MUN-F05)'),
        ("4\\. Invites", "numbering",
         'operative number typed "4\\." - the backslash the Markdown export put before the point left in the '
         'label («4.») (UN-B07, MUN-F05)'),
    ],
    "en-02-notion-toggles-peatlands.txt": [
        ("▸ Preambulatory clauses", "other",
         'Notion toggle "▸ Preambulatory clauses" left as a section heading between the heading and the organ line '
         '(not part of a resolution; delete) (UN-B01)'),
        ("Welcoming the work of the Global", "preambular-end-mark",
         'the last preambular clause ends with ";" instead of «,» ("protect peatlands;") (UN-B05, MUN-F04)'),
        ("▸ Operative clauses", "other",
         'Notion toggle "▸ Operative clauses" left as a section heading between the preamble and the operative part '
         '(not part of a resolution; delete) (UN-B01)'),
        ("[ ] 1. Encourages", "other",
         'Notion to-do checkbox "[ ]" left before the clause number "1." (not part of a resolution; delete) (UN-B07)'),
        ("[ ] 2. Calls upon", "other",
         'Notion to-do checkbox "[ ]" left before the clause number "2." (not part of a resolution; delete) (UN-B07)'),
        ("[x] 3. Invites", "other",
         'Notion to-do checkbox "[x]" (ticked) left before the clause number "3." (not part of a resolution; delete) '
         '(UN-B07)'),
        ("[ ] 4. Requests", "other",
         'Notion to-do checkbox "[ ]" left before the clause number "4." (not part of a resolution; delete) (UN-B07)'),
        ("Peru: we still need", "other",
         'Notion callout with its emoji "💡" and a co-sponsor\'s reminder left after the last clause (not part of a '
         'resolution; delete) (UN-B01, MUN-F05)'),
    ],
    "en-03-discord-codeblock-trachoma.txt": [
        ("Mateo (Chile)", "other",
         'Discord author line "Mateo (Chile) — Today at 21:14" copied above the draft (not part of a resolution; '
         'delete) (UN-B01)'),
        ("@Chairs WHA", "other",
         'the delegate\'s chat message to the chairs, with the emoji "🙏", copied above the heading (not part of a '
         'resolution; delete) (UN-B01)'),
        ("```#1", "other",
         'Discord code-block fence "```" opening the draft (Markdown left in the text; delete) (UN-B01)'),
        ("Fully aware that the disease", "preambular-end-mark",
         'the last preambular clause ends with "." instead of «,» ("and latrines.") (UN-B05, MUN-F04)'),
        ("> 3. Encourages", "other",
         'chat quote mark ">" left before the clause number "3." (the clause was pasted from a co-submitter\'s '
         'quoted reply; delete the mark) (UN-B07)'),
        ("`WHA51.11`", "other",
         'code ticks around the resolution symbol "`WHA51.11`" (Discord inline code left in the text; «WHA51.11») '
         '(UN-B15)'),
        ("```#2", "other",
         'Discord code-block fence "```" closing the draft after the last clause (Markdown left in the text; delete) '
         '(UN-B01, MUN-F05)'),
        ("👍 4", "other",
         'emoji reactions "👍 4" copied under the draft (not part of a resolution; delete) (UN-B01, MUN-F05)'),
    ],
    "en-04-email-reply-signature-pastoralists.txt": [
        ("Hi Chairs,", "other",
         'e-mail greeting "Hi Chairs," left above the heading (not part of a resolution; delete) (UN-B01, MUN-H01)'),
        ("here is our revised draft", "other",
         'the e-mail\'s opening sentence "here is our revised draft" left above the heading (not part of a '
         'resolution; delete) (UN-B01, MUN-H01)'),
        ("Deeply Concerned that", "capital-after-lead",
         '"Deeply Concerned" - a capital inside the lead phrase («Deeply concerned») (MUN-F02, UN-B03)'),
        ("2. Calls upon development", "full-stop-inside-clause",
         'operative clause 2 (not the last) ends with "." ("migration routes.") - a second full stop in the '
         'resolution; it ends with «;» (UN-B09, MUN-F05)'),
        ("> Please also add", "other",
         'a quoted remark of the dais ("> Please also add a clause") from the chairs\' earlier e-mail left between '
         'operative clauses 2 and 3 (delete) (UN-B01)'),
        ("Bolormaa Gantulga", "other",
         'the delegate\'s name "Bolormaa Gantulga" signed after the last clause like a letter (not part of a '
         'resolution; delete) (UN-B01)'),
        ("Delegate of Mongolia", "other",
         'the delegate\'s title "Delegate of Mongolia, Second Committee" signed after the last clause (delete; the '
         'sponsors are in the heading) (UN-B01, MUN-H01)'),
        ("Sent from my iPhone", "other",
         'the mail app\'s line "Sent from my iPhone" left under the draft (not part of a resolution; delete) '
         '(UN-B01)'),
        ("On Thu, 3 Dec", "other",
         'the quoted e-mail\'s header "On Thu, 3 Dec 2026 at 18:02, ECOFIN Chairs wrote:" left under the draft '
         '(delete) (UN-B01)'),
        ("> Dear delegates", "other",
         'a quoted line of the chairs\' earlier e-mail ("> Dear delegates") left under the draft (delete) (UN-B01)'),
    ],
    "en-05-pdf-line-breaks-remittances.txt": [
        ("Noting with concern that sending", "preambular-end-mark",
         'the clause is broken by the PDF\'s line end after "6 per": its first part ends with no mark (one '
         'paragraph, ending «,») (UN-B05, MUN-F04)'),
        ("cent on average", "other",
         'the rest of the clause, "cent on average", on a line of its own with no lead (the PDF\'s line break; join '
         'it to the line above) (UN-B03, MUN-F04)'),
        ("Welcoming the spread", "preambular-end-mark",
         'the clause is broken inside the hyphenated word "re-" at the PDF\'s line end: its first part ends with no '
         'mark (join «receive»; the clause ends «,») (UN-B05, MUN-F04)'),
        ("ceive money", "other",
         'the rest of the clause, "ceive money" (the end of the hyphenated word), on a line of its own with no lead '
         '(join it to the line above) (UN-B03, MUN-F04)'),
        ("2. Calls upon Member States to let", "operative-end-mark",
         'operative clause 2 is broken at the PDF\'s line end after "documents of" and then by the page break: its '
         'first part ends with no mark (the clause ends «;») (UN-B09, MUN-F05)'),
        ("=1", "other",
         'the footer page number "1" of page 1 left inside operative clause 2 (not part of a resolution; delete) '
         '(UN-B01)'),
        ("GA Second Committee ·", "other",
         'the running header of page 2 "GA Second Committee · Draft Resolution 2.1 · Remittances" left inside '
         'operative clause 2 (not part of a resolution; delete) (UN-B01)'),
        ("their countries of origin", "other",
         'the rest of operative clause 2, "their countries of origin", after the page number and the running header, '
         'with no label or lead (join it to clause 2) (UN-B07, MUN-F05)'),
        ("4. Further invites banks", "operative-end-mark",
         'operative clause 4 is broken at the PDF\'s line end after "operators without": its first part ends with no '
         'mark (the clause ends «;») (UN-B09, MUN-F05)'),
        ("a reason linked", "other",
         'the rest of operative clause 4, "a reason linked", on a line of its own with no label or lead (join it to '
         'the line above) (UN-B07, MUN-F05)'),
        ("5. Requests the Secretary-General, in cooperation", "operative-end-mark",
         'the last operative clause is broken inside the hyphenated word "develop-" at the PDF\'s line end: its first '
         'part ends with no mark (join «development»; the clause ends «.») (UN-B09, MUN-F05)'),
        ("ment of remittance costs", "other",
         'the rest of the last clause, "ment of remittance costs" (the end of the hyphenated word), on a line of its '
         'own with no label or lead (join it to the line above) (UN-B07, MUN-F05)'),
        ("=2", "other",
         'the footer page number "2" left after the last clause (not part of a resolution; delete) (UN-B01, MUN-F05)'),
    ],
    "en-06-ocr-scan-children-alternative-care.txt": [
        ("Alarrned that", "misspelt-lead",
         '"Alarrned" - the lead «Alarmed» as the OCR read it, "rn" for «m» (UN-B03, MUN-F04)'),
        ("Alarrned that", "preambular-end-mark",
         'the preambular clause (not the last) ends with "." instead of «,» ("living parent.") - the OCR took the '
         'comma for a point (UN-B05, MUN-F04)'),
        ("Welcorning the progress", "misspelt-lead",
         '"Welcorning" - the lead «Welcoming» with "rn" for «m» (OCR) (UN-B03, MUN-F04)'),
        ("l. Calls upon", "numbering",
         '"l." - operative clause 1 numbered with the letter l instead of the digit («1.») (OCR) (UN-B07, MUN-F05)'),
        ("(h) day care", "sub-clause-label",
         'the second sub-clause of clause 2 is labelled "(h)" after «(a)»; the OCR read «b» as «h» («(b)») '
         '(UN-B10, MUN-F06)'),
        ("=- 2 -", "other",
         'the page number "- 2 -" of page 2 left between operative clauses 2 and 3 (not part of a resolution; '
         'delete) (UN-B01)'),
        ("4. Recornrnends", "misspelt-lead",
         '"Recornrnends" - the lead «Recommends» with "rn" for each «m» (OCR) (UN-B06, MUN-F05)'),
        ("4. Recornrnends", "operative-end-mark",
         'operative clause 4 (not the last) ends with ":" with no sub-clauses following - the OCR read the '
         'semicolon as a colon («;») (UN-B09, UN-B11)'),
    ],
    "en-07-clean-word-copy-agricultural-plastics.txt": [],
    "en-08-clean-gdocs-paste-assistive-technology.txt": [],
    "en-09-slack-thread-food-fortification.txt": [
        ("Lina Haddad", "other",
         'Slack author line "Lina Haddad  9:41 PM" copied above the draft (not part of a resolution; delete) '
         '(UN-B01)'),
        ("*DR 2.2 final*", "other",
         'the delegate\'s Slack message "*DR 2.2 final*" with the emoji shortcode ":pray:" copied above the heading '
         '(not part of a resolution; delete) (UN-B01)'),
        ("1. *Encourages*", "emphasis",
         MD_LEAD.format(m="asterisks", q='"*Encourages*"', what="Slack bold", rules="MUN-F03, UN-B08")),
        ("2. *Invites*", "emphasis",
         MD_LEAD.format(m="asterisks", q='"*Invites*"', what="Slack bold", rules="MUN-F03, UN-B08")),
        ("◦ regular testing", "sub-clause-label",
         'sub-clause marked with the Slack bullet "◦" instead of a letter («a)» / «(a)») (MUN-F06, UN-B10)'),
        ("◦ public lists", "sub-clause-label",
         'sub-clause marked with the Slack bullet "◦" instead of a letter («b)» / «(b)») (MUN-F06, UN-B10)'),
        ("3. *Calls upon*", "emphasis",
         MD_LEAD.format(m="asterisks", q='"*Calls upon*"', what="Slack bold", rules="MUN-F03, UN-B08")),
        ("3. *Calls upon*", "other",
         'Slack\'s marker "(edited)" left after the end mark of clause 3 (not part of a resolution; delete) '
         '(UN-B09)'),
        ("4. *Requests*", "emphasis",
         MD_LEAD.format(m="asterisks", q='"*Requests*"', what="Slack bold", rules="MUN-F03, UN-B08")),
        (":white_check_mark:", "other",
         'emoji reactions ":white_check_mark: 3" copied under the draft (not part of a resolution; delete) '
         '(UN-B01, MUN-F05)'),
        ("2 replies", "other",
         'Slack\'s thread line "2 replies Last reply today at 9:52 PM" copied under the draft (not part of a '
         'resolution; delete) (UN-B01)'),
    ],
}

HEADER = """# Annotations of true format faults, one list per draft file (see README.md for conventions).
# paragraph = 1-based index over non-empty lines after the two leading comment lines.
# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects.
# Written by helper holdout33 (round 13) before anything of drafter was run on these texts (kept as first written).
"""


def paragraphs(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def locate(paras: list[str], snippet: str) -> int:
    if snippet.startswith("="):
        hits = [i for i, p in enumerate(paras, 1) if p.strip() == snippet[1:]]
        assert len(hits) == 1, (snippet, hits)
        return hits[0]
    match = re.fullmatch(r"(.*)#(\d+)", snippet)
    if match:
        hits = [i for i, p in enumerate(paras, 1) if match.group(1) in p]
        return hits[int(match.group(2)) - 1]
    hits = [i for i, p in enumerate(paras, 1) if snippet in p]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]


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
            number = locate(paras, snippet)
            para = paras[number - 1]
            for quote in re.findall(r'"([^"]+)"', note):
                assert quote in para, (name, snippet, quote)
            escaped = note.replace("'", "''")
            out.append(f"    - {{paragraph: {number}, kind: {kind}, note: '{escaped}'}}\n")
    names = {p.name for p in HERE.glob("*.txt")}
    assert names == set(FAULTS), names ^ set(FAULTS)
    (HERE / "annotations.yaml").write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
