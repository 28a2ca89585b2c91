from django.urls import URLPattern

app_name = "genderscan"
urlpatterns: list[URLPattern] = []
