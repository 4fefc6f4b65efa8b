from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_create_request import ContactCreateRequest


T = TypeVar("T", bound="ContactBatchCreateRequest")


@_attrs_define
class ContactBatchCreateRequest:
    contacts: list[ContactCreateRequest]
    """ The contacts to add, each shaped as in `create_contact`. """
    update_existing_contact: bool | Unset = False
    """ true updates existing contacts on a clash; false drops and re-inserts them. """
    keep_existing_groups_and_campaigns: bool | Unset = False
    """ true keeps the existing group memberships and campaign subscriptions. """

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        update_existing_contact = self.update_existing_contact

        keep_existing_groups_and_campaigns = self.keep_existing_groups_and_campaigns

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if update_existing_contact is not UNSET:
            field_dict["updateExistingContact"] = update_existing_contact
        if keep_existing_groups_and_campaigns is not UNSET:
            field_dict["keepExistingGroupsAndCampaigns"] = keep_existing_groups_and_campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_create_request import ContactCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactCreateRequest.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        update_existing_contact = d.pop("updateExistingContact", UNSET)

        keep_existing_groups_and_campaigns = d.pop("keepExistingGroupsAndCampaigns", UNSET)

        contact_batch_create_request = cls(
            contacts=contacts,
            update_existing_contact=update_existing_contact,
            keep_existing_groups_and_campaigns=keep_existing_groups_and_campaigns,
        )

        return contact_batch_create_request
