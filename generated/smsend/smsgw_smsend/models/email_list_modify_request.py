from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.email_list_modify_request_status import (
    EmailListModifyRequestStatus,
    check_email_list_modify_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailListModifyRequest")


@_attrs_define
class EmailListModifyRequest:
    """Body of `modify_list`; every field is optional."""

    title: str | Unset = UNSET
    """ The list name. """
    id_language: str | Unset = UNSET
    """ The list's default language, e.g. "ita". """
    email_sender: str | Unset = UNSET
    """ The sender's email address. """
    reply_to: str | Unset = UNSET
    """ The email address for the Reply-To field. """
    company_name: str | Unset = UNSET
    company_address: str | Unset = UNSET
    company_url: str | Unset = UNSET
    """ The company website URL. """
    company_phone: str | Unset = UNSET
    company_fax: str | Unset = UNSET
    status: EmailListModifyRequestStatus | Unset = UNSET
    """ The list status, 0 = active, 1 = archived, 2 = to be activated. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        id_language = self.id_language

        email_sender = self.email_sender

        reply_to = self.reply_to

        company_name = self.company_name

        company_address = self.company_address

        company_url = self.company_url

        company_phone = self.company_phone

        company_fax = self.company_fax

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if id_language is not UNSET:
            field_dict["id_language"] = id_language
        if email_sender is not UNSET:
            field_dict["email_sender"] = email_sender
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_address is not UNSET:
            field_dict["company_address"] = company_address
        if company_url is not UNSET:
            field_dict["company_url"] = company_url
        if company_phone is not UNSET:
            field_dict["company_phone"] = company_phone
        if company_fax is not UNSET:
            field_dict["company_fax"] = company_fax
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        id_language = d.pop("id_language", UNSET)

        email_sender = d.pop("email_sender", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        company_name = d.pop("company_name", UNSET)

        company_address = d.pop("company_address", UNSET)

        company_url = d.pop("company_url", UNSET)

        company_phone = d.pop("company_phone", UNSET)

        company_fax = d.pop("company_fax", UNSET)

        _status = d.pop("status", UNSET)
        status: EmailListModifyRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_email_list_modify_request_status(_status)

        email_list_modify_request = cls(
            title=title,
            id_language=id_language,
            email_sender=email_sender,
            reply_to=reply_to,
            company_name=company_name,
            company_address=company_address,
            company_url=company_url,
            company_phone=company_phone,
            company_fax=company_fax,
            status=status,
        )

        return email_list_modify_request
