"""Every generated operation of every API has its typed Operation, and every paged list its paging entry."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from conformance.spec_index import api_names

APIS = api_names()


def generated_operations(api: str) -> set[str]:
    package = importlib.import_module(f"smsgw_{api}.api")
    names: set[str] = set()
    for tag in pkgutil.iter_modules(package.__path__):
        tag_package = importlib.import_module(f"smsgw_{api}.api.{tag.name}")
        names |= {module.name for module in pkgutil.iter_modules(tag_package.__path__)}
    return names


@pytest.mark.parametrize("api", APIS)
def test_every_generated_operation_has_a_typed_operation(api: str) -> None:
    operations = importlib.import_module(f"smsgw_{api}.overlay.operations")
    runtime = importlib.import_module(f"smsgw_{api}.overlay._shared.operation")
    info = importlib.import_module(f"smsgw_{api}.operation_info").OPERATIONS
    declared = {name: value for name, value in vars(operations).items() if isinstance(value, runtime.Operation)}
    assert set(declared) == generated_operations(api) == set(info)
    assert all(operation.name == name for name, operation in declared.items())


@pytest.mark.parametrize("api", ["smsend", "whatcounts"])
def test_every_list_that_takes_a_page_argument_is_paged(api: str) -> None:
    paged = importlib.import_module(f"smsgw_{api}.overlay.paged")
    operations = importlib.import_module(f"smsgw_{api}.overlay.operations")
    runtime = importlib.import_module(f"smsgw_{api}.overlay._shared.operation")
    page_arguments = {"page_number", "skip", "page"}
    takes_pages = {
        name
        for name, value in vars(operations).items()
        if isinstance(value, runtime.Operation)
        and page_arguments & set(inspect.signature(value.module.sync_detailed).parameters)
    }
    listed = {name for name, value in vars(paged).items() if hasattr(value, "style") and hasattr(value, "operation")}
    assert listed == takes_pages
    assert all(getattr(paged, name).operation.name == name for name in listed)
