"""Reading fmt 0 and fmt 1 replies with the layouts of the spec (`x-reply-layout`, `x-error-layout`).

The generated `operation_info` carries them. A template is text with `{field}` (a field of the reply's fmt 3
object), `{field*}` (the free-text field, which the service does not escape) and `[...]` around an optional
part; the spec's info description gives the whole language. Each template becomes one regular expression:
fmt 0 values run up to the next label (they may hold `, `), fmt 1 values up to the next comma, except the
free-text one, which takes the commas left over.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..operation_info import EXTENSIONS, OPERATION_EXTENSIONS
from .replies import ReplyError, lines, structured

_TOKEN = re.compile(r"\{(?P<field>[a-z_]+)(?P<free>\*?)\}|(?P<open>\[)|(?P<close>\])|(?P<text>[^{}\[\]]+)")


@dataclass(frozen=True)
class Template:
    """One template, compiled for one format."""

    source: str
    fmt: int
    pattern: re.Pattern[str]
    commas: int  # the separators a fmt 1 record has when every optional part is there
    has_free_text: bool

    @classmethod
    def compile(cls, source: str, fmt: int) -> Template:
        regex, depth, has_free_text = [], 0, False
        for match in _TOKEN.finditer(source):
            if match.group("field"):
                free = bool(match.group("free"))
                has_free_text |= free
                value = r".*?" if fmt == 0 else (r".*" if free else r"[^,\n]*")
                regex.append(f"(?P<{match.group('field')}>{value})")
            elif match.group("open"):
                regex.append("(?:")
                depth += 1
            elif match.group("close"):
                regex.append(")?")
                depth -= 1
            else:
                regex.append(re.escape(match.group("text")))
        if depth or "".join(m.group(0) for m in _TOKEN.finditer(source)) != source:
            raise ValueError(f"the reply layout {source!r} is not a valid template")
        commas = source.count(",") if fmt == 1 else 0
        return cls(source, fmt, re.compile("".join(regex), re.DOTALL), commas, has_free_text)

    def read(self, text: str) -> dict[str, str]:
        match = self.pattern.fullmatch(text)
        if match is None:
            if self.fmt == 1 and not self.has_free_text and text.count(",") > self.commas:
                raise ReplyError(
                    f"{text.count(',') + 1} comma-separated values for a record of {self.commas + 1} fields: a value "
                    "holds a comma, which fmt 1 does not escape, so the record is ambiguous (use fmt 0, 2 or 3)"
                )
            raise ReplyError(f"expected a reply laid out as {self.source!r}")
        return {name: value for name, value in match.groupdict().items() if value is not None}


@dataclass(frozen=True)
class Layout:
    """One operation's `x-reply-layout`: which template a request's reply takes, and how to read it."""

    by_choice: dict[str, tuple[Template, Template]]  # the chosen-by field's value -> (fmt 0, fmt 1)
    chosen_by: str | None = None
    default: str = ""
    is_list: bool = False
    list_key: str | None = None
    commas_as: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Layout:
        chosen = spec.get("chosen-by")
        variants = {"": spec} if chosen is None else {str(value): layout for value, layout in spec["layouts"].items()}
        return cls(
            {
                value: (Template.compile(str(layout["fmt0"]), 0), Template.compile(str(layout["fmt1"]), 1))
                for value, layout in variants.items()
            },
            chosen_by=None if chosen is None else str(chosen["field"]),
            default="" if chosen is None else str(chosen["default"]),
            is_list=bool(spec.get("list")),
            list_key=spec.get("list-key"),
            commas_as=dict(spec.get("commas-as") or {}),
        )

    def read(self, text: str, fmt: int, form: Mapping[str, Any]) -> Any:
        """The reply as its fmt 3 value: a record (a dict), a list of records, or what fmt 2/3 hold."""
        if fmt in (2, 3):
            data = structured(text, fmt)
            if self.list_key is not None and fmt == 3:
                data = data.get(self.list_key) if isinstance(data, dict) else None
            return data
        choice = "" if self.chosen_by is None else str(form.get(self.chosen_by, self.default))
        if choice not in self.by_choice:
            raise ReplyError(f"no layout for {self.chosen_by}={choice}")
        template = self.by_choice[choice][fmt]
        if not self.is_list:
            return self._restore_commas(template.read(text))
        return [self._restore_commas(template.read(line)) for line in lines(text)]

    def _restore_commas(self, record: dict[str, str]) -> dict[str, str]:
        for name, character in self.commas_as.items():
            if name in record:
                record[name] = record[name].replace(character, ",")
        return record


def _layouts() -> dict[str, Layout]:
    found = {}
    for name, extensions in OPERATION_EXTENSIONS.items():
        layout = extensions.get("reply-layout")
        if isinstance(layout, dict):
            found[name] = Layout.of(layout)
    return found


LAYOUTS = _layouts()


def layout_of(operation: str) -> Layout:
    if operation not in LAYOUTS:
        raise RuntimeError(f"the spec gives {operation} no x-reply-layout: regenerate the client from the spec")
    return LAYOUTS[operation]


def _error_templates() -> tuple[Template, Template]:
    spec = EXTENSIONS.get("error-layout")
    if not isinstance(spec, dict):
        raise RuntimeError("the spec has no x-error-layout: regenerate the client from the spec")
    return Template.compile(str(spec["fmt0"]), 0), Template.compile(str(spec["fmt1"]), 1)


ERROR_TEMPLATES = _error_templates()


ErrorReply = tuple[int, str, int | None]  # code, description, message id


def error_in(text: str, fmt: int) -> ErrorReply | None:
    """The error a reply reports, or None when it is a success reply."""
    if fmt in (0, 1):
        try:
            found = ERROR_TEMPLATES[fmt].read(text)
        except ReplyError:
            return None
        code_text, id_text = found.get("error_code", ""), found.get("id", "")
        if not code_text.isdigit() or not (id_text == "" or id_text.isdigit()):
            return None  # not an error reply after all, but a success reply that looks like one
        # fmt 1 writes id 0 for an error without one.
        return int(code_text), found.get("error", ""), (int(id_text) or None) if id_text else None
    value = structured(text, fmt)
    if isinstance(value, dict) and "error_code" in value:
        try:
            code = int(value["error_code"])
            message_id: int | None = int(value["id"]) if value.get("id") not in (None, "") else None
        except (TypeError, ValueError):
            raise ReplyError("an error reply with a non-numeric code or id") from None
        return code, str(value.get("error", "")), message_id
    return None
