"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    add_group_to_list,
    create_email_draft,
    create_issue_from_template,
    create_list,
    list_campaigns_by_status,
    modify_list,
    send_issue,
)

__all__ = [
    "add_group_to_list",
    "create_email_draft",
    "create_issue_from_template",
    "create_list",
    "list_campaigns_by_status",
    "modify_list",
    "send_issue",
]
