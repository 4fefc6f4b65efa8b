"""ClickSend v3 authentication as documented: HTTP Basic `username:password` on every call; otherwise 401."""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request

from ..core import ApiError, Operation
from ..core.auth import basic_credentials, same_secret
from .state import AccountState, Store


def authenticator(store: Store) -> Callable[[Request, Operation], AccountState]:
    """The `authenticate` callback for the core (`build_app`): the caller's AccountState, or a 401."""

    def authenticate(request: Request, operation: Operation) -> AccountState:
        credentials = basic_credentials(request)
        state = store.by_username.get(credentials[0]) if credentials else None
        if credentials is None or state is None or not same_secret(credentials[1], state.account.password):
            raise ApiError(401, "unauthorized", headers={"WWW-Authenticate": "Basic"})
        return state

    return authenticate
