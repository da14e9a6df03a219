"""Writing files safely: whole or not at all, never over an existing file without force."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from drafter.oserrors import reason_zh
from drafter.status import DrafterError

MAX_NAME_BYTES = 255


def name_problem(raw: str | Path) -> str:
    """Why an output path names no usable file ("/", ".", "..", a trailing slash, a name over 255 bytes); "" if fine."""
    return _name_problems(raw)[0]


def _name_problems(raw: str | Path) -> tuple[str, str]:
    """:func:`name_problem` in English and in Chinese; ("", "") if fine."""
    text = str(raw)
    name = Path(text).name
    if not text.strip() or text.endswith(("/", os.sep)) or name in ("", ".", ".."):
        return (f"{_shown(text)} names a folder, not a file; give a file name",
                f"{_shown(text)} 是文件夹，不是文件；请给出文件名")
    if any(len(os.fsencode(part)) > MAX_NAME_BYTES for part in Path(text).parts):
        return (f"{_shown(text)} has a name longer than {MAX_NAME_BYTES} bytes",
                f"{_shown(text)} 的名称超过 {MAX_NAME_BYTES} 字节")
    return "", ""


def relative_problem(raw: str) -> str:
    """Why an answers file's ``output`` is not a path relative to its folder (absolute, or from a home folder); ""."""
    if raw.startswith("~") or Path(raw).is_absolute() or Path(raw).drive:
        return f"{_shown(raw)} is not relative to the answers file's folder; give a path like drafts/name.docx"
    return ""


def inside_problem(path: Path, folders: Iterable[Path]) -> str:
    """Why ``path`` is outside every one of ``folders`` (after resolving ``..`` and links); "" if inside one."""
    resolved = path.resolve()
    allowed = list(dict.fromkeys(folder.resolve() for folder in folders))
    if any(resolved.is_relative_to(folder) for folder in allowed):
        return ""
    return (f"{path} is outside the answers file's folder and the current folder ({', '.join(map(str, allowed))}); "
            "drafter writes only there")


def check_name(raw: str | Path, what: str = "output") -> None:
    """Raise :class:`DrafterError` when :func:`name_problem` finds one."""
    problem, zh = _name_problems(raw)
    if problem:
        raise DrafterError(f"{what} {problem}", zh=f"{what} {zh}")


def check_output(raw: str, what: str, suffixes: tuple[str, ...]) -> None:
    """Refuse an output name that names a folder or whose extension is not one of ``suffixes`` (".docx")."""
    check_name(raw, what)
    suffix = Path(raw).suffix.lower()
    if suffix not in suffixes:
        wanted = " or ".join(suffixes)
        raise DrafterError(f"{what} {_shown(raw)}: this writes a {suffixes[0][1:]} file; give a name ending in {wanted}",
                           zh=f"{what} {_shown(raw)}：此命令写入 {suffixes[0][1:]} 文件；请给出以 "
                              f"{' 或 '.join(suffixes)} 结尾的文件名")


def exists(path: Path) -> bool:
    """``path.exists()``, with a clear message instead of an error for names the system refuses."""
    try:
        return path.exists()
    except OSError as exc:
        raise DrafterError(f"cannot use {_shown(str(path), 120)}: {exc.strerror}",
                           zh=f"无法使用 {_shown(str(path), 120)}（{reason_zh(exc)}）") from None


def _shown(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def check_writable(path: Path, force: bool) -> None:
    """Refuse early when ``path`` exists and ``force`` is not given."""
    check_name(path)
    present = exists(path)
    if present and not force:
        raise DrafterError(f"{path} already exists; use --force to replace it",
                           zh=f"{path} 已存在；如要替换，请加 --force")
    if present and path.is_dir():
        raise DrafterError(f"{path} is a folder", zh=f"{path} 是文件夹")


def check_not_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Refuse when an output would replace a file this same run reads (even with --force)."""
    read = list(inputs)
    for out in outputs:
        for source in read:
            if _same(out, source):
                raise DrafterError(f"{out} is an input of this command ({source}); it is never written over, "
                                   "even with --force: give another output name",
                                   zh=f"{out} 是此命令读取的文件（{source}）；即使加 --force 也不会覆盖它，"
                                      "请另取输出文件名")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it into place.

    Without ``force`` the final name is created with a hard link (or an exclusive create), which fails
    when the file appeared in the meantime, e.g. written by another drafter running at the same time.
    """
    check_writable(path, force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=path.parent)
    except FileExistsError:
        raise DrafterError(f"cannot write {path}: {path.parent} is not a folder",
                           zh=f"无法写入 {path}：{path.parent} 不是文件夹") from None
    except OSError as exc:
        raise DrafterError(f"cannot write {path}: {exc.strerror}",
                           zh=f"无法写入 {path}（{reason_zh(exc)}）") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        if force:
            os.replace(tmp, path)
        else:
            _create_new(Path(tmp), path)
    except FileExistsError:
        raise DrafterError(f"{path} already exists (it appeared while drafter was writing); "
                           "use --force to replace it",
                           zh=f"{path} 已存在（在 drafter 写入时出现）；如要替换，请加 --force") from None
    except IsADirectoryError:
        raise DrafterError(f"{path} is a folder", zh=f"{path} 是文件夹") from None
    except OSError as exc:
        raise DrafterError(f"cannot write {path}: {exc.strerror}",
                           zh=f"无法写入 {path}（{reason_zh(exc)}）") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _create_new(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path``; FileExistsError if ``path`` exists, whoever made it."""
    try:
        os.link(tmp, path)
        return
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
    # a file system without hard links: claim the name exclusively, then move the whole file over it
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    os.replace(tmp, path)
