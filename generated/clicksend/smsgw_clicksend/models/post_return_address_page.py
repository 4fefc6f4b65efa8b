from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_return_address import PostReturnAddress


T = TypeVar("T", bound="PostReturnAddressPage")


@_attrs_define
class PostReturnAddressPage:
    """A page of post return addresses."""

    total: int
    """ Total number of results. """
    per_page: int
    """ Results per page. """
    current_page: int
    """ This page's number. """
    last_page: int
    """ The last page's number. """
    next_page_url: None | str
    """ The next page's URL; null on the last page. """
    prev_page_url: None | str
    """ The previous page's URL; null on the first. """
    from_: int | None
    """ Position of the first result on this page (null when empty). """
    to: int | None
    """ Position of the last result on this page (null when empty). """
    data: list[PostReturnAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

        current_page = self.current_page

        last_page = self.last_page

        next_page_url: None | str
        next_page_url = self.next_page_url

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        from_: int | None
        from_ = self.from_

        to: int | None
        to = self.to

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
                "next_page_url": next_page_url,
                "prev_page_url": prev_page_url,
                "from": from_,
                "to": to,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_return_address import PostReturnAddress  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        per_page = d.pop("per_page")

        current_page = d.pop("current_page")

        last_page = d.pop("last_page")

        def _parse_next_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url"))

        def _parse_prev_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url"))

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to = _parse_to(d.pop("to"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PostReturnAddress.from_dict(data_item_data)

            data.append(data_item)

        post_return_address_page = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            from_=from_,
            to=to,
            data=data,
        )

        post_return_address_page.additional_properties = d
        return post_return_address_page

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
