"""How smSend's bare-value success answers become Python values (every other operation answers JSON, whose
generated model is the result, or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..types import Response
from ._shared.errors import Malformed
from ._shared.text import last_path_segment, parse_bool, parse_int, parse_pair, parse_url

V = TypeVar("V")


def _text(parse: Callable[[str], V]) -> Callable[[Response[str]], V]:
    def convert(response: Response[str]) -> V:
        return parse(response.content.decode("utf-8", "replace"))

    return convert


as_bool = _text(parse_bool)
as_int = _text(parse_int)
as_url = _text(parse_url)
as_keys = _text(parse_pair)  # USER_KEY;SESSION_KEY / USER_KEY;ACCESS_TOKEN -> (user_key, secret)


def location_id(response: Response[None]) -> str:
    """The id at the end of the Location header (`/contact/AB12` -> 'AB12')."""
    return last_path_segment(response.headers.get("Location"))


def location_number(response: Response[None]) -> int:
    """The numeric id at the end of the Location header (`/group/12` -> 12)."""
    segment = last_path_segment(response.headers.get("Location"))
    if not segment.isdigit():
        raise Malformed(f"expected a numeric id at the end of Location, got {segment!r}")
    return int(segment)
