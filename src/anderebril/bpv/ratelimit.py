"""Limits on reports and status look-ups, per browser session and per address.

Counted in fixed windows in the database with the API's counter
(``anderebril.api.throttling.count_request``), so every worker and server shares one count and
a cache restart resets nothing. A row holds a keyed hash (``client_digest``) of the session or
address, never the address itself, and is deleted after its window; the address is never
stored with a signal. IPv6 addresses count per /64, the block one household or school network
gets, so hopping within it does not escape the limit.
"""

from __future__ import annotations

import ipaddress
import time
from datetime import UTC, datetime

from django.http import HttpRequest

from anderebril.api.throttling import client_address, client_digest, count_request
from anderebril.bpv.constants import LIMIT_WINDOW

IPV6_PREFIX = 64


def address_group(address: str) -> str:
    """The address as counted: IPv4 as is, IPv6 as its /64 network (IPv4-mapped as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False))
    return str(ip)


def count(scope: str, ident: str, *, window: int = LIMIT_WINDOW) -> int:
    """Add one to the count of ``ident`` in ``scope`` in the current window; return the count."""
    number = int(time.time() // window)
    key = f"bpv-{scope}:{client_digest(ident)}:{window}:{number}"
    return count_request(key, datetime.fromtimestamp((number + 1) * window, tz=UTC))


def over_limit(
    request: HttpRequest, scope: str, limit: int, address_limit: int | None = None
) -> bool:
    """Count this request; True when the session went over ``limit`` or the address over
    ``address_limit`` (``limit`` when not given)."""
    if not request.session.session_key:
        request.session.save()
    by_session = count(scope, f"session:{request.session.session_key}")
    by_address = count(scope, f"address:{address_group(client_address(request))}")
    return by_session > limit or by_address > (address_limit or limit)
