"""The README's SMSC example runs as written, against the emulator instead of smsc.ru."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conformance.emulators.smsc import DEMO_ACCOUNT

from .conftest import Emulator

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_example_runs(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    match = re.search(r"### SMSC.*?```python\n(.*?)```", README.read_text(), re.S)
    assert match, "the README has no SMSC example"
    credentials = f'connect("{DEMO_ACCOUNT.login}", "{DEMO_ACCOUNT.password}", base_url="{emulator.base_url}")'
    code = match.group(1).replace('connect("my-login", "my-password")', credentials)
    assert credentials in code
    exec(compile(code, str(README), "exec"), {})
    sent_line, status_line = capsys.readouterr().out.splitlines()
    message_id, count, cost, balance = sent_line.split()
    assert balance == str(emulator.account().balance)
    assert (count, cost) == ("1", "1.50")
    assert status_line.startswith("0 transferred to the operator")
    assert emulator.account().messages[(int(message_id), "79991234567")].text == "Привет"
