"""The demo realm's dataset: the records the spec's examples name, so that each example request succeeds against a
fresh emulator.

Loaded straight into the state: the API has no command to define a label or a sender code, nor to make an SMS
contact without subscribing it. The examples name the labels `welcome` and `sms`, the sender code 2065551212,
the phone 12065959696 (an SMS contact, subscribed nowhere and not stopped, so that add_phone_to_sender_code,
add_subscriber_to_sender_code and stop_subscriber_send all succeed) and the message `welcome`. The message the
create_message example makes ("My SMS Message") is not here.

Two examples cannot both succeed on any dataset, as they name the same subscription: add_phone_to_sender_code
and add_subscriber_to_sender_code both subscribe 12065959696 to 2065551212 without a group, so whichever runs
second fails (500, already subscribed).

The sender code also has subscribers for send_message_to_sender_code to reach: one in its group `daily` (the
docs' example group), one without a group, and one that stopped its sends (left out of every send).
"""

from __future__ import annotations

from .state import Group, Message, OptOut, RealmState, Sender, Store, Subscriber, Subscription

LABELS = ("welcome", "sms", "daily")
SENDER_CODES = ("2065551212", "38383")  # a long number (the examples') and a short code
DEMO_PHONE = "12065959696"
WELCOME_TEXT = "Welcome to our SMS updates! Reply STOP to stop, HELP for help."
# phone -> (email, first name, group of 2065551212 or None, subscribed, stopped)
CONTACTS: dict[str, tuple[str, str, str | None, bool, bool]] = {
    DEMO_PHONE: ("anna@example.com", "Anna", None, False, False),
    "15558999520": ("ben@example.com", "Ben", "daily", True, False),
    "12065550100": ("cleo@example.com", "Cleo", None, True, False),
    "12065550101": ("dan@example.com", "Dan", None, True, True),
}


def load(realm: RealmState, store: Store) -> None:
    now = store.now()
    realm.labels.update(LABELS)
    for code in SENDER_CODES:
        realm.senders[code] = Sender(store.next_id("sender"), code)
    sender = realm.senders[SENDER_CODES[0]]
    daily = Group(store.next_id("group"), sender.id, "daily")
    realm.groups[daily.id] = daily
    message = Message(store.next_id("message"), "welcome", WELCOME_TEXT, ("welcome", "sms"), 1, now, now)
    realm.messages[message.id] = message
    for phone, (email, first, group_name, subscribed, stopped) in CONTACTS.items():
        subscriber = Subscriber(store.next_id("subscriber"), phone, email, first, None, now)
        realm.subscribers[phone] = subscriber
        if subscribed:
            group_id = daily.id if group_name == daily.name else 0
            subscription = Subscription(store.next_id("subscription"), subscriber.id, sender.id, group_id, now, now)
            realm.subscriptions[subscription.id] = subscription
        if stopped:
            realm.opt_outs[(phone, sender.id)] = OptOut(
                store.next_id("optout"), subscriber.id, sender.id, phone, now, now
            )
