"""Post Return Address: the addresses letters and postcards are returned to (list, create, get, update, delete);
plain records (records.py) that show the account's `user_id`. The optional lines a request leaves out show as
empty strings, as the docs' answers show them."""

from __future__ import annotations

from typing import Any

from emulator_models import clicksend as models

from .records import Messages, RecordKind, register

RETURN_ADDRESSES = RecordKind(
    "Return address",
    "post_return_address",
    "return_address_id",
    models.PostReturnAddressRequest,
    Messages(
        "Here are your records.",
        "New return address has been added.",
        "Here is your data.",
        "Your return address has been updated.",
        "Your return address has been deleted.",
    ),
    deleted_data=[],
    owner_shown=True,
    unset={"address_line_2": "", "address_state": ""},
    plural="post_return_addresses",
)

register((RETURN_ADDRESSES,))


def postal_code_as_text(body: Any) -> Any:
    """The docs' create and update samples send the postal code as a number (`6302`); the tables say string. The
    spec takes either (a whole number from 0), and the record keeps the digits (errata: Post Return Address); any
    other value goes on to validation as sent."""
    code = body.get("address_postal_code") if isinstance(body, dict) else None
    if isinstance(code, int) and not isinstance(code, bool) and code >= 0:
        return {**body, "address_postal_code": str(code)}
    return body
