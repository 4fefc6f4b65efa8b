"""A provider answer that does not have the documented shape raises a typed error, never returns None.

The transport is replaced by canned answers (httpx.MockTransport): the emulator always answers correctly, so
these are the answers a broken or changed live API could give.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import ContactBatchCreateRequest, ContactCreateRequest, GroupRequest, SmsSendRequest
from smsgw_smsend.overlay import PasswordLogin, call, connect_with_keys, errors
from smsgw_smsend.overlay.operations import (
    check_session,
    create_contacts,
    create_group,
    get_dashboard,
    get_user_status,
    send_sms,
)

BASE = "https://gateway.invalid/API/v1.0/REST"


def client_answering(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    return connect_with_keys(BASE, "UK", "SK", transport=httpx.MockTransport(answer))


GROUP = GroupRequest(name="g", description="d")
SMS = SmsSendRequest(message_type="N", message="hi", recipient=["+393471234567"])
BATCH = ContactBatchCreateRequest(contacts=[ContactCreateRequest(email="a@example.com")])

MALFORMED: list[tuple[str, Callable[[AuthenticatedClient], object], int, bytes, dict[str, str] | None]] = [
    ("a boolean that is not true/false", lambda c: call(check_session, client=c), 200, b"maybe", None),
    ("a count that is not a number", lambda c: call(create_contacts, client=c, body=BATCH), 200, b"many", None),
    ("a URL that is not one", lambda c: call(get_dashboard, client=c), 200, b"dashboard", None),
    ("a 201 without Location", lambda c: call(create_group, client=c, body=GROUP), 201, b"", None),
    (
        "a Location without a numeric id",
        lambda c: call(create_group, client=c, body=GROUP),
        201,
        b"",
        {"Location": "/group/abc"},
    ),
    ("JSON that is not JSON", lambda c: call(get_user_status, client=c), 200, b"<html>", None),
    ("JSON without a required field", lambda c: call(send_sms, client=c, body=SMS), 201, b'{"result": "OK"}', None),
    ("an undocumented success status", lambda c: call(get_dashboard, client=c), 204, b"", None),
]


@pytest.mark.parametrize(("case", "invoke", "status", "body", "headers"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_answers_raise_response_format_error(
    case: str,
    invoke: Callable[[AuthenticatedClient], object],
    status: int,
    body: bytes,
    headers: dict[str, str] | None,
) -> None:
    with pytest.raises(errors.ResponseFormatError):
        invoke(client_answering(status, body, headers))


def test_an_undocumented_error_status_is_a_typed_error_with_the_body() -> None:
    with pytest.raises(errors.ServerError) as raised:
        call(get_dashboard, client=client_answering(503, b"maintenance"))
    assert (raised.value.status, raised.value.detail) == (503, "maintenance")


def test_a_login_answer_without_two_keys_raises_without_echoing_it() -> None:
    login = PasswordLogin("someone", "pw")
    with pytest.raises(errors.ResponseFormatError) as raised:
        login.keys_from(httpx.Response(200, text="ONLYONESECRETVALUE"))
    assert "ONLYONESECRETVALUE" not in str(raised.value)
