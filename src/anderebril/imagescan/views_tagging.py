"""Tagging, one image per page. The common case takes at most three keystrokes: the code field
has the focus (and a suggestion from the metadata, selected), so typing ``vt`` and Enter saves
"one woman doing technical work" and opens the next image. See ``docs/imagescan.md``.

Each reviewer tags on her own: the page never shows another reviewer's tagging, so a second
review round is independent and the report can measure agreement.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from anderebril.imagescan.codes import format_code, suggest_code
from anderebril.imagescan.constants import Role, Setting
from anderebril.imagescan.forms import TaggingForm
from anderebril.imagescan.models import Audit, Image, Tagging
from anderebril.imagescan.views import image_or_404, user_of


def suggestion_for(image: Image) -> tuple[str, str]:
    """(code, where it comes from) — the previous audit's tagging of the same file first, then
    the words of the keywords, captions and alt text."""
    previous = image.audit.previous
    if previous is not None and image.sha256:
        earlier = (
            Tagging.objects.filter(image__audit=previous, image__sha256=image.sha256)
            .order_by("created_at", "id")
            .first()
        )
        if earlier is not None:
            return format_code(earlier.counts), _("de vorige audit van hetzelfde beeld")
    texts = [*image.keywords, image.title, image.caption, image.alt_text, image.figcaption]
    code = suggest_code(texts)
    return code, (_("de trefwoorden en bijschriften") if code else "")


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def image_tag(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    audit, image = image_or_404(request, pk, position)
    user = user_of(request)
    if not image.has_file:
        messages.info(request, _("Dit bestand is niet ingelezen en kan niet worden getagd."))
        return redirect(audit)
    mine = Tagging.objects.filter(image=image, reviewer=user).first()
    if request.method == "POST":
        form = TaggingForm(request.POST)
        if form.is_valid():
            Tagging.objects.update_or_create(
                image=image,
                reviewer=user,
                defaults={
                    "setting": form.cleaned_data["setting"],
                    "counts": form.cleaned_data["counts"],
                },
            )
            return _after_saving(request, audit, image)
    else:
        form = TaggingForm(initial=_initial(audit, image, mine, user.pk))
    code, source = ("", "") if mine else suggestion_for(image)
    siblings = list(
        audit.images.exclude(file="").order_by("position").values_list("position", flat=True)
    )
    index = siblings.index(image.position)
    context = {
        "audit": audit,
        "image": image,
        "roles": list(Role),
        "form": form,
        "mine": mine,
        "suggestion": code,
        "suggestion_source": source,
        "number": index + 1,
        "count": len(siblings),
        "previous_position": siblings[index - 1] if index > 0 else None,
        "next_position": siblings[index + 1] if index + 1 < len(siblings) else None,
    }
    return render(request, "imagescan/image_tag.html", context)


def _initial(audit: Audit, image: Image, mine: Tagging | None, user_id: int) -> dict[str, str]:
    if mine is not None:
        return {"code": format_code(mine.counts), "setting": mine.setting}
    # Banks tend to come in series: start from the setting this reviewer chose last.
    last = (
        Tagging.objects.filter(image__audit=audit, reviewer_id=user_id)
        .order_by("-updated_at", "-id")
        .values_list("setting", flat=True)
        .first()
    )
    return {"code": suggestion_for(image)[0], "setting": last or Setting.OTHER}


def _after_saving(request: HttpRequest, audit: Audit, image: Image) -> HttpResponse:
    following = (
        audit.images.exclude(file="")
        .exclude(taggings__reviewer=user_of(request))
        .filter(position__gt=image.position)
        .order_by("position")
        .first()
    ) or (
        audit.images.exclude(file="")
        .exclude(taggings__reviewer=user_of(request))
        .order_by("position")
        .first()
    )
    if following is None:
        messages.success(request, _("Opgeslagen. Je hebt alle beelden van deze audit getagd."))
        return redirect(audit)
    messages.success(request, _("Beeld %(name)s is opgeslagen.") % {"name": image.name})
    return redirect("imagescan:image-tag", audit.pk, following.position)
