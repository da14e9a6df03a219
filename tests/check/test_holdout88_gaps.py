"""Misses of the checker on the blind set holdout88 (#20, English drafts passed round in chat apps and typed on
phones), held by sentences of our own: WhatsApp's sender prefix ("[09:05, 03/11/2026] Name (State): ") before a
message, a heading field or half a clause; a chat message's words under its author line; a clause broken over two
lines whose second line a phone's autocorrect capitalised ("In …", "The …") or whose first stops on a dash."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEADING = ["Committee: General Assembly Second Committee", "Topic: Cold storage for small fishing ports",
           "Sponsors: Fiji, Senegal", "Signatories: Chile, Ghana, Oman"]
ORGAN = "The General Assembly,"
PRE = ["Noting that much of the catch of small-scale fishers spoils before it reaches a market,",
       "Aware that ice plants need a reliable supply of electricity,"]
OPS = ["1. Encourages Member States to build solar-powered ice plants in small fishing ports;",
       "2. Invites the Food and Agriculture Organization to train cooperatives in handling fish on ice;",
       "3. Requests the Secretary-General to report on progress at the eighty-third session."]


def _txt(tmp_path: Path, lines: list[str], name: str = "draft.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_whatsapp_prefix_before_a_message_a_field_and_a_clause(lib: library.Library, tmp_path: Path) -> None:
    body = ["[09:05, 03/11/2026] Tomas Lee (Fiji): chairs here is our draft",
            "[09:06, 03/11/2026] Tomas Lee (Fiji): " + HEADING[0], *HEADING[1:], ORGAN, *PRE, *OPS[:2],
            "[09:09, 03/11/2026] Awa Diop (Senegal): " + OPS[2]]
    found = rules(_txt(tmp_path, body), lib)
    assert found.get("pasted-artefact") == [1, 2, 11]
    assert "negotiation-mark" not in found  # the time in brackets is the chat's, no bracket of a negotiation
    # the export's form with the date first, and an Android export's "date, time - name: "
    other = ["[03/11/2026, 09:05:12] Tomas Lee: chairs here is our draft", "3/11/26, 09:05 - Tomas Lee: ok",
             *HEADING, ORGAN, *PRE, *OPS]
    assert rules(_txt(tmp_path, other, "export.txt"), lib).get("pasted-artefact") == [1, 2]
    # a citation's bracket or a date in the text is no chat's prefix
    clean = [*HEADING, ORGAN, "Recalling its resolution 78/1 of 03/11/2023: the outcome,", *PRE, *OPS]
    assert "pasted-artefact" not in rules(_txt(tmp_path, clean, "clean.txt"), lib)


def test_a_chat_message_under_its_author_line(lib: library.Library, tmp_path: Path) -> None:
    body = ["Lena Fischer — Today at 9:12 AM", "ok this is the one we agreed on, pls sign", *HEADING, ORGAN, *PRE,
            *OPS[:2], "Omar Haddad — Today at 9:15 AM", "> 2. Invites the Food and Agriculture Organization",
            "can we say encourages here? nicer", "Lena Fischer — Today at 9:16 AM", OPS[2]]
    found = rules(_txt(tmp_path, body), lib)
    assert found.get("pasted-artefact", [])[:2] == [1, 2]
    assert 15 in found.get("pasted-artefact", [])
    # under an author line: a heading field, a clause, the name of the body are the draft's, not the chat's
    plain = ["Lena Fischer — Today at 9:12 AM", *HEADING, ORGAN, *PRE, *OPS]
    assert rules(_txt(tmp_path, plain, "plain.txt"), lib).get("pasted-artefact") == [1]


def test_a_clause_broken_where_autocorrect_capitalised_the_next_line(lib: library.Library, tmp_path: Path) -> None:
    ops = ["1. Encourages Member States to build solar-powered ice plants",
           "In small fishing ports and landing sites;", *OPS[1:]]
    found = rules(_txt(tmp_path, [*HEADING, ORGAN, *PRE, *ops]), lib)
    assert found.get("paragraph-broken") == [8]
    pre = ["Noting that much of the catch of small-scale fishers spoils on the way —",
           "The only market many of them can reach,", "Aware that ice plants need a steady supply of",
           "Fresh water and electricity,"]
    found = rules(_txt(tmp_path, [*HEADING, ORGAN, *pre, *OPS], "pre.txt"), lib)
    assert found.get("paragraph-broken") == [6, 8]
    assert "lead-form" not in found
    # a legislative list of clauses, each ending ", and", goes on with a clause of its own ("Whereas …")
    listed = [*HEADING, ORGAN, "Whereas much of the catch spoils before it reaches a market, and",
              "Whereas ice plants need electricity, and", *OPS]
    assert "paragraph-broken" not in rules(_txt(tmp_path, listed, "listed.txt"), lib)
    # capitalised items under a sentence that lacks its colon are a list, not a clause's rest
    items = ["1. Encourages Member States to fund cold chains in small ports such as",
             "Solar-powered ice plants;", "Insulated boxes for small boats;", *OPS[1:]]
    assert "paragraph-broken" not in rules(_txt(tmp_path, [*HEADING, ORGAN, *PRE, *items], "items.txt"), lib)
    # a clause left without its end mark before a clause with a lead of its own is no broken one
    unended = [*HEADING, ORGAN, "Noting that much of the catch spoils before it reaches a market", PRE[1], *OPS]
    found = rules(_txt(tmp_path, unended, "unended.txt"), lib)
    assert "paragraph-broken" not in found and found.get("preambular-end") == [6]
