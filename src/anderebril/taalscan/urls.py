from django.urls import URLPattern, path

from anderebril.taalscan import views

app_name = "taalscan"
urlpatterns: list[URLPattern] = [
    path("", views.scan, name="scan"),
    path("rapport.json", views.download_json, name="report-json"),
    path("rapport.pdf", views.download_pdf, name="report-pdf"),
]
