"""Make the skeleton of a new API: spec, generator config, errata, overlay, emulator, Schemathesis hooks, tests.

    python scripts/new_api.py clicksend [--title ClickSend]      (or: make new-api API=clicksend)

The skeleton (scripts/scaffold/, with `__api__`, `__Api__`, `__API__` and `__Title__` standing for the name) is a
JSON API behind HTTP Basic auth with one operation, `GET /account`, that passes `make lint` and `make test` as it
is. Nothing outside the new API's own files changes: every registry is derived from specs/. Then replace the
example operation with the documented ones, one at a time: spec, handler, typed operation, client test.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCAFFOLD = Path(__file__).resolve().parent / "scaffold"
NAME = re.compile(r"^[a-z][a-z0-9]{1,30}$")


def placeholders(api: str, title: str) -> dict[str, str]:
    return {"__api__": api, "__Api__": api.capitalize(), "__API__": api.upper(), "__Title__": title}


def substitute(text: str, values: dict[str, str]) -> str:
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def planned(api: str, title: str, root: Path = ROOT) -> list[tuple[Path, str]]:
    """(target path, content) of every file of the skeleton."""
    values = placeholders(api, title)
    files = []
    for source in sorted(SCAFFOLD.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            target = root / substitute(str(source.relative_to(SCAFFOLD)), values)
            files.append((target, substitute(source.read_text(encoding="utf-8"), values)))
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("api", help="the API's name: lower-case letters and digits (the package is smsgw_<api>)")
    parser.add_argument("--title", help="its human name, for docs and the spec's title (default: the name)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests make it in a copy
    args = parser.parse_args()
    if not NAME.match(args.api):
        print(f"new_api: {args.api!r} is not a name of lower-case letters and digits (2-31 long)", file=sys.stderr)
        return 2
    files = planned(args.api, args.title or args.api.capitalize(), args.root)
    existing = [str(path.relative_to(args.root)) for path, _ in files if path.exists()]
    if existing or (args.root / "specs" / f"{args.api}.yaml").exists():
        print(f"new_api: {args.api} exists already ({', '.join(existing[:3])}); nothing written", file=sys.stderr)
        return 2
    for path, content in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        print(f"  wrote {path.relative_to(args.root)}")
    print(f"{args.api}: skeleton made. Next: `make generate`, then `make test`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
