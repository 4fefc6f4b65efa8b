from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_status_response_email_type_0 import UserStatusResponseEmailType0
    from ..models.user_status_response_landing_type_0 import UserStatusResponseLandingType0
    from ..models.user_status_sms_credit import UserStatusSmsCredit


T = TypeVar("T", bound="UserStatusResponse")


@_attrs_define
class UserStatusResponse:
    """The user's services status. Shape reconstructed (not shown in the docs): remaining SMS per message
    type, the email service, the landing-page service and, with getMoney=true, the money left.

    """

    money: float | None | Unset = UNSET
    """ The user's current money; present/non-null only with getMoney=true. """
    sms: list[UserStatusSmsCredit] | Unset = UNSET
    """ Remaining SMS per message type. """
    email: None | Unset | UserStatusResponseEmailType0 = UNSET
    """ The email service status. """
    landing: None | Unset | UserStatusResponseLandingType0 = UNSET
    """ The landing-page service status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_status_response_email_type_0 import UserStatusResponseEmailType0  # noqa: PLC0415
        from ..models.user_status_response_landing_type_0 import UserStatusResponseLandingType0  # noqa: PLC0415

        money: float | None | Unset
        if isinstance(self.money, Unset):
            money = UNSET
        else:
            money = self.money

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, UserStatusResponseEmailType0):
            email = self.email.to_dict()
        else:
            email = self.email

        landing: dict[str, Any] | None | Unset
        if isinstance(self.landing, Unset):
            landing = UNSET
        elif isinstance(self.landing, UserStatusResponseLandingType0):
            landing = self.landing.to_dict()
        else:
            landing = self.landing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money is not UNSET:
            field_dict["money"] = money
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email
        if landing is not UNSET:
            field_dict["landing"] = landing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_status_response_email_type_0 import UserStatusResponseEmailType0  # noqa: PLC0415
        from ..models.user_status_response_landing_type_0 import UserStatusResponseLandingType0  # noqa: PLC0415
        from ..models.user_status_sms_credit import UserStatusSmsCredit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_money(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        money = _parse_money(d.pop("money", UNSET))

        _sms = d.pop("sms", UNSET)
        sms: list[UserStatusSmsCredit] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = UserStatusSmsCredit.from_dict(sms_item_data)

                sms.append(sms_item)

        def _parse_email(data: object) -> None | Unset | UserStatusResponseEmailType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = UserStatusResponseEmailType0.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatusResponseEmailType0, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_landing(data: object) -> None | Unset | UserStatusResponseLandingType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                landing_type_0 = UserStatusResponseLandingType0.from_dict(data)

                return landing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatusResponseLandingType0, data)

        landing = _parse_landing(d.pop("landing", UNSET))

        user_status_response = cls(
            money=money,
            sms=sms,
            email=email,
            landing=landing,
        )

        user_status_response.additional_properties = d
        return user_status_response

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
