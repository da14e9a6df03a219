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

    def __init__(self, message: str, status: ExitStatus | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
