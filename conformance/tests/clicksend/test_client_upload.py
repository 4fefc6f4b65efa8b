"""Uploads through the client: the file comes back at the answer's URL (served by the emulator), named for what
`convert` makes of it, for ten minutes."""

from __future__ import annotations

import base64
from datetime import UTC

import httpx
import pytest
from smsgw_clicksend.client import AuthenticatedClient
from smsgw_clicksend.models import UploadRequest
from smsgw_clicksend.overlay import call, errors, operations

from conformance.tests.clicksend.conftest import Emulator

GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"  # a 1x1 GIF


def test_an_upload_is_served_at_its_url(client: AuthenticatedClient, client_emulator: Emulator) -> None:
    uploaded = call(operations.upload_media_file, client=client, convert="mms", body=UploadRequest(content=GIF))
    assert uploaded.file_name.endswith(".gif") and uploaded.url.endswith("/files/" + uploaded.file_name)
    assert uploaded.url.startswith(client_emulator.origin)
    assert uploaded.user_id == call(operations.get_account, client=client).user_id
    assert uploaded.date_added.tzinfo == UTC and (uploaded.date_delete - uploaded.date_added).total_seconds() == 600
    assert abs(uploaded.date_added.timestamp() - client_emulator.store.now()) <= 2
    served = httpx.get(uploaded.url, timeout=30)
    assert served.status_code == 200 and served.content == base64.b64decode(GIF)
    assert served.headers["content-type"] == "image/gif"
    client_emulator.clock.advance(600)  # "All files will expire 10 minutes after being uploaded"
    assert httpx.get(uploaded.url, timeout=30).status_code == 404


def test_convert_names_the_file(client: AuthenticatedClient) -> None:
    text = base64.b64encode(b"hello").decode("ascii")
    as_mms = call(operations.upload_media_file, client=client, convert="mms", body=UploadRequest(content=text))
    as_csv = call(operations.upload_media_file, client=client, convert="csv", body=UploadRequest(content=text))
    as_fax = call(operations.upload_media_file, client=client, convert="fax", body=UploadRequest(content=text))
    assert [upload.file_name.rsplit(".", 1)[1] for upload in (as_mms, as_csv, as_fax)] == ["jpg", "csv", "pdf"]
    assert len({as_mms.upload_id, as_csv.upload_id, as_fax.upload_id}) == 3
    served = httpx.get(as_csv.url, timeout=30)
    assert (served.content, served.headers["content-type"].split(";")[0]) == (b"hello", "text/csv")
    body_wins = call(
        operations.upload_media_file, client=client, convert="mms", body=UploadRequest(content=text, convert="post")
    )
    assert body_wins.file_name.endswith(".pdf")  # the body's `convert` over the query's


def test_content_that_is_not_base64_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as raised:
        call(operations.upload_media_file, client=client, convert="mms", body=UploadRequest(content="not base64!"))
    assert raised.value.status == 400
