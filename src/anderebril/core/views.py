from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


def privacy(request: HttpRequest) -> HttpResponse:
    retention_days = settings.EVENT_REGISTRATION_RETENTION_DAYS
    return render(request, "core/privacy.html", {"retention_days": retention_days})


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "core/accessibility.html")


def health(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint for load balancers and as a baseline in benchmarks."""
    return HttpResponse("ok", content_type="text/plain")
