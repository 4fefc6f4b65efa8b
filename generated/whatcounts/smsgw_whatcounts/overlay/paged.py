"""WhatCounts' paged list operations, for `items(paged.get_messages, client=...)` and `pages(...)`:
`skip` counts items, and an answer holds at most 500 of them."""

from __future__ import annotations

from . import operations
from ._shared.paging import Offsets, Paged

PAGE_SIZE = 500  # "a maximum of 500 items per response"

get_messages = Paged(operations.get_messages, Offsets(PAGE_SIZE), lambda page: page)
