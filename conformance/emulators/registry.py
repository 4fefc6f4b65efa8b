"""The APIs that have an emulator: one package `conformance/emulators/<api>/` per spec `specs/<api>.yaml`, each
exposing `create_app()`, `SPEC_PATH`, `base_path()`. Derived from specs/, so a new API registers nothing here."""

from ..spec_index import api_names

EMULATORS = {api: f"conformance.emulators.{api}" for api in api_names()}
