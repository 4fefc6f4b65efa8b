from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mms_message_input import MmsMessageInput


T = TypeVar("T", bound="MmsSendRequest")


@_attrs_define
class MmsSendRequest:
    """The MMS messages to send (or price), with the one media file they carry."""

    media_file: str
    """ URL of the media file to send (up to 250 kB; an unsupported type gives INVALID_MEDIA_FILE). """
    messages: list[MmsMessageInput]
    """ Up to 1000 messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_file = self.media_file

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_file": media_file,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mms_message_input import MmsMessageInput  # noqa: PLC0415

        d = dict(src_dict)
        media_file = d.pop("media_file")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MmsMessageInput.from_dict(messages_item_data)

            messages.append(messages_item)

        mms_send_request = cls(
            media_file=media_file,
            messages=messages,
        )

        mms_send_request.additional_properties = d
        return mms_send_request

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
