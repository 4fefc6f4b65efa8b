from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_sms_stripped_string import EmailSmsStrippedString


T = TypeVar("T", bound="EmailSmsStrippedStringEnvelope")


@_attrs_define
class EmailSmsStrippedStringEnvelope:
    http_code: int
    """ The HTTP status, repeated. """
    response_code: str
    """ The application status code: `SUCCESS` exactly when the HTTP status is 2xx, or what went wrong: one of
    the documented application codes (`info.x-application-codes`: MISSING_CREDENTIALS, INVALID_RECIPIENT, ...)
    or the name of the HTTP status (`info.x-status-codes`: BAD_REQUEST, UNAUTHORIZED, ...).
     """
    response_msg: str
    """ A human-readable message. """
    data: EmailSmsStrippedString
    """ An Email to SMS stripped string rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_code = self.http_code

        response_code = self.response_code

        response_msg = self.response_msg

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "http_code": http_code,
                "response_code": response_code,
                "response_msg": response_msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_sms_stripped_string import EmailSmsStrippedString  # noqa: PLC0415

        d = dict(src_dict)
        http_code = d.pop("http_code")

        response_code = d.pop("response_code")

        response_msg = d.pop("response_msg")

        data = EmailSmsStrippedString.from_dict(d.pop("data"))

        email_sms_stripped_string_envelope = cls(
            http_code=http_code,
            response_code=response_code,
            response_msg=response_msg,
            data=data,
        )

        email_sms_stripped_string_envelope.additional_properties = d
        return email_sms_stripped_string_envelope

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
