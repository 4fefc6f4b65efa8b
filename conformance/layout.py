"""Where the project keeps what it generates, derived from specs/: one `generated/<api>/` project per spec, each
holding the package `smsgw_<api>`. Tests and tools put these on the import path (nothing lists the APIs)."""

from __future__ import annotations

import os
from pathlib import Path

from .spec_index import ROOT, api_names

GENERATED = ROOT / "generated"


def package_roots() -> list[Path]:
    """The folders to import the generated packages from: `generated/` (emulator models) and each API's project."""
    return [GENERATED, *(GENERATED / api for api in api_names())]


def mypy_path() -> str:
    """MYPYPATH for the generated packages (pyproject.toml's mypy_path names only what every API shares)."""
    return os.pathsep.join(str(path) for path in package_roots())
