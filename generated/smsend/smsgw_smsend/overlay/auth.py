"""smSend authentication: log in, send both key headers, log in again when the session expires.

smSend's login is a GET whose plain-text answer is `USER_KEY;SESSION_KEY` (or `USER_KEY;ACCESS_TOKEN`
from `token`), and every other call must carry two headers with exact underscore names. The generated
client cannot express that, so `SmsendAuth` does it as an httpx auth flow, sync and async alike.

When the server answers 401 (a session dies after 5 minutes without calls) the flow logs in again and re-sends
the request once. That is safe for sends too: smSend checks the keys before it does anything else, so a 401
means the request was refused unprocessed, and the re-sent request is the only one that can send a message.
Concurrent calls that meet the same expiry log in once: the first to take the lock logs in, the others find
fresh keys and re-send with them.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass, field

import httpx

from ._shared.errors import InvalidCredentialsError, Malformed, ResponseFormatError, error_for_status
from ._shared.redact import install as install_redaction
from ._shared.text import parse_pair

USER_KEY_HEADER = "user_key"
SESSION_KEY_HEADER = "Session_key"
ACCESS_TOKEN_HEADER = "Access_token"

# smSend puts the password in the login URL's query string; keep it out of httpx's request log lines.
install_redaction(["password", "passwd"])


@dataclass(frozen=True)
class Keys:
    """What a login returns. `secret` is the session key or the access token; neither is ever shown."""

    user_key: str = field(repr=False)
    secret: str = field(repr=False)
    is_token: bool = False

    def headers(self) -> dict[str, str]:
        name = ACCESS_TOKEN_HEADER if self.is_token else SESSION_KEY_HEADER
        return {USER_KEY_HEADER: self.user_key, name: self.secret}


@dataclass(frozen=True)
class PasswordLogin:
    """Username and password, used with `login` (session key) or `token` (access token)."""

    username: str
    password: str = field(repr=False)
    use_token: bool = False

    @property
    def operation(self) -> str:
        return "login_with_token" if self.use_token else "login"

    def request(self, base_url: str) -> httpx.Request:
        path = "token" if self.use_token else "login"
        params = {"username": self.username, "password": self.password}
        return httpx.Request("GET", f"{base_url.rstrip('/')}/{path}", params=params)

    def keys_from(self, response: httpx.Response) -> Keys:
        if response.status_code == 404:
            raise InvalidCredentialsError(self.operation)
        if response.status_code != 200:
            raise error_for_status(
                self.operation, response.status_code, response.text.strip(), headers=response.headers
            )
        try:
            user_key, secret = parse_pair(response.text)
        except Malformed as problem:
            raise ResponseFormatError(self.operation, str(problem)) from None
        return Keys(user_key, secret, is_token=self.use_token)


class SmsendAuth(httpx.Auth):
    """An httpx auth flow adding `user_key` + `Session_key`/`Access_token` to every request."""

    def __init__(self, base_url: str, login: PasswordLogin | None = None, keys: Keys | None = None) -> None:
        if login is None and keys is None:
            raise ValueError("SmsendAuth needs a PasswordLogin, Keys, or both")
        self._base_url = base_url
        self._login = login
        self.keys = keys
        self.logins = 0  # how many times the flow logged in by itself, `connect`'s login aside
        self._lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}

    def __repr__(self) -> str:
        who = self._login.username if self._login else "pre-issued keys"
        return f"SmsendAuth({self._base_url!r}, {who!r})"

    def use(self, response: httpx.Response, *, by_flow: bool = True) -> None:
        """Take the keys from a login answer (raising InvalidCredentialsError when it was refused)."""
        assert self._login is not None
        self.keys = self._login.keys_from(response)
        self.logins += by_flow

    def login_request(self) -> httpx.Request:
        assert self._login is not None
        return self._login.request(self._base_url)

    # Both flows read the login answer themselves, `read()` or `await aread()`: the sync read of an async
    # stream fails.
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.keys is None:
            with self._lock:
                if self.keys is None:
                    login = yield self.login_request()
                    login.read()
                    self.use(login)
        used = self.keys
        assert used is not None
        request.headers.update(used.headers())
        response = yield request
        if response.status_code == 401 and self._login is not None:
            with self._lock:
                if self.keys is used:  # nobody has logged in since this request was sent
                    login = yield self.login_request()
                    login.read()
                    self.use(login)
            assert self.keys is not None
            request.headers.update(self.keys.headers())
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.keys is None:
            async with self._async_lock():
                if self.keys is None:
                    login = yield self.login_request()
                    await login.aread()
                    self.use(login)
        used = self.keys
        assert used is not None
        request.headers.update(used.headers())
        response = yield request
        if response.status_code == 401 and self._login is not None:
            async with self._async_lock():
                if self.keys is used:
                    login = yield self.login_request()
                    await login.aread()
                    self.use(login)
            assert self.keys is not None
            request.headers.update(self.keys.headers())
            yield request

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            self._async_locks = {loop: asyncio.Lock()}  # one event loop at a time; an old loop's lock is dropped
            lock = self._async_locks[loop]
        return lock
