"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    request_2fa_pin,
    verify_2fa_pin,
)

__all__ = [
    "request_2fa_pin",
    "verify_2fa_pin",
]
