"""The demo dataset (conformance/emulators/smsend/dataset.py) and the spec's examples, held against each other.

Every example in specs/smsend.yaml that names a demo resource — a path parameter's example, an id (or a group's
name) in a request body's example — names a resource of the dataset's definition, of the kind the parameter
addresses, and a fresh emulator holds it; every resource of the definition is named by some example; and each of
those example requests is answered 2xx by a fresh emulator, served over HTTP. (Schemathesis' examples phase
sends the same requests, but it also takes a 404 as conformant: there it cannot tell a missing demo resource.)

The dataset is put straight into the state, past the request validation: each resource is also checked to be what
its create operation's body would accept.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from conformance.emulators.core.operations import emulator_operations
from conformance.emulators.core.validation import parse_body
from conformance.emulators.smsend import DEMO_ACCOUNT, SPEC, base_path, create_app, dataset, reset
from conformance.emulators.smsend.auth import SESSION_KEY_HEADER, USER_KEY_HEADER
from conformance.emulators.smsend.state import AccountState
from conformance.tests.served import serve

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from spec_lint import example_body, example_of, example_parameters

# The kind of resource each path parameter addresses, by its name; NOT_DEMO: those that name no demo resource.
PATH_PARAMETER_KINDS = {
    "contactid": "contact",
    "CONTACT_ID": "contact",
    "contact_id": "contact",
    "group_id": "group",
    "campaign_id": "list",
    "list_id": "list",
    "campaignId": "list",
    "idIssue": "issue",
    "alias_id": "alias",
    "subaccount_id": "subaccount",
    "purchase_id": "purchase",
    "order_id": "order",
}
NOT_DEMO = {
    "template": "the emulator's fixed email templates (email.TEMPLATES: the docs make them in the web panel)",
    "id_sim": "a SIM's number: any is answered (nothing received, on a SIM the account does not own)",
    "id_message": "a cursor position, not a resource: any is answered",
}
GROUP_IDS_BY_NAME = {group.name: group.id for group in dataset.DATASET if isinstance(group, dataset.Group)}

# The demo resources a request body's example names, by operation: (kind, id) each.
BODY_REFERENCES: dict[str, Callable[[Any], list[tuple[str, Any]]]] = {
    "add_contacts_to_blacklist": lambda body: [("contact", contact_id) for contact_id in body],
    "send_issue": lambda body: [("contact", contact_id) for contact_id in body["contactIds"]],
    # Groups are addressed by name here: a name the dataset has none of stays as it is, and fails the check.
    "send_sms_to_groups": lambda body: [("group", GROUP_IDS_BY_NAME.get(name, name)) for name in body["recipient"]],
}

# Where a fresh emulator keeps each kind of resource: the ids it holds of that kind.
IN_STATE: dict[str, Callable[[AccountState], set[Any]]] = {
    "contact": lambda account: set(account.contacts),
    "group": lambda account: set(account.groups),
    "list": lambda account: set(account.email_lists),
    "issue": lambda account: set(account.issues),
    "alias": lambda account: set(account.aliases),
    "subaccount": lambda account: set(account.subaccounts),
    "purchase": lambda account: {purchase for bought in account.purchases.values() for purchase in bought},
    "order": lambda account: set(account.orders),
}

# A number of the dataset's range anywhere in an example: seven digits from 9, not part of a longer number.
DATASET_RANGE_ID = re.compile(r"(?<![\d.])9\d{6}(?![\d.])")


def references() -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, where, kind, id) for every demo resource an example names (kind "" for a path parameter
    neither table knows)."""
    for operation in SPEC.operations:
        for parameter in SPEC.parameters(operation):
            given, value = example_of(parameter)
            if parameter["in"] != "path" or not given or parameter["name"] in NOT_DEMO:
                continue
            kind = PATH_PARAMETER_KINDS.get(parameter["name"], "")
            yield operation.operation_id, f"path parameter {parameter['name']}", kind, value
        body = example_body(SPEC.document, operation.raw)
        if operation.operation_id in BODY_REFERENCES and body is not None:
            for kind, value in BODY_REFERENCES[operation.operation_id](body[2]):
                yield operation.operation_id, "request body", kind, value


REFERENCES = list(references())
OPERATIONS_NAMING_DEMO_DATA = sorted({operation_id for operation_id, *_ in REFERENCES})


def fresh_account() -> AccountState:
    account: AccountState = create_app().state.store.by_username[DEMO_ACCOUNT.username]
    return account


def test_every_example_names_a_dataset_resource_of_its_kind_which_a_fresh_emulator_holds() -> None:
    account = fresh_account()
    problems = []
    for operation_id, where, kind, value in REFERENCES:
        if not kind:
            problems.append(f"{operation_id}, {where}: say what it addresses (PATH_PARAMETER_KINDS or NOT_DEMO)")
            continue
        defined = {str(resource_id) for resource_id in dataset.ids(kind)}
        held = {str(resource_id) for resource_id in IN_STATE[kind](account)}
        if str(value) not in defined:
            problems.append(f"{operation_id}, {where}: {value!r} is no {kind} of dataset.py")
        elif str(value) not in held:
            problems.append(f"{operation_id}, {where}: a fresh emulator holds no {kind} {value!r}")
    assert not problems, "\n".join(problems)
    assert len(OPERATIONS_NAMING_DEMO_DATA) > 20  # the tables above still find the examples


def test_every_dataset_resource_is_named_by_an_example() -> None:
    """A resource no example names is dead weight (or an example changed without the dataset)."""
    named = {(kind, str(value)) for _, _, kind, value in REFERENCES}
    unnamed = [resource for resource in dataset.DATASET if (resource.kind, str(resource.id)) not in named]
    assert not unnamed, f"no example of specs/smsend.yaml names {unnamed}"


def test_every_id_of_the_dataset_range_in_any_example_is_a_dataset_id() -> None:
    """Response examples too (Location headers): nothing in the spec names a 9,000,001+ id the dataset lacks."""
    every_id = {str(resource.id) for resource in dataset.DATASET} | {dataset.SCHEDULED_ORDER_INTERNAL_ID}
    found = set(DATASET_RANGE_ID.findall(json.dumps(list(_examples(SPEC.document)))))
    assert dataset.CONTACT_FOR_GET in found  # the pattern finds the examples' ids
    assert found <= every_id, f"ids the dataset lacks: {sorted(found - every_id)}"


def _examples(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples"):
                yield value
            else:
                yield from _examples(value)
    elif isinstance(node, list):
        for item in node:
            yield from _examples(item)


def test_the_ids_are_fixed_far_from_everyday_ids_and_unique() -> None:
    resource_ids = [resource.id for resource in dataset.DATASET if resource.kind != "order"]
    assert len(set(map(str, resource_ids))) == len(resource_ids)
    assert min(int(resource_id) for resource_id in resource_ids) == dataset.FIRST_ID
    app = create_app()
    assert app.state.store.next_id() == 1  # ids for everyday calls still start at 1


def test_a_fresh_emulator_holds_the_relations_the_definition_gives() -> None:
    """Group and list members, the list of an issue, the subaccount of a purchase (not lost to the load order)."""
    account = fresh_account()
    for resource in dataset.DATASET:
        if isinstance(resource, dataset.Contact):
            assert all(resource.id in account.group_members[group_id] for group_id in resource.groups), resource
            assert all(resource.id in account.list_members[list_id] for list_id in resource.lists), resource
        elif isinstance(resource, dataset.Issue):
            assert account.issues[resource.id]["list_id"] == resource.list_id
        elif isinstance(resource, dataset.Purchase):
            assert resource.id in account.purchases[resource.subaccount_id]


def test_a_reset_brings_the_dataset_back_as_it_was() -> None:
    """Nothing of the state is shared with the definition: what calls change in one load is not in the next."""
    app = create_app(clock=lambda: 1_700_000_000.0)
    account: AccountState = app.state.store.by_username[DEMO_ACCOUNT.username]
    before = repr(account)
    del account.contacts[dataset.CONTACT_FOR_GET]
    account.email_lists[dataset.LIST_TO_MODIFY]["title"] = "changed"
    account.issues[dataset.ISSUE_TO_SEND]["attachments"].append({"name": "changed"})
    reset(app)
    assert repr(app.state.store.by_username[DEMO_ACCOUNT.username]) == before


# The body of the create call that would make each kind of resource (all of them are made by one).
CREATE_BODIES: dict[type[Any], tuple[str, Callable[[Any], Any]]] = {
    dataset.Contact: ("create_contact", lambda r: {**r.fields, "groupIds": [str(g) for g in r.groups]}),
    dataset.Group: ("create_group", lambda r: {"name": r.name, "description": r.description}),
    dataset.EmailList: ("create_list", lambda r: dict(r.fields)),
    dataset.Issue: ("create_email_draft", lambda r: dict(r.fields)),
    dataset.Alias: ("create_alias", lambda r: {"alias": dict(r.details)}),
    dataset.Subaccount: ("create_subaccount", lambda r: {**r.fields, "password": r.password}),
    dataset.Purchase: ("create_subaccount_purchase", lambda r: {"price": r.price, "purchases": list(r.bought)}),
    dataset.ScheduledOrder: ("send_sms", lambda r: r.options()),
}


def test_each_resource_is_what_its_create_operation_accepts() -> None:
    from emulator_models import smsend as models

    operations = {operation.operation_id: operation for operation in emulator_operations(SPEC, models)}
    for resource in dataset.DATASET:
        operation_id, body = CREATE_BODIES[type(resource)]
        parse_body(operations[operation_id], json.dumps(body(resource)).encode())  # ApiError(400) if not


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Any, str, dict[str, str]]]:
    """A fresh emulator of its own (each request resets it), its base URL and the demo account's auth headers."""
    app = create_app()
    with serve(app) as origin:
        base_url = origin + base_path()
        credentials = {"username": DEMO_ACCOUNT.username, "password": DEMO_ACCOUNT.password}
        login = httpx.get(f"{base_url}/login", params=credentials)
        user_key, session_key = login.text.split(";")
        yield app, base_url, {USER_KEY_HEADER: user_key, SESSION_KEY_HEADER: session_key}


@pytest.mark.parametrize("operation_id", OPERATIONS_NAMING_DEMO_DATA)
def test_the_example_request_is_answered_2xx(served: tuple[Any, str, dict[str, str]], operation_id: str) -> None:
    app, base_url, auth = served
    reset(app)  # the dataset as a fresh emulator has it: an earlier example may have deleted what this one names
    operation = SPEC.operation(operation_id)
    path, query, headers = operation.route, {}, dict(auth) if operation.authenticated else {}
    for parameter, value in example_parameters(SPEC.document, operation.raw, operation.path_parameters):
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        else:
            (query if parameter["in"] == "query" else headers)[parameter["name"]] = as_text(value)
    body = example_body(SPEC.document, operation.raw)
    content = json.dumps(body[2]).encode() if body is not None else None
    if body is not None:
        headers["Content-Type"] = body[0]
    response = httpx.request(operation.method, base_url + path, params=query, headers=headers, content=content)
    assert response.is_success, f"{operation.method} {path}: {response.status_code} {response.text}"


def as_text(value: Any) -> str:
    """A query or header value as sent: JSON's true/false for booleans."""
    return json.dumps(value) if isinstance(value, bool) else str(value)
