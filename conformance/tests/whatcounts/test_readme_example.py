"""The README's WhatCounts example runs as written, against the emulator instead of a customer's site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conformance.emulators.whatcounts import DEMO_ACCOUNT

from .conftest import Emulator

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_example_runs(emulator: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    match = re.search(r"### WhatCounts REST SMS.*?```python\n(.*?)```", README.read_text(), re.S)
    assert match, "the README has no WhatCounts example"
    site = f'connect("{emulator.site_url}", "{DEMO_ACCOUNT.name}", "{DEMO_ACCOUNT.api_password}")'
    code = match.group(1).replace('connect("https://mail.mydomain.com", "myRealm", "apiPassword")', site)
    assert site in code
    exec(compile(code, str(README), "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert any(" Sale / 50% off " in line for line in printed)
    campaigns = emulator.realm().campaigns
    assert any(campaign.name == "Spring sale" for campaign in campaigns.values())
