from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    id: int
    realm_id: int
    sms_subscriber_id: int
    sms_sender_id: int
    sms_group_id: int
    """ 0 when no group was given. """
    authenticated: bool
    created_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        realm_id = self.realm_id

        sms_subscriber_id = self.sms_subscriber_id

        sms_sender_id = self.sms_sender_id

        sms_group_id = self.sms_group_id

        authenticated = self.authenticated

        created_date = self.created_date

        updated_date = self.updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "realmId": realm_id,
                "smsSubscriberId": sms_subscriber_id,
                "smsSenderId": sms_sender_id,
                "smsGroupId": sms_group_id,
                "authenticated": authenticated,
                "createdDate": created_date,
                "updatedDate": updated_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        realm_id = d.pop("realmId")

        sms_subscriber_id = d.pop("smsSubscriberId")

        sms_sender_id = d.pop("smsSenderId")

        sms_group_id = d.pop("smsGroupId")

        authenticated = d.pop("authenticated")

        created_date = d.pop("createdDate")

        updated_date = d.pop("updatedDate")

        subscription = cls(
            id=id,
            realm_id=realm_id,
            sms_subscriber_id=sms_subscriber_id,
            sms_sender_id=sms_sender_id,
            sms_group_id=sms_group_id,
            authenticated=authenticated,
            created_date=created_date,
            updated_date=updated_date,
        )

        subscription.additional_properties = d
        return subscription

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
