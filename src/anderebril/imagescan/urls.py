from django.urls import URLPattern

app_name = "imagescan"
urlpatterns: list[URLPattern] = []
