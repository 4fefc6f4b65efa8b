"""Emulators of the SMS gateway APIs and the suites that hold specs, emulators and clients together."""
