"""A simple limit on reports and status look-ups, per browser session and per address.

Counted in the cache in fixed windows; the address is only hashed into a cache key that expires
with the window, and never stored with a signal.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest

from anderebril.api.throttling import client_address
from anderebril.bpv.constants import LIMIT_WINDOW


def _hit(key: str, limit: int) -> bool:
    cache.add(key, 0, timeout=LIMIT_WINDOW + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=LIMIT_WINDOW + 1)
        count = 1
    return count > limit


def over_limit(
    request: HttpRequest, scope: str, limit: int, address_limit: int | None = None
) -> bool:
    """Count this request; True when the session went over ``limit`` or the address over
    ``address_limit`` (``limit`` when not given)."""
    window = int(time.time() // LIMIT_WINDOW)
    if not request.session.session_key:
        request.session.save()
    counted = [
        (f"session:{request.session.session_key}", limit),
        (f"address:{client_address(request)}", address_limit or limit),
    ]
    over = False
    for ident, most in counted:
        digest = hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        over |= _hit(f"anderebril-bpv:{scope}:{digest}:{window}", most)
    return over
