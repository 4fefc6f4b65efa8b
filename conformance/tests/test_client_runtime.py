"""The client runtime every API shares (overlays/_shared): deadlines, retries, injection, logging, typed errors.

Fast, without emulators: canned answers (httpx.MockTransport) and, for deadlines, real sockets that trickle.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from smsgw_smsend.client import AuthenticatedClient, Client, Retries
from smsgw_smsend.models import SmsSendRequest
from smsgw_smsend.overlay import acall, call, connect_with_keys, errors, items, paged
from smsgw_smsend.overlay._shared.paging import PageEnvelope
from smsgw_smsend.overlay.operations import get_user_status, list_groups, send_sms

BASE = "http://gateway.invalid/API/v1.0/REST"
STATUS = b'{"money": null, "sms": [{"type": "N", "quantity": 5}], "email": null}'
SMS = SmsSendRequest(message="hi", message_type="N", recipient=["+393471234567"])


def client_with(answers: Callable[[httpx.Request], httpx.Response], **options: object) -> AuthenticatedClient:
    return connect_with_keys(
        BASE,
        "UK",
        "SK",
        transport=httpx.MockTransport(answers),
        async_transport=httpx.MockTransport(answers),
        **options,  # type: ignore[arg-type]
    )


def sequence(*responses: httpx.Response) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """Answers in order (the last one repeats), and the requests seen."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    return answer, seen


# ---- errors by status ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (418, errors.ClientError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitedError),
        (500, errors.ServerError),
        (522, errors.ServerError),  # a CDN's status, unknown to Python's HTTPStatus
        (599, errors.ServerError),
    ],
)
def test_every_status_family_has_its_class(status: int, kind: type[errors.ApiError]) -> None:
    answer, _ = sequence(httpx.Response(status, text="refused", headers={"X-Request-Id": "req-1"}))
    with pytest.raises(kind) as raised:
        call(get_user_status, client=client_with(answer))
    error = raised.value
    assert (error.status, error.operation, error.detail, error.request_id) == (
        status,
        "get_user_status",
        "refused",
        "req-1",
    )
    assert error.headers["x-request-id"] == "req-1"
    assert error.__cause__ is None and error.__context__ is None


def test_a_429_exposes_retry_after() -> None:
    answer, _ = sequence(httpx.Response(429, headers={"Retry-After": "7"}))
    with pytest.raises(errors.RateLimitedError) as raised:
        call(get_user_status, client=client_with(answer))
    assert raised.value.retry_after == 7.0


def test_a_callers_type_error_stays_a_type_error_and_sends_nothing() -> None:
    answer, seen = sequence(httpx.Response(200, content=STATUS))
    with pytest.raises(TypeError):
        call(get_user_status, client=client_with(answer), no_such_argument=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        call(send_sms, client=client_with(answer))  # type: ignore[call-arg]
    assert seen == []


def test_arguments_may_be_positional_where_the_generated_function_allows() -> None:
    from smsgw_smsend.overlay.operations import delete_group

    answer, seen = sequence(httpx.Response(200))
    assert call(delete_group, 12, client=client_with(answer)) is None
    assert seen[0].url.path.endswith("/group/12")


# ---- retries ---------------------------------------------------------------------------------------------------


def test_retries_are_off_unless_asked_for() -> None:
    answer, seen = sequence(httpx.Response(503), httpx.Response(200, content=STATUS))
    with pytest.raises(errors.ServerError):
        call(get_user_status, client=client_with(answer))
    assert len(seen) == 1


def test_a_get_is_retried_after_the_retry_after_it_was_told() -> None:
    answer, seen = sequence(httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(200, content=STATUS))
    started = time.monotonic()
    status = call(get_user_status, client=client_with(answer, retries=Retries(attempts=3, backoff=0.01)))
    assert status.sms and len(seen) == 2
    assert time.monotonic() - started >= 1.0


@pytest.mark.parametrize("code", [502, 503, 504])
def test_a_get_is_retried_after_a_gateway_status(code: int) -> None:
    answer, seen = sequence(httpx.Response(code), httpx.Response(code), httpx.Response(200, content=STATUS))
    assert call(get_user_status, client=client_with(answer, retries=Retries(attempts=3, backoff=0.01))).sms
    assert len(seen) == 3


def test_retries_stop_after_the_attempts() -> None:
    answer, seen = sequence(httpx.Response(503))
    with pytest.raises(errors.ServerError):
        call(get_user_status, client=client_with(answer, retries=Retries(attempts=3, backoff=0.01)))
    assert len(seen) == 3


@pytest.mark.parametrize("code", [400, 401, 404, 500])
def test_other_statuses_are_not_retried(code: int) -> None:
    answer, seen = sequence(httpx.Response(code), httpx.Response(200, content=STATUS))
    with pytest.raises(errors.ApiError):
        call(get_user_status, client=client_with(answer, retries=Retries(attempts=3, backoff=0.01)))
    assert len(seen) == 1


@pytest.mark.parametrize("code", [429, 502, 503, 504])
def test_a_send_is_never_retried(code: int) -> None:
    answer, seen = sequence(httpx.Response(code, headers={"Retry-After": "0"}), httpx.Response(201, content=b"{}"))
    with pytest.raises(errors.ApiError):
        call(send_sms, client=client_with(answer, retries=Retries(attempts=5, backoff=0.01)), body=SMS)
    assert len(seen) == 1


def test_a_connection_failure_before_sending_is_retried_for_a_get_only() -> None:
    attempts: list[str] = []

    def refuse_then_answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if len(attempts) % 2 == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, content=STATUS)

    client = client_with(refuse_then_answer, retries=Retries(attempts=3, backoff=0.01))
    assert call(get_user_status, client=client).sms
    assert len(attempts) == 2
    attempts.clear()
    with pytest.raises(errors.ConnectionError) as raised:
        call(send_sms, client=client, body=SMS)
    assert len(attempts) == 1 and raised.value.sent is False


def test_a_retry_that_would_outlast_the_deadline_is_not_made() -> None:
    answer, seen = sequence(httpx.Response(429, headers={"Retry-After": "30"}), httpx.Response(200, content=STATUS))
    started = time.monotonic()
    with pytest.raises(errors.RateLimitedError):
        call(get_user_status, client=client_with(answer, retries=Retries(), timeout=2.0))
    assert len(seen) == 1 and time.monotonic() - started < 1.0


# ---- deadlines -------------------------------------------------------------------------------------------------


@contextmanager
def trickling_server(head: bytes, body: bytes, delay: float = 0.5) -> Iterator[str]:
    """A server that reads a request, sends `head` at once, then `body` one byte every `delay` seconds."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(65536)
                connection.sendall(head)
                for byte in body:
                    if stop.is_set():
                        return
                    try:
                        connection.sendall(bytes([byte]))
                    except OSError:
                        break
                    time.sleep(delay)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(STATUS)


@pytest.mark.parametrize(
    ("head", "body"), [(HEAD, STATUS), (b"", HEAD + STATUS)], ids=["the body trickles", "the headers trickle too"]
)
def test_a_trickling_server_cannot_outlast_the_deadline(head: bytes, body: bytes) -> None:
    with trickling_server(head, body) as origin:
        client = connect_with_keys(origin, "UK", "SK", timeout=3.0)
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            call(get_user_status, client=client)
        assert time.monotonic() - started < 4.0


def test_a_trickling_server_cannot_outlast_the_deadline_async() -> None:
    async def scenario(origin: str) -> float:
        client = connect_with_keys(origin, "UK", "SK", timeout=3.0)
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            await acall(get_user_status, client=client)
        return time.monotonic() - started

    with trickling_server(b"", HEAD + STATUS) as origin:
        assert asyncio.run(scenario(origin)) < 4.0


def test_a_per_call_deadline_overrides_the_clients() -> None:
    with trickling_server(b"", HEAD + STATUS) as origin:
        client = connect_with_keys(origin, "UK", "SK", timeout=30.0)
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            call(get_user_status.with_options(timeout=1.0), client=client)
        assert time.monotonic() - started < 2.0


def test_the_generated_client_used_directly_has_the_default_deadline() -> None:
    from smsgw_smsend.api.user import get_user_status as generated

    assert Client(base_url=BASE).deadline == 30.0
    with trickling_server(b"", HEAD + STATUS) as origin:
        client = AuthenticatedClient(base_url=origin, deadline=2.0)
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException):
            generated.sync_detailed(client=client)
        assert time.monotonic() - started < 3.0


# ---- injection and logging -------------------------------------------------------------------------------------


def test_an_injected_httpx_client_keeps_the_credentials_and_its_event_hooks() -> None:
    seen: list[httpx.Request] = []
    answer, _ = sequence(httpx.Response(200, content=STATUS))
    http = httpx.Client(transport=httpx.MockTransport(answer), event_hooks={"request": [seen.append]})
    client = connect_with_keys(BASE, "UK", "SK", is_token=False, http_client=http)
    assert call(get_user_status, client=client).sms
    (request,) = seen
    assert (request.headers["user_key"], request.headers["Session_key"]) == ("UK", "SK")
    assert str(request.url) == f"{BASE}/status"


def test_an_injected_async_httpx_client_keeps_the_credentials() -> None:
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=STATUS)

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer), event_hooks={"request": [hook]})
    client = connect_with_keys(BASE, "UK", "SK", is_token=True, async_http_client=http)
    assert asyncio.run(acall(get_user_status, client=client)).sms
    assert seen[0].headers["Access_token"] == "SK"


def test_each_attempt_is_logged_at_debug_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="smsgw_smsend")
    answer, _ = sequence(httpx.Response(503), httpx.Response(200, content=STATUS))
    call(get_user_status, client=client_with(answer, retries=Retries(attempts=2, backoff=0.01)))
    lines = [record.getMessage() for record in caplog.records if record.name == "smsgw_smsend"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /status -> 503 in ") and lines[0].endswith("(attempt 1)")
    assert lines[1].startswith("GET /status -> 200 in ") and lines[1].endswith("(attempt 2)")
    assert "SK" not in caplog.text and "UK" not in caplog.text


# ---- paging ----------------------------------------------------------------------------------------------------


def test_page_numbers_follow_until_total() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["pageNumber"])
        groups = [{"id_group": n, "group_name": f"g{n}"} for n in range(2 * number - 1, min(2 * number, 5) + 1)]
        return httpx.Response(200, json={"groups": groups, "pageNumber": number, "pageSize": 2, "total": 5})

    client = client_with(answer)
    assert [g.id_group for g in items(paged.list_groups, client=client, page_size=2)] == [1, 2, 3, 4, 5]
    assert call(list_groups, client=client, page_size=2, page_number=3).total == 5


def test_a_page_envelope_ends_at_its_last_page() -> None:
    class Page:
        def __init__(self, current: int, last: int) -> None:
            self.current_page, self.last_page = current, last

    style = PageEnvelope()
    first = style.first({"limit": 15})
    assert first == {"limit": 15, "page": 1}
    assert style.after(first, Page(1, 3), 15) == {"limit": 15, "page": 2}
    assert style.after({"limit": 15, "page": 3}, Page(3, 3), 4) is None
    assert style.after({"page": 2}, Page(2, 9), 0) is None  # an empty page ends it too


def test_set_httpx_client_keeps_the_credentials() -> None:
    seen: list[httpx.Request] = []
    answer, _ = sequence(httpx.Response(200, content=STATUS))
    client = connect_with_keys(BASE, "UK", "SK", is_token=False)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(answer), event_hooks={"request": [seen.append]}))
    assert call(get_user_status, client=client).sms
    assert (seen[0].headers["user_key"], seen[0].headers["Session_key"], seen[0].url.host) == (
        "UK",
        "SK",
        "gateway.invalid",
    )


def test_smsc_reads_are_retried_and_its_sends_are_not() -> None:
    """SMSC answers everything with POST; the spec marks its read-only actions `x-idempotent`."""
    from smsgw_smsc.client import Retries as SmscRetries
    from smsgw_smsc.models import SendSmsForm
    from smsgw_smsc.overlay import call as smsc_call
    from smsgw_smsc.overlay import connect as smsc_connect
    from smsgw_smsc.overlay import errors as smsc_errors
    from smsgw_smsc.overlay.operations import get_balance
    from smsgw_smsc.overlay.operations import send_sms as smsc_send_sms

    attempts: list[str] = []

    def refuse_then_answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if len(attempts) % 2 == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"balance": "10.50"})

    client = smsc_connect(
        "me",
        "pw",
        base_url="https://smsc.invalid",
        transport=httpx.MockTransport(refuse_then_answer),
        retries=SmscRetries(attempts=3, backoff=0.01),
    )
    assert str(smsc_call(get_balance, client=client).balance) == "10.50"
    assert attempts == ["/sys/balance.php", "/sys/balance.php"]
    attempts.clear()
    with pytest.raises(smsc_errors.ConnectionError):
        smsc_call(smsc_send_sms, client=client, body=SendSmsForm(phones="79991234567", mes="hi"))
    assert attempts == ["/sys/send.php"]


def test_async_retries_follow_the_same_rules() -> None:
    answer, seen = sequence(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, content=STATUS))
    client = client_with(answer, retries=Retries(attempts=3, backoff=0.01))
    assert asyncio.run(acall(get_user_status, client=client)).sms
    assert len(seen) == 2
    seen.clear()
    with pytest.raises(errors.RateLimitedError):
        asyncio.run(acall(send_sms, client=client, body=SMS))
    assert len(seen) == 1
