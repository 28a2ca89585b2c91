from django.urls import path

from anderebril.events import views, views_collage

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("agenda.ics", views.feed_ics, name="feed"),
    path("superheldinnen/", views_collage.all_collage, name="collage_all"),
    path("aanmelding/<str:token>/", views.registration_detail, name="registration"),
    path("aanmelding/<str:token>/netwerkmoment/", views.network_moment, name="network_moment"),
    path("aanmelding/<str:token>/gegevens.json", views.registration_data, name="registration_data"),
    path("aanmelding/<str:token>/afmelden/", views.cancel_registration, name="cancel"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/agenda.ics", views.event_ics, name="ics"),
    path("<slug:slug>/vastleggen/", views.capture, name="capture"),
    path("<slug:slug>/superheldinnen/", views_collage.event_collage, name="collage"),
    path(
        "<slug:slug>/superheldinnen/modereren/",
        views_collage.moderate,
        name="collage_moderate",
    ),
    path(
        "<slug:slug>/superheldinnen/modereren/<int:pk>/",
        views_collage.edit_heroine,
        name="collage_heroine",
    ),
    path("<slug:slug>/verslag/", views.event_report, name="report"),
    path("<slug:slug>/verslag.pdf", views.event_report_pdf, name="report_pdf"),
    path(
        "<slug:slug>/contactlijst.<str:file_format>",
        views.export_event_contacts,
        name="export",
    ),
]
