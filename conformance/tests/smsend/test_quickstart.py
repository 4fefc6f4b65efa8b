"""The vendor's Python quick start (seed 001) runs unmodified against the emulator, except for BASEURL.

The example is cut out of the seed file at test time: from "# pip install requests" up to the next
"Copy code" line. It logs in as username/password and schedules an SMS 5 minutes ahead, with
`"sender": None` and a naive `datetime.isoformat()` time. It runs against its own emulator on the real
clock (the session emulator's clock is moved forward by other tests) and in UTC, the zone the emulator reads
a naive time in.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

from conformance.emulators.smsend import base_path, create_app, dataset
from conformance.tests.served import serve
from conformance.vendor_docs import vendor_docs

START = "# pip install requests"
END = "Copy code"


def quick_start_source() -> str:
    (seed,) = (vendor_docs() / "seeds").glob("001_*.txt")
    text = seed.read_text(encoding="utf-8")
    start = text.index(START)
    end = text.index(END, start)
    return text[start:end]


def with_base_url(source: str, base_url: str) -> str:
    changed, count = re.subn(r'^BASEURL = ".*"$', lambda _: f'BASEURL = "{base_url}/"', source, flags=re.MULTILINE)
    assert count == 1, "the quick start no longer has exactly one BASEURL line"
    return changed


def test_quick_start_sends_a_scheduled_sms(tmp_path: Path) -> None:
    app = create_app()
    with serve(app) as origin:
        script = tmp_path / "quickstart.py"
        script.write_text(with_base_url(quick_start_source(), origin + base_path()), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "TZ": "UTC"},
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "SMS sent!"
    orders = app.state.store.by_username["username"].orders
    (order,) = (order for order_id, order in orders.items() if order_id != dataset.SCHEDULED_ORDER)
    assert order.recipients == {"+349123456789": "WAITING"}
    assert order.message == "Hello world!"
    assert order.sender == ""
    assert order.scheduled is not None
    assert dt.timedelta(minutes=4) < order.scheduled - order.created <= dt.timedelta(minutes=5)
