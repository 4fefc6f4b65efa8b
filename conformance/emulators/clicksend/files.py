"""The files the emulator serves under `/files/<name>` (outside /v3, as the docs' export URLs are): history
exports (CSV) and uploads after conversion. Anyone holding a file's URL may fetch it (its name is a UUID);
an upload expires 10 minutes after it was made ("All files will expire 10 minutes after being uploaded"), an
export when the emulator's data is reset.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.requests import Request
from starlette.responses import Response

from ..core import ApiError, ExtraRoute
from .state import Store, StoredFile, new_message_id

UPLOAD_LIFETIME = 10 * 60


def csv_of(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """Rows as CSV with a header line of their field names (those of the first row); empty without rows."""
    listed = list(rows)
    if not listed:
        return b""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(listed[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({name: "" if value is None else value for name, value in row.items()} for row in listed)
    return out.getvalue().encode("utf-8")


def export(store: Store, user_id: int, rows: Iterable[Mapping[str, Any]], origin: str, filename: str) -> str:
    """Store rows as a CSV file and answer its download URL (`<origin>/files/<UUID>?filename=...`)."""
    name = new_message_id()
    store.files[name] = StoredFile(name, csv_of(rows), "text/csv", user_id)
    return f"{origin}/files/{name}?filename={quote(filename)}"


def stored(store: Store, url: str, user_id: int) -> StoredFile | None:
    """The account's own live file a URL points to (`.../files/<name>`), or None for any other URL."""
    try:
        path = urlsplit(url).path
    except ValueError:  # not a URL Python can split ("http://[x": an unclosed IPv6 host): not one of ours
        return None
    if not path.startswith("/files/"):
        return None
    found = store.files.get(path.removeprefix("/files/"))
    if found is None or found.user_id != user_id or expired(store, found):
        return None
    return found


def expired(store: Store, file: StoredFile) -> bool:
    return file.expires is not None and store.now() >= file.expires


def files_route(store: Store) -> ExtraRoute:
    def serve(request: Request) -> Response:
        file = store.files.get(request.path_params["name"])
        if file is None or expired(store, file):
            raise ApiError(404, "The file requested does not exist or has expired.", code="NOT_FOUND")
        filename = request.query_params.get("filename") or file.name
        disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
        return Response(file.content, media_type=file.content_type, headers={"Content-Disposition": disposition})

    return ExtraRoute("/files/{name}", serve)
