from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailIssueFromTemplateRequest")


@_attrs_define
class EmailIssueFromTemplateRequest:
    """Body of `create_issue_from_template`."""

    name: str
    """ The name/title of the issue. """
    subject: str
    """ The email subject. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        subject = d.pop("subject")

        email_issue_from_template_request = cls(
            name=name,
            subject=subject,
        )

        return email_issue_from_template_request
