"""Rate limits of the API: one for clients without a token (per address), one per token.

Ninja's own ``AnonRateThrottle`` reads its rate once at import and keeps per-request state on
a shared instance; these throttles read the rate on every request (so tests and the benchmark
can change it) and count in fixed windows in the database (``ThrottleWindow``), with one atomic
upsert per request. The database is the one thing all gunicorn workers (and servers) share, so
a limit holds for the platform as a whole, with no cache table or cache server to set up. A row
holds a keyed hash of the client address (or token id), never the address, and is deleted once
its window has ended and a new one starts.

A client far below a high limit is counted in batches: each worker adds up to 1 % of the limit
(at most ``MAX_BATCH`` requests) in memory before it writes them in one upsert, and counts
every request in the database again once the known count comes within a batch of the limit. So
a limit of 60 a minute (the anonymous default) is counted request by request, and a busy client
with a limit of 100,000 a minute costs one write per hundred requests instead of one per
request. The price: each worker may let through up to one batch more than the limit (2 % for
two workers), and a window's last unwritten batch is not counted.
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


#: The most requests a worker keeps in memory before it writes them (see the module's text).
MAX_BATCH = 100


def batch_size(limit: int) -> int:
    """How many requests a worker may count in memory for a key with this limit: 1 % of it,
    at least 1 (every request written) and at most ``MAX_BATCH``."""
    return max(1, min(MAX_BATCH, limit // 100))


def count_request(key: str, expires_at: datetime, requests: int = 1) -> int:
    """Add ``requests`` to the window ``key`` and return its count, atomically.

    ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` is one statement on both SQLite (3.35+) and
    PostgreSQL, so two workers counting at the same moment never lose a request. When a window
    starts (its count is what was just added), rows of windows that have ended are deleted.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            _upsert_sql(connection.vendor),
            [key, requests, connection.ops.adapt_datetimefield_value(expires_at)],
        )
        row = cursor.fetchone()
    count = int(row[0]) if row else requests
    if count == requests:
        ThrottleWindow.objects.filter(expires_at__lt=datetime.now(tz=UTC)).delete()
    return count


class _Tally:
    """One worker's requests per window key not yet written, and the count last read back.
    Keys of windows that have ended are dropped once a minute."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next_prune = 0.0
        self._ends: dict[str, float] = {}
        self._known: dict[str, int] = {}
        self._pending: dict[str, int] = {}

    def add(self, key: str, ends: float, now: float, batch: int, limit: int) -> int:
        """Count one request in memory; the number to write now (0: none yet)."""
        with self._lock:
            if now >= self._next_prune:
                self._prune(now)
            pending = self._pending.get(key, 0) + 1
            if pending < batch and self._known.get(key, 0) + pending + batch <= limit:
                self._pending[key] = pending
                self._ends[key] = ends
                return 0
            self._pending[key] = 0
            self._ends[key] = ends
            return pending

    def written(self, key: str, count: int) -> None:
        with self._lock:
            self._known[key] = count

    def clear(self) -> None:
        with self._lock:
            self._next_prune = 0.0
            self._ends.clear()
            self._known.clear()
            self._pending.clear()

    def _prune(self, now: float) -> None:
        for key in [key for key, ends in self._ends.items() if ends <= now]:
            del self._ends[key]
            self._known.pop(key, None)
            self._pending.pop(key, None)
        self._next_prune = now + 60


#: The requests this worker has counted but not yet written, shared by its throttles.
TALLY = _Tally()


@lru_cache(maxsize=8)
def _upsert_sql(vendor: str) -> str:
    """The counting statement, written once per database backend."""
    quote = connection.ops.quote_name
    table = quote(ThrottleWindow._meta.db_table)
    key_column, count_column, expires_column = (quote(n) for n in ("key", "count", "expires_at"))
    return (
        f"INSERT INTO {table} ({key_column}, {count_column}, {expires_column}) "
        f"VALUES (%s, %s, %s) ON CONFLICT ({key_column}) "
        f"DO UPDATE SET {count_column} = {table}.{count_column} + EXCLUDED.{count_column} "
        f"RETURNING {count_column}"
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
        ends = (window + 1) * period
        requests = TALLY.add(key, ends, now, batch_size(limit), limit)
        if requests == 0:
            return True  # counted in memory, far below the limit
        expires = datetime.fromtimestamp(ends, tz=UTC)
        count = count_request(key, expires, requests)
        TALLY.written(key, count)
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
