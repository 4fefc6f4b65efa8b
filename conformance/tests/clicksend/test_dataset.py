"""The demo dataset holds what the spec's examples name: each operation's example request (its parameters' and
body's examples) succeeds against a fresh emulator, so the examples in the spec can be tried as they are."""

from __future__ import annotations

from typing import Any

import pytest

from conformance.emulators.clicksend import dataset
from conformance.spec_index import spec_index

from .conftest import Emulator, data

SPEC = spec_index("clicksend")


def example_request(operation_id: str) -> tuple[str, str, dict[str, Any], Any]:
    """(method, path, query, body) of an operation's example request."""
    operation = SPEC.operation(operation_id)
    path, query = operation.route, {}
    for parameter in SPEC.parameters(operation):
        example = parameter.get("example", parameter.get("schema", {}).get("example"))
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = example
    body = SPEC.deref(operation.raw.get("requestBody") or {}).get("content", {}).get("application/json", {})
    return operation.method, path, query, body.get("example")


@pytest.mark.parametrize("operation_id", sorted(SPEC.by_id))
def test_the_example_request_succeeds_on_a_fresh_emulator(emulator: Emulator, operation_id: str) -> None:
    method, path, query, body = example_request(operation_id)
    with emulator.client() as api:
        data(api.request(method, path, params=query, json=body))


def test_the_ids_the_examples_name_are_the_datasets() -> None:
    named = {str(example_request(operation_id)[1]) for operation_id in SPEC.by_id}
    for fixed in (
        dataset.LIST,
        dataset.CONTACT,
        dataset.TEMPLATE,
        dataset.SMS_CAMPAIGN,
        dataset.MMS_CAMPAIGN,
        dataset.SUBACCOUNT,
        dataset.OTHER_LIST,
        dataset.OPT_OUT_LIST,
    ):
        assert any(f"/{fixed}" in path for path in named), fixed
    for message_id in (
        dataset.RECEIPT_MESSAGE,
        dataset.SCHEDULED_SMS,
        dataset.SCHEDULED_VOICE,
        dataset.INBOUND_MESSAGE,
    ):
        assert any(message_id in path for path in named), message_id
