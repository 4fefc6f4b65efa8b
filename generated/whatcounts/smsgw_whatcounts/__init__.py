"""A client library for accessing WhatCounts REST API - SMS resources"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
