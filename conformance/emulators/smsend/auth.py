"""smSend authentication as documented: login/token issue keys, every other call shows them.

* `GET login` -> `USER_KEY;SESSION_KEY`; the session expires after 5 minutes without API calls.
* `GET token` -> `USER_KEY;ACCESS_TOKEN`; the docs give no expiry for tokens, so they do not expire.
* Bad credentials on login/token: 404. Missing key headers, or an unknown or expired session/token: 401.
  A well-formed user key that no account has: 404 ("The User_key was not found").
* Header names are the documented ones, with underscores. Starlette compares names case-insensitively,
  as HTTP does, but `user-key` (hyphen) is a different header and is not accepted.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from starlette.requests import Request

from ..core import ApiError, Operation
from .state import SESSION_IDLE_SECONDS, AccountState, Store

USER_KEY_HEADER = "user_key"
SESSION_KEY_HEADER = "Session_key"
ACCESS_TOKEN_HEADER = "Access_token"

# Operations that look at a session without counting as activity ("Checks ... without renewing it").
NON_RENEWING = {"check_session"}


def log_in(store: Store, username: str, password: str, *, token: bool) -> str:
    """The body of a successful login/token call, or ApiError(404) for bad credentials."""
    state = store.by_username.get(username)
    if state is None or not secrets.compare_digest(state.password.encode(), password.encode()):
        raise ApiError(404, "[Not found] Credentials are incorrect")
    secret = secrets.token_hex(16)
    if token:
        state.tokens.add(secret)
    else:
        state.sessions[secret] = store.clock()
    return f"{state.user_key};{secret}"


def session_alive(store: Store, state: AccountState, session_key: str) -> bool:
    last_use = state.sessions.get(session_key)
    if last_use is None:
        return False
    if store.clock() - last_use > SESSION_IDLE_SECONDS:
        del state.sessions[session_key]
        return False
    return True


def authenticator(store: Store) -> Callable[[Request, Operation], AccountState]:
    """The `authenticate` callback for the core (`build_app`): returns the caller's AccountState or raises."""

    def authenticate(request: Request, operation: Operation) -> AccountState:
        user_key = request.headers.get(USER_KEY_HEADER)
        session_key = request.headers.get(SESSION_KEY_HEADER)
        access_token = request.headers.get(ACCESS_TOKEN_HEADER)
        if not user_key or not (session_key or access_token):
            raise ApiError(401, "[Unauthorized] User_key, Token or Session_key are invalid or not provided")
        state = store.by_user_key.get(user_key)
        if state is None:
            raise ApiError(404, "[Not found] The User_key was not found")
        if access_token and access_token in state.tokens:
            return state
        if session_key and session_alive(store, state, session_key):
            if operation.operation_id not in NON_RENEWING:
                state.sessions[session_key] = store.clock()
            return state
        if session_key and operation.operation_id in NON_RENEWING:
            return state  # check_session itself answers "false" for a dead session
        raise ApiError(401, "[Unauthorized] User_key, Token or Session_key are invalid or not provided")

    return authenticate
