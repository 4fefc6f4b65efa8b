from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmailListCreateRequest")


@_attrs_define
class EmailListCreateRequest:
    """Body of `create_list`."""

    title: str
    """ The list name. """
    id_language: str
    """ The list's default language, e.g. "ita". """
    email_sender: str
    """ The sender's email address. """
    reply_to: str
    """ The email address for the Reply-To field. """
    company_name: str
    company_address: str
    company_url: str
    """ The company website URL. """
    company_phone: str
    company_fax: str

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "id_language": id_language,
                "email_sender": email_sender,
                "reply_to": reply_to,
                "company_name": company_name,
                "company_address": company_address,
                "company_url": company_url,
                "company_phone": company_phone,
                "company_fax": company_fax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        id_language = d.pop("id_language")

        email_sender = d.pop("email_sender")

        reply_to = d.pop("reply_to")

        company_name = d.pop("company_name")

        company_address = d.pop("company_address")

        company_url = d.pop("company_url")

        company_phone = d.pop("company_phone")

        company_fax = d.pop("company_fax")

        email_list_create_request = cls(
            title=title,
            id_language=id_language,
            email_sender=email_sender,
            reply_to=reply_to,
            company_name=company_name,
            company_address=company_address,
            company_url=company_url,
            company_phone=company_phone,
            company_fax=company_fax,
        )

        return email_list_create_request
