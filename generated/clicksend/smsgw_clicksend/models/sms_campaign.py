from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """An SMS campaign."""

    sms_campaign_id: int
    name: str
    user_id: int
    subaccount_id: int
    list_id: int
    from_: str
    """ The sender ID used. """
    body: str
    schedule: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    status: str
    """ The campaign's state: `Queued`, `Sent`, `Cancelled` (the values the docs show). """
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    custom_string: None | str
    source: None | str
    ip_address: str | Unset = UNSET
    """ The IP address the campaign was sent from (not in the send answer). """
    field_total_count: int | Unset = UNSET
    """ The number of recipients (in the list and get answers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_campaign_id = self.sms_campaign_id

        name = self.name

        user_id = self.user_id

        subaccount_id = self.subaccount_id

        list_id = self.list_id

        from_ = self.from_

        body = self.body

        schedule: int | str
        schedule = self.schedule

        status = self.status

        date_added: int | str
        date_added = self.date_added

        custom_string: None | str
        custom_string = self.custom_string

        source: None | str
        source = self.source

        ip_address = self.ip_address

        field_total_count = self.field_total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_campaign_id": sms_campaign_id,
                "name": name,
                "user_id": user_id,
                "subaccount_id": subaccount_id,
                "list_id": list_id,
                "from": from_,
                "body": body,
                "schedule": schedule,
                "status": status,
                "date_added": date_added,
                "custom_string": custom_string,
                "source": source,
            }
        )
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if field_total_count is not UNSET:
            field_dict["_total_count"] = field_total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_campaign_id = d.pop("sms_campaign_id")

        name = d.pop("name")

        user_id = d.pop("user_id")

        subaccount_id = d.pop("subaccount_id")

        list_id = d.pop("list_id")

        from_ = d.pop("from")

        body = d.pop("body")

        def _parse_schedule(data: object) -> int | str:
            return cast(int | str, data)

        schedule = _parse_schedule(d.pop("schedule"))

        status = d.pop("status")

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        def _parse_custom_string(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_string = _parse_custom_string(d.pop("custom_string"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        ip_address = d.pop("ip_address", UNSET)

        field_total_count = d.pop("_total_count", UNSET)

        sms_campaign = cls(
            sms_campaign_id=sms_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            list_id=list_id,
            from_=from_,
            body=body,
            schedule=schedule,
            status=status,
            date_added=date_added,
            custom_string=custom_string,
            source=source,
            ip_address=ip_address,
            field_total_count=field_total_count,
        )

        sms_campaign.additional_properties = d
        return sms_campaign

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
