from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaign")


@_attrs_define
class MmsCampaign:
    """An MMS campaign."""

    mms_campaign_id: int
    name: str
    user_id: int
    subaccount_id: int
    list_id: int
    from_: str
    subject: str
    file_name: str
    """ The stored media file's name. """
    body: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    status: str
    """ The campaign status: `Queued`, `Scheduled`, `Sent`, `Cancelled`, ... """
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    field_total_count: int
    """ Recipients of the campaign. """
    field_list_name: str
    field_media_file_url: str
    custom_string: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    unsubscribe_link: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mms_campaign_id = self.mms_campaign_id

        name = self.name

        user_id = self.user_id

        subaccount_id = self.subaccount_id

        list_id = self.list_id

        from_ = self.from_

        subject = self.subject

        file_name = self.file_name

        body = self.body

        schedule: int | str
        schedule = self.schedule

        status = self.status

        date_added: int | str
        date_added = self.date_added

        field_total_count = self.field_total_count

        field_list_name = self.field_list_name

        field_media_file_url = self.field_media_file_url

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        unsubscribe_link: int | Unset = UNSET
        if not isinstance(self.unsubscribe_link, Unset):
            unsubscribe_link = self.unsubscribe_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mms_campaign_id": mms_campaign_id,
                "name": name,
                "user_id": user_id,
                "subaccount_id": subaccount_id,
                "list_id": list_id,
                "from": from_,
                "subject": subject,
                "file_name": file_name,
                "body": body,
                "schedule": schedule,
                "status": status,
                "date_added": date_added,
                "_total_count": field_total_count,
                "_list_name": field_list_name,
                "_media_file_url": field_media_file_url,
            }
        )
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if country is not UNSET:
            field_dict["country"] = country
        if unsubscribe_link is not UNSET:
            field_dict["unsubscribe_link"] = unsubscribe_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mms_campaign_id = d.pop("mms_campaign_id")

        name = d.pop("name")

        user_id = d.pop("user_id")

        subaccount_id = d.pop("subaccount_id")

        list_id = d.pop("list_id")

        from_ = d.pop("from")

        subject = d.pop("subject")

        file_name = d.pop("file_name")

        body = d.pop("body")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        status = d.pop("status")

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        field_total_count = d.pop("_total_count")

        field_list_name = d.pop("_list_name")

        field_media_file_url = d.pop("_media_file_url")

        def _parse_custom_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_string = _parse_custom_string(d.pop("custom_string", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _unsubscribe_link = d.pop("unsubscribe_link", UNSET)
        unsubscribe_link: Flag | Unset
        if isinstance(_unsubscribe_link, Unset):
            unsubscribe_link = UNSET
        else:
            unsubscribe_link = check_flag(_unsubscribe_link)

        mms_campaign = cls(
            mms_campaign_id=mms_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            from_=from_,
            subject=subject,
            file_name=file_name,
            body=body,
            schedule=schedule,
            status=status,
            date_added=date_added,
            field_total_count=field_total_count,
            field_list_name=field_list_name,
            field_media_file_url=field_media_file_url,
            custom_string=custom_string,
            country=country,
            unsubscribe_link=unsubscribe_link,
        )

        mms_campaign.additional_properties = d
        return mms_campaign

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
