"""Typed errors for SMSC: the error replies the service sends inside HTTP 200, one class per documented code.

Codes 3 and 5 mean different things per command (no money on send.php, no records on lists, a failed save on
jobs.php; a bad date on send.php, a failed delete on status.php, a failed operation elsewhere), so the class
is chosen by command and code. Every error carries the code, the documented meaning and the service's own
short description; none carries credentials.
"""

from __future__ import annotations

from ._shared import errors as _shared
from ._shared.errors import *  # noqa: F403 - the whole shared hierarchy, under this API's name
from ._shared.errors import GatewayError, ResponseFormatError

__all__ = [
    *_shared.__all__,
    "AuthorisationError",
    "CharsetError",
    "DeleteFailedError",
    "InsufficientFundsError",
    "InvalidDateError",
    "InvalidNumberError",
    "InvalidParametersError",
    "IpBlockedError",
    "MessageDeniedError",
    "NoRecordsError",
    "OperationFailedError",
    "SaveFailedError",
    "SmscError",
    "ThrottledError",
    "UndeliverableError",
    "error_for_code",
]


class CharsetError(GatewayError):
    """The request text cannot be encoded in the charset the request names."""


class SmscError(GatewayError):
    """An error reply. `code` is the documented code (1-9), `meaning` what the documentation says it means,
    `description` the service's own words, `message_id` the message id some send errors carry."""

    code = 0
    meaning = "unknown error"

    def __init__(self, operation: str, description: str, message_id: int | None = None) -> None:
        self.operation = operation
        self.description = description
        self.message_id = message_id
        suffix = f" (message id {message_id})" if message_id is not None else ""
        super().__init__(f"{operation}: SMSC error {self.code}, {self.meaning}: {description}{suffix}")


class InvalidParametersError(SmscError):
    code, meaning = 1, "error in the parameters"


class AuthorisationError(SmscError):
    code, meaning = 2, "invalid login or password (or a request from an IP outside the account's allow list)"


class InsufficientFundsError(SmscError):
    code, meaning = 3, "not enough money on the account"


class NoRecordsError(SmscError):
    code, meaning = 3, "no records found"


class SaveFailedError(SmscError):
    code, meaning = 3, "the mailing could not be saved"


class IpBlockedError(SmscError):
    code, meaning = 4, "IP address temporarily blocked after frequent errors"


class InvalidDateError(SmscError):
    code, meaning = 5, "invalid date format"


class DeleteFailedError(SmscError):
    code, meaning = 5, "the message could not be deleted"


class OperationFailedError(SmscError):
    code, meaning = 5, "the operation failed"


class MessageDeniedError(SmscError):
    code, meaning = 6, "message forbidden (by its text or sender name)"


class InvalidNumberError(SmscError):
    code, meaning = 7, "invalid phone number"


class UndeliverableError(SmscError):
    code, meaning = 8, "the message cannot be delivered to this number"


class ThrottledError(SmscError):
    code, meaning = 9, "too many (identical or concurrent) requests: wait a minute"


_BY_CODE: dict[int, type[SmscError]] = {
    1: InvalidParametersError,
    2: AuthorisationError,
    3: NoRecordsError,
    4: IpBlockedError,
    5: OperationFailedError,
    6: MessageDeniedError,
    7: InvalidNumberError,
    8: UndeliverableError,
    9: ThrottledError,
}
_BY_COMMAND: dict[tuple[str, int], type[SmscError]] = {
    ("send", 3): InsufficientFundsError,
    ("jobs", 3): SaveFailedError,
    ("send", 5): InvalidDateError,
    ("status", 5): DeleteFailedError,
}


def error_for_code(
    operation: str, command: str, code: int, description: str, message_id: int | None = None
) -> GatewayError:
    """The typed error for an error reply; an undocumented code is a malformed reply."""
    cls = _BY_COMMAND.get((command, code)) or _BY_CODE.get(code)
    if cls is None:
        return ResponseFormatError(operation, f"error reply with undocumented code {code}")
    return cls(operation, description, message_id)
