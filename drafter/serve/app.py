"""The desk as a Starlette application: :func:`create_app` makes it for one desk folder; the route table says
who may call what (the handlers check it); refusals become a message page, or JSON under ``/api/``."""

from __future__ import annotations

import logging
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from drafter.conference import Conference
from drafter.library import Library
from drafter.serve import chair, delegates, screen
from drafter.serve.desk import HERE, MIB, Desk
from drafter.serve.security import Refusal, language
from drafter.serve.store import Store
from drafter.serve.words import say

log = logging.getLogger("drafter.serve")
DEFAULT_UPLOAD_MIB = 10

ROUTES = [
    # anyone
    Route("/", delegates.home, name="home"),
    Route("/login", delegates.login, methods=["POST"]),
    Route("/logout", delegates.logout, methods=["POST"]),
    Route("/join", delegates.join, methods=["GET", "POST"]),  # only while the chair allows open submission
    Route("/screen/{sid:int}", screen.screen),  # approved drafts only
    Route("/api/screen/{sid:int}", screen.api_screen),
    # a delegation (its own submissions) or the chair (every one)
    Route("/delegate", delegates.delegate),
    Route("/delegate/upload", delegates.upload, methods=["POST"]),
    Route("/submissions/{sid:int}", delegates.submission),
    Route("/submissions/{sid:int}/{which:str}.docx", delegates.download),
    Route("/drafts/{sid:int}/current.docx", chair.current),
    Route("/drafts/{sid:int}/current.pdf", chair.current),
    Route("/drafts/{sid:int}/versions/{n:int}.docx", chair.current),
    Route("/drafts/{sid:int}/versions/{n:int}.pdf", chair.current),
    Route("/api/submissions", delegates.api_submissions),
    Route("/api/submissions/{sid:int}", delegates.api_submission),
    # the chair
    Route("/chair", chair.chair),
    Route("/chair/delegations", chair.add_delegation, methods=["POST"]),
    Route("/chair/open", chair.open_submission, methods=["POST"]),
    Route("/chair/submissions/{sid:int}/approve", chair.approve, methods=["POST"]),
    Route("/chair/submissions/{sid:int}/return", chair.give_back, methods=["POST"]),
    Route("/chair/drafts/{sid:int}", chair.amendment_desk),
    Route("/chair/drafts/{sid:int}/amendments", chair.add_amendment, methods=["POST"]),
    Route("/chair/amendments/{aid:int}/vote", chair.vote, methods=["POST"]),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]


def create_app(desk: Path, *, lib: Library | None = None, conference: Conference | None = None, lang: str = "en",
               max_upload_mib: int = DEFAULT_UPLOAD_MIB) -> Starlette:
    """The desk whose state lives in the folder ``desk`` (made when missing): ``lib`` the clause library (the
    built-in one when None), ``conference`` the rules the chair's queue adds, ``lang`` the pages' default."""
    if lib is None:
        from drafter import library  # loaded on use: tests pass their own library

        lib = library.load(library.library_dirs())
    app = Starlette(routes=ROUTES, exception_handlers={
        Refusal: refused, HTTPException: http_error, Exception: crashed})
    store = Store(desk)
    store.sweep()
    app.state.desk = Desk(store, lib, conference, lang, max_upload_mib * MIB)
    return app


def _answer(request: Request, status: int, key: str, **values: object) -> Response:
    desk: Desk = request.app.state.desk
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": key, "message": say(language(request, desk.lang), key, **values)},
                            status_code=status)
    try:
        who = desk.visit(request)
    except Exception:  # the store itself failing: a plain page still says so
        text = say(language(request, desk.lang), key, **values)
        return Response(text, status_code=status, media_type="text/plain; charset=utf-8")
    return desk.page(request, who, "message.html", status=status, message=say(who.lang, key, **values),
                     key=key, code=status)


async def refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    return _answer(request, exc.status, exc.key, **exc.values)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    key = {404: "not-found", 405: "method"}.get(exc.status_code, "bad-form")
    values = {"why": exc.detail} if key == "bad-form" else {}
    return _answer(request, exc.status_code, key, **values)


async def crashed(request: Request, exc: Exception) -> Response:
    log.exception("drafter serve: %s %s failed", request.method, request.url.path, exc_info=exc)
    return _answer(request, 500, "server-error")
