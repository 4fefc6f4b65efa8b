from typing import Literal

UploadMediaFileConvert = Literal["csv", "fax", "mms", "post", "postcard"]

UPLOAD_MEDIA_FILE_CONVERT_VALUES: set[UploadMediaFileConvert] = {
    "csv",
    "fax",
    "mms",
    "post",
    "postcard",
}


def check_upload_media_file_convert(value: str) -> UploadMediaFileConvert:
    if value in UPLOAD_MEDIA_FILE_CONVERT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_MEDIA_FILE_CONVERT_VALUES!r}")
