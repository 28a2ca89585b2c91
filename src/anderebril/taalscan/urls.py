from django.urls import URLPattern, path

from anderebril.taalscan import views, views_batches, views_saved

app_name = "taalscan"
urlpatterns: list[URLPattern] = [
    path("", views.scan, name="scan"),
    path("rapport.json", views.download_json, name="report-json"),
    path("rapport.pdf", views.download_pdf, name="report-pdf"),
    # Saved scans of an organisation (members only).
    path("bewaren/", views_saved.save, name="save"),
    path("bewaard/", views_saved.saved_list, name="saved-list"),
    path("bewaard/<int:pk>/", views_saved.saved_detail, name="saved-detail"),
    path("bewaard/<int:pk>/rapport.json", views_saved.saved_json, name="saved-json"),
    path("bewaard/<int:pk>/verwijderen/", views_saved.saved_delete, name="saved-delete"),
    # Batches on the background queue, and their corpus overview (members only).
    path("batches/", views_batches.batch_list, name="batch-list"),
    path("batches/nieuw/", views_batches.batch_new, name="batch-new"),
    path("batches/<int:pk>/", views_batches.batch_detail, name="batch-detail"),
    path("batches/<int:pk>/overzicht/", views_batches.batch_corpus, name="batch-corpus"),
    path("batches/<int:pk>/overzicht.csv", views_batches.batch_csv, name="batch-csv"),
    path("batches/<int:pk>/overzicht.xlsx", views_batches.batch_xlsx, name="batch-xlsx"),
]
