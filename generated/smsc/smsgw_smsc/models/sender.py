from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sender")


@_attrs_define
class Sender:
    """A sender name (fields reconstructed, see `list_senders`)."""

    id: int
    """ The id of the sender name, assigned by the service. """
    sender: str
    """ The sender name. """
    cmt: str | Unset = UNSET
    """ The comment on the sender name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender = self.sender

        cmt = self.cmt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sender": sender,
            }
        )
        if cmt is not UNSET:
            field_dict["cmt"] = cmt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sender = d.pop("sender")

        cmt = d.pop("cmt", UNSET)

        sender = cls(
            id=id,
            sender=sender,
            cmt=cmt,
        )

        sender.additional_properties = d
        return sender

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
