from django.urls import URLPattern

app_name = "taalscan"
urlpatterns: list[URLPattern] = []
