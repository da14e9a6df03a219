"""Writes annotations.yaml of holdout40 from the table below (frozen with the commit that annotated the set).

Each fault names its paragraph by a snippet of the text: the snippet must occur in exactly one paragraph; "=TEXT"
names the paragraph that is exactly TEXT. Every "..." quote of a note must occur in that paragraph. Paragraph =
1-based index over the non-empty lines after the two leading "#" lines (as bench/students.py counts them).
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = ("# holdout40 (round 15): faults a careful chair would mark, judged by /work/shared/FORMAT.md only; "
          "written by build_annotations.py before any run of drafter; kept as first written\n")

MD_BOLD_LEAD = ('lead marked with typed asterisks "{q}" (the chatbot\'s Markdown bold left in the text) instead of '
                'emphasis (delete the markers) ({rules})')
MD_HEADING = ('the chatbot\'s Markdown bold marks "**" typed around the {what} "{q}" (left in the text; delete them) '
              '(MUN-H01)')
SECTION = ('the chatbot\'s section heading "{q}" left {where} (not part of a resolution; delete) (UN-B01{more})')
CAPS = '"{q}" - capitalised word inside the lead phrase («{right}») (MUN-F02, MUN-F03)'
BULLET = '"{q}" - a bullet as sub-clause label instead of a letter ({right}) (MUN-F06, UN-B10)'
NUMBERED_PP = 'preambular clause numbered "{n}"; preambular clauses are not numbered (MUN-F04, UN-B05)'

FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "en-01-chatbot-bold-heading-cervical-cancer.txt": [
        ("**Draft Resolution on", "other",
         MD_HEADING.format(what="title line", q="**Draft Resolution on Accelerating")),
        ("**Committee:**", "other", MD_HEADING.format(what="heading field name", q="**Committee:**")),
        ("**Topic:**", "other", MD_HEADING.format(what="heading field name", q="**Topic:**")),
        ("**Sponsors:**", "other", MD_HEADING.format(what="heading field name", q="**Sponsors:**")),
        ("**Signatories:**", "other", MD_HEADING.format(what="heading field name", q="**Signatories:**")),
        ("=Preambular Clauses:", "other",
         SECTION.format(q="Preambular Clauses:", where="between the organ line and the first preambular clause",
                        more="")),
        ("Deeply Concerned that", "capital-after-lead", CAPS.format(q="Deeply Concerned", right="Deeply concerned")),
        ("Noting With Appreciation", "capital-after-lead",
         CAPS.format(q="Noting With Appreciation", right="Noting with appreciation")),
        ("=Operative Clauses:", "other",
         SECTION.format(q="Operative Clauses:", where="between the preamble and the first operative clause",
                        more="")),
        ("1. Calls Upon", "capital-after-lead", CAPS.format(q="Calls Upon", right="Calls upon")),
        ("In conclusion, this resolution", "other",
         'a closing paragraph in prose "In conclusion, this resolution seeks" after the last operative clause (the '
         'chatbot\'s summary; not part of a resolution, which ends with its last clause; delete) (UN-B01, MUN-F05)'),
    ],
    "en-02-chatbot-markdown-email-bycatch.txt": [
        ("## Draft Resolution on Reducing", "other",
         'the chatbot\'s Markdown heading marks "##" typed before the title line "Draft Resolution on Reducing '
         'Bycatch" (left in the text; delete them)'),
        ("=---", "other",
         'the chatbot\'s Markdown horizontal rule "---" on a line of its own (not part of a resolution; delete) '
         '(UN-B01)'),
        ("=## Preambular Clauses", "other",
         SECTION.format(q="## Preambular Clauses", where="before the organ line, with Markdown heading marks",
                        more="")),
        ("*The General Assembly,*", "emphasis",
         'organ line marked with typed asterisks "*The General Assembly,*" (Markdown italic left in the text) '
         'instead of italic emphasis («The General Assembly,» in italics) (UN-B02, MUN-F01)'),
        ("**Recalling**", "emphasis", MD_BOLD_LEAD.format(q="**Recalling**", rules="MUN-F02, UN-B04")),
        ("**Alarmed**", "emphasis", MD_BOLD_LEAD.format(q="**Alarmed**", rules="MUN-F02, UN-B04")),
        ("**Noting with concern**", "emphasis", MD_BOLD_LEAD.format(q="**Noting with concern**",
                                                                    rules="MUN-F02, UN-B04")),
        ("**Aware**", "emphasis", MD_BOLD_LEAD.format(q="**Aware**", rules="MUN-F02, UN-B04")),
        ("=## Operative Clauses", "other",
         SECTION.format(q="## Operative Clauses", where="between the preamble and the first operative clause, "
                        "with Markdown heading marks", more="")),
        ("1. **Encourages**", "emphasis", MD_BOLD_LEAD.format(q="**Encourages**", rules="MUN-F03, UN-B08")),
        ("- bird-scaring lines", "sub-clause-label",
         BULLET.format(q="- bird-scaring", right="«(a)» / «a)»")),
        ("- circle hooks", "sub-clause-label", BULLET.format(q="- circle hooks", right="«(b)» / «b)»")),
        ("- acoustic pingers", "sub-clause-label", BULLET.format(q="- acoustic pingers", right="«(c)» / «c)»")),
        ("2. **Calls upon**", "emphasis", MD_BOLD_LEAD.format(q="**Calls upon**", rules="MUN-F03, UN-B08")),
        ("3. **Invites**", "emphasis", MD_BOLD_LEAD.format(q="**Invites**", rules="MUN-F03, UN-B08")),
        ("4. **Requests**", "emphasis", MD_BOLD_LEAD.format(q="**Requests**", rules="MUN-F03, UN-B08")),
        ("4. **Requests**", "operative-end-mark",
         'the last operative clause ends with ";" instead of «.» ("eighty-second session;"); the resolution ends '
         'with a full stop (UN-B09, MUN-F05)'),
    ],
    "en-03-chatbot-title-case-sc-water-installations.txt": [
        ("Gravely Concerned by", "capital-after-lead", CAPS.format(q="Gravely Concerned", right="Gravely concerned")),
        ("Emphasizes that the destruction", "wrong-lead-form",
         '"Emphasizes" - an operative verb opening a preambular clause (before the numbered operative clauses); '
         'preambular clauses open with a participle or adjective («Emphasizing») (UN-B03)'),
        ("Bearing In Mind", "capital-after-lead", CAPS.format(q="Bearing In Mind", right="Bearing in mind")),
        ("1. Strongly Condemns", "capital-after-lead",
         CAPS.format(q="Strongly Condemns", right="Strongly condemns")),
        ("• agreeing on local pauses", "sub-clause-label", BULLET.format(q="• agreeing", right="«(a)» / «a)»")),
        ("• granting safe passage", "sub-clause-label", BULLET.format(q="• granting", right="«(b)» / «b)»")),
        ("This ensures that communities", "other",
         'an explanatory sentence "This ensures that communities living downstream" standing as a paragraph of its '
         'own between clauses 4 and 5, with no lead and no number (the chatbot\'s comment on clause 4; not part of '
         'a resolution; delete) (UN-B01, MUN-F05)'),
        ("6. Further Requests", "capital-after-lead",
         CAPS.format(q="Further Requests", right="Further requests")),
    ],
    "en-04-chatbot-form-ngo-sponsor-obstetric-fistula.txt": [
        ("Sponsors: The Delegation of Nigeria", "other",
         '"Médecins Sans Frontières" is not a State: a non-governmental organization among the sponsors of a '
         'General Assembly draft (only Member States sponsor a draft) (UN-H06, MUN-S01)'),
        ("Urges all Member States to make", "wrong-lead-form",
         '"Urges" - an operative verb opening a preambular clause (before the numbered operative clauses); '
         'preambular clauses open with a participle or adjective («Urging») (UN-B03)'),
        ("2. Encourages Member States to train", "full-stop-inside-clause",
         'a second sentence "This ensures that women in labour" inside operative clause 2, after a full stop '
         '("rural health centres."); the resolution is one sentence with one full stop, at its end (MUN-F05, '
         'UN-B09)'),
        ("5. Requests the Secretary-General", "operative-end-mark",
         'the last operative clause has no end mark ("eighty-second session"); the resolution ends with a full stop '
         '(UN-B09, MUN-F05)'),
    ],
    "en-05-chatbot-numbered-preamble-invasive-species.txt": [
        ("=PREAMBULATORY CLAUSES", "other",
         SECTION.format(q="PREAMBULATORY CLAUSES", where="between the organ line and the first preambular clause",
                        more="")),
        ("1. Recalling the target", "numbering", NUMBERED_PP.format(n="1.")),
        ("2. Alarmed that", "numbering", NUMBERED_PP.format(n="2.")),
        ("3. Noting that ballast", "numbering", NUMBERED_PP.format(n="3.")),
        ("4. Recognising that", "numbering", NUMBERED_PP.format(n="4.")),
        ("=OPERATIVE CLAUSES", "other",
         SECTION.format(q="OPERATIVE CLAUSES", where="between the preamble and the first operative clause",
                        more="")),
        ("This resolution aims to", "other",
         'a closing paragraph in prose "This resolution aims to protect native ecosystems" after the last '
         'operative clause (the chatbot\'s summary; not part of a resolution, which ends with its last clause; '
         'delete) (UN-B01, MUN-F05)'),
    ],
    "en-06-clean-chatbot-tidied-eye-care.txt": [],
    "en-07-clean-chatbot-tidied-viral-hepatitis.txt": [],
    "en-08-chatbot-preface-and-offer-statistics.txt": [
        ("Sure! Here is a draft", "other",
         'the chatbot\'s own sentence "Sure! Here is a draft resolution" pasted above the draft (not part of a '
         'resolution; delete) (UN-B01)'),
        ("=Draft Resolution on Strengthening National Statistical Systems for Sustainable Development",
         "heading-field-missing",
         'no signatories line in the heading («Signatories: …»); the heading gives committee, topic and sponsors '
         '(MUN-H01, MUN-S01)'),
        ("Sponsors: The Delegation of Ghana", "other",
         '"Open Data Watch" is not a State: a non-governmental organization among the sponsors of an Economic and '
         'Social Council draft (only Member States sponsor a draft) (UN-H06, MUN-S01)'),
        ("**Recognizing the importance", "emphasis",
         MD_BOLD_LEAD.format(q="**Recognizing the importance of the fact that**", rules="MUN-F02, UN-B04")),
        ("**Deeply Concerned By**", "emphasis", MD_BOLD_LEAD.format(q="**Deeply Concerned By**",
                                                                    rules="MUN-F02, UN-B04")),
        ("**Deeply Concerned By**", "capital-after-lead",
         CAPS.format(q="Deeply Concerned By", right="Deeply concerned by")),
        ("**Noting With Satisfaction**", "emphasis", MD_BOLD_LEAD.format(q="**Noting With Satisfaction**",
                                                                         rules="MUN-F02, UN-B04")),
        ("**Noting With Satisfaction**", "capital-after-lead",
         CAPS.format(q="Noting With Satisfaction", right="Noting with satisfaction")),
        ("**Encourages** national", "emphasis", MD_BOLD_LEAD.format(q="**Encourages**", rules="MUN-F02, UN-B04")),
        ("**Encourages** national", "wrong-lead-form",
         '"Encourages" - an operative verb opening a preambular clause (before the numbered operative clauses); '
         'preambular clauses open with a participle or adjective («Encouraging») (UN-B03)'),
        ("=Operative Clauses:", "other",
         SECTION.format(q="Operative Clauses:", where="between the preamble and the first operative clause",
                        more="")),
        ("1. **Urges**", "emphasis", MD_BOLD_LEAD.format(q="**Urges**", rules="MUN-F03, UN-B08")),
        ("2. **Calls Upon**", "emphasis", MD_BOLD_LEAD.format(q="**Calls Upon**", rules="MUN-F03, UN-B08")),
        ("2. **Calls Upon**", "capital-after-lead", CAPS.format(q="Calls Upon", right="Calls upon")),
        ("3. **Invites**", "emphasis", MD_BOLD_LEAD.format(q="**Invites**", rules="MUN-F03, UN-B08")),
        ("4. **Further Invites**", "emphasis", MD_BOLD_LEAD.format(q="**Further Invites**",
                                                                   rules="MUN-F03, UN-B08")),
        ("4. **Further Invites**", "capital-after-lead",
         CAPS.format(q="Further Invites", right="Further invites")),
        ("5. **Requests**", "emphasis", MD_BOLD_LEAD.format(q="**Requests**", rules="MUN-F03, UN-B08")),
        ("5. **Requests**", "operative-end-mark",
         'the last operative clause ends with ";" instead of «.» ("the progress made;"); the resolution ends with '
         'a full stop (UN-B09, MUN-F05)'),
        ("Let me know if you would like", "other",
         'the chatbot\'s own closing offer "Let me know if you would like me to add more clauses" pasted after the '
         'last clause (not part of a resolution; delete) (UN-B01, MUN-F05)'),
    ],
}


def paragraphs(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return [line for line in lines if line.strip()]


def locate(paras: list[str], snippet: str) -> int:
    if snippet.startswith("="):
        hits = [i for i, p in enumerate(paras, 1) if p.strip() == snippet[1:]]
    else:
        hits = [i for i, p in enumerate(paras, 1) if snippet in p]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]


def main() -> None:
    out = [HEADER]
    for name, faults in FAULTS.items():
        path = HERE / name
        assert len(path.read_text(encoding="utf-8").splitlines()[0:2]) == 2
        paras = paragraphs(path)
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
