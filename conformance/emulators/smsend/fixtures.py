"""The demo dataset: resources the spec's path-parameter examples name, so that each operation's example
request reaches a 2xx (Schemathesis' examples phase, and any user trying the examples by hand).

Created through the emulator's own API with the demo account, so no resource shape is written twice. Ids
start at FIRST_ID, far from the ids everyday calls get (which start at 1), so generated requests do not
delete the dataset by chance; each operation has a resource of its own, so one example's delete does not
starve another's. `load` checks that every id comes out as the spec's examples expect.
"""

from __future__ import annotations

import warnings
from typing import Any

from starlette.applications import Starlette

from .state import Store

FIRST_ID = 9_000_001
PATH = "/API/v1.0/REST"
SCHEDULED_ORDER_ID = "demoscheduled"

_CONTACT = {"email": "demo{n}@example.com", "phoneNumber": "+3934700090{n:02d}"}
_LIST = {
    "title": "Demo list",
    "id_language": "ita",
    "email_sender": "news@example.com",
    "reply_to": "reply@example.com",
    "company_name": "ACME",
    "company_address": "Via Roma 1, Milano",
    "company_url": "https://example.com",
    "company_phone": "+390200000000",
    "company_fax": "+390200000001",
}
_ALIAS = {
    "alias": "DemoShop",
    "company-name": "ACME",
    "contact-name": "Mario",
    "contact-surname": "Rossi",
    "cod-fiscale": "RSSMRA80A01F205X",
    "vat-number": "01234567890",
    "contact-address": "Via Roma 1",
    "contact-city": "Milano",
    "contact-pcode": "20100",
    "contact-type": "EMAIL",
    "contact-info": "mario@example.com",
}


def _contact(n: int, **extra: Any) -> dict[str, Any]:
    return {key: value.format(n=n) for key, value in _CONTACT.items()} | extra


# (method, path, JSON body, the id the Location or state must show) — in this order, ids FIRST_ID + 0, 1, 2, ...
STEPS: list[tuple[str, str, Any, str]] = [
    ("POST", "/contact", _contact(1), "9000001"),  # get_contact
    ("POST", "/contact", _contact(2), "9000002"),  # add_contact_to_blacklist
    ("POST", "/contact", _contact(3), "9000003"),  # add_contacts_to_blacklist (body example)
    ("POST", "/contact", _contact(4), "9000004"),  # add_contact_to_group (contact)
    ("POST", "/group", {"name": "Demo group A", "description": "add a contact"}, "9000005"),
    ("POST", "/group", {"name": "Demo group B", "description": "remove a contact"}, "9000006"),
    ("POST", "/contact", _contact(7, groupIds=["9000006"]), "9000007"),  # remove_contact_from_group
    ("POST", "/group", {"name": "Demo group C", "description": "add to a list"}, "9000008"),
    ("POST", "/list", _LIST, "9000009"),  # register_contact_to_list
    ("POST", "/list", _LIST, "9000010"),  # modify_list
    ("POST", "/list", _LIST, "9000011"),  # add_group_to_list
    ("POST", "/list", _LIST, "9000012"),  # create_issue_from_template
    ("POST", "/list", _LIST, "9000013"),  # send_issue (list)
    ("POST", "/list/9000013/contact", {"email": "demo14@example.com"}, "9000014"),  # send_issue (body example)
    (
        "POST",
        "/list/9000013/issue",
        {
            "title": "Demo",
            "subject": "Demo",
            "share_social": False,
            "text_content": "Hi",
            "html_content": "<p>Hi</p>",
            "attachments": [],
        },
        "9000015",
    ),  # send_issue (issue)
    ("POST", "/alias", {"alias": _ALIAS}, "9000016"),  # get_alias
    ("POST", "/alias", {"alias": _ALIAS}, "9000017"),  # delete_alias
    ("POST", "/subaccount", {"login": "demo-sub", "password": "demo-pass-1", "email": "sub@example.com"}, "9000018"),
    (
        "POST",
        "/subaccount/9000018/purchase",
        {"price": 10.0, "purchases": [{"message_type": "N", "quantity": 100}]},
        "9000019",
    ),  # delete_subaccount_purchase
    ("POST", "/group", {"name": "Demo group D", "description": "modify"}, "9000020"),  # modify_group
    ("POST", "/group", {"name": "Demo group E", "description": "delete"}, "9000021"),  # delete_group
    (
        "POST",
        "/sms",
        {
            "message_type": "N",
            "message": "Demo",
            "recipient": ["+393470009099"],
            "order_id": SCHEDULED_ORDER_ID,
            "scheduled_delivery_time": "20991231235959",
        },
        SCHEDULED_ORDER_ID,
    ),
]


def load(app: Starlette, store: Store, username: str, password: str) -> None:
    """Create the demo dataset in `username`'s account; fails loudly if the API refuses a step."""
    with warnings.catch_warnings():  # starlette suggests httpx2; the httpx it ships with works
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    with TestClient(app) as client, store.ids_from(FIRST_ID):
        login = client.get(f"{PATH}/login", params={"username": username, "password": password})
        user_key, session_key = login.text.split(";")
        headers = {"user_key": user_key, "Session_key": session_key}
        for method, path, body, expected_id in STEPS:
            response = client.request(method, PATH + path, json=body, headers=headers)
            shown = response.headers.get("Location", "").rsplit("/", 1)[-1] or _created_id(response, store, username)
            if response.status_code >= 300 or shown != expected_id:
                answer = f"{response.status_code} with id {shown!r}: {response.text}"
                raise RuntimeError(f"demo dataset: {method} {path} gave {answer}, expected id {expected_id}")


def _created_id(response: Any, store: Store, username: str) -> str:
    """Ids of creations that answer without a Location: an alias (the newest) or a send (its order_id)."""
    if response.headers.get("content-type", "").startswith("application/json"):
        return str(response.json().get("order_id", ""))
    aliases = store.by_username[username].aliases
    return str(max(aliases)) if aliases else ""
