"""Helpers shared by the smSend handler sections: lookups that answer 404, timestamps, Location URLs, paging,
lenient date reading, time zones and phone-number comparison."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...core import ApiError, Call, page
from ...core.operations import Body, Principal
from ..state import AccountState, Store


def api_timestamp(moment: datetime) -> str:
    """The API's compact timestamp format, yyyyMMddHHmmss."""
    return moment.strftime("%Y%m%d%H%M%S")


def spaced_timestamp(moment: datetime) -> str:
    """The API's spaced timestamp format, yyyy-MM-dd HH:mm:ss (blacklist insert times)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def api_base_url(call: Call[Body, Principal]) -> str:
    """The absolute URL the API is served under, worked out from this request (e.g. http://host/API/v1.0/REST)."""
    url = call.request.url
    suffix = call.operation.path.format(**call.request.path_params)
    prefix = url.path[: len(url.path) - len(suffix)] if url.path.endswith(suffix) else ""
    return f"{url.scheme}://{url.netloc}{prefix}"


def resource_url(call: Call[Body, Principal], *segments: object) -> str:
    """The absolute URL of a resource under the API base, for the Location headers the docs call a URL (adding and
    removing a group member, registering a contact to a list): resource_url(call, "contact", "AB12")."""
    return api_base_url(call) + resource_path(*segments)


def resource_path(*segments: object) -> str:
    """The path of a resource as the docs show it in Location headers they call a path: `/group/12`."""
    return "".join(f"/{segment}" for segment in segments)


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


def forget_contact(account: AccountState, contact_id: str) -> None:
    """Delete a contact and every group membership and list subscription it had."""
    account.contacts.pop(contact_id, None)
    for members in (*account.group_members.values(), *account.list_members.values()):
        members.discard(contact_id)


def lenient_datetime(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A datetime built like Java's lenient Calendar: a day past the month's end rolls over (31 Feb -> 3 Mar).

    Python has no year 0 and nothing after 9999: such dates clamp to datetime.min/max (still the earliest or
    latest possible moment for a filter bound or a delivery time) instead of failing.
    """
    if year < 1:
        return datetime.min
    try:
        return datetime(year, month, 1) + timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second)
    except OverflowError:  # rolling past 9999-12-31
        return datetime.max


def parse_timestamp(value: str) -> datetime:
    """A schema-valid yyyyMMddHHmmss (the Timestamp pattern), read leniently."""
    parts = [int(value[i:j]) for i, j in ((0, 4), (4, 6), (6, 8), (8, 10), (10, 12), (12, 14))]
    return lenient_datetime(*parts)


def parse_spaced_timestamp(value: str) -> datetime:
    """A schema-valid yyyy-MM-dd HH:mm:ss (the SpacedTimestamp pattern), read leniently."""
    parts = [int(value[i:j]) for i, j in ((0, 4), (5, 7), (8, 10), (11, 13), (14, 16), (17, 19))]
    return lenient_datetime(*parts)


def time_zone(name: str | None) -> ZoneInfo:
    """The IANA zone a `timezone` parameter names (UTC when absent).

    An unknown name falls back to GMT, as Java's TimeZone.getTimeZone (the server's platform) does: the spec's
    pattern cannot list every zone, so a well-formed unknown name is not an error.
    """
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def to_utc(moment: datetime, zone: tzinfo) -> datetime:
    """A wall-clock time in `zone` (or an aware datetime) as the emulator's naive UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    try:
        return aware.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:  # within hours of datetime.min/max: clamp, as lenient_datetime does
        return datetime.min if moment.year == 1 else datetime.max


def time_window(call: Call[Body, Principal], default_to: datetime | None) -> tuple[datetime | None, datetime | None]:
    """The query's `from`/`to` (yyyyMMddHHmmss, in `timezone`) as naive UTC bounds; absent ones are None/default."""
    zone = time_zone(call.query.get("timezone"))
    start, end = call.query.get("from"), call.query.get("to")
    return (
        to_utc(parse_timestamp(start), zone) if start else None,
        to_utc(parse_timestamp(end), zone) if end else default_to,
    )


def same_number(number: str) -> str:
    """A phone number in one canonical form, so that +39... and 0039... compare equal."""
    return "+" + number[2:] if number.startswith("00") else number


def is_blacklisted(account: AccountState, number: str) -> bool:
    return any(same_number(listed) == same_number(number) for listed in account.blacklist)


def within(moment: datetime, start: datetime | None, end: datetime | None) -> bool:
    """Whether `moment` is inside the (inclusive, possibly open) window."""
    return (start is None or moment >= start) and (end is None or moment <= end)
