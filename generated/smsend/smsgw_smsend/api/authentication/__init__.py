"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    login,
    login_with_token,
)

__all__ = [
    "login",
    "login_with_token",
]
