"""SMSC behaviour that clients written elsewhere rely on, as the documentation describes it."""

from __future__ import annotations

import httpx
from smsgw_smsc import models
from smsgw_smsc.client import AuthenticatedClient
from smsgw_smsc.overlay import call
from smsgw_smsc.overlay.operations import send_sms

from conformance.emulators.smsc import DEMO_ACCOUNT

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


def test_a_multipart_form_is_read_like_a_urlencoded_one(emulator: Emulator) -> None:
    # The docs: POST bodies are multipart/form-data when they upload files (MMS and e-mail attachments).
    form = {"login": DEMO_ACCOUNT.login, "psw": DEMO_ACCOUNT.password, "fmt": "3", "charset": "utf-8"}
    files = {"file1": ("picture.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg")}
    with httpx.Client(base_url=emulator.base_url) as http:
        balance = http.post("/sys/balance.php", data=form, files=files)
        assert "balance" in balance.json(), balance.text
        text = "Привет"
        sent = http.post(
            "/sys/send.php",
            data={**form, "phones": "79991234567", "mes": text, "cost": "1"},
            files=files,
        )
        assert "cost" in sent.json() and "error" not in sent.json(), sent.text


def test_a_multipart_form_in_cp1251_is_decoded_with_its_charset(emulator: Emulator) -> None:
    boundary = "b0undary"
    text = "Привет из формы"
    fields = {
        "login": DEMO_ACCOUNT.login,
        "psw": DEMO_ACCOUNT.password,
        "fmt": "3",
        "phones": "79991234567",
        "mes": text,
    }
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value.encode("cp1251")
        for name, value in fields.items()
    ]
    body = b"\r\n".join(parts) + f"\r\n--{boundary}--\r\n".encode()
    with httpx.Client(base_url=emulator.base_url) as http:
        answer = http.post(
            "/sys/send.php", content=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
    sent = answer.json()
    assert emulator.account().messages[(sent["id"], "79991234567")].text == text


def test_a_malformed_multipart_body_is_a_parameters_error_not_a_crash(emulator: Emulator) -> None:
    with httpx.Client(base_url=emulator.base_url) as http:
        answer = http.post("/sys/balance.php", content=b"garbage", headers={"Content-Type": "multipart/form-data"})
    assert answer.status_code == 200 and answer.text.startswith("ERROR = ")
