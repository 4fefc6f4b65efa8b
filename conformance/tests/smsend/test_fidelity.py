"""smSend behaviour that clients written elsewhere rely on, as the documentation describes it."""

from __future__ import annotations

import httpx
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import GroupRequest
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.operations import create_group

from conformance.emulators.smsend import DEMO_ACCOUNT

from .conftest import Emulator


def test_a_doubled_slash_is_the_same_path(emulator: Emulator) -> None:
    """The docs' own URLs hold `REST//...`; servers like the one in front of smSend merge the slashes."""
    params = {"username": DEMO_ACCOUNT.username, "password": DEMO_ACCOUNT.password}
    single = httpx.get(f"{emulator.base_url}/login", params=params)
    doubled = httpx.get(f"{emulator.base_url}//login", params=params)
    assert (single.status_code, doubled.status_code) == (200, 200)
    assert doubled.text.count(";") == 1


def test_location_headers_are_the_paths_the_docs_show(emulator: Emulator, client: AuthenticatedClient) -> None:
    """Create/modify group, contact, list, issue, subaccount: "the Location header holds the path" (`/group/12`)."""
    seen: list[httpx.Response] = []
    client.get_httpx_client().event_hooks["response"].append(seen.append)
    group_id = call(create_group, client=client, body=GroupRequest(name="located", description="d"))
    assert seen[-1].headers["Location"] == f"/group/{group_id}"
