from typing import Any

from django.conf import settings
from django.http import HttpRequest

from anderebril.core.navigation import items_for


def platform(request: HttpRequest) -> dict[str, Any]:
    return {"navigation": items_for(request), "demo_mode": settings.DEMO_MODE}
