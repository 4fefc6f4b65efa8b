"""Landing pages API: the list of the user's published landing pages.

Landing pages are made in the web panel, which the emulator does not have, so every account starts with
the two published pages of `DEMO_LANDINGS` (their ids can be used as `id_landing` when sending SMS).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ...core import Call, json_body
from ..state import AccountState, Store
from . import operation

DEMO_LANDINGS: tuple[dict[str, Any], ...] = (
    {
        "id_landing": 1,
        "name": "Spring sale",
        "description": "Spring sale landing page",
        "long_description": "Discounts on the whole catalogue, valid until the end of the season.",
        "created": 1767225600000,  # 2026-01-01T00:00:00Z in epoch milliseconds
        "modified": 1767225600000,
        "html_title": "Spring sale",
    },
    {
        "id_landing": 2,
        "name": "Newsletter sign-up",
        "description": "Sign-up form for the newsletter",
        "long_description": "Leave your email address to receive our monthly newsletter.",
        "created": 1767312000000,
        "modified": 1767398400000,
        "html_title": "Subscribe to our newsletter",
    },
)


def published_landings(account: AccountState) -> list[dict[str, Any]]:
    """The account's published landing pages, seeded with the demo pages on first use."""
    if not account.landings:
        account.landings.extend(dict(landing) for landing in DEMO_LANDINGS)
    return account.landings


@operation("list_landing_pages")
def list_landing_pages(store: Store, call: Call[None, AccountState]) -> Response:
    return json_body({"landings": published_landings(call.principal)})
