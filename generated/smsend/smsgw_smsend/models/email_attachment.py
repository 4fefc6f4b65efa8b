from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """A file attached to an email issue."""

    file_name: str
    """ The attachment's file name. """
    file_content_base64: str
    """ The file content, base64-encoded. """

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_content_base64 = self.file_content_base64

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_name": file_name,
                "file_content_base64": file_content_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        file_content_base64 = d.pop("file_content_base64")

        email_attachment = cls(
            file_name=file_name,
            file_content_base64=file_content_base64,
        )

        return email_attachment
