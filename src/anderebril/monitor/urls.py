from django.urls import URLPattern, path

from anderebril.monitor import views
from anderebril.monitor.bpv_signals import bpv_signals

app_name = "monitor"
urlpatterns: list[URLPattern] = [
    path("", views.national, name="national"),
    path("scholen/", views.schools, name="schools"),
    path("school/<str:brin>/", views.school, name="school"),
    path("regios/", views.regions, name="regions"),
    path("regio/<slug:slug>/", views.region, name="region"),
    path("sectorkamer/<slug:slug>/", views.sectorkamer, name="sectorkamer"),
    path("hoofdgroep/<slug:slug>/", views.hoofdgroep, name="hoofdgroep"),
    path("opleiding/<str:crebo>/", views.programme, name="programme"),
    path("bronnen/", views.sources, name="sources"),
    path("stagesignalen/", bpv_signals, name="bpv-signals"),
    path("importeren/", views.import_files, name="import"),
]
