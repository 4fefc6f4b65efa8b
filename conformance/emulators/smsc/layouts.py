"""Writing fmt 0 and fmt 1 replies from the layouts in specs/smsc.yaml (`x-reply-layout`, `x-error-layout`).

A template is text with `{field}` (a field of the reply's fmt 3 object; `{field*}` marks the free-text one),
and `[...]` around a part written only when the data has all of that part's own fields. The spec's info
description gives the whole language; the client reads replies with the same templates (its own reader).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...spec_index import SpecIndex


@dataclass(frozen=True)
class Field:
    name: str
    free_text: bool = False  # `{name*}`: written as it is; only the reader cares (it may hold commas)


@dataclass(frozen=True)
class OptionalPart:
    parts: tuple[Part, ...]


Part = str | Field | OptionalPart

_TOKEN = re.compile(r"\{([a-z_]+)(\*?)\}|\[|\]|[^{}\[\]]+")


def parse(template: str) -> tuple[Part, ...]:
    """The parts of a template; a ValueError names what is wrong with it."""
    stack: list[list[Part]] = [[]]
    position = 0
    while position < len(template):
        match = _TOKEN.match(template, position)
        if match is None:
            raise ValueError(f"template {template!r}: unexpected {template[position]!r} at {position}")
        token, position = match.group(0), match.end()
        if token == "[":
            stack.append([])
        elif token == "]":
            if len(stack) == 1:
                raise ValueError(f"template {template!r}: ']' without '['")
            inner = stack.pop()
            stack[-1].append(OptionalPart(tuple(inner)))
        elif match.group(1):
            stack[-1].append(Field(match.group(1), bool(match.group(2))))
        else:
            stack[-1].append(token)
    if len(stack) != 1:
        raise ValueError(f"template {template!r}: '[' without ']'")
    return tuple(stack[0])


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def write(parts: tuple[Part, ...], data: Mapping[str, Any]) -> str:
    """The template filled from `data`; an optional part only when `data` has every field of its own."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Field):
            if part.name not in data:
                raise KeyError(f"the reply has no {part.name!r} for its layout")
            out.append(_text(data[part.name]))
        elif all(inner.name in data for inner in part.parts if isinstance(inner, Field)):
            out.append(write(part.parts, data))
    return "".join(out)


@dataclass(frozen=True)
class Templates:
    fmt0: tuple[Part, ...]
    fmt1: tuple[Part, ...]

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Templates:
        return cls(parse(str(spec["fmt0"])), parse(str(spec["fmt1"])))


@dataclass(frozen=True)
class ReplyLayout:
    """One operation's `x-reply-layout`."""

    by_choice: dict[str, Templates]  # the chosen-by field's value (as sent) -> templates; "" when not chosen
    chosen_by: str | None = None
    default: str = ""
    is_list: bool = False
    list_key: str | None = None
    commas_as: dict[str, str] = field(default_factory=dict)
    xml_root: str = "result"

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> ReplyLayout:
        chosen = spec.get("chosen-by")
        if chosen is None:
            by_choice = {"": Templates.of(spec)}
        else:
            by_choice = {str(value): Templates.of(layout) for value, layout in spec["layouts"].items()}
        return cls(
            by_choice,
            chosen_by=None if chosen is None else str(chosen["field"]),
            default="" if chosen is None else str(chosen["default"]),
            is_list=bool(spec.get("list", False)),
            list_key=spec.get("list-key"),
            commas_as={str(name): str(character) for name, character in (spec.get("commas-as") or {}).items()},
            xml_root=str(spec.get("xml-root", "result")),
        )

    def templates(self, form: Mapping[str, Any]) -> Templates:
        choice = "" if self.chosen_by is None else str(form.get(self.chosen_by, self.default))
        return self.by_choice.get(choice, self.by_choice.get(self.default, next(iter(self.by_choice.values()))))

    def records(self, data: Any) -> Any:
        """What the text formats write: the list (under `list_key` in fmt 3) or the one record."""
        return data[self.list_key] if self.list_key else data

    def text(self, data: Any, fmt: int, form: Mapping[str, Any]) -> str:
        templates = self.templates(form)
        parts = templates.fmt0 if fmt == 0 else templates.fmt1
        if not self.is_list:
            return write(parts, self._commas(data))
        # One record per line: a line break inside a value is written as a space.
        return "\n".join(write(parts, self._commas(_one_line(record))) for record in self.records(data))

    def _commas(self, record: Mapping[str, Any]) -> Mapping[str, Any]:
        if not self.commas_as:
            return record
        return {
            key: _text(value).replace(",", self.commas_as[key]) if key in self.commas_as else value
            for key, value in record.items()
        }


def _one_line(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: " ".join(value.splitlines()) if isinstance(value, str) else value for key, value in record.items()}


def reply_layouts(spec: SpecIndex) -> dict[str, ReplyLayout]:
    """operationId -> its layout; an operation without one is a spec error, named."""
    layouts: dict[str, ReplyLayout] = {}
    for operation in spec.operations:
        layout = operation.marker("reply-layout")
        if not isinstance(layout, dict):
            raise ValueError(f"{spec.path}: {operation.operation_id} has no x-reply-layout")
        layouts[operation.operation_id] = ReplyLayout.of(layout)
    return layouts


def error_layout(spec: SpecIndex) -> Templates:
    return Templates.of(spec.info_marker["error-layout"])
