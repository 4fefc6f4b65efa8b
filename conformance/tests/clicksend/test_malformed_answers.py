"""ClickSend answers the emulator never gives, through the overlay: each raises its typed error, none returns None,
and no error carries a secret the answer held.

The transport is replaced by canned answers (httpx.MockTransport): these are what a broken or changed live API,
or a proxy in front of it, could send.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import SmsMessageCollection, SmsMessageInput
from smsgw_clicksend.overlay import call, connect, errors
from smsgw_clicksend.overlay.operations import get_account, get_subaccount, send_sms

from conformance.spec_index import spec_index

BASE = "https://gateway.invalid/v3"
SECRET = "0F1E2D3C-SECRET-KEY-4B5A69788796"


def client_answering(status: int, body: bytes, headers: dict[str, str] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers or {"Content-Type": "application/json"})

    return connect("someone", "their-key", base_url=BASE, transport=httpx.MockTransport(answer))


def envelope(status: int, code: str, data: object, message: str = "text") -> bytes:
    return json.dumps({"http_code": status, "response_code": code, "response_msg": message, "data": data}).encode()


SMS = SmsMessageCollection(messages=[SmsMessageInput(body="hi", to="+61411111111")])
Invoke = Callable[[AuthenticatedClient], object]


def account_example_with(**changes: object) -> bytes:
    """The spec's example answer of get_account, its `data` changed; the subaccount's key is SECRET."""
    spec = spec_index("clicksend")
    answer = spec.resolve(spec.operation("get_account").raw["responses"]["200"])
    example = copy.deepcopy(answer["content"]["application/json"]["example"])
    example["data"]["_subaccount"]["api_key"] = SECRET
    example["data"].update(changes)
    return json.dumps(example).encode()


MALFORMED: list[tuple[str, Invoke, int, bytes, str]] = [
    ("not JSON", lambda c: call(get_account, client=c), 200, b"<html>gateway</html>", "not JSON"),
    ("JSON, not the envelope", lambda c: call(get_account, client=c), 200, b'{"user_id": 1}', "envelope"),
    ("the envelope without data", lambda c: call(get_account, client=c), 200, b'{"http_code": 200}', "envelope"),
    (
        "a response_code that is not text",
        lambda c: call(get_account, client=c),
        200,
        b'{"http_code": 200, "response_code": 5, "response_msg": "?", "data": {}}',
        "response_code",
    ),
    (
        "data of the wrong type",
        lambda c: call(get_account, client=c),
        200,
        envelope(200, "SUCCESS", "me"),
        "data: expected an object",
    ),
    (
        "money that is not a number",
        lambda c: call(get_account, client=c),
        200,
        account_example_with(balance="plenty"),
        "data.balance",
    ),
    (
        "a flag that is not 0/1",
        lambda c: call(get_account, client=c),
        200,
        account_example_with(active=7),
        "data.active",
    ),
    (
        "a record without a required field",
        lambda c: call(get_subaccount, client=c, subaccount_id=1),
        200,
        envelope(200, "SUCCESS", {"subaccount_id": 1, "api_username": "u", "api_key": SECRET}),
        "email",
    ),
]


@pytest.mark.parametrize(("case", "invoke", "status", "body", "place"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_answers_raise_response_format_error(
    case: str, invoke: Invoke, status: int, body: bytes, place: str
) -> None:
    with pytest.raises(errors.ResponseFormatError) as raised:
        invoke(client_answering(status, body))
    assert raised.value.operation in {"get_account", "get_subaccount"}
    assert place in str(raised.value)
    assert SECRET not in str(raised.value) and SECRET not in repr(raised.value)


def test_an_error_code_inside_http_200_raises_the_class_of_its_code() -> None:
    client = client_answering(200, envelope(200, "INSUFFICIENT_CREDIT", None, "Out of credit."))
    with pytest.raises(errors.InsufficientCreditError) as raised:
        call(send_sms, client=client, body=SMS)
    assert (raised.value.status, raised.value.code, raised.value.message) == (
        200,
        "INSUFFICIENT_CREDIT",
        "Out of credit.",
    )


def test_an_undocumented_code_keeps_it_on_the_status_class() -> None:
    client = client_answering(400, envelope(400, "SOMETHING_NEW", None, "New."))
    with pytest.raises(errors.BadRequestError) as raised:
        call(get_account, client=client)
    assert type(raised.value) is errors.BadRequestError
    assert raised.value.code == "SOMETHING_NEW"


def test_a_proxy_page_instead_of_the_envelope_is_the_status_error_without_a_code() -> None:
    client = client_answering(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"})
    with pytest.raises(errors.ServerError) as raised:
        call(get_account, client=client)
    assert raised.value.code is None
    assert "Bad gateway" in raised.value.detail


@pytest.mark.parametrize("status", [200, 400, 403])
def test_a_secret_in_an_error_answer_is_masked_in_the_error(status: int) -> None:
    data = {"subaccount_id": 7, "api_username": "child", "api_key": SECRET, "nested": [{"password": SECRET}]}
    client = client_answering(status, envelope(status, "FORBIDDEN", data, "No."))
    with pytest.raises(errors.ApiError) as raised:
        call(get_subaccount, client=client, subaccount_id=7)
    error = raised.value
    shown = [str(error), repr(error), error.detail, str(error.message), *map(str, vars(error).values())]
    assert not [text for text in shown if SECRET in text]
    masked = json.loads(error.detail)["data"]
    assert masked["api_key"] == "***" and masked["nested"] == [{"password": "***"}]
    assert masked["api_username"] == "child"  # only the secret properties are masked
