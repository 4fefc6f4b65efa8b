"""scripts/run_conformance.py's scrubbing of a CLI run's output and reports (end to end:
test_reports_without_secrets.py): every form a secret takes there, and where the reports are."""

from __future__ import annotations

import base64
import html
import json
import sys
from pathlib import Path
from urllib.parse import quote, quote_plus

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from run_conformance import DEFAULT_REPORT_DIR, MASK, Scrubber, report_locations  # noqa: E402

SECRET = 'pw-Пароль &+/="<'


def test_every_form_of_a_secret_is_masked() -> None:
    scrub = Scrubber([SECRET, ""])
    shown = [
        SECRET,
        quote(SECRET, safe=""),
        quote_plus(SECRET),
        quote_plus(SECRET, encoding="cp1251"),
        quote_plus(SECRET, encoding="koi8-r"),
        json.dumps(SECRET)[1:-1],
        json.dumps(SECRET, ensure_ascii=False)[1:-1],
        html.escape(SECRET),
    ]
    for text in shown:
        assert scrub(f"a {text} b") == f"a {MASK} b", text


def test_a_secret_inside_base64_is_masked_and_the_token_stays_base64() -> None:
    scrub = Scrubber([SECRET])
    basic = base64.b64encode(f"realm:{SECRET}".encode()).decode()
    assert base64.b64decode(scrub(f"Basic {basic}").split()[1]) == f"realm:{MASK}".encode()
    # A windows-1251 form (not UTF-8), as --report-preserve-bytes keeps it: the rest of it stays byte for byte.
    form = f"login=me&psw={quote_plus(SECRET, encoding='cp1251')}&mes=Ж".encode("cp1251")
    scrubbed = scrub(f"'{base64.b64encode(form).decode()}'").strip("'")
    assert base64.b64decode(scrubbed) == f"login=me&psw={MASK}&mes=Ж".encode("cp1251")


def test_other_text_is_left_alone() -> None:
    text = "login=me&fmt=3 Basic ZGVtbzpkZW1vLXBhc3N3b3Jk\n"
    assert Scrubber([SECRET])(text) == text
    assert Scrubber([])(text) == text


def test_the_reports_are_found_where_st_run_writes_them() -> None:
    assert report_locations([]) == [ROOT / DEFAULT_REPORT_DIR]
    assert report_locations(["--report", "vcr", "--report-dir", "/tmp/r", "--report-junit-path=out/j.xml"]) == [
        Path("/tmp/r"),
        ROOT / "out/j.xml",
    ]
    assert report_locations(["--report-dir=rel", "--report-html-path", "/h"]) == [ROOT / "rel", Path("/h")]
