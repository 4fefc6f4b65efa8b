"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    list_available_dedicated_numbers,
    list_dedicated_numbers,
    purchase_dedicated_number,
)

__all__ = [
    "list_available_dedicated_numbers",
    "list_dedicated_numbers",
    "purchase_dedicated_number",
]
