"""No failure of any API's client leaks a secret: one matrix of (client, failure) cases, sync and async.

Each case connects with canary credentials to a canned server on a real localhost socket. The server answers a
login first where the client logs in, then fails the request under test: nothing listening, no answer, a reset, a
truncated answer, an HTML 502 page, a 429, a 522, refused credentials. The typed error the client raises is
then searched for every canary, also in its base64, MD5 and URL-encoded forms. The search covers its str and
repr, its attributes (recursively), its cause/context chain, its traceback with every frame's locals, and all
DEBUG log lines. Each case also checks the error's class (and status, retry_after, sent), and that the canaries
did go on the wire (so the search looks for the forms the client really handles).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import importlib
import logging
import re
import socket
import struct
import threading
import traceback
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import FunctionType, ModuleType
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
import smsgw_smsc.overlay as smsc
import smsgw_smsend.overlay as smsend
import smsgw_whatcounts.overlay as whatcounts
from smsgw_smsend.models import SmsSendRequest

# ---- the canaries ------------------------------------------------------------------------------------------------

# The password and API key end in characters that URL and form encoding change, so those forms differ from the raw.
PASSWORD = "CANARY-PW-7f3a &+/="
API_KEY = "CANARY-KEY-91bc &+/="  # SMSC's apikey; smSend's access token
SESSION_KEY = "CANARY-SESSION-0c1d"  # what the fake smSend login answers
USER_KEY = "CANARY-USERKEY-3b6e"  # smSend's user key (the overlay keeps it out of reprs too)
CLIENT_AUTH = "CANARY-AUTH-55de"  # WhatCounts' named API client's secret
USERNAME, REALM, CLIENT_NAME = "someone", "realm1", "crm"  # not secrets


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode("ascii")


# Every form a secret could take in a leak, by a label saying which it is.
NEEDLES: dict[str, str] = {
    "password": PASSWORD,
    "password (start)": PASSWORD.split()[0],  # also any partial or re-encoded form
    "password (URL-encoded)": quote(PASSWORD, safe=""),
    "password (query/form-encoded)": quote_plus(PASSWORD),
    "password (MD5)": hashlib.md5(PASSWORD.encode()).hexdigest(),
    "password (base64)": b64(PASSWORD),
    "password (Basic realm:password)": b64(f"{REALM}:{PASSWORD}"),
    "API key": API_KEY,
    "API key (start)": API_KEY.split()[0],
    "API key (URL-encoded)": quote(API_KEY, safe=""),
    "API key (query/form-encoded)": quote_plus(API_KEY),
    "API key (base64)": b64(API_KEY),
    "session key": SESSION_KEY,
    "session key (base64)": b64(SESSION_KEY),
    "user key": USER_KEY,
    "client auth": CLIENT_AUTH,
    "client auth (base64)": b64(CLIENT_AUTH),
    "client auth (x-api-key name:auth)": b64(f"{CLIENT_NAME}:{CLIENT_AUTH}"),
}

TIMEOUT = 1.0  # seconds: the total deadline of every call (the "no answer" cases wait it out)


# ---- searching an exception for the canaries -----------------------------------------------------------------------


class FrameLocalsLeak(AssertionError):
    """A canary shows only in the traceback's frame locals (nowhere in the error or the logs)."""


def deep_reprs(value: object, depth: int = 0) -> Iterator[str]:
    """repr of `value`, and of everything it holds (containers' items, objects' attributes), a few levels down."""
    yield repr(value)
    if depth >= 5 or isinstance(value, str | bytes | int | float | type | ModuleType | FunctionType):
        return
    children: list[object] = []
    if isinstance(value, dict):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        children = list(value)
    elif hasattr(value, "__dict__"):
        children = list(vars(value).values())
    for child in children:
        yield from deep_reprs(child, depth + 1)


def chain(error: BaseException) -> Iterator[BaseException]:
    """The exceptions `error` was raised from or during (`__cause__`, `__context__`), transitively."""
    seen = {id(error)}
    todo: list[BaseException] = [error]
    while todo:
        current = todo.pop()
        for link in (current.__cause__, current.__context__):
            if link is not None and id(link) not in seen:
                seen.add(id(link))
                todo.append(link)
                yield link


def places(error: BaseException, logs: str) -> list[tuple[str, str]]:
    """(where, text) of everything a user, a log handler or an error tracker could see of `error`."""
    found = [("str(exc)", str(error)), ("repr(exc)", repr(error))]
    found += [(f"vars(exc)[{name!r}]", "\n".join(deep_reprs(value))) for name, value in vars(error).items()]
    for number, link in enumerate(chain(error), 1):
        found += [(f"chain[{number}] str", str(link)), (f"chain[{number}] repr", repr(link))]
        found += [(f"chain[{number}] vars", "\n".join(deep_reprs(vars(link))))]
    found.append(("traceback", "".join(traceback.TracebackException.from_exception(error).format())))
    with_locals = traceback.TracebackException.from_exception(error, capture_locals=True)
    found.append(("traceback locals", "".join(with_locals.format())))
    found.append(("DEBUG logs", logs))
    return found


def hits(where_text: list[tuple[str, str]]) -> list[str]:
    """Every canary found, as `label in where: ...excerpt...`."""
    found = []
    for where, text in where_text:
        for label, needle in NEEDLES.items():
            at = text.find(needle)
            if at >= 0:
                excerpt = text[max(0, at - 120) : at + len(needle) + 40].replace("\n", "\\n")
                found.append(f"{label} in {where}: ...{excerpt}...")
    return found


def assert_no_secret(error: BaseException, logs: str) -> None:
    found = hits(places(error, logs))
    if not found:
        return
    report = "\n".join(found)
    print(report)
    where = {line.split(" in ", 1)[1].split(":", 1)[0] for line in found}
    leak = FrameLocalsLeak if where == {"traceback locals"} else AssertionError
    raise leak(f"{len(found)} canary hit(s):\n{report}")


# ---- a canned server on a real socket ------------------------------------------------------------------------------

# What the server does with one request on its connection (the connection is closed afterwards).
Step = Callable[[socket.socket, threading.Event], None]


def answer(status: str, body: str = "", *headers: str) -> Step:
    """A whole HTTP answer, then the connection closes (`Connection: close`)."""
    content = body.encode()
    head = "".join(f"{header}\r\n" for header in headers)
    raw = f"HTTP/1.1 {status}\r\n{head}Content-Length: {len(content)}\r\nConnection: close\r\n\r\n".encode()

    def step(conn: socket.socket, closing: threading.Event) -> None:
        conn.sendall(raw + content)

    return step


def hang(conn: socket.socket, closing: threading.Event) -> None:
    """Read the request, never answer (until the server closes)."""
    closing.wait(30)


def reset(conn: socket.socket, closing: threading.Event) -> None:
    """Read the request, then close with SO_LINGER 0: the client gets a TCP RST."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def truncate(conn: socket.socket, closing: threading.Event) -> None:
    """Promise 100 bytes, send 3, close."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")


UNEXPECTED = answer("500 Internal Server Error", "the canned server had no answer left for this request")


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    while length and len(body) < int(length.group(1)):
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class CannedServer:
    """Plays `steps` in order, one per connection (one request each); records every request it read."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self._steps = list(steps)
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.02)  # the accept loop looks at `_closing` this often
        self.origin = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._workers: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        with self._listener:
            while not self._closing.is_set():
                try:
                    conn, _ = self._listener.accept()
                except TimeoutError:
                    continue
                worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
                self._workers.append(worker)
                worker.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                request = read_request(conn)
                with self._lock:
                    self.requests.append(request)
                    step = self._steps.pop(0) if self._steps else UNEXPECTED
                step(conn, self._closing)
            except OSError:
                pass  # the client went away first

    def close(self) -> None:
        """Stop listening (the port then refuses connections) and end every connection."""
        self._closing.set()
        self._acceptor.join(5)
        for worker in self._workers:
            worker.join(5)

    def wire(self) -> str:
        return b"".join(self.requests).decode("latin-1")

    def request_lines(self) -> list[str]:
        return [request.split(b"\r\n", 1)[0].decode("latin-1") for request in self.requests]


@pytest.fixture
def canned() -> Iterator[Callable[[Sequence[Step]], CannedServer]]:
    servers: list[CannedServer] = []

    def start(steps: Sequence[Step]) -> CannedServer:
        servers.append(CannedServer(steps))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


# ---- the failures --------------------------------------------------------------------------------------------------

BAD_GATEWAY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@dataclass(frozen=True)
class Failure:
    name: str
    steps: tuple[Step, ...] | None  # what the server does with the failing request(s); None: nothing listens
    expected: str  # the error class's name (in the API's errors module, else its shared one)
    attributes: dict[str, object] = field(default_factory=dict)  # attribute values the error must have


FAILURES = (
    Failure("refused", None, "ConnectionError", {"sent": False}),
    Failure("no-answer", (hang,), "TimeoutError"),
    Failure("reset", (reset,), "ConnectionError", {"sent": True}),
    Failure("truncated", (truncate,), "ConnectionError", {"sent": True}),
    Failure(
        "html-502",
        (answer("502 Bad Gateway", BAD_GATEWAY_PAGE, "Content-Type: text/html"),),
        "ServerError",
        {"status": 502},
    ),
    Failure(
        "429",
        (answer("429 Too Many Requests", "slow down", "Retry-After: 7"),),
        "RateLimitedError",
        {"status": 429, "retry_after": 7},
    ),
    Failure("522", (answer("522 Origin Connection Time-out", "origin timed out"),), "ServerError", {"status": 522}),
)


# ---- the clients ---------------------------------------------------------------------------------------------------

LOGIN_OK = answer("200 OK", f"{USER_KEY};{SESSION_KEY}", "Content-Type: text/plain")
SMSC_REFUSED = answer("200 OK", '{"error": "authorise error", "error_code": 2}', "Content-Type: application/json")
WHATCOUNTS_REFUSED = answer(
    "401 Unauthorized",
    '{"error": "Unauthorized", "status": "UNAUTHORIZED", "statusCode": 401}',
    "Content-Type: application/json",
)


@dataclass(frozen=True)
class Variant:
    """One API's client, connected one way, and the representative call it makes."""

    name: str
    package: str
    connect: Callable[..., Any]  # (origin, timeout=) -> client
    aconnect: Callable[..., Awaitable[Any]]
    request: Callable[[Any], object]
    arequest: Callable[[Any], Awaitable[object]]
    on_wire: tuple[str, ...]  # labels of NEEDLES the requests must carry (the premise of the search)
    own_failures: tuple[Failure, ...]  # refused credentials (and other API-specific cases)
    connect_fails: bool = False  # the failing request is connect's own login
    preamble: tuple[Step, ...] = ()  # what the server answers before the failing request (a login)
    marks: tuple[pytest.MarkDecorator, ...] = ()


def sync_connect(connect: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """`aconnect` for a client whose connect sends nothing (its calls are still async, with `acall`)."""

    async def aconnect(origin: str, **options: Any) -> Any:
        return connect(origin, **options)

    return aconnect


# smSend: `connect` logs in with username and password (the failure may hit that login, or a later call), or
# `connect_with_keys` takes pre-issued keys.
def smsend_login(origin: str, **options: Any) -> Any:
    return smsend.connect(origin, USERNAME, PASSWORD, **options)


async def smsend_alogin(origin: str, **options: Any) -> Any:
    return await smsend.aconnect(origin, USERNAME, PASSWORD, **options)


def smsend_keys(origin: str, **options: Any) -> Any:
    return smsend.connect_with_keys(origin, USER_KEY, API_KEY, is_token=True, **options)


def smsend_status(client: Any) -> object:
    return smsend.call(smsend.operations.get_user_status, client=client)


async def smsend_astatus(client: Any) -> object:
    return await smsend.acall(smsend.operations.get_user_status, client=client)


SMS = SmsSendRequest(message="hi", message_type="N", recipient=["+393471234567"])


def smsend_send(client: Any) -> object:
    return smsend.call(smsend.operations.send_sms, client=client, body=SMS)


async def smsend_asend(client: Any) -> object:
    return await smsend.acall(smsend.operations.send_sms, client=client, body=SMS)


# SMSC: login + password (or its MD5), or an API key, in the POST form of every request.
def smsc_password(origin: str, **options: Any) -> Any:
    return smsc.connect(USERNAME, PASSWORD, base_url=origin, **options)


def smsc_md5(origin: str, **options: Any) -> Any:
    return smsc.connect(USERNAME, PASSWORD, md5=True, base_url=origin, **options)


def smsc_apikey(origin: str, **options: Any) -> Any:
    return smsc.connect_with_apikey(API_KEY, base_url=origin, **options)


def smsc_balance(client: Any) -> object:
    return smsc.call(smsc.operations.get_balance, client=client)


async def smsc_abalance(client: Any) -> object:
    return await smsc.acall(smsc.operations.get_balance, client=client)


# WhatCounts: Basic realm:password, and x-api-key for a named API client.
def whatcounts_connect(origin: str, **options: Any) -> Any:
    return whatcounts.connect(
        origin, REALM, PASSWORD, api_client=whatcounts.ApiClient(CLIENT_NAME, CLIENT_AUTH), **options
    )


def whatcounts_messages(client: Any) -> object:
    return whatcounts.call(whatcounts.operations.get_messages, client=client)


async def whatcounts_amessages(client: Any) -> object:
    return await whatcounts.acall(whatcounts.operations.get_messages, client=client)


SMSEND_LOGIN_REFUSED = Failure("bad-credentials", (answer("404 Not Found"),), "InvalidCredentialsError")
VARIANTS = (
    Variant(
        "smsend-login",
        "smsgw_smsend",
        smsend_login,
        smsend_alogin,
        smsend_status,
        smsend_astatus,
        on_wire=("password (query/form-encoded)",),
        own_failures=(
            SMSEND_LOGIN_REFUSED,
            # a login answer without its `;`: the session key alone, which parse errors must not echo
            Failure("malformed-login", (answer("200 OK", SESSION_KEY),), "ResponseFormatError"),
        ),
        connect_fails=True,
    ),
    Variant(
        "smsend-session",
        "smsgw_smsend",
        smsend_login,
        smsend_alogin,
        smsend_status,
        smsend_astatus,
        on_wire=("password (query/form-encoded)", "user key", "session key"),
        # the call answers 401, the flow logs in again, and that login is refused (raised inside the auth flow)
        own_failures=(
            Failure(
                "bad-credentials", (answer("401 Unauthorized"), answer("404 Not Found")), "InvalidCredentialsError"
            ),
        ),
        preamble=(LOGIN_OK,),
    ),
    Variant(
        "smsend-keys",
        "smsgw_smsend",
        smsend_keys,
        sync_connect(smsend_keys),
        smsend_send,
        smsend_asend,
        on_wire=("user key", "API key"),
        own_failures=(Failure("bad-credentials", (answer("401 Unauthorized"),), "UnauthorizedError", {"status": 401}),),
    ),
    Variant(
        "smsc-password",
        "smsgw_smsc",
        smsc_password,
        sync_connect(smsc_password),
        smsc_balance,
        smsc_abalance,
        on_wire=("password (query/form-encoded)",),
        own_failures=(Failure("bad-credentials", (SMSC_REFUSED,), "AuthorisationError", {"code": 2}),),
    ),
    Variant(
        "smsc-md5",
        "smsgw_smsc",
        smsc_md5,
        sync_connect(smsc_md5),
        smsc_balance,
        smsc_abalance,
        on_wire=("password (MD5)",),
        own_failures=(Failure("bad-credentials", (SMSC_REFUSED,), "AuthorisationError", {"code": 2}),),
    ),
    Variant(
        "smsc-apikey",
        "smsgw_smsc",
        smsc_apikey,
        sync_connect(smsc_apikey),
        smsc_balance,
        smsc_abalance,
        on_wire=("API key (query/form-encoded)",),
        own_failures=(Failure("bad-credentials", (SMSC_REFUSED,), "AuthorisationError", {"code": 2}),),
    ),
    Variant(
        "whatcounts",
        "smsgw_whatcounts",
        whatcounts_connect,
        sync_connect(whatcounts_connect),
        whatcounts_messages,
        whatcounts_amessages,
        on_wire=("password (Basic realm:password)", "client auth (x-api-key name:auth)"),
        own_failures=(Failure("bad-credentials", (WHATCOUNTS_REFUSED,), "UnauthorizedError", {"status": 401}),),
    ),
)

CASES = [
    pytest.param(variant, failure, id=f"{variant.name}-{failure.name}", marks=variant.marks)
    for variant in VARIANTS
    for failure in (*FAILURES, *variant.own_failures)
]


def error_class(variant: Variant, name: str) -> type[BaseException]:
    """The class the API's public errors module exports under `name`."""
    public = importlib.import_module(f"{variant.package}.overlay.errors")
    cls = getattr(public, name)
    assert isinstance(cls, type) and issubclass(cls, BaseException)
    return cls


# ---- running a case ------------------------------------------------------------------------------------------------


def provoke(act: Callable[[], object]) -> Exception:
    """What `act` raises. (This frame and `act`'s are in the traceback searched: they hold no secret.)"""
    try:
        act()
    except Exception as error:
        return error
    raise AssertionError("the call succeeded")


async def aprovoke(act: Callable[[], Awaitable[object]]) -> Exception:
    try:
        await act()
    except Exception as error:
        return error
    raise AssertionError("the call succeeded")


def sync_failure(variant: Variant, failure: Failure, server: CannedServer) -> Exception:
    origin = server.origin
    if variant.connect_fails:
        if failure.steps is None:
            server.close()
        return provoke(lambda: variant.request(variant.connect(origin, timeout=TIMEOUT)))
    client = variant.connect(origin, timeout=TIMEOUT)  # logs in first where it does
    if failure.steps is None:
        server.close()
    try:
        return provoke(lambda: variant.request(client))
    finally:
        client.get_httpx_client().close()


async def async_failure(variant: Variant, failure: Failure, server: CannedServer) -> Exception:
    origin = server.origin
    if variant.connect_fails:
        if failure.steps is None:
            server.close()

        async def connect_and_call() -> object:
            return await variant.arequest(await variant.aconnect(origin, timeout=TIMEOUT))

        return await aprovoke(connect_and_call)
    client = await variant.aconnect(origin, timeout=TIMEOUT)
    if failure.steps is None:
        server.close()
    try:
        return await aprovoke(lambda: variant.arequest(client))
    finally:
        await client.get_async_httpx_client().aclose()


def check(
    variant: Variant, failure: Failure, server: CannedServer, error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    # The error is the typed one, with the facts it should carry.
    expected = error_class(variant, failure.expected)
    gateway_error = error_class(variant, "GatewayError")
    assert isinstance(error, expected), f"expected {expected.__name__}, got {error!r}; served {server.request_lines()}"
    assert isinstance(error, gateway_error)
    for name, value in failure.attributes.items():
        assert getattr(error, name) == value, f"{name}: {getattr(error, name)!r} != {value!r}"
    # The premise: the secrets did go on the wire (so the needles are the forms the client handles).
    if failure.steps is not None:
        missing = [label for label in variant.on_wire if NEEDLES[label] not in server.wire()]
        assert not missing, f"the requests did not carry {missing}: {server.wire()[:500]!r}"
    assert any(record.levelno == logging.DEBUG for record in caplog.records), "no DEBUG line was captured"
    assert_no_secret(error, caplog.text)


@pytest.mark.parametrize(("variant", "failure"), CASES)
def test_no_failure_leaks_a_secret(
    variant: Variant,
    failure: Failure,
    canned: Callable[[Sequence[Step]], CannedServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = canned((*variant.preamble, *(failure.steps or ())))
    error = sync_failure(variant, failure, server)
    check(variant, failure, server, error, caplog)


@pytest.mark.parametrize(("variant", "failure"), CASES)
def test_no_async_failure_leaks_a_secret(
    variant: Variant,
    failure: Failure,
    canned: Callable[[Sequence[Step]], CannedServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = canned((*variant.preamble, *(failure.steps or ())))
    error = asyncio.run(async_failure(variant, failure, server))
    check(variant, failure, server, error, caplog)


# ---- the search itself can fail --------------------------------------------------------------------------------------


class Planted(Exception):
    response: object = None


def raise_holding_a_secret() -> None:
    token = SESSION_KEY  # a local of this frame
    raise Planted(f"failed ({len(token)})")


def planted(where: str) -> BaseException:
    """A dummy error with a canary in one place."""
    try:
        if where == "message":
            raise Planted(f"login?password={quote_plus(PASSWORD)}")
        if where == "attribute":
            error = Planted("no secret here")
            error.response = {"headers": [("Authorization", "Basic " + b64(f"{REALM}:{PASSWORD}"))]}
            raise error
        if where == "cause":
            raise Planted("wrapped") from KeyError(API_KEY)
        if where == "context":
            try:
                raise KeyError(b64(CLIENT_AUTH))
            except KeyError:
                raise Planted("during")  # noqa: B904 (the implicit __context__ is the point)
        if where == "frame local":
            raise_holding_a_secret()
        raise Planted("clean")
    except Planted as error:
        return error


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("message", "str(exc)"),
        ("attribute", "vars(exc)['response']"),
        ("cause", "chain[1] repr"),
        ("context", "chain[1] repr"),
        ("frame local", "traceback locals"),
    ],
)
def test_the_search_finds_a_planted_canary(where: str, place: str) -> None:
    error = planted(where)
    found = hits(places(error, logs=""))
    assert any(f" in {place}: " in line for line in found), found
    with pytest.raises(AssertionError) as raised:
        assert_no_secret(error, "")
    # Only a canary nowhere but in frame locals is the (known-leak) FrameLocalsLeak.
    assert isinstance(raised.value, FrameLocalsLeak) == (where == "frame local")


def test_the_search_reads_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("anything.at.all").debug("sent header user_key=%s", USER_KEY)
    assert any(" in DEBUG logs: " in line for line in hits(places(planted("clean"), caplog.text)))


def test_a_clean_error_has_no_hits() -> None:
    assert hits(places(planted("clean"), logs="GET /status -> 200")) == []
