from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_blacklist_entry import SmsBlacklistEntry


T = TypeVar("T", bound="SmsBlacklistPage")


@_attrs_define
class SmsBlacklistPage:
    """A page of blacklisted phone numbers (shape not documented)."""

    total_elements: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    first: bool | Unset = UNSET
    last: bool | Unset = UNSET
    size: int | Unset = UNSET
    number: int | Unset = UNSET
    number_of_elements: int | Unset = UNSET
    content: list[SmsBlacklistEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_elements = self.total_elements

        total_pages = self.total_pages

        first = self.first

        last = self.last

        size = self.size

        number = self.number

        number_of_elements = self.number_of_elements

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_elements is not UNSET:
            field_dict["totalElements"] = total_elements
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if size is not UNSET:
            field_dict["size"] = size
        if number is not UNSET:
            field_dict["number"] = number
        if number_of_elements is not UNSET:
            field_dict["numberOfElements"] = number_of_elements
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_blacklist_entry import SmsBlacklistEntry  # noqa: PLC0415

        d = dict(src_dict)
        total_elements = d.pop("totalElements", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        first = d.pop("first", UNSET)

        last = d.pop("last", UNSET)

        size = d.pop("size", UNSET)

        number = d.pop("number", UNSET)

        number_of_elements = d.pop("numberOfElements", UNSET)

        _content = d.pop("content", UNSET)
        content: list[SmsBlacklistEntry] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = SmsBlacklistEntry.from_dict(content_item_data)

                content.append(content_item)

        sms_blacklist_page = cls(
            total_elements=total_elements,
            total_pages=total_pages,
            first=first,
            last=last,
            size=size,
            number=number,
            number_of_elements=number_of_elements,
            content=content,
        )

        sms_blacklist_page.additional_properties = d
        return sms_blacklist_page

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
