from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

admin.site.site_header = "Andere Bril — beheer"
admin.site.site_title = "Andere Bril"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("anderebril.core.urls")),
    path("account/", include("anderebril.accounts.urls")),
    path("organisaties/", include("anderebril.organisations.urls")),
    path("taalscan/", include("anderebril.taalscan.urls")),
    path("api/v1/", include("anderebril.api.urls")),
    path("monitor/", include("anderebril.monitor.urls")),
    path("genderscan/", include("anderebril.genderscan.urls")),
    path("netwerk/", include("anderebril.network.urls")),
    path("kennisbank/", include("anderebril.knowledge.urls")),
    path("evenementen/", include("anderebril.events.urls")),
    path("beeldscan/", include("anderebril.imagescan.urls")),
    path("bpv/", include("anderebril.bpv.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
]

# Uploaded files are never served as plain media, not even in development: beeldscan images and
# profile photos are personal data, served only by views that check who is asking.
