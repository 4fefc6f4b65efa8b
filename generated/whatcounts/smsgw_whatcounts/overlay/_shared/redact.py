"""Keep secrets out of log lines and error details.

Some APIs put credentials in the query string (smSend's login, SMSC's psw/apikey). httpx logs every
request URL at INFO level, so an overlay installs `RedactingFilter` on the `httpx` logger.

An error's `detail` is the provider's body; `body_without_secrets` masks the values of the spec's `x-secret`
properties in it (a ClickSend answer can carry a subaccount's API key).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from typing import Any

REDACTED = "***"


class RedactingFilter(logging.Filter):
    """Rewrites `name=value` query pairs of the given parameter names to `name=***` in log records."""

    def __init__(self, parameter_names: Iterable[str]) -> None:
        super().__init__()
        names = "|".join(re.escape(name) for name in sorted(set(parameter_names)))
        self._pattern = re.compile(rf"(?i)([?&](?:{names})=)[^&\s\"']*")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._pattern.sub(rf"\g<1>{REDACTED}", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install(parameter_names: Iterable[str], logger_names: Iterable[str] = ("httpx", "httpcore")) -> None:
    """Add one RedactingFilter for these names to each logger (idempotent per set of names)."""
    names = tuple(sorted(set(parameter_names)))
    for logger_name in logger_names:
        logger = logging.getLogger(logger_name)
        if not any(getattr(f, "names", None) == names for f in logger.filters):
            redacting = RedactingFilter(names)
            redacting.names = names  # type: ignore[attr-defined]
            logger.addFilter(redacting)


def body_without_secrets(content: bytes, secret_fields: frozenset[str]) -> str:
    """The body as text; in a JSON body, the value of every property named in `secret_fields` is `***`.

    A body that is not JSON, or holds none of them, is returned as it came (decoded, stripped)."""
    text = content.decode("utf-8", "replace").strip()
    if not secret_fields:
        return text
    try:
        document = json.loads(text)
    except ValueError:
        return text
    masked, changed = _masked(document, secret_fields)
    return json.dumps(masked, ensure_ascii=False) if changed else text


def _masked(node: Any, secret_fields: frozenset[str]) -> tuple[Any, bool]:
    if isinstance(node, dict):
        changed = False
        masked: dict[str, Any] = {}
        for key, value in node.items():
            if key in secret_fields and value not in (None, ""):
                masked[key], changed = REDACTED, True
            else:
                masked[key], inner = _masked(value, secret_fields)
                changed = changed or inner
        return masked, changed
    if isinstance(node, list):
        items = [_masked(value, secret_fields) for value in node]
        return [value for value, _ in items], any(inner for _, inner in items)
    return node, False
