"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_contact,
    add_contact_to_group,
    add_group,
    add_to_blacklist,
    change_contact,
    delete_contact,
    delete_from_blacklist,
    delete_group,
    list_blacklist,
    list_contacts,
    list_groups,
    move_contact_to_group,
    remove_contact_from_group,
    rename_group,
)

__all__ = [
    "add_contact",
    "add_contact_to_group",
    "add_group",
    "add_to_blacklist",
    "change_contact",
    "delete_contact",
    "delete_from_blacklist",
    "delete_group",
    "list_blacklist",
    "list_contacts",
    "list_groups",
    "move_contact_to_group",
    "remove_contact_from_group",
    "rename_group",
]
