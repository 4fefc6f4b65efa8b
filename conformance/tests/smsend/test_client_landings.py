"""Client tests for the Landing pages section."""

from __future__ import annotations

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import SmsSendRequest
from smsgw_smsend.overlay import call
from smsgw_smsend.overlay.errors import BadRequestError
from smsgw_smsend.overlay.operations import list_landing_pages, send_sms

from .conftest import Emulator


def test_list_landing_pages_gives_the_published_pages(client: AuthenticatedClient, emulator: Emulator) -> None:
    pages = call(list_landing_pages, client=client)
    assert [page.id_landing for page in pages.landings] == [1, 2]
    assert pages.landings[0].name == "Spring sale"
    assert pages.landings[0].created == 1767225600000
    assert [page["id_landing"] for page in emulator.account().landings] == [1, 2]


def test_a_listed_landing_page_can_be_sent(client: AuthenticatedClient) -> None:
    landing = call(list_landing_pages, client=client).landings[0].id_landing
    message = "See %PAGESLINK____________%"
    sent = call(
        send_sms,
        client=client,
        body=SmsSendRequest(message_type="N", message=message, recipient=["+393471234567"], id_landing=landing),
    )
    assert sent.result == "OK"
    with pytest.raises(BadRequestError, match="landing"):
        call(
            send_sms,
            client=client,
            body=SmsSendRequest(message_type="N", message=message, recipient=["+393471234567"], id_landing=999),
        )
