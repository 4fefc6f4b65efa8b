"""ClickSend's error answers: the envelope every answer has, `{http_code, response_code, response_msg, data}`,
with the HTTP status, the application code (an ApiError's own `code`, else the status's name from the docs'
Status Codes table) and the message. A body missing a required field is MISSING_REQUIRED_FIELDS ("Some required
fields are missing."), the docs' code for it."""

from __future__ import annotations

from http import HTTPStatus

from starlette.responses import JSONResponse, Response

from ...spec_index import spec_index
from ..core import ApiError, InvalidBody

# The docs' Status Codes table (`info.x-status-codes` of the spec): the `response_code` of each HTTP status.
STATUS_CODES = {int(status): str(code) for status, code in spec_index("clicksend").info_marker["status-codes"].items()}

# The docs' wordings (Status Codes and Application Status Codes).
NOT_FOUND_MESSAGE = "The URI requested is invalid or the resource requested does not exists."
NOT_ALLOWED_MESSAGE = "Method doesn't exist or is not allowed."
RATE_LIMITED_MESSAGE = "Rate Limit Exceeded."
MISSING_CREDENTIALS_MESSAGE = (
    "Not enough information has been supplied for authentication. "
    "Please ensure that your Username and Unique Key are supplied in your request."
)
INVALID_CREDENTIALS_MESSAGE = "Your Username or Unique Key is incorrect."
NOT_ACTIVATED_MESSAGE = "Your account has not been activated."
BANNED_MESSAGE = "This account is banned."


def response_code(error: ApiError) -> str:
    if error.code is not None:
        return error.code
    if isinstance(error, InvalidBody) and error.constraint == "required":
        return "MISSING_REQUIRED_FIELDS"
    if error.status in STATUS_CODES:
        return STATUS_CODES[error.status]
    try:
        return HTTPStatus(error.status).name
    except ValueError:
        return "SOMETHING_IS_WRONG"


def render_error(error: ApiError) -> Response:
    """The error envelope for any ApiError (the core's `render_error`), with the error's headers."""
    code, message = response_code(error), error.message
    body = {"http_code": error.status, "response_code": code, "response_msg": message, "data": error.data}
    return JSONResponse(body, status_code=error.status, headers=error.headers or None)


def bad_request(message: str, code: str = "BAD_REQUEST") -> ApiError:
    return ApiError(400, message, code=code)


def not_found(message: str) -> ApiError:
    return ApiError(404, message, code="NOT_FOUND")
