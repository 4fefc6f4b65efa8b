from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptOut")


@_attrs_define
class OptOut:
    id: int
    sms_subscriber_id: int
    sms_sender_id: int
    realm_id: int
    phone: str
    created_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    campaign_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sms_subscriber_id = self.sms_subscriber_id

        sms_sender_id = self.sms_sender_id

        realm_id = self.realm_id

        phone = self.phone

        created_date = self.created_date

        updated_date = self.updated_date

        campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "smsSubscriberId": sms_subscriber_id,
                "smsSenderId": sms_sender_id,
                "realmId": realm_id,
                "phone": phone,
                "createdDate": created_date,
                "updatedDate": updated_date,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sms_subscriber_id = d.pop("smsSubscriberId")

        sms_sender_id = d.pop("smsSenderId")

        realm_id = d.pop("realmId")

        phone = d.pop("phone")

        created_date = d.pop("createdDate")

        updated_date = d.pop("updatedDate")

        campaign_id = d.pop("campaignId", UNSET)

        opt_out = cls(
            id=id,
            sms_subscriber_id=sms_subscriber_id,
            sms_sender_id=sms_sender_id,
            realm_id=realm_id,
            phone=phone,
            created_date=created_date,
            updated_date=updated_date,
            campaign_id=campaign_id,
        )

        opt_out.additional_properties = d
        return opt_out

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
