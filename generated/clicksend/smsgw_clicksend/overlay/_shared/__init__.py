"""Machinery shared by every API overlay: typed errors, text-body parsers, secret redaction.

`make generate` copies this folder into each generated package as `<package>.overlay._shared`.
"""
