from typing import Literal

UploadRequestConvert = Literal["csv", "fax", "mms", "post", "postcard"]

UPLOAD_REQUEST_CONVERT_VALUES: set[UploadRequestConvert] = {
    "csv",
    "fax",
    "mms",
    "post",
    "postcard",
}


def check_upload_request_convert(value: str) -> UploadRequestConvert:
    if value in UPLOAD_REQUEST_CONVERT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_REQUEST_CONVERT_VALUES!r}")
