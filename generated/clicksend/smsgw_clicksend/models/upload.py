from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    """An uploaded (converted) file."""

    upload_id: int
    file_name: str
    date_added: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    date_delete: int | str
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    user_id: int
    field_url: str
    """ URL of the converted file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        file_name = self.file_name

        date_added: int | str
        date_added = self.date_added

        date_delete: int | str
        date_delete = self.date_delete

        user_id = self.user_id

        field_url = self.field_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "file_name": file_name,
                "date_added": date_added,
                "date_delete": date_delete,
                "user_id": user_id,
                "_url": field_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        file_name = d.pop("file_name")

        def _parse_date_added(data: object) -> int | str:
            return cast(int | str, data)

        date_added = _parse_date_added(d.pop("date_added"))

        def _parse_date_delete(data: object) -> int | str:
            return cast(int | str, data)

        date_delete = _parse_date_delete(d.pop("date_delete"))

        user_id = d.pop("user_id")

        field_url = d.pop("_url")

        upload = cls(
            upload_id=upload_id,
            file_name=file_name,
            date_added=date_added,
            date_delete=date_delete,
            user_id=user_id,
            field_url=field_url,
        )

        upload.additional_properties = d
        return upload

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
