"""Per API, every spec operation with: implemented by the emulator, reached with 2xx by Schemathesis,
called successfully by a client test.

    python scripts/coverage_report.py smsend [--require-complete]

Reads the records the test runs leave in reports/ (`<api>.schemathesis.*.json`, `<api>.client.*.json`).
With --require-complete it exits 1 when any operation misses any of the three.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

from conformance.emulators.registry import EMULATORS  # noqa: E402
from conformance.spec_index import spec_index  # noqa: E402

REPORTS = Path(os.environ.get("SMSGW_REPORTS", ROOT / "reports"))  # where conformance/tests/recording.py writes


def spec_operations(api: str) -> list[str]:
    return [operation.operation_id for operation in spec_index(api).operations]


def recorded(api: str, kind: str) -> dict[str, dict[str, int]]:
    """operationId -> status -> count, added up over the files every test process wrote (one per xdist worker)."""
    counts: dict[str, dict[str, int]] = {}
    for path in sorted(REPORTS.glob(f"{api}.{kind}.*.json")):
        for operation, statuses in json.loads(path.read_text()).items():
            for code, number in statuses.items():
                counts.setdefault(operation, {})[code] = counts.get(operation, {}).get(code, 0) + number
    return counts


def reached_2xx(api: str, kind: str) -> set[str]:
    counts = recorded(api, kind)
    return {op for op, statuses in counts.items() if any(code.startswith("2") for code in statuses)}


def implemented(api: str) -> set[str]:
    handlers = importlib.import_module(EMULATORS[api] + ".handlers")
    return set(handlers.load_all())


def report(api: str) -> tuple[list[str], int]:
    operations = spec_operations(api)
    done = implemented(api)
    schemathesis = reached_2xx(api, "schemathesis")
    client = reached_2xx(api, "client")
    mark = {True: "yes", False: "NO"}
    lines = [f"{api}: {len(operations)} operations", f"  {'operation':45} {'emulator':9} {'st 2xx':7} {'client':6}"]
    incomplete = 0
    for op in operations:
        row = (op in done, op in schemathesis, op in client)
        incomplete += not all(row)
        lines.append(f"  {op:45} {mark[row[0]]:9} {mark[row[1]]:7} {mark[row[2]]:6}")
    totals = [sum(op in s for op in operations) for s in (done, schemathesis, client)]
    lines.append(
        f"  implemented {totals[0]}/{len(operations)}, Schemathesis 2xx {totals[1]}/{len(operations)}, "
        f"client-tested {totals[2]}/{len(operations)}"
    )
    return lines, incomplete


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="+")
    parser.add_argument("--require-complete", action="store_true")
    args = parser.parse_args()
    failing = 0
    for api in args.apis:
        lines, incomplete = report(api)
        print("\n".join(lines))
        if incomplete:
            print(f"  {incomplete} operation(s) not fully covered")
        failing += incomplete
    if args.require_complete and failing:
        print("coverage gate: FAILED (every operation must be implemented, reached with 2xx and client-tested)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
