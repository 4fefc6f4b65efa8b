"""Return addresses as the emulator answers them (raw JSON): the docs' samples send the postal code as a number,
which is read as its digits; anything else that is not text is refused."""

from __future__ import annotations

import httpx
import pytest

from .conftest import data, error

ADDRESS = {
    "address_name": "John Smith",
    "address_line_1": "Maritime Avenue",
    "address_city": "Flynn",
    "address_postal_code": 6302,
    "address_country": "AU",
}


def test_a_numeric_postal_code_is_read_as_its_digits(api: httpx.Client) -> None:
    made = data(api.post("/post/return-addresses", json=ADDRESS))
    assert made["address_postal_code"] == "6302"
    moved = data(
        api.put(f"/post/return-addresses/{made['return_address_id']}", json={**ADDRESS, "address_postal_code": 6000})
    )
    assert moved["address_postal_code"] == "6000"


@pytest.mark.parametrize("postal_code", [True, 63.02, -6302, ["6302"], None])
def test_a_postal_code_of_another_type_is_refused(api: httpx.Client, postal_code: object) -> None:
    error(api.post("/post/return-addresses", json={**ADDRESS, "address_postal_code": postal_code}), 400, "BAD_REQUEST")
