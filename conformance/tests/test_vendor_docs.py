"""The vendor documentation is found relative to the repository or through SMSGW_VENDOR_DOCS, and its absence
is said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.vendor_docs import VARIABLE, VendorDocsMissing, vendor_docs


def test_the_variable_names_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    monkeypatch.setenv(VARIABLE, str(tmp_path))
    assert vendor_docs() == tmp_path


def test_a_missing_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, str(tmp_path / "nowhere"))
    with pytest.raises(VendorDocsMissing, match=f"set {VARIABLE}"):
        vendor_docs()
