from django.urls import path

from anderebril.network import views

app_name = "network"
urlpatterns = [
    path("", views.people, name="people"),
    path("mensen/<int:pk>/", views.person_detail, name="person"),
    path("regios/", views.regions, name="regions"),
    path("regios/<slug:slug>/", views.region_detail, name="region"),
    path("contactlijst.<str:file_format>", views.export_contacts, name="export"),
    path("mensen/<int:pk>/foto/", views.person_photo, name="person_photo"),
    path("mijn-profiel/", views.profile, name="profile"),
    path("mijn-profiel/foto/", views.upload_photo, name="upload_photo"),
    path("mijn-profiel/foto/bekijken/", views.own_photo, name="own_photo"),
    path("mijn-profiel/foto/verwijderen/", views.remove_photo, name="remove_photo"),
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/intrekken/", views.withdraw, name="withdraw"),
    path("mijn-gegevens/download/", views.download_my_data, name="download"),
    path("mijn-gegevens/account-verwijderen/", views.delete_account, name="delete_account"),
]
