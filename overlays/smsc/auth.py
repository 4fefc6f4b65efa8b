"""Credentials for SMSC, added to the form body of every request (never to the URL, which gets logged).

SMSC reads `login` + `psw` (the password, or its lower-case hex MD5) or `apikey` from the query or the form
body, and decodes all request text with the `charset` the request names (windows-1251 when it names none).
`SmscAuth` is an httpx auth flow that adds the credentials to the form and encodes the whole form in that
charset, so that what the user typed reaches the service intact, or fails here with a clear error when the
charset cannot hold it.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Generator
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

import httpx

from ..operation_info import EXTENSIONS
from .errors import CharsetError


def _charsets() -> dict[str, str]:
    """The `charset` values the service knows, from the spec (`x-charsets`), each with its Python codec."""
    names = EXTENSIONS.get("charsets")
    if not isinstance(names, list) or not names:  # spec lint refuses such a spec; this is the generated copy
        raise RuntimeError("specs/smsc.yaml must list the service's charsets in info.x-charsets")
    return {str(name): codecs.lookup(str(name)).name for name in names}


CHARSETS = _charsets()
SERVICE_DEFAULT_CHARSET = next(iter(CHARSETS))  # what the service assumes when a request names none
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Password:
    """login + password; with `send_md5` the password travels as its MD5 hash (the service accepts either)."""

    login: str
    password: str = field(repr=False)
    send_md5: bool = False

    def fields(self) -> list[tuple[str, str]]:
        psw = hashlib.md5(self.password.encode()).hexdigest() if self.send_md5 else self.password
        return [("login", self.login), ("psw", psw)]


@dataclass(frozen=True)
class ApiKey:
    """An API key, used instead of login + password."""

    apikey: str = field(repr=False)

    def fields(self) -> list[tuple[str, str]]:
        return [("apikey", self.apikey)]


Credentials = Password | ApiKey


def encode_form(pairs: list[tuple[str, str]]) -> bytes:
    """A form body in the charset it names (windows-1251 when it names none, as the service assumes)."""
    charset = dict(pairs).get("charset", SERVICE_DEFAULT_CHARSET)
    codec = CHARSETS.get(charset)
    if codec is None:
        raise CharsetError(f"unknown charset {charset!r}; SMSC knows {', '.join(CHARSETS)}")
    try:
        return urlencode(pairs, encoding=codec, errors="strict").encode("ascii")
    except UnicodeEncodeError as error:
        # Which field, never its value: the value could be anything the user typed.
        name = next((key for key, value in pairs if _unencodable(value, codec)), "?")
        raise CharsetError(
            f"field {name!r} has characters {charset} cannot encode (position {error.start}); "
            "send charset='utf-8' instead"
        ) from None


def _unencodable(value: str, codec: str) -> bool:
    try:
        value.encode(codec)
    except UnicodeEncodeError:
        return True
    return False


class SmscAuth(httpx.Auth):
    """Adds the credentials to each form request and encodes the form in its charset."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def __repr__(self) -> str:
        return f"SmscAuth({self._credentials!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        content_type = request.headers.get("content-type", "")
        body = request.read()
        if request.method != "POST" or not content_type.startswith(FORM):
            # Only forms carry credentials: a GET would put them in the URL, which httpx logs.
            raise ValueError("SMSC requests go as POST forms; the generated operations send them so")
        # httpx encoded the form as UTF-8; read it back and encode it the way the service will decode it.
        pairs = [(k, v) for k, v in parse_qsl(body.decode("ascii"), keep_blank_values=True) if k not in _SECRETS]
        content = encode_form(pairs + self._credentials.fields())
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("content-length", "content-type")}
        yield httpx.Request(
            request.method,
            request.url,
            headers={**headers, "Content-Type": FORM},
            content=content,
            extensions=request.extensions,
        )


_SECRETS = ("login", "psw", "apikey")
