"""Contains endpoint functions for accessing the API"""

# ours: the operation modules are attributes of their tag package (`api.contacts.get_contact`)
from . import (
    upload_media_file,
)

__all__ = [
    "upload_media_file",
]
