from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_recipient_state import SmsRecipientState


T = TypeVar("T", bound="SmsStateResponse")


@_attrs_define
class SmsStateResponse:
    """Status of an SMS order, per recipient."""

    recipients: list[SmsRecipientState]
    result: str | Unset = UNSET
    """ "OK" on success. """
    recipient_number: int | Unset = UNSET
    """ The number of recipients. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        result = self.result

        recipient_number = self.recipient_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if recipient_number is not UNSET:
            field_dict["recipient_number"] = recipient_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_recipient_state import SmsRecipientState  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = SmsRecipientState.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        result = d.pop("result", UNSET)

        recipient_number = d.pop("recipient_number", UNSET)

        sms_state_response = cls(
            recipients=recipients,
            result=result,
            recipient_number=recipient_number,
        )

        sms_state_response.additional_properties = d
        return sms_state_response

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
