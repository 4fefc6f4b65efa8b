"""Upload: upload_media_file, as JSON (`content`, the file in Base64) or as multipart/form-data (the first file
of the form; `form_body` reads it into the JSON form, so both are validated alike), with `convert` in the query
(or the JSON body, which wins).

The emulator converts nothing: it keeps the bytes and names the file for what `convert` asks for (`mms`: a GIF
stays a GIF, anything else becomes a .jpg; `csv`: .csv; `fax`, `post`, `postcard`: .pdf). The converted file is
served at the answer's `_url` for 10 minutes ("All files will expire 10 minutes after being uploaded"); an MMS may
carry it, and Import Contacts reads a CSV from it.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from emulator_models import clicksend as models
from starlette.responses import Response

from ...core import Call, MultipartForm
from ..auth import Caller
from ..files import UPLOAD_LIFETIME
from ..state import Store, StoredFile, Upload, new_message_id
from . import operation
from .common import answer, file_url

NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")
CONVERSIONS = {
    "csv": (".csv", "text/csv"),
    "fax": (".pdf", "application/pdf"),
    "post": (".pdf", "application/pdf"),
    "postcard": (".pdf", "application/pdf"),
}


def form_body(form: MultipartForm) -> dict[str, Any]:
    """A multipart upload as the JSON body: the first file, Base64-encoded, as `content`."""
    upload = next(iter(form.files.values()), None)
    document: dict[str, Any] = {"content": base64.b64encode(upload.content).decode("ascii") if upload else ""}
    if "convert" in form.fields:
        document["convert"] = form.fields["convert"]
    return document


def decoded(content: str) -> bytes:
    """The file's bytes from its Base64 text, read leniently (line breaks, missing or stray padding): any text the
    schema's pattern allows decodes to something."""
    letters = NOT_BASE64.sub("", content)
    if len(letters) % 4 == 1:  # one character too many for any whole byte
        letters = letters[:-1]
    return base64.b64decode(letters + "=" * (-len(letters) % 4))


def converted(content: bytes, convert: str) -> tuple[str, str]:
    """(extension, media type) of the file `convert` makes of the content."""
    if convert == "mms":
        return (".gif", "image/gif") if content.startswith(b"GIF8") else (".jpg", "image/jpeg")
    return CONVERSIONS[convert]


@operation("upload_media_file")
def upload_media_file(store: Store, call: Call[models.UploadRequest, Caller]) -> Response:
    account, now = call.principal.account, store.now()
    convert = call.body.convert or call.query["convert"]
    content = decoded(call.body.content)
    extension, media_type = converted(content, convert)
    name = new_message_id() + extension
    store.files[name] = StoredFile(name, content, media_type, account.user_id, expires=now + UPLOAD_LIFETIME)
    upload = account.uploads.add(lambda upload_id: Upload(upload_id, name, now, now + UPLOAD_LIFETIME, convert))
    data = {
        "upload_id": upload.upload_id,
        "file_name": name,
        "date_added": now,
        "date_delete": upload.date_delete,
        "user_id": account.user_id,
        "_url": file_url(call, name),
    }
    return answer(data, "Your file has been uploaded.")
