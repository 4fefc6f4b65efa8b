from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_delivery_status import SmsDeliveryStatus, check_sms_delivery_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecipientState")


@_attrs_define
class SmsRecipientState:
    """Delivery state of one recipient of an order."""

    destination: str | Unset = UNSET
    """ The recipient's phone number. """
    status: SmsDeliveryStatus | Unset = UNSET
    """ Delivery status of one recipient: WAITING; SENT (sent to SMSC, or sent); WAIT4DLVR (waiting delivery); DLVRD
    (delivery received); TOOM4USER (too many SMS from user); TOOM4NUM (too many SMS for number); ERROR; TIMEOUT;
    UNKNRCPT (unparsable recipient); UNKNPFX (unknown prefix); DEMO (sent in demo mode); SCHEDULED (waiting,
    delayed); INVALIDDST (invalid destination); BLACKLISTED (number blacklisted, by the platform or the user); KO
    (SMSC rejected); INVALIDCONTENTS (invalid contents). """
    delivery_date: str | Unset = UNSET
    """ A point in time as `yyyyMMddHHmmss`, or the empty string when not (yet) set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if status is not UNSET:
            field_dict["status"] = status
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination", UNSET)

        _status = d.pop("status", UNSET)
        status: SmsDeliveryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_sms_delivery_status(_status)

        delivery_date = d.pop("delivery_date", UNSET)

        sms_recipient_state = cls(
            destination=destination,
            status=status,
            delivery_date=delivery_date,
        )

        sms_recipient_state.additional_properties = d
        return sms_recipient_state

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
