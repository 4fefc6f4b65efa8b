"""The generation pipeline: drift detection, errors that name the file, an installable package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conformance.spec_index import api_names

ROOT = Path(__file__).resolve().parents[2]
COPIED = [
    "specs",
    "overlays",
    "scripts",
    "generated",
    "requirements.lock",
    "pyproject.toml",
    "conformance/__init__.py",
    "conformance/spec_index.py",
]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The parts of the project that generation reads and writes, copied so tests can break them."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tmp_path / name)
    return tmp_path


def generate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "generate.py"), *args],
        cwd=project,
        capture_output=True,
        text=True,
    )


def test_check_passes_on_the_committed_tree(project_copy: Path) -> None:
    result = generate(project_copy, "--check", "smsend")
    assert result.returncode == 0, result.stderr


def test_check_fails_after_a_one_character_spec_change_until_regenerated(project_copy: Path) -> None:
    spec = project_copy / "specs" / "smsend.yaml"
    spec.write_text(spec.read_text().replace("title: smSend REST API", "title: smSend REST APY", 1))

    stale = generate(project_copy, "--check", "smsend")
    assert stale.returncode == 1
    assert "out of date" in stale.stderr

    assert generate(project_copy, "smsend").returncode == 0
    assert generate(project_copy, "--check", "smsend").returncode == 0


def test_an_overlay_change_also_makes_generated_stale(project_copy: Path) -> None:
    converters = project_copy / "overlays" / "smsend" / "converters.py"
    converters.write_text(converters.read_text() + "\n# changed\n")
    assert generate(project_copy, "--check", "smsend").returncode == 1


def test_a_no_op_generate_rebuilds_nothing(project_copy: Path) -> None:
    result = generate(project_copy, "smsend")
    assert result.returncode == 0
    assert "smsend: up to date" in result.stdout


def test_an_invalid_spec_stops_the_build_naming_the_file_and_problem(project_copy: Path) -> None:
    spec = project_copy / "specs" / "smsend.yaml"
    spec.write_text(spec.read_text().replace("operationId: get_dashboard", "operationId: GetDashboard", 1))
    result = generate(project_copy, "--force", "smsend")
    assert result.returncode == 1
    assert "specs/smsend.yaml" in result.stderr
    assert "GetDashboard" in result.stderr and "snake_case" in result.stderr


@pytest.mark.parametrize("api", api_names())
def test_the_generated_client_installs_with_pip_and_ships_the_overlay(tmp_path: Path, api: str) -> None:
    target = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(ROOT / "generated" / api),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    package = target / f"smsgw_{api}"
    assert (package / "py.typed").exists()
    assert (package / "overlay" / "__init__.py").exists()
    assert (package / "overlay" / "_shared" / "errors.py").exists()


# ---- spec lint on small inline specs -----------------------------------------------------------------------------

MINIMAL = """\
openapi: 3.0.3
info: {title: t, version: "1"}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
  schemas:
    Body: {type: object}
paths:
  /things:
    post:
      operationId: create_thing
      summary: s
      tags: [things]
      security: [{basic: []}]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Body'}
      responses:
        "201": {description: created}
        "401": {description: denied}
"""


def lint(tmp_path: Path, text: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from spec_lint import lint_spec

    spec = tmp_path / "inline.yaml"
    spec.write_text(text)
    return lint_spec(spec)


def test_a_minimal_spec_passes_lint(tmp_path: Path) -> None:
    assert lint(tmp_path, MINIMAL) == []


def test_a_security_requirement_naming_an_undefined_scheme_is_refused(tmp_path: Path) -> None:
    problems = lint(tmp_path, MINIMAL.replace("security: [{basic: []}]", "security: [{bearer: []}]"))
    assert problems == [
        f"{tmp_path / 'inline.yaml'}: POST /things: security names 'bearer', which components.securitySchemes "
        "does not define"
    ]


def test_a_dangling_ref_is_named_in_one_line_without_the_spec(tmp_path: Path) -> None:
    problems = lint(tmp_path, MINIMAL.replace("schemas/Body'}", "schemas/Missing'}"))
    assert problems == [
        f"{tmp_path / 'inline.yaml'}: paths./things.post.requestBody.content.application/json.schema: "
        "$ref '#/components/schemas/Missing' points at nothing"
    ]


def test_a_spec_without_an_openapi_version_is_named_in_one_line(tmp_path: Path) -> None:
    problems = lint(tmp_path, MINIMAL.replace("openapi: 3.0.3\n", ""))
    assert problems == [
        f"{tmp_path / 'inline.yaml'}: invalid OpenAPI: no `openapi` field naming a version this validator knows"
    ]


@pytest.mark.parametrize("shorthand", [r"\S", r"\s", r"\d", r"\D", r"\w", r"\W", r"[\d.]", r"\\\S"])
def test_a_request_pattern_with_a_shorthand_class_is_refused(tmp_path: Path, shorthand: str) -> None:
    spec = MINIMAL.replace(
        "Body: {type: object}",
        f"Body: {{type: object, properties: {{items: {{type: array, items: {{$ref: '#/components/schemas/Url'}}}}}}}}"
        f"\n    Url: {{type: string, pattern: '^{shorthand}+$'}}",
    )
    assert lint(tmp_path, spec) == [
        f"{tmp_path / 'inline.yaml'}: POST /things: application/json body.items[]: pattern '^{shorthand}+$' uses "
        "a shorthand class, which Python and ECMA 262 read apart"
    ]


@pytest.mark.parametrize("spelt", [r"[!-~]", r"[0-9]", r"\\S", r"\.", r"[^\n]"])
def test_spelt_out_classes_and_response_patterns_pass(tmp_path: Path, spelt: str) -> None:
    request = MINIMAL.replace(
        "Body: {type: object}", f"Body: {{type: object, properties: {{url: {{type: string, pattern: '^{spelt}+$'}}}}}}"
    )
    response = MINIMAL.replace(
        '"201": {description: created}',
        '"201": {description: created, content: {text/plain: {example: a,'
        " schema: {type: string, pattern: '^\\S+$'}}}}",
    )
    assert lint(tmp_path, request) == [] and lint(tmp_path, response) == []


@pytest.mark.parametrize("name", ["password", "passwd", "api_key", "apikey", "activation_token", "client_secret"])
def test_a_credential_property_must_be_marked_secret(tmp_path: Path, name: str) -> None:
    unmarked = MINIMAL.replace(
        "Body: {type: object}", f"Body: {{type: object, properties: {{{name}: {{type: string}}}}}}"
    )
    marked = unmarked.replace("{type: string}", "{type: string, x-secret: true}")
    assert lint(tmp_path, unmarked) == [
        f"{tmp_path / 'inline.yaml'}: components.schemas.Body.{name}: a credential without x-secret: true"
    ]
    assert lint(tmp_path, marked) == []


def test_generate_stops_on_a_dangling_ref_naming_the_file(project_copy: Path) -> None:
    spec = project_copy / "specs" / "whatcounts.yaml"
    text = spec.read_text()
    ref = next(line for line in text.splitlines() if "$ref: '#/components/schemas/" in line)
    spec.write_text(text.replace(ref, ref.replace("#/components/schemas/", "#/components/schemas/Nope"), 1))
    result = generate(project_copy, "--force", "whatcounts")
    assert result.returncode == 1
    assert "specs/whatcounts.yaml" in result.stderr and "points at nothing" in result.stderr
    assert len(result.stderr) < 2000  # the problem, not the spec


# What a static mock (Prism without -d, test_prism.py) needs: one line per gap, naming the file and the operation.
MOCK_GAPS = """\
openapi: 3.0.3
info: {title: t, version: "1"}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
  schemas:
    Thing:
      type: object
      required: [code]
      properties:
        code: {type: string, pattern: "^[A-Z]{3}$"}
paths:
  /things:
    post:
      operationId: create_thing
      summary: s
      tags: [things]
      security: [{basic: []}]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        "201":
          description: created
          headers:
            Location: {schema: {type: string}}
        "401": {description: denied}
  /things/count:
    get:
      operationId: count_things
      summary: s
      tags: [things]
      security: [{basic: []}]
      responses:
        "200":
          description: the count
          content:
            text/plain:
              schema: {type: string, pattern: "^[0-9]+$"}
        "401": {description: denied}
  /things/{code}:
    get:
      operationId: get_thing
      summary: s
      tags: [things]
      security: [{basic: []}]
      parameters:
        - {name: code, in: path, required: true, schema: {type: string, pattern: "^[A-Z]{3}$"}}
      responses:
        "200":
          description: the thing
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        "401": {description: denied}
"""


def test_lint_names_each_example_a_static_mock_and_its_callers_need(tmp_path: Path) -> None:
    file = tmp_path / "inline.yaml"
    problems = lint(tmp_path, MOCK_GAPS)
    assert problems == [
        f"{file}: POST /things: 201 header Location has no example (a static mock sends 'string')",
        f"{file}: POST /things: application/json request body: the request its required fields' examples make does "
        "not match the schema at code: 'string' does not match '^[A-Z]{3}$'",
        f"{file}: GET /things/count: 200 text/plain body has no example (a static mock answers 'string')",
        f"{file}: GET /things/{{code}}: 200 application/json body: the answer a static mock makes of its schema does "
        "not match the schema at code: 'string' does not match '^[A-Z]{3}$'",
        f"{file}: GET /things/{{code}}: path parameter code: the value made of its schema does not match the schema "
        "'string' does not match '^[A-Z]{3}$'",
    ]


def test_the_examples_a_static_mock_needs_satisfy_the_rule(tmp_path: Path) -> None:
    fixed = MOCK_GAPS
    for gap, example in [
        ("Location: {", "Location: {example: /things/ABC, "),
        ('code: {type: string, pattern: "^[A-Z]{3}$"}', 'code: {type: string, pattern: "^[A-Z]{3}$", example: ABC}'),
        ("            text/plain:\n", "            text/plain:\n              example: '3'\n"),
        ("required: true, schema:", "required: true, example: ABC, schema:"),
    ]:
        fixed = fixed.replace(gap, example)
    assert lint(tmp_path, fixed) == []


def test_a_spec_whose_paths_have_fragments_is_not_held_to_the_mock_rule(tmp_path: Path) -> None:
    # SMSC's actions share one URL, told apart by a #fragment: no mock routes those, so the rule does not apply.
    fragment = MOCK_GAPS.replace("  /things/count:", "  /things#count=1:")
    assert lint(tmp_path, fragment) == []
