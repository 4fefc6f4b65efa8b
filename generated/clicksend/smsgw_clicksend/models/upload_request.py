from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_request_convert import UploadRequestConvert, check_upload_request_convert
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadRequest")


@_attrs_define
class UploadRequest:
    """The file to upload, Base64-encoded."""

    content: str
    """ Base64-encoded file contents. """
    convert: UploadRequestConvert | Unset = UNSET
    """ What the result should be compatible with; the docs allow it here as well as in the query. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        convert: str | Unset = UNSET
        if not isinstance(self.convert, Unset):
            convert = self.convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if convert is not UNSET:
            field_dict["convert"] = convert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        _convert = d.pop("convert", UNSET)
        convert: UploadRequestConvert | Unset
        if isinstance(_convert, Unset):
            convert = UNSET
        else:
            convert = check_upload_request_convert(_convert)

        upload_request = cls(
            content=content,
            convert=convert,
        )

        upload_request.additional_properties = d
        return upload_request

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
