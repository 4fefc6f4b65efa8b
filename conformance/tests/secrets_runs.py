"""What the secrets-in-reports test (test_reports_without_secrets.py) runs per API, and its canaries.

Each API's test package declares its runs as `SECRETS_RUNS` (name -> Run): the emulator with an account whose
secrets are canaries, the environment the Schemathesis hooks read the credentials from, and a path that answers
500 so the run has failures to report. The test collects them from every API of `specs/`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

from conformance.spec_index import api_names

_BASE64 = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")

MASK = "[Filtered]"

# The canaries end in characters that URL and form encoding change, so their encoded forms differ from them.
PASSWORD = "CANARY-PW-7f3a &+/="
API_KEY = "CANARY-KEY-91bc &+/="  # SMSC's apikey
CLIENT_AUTH = "CANARY-AUTH-55de &+/="  # a WhatCounts named API client's secret (the hooks send the realm's)
LOGIN, REALM, CLIENT_NAME = "canaryuser", "canaryrealm", "crm"  # not secrets


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode("ascii")


def forms(secret: str) -> dict[str, str]:
    """What to look for: the secret's start (so every escaped or encoded form of it shows), and the encodings."""
    return {
        "start": secret.split()[0],
        "as is": secret,
        "URL-encoded": quote(secret, safe=""),
        "form-encoded": quote_plus(secret),
        "base64": b64(secret),
    }


def base64_texts(text: str) -> list[str]:
    """The decoded text of every base64 token in `text`."""
    found = []
    for token in _BASE64.findall(text):
        with contextlib.suppress(binascii.Error):
            found.append(base64.b64decode(token, validate=True).decode("latin-1"))
    return found


def leaks(text: str, needles: dict[str, str]) -> list[str]:
    """Labels of the needles found in `text` or inside any base64 token of it."""
    found = [label for label, needle in needles.items() if needle in text]
    for decoded in base64_texts(text):
        found += [f"{label} (in base64)" for label, needle in needles.items() if needle in decoded]
    return sorted(set(found))


@dataclass
class Run:
    api: str
    make_app: Callable[[], Any]  # the emulator, with the canary account
    credentials: dict[str, str]  # the environment the hooks read them from
    failing_path: str  # requests to this path answer 500 (every `failing_every`th one)
    st_args: str  # what keeps the run small (--st-args)
    secrets: dict[str, str]  # label -> secret known before the run
    masked_in_har: Callable[[dict[str, Any]], bool]  # a HAR entry of an authenticated request, credentials masked
    issued: Callable[[Any], dict[str, str]] = lambda app: {}  # label -> secret the emulator issued during the run
    url_may_carry_password: str | None = None  # the path whose query string the API documents for the password
    failing_every: int = 1  # 2: every other request to `failing_path` (an API with one operation still succeeds)


def body_masked(entry: dict[str, Any]) -> bool:
    """SMSC: the form body (as text, or base64 with --report-preserve-bytes) went with psw or apikey, masked."""
    text = (entry["request"].get("postData") or {}).get("text", "")
    return any(f"{name}={MASK}" in body for body in [text, *base64_texts(text)] for name in ("psw", "apikey"))


def header_masked(name: str) -> Callable[[dict[str, Any]], bool]:
    def masked(entry: dict[str, Any]) -> bool:
        headers = {header["name"].lower(): header["value"] for header in entry["request"]["headers"]}
        return headers.get(name.lower()) == MASK

    return masked


def runs_of_every_api() -> dict[str, Run]:
    """Every API's `SECRETS_RUNS` (from `conformance.tests.<api>`), by name."""
    runs: dict[str, Run] = {}
    for api in api_names():
        package = importlib.import_module(f"conformance.tests.{api}")
        runs.update(getattr(package, "SECRETS_RUNS", {}))
    return runs
