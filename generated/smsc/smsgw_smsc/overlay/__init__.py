"""Hand-written overlay for the generated SMSC client (`make generate` copies it into the package).

    from smsgw_smsc.overlay import connect, call
    from smsgw_smsc.api.send import send_sms
    from smsgw_smsc.models import SendSmsForm

    client = connect("login", "password")            # or connect_with_apikey("..."); md5=True sends MD5(password)
    sent = call(send_sms, client=client, body=SendSmsForm(phones="79991234567", mes="Hello"))
    sent.id, sent.count

`connect` returns the generated `Client` with an auth flow that adds the credentials to every request's form
body (never the URL) and encodes the form in the charset the request names. `call`/`acall` run a generated
operation and return one typed result per action, whatever `fmt` was asked for (see results.py); unless the
form says otherwise they ask for fmt 3 (JSON) and utf-8. Error replies, which SMSC sends with HTTP 200, raise
the typed errors of `smsgw_smsc.overlay.errors`, except error 3 "no records" on list actions, which gives [].
Malformed replies raise `ResponseFormatError`.
"""

from __future__ import annotations

import typing
from types import ModuleType
from typing import Any

import attrs
import httpx

from .. import errors as generated_errors
from ..client import Client
from ..types import Unset
from . import errors
from ._shared.calls import call_async, call_sync, operation_id
from ._shared.errors import ResponseFormatError
from ._shared.redact import install as install_redaction
from .auth import SERVICE_DEFAULT_CHARSET, ApiKey, Credentials, Password, SmscAuth
from .replies import ReplyError, decode, error_in
from .results import (
    ACTIONS,
    EMPTY_ON_NO_RECORDS,
    AccountBalance,
    CostEstimate,
    DeliveryStatus,
    MailingCreated,
    Reply,
    SendResult,
)

__all__ = [
    "AccountBalance",
    "ApiKey",
    "CostEstimate",
    "DeliveryStatus",
    "MailingCreated",
    "Password",
    "SendResult",
    "SmscAuth",
    "acall",
    "call",
    "connect",
    "connect_with_apikey",
    "errors",
]

DEFAULT_BASE_URL = "https://smsc.ru"
# The overlay never puts credentials in a URL; this guards log lines of URLs built some other way.
install_redaction(["psw", "apikey"])
DEFAULT_FMT = 3
DEFAULT_CHARSET = "utf-8"
SERVICE_DEFAULT_FMT = 0


def connect(
    login: str, password: str, *, md5: bool = False, base_url: str = DEFAULT_BASE_URL, timeout: float = 30.0
) -> Client:
    """A client that sends login + password (or, with `md5`, the password's MD5 hash) with every request."""
    return _client(base_url, Password(login, password, send_md5=md5), timeout)


def connect_with_apikey(apikey: str, *, base_url: str = DEFAULT_BASE_URL, timeout: float = 30.0) -> Client:
    """A client that sends an API key with every request."""
    return _client(base_url, ApiKey(apikey), timeout)


def _client(base_url: str, credentials: Credentials, timeout: float) -> Client:
    return Client(
        base_url=base_url,
        timeout=httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={"auth": SmscAuth(credentials)},
    )


def _form_class(operation: ModuleType) -> Any:
    hint = typing.get_type_hints(operation.sync_detailed)["body"]
    return next(arg for arg in (*typing.get_args(hint), hint) if attrs.has(arg))


def _with_reply_options(operation: ModuleType, body: Any) -> Any:
    """The form, asking for fmt 3 and utf-8 unless it already says which format and charset it wants."""
    if body is None or isinstance(body, Unset):
        body = _form_class(operation)()
    changes: dict[str, Any] = {}
    if isinstance(body.fmt, Unset):
        changes["fmt"] = DEFAULT_FMT
    if isinstance(body.charset, Unset):
        changes["charset"] = DEFAULT_CHARSET
    return attrs.evolve(body, **changes) if changes else body


def _converter(name: str, form: dict[str, Any]) -> Any:
    command, convert = ACTIONS[name]
    fmt = int(form.get("fmt", SERVICE_DEFAULT_FMT))
    charset = str(form.get("charset", SERVICE_DEFAULT_CHARSET))

    def converter(_operation: str, response: Any) -> Any:
        try:
            text = decode(response.content, charset)
            error = error_in(text, fmt)
            if error is None:
                return convert(Reply(text, fmt, form))
        except ReplyError as problem:
            raise ResponseFormatError(name, str(problem)) from None
        code, description, message_id = error
        if code == 3 and name in EMPTY_ON_NO_RECORDS:
            return []
        raise errors.error_for_code(name, command, code, description or "(no description in this format)", message_id)

    return converter


def call(operation: ModuleType, *, client: Client, body: Any = None) -> Any:
    """Run a generated SMSC operation (sync) and return its typed result, or raise a typed error."""
    body = _with_reply_options(operation, body)
    name = operation_id(operation)
    converters = {name: _converter(name, body.to_dict())}
    return call_sync(operation, converters, generated_errors.UnexpectedStatus, client=client, body=body)


async def acall(operation: ModuleType, *, client: Client, body: Any = None) -> Any:
    """Run a generated SMSC operation (async) and return its typed result, or raise a typed error."""
    body = _with_reply_options(operation, body)
    name = operation_id(operation)
    converters = {name: _converter(name, body.to_dict())}
    return await call_async(operation, converters, generated_errors.UnexpectedStatus, client=client, body=body)
