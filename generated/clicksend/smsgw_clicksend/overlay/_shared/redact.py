"""Keep secrets out of log lines.

Some APIs put credentials in the query string (smSend's login, SMSC's psw/apikey). httpx logs every
request URL at INFO level, so an overlay installs `RedactingFilter` on the `httpx` logger.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

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
