"""smSend with `acall`: the async auth flow logs in again after expiry, once for any number of concurrent calls,
and a send that met an expired session is sent exactly once."""

from __future__ import annotations

import asyncio

from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import SmsSendRequest
from smsgw_smsend.overlay import SmsendAuth, acall, aconnect, aitems, call, connect, paged
from smsgw_smsend.overlay.operations import check_session, get_user_status, send_sms

from conformance.emulators.smsend import DEMO_ACCOUNT
from conformance.emulators.smsend.state import SESSION_IDLE_SECONDS

from .builders import new_group, unique_phone
from .conftest import PLAIN_ACCOUNT, Emulator


def auth_of(client: AuthenticatedClient) -> SmsendAuth:
    auth = client._httpx_args["auth"]
    assert isinstance(auth, SmsendAuth)
    return auth


def test_acall_logs_in_again_after_expiry(emulator: Emulator) -> None:
    async def scenario() -> None:
        client = await aconnect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
        assert await acall(check_session, client=client) is True
        emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
        status = await acall(get_user_status, client=client)
        assert status.sms
        assert auth_of(client).logins == 1
        assert await acall(check_session, client=client) is True

    asyncio.run(scenario())


def test_twenty_concurrent_acalls_meeting_an_expiry_log_in_once(emulator: Emulator) -> None:
    async def scenario() -> None:
        client = await aconnect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
        await acall(check_session, client=client)  # the async httpx client exists, the session is live
        emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
        results = await asyncio.gather(*(acall(get_user_status, client=client) for _ in range(20)))
        assert all(status.sms for status in results)
        assert auth_of(client).logins == 1

    asyncio.run(scenario())


def test_a_send_after_expiry_sends_exactly_one_message(emulator: Emulator) -> None:
    """The 401 re-send is safe: the expired request was refused before smSend did anything with it."""
    client = connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
    account = emulator.account(PLAIN_ACCOUNT.username)
    phone = unique_phone()
    before = len(account.orders)
    emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
    sent = call(send_sms, client=client, body=SmsSendRequest(message="once", message_type="N", recipient=[phone]))
    assert auth_of(client).logins == 1  # the session had expired: the flow logged in and re-sent
    orders = [order for order in account.orders.values() if phone in order.recipients]
    assert len(account.orders) == before + 1 and len(orders) == 1
    assert sent.total_sent == 1


def test_async_send_after_expiry_sends_exactly_one_message(emulator: Emulator) -> None:
    async def scenario() -> None:
        client = await aconnect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
        account = emulator.account(PLAIN_ACCOUNT.username)
        phone = unique_phone()
        await acall(check_session, client=client)
        emulator.clock.advance(SESSION_IDLE_SECONDS + 1)
        body = SmsSendRequest(message="once", message_type="N", recipient=[phone])
        await acall(send_sms, client=client, body=body)
        assert auth_of(client).logins == 1
        assert len([order for order in account.orders.values() if phone in order.recipients]) == 1

    asyncio.run(scenario())


def test_async_paging_lists_every_group(emulator: Emulator, client: AuthenticatedClient) -> None:
    made = {new_group(client, f"apaged-{n}") for n in range(5)}

    async def scenario() -> set[int]:
        aclient = await aconnect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
        return {group.id_group async for group in aitems(paged.list_groups, client=aclient, page_size=2)}

    assert made <= asyncio.run(scenario())


def test_one_client_serves_one_event_loop_after_another(emulator: Emulator) -> None:
    """`asyncio.run` twice with the same client: the second loop gets connections of its own."""
    client = connect(emulator.base_url, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
    for _ in range(3):
        assert asyncio.run(acall(check_session, client=client)) is True
