"""SMS contacts and sender codes: add_phone_to_sender_code, add_subscriber_to_sender_code, stop_subscriber_send.

* A subscription is a phone subscribed to a sender code, in one of its groups (`groupName`) or none (smsGroupId
  0): the same phone can be in the sender code without a group and in each of its groups. Subscribing it again
  to the same place fails (500). A group is made the first time a subscription names it (groups are per sender
  code, by exact name); a failing request makes none.
* add_phone_to_sender_code needs an existing SMS contact; add_subscriber_to_sender_code makes one from `email`,
  `phone`, `first` and `customerKey` when the realm has none with that phone (an existing contact keeps its
  details, and gets only those it did not have). `customerKey` (not blank) is required in a realm that requires
  customer keys. Both fail (500) for an unknown sender code, with the send commands' documented text, and for an
  invalid argument (see common.on_invalid).
* stop_subscriber_send records that the phone stopped sends from the sender code; both send commands honour it.
  Stopping again answers the opt-out already recorded. It leaves the subscriptions alone, and subscribing the
  phone again does not lift it (the docs: opt-outs are honoured "with no override").
"""

from __future__ import annotations

from starlette.responses import Response

from ...core import ApiError, Call, json_body
from ..errors import failed
from ..state import Group, OptOut, RealmState, Sender, Store, Subscriber, Subscription
from . import operation
from .common import find_sender, opt_out_view, stop_error, subscription_view, wc_date


def _already(realm: RealmState, phone: str, sender: Sender, group_name: str | None) -> ApiError:
    where = f" group [{group_name}]" if group_name is not None else ""
    return failed(
        f"Phone [{phone}] is already subscribed to senderCode [{sender.code}]{where} in realmId [{realm.realm_id}]"
    )


def _subscribe(
    store: Store, realm: RealmState, subscriber: Subscriber, sender: Sender, group_name: str | None
) -> Subscription:
    """Subscribe the contact (making the group if it is new); 500 if it is subscribed there already."""
    group = realm.group_named(sender, group_name) if group_name is not None else None
    group_id = group.id if group is not None else 0
    place_exists = group_name is None or group is not None  # a new group has no subscriptions yet
    if place_exists and realm.subscription(subscriber, sender, group_id) is not None:
        raise _already(realm, subscriber.phone, sender, group_name)
    if group_name is not None and group is None:
        group = Group(store.next_id("group"), sender.id, group_name)
        realm.groups[group.id] = group
        group_id = group.id
    now = store.now()
    subscription = Subscription(store.next_id("subscription"), subscriber.id, sender.id, group_id, now, now)
    realm.subscriptions[subscription.id] = subscription
    return subscription


@operation("add_phone_to_sender_code")
def add_phone_to_sender_code(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    phone: str = call.path["phone"]
    sender = find_sender(realm, call.path["senderCode"])
    subscriber = realm.subscribers.get(phone)
    if subscriber is None:
        raise failed(f"SMS subscriber with phone [{phone}] not found in realmId [{realm.realm_id}]")
    subscription = _subscribe(store, realm, subscriber, sender, call.query.get("groupName"))
    return json_body(subscription_view(realm, subscription))


@operation("add_subscriber_to_sender_code")
def add_subscriber_to_sender_code(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    email: str = call.path["email"]
    phone: str = call.path["phone"]
    first: str | None = call.query.get("first")
    customer_key: str | None = call.query.get("customerKey")
    group_name: str | None = call.query.get("groupName")
    sender = find_sender(realm, call.path["senderCode"])
    if realm.requires_customer_key and not (customer_key or "").strip():
        raise failed(f"customerKey is required for SMS contacts in realmId [{realm.realm_id}]")
    subscriber = realm.subscribers.get(phone)
    if subscriber is None:
        subscriber = Subscriber(store.next_id("subscriber"), phone, email, first, customer_key, store.now())
        subscription = _subscribe(store, realm, subscriber, sender, group_name)  # cannot exist yet
        realm.subscribers[phone] = subscriber
    else:
        subscription = _subscribe(store, realm, subscriber, sender, group_name)
        subscriber.email = subscriber.email or email
        subscriber.first = subscriber.first or first
        subscriber.customer_key = subscriber.customer_key or customer_key
    answer = {
        "success": True,
        "createDate": wc_date(subscription.created),
        "updatedDate": wc_date(subscription.updated),
        "realmId": realm.realm_id,
        "smsSubscriberId": subscriber.id,
        "id": subscription.id,
    }
    if group_name is not None:
        answer["groupName"] = group_name
    return json_body(answer | {"phone": subscriber.phone})


@operation("stop_subscriber_send")
def stop_subscriber_send(store: Store, call: Call[None, RealmState]) -> Response:
    realm = call.principal
    phone: str = call.path["phone"]
    subscriber = realm.subscribers.get(phone)
    sender = realm.senders.get(call.path["senderCode"])
    if subscriber is None or sender is None:
        raise stop_error(realm, phone)
    opt_out = realm.opt_outs.get((phone, sender.id))
    if opt_out is None:
        now = store.now()
        opt_out = OptOut(store.next_id("optout"), subscriber.id, sender.id, phone, now, now)
        realm.opt_outs[(phone, sender.id)] = opt_out
    return json_body(opt_out_view(realm, opt_out))
