"""The typed API as mypy sees it: `mypy --strict` (the repo's config) on the fixtures in typing_cases/.

- typed_calls.py: representative operations of every API through `call`/`acall`, `connect()` clients passed to
  generated functions and `with_options`, each result pinned with `assert_type`; it must check with no error.
- wrong_calls.py: calls mypy must reject; each line marked `# expect: <code>[, <code>]` must get exactly those
  error codes, and no other line any error.

One mypy run checks both files (a fresh cache under tmp: nothing is shared with `make lint`'s cache).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from conformance.layout import mypy_path

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "typing_cases"
TYPED = CASES / "typed_calls.py"
WRONG = CASES / "wrong_calls.py"

# mypy's default output: `path:line: error: message  [code]` (notes, the summary and context lines are skipped).
ERROR_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$")
EXPECT = re.compile(r"#\s*expect:\s*(?P<codes>[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$")


@dataclass(frozen=True)
class MypyRun:
    output: str
    errors: dict[Path, dict[int, list[tuple[str, str]]]]  # file -> line -> [(code, message)]

    def report(self) -> str:
        return f"mypy's output:\n{self.output}"


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory: pytest.TempPathFactory) -> MypyRun:
    cache = tmp_path_factory.mktemp("mypy-cache")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(cache),
        "--no-pretty",
        "--show-error-codes",
        str(TYPED.relative_to(ROOT)),
        str(WRONG.relative_to(ROOT)),
    ]
    # From the root, so pyproject.toml's [tool.mypy] (overrides) applies; the generated packages via MYPYPATH.
    env = {**os.environ, "MYPYPATH": mypy_path()}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    if result.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash), not a type error
        pytest.fail(f"mypy exited with {result.returncode}:\n{output}")
    errors: dict[Path, dict[int, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for line in output.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            path = (ROOT / match["path"]).resolve()
            errors[path][int(match["line"])].append((match["code"] or "(no code)", match["message"]))
    return MypyRun(output, errors)


def expected_codes(path: Path) -> dict[int, set[str]]:
    """line -> the codes its `# expect: ...` comment names."""
    expected: dict[int, set[str]] = {}
    for token in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
        if token.type == tokenize.COMMENT and (match := EXPECT.search(token.string)):
            expected[token.start[0]] = {code.strip() for code in match["codes"].split(",")}
    return expected


def test_only_the_two_fixtures_have_errors(mypy_run: MypyRun) -> None:
    elsewhere = sorted(str(path) for path in mypy_run.errors if path not in (TYPED, WRONG))
    assert not elsewhere, f"errors outside the fixtures, in {elsewhere}\n{mypy_run.report()}"


def test_typed_calls_check_clean_under_strict(mypy_run: MypyRun) -> None:
    found = {line: errors for line, errors in mypy_run.errors.get(TYPED, {}).items()}
    assert not found, (
        f"{TYPED.name} must pass mypy --strict; errors (line -> [(code, message)]): {found}\n{mypy_run.report()}"
    )


def test_every_wrong_call_gets_exactly_its_expected_errors(mypy_run: MypyRun) -> None:
    expected = expected_codes(WRONG)
    found = {line: {code for code, _ in errors} for line, errors in mypy_run.errors.get(WRONG, {}).items()}
    missed = {
        line: codes - found.get(line, set()) for line, codes in expected.items() if codes - found.get(line, set())
    }
    unexpected = {
        line: [(code, message) for code, message in errors if code not in expected.get(line, set())]
        for line, errors in mypy_run.errors.get(WRONG, {}).items()
        if found[line] - expected.get(line, set())
    }
    assert not missed and not unexpected, (
        f"{WRONG.name}: expected codes not reported (line -> codes): {missed}\n"
        f"errors on lines not marked for them (line -> [(code, message)]): {unexpected}\n{mypy_run.report()}"
    )


def test_wrong_calls_cover_each_kind_of_mistake() -> None:
    """The fixture keeps its cases: misspelled/missing arguments, wrong types, wrong results, non-Operations."""
    expected = expected_codes(WRONG)
    assert len(expected) >= 30
    assert {"call-arg", "arg-type", "assert-type", "attr-defined"} <= set().union(*expected.values())
    source = WRONG.read_text()
    for case in ("bodyy=", "smsend.call(generated_send_sms", "body=smsc_models.SendSmsForm("):
        assert case in source
