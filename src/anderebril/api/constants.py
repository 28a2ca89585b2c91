"""Limits and formats of the JSON API."""

from __future__ import annotations

#: Every API token starts with this, so a leaked one is easy to recognise (and to scan for).
TOKEN_PREFIX = "ab_"
#: Characters of the random part kept in clear text, to tell tokens apart in the list.
SHOWN_CHARACTERS = 8
#: How often ``last_used_at`` is written at most, so busy tokens do not write on every request.
LAST_USED_RESOLUTION_SECONDS = 60

#: Requests per period for clients without a token; ``ANDEREBRIL_API_ANON_RATE`` overrides it.
DEFAULT_ANON_RATE = "60/m"
#: Requests per period for each token; ``ANDEREBRIL_API_TOKEN_RATE`` overrides it.
DEFAULT_TOKEN_RATE = "600/m"
