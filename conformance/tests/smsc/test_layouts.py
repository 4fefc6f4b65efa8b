"""The reply layouts of specs/smsc.yaml (`x-reply-layout`, `x-error-layout`): the emulator writes replies from
them, the client reads replies with them, and the spec linter holds them to the JSON schemas.

Each side has its own implementation (a writer in the emulator, regular expressions in the overlay), so the
round trip over every layout of the spec holds them against each other.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from smsgw_smsc.overlay.layouts import LAYOUTS, Layout, Template, error_in
from smsgw_smsc.overlay.replies import ReplyError

from conformance.emulators.smsc import layouts as written
from conformance.spec_index import spec_index

ROOT = Path(__file__).resolve().parents[3]
SPEC = spec_index("smsc")


# ---- the emulator's writer ---------------------------------------------------------------------------------------


def test_an_optional_part_is_written_only_when_its_fields_are_there() -> None:
    parts = written.parse("OK - {cnt} SMS, ID - {id}[, COST - {cost}[, BALANCE - {balance}]]")
    assert written.write(parts, {"cnt": 1, "id": 5}) == "OK - 1 SMS, ID - 5"
    assert written.write(parts, {"cnt": 1, "id": 5, "cost": "1.50"}) == "OK - 1 SMS, ID - 5, COST - 1.50"
    assert written.write(parts, {"cnt": 1, "id": 5, "balance": "9"}) == "OK - 1 SMS, ID - 5"


def test_a_missing_required_field_is_an_error_not_an_empty_value() -> None:
    with pytest.raises(KeyError, match="'id'"):
        written.write(written.parse("ID = {id}"), {})


@pytest.mark.parametrize("template", ["{id}]", "[{id}", "{id", "ID = {Id}"])
def test_a_malformed_template_is_refused(template: str) -> None:
    with pytest.raises(ValueError, match="template"):
        written.parse(template)


def test_a_list_reply_writes_one_record_per_line_and_its_commas_as_told() -> None:
    layout = written.ReplyLayout.of(
        {"fmt0": "id = {id}, group = {group}", "fmt1": "{id},{group}", "list": True, "commas-as": {"group": ";"}}
    )
    records = [{"id": 1, "group": "1,2"}, {"id": 2, "group": "two\nlines"}]
    assert layout.text(records, 1, {}) == "1,1;2\n2,two lines"


# ---- the client's reader -----------------------------------------------------------------------------------------


def test_the_free_text_field_takes_the_commas_left_over() -> None:
    template = Template.compile("{id},{name*},{number},{cnt}", 1)
    assert template.read("7,Friends, family, all,3,12") == {
        "id": "7",
        "name": "Friends, family, all",
        "number": "3",
        "cnt": "12",
    }


def test_an_optional_part_in_the_middle_is_read_by_what_follows_it() -> None:
    template = Template.compile("{balance}[, {credit}], {currency}", 0)
    assert template.read("100.00, RUB") == {"balance": "100.00", "currency": "RUB"}
    assert template.read("100.00, 50.00, RUB") == {"balance": "100.00", "credit": "50.00", "currency": "RUB"}


def test_fmt_0_values_may_hold_the_separator() -> None:
    template = Template.compile("id = {id}, name = {name}, cnt = {cnt}", 0)
    assert template.read("id = 1, name = Smith, Anna, cnt = 2") == {"id": "1", "name": "Smith, Anna", "cnt": "2"}


def test_a_fmt_1_record_with_a_comma_too_many_is_ambiguous() -> None:
    with pytest.raises(ReplyError, match="ambiguous"):
        Template.compile("{phone},{name},{group}", 1).read("79991234567,Smith, Anna,1;2")


def test_a_reply_of_another_shape_names_the_layout_it_expected() -> None:
    with pytest.raises(ReplyError, match=r"laid out as 'OK - \{cnt\} SMS"):
        Template.compile("OK - {cnt} SMS, ID - {id}", 0).read("SENT 1 SMS")


def test_the_form_chooses_the_layout() -> None:
    layout = Layout.of(
        {
            "chosen-by": {"field": "all", "default": 0},
            "layouts": {0: {"fmt0": "s = {status}", "fmt1": "{status}"}, 1: {"fmt0": "-", "fmt1": "{status},{x*}"}},
        }
    )
    assert layout.read("1", 1, {}) == {"status": "1"}
    assert layout.read("1,a,b", 1, {"all": 1}) == {"status": "1", "x": "a,b"}
    with pytest.raises(ReplyError, match="no layout for all=5"):
        layout.read("1", 1, {"all": 5})


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (0, "ERROR = 2 (authorise error)", (2, "authorise error", None)),
        (0, "ERROR = 3 (no money), ID - 77", (3, "no money", 77)),
        (1, "0,-2", (2, "", None)),
        (1, "77,-3", (3, "", 77)),
        (1, "77,3", None),
        (0, "OK - 1 SMS, ID - 5", None),
    ],
)
def test_error_replies_are_read_with_the_error_layout(fmt: int, text: str, expected: Any) -> None:
    assert error_in(text, fmt) == expected


# ---- both, over every layout of the spec -----------------------------------------------------------------------


def _variants() -> list[tuple[str, str, int]]:
    cases = []
    for operation in SPEC.operations:
        layout = operation.marker("reply-layout")
        choices = [""] if "chosen-by" not in layout else [str(choice) for choice in layout["layouts"]]
        cases += [(operation.operation_id, choice, fmt) for choice in choices for fmt in (0, 1)]
    return cases


@pytest.mark.parametrize(("operation", "choice", "fmt"), _variants())
def test_what_the_emulator_writes_the_client_reads_back(operation: str, choice: str, fmt: int) -> None:
    """Every field filled (the free-text one, and those whose commas are written otherwise, with commas): the
    client gets back exactly the values the emulator wrote, for every layout, choice and text format."""
    spec = SPEC.operation(operation).marker("reply-layout")
    writer, reader = written.ReplyLayout.of(spec), LAYOUTS[operation]
    form = {} if writer.chosen_by is None else {writer.chosen_by: choice}
    templates = writer.templates(form)
    parts = templates.fmt0 if fmt == 0 else templates.fmt1
    names, free = _fields(parts)
    with_commas = {free, *writer.commas_as}
    record = {name: f"{name} value, with, commas" if name in with_commas else f"v-{name}" for name in names}
    data: Any = [record, {**record, names[0]: "second"}] if writer.is_list else record
    if writer.list_key:
        data = {writer.list_key: data}
    text = writer.text(data, fmt, form)
    assert reader.read(text, fmt, form) == writer.records(data)


def _fields(parts: tuple[written.Part, ...]) -> tuple[list[str], str | None]:
    """The template's field names, and its free-text field's."""
    names: list[str] = []
    free = None
    for part in parts:
        if isinstance(part, written.Field):
            names.append(part.name)
            free = part.name if part.free_text else free
        elif isinstance(part, written.OptionalPart):
            inner, inner_free = _fields(part.parts)
            names, free = names + inner, free or inner_free
    return names, free


# ---- the spec linter ---------------------------------------------------------------------------------------------

LAYOUT_SPEC = """\
openapi: 3.0.3
info:
  title: t
  version: "1"
  x-error-layout: {fmt0: "ERROR = {error_code}", fmt1: "-{error_code}"}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
  schemas:
    Form:
      type: object
      properties:
        all: {type: integer, enum: [0, 1]}
    Record:
      type: object
      properties:
        id: {type: integer}
        name: {type: string}
paths:
  /things:
    post:
      operationId: get_thing
      summary: s
      tags: [things]
      security: [{basic: []}]
      x-reply-layout: {fmt0: "id = {id}, name = {name}", fmt1: "{id},{name*}"}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Form'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Record'}
        "401": {description: denied}
"""


def lint(tmp_path: Path, text: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from spec_lint import lint_spec

    spec = tmp_path / "inline.yaml"
    spec.write_text(text)
    return [problem.split(": ", 1)[1] for problem in lint_spec(spec)]


def test_a_spec_with_valid_layouts_passes_lint(tmp_path: Path) -> None:
    assert lint(tmp_path, LAYOUT_SPEC) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("{id},{name*}", "{id},{nmae}"), "POST /things: x-reply-layout.fmt1: nmae not in the JSON reply's schema"),
        (("{id},{name*}", "{id}[,{name}"), "POST /things: x-reply-layout.fmt1: '[' without ']'"),
        (("{id},{name*}", "{id*},{name*}"), "POST /things: x-reply-layout.fmt1: more than one free-text field ('*')"),
        (
            ('      x-reply-layout: {fmt0: "id = {id}, name = {name}", fmt1: "{id},{name*}"}\n', ""),
            "POST /things: x-reply-layout missing (the info gives x-error-layout, so every reply has a layout)",
        ),
        (
            (
                'x-reply-layout: {fmt0: "id = {id}, name = {name}", fmt1: "{id},{name*}"}',
                'x-reply-layout: {chosen-by: {field: detail, default: 0}, layouts: {0: {fmt0: "{id}", fmt1: "{id}"}}}',
            ),
            "POST /things: x-reply-layout: chosen-by field 'detail' is not a request field",
        ),
        (('fmt1: "-{error_code}"}', 'fmt1: "-{error_code"}'), "info.x-error-layout.fmt1: unexpected '{' at 1"),
    ],
)
def test_lint_names_what_is_wrong_with_a_layout(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    old, new = change
    assert old in LAYOUT_SPEC
    assert lint(tmp_path, LAYOUT_SPEC.replace(old, new)) == [problem]
