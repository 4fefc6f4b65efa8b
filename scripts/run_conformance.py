"""The conformance job: Schemathesis against the emulators (in-process) or against a URL.

    python scripts/run_conformance.py smsend                       # against the emulators, then the coverage report
    python scripts/run_conformance.py --api smsend --base-url URL  # the Schemathesis CLI against a served emulator
                                                               # or the live API

Against a URL the credentials come from the environment (smSend: SMSEND_USERNAME, SMSEND_PASSWORD; SMSC:
SMSC_LOGIN + SMSC_PASSWORD, or SMSC_APIKEY; WhatCounts: WHATCOUNTS_REALM, WHATCOUNTS_PASSWORD), and operations
the spec marks `x-spends-credit` (they send messages or spend credit) are left out unless ALLOW_SPENDING=1.
`--st-args` passes more options to `st run` (for SMSC's live service, e.g. `--mode positive`: it blocks an IP
after frequent errors). Operations marked `x-changes-credentials` (pwdreset) are always left out of URL runs: a
generated password would lock the account.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from coverage_report import recorded  # noqa: E402

from conformance.spec_index import spec_index  # noqa: E402

BIN = Path(sys.executable).parent
REPORTS = ROOT / "reports"


def marked_operations(api: str, marker: str) -> list[str]:
    return spec_index(api).marked(marker.removeprefix("x-"))


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


def against_url(api: str, base_url: str, st_args: str = "") -> int:
    excluded = marked_operations(api, "x-changes-credentials")
    if os.environ.get("ALLOW_SPENDING") != "1":
        excluded += marked_operations(api, "x-spends-credit")
    command = [str(BIN / "st"), "--config-file", "schemathesis.toml", "run", f"specs/{api}.yaml", "--url", base_url]
    for operation_id in excluded:
        command += ["--exclude-operation-id", operation_id]
    command += shlex.split(st_args)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "conformance.schemathesis_hooks"}
    print(f"{api}: Schemathesis against {base_url} (left out: {', '.join(excluded) or 'nothing'})", flush=True)
    return subprocess.run(command, cwd=ROOT, env=env).returncode


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
