"""Client tests of the Subaccounting section (unverified shapes): subaccounts, their credits and purchases."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from smsgw_smsend.client import AuthenticatedClient
from smsgw_smsend.models import (
    SubaccountCreateRequest,
    SubaccountCreditMoveRequest,
    SubaccountEditRequest,
    SubaccountPasswordChangeRequest,
    SubaccountPurchaseCreateItem,
    SubaccountPurchaseCreateRequest,
)
from smsgw_smsend.overlay import Operation, call, connect, errors
from smsgw_smsend.overlay.operations import (
    change_subaccount_password,
    create_subaccount,
    create_subaccount_purchase,
    delete_subaccount_purchase,
    edit_subaccount,
    get_subaccount,
    get_subaccount_credits,
    list_subaccount_purchases,
    list_subaccounts,
    move_subaccount_credits,
)

from .conftest import PLAIN_ACCOUNT, Emulator

UNKNOWN_ID = 999999999
_serial = itertools.count(1)


def new_subaccount(client: AuthenticatedClient, **fields: Any) -> tuple[int, str]:
    login = f"sub{next(_serial)}"
    body = SubaccountCreateRequest(login=login, password="s3cret-pass", email=f"{login}@example.com", **fields)
    subaccount_id: int = call(create_subaccount, client=client, body=body)
    return subaccount_id, login


def credits_of(client: AuthenticatedClient, subaccount_id: int) -> dict[str, int]:
    answer = call(get_subaccount_credits, client=client, subaccount_id=subaccount_id)
    assert answer.result == "OK"
    return {credit.message_type: credit.quantity for credit in answer.credits_}


def move(client: AuthenticatedClient, subaccount_id: int, credits: int, message_type: str = "N") -> None:
    body = SubaccountCreditMoveRequest(credits_=credits, message_type=message_type)  # type: ignore[arg-type]
    assert call(move_subaccount_credits, client=client, subaccount_id=subaccount_id, body=body) is None


def purchase(client: AuthenticatedClient, subaccount_id: int, price: float, **quantities: int) -> int:
    items = [SubaccountPurchaseCreateItem(message_type=kind, quantity=q) for kind, q in quantities.items()]  # type: ignore[arg-type]
    body = SubaccountPurchaseCreateRequest(price=price, purchases=items)
    purchase_id: int = call(create_subaccount_purchase, client=client, subaccount_id=subaccount_id, body=body)
    return purchase_id


def test_create_then_get_a_subaccount(client: AuthenticatedClient) -> None:
    subaccount_id, login = new_subaccount(client, name="Anna", company_name="Acme", credit_eat_mode=2)
    sub = call(get_subaccount, client=client, subaccount_id=subaccount_id)
    assert (sub.id, sub.login, sub.email, sub.name, sub.company_name) == (
        subaccount_id,
        login,
        f"{login}@example.com",
        "Anna",
        "Acme",
    )
    assert sub.active is True
    assert isinstance(sub.activation_time, str) and len(sub.activation_time) == 8
    assert sub.credits_sum == 0  # credit-eat-mode 2: the subaccount's own credits are shown
    assert "password" not in sub.additional_properties


def test_list_subaccounts_pages_through_them(client: AuthenticatedClient) -> None:
    made = {new_subaccount(client)[0] for _ in range(3)}
    first = call(list_subaccounts, client=client)
    assert (first.result, first.page_number, first.page_size) == ("OK", 1, 10)
    found: set[int] = set()
    for page_number in range(1, first.total // 2 + 2):
        page = call(list_subaccounts, client=client, page_number=page_number, page_size=2)
        found |= {sub.id for sub in page.subaccount}
    assert made <= found and len(found) == first.total


def test_edit_subaccount_changes_only_the_given_fields(client: AuthenticatedClient) -> None:
    subaccount_id, login = new_subaccount(client, name="Old", city="Milano")
    body = SubaccountEditRequest(name="New", active=False)
    assert call(edit_subaccount, client=client, subaccount_id=subaccount_id, body=body) is None
    sub = call(get_subaccount, client=client, subaccount_id=subaccount_id)
    assert (sub.name, sub.city, sub.active, sub.login) == ("New", "Milano", False, login)


def test_change_subaccount_password(emulator: Emulator, client: AuthenticatedClient) -> None:
    subaccount_id, _ = new_subaccount(client)
    body = SubaccountPasswordChangeRequest(passwd="brand-new-pass")
    assert call(change_subaccount_password, client=client, subaccount_id=subaccount_id, body=body) is None
    assert emulator.account().subaccounts[subaccount_id]["password"] == "brand-new-pass"


def test_move_credits_to_and_from_a_subaccount(emulator: Emulator, client: AuthenticatedClient) -> None:
    subaccount_id, _ = new_subaccount(client)
    assert credits_of(client, subaccount_id) == {"N": 0, "L": 0, "LL": 0}
    before = emulator.account().sms_credits
    move(client, subaccount_id, 40, "L")
    assert credits_of(client, subaccount_id) == {"N": 0, "L": 40, "LL": 0}
    assert emulator.account().sms_credits == before - 40
    move(client, subaccount_id, -15, "L")
    assert credits_of(client, subaccount_id)["L"] == 25
    assert emulator.account().sms_credits == before - 25


def test_moving_more_credits_than_available_is_refused(emulator: Emulator, client: AuthenticatedClient) -> None:
    subaccount_id, _ = new_subaccount(client)
    before = emulator.account().sms_credits
    with pytest.raises(errors.BadRequestError, match="Not enough credits"):
        move(client, subaccount_id, before + 1)
    with pytest.raises(errors.BadRequestError, match="Not enough credits"):
        move(client, subaccount_id, -1)
    assert emulator.account().sms_credits == before
    assert credits_of(client, subaccount_id)["N"] == 0


def test_purchases_add_credits_and_can_be_deleted(client: AuthenticatedClient) -> None:
    subaccount_id, _ = new_subaccount(client)
    first = purchase(client, subaccount_id, 12.5, N=100, LL=50)
    second = purchase(client, subaccount_id, 3.0, L=10)
    assert credits_of(client, subaccount_id) == {"N": 100, "L": 10, "LL": 50}
    page = call(list_subaccount_purchases, client=client, subaccount_id=subaccount_id)
    assert (page.result, page.total, page.page_number, page.page_size) == ("OK", 2, 1, 10)
    listed = {item.id: item for item in page.purchase}
    assert set(listed) == {first, second}
    assert listed[first].price == 12.5
    assert {(p.message_type, p.quantity) for p in listed[first].purchases} == {("N", 100), ("LL", 50)}
    create_time = listed[first].create_time
    assert isinstance(create_time, str) and len(create_time) == 14
    assert call(delete_subaccount_purchase, client=client, subaccount_id=subaccount_id, purchase_id=first) is None
    assert credits_of(client, subaccount_id) == {"N": 0, "L": 10, "LL": 0}
    assert call(list_subaccount_purchases, client=client, subaccount_id=subaccount_id).total == 1
    with pytest.raises(errors.NotFoundError):
        call(delete_subaccount_purchase, client=client, subaccount_id=subaccount_id, purchase_id=first)


def operation_name(value: object) -> str:
    return str(getattr(value, "name", ""))


SUBACCOUNT_CALLS: list[tuple[Operation[..., Any], dict[str, Any]]] = [
    (get_subaccount, {}),
    (edit_subaccount, {"body": SubaccountEditRequest(name="x")}),
    (change_subaccount_password, {"body": SubaccountPasswordChangeRequest(passwd="12345678")}),
    (move_subaccount_credits, {"body": SubaccountCreditMoveRequest(credits_=1, message_type="N")}),
    (get_subaccount_credits, {}),
    (list_subaccount_purchases, {}),
    (
        create_subaccount_purchase,
        {"body": SubaccountPurchaseCreateRequest(price=1.0, purchases=[SubaccountPurchaseCreateItem("N", 1)])},
    ),
]


@pytest.mark.parametrize(("operation", "kwargs"), SUBACCOUNT_CALLS, ids=operation_name)
def test_unknown_subaccount_is_not_found(
    client: AuthenticatedClient, operation: Operation[..., Any], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(errors.NotFoundError):
        call(operation, client=client, subaccount_id=UNKNOWN_ID, **kwargs)


def test_unknown_purchase_is_not_found(client: AuthenticatedClient) -> None:
    subaccount_id, _ = new_subaccount(client)
    with pytest.raises(errors.NotFoundError):
        call(delete_subaccount_purchase, client=client, subaccount_id=subaccount_id, purchase_id=UNKNOWN_ID)


@pytest.mark.parametrize(
    ("operation", "kwargs"),
    [
        (list_subaccounts, {}),
        (
            create_subaccount,
            {"body": SubaccountCreateRequest(login="nope", password="12345678", email="n@example.com")},
        ),
        *((operation, {"subaccount_id": 1, **kwargs}) for operation, kwargs in SUBACCOUNT_CALLS),
        (delete_subaccount_purchase, {"subaccount_id": 1, "purchase_id": 1}),
    ],
    ids=operation_name,
)
def test_a_plain_account_cannot_manage_subaccounts(
    emulator: Emulator, operation: Operation[..., Any], kwargs: dict[str, Any]
) -> None:
    plain = connect(emulator.base_url, PLAIN_ACCOUNT.username, PLAIN_ACCOUNT.password)
    with pytest.raises(errors.BadRequestError, match="superaccount"):
        call(operation, client=plain, **kwargs)
