"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    get_history,
    get_incoming,
    get_prices,
    get_statistics,
)

__all__ = [
    "get_history",
    "get_incoming",
    "get_prices",
    "get_statistics",
]
