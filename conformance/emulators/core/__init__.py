"""The emulator core: what every API's emulator is built from (see CONTRIBUTING.md for the pattern).

- `app.build_app`: the one app builder (spec-driven routes, the standard request pipeline, call log, limits)
- `routing`: plain and raw-path routing; `validation`: parameters and JSON bodies; `limits`: size/depth bounds
- `answers`: text/JSON/empty answers and the default error rendering; `errors`: ApiError, InvalidParameter
- `operations`: the emulator's Operation and the handler's typed `Call[Body, Principal]`
- `registry`: operationId -> handler; `paging`: page slices; `resources`: id-keyed collections for CRUD;
  `auth`: HTTP Basic credentials; `rate_limit`: a per-caller request rate limit (429 + Retry-After)
"""

from .answers import ErrorRenderer, empty, json_body, plain_error, text
from .app import Authenticate, CallLog, ExtraRoute, Handler, InvalidHook, build_app, standard_endpoint
from .errors import ApiError, InvalidBody, InvalidParameter
from .limits import Limits
from .operations import Call, Operation
from .paging import page
from .rate_limit import RateLimit, RateLimiter
from .registry import HandlerRegistry
from .validation import FormFile, MultipartForm, validate

__all__ = [
    "ApiError",
    "Authenticate",
    "Call",
    "CallLog",
    "ErrorRenderer",
    "ExtraRoute",
    "FormFile",
    "Handler",
    "HandlerRegistry",
    "InvalidBody",
    "InvalidHook",
    "InvalidParameter",
    "Limits",
    "MultipartForm",
    "Operation",
    "RateLimit",
    "RateLimiter",
    "build_app",
    "empty",
    "json_body",
    "page",
    "plain_error",
    "standard_endpoint",
    "text",
    "validate",
]
