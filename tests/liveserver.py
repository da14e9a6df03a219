"""``drafter serve`` as a real process on 127.0.0.1 (for the browser and crash tests): started on a free port, waited
for until it answers, stopped gently or killed with SIGKILL. Its output goes to a log file beside the desk, so a
full pipe never blocks it and a failing test can show what it said."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

START_TIMEOUT = 120.0  # seconds: a loaded 2-core machine can take long to import the desk


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now (the system's choice, so parallel workers differ)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LiveDesk:
    """``drafter serve --dir folder`` on 127.0.0.1; :meth:`start` it again after :meth:`kill` or :meth:`stop` (the
    same folder, the same port when it is still free)."""

    def __init__(self, folder: Path, lang: str = "en") -> None:
        self.folder = folder
        self.lang = lang
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.folder.parent / f"{self.folder.name}-serve-{self.starts}.log"

    def start(self) -> None:
        """Start the server and return once its home page answers."""
        assert self.process is None, "already running"
        self.starts += 1
        try:
            self._launch()
        except OSError:  # the port was taken meanwhile: another one
            self.port = free_port()
            self._launch()

    def _launch(self) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "drafter", "serve", "--dir", str(self.folder), "--port", str(self.port),
                 "--lang", self.lang], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                cwd=self.folder.parent)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                said = self.log.read_text(errors="replace")
                if "cannot listen" in said:
                    raise OSError(said)
                raise AssertionError(f"drafter serve stopped at start-up:\n{said}")
            try:
                with urllib.request.urlopen(f"{self.url}/", timeout=5) as response:
                    if response.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        self.kill()
        raise AssertionError(f"drafter serve did not answer within {START_TIMEOUT:.0f} s:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when the power goes."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
            self.process = None

    def stop(self) -> None:
        """Stop it as Ctrl+C does."""
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
            self.process = None
