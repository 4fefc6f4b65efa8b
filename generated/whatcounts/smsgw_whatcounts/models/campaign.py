from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    id: int
    realm_id: int
    sms_message_id: int
    sms_sender_id: int
    sms_group_id: int
    sms_subscriber_count: int
    name: str
    status: str
    created_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    campaign_id: int | Unset = UNSET
    lc_campaign_id: int | Unset = UNSET
    lc_action_id: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        realm_id = self.realm_id

        sms_message_id = self.sms_message_id

        sms_sender_id = self.sms_sender_id

        sms_group_id = self.sms_group_id

        sms_subscriber_count = self.sms_subscriber_count

        name = self.name

        status = self.status

        created_date = self.created_date

        updated_date = self.updated_date

        campaign_id = self.campaign_id

        lc_campaign_id = self.lc_campaign_id

        lc_action_id = self.lc_action_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "realmId": realm_id,
                "smsMessageId": sms_message_id,
                "smsSenderId": sms_sender_id,
                "smsGroupId": sms_group_id,
                "smsSubscriberCount": sms_subscriber_count,
                "name": name,
                "status": status,
                "createdDate": created_date,
                "updatedDate": updated_date,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if lc_campaign_id is not UNSET:
            field_dict["lcCampaignId"] = lc_campaign_id
        if lc_action_id is not UNSET:
            field_dict["lcActionId"] = lc_action_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        realm_id = d.pop("realmId")

        sms_message_id = d.pop("smsMessageId")

        sms_sender_id = d.pop("smsSenderId")

        sms_group_id = d.pop("smsGroupId")

        sms_subscriber_count = d.pop("smsSubscriberCount")

        name = d.pop("name")

        status = d.pop("status")

        created_date = d.pop("createdDate")

        updated_date = d.pop("updatedDate")

        campaign_id = d.pop("campaignId", UNSET)

        lc_campaign_id = d.pop("lcCampaignId", UNSET)

        lc_action_id = d.pop("lcActionId", UNSET)

        description = d.pop("description", UNSET)

        campaign = cls(
            id=id,
            realm_id=realm_id,
            sms_message_id=sms_message_id,
            sms_sender_id=sms_sender_id,
            sms_group_id=sms_group_id,
            sms_subscriber_count=sms_subscriber_count,
            name=name,
            status=status,
            created_date=created_date,
            updated_date=updated_date,
            campaign_id=campaign_id,
            lc_campaign_id=lc_campaign_id,
            lc_action_id=lc_action_id,
            description=description,
        )

        campaign.additional_properties = d
        return campaign

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
