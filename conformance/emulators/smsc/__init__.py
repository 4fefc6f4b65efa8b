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
from collections.abc import Callable, Mapping
from functools import partial

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from ...spec_index import spec_index
from ..core import ApiError, CallLog, Operation, build_app
from ..core.routing import Endpoint
from . import fixtures
from .actions import Action, command_of, load_actions, select
from .handlers import SmscCall, StoreHandler, load_all
from .layouts import ReplyLayout, reply_layouts
from .protocol import DEFAULT_CHARSET, Reply, SmscError, read_parameters, render, render_error, reply_options
from .state import Account, Store

SPEC = spec_index("smsc")
SPEC_PATH = SPEC.path
DEMO_ACCOUNT = Account("demo", "demo-password", apikey="demo-apikey")


def create_app(
    accounts: list[Account] | None = None,
    clock: Callable[[], float] = time.time,
    demo_data: bool = True,
    block_after_errors: int | None = 30,
) -> Starlette:
    store = Store(accounts or [DEMO_ACCOUNT], clock, block_after_errors=block_after_errors)
    commands = load_actions(SPEC)
    layouts = reply_layouts(SPEC)
    handlers = {name: partial(handler, store) for name, handler in load_all().items()}

    def endpoints(operations: list[Operation], calls: CallLog) -> dict[str, Endpoint]:
        # Every action of a command shares its path: one endpoint picks the action by the request's parameters.
        endpoint = _endpoint(store, commands[command_of(operations[0].path)], handlers, layouts, calls)
        return {"GET": endpoint, "POST": endpoint}

    app = build_app(
        SPEC,
        handlers,
        endpoints=endpoints,
        render_error=_http_error,
        not_allowed="Method Not Allowed",
    )
    app.state.store = store
    app.state.demo_data = demo_data
    reset(app)
    return app


def _http_error(error: ApiError) -> Response:
    """An HTTP-level failure (unknown path, wrong method, a body over the limit) as the service gives it."""
    if error.status == 400:  # a request the service cannot read: a parameters error in the default format
        return render_error(SmscError(1), 0, DEFAULT_CHARSET)
    headers = {"Allow": "GET, HEAD, POST"} if error.status == 405 else None
    return Response(error.message, status_code=error.status, headers=headers, media_type="text/plain")


def reset(app: Starlette) -> None:
    """Start the app's state over: the configured accounts, and the demo dataset if the app has it."""
    store: Store = app.state.store
    store.reset()
    if app.state.demo_data and DEMO_ACCOUNT.login in store.accounts:
        fixtures.load(store.accounts[DEMO_ACCOUNT.login], store)


def _endpoint(
    store: Store,
    actions: list[Action],
    handlers: Mapping[str, Callable[[SmscCall], Reply]],
    layouts: Mapping[str, ReplyLayout],
    calls: CallLog,
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
        return render(reply, layouts[operation_id], values, fmt, charset)

    return endpoint


def base_path() -> str:
    """The API lives at the server root: /sys/<command>.php."""
    return SPEC.base_path


__all__ = ["DEMO_ACCOUNT", "SPEC_PATH", "Account", "StoreHandler", "base_path", "create_app", "reset"]
