"""The documented error body, `{"error": "..."}`, for any ApiError (the core's `render_error`)."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from ..core import ApiError


def render_error(error: ApiError) -> Response:
    return JSONResponse({"error": error.message}, status_code=error.status, headers=error.headers or None)
