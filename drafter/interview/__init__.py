"""The terminal questionnaire of ``drafter new``.

- asker: the small :class:`~drafter.interview.asker.Asker` protocol, :class:`Option` and :class:`GoBack` that
  the questions and the widgets share (neither knows the other).
- flow: the order of the questions and going back; state: what a run knows so far; steps/: the questions
  themselves; suggest: which clauses are ticked at first; clausetext: clauses as the questions show them;
  messages: their words in English and Chinese; resume: resume and earlier answers files; session: a whole run,
  from the first question to the written files.
- questionnaire: the terminal asker (the only module importing questionary); picker, outlineview, textprompt:
  its prompt_toolkit widgets, over screen (what they share).
- amendflow: the amendment questions (``drafter new --amendment``).

May import every pipeline package below it (compose, revise, library) and the shared leaves; never the commands.
"""
