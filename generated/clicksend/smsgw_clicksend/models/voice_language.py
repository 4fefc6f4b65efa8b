from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_language_gender_item import VoiceLanguageGenderItem, check_voice_language_gender_item

T = TypeVar("T", bound="VoiceLanguage")


@_attrs_define
class VoiceLanguage:
    """A voice language and the voices it has."""

    code: str
    """ The `lang` of a voice message, e.g. `en-au`. """
    country: str
    """ Language and locale, e.g. `English, Australia`. """
    gender: list[VoiceLanguageGenderItem]
    """ The voices the language has. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        country = self.country

        gender = []
        for gender_item_data in self.gender:
            gender_item: str = gender_item_data
            gender.append(gender_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "country": country,
                "gender": gender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        country = d.pop("country")

        gender = []
        _gender = d.pop("gender")
        for gender_item_data in _gender:
            gender_item = check_voice_language_gender_item(gender_item_data)

            gender.append(gender_item)

        voice_language = cls(
            code=code,
            country=country,
            gender=gender,
        )

        voice_language.additional_properties = d
        return voice_language

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
