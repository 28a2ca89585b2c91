"""Rate limits of the API: one for clients without a token (per address), one per token.

Ninja's own ``AnonRateThrottle`` reads its rate once at import and keeps per-request state on
a shared instance; these throttles read the rate on every request (so tests and the benchmark
can change it) and count in fixed windows in the database (``ThrottleWindow``), with one atomic
upsert per request. The database is the one thing all gunicorn workers (and servers) share, so
a limit holds for the platform as a whole, with no cache table or cache server to set up. A row
holds a keyed hash of the client address (or token id), never the address, and is deleted once
its window has ended and a new one starts.
"""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.http import HttpRequest
from django.utils.crypto import salted_hmac
from ninja.throttling import BaseThrottle

from anderebril.api.constants import DEFAULT_ANON_RATE, DEFAULT_TOKEN_RATE
from anderebril.api.models import ApiToken, ThrottleWindow

_PERIODS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


@lru_cache(maxsize=64)
def parse_rate(rate: str) -> tuple[int, int]:
    """``"60/m"`` → ``(60, 60)``: requests and the period in seconds."""
    count, _slash, unit = rate.strip().partition("/")
    if unit not in _PERIODS or not count.isascii() or not count.isdecimal():
        raise ValueError(f"unknown rate {rate!r}: use e.g. 60/m, 10/s, 1000/h or 5000/d")
    return int(count), _PERIODS[unit]


def configured_rate(name: str, default: str) -> str:
    """A rate from the Django setting ``name``, else the environment variable, else default."""
    value = getattr(settings, name, None) or os.environ.get(name) or default
    return str(value)


def client_address(request: HttpRequest) -> str:
    """The client's address; behind ``ANDEREBRIL_API_NUM_PROXIES`` proxies, from their header.

    X-Forwarded-For is ignored unless proxies are configured, so a client cannot pick its own
    address to escape the limit.
    """
    proxies = int(getattr(settings, "ANDEREBRIL_API_NUM_PROXIES", 0) or 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
    return str(request.META.get("REMOTE_ADDR", ""))


def client_digest(ident: str) -> str:
    """A keyed hash of who is counted: the stored key reveals no address without SECRET_KEY."""
    return _digest(ident, settings.SECRET_KEY)


@lru_cache(maxsize=4096)
def _digest(ident: str, secret: str) -> str:
    """Remembered per client and key: a busy client is hashed once, not on every request."""
    value = ident.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    hashed = salted_hmac("anderebril-api-throttle", value, secret=secret, algorithm="sha256")
    return hashed.hexdigest()[:32]


def count_request(key: str, expires_at: datetime) -> int:
    """Add one request to the window ``key`` and return its count, atomically.

    ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` is one statement on both SQLite (3.35+) and
    PostgreSQL, so two workers counting at the same moment never lose a request. When a window
    starts (count 1), rows of windows that have ended are deleted.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            _upsert_sql(connection.vendor),
            [key, connection.ops.adapt_datetimefield_value(expires_at)],
        )
        row = cursor.fetchone()
    count = int(row[0]) if row else 1
    if count == 1:
        ThrottleWindow.objects.filter(expires_at__lt=datetime.now(tz=UTC)).delete()
    return count


@lru_cache(maxsize=8)
def _upsert_sql(vendor: str) -> str:
    """The counting statement, written once per database backend."""
    quote = connection.ops.quote_name
    table = quote(ThrottleWindow._meta.db_table)
    key_column, count_column, expires_column = (quote(n) for n in ("key", "count", "expires_at"))
    return (
        f"INSERT INTO {table} ({key_column}, {count_column}, {expires_column}) "
        f"VALUES (%s, 1, %s) ON CONFLICT ({key_column}) "
        f"DO UPDATE SET {count_column} = {table}.{count_column} + 1 RETURNING {count_column}"
    )


class WindowThrottle(BaseThrottle):
    """At most N requests per period for each client, counted in fixed windows."""

    scope = ""
    setting = ""
    default = ""

    def __init__(self) -> None:
        self._local = threading.local()

    def ident(self, request: HttpRequest) -> str | None:
        """Who is counted, or None when this throttle does not apply to the request."""
        raise NotImplementedError

    def allow_request(self, request: HttpRequest) -> bool:
        self._local.wait = None
        ident = self.ident(request)
        if ident is None:
            return True
        limit, period = parse_rate(configured_rate(self.setting, self.default))
        now = time.time()
        window = int(now // period)
        digest = client_digest(ident)
        key = f"{self.scope}:{digest}:{period}:{window}"
        count = count_request(key, datetime.fromtimestamp((window + 1) * period, tz=UTC))
        if count <= limit:
            return True
        self._local.wait = max((window + 1) * period - now, 1.0)
        return False

    def wait(self) -> float | None:
        wait: float | None = getattr(self._local, "wait", None)
        return wait


class AnonymousThrottle(WindowThrottle):
    scope = "anon"
    setting = "ANDEREBRIL_API_ANON_RATE"
    default = DEFAULT_ANON_RATE

    def ident(self, request: HttpRequest) -> str | None:
        if isinstance(getattr(request, "auth", None), ApiToken):
            return None
        return client_address(request)


class TokenThrottle(WindowThrottle):
    scope = "token"
    setting = "ANDEREBRIL_API_TOKEN_RATE"
    default = DEFAULT_TOKEN_RATE

    def ident(self, request: HttpRequest) -> str | None:
        token = getattr(request, "auth", None)
        return f"token-{token.pk}" if isinstance(token, ApiToken) else None
