"""`make new-api` (scripts/new_api.py): the skeleton of a new API passes lint, generation and its own tests, and
the coverage gate, in a copy of the project, touching no file but its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COPIED = ["specs", "overlays", "scripts", "generated", "conformance", "pyproject.toml", "requirements.lock"]
COPIED += ["schemathesis.toml"]
BIN = Path(sys.executable).parent


def run(project: Path, *command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    ignore = shutil.ignore_patterns("__pycache__", "build", ".mypy_cache", ".ruff_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=ignore)
        else:
            shutil.copy2(source, copy / name)
    if (ROOT / "node_modules").is_dir():  # Prism (make prism), for the skeleton's mock test
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
    return copy


def environment(project: Path) -> dict[str, str]:
    """The copy's own generated packages on the import paths (each `generated/<api>/`, made or yet to be)."""
    specs = [path for path in (project / "specs").glob("*.yaml") if not path.name.endswith(".config.yaml")]
    paths = os.pathsep.join(
        str(path) for path in [project / "generated", *(project / "generated" / p.stem for p in specs)]
    )
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(project), paths]),
        "MYPYPATH": paths,
        "SMSGW_REPORTS": str(project / "reports"),
    }


def files(project: Path) -> set[str]:
    return {str(p.relative_to(project)) for p in project.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_names_are_checked_and_nothing_is_overwritten(project: Path) -> None:
    for bad in ("Acme", "a", "smsgw-x", "9lives"):
        refused = run(project, sys.executable, "scripts/new_api.py", bad, "--root", str(project))
        assert refused.returncode == 2 and "not a name" in refused.stderr, bad
    existing = run(project, sys.executable, "scripts/new_api.py", "smsend", "--root", str(project))
    assert existing.returncode == 2 and "exists already" in existing.stderr


def test_the_skeleton_passes_lint_generation_its_tests_and_the_coverage_gate(project: Path) -> None:
    before = files(project)
    made = run(project, sys.executable, "scripts/new_api.py", "acme", "--title", "Acme SMS", "--root", str(project))
    assert made.returncode == 0, made.stderr
    added = files(project) - before
    assert added and all("acme" in path for path in added), sorted(added)  # only the new API's own files

    env = environment(project)
    steps = [
        [sys.executable, "scripts/generate.py", "acme"],
        [sys.executable, "scripts/spec_lint.py", "specs/acme.yaml"],
        [str(BIN / "ruff"), "check", "overlays/acme", "conformance/emulators/acme", "conformance/tests/acme"],
        [str(BIN / "mypy"), "generated/acme/smsgw_acme", "conformance/emulators/acme", "conformance/tests/acme"],
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "conformance/tests/acme"),
            *("conformance/tests/test_cli_against_url.py", "conformance/tests/test_operations_tables.py"),
            *("conformance/tests/test_prism.py", "conformance/tests/test_reports_without_secrets.py"),
            *("-k", "acme or test_every_api_has_a_run"),
        ],
        [sys.executable, "scripts/coverage_report.py", "--require-complete", "acme"],
    ]
    for step in steps:
        result = run(project, *step, env=env)
        assert result.returncode == 0, f"{' '.join(step[:3])}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert (project / "generated" / "acme" / "smsgw_acme" / "overlay" / "operations.py").exists()
