"""The client overlay against the served emulator: valid credentials authenticate, wrong ones raise the typed
error of the documented code, and a send's refused messages are typed and checkable."""

from __future__ import annotations

import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import SmsMessageCollection, SmsMessageInput
from smsgw_clicksend.overlay import MessagesRefusedError, all_sent, call, connect, errors, operations, refused

from conformance.emulators.clicksend import DEMO_ACCOUNT
from conformance.tests.clicksend.conftest import TEST_NUMBERS, Emulator


def test_valid_credentials_authenticate(client: AuthenticatedClient) -> None:
    account = call(operations.get_account, client=client)
    assert account.username == DEMO_ACCOUNT.username


def test_wrong_credentials_raise_the_typed_error_and_never_show_the_key(client_emulator: Emulator) -> None:
    with connect(DEMO_ACCOUNT.username, "NOT-THE-KEY-8c1f", base_url=client_emulator.base_url) as wrong:
        with pytest.raises(errors.UnauthorizedError) as raised:
            call(operations.get_account, client=wrong)
        assert "NOT-THE-KEY-8c1f" not in repr(wrong)
    assert raised.value.status == 401 and raised.value.code is not None
    assert "NOT-THE-KEY-8c1f" not in f"{raised.value!r} {raised.value} {vars(raised.value)}"


def test_refused_messages_are_typed_and_all_sent_raises(client: AuthenticatedClient) -> None:
    body = SmsMessageCollection(
        messages=[SmsMessageInput(body="Hello", to=TEST_NUMBERS[0]), SmsMessageInput(body="Hello", to="+1")]
    )
    sent = call(operations.send_sms, client=client, body=body)
    (bad,) = refused(sent)
    assert (bad.to, bad.status) == ("+1", "INVALID_RECIPIENT")
    with pytest.raises(MessagesRefusedError) as raised:
        all_sent(sent)
    assert raised.value.refused == [bad]
