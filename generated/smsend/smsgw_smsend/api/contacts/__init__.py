"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_contact_to_blacklist,
    add_contacts_to_blacklist,
    add_phone_number_to_contacts_blacklist,
    create_contact,
    create_contacts,
    get_contact,
    list_contact_fields,
    register_contact_to_list,
)

__all__ = [
    "add_contact_to_blacklist",
    "add_contacts_to_blacklist",
    "add_phone_number_to_contacts_blacklist",
    "create_contact",
    "create_contacts",
    "get_contact",
    "list_contact_fields",
    "register_contact_to_list",
]
