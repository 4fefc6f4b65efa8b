"""smSend authentication: log in, send both key headers, log in again when the session expires.

smSend's login is a GET whose plain-text answer is `USER_KEY;SESSION_KEY` (or `USER_KEY;ACCESS_TOKEN`
from `token`), and every other call must carry two headers with exact underscore names. The generated
client cannot express that, so `SmsendAuth` does it as an httpx auth flow: it works for the generated
client's sync and async calls alike, and it retries a request once after a fresh login when the server
answers 401 (a session dies after 5 minutes without calls).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

import httpx

from ._shared.errors import InvalidCredentialsError, error_for_status
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

    def request(self, base_url: str) -> httpx.Request:
        path = "token" if self.use_token else "login"
        params = {"username": self.username, "password": self.password}
        return httpx.Request("GET", f"{base_url.rstrip('/')}/{path}", params=params)

    def keys_from(self, response: httpx.Response) -> Keys:
        operation = "login_with_token" if self.use_token else "login"
        if response.status_code == 404:
            raise InvalidCredentialsError(f"{operation}: the username or password is incorrect")
        if response.status_code != 200:
            raise error_for_status(operation, response.status_code, response.text.strip())
        user_key, secret = parse_pair(operation, response.text)
        return Keys(user_key, secret, is_token=self.use_token)


class SmsendAuth(httpx.Auth):
    """An httpx auth flow adding `user_key` + `Session_key`/`Access_token` to every request."""

    def __init__(self, base_url: str, login: PasswordLogin | None = None, keys: Keys | None = None) -> None:
        if login is None and keys is None:
            raise ValueError("SmsendAuth needs a PasswordLogin, Keys, or both")
        self._base_url = base_url
        self._login = login
        self.keys = keys
        self.logins = 0  # how many times this flow has logged in (visible to tests and users)

    def __repr__(self) -> str:
        who = self._login.username if self._login else "pre-issued keys"
        return f"SmsendAuth({self._base_url!r}, {who!r})"

    def _log_in(self) -> Generator[httpx.Request, httpx.Response, None]:
        assert self._login is not None
        response = yield self._login.request(self._base_url)
        response.read()
        self.keys = self._login.keys_from(response)
        self.logins += 1

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.keys is None:
            yield from self._log_in()
        assert self.keys is not None
        request.headers.update(self.keys.headers())
        response = yield request
        if response.status_code == 401 and self._login is not None:
            yield from self._log_in()
            request.headers.update(self.keys.headers())
            yield request
