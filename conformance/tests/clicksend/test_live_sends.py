"""A live conformance run covers ClickSend's sends without spending: the Schemathesis CLI against a served
emulator (as against the live API: scripts/run_conformance.py --base-url) sends SMS, MMS and voice messages, and
every one of them reaches the service addressed to a documented test number, never to a list; the account's
balance does not move. The campaign sends (to lists) and the number purchase stay left out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from conformance.emulators.clicksend import DEMO_ACCOUNT, base_path, create_app
from conformance.spec_index import spec_index
from conformance.tests.served import serve

ROOT = Path(__file__).resolve().parents[3]
SPEC = spec_index("clicksend")
SENDS = {SPEC.operation(name).route: name for name in ("send_sms", "send_mms", "send_voice")}
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class RecordingSends:
    """The app, recording the body of every request to a send's path as it reached the server."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.bodies: dict[str, list[bytes]] = {route: [] for route in SENDS}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = str(scope.get("path", "")).removeprefix(base_path())
        if scope["type"] != "http" or route not in self.bodies:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def recording() -> MutableMapping[str, Any]:
            message = await receive()
            chunks.append(message.get("body", b""))
            return message

        try:
            await self.app(scope, recording, send)
        finally:
            self.bodies[route].append(b"".join(chunks))


def recipients_sent(body: bytes) -> tuple[list[Any], list[Any]]:
    """The `to` and `list_id` values of every message of a send's body, as far as the body reads as JSON."""
    try:
        sent = json.loads(body)
    except ValueError:
        return [], []
    if not isinstance(sent, dict):
        return [], []
    messages = sent.get("messages")
    messages = [messages] if isinstance(messages, dict) else messages if isinstance(messages, list) else []
    found = [message for message in [sent, *messages] if isinstance(message, dict)]
    return [m["to"] for m in found if "to" in m], [m["list_id"] for m in found if "list_id" in m]


def test_a_live_run_sends_only_to_the_test_numbers_and_spends_nothing() -> None:
    app = create_app()
    store = app.state.store
    demo = store.users.get(store.login(DEMO_ACCOUNT.username).user_id)
    balance, before = demo.balance, set(demo.messages)
    recorder = RecordingSends(app)
    # The sends, what their links lead to (the stateful phase: send -> receipt, send -> cancel), and two
    # spending operations that must stay left out.
    linked = ["get_sms_receipt", "cancel_sms", "cancel_voice_message"]
    sample = [*SENDS.values(), *linked, "send_sms_campaign", "purchase_dedicated_number"]
    with serve(recorder) as origin:
        st_args = " ".join(f"--include-operation-id {operation}" for operation in sample)
        result = subprocess.run(
            [
                *(sys.executable, "scripts/run_conformance.py", "--api", "clicksend"),
                *("--base-url", origin + base_path(), "--st-args", f"{st_args} --max-examples 10"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            env={**{k: v for k, v in os.environ.items() if not k.startswith("CLICKSEND_")}, "ALLOW_SPENDING": "0"},
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "clicksend: sent to the test numbers only: send_sms, send_mms, send_voice" in output
    (announced,) = [line for line in output.splitlines() if line.startswith("clicksend: Schemathesis against")]
    assert "send_sms_campaign" in announced and "purchase_dedicated_number" in announced
    assert not set(SENDS.values()) & set(announced.split("left out: ", 1)[1].rstrip(")").split(", "))
    assert "Selected: 6/" in output and "Tested: 6\n" in output and "✅ Stateful" in output, output[-3000:]

    for route, bodies in recorder.bodies.items():
        assert len(bodies) >= 10, f"{route}: only {len(bodies)} requests"
        for body in bodies:
            numbers, lists = recipients_sent(body)
            assert set(numbers) <= set(SPEC.test_numbers) and not lists, (route, numbers, lists)

    new = [message for message_id, message in demo.messages.items() if message_id not in before]
    assert {message.channel for message in new} == {"sms", "mms", "voice"}, "every send queued messages"
    assert {message.to for message in new} <= set(SPEC.test_numbers)
    assert all(message.list_id is None for message in new)
    assert demo.balance == balance, "a send to the test numbers is free"
