"""The overlay's typed call against raw httpx making the same request: what the overlay costs per call.

    python scripts/bench.py                  # the table (`make bench`)
    python scripts/bench.py --rounds 9       # quicker, noisier
    python scripts/bench.py --profile        # also where the overlay's time goes: layer by layer, and cProfile

The request is smSend's `GET {base}/status` with the `user_key` and `Session_key` headers. The overlay runs
`call(operations.get_user_status, client=client)` (or `acall`) and returns a `UserStatusResponse`; the baseline
sends the same GET with an `httpx.Client` / `httpx.AsyncClient` and `json.loads` the body. Scenarios:

- served: the smSend emulator on uvicorn in a background thread of this process, over localhost TCP;
  sync (sequential calls) and async (waves of 50 concurrent calls);
- in-memory: an `httpx.MockTransport` answering a canned copy of the emulator's answer, which leaves only the
  per-call overhead of each side.

Method: a warm-up batch of each side, then rounds that alternate which side runs first (baseline, overlay;
overlay, baseline; ...). Each batch is sized from the warm-up to last about `--batch-seconds`. Reported:
the medians over rounds of each side's µs/call, of the per-round difference (overhead) and of the per-round
ratio overlay/raw (so the ratio compares batches that ran side by side on a noisy, shared machine).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated"), str(ROOT / "generated" / "smsend")]

import httpx  # noqa: E402
from smsgw_smsend.api.user import get_user_status  # noqa: E402
from smsgw_smsend.client import AuthenticatedClient, DeadlineTransport  # noqa: E402
from smsgw_smsend.overlay import (  # noqa: E402
    Keys,
    SmsendAuth,
    acall,
    call,
    connect,
    connect_with_keys,
    operations,
)

from conformance.emulators.smsend import DEMO_ACCOUNT, base_path, create_app  # noqa: E402
from conformance.tests.served import serve  # noqa: E402

CONCURRENCY = 50  # concurrent calls per async wave
TARGET_RATIO = 1.10  # the overlay's goal against the served emulator
NOISY_SPREAD = 0.15  # a served ratio's interquartile range wider than this makes the verdict unreliable
STATUS = operations.get_user_status
MOCK_BASE = "http://smsend.invalid/API/v1.0/REST"
MOCK_KEYS = {"user_key": "UK", "Session_key": "SK"}

SyncBatch = Callable[[int], None]  # runs n calls
AsyncBatch = Callable[[int], Awaitable[None]]  # runs n waves of CONCURRENCY concurrent calls


@dataclass
class Result:
    scenario: str
    raw: list[float]  # µs/call, one per round
    overlay: list[float]

    @property
    def ratios(self) -> list[float]:
        return [o / r for r, o in zip(self.raw, self.overlay, strict=True)]

    @property
    def overheads(self) -> list[float]:
        return [o - r for r, o in zip(self.raw, self.overlay, strict=True)]


# ---- timing -----------------------------------------------------------------------------------------------------


def _timed(run: Callable[[], None]) -> float:
    gc.collect()
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


async def _atimed(run: Callable[[], Awaitable[None]]) -> float:
    gc.collect()
    started = time.perf_counter()
    await run()
    return time.perf_counter() - started


def _batch_size(seconds_per_unit: float, batch_seconds: float, minimum: int) -> int:
    return max(minimum, round(batch_seconds / max(seconds_per_unit, 1e-9)))


def bench_sync(scenario: str, raw: SyncBatch, overlay: SyncBatch, rounds: int, batch_seconds: float) -> Result:
    warm = 50
    for _ in range(2):  # the first pass opens connections and fills caches; the second sizes the batches
        raw_unit = _timed(partial(raw, warm)) / warm
        overlay_unit = _timed(partial(overlay, warm)) / warm
    n = _batch_size(max(raw_unit, overlay_unit), batch_seconds, 20)
    result = Result(scenario, [], [])
    for index in range(rounds):
        sides = [(raw, result.raw), (overlay, result.overlay)]
        for batch, times in sides if index % 2 == 0 else reversed(sides):
            times.append(_timed(partial(batch, n)) / n * 1e6)
    return result


async def bench_async(scenario: str, raw: AsyncBatch, overlay: AsyncBatch, rounds: int, batch_seconds: float) -> Result:
    warm = 2
    for _ in range(2):
        raw_unit = await _atimed(partial(raw, warm)) / warm
        overlay_unit = await _atimed(partial(overlay, warm)) / warm
    waves = _batch_size(max(raw_unit, overlay_unit), batch_seconds, 2)
    calls = waves * CONCURRENCY
    result = Result(scenario, [], [])
    for index in range(rounds):
        sides = [(raw, result.raw), (overlay, result.overlay)]
        for batch, times in sides if index % 2 == 0 else reversed(sides):
            times.append(await _atimed(partial(batch, waves)) / calls * 1e6)
    return result


# ---- the two sides ------------------------------------------------------------------------------------------------


def raw_sync(http: httpx.Client, url: str) -> SyncBatch:
    def run(n: int) -> None:
        for _ in range(n):
            response = http.get(url)
            response.raise_for_status()
            json.loads(response.content)

    return run


def overlay_sync(client: AuthenticatedClient) -> SyncBatch:
    def run(n: int) -> None:
        for _ in range(n):
            call(STATUS, client=client)

    return run


def raw_async(http: httpx.AsyncClient, url: str) -> AsyncBatch:
    async def one() -> None:
        response = await http.get(url)
        response.raise_for_status()
        json.loads(response.content)

    async def run(waves: int) -> None:
        for _ in range(waves):
            await asyncio.gather(*(one() for _ in range(CONCURRENCY)))

    return run


def overlay_async(client: AuthenticatedClient) -> AsyncBatch:
    async def run(waves: int) -> None:
        for _ in range(waves):
            await asyncio.gather(*(acall(STATUS, client=client) for _ in range(CONCURRENCY)))

    return run


def key_headers(client: AuthenticatedClient) -> dict[str, str]:
    auth = client._httpx_args["auth"]
    assert isinstance(auth, SmsendAuth) and auth.keys is not None
    return auth.keys.headers()


# ---- scenarios ----------------------------------------------------------------------------------------------------


def served(rounds: int, batch_seconds: float) -> tuple[list[Result], bytes]:
    """Both scenarios against the emulator; also returns one real status answer for the in-memory ones."""
    app = create_app(accounts=[DEMO_ACCOUNT])
    with serve(app) as origin:
        base = origin + base_path()
        client = connect(base, DEMO_ACCOUNT.username, DEMO_ACCOUNT.password)
        headers = key_headers(client)
        url = f"{base}/status"
        with httpx.Client(headers=headers) as http:
            answer = http.get(url)
            answer.raise_for_status()
            results = [bench_sync("served sync", raw_sync(http, url), overlay_sync(client), rounds, batch_seconds)]

        async def concurrent() -> Result:
            async with httpx.AsyncClient(headers=headers) as ahttp:
                result = await bench_async(
                    f"served async x{CONCURRENCY}", raw_async(ahttp, url), overlay_async(client), rounds, batch_seconds
                )
            await client.get_async_httpx_client().aclose()
            return result

        results.append(asyncio.run(concurrent()))
        client.get_httpx_client().close()
    return results, answer.content


def canned(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return answer


def check_same_request(body: bytes) -> None:
    """The two sides send the same method, URL and key headers (a benchmark of different requests is moot)."""
    seen: list[tuple[str, str, str | None, str | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(
            (request.method, str(request.url), request.headers.get("user_key"), request.headers.get("Session_key"))
        )
        return canned(body)(request)

    transport = httpx.MockTransport(record)
    client = connect_with_keys(MOCK_BASE, "UK", "SK", is_token=False, transport=transport)
    with httpx.Client(transport=transport, headers=MOCK_KEYS) as http:
        raw_sync(http, f"{MOCK_BASE}/status")(1)
    overlay_sync(client)(1)
    if seen[0] != seen[1]:
        raise SystemExit(f"the two sides send different requests: raw {seen[0]} != overlay {seen[1]}")


def in_memory(body: bytes, rounds: int, batch_seconds: float) -> list[Result]:
    transport = httpx.MockTransport(canned(body))
    client = connect_with_keys(MOCK_BASE, "UK", "SK", is_token=False, transport=transport, async_transport=transport)
    url = f"{MOCK_BASE}/status"
    with httpx.Client(transport=transport, headers=MOCK_KEYS) as http:
        results = [bench_sync("in-memory sync", raw_sync(http, url), overlay_sync(client), rounds, batch_seconds)]

    async def concurrent() -> Result:
        async with httpx.AsyncClient(transport=transport, headers=MOCK_KEYS) as ahttp:
            return await bench_async(
                f"in-memory async x{CONCURRENCY}", raw_async(ahttp, url), overlay_async(client), rounds, batch_seconds
            )

    results.append(asyncio.run(concurrent()))
    return results


def layers(body: bytes, rounds: int = 25, calls: int = 400) -> None:
    """Unprofiled µs/call of the in-memory sync call built up one layer at a time, from raw httpx to `call()`:
    each step adds one thing the overlay's call does that the baseline does not."""
    transport = httpx.MockTransport(canned(body))
    client = connect_with_keys(MOCK_BASE, "UK", "SK", is_token=False, transport=transport)
    url = f"{MOCK_BASE}/status"
    absolute = httpx.Client(transport=transport, headers=MOCK_KEYS)
    relative = httpx.Client(transport=transport, headers=MOCK_KEYS, base_url=MOCK_BASE)
    with_auth = httpx.Client(transport=transport, base_url=MOCK_BASE, auth=SmsendAuth(MOCK_BASE, keys=Keys("UK", "SK")))
    with_deadline = httpx.Client(transport=DeadlineTransport(transport, 30.0), headers=MOCK_KEYS, base_url=MOCK_BASE)
    overlay_http = client.get_httpx_client()

    def loop(send: Callable[[], object]) -> SyncBatch:
        def run(n: int) -> None:
            for _ in range(n):
                send()

        return run

    steps: list[tuple[str, SyncBatch]] = [
        ("raw httpx, absolute URL, json.loads (the baseline)", raw_sync(absolute, url)),
        ("+ relative URL on base_url", loop(lambda: json.loads(relative.request("get", "/status").content))),
        (
            "+ params={} (as the generated code passes)",
            loop(lambda: json.loads(relative.request("get", "/status", params={}).content)),
        ),
        (
            "  ... with SmsendAuth instead of client headers",
            loop(lambda: json.loads(with_auth.request("get", "/status", params={}).content)),
        ),
        (
            "  ... with DeadlineTransport",
            loop(lambda: json.loads(with_deadline.request("get", "/status", params={}).content)),
        ),
        (
            "+ both: the overlay's own httpx.Client",
            loop(lambda: json.loads(overlay_http.request("get", "/status", params={}).content)),
        ),
        ("+ generated sync_detailed (model, Response)", loop(lambda: get_user_status.sync_detailed(client=client))),
        ("+ call(): the overlay's Operation.run", overlay_sync(client)),
    ]
    times: list[list[float]] = [[] for _ in steps]
    for _, run in steps:
        run(200)
    for index in range(rounds):
        order = list(enumerate(steps))
        for position, (_, run) in order if index % 2 == 0 else reversed(order):
            times[position].append(_timed(partial(run, calls)) / calls * 1e6)
    baseline = statistics.median(times[0])
    print(f"\nin-memory sync, layer by layer (medians of {rounds} alternating rounds of {calls} calls)")
    print(f"{'':56}  {'µs/call':>8}  {'vs raw':>8}")
    for (name, _), values in zip(steps, times, strict=True):
        median = statistics.median(values)
        print(f"{name:56}  {median:8.1f}  {median - baseline:+8.1f}")
    for http in (absolute, relative, with_auth, with_deadline):
        http.close()


def profile(body: bytes, calls: int = 5000, top: int = 25) -> None:
    """cProfile the overlay's and the baseline's in-memory sync calls: where the overlay's extra time goes."""
    transport = httpx.MockTransport(canned(body))
    client = connect_with_keys(MOCK_BASE, "UK", "SK", is_token=False, transport=transport)
    url = f"{MOCK_BASE}/status"
    with httpx.Client(transport=transport, headers=MOCK_KEYS) as http:
        for name, run in (("raw httpx", raw_sync(http, url)), ("overlay", overlay_sync(client))):
            run(200)
            profiler = cProfile.Profile()
            profiler.runcall(run, calls)
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
            print(f"\n== cProfile, in-memory sync, {name}: {calls} calls (times are totals: /{calls} for per call)")
            print(out.getvalue().strip())


# ---- report -------------------------------------------------------------------------------------------------------


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def report(results: list[Result], rounds: int) -> None:
    header = ("scenario", "raw µs/call", "overlay µs/call", "overhead µs/call", "ratio", "ratio p25-p75")
    rows = []
    for result in results:
        low, high = _quartiles(result.ratios)
        rows.append(
            (
                result.scenario,
                f"{statistics.median(result.raw):.1f}",
                f"{statistics.median(result.overlay):.1f}",
                f"{statistics.median(result.overheads):+.1f}",
                f"{statistics.median(result.ratios):.3f}",
                f"{low:.3f}-{high:.3f}",
            )
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        )

    print(f"\nmedians over {rounds} alternating rounds (overhead and ratio: medians of the per-round values)")
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    served = [r for r in results if r.scenario.startswith("served")]
    if not served:
        return
    worst = max(statistics.median(r.ratios) for r in served)
    verdict = "met" if worst <= TARGET_RATIO else "NOT met"
    shown = ", ".join(f"{r.scenario} {statistics.median(r.ratios):.3f}" for r in served)
    print(f"\ntarget overlay <= {TARGET_RATIO:.2f}x raw httpx against the served emulator: {verdict} ({shown})")
    noisy = [r.scenario for r in served if _spread(r.ratios) > NOISY_SPREAD]
    if noisy:
        print(
            f"  noisy run: the ratio's p25-p75 spans more than {NOISY_SPREAD} in {', '.join(noisy)};"
            " the verdict is not reliable (rerun on a quieter machine, or with more --rounds)"
        )


def _spread(values: list[float]) -> float:
    low, high = _quartiles(values)
    return high - low


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds per scenario (default 15)")
    parser.add_argument(
        "--batch-seconds", type=float, default=0.12, help="about how long one side's batch runs (default 0.12)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also break the in-memory call down layer by layer, and cProfile it"
    )
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.batch_seconds <= 0:
        parser.error("--rounds and --batch-seconds must be positive")

    print(f"Python {platform.python_version()} ({platform.python_implementation()}), httpx {httpx.__version__}")
    print(f"{platform.machine()}, {os.cpu_count()} CPUs, load average {_load()}")

    started = time.perf_counter()
    results, body = served(args.rounds, args.batch_seconds)
    check_same_request(body)
    results += in_memory(body, args.rounds, args.batch_seconds)
    report(results, args.rounds)
    print(f"({time.perf_counter() - started:.1f} s; load average now {_load()})")
    if args.profile:
        layers(body)
        profile(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
