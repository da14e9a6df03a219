"""Load on the web desk: ``drafter serve`` started on 127.0.0.1 (a fresh desk in a temporary folder), then N simulated
delegates for D seconds, each uploading a draft now and then and, in between, polling its submissions' status and
the room's screen of an approved draft about once a second each, as the pages do.

Prints the requests served, the errors (any answer but the expected one, or a failed connection: the goal is 0) and
the median and 95th percentile latency of an upload (sent, checked, fixed and commented copies written, answered)
and of a poll. Standard library only; the server is never anything but 127.0.0.1.

    python bench/serve_load.py                      # 60 delegates for 60 s
    python bench/serve_load.py --delegates 10 --seconds 15
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HOST = "127.0.0.1"
DRAFTS = Path(__file__).resolve().parent / "students" / "word"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
COOKIE = re.compile(r"desk_session=([^;]+)")


@dataclass
class Tally:
    """What every simulated delegate saw, gathered under one lock."""

    uploads: list[float] = field(default_factory=list)
    polls: list[float] = field(default_factory=list)
    served: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ok(self, kind: list[float] | None, seconds: float) -> None:
        with self.lock:
            self.served += 1
            if kind is not None:
                kind.append(seconds)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors.append(what)


class Browser:
    """One delegate's connection (kept alive) and session cookie."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection(HOST, port, timeout=120)
        self.cookie = ""

    def send(self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
             ) -> tuple[int, dict[str, str], bytes]:
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = f"desk_session={self.cookie}"
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile: once more on a new one
            try:
                self.connection.request(method, path, body=body or None, headers=sent)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=120)
                if attempt == 2:
                    raise
        found = COOKIE.search(response.getheader("Set-Cookie") or "")
        if found:
            self.cookie = found.group(1)
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data

    def csrf(self, path: str) -> str:
        status, _, page = self.send("GET", path)
        found = CSRF.search(page.decode())
        if status != 200 or not found:
            raise RuntimeError(f"GET {path}: {status}, no form")
        return found.group(1)

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        from urllib.parse import urlencode

        return self.send("POST", path, urlencode(fields).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self, code: str) -> None:
        status, headers, _ = self.post_form("/login", {"code": code, "csrf": self.csrf("/")})
        if status != 303:
            raise RuntimeError(f"sign-in refused: {status}")

    def upload(self, name: str, data: bytes, csrf: str) -> tuple[int, str]:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n"
                ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
        status, headers, _ = self.send("POST", "/delegate/upload", body,
                                       {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        return status, headers.get("location", "")


def start_server(folder: Path, port: int) -> subprocess.Popen[bytes]:
    log = (folder.parent / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--dir", str(folder), "--host", HOST,
                               "--port", str(port), "--lang", "en"], stdout=log, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL)
    for _ in range(1200):
        if server.poll() is not None:
            raise SystemExit(f"drafter serve stopped:\n{(folder.parent / 'serve.log').read_text()}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("drafter serve did not answer within 2 minutes")


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def prepare(folder: Path, port: int, delegates: int, drafts: list[tuple[str, bytes]]) -> tuple[list[str], int]:
    """The delegations' codes (made in the desk's store before it starts) and an approved draft for the screen."""
    from drafter.serve.store import Store

    store = Store(folder)
    codes = [store.add_delegation(f"Delegation {n:03d}").code for n in range(1, delegates + 1)]
    chair_code = store.chair_code
    server = start_server(folder, port)
    try:
        author = Browser(port)
        author.sign_in(store.add_delegation("Screen author").code)
        clean = next(data for name, data in drafts if name.startswith("en-w13"))
        status, location = author.upload("screen.docx", clean, author.csrf("/delegate"))
        sid = int(location.rsplit("/", 1)[1])
        chair = Browser(port)
        chair.sign_in(chair_code)
        status, _, _ = chair.post_form(f"/chair/submissions/{sid}/approve",
                                       {"symbol": "A/C.3/L.1", "csrf": chair.csrf("/chair")})
        if status != 303:
            raise SystemExit(f"approving the screen's draft failed: {status}")
    finally:
        server.terminate()
        server.wait(timeout=60)
    return codes, sid


def delegate(port: int, code: str, drafts: list[tuple[str, bytes]], screen: int, times: tuple[float, float, float],
             every: float, tally: Tally, seed: int) -> None:
    """One delegate: sign in; from ``times`` (begin, first upload, end) poll, and upload a draft every ``every``
    seconds from the first upload."""
    start, next_upload, until = times
    rng = random.Random(seed)
    browser = Browser(port)
    try:
        browser.sign_in(code)
        csrf = browser.csrf("/delegate")
    except Exception as exc:  # noqa: BLE001 (counted, and the delegate stops)
        tally.error(f"sign-in: {exc}")
        return
    time.sleep(max(0.0, start - time.monotonic()))
    version = ""
    while time.monotonic() < until:
        now = time.monotonic()
        try:
            if now >= next_upload:
                name, data = drafts[rng.randrange(len(drafts))]
                began = time.perf_counter()
                status, location = browser.upload(name, data, csrf)
                if status == 303 and re.fullmatch(r"/submissions/\d+", location):
                    tally.ok(tally.uploads, time.perf_counter() - began)
                else:
                    tally.error(f"upload {name}: {status}")
                next_upload += every
                continue
            began = time.perf_counter()
            status, _, body = browser.send("GET", "/api/submissions")
            if status == 200 and isinstance(json.loads(body), list):
                tally.ok(tally.polls, time.perf_counter() - began)
            else:
                tally.error(f"status poll: {status}")
            began = time.perf_counter()
            status, _, body = browser.send("GET", f"/api/screen/{screen}?since={version}")
            if status == 200:
                version = str(json.loads(body)["version"])
                tally.ok(tally.polls, time.perf_counter() - began)
            else:
                tally.error(f"screen poll: {status}")
        except Exception as exc:  # noqa: BLE001 (a failed connection is an error of the run)
            tally.error(f"{type(exc).__name__}: {exc}")
        time.sleep(max(0.0, 1.0 - (time.monotonic() - now)) * rng.uniform(0.8, 1.2))


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delegates", type=int, default=60, help="simulated delegates (default 60)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they work (default 60)")
    parser.add_argument("--upload-every", type=float, default=20,
                        help="seconds between one delegate's uploads (default 20: 3 uploads a second from 60)")
    args = parser.parse_args()
    drafts = [(p.name, p.read_bytes()) for p in sorted(DRAFTS.glob("*.docx"))]
    with tempfile.TemporaryDirectory(prefix="serve-load-") as tmp:
        folder = Path(tmp) / "desk"
        port = free_port()
        codes, screen = prepare(folder, port, args.delegates, drafts)
        server = start_server(folder, port)
        load_before = os.getloadavg()
        tally = Tally()
        began = time.monotonic() + 2.0  # every delegate signed in first
        until = began + args.seconds
        threads = [threading.Thread(target=delegate, args=(
            port, code, drafts, screen, (began, began + n * args.upload_every / len(codes), until),
            args.upload_every, tally, n), daemon=True) for n, code in enumerate(codes)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.monotonic() - began
        load_after = os.getloadavg()
        server.terminate()
        server.wait(timeout=60)
    print(f"{args.delegates} delegates for {args.seconds:.0f} s (an upload every {args.upload_every:.0f} s each, "
          f"polls about twice a second each) against http://{HOST}:{port}/ on {os.cpu_count()} cores")
    print(f"load average before / after: {load_before[0]:.1f} / {load_after[0]:.1f}")
    print(f"requests served: {tally.served} in {took:.1f} s ({tally.served / took:.0f}/s), "
          f"errors: {len(tally.errors)}")
    print(f"upload (checked, both copies written): {len(tally.uploads)}, {percentiles(tally.uploads)}")
    print(f"poll (status or screen): {len(tally.polls)}, {percentiles(tally.polls)}")
    for error in tally.errors[:10]:
        print(f"  error: {error}")


if __name__ == "__main__":
    main()
