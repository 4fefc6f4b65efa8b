"""The demo account's dataset: the records the spec's examples name, so that each example succeeds.

Loaded straight into the state (SMSC has no API to backdate a message, approve a sender name or receive a
message). The examples name group ids 1 and 2 (`grp`), sender and mailing id 1001, the number 79991234567 as a
contact, a blacklisted number, a phone-number sender name with the code 123456, and the day 01.01.2024 (history
and statistics). Record ids the emulator hands out later start above the fixtures' (`next_record_id`).

Two examples cannot both succeed on any dataset, as they name the same record: `add_contact` and
`add_to_blacklist` use 79991234567, which the other contact and blacklist examples need to exist (error 5).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from .state import MOSCOW, AccountState, Message, Store

DEMO_PHONE = "79991234567"
SMS_PRICE = Decimal("1.50")


def load(account: AccountState, store: Store) -> None:
    now = store.now()
    # 1001 was delivered an hour ago; 1002 is scheduled for tomorrow, so it can still be deleted; 1003 went out on
    # 01.01.2024, the day the get_history and get_statistics examples ask for.
    for message_id, sent, deliver in (
        (1001, now - timedelta(hours=1), now - timedelta(hours=1)),
        (1002, now, now + timedelta(days=1)),
        (1003, datetime(2024, 1, 1, 12, 0, tzinfo=MOSCOW), datetime(2024, 1, 1, 12, 0, tzinfo=MOSCOW)),
    ):
        account.messages[(message_id, DEMO_PHONE)] = Message(
            id=message_id,
            phone=DEMO_PHONE,
            text="Hello from the SMSC client",
            kind=0,
            sender="",
            cost=SMS_PRICE,
            parts=1,
            sent_at=sent,
            deliver_after=deliver,
        )
    account.next_message_id = 1004

    # Groups 1 and 2: the `grp` examples are 1 and "1,2" (add_contact and change_contact need both to exist).
    account.groups[1] = {"id": 1, "name": "Customers", "number": 1}
    account.groups[2] = {"id": 2, "name": "Staff", "number": 2}
    # The contact every phones.php example names, in group 1 (so G1 addresses it in send.php).
    account.contacts[DEMO_PHONE] = {
        "record_id": 3,
        "name": "Anna Smith",
        "first_name": "Anna",
        "last_name": "Smith",
        "middle_name": "",
        "birthday": "31.12.1990",
        "id": "crm-1",
        "comments": "Demo contact",
        "tags": "vip",
        "phone_other": "",
        "groups": [1],
    }
    # The contacts change_contact and delete_contact examples change and delete, and the group delete_group
    # deletes: records of their own, so the examples leave the demo contact and groups 1 and 2 to the others.
    for record_id, phone, name in ((7, "79990004455", "Boris Change"), (8, "79990006677", "Vera Delete")):
        account.contacts[phone] = {
            "record_id": record_id,
            "name": name,
            "first_name": name.split()[0],
            "last_name": name.split()[1],
            "middle_name": "",
            "birthday": "",
            "id": "",
            "comments": "",
            "tags": "",
            "phone_other": "",
            "groups": [2],
        }
    account.groups[3] = {"id": 3, "name": "Old customers", "number": 3}
    # The number delete_from_blacklist removes, blocked for mass mailings only (type 1): send.php still sends to
    # it, so the send.php examples succeed (add_job leaves it out).
    account.blacklist[4] = {"id": 4, "phone": DEMO_PHONE, "type": 1, "comment": "No mailings, please"}
    # Two answers received in the last hour (get_incoming without parameters lists them).
    account.incoming += [
        {
            "id": 5,
            "received_at": now - timedelta(minutes=30),
            "phone": "79161234567",
            "to_phone": "79001112233",
            "message": "Stop",
        },
        {
            "id": 6,
            "received_at": now - timedelta(minutes=10),
            "phone": DEMO_PHONE,
            "to_phone": "79001112233",
            "message": "Yes, please",
        },
    ]
    # Sender 1001 (the change_sender and delete_sender examples) is the phone-number name the code examples use,
    # with the code 123456 pending. 1002 is an approved name, so list_senders (approved names only) has one; it is
    # not "MyShop", the name the add_sender example adds.
    account.senders[1001] = {
        "id": 1001,
        "sender": DEMO_PHONE,
        "cmt": "Shop hotline",
        "approved": False,
        "code": "123456",
    }
    account.senders[1002] = {"id": 1002, "sender": "DemoShop", "cmt": "", "approved": True}
    # Mailing 1001 (the cancel_job and delete_job examples): started an hour ago and running for a day; it was paid
    # before the emulator's history begins, so disabling it refunds nothing.
    account.jobs[1001] = {
        "id": 1001,
        "name": "Weekly news",
        "phones": ["79161234567"],
        "mes": "This week: spring sale",
        "sender": "DemoShop",
        "kind": "sms",
        "start": now - timedelta(hours=1),
        "period": 24.0,
        "freq": 60,
        "cost": SMS_PRICE,
        "active": True,
    }
    account.next_record_id = 1003
