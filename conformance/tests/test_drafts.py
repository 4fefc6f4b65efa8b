"""Draft specs (`specs/drafts/`: written, not yet served) pass the gates every spec passes: the spec lint, and
openapi-python-client with the project's templates and without a warning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted(path for path in (ROOT / "specs" / "drafts").glob("*.yaml") if not path.name.endswith(".config.yaml"))
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("spec", DRAFTS, ids=[path.stem for path in DRAFTS])
def test_a_draft_spec_passes_lint(spec: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from spec_lint import lint_spec

    assert lint_spec(spec) == []


@pytest.mark.parametrize("spec", DRAFTS, ids=[path.stem for path in DRAFTS])
def test_a_draft_spec_generates_a_client_without_a_warning(spec: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(spec.with_suffix(".config.yaml")),
            "--meta",
            "uv",
            "--fail-on-warning",
            "--custom-template-path",
            str(ROOT / "specs" / "templates"),
            "--output-path",
            str(tmp_path / spec.stem),
        ],
        cwd=ROOT,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"},  # the generator runs ruff
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    assert (tmp_path / spec.stem / f"smsgw_{spec.stem}" / "py.typed").exists()


def test_there_is_a_draft() -> None:
    """The parametrized tests above would pass vacuously on an empty folder; while a draft is meant to be
    there, this says so (remove it with the last draft)."""
    assert [path.stem for path in DRAFTS] == ["clicksend"]
