from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status_status import MessageStatusStatus, check_message_status_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """Delivery status. Codes: -3 message not found, -2 stopped, -1 waiting to be sent, 0 transferred to the
    operator, 1 delivered, 2 read, 3 expired, 4 link clicked, 20 impossible to deliver, 22 invalid number,
    23 forbidden, 24 insufficient funds, 25 unavailable number.

    """

    status: MessageStatusStatus
    id: int | Unset = UNSET
    """ Message id (multi-message replies). """
    phone: str | Unset = UNSET
    """ Phone number (multi-message replies, and all >= 1). """
    last_date: str | Unset = UNSET
    """ Time of the last status change, `dd.mm.yyyy hh:mm:ss`; empty when the message is not found. """
    last_timestamp: int | Unset = UNSET
    """ The same as a Unix timestamp. """
    flag: int | Unset = UNSET
    """ Message flags (bit field; not described further by the documentation). """
    err: int | Unset = UNSET
    """ Error code of the delivery (0 none). """
    send_date: str | Unset = UNSET
    """ Time of sending, `dd.mm.yyyy hh:mm:ss` (all >= 1). """
    send_timestamp: int | Unset = UNSET
    """ The same as a Unix timestamp (all >= 1). """
    cost: str | Unset = UNSET
    """ A money amount as a decimal string, e.g. `"178.10"`. """
    sender_id: str | Unset = UNSET
    """ Sender name (all >= 1). """
    status_name: str | Unset = UNSET
    """ The status as text (all >= 1). """
    message: str | Unset = UNSET
    """ The message text (all >= 1). """
    comment: str | Unset = UNSET
    """ Comment (all >= 1). """
    type_: int | Unset = UNSET
    """ Message kind, 0 SMS (all >= 1). """
    country: str | Unset = UNSET
    """ Country of the number (all = 2). """
    operator: str | Unset = UNSET
    """ Operator of the number (all = 2). """
    region: str | Unset = UNSET
    """ Region of the number (all = 2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int = self.status

        id = self.id

        phone = self.phone

        last_date = self.last_date

        last_timestamp = self.last_timestamp

        flag = self.flag

        err = self.err

        send_date = self.send_date

        send_timestamp = self.send_timestamp

        cost = self.cost

        sender_id = self.sender_id

        status_name = self.status_name

        message = self.message

        comment = self.comment

        type_ = self.type_

        country = self.country

        operator = self.operator

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if last_date is not UNSET:
            field_dict["last_date"] = last_date
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp
        if flag is not UNSET:
            field_dict["flag"] = flag
        if err is not UNSET:
            field_dict["err"] = err
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if message is not UNSET:
            field_dict["message"] = message
        if comment is not UNSET:
            field_dict["comment"] = comment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_message_status_status(d.pop("status"))

        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        last_date = d.pop("last_date", UNSET)

        last_timestamp = d.pop("last_timestamp", UNSET)

        flag = d.pop("flag", UNSET)

        err = d.pop("err", UNSET)

        send_date = d.pop("send_date", UNSET)

        send_timestamp = d.pop("send_timestamp", UNSET)

        cost = d.pop("cost", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        status_name = d.pop("status_name", UNSET)

        message = d.pop("message", UNSET)

        comment = d.pop("comment", UNSET)

        type_ = d.pop("type", UNSET)

        country = d.pop("country", UNSET)

        operator = d.pop("operator", UNSET)

        region = d.pop("region", UNSET)

        message_status = cls(
            status=status,
            id=id,
            phone=phone,
            last_date=last_date,
            last_timestamp=last_timestamp,
            flag=flag,
            err=err,
            send_date=send_date,
            send_timestamp=send_timestamp,
            cost=cost,
            sender_id=sender_id,
            status_name=status_name,
            message=message,
            comment=comment,
            type_=type_,
            country=country,
            operator=operator,
            region=region,
        )

        message_status.additional_properties = d
        return message_status

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
