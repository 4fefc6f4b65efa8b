"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    copy_contact_to_list,
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    remove_opted_out_contacts,
    transfer_contact_to_list,
    update_contact,
)

__all__ = [
    "copy_contact_to_list",
    "create_contact",
    "delete_contact",
    "get_contact",
    "list_contacts",
    "remove_opted_out_contacts",
    "transfer_contact_to_list",
    "update_contact",
]
