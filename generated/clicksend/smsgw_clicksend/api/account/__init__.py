"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_account,
    forgot_password,
    forgot_username,
    get_account,
    get_account_usage,
    send_account_verification,
    verify_account,
    verify_forgot_password,
)

__all__ = [
    "create_account",
    "forgot_password",
    "forgot_username",
    "get_account",
    "get_account_usage",
    "send_account_verification",
    "verify_account",
    "verify_forgot_password",
]
