from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_attachment import EmailAttachment


T = TypeVar("T", bound="EmailIssueCreateRequest")


@_attrs_define
class EmailIssueCreateRequest:
    """Body of `create_email_draft`."""

    title: str
    """ The issue title. """
    subject: str
    """ The email subject. """
    share_social: bool
    """ Add the social share buttons. """
    text_content: str
    """ The email's text body. """
    html_content: str
    """ The email's HTML body. """
    attachments: list[EmailAttachment]
    """ The attachments (may be empty). """
    web_analytics: str | Unset = UNSET
    """ The web analytics tracking code. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        subject = self.subject

        share_social = self.share_social

        text_content = self.text_content

        html_content = self.html_content

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        web_analytics = self.web_analytics

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "subject": subject,
                "share_social": share_social,
                "text_content": text_content,
                "html_content": html_content,
                "attachments": attachments,
            }
        )
        if web_analytics is not UNSET:
            field_dict["web_analytics"] = web_analytics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment import EmailAttachment  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        subject = d.pop("subject")

        share_social = d.pop("share_social")

        text_content = d.pop("text_content")

        html_content = d.pop("html_content")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = EmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        web_analytics = d.pop("web_analytics", UNSET)

        email_issue_create_request = cls(
            title=title,
            subject=subject,
            share_social=share_social,
            text_content=text_content,
            html_content=html_content,
            attachments=attachments,
            web_analytics=web_analytics,
        )

        return email_issue_create_request
