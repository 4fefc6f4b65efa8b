"""Countries: get_countries (no authentication), every ISO 3166-1 alpha-2 code with its name."""

from __future__ import annotations

from starlette.responses import Response

from ...core import Call
from ..geography import ISO_COUNTRIES
from ..state import Store
from . import operation
from .common import answer, searched


@operation("get_countries")
def get_countries(store: Store, call: Call[None, None]) -> Response:
    countries = [{"code": code, "value": name} for code, name in sorted(ISO_COUNTRIES.items())]
    return answer(searched(call, countries), "List of Countries.")
