"""The room's screen: an approved draft's current text, tracked changes coloured, in large type; the page asks
``/api/screen/N`` twice a second and redraws when the draft's version changed. Anyone may look: it is the text
the room sees."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from drafter.serve.delegates import desk_of
from drafter.serve.desk import Desk
from drafter.serve.records import Submission
from drafter.serve.security import Refusal

POLL_MS = 500


def _shown(desk: Desk, submission_id: int) -> Submission:
    found = desk.store.submission(submission_id)
    if found is None or found.status != "approved":
        raise Refusal(404, "no-submission")
    return found


def _text(desk: Desk, found: Submission) -> str:
    version = desk.store.current_version(found.id)
    paragraphs = version.pieces if version else []
    return desk.templates.get_template("text.html").render(paragraphs=paragraphs)


async def screen(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    found = _shown(desk, request.path_params["sid"])
    return desk.page(request, who, "screen.html", s=found, text=_text(desk, found), poll=POLL_MS,
                     text_lang="zh-Hans" if found.language == "zh" else "en")


async def api_screen(request: Request) -> Response:
    """{"version": N, "symbol", "html"}: ``html`` left out when ``?since=`` is the current version."""
    desk = desk_of(request)
    found = _shown(desk, request.path_params["sid"])
    data: dict[str, object] = {"version": found.version, "symbol": found.symbol}
    if request.query_params.get("since", "") != str(found.version):
        data["html"] = _text(desk, found)
    return JSONResponse(data, headers={"Cache-Control": "no-store"})
