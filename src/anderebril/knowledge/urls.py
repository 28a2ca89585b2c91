from django.urls import path

from anderebril.knowledge import views

app_name = "knowledge"
urlpatterns = [
    path("", views.item_list, name="list"),
    path("<slug:slug>/", views.item_detail, name="detail"),
]
