"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_delivery_issue,
    list_delivery_issues,
)

__all__ = [
    "create_delivery_issue",
    "list_delivery_issues",
]
