from django.urls import URLPattern, URLResolver, path

from anderebril.api import views
from anderebril.api.endpoints import api

app_name = "api"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.overview, name="overview"),
    path("tokens/beheer/", views.tokens, name="tokens"),
    path("", api.urls),
]
