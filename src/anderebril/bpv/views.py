"""The public report form and status page, and the follow-up pages of a school."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.accounts.models import User
from anderebril.bpv import access, emails, services
from anderebril.bpv.constants import (
    LOOKUP_LIMIT,
    LOOKUP_LIMIT_PER_ADDRESS,
    REPORT_LIMIT,
    REPORT_LIMIT_PER_ADDRESS,
    RETENTION_MONTHS,
    SBB_MELDPUNT_URL,
    Status,
)
from anderebril.bpv.forms import (
    AppointForm,
    FilterForm,
    NoteForm,
    ReceiptForm,
    SignalForm,
    StatusForm,
)
from anderebril.bpv.models import Signal
from anderebril.bpv.ratelimit import over_limit
from anderebril.core.forms import parse_id
from anderebril.knowledge import services as knowledge
from anderebril.knowledge.constants import Theme

GUIDANCE_ITEMS = 5


def _public_context() -> dict[str, Any]:
    items = knowledge.filtered(knowledge.published(), theme=Theme.WORKPLACE)
    return {
        "sbb_url": SBB_MELDPUNT_URL,
        "retention_months": RETENTION_MONTHS,
        "guidance": list(items.order_by("-created_at", "id")[:GUIDANCE_ITEMS]),
        "workplace_theme": Theme.WORKPLACE.value,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def home(request: HttpRequest) -> HttpResponse:
    form = SignalForm(request.POST or None)
    status = 200
    if request.method == "POST":
        # Only complete reports count, so a student correcting her form is never locked out.
        if not form.is_valid():
            status = 400
        elif over_limit(request, "report", REPORT_LIMIT, REPORT_LIMIT_PER_ADDRESS):
            messages.error(
                request,
                _(
                    "Je hebt in korte tijd veel meldingen gedaan. Wacht een uur en probeer het "
                    "dan opnieuw; je tekst staat hieronder nog."
                ),
            )
            status = 429
        else:
            signal, code = services.report_signal(form.report(), form.contact())
            emails.send_new_signal_notice(signal, request.build_absolute_uri("/").rstrip("/"))
            # The receipt is the answer to the POST itself (never cached), so the code is kept
            # nowhere on the server, not even for a moment in the session.
            return render(
                request,
                "bpv/receipt.html",
                {"code": services.format_code(code), **_public_context()},
            )
    return render(request, "bpv/home.html", {"form": form, **_public_context()}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest) -> HttpResponse:
    form = ReceiptForm(request.POST or None)
    signal = None
    code = 200
    if request.method == "POST":
        if over_limit(request, "lookup", LOOKUP_LIMIT, LOOKUP_LIMIT_PER_ADDRESS):
            messages.error(
                request,
                _("Je hebt te vaak een code geprobeerd. Wacht een uur en probeer het opnieuw."),
            )
            code = 429
        elif form.is_valid():
            signal = services.signal_for_receipt(form.cleaned_data["code"])
            if signal is None:
                form.add_error(
                    "code", _("We vinden geen melding met deze code. Controleer de code.")
                )
                code = 404
        else:
            code = 400
    return render(
        request,
        "bpv/status.html",
        {"form": form, "signal": signal, **_public_context()},
        status=code,
    )


# --- follow-up by the school ------------------------------------------------------------------


def _user(request: HttpRequest) -> User:
    """The signed-in user (every view below is behind ``login_required``)."""
    return cast(User, request.user)


@never_cache
@login_required
def schools(request: HttpRequest) -> HttpResponse:
    readable = access.readable_schools(_user(request))
    if len(readable) == 1:
        return redirect("bpv:signals", slug=readable[0].slug)
    return render(request, "bpv/schools.html", {"schools": readable})


@never_cache
@login_required
def signals(request: HttpRequest, slug: str) -> HttpResponse:
    school = access.school_for(_user(request), slug)
    form = FilterForm(request.GET or None)
    chosen = form.cleaned_data if form.is_valid() else {}
    return render(
        request,
        "bpv/signals.html",
        {
            "school": school,
            "form": form,
            "signals": services.signals_of(
                school, status=chosen.get("status", ""), sector=chosen.get("sector", "")
            ),
            "counts": [
                (Status(key).label, number)
                for key, number in services.status_counts(school).items()
            ],
            "filtered": bool(chosen.get("status") or chosen.get("sector")),
            "may_appoint": access.may_appoint(_user(request), school),
        },
    )


def _detail(
    request: HttpRequest,
    slug: str,
    pk: int,
    *,
    status_form: StatusForm | None = None,
    note_form: NoteForm | None = None,
    code: int = 200,
) -> HttpResponse:
    school = access.school_for(_user(request), slug)
    signal = access.signal_for(school, pk)
    return render(
        request,
        "bpv/signal.html",
        {
            "school": school,
            "signal": signal,
            "may_coordinate": access.may_coordinate(_user(request), school),
            "status_form": status_form
            or StatusForm(initial={"status": signal.status, "public_update": signal.public_update}),
            "note_form": note_form or NoteForm(),
            "notes": signal.notes.select_related("author"),
            "changes": signal.changes.select_related("author"),
        },
        status=code,
    )


@never_cache
@login_required
def signal_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    return _detail(request, slug, pk)


def _coordinated_signal(request: HttpRequest, slug: str, pk: int) -> Signal:
    school = access.school_for(_user(request), slug)
    signal = access.signal_for(school, pk)
    if not access.may_coordinate(_user(request), school):
        raise PermissionDenied
    return signal


@never_cache
@login_required
@require_POST
def signal_status(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    signal = _coordinated_signal(request, slug, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return _detail(request, slug, pk, status_form=form, code=400)
    if services.change_status(
        signal, form.cleaned_data["status"], _user(request), form.cleaned_data["public_update"]
    ):
        messages.success(request, _("De status is bijgewerkt."))
    return redirect("bpv:signal", slug=slug, pk=pk)


@never_cache
@login_required
@require_POST
def signal_note(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    signal = _coordinated_signal(request, slug, pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _detail(request, slug, pk, note_form=form, code=400)
    services.add_note(signal, _user(request), form.cleaned_data["text"])
    messages.success(request, _("De notitie is opgeslagen."))
    return redirect("bpv:signal", slug=slug, pk=pk)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def coordinators(request: HttpRequest, slug: str) -> HttpResponse:
    """Managers of the school appoint and dismiss its BPV coordinators among its members."""
    school = access.school_for(_user(request), slug)
    if not access.may_appoint(_user(request), school):
        raise Http404
    members = access.appointable_members(school)
    choices = [
        (member.pk, f"{member.get_full_name() or member.email} ({member.email})")
        for member in members
    ]
    form = AppointForm(request.POST or None, members=choices)
    if request.method == "POST":
        if "dismiss" in request.POST:
            current = {c.user.pk: c.user for c in access.coordinators_of(school)}
            user = current.get(parse_id(request.POST["dismiss"]) or 0)
            if user is not None:
                services.dismiss_coordinator(school, user)
                messages.success(request, _("De BPV-coördinator is afgemeld."))
            return redirect("bpv:coordinators", slug=slug)
        if form.is_valid():
            chosen = next(m for m in members if m.pk == form.cleaned_data["user"])
            services.appoint_coordinator(school, chosen)
            messages.success(request, _("De BPV-coördinator is aangewezen."))
            return redirect("bpv:coordinators", slug=slug)
    return render(
        request,
        "bpv/coordinators.html",
        {"school": school, "form": form, "coordinators": access.coordinators_of(school)},
        status=400 if form.errors else 200,
    )
