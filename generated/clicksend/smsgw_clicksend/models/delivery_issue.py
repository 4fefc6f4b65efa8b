from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssue")


@_attrs_define
class DeliveryIssue:
    """A delivery issue."""

    issue_id: int
    user_id: int
    message_id: None | str
    """ The message concerned (any text the user gave). """
    type_: str
    """ The type of message (`SMS`, `MMS`, ...; older issues show lowercase). """
    description: str
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    email_address: str
    client_comments: None | str | Unset = UNSET
    support_comments: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    resolved: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id = self.issue_id

        user_id = self.user_id

        message_id: None | str
        message_id = self.message_id

        type_ = self.type_

        description = self.description

        date_added: int | str
        date_added = self.date_added

        email_address = self.email_address

        client_comments: None | str | Unset
        if isinstance(self.client_comments, Unset):
            client_comments = UNSET
        else:
            client_comments = self.client_comments

        support_comments: None | str | Unset
        if isinstance(self.support_comments, Unset):
            support_comments = UNSET
        else:
            support_comments = self.support_comments

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        resolved: int | Unset = UNSET
        if not isinstance(self.resolved, Unset):
            resolved = self.resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue_id": issue_id,
                "user_id": user_id,
                "message_id": message_id,
                "type": type_,
                "description": description,
                "date_added": date_added,
                "email_address": email_address,
            }
        )
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments
        if support_comments is not UNSET:
            field_dict["support_comments"] = support_comments
        if status is not UNSET:
            field_dict["status"] = status
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issue_id = d.pop("issue_id")

        user_id = d.pop("user_id")

        def _parse_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_id = _parse_message_id(d.pop("message_id"))

        type_ = d.pop("type")

        description = d.pop("description")

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        email_address = d.pop("email_address")

        def _parse_client_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_comments = _parse_client_comments(d.pop("client_comments", UNSET))

        def _parse_support_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_comments = _parse_support_comments(d.pop("support_comments", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _resolved = d.pop("resolved", UNSET)
        resolved: Flag | Unset
        if isinstance(_resolved, Unset):
            resolved = UNSET
        else:
            resolved = check_flag(_resolved)

        delivery_issue = cls(
            issue_id=issue_id,
            user_id=user_id,
            message_id=message_id,
            type_=type_,
            description=description,
            date_added=date_added,
            email_address=email_address,
            client_comments=client_comments,
            support_comments=support_comments,
            status=status,
            resolved=resolved,
        )

        delivery_issue.additional_properties = d
        return delivery_issue

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
