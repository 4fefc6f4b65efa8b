"""The documentation's own curl samples (`../shared/seeds/002_*.txt`) run against the served emulator.

Each of the 86 operations of the spec has one curl sample in the part-1 sections of the document (the sections
named as the spec's tags: Account ... Timezones); the other sections (Account Recharge, Email ..., Fax, Letter,
Postcard, Reseller Account, the automation rules ...) belong to part 2 and are left out, and none of their samples
documents an operation of this spec. curl_samples.py cuts the samples out and matches each to its operation by the
endpoint line the docs give after it (or, where that line fits no operation, by the sample's own method and path).

Each sample is run as the docs write it, with three things replaced: the host (`https://rest.clicksend.com`)
becomes the served emulator's; the `Authorization` header, whatever its scheme, becomes the demo account's Basic
credentials (an `Authorization`-less sample stays so); and the `{placeholders}` of its URL get the demo dataset's
ids (path) or the spec's documented example (query: `q={q}`, `filename={filename}`). Each runs against a freshly
reset emulator.

They run with the real `curl` binary when there is one (`shutil.which("curl")`): it reads the arguments exactly as a
reader's shell hands them over (the method from `--request` or `--data-binary`, the headers, the body's bytes), so
the test checks the samples themselves rather than our reading of curl. `-q --silent --show-error --noproxy '*'
--max-time 30 --include` are put in front (no ~/.curlrc, no progress meter, no proxy, the status line in the
output). Without curl the parsed command is sent with httpx instead (same method, URL, headers and body), so that
the suite still runs; test_the_httpx_reading_gets_what_curl_gets holds the two readings together.

The documented answer is HTTP 200 with the envelope's `response_code` SUCCESS and a body valid for the operation's
200 schema. The samples that are wrong get another answer, which WRONG_SAMPLES gives with the reason (and
specs/clicksend.errata.md, under "Code samples"); the test asserts exactly that answer.
"""

from __future__ import annotations

import base64
import functools
import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from openapi_schema_validator import OAS30Validator

from conformance.emulators.clicksend import DEMO_ACCOUNT, dataset, reset
from conformance.spec_index import SpecOperation, spec_index

from .conftest import Emulator
from .curl_samples import Sample, operation_of, request_line, samples, section_tag

SPEC = spec_index("clicksend")
PART_ONE_TAGS = {tag for operation in SPEC.operations for tag in operation.tags}
CURL = shutil.which("curl")

# What fills each path placeholder: the demo dataset's ids (dataset.py), by placeholder name, and by operation
# where one name means different records.
PATH_IDS: dict[str, object] = {
    "list_id": dataset.LIST,
    "from_list_id": dataset.LIST,
    "to_list_id": dataset.OTHER_LIST,
    "opt_out_list_id": dataset.OPT_OUT_LIST,
    "contact_id": dataset.CONTACT,
    "template_id": dataset.TEMPLATE,
    "sms_campaign_id": dataset.SMS_CAMPAIGN,
    "mms_campaign_id": dataset.MMS_CAMPAIGN,
    "subaccount_id": dataset.SUBACCOUNT,
    "inbound_rule_id": dataset.AUTOMATION_RULE,
    "receipt_rule_id": dataset.AUTOMATION_RULE,
    "rule_id": dataset.EXAMPLE_RECORD,  # the stripped strings' (and the email receipt rules' samples') id
    "return_address_id": dataset.EXAMPLE_RECORD,
    "activation_token": dataset.ACTIVATION_CODE,
    "country": "US",  # the demo account's country
    "dedicated_number": "+12282060576",  # one of the docs' example numbers, which the emulator sells
}
PATH_IDS_BY_OPERATION: dict[str, dict[str, object]] = {
    "get_sms_receipt": {"message_id": dataset.RECEIPT_MESSAGE},
    "mark_inbound_sms_message_as_read": {"message_id": dataset.INBOUND_MESSAGE},
    "cancel_sms": {"message_id": dataset.SCHEDULED_SMS},
    "cancel_voice_message": {"message_id": dataset.SCHEDULED_VOICE},
    "cancel_sms_campaign": {"sms_campaign_id": dataset.SMS_CAMPAIGN_TO_CANCEL},
}


@dataclass(frozen=True)
class Answer:
    """What a sample got: the HTTP status and the envelope's `response_code`, or why no request was made."""

    status: int | None
    code: str | None
    body: Any = None
    problem: str | None = None

    @property
    def short(self) -> tuple[int, str | None] | str:
        return (self.status, self.code) if self.status is not None else str(self.problem)


NO_CLOSING_QUOTE = "not a shell command: a quote is left open"
NO_URL = "no request: the command has no URL"
SEVERAL_URLS = "no request: the command has words besides its URL, which curl would read as more URLs"


@dataclass(frozen=True)
class Wrong:
    """A sample that does not get the documented answer because the sample is wrong."""

    reason: str
    answer: tuple[int, str] | str


WRONG_SAMPLES: dict[str, Wrong] = {
    "get_account_usage": Wrong(
        "calls /account/usage: the endpoint line's /account/usage/{year}/{month}/subaccount is a separate block after"
        " the command, which ends without it",
        (404, "NOT_FOUND"),
    ),
    "list_voice_languages": Wrong(
        "calls the old https://api.clicksend.com/v1/voice/languages/: the v3 URL (/voice/lang) is a separate block"
        " after the command, which ends without it",
        (404, "NOT_FOUND"),
    ),
    "forgot_username": Wrong(
        "sends both email and phone_number, where the prose says either one, not both", (400, "BAD_REQUEST")
    ),
    "calculate_sms_price": Wrong(
        'its body is followed by two stray } lines (a block `}` / `}" \\`): not JSON', (400, "BAD_REQUEST")
    ),
    "send_voice": Wrong(
        "its body is followed by a stray ] and } (a block repeating the body's end): not JSON", (400, "BAD_REQUEST")
    ),
    "send_sms": Wrong('its body ends `} \\" \\`: the closing quote is escaped, so it never closes', NO_CLOSING_QUOTE),
    "update_contact": Wrong(
        'its body breaks off (`\\"fax_number\\": ...,` then `}`), goes on in the next block and ends `}\\" \\"`:'
        " the closing quote is escaped, so it never closes",
        NO_CLOSING_QUOTE,
    ),
    "upload_media_file": Wrong(
        'its Base64 content breaks off without its closing \\" and the body ends `}\\" \\"`: the closing quote'
        " is escaped, so it never closes",
        NO_CLOSING_QUOTE,
    ),
    "import_contacts": Wrong(
        "the command ends with its body, without the URL; the next block repeats the body's last two lines, then the"
        " URL",
        NO_URL,
    ),
    "create_subaccount": Wrong(
        "its body breaks off after email (a trailing comma, then `}` and the closing quote) and the command ends"
        " there, without the URL; the rest of the body and the URL are in the next block",
        NO_URL,
    ),
    "create_fax_inbound_rule": Wrong(
        "its body escapes each quote twice (backslash, backslash, quote): in sh that is one backslash and a quote that"
        " closes the string, so the body falls apart into words, which curl reads as more URLs",
        SEVERAL_URLS,
    ),
    **{
        f"{action}_fax_receipt_rule{plural}": Wrong(
            "calls the Email Delivery Receipt Rules' path (/automations/email/receipt): it gets the email rules'"
            " answer, not the fax rules'",
            answer,
        )
        for action, plural, answer in (
            ("list", "s", (200, "SUCCESS")),
            ("create", "", (200, "SUCCESS")),
            ("get", "", (200, "SUCCESS")),
            ("update", "", (200, "SUCCESS")),
            ("delete", "", (200, "SUCCESS")),
        )
    },
}

# The part-2 sections: how many curl samples each has (none documents an operation of this spec).
PART_TWO_SAMPLES = {
    "Account Recharge": 6,
    "Master Email Templates": 5,
    "User Email Templates": 5,
    "Email Addresses": 6,
    "Email Campaigns": 8,
    "Transactional Email": 3,
    "Fax": 5,
    "Letter": 4,
    "Postcard": 5,
    "Detect Address": 1,
    "Referral Account": 1,
    "Reseller Account": 5,
}


@functools.cache
def part_one() -> dict[str, Sample]:
    """The part-1 samples by the operationId they document (read at test time: a missing document fails the
    tests, saying where it was looked for, rather than their collection)."""
    found: dict[str, Sample] = {}
    for sample in samples():
        if section_tag(sample.section) not in PART_ONE_TAGS:
            continue
        operation = operation_of(SPEC, sample)
        assert operation is not None, f"line {sample.line}: no operation of the spec fits {sample.heading}"
        assert section_tag(sample.section) in operation.tags, (sample.line, operation.operation_id)
        assert operation.operation_id not in found, f"two samples for {operation.operation_id}"
        found[operation.operation_id] = sample
    return found


def test_every_operation_has_its_sample() -> None:
    assert sorted(part_one()) == sorted(SPEC.by_id)
    assert len(part_one()) == 128


def test_the_other_samples_are_part_two() -> None:
    skipped = [sample for sample in samples() if section_tag(sample.section) not in PART_ONE_TAGS]
    assert Counter(sample.section for sample in skipped) == PART_TWO_SAMPLES
    assert [sample.line for sample in skipped if operation_of(SPEC, sample) is not None] == []


def test_the_wrong_samples_are_samples_of_the_spec() -> None:
    assert set(WRONG_SAMPLES) <= set(SPEC.by_id)


def schemes() -> dict[str, str | None]:
    """The scheme of each part-1 sample's Authorization header (None: it sends none)."""
    found: dict[str, str | None] = {}
    for operation_id, sample in part_one().items():
        # From the text: the samples that are no shell command (a quote left open) have their headers too.
        header = re.search(r"""(?:--header|-H) +["']Authorization: *(\w+)""", sample.text, flags=re.IGNORECASE)
        found[operation_id] = header.group(1) if header else None
    return found


def test_the_samples_without_credentials_are_the_unauthenticated_operations() -> None:
    without = {operation_id for operation_id, scheme in schemes().items() if scheme is None}
    assert without == {operation.operation_id for operation in SPEC.operations if not operation.authenticated}


def test_the_global_sending_samples_say_bearer_and_get_basic() -> None:
    """The four Global Sending samples send `Authorization: Bearer <base64 user:key>` (the errata's Global Sending
    section); the spec and the docs' Authentication section say Basic, which is what the test sends instead."""
    others = {operation_id for operation_id, scheme in schemes().items() if scheme not in (None, "Basic")}
    assert others == {operation.operation_id for operation in SPEC.operations if "global-sending" in operation.tags}
    assert {schemes()[operation_id] for operation_id in others} == {"Bearer"}


def filled_url(sample: Sample, operation: SpecOperation, origin: str) -> str:
    """The sample's URL on the emulator's host, its placeholders filled."""
    parts = urlsplit(sample.url)
    ids = {**PATH_IDS, **PATH_IDS_BY_OPERATION.get(operation.operation_id, {})}
    path = parts.path
    for name, value in ids.items():
        path = path.replace("{" + name + "}", str(value))
    examples = {
        parameter["name"]: parameter.get("example", parameter.get("schema", {}).get("example"))
        for parameter in SPEC.parameters(operation)
        if parameter["in"] == "query"
    }
    query = parts.query
    for name, value in examples.items():
        if value is not None:
            query = query.replace("{" + name + "}", str(value))
    assert "{" not in path + query, f"an unfilled placeholder in {path}?{query}"
    target = urlsplit(origin)
    return urlunsplit((target.scheme, target.netloc, path, query, parts.fragment))


def demo_authorization() -> str:
    token = base64.b64encode(f"{DEMO_ACCOUNT.username}:{DEMO_ACCOUNT.api_key}".encode()).decode()
    return f"Basic {token}"


def is_authorization(header: str) -> bool:
    return header.split(":", 1)[0].strip().lower() == "authorization"


def prepared(sample: Sample, operation: SpecOperation, origin: str) -> list[str]:
    """The sample's arguments (after `curl`) with the host, credentials and placeholders replaced."""
    url = filled_url(sample, operation, origin) if request_line(sample) is not None else None
    arguments: list[str] = []
    words = list(sample.argv[1:])
    while words:
        word = words.pop(0)
        if word in ("--header", "-H") and words and is_authorization(words[0]):
            words.pop(0)
            arguments += [word, f"Authorization: {demo_authorization()}"]
        elif url is not None and word == sample.url:
            arguments.append(url)
        else:
            arguments.append(word)
    return arguments


# Put before the sample's own options: no ~/.curlrc (-q, first), no progress meter, no proxy, the status line and
# headers in the output (--include: most samples have it, the Global Sending ones not).
CURL_OPTIONS = ("-q", "--silent", "--show-error", "--noproxy", "*", "--max-time", "30", "--include")


def run(sample: Sample, operation: SpecOperation, origin: str) -> Answer:
    if not sample.argv:
        return Answer(None, None, problem=NO_CLOSING_QUOTE)
    if len([value for option, value in sample.options if option == ""]) > 1:
        return Answer(None, None, problem=SEVERAL_URLS)
    if CURL is not None:
        return run_curl(CURL, prepared(sample, operation, origin))
    if request_line(sample) is None:
        return Answer(None, None, problem=NO_URL)
    return run_httpx(sample, operation, origin)


def run_curl(curl: str, arguments: list[str]) -> Answer:
    command = [curl, *CURL_OPTIONS, *arguments]
    result = subprocess.run(command, capture_output=True, timeout=60, check=False)
    if result.returncode != 0:
        said = result.stderr.decode(errors="replace").strip()
        return Answer(None, None, problem=NO_URL if "no URL specified" in said else f"curl {result.returncode}: {said}")
    output = result.stdout
    status = 0
    # --include: each header block ("HTTP/1.1 200 OK" ... blank line) before the body (a 100 Continue first).
    while output.startswith(b"HTTP/"):
        head, _, output = output.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
    return answer(status, output)


def run_httpx(sample: Sample, operation: SpecOperation, origin: str) -> Answer:
    headers = [tuple(header.split(":", 1)) for header in sample.headers]
    sent = [(name.strip(), value.strip()) for name, value in headers if not is_authorization(name)]
    if any(is_authorization(name) for name, _ in headers):
        sent.append(("Authorization", demo_authorization()))
    url = filled_url(sample, operation, origin)
    body = sample.body.encode() if sample.body is not None else None
    response = httpx.request(sample.method, url, headers=sent, content=body, timeout=30)
    return answer(response.status_code, response.content)


def answer(status: int, content: bytes) -> Answer:
    try:
        body = json.loads(content)
    except ValueError:
        return Answer(status, None, content.decode(errors="replace"))
    code = body.get("response_code") if isinstance(body, dict) else None
    return Answer(status, code, body)


def problems_for_200(operation: SpecOperation, body: Any) -> list[str]:
    response = SPEC.deref(operation.raw["responses"]["200"])
    schema = response["content"]["application/json"]["schema"]
    root = {**schema, "components": SPEC.document["components"]}
    return [f"{list(error.absolute_path)}: {error.message}" for error in OAS30Validator(root).iter_errors(body)]


@pytest.mark.parametrize("operation_id", sorted(SPEC.by_id))
def test_the_docs_curl_sample(emulator: Emulator, operation_id: str) -> None:
    sample, operation = part_one()[operation_id], SPEC.operation(operation_id)
    got = run(sample, operation, emulator.origin)
    wrong = WRONG_SAMPLES.get(operation_id)
    if wrong is not None:
        assert got.short == wrong.answer, (wrong.reason, got.body)
        return
    assert (got.status, got.code) == (200, "SUCCESS"), got.body
    assert got.body["http_code"] == 200
    assert problems_for_200(operation, got.body) == []


@pytest.mark.skipif(CURL is None, reason="no curl binary: the httpx reading is the one the samples run with")
@pytest.mark.parametrize(
    "operation_id", ["list_contact_lists", "create_contact_list", "forgot_username", "get_account_usage"]
)
def test_the_httpx_reading_gets_what_curl_gets(emulator: Emulator, operation_id: str) -> None:
    """The fallback for a machine without curl sends what curl sends (a read, a create, a 400 and a 404)."""
    sample, operation = part_one()[operation_id], SPEC.operation(operation_id)
    assert CURL is not None
    by_curl = run_curl(CURL, prepared(sample, operation, emulator.origin))
    reset(emulator.app)
    by_httpx = run_httpx(sample, operation, emulator.origin)
    assert steady(by_httpx.body) == steady(by_curl.body)


def steady(body: Any) -> Any:
    """An answer without what the emulator makes up anew each time (a new list's `list_email_id`)."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        return {**body, "data": {key: value for key, value in body["data"].items() if key != "list_email_id"}}
    return body


# A made-up page with the extraction's damage: a command split over blocks, blank lines, spaces after `\`, a body
# with escaped quotes, a second command whose quote never closes, and one without a URL.
DAMAGED_PAGE = """\
- [Things](#)
 - [GETView Thing](#)

Things

GETView Thing

```
curl --include \\  
  --header "Authorization: Basic dXNlcjprZXk=" \\  
  
  --request PUT \\
```

```

  --data-binary " {
    \\"name\\": \\"a b\\"
  }" \\
'https://rest.clicksend.com/v3/things/{thing_id}?q={q}'
```

PUT <https://rest.clicksend.com/v3/things/{thing_id}>

```
curl --data-binary "{\\"a\\": 1} \\" \\
'https://rest.clicksend.com/v3/things'
```

Prose.

```
curl --include \\
  --data-binary "{}"
```

GET https://rest.clicksend.com/v3/things
"""


def test_the_reading_undoes_the_extractions_damage_and_nothing_else(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DAMAGED_PAGE, encoding="utf-8")
    first, open_quote, without_url = samples(page)
    assert (first.section, first.line, first.heading) == ("Things", 9, ("PUT", "/things/{thing_id}"))
    assert first.argv == (
        "curl",
        "--include",
        "--header",
        "Authorization: Basic dXNlcjprZXk=",
        "--request",
        "PUT",
        "--data-binary",
        ' {\n    "name": "a b"\n  }',
        "https://rest.clicksend.com/v3/things/{thing_id}?q={q}",
    )
    assert (first.method, first.path, first.headers) == ("PUT", "/things/{thing_id}", [first.argv[3]])
    assert request_line(first) == ("PUT", "/things/{thing_id}")
    assert open_quote.argv == () and request_line(open_quote) is None
    assert open_quote.heading is None  # the next endpoint line comes after another sample
    assert without_url.argv == ("curl", "--include", "--data-binary", "{}")
    assert request_line(without_url) is None and without_url.heading == ("GET", "/things")
