from django.urls import path

from anderebril.imagescan import views, views_report, views_tagging

app_name = "imagescan"
urlpatterns = [
    path("", views.audit_list, name="audit-list"),
    path("nieuw/", views.audit_new, name="audit-new"),
    path("<int:pk>/", views.audit_detail, name="audit-detail"),
    path("<int:pk>/verwijderen/", views.audit_delete, name="audit-delete"),
    path("<int:pk>/rapport/", views_report.audit_report, name="audit-report"),
    path("<int:pk>/rapport.pdf", views_report.audit_pdf, name="audit-pdf"),
    path("<int:pk>/beelden.csv", views_report.audit_export_csv, name="audit-csv"),
    path("<int:pk>/beeld/<int:position>/", views_tagging.image_tag, name="image-tag"),
    path(
        "<int:pk>/beeld/<int:position>/miniatuur/",
        views.image_file,
        {"kind": "thumbnail"},
        name="image-thumbnail",
    ),
    path(
        "<int:pk>/beeld/<int:position>/bestand/",
        views.image_file,
        {"kind": "original"},
        name="image-original",
    ),
]
