from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.received_sms_message import ReceivedSmsMessage


T = TypeVar("T", bound="ReceivedSmsPage")


@_attrs_define
class ReceivedSmsPage:
    """A page of received SMS messages."""

    result: str | Unset = UNSET
    """ "OK" on success. """
    total: int | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    srsmshistory: list[ReceivedSmsMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        total = self.total

        page_number = self.page_number

        page_size = self.page_size

        srsmshistory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.srsmshistory, Unset):
            srsmshistory = []
            for srsmshistory_item_data in self.srsmshistory:
                srsmshistory_item = srsmshistory_item_data.to_dict()
                srsmshistory.append(srsmshistory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if total is not UNSET:
            field_dict["total"] = total
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if srsmshistory is not UNSET:
            field_dict["srsmshistory"] = srsmshistory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.received_sms_message import ReceivedSmsMessage  # noqa: PLC0415

        d = dict(src_dict)
        result = d.pop("result", UNSET)

        total = d.pop("total", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _srsmshistory = d.pop("srsmshistory", UNSET)
        srsmshistory: list[ReceivedSmsMessage] | Unset = UNSET
        if _srsmshistory is not UNSET:
            srsmshistory = []
            for srsmshistory_item_data in _srsmshistory:
                srsmshistory_item = ReceivedSmsMessage.from_dict(srsmshistory_item_data)

                srsmshistory.append(srsmshistory_item)

        received_sms_page = cls(
            result=result,
            total=total,
            page_number=page_number,
            page_size=page_size,
            srsmshistory=srsmshistory,
        )

        received_sms_page.additional_properties = d
        return received_sms_page

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
