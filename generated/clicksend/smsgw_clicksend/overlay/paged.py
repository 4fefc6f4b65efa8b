"""ClickSend v3's paged list operations, for `items(paged.<operation>, client=...)` and `pages(...)` (none yet)."""

from __future__ import annotations
