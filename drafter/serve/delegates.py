"""The delegates' routes: signing in (a code, or registering when submission is open), uploading a draft, the
checker's report on it, its corrected and commented copies, and the delegation's own list."""

from __future__ import annotations

import shutil

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from drafter.serve import work
from drafter.serve.desk import MIB, Desk, one_line, shown_name
from drafter.serve.records import Conflict, Submission
from drafter.serve.security import Refusal, Visit

DOWNLOADS = {"original": work.ORIGINAL, "fixed": work.FIXED, "comments": work.COMMENTED}


def desk_of(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


async def home(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    approved = [s for s in desk.store.submissions() if s.status == "approved"]
    return desk.page(request, who, "home.html", open_submission=desk.store.open_submission, screens=approved)


async def login(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    form = await desk.form(request, who)
    code = form.get("code")
    found = desk.store.who(code) if isinstance(code, str) and len(code) <= 64 else None
    if found is None:
        raise Refusal(403, "bad-code")
    return _sign_in(request, desk, who, *found)


def _sign_in(request: Request, desk: Desk, who: Visit, role: str, delegation_id: int | None) -> Response:
    """A new session for the signed-in role (the visitor's old token is dropped: no fixation)."""
    desk.store.end_session(who.session.token)
    who.session = desk.store.new_session(role, delegation_id)
    who.fresh = True
    return desk.go(request, who, "/chair" if role == "chair" else "/delegate")


async def logout(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    await desk.form(request, who)
    return _sign_in_visitor(request, desk, who)


def _sign_in_visitor(request: Request, desk: Desk, who: Visit) -> Response:
    desk.store.end_session(who.session.token)
    who.session = desk.store.new_session()
    who.fresh = True
    return desk.go(request, who, "/")


async def join(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    if not desk.store.open_submission:
        raise Refusal(403, "closed")
    if request.method == "GET":
        return desk.page(request, who, "join.html")
    form = await desk.form(request, who)
    name = one_line(form, "name", 80)
    if not name:
        raise Refusal(400, "bad-name")
    try:
        delegation = desk.store.add_delegation(name)
    except Conflict as exc:
        raise Refusal(409, exc.key) from None
    desk.store.end_session(who.session.token)
    who.session = desk.store.new_session("delegation", delegation.id)
    who.fresh = True
    return desk.page(request, who, "joined.html", code=delegation.code)


async def delegate(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    if who.is_chair:
        return desk.go(request, who, "/chair")
    if who.delegation_id is None:
        raise Refusal(403, "delegation-only")
    return desk.page(request, who, "delegate.html", submissions=desk.store.submissions(who.delegation_id),
                     mib=desk.max_upload // MIB)


async def upload(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    if who.delegation_id is None:
        raise Refusal(403, "delegation-only")
    form = await desk.form(request, who, cap=desk.max_upload + 64 * 1024)
    sent = form.get("file")
    if not isinstance(sent, UploadFile):
        raise Refusal(400, "no-file")
    data = await sent.read()
    if not data:
        raise Refusal(400, "no-file")
    if len(data) > desk.max_upload:
        raise Refusal(413, "too-large", mib=desk.max_upload // MIB)
    name = shown_name(sent.filename)
    folder = desk.store.new_folder()
    try:
        desk.store.write_file(folder.name, work.ORIGINAL, data)
        report = await run_in_threadpool(work.check_into, folder, name, desk.lib, desk.conference)
        submission_id = desk.store.add_submission(who.delegation_id, folder.name, name, report)
    except work.Refused as exc:
        shutil.rmtree(folder, ignore_errors=True)
        why = exc.text(who.lang)
        raise Refusal(400, "not-docx", name=name, why=why.removeprefix(f"{name}: ").removeprefix(f"{name}：")) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return desk.go(request, who, f"/submissions/{submission_id}")


async def submission(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    found = desk.submission_for(who, request.path_params["sid"])
    report = work.in_language(found.report, who.lang)
    by_paragraph: dict[int, list[dict[str, object]]] = {}
    for finding in report["findings"]:
        by_paragraph.setdefault(finding["paragraph"], []).append(finding)
    shown = [p for p in report["paragraphs"] if p["text"].strip() or p["index"] in by_paragraph]
    return desk.page(request, who, "report.html", s=found, report=report, paragraphs=shown, findings=by_paragraph,
                     downloads=_downloads(desk, found))


def _downloads(desk: Desk, found: Submission) -> list[str]:
    return [which for which, name in DOWNLOADS.items() if desk.store.file(found.folder, name).exists()]


async def download(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    found = desk.submission_for(who, request.path_params["sid"])
    which = request.path_params["which"]
    if which not in DOWNLOADS or which not in _downloads(desk, found):
        raise Refusal(404, "not-available")
    path = desk.store.file(found.folder, DOWNLOADS[which])
    return desk.finish(request, who, FileResponse(path, filename=f"submission-{found.id}-{which}.docx",
                                                  media_type=DOCX))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def api_submissions(request: Request) -> Response:
    """The visitor's submissions as JSON: the chair's all, a delegation's its own."""
    desk = desk_of(request)
    who = desk.visit(request)
    if not who.is_chair and who.delegation_id is None:
        raise Refusal(403, "delegation-only")
    listed = desk.store.submissions(None if who.is_chair else who.delegation_id)
    return desk.finish(request, who, JSONResponse([summary_json(s) for s in listed]))


async def api_submission(request: Request) -> Response:
    desk = desk_of(request)
    who = desk.visit(request)
    found = desk.submission_for(who, request.path_params["sid"])
    data = summary_json(found)
    data["findings"] = found.report["findings"]
    return desk.finish(request, who, JSONResponse(data))


def summary_json(s: Submission) -> dict[str, object]:
    return {"id": s.id, "delegation": s.delegation, "title": s.title, "kind": s.kind, "language": s.language,
            "profile": s.profile, "status": s.status, "symbol": s.symbol, "comment": s.comment,
            "summary": {"error": s.errors, "warning": s.warnings, "suggestion": s.suggestions}, "created": s.created}
