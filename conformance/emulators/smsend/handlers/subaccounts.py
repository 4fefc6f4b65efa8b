"""Subaccounting (x-unverified: no documentation page): a superaccount's subaccounts, their credits and purchases.

Only a superaccount may call these. The docs give no status for "you are not a superaccount"; the emulator
answers 400 ("other errors, details are in the body"): 401 means missing or invalid keys in this API, and a
client that gets it logs in again, which cannot help here.

A subaccount is kept as `{"data": <wire fields>, "password": str, "credits": {message type: quantity}}`.
Credits moved to a subaccount come out of the superaccount's `sms_credits` (one credit per message, whatever
the type) and go back there when moved back; a purchase adds its quantities to the subaccount's credits.
Nothing documents a rule on logins, so a login already in use is not refused.
"""

from __future__ import annotations

from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import ApiError, Call, empty, json_body
from ...core.operations import Body
from ..state import AccountState, Store
from . import operation
from .common import api_timestamp, paged, resource_path

MESSAGE_TYPES = ("N", "L", "LL")
OWN_CREDITS_MODE = 2  # credit-eat-mode in which the subaccount's credits are shown in its data


def superaccount(call: Call[Body, AccountState]) -> AccountState:
    account = call.principal
    if not account.account.superaccount:
        raise ApiError(400, "Only a superaccount can manage subaccounts")
    return account


def find_subaccount(call: Call[Body, AccountState]) -> dict[str, Any]:
    account = superaccount(call)
    subaccount_id: int = call.path["subaccount_id"]
    subaccount = account.subaccounts.get(subaccount_id)
    if subaccount is None:
        raise ApiError(404, f"[Not found] The subaccount {subaccount_id} was not found")
    return subaccount


def credit_list(credits: dict[str, int]) -> list[dict[str, Any]]:
    return [{"message_type": kind, "quantity": credits[kind]} for kind in MESSAGE_TYPES]


def subaccount_view(subaccount: dict[str, Any]) -> dict[str, Any]:
    """The wire form: the stored fields, plus credits when the subaccount has its own (credit-eat-mode 2)."""
    own = subaccount["data"].get("credit-eat-mode") == OWN_CREDITS_MODE
    credits = subaccount["credits"]
    return {
        **subaccount["data"],
        "credits": credit_list(credits) if own else None,
        "credits-sum": sum(credits.values()) if own else None,
    }


@operation("list_subaccounts")
def list_subaccounts(store: Store, call: Call[None, AccountState]) -> Response:
    account = superaccount(call)
    items = [subaccount_view(sub) for _, sub in sorted(account.subaccounts.items())]
    return json_body({"result": "OK", **paged("subaccount", items, call.query["pageNumber"], call.query["pageSize"])})


def put_subaccount(
    store: Store, account: AccountState, subaccount_id: int, fields: dict[str, Any], password: str
) -> None:
    """Store a new subaccount under a given id (its create fields by wire name, the password apart): active since
    today, with no credits and no purchases."""
    data = {
        "id": subaccount_id,
        "activation-time": api_timestamp(store.now())[:8],  # yyyyMMdd, as in the published sample
        "active": True,
        "allowtpoavalidation": False,
        "credit-eat-mode": 0,
        "pa-code": None,
        **fields,
    }
    account.subaccounts[subaccount_id] = {
        "data": data,
        "password": password,
        "credits": dict.fromkeys(MESSAGE_TYPES, 0),
    }
    account.purchases[subaccount_id] = {}


@operation("create_subaccount")
def create_subaccount(store: Store, call: Call[models.SubaccountCreateRequest, AccountState]) -> Response:
    account = superaccount(call)
    fields = call.body.model_dump(by_alias=True, exclude_none=True)
    password = fields.pop("password")
    subaccount_id = store.next_id()
    put_subaccount(store, account, subaccount_id, fields, password)
    return empty(201, location=resource_path("subaccount", subaccount_id))


@operation("get_subaccount")
def get_subaccount(store: Store, call: Call[None, AccountState]) -> Response:
    return json_body(subaccount_view(find_subaccount(call)))


@operation("edit_subaccount")
def edit_subaccount(store: Store, call: Call[models.SubaccountEditRequest, AccountState]) -> Response:
    find_subaccount(call)["data"].update(call.body.model_dump(by_alias=True, exclude_unset=True))
    return empty(200)


@operation("change_subaccount_password")
def change_subaccount_password(
    store: Store, call: Call[models.SubaccountPasswordChangeRequest, AccountState]
) -> Response:
    find_subaccount(call)["password"] = call.body.passwd
    return empty(200)


@operation("move_subaccount_credits")
def move_subaccount_credits(store: Store, call: Call[models.SubaccountCreditMoveRequest, AccountState]) -> Response:
    subaccount = find_subaccount(call)
    account = call.principal
    amount: int = call.body.credits
    kind: str = call.body.message_type
    if amount > account.sms_credits:
        raise ApiError(400, f"Not enough credits: the superaccount has {account.sms_credits}")
    if -amount > subaccount["credits"][kind]:
        raise ApiError(400, f"Not enough credits: the subaccount has {subaccount['credits'][kind]} of type {kind}")
    account.sms_credits -= amount
    subaccount["credits"][kind] += amount
    return empty(200)


@operation("get_subaccount_credits")
def get_subaccount_credits(store: Store, call: Call[None, AccountState]) -> Response:
    return json_body({"result": "OK", "credits": credit_list(find_subaccount(call)["credits"])})


def subaccount_purchases(call: Call[Body, AccountState]) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
    """The addressed subaccount (404 if unknown) and its purchases by id."""
    subaccount = find_subaccount(call)
    account = call.principal
    return subaccount, account.purchases.setdefault(call.path["subaccount_id"], {})


@operation("list_subaccount_purchases")
def list_subaccount_purchases(store: Store, call: Call[None, AccountState]) -> Response:
    _, purchases = subaccount_purchases(call)
    items = [purchase for _, purchase in sorted(purchases.items())]
    return json_body({"result": "OK", **paged("purchase", items, call.query["pageNumber"], call.query["pageSize"])})


def put_purchase(
    store: Store,
    account: AccountState,
    subaccount_id: int,
    purchase_id: int,
    price: float,
    bought: list[dict[str, Any]],
) -> None:
    """Store a purchase of an existing subaccount under a given id, made now, and add what it bought (a list of
    {message_type, quantity}) to the subaccount's credits."""
    account.purchases.setdefault(subaccount_id, {})[purchase_id] = {
        "id": purchase_id,
        "price": price,
        "create-time": api_timestamp(store.now()),
        "purchases": bought,
    }
    credits = account.subaccounts[subaccount_id]["credits"]
    for item in bought:
        credits[item["message_type"]] += item["quantity"]


@operation("create_subaccount_purchase")
def create_subaccount_purchase(
    store: Store, call: Call[models.SubaccountPurchaseCreateRequest, AccountState]
) -> Response:
    find_subaccount(call)
    subaccount_id: int = call.path["subaccount_id"]
    purchase_id = store.next_id()
    bought = [item.model_dump() for item in call.body.purchases]
    put_purchase(store, call.principal, subaccount_id, purchase_id, call.body.price, bought)
    location = resource_path("subaccount", subaccount_id, "purchase", purchase_id)
    return empty(201, location=location)


@operation("delete_subaccount_purchase")
def delete_subaccount_purchase(store: Store, call: Call[None, AccountState]) -> Response:
    subaccount, purchases = subaccount_purchases(call)
    purchase = purchases.pop(call.path["purchase_id"], None)
    if purchase is None:
        raise ApiError(404, f"[Not found] The purchase {call.path['purchase_id']} was not found")
    # The credits the purchase brought go away with it, as far as the subaccount still has them.
    for item in purchase["purchases"]:
        credits = subaccount["credits"]
        credits[item["message_type"]] = max(0, credits[item["message_type"]] - item["quantity"])
    return empty(200)
