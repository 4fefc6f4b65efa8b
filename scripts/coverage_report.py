"""Per API, every spec operation with: implemented by the emulator, reached with 2xx by Schemathesis,
called successfully by a client test.

    python scripts/coverage_report.py smsend [--require-complete]

Reads the records the test runs leave in reports/ (`<api>.schemathesis.json`, `<api>.client.json`).
With --require-complete it exits 1 when any operation misses any of the three.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

import yaml  # noqa: E402

from conformance.emulators.registry import EMULATORS  # noqa: E402

REPORTS = ROOT / "reports"
METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations(api: str) -> list[str]:
    spec = yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text())
    return [item[m]["operationId"] for item in spec["paths"].values() for m in METHODS if m in item]


def reached_2xx(path: Path) -> set[str]:
    if not path.exists():
        return set()
    counts: dict[str, dict[str, int]] = json.loads(path.read_text())
    return {op for op, statuses in counts.items() if any(code.startswith("2") for code in statuses)}


def implemented(api: str) -> set[str]:
    handlers = importlib.import_module(EMULATORS[api] + ".handlers")
    return set(handlers.load_all())


def report(api: str) -> tuple[list[str], int]:
    operations = spec_operations(api)
    done = implemented(api)
    schemathesis = reached_2xx(REPORTS / f"{api}.schemathesis.json")
    client = reached_2xx(REPORTS / f"{api}.client.json")
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
