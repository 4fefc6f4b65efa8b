from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailIssueSendRequest")


@_attrs_define
class EmailIssueSendRequest:
    """Body of `send_issue`."""

    contact_ids: list[str]
    """ The contact IDs of the recipients (at least one; the API answers 500 to an empty list). """
    schedule_time: str
    """ A point in time as `yyyy-MM-dd HH:mm:ss` (used by the blacklist and email APIs). """

    def to_dict(self) -> dict[str, Any]:
        contact_ids = self.contact_ids

        schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contactIds": contact_ids,
                "scheduleTime": schedule_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[str], d.pop("contactIds"))

        schedule_time = d.pop("scheduleTime")

        email_issue_send_request = cls(
            contact_ids=contact_ids,
            schedule_time=schedule_time,
        )

        return email_issue_send_request
