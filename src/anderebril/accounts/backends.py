from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from anderebril.core.demo import DEMO_DOMAIN


class DemoAwareBackend(ModelBackend):
    """Refuse demo accounts unless demo mode is on, so demo passwords never work in production."""

    def user_can_authenticate(self, user: Any) -> bool:
        if str(getattr(user, "email", "")).endswith(f"@{DEMO_DOMAIN}") and not settings.DEMO_MODE:
            return False
        return super().user_can_authenticate(user)

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if username:
            username = username.strip().lower()
        return super().authenticate(request, username=username, password=password, **kwargs)
