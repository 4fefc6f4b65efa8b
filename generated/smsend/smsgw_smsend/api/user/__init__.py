"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    check_session,
    get_dashboard,
    get_user_status,
    reset_password,
)

__all__ = [
    "check_session",
    "get_dashboard",
    "get_user_status",
    "reset_password",
]
