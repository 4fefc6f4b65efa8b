"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    list_timezones,
)

__all__ = [
    "list_timezones",
]
