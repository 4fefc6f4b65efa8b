"""Typed errors for ClickSend: the shared hierarchy by HTTP status, and a class for each documented application
code (`response_code` of the error envelope), under the status class it comes with.

    try:
        call(operations.send_sms, client=client, body=...)
    except errors.InsufficientCreditError: ...      # 400 with INSUFFICIENT_CREDIT
    except errors.BadRequestError as error: ...     # any other 400; `error.code` is the response_code

An answer whose code comes with another status than the documented one raises the status's class, with `code`
set. A code in a success status (HTTP 200 with a response_code other than SUCCESS) raises the code's class.
"""

from __future__ import annotations

import json

from ._shared import errors as _shared
from ._shared.errors import *  # noqa: F403 - the whole shared hierarchy, under this API's name
from ._shared.errors import (
    ApiError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
)


class MissingCredentialsError(UnauthorizedError):
    """MISSING_CREDENTIALS: no username or API key was sent."""


class InvalidApiCredentialsError(UnauthorizedError):
    """INVALID_CREDENTIALS: the username or the API key is wrong."""


class AccountNotActivatedError(ForbiddenError):
    """ACCOUNT_NOT_ACTIVATED: the account is not active (verify it first)."""


class NoPermissionToListError(ForbiddenError):
    """NOT_ENOUGH_PERMISSION_TO_LIST_ID: the credentials may not use that contact list."""


class InvalidRecipientError(BadRequestError):
    """INVALID_RECIPIENT: the destination number is invalid."""


class ThrottledError(BadRequestError):
    """THROTTLED: the same body went to the same recipient moments ago; try again in a few seconds."""


class InvalidSenderIdError(BadRequestError):
    """INVALID_SENDER_ID: at most 11 characters if alphanumeric, and no spaces."""


class InsufficientCreditError(BadRequestError):
    """INSUFFICIENT_CREDIT: the account has run out of credit."""


class CountryNotEnabledError(BadRequestError):
    """COUNTRY_NOT_ENABLED: the account may not send to this country."""


class AlreadyExistsError(BadRequestError):
    """ALREADY_EXISTS: the resource exists already."""


class EmptyMessageError(BadRequestError):
    """EMPTY_MESSAGE: the message is empty."""


class TooManyRecipientsError(BadRequestError):
    """TOO_MANY_RECIPIENTS."""


class MissingRequiredFieldsError(BadRequestError):
    """MISSING_REQUIRED_FIELDS: `message` (or `detail`) says which."""


class InvalidScheduleError(BadRequestError):
    """INVALID_SCHEDULE: the schedule is not a Unix time (e.g. 1429170372)."""


class InvalidLangError(BadRequestError):
    """INVALID_LANG: not a language of `list_voice_languages`."""


class InvalidVoiceError(BadRequestError):
    """INVALID_VOICE: not a voice (gender) the language has."""


class SubjectRequiredError(BadRequestError):
    """SUBJECT_REQUIRED: an MMS needs a subject."""


class InvalidMediaFileError(BadRequestError):
    """INVALID_MEDIA_FILE: the MMS media file is not a valid one."""


class InternalError(ServerError):
    """INTERNAL_ERROR, SOMETHING_IS_WRONG: the service failed."""


# The documented application codes, each with its class (the HTTP status names map to the shared classes).
CODE_CLASSES: dict[str, type[ApiError]] = {
    "MISSING_CREDENTIALS": MissingCredentialsError,
    "INVALID_CREDENTIALS": InvalidApiCredentialsError,
    "UNAUTHORIZED": UnauthorizedError,
    "ACCOUNT_NOT_ACTIVATED": AccountNotActivatedError,
    "NOT_ENOUGH_PERMISSION_TO_LIST_ID": NoPermissionToListError,
    "FORBIDDEN": ForbiddenError,
    "INVALID_RECIPIENT": InvalidRecipientError,
    "THROTTLED": ThrottledError,
    "INVALID_SENDER_ID": InvalidSenderIdError,
    "INSUFFICIENT_CREDIT": InsufficientCreditError,
    "COUNTRY_NOT_ENABLED": CountryNotEnabledError,
    "ALREADY_EXISTS": AlreadyExistsError,
    "EMPTY_MESSAGE": EmptyMessageError,
    "TOO_MANY_RECIPIENTS": TooManyRecipientsError,
    "MISSING_REQUIRED_FIELDS": MissingRequiredFieldsError,
    "INVALID_SCHEDULE": InvalidScheduleError,
    "INVALID_LANG": InvalidLangError,
    "INVALID_VOICE": InvalidVoiceError,
    "SUBJECT_REQUIRED": SubjectRequiredError,
    "INVALID_MEDIA_FILE": InvalidMediaFileError,
    "BAD_REQUEST": BadRequestError,
    "NOT_FOUND": NotFoundError,
    "TOO_MANY_REQUESTS": RateLimitedError,
    "INTERNAL_ERROR": InternalError,
    "SOMETHING_IS_WRONG": InternalError,
    "INTERNAL_SERVER_ERROR": ServerError,
}

__all__ = [
    *_shared.__all__,
    "CODE_CLASSES",
    "AccountNotActivatedError",
    "AlreadyExistsError",
    "CountryNotEnabledError",
    "EmptyMessageError",
    "InsufficientCreditError",
    "InternalError",
    "InvalidApiCredentialsError",
    "InvalidLangError",
    "InvalidMediaFileError",
    "InvalidRecipientError",
    "InvalidScheduleError",
    "InvalidSenderIdError",
    "InvalidVoiceError",
    "MissingCredentialsError",
    "MissingRequiredFieldsError",
    "NoPermissionToListError",
    "SubjectRequiredError",
    "ThrottledError",
    "TooManyRecipientsError",
    "error_details",
    "for_code",
]


def error_details(status: int, content: bytes) -> tuple[str | int | None, str | None]:
    """(response_code, response_msg) of an error envelope; (None, None) when it is not one (a proxy's page)."""
    try:
        body = json.loads(content)
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("response_code"), body.get("response_msg")
    return (code if isinstance(code, str) else None), (message if isinstance(message, str) else None)


def for_code(error: ApiError) -> ApiError:
    """The class of the error's application code, when the code comes with this status (or in a 2xx)."""
    chosen = CODE_CLASSES.get(error.code) if isinstance(error.code, str) else None
    if chosen is None or type(error) is chosen:
        return error
    expected = _shared.error_class(error.status)
    if error.status < 300 or issubclass(chosen, expected):
        return chosen(
            error.operation, error.status, error.detail, code=error.code, message=error.message, headers=error.headers
        )
    return error
