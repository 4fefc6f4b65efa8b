"""Mockable specs: Prism, in static mode, serves each spec whose paths are plain (smSend, WhatCounts), and the
generated client + overlay send every operation a request made of the spec's examples and read its answer.

Static mode (`prism mock` without `-d`) answers with the spec's examples, or values made of the schemas, and
validates every request against the spec. So this holds each spec's examples, request and answer, against the
generated client and the overlay with no emulator of ours in between: an example a real answer would not match,
a text answer without a usable example, a `Location` the overlay cannot read, a request the spec itself refuses.
spec_lint's mock rule (`mock_problems`) names what an operation lacks for it in one line each; this is the proof.

Prism is pinned in package-lock.json and installed into node_modules/ by `make prism` (npm ci); `make test` and
`.ci/run` do that first. One Prism process per API, for the module.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import time
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from conformance.spec_index import SpecIndex, SpecOperation, api_names, spec_index
from conformance.tests.served import free_port

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from spec_lint import example_body, example_parameters, has_plain_paths  # noqa: E402

PRISM = ROOT / "node_modules" / ".bin" / "prism"
INSTALL_HINT = "run `make prism` (npm ci --no-audit --no-fund --ignore-scripts, from package-lock.json)"

MOCKABLE = [api for api in api_names() if has_plain_paths(spec_index(api).document)]


def prism_connect(api: str) -> Callable[[Any, str, httpx.BaseTransport], Any]:
    """How the test connects to a mockable API, as a user connects to the real service: `PRISM_CONNECT` of its
    test package (conformance/tests/<api>/), given the overlay, Prism's http://127.0.0.1:PORT and a transport."""
    connect: Callable[[Any, str, httpx.BaseTransport], Any] = importlib.import_module(
        f"conformance.tests.{api}"
    ).PRISM_CONNECT
    return connect


def test_the_mockable_specs_are_the_ones_with_plain_paths() -> None:
    assert {"smsend", "whatcounts"} <= set(MOCKABLE) and "smsc" not in MOCKABLE  # SMSC's share URLs (`#fragment`s)
    for api in MOCKABLE:
        assert callable(prism_connect(api)), f"{api}: its test package needs PRISM_CONNECT"


@dataclass
class Exchange:
    method: str
    path: str
    status: int
    violations: list[dict[str, Any]]  # Prism's verdicts on the request and its own answer (`sl-violations`)


@dataclass
class ToPrism(httpx.BaseTransport):
    """Sends to Prism, which serves a spec's paths at its root: the server URL's path (`/API/v1.0/REST`, `/rest`)
    is taken off. Keeps each exchange."""

    base_path: str
    inner: httpx.HTTPTransport = field(default_factory=httpx.HTTPTransport)
    exchanges: list[Exchange] = field(default_factory=list)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw_path = request.url.raw_path
        if self.base_path and raw_path.startswith(self.base_path.encode()):
            request.url = request.url.copy_with(raw_path=raw_path[len(self.base_path) :] or b"/")
        response = self.inner.handle_request(request)
        violations = json.loads(response.headers.get("sl-violations", "[]"))
        self.exchanges.append(Exchange(request.method, request.url.path, response.status_code, violations))
        return response

    def close(self) -> None:
        self.inner.close()


@dataclass
class Mock:
    api: str
    origin: str
    log: Path


@pytest.fixture(scope="module", params=MOCKABLE)
def prism(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mock]:
    api: str = request.param
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed ({PRISM.relative_to(ROOT)} is missing): {INSTALL_HINT}", pytrace=False)
    port = free_port()
    log = tmp_path_factory.mktemp(f"prism-{api}") / "prism.log"
    command = [str(PRISM), "mock", str(spec_index(api).path), "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=ROOT)
    origin = f"http://127.0.0.1:{port}"
    try:
        _wait_until_listening(process, origin, log)
        yield Mock(api, origin, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_listening(process: subprocess.Popen[bytes], origin: str, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode}:\n{log.read_text()[-2000:]}", pytrace=False)
        try:
            httpx.get(origin + "/", timeout=1)  # any answer (Prism's 404 for an unknown path) means it listens
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"Prism did not listen within {timeout:.0f} s:\n{log.read_text()[-2000:]}", pytrace=False)


def test_every_operation_through_the_client_and_overlay(prism: Mock) -> None:
    spec = spec_index(prism.api)
    overlay = importlib.import_module(f"smsgw_{prism.api}.overlay")
    runtime = importlib.import_module(f"smsgw_{prism.api}.overlay._shared.operation")
    typed = {name: value for name, value in vars(overlay.operations).items() if isinstance(value, runtime.Operation)}
    transport = ToPrism(spec.base_path)
    client = prism_connect(prism.api)(overlay, prism.origin, transport)

    called: set[str] = set()
    failures: list[str] = []
    for operation in spec.operations:
        typed_operation = typed.get(operation.operation_id)
        if typed_operation is None:
            failures.append(f"{operation.operation_id}: no typed Operation in smsgw_{prism.api}.overlay.operations")
            continue
        arguments = example_arguments(spec, operation.raw, operation.path_parameters, typed_operation)
        sent = len(transport.exchanges)
        called.add(operation.operation_id)
        try:
            result = overlay.call(typed_operation, client=client, **arguments)
        except Exception as error:
            failures.append(f"{operation.operation_id}: {type(error).__name__}: {error}")
        else:
            if result is None and answers_something(spec, operation.raw) and not documented_null(prism.api, operation):
                failures.append(f"{operation.operation_id}: the answer has a body or headers, the result is None")
        for exchange in transport.exchanges[sent:]:
            for violation in exchange.violations:
                failures.append(f"{operation.operation_id}: Prism says {exchange.method} {exchange.path}: {violation}")

    assert not failures, f"{len(failures)} problem(s) with Prism serving {spec.path.name}:\n" + "\n".join(failures)
    assert called == set(spec.by_id) == set(typed)


def documented_null(api: str, operation: SpecOperation) -> bool:
    """Whether the operation's typed result is None by the spec (`data` documented as always null)."""
    try:
        results = importlib.import_module(f"smsgw_{api}.results")
    except ModuleNotFoundError:
        return False
    reader = getattr(results, f"{operation.operation_id}_result", None)
    return reader is not None and reader.__annotations__.get("return") == "None"


def answers_something(spec: SpecIndex, operation: dict[str, Any]) -> bool:
    """Whether the success answer Prism serves (the lowest 2xx) has a body or headers to make a result of."""
    code = min(str(code) for code in operation["responses"] if str(code).startswith("2"))
    response = spec.deref(operation["responses"][code])
    return bool(response.get("content") or response.get("headers"))


def example_arguments(
    spec: SpecIndex, operation: dict[str, Any], shared: tuple[Any, ...], typed_operation: Any
) -> dict[str, Any]:
    """The arguments of the generated function for the request the spec's examples make (`spec_lint`): every
    required parameter, and the body as the generated model."""
    function = typed_operation.module.sync_detailed
    accepted = inspect.signature(function).parameters
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for parameter, value in example_parameters(spec.document, operation, shared):
        name = str(PythonIdentifier(parameter["name"], prefix="field_"))
        assert name in accepted, f"{typed_operation.name}: no argument {name!r} for parameter {parameter['name']!r}"
        arguments[name] = value
    body = example_body(spec.document, operation)
    if body is not None:
        arguments["body"] = as_argument(hints["body"], body[2])
    return arguments


def as_argument(annotation: Any, value: Any) -> Any:
    """`value` (JSON) as the generated function's argument of type `annotation`: models from their dicts."""
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        kinds = [kind for kind in typing.get_args(annotation) if getattr(kind, "__name__", "") != "Unset"]
        annotation = kinds[0] if len(kinds) == 1 else annotation
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    if typing.get_origin(annotation) is list and isinstance(value, list):
        (item,) = typing.get_args(annotation)
        return [as_argument(item, element) for element in value]
    return value
