"""WhatCounts credentials: HTTP Basic `realm:apiPassword`, and for a named API client an `x-api-key` header.

Both are added by an httpx auth flow rather than the client's default headers, so that neither shows in the
client's repr; the reprs here leave the secrets out.
"""

from __future__ import annotations

import base64
from collections.abc import Generator
from dataclasses import dataclass, field

import httpx

API_KEY_HEADER = "x-api-key"


@dataclass(frozen=True)
class ApiClient:
    """A named API client of the realm (other than its default one): its name and its auth secret."""

    name: str
    auth: str = field(repr=False)

    def header(self) -> str:
        return base64.b64encode(f"{self.name}:{self.auth}".encode()).decode("ascii")


class WhatCountsAuth(httpx.Auth):
    """Basic `realm:apiPassword` on every request, plus `x-api-key` when a named API client is used."""

    def __init__(self, realm: str, api_password: str, api_client: ApiClient | None = None) -> None:
        self.realm = realm
        self._basic = httpx.BasicAuth(realm, api_password)
        self._api_client = api_client

    def __repr__(self) -> str:
        return f"WhatCountsAuth(realm={self.realm!r}, api_client={self._api_client!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._api_client is not None:
            request.headers[API_KEY_HEADER] = self._api_client.header()
        yield from self._basic.auth_flow(request)
