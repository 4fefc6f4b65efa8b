"""Serve one emulator over real HTTP: `python -m conformance.serve smsend --port 8080`.

`--no-ip-block` (SMSC) turns off the emulator's "IP blocked after frequent errors" (error 4), which a
Schemathesis run triggers at once: its negative tests make errors on purpose.

uvicorn keeps header names as sent (smSend's `user_key`/`Session_key` have underscores, which some
servers and proxies drop), so it is the server the emulators are served with.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys

import uvicorn

from conformance.emulators.registry import EMULATORS


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve an API emulator on localhost.")
    parser.add_argument("api", choices=sorted(EMULATORS))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--no-ip-block", action="store_true", help="SMSC: never answer error 4 (IP blocked)")
    args = parser.parse_args()
    module = importlib.import_module(EMULATORS[args.api])
    options: dict[str, object] = {}
    if args.no_ip_block:
        if "block_after_errors" not in inspect.signature(module.create_app).parameters:
            parser.error(f"--no-ip-block: the {args.api} emulator has no IP block")
        options["block_after_errors"] = None
    app = module.create_app(**options)
    base = module.base_path() if hasattr(module, "base_path") else ""
    print(f"{args.api} emulator on http://{args.host}:{args.port}{base}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
