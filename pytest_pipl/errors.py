"""Errors a user can act on.

Every error pytest-pipl raises for bad input is a :class:`PiplError` whose
message is one paragraph: which file, what is wrong with it, what to do.  The
pytest layer prints that paragraph instead of a traceback.
"""

from __future__ import annotations


class PiplError(Exception):
    """A problem with the user's input (an app, a policy, an option)."""


class AppLoadError(PiplError):
    """An app file could not be read as an Android build."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        text = f"cannot load app {path}: {problem}."
        if hint:
            text += f" {hint}"
        super().__init__(text)


class CannotAnalyse(Exception):
    """A check cannot see what it needs (packed code, unreadable DEX, no policy).

    Raised by a rule instead of returning no findings, so that a blind check
    fails with this reason and never passes silently.
    """

    def __init__(self, reason: str, reason_zh: str | None = None) -> None:
        self.reason = reason
        self.reason_zh = reason_zh or reason
        super().__init__(reason)
