"""``drafter serve`` for real: uvicorn on a port of 127.0.0.1, what it prints, a page over HTTP, a restart on the
same folder."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PORTS = range(8765, 8776)  # the desk's own range


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.skip("no free port in 8765-8775")


def start(folder: Path, port: int) -> tuple[subprocess.Popen[str], list[str]]:
    server = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--dir", str(folder), "--port", str(port),
                               "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert server.stdout is not None
    lines = []
    for line in server.stdout:  # the banner ends with how to stop it
        lines.append(line.rstrip())
        if "Ctrl+C" in line:
            break
    return server, lines


def get(port: int, path: str) -> tuple[int, str]:
    for _ in range(200):  # uvicorn binds just after the banner
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()
        except (ConnectionError, urllib.error.URLError):
            time.sleep(0.05)
    raise AssertionError(f"nothing answers on port {port}")


def test_serve_prints_the_address_and_the_chair_code_and_serves(tmp_path: Path) -> None:
    port = free_port()
    server, lines = start(tmp_path / "desk", port)
    try:
        assert f"  open:        http://127.0.0.1:{port}/" in lines
        code = re.search(r"chair code:\s+(\S+)", "\n".join(lines))
        assert code, lines
        status, page = get(port, "/")
        assert status == 200 and 'id="login-form"' in page
        assert get(port, "/chair")[0] == 403
    finally:
        server.terminate()
        server.wait(timeout=20)
    again, lines = start(tmp_path / "desk", port)  # the same desk: the same chair code
    try:
        assert code.group(1) in "\n".join(lines)
        assert get(port, "/")[0] == 200
    finally:
        again.terminate()
        again.wait(timeout=20)
