"""schemathesis.toml has one project per API: an allowance for one API's operation never applies to another's."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

ROOT = Path(__file__).resolve().parents[2]


def expected_statuses(api: str, operation_id: str) -> list[str]:
    config = SchemathesisConfig.from_path(str(ROOT / "schemathesis.toml"))
    schema = schemathesis.openapi.from_path(str(ROOT / "specs" / f"{api}.yaml"), config=config)
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.definition.raw.get("operationId") == operation_id:
            checks = schema.config.checks_config_for(operation=operation, phase=None)
            return list(checks.positive_data_acceptance.expected_statuses)
    raise AssertionError(f"{api} has no {operation_id}")


@pytest.mark.parametrize(
    ("api", "operation_id", "statuses"),
    [
        ("smsend", "send_sms", ["2xx", "400", "404"]),  # smSend's documented state-dependent 400s
        ("smsc", "send_sms", ["2xx", "404"]),  # the same operationId in SMSC: no such allowance
        ("whatcounts", "send_message_to_phone", ["2xx", "500"]),  # WhatCounts' documented 500s
        ("smsend", "get_sms_state", ["2xx", "404"]),  # a smSend path under /sms: not WhatCounts' 500
        ("clicksend", "create_account", ["2xx", "400", "404"]),  # ClickSend's ALREADY_EXISTS
        ("clicksend", "send_sms", ["2xx", "404"]),  # ClickSend refuses messages inside its 200: no allowance
    ],
)
def test_each_api_gets_only_its_own_allowances(api: str, operation_id: str, statuses: list[str]) -> None:
    assert expected_statuses(api, operation_id) == statuses
