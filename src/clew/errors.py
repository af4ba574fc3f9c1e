"""One base exception, narrow subclasses; messages say what to do."""

from __future__ import annotations


class ClewError(Exception):
    """Base class of every error Clew raises on purpose."""


class InputError(ClewError):
    """A record, file or field could not be read.

    ``where`` names the file and line/record so the user can find the bad input.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        self.reason = message
        super().__init__(f"{where}: {message}" if where else message)


class RulePackError(ClewError):
    """A rule pack file is invalid; the message names the file and field."""


class WorkspaceError(ClewError):
    """The workspace is missing, locked or from an incompatible version."""


class NotFoundError(ClewError):
    """A document, network or other stored object does not exist."""
