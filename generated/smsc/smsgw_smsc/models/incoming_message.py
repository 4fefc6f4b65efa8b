from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IncomingMessage")


@_attrs_define
class IncomingMessage:
    """A received message (fields reconstructed, see `get_incoming`)."""

    id: int
    """ Id of the incoming message. """
    received: str
    """ Time of receipt, `dd.mm.yyyy hh:mm:ss` (Moscow time). """
    phone: str
    """ The sender's phone number. """
    to_phone: str
    """ The account's number the message was sent to. """
    message: str
    """ The message text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        received = self.received

        phone = self.phone

        to_phone = self.to_phone

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "received": received,
                "phone": phone,
                "to_phone": to_phone,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        received = d.pop("received")

        phone = d.pop("phone")

        to_phone = d.pop("to_phone")

        message = d.pop("message")

        incoming_message = cls(
            id=id,
            received=received,
            phone=phone,
            to_phone=to_phone,
            message=message,
        )

        incoming_message.additional_properties = d
        return incoming_message

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
