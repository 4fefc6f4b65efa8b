"""The demo dataset: the resources the spec's examples name, each under the fixed id the examples give, so that
each operation's example request reaches a 2xx against a fresh emulator (Schemathesis' examples phase, the CLI
run against a served emulator, anyone trying the examples by hand).

This module is the one definition of it. The ids below are the ones specs/smsend.yaml's examples use
(conformance/tests/smsend/test_dataset.py holds the two against each other), and `load` puts every resource
straight into the account's state with the constructors the handlers use (`put_contact`, `put_group`, ...): no
resource shape is written twice, and no id depends on the order anything is made in.

Ids are FIRST_ID and up, far from the ids everyday calls get (`Store.next_id`, from 1), so generated requests do
not delete the dataset by chance and no later id collides with it. Each operation that changes or deletes a
resource has one of its own, so one example's delete does not starve another's.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .handlers.contacts import add_to_lists, put_contact
from .handlers.email import put_issue, put_list
from .handlers.groups import put_group
from .handlers.sms import Sending, place_order
from .handlers.subaccounts import put_purchase, put_subaccount
from .handlers.tpoa import put_alias
from .state import AccountState, Store

FIRST_ID = 9_000_001

# Every demo resource's id, named for what the spec's examples do with it (the operationIds whose examples name it).
CONTACT_FOR_GET = "9000001"  # get_contact
CONTACT_TO_BLACKLIST = "9000002"  # add_contact_to_blacklist
CONTACT_TO_BLACKLIST_IN_BATCH = "9000003"  # add_contacts_to_blacklist (body)
CONTACT_TO_ADD_TO_GROUP = "9000004"  # add_contact_to_group
GROUP_TO_ADD_TO = 9000005  # add_contact_to_group; send_sms_to_groups (body, by its name)
GROUP_TO_REMOVE_FROM = 9000006  # remove_contact_from_group
CONTACT_TO_REMOVE_FROM_GROUP = "9000007"  # remove_contact_from_group: a member of GROUP_TO_REMOVE_FROM
GROUP_TO_ADD_TO_LIST = 9000008  # add_group_to_list
LIST_TO_REGISTER_TO = 9000009  # register_contact_to_list
LIST_TO_MODIFY = 9000010  # modify_list
LIST_TO_ADD_GROUP_TO = 9000011  # add_group_to_list
LIST_FOR_NEW_ISSUES = 9000012  # create_email_draft, create_issue_from_template
LIST_TO_SEND = 9000013  # send_issue
CONTACT_TO_SEND_TO = "9000014"  # send_issue (body): a member of LIST_TO_SEND
ISSUE_TO_SEND = 9000015  # send_issue: a draft of LIST_TO_SEND
ALIAS_FOR_GET = 9000016  # get_alias
ALIAS_TO_DELETE = 9000017  # delete_alias
SUBACCOUNT = 9000018  # every subaccount operation
PURCHASE_TO_DELETE = 9000019  # delete_subaccount_purchase: a purchase of SUBACCOUNT
GROUP_TO_MODIFY = 9000020  # modify_group
GROUP_TO_DELETE = 9000021  # delete_group
SCHEDULED_ORDER = "demoscheduled"  # get_sms_state, delete_scheduled_sms: an order still SCHEDULED
SCHEDULED_ORDER_INTERNAL_ID = "9000022"  # that order's internal_order_id (no example names it)


@dataclass(frozen=True)
class Contact:
    kind: ClassVar[str] = "contact"
    id: str
    fields: Mapping[str, Any]  # the stored fields, by wire name (what create_contact's body gives)
    groups: tuple[int, ...] = ()
    lists: tuple[int, ...] = ()

    def put(self, store: Store, account: AccountState) -> None:
        put_contact(account, self.id, copy.deepcopy(dict(self.fields)), self.groups)
        add_to_lists(account, self.id, self.lists)


@dataclass(frozen=True)
class Group:
    kind: ClassVar[str] = "group"
    id: int
    name: str
    description: str

    def put(self, store: Store, account: AccountState) -> None:
        put_group(account, self.id, self.name, self.description)


@dataclass(frozen=True)
class EmailList:
    kind: ClassVar[str] = "list"
    id: int
    fields: Mapping[str, Any]  # what create_list's body gives, by wire name

    def put(self, store: Store, account: AccountState) -> None:
        put_list(account, self.id, copy.deepcopy(dict(self.fields)))


@dataclass(frozen=True)
class Issue:
    kind: ClassVar[str] = "issue"
    id: int
    list_id: int
    fields: Mapping[str, Any]  # what create_email_draft's body gives, by wire name

    def put(self, store: Store, account: AccountState) -> None:
        put_issue(account, self.id, self.list_id, copy.deepcopy(dict(self.fields)))


@dataclass(frozen=True)
class Alias:
    kind: ClassVar[str] = "alias"
    id: int
    details: Mapping[str, Any]  # create_alias's body `alias`, by wire name

    def put(self, store: Store, account: AccountState) -> None:
        put_alias(store, account, self.id, copy.deepcopy(dict(self.details)))


@dataclass(frozen=True)
class Subaccount:
    kind: ClassVar[str] = "subaccount"
    id: int
    fields: Mapping[str, Any]  # what create_subaccount's body gives, by wire name, but the password
    password: str = field(repr=False)

    def put(self, store: Store, account: AccountState) -> None:
        put_subaccount(store, account, self.id, copy.deepcopy(dict(self.fields)), self.password)


@dataclass(frozen=True)
class Purchase:
    kind: ClassVar[str] = "purchase"
    id: int
    subaccount_id: int
    price: float
    bought: tuple[Mapping[str, Any], ...]  # {message_type, quantity} each

    def put(self, store: Store, account: AccountState) -> None:
        put_purchase(store, account, self.subaccount_id, self.id, self.price, [dict(item) for item in self.bought])


@dataclass(frozen=True)
class ScheduledOrder:
    """A send_sms order whose delivery time is far ahead: placed as send_sms places one (credits spent, statuses)."""

    kind: ClassVar[str] = "order"
    id: str  # its order_id
    internal_order_id: str
    message: str
    recipients: tuple[str, ...]
    scheduled_delivery_time: str  # yyyyMMddHHmmss, UTC

    def options(self) -> dict[str, Any]:
        """The send_sms request body that places it."""
        return {
            "message_type": "N",
            "message": self.message,
            "recipient": list(self.recipients),
            "order_id": self.id,
            "scheduled_delivery_time": self.scheduled_delivery_time,
        }

    def put(self, store: Store, account: AccountState) -> None:
        sending = Sending(self.options(), dict.fromkeys(self.recipients, self.message))
        place_order(store, account, sending, internal_order_id=self.internal_order_id)


Resource = Contact | Group | EmailList | Issue | Alias | Subaccount | Purchase | ScheduledOrder

_LIST_FIELDS = {
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
_ALIAS_DETAILS = {
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

# Loaded in this order: a resource after the ones it belongs to (a new group or list starts without members).
DATASET: tuple[Resource, ...] = (
    Group(GROUP_TO_ADD_TO, "Demo group A", "add a contact"),
    Group(GROUP_TO_REMOVE_FROM, "Demo group B", "remove a contact"),
    Group(GROUP_TO_ADD_TO_LIST, "Demo group C", "add to a list"),
    Group(GROUP_TO_MODIFY, "Demo group D", "modify"),
    Group(GROUP_TO_DELETE, "Demo group E", "delete"),
    EmailList(LIST_TO_REGISTER_TO, _LIST_FIELDS),
    EmailList(LIST_TO_MODIFY, _LIST_FIELDS),
    EmailList(LIST_TO_ADD_GROUP_TO, _LIST_FIELDS),
    EmailList(LIST_FOR_NEW_ISSUES, _LIST_FIELDS),
    EmailList(LIST_TO_SEND, _LIST_FIELDS),
    Contact(CONTACT_FOR_GET, {"email": "demo1@example.com", "phoneNumber": "+393470009001"}),
    Contact(CONTACT_TO_BLACKLIST, {"email": "demo2@example.com", "phoneNumber": "+393470009002"}),
    Contact(CONTACT_TO_BLACKLIST_IN_BATCH, {"email": "demo3@example.com", "phoneNumber": "+393470009003"}),
    Contact(CONTACT_TO_ADD_TO_GROUP, {"email": "demo4@example.com", "phoneNumber": "+393470009004"}),
    Contact(
        CONTACT_TO_REMOVE_FROM_GROUP,
        {"email": "demo7@example.com", "phoneNumber": "+393470009007"},
        groups=(GROUP_TO_REMOVE_FROM,),
    ),
    Contact(CONTACT_TO_SEND_TO, {"email": "demo14@example.com"}, lists=(LIST_TO_SEND,)),
    Issue(
        ISSUE_TO_SEND,
        LIST_TO_SEND,
        {
            "title": "Demo",
            "subject": "Demo",
            "share_social": False,
            "text_content": "Hi",
            "html_content": "<p>Hi</p>",
            "attachments": [],
        },
    ),
    Alias(ALIAS_FOR_GET, _ALIAS_DETAILS),
    Alias(ALIAS_TO_DELETE, _ALIAS_DETAILS),
    Subaccount(SUBACCOUNT, {"login": "demo-sub", "email": "sub@example.com"}, password="demo-pass-1"),
    Purchase(PURCHASE_TO_DELETE, SUBACCOUNT, 10.0, ({"message_type": "N", "quantity": 100},)),
    ScheduledOrder(SCHEDULED_ORDER, SCHEDULED_ORDER_INTERNAL_ID, "Demo", ("+393470009099",), "20991231235959"),
)


def ids(kind: str) -> set[int | str]:
    """The ids of the dataset's resources of one kind ("contact", "group", "list", "issue", "alias", ...)."""
    return {resource.id for resource in DATASET if resource.kind == kind}


def load(store: Store, username: str) -> None:
    """Put the demo dataset into `username`'s account, as it is (a fresh account, or one just reset)."""
    account = store.by_username[username]
    for resource in DATASET:
        resource.put(store, account)
