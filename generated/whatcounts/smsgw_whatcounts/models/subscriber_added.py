from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberAdded")


@_attrs_define
class SubscriberAdded:
    """Note `createDate` (not `createdDate`) in this answer."""

    success: bool
    create_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    realm_id: int
    sms_subscriber_id: int
    id: int
    phone: str
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        create_date = self.create_date

        updated_date = self.updated_date

        realm_id = self.realm_id

        sms_subscriber_id = self.sms_subscriber_id

        id = self.id

        phone = self.phone

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "createDate": create_date,
                "updatedDate": updated_date,
                "realmId": realm_id,
                "smsSubscriberId": sms_subscriber_id,
                "id": id,
                "phone": phone,
            }
        )
        if group_name is not UNSET:
            field_dict["groupName"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        create_date = d.pop("createDate")

        updated_date = d.pop("updatedDate")

        realm_id = d.pop("realmId")

        sms_subscriber_id = d.pop("smsSubscriberId")

        id = d.pop("id")

        phone = d.pop("phone")

        group_name = d.pop("groupName", UNSET)

        subscriber_added = cls(
            success=success,
            create_date=create_date,
            updated_date=updated_date,
            realm_id=realm_id,
            sms_subscriber_id=sms_subscriber_id,
            id=id,
            phone=phone,
            group_name=group_name,
        )

        subscriber_added.additional_properties = d
        return subscriber_added

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
