"""Hand-written overlay for the generated WhatCounts client (work in progress)."""
