"""SMS Send and SMS History API: sms, paramsms, smstogroups, sms/{order_id} (get, delete), smshistory.

An order's per-recipient status is worked out from the clock when it is read (no background tasks):
SCHEDULED until its delivery time, then WAITING, SENT after `SENT_AFTER` seconds and, for `N` messages
(the only type with a delivery notice), DLVRD after `DELIVERED_AFTER` seconds. Blacklisted recipients
stay BLACKLISTED and cost nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from emulator_models import smsend as models
from starlette.responses import Response

from ...core import ApiError, Call, empty, json_body
from ...sms_text import parts_for
from ..state import AccountState, Order, Store
from . import operation
from .common import (
    api_timestamp,
    is_blacklisted,
    lenient_datetime,
    paged,
    time_window,
    time_zone,
    to_utc,
    within,
)
from .landings import published_landings

SENT_AFTER = 5  # seconds from the delivery time until the SMSC has the message
DELIVERED_AFTER = 30  # seconds from the delivery time until the delivery notice (N messages only)
PAGES_LINK = "%PAGESLINK____________%"
SHORT_LINK = "%SHORT_LINK%"
MAX_LENGTH = {"gsm": 1000, "ucs2": 450}  # a message's maximum length, also after parameter substitution
PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
ALPHANUMERIC_SENDER = re.compile(r"[^0-9+]")


# --- scheduled_delivery_time ------------------------------------------------------------------------------------

_COMPACT = re.compile(r"^[0-9]+$")
_SPACED = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?:\.0)?$")
_ISO = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,6}))?)?(Z|[+-]\d\d:\d\d)?$")


def _two_digit_year(yy: int, now: datetime) -> int:
    """Java's SimpleDateFormat `yy`: the year within 80 years before and 20 years after now."""
    year = now.year - now.year % 100 + yy
    if year > now.year + 20:
        return year - 100
    if year <= now.year - 80:
        return year + 100
    return year


def _compact_time(value: str, now: datetime) -> datetime:
    """ddMMyy, yyyyMMdd, ddMMyyHHmm or yyyyMMddHHmmss, told apart by their length."""
    digits = [int(value[i : i + 2]) for i in range(0, len(value), 2)]
    if len(value) in (6, 10):  # ddMMyy[HHmm]
        day, month, yy, *clock = digits
        return lenient_datetime(_two_digit_year(yy, now), month, day, *clock)
    return lenient_datetime(int(value[:4]), *digits[2:])  # yyyyMMdd[HHmmss]


def parse_schedule_time(value: str, zone_name: str | None, now: datetime) -> datetime:
    """A schema-valid ScheduleTime as naive UTC. A naive time is read in `zone_name` (UTC when absent)."""
    zone = time_zone(zone_name)
    if _COMPACT.match(value):
        return to_utc(_compact_time(value, now), zone)
    spaced = _SPACED.match(value)
    if spaced:
        return to_utc(lenient_datetime(*(int(part) for part in spaced.groups())), zone)
    iso = _ISO.match(value)
    if iso is None:
        raise ApiError(400, f"Invalid scheduled_delivery_time '{value}'")
    year, month, day, hour, minute, second, fraction, offset = iso.groups()
    moment = lenient_datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    if moment < datetime.max - timedelta(seconds=1):
        moment += timedelta(microseconds=int((fraction or "0").ljust(6, "0")))
    if offset:  # an explicit offset wins over scheduled_delivery_timezone
        sign = -1 if offset[0] == "-" else 1
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])) if offset != "Z" else timedelta()
        return to_utc(moment.replace(tzinfo=timezone(sign * delta)), zone)
    return to_utc(moment, zone)


# --- orders -----------------------------------------------------------------------------------------------------


@dataclass
class Sending:
    """What a send request asks for, whatever the operation: one message text per recipient."""

    options: dict[str, Any]  # the request body by wire names
    messages: dict[str, str]  # recipient phone number -> its message


def credits_for(message: str, encoding: str) -> int:
    """SMS parts needed for one message: one credit each."""
    return parts_for(len(message), encoding)


def _check_sender(account: AccountState, sender: str, message_type: str) -> None:
    if not sender:
        return
    if message_type != "N":
        raise ApiError(400, "A custom sender (TPOA) can only be used with message type N")
    registered = {str(alias.get("alias")) for alias in account.aliases.values()}
    if ALPHANUMERIC_SENDER.search(sender) and sender not in registered:
        raise ApiError(400, f"The sender alias '{sender}' is not registered")


def _resolve_links(account: AccountState, options: dict[str, Any], message: str) -> str:
    """The message with the landing page and short link placeholders filled in. The landing page must exist;
    a missing placeholder is not an error (the docs only say to add it): the link is then simply not shown."""
    landing = options.get("id_landing")
    if landing is not None:
        if landing not in {page["id_landing"] for page in published_landings(account)}:
            raise ApiError(400, f"The landing page {landing} does not exist or is not published")
        message = message.replace(PAGES_LINK, f"https://lp.smsend.it/{landing}")
    if options.get("short_link_url"):
        message = message.replace(SHORT_LINK, f"https://smsnd.it/{uuid.uuid4().hex[:6]}")
    return message


def place_order(
    store: Store, account: AccountState, sending: Sending, internal_order_id: str | None = None
) -> dict[str, Any]:
    """Check and store an order; the send response body. The internal order id is a new one unless given (the
    demo dataset's order has a fixed one)."""
    options = sending.options
    order_id = options.get("order_id") or uuid.uuid4().hex
    if order_id in account.orders:
        raise ApiError(400, f"The order_id '{order_id}' is already used")
    sender = options.get("sender") or ""
    _check_sender(account, sender, options["message_type"])
    encoding = options.get("encoding") or "gsm"
    now = store.now()
    scheduled = None
    if options.get("scheduled_delivery_timezone"):
        time_zone(options["scheduled_delivery_timezone"])  # an unknown zone is a 400 even without a time
    if options.get("scheduled_delivery_time"):
        at = parse_schedule_time(options["scheduled_delivery_time"], options.get("scheduled_delivery_timezone"), now)
        scheduled = at if at > now else None  # a past time means: now
    messages = {number: _resolve_links(account, options, text) for number, text in sending.messages.items()}
    for text in messages.values():
        if len(text) > MAX_LENGTH[encoding]:
            raise ApiError(400, f"A message is longer than {MAX_LENGTH[encoding]} characters after processing")
    statuses = {number: "BLACKLISTED" if is_blacklisted(account, number) else "WAITING" for number in messages}
    sent = [number for number, status in statuses.items() if status != "BLACKLISTED"]
    credits = sum(credits_for(messages[number], encoding) for number in sent)
    if credits > account.sms_credits:
        raise ApiError(400, f"Not enough credit: {credits} needed, {account.sms_credits} available")
    account.sms_credits -= credits
    order = Order(
        order_id=order_id,
        internal_order_id=internal_order_id or str(store.next_id()),
        message_type=options["message_type"],
        message=next(iter(messages.values()), options["message"]),
        sender=sender,
        created=now,
        scheduled=scheduled,
        recipients=statuses,
        campaign_name=options.get("campaign_name"),
        credits=credits,
    )
    account.orders[order_id] = order
    answer: dict[str, Any] = {
        "result": "OK",
        "order_id": order_id,
        "total_sent": credits if options.get("returnCredits") else len(sent),
        "internal_order_id": order.internal_order_id,
    }
    if options.get("returnRemaining"):
        answer["remaining_credits"] = account.sms_credits
    return answer


def recipient_state(order: Order, number: str, now: datetime) -> dict[str, str]:
    """One recipient's status as the API reports it at `now`."""
    status, delivered = order.recipients[number], ""
    start = order.scheduled or order.created
    if status == "WAITING":
        elapsed = (now - start).total_seconds()
        if elapsed < 0:
            status = "SCHEDULED"
        elif elapsed >= DELIVERED_AFTER and order.message_type == "N":
            status, delivered = "DLVRD", api_timestamp(start + timedelta(seconds=DELIVERED_AFTER))
        elif elapsed >= SENT_AFTER:
            status = "SENT"
    return {"destination": number, "status": status, "delivery_date": delivered}


def is_scheduled(order: Order, now: datetime) -> bool:
    return order.scheduled is not None and now < order.scheduled


def find_order(account: AccountState, order_id: str) -> Order:
    order = account.orders.get(order_id)
    if order is None:
        raise ApiError(404, f"[Not found] The order_id {order_id} was not found")
    return order


# --- handlers ---------------------------------------------------------------------------------------------------


# The bodies of the three send operations, which share their options.
SendRequest = models.SmsSendRequest | models.SmsParametricSendRequest | models.SmsGroupSendRequest


def _options(body: SendRequest) -> dict[str, Any]:
    """The body by wire names, JSON values."""
    return body.model_dump(by_alias=True, mode="json")


@operation("send_sms")
def send_sms(store: Store, call: Call[models.SmsSendRequest, AccountState]) -> Response:
    options = _options(call.body)
    sending = Sending(options, {number: options["message"] for number in options["recipient"]})
    return json_body(place_order(store, call.principal, sending), 201)


def fill_parameters(message: str, values: dict[str, Any]) -> str:
    """The message with each ${Name} replaced by the recipient's value; a missing value is a 400."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ApiError(400, f"No value for the parameter '{name}' for recipient {values['recipient']}")
        return str(values[name])

    return PLACEHOLDER.sub(value, message)


@operation("send_parametric_sms")
def send_parametric_sms(store: Store, call: Call[models.SmsParametricSendRequest, AccountState]) -> Response:
    options = _options(call.body)
    messages = {
        values["recipient"]: fill_parameters(options["message"], values) for values in options["recipients"].values()
    }
    return json_body(place_order(store, call.principal, Sending(options, messages)), 201)


def group_phone_numbers(account: AccountState, names: list[str]) -> list[str]:
    """The phone numbers of the contacts of the named groups; an unknown group name is a 400."""
    ids_by_name = {group["name"]: group_id for group_id, group in account.groups.items()}
    unknown = [name for name in names if name not in ids_by_name]
    if unknown:
        raise ApiError(400, f"groups not found: {', '.join(unknown)}")
    numbers: list[str] = []
    for name in names:
        for contact_id in sorted(account.group_members.get(ids_by_name[name], set())):
            phone = account.contacts.get(contact_id, {}).get("phoneNumber")
            if phone and phone not in numbers:
                numbers.append(phone)
    return numbers


@operation("send_sms_to_groups")
def send_sms_to_groups(store: Store, call: Call[models.SmsGroupSendRequest, AccountState]) -> Response:
    options = _options(call.body)
    numbers = group_phone_numbers(call.principal, options["recipient"])
    sending = Sending(options, {number: options["message"] for number in numbers})
    return json_body(place_order(store, call.principal, sending), 200)


@operation("get_sms_state")
def get_sms_state(store: Store, call: Call[None, AccountState]) -> Response:
    order = find_order(call.principal, call.path["order_id"])
    now = store.now()
    recipients = [recipient_state(order, number, now) for number in order.recipients]
    return json_body({"result": "OK", "recipient_number": len(recipients), "recipients": recipients})


@operation("delete_scheduled_sms")
def delete_scheduled_sms(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    order = find_order(account, call.path["order_id"])
    if not is_scheduled(order, store.now()):
        raise ApiError(404, f"[Not found] The order {order.order_id} is not SCHEDULED and cannot be removed")
    del account.orders[order.order_id]
    account.sms_credits += order.credits  # nothing was sent
    return empty(200)


def history_item(order: Order) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "create_time": api_timestamp(order.created),
        "schedule_time": api_timestamp(order.scheduled) if order.scheduled else "",
        "message_type": order.message_type,
        "sender": order.sender,
        "num_recipients": len(order.recipients),
    }


@operation("get_sms_history")
def get_sms_history(store: Store, call: Call[None, AccountState]) -> Response:
    account = call.principal
    start, end = time_window(call, default_to=store.now())
    orders = sorted(account.orders.values(), key=lambda order: order.created)
    found = [history_item(order) for order in orders if within(order.created, start, end)]
    return json_body({"result": "OK", **paged("smshistory", found, call.query["pageNumber"], call.query["pageSize"])})
