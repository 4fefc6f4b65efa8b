"""The judges never import what they judge: the Schemathesis hooks, which also run against live APIs, import
nothing of the emulators, and facts the hooks and an emulator both need come from the spec."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted((ROOT / "conformance" / "schemathesis_hooks").glob("*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, relative imports resolved against its package."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("hooks", HOOKS, ids=[path.name for path in HOOKS])
def test_hooks_import_nothing_of_the_emulators(hooks: Path) -> None:
    emulator_imports = sorted(m for m in imported_modules(hooks) if m.startswith("conformance.emulators"))
    assert not emulator_imports, f"{hooks.name} imports {emulator_imports}"


def test_the_import_reader_sees_relative_and_absolute_imports() -> None:
    sample = ROOT / "conformance" / "schemathesis_hooks" / "__init__.py"
    assert "conformance.schemathesis_hooks.apis.api_of_operation" in imported_modules(sample)
    assert "conformance.spec_index" in imported_modules(sample)
