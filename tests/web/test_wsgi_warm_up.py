"""The WSGI module builds the taalscan indexes when a server starts, so the first scan
request does not wait for them, and freezes them out of the garbage collector's sight."""

from __future__ import annotations

import gc
import importlib
import sys

from anderebril.textscan import engine, index


def test_loading_the_wsgi_app_builds_the_indexes_and_freezes_them() -> None:
    index._cached_index.cache_clear()
    engine._shared_scanner.cache_clear()  # earlier tests may hold scanners (and their index)
    sys.modules.pop("anderebril.web.wsgi", None)
    try:
        wsgi = importlib.import_module("anderebril.web.wsgi")
        assert callable(wsgi.application)
        assert index._cached_index.cache_info().currsize >= 2  # nl and en
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
