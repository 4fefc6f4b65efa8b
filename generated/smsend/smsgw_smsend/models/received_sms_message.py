from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedSmsMessage")


@_attrs_define
class ReceivedSmsMessage:
    """One received SMS message."""

    id_message: int | Unset = UNSET
    """ The message ID (usable as `id_message` in `list_received_sms_after_message`). """
    id_sim: str | Unset = UNSET
    """ The SIM phone number that received the message. """
    sender: str | Unset = UNSET
    """ The sender's phone number. """
    message: str | Unset = UNSET
    sms_date: str | Unset = UNSET
    """ A point in time as `yyyyMMddHHmmss`. """
    keyword: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_message = self.id_message

        id_sim = self.id_sim

        sender = self.sender

        message = self.message

        sms_date = self.sms_date

        keyword = self.keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_message is not UNSET:
            field_dict["id_message"] = id_message
        if id_sim is not UNSET:
            field_dict["id_sim"] = id_sim
        if sender is not UNSET:
            field_dict["sender"] = sender
        if message is not UNSET:
            field_dict["message"] = message
        if sms_date is not UNSET:
            field_dict["sms_date"] = sms_date
        if keyword is not UNSET:
            field_dict["keyword"] = keyword

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_message = d.pop("id_message", UNSET)

        id_sim = d.pop("id_sim", UNSET)

        sender = d.pop("sender", UNSET)

        message = d.pop("message", UNSET)

        sms_date = d.pop("sms_date", UNSET)

        keyword = d.pop("keyword", UNSET)

        received_sms_message = cls(
            id_message=id_message,
            id_sim=id_sim,
            sender=sender,
            message=message,
            sms_date=sms_date,
            keyword=keyword,
        )

        received_sms_message.additional_properties = d
        return received_sms_message

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
