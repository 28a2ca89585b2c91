from django.urls import URLPattern

app_name = "bpv"
urlpatterns: list[URLPattern] = []
