"""The developer tools: the pre-commit hooks use the versions the project pins, and the YAML check names the
file and line of what does not parse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conformance.spec_index import read_document

ROOT = Path(__file__).resolve().parents[2]


def pinned() -> dict[str, str]:
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    return dict(line.lower().split("==", 1) for line in lines if "==" in line)


def test_pre_commit_hooks_use_the_pinned_versions_and_existing_scripts() -> None:
    config = read_document(ROOT / ".pre-commit-config.yaml")
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert {hook["id"] for hook in hooks} >= {"ruff-check", "ruff-format", "check-yaml", "codespell"}
    versions = pinned()
    for hook in hooks:
        for requirement in hook.get("additional_dependencies", []):
            name, version = requirement.lower().split("==")
            if name in versions:  # codespell is pre-commit's own; the others must match the lock
                assert versions[name] == version, f"{hook['id']}: {requirement}, the lock has {versions[name]}"
        script = hook["entry"].split()[1] if hook["entry"].startswith("python ") else None
        assert script is None or (ROOT / script).is_file(), script


def test_the_yaml_check_names_file_and_line(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text("a: 1\n")
    bad.write_text("a: 1\nb: [2,\n")
    result = subprocess.run(
        [sys.executable, "scripts/check_yaml.py", str(good), str(bad)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:3:1: ") and str(good) not in result.stderr
    ok = subprocess.run([sys.executable, "scripts/check_yaml.py", str(good)], cwd=ROOT, capture_output=True)
    assert ok.returncode == 0
