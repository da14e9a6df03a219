"""The approval panel: a conference's rules file (committees, signatures, sponsors, length, amendments, voting),
those rules over a batch of drafts, and votes under the conference's majority."""

from drafter.conference.draft import Draft, Named, read_draft
from drafter.conference.load import load
from drafter.conference.model import Committee, Conference
from drafter.conference.panel import Breach, Entry, Panel
from drafter.conference.rules import PANEL_RULES
from drafter.conference.vote import Outcome, Tally, decide

__all__ = ["PANEL_RULES", "Breach", "Committee", "Conference", "Draft", "Entry", "Named", "Outcome", "Panel", "Tally",
           "decide", "load", "read_draft"]
