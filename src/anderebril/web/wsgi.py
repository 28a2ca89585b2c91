import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    """Build the taalscan's lexicon indexes when the server (each gunicorn worker) starts,
    so that the first scan request does not wait about 0.15 s for them. Then the objects
    made so far, which live as long as the process, are frozen out of the garbage
    collector's sight: a full collection no longer walks the indexes' hundreds of thousands
    of objects (about 80 ms each time, in the middle of some request)."""
    from anderebril.textscan import scan_text

    for language in ("nl", "en"):
        scan_text("Een vakman.", language=language)
    gc.freeze()


_warm_up()
