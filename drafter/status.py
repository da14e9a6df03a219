"""The one list of exit codes the command line uses."""

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of every drafter command."""

    OK = 0
    FINDINGS = 1  # lint or check found problems (check: at least one error)
    BAD_INPUT = 2  # unusable input or usage error: nothing was written
    UNREADABLE = 3  # a file could not be read as what it claims to be
    INTERRUPTED = 130  # Ctrl-C / end of input; answers were saved for resuming


class DrafterError(Exception):
    """An error that is reported to the user as a message, never as a traceback."""

    status: ExitStatus = ExitStatus.BAD_INPUT
    language: str = ""  # the language of the input it is about ("zh": a Chinese answers file), when known

    def __init__(self, message: str, status: ExitStatus | None = None, zh: str = "") -> None:
        super().__init__(message)
        self.zh = zh  # the message in Chinese, when the layer that raised it has one
        if status is not None:
            self.status = status

    @classmethod
    def unreadable(cls, path: object, reason: str, zh: str) -> "DrafterError":
        """A file that cannot be read (exit UNREADABLE): its path and the reason, in English and in Chinese."""
        return cls(f"{path}: {reason}", ExitStatus.UNREADABLE, zh=f"{path}：{zh}")

    def text(self, lang: str) -> str:
        """The message in ``lang``: its Chinese for "zh" when there is one, else the message as raised."""
        return self.zh if lang == "zh" and self.zh else str(self)
