"""The APIs that have an emulator: name -> module exposing `create_app()`, `SPEC_PATH`, `base_path()`."""

EMULATORS = {
    "smsend": "conformance.emulators.smsend",
    "smsc": "conformance.emulators.smsc",
    "whatcounts": "conformance.emulators.whatcounts",
}
