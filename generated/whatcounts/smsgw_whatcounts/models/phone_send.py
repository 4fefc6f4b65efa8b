from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneSend")


@_attrs_define
class PhoneSend:
    success: bool
    create_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    updated_date: str
    """ US medium date and time without zone, e.g. `Mar 22, 2018 4:05:11 PM`. """
    part_sent: int
    realm_id: int
    sms_sender_id: int
    total_parts: int
    message_id: str
    """ The gateway's message id (hexadecimal). """
    phone: str
    status: str
    """ The gateway's status code as a string, "0" for accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        create_date = self.create_date

        updated_date = self.updated_date

        part_sent = self.part_sent

        realm_id = self.realm_id

        sms_sender_id = self.sms_sender_id

        total_parts = self.total_parts

        message_id = self.message_id

        phone = self.phone

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "createDate": create_date,
                "updatedDate": updated_date,
                "partSent": part_sent,
                "realmId": realm_id,
                "smsSenderId": sms_sender_id,
                "totalParts": total_parts,
                "messageId": message_id,
                "phone": phone,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        create_date = d.pop("createDate")

        updated_date = d.pop("updatedDate")

        part_sent = d.pop("partSent")

        realm_id = d.pop("realmId")

        sms_sender_id = d.pop("smsSenderId")

        total_parts = d.pop("totalParts")

        message_id = d.pop("messageId")

        phone = d.pop("phone")

        status = d.pop("status")

        phone_send = cls(
            success=success,
            create_date=create_date,
            updated_date=updated_date,
            part_sent=part_sent,
            realm_id=realm_id,
            sms_sender_id=sms_sender_id,
            total_parts=total_parts,
            message_id=message_id,
            phone=phone,
            status=status,
        )

        phone_send.additional_properties = d
        return phone_send

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
