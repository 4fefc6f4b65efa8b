"""Helpers shared by the smSend handler sections: lookups that answer 404, timestamps, Location URLs, paging.

Append-only while several sections are written at once: add new helpers at the end.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...kit import ApiError, Call, page
from ..state import AccountState, Store


def api_timestamp(moment: datetime) -> str:
    """The API's compact timestamp format, yyyyMMddHHmmss."""
    return moment.strftime("%Y%m%d%H%M%S")


def spaced_timestamp(moment: datetime) -> str:
    """The API's spaced timestamp format, yyyy-MM-dd HH:mm:ss (blacklist insert times)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def api_base_url(call: Call) -> str:
    """The absolute URL the API is served under, worked out from this request (e.g. http://host/API/v1.0/REST)."""
    url = call.request.url
    suffix = call.operation.path.format(**call.request.path_params)
    prefix = url.path[: len(url.path) - len(suffix)] if url.path.endswith(suffix) else ""
    return f"{url.scheme}://{url.netloc}{prefix}"


def resource_url(call: Call, *segments: object) -> str:
    """The absolute URL of a resource under the API base, for Location headers: resource_url(call, "group", 12)."""
    return "/".join([api_base_url(call), *(str(segment) for segment in segments)])


def find_contact(account: AccountState, contact_id: str) -> dict[str, Any]:
    contact = account.contacts.get(contact_id)
    if contact is None:
        raise ApiError(404, f"[Not found] The given contactid {contact_id} was not found")
    return contact


def find_group(account: AccountState, group_id: int) -> dict[str, Any]:
    group = account.groups.get(group_id)
    if group is None:
        raise ApiError(404, f"[Not found] The group {group_id} does not exist")
    return group


def blacklist_number(store: Store, account: AccountState, number: str) -> None:
    """Put a number in the account's SMS blacklist; a number already there keeps its first insert time."""
    if number not in account.blacklist:
        account.blacklist[number] = {"number": number, "insertTime": spaced_timestamp(store.now()), "origin": "API"}


def paged(key: str, items: list[Any], number: int, size: int) -> dict[str, Any]:
    """The API's paging envelope: `{key: [the page], pageNumber, pageSize, total}`."""
    return {key: page(items, number, size), "pageNumber": number, "pageSize": size, "total": len(items)}
