"""Typed errors with messages fit for a person.

The services raise these; the command line prints the message on one line and
exits 1, and the GUI shows it in one place.
"""

from __future__ import annotations


class PermitReviewError(Exception):
    """Base of every error that a user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PermissionDenied(PermitReviewError):
    pass


class AuthenticationFailed(PermitReviewError):
    pass


class AccountLocked(AuthenticationFailed):
    pass


class SessionLocked(PermitReviewError):
    """The session is idle-locked: no service call succeeds until it is unlocked."""


class InvalidTransition(PermitReviewError):
    pass


class StaleCase(PermitReviewError):
    """The record changed since the user opened it; nothing was overwritten."""

    def __init__(self, message: str, *, expected: int, actual: int) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class NotFound(PermitReviewError):
    pass


class ValidationError(PermitReviewError):
    """Bad input; `field` names the field (or widget) that holds it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class StoreError(PermitReviewError):
    """The store cannot be opened or used; the message says what to do."""


class StoreBusy(StoreError):
    """Other changes held the store too long, or the server asked for the transaction to be
    run again; nothing was saved, and the same action may simply be tried again."""
