from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag

if TYPE_CHECKING:
    from ..models.global_sending_registration_status import GlobalSendingRegistrationStatus


T = TypeVar("T", bound="GlobalSendingCountry")


@_attrs_define
class GlobalSendingCountry:
    """A country selected for global sending, with its registration and regulation state."""

    id: int
    """ The country's id. """
    name: str
    """ The country's name. """
    code: str
    """ The two-letter country code. """
    region: str
    """ The region. """
    agreed_at: int | None | str
    """ When the account agreed to the country's rules (Unix seconds, integer or numeric string); null before. """
    registration_entity: None | str
    """ The registered entity (the docs show only null; the spec takes a string). """
    registration_status: GlobalSendingRegistrationStatus
    """ A country's registration status. """
    jotform_id: str
    """ The id of the country's registration form. """
    sms_registration_type: int
    """ The SMS registration type (the docs show 0). """
    block_registration: Flag
    """ 0 (no) or 1 (yes). """
    block_leads: Flag
    """ 0 (no) or 1 (yes). """
    trial_from_address: str
    """ The sender used during the trial (may be empty). """
    restricted_sending: Flag
    """ 0 (no) or 1 (yes). """
    trial_sending: Flag
    """ 0 (no) or 1 (yes). """
    trial_sending_description: str
    """ About trial sending (may be empty). """
    has_regulation_requirements: Flag
    """ 0 (no) or 1 (yes). """
    registration_steps_url: str
    """ Where the registration steps are described. """
    regulation_requirements_description: str
    """ The country's sending regulations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        region = self.region

        agreed_at: int | None | str
        agreed_at = self.agreed_at

        registration_entity: None | str
        registration_entity = self.registration_entity

        registration_status = self.registration_status.to_dict()

        jotform_id = self.jotform_id

        sms_registration_type = self.sms_registration_type

        block_registration: int = self.block_registration

        block_leads: int = self.block_leads

        trial_from_address = self.trial_from_address

        restricted_sending: int = self.restricted_sending

        trial_sending: int = self.trial_sending

        trial_sending_description = self.trial_sending_description

        has_regulation_requirements: int = self.has_regulation_requirements

        registration_steps_url = self.registration_steps_url

        regulation_requirements_description = self.regulation_requirements_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "code": code,
                "region": region,
                "agreed_at": agreed_at,
                "registration_entity": registration_entity,
                "registration_status": registration_status,
                "jotform_id": jotform_id,
                "sms_registration_type": sms_registration_type,
                "block_registration": block_registration,
                "block_leads": block_leads,
                "trial_from_address": trial_from_address,
                "restricted_sending": restricted_sending,
                "trial_sending": trial_sending,
                "trial_sending_description": trial_sending_description,
                "has_regulation_requirements": has_regulation_requirements,
                "registration_steps_url": registration_steps_url,
                "regulation_requirements_description": regulation_requirements_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.global_sending_registration_status import GlobalSendingRegistrationStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        code = d.pop("code")

        region = d.pop("region")

        def _parse_agreed_at(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        agreed_at = _parse_agreed_at(d.pop("agreed_at"))

        def _parse_registration_entity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registration_entity = _parse_registration_entity(d.pop("registration_entity"))

        registration_status = GlobalSendingRegistrationStatus.from_dict(d.pop("registration_status"))

        jotform_id = d.pop("jotform_id")

        sms_registration_type = d.pop("sms_registration_type")

        block_registration = check_flag(d.pop("block_registration"))

        block_leads = check_flag(d.pop("block_leads"))

        trial_from_address = d.pop("trial_from_address")

        restricted_sending = check_flag(d.pop("restricted_sending"))

        trial_sending = check_flag(d.pop("trial_sending"))

        trial_sending_description = d.pop("trial_sending_description")

        has_regulation_requirements = check_flag(d.pop("has_regulation_requirements"))

        registration_steps_url = d.pop("registration_steps_url")

        regulation_requirements_description = d.pop("regulation_requirements_description")

        global_sending_country = cls(
            id=id,
            name=name,
            code=code,
            region=region,
            agreed_at=agreed_at,
            registration_entity=registration_entity,
            registration_status=registration_status,
            jotform_id=jotform_id,
            sms_registration_type=sms_registration_type,
            block_registration=block_registration,
            block_leads=block_leads,
            trial_from_address=trial_from_address,
            restricted_sending=restricted_sending,
            trial_sending=trial_sending,
            trial_sending_description=trial_sending_description,
            has_regulation_requirements=has_regulation_requirements,
            registration_steps_url=registration_steps_url,
            regulation_requirements_description=regulation_requirements_description,
        )

        global_sending_country.additional_properties = d
        return global_sending_country

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
