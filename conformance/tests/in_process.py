"""What every API's in-process Schemathesis suite (`<api>/test_schemathesis*.py`) is made of."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema

from conformance import schemathesis_hooks
from conformance.spec_index import spec_index
from conformance.tests.recording import ROOT_CONFIG, record_schemathesis_calls


def in_process_schema(api: str, app: Any) -> OpenApiSchema:
    """The API's spec as Schemathesis loads it with schemathesis.toml (shared with the CLI run against a URL),
    calling the emulator `app` in-process (ASGI, no network)."""
    schema = schemathesis.openapi.from_path(spec_index(api).path, config=SchemathesisConfig.from_path(ROOT_CONFIG))
    schema.app = app
    return schema


def recording_calls(api: str) -> Callable[[], Iterator[None]]:
    """An autouse module fixture that records the module's Schemathesis calls of `api` for the coverage report:
    `record_calls = recording_calls("smsend")`."""

    @pytest.fixture(autouse=True, scope="module")
    def record_calls() -> Iterator[None]:
        yield
        record_schemathesis_calls(api, schemathesis_hooks.CALLS.get(api, []))

    return record_calls
