"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_contact_to_group,
    create_group,
    delete_group,
    list_groups,
    modify_group,
    remove_contact_from_group,
)

__all__ = [
    "add_contact_to_group",
    "create_group",
    "delete_group",
    "list_groups",
    "modify_group",
    "remove_contact_from_group",
]
