"""How each smSend operation's bare-value success answer becomes a Python value.

Operations not listed here answer JSON (the generated model is returned as is) or nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._shared.calls import Converter
from ._shared.errors import ResponseFormatError
from ._shared.text import last_path_segment, parse_bool, parse_int, parse_pair, parse_url


def _text(parse: Callable[[str, str], Any]) -> Converter:
    def convert(operation: str, response: Any) -> Any:
        return parse(operation, response.content.decode("utf-8", "replace"))

    return convert


def _location_id(as_int: bool) -> Converter:
    """The id at the end of the Location header (`/group/12` -> 12)."""

    def convert(operation: str, response: Any) -> Any:
        segment = last_path_segment(operation, response.headers.get("Location"))
        if not as_int:
            return segment
        if not segment.isdigit():
            raise ResponseFormatError(operation, f"expected a numeric id at the end of Location, got {segment!r}")
        return int(segment)

    return convert


CONVERTERS: dict[str, Converter] = {
    # USER_KEY;SESSION_KEY / USER_KEY;ACCESS_TOKEN -> (user_key, secret)
    "login": _text(parse_pair),
    "login_with_token": _text(parse_pair),
    "get_dashboard": _text(parse_url),
    "check_session": _text(parse_bool),
    "reset_password": _text(parse_bool),
    "add_contact_to_blacklist": _text(parse_bool),
    "add_phone_number_to_contacts_blacklist": _text(parse_bool),
    "add_number_to_sms_blacklist": _text(parse_bool),
    "create_contacts": _text(parse_int),
    "add_contacts_to_blacklist": _text(parse_int),
    "add_numbers_to_sms_blacklist": _text(parse_int),
    "create_contact": _location_id(as_int=False),
    "register_contact_to_list": _location_id(as_int=False),
    "add_contact_to_group": _location_id(as_int=False),
    "remove_contact_from_group": _location_id(as_int=False),
    "create_group": _location_id(as_int=True),
    "modify_group": _location_id(as_int=True),
    "create_list": _location_id(as_int=True),
    "modify_list": _location_id(as_int=True),
    "create_email_draft": _location_id(as_int=True),
    "create_subaccount": _location_id(as_int=True),
    "create_subaccount_purchase": _location_id(as_int=True),
}
