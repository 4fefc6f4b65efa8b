"""Where test runs record which operations answered 2xx, for scripts/coverage_report.py.

Each test process writes its own file (`<api>.<kind>.<worker>.json`: pytest-xdist runs several), and the report
adds them up.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

REPORTS = Path(os.environ.get("SMSGW_REPORTS", Path(__file__).resolve().parents[2] / "reports"))


def _record(kind: str, api: str, calls: Iterable[tuple[str, int | str]]) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    path = REPORTS / f"{api}.{kind}.{worker}.json"
    counts: dict[str, dict[str, int]] = {}
    for operation_id, status in calls:
        per_status = counts.setdefault(operation_id, {})
        per_status[str(status)] = per_status.get(str(status), 0) + 1
    path.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n")


def record_client_calls(api: str, calls: Iterable[tuple[str, int | str]]) -> None:
    _record("client", api, calls)


def record_schemathesis_calls(api: str, calls: Iterable[tuple[str, int | str]]) -> None:
    _record("schemathesis", api, calls)


ROOT_CONFIG = Path(__file__).resolve().parents[2] / "schemathesis.toml"
