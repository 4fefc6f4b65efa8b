"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    create_contact_list,
    delete_contact_list,
    get_contact_list,
    import_contacts,
    list_contact_lists,
    remove_duplicate_contacts,
    update_contact_list,
)

__all__ = [
    "create_contact_list",
    "delete_contact_list",
    "get_contact_list",
    "import_contacts",
    "list_contact_lists",
    "remove_duplicate_contacts",
    "update_contact_list",
]
