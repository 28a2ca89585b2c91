"""The heroine collage pages: public per event and for all events, and moderation."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from anderebril.core.forms import parse_id
from anderebril.events import collage, services
from anderebril.events.constants import EntryStatus
from anderebril.events.forms import HeroineForm
from anderebril.events.models import Event, Heroine
from anderebril.events.views import _event


def event_collage(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    return render(
        request,
        "events/collage.html",
        {
            "event": event,
            "tiles": services.collage(event),
            "can_moderate": services.can_moderate(request.user, event),
        },
    )


def all_collage(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "events/collage.html",
        {"event": None, "tiles": services.collage_of_all_events(), "can_moderate": False},
    )


def _moderated_event(request: HttpRequest, slug: str) -> Event | HttpResponse:
    event = _event(slug)
    if not services.can_moderate(request.user, event):
        if request.user.is_authenticated:
            raise PermissionDenied
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    return event


def _id(value: str) -> int:
    """A primary key from a form value; anything else is 0, which matches no row."""
    return parse_id(value) or 0


def _parse_action(value: str) -> tuple[str, int]:
    """``"approve_entry:12"`` -> ``("approve_entry", 12)``."""
    name, _sep, number = value.partition(":")
    return name, _id(number)


@require_http_methods(["GET", "POST"])
def moderate(request: HttpRequest, slug: str) -> HttpResponse:
    event = _moderated_event(request, slug)
    if isinstance(event, HttpResponse):
        return event
    if request.method == "POST":
        _handle(request, event)
        return redirect("events:collage_moderate", slug=slug)
    return render(
        request,
        "events/collage_moderate.html",
        {
            "event": event,
            "rows": collage.moderation(event),
            "orphans": list(collage.orphans(event)),
            "counts": collage.counts_by_status(event),
            "statuses": EntryStatus,
            "everywhere": collage.may_change_everywhere(request.user),
        },
    )


SHARED_MESSAGE = gettext_lazy(
    "%(name)s is ook bij een ander evenement genoemd. Alleen een adviseur kan haar naam, "
    "beschrijving of plek in de collage veranderen; jouw bijdragen kun je wel goedkeuren of "
    "verbergen."
)


def _handle(request: HttpRequest, event: Event) -> None:
    action, number = _parse_action(request.POST.get("action", ""))
    heroines = collage.heroines_of(event)
    everywhere = collage.may_change_everywhere(request.user)
    if action == "approve_all":
        count = collage.approve_all(event, everywhere=everywhere)
        messages.success(request, _("%(count)s bijdragen goedgekeurd.") % {"count": count})
        waiting = collage.shared_heroines(event).filter(approved=False).count()
        if waiting and not everywhere:
            messages.info(
                request,
                _(
                    "%(count)s heldinnen zijn ook bij een ander evenement genoemd en staan pas "
                    "in de collage als een adviseur ze goedkeurt."
                )
                % {"count": waiting},
            )
    elif action == "link_orphans":
        count = collage.link_orphans(event)
        messages.success(
            request, _("%(count)s bijdragen gekoppeld aan een heldin.") % {"count": count}
        )
    elif action in ("approve_heroine", "withdraw_heroine"):
        heroine = heroines.filter(pk=number).first()
        if heroine is None:
            messages.error(request, _("Die heldin hoort niet bij dit evenement."))
        elif not collage.may_change(request.user, event, heroine):
            messages.error(request, SHARED_MESSAGE % {"name": heroine})
        elif action == "approve_heroine":
            collage.approve_heroine(event, heroine)
            messages.success(request, _("%(name)s staat in de collage.") % {"name": heroine})
        else:
            collage.withdraw_heroine(heroine)
            messages.success(request, _("%(name)s is uit de collage gehaald.") % {"name": heroine})
    elif action in ("approve_entry", "hide_entry"):
        entry = collage.entries_of(event).filter(pk=number).first()
        if entry is None:
            messages.error(request, _("Die bijdrage hoort niet bij dit evenement."))
        else:
            approve = action == "approve_entry"
            collage.set_entry_status(entry, EntryStatus.APPROVED if approve else EntryStatus.HIDDEN)
            messages.success(
                request, _("Bijdrage goedgekeurd.") if approve else _("Bijdrage verborgen.")
            )
    elif action == "merge":
        _merge(request, event, heroines, everywhere=everywhere)
    else:
        messages.error(request, _("Onbekende actie; er is niets veranderd."))


def _merge(
    request: HttpRequest, event: Event, heroines: QuerySet[Heroine], *, everywhere: bool
) -> None:
    chosen = [_id(value) for value in request.POST.getlist("merge")[:200]]
    target = heroines.filter(pk=_id(request.POST.get("into", ""))).first()
    others = [h for h in heroines.filter(pk__in=chosen) if target is None or h.pk != target.pk]
    if target is None or not others:
        messages.error(
            request,
            _("Kies minstens één andere heldin om samen te voegen, en de heldin waarin ze opgaan."),
        )
        return
    # A moderator moves only this event's entries; other events keep their heroine.
    merged = collage.merge(target, others, only_event=None if everywhere else event)
    messages.success(
        request,
        _("%(count)s samengevoegd met %(name)s.") % {"count": merged, "name": target.name},
    )


@require_http_methods(["GET", "POST"])
def edit_heroine(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _moderated_event(request, slug)
    if isinstance(event, HttpResponse):
        return event
    heroine: Heroine = get_object_or_404(collage.heroines_of(event), pk=pk)
    if not collage.may_change(request.user, event, heroine):
        raise PermissionDenied(SHARED_MESSAGE % {"name": heroine})
    form = HeroineForm(
        request.POST or None, initial={"name": heroine.name, "description": heroine.description}
    )
    if request.method == "POST" and form.is_valid():
        try:
            collage.rename(
                heroine,
                name=form.cleaned_data["name"],
                description=form.cleaned_data["description"],
            )
        except collage.CollageError as clash:
            form.add_error(
                "name",
                _("Die naam hoort al bij %(name)s. Voeg de twee samen op de moderatiepagina.")
                % {"name": clash},
            )
        else:
            messages.success(request, _("Opgeslagen."))
            return redirect("events:collage_moderate", slug=slug)
    return render(
        request,
        "events/collage_heroine.html",
        {"event": event, "heroine": heroine, "form": form},
    )
