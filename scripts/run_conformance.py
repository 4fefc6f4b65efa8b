"""The conformance job: Schemathesis against the emulators (in-process) or against a URL.

    python scripts/run_conformance.py smsend                       # against the emulators, then the coverage report
    python scripts/run_conformance.py --api smsend --base-url URL  # the Schemathesis CLI against a served emulator
                                                               # or the live API

Against a URL the credentials come from the environment (smSend: SMSEND_USERNAME, SMSEND_PASSWORD; SMSC:
SMSC_LOGIN + SMSC_PASSWORD, or SMSC_APIKEY; WhatCounts: WHATCOUNTS_REALM, WHATCOUNTS_PASSWORD; ClickSend:
CLICKSEND_USERNAME, CLICKSEND_API_KEY), and operations
the spec marks `x-spends-credit` (they send messages or spend credit) are left out unless ALLOW_SPENDING=1, except
the sends whose recipients the spec names (`x-recipients`, with `info.x-test-numbers`: ClickSend's SMS, MMS and
voice sends): the hooks send those to the documented test numbers only (conformance/schemathesis_hooks/
live_sends.py), which are free, so a live run covers sending without spending.
`--st-args` passes more options to `st run` (for SMSC's live service, e.g. `--mode positive`: it blocks an IP
after frequent errors). Operations marked `x-changes-credentials` (pwdreset) are always left out of URL runs: a
generated password would lock the account.

Against a URL, the secrets from the environment are scrubbed from `st run`'s output and from every report file
the run writes (in the report directory or at a `--report-*-path`, from --st-args or schemathesis.toml).
Schemathesis masks secrets by key name in URLs, headers and a case's query, but never looks inside a request
body: SMSC's credentials travel in the form body (as its docs allow, so that they stay out of URLs and access
logs), and Schemathesis writes that body as sent into its cassettes (vcr, har), its event log (ndjson), its
pytest and wfc reproductions and the curl commands of failures (stdout, junit, html). Every form a secret can
take there (as is; URL/form-encoded in the charsets SMSC reads; JSON/HTML-escaped; inside any base64 text, such
as a Basic header or a `--report-preserve-bytes` body) is replaced with Schemathesis' own mask, `[Filtered]`.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import html
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import IO
from urllib.parse import quote, quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from coverage_report import recorded  # noqa: E402

from conformance.spec_index import spec_index  # noqa: E402

BIN = Path(sys.executable).parent
REPORTS = ROOT / "reports"
# The environment variables that hold secrets (conformance/schemathesis_hooks/ reads them; the logins and the
# realm name are not secret).
SECRET_VARIABLES = ("SMSEND_PASSWORD", "SMSC_PASSWORD", "SMSC_APIKEY", "WHATCOUNTS_PASSWORD", "CLICKSEND_API_KEY")
MASK = "[Filtered]"  # what Schemathesis puts in place of what it masks itself
SMSC_CHARSETS = ("utf-8", "cp1251", "koi8-r")  # the request charsets SMSC reads a form in
DEFAULT_REPORT_DIR = "schemathesis-report"
_BASE64 = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")


def marked_operations(api: str, marker: str) -> list[str]:
    return spec_index(api).marked(marker.removeprefix("x-"))


def left_out(api: str, allow_spending: bool) -> list[str]:
    """The operations a run against a URL leaves out: those that change credentials, and unless spending is
    allowed those that spend, but for the sends the hooks make go to the test numbers."""
    spec = spec_index(api)
    excluded = marked_operations(api, "x-changes-credentials")
    if not allow_spending:
        excluded += [
            op.operation_id for op in spec.operations if op.spends_credit and not spec.sends_to_test_numbers(op)
        ]
    return list(dict.fromkeys(excluded))


def sent_to_test_numbers(api: str, allow_spending: bool) -> list[str]:
    """The spending operations a run against a URL sends to the test numbers only (none when spending is allowed)."""
    spec = spec_index(api)
    return [] if allow_spending else [op.operation_id for op in spec.operations if spec.sends_to_test_numbers(op)]


def in_process(api: str) -> tuple[int, str]:
    """Run one API's suites against its emulators: Schemathesis in-process, and the client tests over HTTP
    (they feed the coverage report's columns). Returns (pytest exit code, its summary line)."""
    for stale in REPORTS.glob(f"{api}.*.json"):
        stale.unlink()
    command = [
        str(BIN / "python"),
        "-m",
        "pytest",
        f"conformance/tests/{api}",
        "-q",
        "-rf",
        "-n",
        "auto",
        "--dist",
        "loadfile",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0:
        print(result.stdout[-6000:], result.stderr[-2000:], sep="\n")
    return result.returncode, lines[-1] if lines else "(no output)"


def documented_statuses(api: str) -> dict[str, set[str]]:
    return {operation.operation_id: set(operation.statuses) for operation in spec_index(api).operations}


def server_errors(api: str) -> int:
    """5xx answers the spec does not document (WhatCounts documents 500 for business failures): emulator crashes."""
    counts = recorded(api, "schemathesis")
    documented = documented_statuses(api)
    return sum(
        n
        for operation, statuses in counts.items()
        for code, n in statuses.items()
        if code.startswith("5") and code not in documented.get(operation, set())
    )


class Scrubber:
    """Replaces every form a secret can take in Schemathesis' output with MASK."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms: set[str] = set()
        for secret in filter(None, secrets):
            forms |= {secret, html.escape(secret), html.escape(secret, quote=False)}
            forms |= {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
            for charset in SMSC_CHARSETS:
                forms.add(quote_plus(secret, encoding=charset, errors="ignore"))
                forms.add(quote(secret, safe="", encoding=charset, errors="ignore"))
        self.forms = sorted(filter(None, forms), key=len, reverse=True)  # a longer form before its parts
        self._pattern = re.compile("|".join(map(re.escape, self.forms))) if self.forms else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return _BASE64.sub(self._base64, self._pattern.sub(MASK, text))

    def _base64(self, match: re.Match[str]) -> str:
        """A base64 token whose decoded text holds a secret (a Basic header, a preserved body), re-encoded
        with the secret masked."""
        token = match.group()
        try:
            raw = base64.b64decode(token, validate=True)
        except binascii.Error:
            return token
        try:
            codec, decoded = "utf-8", raw.decode("utf-8")
        except UnicodeDecodeError:  # e.g. a windows-1251 form: its credentials are ASCII or percent-encoded
            codec, decoded = "latin-1", raw.decode("latin-1")
        scrubbed = self(decoded)
        return token if scrubbed == decoded else base64.b64encode(scrubbed.encode(codec)).decode("ascii")

    def file(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        scrubbed = self(text)
        if scrubbed != text:
            path.write_text(scrubbed, encoding="utf-8", errors="surrogateescape")


def report_locations(st_args: list[str]) -> list[Path]:
    """Where `st run` writes its reports: the report directory and any per-format path, as --st-args (which
    win) or schemathesis.toml's [reports] set them."""
    config = tomllib.loads((ROOT / "schemathesis.toml").read_text()).get("reports", {})
    directory = str(config.get("directory", DEFAULT_REPORT_DIR))
    paths = [str(value["path"]) for value in config.values() if isinstance(value, dict) and "path" in value]
    options = iter(st_args)
    for option in options:
        name, equals, value = option.partition("=")
        if name == "--report-dir" or re.fullmatch(r"--report-[a-z]+-path", name):
            value = value if equals else next(options, "")
            if name == "--report-dir":
                directory = value
            else:
                paths.append(value)
    return [ROOT / location for location in (directory, *paths) if location]


def scrub_reports(scrub: Scrubber, locations: list[Path], since: float) -> None:
    """Scrub the report files written since `since` (a time.time()): this run's, not older runs' kept there."""
    for location in locations:
        files = location.rglob("*") if location.is_dir() else [location]
        for path in files:
            if path.is_file() and path.stat().st_mtime >= since:
                scrub.file(path)


def _relay(stream: IO[str], target: IO[str], scrub: Scrubber) -> None:
    for line in stream:
        target.write(scrub(line))
        target.flush()


def against_url(api: str, base_url: str, st_args: str = "") -> int:
    allow_spending = os.environ.get("ALLOW_SPENDING") == "1"
    excluded = left_out(api, allow_spending)
    command = [str(BIN / "st"), "--config-file", "schemathesis.toml", "run", f"specs/{api}.yaml", "--url", base_url]
    for operation_id in excluded:
        command += ["--exclude-operation-id", operation_id]
    extra = shlex.split(st_args)
    command += extra
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "conformance.schemathesis_hooks"}
    scrub = Scrubber(os.environ.get(name, "") for name in SECRET_VARIABLES)
    print(f"{api}: Schemathesis against {base_url} (left out: {', '.join(excluded) or 'nothing'})", flush=True)
    free = sent_to_test_numbers(api, allow_spending)
    if free:
        print(f"{api}: sent to the test numbers only: {', '.join(free)}", flush=True)
    started = time.time() - 1  # file times can be coarser than the clock
    try:
        with subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace"
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            errors = threading.Thread(target=_relay, args=(process.stderr, sys.stderr, scrub), daemon=True)
            errors.start()
            _relay(process.stdout, sys.stdout, scrub)
            errors.join()
    finally:  # also after Ctrl-C: st writes its reports as it stops
        scrub_reports(scrub, report_locations(extra), since=started)
    return process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="*")
    parser.add_argument("--api", help="with --base-url: which spec to run")
    parser.add_argument("--base-url", help="run the Schemathesis CLI against this URL instead of in-process")
    parser.add_argument("--st-args", default="", help="with --base-url: more options for `st run`")
    args = parser.parse_args()
    if args.base_url:
        return against_url(args.api or "smsend", args.base_url, args.st_args)

    failed = 0
    summary = []
    for api in args.apis:
        started = time.monotonic()
        code, line = in_process(api)
        failed += code != 0
        summary.append(
            f"{api}: Schemathesis in-process + client tests {'PASSED' if code == 0 else 'FAILED'} ({line}); "
            f"undocumented 5xx answers: {server_errors(api)}; {time.monotonic() - started:.0f}s"
        )
    print("\n== Conformance summary ==")
    print("\n".join(summary))
    print("\n== Coverage ==", flush=True)
    subprocess.run([str(BIN / "python"), "scripts/coverage_report.py", *args.apis], cwd=ROOT)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
