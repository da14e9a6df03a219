"""``drafter serve``: the committee's desk in a web page. Delegates upload drafts and read the checker's report,
the chair approves, returns and runs the amendment desk, and the room's screen shows the draft as amended.

``store`` keeps the desk's state (SQLite and the files it names; ``records`` its rows), ``codes`` the access codes, ``work`` runs the
checker and the reviser on the desk's files, ``tracked`` turns a revised draft into pieces for a web page,
``words`` holds the pages' words in English and Chinese, ``security`` sessions and CSRF, ``app`` the routes.

May import ``drafter.revise``, ``drafter.check``, ``drafter.conference``, ``drafter.compose``, ``drafter.structure``,
``drafter.library``, ``drafter.word`` and the shared leaves; ``drafter.commands`` imports it.
"""
