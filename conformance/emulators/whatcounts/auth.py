"""WhatCounts authentication as documented ("API: Rest Overview"):

* `Authorization: Basic base64(realmName:apiPassword)` on every call; a missing or malformed header, an unknown
  realm or a wrong password answer 401 `{"error": "Unauthorized", "status": "Unauthorized", "statusCode": 401}`.
* `x-api-key: base64(apiClientName:apiClientAuth)` is optional (the realm's default API client sends none); when
  present it must name an API client configured for that realm, with its auth, or the answer is the same 401.
* The credentials are UTF-8 (latin-1 accepted when not); the realm name ends at the first `:`.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Callable

from starlette.requests import Request

from ..core import ApiError, Operation
from .state import RealmState, Store

API_KEY_HEADER = "x-api-key"


def unauthorized() -> ApiError:
    return ApiError(401, "Unauthorized", headers={"WWW-Authenticate": 'Basic realm="WhatCounts"'})


def _pair(encoded: str) -> tuple[str, str] | None:
    """`name:secret` from base64 text, or None when it is not that."""
    try:
        raw = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("latin-1")
    name, colon, secret = decoded.partition(":")
    return (name, secret) if colon else None


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def authenticator(store: Store) -> Callable[[Request, Operation], RealmState]:
    """The `authenticate` callback for the core (`build_app`): returns the caller's RealmState or raises the 401."""

    def authenticate(request: Request, operation: Operation) -> RealmState:
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        credentials = _pair(encoded) if scheme.lower() == "basic" else None
        if credentials is None:
            raise unauthorized()
        realm_name, password = credentials
        state = store.realms.get(realm_name)
        if state is None or not _same(password, state.realm.api_password):
            raise unauthorized()
        api_key = request.headers.get(API_KEY_HEADER)
        if api_key is not None:
            client = _pair(api_key)
            if client is None:
                raise unauthorized()
            expected = state.realm.api_clients.get(client[0])
            if expected is None or not _same(client[1], expected):
                raise unauthorized()
        return state

    return authenticate
