from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_issue_request_type import DeliveryIssueRequestType, check_delivery_issue_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssueRequest")


@_attrs_define
class DeliveryIssueRequest:
    """A delivery issue to report."""

    type_: DeliveryIssueRequestType
    """ The type of message. """
    description: str
    """ The description of the issue. """
    email_address: str
    """ The user's email address. """
    message_id: str | Unset = UNSET
    """ The message id of the message. """
    client_comments: str | Unset = UNSET
    """ The user's comments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        description = self.description

        email_address = self.email_address

        message_id = self.message_id

        client_comments = self.client_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
                "email_address": email_address,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_delivery_issue_request_type(d.pop("type"))

        description = d.pop("description")

        email_address = d.pop("email_address")

        message_id = d.pop("message_id", UNSET)

        client_comments = d.pop("client_comments", UNSET)

        delivery_issue_request = cls(
            type_=type_,
            description=description,
            email_address=email_address,
            message_id=message_id,
            client_comments=client_comments,
        )

        delivery_issue_request.additional_properties = d
        return delivery_issue_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
