"""One stateful ASGI emulator per API, built on the shared core (`core/`: the app builder, routing, validation,
limits)."""
