"""The SMSC emulator: a stateful ASGI app of the SMS Center HTTP API (`/sys/<command>.php`).

    from conformance.emulators.smsc import create_app
    app = create_app()            # the demo account: login "demo", password "demo-password", API key "demo-apikey"
    app = create_app(accounts=[Account("me", "secret")], clock=fake_clock, block_after_errors=None)

Like the real service it takes GET or POST, reads the credentials and parameters from the query or the form
body (decoded with `charset`), chooses the action by its flag parameters (actions.py) and always answers
HTTP 200, with errors in the body in the requested `fmt` (protocol.py). It blocks a client IP for a minute after
`block_after_errors` error replies within a minute (error 4; None turns that off) and applies the documented
per-minute throttles (error 9).

`app.state.store` holds the state and `app.state.calls` records (operationId, "200" for a success reply or
"error N") of every answered call, for the coverage report.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ..kit import load_spec
from . import fixtures
from .actions import Action, load_actions, select
from .handlers import SmscCall, StoreHandler, load_all
from .protocol import Reply, SmscError, read_parameters, render, render_error, reply_options
from .state import Account, Store

SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "smsc.yaml"
DEMO_ACCOUNT = Account("demo", "demo-password", apikey="demo-apikey")
Calls = list[tuple[str, str]]


def create_app(
    accounts: list[Account] | None = None,
    clock: Callable[[], float] = time.time,
    demo_data: bool = True,
    block_after_errors: int | None = 30,
) -> Starlette:
    store = Store(accounts or [DEMO_ACCOUNT], clock, block_after_errors=block_after_errors)
    commands = load_actions(load_spec(SPEC_PATH))
    registry = load_all()
    missing = sorted(a.operation_id for acts in commands.values() for a in acts if a.operation_id not in registry)
    if missing:
        raise RuntimeError(f"emulator has no handler for: {', '.join(missing)}")
    handlers = {name: partial(handler, store) for name, handler in registry.items()}
    calls: Calls = []
    routes = [
        Route(f"/sys/{command}.php", _endpoint(store, actions, handlers, calls), methods=["GET", "POST"])
        for command, actions in commands.items()
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("Not Found", status_code=404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("Method Not Allowed", status_code=405, headers={"Allow": "GET, HEAD, POST"})

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})
    app.state.store = store
    app.state.calls = calls
    app.state.demo_data = demo_data
    reset(app)
    return app


def reset(app: Starlette) -> None:
    """Start the app's state over: the configured accounts, and the demo dataset if the app has it."""
    store: Store = app.state.store
    store.reset()
    if app.state.demo_data and DEMO_ACCOUNT.login in store.accounts:
        fixtures.load(store.accounts[DEMO_ACCOUNT.login], store)


Endpoint = Callable[[Request], Awaitable[Response]]


def _endpoint(
    store: Store, actions: list[Action], handlers: Mapping[str, Callable[[SmscCall], Reply]], calls: Calls
) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        parameters = await read_parameters(request)
        fmt, charset = reply_options(parameters)
        client_ip = request.client.host if request.client else "unknown"
        operation_id = actions[0].operation_id
        try:
            store.limits.check_ip(client_ip)
            account = store.authenticate(parameters)
            action, values = select(actions, parameters)
            operation_id = action.operation_id
            reply = handlers[operation_id](SmscCall(action, values, account, fmt, charset))
        except SmscError as error:
            if error.code != 4:
                store.limits.count_error(client_ip)
            calls.append((operation_id, f"error {error.code}"))
            return render_error(error, fmt, charset)
        calls.append((operation_id, "200"))
        return render(reply, fmt, charset)

    return endpoint


def base_path() -> str:
    """The API lives at the server root: /sys/<command>.php."""
    return ""


__all__ = ["DEMO_ACCOUNT", "SPEC_PATH", "Account", "StoreHandler", "base_path", "create_app", "reset"]
