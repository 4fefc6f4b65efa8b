"""ClickSend v3 authentication as documented: HTTP Basic `api_username:api_key` of a subaccount on every call
but the five `security: []` ones.

- no (readable) Basic credentials: 401 MISSING_CREDENTIALS; an unknown username or a wrong key: 401
  INVALID_CREDENTIALS (the docs' wordings); a regenerated key replaces the old one at once;
- a banned account (the `banned` test account): 403 FORBIDDEN on every call;
- an account not active (the `notactive` test account, and a new account until Verify Account): its sends and
  purchases (the spec's `x-spends-credit` operations) are refused with 403 ACCOUNT_NOT_ACTIVATED; everything
  else works, Send Account Verification included (it is how the account gets active).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import Request

from ..core import ApiError, Operation
from ..core.auth import basic_credentials, same_secret
from .errors import BANNED_MESSAGE, INVALID_CREDENTIALS_MESSAGE, MISSING_CREDENTIALS_MESSAGE, NOT_ACTIVATED_MESSAGE
from .state import AccountState, Store, Subaccount

CHALLENGE = {"WWW-Authenticate": 'Basic realm="ClickSend"'}
# Spending operations an account that is not active may still call: the verification SMS activates it.
ALLOWED_BEFORE_ACTIVATION = frozenset({"send_account_verification"})


@dataclass(frozen=True)
class Caller:
    """Who is calling: the account, and the subaccount whose credentials were given."""

    account: AccountState
    subaccount: Subaccount


def authenticator(store: Store) -> Callable[[Request, Operation], Caller]:
    """The `authenticate` callback for the core (`build_app`): the Caller, or the documented 401/403."""

    def authenticate(request: Request, operation: Operation) -> Caller:
        credentials = basic_credentials(request)
        if credentials is None:
            raise ApiError(401, MISSING_CREDENTIALS_MESSAGE, CHALLENGE, code="MISSING_CREDENTIALS")
        subaccount = store.login(credentials[0])
        if subaccount is None or not same_secret(credentials[1], subaccount.api_key):
            raise ApiError(401, INVALID_CREDENTIALS_MESSAGE, CHALLENGE, code="INVALID_CREDENTIALS")
        account = store.users.get(subaccount.user_id)
        if account.banned:
            raise ApiError(403, BANNED_MESSAGE, code="FORBIDDEN")
        spends = bool(operation.spec.get("x-spends-credit"))
        if not account.active and spends and operation.operation_id not in ALLOWED_BEFORE_ACTIVATION:
            raise ApiError(403, NOT_ACTIVATED_MESSAGE, code="ACCOUNT_NOT_ACTIVATED")
        return Caller(account, subaccount)

    return authenticate
