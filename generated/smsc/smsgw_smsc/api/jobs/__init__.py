"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_job,
    cancel_job,
    delete_job,
)

__all__ = [
    "add_job",
    "cancel_job",
    "delete_job",
]
