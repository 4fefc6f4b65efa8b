"""Where the vendors' documentation is: `SMSGW_VENDOR_DOCS`, or `../shared/` beside the repository.

Tests that run the documentation's own examples read it from here; when it is absent they fail saying so.
"""

from __future__ import annotations

import os
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
VARIABLE = "SMSGW_VENDOR_DOCS"


class VendorDocsMissing(RuntimeError):
    pass


def vendor_docs() -> Path:
    """The documentation folder (it holds `seeds/` and `reference/`)."""
    given = os.environ.get(VARIABLE)
    folder = Path(given) if given else REPOSITORY.parent / "shared"
    if not (folder / "seeds").is_dir():
        source = f"${VARIABLE}" if given else "../shared/ beside the repository"
        raise VendorDocsMissing(
            f"the vendor documentation is not at {folder} ({source}): set {VARIABLE} to the folder that holds seeds/"
        )
    return folder
