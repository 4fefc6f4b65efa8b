"""Regenerate the client package and the emulator's request models of each API from specs/ + overlays/.

    python scripts/generate.py smsend            # rebuild what changed (a content hash says what did)
    python scripts/generate.py --force smsend    # rebuild regardless
    python scripts/generate.py --check smsend    # rebuild into a temporary folder and diff with generated/

For API `x`:
  specs/x.yaml + specs/x.config.yaml  -> generated/x/  (openapi-python-client, --fail-on-warning)
  overlays/_shared + overlays/x       -> generated/x/smsgw_x/overlay/  (copied verbatim)
  specs/x.yaml (info.x-client-results) -> generated/x/smsgw_x/results.py (typed_results.py), with its readers
                                          overlays/_shared/wire.py as smsgw_x/_wire.py
  specs/x.yaml                        -> generated/emulator_models/x.py  (datamodel-code-generator)

Any validation error, spec-lint problem or generator warning stops the run naming the file.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]

from spec_lint import lint_spec  # noqa: E402
from typed_results import ResultsError, results_module  # noqa: E402

from conformance.spec_index import SpecIndex, spec_index  # noqa: E402

GENERATED = ROOT / "generated"
HASH_FILE = ".inputs.sha256"
BIN = Path(sys.executable).parent


class GenerationError(Exception):
    pass


def package_name(api: str) -> str:
    return f"smsgw_{api}"


def inputs(api: str) -> list[Path]:
    # pyproject.toml holds the ruff settings datamodel-codegen formats with, so it is an input too.
    files = [ROOT / "specs" / f"{api}.yaml", ROOT / "specs" / f"{api}.config.yaml", ROOT / "requirements.lock"]
    files.append(ROOT / "pyproject.toml")
    for folder in (ROOT / "overlays" / "_shared", ROOT / "overlays" / api):
        files += sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted((ROOT / "specs" / "templates").glob("*.jinja"))
    # The index decides operation_info.py; typed_results.py writes results.py.
    files += [Path(__file__), ROOT / "conformance" / "spec_index.py", ROOT / "scripts" / "typed_results.py"]
    return files


def inputs_hash(api: str) -> str:
    digest = hashlib.sha256()
    for path in inputs(api):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def run(command: list[str], cwd: Path, what: str) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise GenerationError(f"{what} failed:\n{output}")
    return output


def build(api: str, out: Path) -> None:
    """Write generated/<api> and generated/emulator_models/<api>.py for `api` under `out`."""
    spec = ROOT / "specs" / f"{api}.yaml"
    problems = lint_spec(spec)
    if problems:
        raise GenerationError(f"{spec.relative_to(ROOT)}: spec lint failed:\n" + "\n".join(problems))

    client_dir = out / api
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / api
        output = run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(ROOT / "specs" / f"{api}.config.yaml"),
                "--meta",
                "uv",
                "--fail-on-warning",
                "--custom-template-path",
                str(ROOT / "specs" / "templates"),
                "--output-path",
                str(target),
            ],
            ROOT,
            f"openapi-python-client on {spec.relative_to(ROOT)}",
        )
        if "warning" in output.lower():
            raise GenerationError(f"openapi-python-client warned on {spec.relative_to(ROOT)}:\n{output}")
        shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
        (target / package_name(api) / "operation_info.py").write_text(operation_info_module(api, spec))
        try:
            results = results_module(spec_index(spec))
        except ResultsError as error:
            raise GenerationError(f"{spec.relative_to(ROOT)}: typed results: {error}") from None
        if results is not None:
            (target / package_name(api) / "results.py").write_text(results)
            shutil.copyfile(ROOT / "overlays" / "_shared" / "wire.py", target / package_name(api) / "_wire.py")
            run([str(BIN / "ruff"), "format", "--quiet", str(target / package_name(api) / "results.py")], ROOT, "ruff")
        overlay = target / package_name(api) / "overlay"
        if not (ROOT / "overlays" / api / "__init__.py").exists():
            raise GenerationError(f"overlays/{api}/__init__.py is missing: every API has an overlay package")
        shutil.copytree(ROOT / "overlays" / api, overlay, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(
            ROOT / "overlays" / "_shared", overlay / "_shared", ignore=shutil.ignore_patterns("__pycache__", "wire.py")
        )
        readme = target / "README.md"
        readme.write_text(readme.read_text().replace("<!-- overlay -->", overlay_description(api)))
        (target / HASH_FILE).write_text(inputs_hash(api) + "\n")
        if client_dir.exists():
            shutil.rmtree(client_dir)
        client_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(target), client_dir)

    models_dir = out / "emulator_models"
    models_dir.mkdir(parents=True, exist_ok=True)
    (models_dir / "__init__.py").write_text(
        '"""Request models generated from specs/ for the emulators. Do not edit."""\n'
    )
    output = run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output",
            str(models_dir / f"{api}.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--no-formatters",
            "--field-constraints",
            "--use-annotated",
            "--strict-types",
            "str",
            "int",
            "bool",
            "--enum-field-as-literal",
            "all",
            "--use-schema-description",
            "--custom-file-header",
            f"# Generated from specs/{api}.yaml by datamodel-code-generator. Do not edit.",
        ],
        ROOT,
        f"datamodel-codegen on {spec.relative_to(ROOT)}",
    )
    if "warning" in output.lower():
        raise GenerationError(f"datamodel-codegen warned on {spec.relative_to(ROOT)}:\n{output}")
    # Formatted with explicit settings (--isolated): the result must not depend on where it is written.
    run(
        [str(BIN / "ruff"), "format", "--isolated", "--line-length", "120", str(models_dir / f"{api}.py")],
        ROOT,
        "ruff format on the emulator models",
    )


def overlay_description(api: str) -> str:
    """The overlay's own docstring, for the package README."""
    source = (ROOT / "overlays" / api / "__init__.py").read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(source))
    if not docstring:
        raise GenerationError(f"overlays/{api}/__init__.py has no docstring to describe the overlay with")
    return docstring.strip()


def operation_info_module(api: str, spec: Path) -> str:
    """`operation_info.py`: what the spec says about each operation that the client runtime acts on."""
    index = spec_index(spec)
    rows = []
    for operation in index.operations:
        rows.append(
            f"    {operation.operation_id!r}: OperationInfo(\n"
            f"        {operation.operation_id!r}, {operation.method!r}, {operation.route!r}, "
            f"idempotent={operation.idempotent}, spends_credit={operation.spends_credit}\n    ),"
        )
    return (
        f'"""What specs/{api}.yaml says about each operation that the client runtime acts on.\n\n'
        "Generated by scripts/generate.py; do not edit. `idempotent`: safe to send twice (a GET, or\n"
        "`x-idempotent: true`, and never an operation with `x-spends-credit`).\n"
        '"""\n\n'
        "from typing import NamedTuple\n\n\n"
        "class OperationInfo(NamedTuple):\n"
        "    operation_id: str\n"
        "    method: str\n"
        "    path: str\n"
        "    idempotent: bool\n"
        "    spends_credit: bool\n\n\n"
        "OPERATIONS: dict[str, OperationInfo] = {\n" + "\n".join(sorted(rows)) + "\n}\n\n"
        "# The spec's own extensions of its info object (`x-<name>`), by name: facts the overlay shares with the\n"
        "# emulator and the conformance checks, so that each reads them from the spec.\n"
        f"EXTENSIONS: dict[str, object] = {dict(sorted(index.info_marker.items()))!r}\n\n"
        "# The properties marked `x-secret: true` (passwords, API keys): their values stay out of error details.\n"
        f"SECRET_FIELDS: frozenset[str] = {secret_fields_literal(index)}\n\n"
        "# Each operation's own extensions, by name, the same way (those already in OPERATIONS and the prose of\n"
        "# `x-errata` left out); operations without any are not listed.\n"
        "OPERATION_EXTENSIONS: dict[str, dict[str, object]] = {\n"
        + "".join(f"    {name!r}: {extensions!r},\n" for name, extensions in operation_extensions(index))
        + "}\n"
    )


def secret_fields_literal(index: SpecIndex) -> str:
    names = ", ".join(repr(name) for name in sorted(index.secret_properties))
    return f"frozenset({{{names}}})" if names else "frozenset()"


# Operation extensions that OperationInfo already carries, or that are prose for readers, not facts to act on.
_NOT_COPIED = {"idempotent", "spends-credit", "errata"}


def operation_extensions(index: SpecIndex) -> list[tuple[str, dict[str, object]]]:
    found = []
    for operation in sorted(index.operations, key=lambda operation: operation.operation_id):
        extensions = {
            key[2:]: value
            for key, value in sorted(operation.raw.items())
            if key.startswith("x-") and key[2:] not in _NOT_COPIED
        }
        if extensions:
            found.append((operation.operation_id, extensions))
    return found


def up_to_date(api: str) -> bool:
    stamp = GENERATED / api / HASH_FILE
    models = GENERATED / "emulator_models" / f"{api}.py"
    return stamp.exists() and models.exists() and stamp.read_text().strip() == inputs_hash(api)


def differences(left: Path, right: Path) -> list[str]:
    """Paths (relative to `left`) that differ between two trees, ignoring caches."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        ignore = {"__pycache__", ".ruff_cache", ".mypy_cache"}
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only if name not in ignore)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            if name not in ignore:
                walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right), "")
    return found


def check(apis: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        stale: list[str] = []
        for api in apis:
            build(api, fresh)
            stale += [f"generated/{api}/{p}" for p in differences(fresh / api, GENERATED / api)]
            fresh_models, models = fresh / "emulator_models" / f"{api}.py", GENERATED / "emulator_models" / f"{api}.py"
            if not models.exists() or fresh_models.read_bytes() != models.read_bytes():
                stale.append(f"generated/emulator_models/{api}.py")
    if stale:
        print("generated/ is out of date with specs/ and overlays/ (run `make generate`):", file=sys.stderr)
        for path in stale:
            print(f"  {path}", file=sys.stderr)
        return 1
    print(f"generated/ is up to date for: {', '.join(apis)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="+")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh build")
    parser.add_argument("--force", action="store_true", help="rebuild even if the inputs did not change")
    args = parser.parse_args()
    try:
        if args.check:
            return check(args.apis)
        for api in args.apis:
            if not args.force and up_to_date(api):
                print(f"{api}: up to date")
                continue
            build(api, GENERATED)
            print(f"{api}: generated generated/{api} and generated/emulator_models/{api}.py")
    except GenerationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
