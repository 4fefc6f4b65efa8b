"""scripts/typed_results.py from small inline specs: the results module it writes, imported and run.

The module lives in a package beside a copy of its readers (`_wire.py`, from overlays/_shared/wire.py) and of
the generated errors module, as in a generated client.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from conformance.spec_index import SpecIndex, api_names, spec_index

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from typed_results import ResultsError, results_module  # noqa: E402

SPEC = """\
openapi: 3.0.3
info:
  title: t
  version: "1"
  x-client-results:
    envelope-field: data
    types: {Time: datetime, Amount: decimal, Parts: count, Flag: bool}
paths:
  /things:
    get:
      operationId: get_thing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Time:
      oneOf: [{type: integer}, {type: string, pattern: '^[0-9]+$'}]
    Amount:
      oneOf: [{type: number}, {type: string}]
    Parts:
      oneOf: [{type: number}, {type: string}]
    Flag: {type: integer, enum: [0, 1]}
    Thing:
      type: object
      required: [id, when, price, parts, active, from, _currency, owner]
      properties:
        id: {type: integer}
        when: {$ref: '#/components/schemas/Time'}
        price: {$ref: '#/components/schemas/Amount'}
        parts: {$ref: '#/components/schemas/Parts'}
        active: {$ref: '#/components/schemas/Flag'}
        from: {type: string}
        _currency: {type: string, enum: [USD, AUD]}
        note: {type: string, nullable: true}
        api_key: {type: string, x-secret: true}
        owner:
          type: object
          required: [name]
          properties:
            name: {type: string}
        tags: {type: array, items: {type: string}}
"""

THING = {
    "id": 7,
    "when": "1436157486",
    "price": "4.998000",
    "parts": "2.00",
    "active": 1,
    "from": "me",
    "_currency": "USD",
    "api_key": "K-SECRET-VALUE",
    "owner": {"name": "Ann"},
}


def results_of(tmp_path: Path, text: str, name: str) -> ModuleType:
    spec_file = tmp_path / f"{name}.yaml"
    spec_file.write_text(text)
    source = results_module(SpecIndex(spec_file, yaml.safe_load(text)))
    assert source is not None
    package = tmp_path / name
    package.mkdir()
    # The layout generate.py makes: the readers beside results.py, Malformed in the generated errors module.
    shutil.copy(ROOT / "overlays" / "_shared" / "wire.py", package / "_wire.py")
    shutil.copy(ROOT / "specs" / "templates" / "errors.py.jinja", package / "errors.py")
    (package / "__init__.py").write_text("")
    (package / "results.py").write_text(source)
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(f"{name}.results")
    finally:
        sys.path.remove(str(tmp_path))


PACKAGES = itertools.count()


@pytest.fixture
def results(tmp_path: Path) -> ModuleType:
    return results_of(tmp_path, SPEC, f"typed_results_case_{next(PACKAGES)}")


def test_each_field_gets_the_type_of_its_meaning(results: ModuleType) -> None:
    thing = results.get_thing_result(THING)
    assert thing.when == datetime(2015, 7, 6, 4, 38, 6, tzinfo=UTC)
    assert thing.price == Decimal("4.998000")
    assert thing.parts == 2
    assert thing.active is True
    assert (thing.from_, thing.currency, thing.owner.name) == ("me", "USD", "Ann")
    assert thing.note is None and thing.tags is None


def test_the_other_wire_forms_give_the_same_values(results: ModuleType) -> None:
    thing = results.get_thing_result({**THING, "when": 1436157486, "price": 4.998, "parts": 2, "active": "1"})
    assert (thing.when.year, thing.price, thing.parts, thing.active) == (2015, Decimal("4.998"), 2, True)


def test_a_secret_field_is_not_in_the_repr(results: ModuleType) -> None:
    thing = results.get_thing_result(THING)
    assert thing.api_key == "K-SECRET-VALUE"
    assert "K-SECRET-VALUE" not in repr(thing)


def test_an_inline_object_is_a_class_named_after_its_parent(results: ModuleType) -> None:
    assert type(results.get_thing_result(THING).owner).__name__ == "ThingOwner"


def test_a_wire_name_that_is_a_python_name_keeps_it_when_an_odd_one_would_take_it(tmp_path: Path) -> None:
    # `_kind` comes first and strips to `kind`: the wire's own `kind` still gets `kind` (ClickSend's receipts)
    text = SPEC.replace(
        "        from: {type: string}\n",
        "        from: {type: string}\n        _kind: {type: string}\n        kind: {type: string}\n",
    )
    results = results_of(tmp_path, text, f"typed_results_case_{next(PACKAGES)}")
    thing = results.get_thing_result({**THING, "_kind": "underscored", "kind": "plain"})
    assert (thing.kind, thing.kind_) == ("plain", "underscored")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "seven"}, "data.id: expected an integer, got str"),
        ({"parts": "1.50"}, "data.parts: expected a whole number, got a fraction"),
        ({"active": 2}, "data.active: expected a 0/1 flag, got int"),
        ({"_currency": "EUR"}, "data._currency: expected one of USD, AUD"),
        ({"owner": {}}, "data.owner: the field 'name' is missing"),
        ({"api_key": 12345}, "data.api_key: expected a string, got int"),
    ],
)
def test_a_wrong_value_names_where_it_stands_never_the_value(
    results: ModuleType, change: dict[str, Any], message: str
) -> None:
    from_wire_errors = sys.modules[results.__name__.rsplit(".", 1)[0] + ".errors"]
    with pytest.raises(from_wire_errors.Malformed) as raised:
        results.get_thing_result({**THING, **change})
    assert str(raised.value) == message


def test_a_required_field_missing_is_named(results: ModuleType) -> None:
    errors = sys.modules[results.__name__.rsplit(".", 1)[0] + ".errors"]
    with pytest.raises(errors.Malformed, match=r"^data: the field 'when' is missing$"):
        results.get_thing_result({key: value for key, value in THING.items() if key != "when"})


def test_a_union_of_different_types_stops_the_generator_naming_the_place(tmp_path: Path) -> None:
    text = SPEC.replace("        id: {type: integer}", "        id: {oneOf: [{type: integer}, {type: string}]}")
    spec_file = tmp_path / "mixed.yaml"
    spec_file.write_text(text)
    with pytest.raises(ResultsError, match=r"^data\.id: a oneOf of different types \(int, str\) has no one type$"):
        results_module(SpecIndex(spec_file, yaml.safe_load(text)))


@pytest.mark.parametrize("api", [api for api in api_names() if spec_index(api).info_marker.get("client-results")])
def test_the_results_import_first_in_a_fresh_interpreter(api: str) -> None:
    """The overlay's operations import the results, so the results must not import the overlay."""
    program = f"import smsgw_{api}.results as results; print(len(vars(results)))"
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    ran = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False, env=environment)
    assert ran.returncode == 0, ran.stderr[-2000:]


def test_a_spec_without_the_extension_gets_no_results_module(tmp_path: Path) -> None:
    text = SPEC.replace("  x-client-results:", "  x-other:")
    spec_file = tmp_path / "plain.yaml"
    spec_file.write_text(text)
    assert results_module(SpecIndex(spec_file, yaml.safe_load(text))) is None


def test_a_value_documented_as_always_null_is_none(tmp_path: Path) -> None:
    spec = SPEC.replace(
        "                  data: {$ref: '#/components/schemas/Thing'}",
        "                  data: {nullable: true, enum: [null]}",
    )
    results = results_of(tmp_path, spec, f"typed_results_case_{next(PACKAGES)}")
    assert results.get_thing_result(None) is None
    assert "-> None:" in inspect.getsource(results.get_thing_result)
    errors = sys.modules[results.__name__.rsplit(".", 1)[0] + ".errors"]
    with pytest.raises(errors.Malformed, match=r"^data: expected null, got int$"):
        results.get_thing_result(5)
