"""Misses of the checker on the blind set holdout146 (#20), English resolutions from conferences' resolution
booklets and passed-resolution pages, each held by sentences of our own:

* a chair's mark "(as amended)" left after a clause's end mark ("…next session; (as amended)"): amendment-trace
  knew "(amended)" and "(amended by Chile)" but not "(as amended)", which it left out for treaties cited so; after
  the clause's end mark, closing the paragraph, it cites no treaty. The clause's end stands before the mark, so
  operative-end no longer reads "as amended)" as the clause's last words.

Each with a draft that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import library

HEAD = ["FORUM: General Assembly Second Committee", "QUESTION OF: Access to clean cooking fuels",
        "SUBMITTED BY: Ghana", "CO-SUBMITTERS: Nepal, Peru", "THE GENERAL ASSEMBLY,",
        "Concerned that smoke from cooking fires harms the health of millions of women,"]


def _text(tmp_path: Path, lines: list[str], name: str = "fuels.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_as_amended_after_the_end_mark_is_an_amendment_trace(lib: library.Library, tmp_path: Path) -> None:
    """¶8 "2. Invites … stoves; (as amended)" keeps the chair's mark: amendment-trace says so, and the clause's
    own ";" is its end (no operative-end)."""
    body = ["1. Encourages Member States to lower taxes on clean stoves;",
            "2. Invites regional banks to lend to makers of clean stoves; (as amended)",
            "3. Requests the Secretary-General to report on clean cooking at the next session. (as amended by Peru)"]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert 8 in found.get("amendment-trace", [])
    assert 9 in found.get("amendment-trace", [])
    assert 8 not in found.get("operative-end", [])
    assert 9 not in found.get("final-stop", [])


def test_treaty_cited_as_amended_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    """A treaty cited "(as amended)" before the clause's end mark is no amendment's mark."""
    body = ["Recalling the International Convention for the Prevention of Pollution from Ships (as amended),",
            "1. Encourages Member States to lower taxes on clean stoves;",
            "2. Requests the Secretary-General to report on clean cooking at the next session."]
    found = rules(_text(tmp_path, [*HEAD, *body]), lib)
    assert "amendment-trace" not in found
