from django.urls import URLPattern, path

from anderebril.bpv import views

app_name = "bpv"
urlpatterns: list[URLPattern] = [
    path("", views.home, name="home"),
    path("status/", views.status, name="status"),
    path("signalen/", views.schools, name="schools"),
    path("signalen/<slug:slug>/", views.signals, name="signals"),
    path("signalen/<slug:slug>/coordinatoren/", views.coordinators, name="coordinators"),
    path("signalen/<slug:slug>/<int:pk>/", views.signal_detail, name="signal"),
    path("signalen/<slug:slug>/<int:pk>/status/", views.signal_status, name="signal_status"),
    path("signalen/<slug:slug>/<int:pk>/notitie/", views.signal_note, name="signal_note"),
]
