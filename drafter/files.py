"""Writing files safely: whole or not at all, never over an existing file without force."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.status import DrafterError


def check_writable(path: Path, force: bool) -> None:
    """Refuse early when ``path`` exists and ``force`` is not given."""
    if path.exists() and not force:
        raise DrafterError(f"{path} already exists; use --force to replace it")
    if path.exists() and path.is_dir():
        raise DrafterError(f"{path} is a folder")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    check_writable(path, force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise DrafterError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        if not force and path.exists():
            raise DrafterError(f"{path} already exists; use --force to replace it")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
