"""SMSC behaviour that clients written elsewhere rely on, as the documentation describes it."""

from __future__ import annotations

from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import call
from smsgw_smsc.overlay.operations import send_sms

from .conftest import Emulator


def test_id_0_asks_the_service_for_an_id(client: AuthenticatedClient, emulator: Emulator) -> None:
    """Common client libraries send `id=0` for "no id of mine": each send gets an id of its own, no error."""
    first = call(send_sms, client=client, body=models.SendSmsForm(phones="79991230001", mes="first", id=0))
    second = call(send_sms, client=client, body=models.SendSmsForm(phones="79991230002", mes="second", id=0))
    assert first.id != second.id and first.id > 0 and second.id > 0
    assert (first.id, "79991230001") in emulator.account().messages


def test_one_message_in_list_form_is_no_mass_request(client: AuthenticatedClient, emulator: Emulator) -> None:
    """`phone=N,&id=M,` twice within a minute: the per-message limit (five) applies, not the mass one (one)."""
    from smsgw_smsc.overlay.operations import get_statuses

    emulator.next_minute()
    sent = call(send_sms, client=client, body=models.SendSmsForm(phones="79991230003", mes="listed"))
    form = models.StatusesForm(phone="79991230003,", id=f"{sent.id},")
    for _ in range(3):
        (status,) = call(get_statuses, client=client, body=form)
        assert status.id == sent.id
