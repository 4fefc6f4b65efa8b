"""Suite-wide setup: the generated packages on the import path (one per spec), and collection hooks."""

from __future__ import annotations

import sys

import pytest

from conformance.layout import package_roots

sys.path[:0] = [str(path) for path in package_roots() if str(path) not in sys.path]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Schemathesis names each operation's item `test_operation[GET /sms]` but gives them all one node id,
    # `...::test_operation`; pytest-xdist schedules items by node id, so it would run only the first operation.
    # Each gets the id pytest itself would give it. (pytest 9 keeps the id in `_id`, a NodeId.)
    for item in items:
        original = getattr(item, "originalname", item.name)
        shared_id = item.parent is not None and item.nodeid == f"{item.parent.nodeid}::{original}"
        if shared_id and item.name != original:
            item._id = item.parent.id.child(item.name)
