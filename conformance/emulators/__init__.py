"""One stateful ASGI emulator per API, built on the shared machinery in `kit`."""
