"""Every property the spec marks `x-secret: true` is out of the repr of every generated model and typed result
that holds it, in every API's client (the model template and typed_results.py do it; this holds both to it)."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator

import attrs
import httpx
import pytest

from conformance.spec_index import api_names, spec_index


def fields_in_repr(module_name: str) -> Iterator[tuple[str, str, bool]]:
    """(class, field, whether the repr shows it) for each attrs model or dataclass of the module."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:  # only specs with info.x-client-results have typed results
        return
    for value in vars(module).values():
        if isinstance(value, type) and attrs.has(value):
            yield from ((value.__name__, field.name, bool(field.repr)) for field in attrs.fields(value))
        elif isinstance(value, type) and dataclasses.is_dataclass(value):
            yield from ((value.__name__, field.name, bool(field.repr)) for field in dataclasses.fields(value))


@pytest.mark.parametrize("api", api_names())
def test_every_secret_property_is_in_no_repr(api: str) -> None:
    secret = spec_index(api).secret_properties
    info = importlib.import_module(f"smsgw_{api}.operation_info")
    assert secret == info.SECRET_FIELDS  # what error details mask is what the spec marks

    found = [
        (owner, name, shown)
        for module in (f"smsgw_{api}.models", f"smsgw_{api}.results")
        for owner, name, shown in fields_in_repr(module)
        if name in secret
    ]
    assert [f"{owner}.{name}" for owner, name, shown in found if shown] == []
    assert {name for _, name, _ in found} == secret  # each marked property was found, so the check reached it


@pytest.mark.parametrize("api", api_names())
@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (ValueError("invalid literal for int() with base 10: 'K-SECRET'"), "ValueError reading the body"),
        (TypeError("'K-SECRET' is not iterable"), "TypeError reading the body"),
        (KeyError("api_key"), "no field 'api_key'"),
    ],
)
def test_a_parse_failure_names_no_value_of_the_body(api: str, failure: Exception, said: str) -> None:
    errors = importlib.import_module(f"smsgw_{api}.errors")
    answer = httpx.Response(200, content=b'{"api_key": "K-SECRET"}')
    malformed = errors.malformed(failure, answer)
    assert str(malformed) == said and "K-SECRET" not in repr(malformed)
    assert malformed.content == answer.content  # kept for an overlay that reads the body itself
