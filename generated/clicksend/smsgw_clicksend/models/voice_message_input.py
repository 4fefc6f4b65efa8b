from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.voice_message_input_voice import VoiceMessageInputVoice, check_voice_message_input_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessageInput")


@_attrs_define
class VoiceMessageInput:
    """One text-to-speech message; give `to` or `list_id`."""

    body: str
    """ The text to read (1200 GSM or 450 unicode characters, 4 parts; longer ones are truncated). """
    lang: str
    """ A language `code` of View Voice Languages, e.g. `en-au` (else INVALID_LANG). """
    to: str | Unset = UNSET
    """ The recipient's phone number in E.164 format. """
    list_id: int | Unset = UNSET
    """ Your list ID if sending to a whole list (instead of `to`). """
    voice: VoiceMessageInputVoice | Unset = UNSET
    """ Either `female` or `male`, one the language has (else INVALID_VOICE); by default the language's default
    voice (female, where it has one). """
    custom_string: str | Unset = UNSET
    """ Your reference, passed back with all replies and delivery reports. """
    country: str | Unset = UNSET
    """ The country of the recipient. """
    source: str | Unset = UNSET
    """ Your method of sending, e.g. 'wordpress', 'php', 'c#'. """
    schedule: int | str | Unset = UNSET
    """ Unix seconds (UTC); the service sends an integer or a numeric string. """
    require_input: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    machine_detection: Flag | Unset = UNSET
    """ 0 (no) or 1 (yes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        lang = self.lang

        to = self.to

        list_id = self.list_id

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        custom_string = self.custom_string

        country = self.country

        source = self.source

        schedule: int | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        require_input: int | Unset = UNSET
        if not isinstance(self.require_input, Unset):
            require_input = self.require_input

        machine_detection: int | Unset = UNSET
        if not isinstance(self.machine_detection, Unset):
            machine_detection = self.machine_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "lang": lang,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if voice is not UNSET:
            field_dict["voice"] = voice
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if country is not UNSET:
            field_dict["country"] = country
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        lang = d.pop("lang")

        to = d.pop("to", UNSET)

        list_id = d.pop("list_id", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: VoiceMessageInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_voice_message_input_voice(_voice)

        custom_string = d.pop("custom_string", UNSET)

        country = d.pop("country", UNSET)

        source = d.pop("source", UNSET)

        def _parse_schedule(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        _require_input = d.pop("require_input", UNSET)
        require_input: Flag | Unset
        if isinstance(_require_input, Unset):
            require_input = UNSET
        else:
            require_input = check_flag(_require_input)

        _machine_detection = d.pop("machine_detection", UNSET)
        machine_detection: Flag | Unset
        if isinstance(_machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = check_flag(_machine_detection)

        voice_message_input = cls(
            body=body,
            lang=lang,
            to=to,
            list_id=list_id,
            voice=voice,
            custom_string=custom_string,
            country=country,
            source=source,
            schedule=schedule,
            require_input=require_input,
            machine_detection=machine_detection,
        )

        voice_message_input.additional_properties = d
        return voice_message_input

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
