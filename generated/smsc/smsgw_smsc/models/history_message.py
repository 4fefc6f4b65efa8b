from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HistoryMessage")


@_attrs_define
class HistoryMessage:
    """A sent message (fields reconstructed, see `get_history`)."""

    id: int
    """ Message id. """
    phone: str
    """ The recipient's phone number (or e-mail address). """
    send_date: str
    """ Time of sending, `dd.mm.yyyy hh:mm:ss` (Moscow time). """
    status: int
    """ Delivery status code, as in the status.php reply (e.g. 1 delivered). """
    cost: str
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    sender_id: str
    """ Sender name. """
    message: str
    """ The message text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        send_date = self.send_date

        status = self.status

        cost = self.cost

        sender_id = self.sender_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone": phone,
                "send_date": send_date,
                "status": status,
                "cost": cost,
                "sender_id": sender_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone")

        send_date = d.pop("send_date")

        status = d.pop("status")

        cost = d.pop("cost")

        sender_id = d.pop("sender_id")

        message = d.pop("message")

        history_message = cls(
            id=id,
            phone=phone,
            send_date=send_date,
            status=status,
            cost=cost,
            sender_id=sender_id,
            message=message,
        )

        history_message.additional_properties = d
        return history_message

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
