"""The API password and the API client's auth never reach a repr, an exception message or a log line (at DEBUG),
neither as they are nor in the base64 forms that go in the Authorization and x-api-key headers."""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Iterator

import pytest
from smsgw_whatcounts.client import AuthenticatedClient
from smsgw_whatcounts.overlay import ApiClient, Message, WhatCountsAuth, call, connect, errors, iter_messages
from smsgw_whatcounts.overlay.operations import create_message, get_messages, send_message_to_phone

from conformance.emulators.whatcounts import create_app
from conformance.emulators.whatcounts.state import Realm
from conformance.tests.served import serve

from .builders import capture_requests, unique_name

REALM = "vault"
SECRET_PASSWORD = "pw-S3cret-7f1c9e52"
CLIENT_NAME = "crm"
SECRET_AUTH = "auth-S3cret-0b8d2a61"
WRONG_PASSWORD = "wrong-S3cret-55aa17"


def encoded(name: str, secret: str) -> str:
    return base64.b64encode(f"{name}:{secret}".encode()).decode("ascii")


SECRETS = (
    SECRET_PASSWORD,
    SECRET_AUTH,
    WRONG_PASSWORD,
    encoded(REALM, SECRET_PASSWORD),
    encoded(REALM, WRONG_PASSWORD),
    encoded(CLIENT_NAME, SECRET_AUTH),
)


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret shows in: {text[:300]!r}"


def exception_texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """An emulator of its own whose realm has the secrets above (so the calls with them succeed)."""
    realm = Realm(REALM, SECRET_PASSWORD, api_clients={CLIENT_NAME: SECRET_AUTH})
    with serve(create_app(accounts=[realm], demo_data=False)) as origin:
        yield origin


def clients(site: str) -> list[AuthenticatedClient]:
    api_client = ApiClient(CLIENT_NAME, SECRET_AUTH)
    return [connect(site, REALM, SECRET_PASSWORD), connect(site, REALM, SECRET_PASSWORD, api_client=api_client)]


def test_the_secrets_do_go_on_the_wire(site: str) -> None:
    """The premise of the other tests: these are the header values the secrets make."""
    _plain, named = clients(site)
    requests = capture_requests(named)
    call(get_messages, client=named)
    assert requests[0].headers["authorization"] == "Basic " + encoded(REALM, SECRET_PASSWORD)
    assert requests[0].headers["x-api-key"] == encoded(CLIENT_NAME, SECRET_AUTH)


def test_reprs_hide_the_secrets(site: str) -> None:
    api_client = ApiClient(CLIENT_NAME, SECRET_AUTH)
    auth = WhatCountsAuth(REALM, SECRET_PASSWORD, api_client)
    shown = [repr(api_client), str(api_client), repr(auth), repr(WhatCountsAuth(REALM, SECRET_PASSWORD))]
    for client in clients(site):
        shown.append(repr(client))
        call(get_messages, client=client)  # the httpx client now exists, with its auth
        httpx_client = client.get_httpx_client()
        shown += [repr(client), repr(httpx_client), repr(httpx_client.auth), repr(httpx_client.headers)]
    for text in shown:
        assert_no_secret(text)
    assert CLIENT_NAME in repr(api_client) and REALM in repr(auth)  # the names are shown: only the secrets go


def test_exceptions_carry_no_secrets(site: str) -> None:
    plain, named = clients(site)
    failures: list[BaseException] = []
    for bad in (
        connect(site, REALM, WRONG_PASSWORD),
        connect(site, REALM, WRONG_PASSWORD, api_client=ApiClient(CLIENT_NAME, SECRET_AUTH)),
        connect(site, REALM, SECRET_PASSWORD, api_client=ApiClient(CLIENT_NAME, WRONG_PASSWORD)),
    ):
        with pytest.raises(errors.UnauthorizedError) as unauthorized:
            call(get_messages, client=bad)
        failures.append(unauthorized.value)
    with pytest.raises(errors.CommandFailedError) as failed:
        call(send_message_to_phone, client=named, message_text="x", phone="12065550199", sender_code="12345")
    failures.append(failed.value)
    with pytest.raises(errors.BadRequestError) as bad_request:
        call(get_messages, client=plain, skip=-5)
    failures.append(bad_request.value)
    with pytest.raises(errors.MessageCreatedWithErrorError) as created:
        call(create_message, client=named, message_name=unique_name("secret"), message_text="t", label="undefined")
    failures.append(created.value)
    for failure in failures:
        for text in exception_texts(failure):
            assert_no_secret(text)
    assert [type(failure).__name__ for failure in failures] == [
        "UnauthorizedError",
        "UnauthorizedError",
        "UnauthorizedError",
        "CommandFailedError",
        "BadRequestError",
        "MessageCreatedWithErrorError",
    ]


def test_debug_logs_carry_no_secrets(site: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    plain, named = clients(site)
    for client in (plain, named):
        message: Message = call(create_message, client=client, message_name=unique_name("logged"), message_text="t")
        assert message.id in {listed.id for listed in iter_messages(client)}
    with pytest.raises(errors.UnauthorizedError):
        call(get_messages, client=connect(site, REALM, WRONG_PASSWORD))
    with pytest.raises(errors.MessageCreatedWithErrorError):
        call(create_message, client=named, message_name=unique_name("logged"), message_text="t", label="undefined")

    assert "HTTP Request: POST" in caplog.text and "HTTP Request: GET" in caplog.text  # the requests were logged
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    assert_no_secret(caplog.text)
    for record in caplog.records:
        assert_no_secret(repr(record.args))
