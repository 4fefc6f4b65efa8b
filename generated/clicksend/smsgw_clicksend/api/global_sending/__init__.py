"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    agree_global_sending_rules,
    get_global_sending_countries,
    get_global_sending_country_list,
    select_global_sending_countries,
)

__all__ = [
    "agree_global_sending_rules",
    "get_global_sending_countries",
    "get_global_sending_country_list",
    "select_global_sending_countries",
]
