from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_envelope import UploadEnvelope
from ...models.upload_media_file_convert import UploadMediaFileConvert
from ...models.upload_request import UploadRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadRequest,
    convert: UploadMediaFileConvert,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_convert: str = convert
    params["convert"] = json_convert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads",
    }
    if params:  # ours: no empty params (httpx would parse the URL once more for them)
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UploadEnvelope:
    if response.status_code == 200:
        response_200 = UploadEnvelope.from_dict(response.json())

        return response_200

    # ours: every error status raises (documented or not, known to HTTPStatus or not); so does an undocumented success
    if response.status_code >= 400:
        raise errors.ErrorStatus(response.status_code, response.content, response.headers)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UploadEnvelope]:
    # ours: parse first (an error status raises before HTTPStatus sees a code it may not know)
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise errors.malformed(error, response) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadRequest,
    convert: UploadMediaFileConvert,
) -> Response[UploadEnvelope]:
    """Upload Media File

     Uploads a file and converts it to a format another endpoint takes (`convert`: `fax`, `mms`, `csv`,
    `post` or `postcard`); the answer gives the converted file's URL (`_url`). Files expire 10 minutes
    after being uploaded. The spec models the JSON form (the file Base64-encoded in `content`); the docs
    also allow a `multipart/form-data` upload (with `convert` in the query), which the emulator also
    accepts.

    Args:
        convert (UploadMediaFileConvert):
        body (UploadRequest): The file to upload, Base64-encoded.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[UploadEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        convert=convert,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UploadRequest,
    convert: UploadMediaFileConvert,
) -> UploadEnvelope:
    """Upload Media File

     Uploads a file and converts it to a format another endpoint takes (`convert`: `fax`, `mms`, `csv`,
    `post` or `postcard`); the answer gives the converted file's URL (`_url`). Files expire 10 minutes
    after being uploaded. The spec models the JSON form (the file Base64-encoded in `content`); the docs
    also allow a `multipart/form-data` upload (with `convert` in the query), which the emulator also
    accepts.

    Args:
        convert (UploadMediaFileConvert):
        body (UploadRequest): The file to upload, Base64-encoded.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        UploadEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        convert=convert,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadRequest,
    convert: UploadMediaFileConvert,
) -> Response[UploadEnvelope]:
    """Upload Media File

     Uploads a file and converts it to a format another endpoint takes (`convert`: `fax`, `mms`, `csv`,
    `post` or `postcard`); the answer gives the converted file's URL (`_url`). Files expire 10 minutes
    after being uploaded. The spec models the JSON form (the file Base64-encoded in `content`); the docs
    also allow a `multipart/form-data` upload (with `convert` in the query), which the emulator also
    accepts.

    Args:
        convert (UploadMediaFileConvert):
        body (UploadRequest): The file to upload, Base64-encoded.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        Response[UploadEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        convert=convert,
    )

    kwargs["url"] = client.base_url.rstrip("/") + kwargs["url"]  # ours: absolute, parsed once (not twice by httpx)
    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadRequest,
    convert: UploadMediaFileConvert,
) -> UploadEnvelope:
    """Upload Media File

     Uploads a file and converts it to a format another endpoint takes (`convert`: `fax`, `mms`, `csv`,
    `post` or `postcard`); the answer gives the converted file's URL (`_url`). Files expire 10 minutes
    after being uploaded. The spec models the JSON form (the file Base64-encoded in `content`); the docs
    also allow a `multipart/form-data` upload (with `convert` in the query), which the emulator also
    accepts.

    Args:
        convert (UploadMediaFileConvert):
        body (UploadRequest): The file to upload, Base64-encoded.

    Raises:
        errors.ErrorStatus: If the server answers an error status (4xx, 5xx).
        errors.UnexpectedStatus: If the server answers a success status the API does not document.
        errors.MalformedResponse: If the answer does not have the documented shape.
        httpx.TimeoutException: If the request takes longer than the client's deadline.

    Returns:
        UploadEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            convert=convert,
        )
    ).parsed
