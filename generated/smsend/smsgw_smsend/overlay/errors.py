"""The typed errors smSend calls raise: the shared hierarchy (smSend's error bodies are plain text, kept in
`detail`; wrong login credentials answer 404, raised as InvalidCredentialsError by `connect`)."""

from ._shared import errors as _shared
from ._shared.errors import *  # noqa: F403 - the whole shared hierarchy, under this API's name

__all__ = list(_shared.__all__)
